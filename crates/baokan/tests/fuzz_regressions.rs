//! Packs that made a fuzz target (`fuzz/`, see `fuzz/README.md`) panic, rebuilt here
//! from the embedded pack so they follow the format. Opening checks only the header and
//! directory, so each opens: it must answer every query without a panic, and
//! `Corpus::verify` must reject it.

use baokan::{Corpus, Error};
use baokan_pack::format::{DIR_ENTRY_LEN, HEADER_LEN, TableId};
use baokan_pack::records::{ArticleRec, Record, SectionRec};

fn word(b: &[u8], at: usize) -> usize {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap()) as usize
}

/// The embedded pack with record `index` of `table` changed by `f`, the table's and the
/// header's checksums fixed so the change reaches the record validators.
fn patched<R: Record>(table: TableId, index: usize, f: impl FnOnce(&mut R)) -> Vec<u8> {
    let mut b = baokan::EMBEDDED_PACK.to_vec();
    let count = word(&b, 12);
    let entry = (0..count)
        .map(|i| HEADER_LEN + i * DIR_ENTRY_LEN)
        .find(|&at| word(&b, at) == table.tag() as usize)
        .expect("the table is in the directory");
    let at = word(&b, entry + 4) + index * R::WIDTH * 4;
    let mut rec = R::read(&b[at..at + R::WIDTH * 4]);
    f(&mut rec);
    let mut bytes = Vec::new();
    rec.write(&mut bytes);
    b[at..at + bytes.len()].copy_from_slice(&bytes);
    let (off, len) = (word(&b, entry + 4), word(&b, entry + 8));
    let table_crc = crc32fast::hash(&b[off..off + len]);
    b[entry + 12..entry + 16].copy_from_slice(&table_crc.to_le_bytes());
    let mut h = crc32fast::Hasher::new();
    h.update(&b[8..20]);
    h.update(&b[24..HEADER_LEN + count * DIR_ENTRY_LEN]);
    let crc = h.finalize();
    b[20..24].copy_from_slice(&crc.to_le_bytes());
    b
}

fn rejected(bytes: &[u8], reason: &str) {
    let c = Corpus::from_bytes(bytes).expect("the header and directory are intact");
    // What panicked before the fix: a hit before its article's start.
    let _ = c.dispersion(&["党", "乡村振兴", "新区"]);
    match c.verify() {
        Err(Error::Pack(e)) => assert!(e.to_string().contains(reason), "{e}"),
        Err(e) => panic!("wrong error: {e}"),
        Ok(()) => panic!("a pack whose {reason} verified"),
    }
}

/// `open_pack_mutated`, minimised to one patch (`[4, 3, 237, 107, 255, 64]`: byte 1 of
/// article 1's `start` set to 0x40). The article span then began 16 KiB into its own
/// text; the validator checked only that the span was inside the arena, and
/// `Corpus::dispersion` computed `hit char - article char start` for a hit in the
/// first paragraph: "attempt to subtract with overflow" (dispersion.rs). Sections must
/// now lie inside their article, and paragraphs inside their section.
#[test]
fn article_span_that_misses_its_paragraphs_is_rejected() {
    let a = baokan::corpus().article("1").unwrap();
    let last = a.paragraphs().last().unwrap().span().start as u32;
    rejected(
        &patched::<ArticleRec>(TableId::Articles, 0, |r| r.start = last),
        "section lies outside its article",
    );
    // The exact fuzz patch: +0x4000 to the start (still a char boundary there).
    let moved = a.span().start as u32 + 0x4000;
    assert!(a.text().is_char_boundary(0x4000) && moved <= a.span().end as u32);
    rejected(
        &patched::<ArticleRec>(TableId::Articles, 0, |r| r.start = moved),
        "section lies outside its article",
    );
}

#[test]
fn section_span_that_misses_its_paragraphs_is_rejected() {
    let c = baokan::corpus();
    let s = c.sections().find(|s| s.paragraphs().len() > 1).unwrap();
    let last = s.paragraphs().last().unwrap().span().start as u32;
    rejected(
        &patched::<SectionRec>(TableId::Sections, s.index(), |r| r.start = last),
        "paragraph lies outside its section",
    );
}
