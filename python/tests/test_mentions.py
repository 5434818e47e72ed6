"""Typed mentions: figures, dates, citations, quotes, entities, the timeline, extract,
parse_number and to_pandas."""

import datetime
import sys
from typing import Union

import pytest

import baokan


@pytest.fixture(scope="module")
def c() -> baokan.Corpus:
    return baokan.corpus()


SOURCE_KEYS = {"file", "line", "column"}
MENTION_KEYS = {
    "text",
    "article",
    "paragraph",
    "sentence",
    "char_start",
    "char_end",
    "byte_start",
    "byte_end",
    "source",
}


# --- figures -------------------------------------------------------------------------


def test_figure_518_thousand_people(c: baokan.Corpus) -> None:
    found = [f for f in c.figures() if "51.8万" in f.text]
    assert found, "no figure holds 51.8万"
    f = found[0]
    assert f.value == 518000.0
    assert f.unit == "人"
    assert f.multiplier == "万"
    assert f.numeral_form == "arabic"
    assert f in c.figures(unit="人")


def test_figure_range(c: baokan.Corpus) -> None:
    assert any(f.value_max == 350000000.0 for f in c.figures())
    for f in c.figures():
        assert f.value_max is None or f.value_max >= f.value


def test_no_figure_is_5g(c: baokan.Corpus) -> None:
    assert all(f.text != "5G" for f in c.figures())


def test_figure_fields_are_strings(c: baokan.Corpus) -> None:
    for f in c.figures():
        assert f.numeral_form in {"arabic", "chinese"}
        assert f.approx in {None, "more_than", "at_least", "about", "up_to"}
        assert isinstance(f.value, float)


def test_figures_by_unit(c: baokan.Corpus) -> None:
    people = c.figures(unit="人")
    assert people
    assert all(f.unit == "人" for f in people)
    assert c.figures(unit="no such unit") == []
    assert len(c.figures()) >= len(people)


# --- the parts every mention shares --------------------------------------------------


Mention = Union[
    baokan.Figure, baokan.DateMention, baokan.Citation, baokan.Quote, baokan.EntityMention
]


def mentions(c: baokan.Corpus) -> list[Mention]:
    return [
        *c.figures(),
        *c.dates(),
        *c.citations(),
        *c.quotes(),
        *(m for e in c.entities() for m in e.mentions),
    ]


def test_mentions_know_where_they_are(c: baokan.Corpus) -> None:
    ms = mentions(c)
    assert ms
    for m in ms:
        assert c.text[m.char_start : m.char_end] == m.text
        assert m.char_span == (m.char_start, m.char_end)
        inside = m.paragraph.char_start <= m.char_start and m.char_end <= m.paragraph.char_end
        # A byline's reporter or a closing dateline's place lies in its article, outside
        # its paragraphs: it has no sentence.
        assert inside or (isinstance(m, baokan.EntityMention) and m.sentence is None)
        assert m.paragraph.section == m.section
        assert m.paragraph.article == m.article
        if m.sentence is not None:
            assert m.sentence.paragraph == m.paragraph
            assert m.sentence.char_start <= m.char_start < m.sentence.char_end
        assert isinstance(m.source, baokan.Source)
        assert m.source.file == m.article.file


def test_mention_dicts(c: baokan.Corpus) -> None:
    for m in mentions(c):
        d = m.to_dict()
        assert MENTION_KEYS <= set(d), type(m)
        assert set(d["source"]) == SOURCE_KEYS
        assert d["text"] == m.text
        assert (d["char_start"], d["char_end"]) == m.char_span
        assert d["source"]["line"] == m.source.line
        assert d["paragraph"] == m.paragraph.id
        assert d["article"] == m.article.id
    f = c.figures()[0].to_dict()
    assert {"value", "value_max", "unit", "multiplier", "approx", "numeral_form", "subject"} <= set(f)
    d = c.dates()[0].to_dict()
    assert {"iso", "iso_end", "precision", "resolved_by"} <= set(d)
    x = c.citations()[0].to_dict()
    assert {"title", "kind", "issuers", "action", "date"} <= set(x)
    q = c.quotes()[0].to_dict()
    assert {
        "inner",
        "kind",
        "speaker",
        "speaker_title",
        "speaker_phrase",
        "opened_before",
        "closed_after",
        "attribution",
    } <= set(q)


def test_a_quote_says_how_its_speaker_was_found(c: baokan.Corpus) -> None:
    named = [q for q in c.quotes() if q.speaker == "张弛"]
    assert named and all(q.attribution in ("before", "after", "continued") for q in named)
    terms = [q for q in c.quotes() if q.kind == "term"]
    assert terms and all(q.attribution == "none" and q.speaker is None for q in terms)
    assert {q.to_dict()["attribution"] for q in c.quotes()} <= {
        "none", "before", "after", "enumeration", "pronoun", "continued", "implicit"
    }
    found = baokan.extract("会长王新特带着几位侨胞来到电视台。“我们特意准备了两种美食。”")
    assert [(q["speaker"], q["attribution"]) for q in found["quotes"]] == [("王新特", "implicit")]


def test_mentions_are_frozen_and_compare_by_identity(c: baokan.Corpus) -> None:
    f = c.figures()[0]
    with pytest.raises(AttributeError):
        f.value = 1.0  # type: ignore[misc]
    assert c.figures()[0] == f
    assert hash(c.figures()[0]) == hash(f)
    assert len(set(c.figures())) == len(c.figures())
    other = baokan.Corpus.from_bytes(baokan.EMBEDDED_PACK)
    assert other.figures()[0] != f
    assert other.figures()[0].text == f.text
    e = c.entities()[0]
    assert c.entities()[0] == e
    assert hash(c.entities()[0]) == hash(e)
    assert other.entities()[0] != e
    assert len(set(c.entities())) == len(c.entities())


def test_reprs(c: baokan.Corpus) -> None:
    for m in [
        c.figures()[0],
        c.dates()[0],
        c.citations()[0],
        c.quotes()[0],
        c.entities()[0],
        c.entities()[0].mentions[0],
        c.timeline()[0],
    ]:
        r = repr(m)
        assert r.startswith(f"<baokan.{type(m).__name__} "), r
        assert r.endswith(">")
    f = next(f for f in c.figures() if "51.8万" in f.text)
    assert "518000.0" in repr(f) and "人" in repr(f)


# --- dates ---------------------------------------------------------------------------


def test_dates(c: baokan.Corpus) -> None:
    ds = c.dates()
    day = [d for d in ds if d.iso == "2018-11-06"]
    assert day and day[0].precision == "day"
    assert day[0].resolved_by == "explicit"
    assert any(d.iso == "2021-06" and d.iso_end == "2021-12" for d in ds)
    for d in ds:
        assert d.precision in {"year", "season", "month", "day"}
        assert d.resolved_by in {"explicit", "article_date"}


# --- citations -----------------------------------------------------------------------


def test_citation_issuers(c: baokan.Corpus) -> None:
    title = "关于坚持和加强农村基层党组织领导扶持壮大村级集体经济的意见"
    found = [x for x in c.citations() if x.title == title]
    assert found, [x.title for x in c.citations()]
    x = found[0]
    assert x.issuers == ["中央组织部", "财政部", "农业农村部"]
    assert x.action == "印发"
    assert x.kind == "意见"
    assert x.text == f"《{title}》"
    assert x.to_dict()["issuers"] == x.issuers


# --- quotes --------------------------------------------------------------------------


def test_quotes_by_speaker(c: baokan.Corpus) -> None:
    zhang = c.quotes(speaker="张弛")
    assert zhang
    assert all(q.speaker == "张弛" for q in zhang)
    assert any(q.source.line == 151 for q in zhang)
    assert c.quotes(speaker="nobody") == []


def test_quotes_by_kind(c: baokan.Corpus) -> None:
    terms = c.quotes(kind="term")
    assert "两委" in [q.inner for q in terms]
    assert all(q.kind == "term" for q in terms)
    speech = c.quotes(kind="speech")
    assert all(q.kind == "speech" for q in speech)
    assert len(terms) + len(speech) == len(c.quotes())
    with pytest.raises(baokan.BadArgumentError):
        c.quotes(kind="shout")  # type: ignore[arg-type]
    for q in c.quotes():
        assert q.inner in q.text


# --- entities ------------------------------------------------------------------------


def test_entities(c: baokan.Corpus) -> None:
    people = c.entities(kind="person")
    assert "习近平" in [e.name for e in people]
    assert all(e.kind == "person" for e in people)
    with pytest.raises(baokan.BadArgumentError):
        c.entities(kind="planet")  # type: ignore[arg-type]
    xi = next(e for e in people if e.name == "习近平")
    assert xi.count == len(xi.mentions) >= 1
    for m in xi.mentions:
        assert m.entity == xi
        assert m.name == "习近平"
        assert m.kind == "person"
    d = xi.to_dict()
    assert d["name"] == "习近平"
    assert d["count"] == xi.count
    assert len(d["mentions"]) == xi.count
    for e in c.entities():
        assert e.kind in {"person", "place", "org"}
        if e.kind != "place":
            assert e.admin_level is None


# --- timeline ------------------------------------------------------------------------


def test_timeline_is_sorted(c: baokan.Corpus) -> None:
    t = c.timeline()
    assert t
    isos = [e.iso for e in t]
    assert all(iso is not None for iso in isos)
    assert isos == sorted(isos)  # type: ignore[type-var]
    for e in t:
        assert e.iso == e.date.iso
        assert e.text == e.date.text
        assert e.char_start == e.date.char_start
        assert e.source == e.date.source
        d = e.to_dict()
        assert d["iso"] == e.iso
        assert set(d["source"]) == SOURCE_KEYS
        if e.sentence is not None:
            assert d["sentence_id"] == e.sentence.id
            assert d["sentence"] == e.sentence.text
    assert len(t) == sum(d.iso is not None for d in c.dates())


# --- extract -------------------------------------------------------------------------


def test_extract() -> None:
    text = "今年8月,全国累计选派51.8万人。"
    m = baokan.extract(text, date="2022-10-09")
    assert set(m) == {"figures", "dates", "citations", "quotes", "entities"}
    assert any(d["iso"] == "2022-08" for d in m["dates"])
    assert any(f["value"] == 518000.0 for f in m["figures"])
    for kind in m.values():
        for d in kind:  # type: ignore[attr-defined]
            assert text[d["char_start"] : d["char_end"]] == d["text"]
            assert text.encode()[d["byte_start"] : d["byte_end"]].decode() == d["text"]
    assert baokan.extract(text, date=datetime.date(2022, 10, 9)) == m
    assert baokan.extract(text, date=datetime.datetime(2022, 10, 9, 12, 0)) == m


def test_extract_without_a_date() -> None:
    m = baokan.extract("今年8月,全国累计选派51.8万人。")
    assert all(d["iso"] != "2022-08" for d in m["dates"])
    assert baokan.extract("") == {
        "figures": [],
        "dates": [],
        "citations": [],
        "quotes": [],
        "entities": [],
    }


def test_extract_bad_date() -> None:
    with pytest.raises(baokan.BadArgumentError) as info:
        baokan.extract("今年8月", date="2022-13-40")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, baokan.BaokanError)
    with pytest.raises(ValueError):
        baokan.extract("今年8月", date="yesterday")
    with pytest.raises(TypeError):
        baokan.extract("今年8月", date=20221009)  # type: ignore[arg-type]


def test_extract_matches_the_corpus(c: baokan.Corpus) -> None:
    # The corpus was compiled with the same rules: a paragraph's figures come back.
    f = next(f for f in c.figures() if "51.8万" in f.text)
    p = f.paragraph
    date = p.article.date
    found = baokan.extract(p.text, date=date)["figures"]
    rel = f.char_start - p.char_start
    assert any(
        x["char_start"] == rel and x["value"] == f.value and x["unit"] == f.unit for x in found
    )


# --- parse_number --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一百二十三", 123.0),
        ("两千零一", 2001.0),
        ("一万零五百", 10500.0),
        ("三千五百万", 35000000.0),
        ("1.5亿", 150000000.0),
        ("51.8万", 518000.0),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert baokan.parse_number(text) == value


@pytest.mark.parametrize("text", ["党建", "", "万"])
def test_parse_number_none(text: str) -> None:
    assert baokan.parse_number(text) is None


# --- to_pandas -----------------------------------------------------------------------


def test_to_pandas_figures(c: baokan.Corpus) -> None:
    pd = pytest.importorskip("pandas")
    frame = c.to_pandas("figures")
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == len(c.figures())
    assert {"text", "value", "unit", "char_start", "char_end"} <= set(frame.columns)
    assert {"source_file", "source_line", "source_column"} <= set(frame.columns)
    assert "source" not in frame.columns
    row = frame[frame["text"].str.contains("51.8万", regex=False)].iloc[0]
    assert row["value"] == 518000.0
    assert row["unit"] == "人"


def test_to_pandas_every_table(c: baokan.Corpus) -> None:
    pytest.importorskip("pandas")
    sizes = {
        "articles": len(c.articles),
        "sections": len(c.sections),
        "paragraphs": len(c.paragraphs),
        "sentences": len(c.sentences),
        "credits": len(c.credits),
        "figures": len(c.figures()),
        "dates": len(c.dates()),
        "citations": len(c.citations()),
        "quotes": len(c.quotes()),
        "entities": len(c.entities()),
        "entity_mentions": sum(e.count for e in c.entities()),
        "timeline": len(c.timeline()),
    }
    for table, n in sizes.items():
        frame = c.to_pandas(table)  # type: ignore[arg-type]
        assert len(frame) == n, table
        assert "source_line" in frame.columns or n == 0 or table == "entities", table
    entities = c.to_pandas("entities")
    assert "mentions" not in entities.columns
    assert "count" in entities.columns
    ms = c.to_pandas("entity_mentions")
    assert list(ms["char_start"]) == sorted(ms["char_start"])
    assert "习近平" in set(ms["name"])
    assert "sections" not in c.to_pandas("articles").columns
    t = c.to_pandas("timeline")
    assert list(t["iso"]) == sorted(t["iso"])


def test_to_pandas_without_pandas(c: baokan.Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(baokan.MissingDependencyError) as info:
        c.to_pandas("figures")
    assert isinstance(info.value, ImportError)
    assert "pandas" in str(info.value)
    with pytest.raises(baokan.MissingDependencyError):
        baokan.to_frame(c.figures())


def test_to_pandas_unknown_table(c: baokan.Corpus) -> None:
    with pytest.raises(baokan.BadArgumentError) as info:
        c.to_pandas("nonsense")  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert "figures" in str(info.value)


def test_to_frame_of_mentions(c: baokan.Corpus) -> None:
    pytest.importorskip("pandas")
    frame = baokan.to_frame(c.quotes(speaker="张弛"))
    assert len(frame) == len(c.quotes(speaker="张弛"))
    assert set(frame["speaker"]) == {"张弛"}


def test_dates_keep_season_part_open_and_calendar() -> None:
    found = baokan.extract("1943年春，去年5月底，2018年以来，正月十五。", date="2019-02-13")["dates"]
    spring, may, since, lantern = found
    assert (spring["iso"], spring["precision"], spring["season"]) == ("1943", "season", "spring")
    assert (may["iso"], may["part"]) == ("2018-05", "late")
    assert (since["iso"], since["open"], since["resolved_by"]) == ("2018", "since", "explicit")
    assert (lantern["iso"], lantern["calendar"]) == ("2019-02-19", "lunar")
    assert baokan.extract("同年7月", date="2019-02-13")["dates"][0]["resolved_by"] == "unresolved"
