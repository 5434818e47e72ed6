"""Trends from Python: hits per period of the articles' dates, as a DataFrame, on the
seed page and on pages dated over three months, one pack and several."""

from __future__ import annotations

import pathlib

import pytest

import baokan

SEED = pathlib.Path(__file__).parents[2] / "crates" / "baokan" / "data" / "000_bb83d75fffceb494.txt"


def dated_pages(root: pathlib.Path) -> pathlib.Path:
    """The seed page printed on three days in two months (its dateline moved along)."""
    text = SEED.read_text(encoding="utf-8")
    for day, month in [(9, 10), (20, 10), (1, 11)]:
        path = root / f"2022{month:02}{day:02}" / "page.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("10月9日", f"{month}月{day}日"), encoding="utf-8")
    return root


def test_trend_is_a_dataframe_of_the_index_counts() -> None:
    pd = pytest.importorskip("pandas")
    c = baokan.corpus()
    t = c.trend(["乡村振兴", "基层"], by="month")
    assert isinstance(t, pd.DataFrame)
    assert list(t.columns) == ["term", "period", "hits", "per_million", "articles", "chars"]
    rows = t.set_index("term")
    assert rows.loc["乡村振兴", "hits"] == c.count("乡村振兴")
    assert rows.loc["基层", "hits"] == c.count("基层")
    assert rows.loc["基层", "period"] == "2022-10"
    assert rows.loc["基层", "per_million"] == pytest.approx(
        rows.loc["基层", "hits"] * 1e6 / rows.loc["基层", "chars"]
    )
    assert c.trend(["乡村振兴"], by="week")["period"].tolist() == ["2022-W40"]
    with pytest.raises(baokan.BadArgumentError):
        c.trend(["乡村振兴"], by="fortnight")
    with pytest.raises(baokan.QueryError):
        c.trend([""])


def test_trend_over_days_and_packs(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("pandas")
    root = dated_pages(tmp_path / "pages")
    one = baokan.compile(root).corpus
    per_page = baokan.corpus().count("乡村振兴")
    days = one.trend(["乡村振兴"], by="day")
    assert days["period"].tolist() == ["2022-10-09", "2022-10-20", "2022-11-01"]
    assert days["hits"].tolist() == [per_page] * 3
    months = one.trend(["乡村振兴"], by="month")
    assert months["period"].tolist() == ["2022-10", "2022-11"]
    assert months["hits"].tolist() == [2 * per_page, per_page]
    assert months["articles"].tolist() == [2, 1]
    # Shards by month, opened as one corpus, give the same table.
    packs = tmp_path / "packs"
    packs.mkdir()
    for name, _files in baokan.plan_shards(root):
        baokan.compile(root, packs / f"{name}.pack", shard=name).corpus.close()
    with baokan.open(packs) as several:
        merged = several.trend(["乡村振兴"], by="month")
    assert merged.to_dict("records") == months.to_dict("records")


def test_keyness_of_two_date_ranges(tmp_path: pathlib.Path) -> None:
    pd = pytest.importorskip("pandas")
    root = dated_pages(tmp_path / "pages")
    # A fourth page in November about something else marks November's side.
    (root / "20221102").mkdir()
    (root / "20221102" / "page.txt").write_text(
        "冬季供暖保障\n\n本报北京11月2日电 入冬以来,各地供暖企业加紧检修管网,供暖季提前启动。"
        "供暖企业表示,今冬供暖煤炭储备充足,供暖价格保持稳定。\n",
        encoding="utf-8",
    )
    c = baokan.compile(root).corpus
    k = c.keyness("2022-11-01..2022-11-30", "2022-10-01..2022-10-31", min_freq=1)
    assert isinstance(k, pd.DataFrame)
    assert list(k.columns) == ["side", "word", "a", "b", "g2", "log_ratio"]
    a = k[k["side"] == "a"]
    assert a.iloc[0]["word"] == "供暖"
    assert (a["log_ratio"] > 0).all() and (k[k["side"] == "b"]["log_ratio"] < 0).all()
    assert list(a["g2"]) == sorted(a["g2"], reverse=True)
    assert "的" not in set(k["word"])
    with pytest.raises(baokan.BadArgumentError):
        c.keyness("2022-11", "2022-10-01..2022-10-31")
