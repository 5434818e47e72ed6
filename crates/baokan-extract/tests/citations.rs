//! Citations: the rules on sentences of the genre, then the seed page against its gold.
mod common;

use baokan_extract::{Citation, extract};

fn on(text: &str) -> Vec<Citation> {
    extract(text, common::reference()).citations
}

fn one(text: &str) -> Citation {
    let c = on(text);
    assert_eq!(c.len(), 1, "{text}: {c:?}");
    c.into_iter().next().unwrap()
}

/// (title, kind, issuers, action, date) for compact comparisons.
type Facts = (
    String,
    Option<String>,
    Vec<String>,
    Option<String>,
    Option<String>,
);

fn facts(c: &Citation) -> Facts {
    (
        c.title.clone(),
        c.kind.clone(),
        c.issuers.clone(),
        c.action.clone(),
        c.date.clone(),
    )
}

fn f(
    title: &str,
    kind: Option<&str>,
    issuers: &[&str],
    action: Option<&str>,
    date: Option<&str>,
) -> Facts {
    (
        title.to_string(),
        kind.map(str::to_string),
        issuers.iter().map(|s| s.to_string()).collect(),
        action.map(str::to_string),
        date.map(str::to_string),
    )
}

#[test]
fn issuers_action_and_date_from_the_same_sentence() {
    let c = one(
        "2018年,中央组织部、财政部、农业农村部印发《关于坚持和加强农村基层党组织领导扶持壮大村级集体经济的意见》,推动集体经济发展。",
    );
    assert_eq!(
        facts(&c),
        f(
            "关于坚持和加强农村基层党组织领导扶持壮大村级集体经济的意见",
            Some("意见"),
            &["中央组织部", "财政部", "农业农村部"],
            Some("印发"),
            Some("2018")
        )
    );
    let c = one("2021年6月,中央组织部印发《关于抓党建促乡村振兴的若干意见》。");
    assert_eq!(
        (c.date.as_deref(), c.kind.as_deref()),
        (Some("2021-06"), Some("意见"))
    );
    let c = one("中央办公厅印发《关于加强和改进城市基层党建工作的意见》。");
    assert_eq!(
        (c.issuers, c.action, c.date),
        (
            vec!["中央办公厅".to_string()],
            Some("印发".to_string()),
            None
        )
    );
}

#[test]
fn the_span_covers_the_marks() {
    let text = "印发《支部工作条例》。";
    let c = one(text);
    assert_eq!(c.span.of(text), "《支部工作条例》");
}

#[test]
fn kinds_look_past_trailing_parentheses() {
    for (title, kind) in [
        ("中国共产党支部工作条例(试行)", Some("条例")),
        (
            "党委(党组)书记抓基层党建工作述职评议考核办法(试行)",
            Some("办法"),
        ),
        ("中华人民共和国民法典（草案）", Some("法典")),
        ("中华人民共和国个人信息保护法", Some("法")),
        ("关于做好2022年全面推进乡村振兴重点工作的意见", Some("意见")),
        (
            "国家中长期教育改革和发展规划纲要(2010—2020年)",
            Some("纲要"),
        ),
        ("人民日报", None),
        ("学习的方法", None),
        ("关于印发《某某办法》的通知", Some("通知")),
    ] {
        let text = format!("《{title}》");
        assert_eq!(one(&text).kind.as_deref(), kind, "{title}");
    }
}

#[test]
fn an_action_distributes_over_a_run_of_titles() {
    let text = "党的十九大以来,党中央总揽全局,加强顶层设计,修订《A条例》《B条例》、《C条例》,制定《D条例(试行)》和《E条例》。";
    let c = on(text);
    let actions: Vec<(&str, Option<&str>)> = c
        .iter()
        .map(|c| (c.title.as_str(), c.action.as_deref()))
        .collect();
    assert_eq!(
        actions,
        vec![
            ("A条例", Some("修订")),
            ("B条例", Some("修订")),
            ("C条例", Some("修订")),
            ("D条例(试行)", Some("制定")),
            ("E条例", Some("制定"))
        ]
    );
    // The verbs open their clauses: the subject is the sentence's, 党中央.
    assert!(c.iter().all(|c| c.issuers == ["党中央"]), "{c:?}");
    // 党的十九大以来 is a period, not a date.
    assert!(c.iter().all(|c| c.date.is_none()));
}

#[test]
fn a_subject_with_its_leader_phrase() {
    let c = one(
        "以习近平同志为核心的党中央高瞻远瞩,出台《关于加强基层治理体系和治理能力现代化建设的意见》。",
    );
    assert_eq!(
        (c.issuers, c.action.as_deref()),
        (vec!["党中央".to_string()], Some("出台"))
    );
}

#[test]
fn issuers_are_conservative() {
    // Vague subjects are no issuers.
    for text in [
        "各地印发《党建工作指引》。",
        "有关部门出台《实施细则》。",
        "习近平总书记主持召开会议审议通过《条例》。",
        "各地区各部门认真学习,制定《工作方案》。",
    ] {
        let c = one(text);
        assert!(c.issuers.is_empty(), "{text}: {c:?}");
        assert!(c.action.is_some(), "{text}");
    }
    // 住房和城乡建设部 is one ministry; 和 joins two.
    assert_eq!(
        one("住房和城乡建设部印发《通知》。").issuers,
        ["住房和城乡建设部"]
    );
    assert_eq!(
        one("中央组织部和财政部联合印发《办法》。").issuers,
        ["中央组织部", "财政部"]
    );
    assert_eq!(
        one("中共中央、国务院印发《纲要》。").issuers,
        ["中共中央", "国务院"]
    );
    // A date right before the issuer, with no comma.
    let c = one("2019年中央组织部印发《考核办法》。");
    assert_eq!(
        (c.issuers, c.date.as_deref()),
        (vec!["中央组织部".to_string()], Some("2019"))
    );
}

#[test]
fn no_action_without_an_issuing_verb() {
    let c =
        one("《中国共产党农村基层组织工作条例》明确提出“始终坚持农村基层党组织领导地位不动摇”。");
    assert_eq!(
        facts(&c),
        f(
            "中国共产党农村基层组织工作条例",
            Some("条例"),
            &[],
            None,
            None
        )
    );
    // A date in the sentence but no action: no date for the document.
    let c = one("2021年,各地认真学习《条例》。");
    assert_eq!((c.action, c.date), (None, None));
    // A verb after the title.
    assert_eq!(
        one("《关于加强新时代老龄工作的意见》日前印发。")
            .action
            .as_deref(),
        Some("印发")
    );
    // ... but only for a document: here the paper acts.
    assert_eq!(one("《人民日报》发布评论员文章。").action, None);
    // 通过 as "by means of", and as a vote.
    assert_eq!(one("通过《条例》的实施,各地").action, None);
    let c = one("十九届六中全会通过《中共中央关于党的百年奋斗重大成就和历史经验的决议》。");
    assert_eq!(
        (c.action.as_deref(), c.kind.as_deref()),
        (Some("通过"), Some("决议"))
    );
}

#[test]
fn end_marks_inside_titles_do_not_split_the_sentence() {
    let c = one("2020年,中央组织部印发《你好!新时代》。");
    assert_eq!(
        (c.title.as_str(), c.action.as_deref(), c.date.as_deref()),
        ("你好!新时代", Some("印发"), Some("2020"))
    );
    assert_eq!(one("读《你好?》").kind, None);
}

#[test]
fn facts_do_not_cross_sentences() {
    let text = "2021年,中央办公厅印发文件。《条例》明确提出要求。";
    assert_eq!(facts(&one(text)), f("条例", Some("条例"), &[], None, None));
    let text = "中央组织部印发通知;《办法》规定";
    assert!(one(text).issuers.is_empty());
}

#[test]
fn nested_and_unclosed_marks() {
    let text = "学习《关于学习〈习近平谈治国理政〉第四卷的通知》。《未闭合的标题。《规定》";
    let c = on(text);
    let titles: Vec<&str> = c.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["关于学习〈习近平谈治国理政〉第四卷的通知", "规定"]);
    let c = one("印发《关于转发《某某规定》的通知》。");
    assert_eq!(
        (c.title.as_str(), c.kind.as_deref()),
        ("关于转发《某某规定》的通知", Some("通知"))
    );
}

#[test]
fn repeated_titles_are_separate_mentions() {
    let c = on("《条例》指出;《条例》强调。");
    assert_eq!(c.len(), 2);
    assert!(c[0].span.end <= c[1].span.start);
}

#[test]
fn seed_page_against_the_gold() {
    let gold = common::gold();
    let rows = common::rows(&gold, "citation");
    let key = |r: &toml::Table| {
        (
            r["line"].as_integer().unwrap() as u32,
            r["text"].as_str().unwrap().to_string(),
        )
    };
    let gold_keys: Vec<(u32, String)> = rows.iter().map(|r| key(r)).collect();
    let mut predicted = Vec::new();
    let mut found: Vec<((u32, String), Citation)> = Vec::new();
    for para in common::paragraphs() {
        for c in on(&para.text) {
            let k = (para.line(c.span), c.span.of(&para.text).to_string());
            predicted.push(k.clone());
            found.push((k, c));
        }
    }
    let (p, r, fp, fne) = common::score(&predicted, &gold_keys);
    println!(
        "citations: precision {p:.3} recall {r:.3} ({} predicted, {} gold)",
        predicted.len(),
        gold_keys.len()
    );
    println!("  false positives: {fp:?}");
    println!("  false negatives: {fne:?}");
    // Match repeated keys in order, as the score does.
    let mut used = vec![false; found.len()];
    let mut field_errors = Vec::new();
    for row in &rows {
        let Some(i) = (0..found.len()).find(|&i| !used[i] && found[i].0 == key(row)) else {
            continue;
        };
        used[i] = true;
        let text_of = |f: &str| row.get(f).and_then(|v| v.as_str()).map(str::to_string);
        let issuers: Vec<String> =
            row.get("issuers")
                .and_then(|v| v.as_array())
                .map_or(Vec::new(), |a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                });
        let expected = (
            text_of("title").unwrap_or_default(),
            text_of("kind"),
            issuers,
            text_of("action"),
            text_of("date"),
        );
        let got = facts(&found[i].1);
        if got != expected {
            field_errors.push((key(row), expected, got));
        }
    }
    println!("  field mismatches on matched rows: {field_errors:?}");
    assert!(p >= 0.9, "precision {p}");
    assert!(r >= 0.95, "recall {r}");
    assert!(field_errors.is_empty(), "{field_errors:?}");
}
