"""One X/Twitter tweet object (any era) to a Post: dates, text, kind, links (FORMATS.md §1.4, §1.11)."""

from __future__ import annotations

import re
from collections.abc import Mapping  # not typing.Mapping: isinstance checks on it are several times slower
from datetime import datetime, timedelta, timezone
from typing import Any

from footprint.model import Kind, Post
from footprint.text import clean_text

_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)}
# Eras B–E: "Thu Oct 12 17:40:03 +0000 2023" (English names whatever the locale, so no strptime %b).
_MODERN = re.compile(r"^\w{3} (\w{3}) (\d{1,2}) (\d\d):(\d\d):(\d\d) ([+-]\d{4}) (\d{4})$")
# Era A and tweets.csv: "2013-05-05 18:20:11 +0000"; ISO 8601 "2022-01-27T15:58:52.744Z" elsewhere.
_LEGACY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?$")
_STATUS_URL = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(\w+)/status(?:es)?/(\d+)", re.I)
_RT = re.compile(r"^RT:? @(\w+):? ")
_SNOWFLAKE_EPOCH_MS = 1288834974657


def _offset(text: str | None) -> timezone:
    """A fixed offset from "+0000", "-05:00" or "Z"."""
    if not text or text == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def parse_time(value: Any) -> datetime | None:
    """Any X timestamp format to an aware UTC datetime; None when absent or unreadable."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    m = _MODERN.match(value)
    if m and m.group(1) in _MONTHS:
        month, day, hh, mm, ss, off, year = m.groups()
        local = datetime(int(year), _MONTHS[month], int(day), int(hh), int(mm), int(ss), tzinfo=_offset(off))
        return local.astimezone(timezone.utc)
    m = _LEGACY.match(value)
    if m:
        y, mo, d, hh, mm, ss, off = m.groups()
        try:
            local = datetime(int(y), int(mo), int(d), int(hh), int(mm), int(ss), tzinfo=_offset(off))
        except ValueError:
            return None
        return local.astimezone(timezone.utc)
    return None


def snowflake_time(tweet_id: str) -> datetime | None:
    """When a tweet was created, from its id (ids after Nov 2010); used to date likes."""
    if not tweet_id.isdigit() or int(tweet_id) < (1 << 22) * 10**6:
        return None
    ms = (int(tweet_id) >> 22) + _SNOWFLAKE_EPOCH_MS
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


def tweet_id(obj: Mapping[str, Any]) -> str | None:
    """The id as a string: `id_str` first (era A `id` is a number past 2**53)."""
    for key in ("id_str", "id", "tweet_id", "tweetId"):
        value = obj.get(key)
        if isinstance(value, str) and value.strip().isdigit():
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool) and key != "id":
            return str(value)
    value = obj.get("id")
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else None


def expand_links(text: str, entities: Mapping[str, Any] | None) -> str:
    """Replace each t.co link with the URL it stands for, from `entities.urls` and `entities.media`."""
    if not entities or "t.co/" not in text:
        return text
    for group in ("urls", "media"):
        for ent in entities.get(group) or ():
            if not isinstance(ent, Mapping):
                continue
            short, full = ent.get("url"), ent.get("expanded_url") or ent.get("expanded")
            if isinstance(short, str) and isinstance(full, str) and short and short in text:
                text = text.replace(short, full)
    return text


def _int(value: Any) -> int | None:
    """Counts are strings in eras B–E and numbers in era A."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _quoted(obj: Mapping[str, Any], entities: Mapping[str, Any]) -> str | None:
    """The quoted tweet's URL: `quoted_status_id_str` or, as in real archives, the last status link."""
    qid = obj.get("quoted_status_id_str")
    if qid:
        return f"https://x.com/i/web/status/{qid}"
    urls = [u.get("expanded_url") or "" for u in entities.get("urls") or () if isinstance(u, Mapping)]
    for url in reversed(urls):
        if _STATUS_URL.match(url) and "/photo/" not in url and "/video/" not in url:
            return url
    return None


def tweet_to_post(obj: Mapping[str, Any], *, handle: str | None, owner_id: str | None, source: str,
                  deleted: bool = False, audience: str | None = None) -> Post | str:
    """A Post, or the reason (str) this record cannot be one (missing id, date or text)."""
    tid = tweet_id(obj)
    if tid is None:
        return "record has no tweet id"
    created = parse_time(obj.get("created_at"))
    if created is None:
        return f"tweet {tid} has no readable created_at ({str(obj.get('created_at'))[:40]!r})"
    raw = obj.get("full_text", obj.get("text"))
    if not isinstance(raw, str) or not raw.strip():
        return f"tweet {tid} has no text"
    entities = obj.get("entities") if isinstance(obj.get("entities"), Mapping) else {}
    kind, author, owner_words = Kind.POST, None, True
    retweeted = obj.get("retweeted_status")
    if isinstance(retweeted, Mapping):  # era A keeps the whole original; its text is not truncated
        user = retweeted.get("user") if isinstance(retweeted.get("user"), Mapping) else {}
        author = user.get("screen_name") or (_RT.match(raw).group(1) if _RT.match(raw) else None)
        inner = retweeted.get("full_text", retweeted.get("text"))
        if isinstance(inner, str) and inner.strip():
            raw = f"RT @{author}: {inner}" if author else inner
            entities = retweeted.get("entities") if isinstance(retweeted.get("entities"), Mapping) else entities
        kind, owner_words = Kind.REPOST, False
    elif _RT.match(raw):  # eras B–E: no retweeted_status, text "RT @x: …" cut at 140 chars (timhutton#39)
        kind, owner_words, author = Kind.REPOST, False, _RT.match(raw).group(1)
    text = expand_links(clean_text(raw, unescape_html=True), entities)
    reply_to = obj.get("in_reply_to_status_id_str") or obj.get("in_reply_to_status_id")
    in_reply_to = None
    if kind is Kind.POST and reply_to not in (None, "", 0):
        kind = Kind.REPLY
        in_reply_to = obj.get("in_reply_to_screen_name") or _first_mention(entities)
        if str(obj.get("in_reply_to_user_id_str") or obj.get("in_reply_to_user_id") or "") == (owner_id or "-"):
            in_reply_to = handle or in_reply_to  # a thread: the owner answering themself
    elif kind is Kind.POST and _quoted(obj, entities):
        kind = Kind.QUOTE
    metrics = {k: v for k, v in (("likes", _int(obj.get("favorite_count"))), ("reposts", _int(obj.get("retweet_count")))) if v is not None}
    url = f"https://x.com/{handle}/status/{tid}" if handle else f"https://x.com/i/web/status/{tid}"
    lang = obj.get("lang") if isinstance(obj.get("lang"), str) else None
    return Post(
        platform="x", id=tid, created_at=created, text=text, kind=kind, author_is_owner=owner_words,
        url=url, lang=lang, audience=audience, source=source, author=author, in_reply_to=in_reply_to,
        deleted=deleted, metrics=metrics,
    )


def _first_mention(entities: Mapping[str, Any]) -> str | None:
    """Old replies may lack in_reply_to_screen_name; the first mention is the addressee."""
    for mention in entities.get("user_mentions") or ():
        if isinstance(mention, Mapping) and mention.get("screen_name"):
            return mention["screen_name"]
    return None
