//! The word lists of `data/`, each indexed once per process behind one accessor (a list
//! indexed at every place it is used would be built once per place).

use crate::words::{CharSet, Words, data_chars, data_words};

/// The frequent ordinary words of two or three chars (`common-words.txt`).
pub(crate) fn common_words() -> &'static Words {
    data_words!("common-words.txt")
}

/// The frequent words the dictionary tags as names (`name-words.txt`).
pub(crate) fn name_words() -> &'static Words {
    data_words!("name-words.txt")
}

/// Titles and role words (`titles.txt`).
pub(crate) fn titles() -> &'static Words {
    data_words!("titles.txt")
}

/// Words before a title that belong to it (`title-modifiers.txt`).
pub(crate) fn title_modifiers() -> &'static Words {
    data_words!("title-modifiers.txt")
}

/// Two-char surnames (`compound-surnames.txt`).
pub(crate) fn compound_surnames() -> &'static Words {
    data_words!("compound-surnames.txt")
}

/// Central organs and international bodies (`organs.txt`).
pub(crate) fn organs() -> &'static Words {
    data_words!("organs.txt")
}

/// One-char surnames (`surnames.txt`).
pub(crate) fn surnames() -> &'static CharSet {
    data_chars!("surnames.txt")
}

/// One-char surnames that open a name only where the text marks it (`cued-surnames.txt`).
pub(crate) fn cued_surnames() -> &'static CharSet {
    data_chars!("cued-surnames.txt")
}

/// Characters of given names (`given-chars.txt`).
pub(crate) fn given_chars() -> &'static CharSet {
    data_chars!("given-chars.txt")
}

/// The characters of the foreign place names (`world.tsv`): transliterating letters.
pub(crate) fn foreign_letters() -> &'static CharSet {
    data_chars!("world.tsv")
}
