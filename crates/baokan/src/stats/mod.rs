//! Corpus statistics over paragraph text (after page-break repair): char n-grams, word
//! frequencies, collocations, keywords and repeated phrases.
//!
//! These are analysis queries: unlike the accessors they build hash maps and vectors.
//! All of them see the same text as [`Corpus::count`]: paragraph text only (no titles,
//! headings or markers), with full-width and half-width forms folded together (see
//! `baokan_pack::collation::fold`), and none of them ever reaches across a paragraph
//! boundary.
//!
//! | method | unit | measure |
//! |---|---|---|
//! | [`Corpus::ngrams`] | chars, n = 1..=8 | raw count |
//! | [`Corpus::words`], [`segment`] | jieba words (HMM on) | raw count |
//! | [`Corpus::collocates`] | jieba words in a ± window | `"log-likelihood"` (Dunning's G²) |
//! | [`Corpus::keywords`] | words and repeated phrases, sections as documents | `"tf-idf"` |
//! | [`Corpus::repeats`] | maximal repeats from the suffix array | raw count |
//!
//! ```
//! let c = baokan::corpus();
//! let top = &c.ngrams(4, 1, true)?[0];
//! assert_eq!(top.count, c.count(top.text)?);
//! assert_eq!(c.words(1, true)[0].word, "的");
//! # Ok::<(), baokan::Error>(())
//! ```

mod collocations;
mod keyness;
mod keywords;
mod ngrams;
mod repeats;
mod trend;
mod words;

use std::borrow::Cow;
use std::collections::HashMap;

use baokan_pack::collation::fold;

pub use collocations::{Collocate, LOG_LIKELIHOOD};
pub use keyness::{
    G2, KeyWord, KeynessOptions, STOPWORDS_ZH, WordFreqs, date_range, is_stopword, keyness,
    top_per_side,
};
pub use keywords::{Keyword, TF_IDF};
pub use ngrams::{Gram, MAX_NGRAM};
pub use repeats::Repeat;
pub use trend::{Period, TrendPoint};
pub use words::{WordCount, segment};

/// True for a char that is not a letter, an ideograph or a digit: punctuation, symbols
/// and whitespace.
pub(crate) fn is_punct(ch: char) -> bool {
    !ch.is_alphanumeric()
}

/// True for a string made only of punctuation, symbols and whitespace.
pub(crate) fn is_punct_only(s: &str) -> bool {
    s.chars().all(is_punct)
}

/// True for a string with at least one letter or ideograph (not only digits and
/// punctuation).
pub(crate) fn has_letter(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
}

/// `s` folded as the search index folds it; borrowed when folding changes nothing.
pub(crate) fn folded(s: &str) -> Cow<'_, str> {
    if s.chars().all(|ch| fold(ch) == ch) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().map(fold).collect())
    }
}

/// Counts strings by their folded form, remembering the first spelling seen.
#[derive(Default)]
pub(crate) struct Tally<'a> {
    map: HashMap<Cow<'a, str>, (usize, &'a str)>,
}

impl<'a> Tally<'a> {
    pub(crate) fn add(&mut self, s: &'a str) {
        self.add_n(s, 1);
    }

    /// Adds `n` to the count of `s`: for merging the tallies of several packs.
    pub(crate) fn add_n(&mut self, s: &'a str, n: usize) {
        self.map.entry(folded(s)).or_insert((0, s)).0 += n;
    }

    /// Count of `s`, folded.
    pub(crate) fn get(&self, s: &str) -> usize {
        self.map.get(folded(s).as_ref()).map_or(0, |&(n, _)| n)
    }

    /// The `top` most frequent strings with their counts: count descending, then text
    /// ascending, so the order is deterministic.
    pub(crate) fn into_top(self, top: usize) -> Vec<(&'a str, usize)> {
        let mut v: Vec<(&'a str, usize)> = self.map.into_values().map(|(n, s)| (s, n)).collect();
        v.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        v.truncate(top);
        v
    }
}
