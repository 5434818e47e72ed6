"""cn2an's own numeral tables, read from the installed ``cn2an`` package at test time
(its ``cn2an.cn2an_test`` module: the smart and normal tables its ``setUp`` builds) and
run through :func:`baokan.parse_number`.

A wrong value is worse than none: no case may give a different number, and at least 98%
of each table must be read right (baokan may decline, with None, only within the other
2%). The strings cn2an rejects must be None here too. The scores print with ``-s``.
"""

from __future__ import annotations

import os
import random
from typing import Any

import pytest

import baokan

if os.environ.get("CI"):
    import cn2an  # type: ignore[import-untyped,import-not-found,unused-ignore]
    import cn2an.cn2an_test as cn2an_test  # type: ignore[import-untyped,import-not-found,unused-ignore]
else:
    cn2an = pytest.importorskip("cn2an")
    cn2an_test = pytest.importorskip("cn2an.cn2an_test")


def _tables() -> Any:
    case = cn2an_test.Cn2anTest()
    case.setUp()
    return case


def _score(table: dict[str, float]) -> tuple[list[str], list[str], list[str]]:
    right, declined, wrong = [], [], []
    for text, expected in table.items():
        got = baokan.parse_number(text)
        if got is None:
            declined.append(text)
        elif got == expected:
            right.append(text)
        else:
            wrong.append(f"{text}: {got} (cn2an {expected})")
    return right, declined, wrong


@pytest.mark.parametrize("name", ["smart_data_dict", "normal_data_dict"])
def test_cn2an_table(name: str) -> None:
    table = getattr(_tables(), name)
    assert len(table) > 100, f"cn2an's {name} has {len(table)} cases"
    right, declined, wrong = _score(table)
    print(
        f"\ncn2an {name}: {len(right)}/{len(table)} right, "
        f"{len(declined)} None {declined}, {len(wrong)} wrong {wrong}"
    )
    assert wrong == []
    assert len(right) >= 0.98 * len(table)


def test_what_cn2an_rejects_is_none() -> None:
    t = _tables()
    readable = set(t.smart_data_dict)
    rejected = [s for s in t.error_strict_datas if s not in readable]
    assert len(rejected) >= 10
    assert {s: baokan.parse_number(s) for s in rejected} == dict.fromkeys(rejected)


def test_what_cn2an_writes_reads_back() -> None:
    """cn2an's an2cn as an oracle: integers of every length up to 2**53 (beyond it an
    f64 holds only the nearest value), in common and capital numerals, and decimals."""
    rng = random.Random(20190213)
    wrong = []
    for _ in range(3000):
        n = rng.randint(0, 10 ** rng.randint(0, 15))
        for case in ("low", "up"):
            text = cn2an.an2cn(n, case)
            if baokan.parse_number(text) != n:
                wrong.append((n, text, baokan.parse_number(text)))
    for _ in range(1000):
        x = round(rng.uniform(-1e6, 1e6), rng.randint(0, 4))
        text = cn2an.an2cn(str(x))
        expected = float(cn2an.cn2an(text, "normal"))
        if baokan.parse_number(text) != expected:
            wrong.append((x, text, baokan.parse_number(text)))
    assert wrong == []


def test_parse_numeral_ranges_and_kinds() -> None:
    n = baokan.parse_numeral("十七八")
    assert n is not None
    assert (n.value, n.value_max, n.kind) == (17.0, 18.0, "number")
    assert baokan.parse_number("十七八") is None
    p = baokan.parse_numeral("百分之三")
    assert p is not None and (p.value, p.value_max, p.kind) == (3.0, None, "percent")
    f = baokan.parse_numeral("三分之一")
    assert f is not None and f.kind == "fraction" and abs(f.value - 1 / 3) < 1e-15
    assert baokan.parse_numeral("十七十八") is None
    assert baokan.parse_numeral("一千零十") == baokan.parse_numeral("一千零一十")
    assert "1010.0" in repr(baokan.parse_numeral("一千零十"))
    with pytest.raises(TypeError):
        baokan.parse_numeral(5)  # type: ignore[arg-type]
