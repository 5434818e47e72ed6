//! Shared code of the fuzz targets: walk every accessor of a corpus, run queries and
//! serialize items, so that any panic reachable from an opened pack shows up.
#![forbid(unsafe_code)]

use baokan::{Corpus, Item, KwicSort};

/// Serializes `v` to JSON, ignoring errors (an error is fine; a panic is not).
fn json<T: serde::Serialize + ?Sized>(v: &T) {
    let _ = serde_json::to_vec(v);
}

/// Calls every accessor of every item of `c`, finds every item by id, and serializes
/// everything that serializes.
pub fn walk(c: &Corpus<'_>) {
    let text = c.text();
    json(&c.stats());
    for f in c.files() {
        let _ = (
            f.index(),
            f.name(),
            f.date(),
            f.declared_source(),
            f.page(),
            f.lines(),
        );
        json(&f);
    }
    for a in c.articles() {
        let _ = (a.index(), a.id().to_string(), a.title(), a.title_span());
        let _ = (
            a.subtitle(),
            a.byline(),
            a.dateline(),
            a.date(),
            a.date_basis(),
        );
        let _ = (a.continued_from(), a.continued_to(), a.file().name());
        let _ = (
            a.text(),
            a.span(),
            a.char_span(),
            a.source(),
            a.source_lines(),
            a.raw(),
        );
        let _ = (
            a.sections().count(),
            a.paragraphs().count(),
            a.sentences().count(),
        );
        json(&a);
        let _ = c.find(&a.id().to_string());
    }
    for s in c.sections() {
        let _ = (
            s.index(),
            s.heading(),
            s.article().id(),
            s.paragraphs().len(),
        );
        let _ = (
            s.sentences().count(),
            s.text(),
            s.span(),
            s.char_span(),
            s.source(),
        );
        json(&s);
        let _ = c.find(&s.id().to_string());
    }
    for p in c.paragraphs() {
        let _ = (
            p.index(),
            p.kind(),
            p.text(),
            p.section().id(),
            p.article().id(),
        );
        let _ = (p.sentences().len(), p.span(), p.char_span(), p.source());
        for j in p.joins() {
            json(&j);
        }
        json(&p);
        let _ = c.find(&p.id().to_string());
    }
    for s in c.sentences() {
        let _ = (
            s.index(),
            s.text(),
            s.end(),
            s.paragraph().id(),
            s.section().id(),
        );
        let _ = (s.article().id(), s.span(), s.char_span(), s.source());
        json(&s);
        if let Ok(Item::Sentence(t)) = c.find(&s.id().to_string()) {
            let _ = t.text();
        }
    }
    // Offsets anywhere in the text, including inside chars and past the end (the arena's
    // byte length: `text` is empty when the arena is not UTF-8).
    let arena = c
        .tables()
        .find(|t| t.name() == "text")
        .map_or(0, |t| t.len as usize);
    for at in (0..=text.len().max(arena) + 1).step_by(7).take(512) {
        let _ = (c.source_at(at), c.char_at(at));
    }
    mentions(c);
}

fn mentions(c: &Corpus<'_>) {
    for f in c.figures() {
        let _ = (f.text(), f.span(), f.char_span(), f.source(), f.sentence());
        let _ = (
            f.value(),
            f.value_max(),
            f.unit(),
            f.multiplier(),
            f.approx(),
        );
        let _ = (
            f.numeral_form(),
            f.subject(),
            f.section().id(),
            f.article().id(),
        );
        json(&f);
    }
    for d in c.dates() {
        let _ = (d.text(), d.span(), d.char_span(), d.source(), d.sentence());
        let _ = (
            d.iso(),
            d.iso_end(),
            d.precision(),
            d.resolved_by(),
            d.paragraph().id(),
        );
        json(&d);
    }
    for t in c.citations() {
        let _ = (t.text(), t.span(), t.char_span(), t.source(), t.sentence());
        let _ = (
            t.title(),
            t.kind(),
            t.issuers().count(),
            t.action(),
            t.date(),
        );
        json(&t);
    }
    for q in c.quotes() {
        let _ = (q.text(), q.span(), q.char_span(), q.source(), q.sentence());
        let _ = (
            q.inner(),
            q.kind(),
            q.speaker(),
            q.speaker_title(),
            q.speaker_phrase(),
        );
        let _ = (q.opened_before(), q.closed_after());
        json(&q);
    }
    for e in c.entities() {
        let _ = (e.kind(), e.name(), e.admin_level());
        for m in e.mentions() {
            let _ = (m.text(), m.span(), m.char_span(), m.source(), m.sentence());
            let _ = (m.entity().name(), m.title(), m.article().id());
            json(&m);
        }
        json(&e);
    }
    for t in c.timeline() {
        let _ = t.sentence();
        json(&t);
    }
}

/// Counts and searches `needle` every way: plain, traditional-folded, regex (escaped
/// and raw), scoped to the first article, and as KWIC lines.
pub fn search(c: &Corpus<'_>, needle: &str) {
    let _ = c.count(needle);
    if let Ok(hits) = c.search(needle) {
        for h in hits.iter().take(64) {
            let _ = (h.text(), h.span(), h.char_span(), h.source(), h.sentence());
            let _ = (h.paragraph().id(), h.section().id(), h.article().id());
            let _ = (h.left(5), h.right(5));
            json(h);
        }
    }
    if let Ok(occ) = c.occurrences(needle) {
        let _ = occ.take(64).count();
    }
    let _ = c.query(needle).traditional(true).count();
    let _ = c.query(&regex_escape(needle)).regex(true).hits();
    let _ = c.query(needle).regex(true).count();
    let _ = c.query(needle).article("1").count();
    let _ = c.query(needle).within("1.1").hits();
    for sort in [KwicSort::Position, KwicSort::Left, KwicSort::Right] {
        if let Ok(lines) = c.query(needle).kwic(4, true, sort) {
            for l in lines.iter().take(16) {
                json(l);
            }
        }
    }
    let _ = c.dispersion(&[needle]);
}

/// The stats: n-grams, repeats, words, keywords and collocates.
pub fn stats(c: &Corpus<'_>) {
    let _ = c.ngrams(2, 10, true);
    let _ = c.ngrams(1, 10, false);
    json(&c.repeats(4, 2));
    json(&c.repeats(1, 2));
    let _ = c.keywords("1", 5);
    let _ = c.keywords("1.1", 5);
    let _ = c.dispersion_articles();
}

/// Word segmentation statistics (jieba): slower, so targets call it on small corpora.
pub fn words(c: &Corpus<'_>, node: &str) {
    json(&c.words(10, true));
    let _ = c.collocates(node, 2, 1, 5);
}

/// `s` with every regex metacharacter escaped.
fn regex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(ch) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Up to `n` substrings of `text` on char boundaries, picked by `seed` bytes.
pub fn substrings<'t>(text: &'t str, seed: &[u8], n: usize) -> Vec<&'t str> {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let mut out = Vec::new();
    if bounds.len() < 2 {
        return out;
    }
    for (k, pair) in seed.chunks(2).take(n).enumerate() {
        let a = usize::from(pair[0]) * 31 + k * 97;
        let len = 1 + usize::from(*pair.get(1).unwrap_or(&3)) % 6;
        let i = a % (bounds.len() - 1);
        let j = (i + len).min(bounds.len() - 1);
        out.push(&text[bounds[i]..bounds[j]]);
    }
    out
}
