//! The pack from both sides: the compiler writes the same bytes every time, and the
//! reader never panics on a malformed pack. Opening checks only the header and the
//! directory, so most damage opens: every accessor is then exercised on the result (the
//! lazy checks must give errors or documented empties), and `verify` must reject it.
//! Where a mutation is made to pass the checksums and `verify` still accepts it, the
//! strict walk (every invariant the API promises) must hold too.
//!
//! The layout is read from the header and directory (see `baokan_pack::format`), not
//! hard-coded, so these tests follow the format as tables are added.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use baokan::{Corpus, Error, Item};
use baokan_pack::format::{DIR_ENTRY_LEN, HEADER_LEN, TableId};
use baokan_pack::records::{
    ArticleRec, CitationRec, CreditRec, DateRec, EntityMentionRec, EntityRec, FigureRec, FileRec,
    IssuerRec, JoinRec, ParagraphRec, QuoteRec, Record, ReporterRec, SectionRec, SegmentRec,
    SentenceRec, SuffixKeyRec, SuffixRec, TotalsRec,
};
use baokan_pack::{FORMAT_VERSION, PackError};
use proptest::prelude::*;

const SEED_NAME: &str = "000_bb83d75fffceb494.txt";
const SEED: &str = include_str!("../data/000_bb83d75fffceb494.txt");

fn data_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data"))
}

fn pack() -> &'static [u8] {
    baokan::EMBEDDED_PACK
}

fn word(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

fn set_word(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

/// Recomputes every table's CRC-32 in the directory (for the entries that lie inside
/// the bytes), then the header's over bytes 8..20 and 24..end of the directory, so a
/// mutation reaches the checks behind the checksums.
fn fix_checksum(b: &mut [u8]) {
    if b.len() < 24 {
        return;
    }
    let count = word(b, 12) as usize;
    let dir_end = HEADER_LEN.saturating_add(count.saturating_mul(DIR_ENTRY_LEN));
    for i in 0..count.min(b.len() / DIR_ENTRY_LEN) {
        let at = HEADER_LEN + i * DIR_ENTRY_LEN;
        if at + DIR_ENTRY_LEN > b.len() {
            break;
        }
        let (off, len) = (word(b, at + 4) as usize, word(b, at + 8) as usize);
        if let Some(t) = b.get(off..off.saturating_add(len)) {
            let crc = crc32fast::hash(t);
            set_word(b, at + 12, crc);
        }
    }
    let mut h = crc32fast::Hasher::new();
    h.update(&b[8..20]);
    h.update(b.get(24..dir_end.min(b.len())).unwrap_or_default());
    let crc = h.finalize();
    set_word(b, 20, crc);
}

/// Stores the real length in the header and fixes the checksum.
fn fix_header(b: &mut [u8]) {
    if b.len() >= 24 {
        let len = b.len() as u32;
        set_word(b, 16, len);
        fix_checksum(b);
    }
}

/// A directory entry of the pristine pack.
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// Byte offset of the entry itself.
    at: usize,
    tag: u32,
    offset: usize,
    len: usize,
}

fn directory(b: &[u8]) -> Vec<Entry> {
    let count = word(b, 12) as usize;
    (0..count.min((b.len() - HEADER_LEN) / DIR_ENTRY_LEN))
        .map(|i| {
            let at = HEADER_LEN + i * DIR_ENTRY_LEN;
            Entry {
                at,
                tag: word(b, at),
                offset: word(b, at + 4) as usize,
                len: word(b, at + 8) as usize,
            }
        })
        .collect()
}

/// The record tables (every table but the two UTF-8 arenas), as byte ranges.
fn record_tables(b: &[u8]) -> Vec<(TableId, std::ops::Range<usize>)> {
    directory(b)
        .into_iter()
        .filter_map(|e| Some((TableId::from_tag(e.tag)?, e.offset..e.offset + e.len)))
        .filter(|(id, r)| {
            !matches!(id, TableId::Text | TableId::Names | TableId::Sources) && !r.is_empty()
        })
        .collect()
}

fn table(b: &[u8], id: TableId) -> std::ops::Range<usize> {
    let e = directory(b)
        .into_iter()
        .find(|e| e.tag == id.tag())
        .expect("table present");
    e.offset..e.offset + e.len
}

/// Everything the public API offers, on every item. Returns a number that depends on
/// all of it, so nothing is skipped. Panics only if an invariant the API promises for
/// validated packs is broken.
fn walk(c: &Corpus<'_>) -> usize {
    let text = c.text();
    let mut n = serde_json::to_string(&c.stats()).unwrap().len();
    for f in c.files() {
        n += serde_json::to_string(&f).unwrap().len();
    }
    for a in c.articles() {
        n += serde_json::to_string(&a).unwrap().len();
        let (first, last) = a.source_lines();
        n += (first as usize) ^ (last as usize);
        n += a.title_span().map_or(0, |s| s.len());
        n += a.dateline().map_or(0, |d| d.text.len());
        n += a.continued_from().map_or(0, |m| m.page.len());
        n += a.continued_to().map_or(0, |m| m.marker.len());
        n += a.file().name().len() + a.raw().map_or(0, str::len);
        check_item(c, a.text(), a.span(), a.char_span());
        assert!(
            matches!(c.find(&a.id().to_string()), Ok(Item::Article(x)) if x.index() == a.index())
        );
    }
    for s in c.sections() {
        n += s.heading().map_or(0, str::len) + s.source().line as usize;
        n += s.sentences().count();
        check_item(c, s.text(), s.span(), s.char_span());
        assert!(
            matches!(c.find(&s.id().to_string()), Ok(Item::Section(x)) if x.index() == s.index())
        );
        assert_eq!(
            s.article()
                .sections()
                .nth(s.id().parts()[1] as usize - 1)
                .map(|x| x.index()),
            Some(s.index())
        );
    }
    for p in c.paragraphs() {
        n += p.kind().as_str().len() + p.section().index() + p.article().index();
        for j in p.joins() {
            n += j.at + j.char + j.source.column as usize;
        }
        check_item(c, p.text(), p.span(), p.char_span());
        assert!(
            matches!(c.find(&p.id().to_string()), Ok(Item::Paragraph(x)) if x.index() == p.index())
        );
    }
    for s in c.sentences() {
        n += serde_json::to_string(&s).unwrap().len();
        n += s.end().as_str().len() + s.section().index() + s.article().index();
        check_item(c, s.text(), s.span(), s.char_span());
        assert!(
            matches!(c.find(&s.id().to_string()), Ok(Item::Sentence(x)) if x.index() == s.index())
        );
    }
    // Provenance at offsets all over the text (items' own starts are covered above),
    // inside chars and past the end.
    for at in (0..=text.len() + 2)
        .step_by(61)
        .chain(text.len()..text.len() + 3)
    {
        n += c
            .source_at(at)
            .map_or(0, |s| s.line as usize + s.column as usize);
        n += c.char_at(at);
    }
    n
}

fn check_item(c: &Corpus<'_>, text: &str, span: baokan::Span, chars: baokan::Span) {
    assert_eq!(c.text().get(span.start..span.end), Some(text));
    assert_eq!(chars.len(), text.chars().count());
}

/// Every accessor, search and statistic of the API, asserting nothing: on a damaged
/// pack each must give a value (an error, an empty, a wrong answer), never a panic.
fn walk_lenient(c: &Corpus<'_>) -> usize {
    walk_lenient_with(c, true)
}

/// [`walk_lenient`]; without `stats`, no n-grams, repeats, keywords or dispersion (the
/// costly part, for tests that walk thousands of packs).
fn walk_lenient_with(c: &Corpus<'_>, stats: bool) -> usize {
    let mut n = c.text().len() + serde_json::to_string(&c.stats()).unwrap().len();
    let mut json = |v: serde_json::Result<String>| n += v.map_or(1, |s| s.len());
    for f in c.files() {
        json(serde_json::to_string(&f));
    }
    for a in c.articles() {
        json(serde_json::to_string(&a));
        let _ = (a.source_lines(), a.raw(), a.dateline(), a.continued_to());
        let _ = (
            a.title_without_column(),
            a.reporters().count(),
            a.duplicate_of(),
        );
        let _ = c.find(&a.id().to_string());
    }
    for s in c.sections() {
        let _ = (s.heading_sources(), s.sentences().count(), s.text());
        let _ = c.find(&s.id().to_string());
    }
    for p in c.paragraphs() {
        let _ = (p.joins().count(), p.char_span(), p.source());
        let _ = c.find(&p.id().to_string());
    }
    for s in c.sentences() {
        json(serde_json::to_string(&s));
        let _ = c.find(&s.id().to_string());
    }
    for k in c.credits() {
        json(serde_json::to_string(&k));
    }
    json(serde_json::to_string(&c.figures().collect::<Vec<_>>()));
    json(serde_json::to_string(&c.dates().collect::<Vec<_>>()));
    json(serde_json::to_string(&c.citations().collect::<Vec<_>>()));
    json(serde_json::to_string(&c.quotes().collect::<Vec<_>>()));
    for e in c.entities() {
        json(serde_json::to_string(&e));
        json(serde_json::to_string(&e.mentions().collect::<Vec<_>>()));
    }
    json(serde_json::to_string(&c.timeline()));
    for q in ["党", "基层", "乡村振兴", ",", "(上接"] {
        let _ = (c.count(q), c.unique().count(q));
        if let Ok(hits) = c.search(q) {
            for h in hits.iter().take(8) {
                json(serde_json::to_string(h));
                let _ = (h.left(3), h.right(3));
            }
        }
        if let Ok(lines) = c.query(q).kwic(3, true, baokan::KwicSort::Left) {
            json(serde_json::to_string(&lines));
        }
        let _ = c.query(q).article("1").count();
        let _ = c.query(q).regex(true).count();
    }
    if stats {
        let _ = c.dispersion(&["党", "组织"]);
        let _ = c.dispersion_articles();
        let _ = (c.ngrams(2, 5, true), c.repeats(4, 2), c.keywords("1", 5));
    }
    for at in (0..c.text().len() + 8).step_by(97) {
        n += c.char_at(at) + c.source_at(at).map_or(0, |s| s.line as usize);
    }
    n
}

/// Opens `bytes`: an error is fine, a panic is not. A pack that opens must survive the
/// lenient walk; one that also verifies, the strict walk. `Err` when opening or
/// verifying fails.
fn open_or_reject(bytes: &[u8]) -> Result<usize, Error> {
    open_or_reject_with(bytes, true)
}

fn open_or_reject_with(bytes: &[u8], stats: bool) -> Result<usize, Error> {
    let result = catch_unwind(AssertUnwindSafe(|| {
        let c = Corpus::from_bytes(bytes)?;
        let n = walk_lenient_with(&c, stats);
        c.verify()?;
        Ok(n + walk(&c))
    }));
    match result {
        Ok(r) => r,
        Err(_) => panic!("a malformed pack caused a panic (see the message above)"),
    }
}

fn rejected(bytes: &[u8]) -> Error {
    match open_or_reject(bytes) {
        Err(e) => e,
        Ok(_) => panic!("a malformed pack was accepted"),
    }
}

fn json(c: &Corpus<'_>) -> serde_json::Value {
    serde_json::json!({
        "articles": c.articles().collect::<Vec<_>>(),
        "sentences": c.sentences().collect::<Vec<_>>(),
        "files": c.files().collect::<Vec<_>>(),
        "text": c.text(),
        "stats": c.stats(),
    })
}

#[test]
fn compiling_twice_gives_the_same_bytes_and_the_same_corpus() {
    // As build.rs bakes it: the embedded corpus carries its sources apart from the pack.
    let opts = baokan_compile::Options {
        no_source: true,
        ..Default::default()
    };
    let compile = || {
        baokan_compile::compile_paths(&[data_dir().to_path_buf()], &opts, &|_| {})
            .unwrap()
            .pack
    };
    let (a, b) = (compile(), compile());
    assert_eq!(a, b);
    // build.rs compiled the same folder: the embedded pack is these very bytes.
    assert_eq!(a, pack());

    let meta =
        baokan_compile::Manifest::parse("manifest.toml", include_str!("../data/manifest.toml"))
            .unwrap()
            .meta(SEED_NAME);
    let one = |_| {
        let mut doc = baokan_compile::compile_text(SEED_NAME, SEED, &meta).unwrap();
        doc.source_text = None;
        baokan_compile::pack(&[doc]).unwrap()
    };
    let (x, y) = (one(0), one(1));
    assert_eq!(x, y);
    assert_eq!(x, a);

    let opened = Corpus::from_bytes(&x).unwrap();
    assert_eq!(json(&opened), json(&baokan::corpus()));
    assert!(walk(&opened) > 0);
}

#[test]
fn every_truncation_is_rejected() {
    let full = pack();
    for n in 0..full.len() {
        assert!(
            Corpus::from_bytes(&full[..n]).is_err(),
            "prefix of {n} bytes accepted"
        );
    }
}

#[test]
fn truncations_with_a_consistent_header_are_rejected() {
    // The header is made to agree with the shorter length, so the reader has to find
    // the missing bytes from the directory. Every length in the header and directory,
    // and in the last kilobyte; a stride elsewhere (each case checksums the whole pack).
    let full = pack();
    let dir_end = HEADER_LEN + directory(full).len() * DIR_ENTRY_LEN;
    let lengths = (24..dir_end + 64)
        .chain((dir_end + 64..full.len()).step_by(97))
        .chain(full.len().saturating_sub(1024)..full.len());
    for n in lengths {
        let mut b = full[..n].to_vec();
        fix_header(&mut b);
        let e = rejected(&b);
        assert!(
            matches!(
                e,
                Error::Pack(PackError::TooShort { .. } | PackError::Table { .. })
            ),
            "prefix of {n} bytes: {e}"
        );
    }
}

#[test]
fn a_bumped_version_is_unsupported_and_says_both_versions() {
    for v in [FORMAT_VERSION + 1, 0, u32::MAX] {
        for fix in [false, true] {
            let mut b = pack().to_vec();
            set_word(&mut b, 8, v);
            if fix {
                fix_checksum(&mut b);
            }
            let e = rejected(&b);
            assert!(
                matches!(
                    e,
                    Error::Pack(PackError::UnsupportedVersion { found, supported })
                        if found == v && supported == FORMAT_VERSION
                ),
                "{e:?}"
            );
            let msg = e.to_string();
            assert!(msg.contains(&format!("version {v}")), "{msg}");
            assert!(msg.contains(&format!("version {FORMAT_VERSION}")), "{msg}");
        }
    }
}

#[test]
fn a_lying_total_length_is_rejected() {
    let len = pack().len() as u32;
    for lie in [0, 1, 31, 32, len - 4, len - 1, len + 1, len + 4, u32::MAX] {
        for fix in [false, true] {
            let mut b = pack().to_vec();
            set_word(&mut b, 16, lie);
            if fix {
                fix_checksum(&mut b);
            }
            let e = rejected(&b);
            assert!(
                matches!(e, Error::Pack(PackError::LengthMismatch { declared, .. }) if declared == lie as u64),
                "{e:?}"
            );
        }
    }
}

#[test]
fn a_bad_checksum_magic_or_reserved_field_is_rejected() {
    let mut b = pack().to_vec();
    b[20] ^= 1;
    assert!(matches!(
        rejected(&b),
        Error::Pack(PackError::Checksum { .. })
    ));
    let mut b = pack().to_vec();
    b[0] = b'X';
    fix_checksum(&mut b);
    assert!(matches!(rejected(&b), Error::Pack(PackError::BadMagic)));
    let mut b = pack().to_vec();
    b[28] = 1;
    fix_checksum(&mut b);
    assert!(matches!(rejected(&b), Error::Pack(PackError::Table { .. })));
}

#[test]
fn lying_directory_entries_are_rejected_or_harmless() {
    let full = pack();
    let total = full.len() as u64;
    let entries = directory(full);
    let dir_end = (HEADER_LEN + entries.len() * DIR_ENTRY_LEN) as u64;
    // The table count: fewer tables leave one missing; more read table data as entries.
    let n = entries.len() as u32;
    for count in [0, 1, n - 1, n + 1, n + 2, total as u32 / 12, u32::MAX] {
        let mut b = full.to_vec();
        set_word(&mut b, 12, count);
        fix_checksum(&mut b);
        assert!(open_or_reject(&b).is_err(), "table count {count} accepted");
    }
    for e in &entries {
        let (off, l) = (e.offset as u32, e.len as u32);
        let len = total as u32;
        // Another table's tag (listed twice), or an unknown one (this table missing).
        let tags = [0, 11, 12345, u32::MAX, e.tag % n + 1];
        let offsets = [
            0,
            4,
            32,
            off.wrapping_sub(4),
            off + 1,
            off + 2,
            off + 4,
            len - 4,
            len,
            len + 4,
            u32::MAX - 3,
        ];
        let lens = [
            0,
            1,
            3,
            l.wrapping_sub(1),
            l.wrapping_sub(4),
            l + 1,
            l + 4,
            len - off,
            len - off + 1,
            u32::MAX,
        ];
        for (field, values) in [(0, &tags[..]), (4, &offsets[..]), (8, &lens[..])] {
            for &v in values {
                if v == word(full, e.at + field) {
                    continue;
                }
                let mut b = full.to_vec();
                set_word(&mut b, e.at + field, v);
                fix_checksum(&mut b);
                // No panic either way; where the format rules alone forbid the value,
                // an error. (A shrunk or shifted table may still form a valid pack.)
                let r = open_or_reject(&b);
                let (v64, off64, l64) = (v as u64, off as u64, l as u64);
                // An unknown tag hides its table: an error for every table but the
                // optional ones, whose absence only makes readers count or read more.
                let optional = [
                    TableId::Totals.tag(),
                    TableId::SuffixKeys.tag(),
                    TableId::SuffixLcps.tag(),
                ]
                .contains(&e.tag)
                    && TableId::from_tag(v).is_none();
                let must_fail = match field {
                    0 => !optional,
                    4 => v64 < dir_end || v64 % 4 != 0 || v64 + l64 > total,
                    _ => off64 + v64 > total,
                };
                if must_fail {
                    assert!(
                        r.is_err(),
                        "table tag {}: word {field} = {v} accepted",
                        e.tag
                    );
                }
            }
        }
    }
}

/// The word index of the field that `set` writes, in records of type `R`.
fn field<R: Record + Default>(set: impl Fn(&mut R)) -> usize {
    let mut r = R::default();
    set(&mut r);
    let mut bytes = Vec::new();
    r.write(&mut bytes);
    (0..R::WIDTH)
        .find(|&i| word(&bytes, i * 4) != 0)
        .expect("the setter sets a field")
}

fn width(id: TableId) -> usize {
    match id.name() {
        "files" => FileRec::WIDTH,
        "articles" => ArticleRec::WIDTH,
        "sections" => SectionRec::WIDTH,
        "paragraphs" => ParagraphRec::WIDTH,
        "sentences" => SentenceRec::WIDTH,
        "joins" => JoinRec::WIDTH,
        "segments" => SegmentRec::WIDTH,
        "suffixes" => SuffixRec::WIDTH,
        "figures" => FigureRec::WIDTH,
        "dates" => DateRec::WIDTH,
        "citations" => CitationRec::WIDTH,
        "issuers" => IssuerRec::WIDTH,
        "quotes" => QuoteRec::WIDTH,
        "entities" => EntityRec::WIDTH,
        "entity mentions" => EntityMentionRec::WIDTH,
        "credits" => CreditRec::WIDTH,
        "reporters" => ReporterRec::WIDTH,
        "totals" => TotalsRec::WIDTH,
        "suffix keys" => SuffixKeyRec::WIDTH,
        // Half-bytes, edited here a word (eight entries) at a time.
        "suffix lcps" => 1,
        other => panic!("the test does not know table {other}"),
    }
}

/// A small page with every element the format stores: two articles, subtitle, byline,
/// closing dateline, both continuation markers, a heading with a quote, a page-break
/// join, a list item, an ellipsis and every sentence end. Its pack is small enough to
/// mutate word by word and byte by byte.
const SMALL: &str = "建强战斗堡垒 夯实执政之基\n\n——党的基层组织建设工作总结\n\n新华社记者\n\n\
党的力量来自组织。严密的组织体系,是优势所在!\n\n牢固树立大抓基层的鲜明导向\n\n\
“地基固则大厦坚。”他说;\n\n……\n\n——全面提升党组织覆盖质量。各地边摸排\n\n\
从2014年开始,连续8年开展党委(党组)书\n\n记抓基层党建工作述职评议考核。\n\n(新华社北京10月9日电)\n\n\
以高质量项目推动经济高质量发展\n\n(上接第一版)引擎强劲。”张弛说。\n\n\
新产业新经济加速成长 夯实新区发展“底盘”\n\n六年过去了,发展状况如何?达83.64%……\n\n\
未完待续(下转第二版)\n";

fn small_pack() -> Vec<u8> {
    let meta = baokan_compile::FileMeta {
        date: Some("2022-10-09".parse().unwrap()),
        source: Some("某省报".into()),
        page: Some("第二版".into()),
        ..Default::default()
    };
    let doc = baokan_compile::compile_text("small.txt", SMALL, &meta).unwrap();
    baokan_compile::pack(&[doc]).unwrap()
}

#[test]
fn the_small_page_has_every_element() {
    let bytes = small_pack();
    let c = Corpus::from_bytes(&bytes).unwrap();
    let (a, b) = (c.article("1").unwrap(), c.article("2").unwrap());
    assert!(a.subtitle().is_some() && a.byline().is_some());
    let d = a.dateline().unwrap();
    assert!(d.agency.is_some() && d.place.is_some());
    assert!(b.continued_from().is_some() && b.continued_to().is_some());
    assert_eq!(c.stats().joins, 1);
    assert_eq!(c.sections().filter(|s| s.heading().is_some()).count(), 2);
    let kinds: Vec<_> = c.paragraphs().map(|p| p.kind().as_str()).collect();
    assert!(kinds.contains(&"list_item") && kinds.contains(&"ellipsis"));
    let ends: std::collections::BTreeSet<_> = c.sentences().map(|s| s.end().as_str()).collect();
    assert_eq!(ends.len(), 6, "{ends:?}");
    assert!(c.files().next().unwrap().page().is_some());
    assert!(walk(&c) > 0);
}

#[test]
fn every_record_word_set_to_an_extreme_is_rejected_or_harmless() {
    let full = small_pack();
    let text_len = table(&full, TableId::Text).len() as u32;
    // Plain data, not spans, indices or counts: any value is a valid pack.
    let free = [
        (TableId::Files, field(|r: &mut FileRec| r.date = 1)),
        (TableId::Files, field(|r: &mut FileRec| r.lines = 1)),
        (TableId::Articles, field(|r: &mut ArticleRec| r.date = 1)),
        (TableId::Segments, field(|r: &mut SegmentRec| r.line = 1)),
        (TableId::Segments, field(|r: &mut SegmentRec| r.column = 1)),
        (
            TableId::Segments,
            field(|r: &mut SegmentRec| r.source_byte = 1),
        ),
        (TableId::Figures, field(|r: &mut FigureRec| r.value_lo = 1)),
        (TableId::Figures, field(|r: &mut FigureRec| r.value_hi = 1)),
        (TableId::Figures, field(|r: &mut FigureRec| r.max_lo = 1)),
        (TableId::Figures, field(|r: &mut FigureRec| r.max_hi = 1)),
    ];
    let mut edits = 0;
    for (id, range) in record_tables(&full) {
        let w = width(id);
        for at in range.clone().step_by(4) {
            let f = (at - range.start) / 4 % w;
            let orig = word(&full, at);
            for v in [
                0,
                1,
                u32::MAX,
                orig.wrapping_add(1),
                orig.wrapping_sub(1),
                text_len + 1,
            ] {
                if v == orig {
                    continue;
                }
                let mut b = full.clone();
                set_word(&mut b, at, v);
                fix_checksum(&mut b);
                edits += 1;
                let r = open_or_reject_with(&b, v == u32::MAX);
                if v == u32::MAX && !free.contains(&(id, f)) {
                    assert!(r.is_err(), "{} word {f} = u32::MAX accepted", id.name());
                }
            }
        }
    }
    assert!(edits > 1000, "{edits}");
}

#[test]
fn every_byte_changed_behind_a_fixed_checksum_is_rejected_or_harmless() {
    let full = small_pack();
    for at in 8..full.len() {
        for mask in [0x01, 0x80, 0xFF] {
            let mut b = full.clone();
            b[at] ^= mask;
            fix_checksum(&mut b);
            let r = open_or_reject_with(&b, mask == 0xFF);
            // The header and directory hold nothing a reader may ignore but the checksum
            // (fixed here) and unknown directory tags.
            if (8..20).contains(&at) || (24..32).contains(&at) {
                assert!(r.is_err(), "header byte {at} ^ {mask:#x} accepted");
            }
        }
    }
}

fn checksummed(mut b: Vec<u8>) -> Vec<u8> {
    fix_checksum(&mut b);
    b
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn a_single_bit_flip_is_rejected(bit in 0..pack().len() * 8) {
        let mut b = pack().to_vec();
        b[bit / 8] ^= 1 << (bit % 8);
        prop_assert!(open_or_reject(&b).is_err());
    }

    #[test]
    fn several_bit_flips_are_rejected(bits in proptest::collection::btree_set(0..pack().len() * 8, 2..16)) {
        let mut b = pack().to_vec();
        for bit in &bits {
            b[bit / 8] ^= 1 << (bit % 8);
        }
        // CRC-32 catches every 1- and 2-bit error; more escape with odds of 2^-32.
        prop_assert!(open_or_reject(&b).is_err());
    }

    #[test]
    fn bit_flips_behind_a_fixed_checksum_are_rejected_or_harmless(
        bits in proptest::collection::vec(32 * 8..pack().len() * 8, 1..4),
    ) {
        let mut b = pack().to_vec();
        for bit in &bits {
            b[bit / 8] ^= 1 << (bit % 8);
        }
        let _ = open_or_reject(&checksummed(b));
    }

    #[test]
    fn record_words_behind_a_fixed_checksum_are_rejected_or_harmless(
        pick in any::<proptest::sample::Index>(),
        value in prop_oneof![
            Just(0u32), Just(1), Just(u32::MAX), Just(u32::MAX - 1), Just(0x8000_0000),
            0u32..70_000, any::<u32>(),
        ],
        delta in prop_oneof![Just(None), (-8i64..8).prop_map(Some)],
    ) {
        let full = pack();
        let words: Vec<usize> = record_tables(full).into_iter().flat_map(|(_, r)| r.step_by(4)).collect();
        let at = words[pick.index(words.len())];
        let v = match delta {
            Some(d) => (word(full, at) as i64 + d) as u32,
            None => value,
        };
        let mut b = full.to_vec();
        set_word(&mut b, at, v);
        let _ = open_or_reject(&checksummed(b));
    }

    #[test]
    fn garbage_is_rejected(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        prop_assert!(open_or_reject(&bytes).is_err());
    }

    #[test]
    fn garbage_behind_a_valid_header_is_rejected(
        count in 0u32..16,
        body in proptest::collection::vec(any::<u8>(), 0..4096),
    ) {
        let mut b = baokan_pack::MAGIC.to_vec();
        b.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        b.extend_from_slice(&count.to_le_bytes());
        b.extend_from_slice(&[0; 16]);
        b.extend_from_slice(&body);
        fix_header(&mut b);
        b[24..32].fill(0);
        fix_checksum(&mut b);
        prop_assert!(open_or_reject(&b).is_err());
    }
}

/// Sets field `f` (a word index) of record `row` of table `id`.
fn set_field(b: &mut [u8], id: TableId, row: usize, f: usize, v: u32) {
    let t = table(b, id);
    let at = t.start + (row * width(id) + f) * 4;
    assert!(at + 4 <= t.end, "{} has no record {row}", id.name());
    set_word(b, at, v);
}

/// Damage that opening does not read: each mutation leaves the header and directory
/// intact, so the pack opens in O(1); every lazy path must then cope (an error, an
/// empty, a wrong answer; never a panic) and `verify` must find it. With the table
/// checksums fixed up too, `verify`'s record checks must find it, except for what they
/// do not check (the order of the suffix array: a damaged order gives wrong counts).
#[test]
fn damage_behind_a_cheap_open_reaches_lazy_paths_and_fails_verify() {
    type Mutation = (&'static str, bool, fn(&mut Vec<u8>));
    let para = |f: fn(&mut ParagraphRec)| field::<ParagraphRec>(f);
    let mutations: Vec<Mutation> = vec![
        ("bad UTF-8 inside the text arena", true, |b| {
            let t = table(b, TableId::Text);
            // Inside the first paragraph's text, and a lone byte at the very end.
            let p = word(b, table(b, TableId::Paragraphs).start + 8) as usize;
            b[t.start + p + 4] = 0xFF;
            b[t.end - 1] = 0x80;
        }),
        ("bad UTF-8 inside the name arena", true, |b| {
            let t = table(b, TableId::Names);
            b[t.start + 1] = 0xC0;
        }),
        ("a paragraph span past the text", true, |b| {
            let len = table(b, TableId::Text).len() as u32;
            let f = field::<ParagraphRec>(|r| r.end = 1);
            set_field(b, TableId::Paragraphs, 0, f, len + 100);
        }),
        ("a reversed paragraph span", true, |b| {
            let f = field::<ParagraphRec>(|r| r.start = 1);
            set_field(b, TableId::Paragraphs, 1, f, u32::MAX - 1);
        }),
        ("a span off a char boundary", true, |b| {
            let f = field::<SentenceRec>(|r| r.start = 1);
            let at = table(b, TableId::Sentences).start + f * 4;
            let v = word(b, at) + 1;
            set_word(b, at, v);
        }),
        ("an out-of-range parent index", true, |b| {
            let f = field::<SectionRec>(|r| r.article = 1);
            set_field(b, TableId::Sections, 0, f, u32::MAX);
            let f = field::<SentenceRec>(|r| r.paragraph = 1);
            set_field(b, TableId::Sentences, 0, f, u32::MAX - 1);
        }),
        ("child ranges running past their tables", true, |b| {
            let f = field::<ArticleRec>(|r| r.section_count = 1);
            set_field(b, TableId::Articles, 0, f, u32::MAX);
            let f = field::<ArticleRec>(|r| r.paragraph_first = 1);
            set_field(b, TableId::Articles, 0, f, u32::MAX);
            let f = field::<ParagraphRec>(|r| r.join_count = 1);
            set_field(b, TableId::Paragraphs, 0, f, u32::MAX);
            let f = field::<EntityRec>(|r| r.mention_first = 1);
            set_field(b, TableId::Entities, 0, f, u32::MAX - 3);
        }),
        ("a duplicate_of index past the articles", true, |b| {
            let f = field::<ArticleRec>(|r| r.duplicate_of = 1);
            set_field(b, TableId::Articles, 0, f, 12345);
        }),
        ("segments with absurd char offsets and starts", true, |b| {
            let f = field::<SegmentRec>(|r| r.char_start = 1);
            set_field(b, TableId::Segments, 1, f, u32::MAX);
            let f = field::<SegmentRec>(|r| r.start = 1);
            set_field(b, TableId::Segments, 2, f, u32::MAX - 1);
            let f = field::<SegmentRec>(|r| r.file = 1);
            set_field(b, TableId::Segments, 0, f, u32::MAX);
        }),
        ("suffix entries past the text", true, |b| {
            let t = table(b, TableId::Suffixes);
            for at in t.step_by(8) {
                set_word(b, at, u32::MAX);
            }
        }),
        // Nor whether they start on char boundaries (a lookup per entry): such an entry
        // compares as an empty suffix.
        ("suffix entries off char boundaries", false, |b| {
            let t = table(b, TableId::Suffixes);
            for at in t.step_by(12) {
                let v = word(b, at) + 1;
                set_word(b, at, v);
            }
        }),
        // Verify checks the index's entries, not their order.
        ("an unsorted suffix array", false, |b| {
            let t = table(b, TableId::Suffixes);
            let mut entries: Vec<u32> = t.clone().step_by(4).map(|at| word(b, at)).collect();
            entries.reverse();
            for (k, at) in t.step_by(4).enumerate() {
                set_word(b, at, entries[k]);
            }
        }),
        ("a join outside its paragraph", true, |b| {
            let f = field::<JoinRec>(|r| r.at = 1);
            set_field(b, TableId::Joins, 0, f, u32::MAX);
        }),
    ];
    let _ = para;
    for base in [pack().to_vec(), small_pack()] {
        for (what, records_catch_it, mutate) in &mutations {
            let mut b = base.clone();
            mutate(&mut b);
            for fixed in [false, true] {
                if fixed {
                    fix_checksum(&mut b);
                }
                let c = Corpus::from_bytes(&b)
                    .unwrap_or_else(|e| panic!("{what}: opening read the tables: {e}"));
                let walked = catch_unwind(AssertUnwindSafe(|| walk_lenient(&c)));
                assert!(walked.is_ok(), "{what}: a lazy path panicked");
                let verified = c.verify();
                if !fixed || *records_catch_it {
                    let e = verified.expect_err(what);
                    // The message names a table.
                    assert!(e.to_string().contains("pack "), "{what}: {e}");
                }
            }
        }
    }
}

#[test]
fn opening_reads_the_header_and_directory_only() {
    // Every byte past the directory zeroed or garbled: the pack still opens (the
    // tables are read where they are used), and verify names what it finds.
    let full = pack();
    let dir_end = HEADER_LEN + directory(full).len() * DIR_ENTRY_LEN;
    for fill in [0x00u8, 0xFF, 0x80] {
        let mut b = full.to_vec();
        b[dir_end..].fill(fill);
        let c = Corpus::from_bytes(&b).expect("opens");
        assert!(catch_unwind(AssertUnwindSafe(|| walk_lenient(&c))).is_ok());
        assert!(matches!(
            c.verify(),
            Err(Error::Pack(PackError::TableChecksum { table: "text", .. }))
        ));
    }
}

#[test]
fn verify_finds_every_flipped_byte() {
    // Every byte of the small pack, and a stride over the embedded one with every byte
    // of its header and directory: either opening or verify must fail.
    let small = small_pack();
    let full = pack();
    let dir_end = HEADER_LEN + directory(full).len() * DIR_ENTRY_LEN;
    let cases = (0..small.len()).map(|at| (&small[..], at)).chain(
        (0..dir_end)
            .chain((dir_end..full.len()).step_by(13))
            .map(|at| (full, at)),
    );
    let mut checked = 0;
    for (base, at) in cases {
        for mask in [0x01u8, 0x80] {
            let mut b = base.to_vec();
            b[at] ^= mask;
            let r = Corpus::from_bytes(&b).and_then(|c| c.verify());
            assert!(
                r.is_err(),
                "byte {at} ^ {mask:#x} of {} passed verify",
                b.len()
            );
            checked += 1;
        }
    }
    assert!(checked > 2 * small.len(), "{checked}");
}

/// A pack written before the `totals` table existed (here: its entry's tag made
/// unknown) opens, verifies and gives the same statistics, counted instead of read; a
/// pack whose stored totals disagree with its tables fails `verify`, naming the table.
#[test]
fn stored_totals_are_optional_and_verified() {
    let full = pack();
    let c = Corpus::from_bytes(full).unwrap();
    let totals = directory(full)
        .into_iter()
        .find(|e| e.tag == TableId::Totals.tag())
        .expect("a totals table");

    let old = hide(full, TableId::Totals);
    let without = Corpus::from_bytes(&old).unwrap();
    without.verify().unwrap();
    assert_eq!(without.stats(), c.stats());
    let counted: usize = c.paragraphs().map(|p| p.text().chars().count()).sum();
    assert_eq!(c.stats().paragraph_chars, counted);

    for (word_at, name) in [(0, "paragraph_chars"), (4, "reprints")] {
        let mut lying = full.to_vec();
        let at = totals.offset + word_at;
        let v = word(&lying, at);
        set_word(&mut lying, at, v + 1);
        fix_checksum(&mut lying);
        let damaged = Corpus::from_bytes(&lying).unwrap();
        let err = damaged.verify().unwrap_err().to_string();
        assert!(err.contains("totals") && err.contains(name), "{err}");
    }
}

/// The pack with table `id` hidden: its directory entry's tag made unknown, as in a pack
/// written before the table existed.
fn hide(b: &[u8], id: TableId) -> Vec<u8> {
    let e = directory(b)
        .into_iter()
        .find(|e| e.tag == id.tag())
        .expect("the table is listed");
    let mut old = b.to_vec();
    set_word(&mut old, e.at, 999);
    fix_checksum(&mut old);
    old
}

/// Every `step`th substring of the paragraphs' text of 1 to `longest` chars, and some
/// strings that are not in it or that a query may not hold.
fn queries(c: &Corpus<'_>, longest: usize, step: usize) -> Vec<String> {
    let text: Vec<char> = c.paragraphs().flat_map(|p| p.text().chars()).collect();
    let mut queries: Vec<String> = Vec::new();
    for n in 1..=longest {
        for start in (0..text.len().saturating_sub(n)).step_by(step) {
            queries.push(text[start..start + n].iter().collect());
        }
    }
    let others = [
        "乡村振兴战略规划",
        "丁丁",
        "（",
        "(",
        "2022年",
        "，",
        "\u{0}",
        "～",
    ];
    queries.extend(others.map(String::from));
    queries
}

/// Suffix keys change what a lookup reads, never its answer: every substring of the
/// page up to six chars (and some that are not in it) counts the same with the keys and
/// without them (their entry's tag made unknown, as in a pack written before them), and
/// a pack whose keys disagree with its index fails `verify`.
#[test]
fn suffix_keys_are_optional_and_change_no_answer() {
    let full = pack();
    let c = Corpus::from_bytes(full).unwrap();
    let keys = directory(full)
        .into_iter()
        .find(|e| e.tag == TableId::SuffixKeys.tag())
        .expect("a suffix keys table");
    assert!(keys.len >= 16 * 8, "the page has several keys");
    let old = hide(full, TableId::SuffixKeys);
    let without = Corpus::from_bytes(&old).unwrap();
    without.verify().unwrap();
    for q in &queries(&c, 6, 7) {
        assert_eq!(c.count(q).ok(), without.count(q).ok(), "{q:?}");
    }

    // A key moved off its entry is found by verify.
    let mut lying = full.to_vec();
    let v = word(&lying, keys.offset + 16);
    set_word(&mut lying, keys.offset + 16, v ^ 1);
    let err = verify_error(lying);
    assert!(err.contains("suffix keys"), "{err}");
}

/// The error `verify` gives for `b` with its checksums fixed (it must open).
fn verify_error(mut b: Vec<u8>) -> String {
    fix_checksum(&mut b);
    let c = Corpus::from_bytes(&b).unwrap();
    c.verify().unwrap_err().to_string()
}

/// Suffix LCPs change what a lookup reads, never its answer: every substring of the
/// page and of the small page up to eight chars (and some that are not in them) counts
/// the same with the LCPs, without them (their entry's tag made unknown, as in a pack
/// written before them) and without the keys either; `verify` recomputes every LCP and
/// names the table where one is wrong; and wrong LCPs behind a fixed checksum give
/// counts, never a panic.
#[test]
fn suffix_lcps_are_optional_and_change_no_answer() {
    for full in [pack().to_vec(), small_pack()] {
        let c = Corpus::from_bytes(&full).unwrap();
        let lcps = table(&full, TableId::SuffixLcps);
        assert_eq!(lcps.len(), c.stats().paragraph_chars.div_ceil(8) * 4);
        let without = hide(&full, TableId::SuffixLcps);
        let bare = hide(&without, TableId::SuffixKeys);
        let (without, bare) = (
            Corpus::from_bytes(&without).unwrap(),
            Corpus::from_bytes(&bare).unwrap(),
        );
        without.verify().unwrap();
        let queries = queries(&c, 8, 5);
        for q in &queries {
            let n = c.count(q).ok();
            assert_eq!(n, without.count(q).ok(), "{q:?}");
            assert_eq!(n, bare.count(q).ok(), "{q:?}");
        }

        // One LCP off by one (its half-byte's other half kept), behind a fixed
        // checksum: verify names the table; lookups give counts.
        for at in [lcps.start, lcps.start + lcps.len() / 2, lcps.end - 1] {
            let mut lying = full.clone();
            lying[at] ^= 0x01;
            fix_checksum(&mut lying);
            let damaged = Corpus::from_bytes(&lying).unwrap();
            let err = damaged.verify().unwrap_err().to_string();
            assert!(err.contains("suffix lcps"), "{err}");
            for q in queries.iter().step_by(7) {
                assert_eq!(damaged.count(q).is_ok(), c.count(q).is_ok(), "{q:?}");
            }
        }
        // Every LCP wrong, each way: counts, no panic.
        for fill in [0x00u8, 0xFF, 0x5A] {
            let mut lying = full.clone();
            lying[lcps.clone()].fill(fill);
            fix_checksum(&mut lying);
            let damaged = Corpus::from_bytes(&lying).unwrap();
            assert!(damaged.verify().is_err());
            for q in &queries {
                assert_eq!(damaged.count(q).is_ok(), c.count(q).is_ok(), "{q:?}");
            }
        }
        // A table of the wrong length is not read, and verify fails.
        let mut short = full.clone();
        let e = directory(&short)
            .into_iter()
            .find(|e| e.tag == TableId::SuffixLcps.tag())
            .unwrap();
        set_word(&mut short, e.at + 8, e.len as u32 - 4);
        fix_checksum(&mut short);
        let short = Corpus::from_bytes(&short).unwrap();
        for q in queries.iter().step_by(11) {
            assert_eq!(short.count(q).ok(), c.count(q).ok(), "{q:?}");
        }
        // The word left out lies between tables now, and is not zero.
        assert!(short.verify().is_err());
    }
}

/// `verify` recomputes the suffix LCPs, so a changed LCP is found even behind a fixed
/// checksum: every bit flipped in every byte of the small page's table (each LCP and
/// the zero half-bytes after the last), and in a stride of the embedded page's, fails
/// `verify`, naming the table and the first changed entry, and lookups on it give
/// counts or errors as on the pristine pack, never a panic. Two LCPs changed far apart
/// (in different chunks of the parallel check: the embedded page has 8,473 entries,
/// three chunks of 4,096) name the first.
#[test]
fn verify_finds_every_changed_lcp_behind_a_fixed_checksum() {
    let name = |i: usize| format!("pack table suffix lcps, record {i}:");
    for (full, stride) in [(small_pack(), 1), (pack().to_vec(), 61)] {
        let c = Corpus::from_bytes(&full).unwrap();
        let queries = queries(&c, 4, 97);
        let lcps = table(&full, TableId::SuffixLcps);
        let mut flips = 0;
        for at in lcps.clone().step_by(stride) {
            for mask in [0x01u8, 0x08, 0x10, 0x80] {
                let mut lying = full.clone();
                lying[at] ^= mask;
                fix_checksum(&mut lying);
                let damaged = Corpus::from_bytes(&lying).unwrap();
                let first = 2 * (at - lcps.start) + usize::from(mask >= 0x10);
                let err = damaged.verify().unwrap_err().to_string();
                assert!(err.contains(&name(first)), "{at} ^ {mask:#x}: {err}");
                for q in &queries {
                    assert_eq!(damaged.count(q).is_ok(), c.count(q).is_ok(), "{q:?}");
                }
                flips += 1;
            }
        }
        assert!(flips >= 4 * lcps.len() / stride, "{flips}");

        let entries = c.stats().paragraph_chars;
        let (early, late) = (entries / 5, entries - 3);
        let mut lying = full.clone();
        for i in [late, early] {
            lying[lcps.start + i / 2] ^= if i % 2 == 0 { 0x04 } else { 0x40 };
        }
        let err = verify_error(lying);
        assert!(err.contains(&name(early)), "{err}");
    }
}
