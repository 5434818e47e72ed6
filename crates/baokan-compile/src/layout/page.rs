//! The page layout: a printed page as plain text. Blocks are separated by blank lines,
//! a page may hold several articles, page breaks split paragraphs (repaired here, with
//! the place of each join kept), and datelines may close an article.

use crate::lines::RawLine;
use crate::model::Article;

/// Reads a page's lines as articles.
pub(crate) fn articles(lines: &[RawLine<'_>]) -> Vec<Article> {
    let blocks = lines
        .iter()
        .filter(|l| !l.is_blank())
        .map(RawLine::located)
        .collect();
    crate::structure::articles(crate::repair::join_broken(blocks))
}
