//! One schema for a located mention, whichever face prints it: the corpus's views
//! ([`Figure`](crate::Figure), [`Quote`](crate::Quote) …) and the mentions of any text
//! ([`locate`]) serialize through the same structs, so their keys cannot drift apart.
//!
//! Every located mention starts with the same keys, in this order: `text`, `article`,
//! `paragraph`, `sentence` (item ids; `null` for a text outside a corpus), `char_start`,
//! `char_end`, `byte_start`, `byte_end` (offsets into the corpus text, or into the text
//! given) and `source` (`{file, line, column}`); the fields of its type follow.
//!
//! ```
//! let c = baokan::corpus();
//! let f = serde_json::to_value(c.figures().next().unwrap())?;
//! let text = "园区累计注册企业471家";
//! let m = baokan::extract(text, None);
//! let g = serde_json::to_value(&baokan::locate(text, &m, "-").figures[0])?;
//! let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
//! assert_eq!(keys(&f), keys(&g));
//! assert_eq!((g["paragraph"].is_null(), &g["source"]["file"]), (true, &serde_json::json!("-")));
//! # Ok::<(), serde_json::Error>(())
//! ```

mod rows;
mod text;

pub use rows::{LocatedCitation, LocatedDate, LocatedEntity, LocatedFigure, LocatedQuote};
pub use text::{LocatedMentions, locate};

use serde::ser::SerializeStruct;

use crate::id::ItemId;
use crate::source::{Source, Span};

/// Where a mention stands: its text, the items it is in, its char and byte spans and
/// the place of its first char in the source.
///
/// ```
/// let c = baokan::corpus();
/// let at = c.quotes().next().unwrap().located().at;
/// assert_eq!(at.bytes.len(), at.text.len());
/// assert_eq!(at.paragraph.unwrap().depth(), 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Located<'a> {
    /// The mention's text.
    pub text: &'a str,
    /// The article it is in; `None` outside a corpus.
    pub article: Option<ItemId>,
    /// The paragraph it is in; `None` outside a corpus.
    pub paragraph: Option<ItemId>,
    /// The sentence it begins in; `None` outside a corpus or a sentence.
    pub sentence: Option<ItemId>,
    /// Its char span.
    pub chars: Span,
    /// Its byte span.
    pub bytes: Span,
    /// Where its first char stands in the source.
    pub source: Source<'a>,
}

/// How many fields [`Located::fields`] writes.
const FIELDS: usize = 9;

impl Located<'_> {
    /// Writes the keys every located mention starts with.
    fn fields<S: SerializeStruct>(&self, st: &mut S) -> Result<(), S::Error> {
        st.serialize_field("text", self.text)?;
        st.serialize_field("article", &self.article)?;
        st.serialize_field("paragraph", &self.paragraph)?;
        st.serialize_field("sentence", &self.sentence)?;
        st.serialize_field("char_start", &self.chars.start)?;
        st.serialize_field("char_end", &self.chars.end)?;
        st.serialize_field("byte_start", &self.bytes.start)?;
        st.serialize_field("byte_end", &self.bytes.end)?;
        st.serialize_field("source", &self.source)
    }
}

/// Declares a located mention type: `at` and the fields of its type, serialized as
/// one flat object, `at`'s keys first.
macro_rules! located {
    ($(#[$m:meta])* $name:ident { $($(#[$fm:meta])* $field:ident: $ty:ty,)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name<'a> {
            /// Where it stands.
            pub at: super::Located<'a>,
            $($(#[$fm])* pub $field: $ty,)+
        }

        impl serde::Serialize for $name<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct;
                let fields = [$(stringify!($field)),+];
                let mut st = s.serialize_struct(stringify!($name), super::FIELDS + fields.len())?;
                self.at.fields(&mut st)?;
                $(st.serialize_field(stringify!($field), &self.$field)?;)+
                st.end()
            }
        }
    };
}
use located;
