"""Statistics from Python: n-grams, words, collocates, keywords, repeats, dispersion and
its plot, segmentation."""

import json
import sys
from typing import Any

import pytest

import baokan


@pytest.fixture(scope="module")
def c() -> baokan.Corpus:
    return baokan.corpus()


def test_ngrams_counts_equal_count(c: baokan.Corpus) -> None:
    for n in (1, 2, 4, 8):
        grams = c.ngrams(n, 15)
        assert 0 < len(grams) <= 15
        for text, count in grams:
            assert isinstance(text, str) and len(text) == n
            assert count == c.count(text)
        counts = [count for _, count in grams]
        assert counts == sorted(counts, reverse=True)
    assert c.ngrams(2, 1) == [("组织", 87)]
    assert ("乡村振兴", c.count("乡村振兴")) in c.ngrams(4, None)


def test_ngrams_punctuation_and_bounds(c: baokan.Corpus) -> None:
    assert all(text.isalnum() for text, _ in c.ngrams(2, 200))
    assert any(not text.isalnum() for text, _ in c.ngrams(2, 200, skip_punct=False))
    assert len(c.ngrams(3, None)) > len(c.ngrams(3, 50)) == 50
    assert c.ngrams(3, 0) == []
    for n in (0, 9):
        with pytest.raises(baokan.BadArgumentError) as info:
            c.ngrams(n)
        assert isinstance(info.value, ValueError)


def test_words(c: baokan.Corpus) -> None:
    top = c.words(keep_stopwords=True)
    assert len(top) == 20
    assert top[0] == ("的", 137)
    content = c.words()
    assert content[0] == ("党建", 65) and "的" not in dict(content)
    words = dict(c.words(None, keep_stopwords=True))
    assert "党建" in words
    assert words["党建"] == dict(top)["党建"]
    assert "," not in words and "。" not in words
    assert "," in dict(c.words(None, skip_punct=False, keep_stopwords=True))
    # The count of a word is the count of its jieba tokens across paragraphs.
    tokens = [t for p in c.paragraphs for t in baokan.segment(p.text)]
    assert words["党建"] == tokens.count("党建")


def test_segment() -> None:
    assert baokan.segment("抓党建促乡村振兴。") == ["抓", "党建", "促", "乡村", "振兴", "。"]
    assert baokan.segment("") == []
    text = "基层党组织是党的肌体的“神经末梢”。"
    assert "".join(baokan.segment(text)) == text


def test_collocates(c: baokan.Corpus) -> None:
    near = c.collocates("基层")
    assert 0 < len(near) <= 20
    party = next(w for w in near if w.word == "党组织")
    assert party.measure == "log-likelihood"
    assert party.score > 0 and party.joint >= 2
    assert party.node_freq == near[0].node_freq
    assert party.word_freq >= party.joint
    assert all(w.measure == "log-likelihood" for w in near)
    scores = [w.score for w in near]
    assert scores == sorted(scores, reverse=True)
    assert all(w.joint >= 2 for w in near)
    assert "基层" not in {w.word for w in near}
    d = party.to_dict()
    assert d == json.loads(json.dumps(d, ensure_ascii=False))
    assert d["word"] == "党组织" and d["measure"] == "log-likelihood"
    assert set(d) == {"word", "joint", "node_freq", "word_freq", "score", "measure"}
    assert repr(party).startswith('Collocate(word="党组织", ')
    # Wider windows see at least as much.
    wide = {w.word: w.joint for w in c.collocates("基层", 10, 1, None)}
    narrow = {w.word: w.joint for w in c.collocates("基层", 2, 1, None)}
    assert all(wide[w] >= j for w, j in narrow.items())


def test_collocate_errors(c: baokan.Corpus) -> None:
    with pytest.raises(baokan.BadArgumentError):
        c.collocates("基层", window=0)
    with pytest.raises(baokan.QueryError):
        c.collocates("")


def test_keywords(c: baokan.Corpus) -> None:
    top = c.keywords("1.3", 5)
    assert len(top) == 5
    assert "乡村振兴" in [k.term for k in top]
    assert all(k.measure == "tf-idf" for k in top)
    scores = [k.score for k in top]
    assert scores == sorted(scores, reverse=True)
    k = next(k for k in top if k.term == "乡村振兴")
    assert k.tf == c.count("乡村振兴", section="1.3")
    assert 1 <= k.df
    assert set(k.to_dict()) == {"term", "score", "tf", "df", "measure"}
    assert c.keywords(2, 1)[0].term == c.keywords("2", 1)[0].term == "新区"
    assert len(c.keywords("1")) == 10  # the default top


@pytest.mark.parametrize(
    ("id", "error"),
    [("1.3.1", baokan.BadIdError), ("9", baokan.UnknownIdError), ("x", baokan.BadIdError)],
)
def test_keyword_errors(c: baokan.Corpus, id: str, error: type) -> None:
    with pytest.raises(error):
        c.keywords(id)


def test_repeats(c: baokan.Corpus) -> None:
    reps = c.repeats()
    texts = [r.text for r in reps]
    assert "基层党组织" in texts
    assert "乡村振兴" in texts
    for r in reps:
        assert r.len == len(r.text) >= 4
        assert r.count == c.count(r.text) >= 3
    keys = [(-r.count, -r.len) for r in reps]
    assert keys == sorted(keys)
    assert c.repeats(top=3) == reps[:3]
    assert len(c.repeats(min_len=6, min_count=2)) > 0
    assert all(r.len >= 6 for r in c.repeats(min_len=6, min_count=2))
    r = next(r for r in reps if r.text == "基层党组织")
    assert r.to_dict() == {"text": "基层党组织", "count": r.count, "len": 5}
    assert len({*reps, *reps}) == len(reps)


def test_dispersion(c: baokan.Corpus) -> None:
    d = c.dispersion("党建", "乡村振兴", "新区")
    assert d == json.loads(json.dumps(d, ensure_ascii=False))
    assert [a["id"] for a in d["articles"]] == ["1", "2"]
    assert d["articles"][0]["title"] == c.article(1).title
    assert [t["term"] for t in d["terms"]] == ["党建", "乡村振兴", "新区"]
    for t in d["terms"]:
        hits = c.search(t["term"])
        assert len(t["points"]) == len(hits) == c.count(t["term"])
        for p, h in zip(t["points"], hits):
            assert p["char_offset"] == h.char_start
            assert d["articles"][p["article"]]["id"] == h.article.id
            assert 0.0 <= p["position"] <= 1.0
    rural = d["terms"][1]["points"]
    assert {p["article"] for p in rural} == {0}
    empty = c.dispersion()
    assert empty["articles"] == d["articles"] and empty["terms"] == []


def test_plot_dispersion_without_matplotlib(
    c: baokan.Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(baokan.MissingDependencyError) as info:
        baokan.plot_dispersion(c, ["党建"])
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value, baokan.BaokanError)
    assert "matplotlib" in str(info.value)
    assert info.value.name == "matplotlib"


def test_plot_dispersion_with_matplotlib(c: baokan.Corpus) -> None:
    pytest.importorskip("matplotlib")
    from matplotlib.figure import Figure

    fig = baokan.plot_dispersion(c, ["党建", "乡村振兴"])
    assert isinstance(fig, Figure)
    [ax] = fig.axes
    lines: list[Any] = [ln for ln in ax.get_lines() if ln.get_marker() == "|"]
    assert [len(ln.get_xdata()) for ln in lines] == [c.count("党建"), c.count("乡村振兴")]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        f"党建 ({c.count('党建')})",
        f"乡村振兴 ({c.count('乡村振兴')})",
    ]
    # Article 1 spans x in [0, 1), article 2 [1, 2).
    assert all(0 <= x < 1 for x in lines[1].get_xdata())
    # Drawing on given axes returns their figure; a single term may be a str.
    other = Figure()
    ax2 = other.add_subplot()
    assert baokan.plot_dispersion(c, "新区", ax=ax2) is other
    with pytest.raises(baokan.QueryError):
        baokan.plot_dispersion(c, [""])


def test_to_frame_of_statistics(c: baokan.Corpus) -> None:
    pd = pytest.importorskip("pandas")
    frame = baokan.to_frame(c.keywords("1.3"))
    assert list(frame.columns) == ["term", "score", "tf", "df", "measure"]
    assert len(baokan.to_frame(c.collocates("基层"))) == len(c.collocates("基层"))
    assert list(baokan.to_frame(c.repeats(top=2)).columns) == ["text", "count", "len"]
    grams = pd.DataFrame(c.ngrams(2), columns=["gram", "count"])
    assert grams.loc[0, "gram"] == "组织"


def test_to_frame_without_pandas(c: baokan.Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(baokan.MissingDependencyError):
        baokan.to_frame(c.repeats(top=1))
