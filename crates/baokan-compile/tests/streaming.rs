//! A pack written to a file table by table is the pack compiled in memory, byte for
//! byte; shards plan the same files the same way.

use std::path::{Path, PathBuf};

use baokan_compile::{Options, ShardBy, ShardPlan, compile_paths, compile_to_file};

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../baokan/data")
}

fn february() -> Option<PathBuf> {
    let dir = std::env::var_os("BAOKAN_FEBRUARY").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/rmrb-2019-02"),
        PathBuf::from,
    );
    dir.is_dir().then_some(dir)
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("baokan-stream-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn same_bytes(paths: &[PathBuf], opts: &Options, dir: &Path) {
    let memory = compile_paths(paths, opts, &|_| {}).unwrap();
    let out = dir.join("out.pack");
    let written = compile_to_file(paths, opts, &out, &|_| {}).unwrap();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes == memory.pack, "the streamed pack differs");
    assert_eq!(written.pack_bytes, bytes.len() as u64);
    assert_eq!(
        (written.files, written.articles, written.source_bytes),
        (memory.files, memory.articles, memory.source_bytes)
    );
    // No temporary file is left beside the pack.
    assert_eq!(std::fs::read_dir(dir).unwrap().count(), 1);
}

#[test]
fn streamed_pack_is_the_in_memory_pack() {
    let dir = temp("seed");
    same_bytes(&[seed()], &Options::default(), &dir);
    let no_source = Options {
        no_source: true,
        ..Options::default()
    };
    same_bytes(&[seed()], &no_source, &dir);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn streamed_month_is_the_in_memory_month() {
    let Some(month) = february() else {
        eprintln!("no February month; set BAOKAN_FEBRUARY");
        return;
    };
    let dir = temp("month");
    let opts = Options {
        threads: Some(2),
        ..Options::default()
    };
    same_bytes(std::slice::from_ref(&month), &opts, &dir);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn shards_by_month_year_and_size() {
    let dir = temp("plan");
    let page = "标题\n\n正文第一段，写得足够长。\n";
    for name in [
        "2019/02/28/a.txt",
        "20190301/b.txt",
        "20190302-01.txt",
        "2020-01-05.txt",
        "notes/c.txt",
    ] {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, page).unwrap();
    }
    let plan = |by| {
        ShardPlan::new(std::slice::from_ref(&dir), by)
            .unwrap()
            .shards()
            .iter()
            .map(|s| {
                let files: Vec<&str> = s.files().map(|(n, _)| n).collect();
                format!("{}: {}", s.name, files.join(" "))
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        plan(ShardBy::Month),
        [
            "2019-02: 2019/02/28/a.txt",
            "2019-03: 20190301/b.txt 20190302-01.txt",
            "2020-01: 2020-01-05.txt",
            "undated: notes/c.txt",
        ]
    );
    assert_eq!(
        plan(ShardBy::Year),
        [
            "2019: 2019/02/28/a.txt 20190301/b.txt 20190302-01.txt",
            "2020: 2020-01-05.txt",
            "undated: notes/c.txt",
        ]
    );
    let size = page.len() as u64;
    assert_eq!(
        plan(ShardBy::Size(2 * size)),
        [
            "part-0001: 2019/02/28/a.txt 20190301/b.txt",
            "part-0002: 20190302-01.txt 2020-01-05.txt",
            "part-0003: notes/c.txt",
        ]
    );
    // A file larger than the limit is a shard of its own.
    assert_eq!(plan(ShardBy::Size(1)).len(), 5);

    // Each shard compiles to the pack of its own files, named as in one pack.
    let plan = ShardPlan::new(std::slice::from_ref(&dir), ShardBy::Month).unwrap();
    let out = temp("plan-out");
    let w = plan
        .compile(1, &Options::default(), &out.join("2019-03.pack"), &|_| {})
        .unwrap();
    assert_eq!((w.files, w.articles), (2, 2));
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&out).unwrap();
}
