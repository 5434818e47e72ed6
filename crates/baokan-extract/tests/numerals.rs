//! `parse_number` on cn2an's documented plain-numeral cases, Arabic numbers with Chinese
//! multipliers, and strings that are not numbers.

use baokan_extract::parse_number;

#[test]
fn chinese_numerals_as_cn2an_reads_them() {
    let cases = [
        ("零", 0.0),
        ("十", 10.0),
        ("十五", 15.0),
        ("一十五", 15.0),
        ("二十", 20.0),
        ("一百二十三", 123.0),
        ("一百零八", 108.0),
        ("一千零一", 1001.0),
        ("两千零一", 2001.0),
        ("一万零五百", 10500.0),
        ("五十一万八千", 518000.0),
        ("三千五百万", 35000000.0),
        ("一亿", 100000000.0),
        ("十二亿三千万", 1230000000.0),
        ("两", 2.0),
        ("两百", 200.0),
        ("兩千", 2000.0),
        ("〇", 0.0),
    ];
    for (s, v) in cases {
        assert_eq!(parse_number(s), Some(v), "{s}");
    }
}

#[test]
fn spoken_shortenings() {
    // 一百二 is 120 (not 102), 三万四 is 34000.
    assert_eq!(parse_number("一百二"), Some(120.0));
    assert_eq!(parse_number("三万四"), Some(34000.0));
    assert_eq!(parse_number("一亿五"), Some(150000000.0));
}

#[test]
fn arabic_with_multipliers() {
    let cases = [
        ("1.5亿", 150000000.0),
        ("51.8万", 518000.0),
        ("249.2万", 2492000.0),
        ("3.2亿", 320000000.0),
        ("490万", 4900000.0),
        ("3千万", 30000000.0),
        ("5百万", 5000000.0),
        ("2万亿", 2e12),
        ("83.64", 83.64),
        ("2268", 2268.0),
        ("1,234,567", 1234567.0),
        ("0.5", 0.5),
    ];
    for (s, v) in cases {
        assert_eq!(parse_number(s), Some(v), "{s}");
    }
}

#[test]
fn full_width_digits() {
    assert_eq!(parse_number("５１．８万"), Some(518000.0));
    assert_eq!(parse_number("２０２２"), Some(2022.0));
}

#[test]
fn decimals_signs_and_percentages() {
    assert_eq!(parse_number("三点五"), Some(3.5));
    assert_eq!(parse_number("零点二五"), Some(0.25));
    assert_eq!(parse_number("负三"), Some(-3.0));
    assert_eq!(parse_number("负1.5万"), Some(-15000.0));
    // The number of the percentage: the % belongs to the figure's unit.
    assert_eq!(parse_number("百分之三十"), Some(30.0));
}

#[test]
fn not_numbers() {
    for s in [
        "",
        " ",
        "党建",
        "万",
        "亿",
        "百万",
        "一些",
        "1.2.3",
        "1.",
        ".5",
        "1,23",
        "12,3456",
        "5G",
        "3千",
        "万万",
        "1万万",
        "一二三",
        "十四五",
        "零五",
        "十零",
        "几十",
        "十几",
        "数百",
        "1百",
        "三点",
        "五级",
    ] {
        assert_eq!(parse_number(s), None, "{s:?}");
    }
}
