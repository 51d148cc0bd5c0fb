"""Reading the JSON inside X's `.js` files without executing them (FORMATS.md §1.3).

`window.YTD.tweets.part0 = [ … ]`, `Grailbird.data.tweets_2013_05 = [ … ]`,
`window.__THAR_CONFIG = { … }`, `var tweet_index = [ … ]`: the JSON is everything after the
first `=`, with an optional trailing `;`. Arrays are decoded one element at a time so that a
file cut off in the middle still yields every complete record before the cut.

`iter_array` takes the text whole or as an iterable of pieces (`Member.iter_text`): it keeps
a sliding buffer of about one piece, so a 300 MB `tweets.js` never sits in memory at once.
`Stream` is that buffer as a cursor over any JSON (arrays element by element, objects key by
key); Facebook's JSON files are read with it too (`_facebook_json.stream_records`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

_WS = re.compile(r"\s*")
_NEXT = re.compile(r"\s*,\s*")  # between two records: one match instead of blank, comma, blank
_MAY_GO_ON = re.compile(r"[0-9.eE+-]*\Z")  # what follows a value at the window's end: a number may go on in the next piece
_DECODER = json.JSONDecoder()
PREFIX_LIMIT = 1 << 16  # the `name = ` prefix is a few dozen characters; stop looking after this
MAX_RECORD = 1 << 23  # characters: a record still undecodable with this much text after its start is broken


class JsDataError(ValueError):
    """The file is not an assignment of JSON, or the JSON is broken at `position` (on `line`)."""

    def __init__(self, message: str, position: int = 0, line: int = 0) -> None:
        super().__init__(message)
        self.position = position
        self.line = line


@dataclass(frozen=True)
class Cut:
    """Marks where an array stopped being readable: `index` records were read before it."""

    index: int
    reason: str


def _payload_start(text: str) -> int:
    """Offset of the JSON: bare JSON as is, else after the first `=` (the prefix is never evaluated)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("[", "{")):  # a re-serialised file holding bare JSON
        return len(text) - len(stripped)
    eq = text.find("=")
    if eq < 0:
        raise JsDataError("no `name = ` assignment and no JSON found")
    return _WS.match(text, eq + 1).end()


def read_object(text: str) -> Any:
    """The whole JSON value after the prefix (manifest.js, user_details.js)."""
    start = _payload_start(text)
    body = text[start:].rstrip().removesuffix(";")
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        raise JsDataError(f"invalid JSON ({exc.msg} at line {exc.lineno})", exc.pos) from None


class Stream:
    """A cursor over JSON text arriving in pieces: `text[pos:]` is what is not read yet.

    Only a sliding window of about one piece is held; what was read before it is dropped. With
    `lines`, its newlines are counted so that errors name their line (about 8 % of X's decoding
    time, so X's reader, which reports record numbers, does without). Broken JSON raises JsDataError.
    """

    def __init__(self, pieces: Iterable[str], lines: bool = False) -> None:
        self._pieces = iter(pieces)
        self.text, self.pos, self.eof = "", 0, False
        self._lines = 0 if lines else None  # newlines in the text already dropped, when counted

    def more(self) -> bool:
        """Append the next piece (dropping what was read); False at the end of the file."""
        for piece in self._pieces:
            if piece:
                if self._lines is not None:
                    self._lines += self.text.count("\n", 0, self.pos)
                self.text, self.pos = self.text[self.pos :] + piece, 0
                return True
        self.eof = True
        return False

    def peek(self) -> str:
        """The next non-blank character (consumed blanks), or "" at the end of the file."""
        while True:
            self.pos = _WS.match(self.text, self.pos).end()
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.more():
                return ""

    def error(self, message: str, at: int | None = None) -> JsDataError:
        """A JsDataError for the window position `at` (default: the cursor), with its line if counted (else 0)."""
        at = self.pos if at is None else at
        return JsDataError(message, at, 0 if self._lines is None else self._lines + self.text.count("\n", 0, at) + 1)

    def decode(self) -> Any:
        """One JSON value at `pos`; reads further pieces while the value may go on past the window."""
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                if self.eof or len(self.text) - self.pos > MAX_RECORD or not self.more():
                    raise self.error(exc.msg, exc.pos) from None
                continue
            if self.eof or not _MAY_GO_ON.match(self.text, end) or not self.more():
                self.pos = end
                return value

    def array(self) -> Iterator[Any]:
        """Each element of the array whose `[` is next, decoded one at a time."""
        self.pos += 1
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.decode()
            sep = _NEXT.match(self.text, self.pos)
            if sep and sep.end() < len(self.text):  # the usual case: the next element is in the window
                self.pos = sep.end()
                continue
            after = self.peek()
            if after == ",":
                self.pos += 1
                self.peek()
            elif after == "]":
                self.pos += 1
                return
            else:
                raise self.error("expected `,` or `]`")

    def members(self) -> Iterator[str]:
        """Each key of the object whose `{` is next; its value is next, to be read before the next key."""
        self.pos += 1
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.error("Expecting property name enclosed in double quotes")
            key = self.decode()
            if self.peek() != ":":
                raise self.error("Expecting ':' delimiter")
            self.pos += 1
            yield key
            after = self.peek()
            if after == ",":
                self.pos += 1
            elif after == "}":
                self.pos += 1
                return
            else:
                raise self.error("Expecting ',' delimiter")

    def skip_prefix(self) -> None:
        """Move to the JSON: bare JSON as is, else after the first `=` of the first PREFIX_LIMIT characters."""
        if self.peek() in ("[", "{"):
            return
        while True:
            eq = self.text.find("=", self.pos)
            if eq >= 0:
                self.pos = eq + 1
                return
            if len(self.text) > PREFIX_LIMIT or not self.more():
                raise JsDataError("no `name = ` assignment and no JSON found")


def _pieces(source: str | Iterable[str]) -> Iterator[str]:
    """A whole text is one piece; a leading byte-order mark is dropped."""
    pieces = iter((source,) if isinstance(source, str) else source)
    for piece in pieces:
        if piece:
            yield piece.removeprefix("\ufeff")
            break
    yield from pieces


def iter_array(source: str | Iterable[str]) -> Iterator[Any | Cut]:
    """Each element of the JSON array after the prefix; a Cut last if the array is broken."""
    stream = Stream(_pieces(source))
    stream.skip_prefix()
    if stream.peek() != "[":
        raise JsDataError("the data after `=` is not a JSON array")
    count = 0
    try:
        for value in stream.array():
            yield value
            count += 1
    except JsDataError as exc:
        yield Cut(count, f"file is cut off or broken after record {count} ({exc})")
