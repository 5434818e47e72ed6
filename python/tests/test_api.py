"""The rest of the Python API: lookups, errors, identity, packs, threads, typing."""

import concurrent.futures
import json
import random
import subprocess
import sys
import zlib

import pytest

import baokan


@pytest.fixture(scope="module")
def c() -> baokan.Corpus:
    return baokan.corpus()


def test_corpus_is_one_object(c: baokan.Corpus) -> None:
    assert baokan.corpus() is c
    assert c.text is c.text  # built once, then shared
    assert repr(c) == "<baokan.Corpus: 2 articles, 9 sections, 76 paragraphs, 156 sentences>"


def test_lookups_by_level(c: baokan.Corpus) -> None:
    assert c.article(2) == c.article("2") == c.find("2") == c.articles[1]
    assert c.section("2.3").heading == "新产业新经济加速成长 夯实新区发展“底盘”"
    assert c.paragraph("1.1.2").text.startswith("习近平总书记指出:“")
    assert c.paragraph("1.1.2").source.line == 11
    s = c.sentence("1.1.1.1")
    assert s.text == "党的力量来自组织。"
    assert s.end == "full_stop"
    assert s.paragraph == c.paragraph("1.1.1")
    assert s.section == c.section("1.1")
    assert s.article == c.article(1)
    assert isinstance(c.find("2.1.1"), baokan.Paragraph)
    assert isinstance(c.find("2.1.1.1"), baokan.Sentence)
    assert isinstance(c.find("2.1"), baokan.Section)


def test_every_item_is_found_by_its_id(c: baokan.Corpus) -> None:
    for get, items in [
        (c.article, c.articles),
        (c.section, c.sections),
        (c.paragraph, c.paragraphs),
        (c.sentence, c.sentences),
    ]:
        assert [get(i.id) for i in items] == items
        assert all(c.find(i.id) == i for i in items)


def test_hierarchy_is_consistent(c: baokan.Corpus) -> None:
    assert [s for a in c for s in a] == c.sections
    assert [p for s in c.sections for p in s] == c.paragraphs
    assert [t for p in c.paragraphs for t in p] == c.sentences
    assert sum((a.paragraphs for a in c), []) == c.paragraphs
    assert sum((a.sentences for a in c), []) == c.sentences
    for s in c.sections:
        assert s.sentences == [t for p in s.paragraphs for t in p.sentences]
    for p in c.paragraphs:
        assert p.article == p.section.article
        assert c.text[p.char_start : p.char_end] == p.text
        assert "".join(t.text for t in p.sentences) == p.text
    for t in c.sentences:
        assert c.text[t.char_start : t.char_end] == t.text


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.article("99"), baokan.UnknownIdError),
        (lambda c: c.article(99), baokan.UnknownIdError),
        (lambda c: c.section("1.99"), baokan.UnknownIdError),
        (lambda c: c.paragraph("1.1.99"), baokan.UnknownIdError),
        (lambda c: c.sentence("1.1.1.99"), baokan.UnknownIdError),
        (lambda c: c.find("3"), baokan.UnknownIdError),
        (lambda c: c.article("x.y"), baokan.BadIdError),
        (lambda c: c.article(""), baokan.BadIdError),
        (lambda c: c.article("0"), baokan.BadIdError),
        (lambda c: c.article(-1), baokan.BadIdError),
        (lambda c: c.article(10**40), baokan.BadIdError),
        (lambda c: c.article("1.2"), baokan.BadIdError),  # a section id
        (lambda c: c.section("1"), baokan.BadIdError),
        (lambda c: c.find("1.1.1.1.1"), baokan.BadIdError),
        (lambda c: c.article("１"), baokan.BadIdError),  # a full-width digit
        (lambda c: c.article(True), TypeError),
        (lambda c: c.article(1.0), TypeError),
        (lambda c: c.article(None), TypeError),
        (lambda c: c.article(b"1"), TypeError),
    ],
)
def test_errors(c: baokan.Corpus, call, error) -> None:
    with pytest.raises(error):
        call(c)


def test_error_hierarchy() -> None:
    assert issubclass(baokan.BaokanError, Exception)
    assert issubclass(baokan.UnknownIdError, (baokan.BaokanError))
    assert issubclass(baokan.UnknownIdError, KeyError)
    assert issubclass(baokan.BadIdError, baokan.BaokanError)
    assert issubclass(baokan.BadIdError, ValueError)
    assert issubclass(baokan.PackError, baokan.BaokanError)
    assert issubclass(baokan.PackError, ValueError)
    for e in [baokan.BaokanError, baokan.UnknownIdError, baokan.BadIdError, baokan.PackError]:
        assert e.__module__ == "baokan"
        assert e.__doc__


def test_unknown_id_message_is_not_quoted_like_a_key_error(c: baokan.Corpus) -> None:
    try:
        c.section("2.9")
    except KeyError as e:  # catchable as a plain KeyError too
        assert str(e) == 'no section with id "2.9" (article 2 has 3 sections)'
    else:
        pytest.fail("no error")


def test_identity_equality_and_hash(c: baokan.Corpus) -> None:
    a, b = c.article(1), c.article("1")
    assert a == b and hash(a) == hash(b) and a is not b
    assert a != c.article(2)
    assert len(set(c.paragraphs + c.paragraphs)) == len(c.paragraphs)
    assert c.section("1.1") != c.article(1)  # different kinds never compare equal
    assert c.article(1) != "1"
    other = baokan.Corpus.from_bytes(baokan.EMBEDDED_PACK)
    assert other.article(1) != c.article(1)  # same id, different corpus
    assert other.article(1).source == c.article(1).source  # sources compare by value


def test_reprs(c: baokan.Corpus) -> None:
    assert repr(c.article(1)) == '<baokan.Article 1 "建强战斗堡垒 夯实执政之基">'
    assert repr(c.section("1.1")) == "<baokan.Section 1.1 (lead)>"
    assert repr(c.section("1.2")) == '<baokan.Section 1.2 "牢固树立大抓基层的鲜明导向">'
    assert repr(c.paragraph("1.2.4")) == '<baokan.Paragraph 1.2.4 ellipsis "……">'
    assert repr(c.sentence("1.1.1.1")) == '<baokan.Sentence 1.1.1.1 "党的力量来自组织。">'
    assert repr(c.paragraphs[0].source) == (
        'Source(file="000_bb83d75fffceb494.txt", line=9, column=1)'
    )
    assert repr(c.article(1).dateline) == (
        '<baokan.Dateline "(新华社北京10月9日电)" agency="新华社" place="北京" month=10 day=9>'
    )


def test_classes_cannot_be_built_or_subclassed() -> None:
    with pytest.raises(TypeError):
        baokan.Corpus()
    with pytest.raises(TypeError):
        baokan.Article()
    with pytest.raises(TypeError):

        class Mine(baokan.Paragraph):  # type: ignore[misc]
            pass


def test_stats_and_files(c: baokan.Corpus) -> None:
    s = c.stats()
    assert (s["files"], s["articles"], s["sections"], s["joins"]) == (1, 2, 9, 6)
    assert s["paragraphs"] == len(c.paragraphs)
    assert s["sentences"] == len(c.sentences)
    assert s["pack_bytes"] == len(baokan.EMBEDDED_PACK)
    assert s["paragraph_chars"] == sum(len(p.text) for p in c.paragraphs)
    [f] = c.files
    assert f["name"] == "000_bb83d75fffceb494.txt"
    assert f["date"] == "2022-10-09"
    assert f["lines"] == 189


def test_raw_and_source_text(c: baokan.Corpus) -> None:
    raw = c.article("2").raw
    assert raw is not None
    assert raw.startswith("以高质量项目推动经济高质量发展\n\n(上接第一版)")
    assert c.article("2").source_lines == (149, 189)
    page = c.source_text("000_bb83d75fffceb494.txt")
    assert page is not None and page.splitlines()[2] == "建强战斗堡垒 夯实执政之基"
    assert c.source_text("nope.txt") is None


def test_to_dict_is_json(c: baokan.Corpus) -> None:
    for a in c:
        d = json.loads(json.dumps(a.to_dict(), ensure_ascii=False))
        assert d == a.to_dict()
    assert c.section("2.1").to_dict()["heading"] is None
    assert c.paragraph("1.5.6").to_dict()["kind"] == "list_item"
    joins = c.paragraph("1.3.10").to_dict()["joins"]
    assert [j["char"] for j in joins] == [j.char for j in c.paragraph("1.3.10").joins]


def test_from_bytes_and_open(c: baokan.Corpus, tmp_path) -> None:
    d = baokan.Corpus.from_bytes(baokan.EMBEDDED_PACK)
    assert [a.title for a in d] == [a.title for a in c]
    assert d.text == c.text
    assert d.article(1).raw is None  # a bare pack carries no sources
    assert [p.to_dict() for p in d.paragraphs] == [p.to_dict() for p in c.paragraphs]
    path = tmp_path / "page.pack"
    path.write_bytes(baokan.EMBEDDED_PACK)
    assert baokan.Corpus.open(path).stats() == c.stats()
    assert baokan.Corpus.open(str(path)).stats() == c.stats()
    with pytest.raises(OSError):
        baokan.Corpus.open(tmp_path / "missing.pack")


@pytest.mark.parametrize(
    "data",
    [b"", b"junk", b"BAOKANPK", b"BAOKANPK but not really", baokan.EMBEDDED_PACK[:-1]],
)
def test_bad_packs_raise_pack_error(data: bytes) -> None:
    with pytest.raises(baokan.PackError):
        baokan.Corpus.from_bytes(data)


def _reseal(pack: bytearray) -> bytes:
    """Patches a pack's declared length and checksums so that damage gets past them and
    reaches the record checks (word 4 is the length, word 5 the CRC of the header and
    directory but itself; each 16-byte directory entry ends with its table's CRC)."""
    if len(pack) >= 24:
        pack[16:20] = len(pack).to_bytes(4, "little")
        count = int.from_bytes(pack[12:16], "little")
        dir_end = min(32 + 16 * count, len(pack))
        for at in range(32, dir_end - 15, 16):
            off = int.from_bytes(pack[at + 4 : at + 8], "little")
            n = int.from_bytes(pack[at + 8 : at + 12], "little")
            if off + n <= len(pack):
                pack[at + 12 : at + 16] = zlib.crc32(bytes(pack[off : off + n])).to_bytes(4, "little")
        crc = zlib.crc32(bytes(pack[24:dir_end]), zlib.crc32(bytes(pack[8:20])))
        pack[20:24] = crc.to_bytes(4, "little")
    return bytes(pack)


def test_damaged_packs_never_panic() -> None:
    """Random damage to a pack gives PackError or a corpus that walks without a crash
    (opening reads only the header and directory); verify() then raises PackError
    unless the damage left a valid pack. A Rust panic would surface as pyo3's
    PanicException (a BaseException) and fail here."""
    assert _reseal(bytearray(baokan.EMBEDDED_PACK)) == baokan.EMBEDDED_PACK
    rng = random.Random(20221009)
    opened = 0
    for i in range(400):
        damaged = bytearray(baokan.EMBEDDED_PACK)
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        if rng.random() < 0.2:
            del damaged[rng.randrange(len(damaged)) :]
        data = _reseal(damaged) if i % 4 else bytes(damaged)
        try:
            d = baokan.Corpus.from_bytes(data)
        except baokan.PackError:
            continue
        opened += 1
        for a in d:
            a.to_dict()
            a.raw, a.dateline, a.date, a.continued_from, a.source_lines
        for t in d.sentences:
            t.to_dict()
            # A damaged record may name an item that is not there: an error, not a crash.
            try:
                d.find(t.id)
            except baokan.BaokanError:
                pass
        d.stats()
        try:
            d.verify()
        except baokan.PackError:
            continue
        for t in d.sentences:
            assert d.find(t.id) == t
    # Damage past the directory opens: those were walked in full.
    assert opened > 0


def test_threads_share_a_corpus(c: baokan.Corpus) -> None:
    expected = [t.text for t in c.sentences]

    def walk(_: int) -> list[str]:
        return [t.text for t in baokan.corpus().sentences]

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(walk, range(16)))
    assert all(r == expected for r in results)


def test_to_frame(c: baokan.Corpus) -> None:
    pd = pytest.importorskip("pandas")
    frame = baokan.to_frame(c.paragraphs)
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == len(c.paragraphs)
    assert list(frame["id"]) == [p.id for p in c.paragraphs]
    assert frame.loc[0, "source_line"] == 9
    articles = baokan.to_frame(c.articles)
    assert "sections" not in articles.columns
    assert list(articles["title"]) == [a.title for a in c]


def test_stubs_match_the_module() -> None:
    pytest.importorskip("mypy")
    run = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "baokan"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
