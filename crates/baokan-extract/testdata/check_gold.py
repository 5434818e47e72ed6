#!/usr/bin/env python3
"""Sanity checks for seed_gold.toml against its source page.

Run from anywhere:  python3 crates/baokan-extract/testdata/check_gold.py
Checks: TOML parses; every row's `text` is found on its `line` (or, for a
mention crossing a page break, in that line joined with the next non-blank
line, starting on `line`); `occurrence` is present exactly when needed;
enum fields are valid; a few page-wide counts match (quote marks, 《》 titles,
person names); Arabic figure values agree with their text.
"""
import pathlib
import re
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
gold = tomllib.load(open(HERE / "seed_gold.toml", "rb"))
page = (ROOT / gold["source"]).read_text(encoding="utf-8").split("\n")
errors = []


def err(msg):
    errors.append(msg)


def joined(n):
    """Line n (1-based) plus the next non-blank line, and len(line n)."""
    first = page[n - 1]
    nxt = ""
    for k in range(n, len(page)):
        if page[k].strip():
            nxt = page[k]
            break
    return first + nxt, len(first)


def starts(hay, needle, limit):
    out, i = [], hay.find(needle)
    while i != -1:
        if i < limit:
            out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(table, row, key="text"):
    n, text = row["line"], row[key]
    if not 1 <= n <= len(page):
        err(f"{table} line {n}: out of range")
        return None
    hay, limit = page[n - 1], len(page[n - 1])
    hits = starts(hay, text, limit)
    if not hits:
        hay, limit = joined(n)
        hits = starts(hay, text, limit)
    if not hits:
        err(f"{table} line {n}: {key} {text!r} not found")
        return None
    if key != "text":
        return hits[0]
    occ = row.get("occurrence")
    if len(hits) > 1 and occ is None:
        err(f"{table} line {n}: {text!r} occurs {len(hits)}x, needs occurrence")
    if occ is not None and not 1 <= occ <= len(hits):
        err(f"{table} line {n}: occurrence {occ} of {text!r} but {len(hits)} hits")
    return hits[(occ or 1) - 1], hay


ENUMS = {
    ("figure", "approx"): {"more_than", "at_least", "about", "up_to"},
    ("figure", "numeral_form"): {"arabic", "chinese"},
    ("figure", "multiplier"): {"万", "亿"},
    ("date", "precision"): {"year", "month", "day", "season"},
    ("quote", "kind"): {"speech", "term"},
    ("place", "admin_level"): {"province", "prefecture", "county", "township",
                               "village", "community", "district"},
}
REQUIRED = {
    "figure": ["value", "numeral_form"],
    "date": ["iso", "precision", "relative"],
    "period": ["anchor"],
    "citation": ["title", "kind"],
    "quote": ["kind", "chars"],
    "person": ["name"],
    "place": ["name", "admin_level"],
    "org": ["name"],
}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MULT = {"万": 1e4, "亿": 1e8}

for table, req in REQUIRED.items():
    for row in gold.get(table, []):
        for f in ["line", "text", *req]:
            if f not in row:
                err(f"{table} line {row.get('line')}: missing {f}")
        for (t, f), allowed in ENUMS.items():
            if t == table and f in row and row[f] not in allowed:
                err(f"{table} line {row['line']}: bad {f} {row[f]!r}")
        found = locate(table, row)
        if not found:
            continue
        pos, hay = found
        text = row["text"]
        if table == "figure" and row["numeral_form"] == "arabic":
            nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", text)]
            m = MULT.get(row.get("multiplier"), 1)
            if abs(nums[0] * m - row["value"]) > 1e-6 * max(1, row["value"]):
                err(f"figure line {row['line']}: value {row['value']} vs {text!r}")
            if len(nums) > 1 and abs(nums[1] * m - row.get("value_max", -1)) > 1e-6 * nums[1] * m:
                err(f"figure line {row['line']}: value_max mismatch for {text!r}")
        if table == "date":
            for f in ("iso", "iso_end"):
                if f in row and not ISO.match(row[f]):
                    err(f"date line {row['line']}: bad {f} {row[f]!r}")
        if table == "citation":
            if text != f"《{row['title']}》":
                err(f"citation line {row['line']}: text/title mismatch")
            core = row["title"].removesuffix("(试行)")
            if not core.endswith(row["kind"]):
                err(f"citation line {row['line']}: kind {row['kind']} not title suffix")
            if row.get("trial", False) != row["title"].endswith("(试行)"):
                err(f"citation line {row['line']}: trial flag wrong")
        if table == "quote":
            if row.get("unpaired"):
                inner = hay[pos:].split("”")[0]
                if not hay[:pos].endswith("(上接第一版)"):
                    err(f"quote line {row['line']}: unpaired quote not after 上接")
            else:
                if hay[pos - 1:pos] != "“":
                    err(f"quote line {row['line']}: {text!r} not right after “")
                inner = hay[pos:].split("”")[0]
            if len(inner) != row["chars"]:
                err(f"quote line {row['line']}: chars {row['chars']} != {len(inner)}")
            if text != inner[:12] and text != inner:
                err(f"quote line {row['line']}: text is not the prefix of {inner[:20]!r}")
            if "speaker_text" in row:
                locate(table, row, key="speaker_text")
            if "speaker" in row and row["speaker"] not in row.get("speaker_text", ""):
                err(f"quote line {row['line']}: speaker not in speaker_text")
        if table == "person" and row["name"] != text:
            err(f"person line {row['line']}: name != text")

# Page-wide counts.
full = "\n".join(page)
n_open, n_close = full.count("“"), full.count("”")
quotes = gold.get("quote", [])
if len(quotes) != n_close or sum(1 for q in quotes if q.get("unpaired")) != n_close - n_open:
    err(f"quote rows {len(quotes)} vs {n_open} “ / {n_close} ”")
if len(gold.get("citation", [])) != full.count("《"):
    err("citation rows != number of 《")
for name in ("习近平", "张弛", "刘智良"):
    rows = sum(1 for p in gold.get("person", []) if p["name"] == name)
    if rows != full.count(name):
        err(f"person {name}: {rows} rows vs {full.count(name)} in page")
if len(gold.get("period", [])) + sum(1 for d in gold.get("date", []) if d.get("open") == "since") != full.count("以来"):
    err("以来 count mismatch between period/date rows and page")

# Row order: non-decreasing line within each table.
for table in REQUIRED:
    lines = [r["line"] for r in gold.get(table, [])]
    if lines != sorted(lines):
        err(f"{table}: rows not in line order")

for e in errors:
    print("ERROR", e)
print({t: len(gold.get(t, [])) for t in REQUIRED}, "errors:", len(errors))
sys.exit(1 if errors else 0)
