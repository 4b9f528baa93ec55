"""Benchmark: the distributed build on 2 local workers against ``kg build --jobs 2``, side by side in one run.

For each size (default 10^3 and 10^4 distinct articles from ``bench/corpus.py``,
checked free of near duplicates) it runs, one after the other, each in its own
process and end to end (cluster or worker start-up included):

* ``kg build --jobs 2`` into a new store;
* ``kg build --engine ENGINE --jobs 2 --shards DIR`` for each engine (default: dask and ray),

and reports wall time, words/s, the ratio to ``kg build --jobs 2``, the peak RSS
of the whole process tree and the peak RSS per worker: a worker is the
process that holds the spaCy pipeline (a kg worker process) plus, for an
engine, the engine's worker process that runs it (sum of the two peaks,
sampled from /proc every 0.1 s), the time of the cluster start-up, per-document and global stages,
and the size of the shards and row files. It also times each engine's start-up and shut-down alone
(a local cluster of 2 workers, one trivial task).

    python bench/distributed.py [--sizes 1000 10000] [--engines dask ray] [--write]

The Markdown report is printed and, with ``--write``, replaces the "The
acceptance run" section of ``docs/distributed.md``. Say in ``--notes`` whether other work
shared the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from corpus import check, generate
from report import machine

KG = str(Path(sys.executable).with_name("kg"))
DOC = Path(__file__).resolve().parent.parent / "docs" / "distributed.md"
HEADING = "## The acceptance run"


def _processes() -> dict[int, tuple[int, int, str]]:
    """Every process: pid → (parent pid, RSS bytes, command line), from /proc."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as status:
                fields = dict(line.split(":", 1) for line in status if ":" in line)
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                command = cmdline.read().replace(b"\0", b" ").decode(errors="replace")
            rss = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
            found[int(entry)] = (int(fields["PPid"]), rss, command)
        except (OSError, KeyError, ValueError):
            continue
    return found


def _descendants(root: int, table: dict[int, tuple[int, int, str]]) -> set[int]:
    children: dict[int, list[int]] = {}
    for pid, (parent, _, _) in table.items():
        children.setdefault(parent, []).append(pid)
    found, stack = set(), [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.add(child)
            stack.append(child)
    return found


def timed(command: list[str]) -> dict:
    """Run a command; wall seconds, peak tree RSS, peak RSS per worker (MB), exit code, last stdout line.

    It runs in the temporary folder, where this file cannot shadow the package ``distributed``.
    """
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=tempfile.gettempdir())
    peaks: dict[int, int] = {}
    parents: dict[int, int] = {}
    tree_peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal tree_peak
        while not done.is_set():
            table = _processes()
            tree = _descendants(process.pid, table) | {process.pid}
            tree_peak = max(tree_peak, sum(table[pid][1] for pid in tree if pid in table))
            for pid in tree:
                if pid in table:
                    peaks[pid] = max(peaks.get(pid, 0), table[pid][1])
                    parents[pid] = table[pid][0]
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    # kg worker processes (they hold spaCy): the leaves of the tree; each with its engine worker (its parent) unless that is the driver
    leaves = [pid for pid in peaks if pid not in parents.values() and peaks[pid] > 200 * 2**20]
    workers = [peaks[pid] + (peaks.get(parents[pid], 0) if parents[pid] != process.pid else 0) for pid in leaves]
    lines = output.strip().splitlines()
    return {
        "seconds": seconds, "rss_mb": tree_peak / 2**20, "worker_mb": max(workers, default=0) / 2**20,
        "driver_mb": peaks.get(process.pid, 0) / 2**20, "code": process.returncode, "last": lines[-1] if lines else "",
    }


STARTUP = """
import json, sys, time
from kg.distributed.engine import open_engine
def one():
    return 1
started = time.perf_counter()
engine = open_engine(sys.argv[1], None, 2)
list(engine.run([(one, ())], 1))
up = time.perf_counter() - started
started = time.perf_counter()
engine.close()
print(json.dumps({"start": up, "stop": time.perf_counter() - started}))
"""


def measure(sizes: list[int], engines: list[str], work: Path) -> dict:
    results: dict = {"startup": {}, "sizes": {}}
    for engine in engines:
        run = timed([sys.executable, "-c", STARTUP, engine])
        results["startup"][engine] = {**json.loads(run["last"]), "rss_mb": run["rss_mb"]}
    for size in sizes:
        corpus = work / f"corpus-{size}"
        words = generate(size, corpus)
        pairs, near = check(corpus)
        if near:
            raise SystemExit(f"the corpus of {size} has {near} near-duplicate pairs")
        row: dict = {"words": words}
        row["jobs2"] = timed([KG, "build", str(corpus), "--jobs", "2", "--store", str(work / f"store-{size}")])
        for engine in engines:
            row[engine] = timed([KG, "build", str(corpus), "--engine", engine, "--jobs", "2", "--shards", str(work / f"shards-{engine}-{size}")])
        for run in (row["jobs2"], *(row[engine] for engine in engines)):
            if run["code"] != 0:
                raise SystemExit(f"a build failed (exit {run['code']}): {run['last']}")
        for engine in engines:
            shards = work / f"shards-{engine}-{size}"
            row[engine]["shard_bytes"] = sum(path.stat().st_size for path in shards.glob("part-*.nq.gz"))
            row[engine]["rows_bytes"] = sum(path.stat().st_size for path in shards.glob("rows/*.jsonl.gz"))
            stages = re.search(r"cluster ([0-9.]+) s, per-document stage ([0-9.]+) s, global stage ([0-9.]+) s", row[engine]["last"])
            assert stages, row[engine]["last"]
            row[engine]["stages"] = [float(seconds) for seconds in stages.groups()]
        results["sizes"][size] = row
        print(json.dumps({size: row}), file=sys.stderr)
    return results


def render(results: dict, engines: list[str], notes: str) -> str:
    lines = [
        HEADING, "",
        f"Measured with `python bench/distributed.py` on {machine()}. {notes}".rstrip(), "",
        "Start-up (a local cluster of 2 workers, one trivial task) and shut-down:", "",
        "| engine | start-up s | shut-down s | peak RSS of the idle cluster MB |", "|---|---|---|---|",
    ]
    for engine, run in results["startup"].items():
        lines.append(f"| {engine} | {run['start']:.1f} | {run['stop']:.1f} | {run['rss_mb']:,.0f} |")
    lines += [
        "", "End to end on 2 local workers, the same distinct documents (words/s; ratio to `kg build --jobs 2` in bold):", "",
        "| documents | words | build | seconds | words/s | ratio | peak RSS, whole tree MB | peak RSS per worker MB | driver MB | cluster / per-document / global stage s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size, row in results["sizes"].items():
        base = row["words"] / row["jobs2"]["seconds"]
        for name in ("jobs2", *engines):
            run = row[name]
            wps = row["words"] / run["seconds"]
            label = "`kg build --jobs 2`" if name == "jobs2" else f"`--engine {name}`"
            lines.append(
                f"| {int(size):,} | {row['words']:,} | {label} | {run['seconds']:.0f} | {wps:,.0f} | **{wps / base:.2f}** | "
                f"{run['rss_mb']:,.0f} | {run['worker_mb']:,.0f} | {run['driver_mb']:,.0f} | "
                f"{' / '.join(f'{seconds:.1f}' for seconds in run['stages']) if 'stages' in run else '-'} |"
            )
    for size, row in results["sizes"].items():
        for name in engines:
            lines.append(
                f"\n{int(size):,} documents, `--engine {name}`: shards {row[name]['shard_bytes'] / 2**20:,.1f} MB "
                f"({row[name]['shard_bytes'] / int(size) / 1024:.1f} KB per document), row files {row[name]['rows_bytes'] / 2**20:,.1f} MB."
            )
    sizes = list(results["sizes"])
    if len(sizes) > 1:
        small, large = results["sizes"][sizes[0]], results["sizes"][sizes[-1]]
        ratios = ", ".join(f"{name} **{large[name]['worker_mb'] / small[name]['worker_mb']:.2f}**" for name in ("jobs2", *engines))
        lines += ["", f"Peak RSS per worker, {int(sizes[-1]):,} / {int(sizes[0]):,} documents: {ratios}."]
    return "\n".join(lines) + "\n"


def write_doc(section: str) -> None:
    """Replace the "The acceptance run" section of docs/distributed.md (up to the next ``## `` heading)."""
    text = DOC.read_text(encoding="utf-8")
    start = text.find(HEADING)
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        following = text.find("\n## ", start + len(HEADING))
        text = text[:start] + section + (text[following:] if following != -1 else "")
    DOC.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--engines", nargs="+", default=["dask", "ray"], choices=["dask", "ray"])
    parser.add_argument("--work", type=Path, help="Keep the corpora, stores and shards here (default: a temporary folder).")
    parser.add_argument("--notes", default="", help="A sentence on the machine's load, for the report.")
    parser.add_argument("--write", action="store_true", help="Write the report into docs/distributed.md.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.work) as work:
        results = measure(sorted(args.sizes), args.engines, Path(work))
    (Path(tempfile.gettempdir()) / "kg-distributed-results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    report = render(results, args.engines, args.notes)
    print(report)
    if args.write:
        write_doc(report)


if __name__ == "__main__":
    main()
