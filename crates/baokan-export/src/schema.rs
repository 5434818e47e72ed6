//! The tables and their columns: the one place that names and types them.
//!
//! Every writer (Parquet, JSON Lines, CSV) and every builder takes its column names,
//! order, types and nullability from [`TABLES`]; the builders in `tables.rs` fill the
//! columns in this order, and a value of the wrong type is a bug the tests catch.

use crate::tables::{self, Table};

/// The type of a column, as Parquet (Arrow) stores it.
///
/// JSON Lines writes strings, numbers, booleans, arrays and `null`; CSV writes every
/// value as text, a list joined by `、` and an absent value as an empty field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnType {
    /// UTF-8 text (Arrow `Utf8`).
    Utf8,
    /// A signed 64-bit integer (Arrow `Int64`): counts and char or byte offsets.
    Int64,
    /// An unsigned 32-bit integer (Arrow `UInt32`): source lines and columns.
    UInt32,
    /// A 64-bit float (Arrow `Float64`): figure values.
    Float64,
    /// A boolean (Arrow `Boolean`).
    Boolean,
    /// A list of UTF-8 texts (Arrow `List<Utf8>`): a citation's issuers, an article's
    /// reporters.
    Utf8List,
}

impl ColumnType {
    /// The type's name as the docs and tests spell it: `Utf8`, `Int64`, `UInt32`,
    /// `Float64`, `Boolean` or `List<Utf8>`.
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnType::Utf8 => "Utf8",
            ColumnType::Int64 => "Int64",
            ColumnType::UInt32 => "UInt32",
            ColumnType::Float64 => "Float64",
            ColumnType::Boolean => "Boolean",
            ColumnType::Utf8List => "List<Utf8>",
        }
    }
}

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnSchema {
    /// The column's name, the same in every format.
    pub name: &'static str,
    /// Its type.
    pub ty: ColumnType,
    /// Whether a row may lack the value (Parquet null, JSON `null`, CSV empty field).
    pub nullable: bool,
}

/// One exported table: its name (also its file stem), what a row is, and its columns.
#[derive(Debug, Clone, Copy)]
pub struct TableSchema {
    /// The table's name, e.g. `paragraphs`; the file is `paragraphs.parquet` (or
    /// `.jsonl`, `.csv`).
    pub name: &'static str,
    /// What one row is.
    pub row: &'static str,
    /// The columns, in file order.
    pub columns: &'static [ColumnSchema],
    /// Fills the table from a corpus.
    pub(crate) fill: for<'a> fn(&baokan::Corpus<'a>, &mut Table<'a>),
}

impl TableSchema {
    /// The column with this name.
    pub fn column(&self, name: &str) -> Option<&'static ColumnSchema> {
        self.columns.iter().find(|c| c.name == name)
    }
}

impl PartialEq for TableSchema {
    fn eq(&self, other: &TableSchema) -> bool {
        self.name == other.name && self.row == other.row && self.columns == other.columns
    }
}

impl Eq for TableSchema {}

const fn col(name: &'static str, ty: ColumnType) -> ColumnSchema {
    ColumnSchema {
        name,
        ty,
        nullable: false,
    }
}

const fn opt(name: &'static str, ty: ColumnType) -> ColumnSchema {
    ColumnSchema {
        name,
        ty,
        nullable: true,
    }
}

use ColumnType::{Boolean, Float64, Int64, UInt32, Utf8, Utf8List};

/// `articles`: one row per article. `reporters` is a list column of the names in its
/// bylines and dateline (typesetting spaces removed: 张 枨 → 张枨); `dateline_closing` is
/// null without a dateline; `duplicate_of` is the id of the earlier article this one
/// reprints; `layout` is its file's layout (`page` or `article_file`).
pub const ARTICLES: TableSchema = TableSchema {
    name: "articles",
    row: "an article",
    columns: &[
        col("id", Utf8),
        col("file", Utf8),
        opt("title", Utf8),
        opt("subtitle", Utf8),
        opt("kicker", Utf8),
        opt("column", Utf8),
        opt("title_without_column", Utf8),
        opt("byline", Utf8),
        col("reporters", Utf8List),
        opt("dateline", Utf8),
        opt("dateline_closing", Boolean),
        opt("date", Utf8),
        opt("date_basis", Utf8),
        opt("continued_from", Utf8),
        opt("continued_to", Utf8),
        opt("duplicate_of", Utf8),
        col("layout", Utf8),
        col("section_count", Int64),
        col("paragraph_count", Int64),
        col("char_start", Int64),
        col("char_end", Int64),
        col("line", UInt32),
    ],
    fill: tables::articles,
};

/// `sections`: one row per section, the untitled lead (`heading` null) included.
pub const SECTIONS: TableSchema = TableSchema {
    name: "sections",
    row: "a section",
    columns: &[
        col("id", Utf8),
        col("article_id", Utf8),
        opt("heading", Utf8),
        opt("subheading", Utf8),
        col("paragraph_count", Int64),
        col("char_start", Int64),
        col("char_end", Int64),
        col("line", UInt32),
        col("column", UInt32),
    ],
    fill: tables::sections,
};

/// `paragraphs`: one row per paragraph, after page-break repair.
pub const PARAGRAPHS: TableSchema = TableSchema {
    name: "paragraphs",
    row: "a paragraph",
    columns: &[
        col("id", Utf8),
        col("section_id", Utf8),
        col("article_id", Utf8),
        col("kind", Utf8),
        col("text", Utf8),
        col("char_start", Int64),
        col("char_end", Int64),
        col("byte_start", Int64),
        col("byte_end", Int64),
        col("file", Utf8),
        col("line", UInt32),
        col("column", UInt32),
        col("joins", Int64),
    ],
    fill: tables::paragraphs,
};

/// `sentences`: one row per sentence.
pub const SENTENCES: TableSchema = TableSchema {
    name: "sentences",
    row: "a sentence",
    columns: &[
        col("id", Utf8),
        col("paragraph_id", Utf8),
        col("section_id", Utf8),
        col("article_id", Utf8),
        col("text", Utf8),
        col("end", Utf8),
        col("char_start", Int64),
        col("char_end", Int64),
        col("line", UInt32),
        col("column", UInt32),
    ],
    fill: tables::sentences,
};

/// `credits`: one row per credit or note line (byline, author note, chart, caption,
/// closing dateline …), which are not paragraphs. `id` is `<article id>.c<n>`, `n`
/// counting the article's credits from 1 in page order (`1.c1`).
pub const CREDITS: TableSchema = TableSchema {
    name: "credits",
    row: "a credit line",
    columns: &[
        col("id", Utf8),
        col("article_id", Utf8),
        col("kind", Utf8),
        col("text", Utf8),
        col("char_start", Int64),
        col("char_end", Int64),
        col("byte_start", Int64),
        col("byte_end", Int64),
        col("file", Utf8),
        col("line", UInt32),
        col("column", UInt32),
    ],
    fill: tables::credits,
};

/// `figures`: one row per figure (a quantity stated with a number).
pub const FIGURES: TableSchema = TableSchema {
    name: "figures",
    row: "a figure",
    columns: &[
        opt("sentence_id", Utf8),
        col("paragraph_id", Utf8),
        col("section_id", Utf8),
        col("article_id", Utf8),
        col("text", Utf8),
        col("value", Float64),
        opt("value_max", Float64),
        opt("unit", Utf8),
        opt("multiplier", Utf8),
        opt("approx", Utf8),
        col("numeral_form", Utf8),
        opt("subject", Utf8),
        col("char_start", Int64),
        col("char_end", Int64),
        col("file", Utf8),
        col("line", UInt32),
        col("column", UInt32),
    ],
    fill: tables::figures,
};

/// `dates`: one row per date or date range mentioned.
pub const DATES: TableSchema = TableSchema {
    name: "dates",
    row: "a date mention",
    columns: &[
        opt("sentence_id", Utf8),
        col("paragraph_id", Utf8),
        col("section_id", Utf8),
        col("article_id", Utf8),
        col("text", Utf8),
        opt("iso", Utf8),
        opt("iso_end", Utf8),
        col("precision", Utf8),
        col("resolved_by", Utf8),
        opt("season", Utf8),
        opt("part", Utf8),
        opt("open", Utf8),
        col("calendar", Utf8),
        col("char_start", Int64),
        col("char_end", Int64),
        col("file", Utf8),
        col("line", UInt32),
        col("column", UInt32),
    ],
    fill: tables::dates,
};

/// `citations`: one row per cited document title 《…》. `issuers` is a list column
/// (an array in JSON Lines; joined by `、` in CSV).
pub const CITATIONS: TableSchema = TableSchema {
    name: "citations",
    row: "a citation",
    columns: &[
        opt("sentence_id", Utf8),
        col("paragraph_id", Utf8),
        col("section_id", Utf8),
        col("article_id", Utf8),
        col("text", Utf8),
        col("title", Utf8),
        opt("kind", Utf8),
        col("issuers", Utf8List),
        opt("action", Utf8),
        opt("date", Utf8),
        col("char_start", Int64),
        col("char_end", Int64),
        col("file", Utf8),
        col("line", UInt32),
        col("column", UInt32),
    ],
    fill: tables::citations,
};

/// `quotes`: one row per quotation “…”.
pub const QUOTES: TableSchema = TableSchema {
    name: "quotes",
    row: "a quotation",
    columns: &[
        opt("sentence_id", Utf8),
        col("paragraph_id", Utf8),
        col("section_id", Utf8),
        col("article_id", Utf8),
        col("text", Utf8),
        col("inner", Utf8),
        col("kind", Utf8),
        opt("speaker", Utf8),
        opt("speaker_title", Utf8),
        opt("speaker_phrase", Utf8),
        col("opened_before", Boolean),
        col("closed_after", Boolean),
        col("attribution", Utf8),
        col("char_start", Int64),
        col("char_end", Int64),
        col("file", Utf8),
        col("line", UInt32),
        col("column", UInt32),
    ],
    fill: tables::quotes,
};

/// `entities`: one row per named entity. `entity_id` is `kind:name`
/// (`person:习近平`): stable across exports and readable in a join.
pub const ENTITIES: TableSchema = TableSchema {
    name: "entities",
    row: "a named entity",
    columns: &[
        col("entity_id", Utf8),
        col("kind", Utf8),
        col("name", Utf8),
        opt("admin_level", Utf8),
        col("mention_count", Int64),
    ],
    fill: tables::entities,
};

/// `entity_mentions`: one row per mention of a named entity, by entity, then in text
/// order.
pub const ENTITY_MENTIONS: TableSchema = TableSchema {
    name: "entity_mentions",
    row: "a mention of a named entity",
    columns: &[
        col("entity_id", Utf8),
        opt("sentence_id", Utf8),
        col("paragraph_id", Utf8),
        col("section_id", Utf8),
        col("article_id", Utf8),
        col("text", Utf8),
        opt("title", Utf8),
        col("char_start", Int64),
        col("char_end", Int64),
        col("file", Utf8),
        col("line", UInt32),
        col("column", UInt32),
    ],
    fill: tables::entity_mentions,
};

/// Every table [`export`](crate::export) writes, in the order it writes them.
pub const TABLES: &[TableSchema] = &[
    ARTICLES,
    SECTIONS,
    PARAGRAPHS,
    SENTENCES,
    CREDITS,
    FIGURES,
    DATES,
    CITATIONS,
    QUOTES,
    ENTITIES,
    ENTITY_MENTIONS,
];
