//! Figures: the rules on sentences of the genre, then the seed page against the gold
//! annotation (`testdata/seed_gold.toml`). Run with `-- --nocapture` to see the scores, the
//! false positives and negatives, and the subjects that differ from the gold.
// The shared harness in `common/` is written as a library module; in a test crate its `pub`
// items are unreachable, and its score tuple is "complex".
#![allow(unreachable_pub, clippy::type_complexity)]

mod common;

use baokan_extract::{Approx, Figure, NumeralForm, extract};

fn figures(text: &str) -> Vec<Figure> {
    extract(text, common::reference()).figures
}

/// The seed page against its hand annotation (`testdata/seed_gold.toml`), keyed on
/// (line, surface text); matched rows must also agree on value, range, unit, multiplier,
/// qualifier and numeral form. Subjects are reported, not required.
#[test]
fn gold_standard() {
    let gold = common::gold();
    let rows = common::rows(&gold, "figure");
    let key_of = |r: &toml::Table| {
        (
            r["line"].as_integer().unwrap() as u32,
            r["text"].as_str().unwrap().to_string(),
        )
    };
    let gold_keys: Vec<(u32, String)> = rows.iter().map(|r| key_of(r)).collect();
    let mut found: Vec<((u32, String), Figure)> = Vec::new();
    for p in common::paragraphs() {
        for f in figures(&p.text) {
            found.push(((p.line(f.span), f.span.of(&p.text).to_string()), f));
        }
    }
    let predicted: Vec<(u32, String)> = found.iter().map(|(k, _)| k.clone()).collect();
    let (precision, recall, fp, fn_) = common::score(&predicted, &gold_keys);
    println!(
        "figures: precision {precision:.3}, recall {recall:.3} ({} predicted, {} gold)",
        predicted.len(),
        gold_keys.len()
    );
    println!("false positives: {fp:?}");
    println!("false negatives: {fn_:?}");

    let mut used = vec![false; found.len()];
    let mut disagreements = Vec::new();
    let (mut subjects_agree, mut subjects_stated) = (0, 0);
    for r in &rows {
        let key = key_of(r);
        let Some(i) = (0..found.len()).find(|&i| !used[i] && found[i].0 == key) else {
            continue;
        };
        used[i] = true;
        let f = &found[i].1;
        let text = |field: &str| r.get(field).and_then(|v| v.as_str()).map(str::to_string);
        let float = |field: &str| {
            r.get(field)
                .and_then(|v| v.as_float().or_else(|| v.as_integer().map(|n| n as f64)))
        };
        let approx = f.approx.map(|a| {
            serde_json::to_value(a)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        });
        let form = serde_json::to_value(f.numeral_form)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string();
        let checks = [
            ("value", float("value") == Some(f.value)),
            ("value_max", float("value_max") == f.value_max),
            ("unit", text("unit") == f.unit),
            ("multiplier", text("multiplier") == f.multiplier),
            ("approx", text("approx") == approx),
            ("numeral_form", text("numeral_form") == Some(form)),
            (
                "duration",
                r.get("duration").and_then(|v| v.as_bool()).unwrap_or(false) == f.is_duration(),
            ),
        ];
        for (field, ok) in checks {
            if !ok {
                disagreements.push(format!(
                    "{key:?} {field}: gold {:?}, found {f:?}",
                    r.get(field)
                ));
            }
        }
        if f.subject.is_some() {
            subjects_stated += 1;
            subjects_agree += usize::from(text("subject") == f.subject);
        }
        if text("subject") != f.subject {
            println!(
                "subject {key:?}: gold {:?}, found {:?}",
                text("subject"),
                f.subject
            );
        }
    }
    println!("subjects: {subjects_agree} of {subjects_stated} stated agree with the gold");
    for d in &disagreements {
        println!("{d}");
    }
    assert!(
        disagreements.is_empty(),
        "{} field disagreements",
        disagreements.len()
    );
    assert!(precision >= 0.9, "precision {precision}");
    assert!(recall >= 0.95, "recall {recall}");
}

/// The surface strings of the figures in `text`.
fn texts(text: &str) -> Vec<String> {
    figures(text)
        .iter()
        .map(|f| f.span.of(text).to_string())
        .collect()
}

/// The one figure whose surface is `surface`.
fn one(text: &str, surface: &str) -> Figure {
    let all = figures(text);
    let found: Vec<&Figure> = all.iter().filter(|f| f.span.of(text) == surface).collect();
    assert_eq!(found.len(), 1, "{surface:?} in {:?}", texts(text));
    found[0].clone()
}

#[track_caller]
fn check(
    text: &str,
    surface: &str,
    value: f64,
    unit: Option<&str>,
    approx: Option<Approx>,
) -> Figure {
    let f = one(text, surface);
    assert_eq!(f.value, value, "{surface}");
    assert_eq!(f.unit.as_deref(), unit, "{surface}");
    assert_eq!(f.approx, approx, "{surface}");
    f
}

#[track_caller]
fn none(text: &str) {
    assert_eq!(texts(text), Vec::<String>::new(), "{text}");
}

#[test]
fn arabic_numbers_with_multipliers_and_units() {
    let t = "全国累计选派驻村第一书记51.8万人、工作队员249.2万人。";
    assert_eq!(texts(t), ["51.8万人", "249.2万人"]);
    let f = check(t, "51.8万人", 518000.0, Some("人"), None);
    assert_eq!(f.multiplier.as_deref(), Some("万"));
    assert_eq!(f.numeral_form, NumeralForm::Arabic);
    check(
        "项目总投资1.5亿元。",
        "1.5亿元",
        150000000.0,
        Some("元"),
        None,
    );
    check("年产钢材7000吨。", "7000吨", 7000.0, Some("吨"), None);
    check("签约入驻率达83.64%。", "83.64%", 83.64, Some("%"), None);
    check(
        "同比提高5个百分点。",
        "5个百分点",
        5.0,
        Some("个百分点"),
        None,
    );
    check("新增1,200家市场主体。", "1,200家", 1200.0, Some("家"), None);
    check(
        "培训５１．８万人次。",
        "５１．８万人次",
        518000.0,
        Some("人次"),
        None,
    );
    check(
        "上海中心大厦22层的党建服务中心",
        "22层",
        22.0,
        Some("层"),
        None,
    );
    let f = check(
        "490多万基层党组织构筑起战斗堡垒",
        "490多万",
        4900000.0,
        None,
        Some(Approx::MoreThan),
    );
    assert_eq!(f.multiplier.as_deref(), Some("万"));
}

#[test]
fn ranges() {
    let f = check(
        "产值有望达到3.2亿-3.5亿元。",
        "3.2亿-3.5亿元",
        320000000.0,
        Some("元"),
        None,
    );
    assert_eq!(f.value_max, Some(350000000.0));
    assert_eq!(f.multiplier.as_deref(), Some("亿"));
    let f = check("效率提高2-3倍。", "2-3倍", 2.0, Some("倍"), None);
    assert_eq!(f.value_max, Some(3.0));
    let f = check("每户补贴3—5万元。", "3—5万元", 30000.0, Some("元"), None);
    assert_eq!(f.value_max, Some(50000.0));
    let f = check("增速保持在3%～5%之间。", "3%～5%", 3.0, Some("%"), None);
    assert_eq!(f.value_max, Some(5.0));
    let f = check("建设周期为三至五年。", "三至五年", 3.0, Some("年"), None);
    assert_eq!(f.value_max, Some(5.0));
    let f = check("每批20到30人。", "20到30人", 20.0, Some("人"), None);
    assert_eq!(f.value_max, Some(30.0));
    // A falling pair is not a range: 5-3 reads as two numbers.
    assert_eq!(
        figures("比分5-3人")
            .iter()
            .filter(|f| f.value_max.is_some())
            .count(),
        0
    );
}

#[test]
fn qualifiers_set_approx_and_stay_out_of_the_text() {
    check(
        "培养至少5000名机器人产业工人",
        "5000名",
        5000.0,
        Some("名"),
        Some(Approx::AtLeast),
    );
    check(
        "营业收入不低于10亿元",
        "10亿元",
        1e9,
        Some("元"),
        Some(Approx::AtLeast),
    );
    check(
        "参训人数不少于20次",
        "20次",
        20.0,
        Some("次"),
        Some(Approx::AtLeast),
    );
    check(
        "单笔不超过5000元",
        "5000元",
        5000.0,
        Some("元"),
        Some(Approx::UpTo),
    );
    check("每组至多3人", "3人", 3.0, Some("人"), Some(Approx::UpTo));
    check(
        "约200人参加",
        "200人",
        200.0,
        Some("人"),
        Some(Approx::About),
    );
    check(
        "大约300名志愿者",
        "300名",
        300.0,
        Some("名"),
        Some(Approx::About),
    );
    check(
        "人均1000元左右",
        "1000元",
        1000.0,
        Some("元"),
        Some(Approx::About),
    );
    check(
        "超过1000家企业",
        "1000家",
        1000.0,
        Some("家"),
        Some(Approx::MoreThan),
    );
    check(
        "年产值均增加50%以上。",
        "50%",
        50.0,
        Some("%"),
        Some(Approx::MoreThan),
    );
    check(
        "100多名党员",
        "100多名",
        100.0,
        Some("名"),
        Some(Approx::MoreThan),
    );
    check(
        "孵化面积60余万平方米",
        "60余万平方米",
        600000.0,
        Some("平方米"),
        Some(Approx::MoreThan),
    );
    check(
        "9600多万名党员",
        "9600多万名",
        96000000.0,
        Some("名"),
        Some(Approx::MoreThan),
    );
    check(
        "人均增收1万多元",
        "1万多元",
        10000.0,
        Some("元"),
        Some(Approx::MoreThan),
    );
    check(
        "办结时限为30天以内",
        "30天",
        30.0,
        Some("天"),
        Some(Approx::UpTo),
    );
    // 签约 and 最近 end in a qualifier's character without being one.
    check("正式签约45家。", "45家", 45.0, Some("家"), None);
    check("最近3年,", "3年", 3.0, Some("年"), None);
    // Forecasts and averages are not approximations.
    check("预计3年内实现产值5亿元", "5亿元", 5e8, Some("元"), None);
    check("年均增长30.2%", "30.2%", 30.2, Some("%"), None);
    check(
        "平均每年推进60个重大产业项目",
        "60个",
        60.0,
        Some("个"),
        None,
    );
}

#[test]
fn durations_are_figures_with_unit_year() {
    let t = "5年来,各地持续优化。从2014年开始,各地连续8年开展述职。时隔78年后,郝家桥村再获称号。";
    assert_eq!(texts(t), ["5年", "8年", "78年后"]);
    for f in figures(t) {
        assert!(f.is_duration());
        assert_eq!(f.unit.as_deref(), Some("年"));
        assert_eq!(f.subject, None);
    }
    check(
        "预计3年内实现产值5亿元",
        "3年",
        3.0,
        Some("年"),
        Some(Approx::UpTo),
    );
    check("未来5年营业收入不低于10亿元", "5年", 5.0, Some("年"), None);
    check(
        "项目建设历时1年多。",
        "1年多",
        1.0,
        Some("年"),
        Some(Approx::MoreThan),
    );
    check("近3年来,", "3年", 3.0, Some("年"), Some(Approx::About));
    check("用时3个月完成", "3个月", 3.0, Some("个月"), None);
    check("六年过去了,", "六年", 6.0, Some("年"), None);
    check(
        "创造了两年建设一座产业新城的奇迹",
        "两年",
        2.0,
        Some("年"),
        None,
    );
    assert!(!one("471家企业", "471家").is_duration());
}

#[test]
fn chinese_numerals_before_a_classifier() {
    let t = "通过省市县乡村“五级党组织”联动抓,推动“五级书记”抓乡村振兴。";
    assert_eq!(texts(t), ["五级", "五级"]);
    let f = one("扎实推进农村、城市“两大阵地”基层党建", "两大");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.numeral_form),
        (2.0, Some("大"), NumeralForm::Chinese)
    );
    assert_eq!(
        texts("不少地方省市县三级党委组建委员会,推动四级联动"),
        ["三级", "四级"]
    );
    assert_eq!(
        texts("组织实施互联网企业党建工作“双提升”三年行动计划"),
        ["三年"]
    );
    assert_eq!(texts("在“四大新引擎产业”上下功夫"), ["四大"]);
    check(
        "一百多家企业入驻",
        "一百多家",
        100.0,
        Some("家"),
        Some(Approx::MoreThan),
    );
    check(
        "两千多名志愿者",
        "两千多名",
        2000.0,
        Some("名"),
        Some(Approx::MoreThan),
    );
    let f = check(
        "投入三千五百万元",
        "三千五百万元",
        35000000.0,
        Some("元"),
        None,
    );
    assert_eq!(f.multiplier.as_deref(), Some("万"));
    check(
        "建成十多个服务站",
        "十多个",
        10.0,
        Some("个"),
        Some(Approx::MoreThan),
    );
    check("占比达到百分之三十", "百分之三十", 30.0, Some("%"), None);
}

#[test]
fn magnitude_classes() {
    let t = "形成生物医药、食品等5个百亿级产业集群";
    assert_eq!(texts(t), ["5个", "百亿级"]);
    let f = check(t, "百亿级", 1e10, None, None);
    assert_eq!(f.multiplier.as_deref(), Some("亿"));
    assert_eq!(f.subject, None);
    check("打造千亿级产业", "千亿级", 1e11, None, None);
}

#[test]
fn indefinite_one_ordinals_and_congresses_are_not_figures() {
    none("这个曾经的老旧小区,是一个模范村,作出一系列重要指示,其中一条就是建好党支部。");
    none("一项制度、一批项目、一份“楷模”称号、一支队伍、一座产业新城、一根针。");
    none("城市基层党建一步一个脚印,深入基层一线,每到一地方考察调研。");
    none("选派驻村第一书记,落实书记第一责任人责任,国内第一家企业,(上接第一版)。");
    none("党的十九大以来,党的十八大以来,迎接党的二十大胜利召开,十九届六中全会。");
    none("是全球主要供应商之一,启动建设新一期项目,新一代信息技术,实现二次创业。");
    none("第3名,第10届,周一,星期三,初三。");
}

#[test]
fn coined_terms_and_names_are_not_figures() {
    none("完善地方两新工委运行机制,全面落实“四议两公开”,顺利完成村“两委”换届。");
    none("把带头做到“两个维护”作为首要任务,着力解决“灯下黑”“两张皮”等问题。");
    none("“双提升”,“三农”工作,腾讯“两基地两平台”,“上面千条线,下面一根针”。");
    none("哈尔滨新区在2022世界5G大会上签约,5G网络,R&D投入,G20峰会,COVID-19疫情,3D打印。");
    none("辽宁沈阳皇姑区三台子街道,主板上市和新三板挂牌企业,“十四五”规划。");
    none("三番五次强调。");
    none("印发《2021-2025年全国干部教育培训规划》和《关于推进5G发展的意见》。");
}

#[test]
fn dates_are_not_figures() {
    none("2018年11月6日,习近平总书记来到上海。");
    none("2021年6月,中央组织部印发意见。2016年5月,总书记视察。");
    none("中央绥德地委在1943年春发现的一个模范村。");
    none("9月21日,项目正式启动。9月29日,记者采访。");
    none("2021年6月至12月,开展试点。(新华社北京10月9日电)");
    none("从2014年开始,从2019年以来,20世纪80年代,2021-2025年,二〇二二年。");
    none("哈尔滨万鑫石墨谷2015年落户哈尔滨新区。");
}

#[test]
fn subjects_when_plainly_stated() {
    let t = "截至目前,园区累计注册企业471家,正式签约45家,签约入驻率达83.64%。";
    let subjects: Vec<Option<String>> = figures(t).into_iter().map(|f| f.subject).collect();
    assert_eq!(
        subjects,
        [
            Some("园区累计注册企业".to_string()),
            Some("正式签约".to_string()),
            Some("签约入驻率".to_string())
        ]
    );
    let t = "目前,哈尔滨新区高新技术企业增至657家,年均增长30.2%,占全市的38%。";
    let subjects: Vec<Option<String>> = figures(t).into_iter().map(|f| f.subject).collect();
    assert_eq!(
        subjects,
        [Some("哈尔滨新区高新技术企业".to_string()), None, None]
    );
    let t = "主板上市和新三板挂牌企业分别达到12家和16家。";
    let subjects: Vec<Option<String>> = figures(t).into_iter().map(|f| f.subject).collect();
    assert_eq!(
        subjects,
        [
            Some("主板上市".to_string()),
            Some("新三板挂牌企业".to_string())
        ]
    );
    assert_eq!(
        one("指出了3条党建经验,其中", "3条").subject.as_deref(),
        Some("党建经验")
    );
    assert_eq!(
        one("今年导电浆料预计产量将达到7000吨,", "7000吨")
            .subject
            .as_deref(),
        Some("导电浆料预计产量")
    );
    assert_eq!(one("他们帮助了300人。", "300人").subject, None);
    assert_eq!(one("预计同比均将增加80%。", "80%").subject, None);
    assert_eq!(one("上海中心大厦22层的党建服务中心", "22层").subject, None);
}

#[test]
fn figures_are_sorted_and_do_not_overlap() {
    let t = "从2019年以来,新区平均每年推进60个重大产业项目,培养至少5000名工人,投资3.2亿-3.5亿元,5年来增加50%以上。";
    let f = figures(t);
    assert!(f.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    assert_eq!(texts(t), ["60个", "5000名", "3.2亿-3.5亿元", "5年", "50%"]);
}

#[test]
fn numerals_that_were_read_wrong() {
    // 零 inside a numeral: 1010, not 1000.
    check("建成一千零十个站点", "一千零十个", 1010.0, Some("个"), None);
    // A full-width comma that groups one number with a decimal part or a unit.
    check(
        "合计82，225.00元。",
        "82，225.00元",
        82225.0,
        Some("元"),
        None,
    );
    check(
        "共1，234，567.5元",
        "1，234，567.5元",
        1234567.5,
        Some("元"),
        None,
    );
    // Otherwise it is punctuation: 3 and 125 are no figures without their units.
    none("编号3，125");
    // A count may be the second item of a list: 125 人, never 3125 人.
    check("两地分别为3，125人。", "125人", 125.0, Some("人"), None);
    check("共82，225元。", "82，225元", 82225.0, Some("元"), None);
    // A currency before an amount in 元 stays with it.
    check(
        "花了港币两千九百六十元。",
        "港币两千九百六十元",
        2960.0,
        Some("港元"),
        None,
    );
    // Vague quantities are no figures, not exact ones.
    none("投资数十亿元,吸引几十万人,好几百元,数万亿元。");
}

#[test]
fn adjacent_numerals_are_ranges() {
    for (text, surface, low, high, unit) in [
        ("等了六七分钟", "六七分钟", 6.0, 7.0, "分钟"),
        ("走了二三百米", "二三百米", 200.0, 300.0, "米"),
        ("六七十岁的老人", "六七十岁", 60.0, 70.0, "岁"),
        ("来了十七八个人", "十七八个", 17.0, 18.0, "个"),
        ("开了六七家店", "六七家", 6.0, 7.0, "家"),
        ("投入七八十万元", "七八十万元", 700000.0, 800000.0, "元"),
        ("占百分之十七八", "百分之十七八", 17.0, 18.0, "%"),
    ] {
        let f = one(text, surface);
        assert_eq!(
            (f.value, f.value_max, f.unit.as_deref()),
            (low, Some(high), Some(unit)),
            "{surface}"
        );
    }
    // 七八年 is a year (1978) as often as seven or eight years; 十七八年 is a span.
    none("七八年的时候");
    assert_eq!(texts("干了十七八年"), ["十七八年"]);
    // Digits read one by one are years and codes, and 十七十八 is two numbers.
    none("二〇一九年,一二三个,十七十八个。");
    // 一二 is a pair of ordinals (counts say 一两); 零 alone starts words.
    none("国家一二级保护动物,一二类苗,汽车零件。");
    assert_eq!(texts("一两次,一二十个"), ["一两次", "一二十个"]);
}

#[test]
fn short_qualifiers_before_the_number() {
    // 超 and 突破 as 超过; 超 ends other words (赶超, 高超).
    check(
        "展出超800件藏品",
        "800件",
        800.0,
        Some("件"),
        Some(Approx::MoreThan),
    );
    check(
        "销售额突破2万亿元",
        "2万亿元",
        2e12,
        Some("元"),
        Some(Approx::MoreThan),
    );
    check("技艺高超3人获奖", "3人", 3.0, Some("人"), None);
    // The subject is found past the qualifier, as before it moved out of the span.
    let f = one("园区企业超过300家。", "300家");
    assert_eq!(f.subject.as_deref(), Some("园区企业"));
}

#[test]
fn measure_units_after_chinese_numerals() {
    let f = check("狮头重七八十斤", "七八十斤", 70.0, Some("斤"), None);
    assert_eq!(f.value_max, Some(80.0));
    check("门前挂着三盏灯", "三盏", 3.0, Some("盏"), None);
    check("跑了两趟", "两趟", 2.0, Some("趟"), None);
    check("教育部等8部门联合发文", "8部门", 8.0, Some("部门"), None);
    check("村里新装了120盏路灯", "120盏", 120.0, Some("盏"), None);
    // Place names and festivals stay out: 三门峡, 三八节.
    none("他去了三门峡。");
    none("三八节到了。");
}

#[test]
fn bare_magnitudes_after_a_qualifier_or_before_more() {
    check(
        "研发新品百余种",
        "百余种",
        100.0,
        Some("种"),
        Some(Approx::MoreThan),
    );
    check(
        "展出近千件文物",
        "千件",
        1000.0,
        Some("件"),
        Some(Approx::About),
    );
    check(
        "吸引上万人参加",
        "万人",
        10000.0,
        Some("人"),
        Some(Approx::MoreThan),
    );
    none("百姓的日子好了。");
    none("千万不要大意。");
}

#[test]
fn round_numeral_with_lai_is_about() {
    check(
        "干了十来年",
        "十来年",
        10.0,
        Some("年"),
        Some(Approx::About),
    );
    check(
        "二十来岁的小伙子",
        "二十来岁",
        20.0,
        Some("岁"),
        Some(Approx::About),
    );
}

#[test]
fn temperatures_keep_their_sign() {
    check("室外-12℃,室内20℃", "-12℃", -12.0, Some("℃"), None);
    check("室外-12℃,室内20℃", "20℃", 20.0, Some("℃"), None);
    let f = one("气温在2-8℃之间", "2-8℃");
    assert_eq!((f.value, f.value_max), (2.0, Some(8.0)));
}

#[test]
fn population_is_a_noun_not_a_unit() {
    check(
        "一个有着近14亿人口的大国",
        "14亿",
        1.4e9,
        None,
        Some(Approx::About),
    );
}

#[test]
fn figures_in_two_units() {
    check("用时2分05秒", "2分05秒", 125.0, Some("秒"), None);
    check("这条鱼重8斤3两", "8斤3两", 8.3, Some("斤"), None);
    check("一碗面四块五", "四块五", 4.5, Some("元"), None);
    check("一根冰棍三毛五", "三毛五", 0.35, Some("元"), None);
    check("只要六毛钱", "六毛", 0.6, Some("元"), None);
    check("花了两块钱", "两块", 2.0, Some("元"), None);
    // 块 as a piece and 毛 in a name are no money.
    none("一块石头");
    assert_eq!(texts("捡了三块石头"), Vec::<String>::new());
    // 分 without 秒 is a score.
    none("他得了9分");
}

#[test]
fn halves_and_mixed_ranges() {
    check("工程历时三年半", "三年半", 3.5, Some("年"), None);
    check("开了两个半小时", "两个半小时", 2.5, Some("个小时"), None);
    none("十天半月就回来");
    let f = one("孩子从两岁至6岁", "两岁至6岁");
    assert_eq!((f.value, f.value_max), (2.0, Some(6.0)));
    check("约1/4的耕地", "1/4", 0.25, None, Some(Approx::About));
    none("见2019/02/14的记录");
}

#[test]
fn more_between_ge_and_a_unit_of_time() {
    check(
        "用了3个多月",
        "3个多月",
        3.0,
        Some("个月"),
        Some(Approx::MoreThan),
    );
    check(
        "等了两个多小时",
        "两个多小时",
        2.0,
        Some("个小时"),
        Some(Approx::MoreThan),
    );
    check("来了3个多人", "3个", 3.0, Some("个"), None);
}

#[test]
fn chinese_numerals_with_a_multiplier_alone() {
    check("十四亿中国人民", "十四亿", 1.4e9, None, None);
    none("千万不要大意,亿万农民,百万雄师。");
}

#[test]
fn more_units_and_classifiers() {
    check("老人今年85周岁", "85周岁", 85.0, Some("周岁"), None);
    check("新建厂房3000平米", "3000平米", 3000.0, Some("平米"), None);
    check("起降1200架次", "1200架次", 1200.0, Some("架次"), None);
    check("他写了两句话", "两句", 2.0, Some("句"), None);
}

#[test]
fn arabic_round_number_with_lai_is_about() {
    check(
        "30来岁的年轻人",
        "30来岁",
        30.0,
        Some("岁"),
        Some(Approx::About),
    );
    check("3年来,", "3年", 3.0, Some("年"), None);
}
