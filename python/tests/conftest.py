"""Paths and the Rust reference outputs the Python results must match byte for byte."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WARC = ROOT / "tests" / "warc" / "sample.warc.gz"


def cli_binary():
    """The copydesk binary built with the warc feature (COPYDESK_CLI overrides; built once if missing)."""
    explicit = os.environ.get("COPYDESK_CLI")
    if explicit:
        return explicit
    binary = ROOT / "target" / "release" / "copydesk"
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--features", "cli,warc", "--bin", "copydesk"],
        cwd=ROOT,
        check=True,
    )
    return str(binary)


@pytest.fixture(scope="session")
def cli():
    return cli_binary()
