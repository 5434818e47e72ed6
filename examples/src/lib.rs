//! Runnable examples for baokan live beside this file: `cargo run --example outline`.
#![forbid(unsafe_code)]
