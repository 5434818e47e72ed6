"""A distributed compile on a dask.distributed LocalCluster of two worker processes:
the shards' packs answer as one pack of the same pages does."""

from __future__ import annotations

import os
import pathlib

import pytest

import baokan

distributed = pytest.importorskip(
    "dask.distributed", reason="dask[distributed] is not installed (CI installs it)"
)
import baokan.dask  # noqa: E402

SEED = pathlib.Path(__file__).parents[2] / "crates" / "baokan" / "data" / "000_bb83d75fffceb494.txt"
QUERIES = ["基层", "乡村振兴", "党委（党组）", "经费保障制度", "哈尔滨"]


def pages(root: pathlib.Path) -> pathlib.Path:
    """The seed page under dated names over three months, plus one undated copy."""
    text = SEED.read_text(encoding="utf-8")
    for name, day in [
        ("20221009/20221009-01-01.txt", "10月9日"),
        ("20221020/20221020-02-01.txt", "10月20日"),
        ("20221101/20221101-01-01.txt", "11月1日"),
        ("2022-12-05.txt", "12月5日"),
        ("misc/notes.txt", "10月9日"),
    ]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("10月9日", day), encoding="utf-8")
    return root


def totals(c: "baokan.Corpus | baokan.Corpora") -> dict[str, int]:
    out = {k: v for k, v in c.stats().items() if k != "pack_bytes"}
    for q in QUERIES:
        out[q] = c.count(q)
    return out


def test_plan_shards_matches_the_cli_rule(tmp_path: pathlib.Path) -> None:
    root = pages(tmp_path / "pages")
    plan = baokan.plan_shards(str(root))
    assert [name for name, _ in plan] == ["2022-10", "2022-11", "2022-12", "undated"]
    assert [len(files) for _, files in plan] == [2, 1, 1, 1]
    assert all(os.path.isfile(f) for _, files in plan for f in files)
    assert [n for n, _ in baokan.plan_shards([root], by="year")] == ["2022", "undated"]
    sizes = baokan.plan_shards(root, by="size", size=SEED.stat().st_size * 2 + 10)
    assert [n for n, _ in sizes] == ["part-0001", "part-0002", "part-0003"]
    with pytest.raises(baokan.BadArgumentError):
        baokan.plan_shards(root, by="week")


def test_local_cluster_compile_answers_as_one_pack(tmp_path: pathlib.Path) -> None:
    root = pages(tmp_path / "pages")
    one = baokan.compile(root, tmp_path / "one.pack")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        packs = baokan.dask.compile_on_dask(root, tmp_path / "packs", client, shard_by="month")
    assert [os.path.basename(p) for p in packs] == [
        "2022-10.pack",
        "2022-11.pack",
        "2022-12.pack",
        "undated.pack",
    ]
    corpora = baokan.dask.open_packs(packs)
    try:
        assert corpora.labels == ["2022-10", "2022-11", "2022-12", "undated"]
        parts, whole_totals = totals(corpora), totals(one.corpus)
        # Reprints are linked within a pack: these pages are one page printed five
        # times, so one pack links all copies but the first, and shards only those
        # inside each shard. Every other count is the same.
        assert parts.pop("reprints") < whole_totals.pop("reprints")
        assert parts == whole_totals
        for q in QUERIES:
            assert len(corpora.search(q)) == len(one.corpus.search(q))
        # Articles keep the names and dates they have in one pack.
        whole = sorted((a.source.file, str(a.date)) for a in one.corpus.articles)
        parts = sorted((a.source.file, str(a.date)) for _, a in corpora.articles)
        assert parts == whole
        # Ids are qualified by shard.
        label, first = corpora.articles[0]
        assert corpora.article(f"{label}:{first.id}").title == first.title
    finally:
        corpora.close()
        one.corpus.close()
    # A shard compiled here is the same bytes as the worker's.
    local = tmp_path / "local-2022-11.pack"
    baokan.compile(root, local, shard="2022-11").corpus.close()
    assert local.read_bytes() == (tmp_path / "packs" / "2022-11.pack").read_bytes()
