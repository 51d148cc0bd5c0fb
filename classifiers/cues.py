"""Cues: lexicon entries and patterns (data in classifiers/lexicons/*.tsv) found in a text.

A cue match is both a model feature ("cue:party") and evidence a person can read ("NPD").
Speed matters (every post is scanned, once for all its languages): phrases are looked up by word
n-grams in one dictionary, and each regex row runs only when its gate opens. A gate is derived
from the pattern itself: per top-level alternative, a few sets of literals ("needs") such that
the alternative cannot match unless one literal of every set is in the folded text, as a whole
word, as the start of a word, or anywhere. A long row whose matches always begin with known words
is tried only where those words are. The regex still decides every match, so all this changes
speed, never results (tests/test_cues.py checks it on strings made from every row). A row with an
`unless` regex (a column of the lexicon) finds nothing in a post where that regex is found.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from classifiers.cue_index import _NOTHING, _Index, _Opens, _index, numbers_of
from classifiers.lexicon import Cue, _query_bits, low_credibility_domains
from classifiers.patterns import _LONG_POST, _TOKEN, _WORD_RUN, _fold

_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)


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
    met = 0  # needs met, as bits
    rows = index.always_bits
    clauses: list[tuple[int, int, tuple[int, ...]]] = []
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
    missing: set[int] = set()  # needs searched for and not found
    for row, words_only, searched in clauses:
        if not rows >> row & 1 and row_langs[row] & langs and words_only & met == words_only:
            for n in searched:
                if not met >> n & 1:
                    if n in missing or not _found_later(n, folded, index):
                        missing.add(n)
                        break
                    met |= 1 << n
            else:
                rows |= 1 << row
    return numbers_of(rows & index.rows_of(langs))  # in row order, whatever the gates


def _found_later(need: int, folded: str, index: _Index) -> bool:
    """A need beyond a clause's rarest, met by a literal searched only now."""
    literals = index.later.get(need)
    if literals is None:
        return False
    return bool(any(literal in folded for literal in literals) if type(literals) is tuple else literals.search(folded))


def _regex_cues(text: str, folded: str, index: _Index, langs: int, sure: list | None = None) -> list[Cue]:
    """Matches of the regex rows whose gate opens (long rows, or all in a long post, tried only where a match can start).

    A sure-sign row's matches go to `sure` as (row, match), not to the cues (and nowhere when `sure` is None)."""
    found = []
    words: list[tuple[int, str]] | None = None
    safe = index.risky is None or not index.risky.search(text)
    tried_at_starts = index.starts if len(text) >= _LONG_POST else index.long_rows
    for row in _open_rows(text, folded, index, langs):
        if row in index.sure and sure is None:
            continue
        cue, pattern = index.rows[row]
        if row in index.unless and index.unless[row].search(text):
            continue
        if row in tried_at_starts and safe:
            if words is None:
                words = [(m.start(), m.group()) for m in _WORD_RUN.finditer(folded)]
            matches = _candidate_matches(pattern, text, _start_positions(words, index, row))
        else:
            matches = pattern.finditer(text)
        if row in index.sure:
            sure.extend((row, m) for m in matches if m.end() > m.start())
            continue
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


def find_cues(text: str, langs: tuple[str, ...], employers: tuple[str, ...] = (), sure: list | None = None) -> list[Cue]:
    """Every cue in the text for the given languages, sorted by position, each (cue, span) once; with a `sure`
    list, the sure signs' matches are added to it as (row, match) (sure_signs.signs_found reads them)."""
    found: list[Cue] = []
    if langs:
        index, bits = _index(), _query_bits(tuple(langs))
        folded = _fold(text)
        found += _phrase_cues(text, folded, index, bits)
        found += _regex_cues(text, folded, index, bits, sure)
    if "://" in text:
        found.extend(_domain_cues(text))
    employer = _employer_pattern(tuple(employers))
    if employer is not None:
        found.extend(Cue("employer_named", m.start(), m.end(), m.group(0)) for m in employer.finditer(text))
    unique = {(c.name, c.start, c.end): c for c in found}
    return sorted(unique.values(), key=lambda c: (c.start, c.end, c.name))
