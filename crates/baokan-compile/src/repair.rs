//! Page-break repair: a paragraph that a page break cut in two, often mid-word
//! (书|记, 保障|制度, 哈尔|滨), is joined back into one.
//!
//! A block is *open* when it is running text (not a heading, dateline, marker, subtitle,
//! list dash or ellipsis) and its last char does not close a paragraph. An open block is
//! joined with the next block when that block can continue running text: it is not a
//! structural line and does not look like a heading. The pieces are kept apart in the
//! result so the join, and each piece's source position, survive into the pack.

use crate::classify::{
    closing_dateline, continued_from, is_closing, is_ellipsis, is_heading_like, subtitle_start,
};
use crate::model::Located;

fn is_structural(s: &str) -> bool {
    closing_dateline(s).is_some()
        || continued_from(s).is_some()
        || is_ellipsis(s)
        || subtitle_start(s).is_some()
        || s.starts_with("——")
}

fn is_open(s: &str) -> bool {
    !is_heading_like(s)
        && !is_structural(s)
        && s.chars().next_back().is_some_and(|c| !is_closing(c))
}

/// Groups blocks into units of one or more pieces, joining broken paragraphs.
pub(crate) fn join_broken(blocks: Vec<Located>) -> Vec<Vec<Located>> {
    let mut units: Vec<Vec<Located>> = Vec::with_capacity(blocks.len());
    for block in blocks {
        if let Some(last) = units.last_mut() {
            let joined: String = last.iter().map(|p| p.text.as_str()).collect();
            if is_open(&joined) && !is_structural(&block.text) && !is_heading_like(&block.text) {
                last.push(block);
                continue;
            }
        }
        units.push(vec![block]);
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Pos;

    fn blocks(lines: &[&str]) -> Vec<Located> {
        lines
            .iter()
            .enumerate()
            .map(|(i, t)| Located {
                text: t.to_string(),
                at: Pos {
                    line: i as u32 * 2 + 1,
                    column: 1,
                    byte: 0,
                },
            })
            .collect()
    }

    fn texts(units: &[Vec<Located>]) -> Vec<Vec<&str>> {
        units
            .iter()
            .map(|u| u.iter().map(|p| p.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn joins_a_broken_paragraph_but_not_a_heading() {
        let u = join_broken(blocks(&[
            "蓬勃发展的高新技术企业,凝聚起哈尔滨新",
            "区高质量发展的新动能。",
            "新产业新经济加速成长",
            "正文。",
        ]));
        assert_eq!(
            texts(&u),
            vec![
                vec![
                    "蓬勃发展的高新技术企业,凝聚起哈尔滨新",
                    "区高质量发展的新动能。"
                ],
                vec!["新产业新经济加速成长"],
                vec!["正文。"]
            ]
        );
    }

    #[test]
    fn joins_three_pieces_and_stops_at_structure() {
        let u = join_broken(blocks(&[
            "一,二",
            "三,四",
            "五。",
            "很长的一段,没有结尾",
            "(新华社北京10月9日电)",
        ]));
        assert_eq!(
            texts(&u),
            vec![
                vec!["一,二", "三,四", "五。"],
                vec!["很长的一段,没有结尾"],
                vec!["(新华社北京10月9日电)"]
            ]
        );
    }
}
