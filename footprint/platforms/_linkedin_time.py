"""LinkedIn's date formats (FORMATS.md §3.5) to aware UTC datetimes, and ids derived from content.

Stamps without a zone (`2024-01-15 14:03:22` in Shares, Comments, Reactions, Votes; article
`Created on 2019-05-13 09:04`) are taken as UTC: FORMATS §3.5 says the zone is unverified and UTC is
the working assumption, and the files that do name a zone (messages, Company Follows, Rich_Media)
all say UTC/GMT.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone
from urllib.parse import unquote

UTC = timezone.utc
_MONTHS = {
    **{m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)},
    # A French-language account may get French month names [U]; cheap to accept.
    **{"janv": 1, "févr": 2, "fevr": 2, "mars": 3, "avr": 4, "mai": 5, "juin": 6, "juil": 7, "août": 8,
       "aout": 8, "sept": 9, "déc": 12},
}
# 2024-01-15 14:03:22 / 2024-01-15T14:03:22.000Z / 2026-01-01 10:00:00 UTC / 2019-05-13 09:04
_STAMP = re.compile(r"^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s*(?:Z|UTC|GMT|[+-]00:?00)?$", re.I)
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
# Company Follows: "Sat Sep 05 08:12:14 UTC 2026"
_JAVA = re.compile(r"^\w{3} (\w{3}) (\d{1,2}) (\d\d):(\d\d):(\d\d) (?:UTC|GMT) (\d{4})$")
# Rich_Media: "You uploaded a photo on April 12, 2026 at 8:03 AM (GMT)"
_PROSE = re.compile(r"\bon (\w+)\.? (\d{1,2}), (\d{4}) at (\d{1,2}):(\d\d) ?([AP]M)\b(?: ?\((?:GMT|UTC)\))?", re.I)
# Positions, Education: "Jan 2015", "January 2015", "2015"
_MONTH_YEAR = re.compile(r"^(?:(\w+)\.? )?(\d{4})$")
_URN = re.compile(r"urn:li:(share|ugcPost|activity):(\d+)", re.I)
_ACTIVITY_SLUG = re.compile(r"/posts/[^?#]*?-activity-(\d+)-", re.I)
LINKEDIN_LAUNCH = datetime(2003, 5, 5, tzinfo=UTC)


def _month(name: str) -> int | None:
    """1–12 from an English or French month name or abbreviation."""
    key = name.lower().rstrip(".")
    return next((_MONTHS[k] for k in (key, key[:4], key[:3]) if k in _MONTHS), None) if key else None


def _make(y: int, mo: int, d: int, hh: int = 0, mm: int = 0, ss: int = 0) -> datetime | None:
    """An aware UTC datetime, or None for an impossible date."""
    try:
        return datetime(y, mo, d, hh, mm, ss, tzinfo=UTC)
    except ValueError:
        return None


def parse_stamp(raw: str) -> datetime | None:
    """A point in time from any LinkedIn timestamp format; None when it is not one."""
    value = " ".join(raw.split())
    if m := _STAMP.match(value):
        y, mo, d, hh, mm, ss = (int(g or 0) for g in m.groups())
        return _make(y, mo, d, hh, mm, ss)
    if m := _DAY.match(value):
        return _make(*(int(g) for g in m.groups()))
    if (m := _JAVA.match(value)) and _month(m.group(1)):
        mon, d, hh, mm, ss, y = m.groups()
        return _make(int(y), _month(mon), int(d), int(hh), int(mm), int(ss))
    if (m := _PROSE.search(value)) and _month(m.group(1)):
        mon, d, y, hh, mm, half = m.groups()
        hour = int(hh) % 12 + (12 if half.upper() == "PM" else 0)
        return _make(int(y), _month(mon), int(d), hour, int(mm))
    return None


def parse_month(raw: str) -> datetime | None:
    """The first instant of "Jan 2015" or "2015" (Positions, Education: month or year precision)."""
    m = _MONTH_YEAR.match(" ".join(raw.split()))
    if not m:
        return None
    month = _month(m.group(1)) if m.group(1) else 1
    return _make(int(m.group(2)), month, 1) if month else None


def urn(link: str) -> tuple[str, int] | None:
    """("urn:li:share:123", 123) from a ShareLink, URL-encoded or not, or a /posts/…-activity-<id>- URL."""
    text = unquote(link)
    if m := _URN.search(text):
        kind = {"share": "share", "ugcpost": "ugcPost", "activity": "activity"}[m.group(1).lower()]
        return f"urn:li:{kind}:{m.group(2)}", int(m.group(2))
    if m := _ACTIVITY_SLUG.search(text):
        return f"urn:li:activity:{m.group(1)}", int(m.group(1))
    return None


def urn_time(number: int, now: datetime | None = None) -> datetime | None:
    """When a share was made, from its URN number (`id >> 22` ms, FORMATS §3.6 [P]); None if implausible."""
    try:
        when = datetime.fromtimestamp((number >> 22) // 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    latest = now or datetime.now(UTC)
    return when if LINKEDIN_LAUNCH <= when <= latest else None


def derived_id(kind: str, when: datetime | None, *parts: str) -> str:
    """A stable id for a record without one: the same record in a Basic and a Complete export matches."""
    stamp = when.isoformat() if when else ""
    digest = hashlib.sha1("\x1f".join((kind, stamp, *parts)).encode("utf-8")).hexdigest()
    return digest[:16]
