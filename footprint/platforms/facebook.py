"""Facebook "Download Your Information" exports of every layout, JSON and HTML (FORMATS.md §2).

Layouts (files are found by basename anywhere in the tree, so all four read the same way):
  F1 2018–2020  posts/your_posts_1.json, comments/comments.json {"comments"}, likes_and_reactions/…
  F2 2020–2022  the same with `_v2` keys, comments_and_reactions/…
  F3 2022–2024  your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json …
  F4 2024+      your_facebook_activity/…, likes_and_reactions.json with `label_values` trees
Read: own posts (status, links, photos and videos, check-ins, life events, notes, polls,
re-shares), posts others wrote on the timeline, comments (also in groups), reactions and likes,
pages liked or followed, groups joined, events joined or interested, profile fields and their
dated changes (profile_update_history.json). The people
who follow the person are only counted, for reach (footprint/platforms/_followers.py).
Record files (posts, comments, reactions…: the big ones) are streamed, one record decoded and
un-mojibaked at a time, keys included (FORMATS §2.8); the profile and albums are small and read
whole. Facebook gives no ids or permalinks: ids are hashes of date, kind and text, and `url`
stays None.

HTML exports (FORMATS §2.9) are read for the same files, by class names old and new with a
structural fallback. Their dates have no time zone: they are taken as America/Toronto local
time (the account holder's zone is not in the export) and marked `time_is_estimate`.

Private messages (messages/, inbox/, message_N.json …) are never opened: each messages folder
is reported as present, not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any

from footprint.model import Kind, Post, Problem, ProblemKind
from footprint.platforms import _facebook_records as records
from footprint.platforms._archive import Archive, Member
from footprint.platforms._facebook_html import profile_rows
from footprint.platforms._facebook_json import epoch, record_lists
from footprint.platforms._facebook_private import private_problems, private_root
from footprint.platforms._facebook_profile import html_label, json_entries
from footprint.platforms._facebook_reader import Reader
from footprint.platforms._facebook_records import Rec
from footprint.platforms._followers import count_facebook, facebook_files, with_followers
from footprint.text import clean_text

NAME = "facebook"
LABEL = "Facebook"
MARKERS = (
    "your_posts__check_ins__photos_and_videos_*.json", "your_posts_*.json", "profile_information.json",
    "your_posts__check_ins__photos_and_videos_*.html", "your_posts_*.html", "profile_information.html",
    "comments.json", "comments.html", "likes_and_reactions*.json", "posts_and_comments.json",
    "your_group_membership_activity.json", "pages_you've_liked.json", "your_event_responses.json",
    "other_people's_posts_to_your_timeline.json", "your_comments_in_groups.json", "group_posts_and_comments.json",
    "message_*.json", "message_*.html",  # a messages-only download must still be recognised (and not read)
)

# Which file holds what, by basename without extension (rules are data). Apostrophes in names
# (`pages_you've_liked`) are sometimes written `_` by unzip tools (FORMATS §2.2): accept both.
FILES: tuple[tuple[str, str], ...] = (
    (r"your_posts(?:_\d+)?|your_posts__check_ins__photos_and_videos(?:_\d+)?", "posts"),
    (r"other_people['’_]?s_posts_to_your_timeline(?:_\d+)?|posts_on_your_timeline", "wall"),
    (r"comments(?:_\d+)?|your_comments_in_groups(?:_\d+)?", "comments"),
    (r"group_posts_and_comments(?:_\d+)?|your_posts_and_comments_in_groups(?:_\d+)?|your_group_posts(?:_\d+)?", "group_posts"),
    (r"posts_and_comments|likes_and_reactions(?:_\d+)?", "reactions"),
    (r"pages|pages_you['’_]?ve_liked|pages_you_have_liked|liked_pages", "pages"),
    (r"pages_and_profiles_you_follow|pages_you_follow|followed_pages|following|who_you['’_]?ve_followed|pages_and_profiles_you['’_]?ve_followed", "follows"),
    (r"your_group_membership_activity|groups_you['’_]?ve_joined|your_groups", "groups"),
    (r"your_event_responses|event_responses", "events"),
    (r"profile_information", "profile"),
    (r"profile_update_history", "profile_updates"),
    (r"your_uncategorized_photos|your_videos|your_photos", "media"),
)
_FILES = tuple((re.compile(rf"(?:{pattern})", re.I), kind) for pattern, kind in FILES)
_ALBUM = re.compile(r"(^|/)album/[^/]+\.json$", re.I)
_DECLINED = re.compile(r"declin|refus", re.I)  # events declined: not an affiliation, reported and not audited


def file_kind(member: Member) -> str | None:
    """What a member holds, from its basename (and `album/` for album files)."""
    stem = PurePosixPath(member.name).stem
    if PurePosixPath(member.name).suffix.lower() not in (".json", ".html", ".htm"):
        return None
    for pattern, kind in _FILES:
        if pattern.fullmatch(stem):
            return kind
    return "album" if _ALBUM.search(member.path) else None


_DOCUMENTS = ("*.json", "*.html", "*.htm")
_NOT_CONTENT = {"index.html", "index.htm", "start_here.html", "your_information.html"}  # navigation pages


def _members(r: Reader, *kinds: str) -> list[Member]:
    """Members of these kinds in natural order (part 2 before part 10), private folders never included."""
    return [m for m in r.archive.find(*_DOCUMENTS) if private_root(m) is None and file_kind(m) in kinds]


def _profile(r: Reader) -> Iterator[Post | Problem]:
    """Profile fields, one entry per value; read first so that the owner's name is known."""
    for member in sorted(_members(r, "profile"), key=lambda m: m.where):
        found = r.document(member)
        if found is None:
            continue
        form, doc = found
        url = None
        if form == "json":
            profile = _profile_dict(doc)
            if profile is None:
                r.bad_file(member, "unknown layout: no profile object")
                continue
            url = profile.get("profile_uri") if isinstance(profile.get("profile_uri"), str) else None
            entries = list(json_entries(profile))
        else:
            entries = [(html_label(label), value, None) for label, value in profile_rows(doc)]
            if not entries and len(doc.lines()) > 2:
                r.bad_file(member, "unknown layout: no profile fields found in this HTML page")
        for index, (label, value, when) in enumerate(entries):
            text = clean_text(value).strip()
            if label == "name" and not r.owner:
                r.owner = text
            if not text:
                continue
            rec = Rec(f"{member.where}#{label}/{index}", when)
            post = records.make_post(rec, Kind.PROFILE, text, owner_words=True, label=label)
            yield replace(post, id=f"profile:{label}:{post.id[:12]}", url=url)


def _profile_dict(doc: Any) -> Mapping[str, Any] | None:
    """`profile_v2` (F2+) or `profile` (F1), or any single object value, or the document itself."""
    if not isinstance(doc, Mapping):
        return None
    objects = [v for v in doc.values() if isinstance(v, Mapping)]
    if len(doc) == 1 and len(objects) == 1:
        return objects[0]
    return doc if doc else None


def _events(r: Reader, member: Member) -> Iterator[Post | Problem]:
    """Events joined or interested; a declined event is no affiliation: reported, not audited (every record ends up
    as a post or a problem)."""
    for key, rec in r.recs(member):
        if _DECLINED.search(key):
            yield records.bad(rec, "event declined: not an affiliation, not audited")
        else:
            yield records.membership(rec, Kind.GROUP)


def _photos(r: Reader, member: Member) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(locator, photo) of a media list (streamed) or an album (`album/N.json`: small, read whole)."""
    if file_kind(member) == "media":
        found = r.stream(member)
        if found is not None and found[0] == "json":
            yield from ((f"{key}/{i}", p) for key, i, p in found[1] if isinstance(p, Mapping))
        return
    found = r.document(member)
    if found is None or found[0] != "json":
        return
    doc = found[1]
    if isinstance(doc, Mapping) and isinstance(doc.get("photos"), list):  # album/N.json
        yield from ((f"photos/{i}", p) for i, p in enumerate(doc["photos"]) if isinstance(p, Mapping))
        if isinstance(doc.get("description"), str):
            yield "description", {"description": doc["description"], "creation_timestamp": doc.get("last_modified_timestamp")}
    else:
        yield from ((f"{key}/{i}", p) for key, lst in record_lists(doc) for i, p in enumerate(lst) if isinstance(p, Mapping))


def _album(r: Reader, member: Member) -> Iterator[Post | Problem]:
    """Album and media files: captions the posts file does not already hold."""
    for locator, photo in _photos(r, member):
        text = clean_text(photo.get("description") if isinstance(photo.get("description"), str) else "").strip()
        if not text or r.own(text) in r.own_texts:
            continue  # no caption, or the caption of a post already read
        rec = Rec(f"{member.where}#{locator}", epoch(photo.get("creation_timestamp")) or epoch(photo.get("timestamp")))
        if rec.created_at is None:
            yield records.bad(rec, "photo caption without a date")
            continue
        r.own_texts.add(r.own(text))
        yield records.make_post(rec, Kind.POST, text, owner_words=True)


def _convert(r: Reader, member: Member, convert: Callable[[Rec], Post | Problem]) -> Iterator[Post | Problem]:
    for _, rec in r.recs(member):
        yield convert(rec)


def _content(r: Reader) -> Iterator[Post | Problem]:
    """Every recognised file but the profile, posts first (album captions are checked against them)."""
    handlers: dict[str, Callable[[Member], Iterator[Post | Problem]]] = {
        "posts": lambda m: _convert(r, m, lambda rec: records.own_post(rec, r.owner)),
        "group_posts": lambda m: _convert(r, m, lambda rec: (records.comment if rec.comment else _group_post)(rec, r.owner)),
        "wall": lambda m: _convert(r, m, lambda rec: records.wall_post(rec, r.owner)),
        "comments": lambda m: _convert(r, m, lambda rec: records.comment(rec, r.owner)),
        "reactions": lambda m: _convert(r, m, lambda rec: records.reaction(rec, r.owner)),
        "pages": lambda m: _convert(r, m, lambda rec: records.membership(rec, Kind.PAGE_FOLLOW)),
        "follows": lambda m: _convert(r, m, lambda rec: records.membership(rec, Kind.PAGE_FOLLOW)),
        "groups": lambda m: _convert(r, m, lambda rec: records.membership(rec, Kind.GROUP)),
        "events": lambda m: _events(r, m),
        "profile_updates": lambda m: _convert(r, m, records.profile_update),
        "album": lambda m: _album(r, m),
        "media": lambda m: _album(r, m),
    }
    captions = bool(_members(r, "album", "media"))  # the owner's texts are kept only to skip their captions
    for kind, handler in handlers.items():
        for member in _members(r, kind):
            for item in handler(member):
                if captions and isinstance(item, Post) and item.kind is Kind.POST and item.author_is_owner:
                    r.own_texts.add(r.own(item.text))
                yield item


def _group_post(rec: Rec, owner: str | None) -> Post | Problem:
    return records.own_post(rec, owner, group_file=True)


def _documents(archive: Archive) -> list[Member]:
    """JSON and HTML files outside the messages folders, navigation pages left out."""
    return [m for m in archive.find(*_DOCUMENTS) if private_root(m) is None and m.name.lower() not in _NOT_CONTENT]


def _unknown_layout(archive: Archive) -> Problem:
    """Nothing recognised: name the files seen so the user (or a maintainer) can tell what this is."""
    seen = sorted({m.name for m in _documents(archive)})
    listed = ", ".join(seen[:12]) + (f" (+{len(seen) - 12} more)" if len(seen) > 12 else "")
    return Problem(ProblemKind.UNSUPPORTED, archive.label,
                   f"unknown Facebook layout: no posts, comments, reactions, pages, groups or profile file found; files seen: {listed or 'none'}", records=0)


def parse(archive: Archive) -> Iterator[Post | Problem]:
    """Every post, comment, reaction, membership and profile entry; everything unreadable as a Problem."""
    r = Reader(archive)
    documents = _documents(archive)
    recognised = any(file_kind(m) for m in documents)
    yield from private_problems(archive, nothing_else=not recognised)
    if documents and not recognised:
        yield _unknown_layout(archive)
    yield from _profile(r)
    followers = count_facebook(facebook_files(documents), lambda member: _entries(r, member))
    yield from (with_followers(item, followers) for item in _content(r))
    yield from r.problems


def _entries(r: Reader, member: Member) -> int | None:
    """How many people a followers file lists (each entry decoded then dropped: no name is kept); None for HTML."""
    found = r.stream(member)
    return sum(1 for _ in found[1]) if found is not None and found[0] == "json" else None
