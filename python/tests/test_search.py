"""Search from Python: count, search, kwic, filters, modes, errors and threads."""

import concurrent.futures
import json
import re
import threading
from typing import Any, Callable

import pytest

import baokan


@pytest.fixture(scope="module")
def c() -> baokan.Corpus:
    return baokan.corpus()


def brute_count(c: baokan.Corpus, query: str) -> int:
    """Overlapping occurrences of `query` in the paragraph texts, by hand."""
    n = 0
    for text in [p.text for p in c.paragraphs]:
        at = text.find(query)
        while at >= 0:
            n += 1
            at = text.find(query, at + 1)
    return n


@pytest.mark.parametrize("query", ["乡村振兴", "基层", "党建工作", "的", "组织组织", "2022"])
def test_count_equals_a_brute_force_count(c: baokan.Corpus, query: str) -> None:
    assert c.count(query) == brute_count(c, query)
    assert c.count(query) == len(c.search(query))


def test_rural_revitalisation_count(c: baokan.Corpus) -> None:
    n = c.count("乡村振兴")
    assert n == brute_count(c, "乡村振兴") == 15
    hits = c.search("乡村振兴")
    assert [h.text for h in hits] == ["乡村振兴"] * n
    assert [h.char_start for h in hits] == sorted(h.char_start for h in hits)


def test_full_width_and_half_width_fold(c: baokan.Corpus) -> None:
    full = c.count("党委（党组）")
    assert full == c.count("党委(党组)")
    assert full >= 3
    # A hit shows the text as it stands in the corpus, whatever the query's width.
    assert {h.text for h in c.search("党委（党组）")} == {h.text for h in c.search("党委(党组)")}


def test_one_hit_with_provenance(c: baokan.Corpus) -> None:
    [hit] = c.search("经费保障制度")
    assert hit.text == "经费保障制度"
    assert hit.source.line == 65
    assert (hit.source.file, hit.source.column) == ("000_bb83d75fffceb494.txt", 51)
    assert hit.paragraph.id == "1.3.10"
    assert hit.paragraph == c.paragraph("1.3.10")
    assert hit.section == c.section("1.3")
    assert hit.article == c.article(1)
    assert hit.sentence is not None and hit.sentence.paragraph == hit.paragraph
    assert "经费保障制度" in hit.sentence.text
    assert c.text[hit.char_start : hit.char_end] == hit.text
    assert hit.char_span == (hit.char_start, hit.char_end)
    assert hit.left(4) == "组织运转"
    assert hit.right(2) == ",并"
    assert hit.left(0) == "" and hit.right(0) == ""
    assert len(hit.left()) == 10  # the default width
    # Context never leaves the paragraph.
    assert hit.paragraph.text.startswith(hit.left(10_000))
    assert hit.paragraph.text.endswith(hit.right(10_000))
    d = hit.to_dict()
    assert d == json.loads(json.dumps(d, ensure_ascii=False))
    assert (d["article"], d["section"], d["paragraph"]) == ("1", "1.3", "1.3.10")
    assert d["sentence"] == hit.sentence.id
    assert (d["char_start"], d["char_end"]) == hit.char_span
    assert d["source"] == {"file": "000_bb83d75fffceb494.txt", "line": 65, "column": 51}
    assert repr(hit) == '<baokan.Hit "经费保障制度" in 1.3.10 at 000_bb83d75fffceb494.txt:65:51>'


def test_hits_compare_by_span(c: baokan.Corpus) -> None:
    a, b = c.search("基层"), c.search("基层")
    assert a == b and a[0] is not b[0]
    assert len(set(a + b)) == len(a)
    assert a[0] != a[1]
    assert c.kwic("基层")[0].hit == a[0]
    other = baokan.Corpus.from_bytes(baokan.EMBEDDED_PACK)
    assert other.search("基层")[0] != a[0]  # same span, different corpus


def test_traditional_fold(c: baokan.Corpus) -> None:
    assert c.count("鄉村振興", fold_trad=True) == c.count("乡村振兴")
    assert c.count("鄉村振興") == 0
    assert c.search("鄉村振興", fold_trad=True) == c.search("乡村振兴")
    assert baokan.to_simplified("鄉村振興") == "乡村振兴"
    assert baokan.to_simplified("") == ""


def test_regex(c: baokan.Corpus) -> None:
    hits = c.search(r"\d+家", regex=True)
    texts = [h.text for h in hits]
    assert "471家" in texts
    assert all(re.fullmatch(r"\d+家", t) for t in texts)
    [h471] = [h for h in hits if h.text == "471家"]
    assert h471.paragraph.id == "2.2.5"
    assert c.count(r"\d+家", regex=True) == len(hits)
    expected = sum(len(re.findall(r"\d+家", p.text)) for p in c.paragraphs)
    assert len(hits) == expected
    # Without regex=True the pattern is a literal string.
    assert c.count(r"\d+家") == 0


def test_article_and_section_filters(c: baokan.Corpus) -> None:
    total = c.count("基层")
    by_article = [c.count("基层", article=a.id) for a in c]
    assert sum(by_article) == total
    for a, n in zip(c, by_article):
        assert n == sum(brute_count_in(p.text, "基层") for p in a.paragraphs)
        assert all(h.article == a for h in c.search("基层", article=a.id))
    assert c.count("基层", article=1) == c.count("基层", article="1")
    in_rural = c.search("乡村振兴", section="1.3")
    assert in_rural and all(h.section.id == "1.3" for h in in_rural)
    assert c.count("乡村振兴", section="1.3") == len(in_rural)
    assert c.count("乡村振兴", article=2) == 0
    assert c.search("乡村振兴", article="2") == []
    assert [line.hit.section.id for line in c.kwic("乡村振兴", section="1.3")] == [
        "1.3"
    ] * len(in_rural)


def brute_count_in(text: str, query: str) -> int:
    return sum(1 for i in range(len(text)) if text.startswith(query, i))


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"article": "1.3"}, baokan.BadIdError),  # a section id given as an article
        ({"section": "1"}, baokan.BadIdError),
        ({"article": "9"}, baokan.UnknownIdError),
        ({"section": "1.99"}, baokan.UnknownIdError),
        ({"article": 1, "section": "1.3"}, baokan.BadArgumentError),
        ({"article": 1.5}, TypeError),
    ],
)
def test_bad_scopes(c: baokan.Corpus, kwargs: dict[str, Any], error: type) -> None:
    with pytest.raises(error):
        c.count("基层", **kwargs)
    with pytest.raises(error):
        c.search("基层", **kwargs)


def test_kwic_width_and_text(c: baokan.Corpus) -> None:
    lines = c.kwic("乡村振兴", 6)
    assert len(lines) == c.count("乡村振兴")
    for line, hit in zip(lines, c.search("乡村振兴")):
        assert line.text == "乡村振兴" == line.hit.text
        assert line.hit == hit
        assert line.left == hit.left(6) and line.right == hit.right(6)
        assert len(line.left) <= 6 and len(line.right) <= 6
        d = line.to_dict()
        assert (d["left"], d["text"], d["right"]) == (line.left, line.text, line.right)
        assert d["paragraph"] == hit.paragraph.id
    # Context reaches the full width away from paragraph edges.
    assert any(len(line.left) == 6 for line in lines)
    assert [len(line.left) for line in c.kwic("乡村振兴", 0)] == [0] * len(lines)


def test_kwic_sort_orders(c: baokan.Corpus) -> None:
    by_position = c.kwic("基层党组织", 5)
    assert [line.hit.char_start for line in by_position] == sorted(
        line.hit.char_start for line in by_position
    )
    by_right = c.kwic("基层党组织", 5, sort="right")
    assert [line.right for line in by_right] == sorted(line.right for line in by_right)
    by_left = c.kwic("基层党组织", 5, sort="left")
    assert [line.left[::-1] for line in by_left] == sorted(line.left[::-1] for line in by_left)
    # The orders really differ.
    assert [line.hit for line in by_left] != [line.hit for line in by_position]
    assert [line.hit for line in by_right] != [line.hit for line in by_position]
    # The same lines, reordered; ties keep text order.
    for lines in (by_left, by_right):
        assert sorted(line.hit.char_start for line in lines) == [
            line.hit.char_start for line in by_position
        ]
    for a, b in zip(by_right, by_right[1:]):
        if a.right == b.right:
            assert a.hit.char_start < b.hit.char_start
    with pytest.raises(baokan.BadArgumentError):
        c.kwic("基层", sort="middle")  # type: ignore[arg-type]


def test_kwic_across_paragraphs(c: baokan.Corpus) -> None:
    inside = c.kwic("基层党组织", 30)
    across = c.kwic("基层党组织", 30, cross_paragraphs=True)
    assert [a.hit for a in across] == [i.hit for i in inside]
    for a, i in zip(across, inside):
        assert a.left.endswith(i.left) and a.right.startswith(i.right)
    assert any("\n" in a.left or "\n" in a.right for a in across)
    assert not any("\n" in i.left or "\n" in i.right for i in inside)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.count(""),
        lambda c: c.search(""),
        lambda c: c.kwic(""),
        lambda c: c.count("x" * 257),
        lambda c: c.count("基层\n党建"),
        lambda c: c.search("[", regex=True),
        lambda c: c.count("", regex=True),
        lambda c: c.dispersion("党建", ""),
    ],
)
def test_bad_queries_raise_query_error(
    c: baokan.Corpus, call: Callable[[baokan.Corpus], object]
) -> None:
    with pytest.raises(baokan.QueryError) as info:
        call(c)
    assert isinstance(info.value, baokan.BaokanError)
    assert isinstance(info.value, ValueError)


def test_query_limit(c: baokan.Corpus) -> None:
    assert c.count("x" * 256) == 0
    with pytest.raises(ValueError, match="256"):
        c.count("x" * 257)


def test_new_error_classes() -> None:
    assert issubclass(baokan.QueryError, baokan.BaokanError)
    assert issubclass(baokan.QueryError, ValueError)
    assert issubclass(baokan.BadArgumentError, baokan.BaokanError)
    assert issubclass(baokan.BadArgumentError, ValueError)
    assert issubclass(baokan.MissingDependencyError, baokan.BaokanError)
    assert issubclass(baokan.MissingDependencyError, ImportError)
    for e in [baokan.QueryError, baokan.BadArgumentError, baokan.MissingDependencyError]:
        assert e.__module__ == "baokan"
        assert e.__doc__


def test_results_are_frozen(c: baokan.Corpus) -> None:
    hit = c.search("基层")[0]
    with pytest.raises(AttributeError):
        hit.text = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        c.kwic("基层")[0].left = "x"  # type: ignore[misc,unused-ignore]
    with pytest.raises(TypeError):
        baokan.Hit()


def test_to_frame_of_hits(c: baokan.Corpus) -> None:
    pd = pytest.importorskip("pandas")
    frame = baokan.to_frame(c.kwic("乡村振兴"))
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == c.count("乡村振兴")
    assert {"left", "text", "right", "paragraph", "source_line"} <= set(frame.columns)


def test_threads_get_the_same_answers(c: baokan.Corpus) -> None:
    queries = ["乡村振兴", "基层", "党委(党组)", "经费保障制度", "的"]

    def run() -> list[object]:
        out: list[object] = []
        for q in queries:
            out.append(c.count(q))
            out.append([h.char_span for h in c.search(q)])
            out.append(c.count(q, article=1))
            out.append([(k.left, k.right) for k in c.kwic(q, 5, sort="left")])
        out.append([h.text for h in c.search(r"\d+家", regex=True)])
        out.append(c.count("鄉村振興", fold_trad=True))
        return out

    expected = run()
    barrier = threading.Barrier(8)

    def worker(_: int) -> list[list[object]]:
        barrier.wait()
        return [run() for _ in range(5)]

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(worker, range(8)))
    assert len(results) == 8
    assert all(r == expected for rs in results for r in rs)
