//! Word segmentation (jieba) and word frequencies.

use std::sync::OnceLock;

use jieba_rs::Jieba;
use serde::Serialize;

use super::{Tally, is_punct_only};
use crate::corpus::Corpus;
use crate::items::Paragraph;

/// Whether jieba's HMM guesses words missing from its dictionary. On: names such as
/// 万鑫 or 郝家桥 come out whole instead of char by char, as in Python jieba's default.
pub(crate) const HMM: bool = true;

/// The one segmenter: loading jieba's dictionary takes about 100 ms, so it happens once
/// per process, on first use.
static JIEBA: OnceLock<Jieba> = OnceLock::new();

fn jieba() -> &'static Jieba {
    JIEBA.get_or_init(Jieba::new)
}

/// Segments `text` into words with jieba (default dictionary, HMM on for unknown
/// words), as [`Corpus::words`] does. Every token is a slice of `text` and the tokens
/// cover it exactly, punctuation and whitespace included.
///
/// jieba's dictionary does not hold every slogan: 乡村振兴 comes out as two words, which
/// is why [`Corpus::keywords`] adds the corpus's repeated phrases to its terms.
///
/// ```
/// assert_eq!(baokan::segment("抓党建促乡村振兴。"), ["抓", "党建", "促", "乡村", "振兴", "。"]);
/// assert_eq!(baokan::segment("").len(), 0);
/// ```
pub fn segment(text: &str) -> Vec<&str> {
    jieba().cut(text, HMM).into_iter().map(|t| t.word).collect()
}

/// A word and how often jieba finds it in the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct WordCount<'a> {
    /// The word, as it first occurs in the corpus text.
    pub word: &'a str,
    /// How many tokens of the corpus are this word (full-width and half-width forms
    /// folded together).
    pub count: usize,
}

/// A word token of the corpus: its text and its byte span in [`Corpus::text`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token<'a> {
    pub(crate) text: &'a str,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The tokens of one paragraph, in order; without punctuation-only tokens when
/// `skip_punct`.
pub(crate) fn tokens<'a>(p: &Paragraph<'a>, skip_punct: bool) -> Vec<Token<'a>> {
    let base = p.span().start;
    jieba()
        .cut(p.text(), HMM)
        .into_iter()
        .filter(|t| !(skip_punct && is_punct_only(t.word)))
        .map(|t| Token {
            text: t.word,
            start: base + t.byte_start,
            end: base + t.byte_end,
        })
        .collect()
}

impl<'a> Corpus<'a> {
    /// The `top` most frequent words of the paragraph text, by count descending, then
    /// word ascending.
    ///
    /// Each paragraph is segmented on its own by [`segment`] (jieba, HMM on). With
    /// `skip_punct`, tokens made only of punctuation, symbols or whitespace are left
    /// out; tokens with any letter, ideograph or digit are kept.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let top = c.words(5, true);
    /// assert_eq!(top[0].word, "的");
    /// assert!(top.iter().any(|w| w.word == "党建"));
    /// assert!(c.words(usize::MAX, false).iter().any(|w| w.word == ","));
    /// ```
    pub fn words(&self, top: usize, skip_punct: bool) -> Vec<WordCount<'a>> {
        self.words_where(top, skip_punct, |_| true)
    }

    /// [`Corpus::words`] without the function words of
    /// [`STOPWORDS_ZH`](crate::STOPWORDS_ZH) (的, 是, 我们…): the list the CLI's `words`
    /// prints unless `--keep-stopwords`.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let top = c.content_words(3, true);
    /// assert!(top.iter().all(|w| !baokan::is_stopword(w.word)));
    /// assert_eq!(top[0].word, "党建");
    /// ```
    pub fn content_words(&self, top: usize, skip_punct: bool) -> Vec<WordCount<'a>> {
        self.words_where(top, skip_punct, |w| !super::is_stopword(w))
    }

    fn words_where(
        &self,
        top: usize,
        skip_punct: bool,
        keep: impl Fn(&str) -> bool,
    ) -> Vec<WordCount<'a>> {
        let mut tally = Tally::default();
        for p in self.counted_paragraphs() {
            for t in tokens(&p, skip_punct) {
                if keep(t.text) {
                    tally.add(t.text);
                }
            }
        }
        tally
            .into_top(top)
            .into_iter()
            .map(|(word, count)| WordCount { word, count })
            .collect()
    }
}
