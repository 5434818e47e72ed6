//! A snapshot of everything `extract` finds, over the seed page and a fixed synthetic
//! text set, against `testdata/snapshot.jsonl`. It guards refactors that must not change
//! any output (the finders' speed-ups): any difference in any field of any mention fails.
//!
//! The inputs, all deterministic:
//! - every paragraph of the seed page (page breaks rejoined), against 2022-10-09;
//! - every sentence of the seed page three times, its digit runs replaced by other digits
//!   (same length, then one digit more or less) from a fixed-seed xorshift generator;
//! - the string literals of the crate's tests and sources (`testdata/snapshot_sentences.txt`);
//! - the sentences of [`HANDWRITTEN`], a few for each rule family;
//! - random recombinations of seed clauses, and random strings of the rules' trigger words
//!   ([`TOKENS`]) with digits and punctuation, which hit the matchers' edges (a word at the
//!   text end, half a word, words run together).
//!
//! Synthetic inputs rotate through three reference dates: 2022-10-09, none, 2023-01-05.
//!
//! After a change that is meant to change output, regenerate the snapshot and review
//! its diff:
//!
//! ```sh
//! BAOKAN_BLESS=1 cargo test -p baokan-extract --test snapshot
//! ```

mod common;

use baokan_extract::{Date, extract};

const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/snapshot.jsonl");
const SENTENCES: &str = include_str!("../testdata/snapshot_sentences.txt");

/// A few sentences for each rule family, written for this test.
#[rustfmt::skip]
const HANDWRITTEN: &[&str] = &[
    // Figures.
    "全国累计选派驻村第一书记51.8万人,园区累计注册企业471家,在孵企业达2268家。",
    "项目总投资3.2亿-3.5亿元,建成60余万平方米厂房,年产值不低于10亿元。",
    "全年接待游客约1,234,567人次,同比增长15%,占全市的38%。",
    "打造五级联动体系,建设两大阵地,三年来新增就业岗位近2000个。",
    "培育百亿级产业集群2个、千万级项目30余个,万亿级市场。",
    "贫困发生率降至百分之三十以下,5年来,连续8年,时隔78年后,3年内完成。",
    "党的十九大以来,十九届四中全会、十三届全国人大四次会议召开,三番五次,十天半月。",
    "第1批、第一批、周三、初三、星期五、之一;5G网络、G20峰会、COVID-19。",
    "粮食产量保持在1.3万亿斤以上,产值和利润分别达到5亿元和3000万元。",
    "今年以来,实现产值5亿元,完成投资2-3倍,三至五年,3%-5%,１２３４５吨。",
    "“两个维护”“两张皮”“四议两公开”,两委、三农、三台子、五里屯、八里庄。",
    "1年多来,约50%左右,不超过100人,至少3条党建经验,9600多万名党员正成为骨干。",
    // Dates.
    "2018年11月6日,二〇一八年十一月六日,2021年6月至12月,1943年春,2019年以来。",
    "今年8月,明年,去年12月,前年,后年,本月,上个月,下月,9月21日至23日,9月21—23日。",
    "2018—2020年,6-8月,1—9月,12月28日至1月3日,2019年至今,近2000年,1980年代。",
    "年轻人,过去年,说明年,至今年均增长,春节,冬奥,3月龄,13月薪,2月30日,10号线。",
    // Citations.
    "2018年,中央组织部、财政部、农业农村部印发《关于坚持和加强农村基层党组织领导的意见(试行)》。",
    "党中央总揽全局,修订《中国共产党支部工作条例》《党组工作条例》、《党委工作条例》和《规定》。",
    "《关于加强基层治理的意见》日前印发。《人民日报》发布评论。学习《方法》,通过《条例》的实施。",
    "以习近平同志为核心的党中央,制定《纲要》;各地区出台《细则》;《未闭合的标题。",
    // Quotes.
    "习近平总书记指出:“要抓好党建。”“截至目前,园区累计注册企业471家。”张弛说。",
    "正如习近平总书记所说,“上面千条线,下面一根针”。村“两委”换届顺利,‘底盘’稳。",
    "习近平总书记在哈尔滨新区视察时强调:“要加快发展。”他说:“好。”",
    "习近平总书记深刻指出了3条党建经验,其中一条就是“坚持党的领导”。",
    "(上接第一版)产业结构升级引擎强劲。”万鑫石墨谷科技有限公司总经理刘智良告诉记者,",
    "相关负责人表示:“我们将继续努力,",
    // Entities.
    "在山西大同云州区西坪镇坊城新村,习近平总书记指出:“要抓好党建。”",
    "绥德县的郝家桥村,辽宁朝阳,朝阳市,朝阳,延边州,大理州,大理,吉林市,吉林,隆重庆祝重庆。",
    "哈尔滨市委、江苏省委、黑龙江省人民政府、哈尔滨新区管委会、国务院国资委党委、教育部党组。",
    "先后引进奇安信集团、在江苏徐工集团重型机械有限公司、深圳(哈尔滨)产业园投资开发有限公司。",
    "哈尔滨万鑫石墨谷科技有限公司落户新区,万鑫石墨谷发展迅速。上海中心大厦,北京大学。",
    "有伴随新区成长的哈尔滨海邻科;迁往新区,老旧小区,偏远山区,示范社区,工人村街,青山区。",
    "总经理刘智良说,刘智良告诉记者,以习近平新时代中国特色社会主义思想为指导,毛泽东思想。",
    "党委副书记王强和欧阳修文同志,驻村第一书记张弛,组织部门,委托,中组部、中宣部。",
];

/// Trigger words of the rule families, for random strings.
#[rustfmt::skip]
const TOKENS: &[&str] = &[
    "山西", "大同", "云州区", "西坪镇", "坊城新村", "哈尔滨", "哈尔滨市", "哈尔滨新区", "朝阳",
    "朝阳市", "吉林", "吉林市", "重庆", "隆重庆祝", "延边州", "大理", "江苏", "徐州", "黑龙江省",
    "辽宁", "新疆", "县", "区", "镇", "乡", "街道", "街", "村", "社区", "自治县", "旗", "市", "绥德",
    "郝家桥", "工人", "示范", "中央组织部", "财政部", "国务院国资委", "党中央", "国务院", "党委",
    "党组", "市委", "省委", "人民政府", "委", "有限公司", "集团", "股份有限公司", "万鑫石墨谷",
    "科技", "引进", "先后", "在", "的", "和", "、", "总书记", "同志", "总经理", "副", "党委副书记",
    "相关负责人", "记者", "习近平", "张弛", "刘智良", "欧阳修文", "王强", "说", "指出", "强调",
    "告诉记者", "表示", "新时代中国特色社会主义思想", "思想", "理论", "51.8万", "3.2亿", "-",
    "元", "60余万", "平方米", "不低于", "约", "近", "以上", "左右", "五", "两", "三", "一", "十九",
    "大", "级", "百亿级", "百分之三十", "个", "家", "人", "名", "第", "年", "月", "日", "今年",
    "明年", "去年", "本月", "以来", "至今", "至", "—", "二〇一八", "春", "《", "》", "印发", "修订",
    "条例", "意见", "办法", "(试行)", "“", "”", "‘", "’", "其中", "是", ",", "，", "。", ":",
    "：", "；", "(", ")", "（", "）", " ", "大厦", "产业园", "中心大厦", "号", "多", "余", "%",
];

/// xorshift64*, fixed seed: the synthetic texts never change.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// `text` with every ASCII digit run replaced by random digits: `delta` more or fewer
/// digits than the run had (at least one), never a leading zero in a longer run.
fn redigit(text: &str, rng: &mut Rng, delta: isize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_ascii_digit() {
            out.push(c);
            continue;
        }
        let mut len = 1;
        while chars.next_if(|d| d.is_ascii_digit()).is_some() {
            len += 1;
        }
        let len = (len as isize + delta).max(1) as usize;
        for k in 0..len {
            let lo = usize::from(k == 0 && len > 1);
            out.push(char::from(b'0' + (lo + rng.below(10 - lo)) as u8));
        }
    }
    out
}

/// The sentences of a paragraph, each with its end mark.
fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(['。', '！', '？', '；'])
        .filter(|s| !s.trim().is_empty())
        .collect()
}

/// The clauses of a paragraph, each with its break.
fn clauses(text: &str) -> Vec<&str> {
    text.split_inclusive([',', '，', '。', '；', '：', ':'])
        .filter(|s| !s.trim().is_empty())
        .collect()
}

/// Every input, with its reference date.
fn inputs() -> Vec<(String, Option<Date>)> {
    let refs = [common::reference(), None, Date::new(2023, 1, 5)];
    let paras = common::paragraphs();
    let mut out: Vec<(String, Option<Date>)> = paras
        .iter()
        .map(|p| (p.text.clone(), common::reference()))
        .collect();
    let mut synthetic: Vec<String> = Vec::new();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let seed_sentences: Vec<&str> = paras.iter().flat_map(|p| sentences(&p.text)).collect();
    for delta in [0, 1, -1] {
        for s in &seed_sentences {
            if s.bytes().any(|b| b.is_ascii_digit()) || delta == 0 {
                synthetic.push(redigit(s, &mut rng, delta));
            }
        }
    }
    synthetic.extend(
        SENTENCES
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string),
    );
    synthetic.extend(HANDWRITTEN.iter().map(|s| s.to_string()));
    // Seed clauses, recombined.
    let seed_clauses: Vec<&str> = paras.iter().flat_map(|p| clauses(&p.text)).collect();
    for _ in 0..300 {
        let n = 2 + rng.below(4);
        let s: String = (0..n)
            .map(|_| seed_clauses[rng.below(seed_clauses.len())])
            .collect();
        let delta = rng.below(3) as isize - 1;
        synthetic.push(redigit(&s, &mut rng, delta));
    }
    // Trigger words, digits and punctuation run together.
    for _ in 0..400 {
        let n = 2 + rng.below(14);
        let mut s = String::new();
        for _ in 0..n {
            match rng.below(8) {
                0 => {
                    for _ in 0..1 + rng.below(4) {
                        s.push(char::from(b'0' + rng.below(10) as u8));
                    }
                }
                1 => {
                    let c = seed_clauses[rng.below(seed_clauses.len())];
                    let cs: Vec<char> = c.chars().collect();
                    let a = rng.below(cs.len());
                    let b = a + 1 + rng.below((cs.len() - a).min(8));
                    s.extend(&cs[a..b]);
                }
                _ => s.push_str(TOKENS[rng.below(TOKENS.len())]),
            }
        }
        synthetic.push(s);
    }
    out.extend(
        synthetic
            .into_iter()
            .enumerate()
            .map(|(k, s)| (s, refs[k % refs.len()])),
    );
    out
}

/// One JSON line per input: the reference date, the text and everything found.
fn render(inputs: &[(String, Option<Date>)]) -> String {
    let mut out = String::new();
    for (text, reference) in inputs {
        let r = reference.map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
        let m = extract(text, *reference);
        out.push_str(&format!(
            "{{\"ref\":{},\"text\":{},\"mentions\":{}}}\n",
            serde_json::to_string(&r).unwrap(),
            serde_json::to_string(text).unwrap(),
            serde_json::to_string(&m).unwrap(),
        ));
    }
    out
}

#[test]
fn extraction_matches_the_snapshot() {
    let inputs = inputs();
    assert!(inputs.len() > 1500, "{} inputs", inputs.len());
    let got = render(&inputs);
    if std::env::var_os("BAOKAN_BLESS").is_some() {
        std::fs::write(SNAPSHOT, &got).expect("testdata/snapshot.jsonl is writable");
        return;
    }
    let want = std::fs::read_to_string(SNAPSHOT).expect(
        "testdata/snapshot.jsonl exists (BAOKAN_BLESS=1 cargo test -p baokan-extract \
         --test snapshot writes it)",
    );
    let (got_lines, want_lines): (Vec<&str>, Vec<&str>) =
        (got.lines().collect(), want.lines().collect());
    let differing: Vec<usize> = (0..got_lines.len().max(want_lines.len()))
        .filter(|&k| got_lines.get(k) != want_lines.get(k))
        .collect();
    if let Some(&k) = differing.first() {
        let (want, got) = (
            want_lines.get(k).copied().unwrap_or("(none)"),
            got_lines.get(k).copied().unwrap_or("(none)"),
        );
        panic!(
            "{} of {} snapshot lines differ; the first, line {}, from where it differs:\n  \
             want: {}\n  got:  {}\nwhole line:\n  want: {want}\n  got:  {got}",
            differing.len(),
            got_lines.len().max(want_lines.len()),
            k + 1,
            from_difference(want, got),
            from_difference(got, want),
        );
    }
}

/// `a` from a little before where it first differs from `b`.
fn from_difference<'a>(a: &'a str, b: &str) -> &'a str {
    let same = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((at, _), _)| at);
    let from = a[..same]
        .char_indices()
        .rev()
        .nth(60)
        .map_or(0, |(at, _)| at);
    &a[from..]
}
