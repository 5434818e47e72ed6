//! `baokan serve` under bad and heavy use: malformed, huge and out-of-bounds requests
//! get a 4xx (a JSON error body where the API answers) and the server goes on; 200
//! searches at once are all answered, each rightly.

mod common;

use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Instant;

use common::server::{Server, api_path, encode};

/// A request that must get a 4xx, and a word its error must hold ("" for none).
struct Bad {
    what: &'static str,
    request: Vec<u8>,
    error_holds: &'static str,
}

fn get(path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n").into_bytes()
}

fn bad_requests() -> Vec<Bad> {
    let long = "乡".repeat(257);
    let bad = |what, request, error_holds| Bad {
        what,
        request,
        error_holds,
    };
    let mut raw_bytes = b"GET /api/search?query=".to_vec();
    raw_bytes.extend([0xff, 0xfe]);
    raw_bytes.extend(b" HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
    vec![
        bad("a path up and out", get("/../Cargo.toml"), "not a file"),
        bad("an encoded path up and out", get("/%2e%2e/%2e%2e/etc/passwd"), "not a file"),
        bad("a path up and out, mixed", get("/web/..%2f..%2fCargo.toml"), "not a file"),
        bad("a file that is not the page's", get("/Cargo.toml"), "no file"),
        bad("a bad %-escape", get("/api/search?query=%zz"), "escape"),
        bad("a cut %-escape", get("/api/search?query=%E4%B9"), "UTF-8"),
        bad("percent-encoded bytes that are not UTF-8", get("/api/search?query=%FF%FE"), "UTF-8"),
        bad("raw bytes that are not UTF-8", raw_bytes, ""),
        bad("a query of 257 chars", get(&api_path("search", &[("query", &long)])), "256"),
        bad("a query string of 5000 bytes", get(&format!("/api/search?query=x&pad={}", "a".repeat(5000))), "4096"),
        bad("a limit over the most", get(&api_path("search", &[("query", "基层"), ("limit", "1001")])), "offset"),
        bad("a context over the most", get(&api_path("search", &[("query", "基层"), ("context", "100000")])), "context"),
        bad("a limit that is no number", get(&api_path("search", &[("query", "基层"), ("limit", "-1")])), "-1"),
        bad("an unknown parameter", get(&api_path("search", &[("query", "基层"), ("corpus", "/etc/passwd")])), "corpus"),
        bad("a repeated option", get(&api_path("search", &[("query", "基层"), ("sort", "left"), ("sort", "right")])), "sort"),
        bad("an empty query", get("/api/search?query="), "empty"),
        bad("no query", get("/api/search?sort=left"), "QUERY"),
        bad("a bad regex", get(&api_path("search", &[("query", "(党"), ("regex", "true")])), "regular"),
        bad("an unknown article", get(&api_path("show", &[("id", "99")])), "no article"),
        bad("an unknown verb", get("/api/compile?paths=x"), "compile"),
        bad("too many terms", get(&format!("/api/trend?{}", "terms=a&".repeat(11))), "terms"),
        bad("a bad period", get(&api_path("trend", &[("terms", "a"), ("by", "decade")])), "decade"),
        bad("a POST", b"POST /api/search?query=x HTTP/1.1\r\nHost: test\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(), "GET"),
        bad("not HTTP at all", b"\x16\x03\x01 hello, this is no request\r\n\r\n".to_vec(), ""),
        bad("a header of 1 MB", format!("GET / HTTP/1.1\r\nHost: test\r\nX-Pad: {}\r\n\r\n", "a".repeat(1 << 20)).into_bytes(), ""),
    ]
}

#[test]
fn bad_requests_get_4xx_and_the_server_goes_on() {
    let mut server = Server::start::<&str>(&[]);
    let count = api_path("search", &[("query", "乡村振兴"), ("count", "true")]);
    for bad in bad_requests() {
        let r = server.send(&bad.request);
        assert!(
            (400..500).contains(&r.status),
            "{}: {} {}",
            bad.what,
            r.status,
            String::from_utf8_lossy(&r.body)
        );
        if !bad.error_holds.is_empty() {
            let error = r.json()["error"].as_str().unwrap_or_default().to_string();
            assert!(error.contains(bad.error_holds), "{}: {error}", bad.what);
        }
        // Still up, and still right.
        assert!(server.is_running(), "{}", bad.what);
        assert_eq!(server.get(&count).text(), "15\n", "after {}", bad.what);
    }
}

#[test]
fn listens_on_the_loopback_and_refuses_a_port_in_use() {
    let server = Server::start::<&str>(&[]);
    assert!(server.addr.starts_with("127.0.0.1:"), "{}", server.addr);
    let port = server.addr.rsplit(':').next().unwrap();
    let err = common::fails_line(&["serve", "--port", port]);
    assert!(
        err.starts_with(&format!("baokan: cannot listen on 127.0.0.1:{port}: ")),
        "{err}"
    );
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("<script src=\"app.js\""));
    assert!(
        page.header("content-security-policy")
            .unwrap()
            .contains("default-src 'self'")
    );
}

/// Searches a person might type, and some that find nothing.
const TERMS: [&str; 10] = [
    "乡村振兴",
    "基层",
    "党建",
    "党委（党组）",
    "经费保障制度",
    "哈尔滨",
    "第一书记",
    "组织",
    "新区",
    "没有这个词",
];

#[test]
fn two_hundred_concurrent_searches_are_all_answered_rightly() {
    const REQUESTS: usize = 200;
    let server = Arc::new(Server::start::<&str>(&[]));
    let corpus = baokan::corpus();
    let start = Arc::new(Barrier::new(REQUESTS));
    let began = Instant::now();
    let workers: Vec<_> = (0..REQUESTS)
        .map(|i| {
            let server = Arc::clone(&server);
            let start = Arc::clone(&start);
            let term = TERMS[i % TERMS.len()];
            let expected = corpus.count(term).unwrap();
            thread::spawn(move || {
                // Half ask for the number, half for the lines, in three orders.
                let sort = ["position", "left", "right"][i % 3];
                let path = if i % 2 == 0 {
                    format!("/api/search?query={}&count=true", encode(term))
                } else {
                    format!("/api/search?query={}&sort={sort}&limit=1000", encode(term))
                };
                start.wait();
                let r = server.get(&path);
                if r.status != 200 {
                    return Err(format!(
                        "{path}: {} {}",
                        r.status,
                        String::from_utf8_lossy(&r.body)
                    ));
                }
                let got = match r.json() {
                    serde_json::Value::Number(n) => n.as_u64().unwrap() as usize,
                    serde_json::Value::Array(lines) => {
                        assert!(lines.iter().all(|l| l["text"].as_str().is_some()));
                        lines.len()
                    }
                    v => return Err(format!("{path}: {v}")),
                };
                Ok((got == expected)
                    .then_some(())
                    .ok_or(format!("{path}: {got}, not {expected}")))
            })
        })
        .collect();
    let (mut errors, mut wrong, mut right) = (Vec::new(), Vec::new(), 0);
    for w in workers {
        match w.join().expect("a client thread ran") {
            Err(e) => errors.push(e),
            Ok(Err(e)) => wrong.push(e),
            Ok(Ok(())) => right += 1,
        }
    }
    eprintln!(
        "{REQUESTS} concurrent searches: {right} right, {} wrong, {} errors, {:.2} s",
        wrong.len(),
        errors.len(),
        began.elapsed().as_secs_f64()
    );
    assert!(errors.is_empty(), "{errors:?}");
    assert!(wrong.is_empty(), "{wrong:?}");
    assert_eq!(right, REQUESTS);
}
