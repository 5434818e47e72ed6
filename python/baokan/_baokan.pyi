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
* Search and statistics see paragraph text only (no titles, headings or markers),
  fold full-width and half-width forms together (``"党委(党组)"`` finds
  ``"党委（党组）"``), count overlapping occurrences, and never reach across a
  paragraph. They run without the GIL. Results are tuples or frozen classes with
  ``to_dict()``, so ``baokan.to_frame(...)`` or ``pandas.DataFrame(...)`` tabulates
  any of them.
* Typed mentions (:class:`Figure`, :class:`DateMention`, :class:`Citation`,
  :class:`Quote`, :class:`EntityMention`) are compiled into the pack. Each has its
  ``text``, ``char_start``/``char_end``, ``source``, ``sentence``, ``paragraph``,
  ``section`` and ``article``; enum fields are plain strings (``"more_than"``,
  ``"day"``, ``"article_date"``, ``"person"``), the same names ``to_dict()`` and the
  CLI's JSON use. :func:`extract` finds the same mentions in any text, as plain dicts.
"""

import datetime
import os
from typing import Any, Iterator, Literal, Sequence, TypedDict, Union, final, overload

import pandas as _pandas  # type: ignore[import-not-found,import-untyped,unused-ignore]

__all__ = [
    "Article",
    "BadArgumentError",
    "BadIdError",
    "BaokanError",
    "Citation",
    "ClosedError",
    "Collocate",
    "CompileError",
    "CompileResult",
    "Corpora",
    "Corpus",
    "Credit",
    "Dateline",
    "DateMention",
    "EMBEDDED_PACK",
    "Entity",
    "EntityMention",
    "FileError",
    "Figure",
    "Hit",
    "Join",
    "Keyword",
    "KwicLine",
    "MissingDependencyError",
    "Numeral",
    "PackError",
    "Paragraph",
    "QueryError",
    "Quote",
    "Repeat",
    "Reporter",
    "Section",
    "Sentence",
    "Source",
    "TimelineEntry",
    "UnknownIdError",
    "__version__",
    "compile",
    "corpus",
    "extract",
    "open",
    "parse_number",
    "parse_numeral",
    "plan_shards",
    "segment",
    "to_simplified",
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
    """Bytes given as a pack are not a valid baokan pack (bad magic, a format version
    this reader does not read, a wrong length or checksum, damaged tables). Also a
    ``ValueError``."""

class QueryError(BaokanError, ValueError):
    """A search query can never be run: it is empty, longer than the limit (256
    chars), holds a line break or control char, or is a regular expression that does
    not compile. Also a ``ValueError``."""

class BadArgumentError(BaokanError, ValueError):
    """An argument is out of its allowed range or not one of its allowed values (an
    n-gram length, a window size, a KWIC sort order, ``article=`` and ``section=``
    together). Also a ``ValueError``."""

class FileError(BaokanError, OSError):
    """A file or folder could not be read, mapped or written: a pack given to
    :func:`open`, a page or folder given to :func:`compile`, or :func:`compile`'s
    ``output``. Also an ``OSError``, with ``errno``, ``strerror`` and ``filename`` set
    when the system gave an error number (``str(e)`` then reads ``[Errno 2] No such
    file or directory: 'x.pack'``)."""

class CompileError(BaokanError, ValueError):
    """A page could not be compiled: it is empty, not text in a supported encoding, has
    a line over the limit or no article, or a manifest or JSONL record is malformed.
    The message names the file, the line and the cause (``"page.txt: line 1: file is
    empty"``). Also a ``ValueError``."""

class ClosedError(BaokanError, ValueError):
    """A corpus was closed (with :meth:`Corpus.close` or at the end of a ``with``
    block) and then used, or an item, hit or mention of it was. Also a ``ValueError``,
    as for a closed file."""

class MissingDependencyError(BaokanError, ImportError):
    """An optional package a function needs is not installed (matplotlib for
    :func:`baokan.plot_dispersion`, pandas for :func:`baokan.to_frame`). Also an
    ``ImportError``."""

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
    """The page's publication date (declared, or named by the file's path), ISO format,
    or None."""
    date_basis: Union[_DateBasis, None]
    """Where the file's date came from: ``"declared"`` (front matter, manifest entry or
    folder default) or ``"path"`` (20190213/20190213-04-05.txt); None without one."""
    layout: _Layout
    """How the file was read: as a page of articles or as one article."""
    layout_reason: str
    """Why the compiler chose that layout: the evidence it saw (``"page: …"``); empty
    where it recorded none."""
    declared_source: Union[str, None]
    """Where the page comes from, as declared in the manifest."""
    page: Union[str, None]
    """The page label, as declared in the manifest."""
    lines: int
    """Number of lines in the file."""

class _HitDict(TypedDict):
    """A hit as :meth:`Hit.to_dict` returns it."""

    article: str
    """The article's id."""
    section: str
    """The section's id."""
    paragraph: str
    """The paragraph's id."""
    sentence: Union[str, None]
    """The id of the sentence the match begins in."""
    text: str
    """The matched text."""
    char_start: int
    """Char offset in :attr:`Corpus.text` where the match begins."""
    char_end: int
    """Char offset one past its end."""
    byte_start: int
    """The same place as a UTF-8 byte offset."""
    byte_end: int
    """UTF-8 byte offset one past its end."""
    source: _SourceDict

class _KwicDict(_HitDict):
    """A concordance line as :meth:`KwicLine.to_dict` returns it: the hit's fields,
    and the context."""

    left: str
    """Context before the match."""
    right: str
    """Context after the match."""

class _SourceDict(TypedDict):
    """A :class:`Source` as a dict."""

    file: str
    line: int
    column: int

class _CreditDict(TypedDict):
    """A :class:`Credit` as :meth:`Credit.to_dict` returns it."""

    kind: _CreditKind
    """What kind of line it is."""
    text: str
    """The line as printed, without its indentation."""
    char_start: int
    """Char offset in :attr:`Corpus.text` where it begins."""
    char_end: int
    """Char offset one past its end."""
    byte_start: int
    """The same place as a UTF-8 byte offset."""
    byte_end: int
    """UTF-8 byte offset one past its end."""
    source: _SourceDict
    """Where its first char stands in the source."""

class _ReporterDict(TypedDict):
    """A :class:`Reporter` as :meth:`Reporter.to_dict` returns it."""

    name: str
    """The name without typesetting spaces."""
    printed: str
    """The name as printed."""
    source: _SourceDict
    """Where the printed name stands in the source."""

class _CollocateDict(TypedDict):
    """A :class:`Collocate` as a dict."""

    word: str
    joint: int
    node_freq: int
    word_freq: int
    score: float
    measure: str

class _KeywordDict(TypedDict):
    """A :class:`Keyword` as a dict."""

    term: str
    score: float
    tf: int
    df: int
    measure: str

class _RepeatDict(TypedDict):
    """A :class:`Repeat` as a dict."""

    text: str
    count: int
    len: int

class _DispersionArticle(TypedDict):
    """An article as a row of a dispersion plot."""

    id: str
    """The article id."""
    title: Union[str, None]
    """Its title."""
    chars: int
    """Its length in chars."""

class _DispersionPoint(TypedDict):
    """One occurrence of a term, placed within its article."""

    article: int
    """Index of its article in ``"articles"`` (0-based; the id is ``article + 1``)."""
    char_offset: int
    """Char offset of the occurrence in :attr:`Corpus.text`."""
    position: float
    """Its place in the article's text, from 0.0 (start) to 1.0 (end)."""

class _DispersionTerm(TypedDict):
    """Every occurrence of one term, in text order."""

    term: str
    """The term as asked."""
    points: list[_DispersionPoint]
    """One point per hit of :meth:`Corpus.search`."""

class _Dispersion(TypedDict):
    """What :meth:`Corpus.dispersion` returns."""

    articles: list[_DispersionArticle]
    """The articles, in page order."""
    terms: list[_DispersionTerm]
    """The terms, in the order asked."""

_Approx = Literal["more_than", "at_least", "about", "up_to"]
"""A figure's approximating qualifier: more than the number (多, 余, 以上), at least
(至少, 不低于, 不少于), about (约, 近, 左右), or up to (不超过, 以内, 至多)."""

_NumeralForm = Literal["arabic", "chinese"]
"""How a figure's number is written: Arabic digits (51.8万) or Chinese numerals (五,
三千五百)."""

_NumeralKind = Literal["number", "digits", "percent", "permille", "fraction", "money"]
"""What a :class:`Numeral`'s value is."""

_Precision = Literal["year", "season", "month", "day", "decade", "century"]
"""How precise a date is: ``"2014"``, ``"1943"`` (a season of it), ``"2021-06"``,
``"2018-11-06"``, ``"1980"`` to ``"1989"`` (a decade), ``"1900"`` to ``"1999"`` (a
century)."""

_ResolvedBy = Literal["explicit", "article_date", "unresolved", "narrated_year"]
"""Where a date's value came from: the text alone, the text and the article's date
(今年8月, 9月21日, 明年), a year the text narrated before it (同年7月, 12月 right after
1938年); ``"unresolved"`` when nothing settles it (``iso`` is then None)."""

_Season = Literal["spring", "summer", "autumn", "winter"]
"""The season a date names (1943年春, 去年夏天)."""

_Part = Literal["early", "middle", "late"]
"""The part of a period a date names (年初, 中旬, 5月底); the value is the whole period."""

_Open = Literal["since", "onward"]
"""How a period a date opens runs on: ``"since"`` (以来, 至今: up to the article's date)
or ``"onward"`` (起)."""

_Calendar = Literal["gregorian", "lunar"]
"""The calendar a date is written in; a lunar one (正月十五) has its Gregorian day as
``iso``."""

_DateBasis = Literal["dateline", "declared", "path"]
"""How an article's date was found: month and day from its dateline and the year from
the page; the page's declared date; or the date the file's path names."""

_Layout = Literal["page", "article_file"]
"""How a source file is read: a newspaper page of one or more articles, or one article
per file (title, optional kicker and subtitle, then the body)."""

_CreditKind = Literal[
    "byline",
    "author_note",
    "design",
    "chart",
    "data_source",
    "photo_source",
    "editor",
    "caption",
    "signature",
    "closing_dateline",
    "note",
]
"""What a credit line is: a byline (本报记者 张枨), an author note (（作者为…）), a design
line (版式设计：…), a chart line (本版制图：…), a data source (数据来源：…), a photo source
(图片来源：…), an editor line (本版责编：…), a caption (…摄, 图为…), a signature (——编者), a
closing dateline (（本报洛杉矶2月14日电）) or another note."""

_JoinReason = Literal["mid_sentence", "after_clause_mark"]
"""Why a page-break repair joined two pieces: the first stopped mid-sentence on a letter
or ideograph (书|记), or on a clause mark (，、) that cannot end a paragraph."""

_QuoteKind = Literal["speech", "term"]
"""Reported speech or a quoted statement, or a short coined term or name (“两委”)."""
_Attribution = Literal["none", "before", "after", "enumeration", "pronoun", "continued", "implicit"]
"""How a quote's speaker was found (baokan_pack::vocab::Attribution)."""

_EntityKind = Literal["person", "place", "org"]
"""A person, a place or an organisation."""

_AdminLevel = Literal["country", "province", "prefecture", "county", "township", "village"]
"""A place's administrative level."""

_Table = Literal[
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
    "timeline",
]
"""A table :meth:`Corpus.to_pandas` makes."""

class _MentionDict(TypedDict):
    """The fields every mention's ``to_dict()`` has."""

    text: str
    """The mention's text, as it stands in :attr:`Corpus.text`."""
    article: str
    """The id of its article."""
    paragraph: str
    """The id of its paragraph."""
    sentence: Union[str, None]
    """The id of the sentence it begins in."""
    char_start: int
    """Char offset in :attr:`Corpus.text` where it begins."""
    char_end: int
    """Char offset one past its end."""
    byte_start: int
    """The same place as a UTF-8 byte offset."""
    byte_end: int
    """UTF-8 byte offset one past its end."""
    source: _SourceDict
    """Where its first char stands in the source."""

class _FigureFields(TypedDict):
    value: float
    """The value, after multipliers."""
    value_max: Union[float, None]
    """The upper value of a range."""
    unit: Union[str, None]
    """The unit or measure word."""
    multiplier: Union[str, None]
    """The multiplier applied (万, 亿)."""
    approx: Union[_Approx, None]
    """The approximating qualifier."""
    numeral_form: _NumeralForm
    """How the number is written."""
    subject: Union[str, None]
    """The thing measured, when the sentence states it plainly."""

class _DateFields(TypedDict):
    iso: Union[str, None]
    """The (start) value as ISO 8601 at its precision."""
    iso_end: Union[str, None]
    """The end of a range."""
    precision: _Precision
    """How precise ``iso`` is."""
    resolved_by: _ResolvedBy
    """Where the value came from."""
    season: Union[_Season, None]
    """The season named, if any."""
    part: Union[_Part, None]
    """The part of the period named, if any."""
    open: Union[_Open, None]
    """How the period the date opens runs on, if the text says."""
    calendar: _Calendar
    """The calendar the text writes it in."""

class _CitationFields(TypedDict):
    title: str
    """The title inside the marks."""
    kind: Union[str, None]
    """The document type the title ends with (条例, 意见, 办法 …)."""
    issuers: list[str]
    """The issuers the sentence states."""
    action: Union[str, None]
    """The action the sentence states (印发, 修订, 制定 …)."""
    date: Union[str, None]
    """The date the sentence states, as ISO."""

class _QuoteFields(TypedDict):
    inner: str
    """The quoted text, without the marks."""
    kind: _QuoteKind
    """Speech or term."""
    speaker: Union[str, None]
    """The speaker's name, when the text states it."""
    speaker_title: Union[str, None]
    """The speaker's title (总书记, 总经理)."""
    speaker_phrase: Union[str, None]
    """The speaker phrase as written (习近平总书记, 相关负责人)."""
    opened_before: bool
    """The opening mark stood before this paragraph (text) or is not in the text."""
    closed_after: bool
    """The closing mark is missing from this paragraph (text)."""
    attribution: _Attribution
    """How the speaker was found."""

class _EntityMentionFields(TypedDict):
    kind: _EntityKind
    """The entity's kind."""
    name: str
    """The entity's normalised name."""
    title: Union[str, None]
    """A title attached to a person here (总书记, 总经理)."""
    admin_level: Union[_AdminLevel, None]
    """A place's administrative level, where known."""

class _FigureDict(_MentionDict, _FigureFields):
    """A :class:`Figure` as :meth:`Figure.to_dict` returns it."""

class _DateDict(_MentionDict, _DateFields):
    """A :class:`DateMention` as :meth:`DateMention.to_dict` returns it."""

class _CitationDict(_MentionDict, _CitationFields):
    """A :class:`Citation` as :meth:`Citation.to_dict` returns it."""

class _QuoteDict(_MentionDict, _QuoteFields):
    """A :class:`Quote` as :meth:`Quote.to_dict` returns it."""

class _EntityMentionDict(_MentionDict, _EntityMentionFields):
    """An :class:`EntityMention` as :meth:`EntityMention.to_dict` returns it."""

class _EntityDict(TypedDict):
    """An :class:`Entity` as :meth:`Entity.to_dict` returns it."""

    kind: _EntityKind
    name: str
    admin_level: Union[_AdminLevel, None]
    count: int
    """The number of mentions."""
    mentions: list[_EntityMentionDict]

class _TimelineDict(TypedDict):
    """A :class:`TimelineEntry` as :meth:`TimelineEntry.to_dict` returns it."""

    iso: Union[str, None]
    iso_end: Union[str, None]
    precision: _Precision
    resolved_by: _ResolvedBy
    text: str
    """The date as written."""
    sentence: Union[str, None]
    """The text of the sentence that states it."""
    sentence_id: Union[str, None]
    """That sentence's id."""
    char_start: int
    char_end: int
    source: _SourceDict

class _ExtractedAt(TypedDict):
    """The fields every mention :func:`extract` finds has, in the order (and with the
    names) of :class:`_MentionDict`: where it is in the text given."""

    text: str
    """The mention's text."""
    article: None
    """None: the text is no item of a corpus."""
    paragraph: None
    """None: the text is no item of a corpus."""
    sentence: None
    """None: the text is no item of a corpus."""
    char_start: int
    """Char (code point) offset in the text where it begins: ``text[char_start:char_end]``."""
    char_end: int
    """Char offset one past its end."""
    byte_start: int
    """The same place as a UTF-8 byte offset."""
    byte_end: int
    """UTF-8 byte offset one past its end."""
    source: _SourceDict
    """``{"file": "-", "line": …, "column": …}``: the 1-based line and char column of its
    first char in the text."""

class _ExtractedFigure(_ExtractedAt, _FigureFields):
    """A figure found by :func:`extract`."""

class _ExtractedDate(_ExtractedAt, _DateFields):
    """A date found by :func:`extract`."""

class _ExtractedCitation(_ExtractedAt, _CitationFields):
    """A citation found by :func:`extract`."""

class _ExtractedQuote(_ExtractedAt, _QuoteFields):
    """A quotation found by :func:`extract`."""

class _ExtractedEntity(_ExtractedAt, _EntityMentionFields):
    """An entity mention found by :func:`extract`."""

class _Extracted(TypedDict):
    """What :func:`extract` returns: one list of plain dicts per kind of mention, each
    in text order."""

    figures: list[_ExtractedFigure]
    dates: list[_ExtractedDate]
    citations: list[_ExtractedCitation]
    quotes: list[_ExtractedQuote]
    entities: list[_ExtractedEntity]
    """Entity mentions (one per occurrence), with the entity's kind and name."""

_Id = Union[str, int]
"""An item id: a str like ``"1.2.3"``, or an int (an article's ordinal)."""

_Path = Union[str, bytes, os.PathLike[str], os.PathLike[bytes]]
"""A file system path."""

_KwicSort = Literal["position", "left", "right"]
"""How to order concordance lines: text order, by the left context (read from the
match outwards, nearest char first), or by the right context."""

def corpus() -> Corpus:
    """The embedded corpus: one real newspaper page (a 2022-10-09 Xinhua survey and the
    continuation of a Harbin New District article). Always the same object."""

def segment(text: str) -> list[str]:
    """Segments ``text`` into words with jieba (default dictionary, HMM on), as
    :meth:`Corpus.words` does. The tokens cover the text exactly, punctuation included:
    ``segment("抓党建促乡村振兴。") == ["抓", "党建", "促", "乡村", "振兴", "。"]``.

    The dictionary loads on first use (about 0.1 s), without the GIL."""

def to_simplified(text: str) -> str:
    """``text`` converted from traditional to simplified characters (OpenCC's t2s
    rules), as ``fold_trad=True`` converts a query: ``to_simplified("鄉村振興") ==
    "乡村振兴"``.

    Raises :class:`BaokanError` if the conversion tables cannot be loaded."""

def extract(
    text: str, date: Union[datetime.date, str, None] = None
) -> _Extracted:
    """Finds the mentions in any text: figures, dates, citations, quotations and
    entity mentions, by the rules the corpus was compiled with.

    Returns a dict of lists of plain dicts, one list per kind (``"figures"``,
    ``"dates"``, ``"citations"``, ``"quotes"``, ``"entities"``), each in text order, so
    ``pandas.DataFrame(baokan.extract(text)["figures"])`` is a table. Each dict has the
    keys, in the order, of the corpus's ``to_dict()`` and of the CLI's ``--json`` (``baokan
    extract --json`` prints the same): the mention's ``text``; ``article``,
    ``paragraph`` and ``sentence``, None (the text is no item of a corpus);
    ``char_start``/``char_end`` (code points:
    ``text[d["char_start"]:d["char_end"]] == d["text"]``), ``byte_start``/``byte_end``
    (UTF-8); ``source`` (``{"file": "-", "line": …, "column": …}`` in the text) and the
    fields of its kind (a quote's ``inner`` and ``speaker_phrase`` are strings).

    :param date: the date relative dates (今年8月, 9月21日, 明年) resolve against, as a
        :class:`datetime.date` (or ``datetime``) or an ISO string ``"2022-10-09"``;
        without it they have ``iso`` None. A string that is not a ``YYYY-MM-DD``
        calendar date raises :class:`BadArgumentError` (a ``ValueError``); another type
        ``TypeError``.

    Runs without the GIL.
    """

def parse_number(s: str) -> Union[float, None]:
    """The value of one number written in Chinese or Arabic numerals, with multipliers,
    as cn2an reads it: ``"一百二十三"`` → 123.0, ``"一千零十"`` → 1010.0,
    ``"一万零五百"`` → 10500.0, ``"三千五百万"`` → 35000000.0, ``"1.5亿"`` →
    150000000.0, ``"1万600"`` → 10600.0, ``"二〇一九"`` → 2019.0, ``"百分之三"`` → 3.0
    (the number of percent), ``"三分之一"`` → 0.333…. None for a range (``"十七八"``:
    see :func:`parse_numeral`), for anything ambiguous or malformed (``"十七十八"``,
    ``"一千千"``), for vague numerals (几, 十几, 数百) and for anything else
    (``"党建"``): never a different number."""

@final
class Numeral:
    """A number read by :func:`parse_numeral`."""

    @property
    def value(self) -> float:
        """The value, or the lower end of a range (``"十七八"`` → 17.0)."""

    @property
    def value_max(self) -> Union[float, None]:
        """The upper end of a range (``"十七八"`` → 18.0, ``"三五百"`` → 500.0), else
        None."""

    @property
    def kind(self) -> _NumeralKind:
        """What the value is: ``"number"``, ``"digits"`` (read digit by digit:
        ``"二〇一九"``), ``"percent"`` (``"百分之三"`` and ``"3%"`` → 3.0),
        ``"permille"`` (``"千分之五"`` → 5.0), ``"fraction"`` (``"三分之一"`` →
        0.333…) or ``"money"`` (an amount in 元: ``"壹拾壹元壹角"`` → 11.1)."""

    def __eq__(self, value: object, /) -> bool: ...

def parse_numeral(s: str) -> Union[Numeral, None]:
    """Reads one whole string as a number, a range or a share, or returns None:
    ``"一千零十"`` → value 1010.0; ``"十七八"`` → value 17.0, value_max 18.0;
    ``"三五百"`` → 300.0 to 500.0; ``"百分之三"`` → 3.0, kind ``"percent"``;
    ``"三分之一"`` → 0.333…, kind ``"fraction"``. None for anything ambiguous or
    malformed (``"十七十八"``, ``"一千千"``, ``"十零"``) and for vague numerals
    (``"几十"``, ``"数百"``). Raises nothing but ``TypeError`` for a non-string."""

@overload
def open(path: _Path) -> Union[Corpus, Corpora]: ...
@overload
def open(path: Union[list[_Path], tuple[_Path, ...]]) -> Corpora:
    """Opens a compiled pack file by memory-mapping it, and validates it (without the
    GIL); or, given a list of pack files or a folder, several packs as one
    :class:`Corpora` (a folder stands for its ``*.pack`` files sorted by name).

    Nothing is copied: the corpus reads the file's pages in place, so opening a pack of
    hundreds of megabytes is quick and costs no heap. The file stays mapped while the
    corpus or any object taken from it is alive, and is unmapped when the last goes.
    Use ``with baokan.open(path) as c:`` (or :meth:`Corpus.close`) to end the corpus
    at a known point. Replace a pack by writing a new file and renaming it over the
    old one, as ``compile(..., output=...)`` does; never rewrite an opened pack in
    place. :meth:`Corpus.open` is the same function for one file.

    Raises :class:`FileError` (also an ``OSError``) if a file cannot be opened or
    mapped or a folder holds no pack, and :class:`PackError` if it is not a valid pack,
    including one of a newer format version (the message names the file and both
    versions). The corpus carries the source files the pack carries (:func:`compile`
    keeps them unless ``keep_source=False``); where it does not, :attr:`Article.raw`
    and :meth:`Corpus.source_text` are None.
    """

def compile(
    paths: Union[_Path, Sequence[_Path]],
    output: Union[_Path, None] = None,
    *,
    encoding: Union[str, None] = None,
    keep_going: bool = False,
    threads: Union[int, None] = None,
    layout: Union[_Layout, None] = None,
    keep_source: bool = True,
    shard: Union[str, None] = None,
    shard_by: str = "month",
    shard_size: Union[int, None] = None,
) -> CompileResult:
    """Compiles page files and folders into a corpus, with the GIL released.

    ``paths`` is a file or folder or a list of them. Folders are walked recursively for
    ``*.txt`` and ``*.jsonl`` pages, in sorted path order, with their ``manifest.toml``
    if any; each file's encoding is detected (BOM, UTF-8, then GB18030 and others)
    unless ``encoding`` names one (``"gb18030"``, ``"utf-8"``, ``"big5"``…). Files are
    compiled in parallel on ``threads`` threads (default: every core); the pack is the
    same whatever the count.

    With ``output``, the pack is written there atomically (a temporary file in the same
    folder, then renamed over the path), as it is made, in bounded memory, and opened by
    memory-mapping, as :func:`open` does. Without it, the pack is kept in memory for the
    life of the process.

    With ``shard`` (a name from :func:`plan_shards` with the same ``shard_by`` and
    ``shard_size``), only that shard of ``paths`` is compiled, into ``output``, its
    files named and dated as in one pack of them all: one task of
    :func:`baokan.dask.compile_on_dask`.

    ::

        r = baokan.compile("pages/", "pages.pack", keep_going=True)
        r.corpus.count("乡村振兴"), r.articles, r.failures

    Returns a :class:`CompileResult`: ``.corpus`` and the summary. Raises
    :class:`CompileError` (a ``ValueError``) naming the file, line and cause of the
    first page that does not compile, unless ``keep_going`` is set: then the good files
    are compiled and the others listed in :attr:`CompileResult.failures` (if no file
    compiles, the first failure is raised). Raises :class:`FileError` (an ``OSError``)
    for a path that cannot be read or an output that cannot be written, and
    :class:`BadArgumentError` for an unknown encoding label or layout, ``threads=0``
    or an empty list of paths.

    Each file's layout is decided from its evidence (a page of several articles, or one
    article per file) unless ``layout`` forces one: ``"page"`` or ``"article_file"``.
    The pack keeps every file's text, so :attr:`Article.raw` and
    :meth:`Corpus.source_text` show the exact source lines; ``keep_source=False``
    leaves it out (a smaller pack; the CLI's ``--no-source``).
    """

def plan_shards(
    paths: Union[_Path, Sequence[_Path]],
    by: str = "month",
    size: Union[int, None] = None,
) -> list[tuple[str, list[str]]]:
    """The shards of page files and folders, as ``baokan compile --shard-by`` cuts them.

    A list of ``(name, files)`` in shard order: by ``"month"`` (``"2019-02"``) or
    ``"year"`` (``"2019"``) of the date in each file's path (``YYYYMMDD``,
    ``YYYY-MM-DD``, ``YYYY/MM/DD``), files without one in ``"undated"``; by ``"size"``,
    consecutive files in path order up to ``size`` bytes (default 64 MB) a shard
    (``"part-0001"``). Raises :class:`BadArgumentError` for another ``by``.
    """

class _CompileSummary(TypedDict):
    """:meth:`CompileResult.to_dict`."""

    files: int
    articles: int
    source_bytes: int
    failures: list[str]

@final
class CompileResult:
    """What :func:`compile` produced: the corpus, opened, and a summary of the run."""

    @property
    def corpus(self) -> Corpus:
        """The compiled corpus: memory-mapped from ``output`` if one was given, else
        held in memory."""

    @property
    def files(self) -> int:
        """Page files read (those that failed included)."""

    @property
    def articles(self) -> int:
        """Articles compiled."""

    @property
    def source_bytes(self) -> int:
        """Bytes of source compiled."""

    @property
    def failures(self) -> list[str]:
        """The files that could not be compiled (only with ``keep_going=True``), in
        path order, each as the compiler's one-line message: ``"empty.txt: line 1: file
        is empty"``."""

    def to_dict(self) -> _CompileSummary:
        """The summary as a dict: files, articles, source_bytes, failures."""

@final
class Corpus:
    """A compiled corpus: articles, sections, paragraphs and sentences, read in place.

    Get the embedded corpus with :func:`corpus`, open a pack file with :func:`open`
    (memory-mapped), read one from bytes with :meth:`Corpus.from_bytes`, or compile
    pages with :func:`compile`. ``len(corpus)`` is its number of articles and iterating
    it yields its articles.

    Every object taken from a corpus keeps the pack's bytes alive, so it stays valid
    after the corpus is deleted; the bytes (the file's mapping) are released when the
    last of them goes. :meth:`close`, or the end of a ``with`` block, ends the corpus
    at once: from then on the corpus and every object of it raise
    :class:`ClosedError`::

        with baokan.open("my.pack") as c:
            n = c.count("习近平")
    """

    @staticmethod
    def from_bytes(data: bytes) -> Corpus:
        """Opens a compiled pack from bytes, validating it first (without the GIL).

        Raises :class:`PackError` if the bytes are not a valid pack; never crashes on
        bad input. The bytes are copied, and freed with the corpus and the last object
        taken from it. The corpus carries the source files the pack carries
        (:data:`EMBEDDED_PACK` carries none, so :attr:`Article.raw` is None for it).
        """

    @staticmethod
    def open(path: _Path) -> Corpus:
        """Opens a compiled pack file by memory-mapping it: the same as
        :func:`baokan.open`, which see.

        Raises :class:`FileError` (an ``OSError``) or :class:`PackError`."""

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

    @property
    def credits(self) -> list[Credit]:
        """All credit and note lines, in article order."""

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
        """The source files, as dicts: name, date (ISO string or None), date_basis,
        layout, layout_reason, declared_source, page and lines."""

    def source_text(self, file: str) -> Union[str, None]:
        """The original text of a source file, where the corpus carries it: the
        embedded corpus does, and so does a pack compiled without ``keep_source=False``
        (the CLI's ``--no-source``). None for a file it does not carry."""

    def verify(self) -> None:
        """Checks the whole pack: every table's checksum, the text's UTF-8 and every
        record. Raises :class:`PackError` naming the table (and record) at fault. Linear
        in the pack's size; opening does not do it."""

    def stats(self) -> _Stats:
        """Counts of everything in the corpus: files, articles, sections, paragraphs,
        sentences, joins, paragraph_chars and pack_bytes."""

    def count(
        self,
        query: str,
        *,
        article: Union[_Id, None] = None,
        section: Union[_Id, None] = None,
        regex: bool = False,
        fold_trad: bool = False,
    ) -> int:
        """Number of occurrences of ``query`` in the paragraph text, overlapping ones
        counted, full-width and half-width forms folded: ``count("党委(党组)") ==
        count("党委（党组）")``. Arguments as :meth:`search`.

        A plain count is two binary searches in the index (it keeps the GIL, being
        that short); a regex, ``fold_trad`` or a scope scans, without the GIL.
        """

    def search(
        self,
        query: str,
        *,
        article: Union[_Id, None] = None,
        section: Union[_Id, None] = None,
        regex: bool = False,
        fold_trad: bool = False,
    ) -> list[Hit]:
        """Every occurrence of ``query`` in the paragraph text, in text order.

        :param article: only hits in this article (``"2"`` or ``2``).
        :param section: only hits in this section (``"1.3"``). Give at most one of
            ``article`` and ``section`` (both: :class:`BadArgumentError`); an id of the
            wrong level is a :class:`BadIdError`, one that names nothing an
            :class:`UnknownIdError`.
        :param regex: take ``query`` as a regular expression (the Rust ``regex``
            crate's syntax: ``\\d``, ``[...]``, ``(?i)``, no look-around), scanned
            paragraph by paragraph; no full-/half-width folding, empty matches skipped.
        :param fold_trad: convert ``query`` from traditional to simplified characters
            first (:func:`to_simplified`), so ``"鄉村振興"`` finds ``"乡村振兴"``.

        Raises :class:`QueryError` for an empty query, one over 256 chars, one holding
        a line break or control char, or a regex that does not compile.
        """

    def kwic(
        self,
        query: str,
        width: int = 10,
        *,
        sort: _KwicSort = "position",
        cross_paragraphs: bool = False,
        article: Union[_Id, None] = None,
        section: Union[_Id, None] = None,
        regex: bool = False,
        fold_trad: bool = False,
    ) -> list[KwicLine]:
        """Every occurrence of ``query`` as a concordance (keyword-in-context) line,
        with up to ``width`` chars of context each side.

        Context stays inside the hit's paragraph, or inside its article with
        ``cross_paragraphs`` (then it may hold line breaks, headings and titles, as
        :attr:`Corpus.text` does). ``sort`` orders the lines: ``"position"`` (text
        order), ``"left"`` (by the left context read outwards from the match, nearest
        char first) or ``"right"`` (by the right context); ties keep text order.
        Another ``sort`` raises :class:`BadArgumentError`. Other arguments as
        :meth:`search`.
        """

    def dispersion(self, *terms: str) -> _Dispersion:
        """Where each term occurs, as plain data for a lexical dispersion plot (see
        :func:`baokan.plot_dispersion`).

        Returns ``{"articles": [{"id", "title", "chars"}, ...], "terms": [{"term",
        "points": [{"article", "char_offset", "position"}, ...]}, ...]}``: one point per
        hit of ``search(term)``, ``article`` an index into ``"articles"`` and
        ``position`` the hit's place within its article's text, 0.0 to 1.0. Raises
        :class:`QueryError` for an empty term.
        """

    def ngrams(
        self, n: int, top: Union[int, None] = 20, skip_punct: bool = True
    ) -> list[tuple[str, int]]:
        """The ``top`` most frequent char n-grams of length ``n`` (1 to 8), as
        ``(text, count)`` pairs, count descending, then text (like
        ``collections.Counter.most_common``). ``top=None`` gives all.

        N-grams never cross a paragraph; each count equals ``count(text)``. With
        ``skip_punct``, n-grams holding punctuation, symbols or whitespace are left
        out (ideographs, letters and digits stay). Raises :class:`BadArgumentError`
        for ``n`` out of range.
        """

    def keyness(
        self,
        a: str,
        b: str,
        top: Union[int, None] = 20,
        min_freq: int = 5,
        keep_stopwords: bool = False,
    ) -> Any:
        """The words that mark the articles dated ``a`` (``"FROM..TO"``) against those
        dated ``b``, by log-likelihood: the ``top`` of each side as a DataFrame (side,
        word, a, b, g2, log_ratio) when pandas is installed, else a list of dicts."""

    def trend(self, terms: list[str], by: str = "month") -> Any:
        """Each term's hits per period of the articles' dates (``by``: ``"day"``,
        ``"week"``, ``"month"`` or ``"year"``), one row per term and period with dated
        text: term, period, hits, per_million, articles, chars. A pandas DataFrame when
        pandas is installed, else a list of dicts."""

    def words(
        self,
        top: Union[int, None] = 20,
        skip_punct: bool = True,
        keep_stopwords: bool = False,
    ) -> list[tuple[str, int]]:
        """The ``top`` most frequent words, as ``(word, count)`` pairs, count
        descending, then word. ``top=None`` gives all.

        Each paragraph is segmented by :func:`segment` (jieba, HMM on). With
        ``skip_punct``, tokens made only of punctuation, symbols or whitespace are left
        out; unless ``keep_stopwords``, so are the function words of Stopwords ISO's
        Chinese list (的, 是, 我们…).
        """

    def collocates(
        self,
        word: str,
        window: int = 5,
        min_freq: int = 2,
        top: Union[int, None] = 20,
    ) -> list[Collocate]:
        """The ``top`` words found within ``window`` words either side of ``word``, at
        least ``min_freq`` times, ranked by Dunning's log-likelihood G² (strongest
        attraction first; :attr:`Collocate.score` is negative for words that avoid the
        node). ``top=None`` gives all.

        Words are jieba tokens without punctuation; no window crosses a paragraph. A
        node jieba never produces as one token (``"乡村振兴"`` is cut in two) is found
        as a substring instead. Raises :class:`QueryError` for an empty word and
        :class:`BadArgumentError` for ``window=0``.
        """

    def keywords(self, id: _Id, top: Union[int, None] = 10) -> list[Keyword]:
        """The ``top`` terms that characterise an article or a section, by TF-IDF with
        the corpus's sections as documents, highest first. ``top=None`` gives all.

        Terms are jieba words of two chars or more and the corpus's repeated phrases
        jieba cuts apart (so ``"乡村振兴"`` can be a keyword). A section is scored
        against all sections; an article against the sections of the other articles.
        Raises :class:`UnknownIdError`, or :class:`BadIdError` for an id that is not an
        article or a section.
        """

    def repeats(
        self, min_len: int = 4, min_count: int = 3, top: Union[int, None] = None
    ) -> list[Repeat]:
        """Phrases of at least ``min_len`` chars that occur at least ``min_count``
        times (2 at the least), count descending, then length descending, then text.
        ``top=None`` gives all.

        Only maximal repeats are reported: no longer phrase containing one occurs as
        often. Phrases are trimmed of leading and trailing punctuation; each count
        equals ``count(text)``.
        """

    def figures(self, unit: Union[str, None] = None) -> list[Figure]:
        """Every figure (a quantity stated with a number: 51.8万人, 3.2亿-3.5亿元,
        五级), in text order; with ``unit``, only those in that unit or measure word
        (``"人"``, ``"家"``, ``"元"``, ``"%"``). Runs without the GIL."""

    def dates(self) -> list[DateMention]:
        """Every date mention (2018年11月6日, 2021年6月至12月, 今年8月), in text
        order, normalised to ISO against its article's date."""

    def citations(self) -> list[Citation]:
        """Every cited document title 《…》, in text order, with the issuers, action
        and date its sentence states."""

    def quotes(
        self, speaker: Union[str, None] = None, kind: Union[_QuoteKind, None] = None
    ) -> list[Quote]:
        """Every quotation “…”, in text order.

        :param speaker: only quotes whose stated speaker has this name (``"张弛"``).
        :param kind: only ``"speech"`` or only ``"term"`` quotes; another value raises
            :class:`BadArgumentError`.
        """

    def entities(self, kind: Union[_EntityKind, None] = None) -> list[Entity]:
        """Every named entity, in order of first appearance; ``kind`` (``"person"``,
        ``"place"`` or ``"org"``) keeps one kind, another value raises
        :class:`BadArgumentError`."""

    def timeline(self) -> list[TimelineEntry]:
        """Every dated statement in date order (by ISO, then text order): the resolved
        date mentions, each with its sentence. Dates that could not be resolved are
        left out."""

    def to_pandas(self, table: _Table) -> _pandas.DataFrame:
        """One table of the corpus as a pandas DataFrame, one row per item (needs the
        ``pandas`` extra).

        ``table`` is ``"articles"``, ``"sections"``, ``"paragraphs"``, ``"sentences"``,
        ``"credits"``, ``"figures"``, ``"dates"``, ``"citations"``, ``"quotes"``, ``"entities"`` (one
        row per entity, with its ``count``), ``"entity_mentions"`` (one row per
        mention, text order) or ``"timeline"``. The columns are the keys of each
        item's ``to_dict()``, with ``source`` flattened into ``source_file``,
        ``source_line`` and ``source_column`` and nested children left out (see
        :func:`baokan.to_frame`).

        Raises :class:`MissingDependencyError` (an ``ImportError``) without pandas
        and :class:`BadArgumentError` (a ``ValueError``) for another table.
        """

    def close(self) -> None:
        """Ends the corpus: from now on the corpus and every object taken from it
        raise :class:`ClosedError`. The pack's bytes (the file's mapping) are released
        now, or, while objects taken from it are still alive, when the last of them
        goes. Closing twice is fine. The embedded corpus (:func:`corpus`) is part of the
        module and stays open."""

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""

    def __enter__(self) -> Corpus: ...
    def __exit__(
        self,
        _exc_type: Union[type[BaseException], None] = None,
        _exc: Union[BaseException, None] = None,
        _traceback: Any = None,
    ) -> bool:
        """Closes the corpus at the end of a ``with`` block; exceptions pass
        through."""

    def __len__(self) -> int:
        """The number of articles."""

    def __iter__(self) -> Iterator[Article]:
        """Its articles, in page order."""

@final
class Corpora:
    """Several compiled packs read as one corpus: ``baokan.open(["2019-01.pack",
    "2019-02.pack"])``, or ``baokan.open("packs/")`` for a folder's ``*.pack`` files
    sorted by name.

    Each pack has a label, its file stem, and item ids are qualified by it
    (``c.article("2019-02:17")``). Lists come as ``(label, object)`` pairs in pack
    order (the order given), each pack's part in text order; ``kwic(sort=...)`` and
    :meth:`timeline` sort by their key, ties in pack order. Counts, :meth:`stats`,
    :meth:`ngrams` and :meth:`words` are summed over the packs, so a corpus split into
    packs answers as one pack of the same files. An entity named in two packs comes
    once per pack. Objects keep every pack mapped; :meth:`close` (or the end of a
    ``with`` block) ends them all::

        with baokan.open("packs/") as c:
            for label, hit in c.search("乡村振兴"):
                print(label, hit.paragraph.id, hit.source)
    """

    @property
    def labels(self) -> list[str]:
        """The packs' labels (their file stems), in pack order."""

    @property
    def articles(self) -> list[tuple[str, Article]]:
        """Every article as a ``(label, Article)`` pair, in pack order, then page
        order."""

    def article(self, id: _Id) -> Article:
        """The article with this qualified id, like ``"2019-02:17"``. Raises
        :class:`BadIdError` for an id without a pack's label (unless there is one pack)
        and :class:`UnknownIdError` for one that names no pack or no article."""

    def section(self, id: _Id) -> Section:
        """The section with this qualified id, like ``"2019-02:17.2"``."""

    def paragraph(self, id: _Id) -> Paragraph:
        """The paragraph with this qualified id, like ``"2019-02:17.2.3"``."""

    def sentence(self, id: _Id) -> Sentence:
        """The sentence with this qualified id, like ``"2019-02:17.2.3.1"``."""

    def stats(self) -> _Stats:
        """Counts of everything, summed over the packs."""

    def count(
        self,
        query: str,
        *,
        article: Union[_Id, None] = None,
        section: Union[_Id, None] = None,
        regex: bool = False,
        fold_trad: bool = False,
    ) -> int:
        """Occurrences of ``query`` in all packs. ``article`` or ``section`` is a
        qualified id and limits the count to that item; the rest as
        :meth:`Corpus.count`."""

    def search(
        self,
        query: str,
        *,
        article: Union[_Id, None] = None,
        section: Union[_Id, None] = None,
        regex: bool = False,
        fold_trad: bool = False,
    ) -> list[tuple[str, Hit]]:
        """Every occurrence of ``query`` as a ``(label, Hit)`` pair, in pack order, then
        text order. Arguments as :meth:`count`."""

    def kwic(
        self,
        query: str,
        width: int = 10,
        *,
        sort: _KwicSort = "position",
        cross_paragraphs: bool = False,
        article: Union[_Id, None] = None,
        section: Union[_Id, None] = None,
        regex: bool = False,
        fold_trad: bool = False,
    ) -> list[tuple[str, KwicLine]]:
        """Every occurrence as a ``(label, KwicLine)`` pair: by position in pack order,
        then text order; by ``"left"`` or ``"right"`` context, ties in pack order.
        Other arguments as :meth:`Corpus.kwic`, scopes as :meth:`count`."""

    def ngrams(
        self, n: int, top: Union[int, None] = 20, skip_punct: bool = True
    ) -> list[tuple[str, int]]:
        """The ``top`` most frequent char n-grams over all packs, as ``(text, count)``
        pairs; see :meth:`Corpus.ngrams`."""

    def trend(self, terms: list[str], by: str = "month") -> Any:
        """Each term's hits per period over all packs; see :meth:`Corpus.trend`."""

    def words(
        self,
        top: Union[int, None] = 20,
        skip_punct: bool = True,
        keep_stopwords: bool = False,
    ) -> list[tuple[str, int]]:
        """The ``top`` most frequent jieba words over all packs, as ``(word, count)``
        pairs; see :meth:`Corpus.words`."""

    def figures(self, unit: Union[str, None] = None) -> list[tuple[str, Figure]]:
        """Every figure as a ``(label, Figure)`` pair, in pack order, then text order;
        with ``unit``, only those in that unit."""

    def dates(self) -> list[tuple[str, DateMention]]:
        """Every date mention as a ``(label, DateMention)`` pair, in pack order, then
        text order."""

    def citations(self) -> list[tuple[str, Citation]]:
        """Every citation as a ``(label, Citation)`` pair, in pack order, then text
        order."""

    def quotes(
        self, speaker: Union[str, None] = None, kind: Union[_QuoteKind, None] = None
    ) -> list[tuple[str, Quote]]:
        """Every quotation as a ``(label, Quote)`` pair, in pack order, then text order;
        ``speaker`` and ``kind`` as :meth:`Corpus.quotes`."""

    def entities(
        self, kind: Union[_EntityKind, None] = None
    ) -> list[tuple[str, Entity]]:
        """Every named entity as a ``(label, Entity)`` pair, in pack order, then order of
        first appearance; ``kind`` as :meth:`Corpus.entities`."""

    def timeline(self) -> list[tuple[str, TimelineEntry]]:
        """Every dated statement as a ``(label, TimelineEntry)`` pair, in date order,
        then pack order, then text order."""

    def close(self) -> None:
        """Ends every pack: from now on the corpora and every object taken from them
        raise :class:`ClosedError`. Closing twice is fine."""

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""

    def __enter__(self) -> Corpora: ...
    def __exit__(
        self,
        _exc_type: Union[type[BaseException], None] = None,
        _exc: Union[BaseException, None] = None,
        _traceback: Any = None,
    ) -> bool:
        """Closes every pack at the end of a ``with`` block; exceptions pass
        through."""

    def __len__(self) -> int:
        """The number of articles in all packs."""

@final
class Hit:
    """One occurrence of a query: its text, where it is in :attr:`Corpus.text` and in
    the source, and the items that hold it (as objects; :meth:`to_dict` gives their
    ids). Hits compare equal, and hash alike, when they are the same span of the
    same corpus."""

    @property
    def text(self) -> str:
        """The matched text as it stands in the corpus (not folded: a half-width query
        shows the full-width text it matched)."""

    @property
    def char_start(self) -> int:
        """Char offset in :attr:`Corpus.text` where the match begins."""

    @property
    def char_end(self) -> int:
        """Char offset in :attr:`Corpus.text` one past its end."""

    @property
    def char_span(self) -> tuple[int, int]:
        """``(char_start, char_end)``."""

    @property
    def source(self) -> Source:
        """Where the match begins in the source file."""

    @property
    def paragraph(self) -> Paragraph:
        """The paragraph it is in."""

    @property
    def sentence(self) -> Union[Sentence, None]:
        """The sentence it begins in."""

    @property
    def section(self) -> Section:
        """The section it is in."""

    @property
    def article(self) -> Article:
        """The article it is in."""

    def left(self, width: int = 10) -> str:
        """Up to ``width`` chars before the match, within its paragraph."""

    def right(self, width: int = 10) -> str:
        """Up to ``width`` chars after the match, within its paragraph."""

    def to_dict(self) -> _HitDict:
        """The hit as a dict of plain values: the ids of its article, section,
        paragraph and sentence, its text, char and byte offsets, and source."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class KwicLine:
    """A concordance (keyword-in-context) line: a hit with its left and right
    context, as :meth:`Corpus.kwic` makes them."""

    @property
    def left(self) -> str:
        """Up to ``width`` chars before the match."""

    @property
    def text(self) -> str:
        """The match (the keyword) as it stands in the corpus."""

    @property
    def right(self) -> str:
        """Up to ``width`` chars after the match."""

    @property
    def hit(self) -> Hit:
        """The hit: its place in the text, the source and the structure."""

    def to_dict(self) -> _KwicDict:
        """The line as a dict of plain values: the hit's fields (see
        :meth:`Hit.to_dict`) plus ``left`` and ``right``."""

@final
class Collocate:
    """A word found near a node word by :meth:`Corpus.collocates`, and how strongly
    it is attracted to it."""

    @property
    def word(self) -> str:
        """The collocate, as it first occurs in the corpus text."""

    @property
    def joint(self) -> int:
        """Its tokens inside the windows around the node word."""

    @property
    def node_freq(self) -> int:
        """Occurrences of the node word."""

    @property
    def word_freq(self) -> int:
        """Its tokens in the whole corpus."""

    @property
    def score(self) -> float:
        """Dunning's log-likelihood G², signed: negative when the word is rarer near
        the node than elsewhere."""

    @property
    def measure(self) -> str:
        """The association measure: ``"log-likelihood"``."""

    def to_dict(self) -> _CollocateDict:
        """The collocate as a dict: word, joint, node_freq, word_freq, score,
        measure."""

    def __eq__(self, value: object, /) -> bool: ...

@final
class Keyword:
    """A term that characterises an article or a section (:meth:`Corpus.keywords`),
    and its weight."""

    @property
    def term(self) -> str:
        """The term: a jieba word or a repeated phrase."""

    @property
    def score(self) -> float:
        """Its weight: ``tf × idf``, with ``idf = ln((1 + N) / (1 + df)) + 1`` for N
        documents (scikit-learn's smoothed idf)."""

    @property
    def tf(self) -> int:
        """Occurrences in the document."""

    @property
    def df(self) -> int:
        """How many of the N documents it occurs in."""

    @property
    def measure(self) -> str:
        """The measure: ``"tf-idf"``."""

    def to_dict(self) -> _KeywordDict:
        """The keyword as a dict: term, score, tf, df, measure."""

    def __eq__(self, value: object, /) -> bool: ...

@final
class Repeat:
    """A phrase that occurs more than once in the paragraph text
    (:meth:`Corpus.repeats`)."""

    @property
    def text(self) -> str:
        """The phrase, as it stands at one of its occurrences."""

    @property
    def count(self) -> int:
        """Its occurrences, overlapping ones counted: equal to ``Corpus.count(text)``."""

    @property
    def len(self) -> int:
        """Its length in chars."""

    def to_dict(self) -> _RepeatDict:
        """The repeat as a dict: text, count, len."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

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
    def closing(self) -> bool:
        """Whether the dateline closes the article on a line of its own, like
        （本报洛杉矶2月14日电）, rather than opening its first paragraph."""

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
    def reason(self) -> _JoinReason:
        """Why the pieces were joined: ``"mid_sentence"`` (the first stopped
        mid-sentence on a letter or ideograph, 书|记) or ``"after_clause_mark"`` (it
        stopped on a clause mark, ，or 、, that cannot end a paragraph)."""

    @property
    def source(self) -> Source:
        """Where the continuation stands in the source."""

    def __eq__(self, value: object, /) -> bool: ...

@final
class Article:
    """An article: its headline block (kicker, title, column, subtitle), byline and
    reporters, dateline, continuation markers, sections and credit lines. Iterating an
    article yields its sections."""

    @property
    def id(self) -> str:
        """The stable id, e.g. ``"2"``."""

    @property
    def kicker(self) -> Union[str, None]:
        """The kicker (引题), the line printed above the title, or None."""

    @property
    def title(self) -> Union[str, None]:
        """The title, with its column tag if it has one; None for text that opens a
        page without one."""

    @property
    def column(self) -> Union[str, None]:
        """The column tag printed in brackets after the title: 新春走基层·驻村干部这一年
        in 让村子发展有后劲（新春走基层·驻村干部这一年）, or None."""

    @property
    def title_without_column(self) -> Union[str, None]:
        """The title without its column tag; the title itself when it has none."""

    @property
    def subtitle(self) -> Union[str, None]:
        """The subtitle, without its leading dashes."""

    @property
    def byline(self) -> Union[str, None]:
        """The byline, e.g. 新华社记者."""

    @property
    def reporters(self) -> list[Reporter]:
        """The reporters named in its bylines and dateline, each once, in page order."""

    @property
    def dateline(self) -> Union[Dateline, None]:
        """The dateline and its parts, or None."""

    @property
    def date(self) -> Union[datetime.date, None]:
        """The article's date, or None (see :attr:`date_basis`)."""

    @property
    def date_basis(self) -> Union[_DateBasis, None]:
        """How the date was found: ``"dateline"`` (month and day from the dateline,
        year from the page), ``"declared"`` (the page's declared date), ``"path"``
        (the date the file's path names, ``20190213/20190213-04-05.txt``), or None."""

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
    def credits(self) -> list[Credit]:
        """Its credit and note lines (bylines, author notes, chart and design lines,
        captions, closing datelines…), in page order. They are not paragraphs: search
        and statistics skip them."""

    @property
    def duplicate_of(self) -> Union[Article, None]:
        """The earlier article this one reprints (the same story printed twice), or
        None."""

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
    def layout(self) -> _Layout:
        """How its source file was read: ``"page"`` (a newspaper page of one or more
        articles) or ``"article_file"`` (one article per file)."""

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
        """The article as a dict of plain values (the same shape as the CLI's JSON):
        id, kicker, title, title_without_column, column, subtitle, byline, reporters
        (as :meth:`Reporter.to_dict`), dateline, date, date_basis, continued_from,
        continued_to, file, layout, duplicate_of (an id), credits (as
        :meth:`Credit.to_dict`), offsets, source, and its sections with their
        paragraphs. Dates are ISO strings."""

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
    def subheading(self) -> Union[str, None]:
        """The subheading printed under the heading, or None."""

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

@final
class Credit:
    """A credit or note line of an article: a byline, an author note, a design, chart
    or data-source line, a caption, a signature or a closing dateline. Credits are not
    paragraphs, so search and statistics skip them. Credits compare equal, and hash
    alike, when they are the same line of the same corpus."""

    @property
    def kind(self) -> _CreditKind:
        """What kind of line it is."""

    @property
    def text(self) -> str:
        """The line as printed, without its indentation."""

    @property
    def source(self) -> Source:
        """Where its first char stands in the source."""

    @property
    def article(self) -> Article:
        """Its article."""

    @property
    def char_start(self) -> int:
        """Char offset in :attr:`Corpus.text` where it begins."""

    @property
    def char_end(self) -> int:
        """Char offset in :attr:`Corpus.text` one past its end."""

    @property
    def char_span(self) -> tuple[int, int]:
        """``(char_start, char_end)``."""

    def to_dict(self) -> _CreditDict:
        """The credit as a dict of plain values: kind, text, char and byte offsets,
        source."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Reporter:
    """A reporter named in an article's byline or dateline: the name, and the name as
    printed with its typesetting spaces. Reporters compare and hash by value."""

    @property
    def name(self) -> str:
        """The name without typesetting spaces: ``"张\u00a0枨"`` is ``"张枨"``."""

    @property
    def printed(self) -> str:
        """The name as printed."""

    @property
    def source(self) -> Source:
        """Where the printed name stands in the source."""

    def to_dict(self) -> _ReporterDict:
        """The reporter as a dict of plain values: name, printed, source."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

class _Mention:
    """The accessors every mention class shares (not a runtime class)."""

    @property
    def text(self) -> str:
        """The mention's text, as it stands in :attr:`Corpus.text`."""

    @property
    def char_start(self) -> int:
        """Char offset in :attr:`Corpus.text` where it begins."""

    @property
    def char_end(self) -> int:
        """Char offset in :attr:`Corpus.text` one past its end."""

    @property
    def char_span(self) -> tuple[int, int]:
        """``(char_start, char_end)``."""

    @property
    def source(self) -> Source:
        """Where its first char stands in the source."""

    @property
    def paragraph(self) -> Paragraph:
        """The paragraph it is in."""

    @property
    def sentence(self) -> Union[Sentence, None]:
        """The sentence it begins in."""

    @property
    def section(self) -> Section:
        """The section it is in."""

    @property
    def article(self) -> Article:
        """The article it is in."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Figure(_Mention):
    """A quantity stated with a number: 51.8万人, 3.2亿-3.5亿元, 60余万平方米, 五级,
    5年来. Mentions compare equal, and hash alike, when they are the same span of the
    same corpus."""

    @property
    def value(self) -> float:
        """The value, after multipliers (51.8万 → 518000.0)."""

    @property
    def value_max(self) -> Union[float, None]:
        """The upper value of a range (3.2亿-3.5亿元 → 350000000.0), else None."""

    @property
    def unit(self) -> Union[str, None]:
        """The unit or measure word (人, 家, 元, %, 平方米 …), or None."""

    @property
    def multiplier(self) -> Union[str, None]:
        """The multiplier applied (万, 亿), or None."""

    @property
    def approx(self) -> Union[_Approx, None]:
        """The approximating qualifier: ``"more_than"`` (多, 余, 以上),
        ``"at_least"`` (至少, 不低于), ``"about"`` (约, 近, 左右), ``"up_to"``
        (不超过, 以内), or None."""

    @property
    def numeral_form(self) -> _NumeralForm:
        """How the number is written: ``"arabic"`` (51.8万) or ``"chinese"`` (五,
        三千五百)."""

    @property
    def subject(self) -> Union[str, None]:
        """The thing measured, when the sentence states it plainly, or None."""

    def to_dict(self) -> _FigureDict:
        """The figure as a dict of plain values: the mention's text, ids, offsets and
        source, and value, value_max, unit, multiplier, approx, numeral_form,
        subject."""

@final
class DateMention(_Mention):
    """A date or date range in the text (2018年11月6日, 2021年6月至12月, 今年8月),
    normalised against its article's date."""

    @property
    def iso(self) -> Union[str, None]:
        """The (start) value as ISO 8601 at its precision: ``"2018-11-06"``,
        ``"2021-06"``, ``"2014"``; None when it could not be resolved."""

    @property
    def iso_end(self) -> Union[str, None]:
        """The end of a range, in the same form (2021年6月至12月 → ``"2021-12"``),
        else None."""

    @property
    def precision(self) -> _Precision:
        """How precise :attr:`iso` is."""

    @property
    def resolved_by(self) -> _ResolvedBy:
        """Where the value came from: ``"explicit"`` (the text alone),
        ``"article_date"`` (the year, or more, from the article's date),
        ``"narrated_year"`` (a year the text told before it) or ``"unresolved"``
        (nothing settles it; ``iso`` is None)."""

    @property
    def season(self) -> Union[_Season, None]:
        """The season named (1943年春), or None."""

    @property
    def part(self) -> Union[_Part, None]:
        """The part of the period named (年底, 上旬), or None."""

    @property
    def open(self) -> Union[_Open, None]:
        """How the period the date opens runs on (2018年以来: ``"since"``), or None."""

    @property
    def calendar(self) -> _Calendar:
        """The calendar the text writes it in."""

    def to_dict(self) -> _DateDict:
        """The date as a dict of plain values: the mention's text, ids, offsets and
        source, and iso, iso_end, precision, resolved_by."""

@final
class Citation(_Mention):
    """A cited document title 《…》 (the text includes the marks), with the issuers,
    action and date its sentence states."""

    @property
    def title(self) -> str:
        """The title inside the marks."""

    @property
    def kind(self) -> Union[str, None]:
        """The document type the title ends with (条例, 意见, 办法 …), or None."""

    @property
    def issuers(self) -> list[str]:
        """The issuers the sentence states, in order (possibly none)."""

    @property
    def action(self) -> Union[str, None]:
        """The action the sentence states (印发, 修订, 制定 …), or None."""

    @property
    def date(self) -> Union[str, None]:
        """The date the sentence states, as ISO at its precision, or None."""

    def to_dict(self) -> _CitationDict:
        """The citation as a dict of plain values: the mention's text, ids, offsets
        and source, and title, kind, issuers, action, date."""

@final
class Quote(_Mention):
    """A quotation “…”: reported speech with its speaker where the text states one,
    or a quoted term."""

    @property
    def inner(self) -> str:
        """The quoted text, without the marks."""

    @property
    def kind(self) -> _QuoteKind:
        """``"speech"`` (reported speech or a quoted statement) or ``"term"`` (a short
        coined term or name, like “两委”)."""

    @property
    def speaker(self) -> Union[str, None]:
        """The speaker's name (习近平, 张弛), when the text states it; never guessed."""

    @property
    def speaker_title(self) -> Union[str, None]:
        """The speaker's title (总书记, 总经理), when stated."""

    @property
    def speaker_phrase(self) -> Union[str, None]:
        """The speaker phrase as written (习近平总书记, 相关负责人), when stated."""

    @property
    def opened_before(self) -> bool:
        """Whether the opening mark stood before this paragraph (on a previous page)."""

    @property
    def closed_after(self) -> bool:
        """Whether the closing mark is missing from this paragraph."""

    @property
    def attribution(self) -> _Attribution:
        """How the speaker was found: "before" or "after" (a phrase of saying next to
        the quote), "enumeration", "pronoun" (他说, read as the last person named
        before), "continued" (a quotation over several paragraphs), "implicit" (the one
        person its paragraph names), or "none"."""

    def to_dict(self) -> _QuoteDict:
        """The quote as a dict of plain values: the mention's text, ids, offsets and
        source, and inner, kind, speaker, speaker_title, speaker_phrase,
        opened_before, closed_after, attribution."""

@final
class EntityMention(_Mention):
    """One mention of a named entity."""

    @property
    def entity(self) -> Entity:
        """The entity mentioned."""

    @property
    def kind(self) -> _EntityKind:
        """The entity's kind."""

    @property
    def name(self) -> str:
        """The entity's normalised name (习近平 for 习近平同志)."""

    @property
    def title(self) -> Union[str, None]:
        """A title attached to a person here (总书记, 总经理), or None."""

    @property
    def admin_level(self) -> Union[_AdminLevel, None]:
        """A place's administrative level, where known."""

    def to_dict(self) -> _EntityMentionDict:
        """The mention as a dict of plain values: the mention's text, ids, offsets and
        source, and kind, name, title, admin_level."""

@final
class Entity:
    """A named entity of the corpus: a person, place or organisation, with its
    mentions. Entities compare equal, and hash alike, when they are the same entity of
    the same corpus."""

    @property
    def kind(self) -> _EntityKind:
        """``"person"``, ``"place"`` or ``"org"``."""

    @property
    def name(self) -> str:
        """The normalised name (习近平 for 习近平同志)."""

    @property
    def admin_level(self) -> Union[_AdminLevel, None]:
        """A place's administrative level, where known; else None."""

    @property
    def mentions(self) -> list[EntityMention]:
        """Every mention, in text order."""

    @property
    def count(self) -> int:
        """The number of mentions."""

    def to_dict(self) -> _EntityDict:
        """The entity as a dict of plain values: kind, name, admin_level, count and
        its mentions (as :meth:`EntityMention.to_dict` gives them)."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class TimelineEntry:
    """A dated statement: a resolved date mention and the sentence that holds it."""

    @property
    def date(self) -> DateMention:
        """The date mention."""

    @property
    def iso(self) -> Union[str, None]:
        """The date as ISO 8601 at its precision (never None in a timeline)."""

    @property
    def iso_end(self) -> Union[str, None]:
        """The end of a range, else None."""

    @property
    def precision(self) -> _Precision:
        """How precise :attr:`iso` is."""

    @property
    def resolved_by(self) -> _ResolvedBy:
        """Where the value came from."""

    @property
    def text(self) -> str:
        """The date as written."""

    @property
    def sentence(self) -> Union[Sentence, None]:
        """The sentence that states it."""

    @property
    def article(self) -> Article:
        """The article it is in."""

    @property
    def char_start(self) -> int:
        """Char offset in :attr:`Corpus.text` where the date begins."""

    @property
    def char_end(self) -> int:
        """Char offset in :attr:`Corpus.text` one past its end."""

    @property
    def source(self) -> Source:
        """Where the date stands in the source."""

    def to_dict(self) -> _TimelineDict:
        """The entry as a dict of plain values: iso, iso_end, precision, resolved_by,
        text, sentence (its text), sentence_id, char_start, char_end and source."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
