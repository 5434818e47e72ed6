//! Inputs that made a fuzz target (`fuzz/`, see `fuzz/README.md`) panic, minimised with
//! `cargo fuzz tmin`. Each must now run to an answer.

use baokan_extract::{Date, extract, parse_number};

/// `extract_text`: `parse_number("五分")` reached `chinese-number`'s ten-thousand
/// integer parser with 分 (a money unit below 個), which trips its
/// `debug_assert!(exp > ChineseExponent::千)` in debug builds. The minimised input was
/// `"\0分"`, whose substring `"分"` after a numeral (`"一分"`) panics.
#[test]
fn money_units_below_one_are_not_integers() {
    for s in [
        "一分",
        "五分",
        "五角",
        "一角五分",
        "十分",
        "分",
        "角",
        "\0分",
    ] {
        assert_eq!(parse_number(s), None, "{s:?}");
    }
    assert_eq!(parse_number("百分之三十"), Some(30.0));
    for text in ["\0分", "每斤五分", "一角五分钱", "三分之一的村"] {
        let _ = extract(text, Date::new(2022, 10, 9));
        let _ = extract(text, None);
    }
}
