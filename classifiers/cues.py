"""Cues: lexicon entries and patterns (data in classifiers/lexicons/*.tsv) found in a text.

A cue match is both a model feature ("cue:party") and evidence a person can read ("NPD").
Speed matters (every post is scanned, once for all its languages): phrases are looked up by word
n-grams in one dictionary, and each regex row runs only when its gate opens. A gate is derived
from the pattern itself: per top-level alternative, a few sets of literals ("needs") such that
the alternative cannot match unless one literal of every set is in the folded text, as a whole
word, as the start of a word, or anywhere. A long row whose matches always begin with known words
is tried only where those words are. The regex still decides every match, so all this changes
speed, never results (tests/test_cues.py checks it on strings made from every row).
"""

from __future__ import annotations

import csv
import re
import re._casefix as sre_casefix  # characters that IGNORECASE matches although lower() differs
import re._parser as sre_parse  # the standard library's own pattern parser, to derive gates
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple, Sequence
from importlib import resources
from urllib.parse import urlsplit

LEXICON_FILES = (
    "partisanship", "employer_criticism", "confidential_info", "harassment",
    "conflict_of_interest", "misinformation", "official_capacity",
)
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_TOKEN = re.compile(r"#?\w+(?:['’]\w+)*")
_WORD_RUN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Cue:
    """One match: which cue, where, and the words matched."""

    name: str
    start: int
    end: int
    entry: str


def _fold(text: str) -> str:
    """Lower case with one apostrophe, the same length as the text (spans stay valid)."""
    folded = text.lower().replace("’", "'")
    return folded if len(folded) == len(text) else "".join(c.lower()[:1] or c for c in text).replace("’", "'")


def _tokens(text: str) -> list[str]:
    """A phrase's words, folded."""
    return [_fold(t) for t in _TOKEN.findall(text)]


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of one lexicon file (line 1 is the source/licence comment, line 2 the header)."""
    text = resources.files("classifiers.lexicons").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


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


# ---- the index ------------------------------------------------------------------------------------


class _Opens(NamedTuple):
    """What a word (or a literal) of the text opens."""

    needs: frozenset[int]
    rows: frozenset[int]  # rows with a clause of this one need
    clauses: tuple[tuple[int, frozenset[int], tuple[int, ...]], ...]  # clauses it starts, with their other needs


_NOTHING = _Opens(frozenset(), frozenset(), ())


@dataclass
class _Index:
    """Every phrase and regex row (each with its languages as bits), and the triggers that open their gates."""

    phrases: dict[tuple[str, ...], dict[str, int]] = field(default_factory=dict)  # words -> cue -> languages
    longer: set[tuple[str, ...]] = field(default_factory=set)  # the first words of a longer phrase
    starters: set[str] = field(default_factory=set)  # words that begin a phrase
    rows: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    row_langs: list[int] = field(default_factory=list)  # per row: language bits
    row_ids: dict[tuple[str, str], int] = field(default_factory=dict)  # (cue, pattern) -> row
    gates: list[tuple[tuple[int, ...], ...]] = field(default_factory=list)  # per row: clauses of need ids
    needs: dict[Need, int] = field(default_factory=dict)  # need -> id
    first: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # need id -> (row, clause) it starts
    direct: dict[int, list[int]] = field(default_factory=dict)  # need id -> rows it opens alone (one-need clauses)
    checks: dict[int, list[tuple[int, frozenset[int], tuple[int, ...]]]] = field(default_factory=dict)
    # ^ need id -> (row, the clause's other needs met by words alone, its other needs with literals to search)
    always: list[int] = field(default_factory=list)  # rows without a gate
    words: dict[str, list[int]] = field(default_factory=dict)  # whole word -> need ids
    prefixes: dict[str, list[int]] = field(default_factory=dict)  # start of a word -> need ids
    prefix_lengths: tuple[int, ...] = ()
    anywhere: dict[str, list[int]] = field(default_factory=dict)  # literal -> ids of rarest needs
    anywhere_by_first: dict[str, list[tuple[str, "_Opens"]]] = field(default_factory=dict)  # first character -> literals
    later: dict[int, tuple[str, ...] | re.Pattern[str]] = field(default_factory=dict)  # other needs' literals, on demand
    known_words: dict[str, "_Opens"] = field(default_factory=dict)  # word -> what it opens (cache)
    risky: re.Pattern[str] | None = None  # a text holding one of these runs every row
    starts: dict[int, tuple[frozenset[str], tuple[int, ...], dict[str, bool]]] = field(default_factory=dict)
    # ^ rows whose matches start at known words: (words, their lengths, word of the text -> starts one?)
    long_rows: set[int] = field(default_factory=set)  # rows with known first words and a long pattern
    start_answers: int = 0  # answers the rows' start caches hold together

    def add_phrase(self, words: tuple[str, ...], cue: str, langs: int) -> None:
        """A phrase row: looked up by its words; its first words mark where longer phrases go on."""
        names = self.phrases.setdefault(words, {})
        names[cue] = names.get(cue, 0) | langs
        self.longer.update(words[:k] for k in range(1, len(words)))
        self.starters.add(words[0])

    def add_regex(self, cue: str, pattern: str, langs: int) -> None:
        """A regex row, compiled once for all its languages, with its gate and (long rows) where it can start."""
        if (cue, pattern) in self.row_ids:
            self.row_langs[self.row_ids[cue, pattern]] |= langs
            return
        row = self.row_ids[cue, pattern] = len(self.rows)
        self.rows.append((cue, re.compile(pattern, re.IGNORECASE)))
        self.row_langs.append(langs)
        first_words = starts(pattern)
        if first_words:
            self.starts[row] = (first_words, tuple(sorted({len(w) for w in first_words})), {})
            if len(pattern) >= _SCAN_ALL_BELOW:
                self.long_rows.add(row)
        clauses = tuple(tuple(self.needs.setdefault(n, len(self.needs)) for n in c) for c in gate(pattern))
        self.gates.append(clauses)
        if () in clauses:
            self.always.append(row)
            return
        for number, clause in enumerate(clauses):
            self.first.setdefault(clause[0], []).append((row, number))

    def finish(self) -> None:
        """Trigger tables: words and word starts are looked up, literals found anywhere are searched."""
        for need, index in self.needs.items():
            literals = []
            for t in need:
                if t.kind == ANYWHERE and index not in self.first:
                    literals.append(t.text)
                    continue
                table = {WORD: self.words, PREFIX: self.prefixes, ANYWHERE: self.anywhere}[t.kind]
                table.setdefault(t.text, []).append(index)
            if len(literals) > _FEW_LITERALS:  # one search for all of them (case-sensitive: the text is folded)
                self.later[index] = re.compile("|".join(map(re.escape, sorted(literals, key=lambda t: (-len(t), t)))))
            elif literals:
                self.later[index] = tuple(literals)
        self.prefix_lengths = tuple(sorted({len(p) for p in self.prefixes}))
        for need, starts_of in self.first.items():
            for row, number in starts_of:
                rest = self.gates[row][number][1:]
                if not rest:
                    self.direct.setdefault(need, []).append(row)
                    continue
                words_only = frozenset(n for n in rest if n not in self.later)
                self.checks.setdefault(need, []).append((row, words_only, tuple(n for n in rest if n in self.later)))
        for literal, ids in self.anywhere.items():
            self.anywhere_by_first.setdefault(literal[0], []).append((literal, self.opens(ids)))
        risky = _risky_chars({t.text for need in self.needs for t in need})
        self.risky = re.compile(f"[{re.escape(risky)}]") if risky else None

    def opens(self, ids: Sequence[int]) -> "_Opens":
        """What meeting these needs opens: the needs, the rows they open alone, the clauses they start."""
        rows = {row for n in ids for row in self.direct.get(n, ())}
        return _Opens(frozenset(ids), frozenset(rows), tuple(c for n in ids for c in self.checks.get(n, ())))


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


@cache
def _index() -> _Index:
    """Every lexicon row of every language, compiled once; a row shared by languages is kept once."""
    index, bits = _Index(), _lang_bits()
    for name in LEXICON_FILES:
        for row in _rows(name):
            cue, pattern, kind = row["cue"].strip(), row["pattern"].strip(), row["kind"].strip()
            langs = bits[row["lang"].strip()]
            words = tuple(_tokens(pattern))
            if kind == "phrase" and words:
                index.add_phrase(words, cue, langs)
                continue
            regex = pattern if kind != "phrase" else re.escape(pattern)
            phrases = as_phrases(regex)
            for words in phrases or ():
                index.add_phrase(words, cue, langs)
            if not phrases:
                index.add_regex(cue, regex, langs)
    index.finish()
    return index


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


# ---- matching -------------------------------------------------------------------------------------


def _domain_cues(text: str) -> list[Cue]:
    """Links to low-credibility sites (subdomains included; some entries cover one section of a site)."""
    bad = low_credibility_domains()
    found = []
    for m in _URL.finditer(text):
        parts = urlsplit(m.group(0))
        host = (parts.hostname or "").lower().removeprefix("www.")
        labels = host.split(".")
        for i in range(len(labels) - 1):
            domain = ".".join(labels[i:])
            if any(parts.path.lower().startswith(prefix) for prefix in bad.get(domain, ())):
                found.append(Cue("low_cred_domain", m.start(), m.end(), domain))
                break
    return found


def _phrase_cues(text: str, folded: str, index: _Index, langs: int) -> list[Cue]:
    """Dictionary lookup of word n-grams (a hashtag also counts as its bare word)."""
    words = _TOKEN.findall(folded)
    longer, phrases, starters = index.longer, index.phrases, index.starters
    spans: list[tuple[int, int]] = []  # token positions, found at the first hit
    found = []
    for i, first in enumerate(words):
        for head in (first, first[1:]) if first[0] == "#" else (first,):
            if head not in starters:
                continue
            key, last = (head,), i
            while True:
                if key in phrases:
                    spans = spans or [m.span() for m in _TOKEN.finditer(folded)]
                    start, end = spans[i][0], spans[last][1]
                    found.extend(Cue(cue, start, end, text[start:end]) for cue, bits in phrases[key].items() if bits & langs)
                if key not in longer or last + 1 == len(words):
                    break
                last += 1
                key += (words[last],)
    return found


_FEW_LITERALS = 4  # up to this many literals, `in` beats one compiled search
_KNOWN_WORDS_LIMIT = 200_000  # distinct words remembered (per cache) before starting afresh


def _word_opens(word: str, index: _Index) -> _Opens:
    """What a word opens, as a whole word or by how it starts (remembered per word)."""
    ids = list(index.words.get(word, ()))
    for n in index.prefix_lengths:
        if n > len(word):
            break
        ids += index.prefixes.get(word[:n], ())
    if len(index.known_words) > _KNOWN_WORDS_LIMIT:
        index.known_words.clear()
    index.known_words[word] = found = index.opens(ids) if ids else _NOTHING
    return found


def _open_rows(text: str, folded: str, index: _Index, langs: int) -> list[int]:
    """Regex rows of these languages with a clause whose needs are all met (all when folding could hide a match)."""
    row_langs = index.row_langs
    if index.risky is not None and index.risky.search(text):
        return [row for row in range(len(index.rows)) if row_langs[row] & langs]
    met: set[int] = set()
    rows: set[int] = set(index.always)
    clauses: list[tuple[int, frozenset[int], tuple[int, ...]]] = []
    known = index.known_words
    for word in set(_WORD_RUN.findall(folded)):
        opens = known.get(word) or _word_opens(word, index)
        if opens is not _NOTHING:
            met |= opens.needs
            rows |= opens.rows
            clauses += opens.clauses
    by_first = index.anywhere_by_first
    for char in by_first.keys() & set(folded):
        for literal, opens in by_first[char]:
            if len(literal) == 1 or literal in folded:
                met |= opens.needs
                rows |= opens.rows
                clauses += opens.clauses
    for row, words_only, searched in clauses:
        if row not in rows and row_langs[row] & langs and met.issuperset(words_only):
            if all(n in met or _met_later(n, met, folded, index) for n in searched):
                rows.add(row)
    return [row for row in rows if row_langs[row] & langs]


def _met_later(need: int, met: set[int], folded: str, index: _Index) -> bool:
    """A need beyond a clause's rarest, met by a literal searched only now (remembered in met)."""
    literals = index.later.get(need)
    if literals is None:
        return False
    found = any(literal in folded for literal in literals) if type(literals) is tuple else literals.search(folded)
    if found:
        met.add(need)
    return bool(found)


def _regex_cues(text: str, folded: str, index: _Index, langs: int) -> list[Cue]:
    """Matches of the regex rows whose gate opens (long rows, or all in a long post, tried only where a match can start)."""
    found = []
    words: list[tuple[int, str]] | None = None
    safe = index.risky is None or not index.risky.search(text)
    tried_at_starts = index.starts if len(text) >= _LONG_POST else index.long_rows
    for row in _open_rows(text, folded, index, langs):
        cue, pattern = index.rows[row]
        if row in tried_at_starts and safe:
            if words is None:
                words = [(m.start(), m.group()) for m in _WORD_RUN.finditer(folded)]
            matches = _candidate_matches(pattern, text, _start_positions(words, index, row))
        else:
            matches = pattern.finditer(text)
        found.extend(Cue(cue, m.start(), m.end(), m.group(0)) for m in matches if m.end() > m.start())
    return found


def _start_positions(words: list[tuple[int, str]], index: _Index, row: int) -> list[int]:
    """Where the text's words begin with one of the row's first words (each word's answer remembered)."""
    first, lengths, seen = index.starts[row]
    if index.start_answers > _START_ANSWERS_LIMIT:  # the rows' caches are bounded together
        for _, _, answers in index.starts.values():
            answers.clear()
        index.start_answers = 0
    positions = []
    for position, word in words:
        hit = seen.get(word)
        if hit is None:
            hit = seen[word] = any(word[:n] in first for n in lengths if n <= len(word))
            index.start_answers += 1
        if hit:
            positions.append(position)
    return positions


_START_ANSWERS_LIMIT = 1_000_000  # answers remembered by all rows' start caches together


def _candidate_matches(pattern: re.Pattern[str], text: str, positions: list[int]) -> list[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose matches are never empty and start only at these positions.

    finditer finds the first match at or after the end of the previous one; trying each possible
    start in order from that end finds the same match.
    """
    found, end = [], 0
    for position in positions:
        if position >= end:
            m = pattern.match(text, position)
            if m:
                found.append(m)
                end = m.end()
    return found


@cache
def _employer_pattern(employers: tuple[str, ...]) -> re.Pattern[str] | None:
    """The person's own employer names from the Context, as one pattern."""
    names = [re.escape(e).replace(r"\ ", r"\s+") for e in employers if e.strip()]
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)


def find_cues(text: str, langs: tuple[str, ...], employers: tuple[str, ...] = ()) -> list[Cue]:
    """Every cue in the text for the given languages, sorted by position, each (cue, span) once."""
    found: list[Cue] = []
    if langs:
        index, bits = _index(), _query_bits(tuple(langs))
        folded = _fold(text)
        found += _phrase_cues(text, folded, index, bits)
        found += _regex_cues(text, folded, index, bits)
    if "://" in text:
        found.extend(_domain_cues(text))
    employer = _employer_pattern(tuple(employers))
    if employer is not None:
        found.extend(Cue("employer_named", m.start(), m.end(), m.group(0)) for m in employer.finditer(text))
    unique = {(c.name, c.start, c.end): c for c in found}
    return sorted(unique.values(), key=lambda c: (c.start, c.end, c.name))
