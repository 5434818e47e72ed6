//! Small pages written for one rule each, compiled with `baokan_compile` and read back
//! through `Corpus::from_bytes`.

use baokan::{Corpus, DateBasis, Error, SentenceEnd, Source};
use baokan_compile::{CompileError, Date, FileMeta, compile_bytes, compile_text, pack};

const SEED: &str = include_str!("../data/000_bb83d75fffceb494.txt");

fn pack_text(name: &str, text: &str, meta: &FileMeta) -> Vec<u8> {
    pack(&[compile_text(name, text, meta).expect("page compiles")]).expect("page packs")
}

fn open(bytes: &[u8]) -> Corpus<'_> {
    Corpus::from_bytes(bytes).expect("a compiled pack opens")
}

fn dated(s: &str) -> FileMeta {
    FileMeta {
        date: Some(s.parse::<Date>().unwrap()),
        ..FileMeta::default()
    }
}

fn src(file: &str, line: u32, column: u32) -> Source<'_> {
    Source { file, line, column }
}

/// Everything the public API shows of a corpus, as JSON: structure, text, spans and
/// line/column provenance.
fn json(c: &Corpus<'_>) -> serde_json::Value {
    serde_json::json!({
        "articles": c.articles().collect::<Vec<_>>(),
        "sentences": c.sentences().collect::<Vec<_>>(),
        "text": c.text(),
        // The pack keeps each file's source as read, so CRLF makes it larger.
        "stats": baokan::Stats { pack_bytes: 0, ..c.stats() },
    })
}

#[test]
fn title_only_page() {
    let bytes = pack_text("t.txt", "\n只有一个标题\n\n", &FileMeta::default());
    let c = open(&bytes);
    assert_eq!(c.articles().len(), 1);
    let a = c.article("1").unwrap();
    assert_eq!(a.title(), Some("只有一个标题"));
    assert_eq!(a.source(), src("t.txt", 2, 1));
    assert_eq!(a.sections().len(), 0);
    assert_eq!(a.paragraphs().len(), 0);
    assert_eq!(a.sentences().len(), 0);
    assert_eq!((a.subtitle(), a.byline(), a.dateline()), (None, None, None));
    assert_eq!(a.text(), "只有一个标题");
    assert_eq!(c.files().next().unwrap().lines(), 3);
}

#[test]
fn page_without_dateline_takes_the_declared_date_or_none() {
    let page = "标题\n\n第一段。第二句。\n\n第二段。\n";
    let bytes = pack_text("d.txt", page, &dated("2022-10-09"));
    let c = open(&bytes);
    let a = c.article("1").unwrap();
    assert_eq!(a.dateline(), None);
    assert_eq!(a.date().unwrap().to_string(), "2022-10-09");
    assert_eq!(a.date_basis(), Some(DateBasis::Declared));
    assert_eq!(a.paragraphs().len(), 2);

    let bytes = pack_text("d.txt", page, &FileMeta::default());
    let c = open(&bytes);
    let a = c.article("1").unwrap();
    assert_eq!(a.dateline(), None);
    assert_eq!(a.date(), None);
    assert_eq!(a.date_basis(), None);
}

#[test]
fn crlf_gives_the_same_structure_and_provenance_as_lf() {
    let lf = pack_text("p.txt", SEED, &dated("2022-10-09"));
    let crlf = pack_text("p.txt", &SEED.replace('\n', "\r\n"), &dated("2022-10-09"));
    assert!(SEED.contains('\n') && !SEED.contains('\r'));
    let (a, b) = (open(&lf), open(&crlf));
    assert_eq!(json(&a), json(&b));
    assert_eq!(a.stats().joins, 6);
    assert_eq!(
        b.paragraph("1.2.12")
            .unwrap()
            .joins()
            .next()
            .unwrap()
            .source,
        src("p.txt", 41, 1)
    );
    assert_eq!(b.files().next().unwrap().lines(), 189);
}

#[test]
fn cr_only_gives_the_same_structure_and_provenance_as_lf() {
    let lf = pack_text("p.txt", SEED, &FileMeta::default());
    let cr = pack_text("p.txt", &SEED.replace('\n', "\r"), &FileMeta::default());
    let (a, b) = (open(&lf), open(&cr));
    assert_eq!(json(&a), json(&b));
    assert_eq!(b.article("2").unwrap().source(), src("p.txt", 149, 1));
}

#[test]
fn a_bom_does_not_shift_columns() {
    let plain = compile_bytes("p.txt", SEED.as_bytes(), &FileMeta::default()).unwrap();
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(SEED.as_bytes());
    let bom = compile_bytes("p.txt", &with_bom, &FileMeta::default()).unwrap();
    let (x, y) = (pack(&[plain]).unwrap(), pack(&[bom]).unwrap());
    let (a, b) = (open(&x), open(&y));
    assert_eq!(json(&a), json(&b));

    // A BOM right before the first text: that text is still at column 1.
    let bytes = pack(&[compile_bytes(
        "b.txt",
        "\u{feff}标题\n\n正文。\n".as_bytes(),
        &FileMeta::default(),
    )
    .unwrap()])
    .unwrap();
    let c = open(&bytes);
    assert_eq!(c.article("1").unwrap().title(), Some("标题"));
    assert_eq!(c.article("1").unwrap().source(), src("b.txt", 1, 1));
    assert_eq!(c.paragraph("1.1.1").unwrap().source(), src("b.txt", 3, 1));
}

#[test]
fn empty_and_blank_files_are_errors_that_name_the_file() {
    for (name, text) in [
        ("empty.txt", ""),
        ("blank.txt", " \n\n\u{3000}\u{3000}\r\n\t\r"),
    ] {
        let err = compile_text(name, text, &FileMeta::default()).unwrap_err();
        assert!(
            matches!(&err, CompileError::Empty { file } if file == name),
            "{err:?}"
        );
        assert_eq!(err.to_string(), format!("{name}: line 1: file is empty"));
    }
    for bytes in [&b""[..], b"\xEF\xBB\xBF", b"\xEF\xBB\xBF \r\n"] {
        let err = compile_bytes("x.txt", bytes, &FileMeta::default()).unwrap_err();
        assert!(matches!(err, CompileError::Empty { .. }), "{err:?}");
        assert!(err.to_string().starts_with("x.txt:"));
    }
}

#[test]
fn full_and_half_width_sentence_punctuation_both_split() {
    let page = "标题\n\n他问：真的吗？是的！好。他问:真的吗?是的!好。一；二;三……完\n";
    let bytes = pack_text("s.txt", page, &FileMeta::default());
    let c = open(&bytes);
    let got: Vec<_> = c.sentences().map(|s| (s.text(), s.end())).collect();
    use SentenceEnd::*;
    assert_eq!(
        got,
        [
            ("他问：真的吗？", Question),
            ("是的！", Exclamation),
            ("好。", FullStop),
            ("他问:真的吗?", Question),
            ("是的!", Exclamation),
            ("好。", FullStop),
            ("一；", Semicolon),
            ("二;", Semicolon),
            ("三……", Ellipsis),
            ("完", Unterminated),
        ]
    );
    // The colon does not end a sentence in either width.
    assert!(!got.iter().any(|(t, _)| t.ends_with(['：', ':'])));
}

#[test]
fn a_leading_dateline_is_detected() {
    let page = "标题\n\n新华社北京10月9日电（记者 王五）正文第一句。第二句。\n\n第二段。\n";
    let bytes = pack_text("l.txt", page, &dated("2023-01-02"));
    let c = open(&bytes);
    let a = c.article("1").unwrap();
    let d = a.dateline().expect("leading dateline");
    assert_eq!(d.text, "新华社北京10月9日电");
    assert_eq!(d.agency, Some("新华社"));
    assert_eq!(d.place, Some("北京"));
    assert_eq!((d.month, d.day), (10, 9));
    // Month and day from the dateline; the year is the latest not after the page date.
    assert_eq!(d.date.unwrap().to_string(), "2022-10-09");
    assert_eq!(a.date().unwrap().to_string(), "2022-10-09");
    assert_eq!(a.date_basis(), Some(DateBasis::Dateline));
    assert_eq!(d.source, src("l.txt", 3, 1));
    // The dateline stays the head of the first paragraph.
    let p = c.paragraph("1.1.1").unwrap();
    assert!(p.text().starts_with("新华社北京10月9日电（记者 王五）正文"));
    assert_eq!(c.paragraphs().len(), 2);

    // A place without an agency is not a leading dateline.
    let bytes = pack_text(
        "l.txt",
        "标题\n\n北京10月9日电 正文。\n",
        &FileMeta::default(),
    );
    assert_eq!(open(&bytes).article("1").unwrap().dateline(), None);
}

#[test]
fn a_continued_on_marker_ends_a_paragraph() {
    for (marker, page_label) in [("(下转第二版)", "第二版"), ("（下转第4版）", "第4版")]
    {
        let page = format!("标题\n\n第一段。\n\n这一段转到别的版面去了。{marker}\n");
        let bytes = pack_text("m.txt", &page, &FileMeta::default());
        let c = open(&bytes);
        let a = c.article("1").unwrap();
        let to = a.continued_to().expect("continued_to");
        assert_eq!(to.marker, marker);
        assert_eq!(to.page, page_label);
        assert_eq!(to.source, src("m.txt", 5, 13));
        assert_eq!(a.continued_from(), None);
        let last = a.paragraphs().last().unwrap();
        assert_eq!(last.text(), "这一段转到别的版面去了。");
        assert_eq!(last.sentences().len(), 1);
    }
    // A page break can cut a paragraph after a few words. The short, unpunctuated
    // fragment before the marker is running text, not a heading.
    let page = "标题\n\n第一段。\n\n党的十九大以来(下转第二版)\n";
    let bytes = pack_text("m.txt", page, &FileMeta::default());
    let c = open(&bytes);
    let a = c.article("1").unwrap();
    assert_eq!(a.continued_to().map(|m| m.page), Some("第二版"));
    assert!(a.sections().all(|s| s.heading().is_none()));
    let last = a.paragraphs().last().unwrap();
    assert_eq!(last.text(), "党的十九大以来");
    assert_eq!(
        last.sentences().map(|s| s.end()).collect::<Vec<_>>(),
        [SentenceEnd::Unterminated]
    );
}

#[test]
fn a_heading_may_end_in_a_closing_quote() {
    let page = "标题\n\n导语一句。\n\n夯实新区发展“底盘”\n\n正文。\n";
    let bytes = pack_text("h.txt", page, &FileMeta::default());
    let c = open(&bytes);
    let a = c.article("1").unwrap();
    let headings: Vec<_> = a.sections().map(|s| s.heading()).collect();
    assert_eq!(headings, [None, Some("夯实新区发展“底盘”")]);
    assert_eq!(c.section("1.2").unwrap().source(), src("h.txt", 5, 1));
    assert_eq!(c.paragraph("1.2.1").unwrap().text(), "正文。");
}

#[test]
fn a_short_broken_first_half_with_a_comma_is_joined_not_a_heading() {
    let page = "标题\n\n导语。\n\n小标题\n\n蓬勃发展的高新技术企业,凝聚起哈尔滨新\n\n区高质量发展的新动能。\n";
    let bytes = pack_text("j.txt", page, &FileMeta::default());
    let c = open(&bytes);
    let headings: Vec<_> = c.sections().map(|s| s.heading()).collect();
    assert_eq!(headings, [None, Some("小标题")]);
    let p = c.paragraph("1.2.1").unwrap();
    assert_eq!(
        p.text(),
        "蓬勃发展的高新技术企业,凝聚起哈尔滨新区高质量发展的新动能。"
    );
    assert_eq!(p.source(), src("j.txt", 7, 1));
    let joins: Vec<_> = p.joins().collect();
    assert_eq!(joins.len(), 1);
    assert_eq!(joins[0].source, src("j.txt", 9, 1));
    assert_eq!(
        &c.text()[joins[0].at..p.span().end],
        "区高质量发展的新动能。"
    );
    assert_eq!(c.paragraphs().len(), 2);
}

#[test]
fn unknown_and_malformed_ids() {
    let bytes = pack_text("i.txt", "标题\n\n一句。两句。\n", &FileMeta::default());
    let c = open(&bytes);
    assert_eq!(c.sentence("1.1.1.2").unwrap().text(), "两句。");
    for (id, kind) in [
        ("2", "article"),
        ("1.2", "section"),
        ("1.1.2", "paragraph"),
        ("1.1.1.3", "sentence"),
    ] {
        match c.find(id) {
            Err(Error::UnknownId {
                kind: k, id: got, ..
            }) => {
                assert_eq!((k, got.as_str()), (kind, id));
            }
            other => panic!("{id}: expected UnknownId, got {other:?}"),
        }
    }
    let err = c.find("2").unwrap_err();
    assert_eq!(
        err.to_string(),
        "no article with id \"2\" (the corpus has articles 1 to 1)"
    );
    for id in [
        "",
        "x",
        "1.",
        ".1",
        "1..2",
        "0",
        "1.0",
        "-1",
        "1.1.1.1.1",
        "1 .2",
        "1.a",
    ] {
        match c.find(id) {
            Err(Error::BadId { id: got, .. }) => assert_eq!(got, id),
            other => panic!("{id:?}: expected BadId, got {other:?}"),
        }
    }
    // Right form, wrong level.
    assert!(matches!(c.article("1.1"), Err(Error::BadId { .. })));
    assert!(matches!(c.paragraph("1"), Err(Error::BadId { .. })));
}
