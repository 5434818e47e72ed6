//! Collocations: the words that keep company with a node word, by log-likelihood.

use serde::Serialize;

use super::words::{Token, tokens};
use super::{Tally, folded};
use crate::corpus::Corpus;
use crate::error::Error;

/// The association measure of [`Corpus::collocates`], as named in its output.
pub const LOG_LIKELIHOOD: &str = "log-likelihood";

/// A word that occurs near a node word, and how strongly.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Collocate<'a> {
    /// The collocate, as it first occurs in the corpus text.
    pub word: &'a str,
    /// Its tokens inside the windows around the node.
    pub joint: usize,
    /// Occurrences of the node.
    pub node_freq: usize,
    /// Its tokens in the whole corpus.
    pub word_freq: usize,
    /// Dunning's log-likelihood G² of the 2×2 table, signed: negative when the word is
    /// rarer near the node than elsewhere.
    pub score: f64,
    /// The association measure: always [`LOG_LIKELIHOOD`].
    pub measure: &'static str,
}

impl<'a> Corpus<'a> {
    /// The `top` words found within `window` words either side of `node`, with at least
    /// `min_freq` such co-occurrences (1 at the least), ranked by Dunning's
    /// log-likelihood (G²), strongest attraction first.
    ///
    /// Text is cut into words by [`segment`](crate::segment) (jieba, HMM on), paragraph by
    /// paragraph; punctuation tokens are dropped first, so windows count words only, and
    /// no window crosses a paragraph. Tokens compare by their folded form.
    ///
    /// The node is found as a jieba token. If it never is one (a phrase jieba splits,
    /// like 乡村振兴, or a fragment of a longer word), each occurrence of it as a
    /// substring stands in, and the tokens overlapping that span make up the node: its
    /// window is `window` tokens before the first of them and after the last.
    ///
    /// Counting: take every word token of the corpus except those of the node, N of
    /// them. A token is *inside* if it lies in some window (a token in two windows
    /// counts once), W of them. For a word with f of the N tokens (`word_freq`), a of
    /// them inside (`joint`), the 2×2 table is `[[a, W - a], [f - a, N - W - f + a]]`
    /// (rows: inside / outside the windows; columns: this word / any other) and
    /// G² = 2 Σ O·ln(O / E) over its cells, with E = row total × column total / N
    /// (Dunning 1993). `score` is G² signed: negative when a falls short of its
    /// expectation W·f / N, so words that avoid the node rank last. The node word
    /// itself is never its own collocate.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let near = c.collocates("基层", 3, 2, 10)?;
    /// let party = near.iter().find(|w| w.word == "党组织").unwrap();
    /// assert!(party.score > 0.0 && party.joint >= 2);
    /// assert_eq!(party.measure, "log-likelihood");
    /// assert!(near.windows(2).all(|w| w[0].score >= w[1].score));
    /// // 乡村振兴 is never one jieba token: its substring occurrences stand in.
    /// assert_eq!(c.collocates("乡村振兴", 2, 1, 5)?[0].node_freq, c.count("乡村振兴")?);
    /// assert!(c.collocates("基层", 0, 1, 5).is_err());
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn collocates(
        &self,
        node: &str,
        window: usize,
        min_freq: usize,
        top: usize,
    ) -> Result<Vec<Collocate<'a>>, Error> {
        if node.is_empty() {
            return Err(Error::EmptyQuery);
        }
        if window == 0 {
            return Err(Error::BadArgument {
                what: "window",
                reason: "it must be at least 1 word".to_string(),
            });
        }
        let paragraphs: Vec<Vec<Token<'a>>> = self.paragraphs().map(|p| tokens(&p, true)).collect();
        let key = folded(node);
        let as_token = paragraphs.iter().flatten().any(|t| folded(t.text) == key);
        // Each node occurrence as a range of token positions, per paragraph.
        let mut spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); paragraphs.len()];
        if as_token {
            for (p, toks) in paragraphs.iter().enumerate() {
                spans[p] = (0..toks.len())
                    .filter(|&i| folded(toks[i].text) == key)
                    .map(|i| (i, i + 1))
                    .collect();
            }
        } else {
            for hit in self.occurrences(node)? {
                let (p, from, to) = (hit.paragraph().index(), hit.span().start, hit.span().end);
                let Some(toks) = paragraphs.get(p) else {
                    continue;
                };
                let first = toks.partition_point(|t| t.end <= from);
                let last = toks.partition_point(|t| t.start < to);
                if first < last {
                    spans[p].push((first, last));
                }
            }
        }
        let node_freq: usize = spans.iter().map(Vec::len).sum();
        let mut corpus = Tally::default();
        let mut inside = Tally::default();
        let (mut n, mut w) = (0usize, 0usize);
        for (toks, spans) in paragraphs.iter().zip(&spans) {
            // 0: outside, 1: inside a window, 2: part of the node.
            let mut role = vec![0u8; toks.len()];
            for &(from, to) in spans {
                for r in &mut role[from.saturating_sub(window)..(to + window).min(toks.len())] {
                    *r = (*r).max(1);
                }
            }
            for &(from, to) in spans {
                role[from..to].fill(2);
            }
            for (t, &r) in toks.iter().zip(&role) {
                if r == 2 {
                    continue;
                }
                n += 1;
                corpus.add(t.text);
                if r == 1 {
                    w += 1;
                    inside.add(t.text);
                }
            }
        }
        let mut out: Vec<Collocate<'a>> = inside
            .into_top(usize::MAX)
            .into_iter()
            .filter(|&(word, a)| a >= min_freq.max(1) && folded(word) != key)
            .map(|(word, a)| {
                let f = corpus.get(word).max(a);
                let table = [a, w - a, f - a, (n - w).saturating_sub(f - a)];
                let g2 = log_likelihood(table);
                let expected = w as f64 * f as f64 / n.max(1) as f64;
                let score = if (a as f64) < expected { -g2 } else { g2 };
                Collocate {
                    word,
                    joint: a,
                    node_freq,
                    word_freq: f,
                    score,
                    measure: LOG_LIKELIHOOD,
                }
            })
            .collect();
        out.sort_by(|x, y| {
            y.score
                .total_cmp(&x.score)
                .then(y.joint.cmp(&x.joint))
                .then_with(|| x.word.cmp(y.word))
        });
        out.truncate(top);
        Ok(out)
    }
}

/// Dunning's log-likelihood ratio G² of a 2×2 contingency table `[a, b, c, d]` (rows:
/// inside a window / outside; columns: this word / any other word):
/// G² = 2 Σ O·ln(O / E), with E = row total × column total / N and 0·ln 0 = 0.
/// Always ≥ 0; 0 when the table shows no association at all.
pub(crate) fn log_likelihood([a, b, c, d]: [usize; 4]) -> f64 {
    let [a, b, c, d] = [a, b, c, d].map(|x| x as f64);
    let n = a + b + c + d;
    if n == 0.0 {
        return 0.0;
    }
    let term = |o: f64, row: f64, col: f64| {
        if o == 0.0 {
            0.0
        } else {
            o * (o * n / (row * col)).ln()
        }
    };
    let g2 = 2.0
        * (term(a, a + b, a + c)
            + term(b, a + b, b + d)
            + term(c, c + d, a + c)
            + term(d, c + d, b + d));
    g2.max(0.0)
}

#[cfg(test)]
mod tests {
    use super::log_likelihood;

    #[test]
    fn g2_matches_a_hand_computed_table() {
        // [[10, 20], [30, 940]], N = 1000. Row totals 30 and 970, column totals 40 and 960.
        // E = 1.2, 28.8, 38.8, 931.2.
        // G² = 2 (10 ln(10/1.2) + 20 ln(20/28.8) + 30 ln(30/38.8) + 940 ln(940/931.2))
        //    = 2 (21.2026 - 7.2929 - 7.7167 + 8.8415) = 2 × 15.0345 = 30.069.
        let g2 = log_likelihood([10, 20, 30, 940]);
        assert!((g2 - 30.069).abs() < 1e-3, "{g2}");
    }

    #[test]
    fn g2_is_zero_without_association_and_symmetric() {
        assert!(log_likelihood([5, 5, 5, 5]).abs() < 1e-12);
        assert!(log_likelihood([10, 90, 100, 900]).abs() < 1e-9);
        assert_eq!(log_likelihood([0, 0, 0, 0]), 0.0);
        let g = log_likelihood([3, 7, 11, 200]);
        assert!((g - log_likelihood([3, 11, 7, 200])).abs() < 1e-9);
        // Zero cells follow 0·ln 0 = 0.
        let one = log_likelihood([4, 0, 0, 4]);
        assert!((one - 2.0 * 8.0 * 2f64.ln()).abs() < 1e-9, "{one}");
    }
}
