"""Sure signs (`classifiers/lexicons/sure_signs.tsv`, data): patterns that flag a post of their category
whatever the text model's score, unless one of the category's `unless` patterns is in the post too.

In an audit the signs are rows of the lexicon cue index (classifiers/cue_index.py): each is tried only
when the literals its gate needs are in the post (derived from the pattern by classifiers/gates.py), and
the one pass over a post's words that opens the lexicon rows opens them too; `signs_found` reads their
matches. Searching every sign in every post was a tenth of detection time. `sure_signs` is the plain
reference, every pattern over the whole text: a test checks both give the same evidence on every corpus
text, so only speed depends on the gates, never results.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import NamedTuple, Sequence

from classifiers.lexicon import grouped_rows, parse_rows
from footprint.model import Evidence

SURE_SCORE = 0.9  # the score of a finding made by a sure sign the model scored lower


class Signs(NamedTuple):
    """A category's sure signs in one language."""

    signs: tuple[tuple[str, re.Pattern[str]], ...]  # (name, pattern), in the file's order
    unless: re.Pattern[str] | None  # what hands the decision back to the model


@cache
def sure_table() -> dict[tuple[str, str], Signs]:
    """(category, language) -> its sure signs and its `unless` pattern."""
    text = resources.files("classifiers.lexicons").joinpath("sure_signs.tsv").read_text(encoding="utf-8")
    signs, unless = grouped_rows(parse_rows("sure_signs", text), "sure")
    return {key: Signs(tuple((row["sign"], re.compile(row["pattern"], re.IGNORECASE)) for row in signs.get(key, ())), unless.get(key))
            for key in set(signs) | set(unless)}


@cache
def sure_categories() -> frozenset[str]:
    return frozenset(category for category, _ in sure_table())


def overlaps(a: Evidence, b: Evidence) -> bool:
    return a.start < b.end and b.start < a.end


def _keep(entry: Signs, text: str, matches: list[tuple[str, re.Match[str]]], found: list[Evidence]) -> None:
    """One language's matches (sign, match), in the signs' order, as evidence added to found: none when the text
    hands the decision back to the model, and none overlapping what another language's signs found."""
    hits = [Evidence(m.start(), m.end(), f"lexicon cue {sign}: “{m.group(0)}” (sure sign)") for sign, m in matches]
    if hits and not (entry.unless is not None and entry.unless.search(text)):
        found.extend([h for h in hits if not any(overlaps(h, f) for f in found)])


def signs_found(category: str, text: str, languages: Sequence[str], hits: Sequence[tuple[int, re.Match[str]]]) -> list[Evidence]:
    """sure_signs() from the matches the lexicon cue index found in the text (`find_cues(..., sure=hits)`: the signs
    are rows of that index, so one pass over the post's words opens both). The same spans, reasons and order."""
    if not hits:
        return []
    from classifiers.cue_index import _index  # the index holds the sure rows: it imports this module
    from classifiers.lexicon import _lang_bits

    index, bits, table, found = _index(), _lang_bits(), sure_table(), []
    for lang in languages:
        entry = table.get((category, lang))
        if entry is None or not entry.signs:
            continue
        order = {name: k for k, (name, _) in enumerate(entry.signs)}
        mine = sorted((order[sign], m.start(), sign, m) for row, m in hits
                      for cat, sign in [index.sure[row]] if cat == category and sign in order and index.row_langs[row] & bits[lang])
        _keep(entry, text, [(sign, m) for _, _, sign, m in mine], found)
    return found


def sure_signs(category: str, text: str, languages: Sequence[str]) -> list[Evidence]:
    """Spans of the category's sure signs in the text, unless the text hands the decision back to the model: every
    pattern over the whole text (the reference for signs_found; an audit uses that)."""
    found: list[Evidence] = []
    for lang in languages:
        entry = sure_table().get((category, lang))
        if entry is not None:
            _keep(entry, text, [(sign, m) for sign, pattern in entry.signs for m in pattern.finditer(text)], found)
    return found
