"""The lexicons compiled for matching: phrases by their words, regex rows behind gates.

Phrases are looked up by word n-grams in one dictionary. Each regex row runs only when its gate
opens: per top-level alternative, a few sets of literals ("needs", derived from the pattern by
classifiers/gates.py) such that the alternative cannot match unless one literal of every set is in
the folded text, as a whole word, as the start of a word, or anywhere. A long row whose matches
always begin with known words is tried only where those words are (classifiers/cues.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Iterable, Iterator, NamedTuple, Sequence

from classifiers.gates import ANYWHERE, PREFIX, WORD, Need, _risky_chars, analysis, gate
from classifiers.lexicon import _entries, _lang_bits
from classifiers.patterns import _SCAN_ALL_BELOW, starts
from classifiers.sure_signs import sure_table

_FEW_LITERALS = 4  # up to this many literals, `in` beats one compiled search

class _Opens(NamedTuple):
    """What a word (or a literal) of the text opens. Sets of needs and rows are bits of an int (bit n: need or row
    n): a post's words are many, and or-ing ints costs a fraction of uniting sets."""

    needs: int
    rows: int  # rows with a clause of this one need
    clauses: tuple[tuple[int, int, tuple[int, ...]], ...]  # clauses it starts: row, other needs met by words alone, needs to search


_NOTHING = _Opens(0, 0, ())


def bits_of(numbers: Iterable[int]) -> int:
    """A set of needs or rows as an int (bit n set: n is in the set)."""
    bits = 0
    for n in numbers:
        bits |= 1 << n
    return bits


def numbers_of(bits: int) -> list[int]:
    """The set bits of an int, lowest first."""
    numbers = []
    while bits:
        low = bits & -bits
        numbers.append(low.bit_length() - 1)
        bits ^= low
    return numbers


class _Rows:
    """The regex rows, each (cue, compiled pattern); a pattern is compiled the first time it is asked for. A post opens
    a few rows, and compiling all 1,190 took half a second of every start (a small archive never needs most)."""

    def __init__(self) -> None:
        self._cues: list[str] = []
        self._sources: list[str] = []
        self._compiled: list[re.Pattern[str] | None] = []

    def append(self, cue: str, source: str) -> None:
        self._cues.append(cue)
        self._sources.append(source)
        self._compiled.append(None)

    def __len__(self) -> int:
        return len(self._cues)

    def __getitem__(self, row: int) -> tuple[str, re.Pattern[str]]:
        pattern = self._compiled[row]
        if pattern is None:
            pattern = self._compiled[row] = re.compile(self._sources[row], re.IGNORECASE)
        return self._cues[row], pattern

    def __iter__(self) -> Iterator[tuple[str, re.Pattern[str]]]:
        return (self[row] for row in range(len(self)))


@dataclass
class _Index:
    """Every phrase and regex row (each with its languages as bits), and the triggers that open their gates."""

    phrases: dict[tuple[str, ...], dict[str, int]] = field(default_factory=dict)  # words -> cue -> languages
    longer: set[tuple[str, ...]] = field(default_factory=set)  # the first words of a longer phrase
    starters: set[str] = field(default_factory=set)  # words that begin a phrase
    rows: _Rows = field(default_factory=_Rows)  # (cue, pattern), compiled on first use
    row_langs: list[int] = field(default_factory=list)  # per row: language bits
    row_ids: dict[tuple[str, str], int] = field(default_factory=dict)  # (cue, pattern) -> row
    gates: list[tuple[tuple[int, ...], ...]] = field(default_factory=list)  # per row: clauses of need ids
    needs: dict[Need, int] = field(default_factory=dict)  # need -> id
    first: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # need id -> (row, clause) it starts
    direct: dict[int, list[int]] = field(default_factory=dict)  # need id -> rows it opens alone (one-need clauses)
    checks: dict[int, list[tuple[int, int, tuple[int, ...]]]] = field(default_factory=dict)
    # ^ need id -> (row, the clause's other needs met by words alone, its other needs with literals to search)
    always: list[int] = field(default_factory=list)  # rows without a gate
    always_bits: int = 0  # the same, as bits
    rows_by_langs: dict[int, int] = field(default_factory=dict)  # language bits -> the rows of these languages, as bits
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
    sure: dict[int, tuple[str, str]] = field(default_factory=dict)  # sure-sign rows: row -> (category, sign); not cues
    unless: dict[int, re.Pattern[str]] = field(default_factory=dict)  # row -> a post where this matches gets nothing from it

    def add_phrase(self, words: tuple[str, ...], cue: str, langs: int) -> None:
        """A phrase row: looked up by its words; its first words mark where longer phrases go on."""
        names = self.phrases.setdefault(words, {})
        names[cue] = names.get(cue, 0) | langs
        self.longer.update(words[:k] for k in range(1, len(words)))
        self.starters.add(words[0])

    def add_regex(self, cue: str, pattern: str, langs: int, gate_of: tuple, first_words: frozenset[str] | None,
                  unless: str | None = None) -> None:
        """A regex row, compiled once for all its languages, with its gate, (long rows) where it can start, and the
        regex that, found anywhere in a post, stops it there."""
        if (cue, pattern) in self.row_ids:
            row = self.row_ids[cue, pattern]
            if unless != (self.unless[row].pattern if row in self.unless else None):
                raise ValueError(f"lexicon: the {cue} row {pattern[:60]!r} is there twice with different `unless`")
            self.row_langs[row] |= langs
            return
        row = self.row_ids[cue, pattern] = len(self.rows)
        self.rows.append(cue, pattern)
        self.row_langs.append(langs)
        if unless is not None:
            self.unless[row] = re.compile(unless, re.IGNORECASE)
        if first_words:
            self.starts[row] = (first_words, tuple(sorted({len(w) for w in first_words})), {})
            if len(pattern) >= _SCAN_ALL_BELOW:
                self.long_rows.add(row)
        clauses = tuple(tuple(self.needs.setdefault(n, len(self.needs)) for n in c) for c in gate_of)
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
                words_only = bits_of(n for n in rest if n not in self.later)
                self.checks.setdefault(need, []).append((row, words_only, tuple(n for n in rest if n in self.later)))
        for literal, ids in self.anywhere.items():
            self.anywhere_by_first.setdefault(literal[0], []).append((literal, self.opens(ids)))
        self.always_bits = bits_of(self.always)
        risky = _risky_chars({t.text for need in self.needs for t in need})
        self.risky = re.compile(f"[{re.escape(risky)}]") if risky else None

    def opens(self, ids: Sequence[int]) -> "_Opens":
        """What meeting these needs opens: the needs, the rows they open alone, the clauses they start."""
        rows = bits_of(row for n in ids for row in self.direct.get(n, ()))
        return _Opens(bits_of(ids), rows, tuple(c for n in ids for c in self.checks.get(n, ())))

    def rows_of(self, langs: int) -> int:
        """The rows of these languages, as bits (remembered)."""
        rows = self.rows_by_langs.get(langs)
        if rows is None:
            rows = self.rows_by_langs[langs] = bits_of(row for row, bits in enumerate(self.row_langs) if bits & langs)
        return rows


@cache
def _index() -> _Index:
    """Every lexicon row of every language, compiled once; a row shared by languages is kept once. The sure signs
    (classifiers/sure_signs.py) are rows too, so that one pass over a post's words opens both; their matches are
    reported apart, never as cues."""
    index = _Index()
    for cue, regex, langs, words, unless in _entries():
        if words is not None:
            index.add_phrase(words, cue, langs)
            continue
        phrases, clauses, first = analysis(regex)
        if unless is not None:  # never a phrase: the phrase lookup cannot see the rest of the post
            if phrases:
                clauses, first = gate(regex), starts(regex)
            index.add_regex(cue, regex, langs, clauses, first, unless)
            continue
        for words in phrases or ():
            index.add_phrase(words, cue, langs)
        if not phrases:
            index.add_regex(cue, regex, langs, clauses, first)
    bits = _lang_bits()
    for (category, lang), table in sorted(sure_table().items()):  # sure signs ride the same gates, as regex rows
        for sign, pattern in table.signs:
            name = f"sure:{category}:{sign}"
            index.add_regex(name, pattern.pattern, bits[lang], gate(pattern.pattern), starts(pattern.pattern))
            index.sure[index.row_ids[name, pattern.pattern]] = (category, sign)
    index.finish()
    return index
