"""Compiling pages from Python, and opening packs by memory-mapping them."""

import concurrent.futures
import errno
import pathlib

import pytest

import baokan

SEED = pathlib.Path(__file__).resolve().parents[2] / "crates/baokan/data/000_bb83d75fffceb494.txt"


@pytest.fixture(scope="module")
def embedded() -> baokan.Corpus:
    return baokan.corpus()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """The seed page twice: in GB18030, and in UTF-8 with a BOM and CRLF line ends."""
    text = SEED.read_text(encoding="utf-8")
    d = tmp_path_factory.mktemp("pages")
    (d / "gb.txt").write_bytes(text.encode("gb18030"))
    (d / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    return d


@pytest.fixture(scope="module")
def compiled(pages: pathlib.Path) -> baokan.CompileResult:
    return baokan.compile(pages)


def _file(c: baokan.Corpus, name: str) -> list[baokan.Article]:
    return [a for a in c if a.source.file == name]


def _provenance(articles: list[baokan.Article]) -> list[tuple[str, int, int]]:
    """Line and column of every paragraph, sentence and page-break join."""
    out = []
    for a in articles:
        out.append(("article", a.source.line, a.source.column))
        for p in a.paragraphs:
            out.append(("paragraph", p.source.line, p.source.column))
            out += [("join", j.source.line, j.source.column) for j in p.joins]
            out += [("sentence", t.source.line, t.source.column) for t in p.sentences]
    return out


def test_error_classes() -> None:
    assert issubclass(baokan.FileError, baokan.BaokanError)
    assert issubclass(baokan.FileError, OSError)
    assert issubclass(baokan.CompileError, baokan.BaokanError)
    assert issubclass(baokan.CompileError, ValueError)
    for e in [baokan.FileError, baokan.CompileError, baokan.CompileResult]:
        assert e.__module__ == "baokan"
        assert e.__doc__


def test_both_encodings_compile_to_the_embedded_text(
    compiled: baokan.CompileResult, embedded: baokan.Corpus
) -> None:
    c = compiled.corpus
    assert isinstance(c, baokan.Corpus)
    assert (compiled.files, compiled.articles, compiled.failures) == (2, 4, [])
    assert compiled.source_bytes > 2 * len(SEED.read_text(encoding="utf-8"))
    assert compiled.to_dict() == {
        "files": 2,
        "articles": 4,
        "source_bytes": compiled.source_bytes,
        "failures": [],
    }
    assert repr(compiled).startswith("<baokan.CompileResult: 2 files, 4 articles, ")
    assert [f["name"] for f in c.files] == ["bom.txt", "gb.txt"]  # sorted path order
    titles = [a.title for a in embedded]
    texts = [p.text for p in embedded.paragraphs]
    for name in ["bom.txt", "gb.txt"]:
        articles = _file(c, name)
        assert [a.title for a in articles] == titles
        assert [p.text for a in articles for p in a.paragraphs] == texts
        assert [t.text for a in articles for t in a.sentences] == [
            t.text for t in embedded.sentences
        ]


def test_provenance_ignores_encoding_bom_and_crlf(
    compiled: baokan.CompileResult, embedded: baokan.Corpus
) -> None:
    c = compiled.corpus
    gb, bom = _provenance(_file(c, "gb.txt")), _provenance(_file(c, "bom.txt"))
    assert gb == bom
    assert gb == _provenance(list(embedded))
    assert any(kind == "join" for kind, _, _ in gb)  # the page-break repair ran on both


def test_output_is_written_and_opened_by_mmap(
    pages: pathlib.Path,
    compiled: baokan.CompileResult,
    embedded: baokan.Corpus,
    tmp_path: pathlib.Path,
) -> None:
    out = tmp_path / "pages.pack"
    r = baokan.compile([pages / "gb.txt", str(pages / "bom.txt")], out, threads=2)
    assert out.is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["pages.pack"]  # no temporary left
    for c in [r.corpus, baokan.open(out), baokan.open(str(out)), baokan.Corpus.open(out)]:
        assert c.count("乡村振兴") == 2 * embedded.count("乡村振兴") > 0
        assert [h.paragraph.text for h in c.search("经费保障制度")] == 2 * [
            h.paragraph.text for h in embedded.search("经费保障制度")
        ]
        assert [a.title for a in c] == [a.title for a in compiled.corpus]
        assert c.article(1).raw is not None  # a pack keeps its sources by default
    # Compiling over the path renames a new file into place; the mapped corpus still
    # reads the old one.
    old = baokan.open(out)
    baokan.compile(pages / "gb.txt", out)
    assert len(old) == 4 and len(baokan.open(out)) == 2
    assert old.count("乡村振兴") == 2 * embedded.count("乡村振兴")


def test_open_gives_the_embedded_answers(embedded: baokan.Corpus, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "embedded.pack"
    path.write_bytes(baokan.EMBEDDED_PACK)
    c = baokan.open(path)
    assert c.stats() == embedded.stats()
    assert [p.to_dict() for p in c.paragraphs] == [p.to_dict() for p in embedded.paragraphs]


def test_open_errors(tmp_path: pathlib.Path) -> None:
    missing = tmp_path / "missing.pack"
    with pytest.raises(baokan.FileError) as e:
        baokan.open(missing)
    assert isinstance(e.value, OSError) and isinstance(e.value, baokan.BaokanError)
    assert e.value.errno == errno.ENOENT
    assert e.value.filename == str(missing)
    with pytest.raises(OSError):
        baokan.Corpus.open(missing)
    empty = tmp_path / "empty.pack"
    empty.write_bytes(b"")
    with pytest.raises(baokan.PackError):
        baokan.open(empty)
    junk = tmp_path / "junk.pack"
    junk.write_bytes(b"BAOKANPK" + bytes(100))
    with pytest.raises(baokan.PackError):
        baokan.open(junk)


def test_newer_pack_version_names_both_versions(tmp_path: pathlib.Path) -> None:
    pack = bytearray(baokan.EMBEDDED_PACK)
    version = int.from_bytes(pack[8:12], "little")
    pack[8:12] = (version + 1).to_bytes(4, "little")
    path = tmp_path / "newer.pack"
    path.write_bytes(bytes(pack))
    errors = []
    with pytest.raises(baokan.PackError) as e:
        baokan.open(path)
    errors.append(e.value)
    with pytest.raises(baokan.PackError) as e:
        baokan.Corpus.from_bytes(bytes(pack))
    errors.append(e.value)
    for err in errors:
        assert isinstance(err, ValueError)
        assert f"version {version + 1}" in str(err) and f"version {version}" in str(err)


def test_an_empty_file_is_a_compile_error_naming_it(
    pages: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    (tmp_path / "blank.txt").write_text("  \n\n", encoding="utf-8")
    with pytest.raises(baokan.CompileError) as e:
        baokan.compile(tmp_path / "blank.txt")
    assert isinstance(e.value, ValueError) and isinstance(e.value, baokan.BaokanError)
    assert str(e.value) == "blank.txt: line 1: file is empty"
    (tmp_path / "a.txt").write_bytes((pages / "gb.txt").read_bytes())
    with pytest.raises(baokan.CompileError, match="blank.txt"):
        baokan.compile(tmp_path)


def test_keep_going_compiles_the_good_files(
    pages: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    (tmp_path / "a.txt").write_bytes((pages / "gb.txt").read_bytes())
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes((pages / "bom.txt").read_bytes())
    r = baokan.compile(tmp_path, keep_going=True)
    assert (r.files, r.articles) == (3, 4)
    assert r.failures == ["b.txt: line 1: file is empty"]
    assert [f["name"] for f in r.corpus.files] == ["a.txt", "c.txt"]
    # Nothing compiles: the first failure is raised even with keep_going.
    with pytest.raises(baokan.CompileError, match="b.txt"):
        baokan.compile(tmp_path / "b.txt", keep_going=True)


def test_compile_arguments(pages: pathlib.Path, tmp_path: pathlib.Path) -> None:
    gb = pages / "gb.txt"
    assert len(baokan.compile(gb, encoding="gb18030").corpus) == 2
    with pytest.raises(baokan.CompileError, match=r"^gb\.txt: line \d+, column \d+: "):
        baokan.compile(gb, encoding="utf-8")
    with pytest.raises(baokan.BadArgumentError, match="klingon"):
        baokan.compile(gb, encoding="klingon")
    with pytest.raises(baokan.BadArgumentError, match="threads"):
        baokan.compile(gb, threads=0)
    with pytest.raises(baokan.BadArgumentError, match="paths"):
        baokan.compile([])
    with pytest.raises(TypeError):
        baokan.compile(42)  # type: ignore[arg-type]
    with pytest.raises(baokan.FileError) as e:
        baokan.compile(tmp_path / "missing.txt")
    assert e.value.errno == errno.ENOENT
    with pytest.raises(baokan.FileError):
        baokan.compile(gb, tmp_path / "no" / "such" / "dir.pack")
    assert list(tmp_path.iterdir()) == []


def test_threads_agree_on_an_opened_pack(pages: pathlib.Path, tmp_path: pathlib.Path) -> None:
    out = tmp_path / "pages.pack"
    baokan.compile(pages, out)
    c = baokan.open(out)
    queries = ["乡村振兴", "基层党组织", "哈尔滨", "党委(党组)", "经费保障制度", "新区"]

    def answers(corpus: baokan.Corpus) -> list[tuple[int, list[tuple[str, int]]]]:
        return [
            (corpus.count(q), [(h.paragraph.id, h.char_start) for h in corpus.search(q)])
            for q in queries
        ]

    expected = answers(c)
    assert all(n > 0 for n, _ in expected)
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: answers(c), range(64)))
    assert all(r == expected for r in results)
