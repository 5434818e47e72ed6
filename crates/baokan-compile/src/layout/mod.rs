//! Layouts: how a source file lays out its articles, decided per file from evidence in
//! its lines, and the reader for each.
//!
//! Each layout is one module with one job: turn a file's lines into articles. To add
//! one, add a variant to [`Layout`](crate::model::Layout), a module here with an
//! `articles` function, its evidence in [`detect`], and a test file in `tests/`.

use crate::lines::RawLine;
use crate::model::{Article, Layout};

pub(crate) mod article_file;
pub(crate) mod page;

/// The layout chosen for a file and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decision {
    pub(crate) layout: Layout,
    /// The evidence, in words, stored in the pack.
    pub(crate) reason: String,
    /// False when the evidence fits no layout and the page layout was taken by default.
    pub(crate) certain: bool,
}

/// Share of body lines that must be indented for the article-file layout.
const INDENTED_SHARE: f64 = 0.8;

/// Decides a file's layout from its lines (after any front matter).
///
/// The article-file layout has headline slots (line 2 filled and not indented, lines 1
/// and 3 blank or not indented) and indented body lines from line 4 on. The page layout
/// has no indented lines and separates its blocks by blank lines. A file that shows
/// neither is read as a page, and `certain` is false.
pub(crate) fn detect(lines: &[RawLine<'_>]) -> Decision {
    let nonblank: Vec<&RawLine<'_>> = lines.iter().filter(|l| !l.is_blank()).collect();
    let slot = |i: usize| lines.get(i);
    let quiet = |l: Option<&RawLine<'_>>| l.is_none_or(|l| l.is_blank() || !l.is_indented());
    let slots = slot(1).is_some_and(|l| !l.is_blank() && !l.is_indented())
        && quiet(slot(0))
        && quiet(slot(2));
    let body: Vec<&RawLine<'_>> = lines.iter().skip(3).filter(|l| !l.is_blank()).collect();
    let indented = body.iter().filter(|l| l.is_indented()).count();
    let indented_anywhere = nonblank.iter().filter(|l| l.is_indented()).count();
    let after_blank = lines
        .windows(2)
        .filter(|w| w[0].is_blank() && !w[1].is_blank())
        .count();
    let rhythm = 2 * after_blank + 1 >= nonblank.len();
    let article =
        slots && (body.is_empty() || indented as f64 >= INDENTED_SHARE * body.len() as f64);
    let page = indented_anywhere == 0 && rhythm;
    let facts = format!(
        "{indented} of {} body lines indented; headline slots on lines 1-3 {}; {after_blank} of {} blocks after a blank line",
        body.len(),
        if slots { "filled" } else { "absent" },
        nonblank.len()
    );
    let (layout, certain) = match (article, page) {
        (true, false) => (Layout::ArticleFile, true),
        // Only a headline and no body: the slots decide.
        (true, true) => (Layout::ArticleFile, body.is_empty()),
        (false, true) => (Layout::Page, true),
        (false, false) => (Layout::Page, false),
    };
    let reason = if certain {
        format!("{}: {facts}", layout.as_str())
    } else {
        format!("page by default, evidence fits no layout: {facts}")
    };
    Decision {
        layout,
        reason,
        certain,
    }
}

/// Reads a file's lines as articles in the given layout.
pub(crate) fn articles(layout: Layout, lines: &[RawLine<'_>]) -> Vec<Article> {
    match layout {
        Layout::Page => page::articles(lines),
        Layout::ArticleFile => article_file::articles(lines),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::raw_lines;

    #[test]
    fn slots_and_indents_make_an_article_file() {
        let text =
            "引题\r\n主题（专栏）\r\n\r\n\u{3000}\u{3000}第一段。\r\n\u{3000}\u{3000}第二段。\r\n";
        let d = detect(&raw_lines(text));
        assert_eq!((d.layout, d.certain), (Layout::ArticleFile, true));
        assert!(
            d.reason
                .starts_with("article_file: 2 of 2 body lines indented")
        );
    }

    #[test]
    fn blank_line_rhythm_makes_a_page() {
        let text = "\n\n标题\n\n——副题\n\n新华社记者\n\n第一段,没有写完\n\n的句子。\n";
        let d = detect(&raw_lines(text));
        assert_eq!((d.layout, d.certain), (Layout::Page, true));
    }

    #[test]
    fn a_headline_alone_is_an_article_file() {
        let d = detect(&raw_lines("\r\n广告\r\n\r\n"));
        assert_eq!((d.layout, d.certain), (Layout::ArticleFile, true));
    }

    #[test]
    fn mixed_evidence_is_a_page_with_a_doubt() {
        let text = "标题\n正文一行。\n\u{3000}\u{3000}缩进的一行。\n没有缩进的一行。\n又一行。\n";
        let d = detect(&raw_lines(text));
        assert_eq!((d.layout, d.certain), (Layout::Page, false));
        assert!(d.reason.starts_with("page by default"));
    }
}
