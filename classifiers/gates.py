"""Gates: when a lexicon regex row can match, derived from its parse tree.

Per top-level alternative, a few sets of literals ("needs") such that the alternative cannot
match unless one literal of every set is in the folded text, as a whole word, as the start of a
word, or anywhere; the rarest are kept. Deriving all this (and the phrases and starts of
classifiers/patterns.py) for every row takes over a second, so the results are shipped, keyed by
the pattern's exact text, in classifiers/models/cue_gates.json (written by `python -m
classifiers.training.train`, which measures how rare each literal is on the labelled corpus, and
checked by tests/test_cues.py); a row whose pattern is not there (a lexicon edited since) is
derived when the index is built, rarity guessed from length. Only speed depends on this, never
results.
"""

from __future__ import annotations

import json
import math
import re
import re._casefix as sre_casefix  # characters that IGNORECASE matches although lower() differs
import re._parser as sre_parse  # the standard library's own pattern parser
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from importlib import resources
from typing import Any, Callable, Iterable

from classifiers.patterns import (
    _EXPAND_LIMIT, _REPEATS, _WORD_RUN, _edge_after, _edge_through, _expand, _fold, _is_wordchar, _parse, as_phrases, starts,
)

DERIVED = "cue_gates.json"

# ---- gates: literals a pattern cannot match without ----------------------------------------------

WORD, PREFIX, ANYWHERE = "word", "prefix", "anywhere"
_MAX_NEEDS = 3  # needs kept per row (all must hold); more cost lookups and rarely close a gate
_COMMON_WORDS = frozenset(
    "a à au aux c ce d de des du en est et il j je l la le les m n ne on qu que qui s se t un une y "
    "an and are as at be by for i in is it me my of on or our so that the this to we you your".split()
)


@dataclass(frozen=True, slots=True, order=True)
class Trigger:
    """A folded literal: a whole \\w run of the text (word), the start of one (prefix), or anywhere."""

    kind: str
    text: str


Need = frozenset  # of Trigger: every text the pattern matches holds at least one of them


Costs = Callable[[Trigger], float]  # how likely a trigger is in a post (lower is rarer)


def guessed(trigger: Trigger) -> float:
    """Costs guessed from a trigger's length: short and everyday literals open gates (Frequencies measures them)."""
    if trigger.kind == WORD and trigger.text in _COMMON_WORDS:
        return 1.0
    symbols = sum(3 for c in trigger.text if not c.isascii() and not _is_wordchar(c))  # emoji and signs are rare
    weight = {WORD: 1.0, PREFIX: 2.0, ANYWHERE: 25.0}[trigger.kind]  # "anywhere" costs a scan per literal
    return weight / (1 + len(trigger.text) + symbols) ** 2

_SEARCH = 0.03  # Frequencies: the cost of searching every post for a literal, in regex runs
_MANY_WORDS = 2000  # Frequencies: a literal inside more distinct words than this counts as in every post


class Frequencies:
    """How likely a trigger is in a post, measured on a sample of posts (train.py uses the labelled corpus): the share
    of posts holding the word, of words starting with the prefix or holding the literal (at most: a literal with signs
    counts as its rarest run of word characters; signs alone are counted in the posts); a literal found
    anywhere is searched for in every post, not looked up, which costs about a thirtieth of a regex run that finds
    nothing (_SEARCH)."""

    def __init__(self, texts: Iterable[str]) -> None:
        folded = [_fold(t) for t in texts]
        self.posts = len(folded) + 1
        self.words = Counter(w for f in folded for w in set(_WORD_RUN.findall(f)))
        self.vocabulary = sorted(self.words)
        self.running = list(accumulate((self.words[w] for w in self.vocabulary), initial=0))
        self.lexicon = "\n".join(self.vocabulary)  # a literal of word characters is found in the words, once each
        self.starts = list(accumulate((len(w) + 1 for w in self.vocabulary[:-1]), initial=0))
        self.joined = "\n".join(folded).encode()  # signs in the posts (UTF-8: counting bytes finds the same, faster)
        self.memo: dict[Trigger, float] = {}

    def __call__(self, trigger: Trigger) -> float:
        if trigger not in self.memo:
            self.memo[trigger] = (self._count(trigger) + 0.5) / self.posts + (_SEARCH if trigger.kind == ANYWHERE else 0.0)
        return self.memo[trigger]

    def _count(self, trigger: Trigger) -> int:
        if trigger.kind == WORD:
            return self.words.get(trigger.text, 0)
        if trigger.kind == PREFIX:
            first = bisect_left(self.vocabulary, trigger.text)
            return self.running[bisect_left(self.vocabulary, trigger.text + "\U0010ffff", first)] - self.running[first]
        runs = _WORD_RUN.findall(trigger.text)
        if not runs:  # signs alone
            return self.joined.count(trigger.text.encode())
        if runs != [trigger.text]:  # "#lpc", "qu'il": no more often than its rarest run of word characters
            return min(self._count(Trigger(ANYWHERE, run)) for run in runs)
        if self.lexicon.count(trigger.text) > _MANY_WORDS:  # in that many words, it is in nearly every post
            return self.posts
        count, words = 0, set()
        for m in re.finditer(re.escape(trigger.text), self.lexicon):
            word = bisect_right(self.starts, m.start()) - 1
            if word not in words:
                words.add(word)
                count += self.running[word + 1] - self.running[word]
        return min(count, self.posts)


def need_cost(need: Need, costs: Costs = guessed) -> float:
    """How often a need holds: the sum of its triggers' costs (exact, so that it does not depend on the set's order)."""
    return math.fsum(costs(t) for t in need)


def _triggers(string: str, before: bool, after: bool, costs: Costs) -> list[Trigger]:
    """Literals that must be in the text when it holds `string` (folded; " " is white space), rarest first: each
    \\w run (a whole word, the start of one or anywhere, by its edges) and each piece between spaces (anywhere,
    unless it is one of those runs)."""
    options = []
    for m in _WORD_RUN.finditer(string):
        left, right = m.start() > 0 or before, m.end() < len(string) or after
        options.append(Trigger(WORD if left and right else PREFIX if left else ANYWHERE, m.group()))
    runs = {t.text for t in options}
    options += [Trigger(ANYWHERE, piece) for piece in string.split(" ") if piece and piece not in runs]
    return sorted(set(options), key=lambda t: (costs(t), t))


def _needs_of(strings: list[str], before: bool, after: bool, costs: Costs) -> list[Need]:
    """Needs of a segment that can match these strings: the k-th holds the k-th rarest literal of each string (its
    last when it has fewer), so every need holds whenever the segment matches ([] when it can match nothing but
    white space)."""
    ranked = [_triggers(_fold(string), before, after, costs) for string in strings]
    if not all(ranked):
        return []
    return list(dict.fromkeys(Need(r[min(k, len(r) - 1)] for r in ranked) for k in range(min(_MAX_NEEDS, max(map(len, ranked))))))


def _cheapest(needs: list[Need], costs: Costs) -> Need | None:
    """The need that holds least often."""
    return min(needs, key=lambda n: (need_cost(n, costs), sorted(n)), default=None)


def _op_needs(op: object, arg: object, before: bool, after: bool, costs: Costs) -> list[Need]:
    """Needs of one op that is not a finite string: groups, alternatives, repeats, look-arounds."""
    if op is sre_parse.SUBPATTERN:
        return _needs(list(arg[3]), before, after, costs)
    if op is sre_parse.ATOMIC_GROUP:
        return _needs(list(arg), before, after, costs)
    if op is sre_parse.BRANCH:
        union: set[Trigger] = set()
        for branch in arg[1]:
            best = _cheapest(_needs(list(branch), before, after, costs), costs)
            if best is None:
                return []
            union |= best
        return [Need(union)]
    if op in _REPEATS and arg[0] >= 1:
        return _needs(list(arg[2]), before, after if arg[1] == 1 else False, costs)
    if op is sre_parse.ASSERT:
        return _needs(list(arg[1]), before, False, costs) if arg[0] == 1 else _needs(list(arg[1]), False, after, costs)
    return []


def _needs(items: list, before: bool, after: bool, costs: Costs) -> list[Need]:
    """Every need found in a sequence; before/after: the sequence is fenced by word edges."""
    needs: list[Need] = []
    segment: list[str] | None = None  # strings the current run of finite ops can match
    seg_before = before
    edge = before

    def close(rest: list) -> None:
        nonlocal segment, edge
        needs.extend(_needs_of(segment, seg_before, _edge_after(rest, after), costs))
        edge = all((s and not _is_wordchar(s[-1])) or (not s and seg_before) for s in segment)
        segment = None

    for i, (op, arg) in enumerate(items):
        edgy = op is sre_parse.AT or op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT)
        parts = None if edgy else _expand([(op, arg)])
        if parts is not None and segment is not None and len(segment) * len(parts) <= _EXPAND_LIMIT:
            segment = [s + p for s in segment for p in parts]
            continue
        if segment is not None:
            close(items[i:])
        if parts is not None:
            segment, seg_before = parts, edge
            continue
        needs += _op_needs(op, arg, edge, _edge_after(items[i + 1:], after), costs)
        edge = _edge_through([(op, arg)], edge)
    if segment is not None:
        close([])
    return needs


_MAX_CLAUSES = 32  # a longer top-level alternation stays one need (the union), to keep building fast


def _alternatives(items: list) -> list[list]:
    """The pattern as alternatives: its first top-level alternation, with what precedes and follows each branch."""
    for k, (op, arg) in enumerate(items):
        if op is sre_parse.SUBPATTERN and arg[0] is None and not (arg[1] or arg[2]) and len(arg[3]) == 1:
            op, arg = arg[3][0]  # (?:a|b) is a group holding the alternation
        if op is sre_parse.BRANCH and len(arg[1]) <= _MAX_CLAUSES:
            return [items[:k] + list(branch) + items[k + 1:] for branch in arg[1]]
    return [items]


Clause = tuple  # of Need: all of them hold whenever (one alternative of) the pattern matches
ALWAYS: tuple[Clause, ...] = ((),)


def gate(pattern: str, costs: Costs = guessed) -> tuple[Clause, ...]:
    """When a regex row can match: one clause per top-level alternative, its rarest needs first (ALWAYS: no gate)."""
    items = _parse(pattern)
    if items is None:
        return ALWAYS
    clauses = []
    for alternative in _alternatives(items):
        needs = sorted(set(_needs(alternative, False, False, costs)), key=lambda n: (need_cost(n, costs), sorted(n)))
        if not needs:
            return ALWAYS
        clauses.append(tuple(needs[:_MAX_NEEDS]))
    return tuple(dict.fromkeys(clauses))


def _risky_chars(literals: set[str]) -> str:
    """Characters that IGNORECASE matches to a literal's letter although their lower case differs."""
    risky = set()
    for ch in {c for text in literals for c in text}:
        for other in sre_casefix._EXTRA_CASES.get(ord(ch), ()):
            if chr(other).lower() != ch:
                risky.add(chr(other))
    return "".join(sorted(risky))


# ---- derived once, shipped -----------------------------------------------------------------------


def _encode(pattern: str, costs: Costs) -> dict[str, Any]:
    phrases, first = as_phrases(pattern), starts(pattern)
    return {
        "phrases": None if phrases is None else [list(p) for p in phrases],
        "gate": None if phrases else [[sorted([t.kind, t.text] for t in need) for need in clause] for clause in gate(pattern, costs)],
        "starts": None if phrases or first is None else sorted(first),
    }


def derive(patterns: Iterable[str], costs: Costs = guessed) -> dict[str, dict[str, Any]]:
    """Phrases, gate and starts of each pattern, as JSON-ready data."""
    return {pattern: _encode(pattern, costs) for pattern in sorted(set(patterns))}


@cache
def _shipped() -> dict[str, dict[str, Any]]:
    try:
        return json.loads(resources.files("classifiers.models").joinpath(DERIVED).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def analysis(pattern: str) -> tuple[list[tuple[str, ...]] | None, tuple[Clause, ...], frozenset[str] | None]:
    """(as_phrases, gate, starts) of a pattern: shipped if known, else derived now (gate and starts only when no phrases)."""
    known = _shipped().get(pattern)
    if known is None:
        phrases = as_phrases(pattern)
        return (phrases, (), None) if phrases else (phrases, gate(pattern), starts(pattern))
    if known["phrases"]:
        return [tuple(p) for p in known["phrases"]], (), None
    clauses = tuple(tuple(frozenset(Trigger(k, t) for k, t in need) for need in clause) for clause in known["gate"])
    return None, clauses, None if known["starts"] is None else frozenset(known["starts"])
