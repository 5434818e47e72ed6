"""`baokan export --partition-by month` of two shards into one folder, read by DuckDB with
`hive_partitioning = true` as one table: the rows are those of one pack compiled from
all the pages, `year` and `month` filter by the article's date, and ids are unique."""

from pathlib import Path
from typing import Any

import pytest

duckdb = pytest.importorskip("duckdb", reason="the duckdb package is not installed")

from _cli import REPO, run, run_json  # noqa: E402  (after the skip: needs the binary)

SEED = REPO / "crates" / "baokan" / "data" / "000_bb83d75fffceb494.txt"

# The seed page under dated names, in two shards: October, and later plus one undated.
SHARDS = {
    "2022-10": [("20221009-01.txt", "10月9日"), ("20221020-02.txt", "10月20日")],
    "later": [
        ("20221101-01.txt", "11月1日"),
        ("2022-12-05.txt", "12月5日"),
        ("misc/notes.txt", "10月9日"),
    ],
}
Dirs = tuple[Path, Path, list[str]]
"""The dataset folder, the flat export's folder, and the table names."""


@pytest.fixture(scope="module")
def dirs(tmp_path_factory: pytest.TempPathFactory) -> Dirs:
    """The dataset of the two shards (exported one at a time), the flat export of one
    pack of all the pages, and the tables."""
    root = tmp_path_factory.mktemp("hive")
    text = SEED.read_text(encoding="utf-8")
    for shard, pages in SHARDS.items():
        for name, day in pages:
            path = root / "pages" / shard / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text.replace("10月9日", day), encoding="utf-8")
        pack = root / f"{shard}.pack"
        run_json("compile", str(root / "pages" / shard), "-o", str(pack))
        run("--corpus", str(pack), "export", "--partition-by", "month", "-o", str(root / "ds"))
    run_json("compile", str(root / "pages"), "-o", str(root / "whole.pack"))
    flat = run_json("--corpus", str(root / "whole.pack"), "export", "-o", str(root / "whole"))
    return root / "ds", root / "whole", [t["name"] for t in flat]


@pytest.fixture(scope="module")
def db(dirs: Dirs) -> Any:
    ds, whole, tables = dirs
    con = duckdb.connect()
    for t in tables:
        glob = str(ds / t / "**" / "*.parquet").replace("'", "''")
        flat = str(whole / f"{t}.parquet").replace("'", "''")
        con.execute(
            f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{glob}', hive_partitioning = true)"
        )
        con.execute(f"CREATE VIEW whole_{t} AS SELECT * FROM read_parquet('{flat}')")
    yield con
    con.close()


def scalar(db: Any, sql: str) -> Any:
    return db.execute(sql).fetchone()[0]


def test_each_shard_writes_its_own_files(dirs: Dirs) -> None:
    ds, _, tables = dirs
    assert sorted(p.name for p in ds.iterdir()) == sorted(tables)
    files = sorted(p.relative_to(ds / "articles").as_posix() for p in ds.glob("articles/**/*.*"))
    null = "__HIVE_DEFAULT_PARTITION__"
    assert files == [
        "year=2022/month=10/part-2022-10.parquet",
        "year=2022/month=11/part-later.parquet",
        "year=2022/month=12/part-later.parquet",
        f"year={null}/month={null}/part-later.parquet",
    ]
    assert sorted(p.name for p in (ds / "entities").iterdir()) == [
        "part-2022-10.parquet",
        "part-later.parquet",
    ]


def test_rows_are_those_of_one_pack_of_all_pages(db: Any, dirs: Dirs) -> None:
    assert scalar(db, "SELECT count(*) FROM whole_articles") == 10
    assert len(dirs[2]) == 11
    for t in dirs[2]:
        if t == "entities":  # one row per entity per pack
            continue
        assert scalar(db, f"SELECT count(*) FROM {t}") == scalar(
            db, f"SELECT count(*) FROM whole_{t}"
        ), t
    assert scalar(db, "SELECT count(DISTINCT entity_id) FROM entities") == scalar(
        db, "SELECT count(*) FROM whole_entities"
    )
    assert scalar(db, "SELECT sum(mention_count) FROM entities") == scalar(
        db, "SELECT sum(mention_count) FROM whole_entities"
    )


def test_partition_columns_come_once_and_filter_by_the_article_date(db: Any) -> None:
    cols = [row[:2] for row in db.execute("DESCRIBE paragraphs").fetchall()]
    names = [c for c, _ in cols]
    assert len(names) == len(set(names))
    assert names[:2] == ["pack", "id"]
    assert dict(cols)["year"] == dict(cols)["month"] == "BIGINT"
    by_month = db.execute(
        "SELECT year, month, count(*) FROM articles GROUP BY ALL ORDER BY ALL NULLS LAST"
    ).fetchall()
    want = db.execute(
        "SELECT year(CAST(date AS DATE)), month(CAST(date AS DATE)), count(*) "
        "FROM whole_articles GROUP BY ALL ORDER BY ALL NULLS LAST"
    ).fetchall()
    assert by_month == want == [(2022, 10, 4), (2022, 11, 2), (2022, 12, 2), (None, None, 2)]
    # Every row of a table sits in the partition of its article's date.
    for t in ("sections", "paragraphs", "sentences", "figures", "entity_mentions"):
        misplaced = scalar(
            db,
            f"SELECT count(*) FROM {t} x JOIN articles a ON x.article_id = a.id "
            "WHERE x.year IS DISTINCT FROM a.year OR x.month IS DISTINCT FROM a.month",
        )
        assert misplaced == 0, t
    october = scalar(db, "SELECT count(*) FROM paragraphs WHERE year = 2022 AND month = 10")
    assert october == scalar(
        db,
        "SELECT count(*) FROM whole_paragraphs p JOIN whole_articles a ON p.article_id = a.id "
        "WHERE a.date LIKE '2022-10-%'",
    )
    assert scalar(db, "SELECT count(*) FROM sentences WHERE year IS NULL") == scalar(
        db,
        "SELECT count(*) FROM whole_sentences s JOIN whole_articles a ON s.article_id = a.id "
        "WHERE a.date IS NULL",
    )


def test_ids_are_unique_across_packs_and_links_resolve(db: Any, dirs: Dirs) -> None:
    for t in ("articles", "sections", "paragraphs", "sentences"):
        assert scalar(db, f"SELECT count(DISTINCT id) = count(*) FROM {t}"), t
    assert scalar(db, "SELECT count(DISTINCT pack) FROM articles") == 2
    assert scalar(db, "SELECT min(id) FROM articles WHERE pack = 'later'").startswith("later:")
    joined = scalar(db, "SELECT count(*) FROM paragraphs p JOIN sections s ON p.section_id = s.id")
    assert joined == scalar(db, "SELECT count(*) FROM paragraphs")
    # A qualified id is the one `baokan --corpus` of both packs takes.
    ds_id, title = db.execute(
        "SELECT id, title FROM articles WHERE month = 11 ORDER BY id LIMIT 1"
    ).fetchone()
    root = dirs[0].parent
    packs = [arg for shard in SHARDS for arg in ("--corpus", str(root / f"{shard}.pack"))]
    assert run_json(*packs, "show", ds_id)["title"] == title
