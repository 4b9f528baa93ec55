"""Check: killing one Ray worker mid-build still gives the shards of ``kg build --jobs 1``.

The test suite checks this for Dask, the engine of the extra
(``tests/test_distributed.py``); Ray is not in the extra, so this script checks
it where it is installed (``pip install ray``): it builds N distinct articles
from ``bench/corpus.py`` with ``kg build --jobs 1`` and with ``kg build --engine
ray --jobs 2`` in partitions of two, SIGKILLs the first Ray worker process it
finds running a partition once two partitions are done, and compares the sorted
N-Quads.

    python bench/worker_kill.py [--articles 24]
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from corpus import article

KG = str(Path(sys.executable).with_name("kg"))
#: What a Ray worker process running a partition shows as its command line.
TASK_PROCESS = "ray::build_partition"


def shard_text(folder: Path) -> str:
    lines: set[str] = set()
    for shard in sorted(folder.glob("part-*.nq.gz")):
        with gzip.open(shard, "rt", encoding="utf-8") as text:
            lines |= set(text)
    return "".join(sorted(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=24)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        base = Path(work)
        articles = base / "articles"
        articles.mkdir()
        for number in range(args.articles):
            (articles / f"a{number:04d}.txt").write_text(article(number, seed=11), encoding="utf-8")
        reference = base / "reference.nq"
        subprocess.run([KG, "build", str(articles), "--no-store", "--out", str(reference), "--jobs", "1"], check=True, capture_output=True)
        shards = base / "shards"
        command = [KG, "build", str(articles), "--engine", "ray", "--jobs", "2", "--shards", str(shards), "--partition-size", "2"]
        started = time.monotonic()
        driver = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        killed = None
        while driver.poll() is None and killed is None:
            log = shards / "kg-build.jsonl"
            if log.exists() and len(log.read_text(encoding="utf-8").splitlines()) >= 3:  # settings + two partitions
                for process in psutil.Process(driver.pid).children(recursive=True):
                    if TASK_PROCESS in " ".join(process.cmdline()):
                        killed = process.pid
                        process.kill()
                        break
            time.sleep(0.05)
        out, err = driver.communicate(timeout=1800)
        expected = "".join(sorted(set(reference.read_text(encoding="utf-8").splitlines(keepends=True))))
        print(f"killed Ray worker process {killed}; exit {driver.returncode} after {time.monotonic() - started:.1f} s")
        print(out.strip().splitlines()[-1] if out.strip() else err[-2000:])
        print("shards identical to kg build --jobs 1:", shard_text(shards) == expected)
        sys.exit(0 if killed and shard_text(shards) == expected else 1)


if __name__ == "__main__":
    main()
