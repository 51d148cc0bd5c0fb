"""How many people follow the person, for reach (`Post.metrics["followers"]`, footprint/assess.py): counted, never kept.

X (FORMATS.md §1.2): `follower.js` (and `follower-part*.js`), `window.YTD.follower.part0 = [{"follower":
{"accountId", "userLink"}}, …]`, streamed element by element (`_jsdata.iter_array`): only the number of
entries is kept, never an id or a link. A cut or broken file is a problem (nothing is lost: followers
are not posts); the entries before the break are counted, or the manifest's count when it has one.

Facebook: the file of people who follow the person, named differently in each era (not described in
FORMATS.md; names and keys as public importers read them): F1 `following_and_followers/followers.json`
(`{"followers": [{"name"…}]}`), F2 `friends_and_followers/followers.json` (`followers_v2`), F3/F4
`connections/followers/people_who_followed_you[_N].json` (`followers_v3` or `followers_v2`, or a bare
list). JSON only: the HTML export's page is not counted. Friends lists are not counted (FORMATS.md does
not describe them). LinkedIn connections are never opened (their contact details are private).

With several archives of one account, parts of one archive add up and the largest archive count is
used. The count goes on what the person's followers see of them: their own posts, replies and quotes,
not likes, reposts, comments, profile fields, nor posts shown to a circle, a community or a group.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Callable, Iterable, TypeVar

from footprint.model import Kind, Post, Problem, ProblemKind
from footprint.platforms._archive import Archive, Member, MemberReadError
from footprint.platforms._jsdata import Cut, JsDataError, iter_array

X_FILES = ("follower.js", "follower-part*.js")
REACHED = (Kind.POST, Kind.REPLY, Kind.QUOTE)  # what followers see in their feed
_FACEBOOK_NAME = re.compile(r"people_who_followed_you(?:_\d+)?\.json", re.I)
_FACEBOOK_OLD = re.compile(r"followers(?:_\d+)?\.json", re.I)  # F1, F2: only in these folders (Instagram has its own)
_FACEBOOK_FOLDERS = {"following_and_followers", "friends_and_followers", "followers"}

T = TypeVar("T")


def _largest(per_source: dict[int, int]) -> int | None:
    """The count of the archive that has the most followers (parts of one archive added up); None when no file."""
    return max(per_source.values()) if per_source else None


def count_x(archive: Archive, manifest_counts: dict[str, int]) -> tuple[int | None, list[Problem]]:
    """(followers, problems) from X's follower files; (None, []) when the archive has none."""
    per_source: dict[int, int] = {}
    problems: list[Problem] = []
    for member in archive.find(*X_FILES):
        n, broken = 0, ""
        try:
            for item in iter_array(member.iter_text()):
                if isinstance(item, Cut):
                    broken = item.reason
                    break
                n += 1
        except (MemberReadError, JsDataError) as exc:
            broken = f"cannot read after entry {n}: {exc}" if n else f"cannot read: {exc}"
        if broken:
            listed = manifest_counts.get(member.name.lower(), 0)
            counted = f"the manifest's count is used: {listed}" if listed > n else f"followers counted up to there: {n}"
            problems.append(Problem(ProblemKind.BAD_FILE, member.where, f"{broken}; {counted} (no post is lost)", f"#{n}" if n else "", records=0))
            n = max(n, listed)
            if n == 0:
                continue  # nothing read and no manifest count: unknown, not zero
        per_source[id(member.source)] = per_source.get(id(member.source), 0) + n
    return _largest(per_source), problems


def facebook_files(members: Iterable[Member]) -> list[Member]:
    """The members that list the people who follow the person, in any era."""
    found = []
    for member in members:
        parent = PurePosixPath(member.path).parent.name.lower()
        if _FACEBOOK_NAME.fullmatch(member.name) or (_FACEBOOK_OLD.fullmatch(member.name) and parent in _FACEBOOK_FOLDERS):
            found.append(member)
    return found


def count_facebook(members: Iterable[Member], count: Callable[[Member], int | None]) -> int | None:
    """Followers from Facebook's files; `count` gives one file's entries (None if it is not JSON)."""
    per_source: dict[int, int] = {}
    for member in members:
        n = count(member)
        if n is not None:
            per_source[id(member.source)] = per_source.get(id(member.source), 0) + n
    return _largest(per_source)


def with_followers(item: T, followers: int | None) -> T:
    """The item with `metrics["followers"]` when it is a post the person's followers see; anything else as it is."""
    if followers is None or not isinstance(item, Post) or not item.author_is_owner or item.kind not in REACHED or item.audience:
        return item
    return replace(item, metrics={**item.metrics, "followers": followers})

