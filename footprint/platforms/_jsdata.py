"""Reading the JSON inside X's `.js` files without executing them (FORMATS.md §1.3).

`window.YTD.tweets.part0 = [ … ]`, `Grailbird.data.tweets_2013_05 = [ … ]`,
`window.__THAR_CONFIG = { … }`, `var tweet_index = [ … ]`: the JSON is everything after the
first `=`, with an optional trailing `;`. Arrays are decoded one element at a time so that a
file cut off in the middle still yields every complete record before the cut.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

_WS = re.compile(r"\s*")
_DECODER = json.JSONDecoder()


class JsDataError(ValueError):
    """The file is not an assignment of JSON, or the JSON is broken at `position`."""

    def __init__(self, message: str, position: int = 0) -> None:
        super().__init__(message)
        self.position = position


@dataclass(frozen=True)
class Cut:
    """Marks where an array stopped being readable: `index` records were read before it."""

    index: int
    reason: str


def _payload_start(text: str) -> int:
    """Offset of the JSON after the first `=` (the assignment prefix is never evaluated)."""
    eq = text.find("=")
    if eq < 0:
        stripped = text.lstrip()
        if stripped.startswith(("[", "{")):  # a re-serialised file holding bare JSON
            return len(text) - len(stripped)
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


def iter_array(text: str) -> Iterator[Any | Cut]:
    """Each element of the JSON array after the prefix; a Cut last if the array is broken."""
    i = _payload_start(text)
    if i >= len(text) or text[i] != "[":
        raise JsDataError("the data after `=` is not a JSON array")
    i = _WS.match(text, i + 1).end()
    if text.startswith("]", i):
        return
    count = 0
    while True:
        try:
            value, i = _DECODER.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            yield Cut(count, f"file is cut off or broken after record {count} ({exc.msg})")
            return
        yield value
        count += 1
        i = _WS.match(text, i).end()
        if text.startswith(",", i):
            i = _WS.match(text, i + 1).end()
        elif text.startswith("]", i):
            return
        else:
            yield Cut(count, f"file is cut off or broken after record {count} (expected `,` or `]`)")
            return
