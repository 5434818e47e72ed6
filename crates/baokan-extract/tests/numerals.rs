//! `parse_number` and `parse_numeral` on cn2an's documented plain-numeral cases, Arabic
//! numbers with Chinese multipliers, hand-written cases of every form the parser reads, and
//! strings that are not numbers (or not one number), which must give `None`, never a value.

use baokan_extract::{NumeralKind, parse_number, parse_numeral};

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
        "万万",
        "1万万",
        "十四五",
        "零五",
        "十零",
        "几十",
        "十几",
        "数百",
        "三点",
        "五级",
    ] {
        assert_eq!(parse_number(s), None, "{s:?}");
    }
}

/// Hand-written cases, each with its expected value written down before the rule that
/// reads it: (text, value, upper end of a range, kind).
#[test]
fn hand_written_table() {
    use NumeralKind::{Digits, Fraction, Money, Number, Percent, Permille};
    let cases: &[(&str, f64, Option<f64>, NumeralKind)] = &[
        // 零 inside numbers.
        ("一千零十", 1010.0, None, Number),
        ("一千零十一", 1011.0, None, Number),
        ("一千零一十", 1010.0, None, Number),
        ("一万零五", 10005.0, None, Number),
        ("一万零五十", 10050.0, None, Number),
        ("十万零一千", 101000.0, None, Number),
        ("一亿零一", 100000001.0, None, Number),
        ("三千零二十万", 30200000.0, None, Number),
        ("一百〇八", 108.0, None, Number),
        // 廿, 卅, 卌.
        ("廿三", 23.0, None, Number),
        ("廿", 20.0, None, Number),
        ("卅", 30.0, None, Number),
        ("卅一", 31.0, None, Number),
        ("卌", 40.0, None, Number),
        ("一百廿", 120.0, None, Number),
        // Read digit by digit.
        ("一七二零", 1720.0, None, Digits),
        ("二〇一九", 2019.0, None, Digits),
        ("一二三", 123.0, None, Digits),
        ("一一", 11.0, None, Digits),
        ("二〇〇二", 2002.0, None, Digits),
        ("一七二零点一", 1720.1, None, Digits),
        // Signs and decimals.
        ("-10.1", -10.1, None, Number),
        ("负十点五", -10.5, None, Number),
        ("正十点五", 10.5, None, Number),
        ("+3", 3.0, None, Number),
        ("－５", -5.0, None, Number),
        ("零点二五", 0.25, None, Number),
        ("负零点一零", -0.1, None, Number),
        ("二点四六八", 2.468, None, Number),
        ("一百点123", 100.123, None, Number),
        // Arabic and Chinese mixed.
        ("1万600", 10600.0, None, Number),
        ("100万三千", 1003000.0, None, Number),
        ("200亿零四千230", 20000004230.0, None, Number),
        ("1百01", 101.0, None, Number),
        ("3.5亿", 350000000.0, None, Number),
        ("2.38万亿", 2380000000000.0, None, Number),
        ("10.1万", 101000.0, None, Number),
        ("-10.1万", -101000.0, None, Number),
        ("三点五亿", 350000000.0, None, Number),
        ("3千", 3000.0, None, Number),
        ("3千万", 30000000.0, None, Number),
        ("1,000万", 10000000.0, None, Number),
        // Spoken shortenings: a last digit takes the place below the unit before it.
        ("三万五", 35000.0, None, Number),
        ("十三万五", 135000.0, None, Number),
        ("两千六", 2600.0, None, Number),
        ("三百二", 320.0, None, Number),
        ("一百二十万三", 1203000.0, None, Number),
        // Adjacent numerals: a range.
        ("十七八", 17.0, Some(18.0), Number),
        ("三五百", 300.0, Some(500.0), Number),
        ("二三百", 200.0, Some(300.0), Number),
        ("六七", 6.0, Some(7.0), Number),
        ("六七十", 60.0, Some(70.0), Number),
        ("两三千", 2000.0, Some(3000.0), Number),
        ("一两", 1.0, Some(2.0), Number),
        ("三四十万", 300000.0, Some(400000.0), Number),
        ("一百五六十", 150.0, Some(160.0), Number),
        ("二十四五", 24.0, Some(25.0), Number),
        ("十四五", 14.0, Some(15.0), Number),
        // Fractions, percentages and per mille: a percentage is its number of percent.
        ("三分之一", 1.0 / 3.0, None, Fraction),
        ("四分之三", 0.75, None, Fraction),
        ("百分之三", 3.0, None, Percent),
        ("百分之三点五", 3.5, None, Percent),
        ("百分之百", 100.0, None, Percent),
        ("百分之一百二十", 120.0, None, Percent),
        ("百分之十七八", 17.0, Some(18.0), Percent),
        ("负百分之三", -3.0, None, Percent),
        ("千分之五", 5.0, None, Permille),
        ("3%", 3.0, None, Percent),
        ("８２％", 82.0, None, Percent),
        // Full-width digits and thousands separators.
        ("８２２", 822.0, None, Number),
        ("82,225.00", 82225.0, None, Number),
        ("82，225.00", 82225.0, None, Number),
        ("８２，２２５．００", 82225.0, None, Number),
        ("1,234,567", 1234567.0, None, Number),
        // Amounts of money in 元, 角 and 分.
        ("壹拾壹元整", 11.0, None, Money),
        ("壹拾壹元壹角壹分", 11.11, None, Money),
        ("玖仟陆佰陆拾伍圆壹角捌分", 9665.18, None, Money),
        ("两千九百六十元", 2960.0, None, Money),
        ("三元零五分", 3.05, None, Money),
    ];
    for &(s, value, value_max, kind) in cases {
        let n = parse_numeral(s).unwrap_or_else(|| panic!("{s:?} read as None"));
        assert_eq!(
            (n.value, n.value_max, n.kind),
            (value, value_max, kind),
            "{s:?}"
        );
        let plain = parse_number(s);
        if value_max.is_some() {
            assert_eq!(plain, None, "{s:?}: a range is not one number");
        } else {
            assert_eq!(plain, Some(value), "{s:?}");
        }
    }
}

/// Ambiguous or malformed: `None`, never a different number.
#[test]
fn ambiguous_or_malformed_is_none() {
    for s in [
        // Two numbers side by side.
        "十七十八",
        "二十三十",
        "十一十二",
        "负十一十二",
        // A unit twice, out of order, or with nothing to multiply.
        "一千千",
        "一千一千",
        "一百一千",
        "万亿万",
        "百十一",
        "一万零百一十一",
        // Zeros where no place is skipped, or 零 twice.
        "十零",
        "一千零一千",
        "一千零零一",
        "零五",
        "零一",
        // 两 is not a last digit.
        "二十两",
        "一百零两",
        // Digits that are no range and no digit string.
        "三四五百",
        "十七九",
        "九八百",
        "两两",
        // 廿 is a whole 二十; 三五 opens a numeral; a bare 十 that skips a place.
        "一廿",
        "一廿三",
        "十三五",
        "一二十一",
        "两三万五",
        "一千十",
        "一万十",
        // Malformed decimals and signs.
        "零点",
        "点零",
        "点一",
        "零点点",
        "零点零大",
        "10..1万",
        "10.1万零100",
        "三点两",
        "负",
        "负三四",
        // An Arabic digit alone after a unit is ambiguous: 1万6 is 16000 or 10006.
        "1万6",
        // Malformed grouping.
        "82，2250",
        "8，225，5",
        "1,23",
        // Money units without an amount, or 角 and 分 without 元.
        "元整",
        "圆",
        "五角",
        "一角五分",
        "三元五",
        // Fractions with nothing on one side, or over zero.
        "分之一",
        "三分之",
        "零分之一",
        "百分之",
        // Vague.
        "几十",
        "数十亿",
        "十几",
        "若干",
    ] {
        assert_eq!(parse_numeral(s), None, "{s:?}");
        assert_eq!(parse_number(s), None, "{s:?}");
    }
}

/// Every string of up to four characters from the parser's alphabet: no panic, a finite
/// value, a range only with its lower end first, and `parse_number` agreeing.
#[test]
fn every_short_string_reads_or_says_none() {
    let alphabet: Vec<char> = "零一二两三五十百千万亿廿点负分之元角1,.%".chars().collect();
    let mut s = String::new();
    let mut read = 0;
    let mut check = |s: &str| {
        let n = parse_numeral(s);
        if let Some(n) = n {
            read += 1;
            assert!(n.value.is_finite(), "{s:?}");
            assert!(n.value_max.is_none_or(|m| m > n.value), "{s:?}");
        }
        assert_eq!(
            parse_number(s),
            n.filter(|n| n.value_max.is_none()).map(|n| n.value),
            "{s:?}"
        );
    };
    let k = alphabet.len();
    for len in 1..=4u32 {
        for mut code in 0..k.pow(len) {
            s.clear();
            for _ in 0..len {
                s.push(alphabet[code % k]);
                code /= k;
            }
            check(&s);
        }
    }
    assert!(read > 1000, "{read}");
}
