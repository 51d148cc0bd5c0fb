"""What a user can hand over: zip, folder, wrapped folder, several zips, a folder of archives; bad paths."""

from __future__ import annotations

import pytest

from footprint.errors import CorruptArchiveError, InputNotFoundError, NotAnExportError
from footprint.model import ProblemKind
from footprint.platforms import gather
from tests.xbuild import AT, tweet, write, ytd, zip_folder


def x_files(text: str = "hello", seq: int = 0) -> dict[str, str]:
    return {"data/tweets.js": ytd("tweets", [{"tweet": tweet(text, AT, seq)}])}


def test_zip_and_folder_and_wrapped_folder(tmp_path):
    folder = write(tmp_path / "unzipped", x_files())
    wrapped = write(tmp_path / "wrapped", {f"twitter-2023/{k}": v for k, v in x_files().items()})
    archive = zip_folder(folder, tmp_path / "x.zip")
    for path in (folder, wrapped, archive):
        inputs = gather([path])
        assert list(inputs.archives) == ["x"] and inputs.problems == []


def test_zip_with_macos_junk_and_wrapper(tmp_path):
    src = write(tmp_path / "src", {"twitter-2023-01-01/data/tweets.js": x_files()["data/tweets.js"], "__MACOSX/twitter-2023-01-01/data/._tweets.js": "junk", "twitter-2023-01-01/.DS_Store": "junk"})
    inputs = gather([zip_folder(src, tmp_path / "x.zip")])
    _, archive = inputs.archives["x"]
    assert [m.name for m in archive.members] == ["tweets.js"]


def test_several_zips_of_one_account_merge_into_one_archive(tmp_path):
    a = zip_folder(write(tmp_path / "a", x_files("one", 1)), tmp_path / "part1.zip")
    b = zip_folder(write(tmp_path / "b", {"data/tweets-part1.js": ytd("tweets", [{"tweet": tweet("two", AT, 2)}], 1)}), tmp_path / "part2.zip")
    inputs = gather([a, b])
    _, archive = inputs.archives["x"]
    assert len(archive.sources) == 2


def test_folder_of_archives_is_opened_one_level_down(tmp_path):
    (tmp_path / "all").mkdir()
    zip_folder(write(tmp_path / "build1", x_files("one", 1)), tmp_path / "all" / "x1.zip")
    write(tmp_path / "all" / "x-2019", {"tweet.js": ytd("tweet", [tweet("two", AT, 2)])})
    write(tmp_path / "all", {"notes.txt": "my notes"})
    inputs = gather([tmp_path / "all"])
    _, archive = inputs.archives["x"]
    assert len(archive.sources) == 2
    assert [(p.kind, p.file.endswith("notes.txt")) for p in inputs.problems] == [(ProblemKind.UNSUPPORTED, True)]


def test_missing_path(tmp_path):
    with pytest.raises(InputNotFoundError) as err:
        gather([tmp_path / "nope.zip"])
    assert "nope.zip" in err.value.one_line() and err.value.exit_code == 3


def test_folder_that_is_not_an_export_lists_what_was_looked_for(tmp_path):
    write(tmp_path / "photos", {"a.jpg": b"\xff", "b/readme.txt": "hi"})
    with pytest.raises(NotAnExportError) as err:
        gather([tmp_path / "photos"])
    line = err.value.one_line()
    assert "photos" in line and "tweets.js" in line and err.value.exit_code == 4


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip", b"hello"])
def test_corrupt_or_truncated_zip(tmp_path, content):
    bad = tmp_path / "twitter-2023.zip"
    bad.write_bytes(content)
    with pytest.raises(CorruptArchiveError) as err:
        gather([bad])
    assert "twitter-2023.zip" in err.value.one_line() and err.value.exit_code == 5


def test_zip_cut_in_the_middle(tmp_path):
    good = zip_folder(write(tmp_path / "src", x_files("x" * 5000)), tmp_path / "full.zip")
    data = good.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptArchiveError):
        gather([cut])


def test_damaged_zip_inside_a_folder_of_archives_is_reported_not_fatal(tmp_path):
    zip_folder(write(tmp_path / "ok", x_files()), tmp_path / "all.zip")
    (tmp_path / "dir").mkdir()
    (tmp_path / "all.zip").rename(tmp_path / "dir" / "good.zip")
    (tmp_path / "dir" / "broken.zip").write_bytes(b"PK\x03\x04garbage")
    inputs = gather([tmp_path / "dir"])
    assert "x" in inputs.archives
    assert [p.kind for p in inputs.problems] == [ProblemKind.BAD_FILE]
