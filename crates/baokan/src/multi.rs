//! Several packs read as one corpus: a month of newspapers compiled one pack per day,
//! or a year one pack per month.
//!
//! [`Corpora`] is a view over several [`Corpus`] views, each under a *label* (a pack
//! file's stem: `2019-02` for `2019-02.pack`). Its searches, counts, concordances,
//! statistics and mention lists fan out over the packs in parallel (rayon) and merge in
//! one documented order, the same whatever the thread count:
//!
//! - **pack order** is the order the packs were given in; a folder stands for its
//!   `*.pack` files sorted by file name ([`pack_paths`]);
//! - lists of hits, items and mentions run in pack order, each pack's part in its own
//!   order (text order, or first appearance for entities);
//! - sorted concordances and the timeline are sorted by their key (the context, the
//!   date), ties in pack order, then text order;
//! - counts and [`Stats`] are sums; n-gram and word tallies are summed by folded form,
//!   then ranked by count descending, then text ascending.
//!
//! So a corpus split into packs by file gives the same answers as one pack compiled
//! from the same files in the same order, with two exceptions stated where they
//! apply: reprints are found within a pack only ([`Article::duplicate_of`]), and an
//! entity named in two packs is listed once per pack.
//!
//! Ids are qualified by pack, `LABEL:ID` (`2019-02:17.3.2`); with a single pack an
//! unqualified id is accepted too. Every pack must be of the format version this
//! reader reads ([`baokan_pack::FORMAT_VERSION`]), whichever compiler version wrote it;
//! a pack of another version is refused with an error naming its file and version.
//!
//! ```
//! let one = baokan::corpus();
//! let set = baokan::Corpora::new([("a", one), ("b", one)])?;
//! assert_eq!(set.count("乡村振兴")?, 2 * one.count("乡村振兴")?);
//! let hits = set.search("经费保障制度")?;
//! assert_eq!(set.qualified(&hits[1], hits[1].item.paragraph().id()), "b:1.3.10");
//! assert_eq!(set.article("b:2")?.item.title(), one.article("2")?.title());
//! assert!(set.article("2").is_err()); // which pack?
//! # Ok::<(), baokan::Error>(())
//! ```

use std::fmt::Display;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::corpus::{Corpus, Item, Stats};
use crate::error::Error;
use crate::items::{Article, Paragraph, Section, Sentence};
use crate::mapped::CorpusFile;
use crate::mentions::{Citation, DateMention, Entity, Figure, Quote, TimelineEntry};
use crate::search::Level;
use crate::search::{Hit, KwicLine, KwicSort};
use crate::stats::{Gram, Tally, WordCount};

/// What separates a pack's label from an item id: `2019-02:17.3.2`.
pub const PACK_SEPARATOR: char = ':';

/// Something found in one pack of a [`Corpora`]: the pack's position and label, and
/// the thing. It serializes as the thing with a `pack` field (the label) in front.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct InPack<'a, T> {
    /// The pack's position in the corpora, from 0.
    pub pack: usize,
    /// The pack's label.
    pub label: &'a str,
    /// The thing found.
    pub item: T,
}

impl<T: Serialize> Serialize for InPack<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Flat<'x, T> {
            pack: &'x str,
            #[serde(flatten)]
            item: &'x T,
        }
        Flat {
            pack: self.label,
            item: &self.item,
        }
        .serialize(s)
    }
}

/// Several packs read as one corpus (see the [module](self) docs for the order of
/// every answer).
#[derive(Debug, Clone, yoke::Yokeable)]
pub struct Corpora<'a> {
    packs: Vec<(&'a str, Corpus<'a>)>,
}

impl<'a> Corpora<'a> {
    /// The corpora of these packs, in this order, each under its label. Labels must be
    /// unique, non-empty and free of [`PACK_SEPARATOR`]; there must be one pack at
    /// least.
    pub fn new(
        packs: impl IntoIterator<Item = (&'a str, Corpus<'a>)>,
    ) -> Result<Corpora<'a>, Error> {
        let packs: Vec<(&'a str, Corpus<'a>)> = packs.into_iter().collect();
        let bad = |reason: String| Error::BadArgument {
            what: "pack labels",
            reason,
        };
        if packs.is_empty() {
            return Err(bad("there is no pack: give one at least".to_string()));
        }
        for (i, (label, _)) in packs.iter().enumerate() {
            if label.is_empty() || label.contains(PACK_SEPARATOR) {
                return Err(bad(format!(
                    "{label:?} is not a label: a label is not empty and holds no {PACK_SEPARATOR:?}"
                )));
            }
            if packs[..i].iter().any(|(l, _)| l == label) {
                return Err(bad(format!(
                    "two packs are labelled {label:?}: rename one file"
                )));
            }
        }
        Ok(Corpora { packs })
    }

    /// Opens every pack `paths` name (files, and folders standing for their `*.pack`
    /// files, see [`pack_paths`]), memory-mapped and validated in parallel, each
    /// labelled by its file stem.
    ///
    /// A file that cannot be read is an [`Error::Io`], and one that is not a valid pack
    /// of this reader's format version an [`Error::PackFile`]; both name the file.
    pub fn open<P: AsRef<Path>>(paths: &[P]) -> Result<PackSet, Error> {
        let paths = pack_paths(paths)?;
        let files = paths
            .par_iter()
            .map(|p| {
                Corpus::open(p).map_err(|e| match e {
                    Error::Pack(source) => Error::PackFile {
                        path: p.clone(),
                        source,
                    },
                    e => e,
                })
            })
            .collect::<Result<Vec<CorpusFile>, Error>>()?;
        let labels: Vec<String> = paths.iter().map(|p| label_of(p)).collect();
        let set = PackSet { files, labels };
        // The labels are checked once here, so `PackSet::corpora` cannot fail.
        Corpora::new(set.members())?;
        Ok(set)
    }

    /// The same corpora, each pack counting each story once (see [`Corpus::unique`]).
    /// Reprints are found within a pack, not across packs.
    pub fn unique(self) -> Corpora<'a> {
        Corpora {
            packs: self
                .packs
                .into_iter()
                .map(|(l, c)| (l, c.unique()))
                .collect(),
        }
    }

    /// The number of packs.
    pub fn len(&self) -> usize {
        self.packs.len()
    }

    /// Always false: a `Corpora` holds one pack at least.
    pub fn is_empty(&self) -> bool {
        self.packs.is_empty()
    }

    /// The labels, in pack order.
    pub fn labels(&self) -> impl ExactSizeIterator<Item = &'a str> + '_ {
        self.packs.iter().map(|&(l, _)| l)
    }

    /// The packs and their labels, in pack order.
    pub fn packs(&self) -> impl ExactSizeIterator<Item = InPack<'a, Corpus<'a>>> + '_ {
        self.packs
            .iter()
            .enumerate()
            .map(|(pack, &(label, item))| InPack { pack, label, item })
    }

    /// The pack with this label.
    pub fn pack(&self, label: &str) -> Option<Corpus<'a>> {
        self.packs
            .iter()
            .find(|(l, _)| *l == label)
            .map(|&(_, c)| c)
    }

    /// `id` of an item of `found`'s pack as this corpora names it: `LABEL:ID`, or the
    /// bare id when there is one pack only (as a single [`Corpus`] names it).
    pub fn qualified<T>(&self, found: &InPack<'a, T>, id: impl Display) -> String {
        if self.packs.len() == 1 {
            id.to_string()
        } else {
            format!("{}{PACK_SEPARATOR}{id}", found.label)
        }
    }

    /// The pack a qualified id names and the id within it. With one pack, an
    /// unqualified id names an item of it; with more, it is an
    /// [`Error::UnqualifiedId`].
    pub fn resolve<'i>(&self, id: &'i str) -> Result<InPack<'a, &'i str>, Error> {
        let tag = |pack: usize, item| InPack {
            pack,
            label: self.packs[pack].0,
            item,
        };
        match id.trim().rsplit_once(PACK_SEPARATOR) {
            Some((label, local)) => match self.packs.iter().position(|(l, _)| *l == label) {
                Some(pack) => Ok(tag(pack, local)),
                None => Err(Error::UnknownPack {
                    label: label.to_string(),
                    labels: self.label_list(),
                }),
            },
            None if self.packs.len() == 1 => Ok(tag(0, id)),
            None => Err(Error::UnqualifiedId {
                id: id.to_string(),
                labels: self.label_list(),
            }),
        }
    }

    fn label_list(&self) -> String {
        self.labels().collect::<Vec<_>>().join(", ")
    }

    fn in_pack<T>(&self, pack: usize, item: T) -> InPack<'a, T> {
        InPack {
            pack,
            label: self.packs[pack].0,
            item,
        }
    }

    /// `f` of each pack, run on the packs in parallel, in pack order.
    fn each<T: Send>(&self, f: impl Fn(Corpus<'a>) -> T + Sync + Send) -> Vec<T> {
        self.packs.par_iter().map(|&(_, c)| f(c)).collect()
    }

    /// The item of any level with this qualified id (`2019-02:17.3`).
    pub fn find(&self, id: &str) -> Result<InPack<'a, Item<'a>>, Error> {
        let at = self.resolve(id)?;
        let item = self.packs[at.pack].1.find(at.item)?;
        Ok(self.in_pack(at.pack, item))
    }

    /// The article with this qualified id (`2019-02:17`).
    pub fn article(&self, id: &str) -> Result<InPack<'a, Article<'a>>, Error> {
        let at = self.resolve(id)?;
        Ok(self.in_pack(at.pack, self.packs[at.pack].1.article(at.item)?))
    }

    /// The section with this qualified id (`2019-02:17.3`).
    pub fn section(&self, id: &str) -> Result<InPack<'a, Section<'a>>, Error> {
        let at = self.resolve(id)?;
        Ok(self.in_pack(at.pack, self.packs[at.pack].1.section(at.item)?))
    }

    /// The paragraph with this qualified id (`2019-02:17.3.2`).
    pub fn paragraph(&self, id: &str) -> Result<InPack<'a, Paragraph<'a>>, Error> {
        let at = self.resolve(id)?;
        Ok(self.in_pack(at.pack, self.packs[at.pack].1.paragraph(at.item)?))
    }

    /// The sentence with this qualified id (`2019-02:17.3.2.1`).
    pub fn sentence(&self, id: &str) -> Result<InPack<'a, Sentence<'a>>, Error> {
        let at = self.resolve(id)?;
        Ok(self.in_pack(at.pack, self.packs[at.pack].1.sentence(at.item)?))
    }

    /// Every article, in pack order, then page order.
    pub fn articles(&self) -> impl Iterator<Item = InPack<'a, Article<'a>>> + '_ {
        (0..self.packs.len())
            .flat_map(move |i| self.packs[i].1.articles().map(move |a| self.in_pack(i, a)))
    }

    /// Counts of everything, summed over the packs (`pack_bytes` too).
    pub fn stats(&self) -> Stats {
        let sum = |a: Stats, b: Stats| Stats {
            files: a.files + b.files,
            articles: a.articles + b.articles,
            sections: a.sections + b.sections,
            paragraphs: a.paragraphs + b.paragraphs,
            sentences: a.sentences + b.sentences,
            joins: a.joins + b.joins,
            paragraph_chars: a.paragraph_chars + b.paragraph_chars,
            credits: a.credits + b.credits,
            reprints: a.reprints + b.reprints,
            pack_bytes: a.pack_bytes + b.pack_bytes,
        };
        let all = self.each(|c| c.stats());
        // A `Corpora` holds one pack at least, so there is a first.
        all.into_iter()
            .reduce(sum)
            .unwrap_or_else(|| self.packs[0].1.stats())
    }

    /// Occurrences of `query` in all packs (see [`Corpus::count`]).
    pub fn count(&self, query: &str) -> Result<usize, Error> {
        self.query(query).count()
    }

    /// Every occurrence of `query`, in pack order, then text order.
    pub fn search(&self, query: &str) -> Result<Vec<InPack<'a, Hit<'a>>>, Error> {
        self.query(query).hits()
    }

    /// A search over all packs, to refine before running it, as [`Corpus::query`].
    pub fn query<'c, 'q>(&'c self, pattern: &'q str) -> MultiQuery<'c, 'a, 'q> {
        MultiQuery {
            corpora: self,
            pattern,
            regex: false,
            traditional: false,
            scope: None,
        }
    }

    /// The `top` most frequent char n-grams over all packs (see [`Corpus::ngrams`]):
    /// each pack's counts summed by folded form, then by count descending, then text
    /// ascending. A gram's text is its spelling in the first pack that has it.
    pub fn ngrams(&self, n: usize, top: usize, skip_punct: bool) -> Result<Vec<Gram<'a>>, Error> {
        let lists = self.each(|c| c.ngrams(n, usize::MAX, skip_punct));
        let mut tally = Tally::default();
        for list in lists {
            for g in list? {
                tally.add_n(g.text, g.count);
            }
        }
        Ok(tally
            .into_top(top)
            .into_iter()
            .map(|(text, count)| Gram { text, count })
            .collect())
    }

    /// The `top` most frequent words over all packs (see [`Corpus::words`]), merged as
    /// [`Corpora::ngrams`] merges.
    pub fn words(&self, top: usize, skip_punct: bool) -> Vec<WordCount<'a>> {
        self.merged_words(top, |c| c.words(usize::MAX, skip_punct))
    }

    /// [`Corpora::words`] without stopwords (see [`Corpus::content_words`]).
    pub fn content_words(&self, top: usize, skip_punct: bool) -> Vec<WordCount<'a>> {
        self.merged_words(top, |c| c.content_words(usize::MAX, skip_punct))
    }

    fn merged_words(
        &self,
        top: usize,
        each: impl Fn(Corpus<'a>) -> Vec<WordCount<'a>> + Sync + Send,
    ) -> Vec<WordCount<'a>> {
        let mut tally = Tally::default();
        for list in self.each(each) {
            for w in list {
                tally.add_n(w.word, w.count);
            }
        }
        tally
            .into_top(top)
            .into_iter()
            .map(|(word, count)| WordCount { word, count })
            .collect()
    }

    /// Each term's hits per period over all packs (see [`Corpus::trend`]): hits, chars
    /// and articles summed per term and period, terms in the order given and periods in
    /// time order, as one pack of the same articles gives them.
    pub fn trend(
        &self,
        terms: &[&str],
        by: crate::Period,
    ) -> Result<Vec<crate::TrendPoint>, Error> {
        let mut merged: std::collections::BTreeMap<(usize, String), crate::TrendPoint> =
            std::collections::BTreeMap::new();
        for points in self.each(|c| c.trend(terms, by)) {
            for p in points? {
                let term = terms
                    .iter()
                    .position(|t| *t == p.term)
                    .unwrap_or(usize::MAX);
                let e =
                    merged
                        .entry((term, p.period.clone()))
                        .or_insert_with(|| crate::TrendPoint {
                            hits: 0,
                            articles: 0,
                            chars: 0,
                            ..p.clone()
                        });
                e.hits += p.hits;
                e.articles += p.articles;
                e.chars += p.chars;
            }
        }
        Ok(merged
            .into_values()
            .map(|mut p| {
                p.per_million = if p.chars == 0 {
                    0.0
                } else {
                    p.hits as f64 * 1e6 / p.chars as f64
                };
                p
            })
            .collect())
    }

    /// The word frequencies of the articles dated `from..=to`, summed over the packs
    /// (see [`Corpus::words_between`]).
    pub fn words_between(&self, from: crate::Date, to: crate::Date) -> crate::WordFreqs {
        let mut all = crate::WordFreqs::default();
        for f in self.each(|c| c.words_between(from, to)) {
            all.merge(f);
        }
        all
    }

    /// Every occurrence of `query` in the credit lines (see [`Corpus::credit_hits`]), in
    /// pack order, then article order.
    pub fn credit_hits(&self, query: &str) -> Result<Vec<InPack<'a, crate::CreditHit<'a>>>, Error> {
        let mut out = Vec::new();
        for (pack, found) in self.each(|c| c.credit_hits(query)).into_iter().enumerate() {
            out.extend(found?.into_iter().map(|x| self.in_pack(pack, x)));
        }
        Ok(out)
    }

    /// Every figure, in pack order, then text order.
    pub fn figures(&self) -> Vec<InPack<'a, Figure<'a>>> {
        self.listed(|c| c.figures().collect())
    }

    /// Every date mention, in pack order, then text order.
    pub fn dates(&self) -> Vec<InPack<'a, DateMention<'a>>> {
        self.listed(|c| c.dates().collect())
    }

    /// Every citation, in pack order, then text order.
    pub fn citations(&self) -> Vec<InPack<'a, Citation<'a>>> {
        self.listed(|c| c.citations().collect())
    }

    /// Every quotation, in pack order, then text order.
    pub fn quotes(&self) -> Vec<InPack<'a, Quote<'a>>> {
        self.listed(|c| c.quotes().collect())
    }

    /// Every named entity, in pack order, then order of first appearance. An entity
    /// named in several packs is listed once per pack, each with that pack's mentions.
    pub fn entities(&self) -> Vec<InPack<'a, Entity<'a>>> {
        self.listed(|c| c.entities().collect())
    }

    /// Every dated statement, in date order, then pack order, then text order: the
    /// order of [`Corpus::timeline`] over one pack of the same files.
    pub fn timeline(&self) -> Vec<InPack<'a, TimelineEntry<'a>>> {
        let mut all = self.listed(|c| c.timeline());
        // Stable: within one date, pack order and each pack's text order stay.
        all.sort_by(|a, b| a.item.date.iso().cmp(&b.item.date.iso()));
        all
    }

    /// The lists `f` makes of each pack (in parallel), joined in pack order.
    fn listed<T: Send>(
        &self,
        f: impl Fn(Corpus<'a>) -> Vec<T> + Sync + Send,
    ) -> Vec<InPack<'a, T>> {
        let mut out = Vec::new();
        for (pack, list) in self.each(f).into_iter().enumerate() {
            out.extend(list.into_iter().map(|x| self.in_pack(pack, x)));
        }
        out
    }
}

/// The label of a single corpus read as a [`Corpora`] of one pack.
pub const SINGLE_LABEL: &str = "corpus";

impl<'a> From<Corpus<'a>> for Corpora<'a> {
    /// One corpus as corpora of one pack, labelled [`SINGLE_LABEL`]: its ids stay bare.
    fn from(c: Corpus<'a>) -> Corpora<'a> {
        Corpora {
            packs: vec![(SINGLE_LABEL, c)],
        }
    }
}

/// A search over all packs of a [`Corpora`], set up as [`Query`](crate::Query) is.
/// A scope is a qualified id and limits the search to its pack.
#[derive(Debug, Clone)]
pub struct MultiQuery<'c, 'a, 'q> {
    corpora: &'c Corpora<'a>,
    pattern: &'q str,
    regex: bool,
    traditional: bool,
    scope: Option<(&'q str, Level)>,
}

impl<'c, 'a, 'q> MultiQuery<'c, 'a, 'q> {
    /// Only hits in this article (`"2019-02:2"`).
    pub fn article(mut self, id: &'q str) -> Self {
        self.scope = Some((id, Level::Article));
        self
    }

    /// Only hits in this section (`"2019-02:1.3"`).
    pub fn section(mut self, id: &'q str) -> Self {
        self.scope = Some((id, Level::Section));
        self
    }

    /// Only hits inside the item with this qualified id, of any level.
    pub fn within(mut self, id: &'q str) -> Self {
        self.scope = Some((id, Level::Any));
        self
    }

    /// Treat the pattern as a regular expression (see [`Query::regex`](crate::Query::regex)).
    pub fn regex(mut self, on: bool) -> Self {
        self.regex = on;
        self
    }

    /// Convert the pattern from traditional to simplified characters first.
    pub fn traditional(mut self, on: bool) -> Self {
        self.traditional = on;
        self
    }

    /// The packs to search, each with the query to run on it.
    fn plan(&self) -> Result<Vec<Option<crate::Query<'a, 'q>>>, Error> {
        let query = |c: Corpus<'a>| {
            c.query(self.pattern)
                .regex(self.regex)
                .traditional(self.traditional)
        };
        let Some((id, level)) = self.scope else {
            return Ok(self
                .corpora
                .packs
                .iter()
                .map(|&(_, c)| Some(query(c)))
                .collect());
        };
        let at = self.corpora.resolve(id)?;
        let c = self.corpora.packs[at.pack].1;
        let q = match level {
            Level::Article => query(c).article(at.item),
            Level::Section => query(c).section(at.item),
            Level::Any => query(c).within(at.item),
        };
        Ok((0..self.corpora.len())
            .map(|i| (i == at.pack).then(|| q.clone()))
            .collect())
    }

    /// `f` of each pack's query, in parallel, in pack order.
    fn each<T: Send>(
        &self,
        f: impl Fn(&crate::Query<'a, 'q>) -> Result<T, Error> + Sync + Send,
    ) -> Result<Vec<(usize, T)>, Error> {
        let plan = self.plan()?;
        let results: Vec<Option<Result<T, Error>>> =
            plan.par_iter().map(|q| q.as_ref().map(&f)).collect();
        let mut out = Vec::with_capacity(results.len());
        for (pack, r) in results.into_iter().enumerate() {
            if let Some(r) = r {
                out.push((pack, r?));
            }
        }
        Ok(out)
    }

    /// Number of hits in all packs.
    pub fn count(&self) -> Result<usize, Error> {
        Ok(self.each(|q| q.count())?.into_iter().map(|(_, n)| n).sum())
    }

    /// Every hit, in pack order, then text order.
    pub fn hits(&self) -> Result<Vec<InPack<'a, Hit<'a>>>, Error> {
        let mut out = Vec::new();
        for (pack, hits) in self.each(|q| q.hits())? {
            out.extend(hits.into_iter().map(|h| self.corpora.in_pack(pack, h)));
        }
        Ok(out)
    }

    /// Every hit as a concordance line (see [`Query::kwic`](crate::Query::kwic)), sorted
    /// by `sort`: by position, in pack order, then text order; by a context, by that
    /// context, ties in pack order, then text order.
    pub fn kwic(
        &self,
        width: usize,
        cross_paragraphs: bool,
        sort: KwicSort,
    ) -> Result<Vec<InPack<'a, KwicLine<'a>>>, Error> {
        let mut out = Vec::new();
        for (pack, lines) in self.each(|q| q.kwic(width, cross_paragraphs, sort))? {
            out.extend(lines.into_iter().map(|l| self.corpora.in_pack(pack, l)));
        }
        // Each pack's lines are sorted already; a stable sort by the key alone keeps
        // pack order, then text order, among equal keys.
        out.sort_by(|a, b| crate::search::kwic::cmp_key(&a.item, &b.item, sort));
        Ok(out)
    }
}

/// Packs opened from files, memory-mapped, with their labels: what [`Corpora::open`]
/// returns. [`PackSet::corpora`] hands out the view without checking the packs again.
#[derive(Debug)]
pub struct PackSet {
    files: Vec<CorpusFile>,
    labels: Vec<String>,
}

impl PackSet {
    fn members(&self) -> impl Iterator<Item = (&str, Corpus<'_>)> {
        self.labels
            .iter()
            .map(String::as_str)
            .zip(self.files.iter().map(CorpusFile::corpus))
    }

    /// The view over all packs.
    pub fn corpora(&self) -> Corpora<'_> {
        Corpora {
            packs: self.members().collect(),
        }
    }

    /// The pack files, in pack order.
    pub fn files(&self) -> &[CorpusFile] {
        &self.files
    }
}

/// The pack files `paths` stand for, in order: a file stands for itself, a folder for
/// the `*.pack` files directly in it, sorted by file name. A folder with no pack, or
/// one that cannot be listed, is an error naming it.
pub fn pack_paths<P: AsRef<Path>>(paths: &[P]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for path in paths {
        let path = path.as_ref();
        if !path.is_dir() {
            out.push(path.to_path_buf());
            continue;
        }
        let io = |source| Error::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut packs = Vec::new();
        for entry in std::fs::read_dir(path).map_err(io)? {
            let p = entry.map_err(io)?.path();
            if p.extension().is_some_and(|e| e == "pack") && p.is_file() {
                packs.push(p);
            }
        }
        if packs.is_empty() {
            return Err(io(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "the folder holds no *.pack file",
            )));
        }
        packs.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
        out.extend(packs);
    }
    Ok(out)
}

/// The label of a pack file: its file stem (`2019-02` for `packs/2019-02.pack`).
pub fn label_of(path: &Path) -> String {
    path.file_stem()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}
