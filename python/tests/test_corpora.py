"""Several packs as one corpus: baokan.open([...]) and baokan.open(folder) give a
Corpora that answers as one pack of the same pages does, with ids qualified by pack."""

from __future__ import annotations

from pathlib import Path

import pytest

import baokan

PAGES = {
    "1-seed": None,  # the embedded page
    "2-ab": {
        "20221010-a.txt": "乡村振兴看基层\n\n今年8月,全国累计选派驻村第一书记51.8万人。\n\n"
        "张弛说:“乡村振兴,关键在基层党组织。”\n",
        "20221010-b.txt": "基层治理有新招\n\n今年以来,全省新建村级活动场所3200个。\n\n"
        "“基层党组织强不强,群众说了算。”李明说。\n",
    },
    "3-c": {
        "20221011-c.txt": "一线见闻\n\n9月21日,记者来到郝家桥村,乡村振兴的故事正在上演。\n",
    },
}


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A folder of three packs, and one pack of the same pages."""
    pages = tmp_path_factory.mktemp("pages")
    seed = baokan.corpus()
    name = seed.files[0]["name"]
    text = seed.source_text(name)
    assert text is not None
    dirs = []
    for folder, files in PAGES.items():
        d = pages / folder
        d.mkdir()
        for fname, body in (files or {name: text}).items():
            (d / fname).write_text(body, encoding="utf-8")
        dirs.append(d)
    out = tmp_path_factory.mktemp("packs")
    for d in dirs:
        baokan.compile(d, out / f"{d.name}.pack").corpus.close()
    whole = tmp_path_factory.mktemp("whole") / "whole.pack"
    baokan.compile(dirs, whole).corpus.close()
    return out, whole


def place(x: baokan.Hit | baokan.Figure | baokan.DateMention) -> tuple[str, int, int]:
    s = x.source
    return (s.file, s.line, s.column)


def test_a_folder_or_a_list_opens_as_corpora(packs: tuple[Path, Path]) -> None:
    folder, whole = packs
    c = baokan.open(folder)
    assert isinstance(c, baokan.Corpora)
    assert c.labels == ["1-seed", "2-ab", "3-c"]
    listed = baokan.open([folder / "3-c.pack", str(folder / "1-seed.pack")])
    assert listed.labels == ["3-c", "1-seed"]
    assert isinstance(baokan.open(whole), baokan.Corpus)
    assert "3 packs" in repr(c)


def test_corpora_answer_as_one_pack(packs: tuple[Path, Path]) -> None:
    folder, whole = packs
    with baokan.open(folder) as c, baokan.open(whole) as one:
        assert isinstance(c, baokan.Corpora) and isinstance(one, baokan.Corpus)
        assert len(c) == len(one)
        s1, sn = one.stats(), c.stats()
        s1.pop("pack_bytes"), sn.pop("pack_bytes")
        assert s1 == sn
        for q in ["乡村振兴", "基层党组织", "说", "。", "党委（党组）"]:
            assert c.count(q) == one.count(q), q
            assert [place(h) for _, h in c.search(q)] == [place(h) for h in one.search(q)]
            for sort in ("position", "left", "right"):
                got = [(k.left, k.text, k.right) for _, k in c.kwic(q, 5, sort=sort)]
                want = [(k.left, k.text, k.right) for k in one.kwic(q, 5, sort=sort)]
                assert got == want, (q, sort)
        assert c.ngrams(2, top=50) == one.ngrams(2, top=50)
        assert c.words(top=50) == one.words(top=50)
        assert [place(f) for _, f in c.figures()] == [place(f) for f in one.figures()]
        assert [place(d) for _, d in c.dates()] == [place(d) for d in one.dates()]
        assert len(c.citations()) == len(one.citations())
        assert len(c.quotes(kind="speech")) == len(one.quotes(kind="speech"))
        assert [t.iso for _, t in c.timeline()] == [t.iso for t in one.timeline()]
        persons = {e.name for _, e in c.entities(kind="person")}
        assert persons == {e.name for e in one.entities(kind="person")}
        assert [a.title for _, a in c.articles] == [a.title for a in one.articles]


def test_ids_are_qualified_by_pack(packs: tuple[Path, Path]) -> None:
    folder, _ = packs
    c = baokan.open(folder)
    assert isinstance(c, baokan.Corpora)
    assert c.article("2-ab:2").title == "基层治理有新招"
    assert c.paragraph("1-seed:1.3.10").id == "1.3.10"
    labels = [label for label, _ in c.articles]
    assert labels == ["1-seed", "1-seed", "2-ab", "2-ab", "3-c"]
    with pytest.raises(baokan.BadIdError, match="names no pack.*1-seed, 2-ab, 3-c"):
        c.article("2")
    with pytest.raises(baokan.UnknownIdError, match="no pack labelled"):
        c.article("9-x:1")
    with pytest.raises(baokan.UnknownIdError):
        c.article("3-c:9")
    assert c.count("基层", article="2-ab:2") == 1
    hits = c.search("乡村振兴", section="3-c:1.1")
    assert [label for label, _ in hits] == ["3-c"]
    with pytest.raises(baokan.BadArgumentError):
        c.count("基层", article="2-ab:2", section="2-ab:2.1")


def test_close_ends_every_pack(packs: tuple[Path, Path]) -> None:
    folder, _ = packs
    c = baokan.open(folder)
    assert isinstance(c, baokan.Corpora)
    label, hit = c.search("基层")[-1]
    assert label == "2-ab"
    c.close()
    assert c.closed
    with pytest.raises(baokan.ClosedError):
        c.count("基层")
    with pytest.raises(baokan.ClosedError):
        _ = hit.text
    c.close()


def test_a_bad_pack_or_an_empty_folder_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pack"
    bad.write_bytes(b"not a pack")
    good = tmp_path / "good.pack"
    good.write_bytes(baokan.EMBEDDED_PACK)
    with pytest.raises(baokan.PackError, match="bad.pack"):
        baokan.open([good, bad])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(baokan.FileError, match="no \\*.pack"):
        baokan.open(empty)
    with pytest.raises(baokan.BadArgumentError, match="two packs are labelled"):
        baokan.open([good, good])
