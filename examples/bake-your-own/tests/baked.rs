//! The baked pack holds the four articles of `pages/`, with their declared dates, and
//! the binary lists them.

/// The same pack the binary embeds.
static PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pages.pack"));

const EXPECTED: [(&str, &str); 4] = [
    ("2023-03-15", "春耕备耕有序推进 田间地头一派繁忙"),
    ("2023-03-15", "社区食堂开进老小区 居民吃饭不再犯愁"),
    ("2023-03-16", "城际铁路新线开通运营 两地通勤缩短至半小时"),
    ("2023-03-16", "全民义务植树活动陆续展开"),
];

#[test]
fn the_pack_holds_the_pages_articles() {
    let corpus = baokan::Corpus::from_bytes(PACK).expect("the baked pack opens");
    let found: Vec<(String, &str)> = corpus
        .articles()
        .map(|a| {
            let date = a.date().map(|d| d.to_string()).unwrap_or_default();
            (date, a.title().unwrap_or_default())
        })
        .collect();
    let expected: Vec<(String, &str)> = EXPECTED.iter().map(|&(d, t)| (d.to_string(), t)).collect();
    assert_eq!(found, expected);
    let files: Vec<&str> = corpus.files().map(|f| f.name()).collect();
    assert_eq!(files, ["2023-03-15.txt", "2023-03-16.txt"]);
    assert_eq!(corpus.count("社区食堂").unwrap(), 3);
}

#[test]
fn the_binary_lists_dates_and_titles() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baokan-example-bake"))
        .output()
        .expect("the example runs");
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let expected: String = EXPECTED
        .iter()
        .map(|(d, t)| format!("{d}  {t}\n"))
        .collect();
    assert_eq!(stdout, expected);
}
