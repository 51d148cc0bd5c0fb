"""Facebook JSON files: records streamed one at a time, Meta's mojibake undone once, label trees walked.

FORMATS.md §2.8: Meta writes each UTF-8 byte of non-ASCII text as its own `\\u00XX` escape, keys
included. Every key and string value goes through `fix_meta_mojibake` exactly once, here (per
record for streamed files, per document for the small ones read whole); nothing downstream
fixes the text again.

The big files (posts, comments, reactions) are a top-level array of records or an object
holding one or more arrays (`{"comments_v2": [ … ]}`): `stream_records` reads them with
`_jsdata.Stream`, one record in memory at a time, the same lists `record_lists` finds in a
whole document. A key repeated in one object (never seen in an export) has all its lists read,
where a whole-document decode would keep only the last.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import chain
from typing import Any

from footprint.platforms._jsdata import JsDataError, Stream
from footprint.text import fix_meta_mojibake

MAX_DEPTH = 3  # objects this deep are searched for record lists (record_lists' `depth`)


class JsonFileError(ValueError):
    """A file that is not JSON at all; the parser reports it as a BAD_FILE Problem."""


@dataclass(frozen=True)
class Unread:
    """Last item of a streamed file that was not read to its end: why (a cut, or no list at all)."""

    reason: str


def fix_document(value: Any) -> Any:
    """Every key and string of a decoded document through the mojibake fix, once (FORMATS §2.8)."""
    if isinstance(value, str):
        return fix_meta_mojibake(value)
    if isinstance(value, list):
        return [fix_document(v) for v in value]
    if isinstance(value, dict):
        return {fix_meta_mojibake(k): fix_document(v) for k, v in value.items()}
    return value


def load(text: str) -> Any:
    """A small file's whole document, mojibake fixed; JsonFileError when it is not (whole) JSON."""
    try:
        return fix_document(json.loads(text))
    except json.JSONDecodeError as exc:
        raise JsonFileError(f"invalid JSON ({exc.msg} at line {exc.lineno})") from None


def stream_records(pieces: Iterable[str]) -> Iterator[tuple[str, int, Any] | Unread]:
    """(list key path, index, record) of every record list of a JSON text in pieces; `Unread` last if need be.

    Records are fixed one at a time. A file broken before any list began is not JSON to us
    (JsonFileError); broken later, it is cut: every whole record before the break was yielded.
    """
    walk = _Walk(Stream(pieces, lines=True))
    try:
        yield from walk.value("", 0)
        if walk.stream.peek():
            raise walk.stream.error("Extra data")
    except JsDataError as exc:
        if not walk.lists:
            raise JsonFileError(f"invalid JSON ({exc} at line {exc.line})") from None
        yield Unread(f"file is cut off or broken after record {walk.count}; the rest could not be read")
        return
    if not walk.lists:
        yield Unread(f"unknown layout: no list of records (top level: {walk.top})")


def first_char(pieces: Iterable[str]) -> tuple[str, Iterator[str]]:
    """The first non-blank character of a text in pieces ("" if none), and every piece, none consumed."""
    seen: list[str] = []
    rest = iter(pieces)
    for piece in rest:
        seen.append(piece)
        stripped = piece.lstrip()
        if stripped:
            return stripped[0], chain(seen, rest)
    return "", iter(seen)


class _Walk:
    """One streamed file's walk: lists begun, records read, the top level's keys or type."""

    def __init__(self, stream: Stream) -> None:
        self.stream = stream
        self.lists = self.count = 0
        self.top = ""
        self._keys: list[str] = []

    def value(self, path: str, depth: int) -> Iterator[tuple[str, int, Any]]:
        """The value at the cursor: a list's records, an object searched for lists, anything else skipped."""
        head = self.stream.peek()
        if head == "[":
            self.lists += 1
            for index, record in enumerate(self.stream.array()):
                self.count += 1
                yield path, index, fix_document(record)
        elif head == "{" and depth < MAX_DEPTH:
            for key in self.stream.members():
                key = fix_meta_mojibake(key)
                if depth == 0 and len(self._keys) < 5 and key not in self._keys:
                    self._keys.append(key)
                    self.top = ", ".join(self._keys)
                yield from self.value(f"{path}/{key}" if path else key, depth + 1)
        else:
            value = self.stream.decode()
            if depth == 0:
                self.top = type(value).__name__


def record_lists(doc: Any, path: str = "", depth: int = 0) -> Iterator[tuple[str, list[Any]]]:
    """(key path, list) of every record list: a bare list, or lists under (nested) keys.

    F1 wraps lists in one key (`{"comments": […]}`), F2+ in `_v2` keys, some files nest one more
    level (`{"event_responses_v2": {"events_joined": […]}}`, HPI's `group_posts.activity_log_data`).
    Keys may be localised (FORMATS §0.2 rule 9), so structure decides, not key names.
    """
    if isinstance(doc, list):
        yield path, doc
    elif isinstance(doc, Mapping) and depth < 3:
        for key, value in doc.items():
            sub = f"{path}/{key}" if path else str(key)
            if isinstance(value, list):
                yield sub, value
            elif isinstance(value, Mapping):
                yield from record_lists(value, sub, depth + 1)


def flatten_labels(node: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """A `label_values` / `dict` / `vec` tree (F4, FORMATS §2.5) as (label path, value) pairs.

    Leaves look like `{"label": "Name", "value": "…"}`, `{"label": "URL", "href": "…"}` or
    `{"label": "Date", "timestamp_value": 1700000000}`; branches like `{"title": "Author",
    "dict": [ … ]}` or `{"label": "Tags", "vec": [ … ]}`. Labels are localised; only shape is used.
    """
    out: list[tuple[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            out.extend(flatten_labels(item, prefix))
        return out
    if not isinstance(node, Mapping):
        return out
    label = node.get("label") or node.get("title") or ""
    here = f"{prefix}/{label}" if prefix and label else (label or prefix)
    for key in ("value", "href", "timestamp_value"):
        if key in node and node[key] not in (None, ""):
            out.append((here, node[key]))
    for key in ("label_values", "dict", "vec"):
        if isinstance(node.get(key), list):
            out.extend(flatten_labels(node[key], here))
    return out


def epoch(value: Any) -> datetime | None:
    """Unix seconds (UTC) to an aware datetime; 0, negatives and junk are None (FORMATS §2.10)."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        return None
    if value > 1e14:  # microseconds seen in a sample (FORMATS §2.10)
        value /= 1e6
    elif value > 1e11:  # milliseconds (Messenger style)
        value /= 1e3
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
