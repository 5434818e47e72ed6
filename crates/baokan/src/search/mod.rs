//! Search: exact substring lookups in the pack's suffix array (with full-width /
//! half-width folding), an opt-in traditional → simplified fold, regular expressions,
//! filters by article or section, and KWIC concordances.

mod credits;
mod dispersion;
mod hit;
mod index;
pub(crate) mod kwic;
mod traditional;

use std::borrow::Cow;
use std::ops::Range;

pub use credits::CreditHit;
pub use dispersion::{Dispersion, DispersionArticle, DispersionPoint};
pub use hit::Hit;
pub use kwic::{KwicLine, KwicSort};
pub use traditional::to_simplified;

use crate::corpus::{Corpus, Item};
use crate::error::Error;

/// The longest query accepted, in chars.
pub const MAX_QUERY_CHARS: usize = 256;

/// A search being set up: the pattern, its mode and its scope.
///
/// ```
/// let c = baokan::corpus();
/// assert_eq!(c.query("乡村振兴").count()?, c.count("乡村振兴")?);
/// let in_rural = c.query("乡村振兴").section("1.3").count()?;
/// let in_article_2 = c.query("乡村振兴").article("2").count()?;
/// assert!(in_rural > 10);
/// assert_eq!(in_article_2, 0);
/// assert_eq!(c.query("鄉村振興").traditional(true).count()?, c.count("乡村振兴")?);
/// assert_eq!(c.query(r"\d+家").regex(true).hits()?[0].text(), "3家");
/// # Ok::<(), baokan::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Query<'a, 'q> {
    corpus: Corpus<'a>,
    pattern: &'q str,
    regex: bool,
    traditional: bool,
    scope: Option<(&'q str, Level)>,
}

/// Which level a scope id must name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    Article,
    Section,
    Any,
}

impl<'a> Corpus<'a> {
    /// Number of occurrences of `query` in the paragraph text, folding full-width and
    /// half-width forms. Two binary searches in the index; allocates nothing.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// assert_eq!(c.count("党委(党组)")?, c.count("党委（党组）")?);
    /// assert!(c.count("党委（党组）")? >= 3);
    /// assert!(c.count("").is_err());
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn count(&self, query: &str) -> Result<usize, Error> {
        check(query)?;
        if self.unique {
            let c = *self;
            return Ok(self
                .occurrences(query)?
                .filter(|h| c.counts_paragraph(h.paragraph))
                .count());
        }
        Ok(index::range(self, query).len())
    }

    /// Every occurrence of `query` in the paragraph text, in text order.
    pub fn search(&self, query: &str) -> Result<Vec<Hit<'a>>, Error> {
        self.query(query).hits()
    }

    /// Every occurrence of `query`, in index order (not text order), with no allocation
    /// at all: for counting by article, or streaming.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let in_article_1 = c.occurrences("基层")?.filter(|h| h.article().index() == 0).count();
    /// assert_eq!(in_article_1, c.query("基层").article("1").count()?);
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn occurrences(
        &self,
        query: &str,
    ) -> Result<impl ExactSizeIterator<Item = Hit<'a>> + use<'a>, Error> {
        check(query)?;
        let c = *self;
        let chars = query.chars().count();
        Ok(index::range(self, query)
            .map(move |i| hit_at(c, c.pack.suffixes().get(i).at as usize, chars)))
    }

    /// A search to refine with filters and modes before running it.
    pub fn query<'q>(&self, pattern: &'q str) -> Query<'a, 'q> {
        Query {
            corpus: *self,
            pattern,
            regex: false,
            traditional: false,
            scope: None,
        }
    }
}

fn check(query: &str) -> Result<(), Error> {
    let chars = query.chars().count();
    if chars == 0 {
        return Err(Error::EmptyQuery);
    }
    if chars > MAX_QUERY_CHARS {
        return Err(Error::QueryTooLong {
            chars,
            limit: MAX_QUERY_CHARS,
        });
    }
    if query.chars().any(char::is_control) {
        return Err(Error::BadQuery {
            reason: "it holds a line break or control char, and paragraphs hold none",
        });
    }
    Ok(())
}

/// The hit of `chars` chars at byte `at`, in the paragraph that holds it.
fn hit_at(c: Corpus<'_>, at: usize, chars: usize) -> Hit<'_> {
    let paras = c.pack.paragraphs();
    let paragraph = paras
        .last_at_or_before_by(at as u32, |p| p.start)
        .unwrap_or(0);
    let end = at + index::byte_len(&c, at as u32, chars);
    Hit {
        c,
        paragraph,
        start: at as u32,
        end: end as u32,
    }
}

impl<'a, 'q> Query<'a, 'q> {
    /// Only hits in this article (`"2"`).
    pub fn article(mut self, id: &'q str) -> Self {
        self.scope = Some((id, Level::Article));
        self
    }

    /// Only hits in this section (`"1.3"`).
    pub fn section(mut self, id: &'q str) -> Self {
        self.scope = Some((id, Level::Section));
        self
    }

    /// Only hits inside the item with this id, of any level.
    pub fn within(mut self, id: &'q str) -> Self {
        self.scope = Some((id, Level::Any));
        self
    }

    /// Treat the pattern as a regular expression (the `regex` crate's syntax), scanned
    /// over each paragraph. No folding applies.
    pub fn regex(mut self, on: bool) -> Self {
        self.regex = on;
        self
    }

    /// Convert the pattern from traditional to simplified characters first.
    pub fn traditional(mut self, on: bool) -> Self {
        self.traditional = on;
        self
    }

    /// The paragraph index range the scope allows.
    fn paragraphs(&self) -> Result<Range<usize>, Error> {
        let all = 0..self.corpus.pack.paragraphs().len();
        let Some((id, level)) = self.scope else {
            return Ok(all);
        };
        let range = |first: usize, n: usize| first..first + n;
        let item = match level {
            Level::Article => Item::Article(self.corpus.article(id)?),
            Level::Section => Item::Section(self.corpus.section(id)?),
            Level::Any => self.corpus.find(id)?,
        };
        Ok(match item {
            Item::Article(a) => {
                let ps = a.paragraphs();
                range(ps.clone().next().map_or(0, |p| p.index()), ps.len())
            }
            Item::Section(s) => {
                let ps = s.paragraphs();
                range(ps.clone().next().map_or(0, |p| p.index()), ps.len())
            }
            Item::Paragraph(p) => range(p.index(), 1),
            Item::Sentence(s) => range(s.paragraph().index(), 1),
        })
    }

    fn pattern(&self) -> Result<Cow<'q, str>, Error> {
        if self.traditional {
            Ok(Cow::Owned(to_simplified(self.pattern)?))
        } else {
            Ok(Cow::Borrowed(self.pattern))
        }
    }

    /// Number of hits.
    pub fn count(&self) -> Result<usize, Error> {
        let scope = self.paragraphs()?;
        let pattern = self.pattern()?;
        if self.regex {
            return Ok(self.regex_hits(&pattern, scope)?.len());
        }
        if scope.len() == self.corpus.pack.paragraphs().len() {
            return self.corpus.count(&pattern);
        }
        let c = self.corpus;
        Ok(self
            .corpus
            .occurrences(&pattern)?
            .filter(|h| scope.contains(&h.paragraph) && c.counts_paragraph(h.paragraph))
            .count())
    }

    /// Every hit, in text order.
    pub fn hits(&self) -> Result<Vec<Hit<'a>>, Error> {
        let scope = self.paragraphs()?;
        let pattern = self.pattern()?;
        if self.regex {
            return self.regex_hits(&pattern, scope);
        }
        check(&pattern)?;
        let c = self.corpus;
        // Offsets come out of the index in suffix order: sort them, then meet the
        // paragraphs in one forward walk instead of a binary search per hit.
        let range = index::range(&c, &pattern);
        let mut starts: Vec<u32> = Vec::with_capacity(range.len());
        starts.extend(range.map(|i| c.pack.suffixes().get(i).at));
        starts.sort_unstable();
        let chars = pattern.chars().count();
        let paras = c.pack.paragraphs();
        let mut p = starts
            .first()
            .and_then(|&at| paras.last_at_or_before_by(at, |q| q.start))
            .unwrap_or(0);
        let mut hits = Vec::with_capacity(starts.len());
        for at in starts {
            while p + 1 < paras.len() && paras.get(p + 1).start <= at {
                p += 1;
            }
            if scope.contains(&p) && c.counts_paragraph(p) {
                let end = at as usize + index::byte_len(&c, at, chars);
                hits.push(Hit {
                    c,
                    paragraph: p,
                    start: at,
                    end: end as u32,
                });
            }
        }
        Ok(hits)
    }

    /// Every hit as a concordance line with `width` chars of context each side, sorted.
    pub fn kwic(
        &self,
        width: usize,
        cross_paragraphs: bool,
        sort: KwicSort,
    ) -> Result<Vec<KwicLine<'a>>, Error> {
        let mut lines: Vec<KwicLine<'a>> = self
            .hits()?
            .into_iter()
            .map(|h| KwicLine::new(h, width, cross_paragraphs))
            .collect();
        kwic::sort(&mut lines, sort);
        Ok(lines)
    }

    fn regex_hits(&self, pattern: &str, scope: Range<usize>) -> Result<Vec<Hit<'a>>, Error> {
        if pattern.is_empty() {
            return Err(Error::EmptyQuery);
        }
        let re = regex::RegexBuilder::new(pattern)
            .size_limit(1 << 22)
            .build()
            .map_err(|e| Error::Regex(e.to_string()))?;
        let c = self.corpus;
        let mut out = Vec::new();
        for i in scope.filter(|&i| c.counts_paragraph(i)) {
            let p = c.pack.paragraphs().get(i);
            let text = c.pack.text_at(p.start, p.end);
            for m in re.find_iter(text).filter(|m| !m.is_empty()) {
                out.push(Hit {
                    c,
                    paragraph: i,
                    start: p.start + m.start() as u32,
                    end: p.start + m.end() as u32,
                });
            }
        }
        Ok(out)
    }
}
