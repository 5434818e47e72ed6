//! The place gazetteer: China's province-level and prefecture-level divisions and its
//! state-level new areas, as data (`data/gazetteer.tsv`), parsed once on first use.
//!
//! Bad rows are skipped, never a panic: the data is baked in, and a unit test checks that
//! every row parses and that the counts are the known ones (34 province-level divisions,
//! 333 prefecture-level divisions, 19 new areas).

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::OnceLock;

use crate::types::AdminLevel;
use crate::words::Words;

const DATA: &str = include_str!("../data/gazetteer.tsv");

/// One division of the gazetteer.
#[derive(Debug)]
pub(crate) struct Division {
    /// The full official name (黑龙江省, 哈尔滨市, 延边朝鲜族自治州, 哈尔滨新区).
    pub(crate) name: &'static str,
    /// Province or prefecture; `None` for a new area, which is a zone, not a division.
    pub(crate) level: Option<AdminLevel>,
    /// The full name of the province it lies in (empty for a province).
    pub(crate) parent: &'static str,
}

/// A surface form of a division found in a text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Form {
    /// Index into [`Gazetteer::divisions`].
    pub(crate) division: usize,
    /// The form is an ordinary word too (朝阳, 日照) and counts only with support.
    pub(crate) needs_context: bool,
    /// Length in chars.
    pub(crate) chars: usize,
}

/// The parsed gazetteer.
#[derive(Debug, Default)]
pub(crate) struct Gazetteer {
    pub(crate) divisions: Vec<Division>,
    forms: HashMap<&'static str, Form>,
    /// The forms of two chars or more, in the order first listed.
    starts: Vec<(&'static str, Form)>,
    /// `starts`, indexed for the longest form at a position.
    index: Option<Words>,
    excludes: Vec<&'static str>,
    /// Rows that did not parse (kept for the data test).
    pub(crate) bad_rows: usize,
}

/// The gazetteer, parsed on first use.
pub(crate) fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| parse(DATA))
}

fn parse(data: &'static str) -> Gazetteer {
    let mut g = Gazetteer::default();
    for row in data.lines() {
        if row.trim().is_empty() || row.starts_with('#') {
            continue;
        }
        let cols: Vec<&'static str> = row.split('\t').collect();
        let name = cols.get(1).map_or("", |s| s.trim());
        if name.is_empty() {
            g.bad_rows += 1;
            continue;
        }
        let level = match cols[0] {
            "province" => Some(AdminLevel::Province),
            "prefecture" => Some(AdminLevel::Prefecture),
            "new_area" => None,
            "exclude" => {
                g.excludes.push(name);
                continue;
            }
            _ => {
                g.bad_rows += 1;
                continue;
            }
        };
        let parent = cols.get(3).map_or("", |s| s.trim());
        let needs_context = cols
            .get(4)
            .is_some_and(|f| f.split(',').any(|f| f.trim() == "ctx"));
        let division = g.divisions.len();
        g.divisions.push(Division {
            name,
            level,
            parent,
        });
        // The full name never needs context: 朝阳市 is a city, 朝阳 may be a sunrise.
        g.add(
            name,
            Form {
                division,
                needs_context: false,
                chars: 0,
            },
        );
        for short in cols
            .get(2)
            .map_or("", |s| s.trim())
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            // 大理州 is a name even where 大理 may be marble.
            let needs_context = needs_context && !short.ends_with('州');
            g.add(
                short,
                Form {
                    division,
                    needs_context,
                    chars: 0,
                },
            );
        }
    }
    let starts: Vec<&'static str> = g.starts.iter().map(|s| s.0).collect();
    g.index = Some(Words::new(&starts));
    g
}

impl Gazetteer {
    fn add(&mut self, form: &'static str, mut f: Form) {
        f.chars = form.chars().count();
        // A form listed twice keeps its first division: provinces come first, so 吉林 is
        // the province and 吉林市 the city.
        if let Entry::Vacant(e) = self.forms.entry(form) {
            e.insert(f);
            if f.chars >= 2 {
                self.starts.push((form, f));
            }
        }
    }

    /// Whether some form of two chars or more starts with `c`: `false` rules out
    /// [`Gazetteer::longest_at`] cheaply.
    #[inline(always)]
    pub(crate) fn may_start(&self, c: char) -> bool {
        self.index.as_ref().is_some_and(|w| w.may_start(c))
    }

    /// The longest form (of two chars or more) starting at char `i` of `text` (`bytes[k]`
    /// is the byte offset of char `k`, with one extra entry for the end of the text).
    pub(crate) fn longest_at(&self, text: &str, bytes: &[usize], i: usize) -> Option<Form> {
        let w = self.index.as_ref()?.starting(&text[bytes[i]..])?;
        Some(self.starts[w.index].1)
    }

    /// Whether the form `[i, i + len)` (in chars) lies inside one of the `exclude` strings
    /// (隆重庆祝 for 重庆).
    pub(crate) fn excluded(&self, text: &str, bytes: &[usize], i: usize, len: usize) -> bool {
        let (start, end) = (bytes[i], bytes[i + len]);
        self.excludes.iter().any(|ex| {
            let w = ex.len();
            // Every placement of the exclude string that covers [start, end).
            let lo = end.saturating_sub(w);
            (lo..=start).any(|s| text.get(s..s + w) == Some(*ex))
        })
    }

    /// Whether `s` is a form of the gazetteer (江苏, 温州市).
    pub(crate) fn is_form(&self, s: &str) -> bool {
        match &self.index {
            // The longest form `s` starts with is `s` itself exactly when `s` is a form.
            Some(w) if s.chars().nth(1).is_some() => w.starting(s).is_some_and(|w| w.word == s),
            _ => self.forms.contains_key(s),
        }
    }

    /// The division of a form.
    pub(crate) fn division(&self, f: Form) -> &Division {
        &self.divisions[f.division]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_parses_and_has_the_known_counts() {
        let g = gazetteer();
        assert_eq!(g.bad_rows, 0);
        let count = |l: Option<AdminLevel>| g.divisions.iter().filter(|d| d.level == l).count();
        assert_eq!(count(Some(AdminLevel::Province)), 34);
        assert_eq!(count(Some(AdminLevel::Prefecture)), 293 + 30 + 7 + 3);
        assert_eq!(count(None), 19);
        let cities = g
            .divisions
            .iter()
            .filter(|d| d.name.ends_with('市') && d.level == Some(AdminLevel::Prefecture));
        assert_eq!(cities.count(), 293);
        // Every parent is a province of the table.
        for d in &g.divisions {
            if d.level != Some(AdminLevel::Province) {
                assert!(
                    g.divisions
                        .iter()
                        .any(|p| p.name == d.parent && p.level == Some(AdminLevel::Province)),
                    "{}",
                    d.name
                );
            }
        }
    }

    #[test]
    fn short_and_full_forms_resolve() {
        let g = gazetteer();
        for (form, name) in [
            ("黑龙江", "黑龙江省"),
            ("新疆", "新疆维吾尔自治区"),
            ("吉林", "吉林省"),
            ("吉林市", "吉林市"),
            ("哈尔滨", "哈尔滨市"),
            ("延边州", "延边朝鲜族自治州"),
        ] {
            let f = g.forms[form];
            assert_eq!(g.division(f).name, name);
        }
        assert!(g.forms["朝阳"].needs_context);
        assert!(g.forms["大理"].needs_context && !g.forms["大理州"].needs_context);
        assert!(!g.forms["朝阳市"].needs_context);
    }
}
