"""What a lexicon regex row needs in order to match, derived from the pattern itself.

- as_phrases: a row that is really a finite list of phrases between \\b edges becomes word tuples;
- gate: per top-level alternative, a few sets of literals ("needs") such that the alternative
  cannot match unless one literal of every set is in the folded text;
- starts: the words every match begins with, so a row need only be tried where they are.

Deriving all this for every row takes over a second, so the results are shipped, keyed by the
pattern's exact text, in classifiers/models/cue_gates.json (written by `python -m
classifiers.training.train`, checked by tests/test_cues.py); a row whose pattern is not there (a
lexicon edited since) is derived when the index is built. Only speed depends on this, never results.
"""

from __future__ import annotations

import json
import re
import re._casefix as sre_casefix  # characters that IGNORECASE matches although lower() differs
import re._parser as sre_parse  # the standard library's own pattern parser, to derive gates
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Iterable

_TOKEN = re.compile(r"#?\w+(?:['’]\w+)*")
_WORD_RUN = re.compile(r"\w+")
DERIVED = "cue_gates.json"


def _fold(text: str) -> str:
    """Lower case with one apostrophe, the same length as the text (spans stay valid)."""
    folded = text.lower().replace("’", "'")
    return folded if len(folded) == len(text) else "".join(c.lower()[:1] or c for c in text).replace("’", "'")


def _tokens(text: str) -> list[str]:
    """A phrase's words, folded."""
    return [_fold(t) for t in _TOKEN.findall(text)]


# ---- finite patterns as phrases ------------------------------------------------------------------

_EXPAND_LIMIT = 3000
_PHRASE_SAFE = re.compile(r"^[\w'’ -]+$")
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT)


def _is_boundary(op: object, arg: object) -> bool:
    """\\b, the only edge that phrase conversion accepts (as it always has: same matches as before)."""
    return op is sre_parse.AT and arg is sre_parse.AT_BOUNDARY


def _is_space(op: object, arg: object) -> bool:
    """A repeat or class of white space, after which a word starts."""
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        return all(_is_space(o, a) for o, a in arg[2])
    return op is sre_parse.IN and arg == [(sre_parse.CATEGORY, sre_parse.CATEGORY_SPACE)]


def _expand(items: list) -> list[str] | None:
    """Every string a small, finite pattern matches (white space runs as one space), or None."""
    results = [""]
    for op, arg in items:
        if op is sre_parse.LITERAL:
            parts = [chr(arg)]
        elif op is sre_parse.IN and all(o is sre_parse.LITERAL for o, _ in arg):
            parts = [chr(a) for _, a in arg]
        elif _is_space(op, arg):
            parts = [" "] if op is sre_parse.IN or arg[0] >= 1 else ["", " "]
        elif op is sre_parse.BRANCH:
            branches = [_expand(list(b)) for b in arg[1]]
            if any(b is None for b in branches):
                return None
            parts = [x for b in branches for x in b]
        elif op is sre_parse.SUBPATTERN and not arg[1] and not arg[2]:
            parts = _expand(list(arg[3]))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and arg[:2] in ((0, 1), (1, 1)):
            body = _expand(list(arg[2]))
            parts = None if body is None else ([""] if arg[0] == 0 else []) + body
        elif _is_boundary(op, arg):
            parts = [""]
        else:
            return None
        if parts is None:
            return None
        results = [r + x for r in results for x in parts]
        if len(results) > _EXPAND_LIMIT:
            return None
    return results


def _parse(pattern: str) -> list | None:
    """The pattern's parse tree (case-insensitive, as rows are compiled), or None."""
    try:
        return list(sre_parse.parse(pattern, re.IGNORECASE))
    except (re.error, TypeError, ValueError, IndexError, AttributeError):
        return None


def as_phrases(pattern: str) -> list[tuple[str, ...]] | None:
    """A regex row that is really a finite list of phrases between \\b edges, as word tuples.

    (?<!\\w)…(?!\\w) rows are not converted: unlike token lookup they also match inside
    "del'Ontario" or before "'s", so they stay regexes, gated on their whole words instead.
    """
    items = _parse(pattern)
    if not items or len(items) < 2 or not (_is_boundary(*items[0]) and _is_boundary(*items[-1])):
        return None
    strings = _expand(items)
    if not strings or not all(_PHRASE_SAFE.match(x) and x.strip() for x in strings):
        return None
    return sorted({tuple(_tokens(x)) for x in strings})


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


def _is_wordchar(ch: str) -> bool:
    """What \\w matches in a str pattern."""
    return ch.isalnum() or ch == "_"


def _excludes_word(items: object) -> bool:
    """The look-around body is one class that contains \\w: (?<!\\w), (?![\\w-])…"""
    items = list(items)
    return (len(items) == 1 and items[0][0] is sre_parse.IN
            and (sre_parse.CATEGORY, sre_parse.CATEGORY_WORD) in items[0][1]
            and (sre_parse.NEGATE, None) not in items[0][1])


def _nonword_op(op: object, arg: object) -> bool:
    """The op consumes one character that is never a word character."""
    if op is sre_parse.LITERAL:
        return not _is_wordchar(chr(arg))
    if op is not sre_parse.IN or any(o is sre_parse.NEGATE for o, _ in arg):
        return False
    for o, a in arg:
        if o is sre_parse.LITERAL and not _is_wordchar(chr(a)):
            continue
        if o is sre_parse.CATEGORY and a in (sre_parse.CATEGORY_SPACE, sre_parse.CATEGORY_NOT_WORD):
            continue
        if o is sre_parse.RANGE and a[1] - a[0] < 4096 and not any(_is_wordchar(chr(c)) for c in range(a[0], a[1] + 1)):
            continue
        return False
    return True


_START_ATS = (sre_parse.AT_BOUNDARY, sre_parse.AT_BEGINNING, sre_parse.AT_BEGINNING_STRING, sre_parse.AT_BEGINNING_LINE)
_END_ATS = (sre_parse.AT_BOUNDARY, sre_parse.AT_END, sre_parse.AT_END_STRING, sre_parse.AT_END_LINE)


def _edge_through(items: list, edge: bool) -> bool:
    """After items, is a word character that follows sure to start a \\w run (edge = same before)?"""
    for op, arg in items:
        if op is sre_parse.AT:
            edge = True if arg in _START_ATS else False if arg is sre_parse.AT_NON_BOUNDARY else edge
        elif op is sre_parse.ASSERT_NOT:
            edge = edge or (arg[0] == -1 and _excludes_word(arg[1]))
        elif op is sre_parse.ASSERT:
            edge = edge or (arg[0] == -1 and _edge_through(list(arg[1]), False))
        elif op is sre_parse.BRANCH:
            edge = all(_edge_through(list(b), edge) for b in arg[1])
        elif op is sre_parse.SUBPATTERN:
            edge = _edge_through(list(arg[3]), edge)
        elif op is sre_parse.ATOMIC_GROUP:
            edge = _edge_through(list(arg), edge)
        elif op in _REPEATS:
            some = _edge_through(list(arg[2]), edge if arg[1] == 1 else False)
            edge = some and (arg[0] >= 1 or edge)
        else:
            edge = _nonword_op(op, arg)
    return edge


def _edge_after(items: list, end: bool) -> bool:
    """Before items, is a word character that precedes sure to end a \\w run (end = same after)?"""
    for i, (op, arg) in enumerate(items):
        rest = items[i + 1:]
        if op is sre_parse.AT:
            if arg in _END_ATS:
                return True
            if arg is sre_parse.AT_NON_BOUNDARY:
                return False
        elif op is sre_parse.ASSERT_NOT:
            if arg[0] == 1 and _excludes_word(arg[1]):
                return True
        elif op is sre_parse.ASSERT:
            continue
        elif op is sre_parse.BRANCH:
            return all(_edge_after(list(b) + rest, end) for b in arg[1])
        elif op is sre_parse.SUBPATTERN:
            return _edge_after(list(arg[3]) + rest, end)
        elif op is sre_parse.ATOMIC_GROUP:
            return _edge_after(list(arg) + rest, end)
        elif op in _REPEATS:
            return _edge_after(list(arg[2]) + rest, end) and (arg[0] >= 1 or _edge_after(rest, end))
        else:
            return _nonword_op(op, arg)
    return end


def _cost(trigger: Trigger) -> float:
    """How likely a trigger is in a post (lower is rarer): short and everyday literals open gates."""
    if trigger.kind == WORD and trigger.text in _COMMON_WORDS:
        return 1.0
    symbols = sum(3 for c in trigger.text if not c.isascii() and not _is_wordchar(c))  # emoji and signs are rare
    weight = {WORD: 1.0, PREFIX: 2.0, ANYWHERE: 25.0}[trigger.kind]  # "anywhere" costs a scan per literal
    return weight / (1 + len(trigger.text) + symbols) ** 2


def need_cost(need: Need) -> float:
    """How often a need holds: the sum of its triggers' costs."""
    return sum(_cost(t) for t in need)


def _best_trigger(string: str, before: bool, after: bool) -> Trigger | None:
    """The rarest literal that must be in the text when it holds `string` (folded; " " is white space)."""
    options = []
    for m in _WORD_RUN.finditer(string):
        left, right = m.start() > 0 or before, m.end() < len(string) or after
        options.append(Trigger(WORD if left and right else PREFIX if left else ANYWHERE, m.group()))
    options += [Trigger(ANYWHERE, piece) for piece in string.split(" ") if piece]
    return min(options, key=lambda t: (_cost(t), t), default=None)


def _need_of(strings: list[str], before: bool, after: bool) -> Need | None:
    """One trigger per string a segment can match (None when it can match nothing but white space)."""
    chosen = set()
    for string in strings:
        trigger = _best_trigger(_fold(string), before, after)
        if trigger is None:
            return None
        chosen.add(trigger)
    return Need(chosen)


def _cheapest(needs: list[Need]) -> Need | None:
    """The need that holds least often."""
    return min(needs, key=lambda n: (need_cost(n), sorted(n)), default=None)


def _op_needs(op: object, arg: object, before: bool, after: bool) -> list[Need]:
    """Needs of one op that is not a finite string: groups, alternatives, repeats, look-arounds."""
    if op is sre_parse.SUBPATTERN:
        return _needs(list(arg[3]), before, after)
    if op is sre_parse.ATOMIC_GROUP:
        return _needs(list(arg), before, after)
    if op is sre_parse.BRANCH:
        union: set[Trigger] = set()
        for branch in arg[1]:
            best = _cheapest(_needs(list(branch), before, after))
            if best is None:
                return []
            union |= best
        return [Need(union)]
    if op in _REPEATS and arg[0] >= 1:
        return _needs(list(arg[2]), before, after if arg[1] == 1 else False)
    if op is sre_parse.ASSERT:
        return _needs(list(arg[1]), before, False) if arg[0] == 1 else _needs(list(arg[1]), False, after)
    return []


def _needs(items: list, before: bool, after: bool) -> list[Need]:
    """Every need found in a sequence; before/after: the sequence is fenced by word edges."""
    needs: list[Need] = []
    segment: list[str] | None = None  # strings the current run of finite ops can match
    seg_before = before
    edge = before

    def close(rest: list) -> None:
        nonlocal segment, edge
        need = _need_of(segment, seg_before, _edge_after(rest, after))
        if need:
            needs.append(need)
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
        needs += _op_needs(op, arg, edge, _edge_after(items[i + 1:], after))
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


def gate(pattern: str) -> tuple[Clause, ...]:
    """When a regex row can match: one clause per top-level alternative, its rarest needs first (ALWAYS: no gate)."""
    items = _parse(pattern)
    if items is None:
        return ALWAYS
    clauses = []
    for alternative in _alternatives(items):
        needs = sorted(set(_needs(alternative, False, False)), key=lambda n: (need_cost(n), sorted(n)))
        if not needs:
            return ALWAYS
        clauses.append(tuple(needs[:_MAX_NEEDS]))
    return tuple(dict.fromkeys(clauses))


# ---- where a match can start ---------------------------------------------------------------------

_ZERO_WIDTH = (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT)
_SCAN_ALL_BELOW = 300  # a shorter pattern scans a short post quickly enough: no need to find where to try it
_LONG_POST = 150  # in a post this long, every row with known first words is tried only at them


def starts(pattern: str) -> frozenset[str] | None:
    """Folded words, one of which begins the \\w run that every match starts with (None: not known).

    For such a row, the regex need only be tried where those words are (see _candidate_matches).
    """
    items = _parse(pattern)
    if items is None or sre_parse.parse(pattern, re.IGNORECASE).getwidth()[0] == 0:
        return None  # a pattern that can match nothing has no first character
    return _starts(items, False)


def _starts(items: list, edge: bool) -> frozenset[str] | None:
    """Leading words of every match of items; edge: the position before is a word edge."""
    k = 0
    while k < len(items) and items[k][0] in _ZERO_WIDTH:
        edge = _edge_through([items[k]], edge)
        k += 1
    strings, j = [""], k
    while j < len(items) and items[j][0] not in _ZERO_WIDTH:
        parts = _expand([items[j]])
        if parts is None or len(strings) * len(parts) > _EXPAND_LIMIT:
            break
        strings, j = [a + b for a in strings for b in parts], j + 1
    if j > k:  # a finite stretch comes first: the leading word of each string it can match
        found: set[str] = set()
        for string in strings:
            word = _WORD_RUN.match(_fold(string)) if string else None
            if string and not (edge and word):
                return None
            more = frozenset({word.group()}) if string else _starts(items[j:], edge)
            if more is None:
                return None
            found |= more
        return frozenset(found)
    if k == len(items):
        return None
    op, arg, rest = *items[k], items[k + 1:]
    if op is sre_parse.BRANCH:
        parts = [_starts(list(b) + rest, edge) for b in arg[1]]
        return None if any(p is None for p in parts) else frozenset().union(*parts)
    if op is sre_parse.SUBPATTERN:
        return _starts(list(arg[3]) + rest, edge)
    if op in _REPEATS:
        first = _starts(list(arg[2]) + rest, edge)
        skipped = _starts(rest, edge) if arg[0] == 0 else frozenset()
        return None if first is None or skipped is None else first | skipped
    return None


def _risky_chars(literals: set[str]) -> str:
    """Characters that IGNORECASE matches to a literal's letter although their lower case differs."""
    risky = set()
    for ch in {c for text in literals for c in text}:
        for other in sre_casefix._EXTRA_CASES.get(ord(ch), ()):
            if chr(other).lower() != ch:
                risky.add(chr(other))
    return "".join(sorted(risky))


# ---- derived once, shipped -----------------------------------------------------------------------


def _encode(pattern: str) -> dict[str, Any]:
    phrases, first = as_phrases(pattern), starts(pattern)
    return {
        "phrases": None if phrases is None else [list(p) for p in phrases],
        "gate": None if phrases else [[sorted([t.kind, t.text] for t in need) for need in clause] for clause in gate(pattern)],
        "starts": None if phrases or first is None else sorted(first),
    }


def derive(patterns: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Phrases, gate and starts of each pattern, as JSON-ready data."""
    return {pattern: _encode(pattern) for pattern in sorted(set(patterns))}


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
