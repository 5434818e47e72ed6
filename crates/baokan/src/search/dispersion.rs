//! Dispersion: where each term falls across the corpus, article by article.

use serde::Serialize;

use crate::corpus::Corpus;
use crate::error::Error;

/// One occurrence of a term, placed within its article.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DispersionPoint {
    /// Index of the article (0-based; its id is `article + 1`).
    pub article: usize,
    /// Char offset of the occurrence in the corpus text.
    pub char_offset: usize,
    /// Position within the article's text, from 0.0 (start) to 1.0 (end).
    pub position: f64,
}

/// Every occurrence of one term, in text order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dispersion {
    /// The term as asked.
    pub term: String,
    /// Its occurrences.
    pub points: Vec<DispersionPoint>,
}

/// The articles' extents, for drawing the plot's rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DispersionArticle {
    /// The article id.
    pub id: String,
    /// Its title.
    pub title: Option<String>,
    /// Its length in chars.
    pub chars: usize,
}

impl<'a> Corpus<'a> {
    /// Where each of `terms` occurs, as relative positions within the articles: the
    /// data of a lexical dispersion plot.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let d = c.dispersion(&["党建", "乡村振兴"])?;
    /// assert_eq!(d[1].points.len(), c.count("乡村振兴")?);
    /// assert!(d[1].points.iter().all(|p| p.article == 0 && (0.0..=1.0).contains(&p.position)));
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn dispersion(&self, terms: &[&str]) -> Result<Vec<Dispersion>, Error> {
        terms
            .iter()
            .map(|term| {
                let points = self
                    .search(term)?
                    .into_iter()
                    .map(|h| {
                        let a = h.article();
                        let span = a.char_span();
                        let at = h.char_span().start;
                        let position = if span.is_empty() {
                            0.0
                        } else {
                            at.saturating_sub(span.start) as f64 / span.len() as f64
                        };
                        DispersionPoint {
                            article: a.index(),
                            char_offset: at,
                            position,
                        }
                    })
                    .collect();
                Ok(Dispersion {
                    term: term.to_string(),
                    points,
                })
            })
            .collect()
    }

    /// The articles as rows of a dispersion plot.
    pub fn dispersion_articles(&self) -> Vec<DispersionArticle> {
        self.articles()
            .map(|a| DispersionArticle {
                id: a.id().to_string(),
                title: a.title().map(str::to_string),
                chars: a.char_span().len(),
            })
            .collect()
    }
}
