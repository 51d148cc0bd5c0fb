"""X note tweets (note-tweet.js): long posts whose tweet is cut at 280 characters (FORMATS.md §1.5).

A tweet takes its note's full text when the note was created within a second of it and starts
with the tweet's words; a note no tweet claimed is still the owner's words, a post of its own.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any, Iterable, Iterator

from footprint.model import Kind, Post
from footprint.platforms._tweet import parse_time
from footprint.text import clean_text

_URL = re.compile(r"https?://\S+")
_LEADING_HANDLES = re.compile(r"^(?:@\w+\s+)+")


class Notes(list):
    """Note tweets in file order, indexed by creation second: a tweet looks at ±1 s, not at every note."""

    def __init__(self, notes: Iterable[dict[str, Any]] = ()) -> None:
        super().__init__(notes)
        self._by_second: dict[int, list[tuple[int, dict[str, Any]]]] = {}
        for position, note in enumerate(self):
            self._by_second.setdefault(math.floor(note["created"].timestamp()), []).append((position, note))

    def near(self, when: datetime) -> list[dict[str, Any]]:
        """Notes created within a second of `when` (a superset of them), in file order."""
        second = math.floor(when.timestamp())
        found = [hit for s in (second - 1, second, second + 1) for hit in self._by_second.get(s, ())]
        return [note for _, note in sorted(found, key=lambda hit: hit[0])]


def read_notes(r: Any, deleted: bool) -> Notes:
    """Long posts (note-tweet.js): full text, creation time, and whether a tweet claimed them."""
    notes = []
    for member in r.archive.find("deleted-note-tweet*.js" if deleted else "note-tweet*.js"):
        for index, note in r.records(member, ("noteTweet",)):
            core = note.get("core") if isinstance(note, Mapping) else None
            text = core.get("text") if isinstance(core, Mapping) else None
            created = parse_time(note.get("createdAt")) if isinstance(note, Mapping) else None
            nid = str(note.get("noteTweetId", "")) if isinstance(note, Mapping) else ""
            if not (isinstance(text, str) and text.strip() and created and nid):
                r.problems.append(r.bad(member, index, "note tweet without id, date or text"))
                continue
            notes.append({"id": nid, "created": created, "text": text, "core": core, "where": f"{member.where}#{index}", "used": False})
    return Notes(notes)


def _plain(text: str) -> str:
    """Text without links, the truncation mark or the @handles a reply opens with, HTML entities decoded and whitespace
    folded, for prefix matching: a tweet's `full_text` keeps X's entities (`&amp;`) and a reply's handles, which the
    note's `core.text` may not."""
    text = html.unescape(text.replace("…", " "))
    return " ".join(_LEADING_HANDLES.sub("", _URL.sub(" ", text).strip()).split())


def join_note(post: Post, raw: str, notes: Notes) -> Post:
    """Swap a truncated tweet's text for its note's full text: ±1 s and a shared prefix (FORMATS §1.5)."""
    near = notes.near(post.created_at) if notes else None
    if not near:
        return post
    head = _plain(raw)[:100]
    for note in near:
        if note["used"] or abs((note["created"] - post.created_at).total_seconds()) > 1.0:
            continue
        if head and _plain(note["text"]).startswith(head):
            note["used"] = True
            return replace(post, text=note_text(note))
    return post


def note_text(note: Mapping[str, Any]) -> str:
    """The note's text, cleaned once, with its t.co links expanded where `core.urls` says how."""
    text = clean_text(note["text"], unescape_html=True)
    for url in note["core"].get("urls") or ():
        if isinstance(url, Mapping) and isinstance(url.get("shortUrl"), str) and isinstance(url.get("expandedUrl"), str):
            text = text.replace(url["shortUrl"], url["expandedUrl"])
    return text


def orphan_notes(notes: Iterable[dict[str, Any]], platform: str, deleted: bool) -> Iterator[Post]:
    """Note tweets no tweet claimed are still the owner's words (FORMATS §1.5)."""
    for note in notes:
        if note["used"]:
            continue
        yield Post(platform=platform, id=f"note:{note['id']}", created_at=note["created"], text=note_text(note),
                   kind=Kind.POST, author_is_owner=True, url=None, source=note["where"], deleted=deleted)
