//! How compile and search scale: synthetic corpora of about 1, 10 and 100 MB grown from
//! the seed page, compiled with `compile_dir`, then searched with the index and with
//! `memchr::memmem` over the same paragraph texts.
//!
//! A binary, not a criterion bench: a 100 MB compile takes tens of seconds, so neither
//! `cargo bench` nor `cargo test` runs it. Run it on purpose:
//!
//! ```sh
//! cargo run --release -p baokan-benches --bin scale                        # 1, 10, 100 MB
//! BAOKAN_SCALE_MB=1,10 cargo run --release -p baokan-benches --bin scale   # MB = 10^6 bytes
//! ```
//!
//! The corpora: the seed page's repaired paragraphs, section headings, titles and
//! subtitle are dealt out over synthetic pages (one article each: a title line, an
//! optional subtitle, a byline, a lead, headed sections, 30–60 paragraphs in all, a
//! closing dateline; blank lines between blocks as on the seed page). Paragraphs are
//! shuffled with a fixed-seed xorshift generator, every ASCII digit run is replaced by a
//! random number (a month before 月, a day before 日, a year before 年), and about one
//! paragraph in twenty is cut in two by a page break for the compiler to repair.
//!
//! Each size runs in a fresh child process (this binary with `--child <MB>`), so the
//! peak resident set (`VmHWM` in `/proc/self/status`) is that size's own peak. The child
//! generates the pages in a temporary folder, times `compile_dir`, opens the pack, and
//! times `Corpus::count` against a prebuilt `memmem::Finder` counting over every
//! paragraph's `&str` and over one joined `String`. Times are medians of batches. The
//! tables go to stdout, progress to stderr.
#![forbid(unsafe_code)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use baokan::Corpus;
use memchr::memmem::Finder;

/// A frequent 2-char query, a medium one and a rare long one.
const QUERIES: [&str; 3] = ["基层", "乡村振兴", "经费保障制度"];
/// How many distinct short queries the mixed workload asks.
const MIXED: usize = 1000;
/// One MB, as sizes are given.
const MB: f64 = 1e6;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "--real-child") {
        real_child(&args[i + 1..]);
        return;
    }
    if let Ok(mb) = std::env::var("BAOKAN_SCALE_REAL_MB") {
        real(
            mb.trim()
                .parse()
                .expect("BAOKAN_SCALE_REAL_MB: a size in MB, like 100"),
        );
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--child") {
        let mb: f64 = args
            .get(i + 1)
            .and_then(|s| s.parse().ok())
            .expect("--child takes a size in MB");
        child(mb);
        return;
    }
    let sizes = std::env::var("BAOKAN_SCALE_MB").unwrap_or_else(|_| "1,10,100".to_string());
    let sizes: Vec<f64> = sizes
        .split(',')
        .map(|s| {
            s.trim()
                .parse()
                .expect("BAOKAN_SCALE_MB: sizes in MB, like 1,10,100")
        })
        .collect();
    let exe = std::env::current_exe().expect("the bench binary's path");
    let mut results = Vec::new();
    for mb in sizes {
        eprintln!("== {mb} MB: generating, compiling, searching in a child process");
        let out = Command::new(&exe)
            .arg("--child")
            .arg(mb.to_string())
            .stderr(Stdio::inherit())
            .output()
            .expect("the child runs");
        assert!(out.status.success(), "the {mb} MB child failed");
        results.push(SizeResult::parse(&String::from_utf8_lossy(&out.stdout)));
    }
    print!("{}", report(&results));
}

// ---------------------------------------------------------------------------------------
// Real text: the February month copied until the corpus is big enough.

fn february() -> PathBuf {
    let dir = std::env::var_os("BAOKAN_FEBRUARY").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/rmrb-2019-02"),
        PathBuf::from,
    );
    assert!(
        dir.is_dir(),
        "no February month at {}; set BAOKAN_FEBRUARY",
        dir.display()
    );
    dir
}

/// Copies the month into `dir` as `copy001/20190201/…`, `copy002/…` until it holds at
/// least `bytes`. Returns the bytes and files written.
fn copy_month(month: &Path, dir: &Path, bytes: u64) -> (u64, usize) {
    let files = baokan_compile::page_files(month).expect("the month lists");
    let (mut written, mut n) = (0, 0);
    let mut copy = 0;
    while written < bytes {
        copy += 1;
        for (name, path) in &files {
            let to = dir.join(format!("copy{copy:03}")).join(name);
            std::fs::create_dir_all(to.parent().expect("a folder")).expect("a temporary folder");
            written += std::fs::copy(path, &to).expect("a page copied");
            n += 1;
        }
    }
    (written, n)
}

/// `BAOKAN_SCALE_REAL_MB=100`: the month copied to about that size, compiled to a file
/// in a child process (the whole process's wall time and peak RSS); with
/// `BAOKAN_SCALE_SHARD=size`, compiled with `--shard-by size` (`BAOKAN_SCALE_SHARD_MB`,
/// default 64) and the peak set against the largest shard's input.
fn real(mb: f64) {
    let month = february();
    let dir = std::env::temp_dir().join(format!("baokan-scale-real-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let pages = dir.join("pages");
    let t = Instant::now();
    let (input, files) = copy_month(&month, &pages, (mb * MB) as u64);
    eprintln!(
        "== copied the month to {:.1} MB, {files} files, in {:.1} s",
        input as f64 / MB,
        t.elapsed().as_secs_f64()
    );
    let shard = std::env::var("BAOKAN_SCALE_SHARD").ok();
    let shard_mb: f64 = std::env::var("BAOKAN_SCALE_SHARD_MB")
        .ok()
        .map_or(64.0, |s| {
            s.trim().parse().expect("BAOKAN_SCALE_SHARD_MB: MB")
        });
    let threads = std::env::var("BAOKAN_SCALE_THREADS").unwrap_or_else(|_| "2".into());
    let mode = match shard.as_deref() {
        None | Some("") => "none".to_string(),
        Some("size") => format!("{}", (shard_mb * MB) as u64),
        Some(other) => panic!("BAOKAN_SCALE_SHARD={other}: only size is measured"),
    };
    let exe = std::env::current_exe().expect("the bench binary's path");
    let out = Command::new(&exe)
        .arg("--real-child")
        .arg(&pages)
        .arg(dir.join("out"))
        .arg(&mode)
        .arg(&threads)
        .stderr(Stdio::inherit())
        .output()
        .expect("the child runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "the compile child failed");
    let text = String::from_utf8_lossy(&out.stdout);
    let f: Vec<f64> = text
        .split_whitespace()
        .map(|w| w.parse().expect("a number from the child"))
        .collect();
    let (secs, hwm_kb, packs, largest, pack_bytes) = (f[0], f[1], f[2], f[3], f[4]);
    let hwm = hwm_kb * 1024.0;
    println!(
        "\n## Real text: the February month copied to {:.0} MB ({files} files), {threads} threads\n",
        input as f64 / MB
    );
    println!(
        "| compile | shards | wall | throughput | peak RSS | peak / input | largest shard | peak / largest shard | packs |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    println!(
        "| {} | {packs} | {secs:.2} s | {:.1} MB/s | {:.0} MB | {:.2}× | {:.1} MB | {:.2}× | {:.0} MB |",
        if mode == "none" {
            "one pack".to_string()
        } else {
            format!("--shard-by size ({shard_mb} MB)")
        },
        input as f64 / MB / secs,
        hwm / MB,
        hwm / input as f64,
        largest / MB,
        hwm / largest,
        pack_bytes / MB,
    );
}

/// The compile, in its own process: `<pages> <out dir> <none|shard bytes> <threads>`.
/// Prints wall seconds, peak RSS in kB, packs, the largest shard's input bytes and the
/// bytes of all packs.
fn real_child(args: &[String]) {
    let pages = PathBuf::from(&args[0]);
    let out = PathBuf::from(&args[1]);
    std::fs::create_dir_all(&out).expect("an output folder");
    let opts = baokan_compile::Options {
        threads: Some(args[3].parse().expect("threads")),
        ..Default::default()
    };
    let paths = [pages];
    let t = Instant::now();
    let (packs, largest, bytes) = if args[2] == "none" {
        let w = baokan_compile::compile_to_file(&paths, &opts, &out.join("all.pack"), &|_| {})
            .expect("the corpus compiles");
        (1, w.source_bytes, w.pack_bytes)
    } else {
        let size = args[2].parse().expect("a shard size");
        let plan = baokan_compile::ShardPlan::new(&paths, baokan_compile::ShardBy::Size(size))
            .expect("the corpus plans");
        let mut bytes = 0;
        for (i, shard) in plan.shards().iter().enumerate() {
            let w = plan
                .compile(i, &opts, &out.join(format!("{}.pack", shard.name)), &|_| {})
                .expect("the shard compiles");
            eprintln!(
                "   {}: {:.1} MB in, {:.1} MB pack, peak RSS so far {}",
                shard.name,
                shard.bytes as f64 / MB,
                w.pack_bytes as f64 / MB,
                fmt_kb(vm_hwm_kb().unwrap_or(0))
            );
            bytes += w.pack_bytes;
            // Only the figures are wanted: keep the disk free for the next shard.
            let _ = std::fs::remove_file(&w.path);
        }
        let largest = plan.shards().iter().map(|s| s.bytes).max().unwrap_or(0);
        (plan.shards().len(), largest, bytes)
    };
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{secs} {} {packs} {largest} {bytes}",
        vm_hwm_kb().unwrap_or(0)
    );
}

// ---------------------------------------------------------------------------------------
// The corpus generator.

/// xorshift64*: tiny, seeded, good enough to shuffle paragraphs.
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

    /// Uniform in `0..n` (n > 0), up to a negligible modulo bias.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

/// The seed page, as material: repaired paragraphs and heading-like lines.
struct Seed {
    paragraphs: Vec<&'static str>,
    headings: Vec<&'static str>,
    subtitles: Vec<&'static str>,
}

impl Seed {
    fn new() -> Seed {
        let c = baokan::corpus();
        let mut headings: Vec<&'static str> = c.sections().filter_map(|s| s.heading()).collect();
        headings.extend(c.articles().filter_map(|a| a.title()));
        Seed {
            paragraphs: c.paragraphs().map(|p| p.text()).collect(),
            headings,
            subtitles: c.articles().filter_map(|a| a.subtitle()).collect(),
        }
    }
}

/// Replaces every ASCII digit run with a random number: a month before 月, a day before
/// 日, a year before 年, otherwise one of the same number of digits.
fn vary_numbers(text: &str, rng: &mut Rng, out: &mut String) {
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..at]);
        let run = rest[at..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(rest.len() - at, |n| n);
        let after = rest[at + run..].chars().next();
        let n = match after {
            Some('月') => rng.between(1, 12),
            Some('日') => rng.between(1, 28),
            Some('年') if run == 4 => rng.between(1949, 2024),
            _ if run == 1 => rng.between(1, 9),
            _ => {
                let lo = 10usize.pow(run.min(9) as u32 - 1);
                rng.between(lo, lo * 10 - 1)
            }
        };
        let _ = write!(out, "{n}");
        rest = &rest[at + run..];
    }
    out.push_str(rest);
}

/// Chars after which the compiler sees a paragraph as finished (a subset of its rule
/// suffices: we only need to avoid them at a synthetic page break).
fn closes(c: char) -> bool {
    "。！？!?…⋯；;：:”’」』）)】\"'".contains(c)
}

fn has_clause_punct(s: &str) -> bool {
    s.contains(['，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?'])
}

/// Cuts a paragraph in two where the compiler will join it again: the first piece must
/// not end a paragraph and neither may look like a heading or a structural line.
fn page_break(text: &str, rng: &mut Rng) -> Option<(String, String)> {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() < 40 || text.starts_with(['—', '(', '（', '…', '⋯']) {
        return None;
    }
    let k = rng.between(chars.len() / 3, 2 * chars.len() / 3);
    let first: String = chars[..k].iter().collect();
    let second: String = chars[k..].iter().collect();
    let ok = !closes(chars[k - 1])
        && has_clause_punct(&first)
        && has_clause_punct(&second)
        && !second.starts_with(['—', '(', '（', '…', '⋯', '.', ' ']);
    ok.then_some((first, second))
}

const BYLINES: [&str; 4] = ["新华社记者", "本报记者", "本报记者 通讯员", "新华社评论员"];
const PLACES: [&str; 6] = ["北京", "上海", "哈尔滨", "武汉", "成都", "广州"];

/// Writes pages of synthetic text into `dir` until they hold at least `bytes` bytes.
/// Returns the bytes and pages written.
fn generate(dir: &Path, bytes: usize) -> (usize, usize) {
    let seed = Seed::new();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut deck: Vec<usize> = (0..seed.paragraphs.len()).collect();
    let mut next = deck.len();
    let (mut written, mut pages) = (0, 0);
    let mut page = String::new();
    while written < bytes {
        page.clear();
        page.push_str("\n\n");
        page.push_str(rng.pick(&seed.headings));
        page.push_str("\n\n");
        if let Some(sub) = seed.subtitles.first().filter(|_| rng.below(2) == 0) {
            page.push_str("——");
            page.push_str(sub);
            page.push_str("\n\n");
        }
        page.push_str(rng.pick(&BYLINES));
        page.push_str("\n\n");
        let total = rng.between(30, 60);
        let mut until_heading = rng.between(2, 5);
        for _ in 0..total {
            if until_heading == 0 {
                page.push_str(rng.pick(&seed.headings));
                page.push_str("\n\n");
                until_heading = rng.between(4, 10);
            }
            until_heading -= 1;
            if next == deck.len() {
                // Fisher–Yates: every paragraph once per deal.
                for i in (1..deck.len()).rev() {
                    deck.swap(i, rng.below(i + 1));
                }
                next = 0;
            }
            let mut text = String::new();
            vary_numbers(seed.paragraphs[deck[next]], &mut rng, &mut text);
            next += 1;
            match (rng.below(20) == 0)
                .then(|| page_break(&text, &mut rng))
                .flatten()
            {
                Some((a, b)) => {
                    let _ = write!(page, "{a}\n\n{b}\n\n");
                }
                None => {
                    page.push_str(&text);
                    page.push_str("\n\n");
                }
            }
        }
        let _ = writeln!(
            page,
            "(新华社{}{}月{}日电)",
            rng.pick(&PLACES),
            rng.between(1, 12),
            rng.between(1, 28)
        );
        pages += 1;
        let path = dir.join(format!("{:03}/{pages:06}.txt", pages / 1000));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("a temporary folder");
        }
        std::fs::write(&path, &page).expect("a page written");
        written += page.len();
    }
    (written, pages)
}

// ---------------------------------------------------------------------------------------
// One size, in its own process.

/// Peak resident set of this process so far, in kB (Linux only).
fn vm_hwm_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Median time of one call of `f`, in ns: `f` is run in batches long enough to time
/// (at least 0.5 ms), 5 to 51 batches within about half a second.
fn time_ns(mut f: impl FnMut() -> usize) -> f64 {
    let mut k: u64 = 1;
    loop {
        let t = Instant::now();
        for _ in 0..k {
            black_box(f());
        }
        if t.elapsed() >= Duration::from_micros(500) || k >= 1 << 24 {
            break;
        }
        k *= 2;
    }
    let mut samples = Vec::new();
    let budget = Instant::now();
    while samples.len() < 51 && (samples.len() < 5 || budget.elapsed() < Duration::from_millis(500))
    {
        let t = Instant::now();
        for _ in 0..k {
            black_box(f());
        }
        samples.push(t.elapsed().as_nanos() as f64 / k as f64);
    }
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// Distinct 2–4 char strings taken from the seed paragraphs, for a workload whose
/// binary searches do not stay in cache.
fn mixed_queries() -> Vec<String> {
    let seed = Seed::new();
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut out: Vec<String> = Vec::new();
    while out.len() < MIXED {
        let p: Vec<char> = rng.pick(&seed.paragraphs).chars().collect();
        let len = rng.between(2, 4);
        if p.len() < len {
            continue;
        }
        let at = rng.below(p.len() - len + 1);
        let q: String = p[at..at + len].iter().collect();
        if !q.chars().any(|c| c.is_ascii_digit()) && !out.contains(&q) {
            out.push(q);
        }
    }
    out
}

fn child(mb: f64) {
    let dir: PathBuf = std::env::temp_dir().join(format!(
        "baokan-scale-{}-{}",
        std::process::id(),
        mb.to_string().replace('.', "_")
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");

    let t = Instant::now();
    let (input, pages) = generate(&dir, (mb * MB) as usize);
    eprintln!(
        "   generated {pages} pages, {:.1} MB, in {:.1} s",
        input as f64 / MB,
        t.elapsed().as_secs_f64()
    );

    let hwm_before = vm_hwm_kb();
    let t = Instant::now();
    let bytes = baokan_compile::compile_dir(&dir).expect("the synthetic corpus compiles");
    let compile = t.elapsed();
    let hwm_after = vm_hwm_kb();
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!(
        "   compiled in {:.2} s, pack {:.1} MB",
        compile.as_secs_f64(),
        bytes.len() as f64 / MB
    );

    let t = Instant::now();
    let c = Corpus::from_bytes(&bytes).expect("the pack opens");
    let open = t.elapsed();
    let texts: Vec<&str> = c.paragraphs().map(|p| p.text()).collect();
    let n: usize = texts.iter().map(|t| t.chars().count()).sum();
    let joins: usize = c.paragraphs().map(|p| p.joins().len()).sum();
    let joined: String = texts.iter().flat_map(|t| [*t, "\n"]).collect();

    let mut out = String::new();
    let _ = writeln!(
        out,
        "size\t{mb}\t{input}\t{pages}\t{}\t{}\t{joins}\t{n}\t{}\t{}\t{}\t{}\t{}",
        c.articles().len(),
        texts.len(),
        compile.as_nanos(),
        bytes.len(),
        hwm_before.unwrap_or(0),
        hwm_after.unwrap_or(0),
        open.as_nanos(),
    );
    for q in QUERIES {
        let f = Finder::new(q);
        let count_par = || -> usize {
            texts
                .iter()
                .map(|t| f.find_iter(t.as_bytes()).count())
                .sum()
        };
        let count_joined = || f.find_iter(joined.as_bytes()).count();
        let hits = c.count(q).expect("a valid query");
        // None of the queries can overlap itself, and folding does not touch them.
        assert_eq!(count_par(), hits, "{q}: index and memmem disagree");
        assert_eq!(count_joined(), hits, "{q}: index and memmem disagree");
        let index = time_ns(|| c.count(black_box(q)).expect("a valid query"));
        let par = time_ns(count_par);
        let whole = time_ns(count_joined);
        let _ = writeln!(out, "query\t{q}\t{hits}\t{index}\t{par}\t{whole}");
        eprintln!(
            "   {q}: {hits} hits; count {index:.0} ns, memmem {:.3} ms ({:.0}x)",
            par / 1e6,
            par / index
        );
    }
    let mixed = mixed_queries();
    let per_query = time_ns(|| {
        mixed
            .iter()
            .map(|q| c.count(black_box(q)).expect("a valid query"))
            .sum()
    }) / MIXED as f64;
    let _ = writeln!(out, "mixed\t{MIXED}\t{per_query}");
    print!("{out}");
}

// ---------------------------------------------------------------------------------------
// The report.

struct QueryResult {
    q: String,
    hits: usize,
    index_ns: f64,
    memmem_ns: f64,
    joined_ns: f64,
}

struct SizeResult {
    input: usize,
    pages: usize,
    articles: usize,
    paragraphs: usize,
    joins: usize,
    n: usize,
    compile_ns: f64,
    pack: usize,
    hwm_before_kb: u64,
    hwm_after_kb: u64,
    open_ns: f64,
    queries: Vec<QueryResult>,
    mixed_ns: f64,
}

impl SizeResult {
    fn parse(text: &str) -> SizeResult {
        let mut r = SizeResult {
            input: 0,
            pages: 0,
            articles: 0,
            paragraphs: 0,
            joins: 0,
            n: 0,
            compile_ns: 0.0,
            pack: 0,
            hwm_before_kb: 0,
            hwm_after_kb: 0,
            open_ns: 0.0,
            queries: Vec::new(),
            mixed_ns: 0.0,
        };
        fn num<T: std::str::FromStr>(s: Option<&str>) -> T {
            s.and_then(|s| s.parse().ok())
                .expect("a number from the child")
        }
        for line in text.lines() {
            let mut f = line.split('\t');
            match f.next() {
                Some("size") => {
                    let _requested_mb: f64 = num(f.next());
                    r.input = num(f.next());
                    r.pages = num(f.next());
                    r.articles = num(f.next());
                    r.paragraphs = num(f.next());
                    r.joins = num(f.next());
                    r.n = num(f.next());
                    r.compile_ns = num(f.next());
                    r.pack = num(f.next());
                    r.hwm_before_kb = num(f.next());
                    r.hwm_after_kb = num(f.next());
                    r.open_ns = num(f.next());
                }
                Some("query") => r.queries.push(QueryResult {
                    q: f.next().unwrap_or_default().to_string(),
                    hits: num(f.next()),
                    index_ns: num(f.next()),
                    memmem_ns: num(f.next()),
                    joined_ns: num(f.next()),
                }),
                Some("mixed") => {
                    let _: usize = num(f.next());
                    r.mixed_ns = num(f.next());
                }
                _ => {}
            }
        }
        r
    }
}

fn fmt_ns(ns: f64) -> String {
    if ns < 1e3 {
        format!("{ns:.0} ns")
    } else if ns < 1e6 {
        format!("{:.1} µs", ns / 1e3)
    } else if ns < 1e9 {
        format!("{:.2} ms", ns / 1e6)
    } else {
        format!("{:.2} s", ns / 1e9)
    }
}

fn fmt_mb(bytes: usize) -> String {
    let mb = bytes as f64 / MB;
    if mb < 10.0 {
        format!("{mb:.1} MB")
    } else {
        format!("{mb:.0} MB")
    }
}

fn fmt_kb(kb: u64) -> String {
    if kb == 0 {
        "n/a".to_string()
    } else {
        format!("{:.0} MB", kb as f64 * 1024.0 / MB)
    }
}

fn report(results: &[SizeResult]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "\n## Compile (compile_dir; MB = 10^6 bytes of page text)\n"
    );
    let _ = writeln!(
        s,
        "| corpus | pages | articles | paragraphs | page breaks repaired | paragraph chars n | compile | throughput | pack | pack / input | peak RSS before → after compile | open (validate) |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|---|---|---|---|");
    for r in results {
        let secs = r.compile_ns / 1e9;
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {:.2} s | {:.2} MB/s | {:.1} MB | {:.2} | {} → {} | {} |",
            fmt_mb(r.input),
            r.pages,
            r.articles,
            r.paragraphs,
            r.joins,
            r.n,
            secs,
            r.input as f64 / MB / secs,
            r.pack as f64 / MB,
            r.pack as f64 / r.input as f64,
            fmt_kb(r.hwm_before_kb),
            fmt_kb(r.hwm_after_kb),
            fmt_ns(r.open_ns),
        );
    }
    let _ = writeln!(
        s,
        "\n## Count: the index against memmem over the same paragraph texts\n"
    );
    let _ = writeln!(
        s,
        "| corpus | n | query | hits | count (index) | memmem, per paragraph | memmem, one joined string | ratio (per paragraph / index) | count / log2 n |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|---|");
    for r in results {
        let log_n = (r.n.max(2) as f64).log2();
        for q in &r.queries {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} | {} | {:.0}× | {:.1} ns |",
                fmt_mb(r.input),
                r.n,
                q.q,
                q.hits,
                fmt_ns(q.index_ns),
                fmt_ns(q.memmem_ns),
                fmt_ns(q.joined_ns),
                q.memmem_ns / q.index_ns,
                q.index_ns / log_n,
            );
        }
        let _ = writeln!(
            s,
            "| {} | {} | {MIXED} distinct 2–4 char queries (mean) | | {} | | | | {:.1} ns |",
            fmt_mb(r.input),
            r.n,
            fmt_ns(r.mixed_ns),
            r.mixed_ns / log_n,
        );
    }
    let _ = writeln!(s, "\n## For the README\n");
    let _ = writeln!(
        s,
        "| corpus | compile | pack | peak RSS | count 基层 (index) | memmem 基层 | ratio | count, mixed queries | count / log2 n (mixed) |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|---|");
    for r in results {
        let log_n = (r.n.max(2) as f64).log2();
        let secs = r.compile_ns / 1e9;
        let first = r.queries.first();
        let _ = writeln!(
            s,
            "| {}, {} pages | {:.2} s ({:.1} MB/s) | {:.0} MB | {} | {} | {} | {:.0}× | {} | {:.1} ns |",
            fmt_mb(r.input),
            r.pages,
            secs,
            r.input as f64 / MB / secs,
            r.pack as f64 / MB,
            fmt_kb(r.hwm_after_kb),
            first.map_or(String::new(), |q| fmt_ns(q.index_ns)),
            first.map_or(String::new(), |q| fmt_ns(q.memmem_ns)),
            first.map_or(0.0, |q| q.memmem_ns / q.index_ns),
            fmt_ns(r.mixed_ns),
            r.mixed_ns / log_n,
        );
    }
    s
}
