"""X/Twitter archives of every era (FORMATS.md §1): Grailbird 2012–2018, root-level 2018–2020,
`data/tweet.js` 2020–2022, `data/tweets.js` with parts 2022+, plus notes, likes and profile.

Direct messages and Grok chats are never opened: they are reported as present, not read.
`follower.js` is only counted (footprint/platforms/_followers.py): the count goes on the owner's posts.
"""

from __future__ import annotations

import csv
import fnmatch
import hashlib
import io
import re
from collections import Counter
from collections.abc import Mapping  # not typing.Mapping: isinstance checks on it are several times slower
from datetime import datetime
from typing import Any, Iterator

from footprint.model import Kind, Post, Problem, ProblemKind
from footprint.platforms._archive import Archive, Member, MemberReadError
from footprint.platforms._followers import count_x, with_followers
from footprint.platforms._jsdata import Cut, JsDataError, iter_array, read_object
from footprint.platforms._x_notes import Notes, join_note, orphan_notes, read_notes
from footprint.platforms._tweet import parse_time, snowflake_time, tweet_id, tweet_to_post
from footprint.text import clean_text

NAME = "x"
LABEL = "X / Twitter"
MARKERS = (
    "tweets.js", "tweet.js", "tweets-part*.js", "tweet-part*.js", "tweets.csv", "tweet_index.js",
    "note-tweet.js", "like.js", "account.js", "profile.js", "tweet-headers.js", "Your archive.html",
)

PRIVATE = ("direct-message*.js", "direct_message*.js", "message-event*.js", "grok-chat-item*.js")
PRIVATE_DIRS = ("direct_messages_media", "direct_messages_group_media", "dm_media", "grok_chat_media")
TWEETS = ("tweets.js", "tweet.js", "tweets-part*.js", "tweet-part*.js")  # 2022 rename: timhutton#1
LIKES = ("like.js", "like-part*.js", "likes.js", "likes-part*.js")
# Files read into posts whose absence loses records the manifest counts (circle tweets are also in tweets.js).
MANIFEST_CHECKED = TWEETS + LIKES + ("note-tweet*.js", "deleted-note-tweet*.js", "deleted-tweets*.js", "deleted-tweet.js",
                                     "community-tweet*.js", "profile.js", "account.js")
_GRAILBIRD_MONTH = re.compile(r"(^|/)data/js/tweets/\d{4}_\d\d\.js$")
_URL = re.compile(r"https?://\S+")


class _Reader:
    """State of one archive's parse: owner, manifest counts, ids seen, problems."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.problems: list[Problem] = []
        self.manifest_counts: dict[str, int] = {}
        self.manifest_files: dict[str, tuple[str, str]] = {}  # basename -> (where the manifest is, listed path)
        self.generated: datetime | None = None
        self.handle: str | None = None
        self.owner_id: str | None = None
        self.accounts: list[tuple[Member, Mapping[str, Any]]] = []
        self.lost: Counter[str] = Counter()  # records reported lost per file basename (cut or unreadable files)
        self.bad_ids: set[str] = set()  # ids of tweets reported as bad records

    def records(self, member: Member, wrappers: tuple[str, ...]) -> Iterator[tuple[int, Any]]:
        """(index, record) of a `.js` array file, unwrapped, streamed; a broken file becomes a Problem."""
        index = 0
        try:
            for item in iter_array(member.iter_text()):
                if isinstance(item, Cut):
                    self._bad_file(member, item.reason + "; the records after it could not be read", f"#{item.index}", self._lost(member, item.index))
                    return
                yield index, _unwrap(item, wrappers)
                index += 1
        except (MemberReadError, JsDataError) as exc:
            if index == 0:
                self._bad_file(member, f"cannot read: {exc}", "", 0)
            else:  # streamed: the records before the error were read
                self._bad_file(member, f"cannot read after record {index}: {exc}; the records after it could not be read", f"#{index}", self._lost(member, index))

    def _bad_file(self, member: Member, reason: str, locator: str, records: int) -> None:
        """A file not read to its end; its lost records are remembered so tweet-headers.js does not count them again."""
        self.problems.append(Problem(ProblemKind.BAD_FILE, member.where, reason, locator, records))
        self.lost[member.name.lower()] += records

    def _lost(self, member: Member, read: int) -> int:
        """Records of a file not read, when the manifest says how many it holds (else 0: unknown)."""
        return max(self.manifest_counts.get(member.name.lower(), 0) - read, 0)

    def bad(self, member: Member, index: int, reason: str) -> Problem:
        """A record that cannot become a post."""
        return Problem(ProblemKind.BAD_RECORD, member.where, reason, f"#{index}")


def _unwrap(item: Any, wrappers: tuple[str, ...]) -> Any:
    """Modern files wrap each record ({"tweet": {…}}); era B has bare objects (timhutton#75)."""
    if isinstance(item, Mapping) and len(item) == 1:
        (key, value), = item.items()
        if key in wrappers and isinstance(value, Mapping):
            return value
    return item


def _read_owner(r: _Reader) -> None:
    """Handle and account id (for permalinks and self-replies), manifest counts and date."""
    for member in r.archive.find("manifest.js"):
        try:
            manifest = read_object(member.read_text())
        except (MemberReadError, JsDataError) as exc:
            r.problems.append(Problem(ProblemKind.BAD_FILE, member.where, f"cannot read the manifest: {exc}", records=0))
            continue
        if not isinstance(manifest, Mapping):
            continue
        info = manifest.get("userInfo") or {}
        r.handle = r.handle or info.get("userName")
        r.owner_id = r.owner_id or info.get("accountId")
        r.generated = r.generated or parse_time((manifest.get("archiveInfo") or {}).get("generationDate"))
        for data_type in (manifest.get("dataTypes") or {}).values():
            for f in (data_type or {}).get("files", ()) if isinstance(data_type, Mapping) else ():
                if isinstance(f, Mapping) and str(f.get("count", "")).isdigit():
                    name = str(f.get("fileName", "")).rsplit("/", 1)[-1].lower()
                    r.manifest_counts[name] = int(f["count"])
                    r.manifest_files.setdefault(name, (member.source.label, str(f.get("fileName"))))
    for member in r.archive.find("account.js"):
        for _, account in r.records(member, ("account",)):
            if isinstance(account, Mapping):
                r.accounts.append((member, account))
                r.handle = r.handle or account.get("username")
                r.owner_id = r.owner_id or account.get("accountId")


def _profile_entry(r: _Reader, field: str, value: Any, member: Member) -> Post | None:
    """A profile field as an audited entry; the id carries a hash so changed values both appear."""
    text = clean_text(value if isinstance(value, str) else None, unescape_html=True)
    if not text.strip():
        return None
    digest = hashlib.sha1(text.encode()).hexdigest()[:10]
    url = f"https://x.com/{r.handle}" if r.handle else None
    return Post(platform=NAME, id=f"profile:{field}:{digest}", created_at=r.generated, text=text,
                kind=Kind.PROFILE, author_is_owner=True, url=url, source=member.where, label=field)


def _profile(r: _Reader) -> Iterator[Post]:
    """Bio, location and website (profile.js), display name and handle (account.js, user_details.js)."""
    for member in r.archive.find("profile.js"):
        for _, profile in r.records(member, ("profile",)):
            desc = profile.get("description") if isinstance(profile, Mapping) else None
            for field in ("bio", "location", "website"):
                post = _profile_entry(r, field, (desc or {}).get(field), member)
                if post:
                    yield post
    for member, account in r.accounts:
        for field, key in (("display_name", "accountDisplayName"), ("handle", "username")):
            post = _profile_entry(r, field, account.get(key), member)
            if post:
                yield post
    for member in r.archive.find("user_details.js"):  # era A; its keys are not verified (FORMATS §15)
        try:
            details = read_object(member.read_text())
        except (MemberReadError, JsDataError):
            continue
        if isinstance(details, Mapping):
            r.handle = r.handle or details.get("screen_name")
            for field, key in (("display_name", "full_name"), ("bio", "bio"), ("location", "location"), ("website", "url")):
                post = _profile_entry(r, field, details.get(key), member)
                if post:
                    yield post


def _tweet_files(r: _Reader) -> Iterator[tuple[Member, tuple[str, ...], bool, str | None]]:
    """Every file holding tweet objects: (member, wrappers, deleted, audience)."""
    for member in r.archive.find(*TWEETS):
        yield member, ("tweet",), False, None
    for member in r.archive.find("community-tweet*.js"):
        yield member, ("tweet", "communityTweet"), False, "community"
    for member in r.archive.find("deleted-tweets*.js", "deleted-tweet.js"):
        yield member, ("tweet",), True, None
    for member in sorted((m for m in r.archive.members if _GRAILBIRD_MONTH.search(m.path)), key=lambda m: m.path):
        yield member, (), False, None


def _grailbird_csv(r: _Reader) -> Iterator[tuple[Member, int, dict[str, Any]]]:
    """tweets.csv rows as tweet-like dicts (the caller skips those its archive's monthly JS files already gave)."""
    for member in r.archive.find("tweets.csv"):
        try:
            reader = csv.DictReader(io.StringIO(member.read_text(), newline=""))
            rows = list(enumerate(reader))
        except (MemberReadError, csv.Error) as exc:
            r.problems.append(Problem(ProblemKind.BAD_FILE, member.where, f"cannot read the CSV: {exc}", records=0))
            continue
        for index, row in rows:
            text = row.get("text") or ""
            links = _URL.findall(text)
            expanded = [u for u in (row.get("expanded_urls") or "").split(",") if u]
            urls = [{"url": s, "expanded_url": e} for s, e in zip([u for u in links if "t.co/" in u], expanded)]
            yield member, index, {
                "id_str": row.get("tweet_id"), "created_at": row.get("timestamp"), "text": text,
                "in_reply_to_status_id_str": row.get("in_reply_to_status_id") or None,
                "in_reply_to_user_id_str": row.get("in_reply_to_user_id") or None,
                "entities": {"urls": urls},
            }


def _tweets(r: _Reader, circle_ids: set[str], notes: Notes, deleted_notes: Notes) -> Iterator[Post | Problem]:
    """Own tweets from every tweet file of every era, notes joined, circles marked.

    A long tweet deleted before the export is cut in deleted-tweets.js and whole in
    deleted-note-tweet.js (FORMATS §1.5, §1.6): deleted tweets are joined to the deleted notes.
    """
    seen: set[str] = set()
    js_sources: set[int] = set()
    for member, wrappers, deleted, audience in _tweet_files(r):
        if not wrappers:
            js_sources.add(id(member.source))
        for index, obj in r.records(member, wrappers):
            yield from _one_tweet(r, member, index, obj, seen, deleted, audience, circle_ids, deleted_notes if deleted else notes)
    for member, index, obj in _grailbird_csv(r):
        # era A holds every tweet twice: the monthly JS files win (their records are fuller); a tweet only the CSV has
        # is in a month whose file is missing, and is read from the CSV rather than lost
        if id(member.source) in js_sources and ((tid := str(obj.get("id_str"))) in seen or tid in r.bad_ids):
            continue
        yield from _one_tweet(r, member, index, obj, seen, False, None, circle_ids, notes)


def _one_tweet(r: _Reader, member: Member, index: int, obj: Any, seen: set[str], deleted: bool,
               audience: str | None, circle_ids: set[str], notes: Notes) -> Iterator[Post | Problem]:
    """One record to a Post or a Problem."""
    if not isinstance(obj, Mapping):
        yield r.bad(member, index, "record is not a JSON object")
        return
    user = obj.get("user")
    if r.handle is None and isinstance(user, Mapping):  # era A: every tweet carries its author
        r.handle, r.owner_id = user.get("screen_name"), r.owner_id or user.get("id_str")
    tid = tweet_id(obj)
    audience = audience or ("circle" if tid in circle_ids else None)
    post = tweet_to_post(obj, handle=r.handle, owner_id=r.owner_id, source=f"{member.where}#{index}", deleted=deleted, audience=audience)
    if isinstance(post, str):
        if tid:
            r.bad_ids.add(tid)
        yield r.bad(member, index, post)
        return
    raw = obj.get("full_text", obj.get("text")) or ""
    seen.add(post.id)
    yield join_note(post, raw, notes)


def _likes(r: _Reader) -> Iterator[Post | Problem]:
    """Liked tweets: someone else's words; dated by the liked tweet's id (likes carry no time)."""
    for member in r.archive.find(*LIKES):
        for index, like in r.records(member, ("like",)):
            tid = tweet_id(like) if isinstance(like, Mapping) else None
            if tid is None:
                yield r.bad(member, index, "like without tweetId")
                continue
            text = clean_text(like.get("fullText"), unescape_html=True)
            if not text.strip():
                yield r.bad(member, index, f"like of tweet {tid}: its text is not in the export (deleted or protected), nothing to audit")
                continue
            url = like.get("expandedUrl") if isinstance(like.get("expandedUrl"), str) else f"https://x.com/i/web/status/{tid}"
            yield Post(platform=NAME, id=tid, created_at=snowflake_time(tid), text=text, kind=Kind.LIKE,
                       author_is_owner=False, url=url, source=f"{member.where}#{index}", time_is_estimate=True)


def _private(r: _Reader) -> Iterator[Problem]:
    """Private-message files and folders: listed as present, never opened."""
    for member in r.archive.find(*PRIVATE):
        yield Problem(ProblemKind.NOT_READ_PRIVATE, member.where, "private messages: present, not read", records=0)
    folders = Counter(d for m in r.archive.members for d in m.path.split("/")[:-1] if d in PRIVATE_DIRS)
    for folder, n in sorted(folders.items()):
        yield Problem(ProblemKind.NOT_READ_PRIVATE, f"{r.archive.label}!{folder}/", f"private message media ({n} files): present, not read", records=0)


def _missing_files(r: _Reader) -> tuple[list[Problem], int]:
    """Files the manifest lists with records but the archive lacks: a part of the download is missing.

    Failing to read a part silently drops its tweets (FORMATS §1.3, tweetback#62); the manifest is
    the file index (§1.2). A count of 0 may have no file on disk, and files never read (messages,
    followers) lose no post, so only the files read into posts are checked. Also returns how many
    tweets the missing tweet files held, which tweet-headers.js would otherwise count again.
    """
    present = r.archive.basenames()
    problems, lost_tweets = [], 0
    for name, (label, listed) in r.manifest_files.items():
        count = r.manifest_counts.get(name, 0)
        if count and name not in present and any(fnmatch.fnmatchcase(name, p) for p in MANIFEST_CHECKED):
            problems.append(Problem(ProblemKind.BAD_FILE, f"{label}!{listed}",
                                    f"listed in manifest.js with {count} record(s) but not in the archive: part of the download is missing; "
                                    "give every zip of this X archive (or download it again)", records=count))
            lost_tweets += count if any(fnmatch.fnmatchcase(name, p) for p in TWEETS) else 0
    return problems, lost_tweets


def _headers_check(r: _Reader, seen_ids: set[str], already_lost: int = 0) -> Iterator[Problem]:
    """tweet-headers.js lists every tweet: ids missing from the tweet files mean a lost part (tweetback#62).

    `already_lost` tweets were reported with missing, cut or unreadable tweet files, and `seen_ids`
    includes the tweets reported as bad records: a tweet is one problem, not two.
    """
    missing: list[str] = []
    where = ""
    for member in r.archive.find("tweet-headers*.js"):
        where = member.where
        for _, header in r.records(member, ("tweet",)):
            tid = tweet_id(header) if isinstance(header, Mapping) else None
            if tid and tid not in seen_ids:
                missing.append(tid)
    if len(missing) > already_lost:
        yield Problem(ProblemKind.BAD_RECORD, where, f"{len(missing)} tweet(s) listed in tweet-headers.js are in no tweets file (a part file may be missing), e.g. {missing[0]}", records=len(missing) - already_lost)


def parse(archive: Archive) -> Iterator[Post | Problem]:
    """Every post, like and profile entry of an X archive; everything unreadable as a Problem."""
    r = _Reader(archive)
    _read_owner(r)
    followers, problems = count_x(archive, r.manifest_counts)  # counted before the posts it goes on
    r.problems.extend(problems)
    yield from _private(r)
    yield from _profile(r)
    circle: list[Post | Problem] = []
    circle_ids: set[str] = set()
    for member in archive.find("twitter-circle-tweet*.js"):
        for index, obj in r.records(member, ("tweet", "twitterCircleTweet")):
            if isinstance(obj, Mapping) and tweet_id(obj):
                circle_ids.add(tweet_id(obj))
            circle.append((member, index, obj))
    notes, deleted_notes = read_notes(r, deleted=False), read_notes(r, deleted=True)
    seen: set[str] = set()
    for item in _tweets(r, circle_ids, notes, deleted_notes):
        if isinstance(item, Post):
            seen.add(item.id)
        yield with_followers(item, followers)
    for member, index, obj in circle:  # circle tweets normally also sit in tweets.js
        if isinstance(obj, Mapping) and tweet_id(obj) in seen:
            continue
        yield from _one_tweet(r, member, index, obj, seen, False, "circle", circle_ids, notes)
    yield from (with_followers(p, followers) for p in orphan_notes(notes, NAME, deleted=False))
    yield from (with_followers(p, followers) for p in orphan_notes(deleted_notes, NAME, deleted=True))
    yield from _likes(r)
    missing_files, lost_tweets = _missing_files(r)
    yield from missing_files
    lost_tweets += sum(n for name, n in r.lost.items() if any(fnmatch.fnmatchcase(name, p) for p in TWEETS))
    yield from _headers_check(r, seen | r.bad_ids, lost_tweets)
    yield from r.problems
