"""Counting a phrase in the embedded corpus: `Corpus.count` against plain Python.

Not part of the test suite. Run it from the repository root, with the package
installed (`python -m pip install ./python`):

    python python/benches/bench_count.py [--query 乡村振兴] [--repeat 7]

Three ways to count one phrase in the paragraph text, timed in the same run with
`timeit` (best of `--repeat` runs, each calling the counter enough times to take about
0.2 s):

* `Corpus.count`: two binary searches in the pack's suffix array (folding full-width
  and half-width forms, counting overlapping occurrences).
* `str.count` on the paragraph texts joined by line breaks, prepared once, outside the
  timing. It counts non-overlapping occurrences and does not fold; for this query
  both agree, which is asserted before timing.
* `len(re.findall(...))` with the escaped query, compiled once (non-overlapping too).

Prints a markdown table: time per call and how many times slower than `Corpus.count`.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import timeit
from typing import Callable

import baokan


def best_per_call(fn: Callable[[], object], repeat: int) -> float:
    """Seconds per call: the best of `repeat` runs of `number` calls each."""
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()  # enough calls for one run to take >= 0.2 s
    return min(timer.repeat(repeat=repeat, number=number)) / number


def fmt(seconds: float) -> str:
    if seconds < 1e-6:
        return f"{seconds * 1e9:.0f} ns"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.2f} µs"
    return f"{seconds * 1e3:.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--query", default="乡村振兴")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    query: str = args.query

    c = baokan.corpus()
    text = "\n".join(p.text for p in c.paragraphs)
    pattern = re.compile(re.escape(query))

    ours = c.count(query)
    plain = text.count(query)
    found = len(pattern.findall(text))
    # str.count and findall count non-overlapping matches and do not fold widths;
    # Corpus.count counts overlapping ones, folded. For this query they must agree,
    # or the comparison would not be like for like.
    assert ours == plain == found, (ours, plain, found)

    counters: list[tuple[str, Callable[[], object]]] = [
        ("`Corpus.count(q)`", lambda: c.count(query)),
        ("`text.count(q)`", lambda: text.count(query)),
        ("`len(re.findall(q, text))`", lambda: len(pattern.findall(text))),
    ]
    times = [(name, best_per_call(fn, args.repeat)) for name, fn in counters]
    base = times[0][1]

    print(
        f"Counting {query!r} ({ours} hits) in {len(text):,} chars of paragraph text "
        f"({len(c.paragraphs)} paragraphs); best of {args.repeat}, "
        f"Python {platform.python_version()}, baokan {baokan.__version__}.\n"
    )
    print("| method | per call | vs Corpus.count |")
    print("|---|---:|---:|")
    for name, t in times:
        print(f"| {name} | {fmt(t)} | {t / base:.1f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
