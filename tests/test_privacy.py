"""Private by construction: no socket during an audit, owner-only files, nothing written elsewhere."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from tests.clirun import run_cli
from tests.xbuild import AT, tweet, write, ytd, zip_folder

ROOT = Path(__file__).resolve().parent.parent


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Every way to reach the network fails loudly, and the attempt is recorded."""
    attempts: list[str] = []

    def refuse(name):
        def _refuse(*args, **kwargs):
            attempts.append(name)
            raise NetworkUsed(f"network use attempted: {name}")
        return _refuse

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def make_archive(tmp_path: Path) -> Path:
    records = [{"tweet": tweet("Texte-moi au 819 555-0147, on part deux semaines au Portugal le 12 juillet", AT, 1, lang="fr")}]
    files = {"data/tweets.js": ytd("tweets", records), "data/direct-messages.js": "window.YTD.direct_messages.part0 = [ ]"}
    return zip_folder(write(tmp_path / "src", files), tmp_path / "twitter.zip")


def test_no_socket_is_opened_during_an_audit(tmp_path, monkeypatch, no_network):
    inputs = [str(make_archive(tmp_path)), str(ROOT / "sample_exports")]
    code = run_cli(monkeypatch, "audit", *inputs, "-o", str(tmp_path / "out"), "--quiet")
    assert code == 0 and no_network == []
    assert (tmp_path / "out" / "index.html").exists()


def test_the_guard_itself_catches_a_connection(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    assert no_network == ["create_connection"]


def test_report_is_readable_by_its_owner_only(tmp_path, monkeypatch):
    old = os.umask(0o022)
    try:
        out = tmp_path / "nested" / "out"
        assert run_cli(monkeypatch, "audit", str(make_archive(tmp_path)), "-o", str(out), "--quiet") == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    written = list(out.rglob("*"))
    assert any(f.parent.name == "deletion" for f in written)  # the trip abroad is suggested for deletion
    for f in written:
        assert stat.S_IMODE(f.stat().st_mode) == (0o700 if f.is_dir() else 0o600), f.name


def test_nothing_is_written_outside_the_output_folder(tmp_path, monkeypatch):
    archive = make_archive(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(work))
    before = {p for p in tmp_path.rglob("*")}
    assert run_cli(monkeypatch, "audit", str(archive), "-o", str(work / "out"), "--quiet") == 0
    after = {p for p in tmp_path.rglob("*")}
    assert {p.relative_to(tmp_path).as_posix() for p in after - before} == {
        "work/out", "work/out/index.html", "work/out/findings.csv", "work/out/audit.json", "work/out/checklist.csv",
        "work/out/deletion", "work/out/deletion/x-tweets.csv", "work/out/deletion/x-tweet.js",
    }


def test_private_messages_are_listed_in_the_report(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run_cli(monkeypatch, "audit", str(make_archive(tmp_path)), "-o", str(out), "--quiet", "--lang", "en") == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "direct-messages.js" in page and "present, not read" in page
