"""Shared fixtures: the repo's paths and small archives built in every era's real format."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_exports"


@pytest.fixture
def root() -> Path:
    return ROOT
