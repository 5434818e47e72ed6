"""Real newspaper files: the headline block (kicker, title, column), credits as their own
item kind, reporters with provenance, path dates and layouts, as Python reports them."""

import datetime
import json
import pathlib

import pytest

import baokan

# One article per file, dated by its path, as a national daily's archive stores them.
FEATURE = (
    "山东菏泽市夹河赵村第一书记姜浩成\r\n"
    "让村子发展有后劲（新春走基层·驻村干部这一年）\r\n"
    "\r\n"
    "\u3000\u3000春节前夕，姜浩成决定开会。\r\n"
    "\u3000\u3000本报记者\u00a0张\u00a0枨\r\n"
    "\u3000\u3000本版制图：蔡华伟\r\n"
)
PROFILE = (
    "\r\n"
    "何云：火线办报 鼓舞士气（为了民族复兴·英雄烈士谱）\r\n"
    "\r\n"
    "\u3000\u3000新华社电\u00a0\u00a0（记者方问禹）天然清新的田园景致……在浙江省绍兴市上虞区永和镇，"
    "今年3月回乡。\r\n"
)
FEATURE_NAME = "20190213/20190213-04-05.txt"
PROFILE_NAME = "20190213/20190213-08-03.txt"


def _write(root: pathlib.Path) -> pathlib.Path:
    day = root / "20190213"
    day.mkdir(parents=True)
    (day / "20190213-04-05.txt").write_bytes(FEATURE.encode("utf-8"))
    (day / "20190213-08-03.txt").write_bytes(PROFILE.encode("utf-8"))
    return root


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return _write(tmp_path_factory.mktemp("paper"))


@pytest.fixture(scope="module")
def paper(folder: pathlib.Path) -> baokan.Corpus:
    return baokan.compile([folder]).corpus


def test_headline_block(paper: baokan.Corpus) -> None:
    a = paper.article(1)
    assert a.kicker == "山东菏泽市夹河赵村第一书记姜浩成"
    assert a.title == "让村子发展有后劲（新春走基层·驻村干部这一年）"
    assert a.column == "新春走基层·驻村干部这一年"
    assert a.title_without_column == "让村子发展有后劲"
    assert a.subtitle is None
    b = paper.article(2)
    assert b.kicker is None
    assert b.title_without_column == "何云：火线办报 鼓舞士气"
    assert b.column == "为了民族复兴·英雄烈士谱"


def test_layout_and_path_date(paper: baokan.Corpus) -> None:
    a = paper.article(1)
    assert a.file == FEATURE_NAME
    assert a.layout == "article_file"
    assert a.date == datetime.date(2019, 2, 13)
    assert a.date_basis == "path"
    assert a.duplicate_of is None
    files = {f["name"]: f for f in paper.files}
    assert files[FEATURE_NAME]["layout"] == "article_file"
    assert files[FEATURE_NAME]["date_basis"] == "path"
    assert files[FEATURE_NAME]["date"] == "2019-02-13"
    assert files[FEATURE_NAME]["layout_reason"].startswith("article_file")


def test_credits_are_their_own_items(paper: baokan.Corpus) -> None:
    a = paper.article(1)
    credits = a.credits
    assert [k.kind for k in credits] == ["byline", "chart"]
    assert [k.text for k in credits] == ["本报记者\u00a0张\u00a0枨", "本版制图：蔡华伟"]
    assert [(k.source.file, k.source.line, k.source.column) for k in credits] == [
        (FEATURE_NAME, 5, 3),
        (FEATURE_NAME, 6, 3),
    ]
    for k in credits:
        assert isinstance(k, baokan.Credit)
        assert k.article == a
        assert paper.text[k.char_start : k.char_end] == k.text
        assert k.char_span == (k.char_start, k.char_end)
    # Credits are not paragraphs: the body is one sentence, and search skips them.
    assert [p.text for p in a.paragraphs] == ["春节前夕，姜浩成决定开会。"]
    assert paper.count("蔡华伟") == 0
    assert paper.credits == credits  # the corpus list, in article order
    assert paper.article(2).credits == []


def test_credit_identity_and_dicts(paper: baokan.Corpus) -> None:
    byline, chart = paper.article(1).credits
    assert byline == paper.credits[0] and hash(byline) == hash(paper.credits[0])
    assert byline != chart
    assert len({*paper.credits, *paper.article(1).credits}) == 2
    assert repr(chart) == '<baokan.Credit chart "本版制图：蔡华伟">'
    d = chart.to_dict()
    assert d["kind"] == "chart"
    assert d["text"] == "本版制图：蔡华伟"
    assert (d["char_start"], d["char_end"]) == chart.char_span
    assert d["byte_end"] - d["byte_start"] == len(chart.text.encode("utf-8"))
    assert d["source"] == {"file": FEATURE_NAME, "line": 6, "column": 3}


def test_reporters_with_provenance(paper: baokan.Corpus) -> None:
    [r] = paper.article(1).reporters
    assert isinstance(r, baokan.Reporter)
    assert r.name == "张枨"
    assert r.printed == "张\u00a0枨"
    assert (r.source.file, r.source.line) == (FEATURE_NAME, 5)
    assert r.to_dict() == {
        "name": "张枨",
        "printed": "张\u00a0枨",
        "source": {"file": r.source.file, "line": r.source.line, "column": r.source.column},
    }
    assert r == paper.article(1).reporters[0] and hash(r) == hash(paper.article(1).reporters[0])
    # A reporter named inside the dateline's parentheses: 新华社电（记者方问禹）.
    b = paper.article(2)
    assert [x.name for x in b.reporters] == ["方问禹"]
    assert b.reporters[0].source.line == 4


def test_dateline_that_opens_the_paragraph(paper: baokan.Corpus) -> None:
    d = paper.article(2).dateline
    assert d is not None
    assert d.text == "新华社电"
    assert d.agency == "新华社"
    assert d.closing is False


def test_to_dict_matches_the_properties(paper: baokan.Corpus) -> None:
    for a in paper:
        d = a.to_dict()
        assert json.loads(json.dumps(d, ensure_ascii=False)) == d
        assert d["kicker"] == a.kicker
        assert d["title"] == a.title
        assert d["title_without_column"] == a.title_without_column
        assert d["column"] == a.column
        assert d["layout"] == a.layout
        assert d["duplicate_of"] is None
        assert d["date_basis"] == a.date_basis
        assert d["reporters"] == [r.to_dict() for r in a.reporters]
        assert d["credits"] == [k.to_dict() for k in a.credits]
    assert paper.article(2).to_dict()["dateline"]["closing"] is False


def test_credits_frame(paper: baokan.Corpus) -> None:
    pytest.importorskip("pandas")
    frame = paper.to_pandas("credits")
    assert list(frame["kind"]) == ["byline", "chart"]
    assert list(frame["source_line"]) == [5, 6]
    assert "credits" not in paper.to_pandas("articles").columns


def test_embedded_page_has_the_new_fields_too() -> None:
    c = baokan.corpus()
    a = c.article(1)
    assert a.kicker is None
    assert a.column is None
    assert a.title_without_column == a.title
    assert a.layout == "page"
    assert a.duplicate_of is None
    assert isinstance(a.reporters, list)
    assert all(isinstance(k, baokan.Credit) for k in c.credits)
    joins = [j for p in c.paragraphs for j in p.joins]
    assert len(joins) == 6
    assert {j.reason for j in joins} == {"mid_sentence"}
    assert all(s.subheading is None for s in c.sections)
    assert c.files[0]["layout"] == "page"


def test_date_without_an_article_date_is_unresolved(tmp_path: pathlib.Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("标题\n\n今年8月，全国累计选派驻村第一书记。\n", encoding="utf-8")
    c = baokan.compile(page).corpus
    assert c.article(1).date is None
    [d] = c.dates()
    assert d.text == "今年8月"
    assert d.resolved_by == "unresolved"
    assert d.iso is None
    assert d.to_dict()["resolved_by"] == "unresolved"
    assert c.timeline() == []  # unresolved dates are left out


def test_objects_raise_closed_error_after_close(folder: pathlib.Path) -> None:
    c = baokan.compile([folder]).corpus
    a = c.article(1)
    credit = a.credits[0]
    reporter = a.reporters[0]
    c.close()
    with pytest.raises(baokan.ClosedError):
        a.credits
    with pytest.raises(baokan.ClosedError):
        a.reporters
    with pytest.raises(baokan.ClosedError):
        a.kicker
    with pytest.raises(baokan.ClosedError):
        credit.text
    with pytest.raises(baokan.ClosedError):
        credit.to_dict()
    with pytest.raises(baokan.ClosedError):
        reporter.name
    with pytest.raises(baokan.ClosedError):
        c.credits
    repr(credit), repr(reporter), hash(credit)  # never raise


def test_packs_keep_their_sources(folder: pathlib.Path, tmp_path: pathlib.Path) -> None:
    kept = baokan.compile([folder]).corpus
    assert kept.source_text(FEATURE_NAME) == FEATURE
    assert kept.source_text(PROFILE_NAME) == PROFILE
    assert kept.source_text("nope.txt") is None
    raw = kept.article(1).raw
    assert raw is not None and raw.startswith("山东菏泽市夹河赵村第一书记姜浩成")
    # Written and memory-mapped, the pack still carries them.
    mapped = baokan.compile([folder], tmp_path / "paper.pack").corpus
    assert mapped.source_text(FEATURE_NAME) == FEATURE
    bare = baokan.compile([folder], keep_source=False).corpus
    assert bare.source_text(FEATURE_NAME) is None
    assert bare.article(1).raw is None
    assert bare.stats()["pack_bytes"] < kept.stats()["pack_bytes"]
    assert [a.to_dict() for a in bare] == [a.to_dict() for a in kept]


def test_layout_can_be_forced(folder: pathlib.Path) -> None:
    decided = baokan.compile([folder]).corpus
    assert {a.layout for a in decided} == {"article_file"}
    forced = baokan.compile([folder], layout="article_file").corpus
    assert [a.to_dict() for a in forced] == [a.to_dict() for a in decided]
    as_page = baokan.compile([folder], layout="page").corpus
    assert {a.layout for a in as_page} == {"page"}
    assert {f["layout"] for f in as_page.files} == {"page"}
    for bad in ["pages", "", "PAGE"]:
        with pytest.raises(baokan.BadArgumentError, match="layout"):
            baokan.compile([folder], layout=bad)
