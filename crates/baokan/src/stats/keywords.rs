//! Keywords: TF-IDF over jieba words and the corpus's repeated phrases, with sections
//! as documents.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use serde::Serialize;

use super::repeats::index_range;
use super::words::{Token, tokens};
use super::{Tally, folded, has_letter, is_punct_only};
use crate::corpus::{Corpus, Item};
use crate::error::Error;

/// The keyword measure of [`Corpus::keywords`], as named in its output.
pub const TF_IDF: &str = "tf-idf";

/// Shortest phrase, in chars, that [`Corpus::keywords`] takes from [`Corpus::repeats`].
pub(crate) const PHRASE_MIN_LEN: usize = 4;

/// A term of a document and its weight.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Keyword<'a> {
    /// The term: a jieba word or a repeated phrase, as it first occurs in the document.
    pub term: &'a str,
    /// Its weight: `tf × idf`, with `idf = ln((1 + N) / (1 + df)) + 1` for N documents.
    pub score: f64,
    /// Occurrences in the document.
    pub tf: usize,
    /// How many of the N documents it occurs in.
    pub df: usize,
    /// The measure: always [`TF_IDF`].
    pub measure: &'static str,
}

impl<'a> Corpus<'a> {
    /// The `top` terms that characterise an article or a section, by TF-IDF.
    ///
    /// **Documents.** The sections of the corpus are its documents: they are what a
    /// news page is made of, and an article has too few of them to stand against. For
    /// a section id, it is scored against all sections (itself included). For an
    /// article id, the article's text is one document, scored against the sections of
    /// the *other* articles, so that its own sections do not count against it.
    /// Paragraph text only: headings are not counted.
    ///
    /// **Terms.** (1) jieba words ([`segment`](crate::segment), HMM on) of at least two
    /// chars with a letter or ideograph, stopwords ([`STOPWORDS_ZH`](crate::STOPWORDS_ZH))
    /// left out; single chars are mostly particles (的, 和, 在) and numbers carry no topic. (2) The corpus's repeated phrases
    /// ([`Corpus::repeats`], at least 4 chars and 2 occurrences) that jieba cuts into
    /// several words and that start and end on word boundaries at every occurrence,
    /// with no punctuation inside. This is what lets slogans compete as terms:
    /// jieba's dictionary has no 乡村振兴 and cuts it into 乡村 + 振兴. Four chars is the
    /// shortest pair of two-char words, the shape of such compounds (基层治理, 疫情防控);
    /// word boundaries keep out fragments such as 城市基层党; the ban on punctuation
    /// keeps out clause pieces such as `5年来,各地`. A phrase and the words inside it
    /// are scored side by side, each by its own occurrences.
    ///
    /// **Weights.** `tf` is the raw count in the document (jieba tokens for a word,
    /// occurrences for a phrase, as [`Query::count`](crate::Query::count) would find
    /// them). `idf = ln((1 + N) / (1 + df)) + 1`, the smoothed idf of scikit-learn's
    /// `TfidfVectorizer`: a term in every document still weighs 1, and a corpus of one
    /// document still has keywords. Ties go to the higher `tf`, then to the term.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let top = c.keywords("1.3", 5)?;
    /// assert!(top.iter().any(|k| k.term == "乡村振兴"));
    /// assert!(top.iter().all(|k| k.measure == "tf-idf"));
    /// let k = top.iter().find(|k| k.term == "乡村振兴").unwrap();
    /// assert_eq!(k.tf, c.query("乡村振兴").section("1.3").count()?);
    /// assert_eq!(c.keywords("2", 1)?[0].term, "新区");
    /// assert!(c.keywords("1.3.1", 5).is_err());
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn keywords(&self, id: &str, top: usize) -> Result<Vec<Keyword<'a>>, Error> {
        let paragraphs = |first: Option<usize>, n: usize| {
            let first = first.unwrap_or(0);
            first..first + n
        };
        // Documents as paragraph ranges; the target is document 0.
        let docs: Vec<Range<usize>> = match self.find(id)? {
            Item::Section(s) => {
                let own = paragraphs(
                    s.paragraphs().next().map(|p| p.index()),
                    s.paragraphs().len(),
                );
                let others = self.sections().filter(|o| o.index() != s.index());
                std::iter::once(own)
                    .chain(others.map(|o| {
                        paragraphs(
                            o.paragraphs().next().map(|p| p.index()),
                            o.paragraphs().len(),
                        )
                    }))
                    .collect()
            }
            Item::Article(a) => {
                let own = paragraphs(
                    a.paragraphs().next().map(|p| p.index()),
                    a.paragraphs().len(),
                );
                let others = self.sections().filter(|s| s.article().index() != a.index());
                std::iter::once(own)
                    .chain(others.map(|o| {
                        paragraphs(
                            o.paragraphs().next().map(|p| p.index()),
                            o.paragraphs().len(),
                        )
                    }))
                    .collect()
            }
            _ => {
                return Err(Error::BadId {
                    id: id.to_string(),
                    reason: "an article or section id: keywords are for an article or a section, like 1 or 1.3",
                });
            }
        };
        let mut doc_of = vec![usize::MAX; self.pack.paragraphs().len()];
        for (d, range) in docs.iter().enumerate() {
            for p in range.clone() {
                if let Some(slot) = doc_of.get_mut(p) {
                    *slot = d;
                }
            }
        }
        let all: Vec<Vec<Token<'a>>> = self.paragraphs().map(|p| tokens(&p, false)).collect();
        let n = docs.len();
        let idf = |df: usize| ((1 + n) as f64 / (1 + df) as f64).ln() + 1.0;

        // Words: counts in the target, and the documents each word occurs in.
        let mut target = Tally::default();
        let mut seen: Vec<HashSet<Cow<'a, str>>> = vec![HashSet::new(); n];
        for (p, toks) in all.iter().enumerate() {
            let Some(&d) = doc_of.get(p).filter(|&&d| d < n) else {
                continue;
            };
            for t in toks.iter().filter(|t| is_word_term(t.text)) {
                if d == 0 {
                    target.add(t.text);
                }
                seen[d].insert(folded(t.text));
            }
        }
        let df = |key: &str| seen.iter().filter(|s| s.contains(key)).count();
        let mut out: Vec<Keyword<'a>> = target
            .into_top(usize::MAX)
            .into_iter()
            .map(|(term, tf)| {
                let df = df(folded(term).as_ref());
                Keyword {
                    term,
                    score: tf as f64 * idf(df),
                    tf,
                    df,
                    measure: TF_IDF,
                }
            })
            .collect();

        // Phrases: repeats that jieba splits, on word boundaries everywhere.
        let starts: HashSet<usize> = all.iter().flatten().map(|t| t.start).collect();
        let ends: HashSet<usize> = all.iter().flatten().map(|t| t.end).collect();
        let vocabulary: HashSet<Cow<'a, str>> =
            all.iter().flatten().map(|t| folded(t.text)).collect();
        let paras = self.pack.paragraphs();
        for r in self.repeats(PHRASE_MIN_LEN, 2) {
            if !r.text.chars().all(char::is_alphanumeric)
                || vocabulary.contains(folded(r.text).as_ref())
            {
                continue;
            }
            let mut per_doc: HashMap<usize, (usize, &'a str)> = HashMap::new();
            let mut aligned = true;
            for k in index_range(self, r.text) {
                let at32 = self.pack.suffixes().get(k).at;
                let at = at32 as usize;
                let len = self
                    .pack
                    .text_from(at32, r.len.saturating_add(1).saturating_mul(4))
                    .char_indices()
                    .nth(r.len)
                    .map_or(0, |(i, _)| i);
                if !starts.contains(&at) || !ends.contains(&(at + len)) {
                    aligned = false;
                    break;
                }
                let p = paras
                    .last_at_or_before_by(at as u32, |q| q.start)
                    .unwrap_or(0);
                let Some(&d) = doc_of.get(p).filter(|&&d| d < n) else {
                    continue;
                };
                let spelled = self
                    .pack
                    .text_get(at32, at32.saturating_add(len as u32))
                    .unwrap_or(r.text);
                per_doc.entry(d).or_insert((0, spelled)).0 += 1;
            }
            let Some(&(tf, term)) = per_doc.get(&0).filter(|_| aligned) else {
                continue;
            };
            let df = per_doc.len();
            out.push(Keyword {
                term,
                score: tf as f64 * idf(df),
                tf,
                df,
                measure: TF_IDF,
            });
        }

        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.tf.cmp(&a.tf))
                .then_with(|| a.term.cmp(b.term))
        });
        out.truncate(top);
        Ok(out)
    }
}

/// A jieba word that can be a keyword: two chars or more, with a letter or ideograph,
/// and not a stopword ([`STOPWORDS_ZH`](crate::STOPWORDS_ZH): 我们, 一个, 以及…).
fn is_word_term(word: &str) -> bool {
    word.chars().nth(1).is_some()
        && has_letter(word)
        && !is_punct_only(word)
        && !super::is_stopword(word)
}
