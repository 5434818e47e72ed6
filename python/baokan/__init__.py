"""baokan (报刊): typed, zero-copy Chinese news corpora.

A corpus is a compiled *pack* read in place: articles with their title, subtitle,
byline, dateline and continuation markers; sections with headings; paragraphs (body,
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

Errors derive from :class:`BaokanError`: :class:`UnknownIdError` (also a ``KeyError``),
:class:`BadIdError` and :class:`PackError` (also ``ValueError``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Union

from baokan._baokan import (
    EMBEDDED_PACK,
    Article,
    BadIdError,
    BaokanError,
    Corpus,
    Dateline,
    Join,
    PackError,
    Paragraph,
    Section,
    Sentence,
    Source,
    UnknownIdError,
    __version__,
    corpus,
)

if TYPE_CHECKING:
    import pandas as _pandas  # type: ignore[import-not-found,import-untyped,unused-ignore]

__all__ = [
    "EMBEDDED_PACK",
    "Article",
    "BadIdError",
    "BaokanError",
    "Corpus",
    "Dateline",
    "Join",
    "PackError",
    "Paragraph",
    "Section",
    "Sentence",
    "Source",
    "UnknownIdError",
    "__version__",
    "corpus",
    "to_frame",
]

Item = Union[Article, Section, Paragraph, Sentence]


def _row(item: Item) -> dict[str, Any]:
    row = item.to_dict()
    # Children would repeat the rows of the level below; keep one level per frame.
    row.pop("sections", None)
    row.pop("paragraphs", None)
    source = row.pop("source", None) or {}
    row["source_file"] = source.get("file")
    row["source_line"] = source.get("line")
    row["source_column"] = source.get("column")
    return row


def to_frame(items: Iterable[Item]) -> _pandas.DataFrame:
    """A pandas DataFrame with one row per item (needs the ``pandas`` extra).

    The columns are the keys of ``item.to_dict()`` without the nested children
    (``sections``, ``paragraphs``), and with ``source`` flattened into
    ``source_file``, ``source_line`` and ``source_column``. Pass items of one kind,
    e.g. ``baokan.to_frame(baokan.corpus().paragraphs)``.
    """
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            "baokan.to_frame needs pandas: pip install 'baokan[pandas]'"
        ) from e
    return pd.DataFrame([_row(i) for i in items])
