"""pandas DataFrames of baokan objects: :func:`to_frame` for any list of them, and
:func:`to_pandas` (also :meth:`Corpus.to_pandas`) for a whole table of a corpus.

pandas is optional (``pip install 'baokan[pandas]'``); without it both functions raise
:class:`~baokan.MissingDependencyError`, an ``ImportError``.

Every row is an object's ``to_dict()``, with two changes so that one frame holds one
level of flat values:

* nested children are dropped (an article's ``sections`` and ``credits``, a section's
  ``paragraphs``, an entity's ``mentions``: tabulate the level below instead);
* ``source`` is flattened into ``source_file``, ``source_line`` and ``source_column``.

Enum fields are strings (``"more_than"``, ``"day"``, ``"person"``), missing values
``None`` (``NaN`` in float columns), and ``Citation.issuers`` a list per row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable, Literal, Mapping, Union, cast

from baokan._baokan import (
    Article,
    BadArgumentError,
    Citation,
    Collocate,
    Corpus,
    Credit,
    DateMention,
    Entity,
    EntityMention,
    Figure,
    Hit,
    Keyword,
    KwicLine,
    MissingDependencyError,
    Paragraph,
    Quote,
    Repeat,
    Section,
    Sentence,
    TimelineEntry,
)

if TYPE_CHECKING:
    import pandas as _pandas  # type: ignore[import-not-found,import-untyped,unused-ignore]

    # Only for type checkers: stubtest reads a runtime Literal alias as a function.
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
    """The name of a table :func:`to_pandas` makes."""

__all__ = ["TABLES", "to_frame", "to_pandas"]

Item = Union[Article, Section, Paragraph, Sentence, Credit]
Mention = Union[Figure, DateMention, Citation, Quote, Entity, EntityMention, TimelineEntry]
Row = Union[Item, Hit, KwicLine, Collocate, Keyword, Repeat, Mention]


def _entity_mentions(c: Corpus) -> list[EntityMention]:
    mentions = [m for e in c.entities() for m in e.mentions]
    mentions.sort(key=lambda m: (m.char_start, m.char_end))
    return mentions


_TABLES: dict[str, Callable[[Corpus], Iterable[Row]]] = {
    "articles": lambda c: c.articles,
    "sections": lambda c: c.sections,
    "paragraphs": lambda c: c.paragraphs,
    "sentences": lambda c: c.sentences,
    "credits": lambda c: c.credits,
    "figures": lambda c: c.figures(),
    "dates": lambda c: c.dates(),
    "citations": lambda c: c.citations(),
    "quotes": lambda c: c.quotes(),
    "entities": lambda c: c.entities(),
    "entity_mentions": _entity_mentions,
    "timeline": lambda c: c.timeline(),
}

TABLES: tuple[str, ...] = tuple(_TABLES)
"""The table names :func:`to_pandas` knows, in the order the docs list them."""


def _row(item: Row) -> dict[str, Any]:
    row = dict(cast(Mapping[str, Any], item.to_dict()))
    # Children would repeat the rows of the level below; keep one level per frame.
    row.pop("sections", None)
    row.pop("paragraphs", None)
    if isinstance(item, Article):
        row.pop("credits", None)
    if isinstance(item, Entity):
        row.pop("mentions", None)
    if "source" in row:
        source = row.pop("source") or {}
        row["source_file"] = source.get("file")
        row["source_line"] = source.get("line")
        row["source_column"] = source.get("column")
    return row


def _pandas_module(what: str) -> Any:
    try:
        import pandas as pd
    except ImportError as e:
        raise MissingDependencyError(
            f"{what} needs pandas: pip install 'baokan[pandas]'", name="pandas"
        ) from e
    return pd


def to_frame(items: Iterable[Row]) -> _pandas.DataFrame:
    """A pandas DataFrame with one row per item (needs the ``pandas`` extra).

    The columns are the keys of ``item.to_dict()`` without the nested children
    (``sections``, an article's ``credits``, ``paragraphs``, an entity's
    ``mentions``), and with ``source``
    (where there is one) flattened into ``source_file``, ``source_line`` and
    ``source_column``. Pass objects of one kind: items
    (``baokan.to_frame(baokan.corpus().paragraphs)``), hits, KWIC lines, collocates,
    keywords, repeats or mentions (``baokan.to_frame(c.figures(unit="人"))``).
    ``ngrams`` and ``words`` give ``(text, count)`` tuples:
    ``pandas.DataFrame(c.ngrams(2), columns=["gram", "count"])``.

    Raises :class:`MissingDependencyError` (an ``ImportError``) without pandas.
    """
    pd = _pandas_module("baokan.to_frame")
    return pd.DataFrame([_row(i) for i in items])


def to_pandas(corpus: Corpus, table: _Table) -> _pandas.DataFrame:
    """One table of ``corpus`` as a pandas DataFrame, one row per item (needs the
    ``pandas`` extra); :meth:`Corpus.to_pandas` calls this.

    ``table`` is one of ``"articles"``, ``"sections"``, ``"paragraphs"``,
    ``"sentences"`` (the structure), ``"credits"`` (credit and note lines),
    ``"figures"``, ``"dates"``, ``"citations"``,
    ``"quotes"``, ``"entities"`` (one row per entity, with its ``count``),
    ``"entity_mentions"`` (one row per mention, in text order, with the entity's
    ``kind`` and ``name``) or ``"timeline"`` (dated statements in date order). Rows
    are as :func:`to_frame` makes them: ``to_dict()`` with ``source`` flattened into
    ``source_file``, ``source_line`` and ``source_column`` and nested children left
    out.

    Raises :class:`MissingDependencyError` (an ``ImportError``) without pandas and
    :class:`BadArgumentError` (a ``ValueError``) for another table name.
    """
    rows = _TABLES.get(table) if isinstance(table, str) else None
    if rows is None:
        raise BadArgumentError(
            f"invalid table: {table!r} is not one of {', '.join(TABLES)}"
        )
    pd = _pandas_module("Corpus.to_pandas")
    return pd.DataFrame([_row(i) for i in rows(corpus)])
