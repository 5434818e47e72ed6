"""`baokan export --format parquet`, read back with DuckDB: the row counts agree with
`baokan stats`, and joins on the stable ids agree with `baokan articles` / `show`."""

import subprocess
from pathlib import Path
from typing import Any

import pytest

duckdb = pytest.importorskip("duckdb", reason="the duckdb package is not installed")

from _cli import BIN, run_json  # noqa: E402  (after the skip: needs the binary)

TABLES = [
    "articles",
    "sections",
    "paragraphs",
    "sentences",
    "credits",
    "figures",
    "dates",
    "citations",
    "quotes",
    "entities",
    "entity_mentions",
]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("export") / "out"  # not there yet: export creates it


@pytest.fixture(scope="module")
def summary(out: Path) -> list[dict[str, Any]]:
    return run_json("export", "--format", "parquet", "-o", str(out))


@pytest.fixture(scope="module")
def db(out: Path, summary: list[dict[str, Any]]) -> Any:
    con = duckdb.connect()
    for table in summary:
        path = str(table["path"]).replace("'", "''")
        con.execute(f"CREATE VIEW {table['name']} AS SELECT * FROM read_parquet('{path}')")
    yield con
    con.close()


def scalar(db: Any, sql: str) -> Any:
    return db.execute(sql).fetchone()[0]


def test_summary_names_every_table_and_file(out: Path, summary: list[dict[str, Any]]) -> None:
    assert [t["name"] for t in summary] == TABLES
    for t in summary:
        assert Path(t["path"]) == out / f"{t['name']}.parquet"
        assert Path(t["path"]).is_file()
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)


def test_row_counts_equal_stats(db: Any, summary: list[dict[str, Any]]) -> None:
    stats = run_json("stats")
    for table in ("articles", "sections", "paragraphs", "sentences"):
        assert scalar(db, f"SELECT count(*) FROM {table}") == stats[table], table
    counts = (stats["articles"], stats["sections"], stats["paragraphs"], stats["sentences"])
    assert counts == (2, 9, 76, 156)
    for t in summary:
        assert scalar(db, f"SELECT count(*) FROM {t['name']}") == t["rows"], t["name"]


def test_mention_counts_equal_the_listing_verbs(db: Any) -> None:
    for table in ("figures", "dates", "citations", "quotes", "entities"):
        assert scalar(db, f"SELECT count(*) FROM {table}") == len(run_json(table)), table
    mentions = run_json("entities", "--mentions")
    assert scalar(db, "SELECT count(*) FROM entity_mentions") == len(mentions)
    assert scalar(db, "SELECT sum(mention_count) FROM entities") == len(mentions)


def test_columns_and_types(db: Any) -> None:
    cols = {row[0]: row[1] for row in db.execute("DESCRIBE paragraphs").fetchall()}
    assert list(cols)[:5] == ["id", "section_id", "article_id", "kind", "text"]
    assert cols["text"] == "VARCHAR"
    assert cols["char_start"] == "BIGINT"
    assert cols["line"] == "UINTEGER"
    figures = {row[0]: row[1] for row in db.execute("DESCRIBE figures").fetchall()}
    assert figures["value"] == "DOUBLE"
    citations = {row[0]: row[1] for row in db.execute("DESCRIBE citations").fetchall()}
    assert citations["issuers"] == "VARCHAR[]"
    quotes = {row[0]: row[1] for row in db.execute("DESCRIBE quotes").fetchall()}
    assert quotes["opened_before"] == "BOOLEAN"


def test_paragraphs_per_section_heading_equal_show(db: Any) -> None:
    rows = db.execute(
        """
        SELECT s.id, s.heading, count(p.id) AS paragraphs
        FROM sections s LEFT JOIN paragraphs p ON p.section_id = s.id
        GROUP BY s.id, s.heading
        """
    ).fetchall()
    joined = {sid: (heading, n) for sid, heading, n in rows}
    want = {}
    for article in run_json("articles"):
        shown = run_json("show", str(article["id"]))
        for section in shown["sections"]:
            want[section["id"]] = (section["heading"], len(section["paragraphs"]))
        where = f"WHERE article_id = '{article['id']}'"
        assert scalar(db, f"SELECT count(*) FROM paragraphs {where}") == article["paragraphs"]
        assert scalar(db, f"SELECT count(*) FROM sections {where}") == article["sections"]
    assert joined == want
    # And by heading, as a reader would ask it.
    by_heading = dict(
        db.execute(
            "SELECT s.heading, count(*) FROM paragraphs p JOIN sections s ON p.section_id = s.id "
            "WHERE s.heading IS NOT NULL GROUP BY s.heading"
        ).fetchall()
    )
    assert by_heading == {h: n for h, n in want.values() if h is not None}


def test_figures_join_paragraphs(db: Any) -> None:
    figures = run_json("figures")
    joined = scalar(
        db, "SELECT count(*) FROM figures f JOIN paragraphs p ON f.paragraph_id = p.id"
    )
    assert joined == len(figures) == scalar(db, "SELECT count(*) FROM figures")
    # Each figure's text stands inside its paragraph, at its char offsets.
    assert (
        scalar(
            db,
            """
            SELECT count(*) FROM figures f JOIN paragraphs p ON f.paragraph_id = p.id
            WHERE f.char_start >= p.char_start AND f.char_end <= p.char_end
              AND substr(p.text, f.char_start - p.char_start + 1, f.char_end - f.char_start) = f.text
            """,
        )
        == len(figures)
    )
    people = scalar(db, "SELECT value FROM figures WHERE text LIKE '%51.8万%'")
    assert people == 518000.0


def test_every_link_resolves(db: Any) -> None:
    links = [
        ("sections", "article_id", "articles", "id"),
        ("credits", "article_id", "articles", "id"),
        ("paragraphs", "section_id", "sections", "id"),
        ("sentences", "paragraph_id", "paragraphs", "id"),
        ("figures", "sentence_id", "sentences", "id"),
        ("quotes", "paragraph_id", "paragraphs", "id"),
        ("entity_mentions", "entity_id", "entities", "entity_id"),
    ]
    for child, key, parent, pkey in links:
        dangling = scalar(
            db,
            f"SELECT count(*) FROM {child} c WHERE c.{key} IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM {parent} x WHERE x.{pkey} = c.{key})",
        )
        assert dangling == 0, f"{child}.{key}"


def test_a_bad_output_directory_is_one_line_and_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    done = subprocess.run(
        [str(BIN), "export", "-o", str(blocker / "out")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("baokan: cannot create directory ")
    assert done.stderr.count("\n") == 1
