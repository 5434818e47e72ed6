//! An article's date from its path: archives name files and folders by publication date
//! (`20190213/20190213-04-05.txt`, `2019-02-13.txt`, `2019/02/13/…`).

use baokan_pack::Date;

/// What a path says about its date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PathDate {
    /// No part of the path looks like a date.
    None,
    /// The date nearest the end of the path (the file name before its folders).
    Found(Date),
    /// Something shaped like a date that is no calendar date (20191345); it is ignored,
    /// never guessed, and the caller warns.
    Bad(String),
}

/// Years a newspaper archive can plausibly hold; eight digits outside them are a
/// number, not a date.
const YEARS: std::ops::RangeInclusive<i32> = 1800..=2199;

/// Reads `YYYYMMDD`, `YYYY-MM-DD` or `YYYY/MM/DD` in a `/`-separated path.
pub(crate) fn from_path(name: &str) -> PathDate {
    // Maximal runs of ASCII digits, with their byte ranges.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let b = name.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((s, i));
        } else {
            i += 1;
        }
    }
    let num = |r: (usize, usize)| name[r.0..r.1].parse::<u32>().ok();
    let mut found = PathDate::None;
    for (k, &r) in runs.iter().enumerate() {
        let candidate = if r.1 - r.0 == 8 {
            num(r).map(|v| (v / 10000, v / 100 % 100, v % 100, &name[r.0..r.1]))
        } else if r.1 - r.0 == 4
            && let (Some(&m), Some(&d)) = (runs.get(k + 1), runs.get(k + 2))
            && m.0 == r.1 + 1
            && d.0 == m.1 + 1
            && (1..=2).contains(&(m.1 - m.0))
            && (1..=2).contains(&(d.1 - d.0))
            && matches!(b[r.1], b'-' | b'/')
            && b[m.1] == b[r.1]
        {
            Some((
                num(r).unwrap_or(0),
                num(m).unwrap_or(0),
                num(d).unwrap_or(0),
                &name[r.0..d.1],
            ))
        } else {
            None
        };
        let Some((y, m, d, text)) = candidate else {
            continue;
        };
        if !YEARS.contains(&(y as i32)) {
            continue;
        }
        // Later candidates are nearer the file name and win.
        found = match Date::new(y as i32, m, d) {
            Some(date) => PathDate::Found(date),
            None => PathDate::Bad(text.to_string()),
        };
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> String {
        match from_path(s) {
            PathDate::Found(d) => d.to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn archive_names() {
        assert_eq!(date("20190213/20190213-04-05.txt"), "2019-02-13");
        assert_eq!(date("2019-02-13.txt"), "2019-02-13");
        assert_eq!(date("2019/02/13/page.txt"), "2019-02-13");
        assert_eq!(date("rmrb/2019-2-3/a.txt"), "2019-02-03");
        assert_eq!(date("page.txt"), "None");
        assert_eq!(date("000_bb83d75fffceb494.txt"), "None");
        assert_eq!(date("12345678.txt"), "None");
    }

    #[test]
    fn impossible_dates_are_reported_not_guessed() {
        assert_eq!(
            from_path("20191345-01-01.txt"),
            PathDate::Bad("20191345".into())
        );
        assert_eq!(
            from_path("2019-02-30.txt"),
            PathDate::Bad("2019-02-30".into())
        );
    }

    #[test]
    fn the_file_name_wins_over_its_folder() {
        assert_eq!(date("20190201/20190202-01-01.txt"), "2019-02-02");
    }
}
