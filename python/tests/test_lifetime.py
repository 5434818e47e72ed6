"""How long a corpus's bytes live: every object keeps them, nothing leaks, close()
ends the corpus and everything taken from it.

Memory is read from /proc/self/status (VmRSS) and mappings from /proc/self/maps, so
these tests run on Linux only.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from pathlib import Path

import pytest

import baokan

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc/self"
)

COPIES = 60  # copies of the embedded page: a pack of about 4.6 MB


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    c = baokan.corpus()
    name = c.files[0]["name"]
    text = c.source_text(name)
    assert text is not None
    pages = tmp_path_factory.mktemp("pages")
    for i in range(COPIES):
        (pages / f"p{i:03}.txt").write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("pack") / "big.pack"
    baokan.compile(pages, out).corpus.close()
    assert out.stat().st_size > 4_000_000
    return Path(os.path.realpath(out))


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS in /proc/self/status")


def mappings(path: Path) -> int:
    """How many lines of /proc/self/maps map this file."""
    gc.collect()
    return sum(
        1 for line in Path("/proc/self/maps").read_text().splitlines()
        if line.endswith(str(path))
    )


def test_opening_a_pack_a_thousand_times_does_not_grow(pack: Path) -> None:
    c = baokan.open(pack)
    expected = c.count("习近平")
    del c
    first = rss_kb()
    for _ in range(1000):
        c = baokan.open(pack)
        assert c.count("习近平") == expected
        del c
    after = rss_kb()
    print(f"VmRSS after the first open: {first} kB, after 1000 opens: {after} kB")
    assert after < 2 * first
    assert mappings(pack) == 0


def test_from_bytes_and_compile_free_their_bytes(pack: Path) -> None:
    data = pack.read_bytes()
    c = baokan.Corpus.from_bytes(data)
    n = len(c)
    del c
    first = rss_kb()
    for _ in range(200):
        c = baokan.Corpus.from_bytes(data)
        assert len(c) == n
        del c
    after = rss_kb()
    print(f"from_bytes: VmRSS {first} kB, then {after} kB after 200 more")
    assert after < 2 * first


def test_a_paragraph_keeps_the_mapping_until_it_goes(pack: Path) -> None:
    c = baokan.open(pack)
    p = c.paragraphs[5]
    text = p.text
    del c
    assert mappings(pack) > 0
    assert p.text == text
    assert p.article.paragraphs[p.article.paragraphs.index(p)] == p
    assert [s.text for s in p] and p.to_dict()["text"] == text
    del p
    assert mappings(pack) == 0


def test_with_closes_the_corpus_and_its_objects(pack: Path) -> None:
    with baokan.open(pack) as c:
        assert not c.closed
        p = c.paragraphs[0]
        hit = c.search("习近平")[0]
        figure = c.figures()[0]
        a = c.article("1")
    assert c.closed
    for use in (
        lambda: c.count("习近平"),
        lambda: c.articles,
        lambda: len(c),
        lambda: c.text,
        lambda: c.article("1"),
        lambda: p.text,
        lambda: p.sentences,
        lambda: hit.paragraph,
        lambda: hit.left(),
        lambda: figure.value,
        lambda: a.to_dict(),
        lambda: list(a),
    ):
        with pytest.raises(baokan.ClosedError) as e:
            use()
        assert isinstance(e.value, baokan.BaokanError)
        assert isinstance(e.value, ValueError)
    # Identity and repr still answer: they must never raise.
    assert p == p and hash(hit) == hash(hit)
    assert "closed" in repr(c) and "Paragraph" in repr(p)
    c.close()  # twice is fine
    # The objects still hold the bytes; the last one to go releases them.
    assert mappings(pack) > 0
    del p, hit, figure, a
    assert mappings(pack) == 0


def test_close_releases_the_mapping_at_once(pack: Path) -> None:
    c = baokan.open(pack)
    c.count("习近平")
    assert mappings(pack) > 0
    c.close()
    assert mappings(pack) == 0
    with pytest.raises(baokan.ClosedError):
        c.search("习近平")


def test_compile_and_from_bytes_corpora_close(pack: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    c0 = baokan.corpus()
    source = c0.source_text(c0.files[0]["name"])
    assert source is not None
    page.write_text(source, encoding="utf-8")
    for c in (baokan.compile(page).corpus, baokan.Corpus.from_bytes(pack.read_bytes())):
        with c:
            hits = c.search("习近平")
        with pytest.raises(baokan.ClosedError):
            hits[0].text


def test_the_embedded_corpus_stays_open() -> None:
    c = baokan.corpus()
    with c:
        pass
    c.close()
    assert not c.closed
    assert baokan.corpus().count("习近平") > 0


def test_eight_threads_open_query_and_close(pack: Path) -> None:
    with baokan.open(pack) as c:
        want = (c.count("习近平"), len(c.search("经费")), len(c.figures()))
    first = rss_kb()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(40):
                with baokan.open(pack) as c:
                    got = (c.count("习近平"), len(c.search("经费")), len(c.figures()))
                    assert got == want
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    after = rss_kb()
    print(f"8 threads: VmRSS {first} kB, then {after} kB after 320 opens")
    assert after < 2 * first
    assert mappings(pack) == 0


def test_close_while_another_thread_queries(pack: Path) -> None:
    c = baokan.open(pack)
    want = len(c.search("的"))
    results: list[object] = []

    def query() -> None:
        for _ in range(20):
            try:
                results.append(len(c.search("的")))
            except baokan.ClosedError:
                results.append("closed")

    t = threading.Thread(target=query)
    t.start()
    c.close()
    t.join()
    assert all(r in (want, "closed") for r in results)
    del c
    assert mappings(pack) == 0
