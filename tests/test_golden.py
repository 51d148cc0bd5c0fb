"""Golden files pin exactly what the parser reads from every sample archive.

Regenerate after a deliberate change with FOOTPRINT_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import difflib
import os

import pytest

from tests.samples import golden_lines, golden_path, sample_archives


@pytest.mark.parametrize("archive", sample_archives(), ids=lambda p: p.name[:40])
def test_sample_matches_its_golden_file(archive):
    lines = golden_lines(archive)
    target = golden_path(archive)
    if os.environ.get("FOOTPRINT_UPDATE_GOLDEN"):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert target.exists(), f"no golden file for {archive.name}: run with FOOTPRINT_UPDATE_GOLDEN=1 and review it"
    expected = target.read_text(encoding="utf-8").splitlines()
    if lines != expected:
        diff = "\n".join(list(difflib.unified_diff(expected, lines, "golden", "parsed", lineterm="", n=0))[:40])
        pytest.fail(f"{archive.name} no longer parses as pinned:\n{diff}")
