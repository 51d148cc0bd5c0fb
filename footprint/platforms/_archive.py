"""Archives as the user gives them: a zip, a folder, a folder wrapping one folder, several zips.

An `Archive` is a flat list of members (relative posix paths, junk ignored) from one or more
sources; parsers find files by basename anywhere in the tree (FORMATS.md §0.2 rule 1), never by
a fixed path, so a wrapping folder (re-zipped archives) needs no special case.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Iterator

from footprint.errors import CorruptArchiveError, InputNotFoundError

# Re-zipped archives carry these (macOS "Compress", Windows): FORMATS.md §0.2 rule 2.
_JUNK_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}
_JUNK_DIRS = {"__MACOSX"}
CHUNK = 1 << 20  # bytes per read when streaming a member
_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of bytes that are not UTF-8 (searched only after an error)
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError)  # RuntimeError: encrypted


def is_junk(path: str) -> bool:
    """Operating-system litter that is never part of an export."""
    parts = PurePosixPath(path).parts
    return any(p in _JUNK_DIRS for p in parts) or parts[-1] in _JUNK_NAMES or parts[-1].startswith("._")


class MemberReadError(Exception):
    """A member exists but cannot be read (bad zip entry, permissions); becomes a Problem."""


@dataclass(frozen=True)
class Member:
    """One file inside an archive."""

    path: str  # relative posix path inside the zip or folder
    size: int
    source: "Source" = field(repr=False, compare=False)

    @property
    def name(self) -> str:
        """The basename, which is what parsers match on."""
        return PurePosixPath(self.path).name

    @property
    def where(self) -> str:
        """Where it is, for problems and traceability: `<archive>!<path>`."""
        return f"{self.source.label}!{self.path}"

    def read_bytes(self) -> bytes:
        """The whole file; read errors become MemberReadError (the parser reports a Problem)."""
        return self.source.read(self)

    def read_text(self) -> str:
        """UTF-8 text with a byte-order mark removed."""
        data = self.read_bytes()
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise MemberReadError(f"not UTF-8 text (byte {exc.start})") from None

    def open(self) -> BinaryIO:
        """A binary stream of the file, for files too big to hold whole; errors are MemberReadError."""
        return self.source.open(self)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The UTF-8 text in pieces of about `chunk_size` bytes (BOM removed): memory holds one piece.

        A character split between two reads is joined by the incremental decoder. Bytes that are
        not UTF-8 raise MemberReadError after the text before them, as does a read error part-way.
        """
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        done = 0
        with self.open() as raw:
            while True:
                data = _read(raw, chunk_size or CHUNK)
                pending = decoder.getstate()[0]
                try:
                    text = decoder.decode(data, final=not data)
                except UnicodeDecodeError:
                    yield from _until_bad_byte(pending + data, done - len(pending), first=done == 0)
                done += len(data)
                if text:
                    yield text
                if not data:
                    return


def _until_bad_byte(data: bytes, offset: int, first: bool) -> Iterator[str]:
    """The text before the first byte that is not UTF-8, then MemberReadError saying where it is."""
    text = data.decode("utf-8", "surrogateescape")  # bad bytes become lone surrogates
    if first:
        text = text.removeprefix("\ufeff")
    bad = _NOT_UTF8.search(text)
    at = bad.start() if bad else len(text)
    if at:
        yield text[:at]
    raise MemberReadError(f"not UTF-8 text (byte {offset + len(text[:at].encode('utf-8')) + (3 if first and data.startswith(codecs.BOM_UTF8) else 0)})")


def _read(raw: BinaryIO, size: int) -> bytes:
    """One read of a stream; a damaged zip entry or a disk error becomes MemberReadError."""
    try:
        return raw.read(size)
    except _ZIP_ERRORS as exc:
        raise MemberReadError(f"cannot read ({exc})") from None


class Source:
    """Where members come from: a zip file, a folder or one loose file."""

    label: str
    path: Path

    def members(self) -> list[Member]:
        raise NotImplementedError

    def read(self, member: Member) -> bytes:
        raise NotImplementedError

    def open(self, member: Member) -> BinaryIO:
        raise NotImplementedError


def _open_file(path: Path) -> BinaryIO:
    """A file on disk opened for reading; errors become MemberReadError."""
    try:
        return open(path, "rb")
    except OSError as exc:
        raise MemberReadError(f"cannot read ({exc.strerror or exc})") from None


class ZipSource(Source):
    """A zip as downloaded; opened lazily and kept open while members are read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = path.name
        try:
            self._zip = zipfile.ZipFile(path)
            infos = [i for i in self._zip.infolist() if not i.is_dir() and not is_junk(i.filename)]
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
            raise CorruptArchiveError(f"{path}: cannot open the zip ({exc})") from None
        self._infos = {i.filename: i for i in infos}

    def members(self) -> list[Member]:
        return [Member(p, i.file_size, self) for p, i in sorted(self._infos.items())]

    def read(self, member: Member) -> bytes:
        try:
            return self._zip.read(self._infos[member.path])
        except _ZIP_ERRORS as exc:
            raise MemberReadError(f"cannot extract from the zip ({exc})") from None

    def open(self, member: Member) -> BinaryIO:
        """The member's stream, after a first pass that checks its CRC.

        A zip reports a damaged entry only at its end; checking first (about 0.3 s per 100 MB)
        keeps the rule that a damaged file yields no records rather than some wrong ones.
        """
        info = self._infos[member.path]
        try:
            with self._zip.open(info) as check:
                while check.read(CHUNK):
                    pass
            return self._zip.open(info)
        except _ZIP_ERRORS as exc:
            raise MemberReadError(f"cannot extract from the zip ({exc})") from None


class FolderSource(Source):
    """An unzipped export (wrapped in extra folders or not: files are found by basename)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = path.name
        found: list[str] = []
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames[:] = sorted(d for d in dirnames if d not in _JUNK_DIRS)
            rel = Path(dirpath).relative_to(path).as_posix()
            for name in filenames:
                relpath = name if rel == "." else f"{rel}/{name}"
                if not is_junk(relpath):
                    found.append(relpath)
        self._sizes = {}
        for p in found:
            try:
                self._sizes[p] = (path / p).stat().st_size
            except OSError:
                self._sizes[p] = 0

    def members(self) -> list[Member]:
        return [Member(p, s, self) for p, s in sorted(self._sizes.items())]

    def read(self, member: Member) -> bytes:
        try:
            return (self.path / member.path).read_bytes()
        except OSError as exc:
            raise MemberReadError(f"cannot read ({exc.strerror or exc})") from None

    def open(self, member: Member) -> BinaryIO:
        return _open_file(self.path / member.path)


class FileSource(Source):
    """One loose export file given on its own (e.g. a tweets.js copied out of the zip)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = path.name

    def members(self) -> list[Member]:
        return [Member(self.path.name, self.path.stat().st_size, self)]

    def read(self, member: Member) -> bytes:
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise MemberReadError(f"cannot read ({exc.strerror or exc})") from None

    def open(self, member: Member) -> BinaryIO:
        return _open_file(self.path)


_PART = re.compile(r"(\d+)")


def _natural(path: str) -> list[object]:
    """Sort key so that part2 comes before part10."""
    return [int(t) if t.isdigit() else t for t in _PART.split(path)]


class Archive:
    """One platform's members from one or more sources (several zips of one account merge here)."""

    def __init__(self, sources: list[Source]) -> None:
        self.sources = list(sources)
        self.members = [m for s in self.sources for m in s.members()]

    @property
    def label(self) -> str:
        """The sources' names, for messages."""
        return " + ".join(s.label for s in self.sources)

    def find(self, *patterns: str) -> list[Member]:
        """Members whose basename matches any glob (case-insensitive), in natural path order."""
        lowered = [p.lower() for p in patterns]
        hits = [m for m in self.members if any(fnmatch.fnmatchcase(m.name.lower(), p) for p in lowered)]
        return sorted(hits, key=lambda m: (m.source.label, _natural(m.path)))

    def basenames(self) -> set[str]:
        """Every basename present, lower-cased, for sniffing."""
        return {m.name.lower() for m in self.members}


def open_source(path: Path) -> Source:
    """A Source for one path: zip, folder or loose file; missing paths are a clear error."""
    if not path.exists():
        raise InputNotFoundError(f"{path}: no such file or folder")
    if path.is_dir():
        return FolderSource(path)
    if zipfile.is_zipfile(path):
        return ZipSource(path)
    if path.suffix.lower() == ".zip":
        raise CorruptArchiveError(f"{path}: this .zip is damaged or incomplete (no zip directory found)")
    return FileSource(path)
