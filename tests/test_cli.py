"""The CLI as a user meets it: exit codes, one-line errors, the four commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.xbuild import AT, tweet, write, ytd, zip_folder

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "footprint", *args], capture_output=True, text=True, cwd=cwd or ROOT, env=env, timeout=120)


@pytest.fixture
def archive(tmp_path) -> Path:
    posts = [{"tweet": tweet("Perdu mon cell, nouveau numéro 819 555-0147", AT, 1, lang="fr")}, {"tweet": tweet("Nice ride along the canal today", AT, 2)}]
    return zip_folder(write(tmp_path / "src", {"data/tweets.js": ytd("tweets", posts)}), tmp_path / "twitter.zip")


def test_audit_writes_its_private_files(archive, tmp_path):
    out = tmp_path / "report"
    result = run("audit", str(archive), "-o", str(out), "--employer", "EDSC", "--employer", "ESDC", "--since", "2019-09-03")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["audit.json", "checklist.csv", "findings.csv", "index.html"]  # nothing to delete: no deletion/
    assert "Report:" in result.stderr and "read 2 posts" in result.stderr
    doc = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "footprint.audit/1" and doc["posts_read"] == 2
    assert doc["run"]["context"]["employers"] == ["EDSC", "ESDC"]


def test_posts_prints_json_lines(archive):
    result = run("posts", str(archive))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["text"] for p in lines] == ["Perdu mon cell, nouveau numéro 819 555-0147", "Nice ride along the canal today"]
    assert all(isinstance(p["id"], str) and p["created_at"].endswith("+00:00") for p in lines)


def test_platforms_and_detectors_list_the_registries():
    platforms = run("platforms")
    names = [line.split("\t")[0] for line in platforms.stdout.splitlines()]
    assert platforms.returncode == 0 and "x\tX / Twitter\t" in platforms.stdout and names == sorted(names)
    detectors = run("detectors")
    assert detectors.returncode == 0


@pytest.mark.parametrize("args, code, words", [
    (["audit", "does/not/exist.zip"], 3, "no such file"),
    (["audit", "tests"], 4, "looked for"),
    (["audit", "--role", "boss", "sample_exports"], 2, "role"),
])
def test_errors_are_one_line_with_exit_codes(args, code, words):
    result = run(*args)
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and words in lines[0]
    assert "Traceback" not in result.stderr


def test_corrupt_zip_exit_code(tmp_path):
    bad = tmp_path / "twitter.zip"
    bad.write_bytes(b"PK\x03\x04 cut")
    result = run("audit", str(bad), "-o", str(tmp_path / "out"))
    assert result.returncode == 5 and "download the archive again" in result.stderr
    assert not (tmp_path / "out").exists()


def test_help_names_every_context_flag():
    text = run("audit", "--help").stdout
    for flag in ("--employer", "--role", "--jurisdiction", "--since", "--handle", "--tz", "--lang", "--out"):
        assert flag in text
