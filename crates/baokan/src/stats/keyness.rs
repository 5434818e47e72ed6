//! Keyness: the words that mark one sub-corpus against another, by log-likelihood.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use super::folded;
use super::words::tokens;
use crate::corpus::Corpus;
use baokan_pack::Date;

/// The Chinese stopword list of Stopwords ISO (MIT licence; see
/// `resources/stopwords-zh.LICENSE`): 794 function words, pronouns, numerals and
/// punctuation that word, keyword and keyness lists leave out unless asked.
pub const STOPWORDS_ZH: &str = include_str!("../../resources/stopwords-zh.txt");

/// Whether `word` is in [`STOPWORDS_ZH`] (compared folded).
///
/// ```
/// assert!(baokan::is_stopword("的") && baokan::is_stopword("我们"));
/// assert!(!baokan::is_stopword("春节"));
/// ```
pub fn is_stopword(word: &str) -> bool {
    static SET: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        STOPWORDS_ZH
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| folded(l).into_owned())
            .collect()
    })
    .contains(folded(word).as_ref())
}

/// Word frequencies of a sub-corpus: jieba tokens of its paragraphs, punctuation left
/// out, counted by folded form, with the total token count.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordFreqs {
    /// Each word's count, keyed by its folded form.
    pub counts: HashMap<String, usize>,
    /// All tokens counted (stopwords included): the sub-corpus's size.
    pub tokens: usize,
}

impl WordFreqs {
    /// Adds another sub-corpus's counts: for several packs.
    pub fn merge(&mut self, other: WordFreqs) {
        for (w, n) in other.counts {
            *self.counts.entry(w).or_default() += n;
        }
        self.tokens += other.tokens;
    }
}

/// How [`keyness`] ranks and filters.
#[derive(Debug, Clone, PartialEq)]
pub struct KeynessOptions {
    /// Least combined frequency (both sides) for a word to be ranked.
    pub min_freq: usize,
    /// Keep the words of [`STOPWORDS_ZH`].
    pub keep_stopwords: bool,
    /// How many words to return (both sides together, by G²).
    pub top: usize,
}

impl Default for KeynessOptions {
    fn default() -> Self {
        KeynessOptions {
            min_freq: 5,
            keep_stopwords: false,
            top: usize::MAX,
        }
    }
}

/// A word's keyness: how much more (or less) often it occurs in sub-corpus A than in B.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyWord {
    /// The word (folded form).
    pub word: String,
    /// Its frequency in A.
    pub a: usize,
    /// Its frequency in B.
    pub b: usize,
    /// Dunning's log-likelihood G² of the 2×2 table (the word against the rest, A
    /// against B): how sure the difference is. 3.84 is p < 0.05 with one degree of
    /// freedom, 10.83 is p < 0.001, 15.13 is p < 0.0001.
    pub g2: f64,
    /// Hardie's log ratio, log₂ of the relative frequency in A over that in B (a zero
    /// frequency counted as 0.5): how big the difference is; positive when the word
    /// marks A, each unit a doubling.
    pub log_ratio: f64,
}

/// A date range `FROM..TO` (both `YYYY-MM-DD`, inclusive), as `keyness` takes its parts.
///
/// ```
/// let (from, to) = baokan::date_range("2019-02-01..2019-02-14")?;
/// assert_eq!((from.day, to.day), (1, 14));
/// assert!(baokan::date_range("2019-02-14..2019-02-01").is_err());
/// assert!(baokan::date_range("2019-02").is_err());
/// # Ok::<(), baokan::Error>(())
/// ```
pub fn date_range(s: &str) -> Result<(Date, Date), crate::Error> {
    let bad = |reason: String| crate::Error::BadArgument {
        what: "date range",
        reason,
    };
    let (from, to) = s
        .split_once("..")
        .ok_or_else(|| bad(format!("{s:?} is not FROM..TO (2019-02-01..2019-02-14)")))?;
    let date = |d: &str| {
        d.trim()
            .parse::<Date>()
            .map_err(|e| bad(format!("{s:?}: {e}")))
    };
    let (from, to) = (date(from)?, date(to)?);
    if from > to {
        return Err(bad(format!("{s:?} ends before it starts")));
    }
    Ok((from, to))
}

/// The measure [`KeyWord::g2`] names.
pub const G2: &str = "log-likelihood";

/// The words of `a` and `b` ranked by G² (the largest first), each with both
/// frequencies and its log ratio: those with a positive log ratio mark A, the others B.
/// Words under `min_freq` (both sides together) and, by default, stopwords are left out.
///
/// ```
/// use baokan::{KeynessOptions, WordFreqs, keyness};
/// let side = |pairs: &[(&str, usize)], tokens| WordFreqs {
///     counts: pairs.iter().map(|&(w, n)| (w.to_string(), n)).collect(),
///     tokens,
/// };
/// let a = side(&[("春节", 40), ("会议", 10)], 1000);
/// let b = side(&[("春节", 2), ("会议", 12)], 1000);
/// let k = keyness(&a, &b, &KeynessOptions::default());
/// assert_eq!(k[0].word, "春节");
/// assert!(k[0].log_ratio > 4.0 && k[0].g2 > 40.0);
/// assert!(k[1].g2 < 1.0);
/// ```
pub fn keyness(a: &WordFreqs, b: &WordFreqs, options: &KeynessOptions) -> Vec<KeyWord> {
    let (c, d) = (a.tokens as f64, b.tokens as f64);
    let mut words: Vec<&String> = a.counts.keys().chain(b.counts.keys()).collect();
    words.sort_unstable();
    words.dedup();
    let mut out: Vec<KeyWord> = words
        .into_iter()
        .filter(|w| options.keep_stopwords || !is_stopword(w))
        .filter_map(|w| {
            let (x, y) = (
                a.counts.get(w).copied().unwrap_or(0),
                b.counts.get(w).copied().unwrap_or(0),
            );
            (x + y >= options.min_freq.max(1)).then(|| KeyWord {
                word: w.clone(),
                a: x,
                b: y,
                g2: g2(x as f64, y as f64, c, d),
                log_ratio: log_ratio(x as f64, y as f64, c, d),
            })
        })
        .collect();
    out.sort_by(|p, q| {
        q.g2.total_cmp(&p.g2)
            .then_with(|| q.log_ratio.abs().total_cmp(&p.log_ratio.abs()))
            .then_with(|| p.word.cmp(&q.word))
    });
    out.truncate(options.top);
    out
}

/// The `top` words of each side of a [`keyness`] ranking, in rank order: those that
/// mark A (a positive log ratio), labelled `"a"`, then those that mark B, labelled `"b"`.
///
/// ```
/// use baokan::{KeyWord, top_per_side};
/// let k = |word: &str, log_ratio| KeyWord { word: word.into(), a: 1, b: 1, g2: 1.0, log_ratio };
/// let ranked = [k("甲", 1.0), k("乙", -1.0), k("丙", 2.0)];
/// let sides: Vec<(&str, &str)> =
///     top_per_side(&ranked, 1).into_iter().map(|(s, w)| (s, w.word.as_str())).collect();
/// assert_eq!(sides, [("a", "甲"), ("b", "乙")]);
/// ```
pub fn top_per_side(ranked: &[KeyWord], top: usize) -> Vec<(&'static str, &KeyWord)> {
    let side = |positive: bool| {
        ranked
            .iter()
            .filter(move |k| (k.log_ratio > 0.0) == positive)
            .take(top)
    };
    side(true)
        .map(|k| ("a", k))
        .chain(side(false).map(|k| ("b", k)))
        .collect()
}

/// G² of a word seen `x` times in `c` tokens and `y` times in `d`.
fn g2(x: f64, y: f64, c: f64, d: f64) -> f64 {
    if c <= 0.0 || d <= 0.0 {
        return 0.0;
    }
    let (e1, e2) = (c * (x + y) / (c + d), d * (x + y) / (c + d));
    let term = |o: f64, e: f64| {
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    (2.0 * (term(x, e1) + term(y, e2))).max(0.0)
}

/// log₂ of the relative frequencies' ratio, zeros counted as 0.5.
fn log_ratio(x: f64, y: f64, c: f64, d: f64) -> f64 {
    if c <= 0.0 || d <= 0.0 {
        return 0.0;
    }
    ((x.max(0.5) / c) / (y.max(0.5) / d)).log2()
}

impl Corpus<'_> {
    /// The word frequencies of the articles dated `from..=to` (see [`WordFreqs`]); in a
    /// [`Corpus::unique`] view, reprints are left out.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let d = |m, day| baokan::Date::new(2022, m, day).unwrap();
    /// let f = c.words_between(d(10, 1), d(10, 31));
    /// assert_eq!(f.counts["党建"], c.words(usize::MAX, true).iter().find(|w| w.word == "党建").unwrap().count);
    /// assert_eq!(c.words_between(d(11, 1), d(11, 30)).tokens, 0);
    /// ```
    pub fn words_between(&self, from: Date, to: Date) -> WordFreqs {
        self.word_freqs(|a| a.date().is_some_and(|d| (from..=to).contains(&d)))
    }

    /// The word frequencies of the whole corpus (see [`WordFreqs`]).
    pub fn word_freqs_all(&self) -> WordFreqs {
        self.word_freqs(|_| true)
    }

    fn word_freqs(&self, keep: impl Fn(&crate::Article<'_>) -> bool) -> WordFreqs {
        let mut f = WordFreqs::default();
        for a in self.articles() {
            if !keep(&a) || (self.unique && a.duplicate_of().is_some()) {
                continue;
            }
            for p in a.paragraphs() {
                for t in tokens(&p, true) {
                    *f.counts.entry(folded(t.text).into_owned()).or_default() += 1;
                    f.tokens += 1;
                }
            }
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// G² against a hand computation: 40 of 1000 against 2 of 1000.
    #[test]
    fn g2_matches_a_hand_computation() {
        let e = 21.0;
        let want = 2.0 * (40.0 * (40.0_f64 / e).ln() + 2.0 * (2.0_f64 / e).ln());
        assert!((g2(40.0, 2.0, 1000.0, 1000.0) - want).abs() < 1e-9);
        assert_eq!(g2(5.0, 5.0, 100.0, 100.0), 0.0);
        assert_eq!(g2(0.0, 0.0, 0.0, 100.0), 0.0);
        assert!((log_ratio(8.0, 0.0, 100.0, 100.0) - 4.0).abs() < 1e-9);
        assert!(STOPWORDS_ZH.lines().count() > 700);
    }
}
