//! Tables in memory, column by column, and the builders that fill them from a corpus.

use std::borrow::Cow;

use baokan::{Corpus, ItemId, Paragraph, Sentence, Source, Span};

use crate::schema::{ColumnSchema, ColumnType, TableSchema};

/// The values of one column. Text borrows from the corpus where it can.
#[derive(Debug)]
pub(crate) enum Data<'a> {
    Utf8(Vec<Option<Cow<'a, str>>>),
    Int64(Vec<Option<i64>>),
    UInt32(Vec<Option<u32>>),
    Float64(Vec<Option<f64>>),
    Boolean(Vec<Option<bool>>),
    Utf8List(Vec<Vec<&'a str>>),
}

impl Data<'_> {
    fn new(ty: ColumnType) -> Self {
        match ty {
            ColumnType::Utf8 => Data::Utf8(Vec::new()),
            ColumnType::Int64 => Data::Int64(Vec::new()),
            ColumnType::UInt32 => Data::UInt32(Vec::new()),
            ColumnType::Float64 => Data::Float64(Vec::new()),
            ColumnType::Boolean => Data::Boolean(Vec::new()),
            ColumnType::Utf8List => Data::Utf8List(Vec::new()),
        }
    }

    /// The values at `rows`, in that order.
    fn take(&self, rows: &[usize]) -> Self {
        fn pick<T: Clone>(v: &[T], rows: &[usize]) -> Vec<T> {
            rows.iter().map(|&r| v[r].clone()).collect()
        }
        match self {
            Data::Utf8(v) => Data::Utf8(pick(v, rows)),
            Data::Int64(v) => Data::Int64(pick(v, rows)),
            Data::UInt32(v) => Data::UInt32(pick(v, rows)),
            Data::Float64(v) => Data::Float64(pick(v, rows)),
            Data::Boolean(v) => Data::Boolean(pick(v, rows)),
            Data::Utf8List(v) => Data::Utf8List(pick(v, rows)),
        }
    }
}

/// One value on its way into a column.
#[derive(Debug)]
pub(crate) enum Value<'a> {
    Null,
    Str(Cow<'a, str>),
    Int(i64),
    UInt(u32),
    Float(f64),
    Bool(bool),
    List(Vec<&'a str>),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(s: &'a str) -> Self {
        Value::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Value<'_> {
    fn from(s: String) -> Self {
        Value::Str(Cow::Owned(s))
    }
}

impl From<ItemId> for Value<'_> {
    fn from(id: ItemId) -> Self {
        Value::Str(Cow::Owned(id.to_string()))
    }
}

impl From<usize> for Value<'_> {
    fn from(n: usize) -> Self {
        Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Value<'_> {
    fn from(n: u32) -> Self {
        Value::UInt(n)
    }
}

impl From<f64> for Value<'_> {
    fn from(x: f64) -> Self {
        Value::Float(x)
    }
}

impl From<bool> for Value<'_> {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl<'a> From<Vec<&'a str>> for Value<'a> {
    fn from(v: Vec<&'a str>) -> Self {
        Value::List(v)
    }
}

impl<'a, T: Into<Value<'a>>> From<Option<T>> for Value<'a> {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}

/// A table being filled row by row, stored column by column.
#[derive(Debug)]
pub(crate) struct Table<'a> {
    pub(crate) schema: &'static TableSchema,
    /// The columns written, in order: the schema's, after a `pack` column in a dataset.
    pub(crate) fields: Vec<ColumnSchema>,
    pub(crate) columns: Vec<Data<'a>>,
    /// The column the next value goes into.
    next: usize,
    rows: usize,
}

impl<'a> Table<'a> {
    pub(crate) fn new(schema: &'static TableSchema) -> Self {
        Table {
            schema,
            fields: schema.columns.to_vec(),
            columns: schema.columns.iter().map(|c| Data::new(c.ty)).collect(),
            next: 0,
            rows: 0,
        }
    }

    /// Builds the whole table from a corpus.
    pub(crate) fn build(schema: &'static TableSchema, corpus: &Corpus<'a>) -> Self {
        let mut t = Table::new(schema);
        (schema.fill)(corpus, &mut t);
        assert_eq!(
            t.next, 0,
            "table {}: the last row is unfinished",
            schema.name
        );
        t
    }

    /// Number of complete rows.
    pub(crate) fn rows(&self) -> usize {
        self.rows
    }

    /// The rows at `rows`, in that order.
    pub(crate) fn take(&self, rows: &[usize]) -> Table<'a> {
        Table {
            schema: self.schema,
            fields: self.fields.clone(),
            columns: self.columns.iter().map(|c| c.take(rows)).collect(),
            next: 0,
            rows: rows.len(),
        }
    }

    /// The values of the text column `name`, if the table has one.
    pub(crate) fn text_column(&mut self, name: &str) -> Option<&mut Vec<Option<Cow<'a, str>>>> {
        let i = self.fields.iter().position(|c| c.name == name)?;
        match &mut self.columns[i] {
            Data::Utf8(v) => Some(v),
            _ => None,
        }
    }

    /// Puts a text column holding `value` in every row before the others.
    pub(crate) fn prepend_constant(&mut self, name: &'static str, value: &str) {
        let value: Cow<'a, str> = Cow::Owned(value.to_string());
        self.fields.insert(
            0,
            ColumnSchema {
                name,
                ty: ColumnType::Utf8,
                nullable: false,
            },
        );
        self.columns
            .insert(0, Data::Utf8(vec![Some(value); self.rows]));
    }

    /// Puts `v` into the next column of the current row.
    ///
    /// # Panics
    ///
    /// When the value does not fit the column's type or nullability: a builder that
    /// disagrees with [`crate::schema`], which the tests would catch.
    fn put(&mut self, v: impl Into<Value<'a>>) {
        let spec = &self.fields[self.next];
        let v = v.into();
        let mismatch = |v: &Value<'_>| -> ! {
            panic!(
                "table {}, column {} ({}{}): got {v:?}",
                self.schema.name,
                spec.name,
                spec.ty.as_str(),
                if spec.nullable { ", nullable" } else { "" },
            )
        };
        if matches!(v, Value::Null) && !spec.nullable {
            mismatch(&v);
        }
        match (&mut self.columns[self.next], v) {
            (Data::Utf8(c), Value::Str(s)) => c.push(Some(s)),
            (Data::Utf8(c), Value::Null) => c.push(None),
            (Data::Int64(c), Value::Int(n)) => c.push(Some(n)),
            (Data::Int64(c), Value::Null) => c.push(None),
            (Data::UInt32(c), Value::UInt(n)) => c.push(Some(n)),
            (Data::UInt32(c), Value::Null) => c.push(None),
            (Data::Float64(c), Value::Float(x)) => c.push(Some(x)),
            (Data::Float64(c), Value::Null) => c.push(None),
            (Data::Boolean(c), Value::Bool(b)) => c.push(Some(b)),
            (Data::Boolean(c), Value::Null) => c.push(None),
            (Data::Utf8List(c), Value::List(l)) => c.push(l),
            (_, v) => mismatch(&v),
        }
        self.next += 1;
        if self.next == self.columns.len() {
            self.next = 0;
            self.rows += 1;
        }
    }
}

pub(crate) fn articles<'a>(c: &Corpus<'a>, t: &mut Table<'a>) {
    for a in c.articles() {
        let chars = a.char_span();
        t.put(a.id());
        t.put(a.file().name());
        let dateline = a.dateline();
        t.put(a.title());
        t.put(a.subtitle());
        t.put(a.kicker());
        t.put(a.column());
        t.put(a.title_without_column());
        t.put(a.byline());
        t.put(a.reporters().map(|r| r.name).collect::<Vec<_>>());
        t.put(dateline.map(|d| d.text));
        t.put(dateline.map(|d| d.closing));
        t.put(a.date().map(|d| d.to_string()));
        t.put(a.date_basis().map(|b| b.as_str()));
        t.put(a.continued_from().map(|m| m.page));
        t.put(a.continued_to().map(|m| m.page));
        t.put(a.duplicate_of().map(|d| d.id()));
        t.put(a.file().layout().as_str());
        t.put(a.sections().len());
        t.put(a.paragraphs().len());
        t.put(chars.start);
        t.put(chars.end);
        t.put(a.source().line);
    }
}

pub(crate) fn sections<'a>(c: &Corpus<'a>, t: &mut Table<'a>) {
    for s in c.sections() {
        let chars = s.char_span();
        let source = s.source();
        t.put(s.id());
        t.put(s.article().id());
        t.put(s.heading());
        t.put(s.subheading());
        t.put(s.paragraphs().len());
        t.put(chars.start);
        t.put(chars.end);
        t.put(source.line);
        t.put(source.column);
    }
}

pub(crate) fn paragraphs<'a>(c: &Corpus<'a>, t: &mut Table<'a>) {
    for p in c.paragraphs() {
        let section = p.section();
        let chars = p.char_span();
        let bytes = p.span();
        let source = p.source();
        t.put(p.id());
        t.put(section.id());
        t.put(section.article().id());
        t.put(p.kind().as_str());
        t.put(p.text());
        t.put(chars.start);
        t.put(chars.end);
        t.put(bytes.start);
        t.put(bytes.end);
        t.put(source.file);
        t.put(source.line);
        t.put(source.column);
        t.put(p.joins().len());
    }
}

pub(crate) fn sentences<'a>(c: &Corpus<'a>, t: &mut Table<'a>) {
    for s in c.sentences() {
        let p = s.paragraph();
        let section = p.section();
        let chars = s.char_span();
        let source = s.source();
        t.put(s.id());
        t.put(p.id());
        t.put(section.id());
        t.put(section.article().id());
        t.put(s.text());
        t.put(s.end().as_str());
        t.put(chars.start);
        t.put(chars.end);
        t.put(source.line);
        t.put(source.column);
    }
}

/// Credits by article, then in page order; `id` is `<article id>.c<n>`, `n` from 1.
pub(crate) fn credits<'a>(c: &Corpus<'a>, t: &mut Table<'a>) {
    for a in c.articles() {
        let article = a.id().to_string();
        for (n, k) in a.credits().enumerate() {
            let chars = k.char_span();
            let bytes = k.span();
            let source = k.source();
            t.put(format!("{article}.c{}", n + 1));
            t.put(article.clone());
            t.put(k.kind().as_str());
            t.put(k.text());
            t.put(chars.start);
            t.put(chars.end);
            t.put(bytes.start);
            t.put(bytes.end);
            t.put(source.file);
            t.put(source.line);
            t.put(source.column);
        }
    }
}

/// What every mention row shares: where it is.
struct Anchor<'a> {
    sentence: Option<Sentence<'a>>,
    paragraph: Paragraph<'a>,
    text: &'a str,
    chars: Span,
    source: Source<'a>,
}

/// The [`Anchor`] of any mention type (they share these accessors, not a trait).
macro_rules! anchor {
    ($m:expr) => {
        Anchor {
            sentence: $m.sentence(),
            paragraph: $m.paragraph(),
            text: $m.text(),
            chars: $m.char_span(),
            source: $m.source(),
        }
    };
}

impl<'a> Anchor<'a> {
    /// `sentence_id, paragraph_id, section_id, article_id, text`.
    fn head(&self, t: &mut Table<'a>) {
        let section = self.paragraph.section();
        t.put(self.sentence.map(|s| s.id()));
        t.put(self.paragraph.id());
        t.put(section.id());
        t.put(section.article().id());
        t.put(self.text);
    }

    /// `char_start, char_end, file, line, column`.
    fn tail(&self, t: &mut Table<'a>) {
        t.put(self.chars.start);
        t.put(self.chars.end);
        t.put(self.source.file);
        t.put(self.source.line);
        t.put(self.source.column);
    }
}

pub(crate) fn figures<'a>(c: &Corpus<'a>, t: &mut Table<'a>) {
    for f in c.figures() {
        let at = anchor!(f);
        at.head(t);
        t.put(f.value());
        t.put(f.value_max());
        t.put(f.unit());
        t.put(f.multiplier());
        t.put(f.approx().map(|a| a.as_str()));
        t.put(f.numeral_form().as_str());
        t.put(f.subject());
        at.tail(t);
    }
}

pub(crate) fn dates<'a>(c: &Corpus<'a>, t: &mut Table<'a>) {
    for d in c.dates() {
        let at = anchor!(d);
        at.head(t);
        t.put(d.iso());
        t.put(d.iso_end());
        t.put(d.precision().as_str());
        t.put(d.resolved_by().as_str());
        t.put(d.season().map(|x| x.as_str()));
        t.put(d.part().map(|x| x.as_str()));
        t.put(d.open().map(|x| x.as_str()));
        t.put(d.calendar().as_str());
        at.tail(t);
    }
}

pub(crate) fn citations<'a>(c: &Corpus<'a>, t: &mut Table<'a>) {
    for x in c.citations() {
        let at = anchor!(x);
        at.head(t);
        t.put(x.title());
        t.put(x.kind());
        t.put(x.issuers().collect::<Vec<_>>());
        t.put(x.action());
        t.put(x.date());
        at.tail(t);
    }
}

pub(crate) fn quotes<'a>(c: &Corpus<'a>, t: &mut Table<'a>) {
    for q in c.quotes() {
        let at = anchor!(q);
        at.head(t);
        t.put(q.inner());
        t.put(q.kind().as_str());
        t.put(q.speaker());
        t.put(q.speaker_title());
        t.put(q.speaker_phrase());
        t.put(q.opened_before());
        t.put(q.closed_after());
        t.put(q.attribution().as_str());
        at.tail(t);
    }
}

/// The stable id of an entity: `kind:name`, e.g. `person:习近平`.
fn entity_id(e: &baokan::Entity<'_>) -> String {
    format!("{}:{}", e.kind().as_str(), e.name())
}

pub(crate) fn entities<'a>(c: &Corpus<'a>, t: &mut Table<'a>) {
    for e in c.entities() {
        t.put(entity_id(&e));
        t.put(e.kind().as_str());
        t.put(e.name());
        t.put(e.admin_level().map(|l| l.as_str()));
        t.put(e.mentions().len());
    }
}

pub(crate) fn entity_mentions<'a>(c: &Corpus<'a>, t: &mut Table<'a>) {
    for e in c.entities() {
        let id = entity_id(&e);
        for m in e.mentions() {
            let at = anchor!(m);
            t.put(id.clone());
            at.head(t);
            t.put(m.title());
            at.tail(t);
        }
    }
}
