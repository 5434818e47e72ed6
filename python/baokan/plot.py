"""Plots of corpus data, drawn with matplotlib (an optional dependency).

Only drawing lives here: the data comes from the compiled core
(:meth:`baokan.Corpus.dispersion`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Union

from baokan._baokan import Corpus, MissingDependencyError

if TYPE_CHECKING:
    from matplotlib.axes import Axes  # type: ignore[import-not-found,unused-ignore]
    from matplotlib.figure import Figure  # type: ignore[import-not-found,unused-ignore]

__all__ = ["plot_dispersion"]


def plot_dispersion(
    corpus: Corpus,
    terms: Union[str, Iterable[str]],
    ax: Union[Axes, None] = None,
) -> Figure:
    """A lexical dispersion plot: where each term occurs, article by article.

    One row per term (the first on top, labelled with its number of hits); the x axis
    lays the articles side by side, article *k* (0-based) spanning ``k`` to ``k + 1``,
    and each hit is a tick at ``k + position``, its relative place in the article's
    text (see :meth:`Corpus.dispersion`). Thin vertical lines part the articles, whose
    ids label the axis.

    Draws on ``ax`` when given, otherwise on a new ``matplotlib.figure.Figure`` (made
    without ``pyplot``, so no window opens and no global state changes; show it in a
    notebook as is, or save it with ``fig.savefig(...)``). Returns the figure.
    Chinese labels need a CJK font, e.g.
    ``matplotlib.rcParams["font.sans-serif"] = ["Noto Sans CJK SC"]``.

    Raises :class:`baokan.MissingDependencyError` (an ``ImportError``) when matplotlib
    is not installed, and :class:`baokan.QueryError` for an empty term.
    """
    try:
        from matplotlib.figure import Figure
    except ImportError as e:
        raise MissingDependencyError(
            "baokan.plot_dispersion needs matplotlib: pip install 'baokan[plot]'",
            name="matplotlib",
        ) from e

    term_list = [terms] if isinstance(terms, str) else list(terms)
    data = corpus.dispersion(*term_list)
    articles = data["articles"]
    rows = data["terms"]

    if ax is None:
        fig = Figure(figsize=(10, 1 + 0.45 * max(len(rows), 1)), layout="constrained")
        ax = fig.add_subplot()
    else:
        parent = ax.figure
        # Axes of a subfigure: return the figure that holds it all.
        fig = parent if isinstance(parent, Figure) else parent.figure

    for y, row in enumerate(rows):
        xs = [p["article"] + p["position"] for p in row["points"]]
        ax.plot(
            xs,
            [y] * len(xs),
            linestyle="none",
            marker="|",
            markersize=14,
            markeredgewidth=1.2,
        )
    ax.set_yticks(
        list(range(len(rows))),
        labels=[f"{row['term']} ({len(row['points'])})" for row in rows],
    )
    ax.set_ylim(len(rows) - 0.5, -0.5)  # the first term on top
    ax.set_xlim(0, max(len(articles), 1))
    for k in range(1, len(articles)):
        ax.axvline(k, color="0.75", linewidth=0.8)
    ax.set_xticks(
        [k + 0.5 for k in range(len(articles))],
        labels=[f"article {a['id']}" for a in articles],
    )
    ax.set_xlabel("position within each article")
    ax.set_title("Lexical dispersion")
    return fig
