"""Cues: lexicon entries and patterns (data in classifiers/lexicons/*.tsv) found in a text.

A cue match is both a model feature ("cue:party") and evidence a person can read ("NPD").
Speed matters (every post is scanned): phrases are looked up by word n-grams in one dictionary
per language, and each regex row runs only when a literal it cannot match without (derived from
the pattern itself) is present in the lower-cased text.
"""

from __future__ import annotations

import csv
import re
import re._parser as sre_parse  # the standard library's own pattern parser, to derive required literals
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

LEXICON_FILES = (
    "partisanship", "employer_criticism", "confidential_info", "harassment",
    "conflict_of_interest", "misinformation", "official_capacity",
)
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_TOKEN = re.compile(r"#?\w+(?:['’]\w+)*")
_MIN_TRIGGER = 2


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


_WORD_START_ATS = {sre_parse.AT_BOUNDARY, sre_parse.AT_BEGINNING, sre_parse.AT_BEGINNING_STRING}


def _required(items: list, word_start: bool = False) -> set[tuple[str, bool]] | None:
    """(literal, starts a word) pairs of which one must occur for the parsed pattern to match, or None."""
    candidates: list[set[tuple[str, bool]]] = []
    run: list[str] = []
    run_initial = False
    at_start = word_start
    for op, arg in items:
        if op is sre_parse.LITERAL:
            if not run:
                run_initial = at_start
            run.append(chr(arg))
            at_start = not (chr(arg).isalnum() or chr(arg) == "_")
            continue
        if run:
            candidates.append({("".join(run), run_initial)})
            run = []
        sub = None
        if op is sre_parse.SUBPATTERN:
            sub = _required(list(arg[3]), at_start)
        elif op is sre_parse.BRANCH:
            alternatives = [_required(list(b), at_start) for b in arg[1]]
            sub = set().union(*alternatives) if all(alternatives) else None
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and arg[0] >= 1:
            sub = _required(list(arg[2]), at_start)
        if sub:
            candidates.append(sub)
        at_start = op is sre_parse.AT and arg in _WORD_START_ATS or _is_space(op, arg)
    if run:
        candidates.append({("".join(run), run_initial)})
    candidates = [c for c in candidates if min(len(t) for t, _ in c) >= _MIN_TRIGGER]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(t) for t, _ in c), -len(c)))


def _is_space(op: object, arg: object) -> bool:
    """A repeat or class of white space, after which a word starts."""
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        return all(_is_space(o, a) for o, a in arg[2])
    return op is sre_parse.IN and arg == [(sre_parse.CATEGORY, sre_parse.CATEGORY_SPACE)]


@dataclass(frozen=True)
class Gate:
    """When a regex row may match: a word starting with one of `prefixes`, or one of `substrings`."""

    prefixes: tuple[str, ...] = ()
    substrings: tuple[str, ...] = ()


_LEADING_WORD = re.compile(r"\w+")


def triggers(pattern: str) -> Gate | None:
    """The gate of a regex row, derived from the pattern (None: the row always runs)."""
    try:
        found = _required(list(sre_parse.parse(pattern, re.IGNORECASE)))
    except (re.error, TypeError, ValueError, IndexError, AttributeError):
        return None
    if not found:
        return None
    prefixes, substrings = set(), set()
    for literal, initial in found:
        literal = _fold(literal)
        word = _LEADING_WORD.match(literal)
        if initial and word and len(word.group()) >= _MIN_TRIGGER:
            prefixes.add(word.group())
        else:
            substrings.add(literal)
    return Gate(tuple(sorted(prefixes)), tuple(sorted(substrings)))


_EXPAND_LIMIT = 3000
_PHRASE_SAFE = re.compile(r"^[\w'’ -]+$")


def _is_word_guard(op: object, arg: object) -> bool:
    """\\b, (?<!\\w) or (?!\\w): the pattern stops at word edges, as phrase lookup does."""
    if op is sre_parse.AT:
        return arg is sre_parse.AT_BOUNDARY
    if op is sre_parse.ASSERT_NOT:
        return arg[1] == [(sre_parse.IN, [(sre_parse.CATEGORY, sre_parse.CATEGORY_WORD)])]
    return False


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
        elif _is_word_guard(op, arg):
            parts = [""]
        else:
            return None
        if parts is None:
            return None
        results = [r + x for r in results for x in parts]
        if len(results) > _EXPAND_LIMIT:
            return None
    return results


def as_phrases(pattern: str) -> list[tuple[str, ...]] | None:
    """A regex row that is really a finite list of phrases between word edges, as word tuples."""
    try:
        items = list(sre_parse.parse(pattern, re.IGNORECASE))
    except (re.error, TypeError, ValueError, IndexError, AttributeError):
        return None
    if len(items) < 2 or not (_is_word_guard(*items[0]) and _is_word_guard(*items[-1])):
        return None
    strings = _expand(items)
    if not strings or not all(_PHRASE_SAFE.match(x) and x.strip() for x in strings):
        return None
    return sorted({tuple(_tokens(x)) for x in strings})


@dataclass
class _Lexicon:
    """All cues of all files for one language."""

    phrases: dict[tuple[str, ...], list[str]] = field(default_factory=dict)  # words -> cue names
    longest: dict[str, int] = field(default_factory=dict)  # first word -> longest phrase starting with it
    gated: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    by_prefix: dict[str, list[int]] = field(default_factory=dict)  # word prefix -> gated rows
    by_substring: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    always: list[int] = field(default_factory=list)  # rows no literal gates

    def add_regex(self, cue: str, pattern: re.Pattern[str], gate: "Gate | None") -> None:
        index = len(self.gated)
        self.gated.append((cue, pattern))
        if gate is None:
            self.always.append(index)
            return
        for prefix in gate.prefixes:
            self.by_prefix.setdefault(prefix, []).append(index)
        if gate.substrings:
            self.by_substring.append((index, gate.substrings))

    def add_phrase(self, words: tuple[str, ...], cue: str) -> None:
        names = self.phrases.setdefault(words, [])
        if cue not in names:
            names.append(cue)
        self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))


@cache
def lexicon(lang: str) -> _Lexicon:
    """Every lexicon row for one language, compiled once."""
    lex = _Lexicon()
    for name in LEXICON_FILES:
        for row in _rows(name):
            if row["lang"].strip() not in (lang, "*"):
                continue
            cue, pattern = row["cue"].strip(), row["pattern"].strip()
            words = tuple(_tokens(pattern))
            if row["kind"].strip() == "phrase" and words:
                lex.add_phrase(words, cue)
                continue
            regex = pattern if row["kind"].strip() != "phrase" else re.escape(pattern)
            phrases = as_phrases(regex)
            if phrases:
                for words in phrases:
                    lex.add_phrase(words, cue)
            else:
                lex.add_regex(cue, re.compile(regex, re.IGNORECASE), triggers(regex))
    return lex


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


def _phrase_cues(text: str, lex: _Lexicon) -> list[Cue]:
    """Dictionary lookup of word n-grams (a hashtag also counts as its bare word)."""
    spans = [(m.start(), m.end(), _fold(m.group())) for m in _TOKEN.finditer(text)]
    words = [w for _, _, w in spans]
    found = []
    for i, (start, _, first) in enumerate(spans):
        for head in (first, first[1:]) if first.startswith("#") else (first,):
            for n in range(1, lex.longest.get(head, 0) + 1):
                key = (head, *words[i + 1 : i + n])
                if len(key) == n and key in lex.phrases:
                    end = spans[i + n - 1][1]
                    found.extend(Cue(cue, start, end, text[start:end]) for cue in lex.phrases[key])
    return found


def _regex_cues(text: str, lex: _Lexicon) -> list[Cue]:
    """Regex rows whose gate opens: a word of the text starts with a prefix, or a substring is present."""
    folded = _fold(text)
    rows: set[int] = set(lex.always)
    for word in _LEADING_WORD.findall(folded):
        for n in range(_MIN_TRIGGER, len(word) + 1):
            hit = lex.by_prefix.get(word[:n])
            if hit:
                rows.update(hit)
    for index, substrings in lex.by_substring:
        if index not in rows and any(t in folded for t in substrings):
            rows.add(index)
    found = []
    for index in sorted(rows):
        cue, pattern = lex.gated[index]
        found.extend(Cue(cue, m.start(), m.end(), m.group(0)) for m in pattern.finditer(text) if m.end() > m.start())
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
    for lang in langs:
        lex = lexicon(lang)
        found.extend(_phrase_cues(text, lex))
        found.extend(_regex_cues(text, lex))
    if "://" in text:
        found.extend(_domain_cues(text))
    employer = _employer_pattern(tuple(employers))
    if employer is not None:
        found.extend(Cue("employer_named", m.start(), m.end(), m.group(0)) for m in employer.finditer(text))
    unique = {(c.name, c.start, c.end): c for c in found}
    return sorted(unique.values(), key=lambda c: (c.start, c.end, c.name))
