"""Dates of Facebook's HTML export: localised strings with no time zone (FORMATS §2.9).

Seen: "Apr 22, 2016, 5:33 PM", "Dec 25, 2020 11:30:00 pm", "Tuesday, April 22, 2016 at 5:33pm
UTC-04", "25/12/2020, 23:30", "25 déc. 2020 à 23:30:00", "mardi 22 avril 2016 à 17 h 33".
Assumption (FORMATS §15 leaves it open): a date without a zone is the account holder's local
time, taken as America/Toronto (Eastern, with daylight saving) unless the string names a zone.
All-numeric dates are day/month/year (the French order Facebook uses) unless the day is > 12.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo

HTML_TIME_ZONE = "America/Toronto"  # the assumed zone of zone-less HTML dates; see the docstring


def _local_zone() -> tzinfo:
    """America/Toronto, or fixed Eastern Standard Time where no tz database is installed."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(HTML_TIME_ZONE)
    except Exception:  # ZoneInfoNotFoundError on systems without tzdata
        return timezone(timedelta(hours=-5), "EST")


LOCAL = _local_zone()

MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "jan january janv janvier", "feb february fév févr février fevrier", "mar march mars",
    "apr april avr avril", "may mai", "jun june juin", "jul july juil juillet",
    "aug august aoû août aout", "sep sept september septembre", "oct october octobre",
    "nov november novembre", "dec december déc décembre decembre",
), start=1):
    for _name in _names.split():
        MONTHS[_name] = _number

_WEEKDAYS = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
                       r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b\.?", re.I)
_ZONES = {"est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "ast": -4, "adt": -3,
          "nst": -3.5, "ndt": -2.5, "utc": 0, "gmt": 0}
_OFFSET = re.compile(r"\b(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b", re.I)
_NAMED_ZONE = re.compile(r"\b(" + "|".join(z.upper() for z in _ZONES) + r")\b")  # upper case only: "est" is French
_UPDATED = re.compile(r"^(?:last updated|updated|edited|mis à jour|mise à jour|modifié|modifiée)(?: le| on)?\s*:?\s+", re.I)
_TIME = re.compile(r"\b(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s*:\s*(\d{2}))?\s*(?:([ap])\.?\s*m\.?(?![a-z]))?", re.I)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_MONTH_FIRST = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2})\s+(\d{4})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})(?:er)?\s+([^\W\d_]+)\.?\s+(\d{4})$")
_CONNECTORS = re.compile(r"(?:,|\bat\b|\bà\b|\ble\b)", re.I)


def _zone(text: str) -> tuple[tzinfo | None, str]:
    """A zone named in the string ("UTC-04", "EDT") and the string without it."""
    m = _OFFSET.search(text)
    if m:
        sign = -1 if m.group(1) == "-" else 1
        delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
        return timezone(sign * delta), text[: m.start()] + text[m.end():]
    m = _NAMED_ZONE.search(text)
    if m:
        return timezone(timedelta(hours=_ZONES[m.group(1).lower()])), text[: m.start()] + text[m.end():]
    return None, text


def _day(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of what is left once weekday, time and connectors are gone."""
    text = " ".join(text.replace(".", ". ").split()).replace(" .", ".")
    m = _ISO.match(text)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = _NUMERIC.match(text.replace(" ", ""))
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return (year, a, b) if b > 12 else (year, b, a)  # day/month unless only month/day fits
    m = _MONTH_FIRST.match(text)
    if m and m.group(1).lower() in MONTHS:
        return int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2))
    m = _DAY_FIRST.match(text)
    if m and m.group(2).lower() in MONTHS:
        return int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))
    return None


def parse_html_date(value: str) -> datetime | None:
    """A whole string that is a date (EN or FR) to an aware UTC datetime; anything else is None."""
    text = " ".join(value.replace("\u202f", " ").replace("\xa0", " ").split())
    if not text or len(text) > 60 or not re.search(r"\d{4}", text):
        return None
    zone, text = _zone(text)
    hour = minute = second = 0
    m = _TIME.search(text)
    if m:
        hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        if m.group(4):
            hour = hour % 12 + (12 if m.group(4).lower() == "p" else 0)
        text = text[: m.start()] + " " + text[m.end():]
    text = _CONNECTORS.sub(" ", _WEEKDAYS.sub(" ", text))
    day = _day(text.strip(" -"))
    if day is None:
        return None
    try:
        local = datetime(*day, hour, minute, second, tzinfo=zone or LOCAL)
    except ValueError:
        return None
    return local.astimezone(timezone.utc)


def date_in_line(line: str) -> datetime | None:
    """A line that is only a date, or "Updated …" / "Mis à jour le …" and a date (new markup)."""
    found = parse_html_date(line)
    if found is None and _UPDATED.match(line.strip()):
        found = parse_html_date(_UPDATED.sub("", line.strip(), count=1))
    return found
