"""Sure signs (`classifiers/lexicons/sure_signs.tsv`, data): patterns that flag a post of their category
whatever the text model's score, unless one of the category's `unless` patterns is in the post too.

Each sign is tried only when a literal it cannot match without is in the post (its gate, derived from
the pattern by classifiers/gates.py, as the lexicon regexes' are): the search of every sign in every
post was a tenth of detection time. In an audit the signs are rows of the lexicon cue index
(classifiers/cue_index.py), so the one pass over a post's words that opens the lexicon rows opens them
too, and `signs_found` reads their matches; `sure_signs` finds them alone, with its own gates (a test
checks both give the same evidence on every corpus text). Only speed depends on the gates, never results.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources
from typing import Iterable, NamedTuple, Sequence

from classifiers.gates import WORD, Trigger, _risky_chars, gate
from classifiers.patterns import _WORD_RUN, _fold
from footprint.model import Evidence

SURE_SCORE = 0.9  # the score of a finding made by a sure sign the model scored lower


class Gate(NamedTuple):
    """Literals of the folded text one of which every match needs (a word's start is looked for anywhere: looser, never wrong)."""

    words: frozenset[str]  # whole \w runs
    literals: tuple[str, ...]  # anywhere in the folded text
    risky: re.Pattern[str] | None  # characters IGNORECASE matches although lower() differs: then always open

    def opens(self, folded: str, words: frozenset[str]) -> bool:
        if not self.words.isdisjoint(words):
            return True
        if any(literal in folded for literal in self.literals):
            return True
        return self.risky is not None and self.risky.search(folded) is not None


class SignGate(NamedTuple):
    """When one sign can match: one clause per alternative of its pattern, each a few needs that must all open."""

    clauses: tuple[tuple[Gate, ...], ...]

    def opens(self, folded: str, words: frozenset[str]) -> bool:
        return any(all(need.opens(folded, words) for need in clause) for clause in self.clauses)


class Signs(NamedTuple):
    """A category's sure signs in one language."""

    signs: tuple[tuple[str, re.Pattern[str], SignGate | None], ...]  # (name, pattern, gate)
    unless: re.Pattern[str] | None  # what hands the decision back to the model
    gate: Gate | None  # opens when one of the signs' gates does: most posts stop there


def _need(triggers: Iterable[Trigger]) -> Gate:
    """A need as a gate: whole words, and every other literal looked for anywhere."""
    triggers = list(triggers)
    risky = _risky_chars({t.text for t in triggers})
    return Gate(frozenset(t.text for t in triggers if t.kind == WORD), tuple(sorted({t.text for t in triggers if t.kind != WORD})),
                re.compile(f"[{re.escape(risky)}]") if risky else None)


def _sign_gate(clauses: tuple) -> SignGate | None:
    """Each alternative's needs (classifiers/gates.py); None if an alternative has none (always try)."""
    if any(not clause for clause in clauses):
        return None
    return SignGate(tuple(tuple(_need(need) for need in clause) for clause in clauses))


_FREQUENT = frozenset(
    "are is will well ll ill re going gonna have found home house kids family hope they their his her should drink sleep "
    "happened careful es est etes vous vas va te donc votre petite rendre allons attention".split()
)  # words in many posts: a need made of one of them is a poor first check (speed only)


def _selective(need: frozenset[Trigger]) -> tuple[bool, int]:
    """How poorly a need filters posts (lower is better): short or frequent literals, then many literals."""
    return any(len(t.text) < 4 or t.text in _FREQUENT for t in need), len(need)


def _group_gate(clauses_of_signs: Sequence[tuple]) -> Gate | None:
    """Opens whenever one of the signs' gates does: the union of every alternative's most selective need."""
    if any(not clause for clauses in clauses_of_signs for clause in clauses):
        return None
    return _need(t for clauses in clauses_of_signs for clause in clauses for t in min(clause, key=_selective))


@cache
def sure_table() -> dict[tuple[str, str], Signs]:
    """(category, language) -> its sure signs and its `unless` pattern."""
    text = resources.files("classifiers.lexicons").joinpath("sure_signs.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    signs: dict[tuple[str, str], list[tuple[str, re.Pattern[str], SignGate | None]]] = {}
    clauses: dict[tuple[str, str], list[tuple]] = {}  # each sign's gate clauses, for the group's gate
    unless: dict[tuple[str, str], list[str]] = {}
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        key = (row["category"], row["lang"])
        if row["kind"] == "sure":
            mine = gate(row["pattern"])
            signs.setdefault(key, []).append((row["sign"], re.compile(row["pattern"], re.IGNORECASE), _sign_gate(mine)))
            clauses.setdefault(key, []).append(mine)
        else:
            unless.setdefault(key, []).append(row["pattern"])
    return {key: Signs(tuple(signs.get(key, ())), re.compile("|".join(unless[key]), re.IGNORECASE) if key in unless else None,
                       _group_gate(clauses.get(key, [])))
            for key in set(signs) | set(unless)}


@cache
def sure_categories() -> frozenset[str]:
    return frozenset(category for category, _ in sure_table())


def overlaps(a: Evidence, b: Evidence) -> bool:
    return a.start < b.end and b.start < a.end


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
        order = {name: k for k, (name, _, _) in enumerate(entry.signs)}
        mine = sorted((order[sign], m.start(), m) for row, m in hits
                      for cat, sign in [index.sure[row]] if cat == category and sign in order and index.row_langs[row] & bits[lang])
        found_here = [Evidence(m.start(), m.end(), f"lexicon cue {entry.signs[k][0]}: “{m.group(0)}” (sure sign)") for k, _, m in mine]
        if found_here and not (entry.unless is not None and entry.unless.search(text)):
            found += [h for h in found_here if not any(overlaps(h, f) for f in found)]
    return found


def sure_signs(category: str, text: str, languages: Sequence[str]) -> list[Evidence]:
    """Spans of the category's sure signs in the text, unless the text hands the decision back to the model."""
    found: list[Evidence] = []
    table = sure_table()
    folded: str | None = None
    words: frozenset[str] = frozenset()
    for lang in languages:
        entry = table.get((category, lang))
        if entry is None or not entry.signs:
            continue
        if folded is None:
            folded = _fold(text)
            words = frozenset(_WORD_RUN.findall(folded))
        if entry.gate is not None and not entry.gate.opens(folded, words):
            continue
        hits = [Evidence(m.start(), m.end(), f"lexicon cue {sign}: “{m.group(0)}” (sure sign)")
                for sign, pattern, gated in entry.signs if gated is None or gated.opens(folded, words)
                for m in pattern.finditer(text)]
        if hits and not (entry.unless is not None and entry.unless.search(text)):
            found += [h for h in hits if not any(overlaps(h, f) for f in found)]
    return found
