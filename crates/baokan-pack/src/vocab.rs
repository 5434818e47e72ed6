//! The closed vocabularies the pack stores as codes: each enum's code and its
//! snake_case name are defined here, once, for the compiler that writes them, the
//! validator that checks them and every face that prints them.
//!
//! ```
//! use baokan_pack::vocab::{CreditKind, Layout, Precision};
//! assert_eq!(CreditKind::from_code(CreditKind::Caption.code()), Some(CreditKind::Caption));
//! assert_eq!(Layout::from_name("article_file"), Some(Layout::ArticleFile));
//! assert_eq!(CreditKind::Caption.as_str(), "caption");
//! assert_eq!(Precision::NAMES, ["year", "season", "month", "day", "decade", "century"]);
//! ```

/// The code an optional value stores when it is absent. The vocabularies that may be
/// absent (an [`Approx`], a [`Season`], an [`AdminLevel`] …) number their values from 1,
/// so `from_code(ABSENT)` is `None`.
///
/// ```
/// use baokan_pack::vocab::{ABSENT, Season};
/// assert_eq!(Season::from_code(ABSENT), None);
/// assert_eq!(None::<Season>.map_or(ABSENT, Season::code), 0);
/// ```
pub const ABSENT: u32 = 0;

macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $code:literal, $text:literal;)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vm])* $variant,)+
        }

        impl $name {
            /// Every value, in code order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// Every value's name, in code order.
            pub const NAMES: &'static [&'static str] = &[$($text,)+];

            /// The code stored in the pack.
            pub const fn code(self) -> u32 {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// The value with this pack code.
            pub fn from_code(code: u32) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }

            /// The snake_case name used in JSON, the CLI, Python and exports.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value with this name.
            pub fn from_name(name: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == name)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            /// Reads a name; a name the vocabulary lacks is an error.
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                Self::from_name(&name)
                    .ok_or_else(|| serde::de::Error::unknown_variant(&name, Self::NAMES))
            }
        }
    };
}
// The mention vocabularies, declared with the macro above.
mod mentions;

pub use mentions::{
    AdminLevel, Approx, Calendar, EntityKind, NumeralForm, Open, Part, Precision, QuoteKind,
    ResolvedBy, Season,
};

vocabulary! {
    /// How a source file lays out its articles; the compiler decides per file from the
    /// evidence in its lines and records why.
    Layout {
        /// A printed page: blocks separated by blank lines, several articles, page breaks
        /// that split paragraphs, closing datelines.
        Page = 0, "page";
        /// One article a file: headline slots on lines 1–3 (kicker, title, subtitle; blank
        /// when absent), then one indented line a paragraph. No page breaks.
        ArticleFile = 1, "article_file";
    }
}

vocabulary! {
    /// What a credit line is. Credits are not paragraphs: search and statistics skip them.
    CreditKind {
        /// A byline: 本报记者 王五 赵六, or a signature naming the author.
        Byline = 0, "byline";
        /// An author note: （作者为…）, （作者单位：…）.
        AuthorNote = 1, "author_note";
        /// 版式设计：…
        Design = 2, "design";
        /// 制图：…, 本版制图：…
        Chart = 3, "chart";
        /// 数据来源：…, 资料来源：…
        DataSource = 4, "data_source";
        /// 图片来源：…
        PhotoSource = 5, "photo_source";
        /// 本版责编：…
        Editor = 6, "editor";
        /// A photo caption or credit: …摄, 图为….
        Caption = 7, "caption";
        /// A signature closing a note or a quotation: ——编者.
        Signature = 8, "signature";
        /// A closing dateline: （本报洛杉矶2月14日电）.
        ClosingDateline = 9, "closing_dateline";
        /// Another editorial note: 栏目投稿邮箱：…, 写于…, （本系列评论到此结束）.
        Note = 10, "note";
    }
}

vocabulary! {
    /// Why a page-break repair joined two pieces into one paragraph.
    JoinReason {
        /// The first piece stopped mid-sentence on a letter or ideograph (书|记), and the
        /// next continues running text.
        MidSentence = 0, "mid_sentence";
        /// The first piece stopped on a clause mark (，、) that cannot end a paragraph.
        AfterClauseMark = 1, "after_clause_mark";
    }
}

vocabulary! {
    /// How a quotation's speaker was found. A speaker is never guessed: each way is a
    /// reading of what the text states, and a quote the text gives no speaker keeps none.
    Attribution {
        /// No speaker: the text names none (a term, a saying, an unattributed line).
        None = 0, "none";
        /// A speaker phrase before the quote: 张弛说：“…”.
        Before = 1, "before";
        /// A speaker phrase after the quote: “…”张弛说。
        After = 2, "after";
        /// The quote is one item of what a named speaker stated: …指出…，其中一条就是“…”.
        Enumeration = 3, "enumeration";
        /// 他/她 (说：“…”), read as the last person the article named before it.
        Pronoun = 4, "pronoun";
        /// A paragraph of a quotation that runs over several paragraphs: the speaker of
        /// the quotation's other paragraphs; or a quote that goes on with the words of
        /// the speaker the sentences before it report or quote.
        Continued = 5, "continued";
        /// No phrase of saying, but the paragraph names one person only and the quote
        /// is a statement in it (安妹是…员工。“现在我们…”), or a person the article
        /// names is the subject of the clause after the quote or of the sentence it
        /// closes (“…”杨初格西记忆犹新; 郭启叶琢磨，“…”).
        Implicit = 6, "implicit";
    }
}

impl Default for Attribution {
    /// No speaker.
    fn default() -> Self {
        Attribution::None
    }
}

impl Default for Layout {
    /// The page layout: what a file is read as when nothing says otherwise.
    fn default() -> Self {
        Layout::Page
    }
}
