"""List every section heading of the embedded corpus with its article and size.

One tab-separated line per section: the section id, its heading ("(lead)" for an
article's untitled opening), the number of paragraphs under it, where it starts in the
source, and its article's title. Pipe it to `sort -k3 -n -t` plus a tab to find the
longest sections, or to `cut -f2` for a bare outline.

    pip install ./python && python examples/headings.py
"""

import signal

import baokan


def main() -> int:
    # Die quietly when the reader of the pipe (head, less) has seen enough.
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    c = baokan.corpus()
    print("section\theading\tparagraphs\tsource\tarticle")
    for article in c.articles:
        title = article.title or "(untitled)"
        for section in article.sections:
            heading = section.heading or "(lead)"
            print(f"{section.id}\t{heading}\t{len(section.paragraphs)}\t{section.source}\t{title}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
