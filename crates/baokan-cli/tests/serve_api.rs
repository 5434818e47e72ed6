//! `baokan serve`: every API answer is, byte for byte, what the CLI prints with `--json`
//! (or writes with `plot … -o -`) for the same verb and options, on the embedded page and
//! on two packs read as one corpus.

mod common;

use std::fs;
use std::path::PathBuf;

use common::baokan;
use common::server::{Server, api_path};

/// One request and the command line that must print its answer.
struct Case {
    verb: &'static str,
    params: &'static [(&'static str, &'static str)],
    cli: &'static [&'static str],
}

const fn case(
    verb: &'static str,
    params: &'static [(&'static str, &'static str)],
    cli: &'static [&'static str],
) -> Case {
    Case { verb, params, cli }
}

/// Requests over every verb the page uses, with their options.
const CASES: &[Case] = &[
    case(
        "search",
        &[("query", "乡村振兴"), ("limit", "1000")],
        &["search", "乡村振兴", "--json", "--limit", "1000"],
    ),
    case(
        "search",
        &[("query", "乡村振兴"), ("count", "true")],
        &["search", "乡村振兴", "--count"],
    ),
    case(
        "search",
        &[
            ("query", "乡村振兴"),
            ("sort", "left"),
            ("context", "5"),
            ("limit", "4"),
            ("offset", "3"),
        ],
        &[
            "search",
            "乡村振兴",
            "--json",
            "--sort",
            "left",
            "-C",
            "5",
            "--limit",
            "4",
            "--offset",
            "3",
        ],
    ),
    case(
        "search",
        &[
            ("query", "基层"),
            ("sort", "right"),
            ("section", "1.3"),
            ("limit", "50"),
        ],
        &[
            "search",
            "基层",
            "--json",
            "--sort=right",
            "--section",
            "1.3",
            "--limit=50",
        ],
    ),
    case(
        "search",
        &[
            ("query", "鄉村振興"),
            ("fold-trad", "true"),
            ("article", "1"),
            ("limit", "9"),
        ],
        &[
            "search",
            "鄉村振興",
            "--fold-trad",
            "--article",
            "1",
            "--json",
            "--limit",
            "9",
        ],
    ),
    case(
        "search",
        &[
            ("query", "党建"),
            ("dates", "2022-10-01..2022-10-31"),
            ("limit", "100"),
        ],
        &[
            "search",
            "党建",
            "--dates",
            "2022-10-01..2022-10-31",
            "--json",
            "--limit",
            "100",
        ],
    ),
    case(
        "search",
        &[
            ("query", "党建"),
            ("dates", "2019-01-01..2019-12-31"),
            ("count", "1"),
        ],
        &[
            "search",
            "党建",
            "--dates",
            "2019-01-01..2019-12-31",
            "--count",
        ],
    ),
    case(
        "search",
        &[("query", "党委（党组）"), ("limit", "100")],
        &["search", "党委（党组）", "--json", "--limit", "100"],
    ),
    case(
        "search",
        &[("query", "建.堡垒"), ("regex", "true"), ("limit", "100")],
        &["search", "建.堡垒", "--regex", "--json", "--limit", "100"],
    ),
    case("show", &[("id", "1")], &["show", "1", "--json"]),
    case(
        "show",
        &[("id", "2"), ("raw", "true")],
        &["show", "2", "--raw", "--json"],
    ),
    case(
        "trend",
        &[("terms", "乡村振兴"), ("terms", "党建")],
        &["trend", "乡村振兴", "党建", "--json"],
    ),
    case(
        "trend",
        &[("terms", "基层"), ("by", "day")],
        &["trend", "基层", "--by", "day", "--json"],
    ),
    case(
        "timeline",
        &[("limit", "1000")],
        &["timeline", "--json", "--limit", "1000"],
    ),
    case(
        "timeline",
        &[("limit", "5"), ("offset", "2")],
        &["timeline", "--json", "--limit", "5", "--offset", "2"],
    ),
    case(
        "articles",
        &[("limit", "10")],
        &["articles", "--json", "--limit", "10"],
    ),
    case("stats", &[], &["stats", "--json"]),
    case(
        "figures",
        &[("article", "1")],
        &["figures", "--article", "1", "--json"],
    ),
    case(
        "figures",
        &[("unit", "家")],
        &["figures", "--unit", "家", "--json"],
    ),
    case(
        "dates",
        &[("article", "2")],
        &["dates", "--article", "2", "--json"],
    ),
    case(
        "quotes",
        &[("article", "1"), ("kind", "speech")],
        &["quotes", "--article", "1", "--kind", "speech", "--json"],
    ),
    case(
        "entities",
        &[("article", "1"), ("mentions", "true")],
        &["entities", "--article", "1", "--mentions", "--json"],
    ),
    case(
        "entities",
        &[("kind", "person")],
        &["entities", "--kind", "person", "--json"],
    ),
    case(
        "plot/trend",
        &[("terms", "乡村振兴"), ("terms", "党建"), ("by", "month")],
        &[
            "plot",
            "trend",
            "乡村振兴",
            "党建",
            "--by",
            "month",
            "-o",
            "-",
        ],
    ),
];

/// Asks `server` every case and the CLI (with `global` options first) the same.
fn answers_as_the_cli(server: &Server, global: &[&str], cases: &[Case]) {
    for c in cases {
        let path = api_path(c.verb, c.params);
        let answer = server.get(&path);
        let args: Vec<&str> = global.iter().chain(c.cli).copied().collect();
        let out = baokan(&args);
        assert!(
            out.status.code() == Some(0) || out.status.code() == Some(1),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            answer.status,
            200,
            "{path}: {}",
            String::from_utf8_lossy(&answer.body)
        );
        let printed = String::from_utf8(out.stdout).unwrap();
        assert!(!printed.trim().is_empty(), "{args:?} printed nothing");
        assert_eq!(answer.text(), printed, "{path} against baokan {args:?}");
        let media = if c.verb.starts_with("plot/") {
            "image/svg+xml"
        } else {
            "application/json; charset=utf-8"
        };
        assert_eq!(answer.header("content-type"), Some(media), "{path}");
    }
}

#[test]
fn the_api_answers_what_the_cli_prints() {
    let server = Server::start::<&str>(&[]);
    assert!(server.addr.starts_with("127.0.0.1:"), "{}", server.addr);
    answers_as_the_cli(&server, &[], CASES);
    // The SVG of the timeline, one pack only.
    answers_as_the_cli(
        &server,
        &[],
        &[case(
            "plot/timeline",
            &[("limit", "100")],
            &["plot", "timeline", "-o", "-", "--limit", "100"],
        )],
    );
    // The answers are the real ones, not two empty lists.
    assert_eq!(
        server
            .get(&api_path(
                "search",
                &[("query", "乡村振兴"), ("count", "true")]
            ))
            .text(),
        "15\n"
    );
}

/// A fresh folder under the test target dir.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("serve-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn several_packs_answer_as_the_cli_with_pack_labels() {
    let dir = scratch("packs");
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/../baokan/data");
    for name in ["a", "b"] {
        let pack = dir.join(format!("{name}.pack"));
        let out = baokan(&["compile", seed, "-o", pack.to_str().unwrap()]);
        assert!(out.status.success(), "{}", common::stderr(&out));
    }
    let corpus = dir.to_str().unwrap();
    let server = Server::start(&["--corpus", corpus]);
    let cases = [
        case(
            "search",
            &[("query", "乡村振兴"), ("sort", "left"), ("limit", "40")],
            &[
                "search",
                "乡村振兴",
                "--sort",
                "left",
                "--json",
                "--limit",
                "40",
            ],
        ),
        case(
            "search",
            &[("query", "乡村振兴"), ("count", "true")],
            &["search", "乡村振兴", "--count"],
        ),
        case(
            "search",
            &[("query", "乡村振兴"), ("article", "b:1"), ("limit", "40")],
            &[
                "search",
                "乡村振兴",
                "--article",
                "b:1",
                "--json",
                "--limit",
                "40",
            ],
        ),
        case("show", &[("id", "b:2")], &["show", "b:2", "--json"]),
        case("trend", &[("terms", "党建")], &["trend", "党建", "--json"]),
        case(
            "timeline",
            &[("limit", "1000")],
            &["timeline", "--json", "--limit", "1000"],
        ),
        case(
            "entities",
            &[("article", "a:1"), ("mentions", "true")],
            &["entities", "--article", "a:1", "--mentions", "--json"],
        ),
        case(
            "figures",
            &[("article", "b:1")],
            &["figures", "--article", "b:1", "--json"],
        ),
    ];
    answers_as_the_cli(&server, &["--corpus", corpus], &cases);
    let hits = server
        .get(&api_path(
            "search",
            &[("query", "乡村振兴"), ("limit", "40")],
        ))
        .json();
    assert_eq!(hits.as_array().unwrap().len(), 30);
    assert_eq!(hits[15]["pack"], "b");
    // A verb of one pack says so, as the CLI does.
    let refused = server.get(&api_path("plot/timeline", &[]));
    assert_eq!(refused.status, 400);
    assert!(
        refused.json()["error"]
            .as_str()
            .unwrap()
            .contains("reads one pack"),
        "{}",
        refused.text()
    );
    drop(server);
    let _ = fs::remove_dir_all(&dir);
}
