#!/usr/bin/env bash
# Every test, Rust and Python, from a fresh clone: hygiene, cargo tests (unit,
# integration, doc), the examples, then the wheel built into a venv and pytest, and
# the explorer (`baokan serve`) driven in headless Chromium (installed with apt when
# missing: run as root, or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

# A one-off build gains nothing from incremental caches, which took 1.7 GB of target/.
export CARGO_INCREMENTAL=0

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
# cn2an: its own numeral test tables are read by python/tests/test_numerals_cn2an.py.
# jionlp: the dates' differential oracle. selenium: drives Chromium in the browser test.
python -m pip install -q "maturin>=1.9.4,<2" pytest duckdb pandas matplotlib mypy "dask[distributed]" cn2an jionlp selenium
python -m pip install -q --force-reinstall --no-deps ./python

step "pytest"
# The DuckDB test runs the CLI (cargo test built it; this makes sure).
cargo build -q -p baokan-cli
export BAOKAN_BIN="$PWD/target/debug/baokan"
python -m pytest -q python/tests

step "python example"
python examples/headings.py > /dev/null

step "browser: chromium, chromedriver, CJK fonts"
browser_ready() {
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] &&
        fc-list : family 2>/dev/null | grep "Noto Sans CJK" > /dev/null
}
if browser_ready; then
    echo "already installed"
else
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    for try in 1 2 3; do
        if $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
            $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
                chromium chromium-driver fonts-noto-cjk; then
            break
        fi
        echo "apt-get failed (try $try of 3)"
        sleep $((try * 10))
    done
    browser_ready || { echo "chromium, chromium-driver or fonts-noto-cjk is missing"; exit 1; }
fi

step "browser test (screenshots in target/screenshots/)"
python -m pytest -q crates/baokan-cli/tests/browser

echo
echo "all tests passed"
