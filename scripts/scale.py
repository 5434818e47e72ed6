#!/usr/bin/env python3
"""Whole-process figures at archive scale, in one run, each against its alternative.

The February month of the People's Daily (``BAOKAN_FEBRUARY``, by default the shared
corpus folder beside the checkout) is compiled as it is (about 7.7 MB of text) and copied
until the text is ``--mb`` MB (100 by default; every copy under a name of its own). Then,
each timed as a whole process, the median of ``--runs`` runs:

- ``baokan --corpus BIG search Q --count`` against ``rg -c Q`` over the same files
  (target: at most 0.05 of it);
- ``baokan --corpus BIG stats`` against ``baokan --corpus MONTH stats`` (target: within
  1.5 of it);
- in Python (when the ``baokan`` module imports), ``baokan.open(BIG)`` + ``count(Q)`` +
  ``close()`` with timeit (target: at most 1 ms).

``--gigabyte`` adds the 1 GB compile with ``--shard-by size`` through the scale binary
(``BAOKAN_SCALE_REAL_MB=1000 BAOKAN_SCALE_SHARD=size``), which prints peak RSS against
the largest shard. It takes minutes, so it is not part of the default tests.

Usage::

    python3 scripts/scale.py                 # builds the release binary, needs rg (ripgrep)
    python3 scripts/scale.py --mb 300 --runs 31
    python3 scripts/scale.py --gigabyte

Prints a Markdown table; exits 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit

ROOT = pathlib.Path(__file__).resolve().parents[1]
QUERY = "乡村振兴"


def month_dir() -> pathlib.Path:
    env = os.environ.get("BAOKAN_FEBRUARY")
    path = pathlib.Path(env) if env else ROOT.parent / "shared" / "corpus" / "rmrb-2019-02"
    if not path.is_dir():
        sys.exit(f"scale: no February month at {path}; set BAOKAN_FEBRUARY")
    return path


def text_bytes(folder: pathlib.Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def run(cmd: list[str]) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def median_ms(cmd: list[str], runs: int) -> float:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)  # warm the page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def python_open_count_ms(pack: pathlib.Path) -> float | None:
    try:
        import baokan  # noqa: PLC0415 - optional: the wheel may not be installed
    except ImportError:
        return None

    def once() -> None:
        c = baokan.open(str(pack))
        c.count(QUERY)
        c.close()

    n = 200
    best = min(timeit.repeat(once, number=n, repeat=7))
    return best / n * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=100.0, help="text of the big corpus, MB")
    ap.add_argument("--runs", type=int, default=21, help="runs per timed command")
    ap.add_argument("--gigabyte", action="store_true", help="also the 1 GB sharded compile")
    ap.add_argument("--keep", type=pathlib.Path, help="keep the corpora and packs here")
    args = ap.parse_args()

    rg = shutil.which("rg")
    if rg is None:
        sys.exit("scale: rg (ripgrep) is not installed: apt-get install ripgrep")
    subprocess.run(
        ["cargo", "build", "--release", "-q", "-p", "baokan-cli"], cwd=ROOT, check=True
    )
    baokan = str(ROOT / "target" / "release" / "baokan")
    month = month_dir()
    work = args.keep or pathlib.Path(tempfile.mkdtemp(prefix="baokan-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        big = work / "big"
        if not big.is_dir():
            copies, size, one = 0, 0, text_bytes(month)
            while size < args.mb * 1e6:
                copies += 1
                shutil.copytree(month, big / f"copy{copies:03}")
                size += one
        month_pack, big_pack = work / "month.pack", work / "big.pack"
        for folder, pack in [(month, month_pack), (big, big_pack)]:
            if not pack.is_file():
                start = time.perf_counter()
                run([baokan, "compile", str(folder), "-o", str(pack)])
                secs = time.perf_counter() - start
                mb = text_bytes(folder) / 1e6
                print(f"compiled {mb:.1f} MB in {secs:.2f} s ({mb / secs:.1f} MB/s)", file=sys.stderr)
        big_mb = text_bytes(big) / 1e6
        month_mb = text_bytes(month) / 1e6

        count = median_ms([baokan, "--corpus", str(big_pack), "search", QUERY, "--count"], args.runs)
        grep = median_ms([rg, "-c", QUERY, str(big)], args.runs)
        stats_big = median_ms([baokan, "--corpus", str(big_pack), "stats"], args.runs)
        stats_month = median_ms([baokan, "--corpus", str(month_pack), "stats"], args.runs)
        py = python_open_count_ms(big_pack)

        rows = [
            (f"`baokan search {QUERY} --count`, {big_mb:.0f} MB", f"{count:.2f} ms",
             f"`rg -c {QUERY}`: {grep:.1f} ms", count / grep, "≤ 0.05", count / grep <= 0.05),
            (f"`baokan stats`, {big_mb:.0f} MB", f"{stats_big:.2f} ms",
             f"`baokan stats`, {month_mb:.1f} MB: {stats_month:.2f} ms", stats_big / stats_month,
             "≤ 1.5", stats_big / stats_month <= 1.5),
        ]
        print(f"\n{big_mb:.0f} MB of text ({big_pack.stat().st_size / 1e6:.0f} MB pack), "
              f"median of {args.runs} whole-process runs\n")
        print("| what | time | against | ratio | target | met |")
        print("|---|---|---|---|---|---|")
        for what, t, against, ratio, target, met in rows:
            print(f"| {what} | {t} | {against} | {ratio:.3f} | {target} | {'yes' if met else 'NO'} |")
        ok = all(r[-1] for r in rows)
        if py is None:
            print("\nPython: the baokan module is not installed here; skipped.")
        else:
            met = py <= 1.0
            ok &= met
            print(f"| Python `baokan.open` + `count` + `close`, {big_mb:.0f} MB (timeit, best) "
                  f"| {py * 1000:.0f} µs | | | ≤ 1 ms | {'yes' if met else 'NO'} |")
        if args.gigabyte:
            env = dict(os.environ, BAOKAN_SCALE_REAL_MB="1000", BAOKAN_SCALE_SHARD="size",
                       BAOKAN_FEBRUARY=str(month))
            subprocess.run(["cargo", "run", "--release", "-q", "-p", "baokan-benches", "--bin",
                            "scale"], cwd=ROOT, env=env, check=True)
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
