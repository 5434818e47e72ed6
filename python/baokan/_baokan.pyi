"""Type stubs for ``baokan._baokan``, the compiled core of the ``baokan`` package.

Import from ``baokan``, which re-exports everything here.

Conventions:

* Ids are strings of 1-based ordinals: ``"2"`` (article), ``"2.1"`` (section),
  ``"2.1.3"`` (paragraph), ``"2.1.3.1"`` (sentence). Lookups also accept an ``int``
  for an article.
* ``char_start``/``char_end`` are code-point offsets into :attr:`Corpus.text`, so
  ``corpus.text[p.char_start:p.char_end] == p.text``.
* Dates are :class:`datetime.date` on attributes and ISO strings (``"2022-10-09"``)
  in ``to_dict()``, whose output is plain JSON-compatible data, the same shape as the
  CLI's JSON.
* Every object is immutable (assigning an attribute raises ``AttributeError``) and
  safe to share between threads. Items compare equal, and hash alike, when they are
  the same item of the same corpus.
"""

import datetime
import os
from typing import Any, Iterator, TypedDict, Union, final

__all__ = [
    "Article",
    "BadIdError",
    "BaokanError",
    "Corpus",
    "Dateline",
    "EMBEDDED_PACK",
    "Join",
    "PackError",
    "Paragraph",
    "Section",
    "Sentence",
    "Source",
    "UnknownIdError",
    "__version__",
    "corpus",
]

__version__: str
"""The version of the baokan package."""

EMBEDDED_PACK: bytes
"""The compiled pack of the embedded corpus; ``Corpus.from_bytes(EMBEDDED_PACK)`` opens it
again (without its source files)."""

class BaokanError(Exception):
    """Base class of every error the baokan module raises."""

class UnknownIdError(BaokanError, KeyError):
    """An item id is well formed but names no item in this corpus
    (e.g. ``corpus.article("99")``). Also a ``KeyError``."""

class BadIdError(BaokanError, ValueError):
    """A string is not an item id, or is one of the wrong level
    (e.g. ``corpus.article("x.y")`` or ``corpus.article("1.2")``). Also a ``ValueError``."""

class PackError(BaokanError, ValueError):
    """Bytes given as a pack are not a valid baokan pack. Also a ``ValueError``."""

class _Stats(TypedDict):
    """Counts of the items in a corpus, as :meth:`Corpus.stats` returns them."""

    files: int
    """Source files."""
    articles: int
    """Articles."""
    sections: int
    """Sections, including untitled leads."""
    paragraphs: int
    """Paragraphs, after page-break repair."""
    sentences: int
    """Sentences."""
    joins: int
    """Page-break joins repaired."""
    paragraph_chars: int
    """Chars of paragraph text."""
    pack_bytes: int
    """Size of the pack in bytes."""

class _SourceFileInfo(TypedDict):
    """A source file of a corpus, as :attr:`Corpus.files` lists them."""

    name: str
    """The file's name as it was compiled."""
    date: Union[str, None]
    """The page's publication date declared in the manifest, ISO format, or None."""
    declared_source: Union[str, None]
    """Where the page comes from, as declared in the manifest."""
    page: Union[str, None]
    """The page label, as declared in the manifest."""
    lines: int
    """Number of lines in the file."""

_Id = Union[str, int]
"""An item id: a str like ``"1.2.3"``, or an int (an article's ordinal)."""

def corpus() -> Corpus:
    """The embedded corpus: one real newspaper page (a 2022-10-09 Xinhua survey and the
    continuation of a Harbin New District article). Always the same object."""

@final
class Corpus:
    """A compiled corpus: articles, sections, paragraphs and sentences, read in place.

    Get the embedded corpus with :func:`corpus`, or open a pack with
    :meth:`Corpus.from_bytes` or :meth:`Corpus.open`. ``len(corpus)`` is its number of
    articles and iterating it yields its articles.
    """

    @staticmethod
    def from_bytes(data: bytes) -> Corpus:
        """Opens a compiled pack from bytes, validating it first (without the GIL).

        Raises :class:`PackError` if the bytes are not a valid pack; never crashes on
        bad input. The bytes are copied and kept for the life of the process. A corpus
        opened this way does not carry its source files, so :attr:`Article.raw` is None.
        """

    @staticmethod
    def open(path: Union[str, os.PathLike[str]]) -> Corpus:
        """Reads and opens a compiled pack file (see :meth:`from_bytes`).

        Raises ``OSError`` if the file cannot be read and :class:`PackError` if it is
        not a valid pack.
        """

    @property
    def articles(self) -> list[Article]:
        """All articles, in page order."""

    @property
    def sections(self) -> list[Section]:
        """All sections, in page order (each article's untitled lead included)."""

    @property
    def paragraphs(self) -> list[Paragraph]:
        """All paragraphs, in page order."""

    @property
    def sentences(self) -> list[Sentence]:
        """All sentences, in page order."""

    def article(self, id: _Id) -> Article:
        """The article with this id: ``"1"`` or ``1``.

        Raises :class:`UnknownIdError` if there is none and :class:`BadIdError` if the
        id is malformed or not an article id; ``TypeError`` for neither str nor int.
        """

    def section(self, id: _Id) -> Section:
        """The section with this id, like ``"1.2"``.

        Raises :class:`UnknownIdError` or :class:`BadIdError`."""

    def paragraph(self, id: _Id) -> Paragraph:
        """The paragraph with this id, like ``"1.2.3"``.

        Raises :class:`UnknownIdError` or :class:`BadIdError`."""

    def sentence(self, id: _Id) -> Sentence:
        """The sentence with this id, like ``"1.2.3.1"``.

        Raises :class:`UnknownIdError` or :class:`BadIdError`."""

    def find(self, id: _Id) -> Union[Article, Section, Paragraph, Sentence]:
        """The item of any level with this id: ``"2"`` is an article, ``"2.1"`` a
        section, ``"2.1.3"`` a paragraph, ``"2.1.3.1"`` a sentence.

        Raises :class:`UnknownIdError` or :class:`BadIdError`."""

    @property
    def text(self) -> str:
        """The whole text arena: every title, heading, marker, dateline and repaired
        paragraph, one per line, in page order. Items' ``char_start``/``char_end``
        index it: ``corpus.text[p.char_start:p.char_end] == p.text``."""

    @property
    def files(self) -> list[_SourceFileInfo]:
        """The source files, as dicts: name, date (ISO string or None),
        declared_source, page and lines."""

    def source_text(self, file: str) -> Union[str, None]:
        """The original text of a source file, where the corpus carries it (the
        embedded corpus does; one opened from a pack does not)."""

    def stats(self) -> _Stats:
        """Counts of everything in the corpus: files, articles, sections, paragraphs,
        sentences, joins, paragraph_chars and pack_bytes."""

    def __len__(self) -> int:
        """The number of articles."""

    def __iter__(self) -> Iterator[Article]:
        """Its articles, in page order."""

@final
class Source:
    """Where a piece of text came from: the source file, and the 1-based line and
    column (in chars) of its first char. ``str(source)`` is ``"file:line:column"``.
    Sources compare and hash by value."""

    @property
    def file(self) -> str:
        """The source file's name, as it was compiled."""

    @property
    def line(self) -> int:
        """1-based line."""

    @property
    def column(self) -> int:
        """1-based column, in chars."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Dateline:
    """An article's dateline and its parts, e.g. (新华社北京10月9日电)."""

    @property
    def text(self) -> str:
        """The dateline as printed."""

    @property
    def agency(self) -> Union[str, None]:
        """The agency, e.g. 新华社."""

    @property
    def place(self) -> Union[str, None]:
        """The place, e.g. 北京."""

    @property
    def month(self) -> int:
        """Month, 1-based, as printed."""

    @property
    def day(self) -> int:
        """Day, 1-based, as printed."""

    @property
    def date(self) -> Union[datetime.date, None]:
        """The full date: month and day from the dateline, the year from the page's
        declared date. None when the page declares no date."""

    @property
    def source(self) -> Source:
        """Where the dateline stands in the source."""

    def __eq__(self, value: object, /) -> bool: ...

@final
class Join:
    """A page-break join inside a paragraph: where the text continued after the break."""

    @property
    def char(self) -> int:
        """Char offset in :attr:`Corpus.text` where the continuation begins."""

    @property
    def at(self) -> int:
        """The same place as a UTF-8 byte offset in :attr:`Corpus.text`."""

    @property
    def source(self) -> Source:
        """Where the continuation stands in the source."""

    def __eq__(self, value: object, /) -> bool: ...

@final
class Article:
    """An article: title, subtitle, byline, dateline, continuation markers and
    sections. Iterating an article yields its sections."""

    @property
    def id(self) -> str:
        """The stable id, e.g. ``"2"``."""

    @property
    def title(self) -> Union[str, None]:
        """The title; None for text that opens a page without one."""

    @property
    def subtitle(self) -> Union[str, None]:
        """The subtitle, without its leading dashes."""

    @property
    def byline(self) -> Union[str, None]:
        """The byline, e.g. 新华社记者."""

    @property
    def dateline(self) -> Union[Dateline, None]:
        """The dateline and its parts, or None."""

    @property
    def date(self) -> Union[datetime.date, None]:
        """The article's date, or None (see :attr:`date_basis`)."""

    @property
    def date_basis(self) -> Union[str, None]:
        """How the date was found: ``"dateline"`` (month and day from the dateline,
        year from the page), ``"declared"`` (the page's declared date), or None."""

    @property
    def continued_from(self) -> Union[str, None]:
        """The page the article is continued from, e.g. ``"第一版"`` for (上接第一版),
        or None."""

    @property
    def continued_to(self) -> Union[str, None]:
        """The page the article is continued on, e.g. ``"第二版"`` for (下转第二版),
        or None."""

    @property
    def sections(self) -> list[Section]:
        """Its sections, the untitled lead first where there is one."""

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Its paragraphs, across all sections."""

    @property
    def sentences(self) -> list[Sentence]:
        """Its sentences, across all paragraphs."""

    @property
    def file(self) -> str:
        """The name of the source file it was compiled from."""

    @property
    def source(self) -> Source:
        """Where it begins in the source."""

    @property
    def source_lines(self) -> tuple[int, int]:
        """The first and last source lines it spans (1-based)."""

    @property
    def raw(self) -> Union[str, None]:
        """The exact source lines it was compiled from, where the corpus carries its
        sources (the embedded corpus does); otherwise None."""

    @property
    def text(self) -> str:
        """Its text in :attr:`Corpus.text`: every element, one per line."""

    @property
    def char_start(self) -> int:
        """Char offset in :attr:`Corpus.text` where it begins."""

    @property
    def char_end(self) -> int:
        """Char offset in :attr:`Corpus.text` one past its end."""

    @property
    def char_span(self) -> tuple[int, int]:
        """``(char_start, char_end)``."""

    def to_dict(self) -> dict[str, Any]:
        """The article as a dict of plain values (the same shape as the CLI's JSON),
        its sections and their paragraphs included. Dates are ISO strings."""

    def __iter__(self) -> Iterator[Section]:
        """Its sections."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Section:
    """A section of an article: a heading and its paragraphs, or the untitled lead
    (heading None). Iterating a section yields its paragraphs."""

    @property
    def id(self) -> str:
        """The stable id, e.g. ``"1.2"``."""

    @property
    def heading(self) -> Union[str, None]:
        """The heading; None for an article's untitled lead."""

    @property
    def article(self) -> Article:
        """Its article."""

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Its paragraphs."""

    @property
    def sentences(self) -> list[Sentence]:
        """Its sentences, across all its paragraphs."""

    @property
    def source(self) -> Source:
        """Where it begins in the source: its heading, or its first paragraph."""

    @property
    def text(self) -> str:
        """Its text in :attr:`Corpus.text`: heading and paragraphs, one per line."""

    @property
    def char_start(self) -> int:
        """Char offset in :attr:`Corpus.text` where it begins."""

    @property
    def char_end(self) -> int:
        """Char offset in :attr:`Corpus.text` one past its end."""

    @property
    def char_span(self) -> tuple[int, int]:
        """``(char_start, char_end)``."""

    def to_dict(self) -> dict[str, Any]:
        """The section as a dict of plain values, its paragraphs included."""

    def __iter__(self) -> Iterator[Paragraph]:
        """Its paragraphs."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Paragraph:
    """A paragraph, after page-break repair. Iterating a paragraph yields its
    sentences."""

    @property
    def id(self) -> str:
        """The stable id, e.g. ``"1.2.3"``."""

    @property
    def kind(self) -> str:
        """What it is: ``"body"``, ``"list_item"`` (a ——… or bulleted item) or
        ``"ellipsis"`` (a standalone ……)."""

    @property
    def text(self) -> str:
        """The text, with page-break joins repaired."""

    @property
    def section(self) -> Section:
        """Its section."""

    @property
    def article(self) -> Article:
        """Its article."""

    @property
    def sentences(self) -> list[Sentence]:
        """Its sentences."""

    @property
    def joins(self) -> list[Join]:
        """The page-break joins repaired inside it, in order (usually none)."""

    @property
    def source(self) -> Source:
        """Where its first char stands in the source."""

    @property
    def char_start(self) -> int:
        """Char offset in :attr:`Corpus.text` where it begins."""

    @property
    def char_end(self) -> int:
        """Char offset in :attr:`Corpus.text` one past its end."""

    @property
    def char_span(self) -> tuple[int, int]:
        """``(char_start, char_end)``."""

    def to_dict(self) -> dict[str, Any]:
        """The paragraph as a dict of plain values."""

    def __iter__(self) -> Iterator[Sentence]:
        """Its sentences."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Sentence:
    """A sentence of a paragraph."""

    @property
    def id(self) -> str:
        """The stable id, e.g. ``"1.2.3.1"``."""

    @property
    def text(self) -> str:
        """The text, with its closing marks."""

    @property
    def end(self) -> str:
        """How it ends: ``"full_stop"``, ``"question"``, ``"exclamation"``,
        ``"ellipsis"``, ``"semicolon"`` or ``"unterminated"``."""

    @property
    def paragraph(self) -> Paragraph:
        """Its paragraph."""

    @property
    def section(self) -> Section:
        """Its section."""

    @property
    def article(self) -> Article:
        """Its article."""

    @property
    def source(self) -> Source:
        """Where its first char stands in the source."""

    @property
    def char_start(self) -> int:
        """Char offset in :attr:`Corpus.text` where it begins."""

    @property
    def char_end(self) -> int:
        """Char offset in :attr:`Corpus.text` one past its end."""

    @property
    def char_span(self) -> tuple[int, int]:
        """``(char_start, char_end)``."""

    def to_dict(self) -> dict[str, Any]:
        """The sentence as a dict of plain values."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
