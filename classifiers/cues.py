"""Cues: lexicon entries and patterns (data in classifiers/lexicons/*.tsv) found in a text.

A cue match is both a model feature ("cue:party") and evidence a person can read ("NPD").
Each lexicon file compiles to one alternation per language with a named group per cue, so a
text is scanned once per file.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

LEXICON_FILES = (
    "partisanship", "employer_criticism", "confidential_info", "harassment",
    "conflict_of_interest", "misinformation", "official_capacity",
)
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cue:
    """One match: which cue, where, and the lexicon entry's own words."""

    name: str
    start: int
    end: int
    entry: str


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of one lexicon file (line 1 is the source/licence comment, line 2 the header)."""
    text = resources.files("classifiers.lexicons").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _alternative(row: dict[str, str]) -> str:
    """A row as a regex: phrases are literal on word boundaries, regexes as written."""
    pattern = row["pattern"].strip()
    if row["kind"].strip() == "phrase":
        return r"(?<!\w)" + re.escape(pattern).replace(r"\ ", r"\s+") + r"(?!\w)"
    return f"(?:{pattern})"


@cache
def compiled(name: str, lang: str) -> re.Pattern[str] | None:
    """One regex for a lexicon file and language, a named group per cue; None when empty."""
    by_cue: dict[str, list[str]] = {}
    for row in _rows(name):
        if row["lang"].strip() in (lang, "*"):
            by_cue.setdefault(row["cue"].strip(), []).append(_alternative(row))
    if not by_cue:
        return None
    parts = [f"(?P<{cue}>{'|'.join(alts)})" for cue, alts in sorted(by_cue.items())]
    return re.compile("|".join(parts), re.IGNORECASE)


@cache
def cue_names() -> tuple[str, ...]:
    """Every cue of every lexicon, plus the computed ones; the model's cue features, in a fixed order."""
    names = {row["cue"].strip() for f in LEXICON_FILES for row in _rows(f)}
    return tuple(sorted(names | {"low_cred_domain", "employer_named"}))


@cache
def low_credibility_domains() -> frozenset[str]:
    """Domains rated fake, conspiracy, unreliable or rumour (CRED-1, CC BY 4.0)."""
    return frozenset(row["domain"].strip().lower() for row in _rows("low_credibility_domains"))


def _domain_cues(text: str) -> list[Cue]:
    """Links to low-credibility domains (subdomains included)."""
    bad = low_credibility_domains()
    found = []
    for m in _URL.finditer(text):
        host = (urlsplit(m.group(0)).hostname or "").lower().removeprefix("www.")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            if ".".join(parts[i:]) in bad:
                found.append(Cue("low_cred_domain", m.start(), m.end(), ".".join(parts[i:])))
                break
    return found


@cache
def _employer_pattern(employers: tuple[str, ...]) -> re.Pattern[str] | None:
    """The person's own employer names from the Context, as one pattern."""
    names = [re.escape(e).replace(r"\ ", r"\s+") for e in employers if e.strip()]
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)


def find_cues(text: str, langs: tuple[str, ...], employers: tuple[str, ...] = ()) -> list[Cue]:
    """Every cue in the text for the given languages, sorted by position."""
    found: list[Cue] = []
    seen: set[tuple[str, int, int]] = set()
    for lang in langs:
        for name in LEXICON_FILES:
            pattern = compiled(name, lang)
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                key = (m.lastgroup or "", m.start(), m.end())
                if key not in seen and m.end() > m.start():
                    seen.add(key)
                    found.append(Cue(m.lastgroup or "", m.start(), m.end(), m.group(0)))
    if "://" in text:
        found.extend(_domain_cues(text))
    employer = _employer_pattern(tuple(employers))
    if employer is not None:
        found.extend(Cue("employer_named", m.start(), m.end(), m.group(0)) for m in employer.finditer(text))
    return sorted(found, key=lambda c: (c.start, c.end, c.name))
