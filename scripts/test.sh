#!/usr/bin/env bash
# Every test, Rust and Python, from a fresh clone: hygiene, cargo tests (unit,
# integration, doc), the examples, then the wheel built into a venv and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "clippy"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo test"
cargo test --workspace

step "rust example"
cargo run -q --example outline > /dev/null

step "python wheel into .venv"
python3 -m venv .venv
. .venv/bin/activate
python -m pip install -q --upgrade pip
python -m pip install -q "maturin>=1.9.4,<2" pytest duckdb pandas matplotlib mypy "dask[distributed]" jionlp
python -m pip install -q --force-reinstall --no-deps ./python

step "pytest"
# The DuckDB test runs the CLI (cargo test built it; this makes sure).
cargo build -q -p baokan-cli
export BAOKAN_BIN="$PWD/target/debug/baokan"
python -m pytest -q python/tests

step "python example"
python examples/headings.py > /dev/null

echo
echo "all tests passed"
