"""Clear signs (`classifiers/lexicons/clear_signs.tsv`, data): patterns that say a post the text model flagged is not
a finding of its category — a relative's new job rather than one's own title — unless one of the category's `keep`
patterns, or one of the detector's keep cues, is in the post too.

The mirror of a sure sign. A clear sign is read after the model has flagged a post and is never a model feature, so
the model and the checks that judge it (heads only) cannot move; only the detector's findings do. It clears the
model's finding, never a sure sign's: an explicit statement stands whatever else the post says.

Each clear row has a scope:
- `post`: a match anywhere clears the post;
- `forward`: a match covers only what follows it in its own segment (segments end at . ! ? ; | • · and line breaks),
  up to the first first-person word after it (I, I'm, I've, me, myself; je, j', moi). The finding is cleared only when
  every evidence span the model gives lies inside what the post's matches cover: "Proud of my daughter, hired as a
  border officer at CBSA" is cleared, "Policy analyst at ESDC | proud of my son" and "my wife started as a nurse and
  I started as a policy analyst at ESDC" are not (the title is outside, or after "I").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import NamedTuple, Sequence

from classifiers.lexicon import grouped_rows, parse_rows
from footprint.model import Evidence

KINDS = ("clear", "keep")
SCOPES = ("post", "forward")
_SEGMENT_END = re.compile(r"[.!?;|•·\n]")
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I(?:['’](?:m|ve))?|me|myself|je|moi)(?![\w'’])|(?<![\w'’])j['’]", re.IGNORECASE)


class ClearSign(NamedTuple):
    name: str
    pattern: re.Pattern[str]
    scope: str


class Clears(NamedTuple):
    """A category's clear signs in one language."""

    signs: tuple[ClearSign, ...]  # in the file's order
    keep: re.Pattern[str] | None  # what keeps the finding wherever it is in the post


@cache
def clear_table() -> dict[tuple[str, str], Clears]:
    """(category, language) -> its clear signs and its `keep` pattern, from classifiers/lexicons/clear_signs.tsv."""
    return parse_table(resources.files("classifiers.lexicons").joinpath("clear_signs.tsv").read_text(encoding="utf-8"))


def parse_table(text: str) -> dict[tuple[str, str], Clears]:
    """A clear-sign file's text as (category, language) -> Clears. A malformed row is an error naming it."""
    rows = parse_rows("clear_signs", text)
    for row in rows:
        kind, scope = row["kind"], row["scope"]
        if kind not in KINDS or (kind == "clear") != (scope in SCOPES) or (kind != "clear" and scope):
            raise ValueError(f"classifiers/lexicons/clear_signs.tsv: the row {row['sign']!r} ({kind}, scope {scope!r}): "
                             f"a `clear` row needs a scope ({', '.join(SCOPES)}), a `keep` row none")
    signs, keep = grouped_rows(rows, "clear")
    return {key: Clears(tuple(ClearSign(row["sign"], re.compile(row["pattern"], re.IGNORECASE), row["scope"]) for row in signs.get(key, ())),
                        keep.get(key)) for key in set(signs) | set(keep)}


@cache
def clear_categories() -> frozenset[str]:
    return frozenset(category for (category, _), entry in clear_table().items() if entry.signs)


def _forward(text: str, match: re.Match[str]) -> tuple[int, int]:
    """What a `forward` match covers: from its start to its segment's end or the first first-person word after it."""
    end = len(text)
    for pattern in (_SEGMENT_END, _FIRST_PERSON):
        found = pattern.search(text, match.end())
        if found:
            end = min(end, found.start())
    return match.start(), end


def clear_sign(category: str, text: str, languages: Sequence[str], evidence: Sequence[Evidence],
               table: dict[tuple[str, str], Clears] | None = None) -> str | None:
    """The name of the clear sign that clears the model's finding of this category on the text (its evidence), or None.

    None when a `keep` pattern of the category, in any of the languages, is in the text. The detector checks its keep
    cues before calling this."""
    table = clear_table() if table is None else table
    entries = [entry for lang in languages if (entry := table.get((category, lang))) is not None]
    if not any(entry.signs for entry in entries) or any(entry.keep is not None and entry.keep.search(text) for entry in entries):
        return None
    covered: list[tuple[int, int, str]] = []
    for entry in entries:
        for sign in entry.signs:
            for match in sign.pattern.finditer(text):
                if sign.scope == "post":
                    return sign.name
                covered.append((*_forward(text, match), sign.name))
    if not covered or not evidence:
        return None
    names = [next((name for start, end, name in covered if start <= e.start and e.end <= end), None) for e in evidence]
    return names[0] if all(names) else None
