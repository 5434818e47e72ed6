//! Bad pages give errors that name the file, the line and the cause.

use baokan_compile::{CompileError, FileMeta, compile_bytes, compile_text};

#[test]
fn text_without_words_holds_no_article() {
    let err =
        compile_text("rules.txt", "……\n\n———\n\n123 456\n", &FileMeta::default()).unwrap_err();
    assert!(matches!(err, CompileError::NoArticle { .. }), "{err}");
    assert_eq!(err.to_string(), "rules.txt: line 5: no article found");
}

#[test]
fn a_title_alone_is_still_an_article() {
    let doc = compile_text("t.txt", "建强战斗堡垒 夯实执政之基\n", &FileMeta::default()).unwrap();
    assert_eq!(doc.articles.len(), 1);
}

#[test]
fn over_long_lines_and_bad_bytes_are_refused_with_their_place() {
    let long = format!(
        "标题\n\n{}\n",
        "a".repeat(baokan_compile::MAX_LINE_BYTES + 1)
    );
    let err = compile_text("long.txt", &long, &FileMeta::default()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "long.txt: line 3: line is {} bytes long; the limit is {}",
            baokan_compile::MAX_LINE_BYTES + 1,
            baokan_compile::MAX_LINE_BYTES
        )
    );
    let err = compile_bytes(
        "bad.txt",
        b"\xEF\xBB\xBF\xE6\xA0\x87\xE9\xA2\x98\n\n\xE6\xAD\xA3\xFF",
        &FileMeta::default(),
    )
    .unwrap_err();
    assert!(err.to_string().starts_with("bad.txt: line 3"), "{err}");
}
