//! Helpers shared by the CLI integration tests: run the built `baokan` binary and check
//! its exit code, stdout and stderr.
#![allow(dead_code, unreachable_pub)]

pub mod server;

use std::ffi::OsStr;
use std::fmt::Debug;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Runs `baokan args` and returns what it did.
pub fn baokan<S: AsRef<OsStr>>(args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baokan"))
        .args(args)
        .output()
        .expect("the baokan binary runs")
}

/// The stderr of a run, as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// Runs a command that must exit with `code` and nothing on stderr; returns stdout.
pub fn exits<S: AsRef<OsStr> + Debug>(code: i32, args: &[S]) -> String {
    let out = baokan(args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    assert!(err.is_empty(), "{args:?} wrote to stderr: {err}");
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// Runs a command that must succeed with nothing on stderr; returns its stdout.
pub fn ok<S: AsRef<OsStr> + Debug>(args: &[S]) -> String {
    exits(0, args)
}

/// Runs a command that must succeed with nothing on stderr; returns its stdout as JSON.
pub fn json<S: AsRef<OsStr> + Debug>(args: &[S]) -> Value {
    serde_json::from_str(&ok(args)).expect("stdout is JSON")
}

/// The JSON array a command prints.
pub fn items<S: AsRef<OsStr> + Debug>(args: &[S]) -> Vec<Value> {
    match json(args) {
        Value::Array(items) => items,
        v => panic!("{args:?}: not an array: {v}"),
    }
}

/// Runs a command that must fail with exit code 2, nothing on stdout and one line on
/// stderr; returns that line (with its newline).
pub fn fails<S: AsRef<OsStr> + Debug>(args: &[S]) -> String {
    let out = baokan(args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?} wrote to stdout");
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(err.starts_with("baokan: "), "{err}");
    err
}

/// As [`fails`], but returns the line without its newline.
pub fn fails_line<S: AsRef<OsStr> + Debug>(args: &[S]) -> String {
    fails(args).trim_end().to_string()
}

/// Runs a command whose stdout nobody reads: every write meets a broken pipe, and it
/// must still succeed with nothing on stderr.
pub fn closed_pipe_is_quiet<S: AsRef<OsStr> + Debug>(args: &[S]) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_baokan"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{args:?}: {err}");
    assert!(err.is_empty(), "{args:?}: {err}");
}
