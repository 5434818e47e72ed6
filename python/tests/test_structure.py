"""The seed page's structure, as the installed `baokan` package reports it."""

import datetime
import pathlib
from typing import Any, Callable

import pytest

import baokan

TITLES = ["建强战斗堡垒 夯实执政之基", "以高质量项目推动经济高质量发展"]
HEADINGS_1 = [
    "牢固树立大抓基层的鲜明导向",
    "夯实全面实施乡村振兴战略的组织基础",
    "城市基层党建引领基层治理效能明显提升",
    "党在新兴领域的号召力和凝聚力不断扩大",
    "把传统领域党建工作优势更好彰显出来",
]
HEADINGS_2 = [
    "深哈合作结出累累硕果 高科技企业纷纷落户园区",
    "新产业新经济加速成长 夯实新区发展“底盘”",
]


@pytest.fixture(scope="module")
def c() -> baokan.Corpus:
    return baokan.corpus()


def test_two_articles_with_titles(c: baokan.Corpus) -> None:
    assert len(c.articles) == 2
    assert len(c) == 2
    assert [a.title for a in c.articles] == TITLES
    assert [a.id for a in c] == ["1", "2"]


def test_article_1_front_matter(c: baokan.Corpus) -> None:
    a = c.article("1")
    assert a.subtitle == "党的十九大以来党的基层组织建设工作总结"
    assert a.byline == "新华社记者"
    d = a.dateline
    assert d is not None
    assert (d.agency, d.place, d.month, d.day) == ("新华社", "北京", 10, 9)
    assert d.date == datetime.date(2022, 10, 9)
    assert d.text == "(新华社北京10月9日电)"
    assert a.date == datetime.date(2022, 10, 9)
    assert a.date_basis == "dateline"
    assert a.continued_from is None
    assert a.continued_to is None


def test_article_1_sections(c: baokan.Corpus) -> None:
    sections = c.article(1).sections
    assert len(sections) == 6
    assert sections[0].heading is None  # the untitled lead comes first
    assert [s.heading for s in sections[1:]] == HEADINGS_1
    assert [s.id for s in sections] == [f"1.{i}" for i in range(1, 7)]
    assert all(s.article == c.article(1) for s in sections)


def test_article_2_continuation_and_sections(c: baokan.Corpus) -> None:
    a = c.article("2")
    assert a.continued_from == "第一版"
    assert a.dateline is None
    sections = a.sections
    assert len(sections) == 3
    assert sections[0].heading is None
    assert [s.heading for s in sections[1:]] == HEADINGS_2


def test_joins(c: baokan.Corpus) -> None:
    joined = [p for p in c.paragraphs if p.joins]
    assert len(joined) == 6
    assert sum(len(p.joins) for p in joined) == c.stats()["joins"] == 6
    funding = [p for p in joined if "经费保障制度" in p.text]
    assert len(funding) == 1
    join = funding[0].joins[0]
    # The continuation after the page break starts a new source line.
    assert join.source.column == 1
    assert c.text[join.char - 4 : join.char] == "经费保障"


def test_paragraph_kinds(c: baokan.Corpus) -> None:
    kinds = [p.kind for p in c.paragraphs]
    assert set(kinds) == {"body", "list_item", "ellipsis"}
    items = [p for p in c.paragraphs if p.kind == "list_item"]
    assert len(items) == 3
    assert all(p.text.startswith("——") for p in items)
    ellipses = [p for p in c.paragraphs if p.kind == "ellipsis"]
    assert len(ellipses) == 2
    assert all(p.text == "……" for p in ellipses)


def test_first_paragraph_source(c: baokan.Corpus) -> None:
    p = c.paragraphs[0]
    assert p.id == "1.1.1"
    assert (p.source.line, p.source.column) == (9, 1)
    assert p.source.file == "000_bb83d75fffceb494.txt"
    assert str(p.source) == "000_bb83d75fffceb494.txt:9:1"
    assert c.text[p.char_start : p.char_end] == p.text
    assert p.char_span == (p.char_start, p.char_end)


@pytest.mark.parametrize(
    "get",
    [
        lambda c: c,
        lambda c: c.article(1),
        lambda c: c.section("1.2"),
        lambda c: c.paragraph("1.2.3"),
        lambda c: c.sentence("1.1.1.1"),
        lambda c: c.paragraphs[0].source,
        lambda c: c.article(1).dateline,
        lambda c: c.paragraph("1.2.12").joins[0],
    ],
)
def test_objects_are_frozen(c: baokan.Corpus, get: Callable[[baokan.Corpus], Any]) -> None:
    obj = get(c)
    with pytest.raises(AttributeError):
        obj.id = "9"
    with pytest.raises(AttributeError):
        obj.anything_new = 1


def test_to_dict_round_trips_id_and_title(c: baokan.Corpus) -> None:
    for a in c.articles:
        d = a.to_dict()
        assert d["id"] == a.id
        assert d["title"] == a.title
        assert c.article(d["id"]) == a
        assert [s["heading"] for s in d["sections"]] == [s.heading for s in a.sections]
    d = c.article(1).to_dict()
    assert d["date"] == "2022-10-09"
    assert d["dateline"]["agency"] == "新华社"
    p = c.paragraph("1.1.1").to_dict()
    assert p["source"] == {"file": "000_bb83d75fffceb494.txt", "line": 9, "column": 1}
    assert c.paragraph(p["id"]).text == p["text"]


def test_unknown_id_raises(c: baokan.Corpus) -> None:
    with pytest.raises(baokan.BaokanError):
        c.article("99")
    with pytest.raises(baokan.UnknownIdError) as e:
        c.article("99")
    assert str(e.value) == 'no article with id "99" (the corpus has articles 1 to 2)'
    assert isinstance(e.value, KeyError)


def test_bad_id_raises(c: baokan.Corpus) -> None:
    with pytest.raises(baokan.BadIdError) as e:
        c.article("x.y")
    assert isinstance(e.value, baokan.BaokanError)
    assert isinstance(e.value, ValueError)


def test_stubs_and_py_typed_are_installed() -> None:
    package = pathlib.Path(baokan.__file__).parent
    assert (package / "py.typed").is_file()
    stubs = package / "_baokan.pyi"
    assert stubs.is_file()
    text = stubs.read_text(encoding="utf-8")
    for name in ["class Corpus", "class Article", "class BaokanError", "def corpus()"]:
        assert name in text
