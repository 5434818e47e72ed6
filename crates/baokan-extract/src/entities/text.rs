//! The shared candidate machinery: a text with char-indexed access, and the character
//! classes every finder asks about.

use super::lists;
use crate::types::Span;
use crate::words::{Words, chars};
use std::ops::Range;

/// A text with char-indexed access: `bytes[i]` is the byte offset of char `i`, and
/// `bytes[n]` the text length.
pub(crate) struct Text<'t> {
    pub(crate) text: &'t str,
    pub(crate) chars: Vec<char>,
    pub(crate) bytes: Vec<usize>,
}

impl<'t> Text<'t> {
    pub(crate) fn new(text: &'t str) -> Text<'t> {
        let (mut bytes, chars): (Vec<usize>, Vec<char>) = text.char_indices().unzip();
        bytes.push(text.len());
        Text { text, chars, bytes }
    }

    /// The text, from its chars with their byte offsets (`text.char_indices()`).
    pub(crate) fn with_chars(text: &'t str, cs: &[(usize, char)]) -> Text<'t> {
        let mut bytes = Vec::with_capacity(cs.len() + 1);
        bytes.extend(cs.iter().map(|c| c.0));
        bytes.push(text.len());
        let chars = cs.iter().map(|c| c.1).collect();
        Text { text, chars, bytes }
    }

    pub(crate) fn len(&self) -> usize {
        self.chars.len()
    }

    /// The text of chars `[a, b)`.
    pub(crate) fn slice(&self, a: usize, b: usize) -> &'t str {
        &self.text[self.bytes[a]..self.bytes[b]]
    }

    pub(crate) fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.bytes[a], self.bytes[b])
    }

    pub(crate) fn char_range(&self, s: Span) -> Range<usize> {
        let a = self.bytes.partition_point(|&b| b < s.start);
        let b = self.bytes.partition_point(|&b| b < s.end);
        a..b
    }

    pub(crate) fn at(&self, i: usize, s: &str) -> bool {
        self.bytes
            .get(i)
            .and_then(|&b| self.text.get(b..))
            .is_some_and(|r| r.starts_with(s))
    }

    /// The longest of `words` starting at char `i`, as a char count.
    #[inline(always)]
    pub(crate) fn longest_of(&self, i: usize, words: &Words) -> Option<usize> {
        // Inline, the test that rules out most positions; the lookup is a call.
        match self.chars.get(i) {
            Some(&c) if words.may_start(c) => self.longest_of_here(i, words),
            _ => None,
        }
    }

    #[inline(never)]
    fn longest_of_here(&self, i: usize, words: &Words) -> Option<usize> {
        words.starting(&self.text[self.bytes[i]..]).map(|w| w.chars)
    }

    /// The longest of `words` ending right before char `i`, as a char count.
    #[inline(always)]
    pub(crate) fn longest_ending(&self, i: usize, words: &Words) -> Option<usize> {
        match i.checked_sub(1).and_then(|k| self.chars.get(k)) {
            Some(&c) if words.may_end(c) => self.longest_ending_here(i, words),
            _ => None,
        }
    }

    #[inline(never)]
    fn longest_ending_here(&self, i: usize, words: &Words) -> Option<usize> {
        words.ending(&self.text[..self.bytes[i]]).map(|w| w.chars)
    }

    pub(crate) fn cjk_run(&self, a: usize, b: usize) -> bool {
        b <= self.len() && self.chars[a..b].iter().all(|&c| is_cjk(c))
    }
}

/// A CJK ideograph.
pub(crate) fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Punctuation that ends a clause or sets off a phrase (both widths), quotation marks and
/// whitespace. Parentheses are not in it: they occur inside names (深圳(哈尔滨)产业园).
pub(crate) fn is_clause_break(c: char) -> bool {
    c.is_whitespace() || "。！？!?；;，,：:、“”‘’「」『』…—\"'".contains(c)
}

/// Whether `s` is one of the frequent ordinary words (`data/common-words.txt`).
pub(crate) fn is_common_word(s: &str) -> bool {
    lists::common_words()
        .starting(s)
        .is_some_and(|w| w.word.len() == s.len())
}

/// Whether `s` is a frequent word that the dictionary tags as a name (故宫, 南京):
/// `data/name-words.txt`.
pub(crate) fn is_name_word(s: &str) -> bool {
    lists::name_words()
        .starting(s)
        .is_some_and(|w| w.word.len() == s.len())
}

/// Whether a frequent ordinary word starts at char `i` (…说 林孝发|自豪地说).
pub(crate) fn word_starts(t: &Text<'_>, i: usize) -> bool {
    t.longest_of(i, lists::common_words()).is_some()
}

/// Whether a frequent ordinary word ends right before char `i` (看望|王克昌).
pub(crate) fn word_ends(t: &Text<'_>, i: usize) -> bool {
    t.longest_ending(i, lists::common_words()).is_some()
}

/// Whether `c` may occur in a transliterated foreign name: a character of the foreign
/// place names of the gazetteer (they are transliterated the same way), or the
/// interpunct that joins the parts of a name.
pub(crate) fn transliterating(c: char) -> bool {
    is_dot(c) || lists::foreign_letters().contains(c) && !chars!(FUNCTION_CHARS).contains(c)
}

/// Function words that end a transliterated name's run (访问的奥尼尔总理).
pub(crate) const FUNCTION_CHARS: &str =
    "的了和与及在是对向把被将从由为以等让给使令请称说带都来也还就又再才正已曾";

pub(crate) fn is_cjk_or_dot(c: char) -> bool {
    is_cjk(c) || is_dot(c)
}

/// The interpuncts that join the parts of a foreign name (·, •, ・, ‧).
pub(crate) fn is_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '‧')
}
