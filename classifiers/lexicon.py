"""The cue lexicons (data in classifiers/lexicons/*.tsv): their rows, cue names and languages.

A cue is a lexicon entry found in a text: both a model feature ("cue:party") and evidence a
person can read ("NPD"). classifiers/cue_index.py compiles the rows into an index;
classifiers/cues.py finds them in texts.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from classifiers.patterns import _tokens

LEXICON_FILES = (
    "partisanship", "employer_criticism", "confidential_info", "harassment",
    "conflict_of_interest", "misinformation", "official_capacity",
)


@dataclass(frozen=True, slots=True)
class Cue:
    """One match: which cue, where, and the words matched."""

    name: str
    start: int
    end: int
    entry: str



def _rows(name: str) -> list[dict[str, str]]:
    """Rows of one lexicon file (line 1 is the source/licence comment, line 2 the header)."""
    return parse_rows(name, resources.files("classifiers.lexicons").joinpath(f"{name}.tsv").read_text(encoding="utf-8"))


def parse_rows(name: str, text: str) -> list[dict[str, str]]:
    """The rows of a lexicon file's text. A row with more columns than the header is an error: the reader would
    drop the extra field without a word (an `unless` written in a file whose header has no `unless` column)."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        if None in row:
            raise ValueError(f"classifiers/lexicons/{name}.tsv: the row {row.get('pattern', '')[:50]!r} has more columns "
                             f"than the header ({', '.join(k for k in row if k)}): add the column to the header line")
    return rows


def grouped_rows(rows: list[dict[str, str]], main: str) -> tuple[dict[tuple[str, str], list[dict[str, str]]],
                                                                 dict[tuple[str, str], re.Pattern[str]]]:
    """A sign file's rows (sure_signs.tsv, clear_signs.tsv) by (category, language): the `main` kind's rows in the
    file's order, and the other rows' patterns joined into one case-insensitive pattern (what overrides them)."""
    mains: dict[tuple[str, str], list[dict[str, str]]] = {}
    others: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        key = (row["category"], row["lang"])
        if row["kind"] == main:
            mains.setdefault(key, []).append(row)
        else:
            others.setdefault(key, []).append(row["pattern"])
    return mains, {key: re.compile("|".join(patterns), re.IGNORECASE) for key, patterns in others.items()}


ANY_LANG = "*"


@cache
def _lang_bits() -> dict[str, int]:
    """One bit per lexicon language; "*" rows carry every bit and one more, so any language finds them."""
    langs = sorted({row["lang"].strip() for name in LEXICON_FILES for row in _rows(name)} - {ANY_LANG})
    bits = {lang: 1 << i for i, lang in enumerate(langs)}
    bits[ANY_LANG] = (1 << (len(langs) + 1)) - 1
    return bits


@cache
def _query_bits(langs: tuple[str, ...]) -> int:
    """The bits of rows that apply to a post in these languages ("*" rows always do)."""
    bits = _lang_bits()
    everything = bits[ANY_LANG]
    value = everything ^ (everything >> 1)  # the extra bit that only "*" rows carry
    for lang in langs:
        value |= bits.get(lang, 0)
    return value


def _entries() -> list[tuple[str, str, int, tuple[str, ...] | None, str | None]]:
    """(cue, regex, languages, words, unless) per lexicon row: words for a plain phrase, else the regex to analyse;
    unless, a regex searched in the whole post that stops the row from finding anything there (None for most rows).
    A row with an unless is always matched as a regex: the phrase lookup sees only words."""
    bits, entries = _lang_bits(), []
    for name in LEXICON_FILES:
        for row in _rows(name):
            cue, pattern, kind = row["cue"].strip(), row["pattern"].strip(), row["kind"].strip()
            unless = (row.get("unless") or "").strip() or None
            words = tuple(_tokens(pattern))
            phrase = kind == "phrase" and bool(words) and unless is None
            regex = pattern if kind != "phrase" else re.escape(pattern)
            entries.append((cue, regex, bits[row["lang"].strip()], words if phrase else None, unless))
    return entries


def regex_patterns() -> list[str]:
    """Every regex the lexicons hold (what classifiers/models/cue_gates.json describes)."""
    return sorted({regex for _, regex, _, words, _ in _entries() if words is None})


@cache
def category_cues(category: str) -> frozenset[str]:
    """The cues of one category's lexicon file (misinformation also has the low-credibility domains)."""
    names = {row["cue"].strip() for row in _rows(category)} if category in LEXICON_FILES else set()
    return frozenset(names | ({"low_cred_domain"} if category == "misinformation" else set()))


@cache
def cue_names() -> tuple[str, ...]:
    """Every cue of every lexicon, plus the computed ones; the model's cue features, in a fixed order."""
    names = {row["cue"].strip() for f in LEXICON_FILES for row in _rows(f)}
    return tuple(sorted(names | {"low_cred_domain", "employer_named"}))


@cache
def low_credibility_domains() -> dict[str, tuple[str, ...]]:
    """Domain -> path prefixes ("" for the whole site) rated fake, conspiracy, unreliable or rumour (CRED-1, CC BY 4.0)."""
    sites: dict[str, list[str]] = {}
    for row in _rows("low_credibility_domains"):
        host, _, path = row["domain"].strip().lower().removeprefix("www.").partition("/")
        sites.setdefault(host, []).append(f"/{path}" if path else "")
    return {host: tuple(paths) for host, paths in sites.items()}
