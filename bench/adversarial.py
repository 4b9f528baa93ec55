"""Benchmark: hostile documents of issue 14 against ordinary prose of the same size, in one run.

Writes each adversarial shape and a document of ordinary news prose at each size
(100 KB and 1 MB by default), then times ``kg build``'s work on each (ingest,
NLP, extraction, RDF; model loading excluded) in a fresh process, one document
per process, prose first. A document that runs past ``--cap`` times its prose
time is stopped and reported as such. The target: every shape within 3 × prose.

The prose is generated news text in which no sentence repeats (templates filled
from word lists by a seeded generator), so the baseline is not repeated copies.

    python bench/adversarial.py [--sizes 100000 1000000] [--cap 4] [--max-seconds S] [--write]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from report import machine, write_section

ACTORS = ["Sudan's army", "The RSF", "Kyiv", "Moscow", "Hamas", "Israel's military", "The junta", "The Arakan Army",
          "Ethiopia's government", "Fano militias", "The UN", "The African Union", "M23 rebels", "Congo's army",
          "Houthi forces", "The coalition", "Haiti's police", "Gang leaders", "Mali's army", "JNIM fighters"]
PLACES = ["El Fasher", "Omdurman", "Kharkiv", "Avdiivka", "Rafah", "Khan Younis", "Lashio", "Sittwe", "Gondar",
          "Bahir Dar", "Goma", "Bunagana", "Hodeidah", "Marib", "Port-au-Prince", "Kidal", "Timbuktu", "Mekelle"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "overnight", "last week", "in March"]
CUES = ["said", "claimed", "reported", "told reporters", "announced", "warned"]
EVENTS = ["{n} civilians were killed in shelling of {place}", "fighters captured {n} positions near {place}",
          "{n} people fled {place} as fighting spread", "talks on a ceasefire in {place} had stalled",
          "drones struck a fuel depot outside {place}", "aid convoys reached {place} for the first time in {n} days"]
DENIALS = ["{actor} denied the claims.", "{actor} rejected the account as propaganda.",
           "{actor} called for an independent investigation.", "Residents of {place} could not be reached."]


def prose(size: int, seed: int = 7) -> str:
    """Ordinary news prose of about ``size`` characters, paragraphs of sentences that never repeat."""
    rng = random.Random(seed)
    seen: set[str] = set()
    paragraphs: list[str] = []
    total = 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            while True:
                actor, other, place = rng.choice(ACTORS), rng.choice(ACTORS), rng.choice(PLACES)
                event = rng.choice(EVENTS).format(n=rng.randint(2, 900), place=place)
                sentence = f"{actor} {rng.choice(CUES)} {rng.choice(DAYS)} that {event}. " + rng.choice(DENIALS).format(
                    actor=other, place=place
                )
                if sentence not in seen:
                    seen.add(sentence)
                    break
            sentences.append(sentence)
        paragraphs.append(" ".join(sentences))
        total += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)[:size]


def _articles(size: int) -> str:
    """Articles one after another on one page, each with site clutter: many zones and lines."""
    pieces, total, number = [], 0, 0
    while total < size:
        body = prose(1500, seed=number)
        piece = f"Home | World | Africa | Opinion\nShare this\nHeadline {number}: fighting spreads\n\n{body}\n\nRead more\n\n"
        pieces.append(piece)
        total += len(piece)
        number += 1
    return "".join(pieces)[:size]


GIANT = "Armenia said the Azerbaijani army attacked Stepanakert and killed 200 civilians while Baku denied the claims "

#: Issue 14's shapes (and a few more of the same kinds): name -> (file suffix, text of about n characters).
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "dots ('.' × n + 'a')": (".txt", lambda n: "Officials said.\n" + "." * (n - 18) + "a\n"),
    "quote pairs ('‘’a' × n/3)": (".txt", lambda n: "‘’a" * (n // 3) + "\n"),
    "straight quotes ('\"' × n)": (".txt", lambda n: "Officials said.\n" + '"' * (n - 17) + "\n"),
    "curly quotes ('“' × n)": (".txt", lambda n: "Officials said.\n" + "“" * (n - 17) + "\n"),
    "spaced quotes ('\" ' × n/2)": (".txt", lambda n: "Officials said.\n" + '" ' * ((n - 17) // 2) + "\n"),
    "emoji ('😀' × n)": (".txt", lambda n: "Officials said.\n" + "😀" * (n - 17) + "\n"),
    "one giant sentence": (".txt", lambda n: GIANT * (n // len(GIANT)) + "\n"),
    "nested elements (HTML)": (".html", lambda n: (
        "<html><body>" + "<div>" * ((n - 60) // 11) + "<p>Armenia said.</p>" + "</div>" * ((n - 60) // 11)
        + "</body></html>\n")),
    "unclosed comments (HTML)": (".html", lambda n: "<p>Talks resumed in Doha.</p>" + "<!--" * ((n - 30) // 4)),
    "articles concatenated": (".txt", _articles),
}


def child(path: Path) -> None:
    from kg.build import build_graphs
    from kg.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    started = time.perf_counter()
    result = build_graphs([path], nlp=nlp)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "documents": len(result.graphs), "errors": [str(e) for e in result.errors],
                      "peak_rss_mb": peak}))


def measure(path: Path, timeout: float | None) -> dict:
    """Build one document in a fresh process; ``{"stopped": True}`` past ``timeout`` seconds."""
    try:
        output = subprocess.run(
            [sys.executable, __file__, "--child", str(path)],
            check=True, capture_output=True, text=True, timeout=timeout,
        ).stdout
    except subprocess.TimeoutExpired:
        return {"stopped": True, "seconds": timeout}
    return json.loads(output.strip().splitlines()[-1])


def _cell(run: dict, prose_seconds: float) -> tuple[str, str]:
    ratio = run["seconds"] / prose_seconds
    if run.get("stopped"):
        return f"> {run['seconds']:.1f} (stopped)", f"> {ratio:.1f} ✗"
    note = " ✓" if ratio <= 3 else " ✗"
    errors = f" ({len(run['errors'])} error)" if run["errors"] else ""
    return f"{run['seconds']:.2f}{errors}", f"{ratio:.2f}{note}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="Document sizes in characters.")
    parser.add_argument("--cap", type=float, default=4.0, help="Stop a document after this many times its prose time.")
    parser.add_argument("--max-seconds", type=float, help="Also stop any document after this many seconds.")
    parser.add_argument("--write", action="store_true", help="Write the table into docs/benchmarks.md.")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    results: dict[int, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            baseline = Path(folder) / f"prose-{size}.txt"
            baseline.write_text(prose(size - 1) + "\n", encoding="utf-8")
            results[size] = {"prose": measure(baseline, None)}
            print(f"{size:,} characters: prose {results[size]['prose']['seconds']:.2f} s", file=sys.stderr, flush=True)
            for number, (name, (suffix, make)) in enumerate(SHAPES.items()):
                path = Path(folder) / f"shape-{number}-{size}{suffix}"
                path.write_text(make(size)[:size], encoding="utf-8")  # at most --max-chars's default at 1 MB
                limit = args.cap * results[size]["prose"]["seconds"]
                results[size][name] = measure(path, min(limit, args.max_seconds or limit))
                print(f"  {name}: {results[size][name]['seconds']:.2f} s", file=sys.stderr, flush=True)
    header = "| input | " + " | ".join(f"{size // 1000:,} KB: seconds | × prose" for size in args.sizes) + " |"
    rows = [header, "|---|" + "---:|---:|" * len(args.sizes)]
    for name in ["prose", *SHAPES]:
        cells = []
        for size in args.sizes:
            run, prose_seconds = results[size][name], results[size]["prose"]["seconds"]
            cells += [f"{run['seconds']:.2f}", "1.00"] if name == "prose" else list(_cell(run, prose_seconds))
        rows.append(f"| {'ordinary prose (baseline)' if name == 'prose' else name} | " + " | ".join(cells) + " |")
    peak = max(run.get("peak_rss_mb", 0) for runs in results.values() for run in runs.values())
    report = "\n".join([
        f"`python bench/adversarial.py` on {machine()}; sizes {', '.join(f'{s:,}' for s in args.sizes)} characters; "
        "one document per fresh process, model loading excluded; ✓ within 3 × prose, ✗ not; a document past "
        f"{args.cap:g} × its prose time{f' or {args.max_seconds:g} s' if args.max_seconds else ''} is stopped. Prose is generated news text with no repeated sentence; "
        f"peak RSS of any run {peak:.0f} MB.",
        "",
        *rows,
    ])
    print(report)
    if args.write:
        write_section("## Adversarial inputs", report)


if __name__ == "__main__":
    main()
