"""Facebook JSON documents: decode, undo Meta's mojibake once, find record lists, walk label trees.

FORMATS.md §2.8: Meta writes each UTF-8 byte of non-ASCII text as its own `\\u00XX` escape, keys
included. A document is decoded, then every key and string value goes through
`fix_meta_mojibake` exactly once, here; nothing downstream fixes the text again.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from typing import Any, Iterator, Mapping

from footprint.text import fix_meta_mojibake

_DECODER = json.JSONDecoder()
_WS = re.compile(r"\s*")
_WRAPPED_LIST = re.compile(r'\{\s*"((?:[^"\\]|\\.)*)"\s*:\s*\[')  # `{"comments_v2": [` of a cut file


class JsonFileError(ValueError):
    """A file that is not JSON at all; the parser reports it as a BAD_FILE Problem."""


def fix_document(value: Any) -> Any:
    """Every key and string of a decoded document through the mojibake fix, once (FORMATS §2.8)."""
    if isinstance(value, str):
        return fix_meta_mojibake(value)
    if isinstance(value, list):
        return [fix_document(v) for v in value]
    if isinstance(value, dict):
        return {fix_meta_mojibake(k): fix_document(v) for k, v in value.items()}
    return value


def load(text: str) -> tuple[Any, str | None]:
    """(document, None), or for a cut-off file (salvaged document, reason) with every whole record kept."""
    try:
        return fix_document(json.loads(text)), None
    except json.JSONDecodeError as exc:
        reason = f"invalid JSON ({exc.msg} at line {exc.lineno})"
    salvaged = _salvage(text)
    if salvaged is None:
        raise JsonFileError(reason)
    records, key = salvaged
    doc = fix_document(records if key is None else {key: records})
    return doc, f"file is cut off or broken after record {len(records)}; the rest could not be read"


def _salvage(text: str) -> tuple[list[Any], str | None] | None:
    """Whole records before the cut of `[ … ` or `{"key": [ … `; None when the file is not such a list."""
    i = _WS.match(text).end()
    key = None
    if text.startswith("[", i):
        i += 1
    else:
        m = _WRAPPED_LIST.match(text, i)
        if not m:
            return None
        key, i = json.loads(f'"{m.group(1)}"'), m.end()
    records: list[Any] = []
    while True:
        i = _WS.match(text, i).end()
        try:
            value, i = _DECODER.raw_decode(text, i)
        except json.JSONDecodeError:
            return records, key
        records.append(value)
        i = _WS.match(text, i).end()
        if not text.startswith(",", i):
            return records, key
        i += 1


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
