//! Dates: the rules on sentences of the genre, then the seed page against its gold.
mod common;

use baokan_extract::{Date, DateMention, Open, Precision, ResolvedBy, extract};

fn on(text: &str, reference: Option<Date>) -> Vec<DateMention> {
    extract(text, reference).dates
}

fn day(y: i32, m: u32, d: u32) -> Option<Date> {
    Date::new(y, m, d)
}

/// (text, iso, iso_end, precision) of every date found, with the seed page's date.
fn found(text: &str) -> Vec<(&str, Option<String>, Option<String>, Precision)> {
    found_at(text, common::reference())
}

fn found_at(
    text: &str,
    reference: Option<Date>,
) -> Vec<(&str, Option<String>, Option<String>, Precision)> {
    on(text, reference)
        .into_iter()
        .map(|d| (d.span.of(text), d.iso, d.iso_end, d.precision))
        .collect()
}

fn one(text: &str, reference: Option<Date>) -> DateMention {
    let d = on(text, reference);
    assert_eq!(d.len(), 1, "{text}: {d:?}");
    d.into_iter().next().unwrap()
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

#[test]
fn absolute_dates_at_each_precision() {
    assert_eq!(
        found("2018年11月6日,3家企业。2021年6月,中央组织部印发。2019年,中央组织部。"),
        vec![
            ("2018年11月6日", s("2018-11-06"), None, Precision::Day),
            ("2021年6月", s("2021-06"), None, Precision::Month),
            ("2019年", s("2019"), None, Precision::Year),
        ]
    );
    let d = one("2018年11月6日", None);
    assert_eq!(d.resolved_by, ResolvedBy::Explicit);
}

#[test]
fn a_year_is_a_date_when_followed_by_nian() {
    assert_eq!(found("从2014年开始,各地")[0].0, "2014年");
    assert_eq!(
        found("哈尔滨万鑫石墨谷2015年落户哈尔滨新区")[0].1,
        s("2015")
    );
    assert_eq!(found("早在1949年,")[0].1, s("1949"));
}

#[test]
fn durations_and_counts_are_not_dates() {
    for text in [
        "5年来,各地区各部门各单位",
        "连续8年开展述职评议考核",
        "时隔78年后,郝家桥村再获",
        "预计3年内实现产值5亿元",
        "未来5年营业收入不低于10亿元",
        "六年过去了",
        "不仅创造了两年建设一座产业新城的奇迹",
        "三年行动计划",
        "建党100年",
        "近2000年来",
        "每年推进60个重大产业项目,年均增长30.2%",
        "近年来,近几年,当年",
        "三四年,五六年前",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
    // 同年 names the year the text narrated: with none before it, it is unresolved.
    let d = one("同年", common::reference());
    assert_eq!((d.iso, d.resolved_by), (None, ResolvedBy::Unresolved));
}

#[test]
fn years_glued_to_names_and_numbers_with_units_are_not_dates() {
    for text in [
        "在2022世界5G大会上的签约项目",
        "5G",
        "累计注册企业2018家",
        "产值2021万元",
        "R&D投入强度达到3.9%",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
}

#[test]
fn seasons_keep_the_year_as_iso() {
    assert_eq!(
        found("中央绥德地委在1943年春发现的一个模范村"),
        vec![("1943年春", s("1943"), None, Precision::Season)]
    );
    assert_eq!(found("2020年秋季开学")[0].0, "2020年秋季");
    // 春节 and 冬奥会 are not seasons: 2019年春节 is the festival's day.
    assert_eq!(
        found("2019年春节期间"),
        vec![("2019年春节", s("2019-02-05"), None, Precision::Day)]
    );
    let d = one("1943年春", None);
    assert_eq!(d.season, Some(baokan_extract::Season::Spring));
    assert_eq!(found("2022年冬奥会")[0].3, Precision::Year);
}

#[test]
fn ranges() {
    assert_eq!(
        found("2021年6月至12月,北京"),
        vec![(
            "2021年6月至12月",
            s("2021-06"),
            s("2021-12"),
            Precision::Month
        )]
    );
    assert_eq!(
        found("2018—2020年"),
        vec![("2018—2020年", s("2018"), s("2020"), Precision::Year)]
    );
    assert_eq!(
        found("2018年到2020年"),
        vec![("2018年到2020年", s("2018"), s("2020"), Precision::Year)]
    );
    assert_eq!(
        found("9月21日至23日"),
        vec![(
            "9月21日至23日",
            s("2022-09-21"),
            s("2022-09-23"),
            Precision::Day
        )]
    );
    assert_eq!(
        found("9月21—23日"),
        vec![(
            "9月21—23日",
            s("2022-09-21"),
            s("2022-09-23"),
            Precision::Day
        )]
    );
    assert_eq!(
        found("今年1-8月,"),
        vec![("今年1-8月", s("2022-01"), s("2022-08"), Precision::Month)]
    );
    assert_eq!(
        found("2021年12月28日～2022年1月3日"),
        vec![(
            "2021年12月28日～2022年1月3日",
            s("2021-12-28"),
            s("2022-01-03"),
            Precision::Day
        )]
    );
    // A year-less range takes the year of its end nearest to the reference.
    assert_eq!(
        found("1—8月,全国规模以上工业企业"),
        vec![("1—8月", s("2022-01"), s("2022-08"), Precision::Month)]
    );
    assert_eq!(
        found_at("12月28日至1月3日", day(2022, 10, 9)),
        vec![(
            "12月28日至1月3日",
            s("2022-12-28"),
            s("2023-01-03"),
            Precision::Day
        )]
    );
    assert_eq!(
        found_at("12月28日至1月3日", day(2023, 1, 20))[0].1,
        s("2022-12-28")
    );
    // A year-less end that would come before the start runs into the next year.
    assert_eq!(found("2021年12月28日至1月3日")[0].2, s("2022-01-03"));
}

#[test]
fn mismatched_or_backward_ranges_are_two_dates_or_one() {
    // 8月至9月21日: a month and a day, not a range.
    assert_eq!(
        found("今年8月至9月21日"),
        vec![
            ("今年8月", s("2022-08"), None, Precision::Month),
            ("9月21日", s("2022-09-21"), None, Precision::Day)
        ]
    );
    // The end is before the start: not a range; the 2018年 after 至 stands alone.
    assert_eq!(
        found("2020年至2018年"),
        vec![
            ("2020年", s("2020"), None, Precision::Year),
            ("2018年", s("2018"), None, Precision::Year)
        ]
    );
    // 到 is also a verb.
    assert_eq!(found("2021年9月,到郝家桥村")[0].0, "2021年9月");
}

#[test]
fn relative_years_resolve_against_the_reference() {
    let r = common::reference();
    let d = one("今年8月,习近平总书记来到辽宁沈阳", r);
    assert_eq!(
        (d.iso.as_deref(), d.precision, d.resolved_by),
        (Some("2022-08"), Precision::Month, ResolvedBy::ArticleDate)
    );
    assert_eq!(one("有望明年在新区启动", r).iso, s("2023"));
    assert_eq!(one("去年同期", r).iso, s("2021"));
    assert_eq!(one("今年导电浆料预计产量", r).iso, s("2022"));
    assert_eq!(one("在前年的基础上", r).iso, s("2020"));
    assert_eq!(one("本月", r).iso, s("2022-10"));
    assert_eq!(one("截至上月底", r).iso, s("2022-09"));
    assert_eq!(one("今年10月9日", r).iso, s("2022-10-09"));
}

#[test]
fn words_that_only_look_relative() {
    assert_eq!(one("今年均有增长", common::reference()).iso, s("2022"));
    for text in [
        "如今年轻人越来越多",
        "过去年均增长",
        "至今年均增长",
        "光明年代",
        "此后年产量翻番",
        "说明年报数据",
        "线上月活用户",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
}

#[test]
fn since_is_the_date_part_with_an_open_period() {
    // As the February dev gold lists them: 2018年以来 is 2018年, the period in `open`.
    let r = common::reference();
    let d = one("今年以来,按照省市大力发展数字经济的战略部署", r);
    assert_eq!(d.span.of("今年以来,按照"), "今年");
    assert_eq!(
        (d.iso.as_deref(), d.iso_end.as_deref(), d.precision, d.open),
        (Some("2022"), None, Precision::Year, Some(Open::Since))
    );
    assert_eq!(d.resolved_by, ResolvedBy::ArticleDate);
    let text = "从2019年以来,哈尔滨新区平均每年推进60个重大产业项目";
    let d = one(text, r);
    assert_eq!(d.span.of(text), "2019年");
    assert_eq!(
        (d.iso.as_deref(), d.open),
        (Some("2019"), Some(Open::Since))
    );
    assert_eq!(d.resolved_by, ResolvedBy::Explicit);
    let d = one("2016年5月至今", r);
    assert_eq!(
        (d.span.of("2016年5月至今"), d.iso.as_deref(), d.open),
        ("2016年5月", Some("2016-05"), Some(Open::Since))
    );
    let d = one("1941年3月起，他任总编辑", r);
    assert_eq!(
        (d.iso.as_deref(), d.open),
        (Some("1941-03"), Some(Open::Onward))
    );
    // 起草 is a word: nothing opens.
    assert_eq!(one("3月起草", r).open, None);
    // Period anchors are not dates.
    assert_eq!(found("党的十九大以来,新区获批以来"), vec![]);
}

#[test]
fn month_days_take_the_nearest_year() {
    let r = common::reference();
    let d = one("9月21日,思灵机器人北方基地项目在哈尔滨新区正式启动", r);
    assert_eq!(
        (d.iso.as_deref(), d.resolved_by),
        (Some("2022-09-21"), ResolvedBy::ArticleDate)
    );
    assert_eq!(one("(新华社北京10月9日电)", r).iso, s("2022-10-09"));
    // Across the year boundary, both ways.
    assert_eq!(one("12月28日", day(2023, 1, 5)).iso, s("2022-12-28"));
    assert_eq!(one("1月3日", day(2022, 12, 30)).iso, s("2023-01-03"));
    assert_eq!(one("12月", day(2023, 1, 5)).iso, s("2022-12"));
    assert_eq!(one("1月", day(2022, 12, 30)).iso, s("2023-01"));
    // A leap day goes to a year that has one.
    assert_eq!(one("2月29日", day(2023, 1, 5)).iso, s("2024-02-29"));
    assert_eq!(one("8月份", r).iso, s("2022-08"));
}

#[test]
fn impossible_dates_and_month_words_are_not_dates() {
    // No month 13: the year stands alone.
    assert_eq!(
        found("2021年13月"),
        vec![("2021年", s("2021"), None, Precision::Year)]
    );
    for text in [
        "2月30日",
        "2021年2月30日",
        "13月薪",
        "6月龄婴儿",
        "十月革命",
        "3个月",
        "32日",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
}

#[test]
fn chinese_numeral_dates() {
    assert_eq!(
        found("二〇一八年十一月六日"),
        vec![(
            "二〇一八年十一月六日",
            s("2018-11-06"),
            None,
            Precision::Day
        )]
    );
    assert_eq!(found("一九四三年春")[0].3, Precision::Season);
    assert_eq!(found("十月九日电")[0].1, s("2022-10-09"));
}

#[test]
fn without_a_reference_relative_dates_have_no_value() {
    for text in ["今年8月", "明年", "9月21日", "本月", "今年1-8月"] {
        let d = one(text, None);
        assert_eq!(
            (d.iso, d.iso_end, d.resolved_by),
            (None, None, ResolvedBy::Unresolved),
            "{text}: no article date, so the label must not claim one"
        );
        assert_eq!(d.span.of(text), text);
    }
    let d = one("今年以来", None);
    assert_eq!((d.iso, d.resolved_by), (None, ResolvedBy::Unresolved));
    assert_eq!(d.span.of("今年以来"), "今年");
    let d = one("2019年以来", None);
    assert_eq!((d.iso.as_deref(), d.iso_end), (Some("2019"), None));
    assert_eq!(one("2021年6月至12月", None).iso_end, s("2021-12"));
}

#[test]
fn mentions_are_sorted_and_disjoint() {
    let text = "2021年6月至12月,今年8月,9月21日,明年,1943年春。";
    let d = on(text, common::reference());
    assert_eq!(d.len(), 5);
    assert!(d.windows(2).all(|w| w[0].span.end <= w[1].span.start));
}

fn precision_name(p: Precision) -> &'static str {
    p.as_str()
}

#[test]
fn seed_page_against_the_gold() {
    let gold = common::gold();
    let rows = common::rows(&gold, "date");
    let key = |r: &toml::Table| {
        (
            r["line"].as_integer().unwrap() as u32,
            r["text"].as_str().unwrap().to_string(),
        )
    };
    let gold_keys: Vec<(u32, String)> = rows.iter().map(|r| key(r)).collect();
    let mut predicted = Vec::new();
    let mut found = Vec::new();
    for para in common::paragraphs() {
        for d in on(&para.text, common::reference()) {
            let k = (para.line(d.span), d.span.of(&para.text).to_string());
            predicted.push(k.clone());
            found.push((k, d));
        }
    }
    let (p, r, fp, fne) = common::score(&predicted, &gold_keys);
    println!(
        "dates: precision {p:.3} recall {r:.3} ({} predicted, {} gold)",
        predicted.len(),
        gold_keys.len()
    );
    println!("  false positives: {fp:?}");
    println!("  false negatives: {fne:?}");
    let mut field_errors = Vec::new();
    for row in &rows {
        let Some((_, d)) = found.iter().find(|(k, _)| *k == key(row)) else {
            continue;
        };
        let text_of = |f: &str| row.get(f).and_then(|v| v.as_str()).map(str::to_string);
        let inferred = row
            .get("relative")
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
            || row
                .get("year_inferred")
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
        let expected = (
            text_of("iso"),
            text_of("iso_end"),
            text_of("precision").unwrap_or_default(),
            if inferred {
                ResolvedBy::ArticleDate
            } else {
                ResolvedBy::Explicit
            },
        );
        let got = (
            d.iso.clone(),
            d.iso_end.clone(),
            precision_name(d.precision).to_string(),
            d.resolved_by,
        );
        if got != expected {
            field_errors.push((key(row), expected, got));
        }
    }
    println!("  field mismatches on matched rows: {field_errors:?}");
    assert!(p >= 0.9, "precision {p}");
    assert!(r >= 0.95, "recall {r}");
    assert!(field_errors.is_empty(), "{field_errors:?}");
}
