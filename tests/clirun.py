"""Running the CLI in-process as a user would, returning its exit code (for tests that patch the process)."""

from __future__ import annotations

import sys

import pytest

from footprint import cli


def run_cli(monkeypatch, *args: str) -> int:
    """`footprint ARGS…` through cli.main(), so exit codes and one-line errors are the real ones."""
    monkeypatch.setattr(sys, "argv", ["footprint", *args])
    with pytest.raises(SystemExit) as done:
        cli.main()
        raise SystemExit(0)
    return done.value.code or 0
