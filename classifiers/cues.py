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
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple, Sequence
from importlib import resources
from urllib.parse import urlsplit

from classifiers.gates import ANYWHERE, PREFIX, WORD, Need, _risky_chars, analysis
from classifiers.patterns import _LONG_POST, _SCAN_ALL_BELOW, _TOKEN, _WORD_RUN, _fold, _tokens

LEXICON_FILES = (
    "partisanship", "employer_criticism", "confidential_info", "harassment",
    "conflict_of_interest", "misinformation", "official_capacity",
)
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cue:
    """One match: which cue, where, and the words matched."""

    name: str
    start: int
    end: int
    entry: str



def _rows(name: str) -> list[dict[str, str]]:
    """Rows of one lexicon file (line 1 is the source/licence comment, line 2 the header)."""
    text = resources.files("classifiers.lexicons").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))



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

    def add_regex(self, cue: str, pattern: str, langs: int, gate_of: tuple, first_words: frozenset[str] | None) -> None:
        """A regex row, compiled once for all its languages, with its gate and (long rows) where it can start."""
        if (cue, pattern) in self.row_ids:
            self.row_langs[self.row_ids[cue, pattern]] |= langs
            return
        row = self.row_ids[cue, pattern] = len(self.rows)
        self.rows.append((cue, re.compile(pattern, re.IGNORECASE)))
        self.row_langs.append(langs)
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


def _entries() -> list[tuple[str, str, int, tuple[str, ...] | None]]:
    """(cue, regex, languages, words) per lexicon row: words for a plain phrase, else the regex to analyse."""
    bits, entries = _lang_bits(), []
    for name in LEXICON_FILES:
        for row in _rows(name):
            cue, pattern, kind = row["cue"].strip(), row["pattern"].strip(), row["kind"].strip()
            words = tuple(_tokens(pattern))
            phrase = kind == "phrase" and bool(words)
            regex = pattern if kind != "phrase" else re.escape(pattern)
            entries.append((cue, regex, bits[row["lang"].strip()], words if phrase else None))
    return entries


def regex_patterns() -> list[str]:
    """Every regex the lexicons hold (what classifiers/models/cue_gates.json describes)."""
    return sorted({regex for _, regex, _, words in _entries() if words is None})


@cache
def _index() -> _Index:
    """Every lexicon row of every language, compiled once; a row shared by languages is kept once."""
    index = _Index()
    for cue, regex, langs, words in _entries():
        if words is not None:
            index.add_phrase(words, cue, langs)
            continue
        phrases, clauses, first = analysis(regex)
        for words in phrases or ():
            index.add_phrase(words, cue, langs)
        if not phrases:
            index.add_regex(cue, regex, langs, clauses, first)
    index.finish()
    return index


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
            for n in searched:
                if n not in met and not _met_later(n, met, folded, index):
                    break
            else:
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
        for m in matches:
            if m.end() > m.start():
                found.append(Cue(cue, m.start(), m.end(), m.group(0)))
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
