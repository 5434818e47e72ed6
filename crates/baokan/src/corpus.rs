//! The corpus view: a validated pack and typed access to everything in it.

use baokan_pack::Pack;

use crate::error::Error;
use crate::id::ItemId;
use crate::items::{Article, Paragraph, Section, Sentence};
use crate::source::{Source, SourceFile};

/// A compiled corpus, read in place from pack bytes.
///
/// `Corpus` is `Copy` and a few dozen bytes wide. Opening one reads the pack's header
/// and directory only, in time independent of its size; every accessor then checks
/// what it reads, hands out `&'a str` slices of the pack and allocates nothing. On a
/// damaged pack an accessor gives a documented empty (`""`, `None`, an empty
/// iterator, a zero offset), never a panic; [`Corpus::verify`] checks the whole pack.
///
/// ```
/// let c = baokan::corpus();
/// assert_eq!(c.articles().len(), 2);
/// let a = c.article("1")?;
/// assert_eq!(a.title(), Some("建强战斗堡垒 夯实执政之基"));
/// assert_eq!(a.sections().filter(|s| s.heading().is_some()).count(), 5);
/// # Ok::<(), baokan::Error>(())
/// ```
#[derive(Debug, Clone, Copy, yoke::Yokeable)]
pub struct Corpus<'a> {
    pub(crate) pack: Pack<'a>,
    pub(crate) raw: Option<&'static include_dir::Dir<'static>>,
    /// Count each story once: search counts and statistics skip reprints.
    pub(crate) unique: bool,
}

impl<'a> Corpus<'a> {
    /// Opens a pack from bytes, checking its header and directory (magic, version,
    /// length, the directory's checksum, table bounds): microseconds at any size.
    /// Untrusted bytes are fine: a bad header gives [`Error::Pack`], and bad bytes
    /// further in give documented empties where they are read, never a panic. Call
    /// [`Corpus::verify`] (or open with [`Corpus::from_bytes_verified`]) to check every
    /// byte first.
    ///
    /// ```
    /// assert!(baokan::Corpus::from_bytes(b"BAOKANPK but not really").is_err());
    /// let c = baokan::Corpus::from_bytes(baokan::EMBEDDED_PACK)?;
    /// assert_eq!(c.articles().len(), 2);
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Corpus<'a>, Error> {
        Ok(Corpus {
            pack: Pack::parse(bytes)?,
            raw: None,
            unique: false,
        })
    }

    /// [`Corpus::from_bytes`], then [`Corpus::verify`].
    pub fn from_bytes_verified(bytes: &'a [u8]) -> Result<Corpus<'a>, Error> {
        let c = Self::from_bytes(bytes)?;
        c.verify()?;
        Ok(c)
    }

    /// Checks the whole pack: every table's checksum, the UTF-8 of the text and name
    /// arenas, and every record's spans, indices and child ranges. Linear in the pack's
    /// size (what opening used to cost); any byte changed since the pack was written
    /// gives [`Error::Pack`] naming the table, and the record where one is at fault.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// c.verify()?;
    /// let mut bytes = baokan::EMBEDDED_PACK.to_vec();
    /// let last = bytes.len() - 1;
    /// bytes[last] ^= 1;
    /// assert!(baokan::Corpus::from_bytes(&bytes)?.verify().is_err());
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn verify(&self) -> Result<(), Error> {
        Ok(self.pack.verify()?)
    }

    /// The pack's directory: every table's tag, place, size and stored checksum.
    pub fn tables(&self) -> impl Iterator<Item = baokan_pack::DirEntry> + use<'a> {
        self.pack.directory()
    }

    /// Checks one table against its checksum (see [`Corpus::tables`]).
    pub fn check_table(&self, table: &baokan_pack::DirEntry) -> Result<(), Error> {
        Ok(self.pack.check_table(table)?)
    }

    /// The same corpus, counting each story once: [`count`](Corpus::count), searches,
    /// [`stats`](Corpus::stats), [`ngrams`](Corpus::ngrams) and
    /// [`words`](Corpus::words) skip articles that reprint an earlier one
    /// ([`Article::duplicate_of`](crate::Article::duplicate_of)). Items keep their ids.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// // The seed page prints no story twice.
    /// assert_eq!(c.unique().count("基层")?, c.count("基层")?);
    /// assert!(c.unique().is_unique());
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn unique(self) -> Corpus<'a> {
        Corpus {
            unique: true,
            ..self
        }
    }

    /// Whether this view counts each story once (see [`Corpus::unique`]).
    pub fn is_unique(&self) -> bool {
        self.unique
    }

    /// Whether paragraph `index` is counted: always, unless this view counts each story
    /// once and the paragraph is in a reprint.
    pub(crate) fn counts_paragraph(&self, index: usize) -> bool {
        if !self.unique {
            return true;
        }
        let Some(p) = self.pack.paragraphs().try_get(index) else {
            return false;
        };
        let Some(s) = self.pack.sections().try_get(p.section as usize) else {
            return false;
        };
        self.pack
            .articles()
            .try_get(s.article as usize)
            .is_some_and(|a| a.duplicate_of == baokan_pack::NONE)
    }

    /// The paragraphs statistics count: all, or those of first printings.
    pub(crate) fn counted_paragraphs(
        &self,
    ) -> impl Iterator<Item = crate::Paragraph<'a>> + use<'a> {
        let c = *self;
        self.paragraphs()
            .filter(move |p| c.counts_paragraph(p.index()))
    }

    /// The whole text arena: every title, heading, marker, dateline and repaired
    /// paragraph, one per line, in page order. Item spans are offsets into it.
    ///
    /// Checks the whole arena as UTF-8 on every call (linear in its size: about a tenth
    /// of a millisecond per megabyte), and gives `""` if it is not; items' own `text()`
    /// check only their slice.
    pub fn text(&self) -> &'a str {
        self.pack.text().unwrap_or_default()
    }

    /// The source files.
    pub fn files(
        &self,
    ) -> impl ExactSizeIterator<Item = SourceFile<'a>> + DoubleEndedIterator + use<'a> {
        let pack = self.pack;
        pack.files()
            .iter()
            .enumerate()
            .map(move |(index, rec)| SourceFile { pack, rec, index })
    }

    /// All articles, in page order.
    pub fn articles(
        &self,
    ) -> impl ExactSizeIterator<Item = Article<'a>> + DoubleEndedIterator + Clone + use<'a> {
        let c = *self;
        (0..self.pack.articles().len()).map(move |i| Article::at(c, i))
    }

    /// All sections, in page order.
    pub fn sections(
        &self,
    ) -> impl ExactSizeIterator<Item = Section<'a>> + DoubleEndedIterator + Clone + use<'a> {
        let c = *self;
        (0..self.pack.sections().len()).map(move |i| Section::at(c, i))
    }

    /// All paragraphs, in page order.
    pub fn paragraphs(
        &self,
    ) -> impl ExactSizeIterator<Item = Paragraph<'a>> + DoubleEndedIterator + Clone + use<'a> {
        let c = *self;
        (0..self.pack.paragraphs().len()).map(move |i| Paragraph::at(c, i))
    }

    /// All sentences, in page order.
    pub fn sentences(
        &self,
    ) -> impl ExactSizeIterator<Item = Sentence<'a>> + DoubleEndedIterator + Clone + use<'a> {
        let c = *self;
        (0..self.pack.sentences().len()).map(move |i| Sentence::at(c, i))
    }

    /// The article with this id (`"1"`).
    pub fn article(&self, id: &str) -> Result<Article<'a>, Error> {
        match self.find(id)? {
            Item::Article(a) => Ok(a),
            _ => Err(wrong_depth(
                id,
                "an article id: an article id has one level, like 2",
            )),
        }
    }

    /// The section with this id (`"1.2"`).
    pub fn section(&self, id: &str) -> Result<Section<'a>, Error> {
        match self.find(id)? {
            Item::Section(s) => Ok(s),
            _ => Err(wrong_depth(
                id,
                "a section id: a section id has two levels, like 2.1",
            )),
        }
    }

    /// The paragraph with this id (`"1.2.3"`).
    pub fn paragraph(&self, id: &str) -> Result<Paragraph<'a>, Error> {
        match self.find(id)? {
            Item::Paragraph(p) => Ok(p),
            _ => Err(wrong_depth(
                id,
                "a paragraph id: a paragraph id has three levels, like 2.1.3",
            )),
        }
    }

    /// The sentence with this id (`"1.2.3.1"`).
    pub fn sentence(&self, id: &str) -> Result<Sentence<'a>, Error> {
        match self.find(id)? {
            Item::Sentence(s) => Ok(s),
            _ => Err(wrong_depth(
                id,
                "a sentence id: a sentence id has four levels, like 2.1.3.1",
            )),
        }
    }

    /// The item of any level with this id.
    ///
    /// ```
    /// use baokan::Item;
    /// let c = baokan::corpus();
    /// let Item::Paragraph(p) = c.find("2.1.1")? else { unreachable!() };
    /// assert!(p.text().starts_with("哈尔滨新区科技创新高地"));
    /// assert!(c.find("2.9").is_err());
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn find(&self, id: &str) -> Result<Item<'a>, Error> {
        let parsed: ItemId = id.parse()?;
        let unknown = |kind, hint: String| Error::UnknownId {
            kind,
            id: id.to_string(),
            hint,
        };
        let parts = parsed.parts();
        let n = self.pack.articles().len();
        let a = parts[0] as usize - 1;
        if a >= n {
            return Err(unknown(
                "article",
                format!("the corpus has articles 1 to {n}"),
            ));
        }
        let article = Article::at(*self, a);
        let Some(&s) = parts.get(1) else {
            return Ok(Item::Article(article));
        };
        let Some(section) = article.sections().nth(s as usize - 1) else {
            return Err(unknown(
                "section",
                format!(
                    "article {} has {} sections",
                    parts[0],
                    article.sections().len()
                ),
            ));
        };
        let Some(&p) = parts.get(2) else {
            return Ok(Item::Section(section));
        };
        let Some(paragraph) = section.paragraphs().nth(p as usize - 1) else {
            return Err(unknown(
                "paragraph",
                format!(
                    "section {} has {} paragraphs",
                    section.id(),
                    section.paragraphs().len()
                ),
            ));
        };
        let Some(&t) = parts.get(3) else {
            return Ok(Item::Paragraph(paragraph));
        };
        match paragraph.sentences().nth(t as usize - 1) {
            Some(sentence) => Ok(Item::Sentence(sentence)),
            None => Err(unknown(
                "sentence",
                format!(
                    "paragraph {} has {} sentences",
                    paragraph.id(),
                    paragraph.sentences().len()
                ),
            )),
        }
    }

    /// Where the text at byte offset `at` of [`Corpus::text`] came from (an offset inside
    /// a char counts as that char's start; one past the end, as the last char).
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let at = c.text().find("经费保障制度").unwrap();
    /// let s = c.source_at(at).unwrap();
    /// assert_eq!((s.line, s.column), (65, 51));
    /// let after_join = c.text().find("制度,并建立").unwrap();
    /// assert_eq!((c.source_at(after_join).unwrap().line, c.source_at(after_join).unwrap().column), (67, 1));
    /// ```
    pub fn source_at(&self, at: usize) -> Option<Source<'a>> {
        let (seg, chars) = self.segment_at(at)?;
        let file = self.pack.files().try_get(seg.file as usize)?;
        Some(Source {
            file: self.pack.name(file.name_start, file.name_end),
            line: seg.line,
            // Columns are plain data the validator does not bound: a pack may hold any
            // value, and an accessor must not overflow on it.
            column: seg.column.saturating_add(chars),
        })
    }

    /// The char offset in [`Corpus::text`] of byte offset `at` (an offset inside a char
    /// counts as that char's start).
    pub fn char_at(&self, at: usize) -> usize {
        match self.segment_at(at) {
            Some((seg, chars)) => seg.char_start.saturating_add(chars) as usize,
            None => 0,
        }
    }

    /// The segment holding byte `at` and the chars from its start to `at`; `None` where
    /// the pack's segments or text do not say (a damaged pack).
    fn segment_at(&self, at: usize) -> Option<(baokan_pack::records::SegmentRec, u32)> {
        let segs = self.pack.segments();
        let text = self.pack.text_bytes();
        let mut at = at.min(text.len());
        // Back to the start of the char (at most three continuation bytes in UTF-8).
        for _ in 0..3 {
            match text.get(at) {
                Some(b) if at > 0 && (b & 0xC0) == 0x80 => at -= 1,
                _ => break,
            }
        }
        let at32 = u32::try_from(at).ok()?;
        let seg = segs.get(segs.last_at_or_before(at32)?);
        let between = self.pack.text_get(seg.start, at32)?;
        Some((seg, between.chars().count() as u32))
    }

    /// The original text of a source file, where the corpus carries it: the embedded
    /// corpus carries its files byte for byte, and a compiled pack its decoded sources
    /// unless it was compiled with `--no-source`.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let raw = c.source_text("000_bb83d75fffceb494.txt").unwrap();
    /// assert_eq!(raw.lines().nth(2), Some("建强战斗堡垒 夯实执政之基"));
    /// ```
    pub fn source_text(&self, file: &str) -> Option<&'a str> {
        if let Some(t) = self.raw.and_then(|d| d.get_file(file)?.contents_utf8()) {
            return Some(t);
        }
        self.files()
            .find(|f| f.name() == file)
            .and_then(|f| f.source_text())
    }

    /// Every credit line, in article order.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// assert!(c.credits().all(|k| !k.text().is_empty()));
    /// ```
    pub fn credits(
        &self,
    ) -> impl ExactSizeIterator<Item = crate::Credit<'a>> + DoubleEndedIterator + Clone + use<'a>
    {
        crate::items::run(*self, 0..self.pack.credits().len(), crate::Credit::at)
    }

    /// Counts of everything in the corpus.
    ///
    /// ```
    /// let s = baokan::corpus().stats();
    /// assert_eq!((s.articles, s.sections, s.joins), (2, 9, 6));
    /// ```
    pub fn stats(&self) -> Stats {
        let p = &self.pack;
        // Packs store the two totals that would take a walk; older ones are counted.
        let stored = p.totals().filter(|_| !self.unique);
        let reprints = stored.map_or_else(
            || {
                self.articles()
                    .filter(|a| a.duplicate_of().is_some())
                    .count()
            },
            |t| t.reprints as usize,
        );
        if self.unique {
            let firsts = || self.articles().filter(|a| a.duplicate_of().is_none());
            return Stats {
                files: p.files().len(),
                articles: firsts().count(),
                sections: firsts().map(|a| a.sections().len()).sum(),
                paragraphs: firsts().map(|a| a.paragraphs().len()).sum(),
                sentences: firsts().map(|a| a.sentences().len()).sum(),
                joins: firsts()
                    .flat_map(|a| a.paragraphs())
                    .map(|q| q.joins().len())
                    .sum(),
                paragraph_chars: self.counted_paragraphs().map(|q| q.char_span().len()).sum(),
                credits: firsts().map(|a| a.credits().len()).sum(),
                reprints,
                pack_bytes: p.size(),
            };
        }
        Stats {
            files: p.files().len(),
            articles: p.articles().len(),
            sections: p.sections().len(),
            paragraphs: p.paragraphs().len(),
            sentences: p.sentences().len(),
            joins: p.joins().len(),
            paragraph_chars: stored.map_or_else(
                || self.paragraphs().map(|q| q.char_span().len()).sum(),
                |t| t.paragraph_chars as usize,
            ),
            credits: p.credits().len(),
            reprints,
            pack_bytes: p.size(),
        }
    }
}

fn wrong_depth(id: &str, reason: &'static str) -> Error {
    Error::BadId {
        id: id.to_string(),
        reason,
    }
}

/// An item of any level, as [`Corpus::find`] returns it.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    /// An article.
    Article(Article<'a>),
    /// A section.
    Section(Section<'a>),
    /// A paragraph.
    Paragraph(Paragraph<'a>),
    /// A sentence.
    Sentence(Sentence<'a>),
}

/// Counts of the items in a corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Source files.
    pub files: usize,
    /// Articles.
    pub articles: usize,
    /// Sections, including untitled leads.
    pub sections: usize,
    /// Paragraphs, after page-break repair.
    pub paragraphs: usize,
    /// Sentences.
    pub sentences: usize,
    /// Page-break joins repaired.
    pub joins: usize,
    /// Chars of paragraph text.
    pub paragraph_chars: usize,
    /// Credit lines (bylines, author notes, captions…), which are not paragraphs.
    pub credits: usize,
    /// Articles that reprint an earlier one (a story printed twice); a
    /// [`unique`](Corpus::unique) view leaves them out of the other counts.
    pub reprints: usize,
    /// Size of the pack in bytes.
    pub pack_bytes: usize,
}
