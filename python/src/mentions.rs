//! Typed mentions: `Corpus.figures`, `dates`, `citations`, `quotes`, `entities` and
//! `timeline`, their classes, and `baokan.extract`, `baokan.parse_number` and
//! `baokan.parse_numeral`.
//!
//! As everywhere in the binding, the lists are collected with the GIL released (the
//! crate's views borrow the held pack and are `Send`) and wrapped as Python objects
//! after. Enum fields are plain strings, the same snake_case names `to_dict()` and the
//! CLI's JSON use.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyString};

use crate::errors::bad_argument;
use crate::held::{Held, held};
use crate::items::{Article, Sentence, Source};
use crate::shared::{identity, methods};
use crate::util::preview;

/// Chars of text shown by `repr`.
const PREVIEW: usize = 24;

fn opt(s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_string(), |s| format!("{s:?}"))
}

/// A mention class: equality and hashing by identity (the same span of the same
/// corpus), and the accessors every mention shares, followed by its own.
macro_rules! mention_class {
    ($ty:ident, { $($own:tt)* }) => {
        identity!($ty by span);

        methods! {
            impl $ty {
                /// The mention's text, as it stands in Corpus.text.
                get text -> &str;

                offsets;

                /// Where its first char stands in the source.
                wrap source -> Source;

                located;

                /// The mention as a dict of plain values: text, the ids of its article,
                /// paragraph and sentence, char and byte offsets, source, and its own fields.
                to_dict;

                $($own)*
            }
        }
    };
}

/// A quantity stated with a number: 51.8万人, 3.2亿-3.5亿元, 60余万平方米, 五级, 5年来.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Figure(Held<FigureView<'static>>);
held!(Figure: Figure, FigureView, FigureList);

mention_class!(Figure, {
    /// The value, after multipliers (51.8万 → 518000.0).
    get value -> f64;

    /// The upper value of a range (3.2亿-3.5亿元 → 350000000.0), else None.
    get value_max -> Option<f64>;

    /// The unit or measure word (人, 家, 元, %, 平方米 …), or None.
    get unit -> Option<&str>;

    /// The multiplier applied (万, 亿), or None.
    get multiplier -> Option<&str>;

    /// The approximating qualifier: "more_than" (多, 余, 以上), "at_least" (至少,
    /// 不低于), "about" (约, 近, 左右), "up_to" (不超过, 以内), or None.
    #[getter]
    fn approx(&self) -> PyResult<Option<&'static str>> {
        Ok(self.0.get()?.approx().map(|a| a.as_str()))
    }

    /// How the number is written: "arabic" (51.8万) or "chinese" (五, 三千五百).
    #[getter]
    fn numeral_form(&self) -> PyResult<&'static str> {
        Ok(self.0.get()?.numeral_form().as_str())
    }

    /// The thing measured, when the sentence states it plainly, or None.
    get subject -> Option<&str>;

    fn __repr__(&self) -> String {
        format!(
            "<baokan.Figure {:?} value={:?} unit={} in {}>",
            self.0.raw().text(),
            self.0.raw().value(),
            opt(self.0.raw().unit()),
            self.0.raw().paragraph().id()
        )
    }
});

/// A date or date range in the text, normalised against its article's date.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct DateMention(Held<DateMentionView<'static>>);
held!(DateMention: DateMention, DateMentionView, DateMentionList);

mention_class!(DateMention, {
    /// The (start) value as ISO 8601 at its precision: "2018-11-06", "2021-06",
    /// "2014"; None when it could not be resolved.
    get iso -> Option<&str>;

    /// The end of a range, in the same form, else None.
    get iso_end -> Option<&str>;

    /// How precise iso is: "year", "season", "month", "day", "decade" or "century".
    #[getter]
    fn precision(&self) -> PyResult<&'static str> {
        Ok(self.0.get()?.precision().as_str())
    }

    /// Where the value came from: "explicit" (the text alone), "article_date" (the
    /// year, or more, from the article's date), "narrated_year" (a year the text told
    /// before it: 同年7月) or "unresolved" (nothing settles it; iso is None).
    #[getter]
    fn resolved_by(&self) -> PyResult<&'static str> {
        Ok(self.0.get()?.resolved_by().as_str())
    }

    /// The season named (1943年春): "spring", "summer", "autumn", "winter", or None.
    #[getter]
    fn season(&self) -> PyResult<Option<&'static str>> {
        Ok(self.0.get()?.season().map(|x| x.as_str()))
    }

    /// The part of the period named (年底, 上旬): "early", "middle", "late", or None.
    #[getter]
    fn part(&self) -> PyResult<Option<&'static str>> {
        Ok(self.0.get()?.part().map(|x| x.as_str()))
    }

    /// How a period the date opens runs on: "since" (以来, to the article's date),
    /// "onward" (起), or None.
    #[getter]
    fn open(&self) -> PyResult<Option<&'static str>> {
        Ok(self.0.get()?.open().map(|x| x.as_str()))
    }

    /// The calendar the text writes it in: "gregorian" or "lunar" (正月十五; iso is the
    /// Gregorian day).
    #[getter]
    fn calendar(&self) -> PyResult<&'static str> {
        Ok(self.0.get()?.calendar().as_str())
    }

    fn __repr__(&self) -> String {
        format!(
            "<baokan.DateMention {:?} iso={} precision={} in {}>",
            self.0.raw().text(),
            opt(self.0.raw().iso()),
            self.0.raw().precision().as_str(),
            self.0.raw().paragraph().id()
        )
    }
});

/// A cited document title 《…》, with the issuers, action and date its sentence states.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Citation(Held<CitationView<'static>>);
held!(Citation: Citation, CitationView, CitationList);

mention_class!(Citation, {
    /// The title inside the marks.
    get title -> &str;

    /// The document type the title ends with (条例, 意见, 办法 …), or None.
    get kind -> Option<&str>;

    /// The issuers the sentence states, in order (possibly none).
    #[getter]
    fn issuers(&self) -> PyResult<Vec<&str>> {
        Ok(self.0.get()?.issuers().collect())
    }

    /// The action the sentence states (印发, 修订, 制定 …), or None.
    get action -> Option<&str>;

    /// The date the sentence states, as ISO at its precision, or None.
    get date -> Option<&str>;

    fn __repr__(&self) -> String {
        format!(
            "<baokan.Citation 《{}》 in {}>",
            preview(self.0.raw().title(), PREVIEW),
            self.0.raw().paragraph().id()
        )
    }
});

/// A quotation “…”: reported speech with its speaker where the text states one, or a
/// quoted term.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Quote(Held<QuoteView<'static>>);
held!(Quote: Quote, QuoteView, QuoteList);

mention_class!(Quote, {
    /// The quoted text, without the marks.
    get inner -> &str;

    /// What it is: "speech" (reported speech or a quoted statement) or "term" (a short
    /// coined term or name, like “两委”).
    #[getter]
    fn kind(&self) -> PyResult<&'static str> {
        Ok(self.0.get()?.kind().as_str())
    }

    /// The speaker's name (习近平, 张弛), when the text states it; never guessed.
    get speaker -> Option<&str>;

    /// The speaker's title (总书记, 总经理), when stated.
    get speaker_title -> Option<&str>;

    /// The speaker phrase as written (习近平总书记, 相关负责人), when stated.
    get speaker_phrase -> Option<&str>;

    /// Whether the opening mark stood before this paragraph (on a previous page).
    get opened_before -> bool;

    /// Whether the closing mark is missing from this paragraph.
    get closed_after -> bool;

    /// How the speaker was found: "before" or "after" (a phrase of saying next to the
    /// quote), "enumeration", "pronoun" (他说, read as the last person named before),
    /// "continued" (a quotation over several paragraphs), "implicit" (the one person its
    /// paragraph names), or "none".
    #[getter]
    fn attribution(&self) -> PyResult<&'static str> {
        Ok(self.0.get()?.attribution().as_str())
    }

    fn __repr__(&self) -> String {
        format!(
            "<baokan.Quote {} {:?} speaker={} in {}>",
            self.0.raw().kind().as_str(),
            preview(self.0.raw().inner(), PREVIEW),
            opt(self.0.raw().speaker()),
            self.0.raw().paragraph().id()
        )
    }
});

/// One mention of a named entity.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct EntityMention(Held<EntityMentionView<'static>>);
held!(EntityMention: EntityMention, EntityMentionView, EntityMentionList);

mention_class!(EntityMention, {
    /// The entity mentioned.
    wrap entity -> Entity;

    /// The entity's kind: "person", "place" or "org".
    #[getter]
    fn kind(&self) -> PyResult<&'static str> {
        Ok(self.0.get()?.entity().kind().as_str())
    }

    /// The entity's normalised name (习近平 for 习近平同志).
    #[getter]
    fn name(&self) -> PyResult<&str> {
        Ok(self.0.get()?.entity().name())
    }

    /// A title attached to a person here (总书记, 总经理), or None.
    get title -> Option<&str>;

    /// A place's administrative level, where known (see Entity.admin_level).
    #[getter]
    fn admin_level(&self) -> PyResult<Option<&'static str>> {
        Ok(self.0.get()?.entity().admin_level().map(|l| l.as_str()))
    }

    fn __repr__(&self) -> String {
        let e = self.0.raw().entity();
        format!(
            "<baokan.EntityMention {} {:?} {:?} in {}>",
            e.kind().as_str(),
            e.name(),
            self.0.raw().text(),
            self.0.raw().paragraph().id()
        )
    }
});

/// A named entity of the corpus: a person, place or organisation, with its mentions.
///
/// Entities compare equal, and hash alike, when they are the same entity of the same
/// corpus.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Entity(Held<EntityView<'static>>);
held!(Entity: Entity, EntityView, EntityList);

impl Entity {
    /// The identity of an entity: its kind and its name's place in its pack (names are
    /// slices of the pack, so two corpora never share one).
    fn key(&self) -> (&'static str, usize, usize) {
        let name = self.0.raw().name();
        (
            self.0.raw().kind().as_str(),
            name.as_ptr() as usize,
            name.len(),
        )
    }
}

identity!(Entity);

methods! {
    impl Entity {
        /// What it is: "person", "place" or "org".
        #[getter]
        fn kind(&self) -> PyResult<&'static str> {
            Ok(self.0.get()?.kind().as_str())
        }

        /// The normalised name (习近平 for 习近平同志).
        get name -> &str;

        /// A place's administrative level, where known: "country", "province",
        /// "prefecture", "county", "township" or "village"; else None.
        #[getter]
        fn admin_level(&self) -> PyResult<Option<&'static str>> {
            Ok(self.0.get()?.admin_level().map(|l| l.as_str()))
        }

        /// Every mention, in text order.
        wrap mentions -> Vec<EntityMention>;

        /// The number of mentions.
        #[getter]
        fn count(&self) -> PyResult<usize> {
            Ok(self.0.get()?.mentions().len())
        }

        /// The entity as a dict of plain values: kind, name, admin_level, count and its
        /// mentions (each as EntityMention.to_dict gives it).
        to_dict;

        fn __repr__(&self) -> String {
            format!(
                "<baokan.Entity {} {:?} ({} mentions)>",
                self.0.raw().kind().as_str(),
                self.0.raw().name(),
                self.0.raw().mentions().len()
            )
        }
    }
}

/// A dated statement: a resolved date mention and the sentence that holds it.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct TimelineEntry(Held<TimelineEntryView<'static>>);
held!(TimelineEntry: TimelineEntry, TimelineEntryView, TimelineEntryList);

impl TimelineEntry {
    /// The identity of an entry: that of its date mention.
    fn key(&self) -> (usize, usize, usize) {
        let date = self.0.raw().date;
        let span = date.span();
        (
            crate::util::arena(date.text(), span.start),
            span.start,
            span.end,
        )
    }
}

identity!(TimelineEntry);

methods! {
    impl TimelineEntry {
        /// The date mention.
        #[getter]
        fn date(&self) -> PyResult<DateMention> {
            Ok(DateMention(self.0.project(|t, _| DateMentionView(t.date))?))
        }

        /// The date as ISO 8601 at its precision (never None in a timeline).
        get iso of date -> Option<&str>;

        /// The end of a range, else None.
        get iso_end of date -> Option<&str>;

        /// "year", "season", "month", "day", "decade" or "century".
        #[getter]
        fn precision(&self) -> PyResult<&'static str> {
            Ok(self.0.get()?.date.precision().as_str())
        }

        /// "explicit", "article_date" or "narrated_year".
        #[getter]
        fn resolved_by(&self) -> PyResult<&'static str> {
            Ok(self.0.get()?.date.resolved_by().as_str())
        }

        /// The date as written.
        get text of date -> &str;

        /// The sentence that states it.
        wrap sentence -> Option<Sentence>;

        /// The article it is in.
        wrap article of date -> Article;

        /// Char offset in Corpus.text where the date begins.
        char_start of date;

        /// Char offset in Corpus.text one past its end.
        char_end of date;

        /// Where the date stands in the source.
        wrap source of date -> Source;

        /// The entry as a dict of plain values: iso, iso_end, precision, resolved_by, text,
        /// sentence (its text), sentence_id, char_start, char_end and source.
        to_dict;

        fn __repr__(&self) -> String {
            format!(
                "<baokan.TimelineEntry {} {:?}>",
                self.0.raw().date.iso().unwrap_or("?"),
                preview(self.0.raw().sentence().map_or("", |s| s.text()), PREVIEW)
            )
        }
    }
}

/// The corpus, as the functions below take it.
type Corpus = Held<baokan::Corpus<'static>>;

/// `Corpus.figures`.
pub(crate) fn figures(py: Python<'_>, c: &Corpus, unit: Option<&str>) -> Vec<Figure> {
    c.list(py, |c, _| {
        c.figures()
            .filter(|f| unit.is_none() || f.unit() == unit)
            .collect()
    })
}

/// `Corpus.dates`.
pub(crate) fn dates(py: Python<'_>, c: &Corpus) -> Vec<DateMention> {
    c.list(py, |c, _| c.dates().collect())
}

/// `Corpus.citations`.
pub(crate) fn citations(py: Python<'_>, c: &Corpus) -> Vec<Citation> {
    c.list(py, |c, _| c.citations().collect())
}

/// A `kind=` argument: one of `allowed`, or BadArgumentError.
pub(crate) fn kind_arg(
    py: Python<'_>,
    kind: Option<&str>,
    allowed: &[&'static str],
) -> PyResult<()> {
    match kind {
        Some(k) if !allowed.contains(&k) => Err(bad_argument(
            py,
            "kind",
            format!("{k:?} is not one of {}", allowed.join(", ")),
        )),
        _ => Ok(()),
    }
}

/// `Corpus.quotes`.
pub(crate) fn quotes(
    py: Python<'_>,
    c: &Corpus,
    speaker: Option<&str>,
    kind: Option<&str>,
) -> PyResult<Vec<Quote>> {
    kind_arg(py, kind, baokan::QuoteKind::NAMES)?;
    Ok(c.list(py, |c, _| {
        c.quotes()
            .filter(|q| speaker.is_none() || q.speaker() == speaker)
            .filter(|q| kind.is_none_or(|k| q.kind().as_str() == k))
            .collect()
    }))
}

/// `Corpus.entities`.
pub(crate) fn entities(py: Python<'_>, c: &Corpus, kind: Option<&str>) -> PyResult<Vec<Entity>> {
    kind_arg(py, kind, baokan::EntityKind::NAMES)?;
    Ok(c.list(py, |c, _| {
        c.entities()
            .filter(|e| kind.is_none_or(|k| e.kind().as_str() == k))
            .collect()
    }))
}

/// `Corpus.timeline`.
pub(crate) fn timeline(py: Python<'_>, c: &Corpus) -> Vec<TimelineEntry> {
    c.list(py, |c, _| c.timeline().into_iter().collect())
}

// ---------------------------------------------------------------------------------
// baokan.extract, baokan.parse_number and baokan.parse_numeral

/// The reference date of `extract`: a `datetime.date` (or `datetime.datetime`, whose
/// date is taken), an ISO string "YYYY-MM-DD", or None.
fn reference_date(
    py: Python<'_>,
    date: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<baokan::Date>> {
    let Some(d) = date else { return Ok(None) };
    if let Ok(s) = d.cast::<PyString>() {
        let s = s.to_str()?;
        return s
            .parse::<baokan::Date>()
            .map(Some)
            .map_err(|e| bad_argument(py, "date", e.to_string()));
    }
    if d.is_instance_of::<PyDate>() {
        let year: i32 = d.getattr("year")?.extract()?;
        let month: u32 = d.getattr("month")?.extract()?;
        let day: u32 = d.getattr("day")?.extract()?;
        return baokan::Date::new(year, month, day)
            .map(Some)
            .ok_or_else(|| {
                bad_argument(
                    py,
                    "date",
                    format!("{year:04}-{month:02}-{day:02} is out of range"),
                )
            });
    }
    Err(PyTypeError::new_err(format!(
        "date is a datetime.date or an ISO string like \"2022-10-09\", not {}",
        d.get_type().name()?
    )))
}

/// Finds the mentions in any text: figures, dates, citations, quotations and entity
/// mentions, as a dict of lists of plain dicts (one list per kind; `pandas.DataFrame`
/// takes any of them). Each dict has the keys of the located mentions every face prints
/// (`baokan::locate`, the CLI's `extract --json` and `figures --json` …): text;
/// article, paragraph and sentence (None: the text is no item of a corpus);
/// char_start/char_end (code points into `text`), byte_start/byte_end (UTF-8); source
/// ({file: "-", line, column} in `text`) and the fields of its kind. `date` (a datetime.date or "YYYY-MM-DD") is the date relative
/// dates (今年8月, 明年) resolve against; a bad string raises BadArgumentError.
#[pyfunction]
#[pyo3(signature = (text, date=None))]
pub(crate) fn extract<'py>(
    py: Python<'py>,
    text: &str,
    date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let reference = reference_date(py, date)?;
    let found = py.detach(|| baokan::extract(text, reference));
    Ok(pythonize::pythonize(
        py,
        &baokan::locate(text, &found, "-"),
    )?)
}

/// The value of a number written in Chinese or Arabic numerals, with multipliers:
/// "一百二十三" → 123.0, "一千零十" → 1010.0, "1.5亿" → 150000000.0, "51.8万" →
/// 518000.0; None for a range (十七八) and for anything that is not one number.
#[pyfunction]
pub(crate) fn parse_number(s: &str) -> Option<f64> {
    baokan::parse_number(s)
}

fn numeral_kind_str(k: baokan::NumeralKind) -> &'static str {
    match k {
        baokan::NumeralKind::Number => "number",
        baokan::NumeralKind::Digits => "digits",
        baokan::NumeralKind::Percent => "percent",
        baokan::NumeralKind::Permille => "permille",
        baokan::NumeralKind::Fraction => "fraction",
        baokan::NumeralKind::Money => "money",
    }
}

/// A number read by `parse_numeral`: its value, the upper end of a range and its kind.
#[pyclass(frozen, eq, module = "baokan")]
#[derive(PartialEq)]
pub struct Numeral(baokan::Numeral);

#[pymethods]
impl Numeral {
    /// The value, or the lower end of a range (十七八 → 17.0).
    #[getter]
    fn value(&self) -> f64 {
        self.0.value
    }

    /// The upper end of a range (十七八 → 18.0, 三五百 → 500.0), else None.
    #[getter]
    fn value_max(&self) -> Option<f64> {
        self.0.value_max
    }

    /// What the value is: "number", "digits" (二〇一九), "percent" (百分之三 → 3.0),
    /// "permille" (千分之五 → 5.0), "fraction" (三分之一 → 0.333…) or "money" (an
    /// amount in 元: 壹拾壹元壹角 → 11.1).
    #[getter]
    fn kind(&self) -> &'static str {
        numeral_kind_str(self.0.kind)
    }

    fn __repr__(&self) -> String {
        match self.0.value_max {
            Some(max) => format!(
                "<baokan.Numeral {:?}..{:?} {}>",
                self.0.value,
                max,
                self.kind()
            ),
            None => format!("<baokan.Numeral {:?} {}>", self.0.value, self.kind()),
        }
    }
}

/// Reads one whole string as a number, a range or a share, or returns None: "一千零十"
/// → value 1010.0; "十七八" → value 17.0, value_max 18.0; "百分之三" → 3.0, kind
/// "percent"; "三分之一" → 0.333…, kind "fraction". None for anything ambiguous or
/// malformed ("十七十八", "一千千") and for vague numerals ("几十", "数百").
#[pyfunction]
pub(crate) fn parse_numeral(s: &str) -> Option<Numeral> {
    baokan::parse_numeral(s).map(Numeral)
}
