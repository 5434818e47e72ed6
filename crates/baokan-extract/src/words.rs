//! Word lists and character sets, indexed once (on first use) for the lookups the finders
//! make at every character of a text: which listed word starts here, which ends here,
//! whether this character is one of a set.
//!
//! A [`Words`] index answers "the longest word of the list starting (or ending) at this
//! byte" with a bit test on the character there ([`CharSet`]) and, only when that
//! character starts (or ends) some word, a look at the few words that share their first
//! two characters, longest first. The answers are those of a plain scan over the list,
//! which is what the finders did before: a scan of every list at every character.
//!
//! Lists are indexed where they are used, once per process: `words!(TITLES)` and
//! `chars!(SURNAMES)` build the index on first use and keep it in a `OnceLock`.

/// A set of characters: a two-level bitset over the Basic Multilingual Plane (a block
/// of 256 code points maps to a 256-bit leaf, blocks without members to an empty
/// leaf), and a list for the rest. A test is two loads and no branch on the character.
#[derive(Debug)]
pub(crate) struct CharSet {
    /// For each block of 256 code points, its leaf in `leaves`; 0 is the empty leaf.
    top: [u16; 256],
    /// The leaves, in code point order after the empty one.
    leaves: Vec<[u64; 4]>,
    /// `ranks[l][w]`: the members before word `w` of leaf `l`.
    ranks: Vec<[u32; 4]>,
    /// Members beyond the BMP, in insertion order.
    astral: Vec<char>,
}

impl CharSet {
    /// The set of the characters of `chars`.
    pub(crate) fn new(chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut bmp: Vec<u32> = Vec::new();
        let mut astral: Vec<char> = Vec::new();
        for c in chars {
            match c as u32 {
                u @ 0..=0xFFFF => bmp.push(u),
                _ if astral.contains(&c) => {}
                _ => astral.push(c),
            }
        }
        bmp.sort_unstable();
        bmp.dedup();
        let mut set = CharSet {
            top: [0; 256],
            leaves: vec![[0; 4]],
            ranks: vec![[0; 4]],
            astral,
        };
        for (n, u) in bmp.into_iter().enumerate() {
            let block = (u >> 8) as usize;
            if set.top[block] == 0 {
                set.top[block] = set.leaves.len() as u16;
                set.leaves.push([0; 4]);
                set.ranks.push([n as u32; 4]);
            }
            let l = set.top[block] as usize;
            let w = (u >> 6 & 3) as usize;
            set.leaves[l][w] |= 1 << (u & 63);
            // Members are added in order: the words after `w` start after this one.
            for r in &mut set.ranks[l][w + 1..] {
                *r = n as u32 + 1;
            }
        }
        set
    }

    /// The set of the characters of `s`: `contains(c)` is `s.contains(c)`.
    pub(crate) fn of(s: &str) -> CharSet {
        CharSet::new(s.chars())
    }

    /// Whether `c` is in the set.
    #[inline(always)]
    pub(crate) fn contains(&self, c: char) -> bool {
        let u = c as u32;
        if u <= 0xFFFF {
            let leaf = &self.leaves[self.top[(u >> 8) as usize] as usize];
            leaf[(u >> 6 & 3) as usize] >> (u & 63) & 1 == 1
        } else {
            self.astral.contains(&c)
        }
    }

    /// How many members there are.
    fn len(&self) -> usize {
        let bmp = match (self.leaves.last(), self.ranks.last()) {
            (Some(leaf), Some(ranks)) => ranks[3] as usize + leaf[3].count_ones() as usize,
            _ => 0,
        };
        bmp + self.astral.len()
    }

    /// The position of `c` among the members (the BMP in code point order, then the
    /// rest), or `None` when `c` is not one.
    #[inline]
    fn rank(&self, c: char) -> Option<usize> {
        let u = c as u32;
        if u <= 0xFFFF {
            let l = self.top[(u >> 8) as usize] as usize;
            let w = (u >> 6 & 3) as usize;
            let word = self.leaves[l][w];
            if word >> (u & 63) & 1 == 0 {
                return None;
            }
            let below = word & ((1u64 << (u & 63)) - 1);
            Some(self.ranks[l][w] as usize + below.count_ones() as usize)
        } else {
            let at = self.astral.iter().position(|&o| o == c)?;
            Some(self.len() - self.astral.len() + at)
        }
    }
}

/// A word of a [`Words`] index.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    /// The word.
    pub(crate) word: &'static str,
    /// Its length in chars.
    pub(crate) chars: usize,
    /// Its position in the list the index was built from.
    pub(crate) index: usize,
}

/// Words grouped by their first two characters (or last two, read backwards), each group
/// longest first. One-character words have no second character.
#[derive(Debug)]
struct Groups {
    /// The characters words start with (or end with).
    set: CharSet,
    /// By the rank in `set` of the first character: the second characters in code point
    /// order (searched by bisection), each with its words sorted by length, longest
    /// first, then in list order.
    groups: Vec<Vec<(char, Vec<Word>)>>,
    /// By the same rank: the one-character word, if the list has it.
    singles: Vec<Option<Word>>,
}

impl Groups {
    /// Groups `words` by `key(word)`: its chars from the start, or `.rev()` from the end.
    fn new<I: Iterator<Item = char>>(words: &[Word], key: impl Fn(&'static str) -> I) -> Groups {
        let set = CharSet::new(words.iter().filter_map(|w| key(w.word).next()));
        let mut groups: Vec<Vec<(char, Vec<Word>)>> = vec![Vec::new(); set.len()];
        let mut singles: Vec<Option<Word>> = vec![None; set.len()];
        // (rank of the first char, second char, list position, word): sorted, the words
        // of a group are consecutive, and in list order.
        let mut keyed: Vec<(usize, char, usize, Word)> = Vec::with_capacity(words.len());
        for (at, w) in words.iter().enumerate() {
            let mut cs = key(w.word);
            let Some(r) = cs.next().and_then(|c| set.rank(c)) else {
                continue;
            };
            match cs.next() {
                // The first one-character word listed wins, as a scan would find it.
                None => {
                    singles[r].get_or_insert(*w);
                }
                Some(c2) => keyed.push((r, c2, at, *w)),
            }
        }
        keyed.sort_unstable_by_key(|k| (k.0, k.1, k.2));
        for (r, c2, _, w) in keyed {
            match groups[r].last_mut() {
                Some(g) if g.0 == c2 => g.1.push(w),
                _ => groups[r].push((c2, vec![w])),
            }
        }
        for g in &mut groups {
            for (_, ws) in g.iter_mut() {
                // Stable: among equal lengths, list order.
                ws.sort_by_key(|w| std::cmp::Reverse(w.word.len()));
            }
        }
        Groups {
            set,
            groups,
            singles,
        }
    }

    /// The longest word whose first (or last) chars are `cs`, by `matches(word, k)`: the
    /// word's first (or last) `k` bytes are known to match.
    #[inline]
    fn find(
        &self,
        mut cs: impl Iterator<Item = char>,
        matches: impl Fn(&[u8], usize) -> bool,
    ) -> Option<&Word> {
        let c1 = cs.next()?;
        let r = self.set.rank(c1)?;
        let seconds = &self.groups[r];
        if let Some(c2) = cs.next()
            && let Ok(at) = seconds.binary_search_by_key(&c2, |g| g.0)
        {
            let k = c1.len_utf8() + c2.len_utf8();
            if let Some(w) = seconds[at]
                .1
                .iter()
                .find(|w| w.word.len() == k || matches(w.word.as_bytes(), k))
            {
                return Some(w);
            }
        }
        // A one-character word is `c1` itself.
        self.singles[r].as_ref()
    }
}

/// A word list, indexed by first and by last characters.
#[derive(Debug)]
pub(crate) struct Words {
    by_first: Groups,
    by_last: Groups,
}

impl Words {
    /// Indexes `words`; empty words are left out (they match nowhere that matters).
    pub(crate) fn new(words: &[&'static str]) -> Words {
        let words: Vec<Word> = words
            .iter()
            .enumerate()
            .filter(|(_, w)| !w.is_empty())
            .map(|(index, &word)| Word {
                word,
                chars: word.chars().count(),
                index,
            })
            .collect();
        Words {
            by_first: Groups::new(&words, str::chars),
            by_last: Groups::new(&words, |w| w.chars().rev()),
        }
    }

    /// Whether some word starts with `c`: `false` rules out [`Words::starting`] cheaply.
    #[inline(always)]
    pub(crate) fn may_start(&self, c: char) -> bool {
        self.by_first.set.contains(c)
    }

    /// Whether some word ends with `c`: `false` rules out [`Words::ending`] cheaply.
    #[inline(always)]
    pub(crate) fn may_end(&self, c: char) -> bool {
        self.by_last.set.contains(c)
    }

    /// The longest word `rest` starts with.
    #[inline]
    pub(crate) fn starting(&self, rest: &str) -> Option<&Word> {
        let r = rest.as_bytes();
        self.by_first.find(rest.chars(), |w, k| {
            r.get(k..w.len()).is_some_and(|r| same(r, &w[k..]))
        })
    }

    /// The longest word `before` ends with.
    #[inline]
    pub(crate) fn ending(&self, before: &str) -> Option<&Word> {
        let b = before.as_bytes();
        self.by_last.find(before.chars().rev(), |w, k| {
            b.len()
                .checked_sub(w.len())
                .is_some_and(|from| same(&b[from..b.len() - k], &w[..w.len() - k]))
        })
    }
}

/// Byte-wise equality, inline: the slices compared are a few bytes long, shorter than a
/// call to `memcmp` is worth.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// A value built on first use and kept: `once!(Type, init)` in a function body.
macro_rules! once {
    ($ty:ty, $init:expr) => {{
        static CELL: std::sync::OnceLock<$ty> = std::sync::OnceLock::new();
        CELL.get_or_init(|| $init)
    }};
}
pub(crate) use once;

/// The [`Words`] index of a word list, built on first use: `words!(TITLES)`.
macro_rules! words {
    ($list:expr) => {
        $crate::words::once!($crate::words::Words, $crate::words::Words::new($list))
    };
}
pub(crate) use words;

/// The entries of a word-list data file: whitespace-separated words; a line starting with
/// `#` is a comment.
pub(crate) fn entries(data: &'static str) -> Vec<&'static str> {
    data.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
}

/// The [`Words`] index of a data file under `data/`, built on first use:
/// `data_words!("titles.txt")`.
macro_rules! data_words {
    ($file:literal) => {
        $crate::words::once!(
            $crate::words::Words,
            $crate::words::Words::new(&$crate::words::entries(include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/data/",
                $file
            ))))
        )
    };
}
pub(crate) use data_words;

/// The [`CharSet`] of a data file's characters outside comment lines, built on first use:
/// `data_chars!("given-chars.txt")`.
macro_rules! data_chars {
    ($file:literal) => {
        $crate::words::once!(
            $crate::words::CharSet,
            $crate::words::CharSet::new(
                $crate::words::entries(include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/data/",
                    $file
                )))
                .into_iter()
                .flat_map(str::chars)
            )
        )
    };
}
pub(crate) use data_chars;

/// The [`CharSet`] of a string's characters, built on first use: `chars!(SURNAMES)`.
macro_rules! chars {
    ($s:expr) => {
        $crate::words::once!($crate::words::CharSet, $crate::words::CharSet::of($s))
    };
}
pub(crate) use chars;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_sets_agree_with_str_contains_everywhere() {
        let s = "王李张赵㐀\u{9fff}〇○0９a%‰·，。“”\u{ffff}\u{20000}\u{1f600}丁七";
        let set = CharSet::of(s);
        let mut members = Vec::new();
        for u in (0..=0x2_1000).filter(|u| !(0xD800..0xE000).contains(u)) {
            let c = char::from_u32(u).unwrap();
            assert_eq!(set.contains(c), s.contains(c), "{c:?}");
            assert_eq!(set.rank(c).is_some(), s.contains(c), "{c:?}");
            members.extend(set.rank(c));
        }
        // Ranks number the members densely.
        members.sort_unstable();
        assert_eq!(members, (0..set.len()).collect::<Vec<_>>());
        let empty = CharSet::of("");
        assert!(!empty.contains('a') && !empty.contains('王') && empty.len() == 0);
    }

    #[test]
    fn char_sets_agree_with_str_contains() {
        let s = "王李张%‰〇·ａ习";
        let set = CharSet::of(s);
        for c in "王李张%‰〇·ａ习赵,。a0一㐀\u{9fff}\u{a000}".chars() {
            assert_eq!(set.contains(c), s.contains(c), "{c}");
            assert_eq!(set.rank(c).is_some(), s.contains(c), "{c}");
        }
        // Ranks number the members densely.
        let mut ranks: Vec<usize> = s.chars().filter_map(|c| set.rank(c)).collect();
        ranks.sort_unstable();
        assert_eq!(ranks, (0..set.len()).collect::<Vec<_>>());
    }

    #[test]
    fn the_longest_word_wins() {
        const LIST: &[&str] = &["个", "个月", "个百分点", "月", "%", ""];
        let w = Words::new(LIST);
        assert_eq!(w.starting("个月来").map(|w| w.word), Some("个月"));
        assert_eq!(
            w.starting("个百分点").map(|w| (w.chars, w.index)),
            Some((4, 2))
        );
        assert_eq!(w.starting("个百分").map(|w| w.word), Some("个"));
        assert_eq!(w.starting("%以上").map(|w| w.word), Some("%"));
        assert!(w.starting("人").is_none() && w.starting("").is_none());
        assert_eq!(w.ending("三个月").map(|w| w.word), Some("个月"));
        assert_eq!(w.ending("五月").map(|w| w.word), Some("月"));
        assert!(w.ending("").is_none() && w.ending("月份").is_none());
    }
}
