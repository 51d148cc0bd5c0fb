"""LinkedIn's CSV files (FORMATS.md §3.1, §3.4): find them by name, find the header, read every record.

Two dialects: RFC 4180 (`""` inside quotes, most files) read with the stdlib `csv` module in
strict mode so that a malformed record is reported instead of silently merged; and Comments.csv,
which escapes quotes as `\\"` (§3.4 item 3), read by a small state machine because
`csv.reader(escapechar="\\\\")` drops every other backslash (`¯\\_(ツ)_/¯`) and, when a message ends
with a backslash, swallows the next records into it.

Every record after the header comes out as a `Row`, broken ones with an `error`, so the caller
turns each into a Post or a Problem: nothing is skipped without a trace.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Iterator, Mapping

from footprint.model import Problem, ProblemKind
from footprint.platforms._archive import Archive, Member, MemberReadError

HEADER_SCAN_LINES = 50  # a `Notes:` preamble (§3.4 item 1) is 3–4 lines; a header further down is not one
_SEPARATORS = re.compile(r"[\s_\-/]+")
_ID_SUFFIX = re.compile(r"\d+$")


def norm(name: str) -> str:
    """A header or file name without case, spaces, underscores or slashes (§3.4 item 7, §3.1)."""
    return _SEPARATORS.sub("", name.replace("\ufeff", "").strip().strip('"').lower())


def file_stem(basename: str) -> str | None:
    """`Shares_583910274.csv`, `Rich Media.csv` -> "shares", "richmedia"; None when not a CSV."""
    if not basename.lower().endswith(".csv"):
        return None
    return _ID_SUFFIX.sub("", norm(basename[:-4]))


def csv_files(archive: Archive, *stems: str) -> list[Member]:
    """The CSVs named like any stem, with or without the member-id suffix, in archive order."""
    wanted = {norm(s) for s in stems}
    return [m for m in archive.find("*.csv") if file_stem(m.name) in wanted]


@dataclass(frozen=True)
class Row:
    """One record after the header: its values by normalised column name, or why it is unreadable."""

    number: int  # 1 = the first record after the header
    line: int  # physical line where the record starts (records can span lines)
    values: Mapping[str, str] = field(default_factory=dict)
    error: str | None = None

    @property
    def locator(self) -> str:
        return f"row {self.number} (line {self.line})"

    def get(self, *names: str) -> str:
        """The first non-empty value among normalised column names, stripped; "" if none."""
        for name in names:
            value = (self.values.get(name) or "").strip()
            if value:
                return value
        return ""


@dataclass(frozen=True)
class _Record:
    line: int
    cells: list[str] | None
    error: str | None = None


class NoHeader(Exception):
    """The expected header is not in the file's first lines (not this table, or a placeholder)."""


def _lines(text: str, limit: int) -> Iterator[tuple[int, int, str]]:
    """(offset, 1-based line number, line without its end) of the first `limit` physical lines."""
    pos = 0
    for number in range(1, limit + 1):
        if pos >= len(text):
            return
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        yield pos, number, text[pos:end].rstrip("\r")
        pos = end + 1


def find_header(text: str, required: tuple[str, ...]) -> tuple[int, int, list[str]]:
    """(offset after the header line, its line number, normalised names); skips a `Notes:` preamble."""
    for offset, number, line in _lines(text, HEADER_SCAN_LINES):
        try:
            cells = next(csv.reader([line]), [])
        except csv.Error:
            continue
        names = [norm(c) for c in cells]
        if set(required) <= set(names):
            end = text.find("\n", offset)
            return (len(text) if end < 0 else end + 1), number, names
    raise NoHeader(f"no header with {', '.join(required)} in the first {HEADER_SCAN_LINES} lines")


def _rfc_records(body: str, first_line: int) -> Iterator[_Record]:
    """RFC 4180 records; strict mode turns a stray quote into an error instead of a silent merge."""
    reader = csv.reader(io.StringIO(body, newline=""), strict=True)
    while True:
        start = first_line + reader.line_num
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                yield _Record(start, None, "a quoted field is never closed: this record and the rest of the file could not be read")
                return
            yield _Record(start, None, f"malformed CSV record ({exc})")
            continue
        if cells:  # a blank line is not a record
            yield _Record(start, cells)


def _ends_record(text: str, j: int, record_start: re.Pattern[str]) -> bool:
    """After `\\"` at j: end of file, or a line break followed by what starts a new record."""
    if j >= len(text):
        return True
    k = j + 2 if text.startswith("\r\n", j) else j + 1 if text[j] == "\n" else -1
    return k >= len(text) or (k > 0 and record_start.match(text, k) is not None)


def _backslash_records(body: str, first_line: int, record_start: re.Pattern[str]) -> Iterator[_Record]:
    """Comments.csv records: `\\"` and `""` are quotes; `\\"` closes the field only where the record ends."""
    i, n, line = 0, len(body), first_line
    cells: list[str] = []
    cell: list[str] = []
    start, quoted, fresh, open_ = line, False, True, False
    while i < n:
        c = body[i]
        if quoted:
            if c == "\\" and body.startswith('"', i + 1):
                if _ends_record(body, i + 2, record_start):  # a message ending in a backslash
                    cell.append("\\")
                    quoted = False
                else:
                    cell.append('"')
                i += 2
                continue
            if c == '"':
                if body.startswith('"', i + 1):
                    cell.append('"')
                    i += 2
                    continue
                quoted, i = False, i + 1
                continue
            line += c == "\n"
            cell.append(c)
            i += 1
            continue
        if c == '"' and fresh:
            quoted, fresh, open_, i = True, False, True, i + 1
        elif c == ",":
            cells.append("".join(cell))
            cell, fresh, open_, i = [], True, True, i + 1
        elif c in "\r\n":
            if open_:
                cells.append("".join(cell))
                yield _Record(start, cells)
            cells, cell, fresh, open_ = [], [], True, False
            i += 2 if body.startswith("\r\n", i) else 1
            line += 1
            start = line
        elif c == "\\" and body.startswith('"', i + 1):  # an unquoted field keeps the escape's meaning
            cell.append('"')
            fresh, open_, i = False, True, i + 2
        else:
            cell.append(c)
            fresh, open_, i = False, True, i + 1
    if quoted:
        yield _Record(start, None, "a quoted field is never closed: this record and the rest of the file could not be read")
    elif open_:
        cells.append("".join(cell))
        yield _Record(start, cells)


def read_rows(text: str, required: tuple[str, ...], record_start: re.Pattern[str] | None = None) -> Iterator[Row]:
    """Every record after the header as a Row; `record_start` selects the backslash dialect.

    Raises NoHeader at once (not on first iteration) when the header is missing.
    """
    offset, header_line, names = find_header(text, required)
    body = text[offset:]
    if record_start is None:
        records = _rfc_records(body, header_line + 1)
    else:
        records = _backslash_records(body, header_line + 1, record_start)
    return _rows(records, names)


def _rows(records: Iterator[_Record], names: list[str]) -> Iterator[Row]:
    """Records mapped onto the header; surplus non-empty cells mean a shifted, unusable record."""
    for number, rec in enumerate(records, start=1):
        if rec.cells is None:
            yield Row(number, rec.line, error=rec.error)
            continue
        if any(c.strip() for c in rec.cells[len(names):]):
            yield Row(number, rec.line, error=f"{len(rec.cells)} fields where the header has {len(names)} (a comma or quote out of place)")
            continue
        values: dict[str, str] = {}
        for name, cell in zip(names, rec.cells):  # a trailing comma gives an unnamed column (§3.4 item 4)
            if name and name not in values:  # duplicate names: the first wins (§3.4 item 4)
                values[name] = cell
        yield Row(number, rec.line, values)


def table(member: Member, required: tuple[str, ...], record_start: re.Pattern[str] | None = None) -> Iterator[Row | Problem]:
    """A member's rows; an unreadable file or a missing header becomes one BAD_FILE Problem."""
    try:
        rows = read_rows(member.read_text(), required, record_start)
    except MemberReadError as exc:
        yield Problem(ProblemKind.BAD_FILE, member.where, f"cannot read: {exc}", records=0)
        return
    except NoHeader as exc:
        yield Problem(ProblemKind.BAD_FILE, member.where, f"not read: {exc}", records=0)
        return
    yield from rows


def bad_row(member: Member, row: Row, reason: str) -> Problem:
    """A record that cannot become a post, located by row and line."""
    return Problem(ProblemKind.BAD_RECORD, member.where, reason, row.locator)
