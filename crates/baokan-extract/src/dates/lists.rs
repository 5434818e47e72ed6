//! The date finder's word lists, read once from `data/date_words.txt`.

use std::collections::HashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/date_words.txt");

/// A festival with a fixed day in one calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Festival {
    /// The name as written (春节, 国庆节).
    pub(super) name: &'static str,
    /// Whether the day is of the lunar calendar.
    pub(super) lunar: bool,
    /// Month, 1-based.
    pub(super) month: u32,
    /// Day, 1-based; 0 for the last day of the month before (除夕).
    pub(super) day: u32,
}

struct Lists {
    sections: HashMap<&'static str, Vec<&'static str>>,
    festivals: Vec<Festival>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut sections: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        let mut current = "";
        for line in DATA.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = name;
                continue;
            }
            sections.entry(current).or_default().push(line);
        }
        let mut festivals: Vec<Festival> = sections
            .get("festivals")
            .into_iter()
            .flatten()
            .filter_map(|l| {
                let mut f = l.split('\t');
                let name = f.next()?;
                let lunar = f.next()? == "lunar";
                let month = f.next()?.parse().ok()?;
                let day = f.next()?.parse().ok()?;
                Some(Festival {
                    name,
                    lunar,
                    month,
                    day,
                })
            })
            .collect();
        // Longest first, so 元宵佳节 is tried before a shorter name it holds.
        festivals.sort_by_key(|f| std::cmp::Reverse(f.name.chars().count()));
        Lists {
            sections,
            festivals,
        }
    })
}

/// The entries of a section of `data/date_words.txt`.
pub(super) fn list(name: &str) -> &'static [&'static str] {
    lists().sections.get(name).map_or(&[], Vec::as_slice)
}

/// Whether `c` is a one-character entry of section `name`.
pub(super) fn has_char(name: &str, c: char) -> bool {
    list(name)
        .iter()
        .any(|w| w.starts_with(c) && w.len() == c.len_utf8())
}

/// The festivals, longest name first.
pub(super) fn festivals() -> &'static [Festival] {
    &lists().festivals
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_read() {
        assert!(festivals().iter().any(|f| f.name == "春节" && f.lunar));
        assert!(festivals().iter().any(|f| f.name == "国庆节" && !f.lunar));
        assert!(has_char("season_words", '节'));
        assert!(list("chu_words").contains(&"初到"));
        assert!(list("day_times").contains(&"上午"));
    }
}
