"""One located-mention schema: ``baokan.extract`` prints what ``baokan extract --json``
prints, and its dicts have the keys, in order, of the CLI corpus verbs' ``--json`` and
of the corpus's ``to_dict()`` (crates/baokan-cli/tests/schema.rs reads the CLI's JSON
into typed structs)."""

import json
from typing import Any

import baokan
from _cli import run, run_json

TEXT = (
    "2018年11月6日，习近平总书记在上海指出：“要加强基层组织建设。”\n"
    "中央组织部、财政部印发《关于加强党建的意见》，全国累计选派51.8万人。"
)

VERBS = {
    "figures": ("figures",),
    "dates": ("dates",),
    "citations": ("citations",),
    "quotes": ("quotes",),
    "entities": ("entities", "--mentions"),
}


def test_python_extract_is_the_cli_extract() -> None:
    found: Any = baokan.extract(TEXT, date="2022-10-09")
    cli = json.loads(run("extract", "--json", "--date", "2022-10-09", TEXT))
    assert found == cli
    for kind, mentions in found.items():
        assert mentions, kind
        assert [list(m) for m in mentions] == [list(m) for m in cli[kind]], kind


def test_every_face_has_the_same_keys_in_the_same_order() -> None:
    found: Any = baokan.extract(TEXT)
    c = baokan.corpus()
    stored = {
        "figures": c.figures(),
        "dates": c.dates(),
        "citations": c.citations(),
        "quotes": c.quotes(),
        "entities": [m for e in c.entities() for m in e.mentions],
    }
    for kind, args in VERBS.items():
        keys = list(found[kind][0])
        assert list(run_json(*args)[0]) == keys, kind
        assert list(stored[kind][0].to_dict()) == keys, kind  # type: ignore[attr-defined]


def test_a_text_is_no_item_and_its_source_is_the_text() -> None:
    d: Any = baokan.extract(TEXT)["figures"][0]
    assert (d["article"], d["paragraph"], d["sentence"]) == (None, None, None)
    line = TEXT.splitlines()[1]
    assert d["source"] == {"file": "-", "line": 2, "column": line.index(d["text"]) + 1}
    assert TEXT[d["char_start"] : d["char_end"]] == d["text"]
