"""X's .js files are streamed: read in pieces from zips and folders, decoded across piece boundaries."""

from __future__ import annotations

import tracemalloc
import zipfile

import pytest

from footprint.model import Post, Problem, ProblemKind
from footprint.platforms import gather
from footprint.platforms._archive import FolderSource, Member, ZipSource
from footprint.platforms._jsdata import iter_array
from tests.xbuild import AT, tweet, write, ytd, zip_folder

TEXT = "window.YTD.tweets.part0 = [ {\"t\" : \"é ☕ 🚲 Ω\"}, {\"t\" : \"naïve façade — 日本\"} ]"
BOM = b"\xef\xbb\xbf"


def member(source, name: str) -> Member:
    return next(m for m in source.members() if m.name == name)


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 7])
def test_multibyte_characters_split_between_reads(tmp_path, size):
    write(tmp_path, {"tweets.js": BOM + TEXT.encode("utf-8")})
    m = member(FolderSource(tmp_path), "tweets.js")
    pieces = list(m.iter_text(size))
    assert "".join(pieces) == TEXT  # the BOM is gone even when split over reads of 1 or 2 bytes
    assert list(iter_array(pieces)) == [{"t": "é ☕ 🚲 Ω"}, {"t": "naïve façade — 日本"}]


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_zip_members_stream_the_same_text(tmp_path, compression):
    with zipfile.ZipFile(tmp_path / "x.zip", "w", compression) as zf:
        zf.writestr("data/tweets.js", BOM + TEXT.encode("utf-8"))
    m = member(ZipSource(tmp_path / "x.zip"), "tweets.js")
    assert "".join(m.iter_text(3)) == TEXT == m.read_text()


def test_bad_utf8_part_way_keeps_the_records_before_it(tmp_path):
    records = [{"tweet": tweet(f"tweet {i}", AT, i)} for i in range(3)]
    body = ytd("tweets", records).encode("utf-8")
    cut = body.index(b"tweet 2")
    write(tmp_path, {"data/tweets.js": body[:cut] + b"\xff\xfe" + body[cut:]})
    platform, archive = gather([tmp_path]).archives["x"]
    items = list(platform.parse(archive))
    assert [p.text for p in items if isinstance(p, Post)] == ["tweet 0", "tweet 1"]
    [problem] = [p for p in items if isinstance(p, Problem)]
    assert problem.kind is ProblemKind.BAD_FILE and "UTF-8" in problem.reason and problem.locator == "#2"


def test_private_files_are_never_opened_or_streamed(tmp_path, monkeypatch):
    folder = write(tmp_path / "src", {
        "data/tweets.js": ytd("tweets", [{"tweet": tweet("hello", AT)}]),
        "data/direct-messages.js": "DM-SENTINEL-NEVER-READ",
        "data/direct-messages-group.js": "DM-SENTINEL-NEVER-READ",
    })
    opened: list[str] = []
    real_open, real_read = Member.open, Member.read_bytes
    monkeypatch.setattr(Member, "open", lambda self: opened.append(self.path) or real_open(self))
    monkeypatch.setattr(Member, "read_bytes", lambda self: opened.append(self.path) or real_read(self))
    for path in (folder, zip_folder(folder, tmp_path / "x.zip")):
        platform, archive = gather([path]).archives["x"]
        list(platform.parse(archive))
    assert "data/tweets.js" in opened and not [p for p in opened if "message" in p]


def test_memory_holds_a_piece_not_the_file(tmp_path):
    records = [{"tweet": tweet("x" * 2000, AT, i)} for i in range(2000)]
    write(tmp_path, {"data/tweets.js": ytd("tweets", records)})  # about 5 MB
    m = member(FolderSource(tmp_path), "tweets.js")
    assert m.size > 4_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_array(m.iter_text(64 * 1024)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2000 and peak < 1_000_000, peak
