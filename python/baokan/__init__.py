"""baokan (报刊): typed, zero-copy Chinese news corpora.

A corpus is a compiled *pack* read in place: articles with their headline block
(kicker, title, column, subtitle), byline and reporters, dateline, continuation markers
and credit lines; sections with headings; paragraphs (body,
list item, ellipsis) after page-break repair; and sentences. Every item knows its
source file, line and column, and its char offsets in ``Corpus.text``.

One real newspaper page is embedded as the default corpus::

    import baokan

    c = baokan.corpus()
    for a in c.articles:
        print(a.id, a.title)
        for s in a.sections:
            print("  ", s.id, s.heading or "(lead)", len(s.paragraphs))
    p = c.paragraph("1.1.2")
    print(p.text, p.source)          # ... 000_bb83d75fffceb494.txt:11:1

Compile your own pages (files or folders, UTF-8 or GB18030, in parallel, without the
GIL) and open packs by memory-mapping them::

    r = baokan.compile("pages/", "pages.pack")   # -> CompileResult
    r.corpus.count("乡村振兴"), r.files, r.articles, r.failures
    c2 = baokan.open("pages.pack")               # zero-copy; see open() on lifetime
    c3 = baokan.open("packs/")                   # several packs as one: Corpora

Search and statistics run in the compiled core, without the GIL::

    c.count("乡村振兴")                          # overlapping, full/half-width folded
    [h.paragraph.id for h in c.search("经费保障制度")]   # ['1.3.10']
    for line in c.kwic("基层党组织", 8, sort="right"):
        print(line.left, line.text, line.right)
    c.ngrams(4, top=5)                          # [('乡村振兴', ...), ...]
    c.collocates("基层"), c.keywords("1.3"), c.repeats()
    baokan.plot_dispersion(c, ["党建", "乡村振兴"])   # needs matplotlib

Typed mentions are compiled into the pack, each with its text, char offsets, source,
sentence, paragraph and article; :func:`extract` finds the same in any text::

    [f.value for f in c.figures(unit="人")]      # [518000.0, ...]
    c.dates()[0].iso, c.citations()[0].issuers
    c.quotes(speaker="张弛"), c.entities(kind="person"), c.timeline()
    c.to_pandas("figures")                      # needs pandas; see baokan.frames
    baokan.extract("今年8月,全国累计选派51.8万人。", date="2022-10-09")["figures"]
    baokan.parse_number("三千五百万")           # 35000000.0
    baokan.parse_numeral("十七八").value_max    # 18.0: a range; parse_number says None

Errors derive from :class:`BaokanError`: :class:`UnknownIdError` (also a ``KeyError``),
:class:`BadIdError`, :class:`PackError`, :class:`QueryError`, :class:`BadArgumentError`
and :class:`CompileError` and :class:`ClosedError` (also ``ValueError``),
:class:`FileError` (also ``OSError``)
and :class:`MissingDependencyError` (also ``ImportError``).
"""

from __future__ import annotations

from baokan._baokan import (
    EMBEDDED_PACK,
    Article,
    BadArgumentError,
    BadIdError,
    BaokanError,
    Citation,
    ClosedError,
    Collocate,
    CompileError,
    CompileResult,
    Corpora,
    Corpus,
    Credit,
    Dateline,
    DateMention,
    Entity,
    EntityMention,
    FileError,
    Figure,
    Hit,
    Join,
    Keyword,
    KwicLine,
    MissingDependencyError,
    PackError,
    Paragraph,
    QueryError,
    Quote,
    Repeat,
    Reporter,
    Section,
    Sentence,
    Source,
    TimelineEntry,
    UnknownIdError,
    __version__,
    compile,
    corpus,
    extract,
    Numeral,
    open,
    parse_number,
    parse_numeral,
    plan_shards,
    segment,
    to_simplified,
)
from baokan.frames import to_frame
from baokan.plot import plot_dispersion

__all__ = [
    "EMBEDDED_PACK",
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
    "plot_dispersion",
    "segment",
    "to_frame",
    "to_simplified",
]
