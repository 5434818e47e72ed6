//! Char n-grams.

use serde::Serialize;

use super::Tally;
use crate::corpus::Corpus;
use crate::error::Error;

/// The longest n-gram [`Corpus::ngrams`] counts, in chars.
pub const MAX_NGRAM: usize = 8;

/// A char n-gram and how often it occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Gram<'a> {
    /// The n-gram, as it first occurs in the corpus text.
    pub text: &'a str,
    /// Occurrences in paragraph text (full-width and half-width forms folded together,
    /// overlapping occurrences counted), so `count == corpus.count(text)`.
    pub count: usize,
}

impl<'a> Corpus<'a> {
    /// The `top` most frequent char n-grams of length `n` (1 to [`MAX_NGRAM`]) in the
    /// paragraph text, by count descending, then text ascending.
    ///
    /// N-grams never cross a paragraph boundary. They are counted by their folded form,
    /// as the index counts them, so every count equals [`Corpus::count`] of its text.
    /// With `skip_punct`, n-grams holding any char that is not alphanumeric
    /// (punctuation, symbols, whitespace) are left out; CJK ideographs count as letters.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let top = c.ngrams(2, 5, true)?;
    /// assert_eq!((top[0].text, top[0].count), ("组织", 87));
    /// assert!(top.iter().all(|g| g.count == c.count(g.text).unwrap()));
    /// assert!(c.ngrams(2, 50, true)?.iter().all(|g| g.text.chars().all(char::is_alphanumeric)));
    /// assert!(c.ngrams(9, 5, true).is_err());
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn ngrams(&self, n: usize, top: usize, skip_punct: bool) -> Result<Vec<Gram<'a>>, Error> {
        if !(1..=MAX_NGRAM).contains(&n) {
            return Err(Error::BadArgument {
                what: "n-gram length",
                reason: format!("n is {n}; it must be 1 to {MAX_NGRAM}"),
            });
        }
        let mut tally = Tally::default();
        let mut starts: Vec<usize> = Vec::new();
        for p in self.counted_paragraphs() {
            let text = p.text();
            starts.clear();
            starts.extend(text.char_indices().map(|(i, _)| i));
            starts.push(text.len());
            for w in starts.windows(n + 1) {
                let (Some(&from), Some(&to)) = (w.first(), w.last()) else {
                    continue;
                };
                let gram = text.get(from..to).unwrap_or_default();
                if skip_punct && !gram.chars().all(char::is_alphanumeric) {
                    continue;
                }
                tally.add(gram);
            }
        }
        Ok(tally
            .into_top(top)
            .into_iter()
            .map(|(text, count)| Gram { text, count })
            .collect())
    }
}
