"""The ``baokan`` binary the CLI tests run: ``$BAOKAN_BIN``, else ``target/debug/baokan``.

A test module that imports this is skipped, saying how to build the binary, when there
is none.
"""

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def _binary() -> Path:
    env = os.environ.get("BAOKAN_BIN")
    if env:
        path = Path(env)
        if not path.is_file():
            pytest.skip(
                f"BAOKAN_BIN={env} does not exist: build it with `cargo build -p baokan-cli`",
                allow_module_level=True,
            )
        return path
    path = REPO / "target" / "debug" / "baokan"
    if not path.is_file():
        pytest.skip(
            "no baokan binary: set BAOKAN_BIN or run `cargo build -p baokan-cli` "
            f"(looked for {path})",
            allow_module_level=True,
        )
    return path


BIN = _binary()


def run(*args: str) -> str:
    """Runs ``baokan ARGS``, which must succeed with nothing on stderr; returns stdout."""
    done = subprocess.run([str(BIN), *args], capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"baokan {' '.join(args)}: {done.stderr}"
    assert done.stderr == ""
    return done.stdout


def run_json(*args: str) -> Any:
    """As :func:`run` with ``--json``, the output parsed."""
    return json.loads(run(*args, "--json"))
