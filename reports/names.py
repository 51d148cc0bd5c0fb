"""Other people's names written in free text, for `--redact` (lists in reports/name_lists/, see SOURCES.md).

A name starts at a capitalised word that is a known given name, or any capitalised word after a
title ("Mme", "Dr") or a relation, birthday or greeting ("mon amie", "happy birthday"); a given name
that is also a word ("Rose", "Will", "May") needs a weaker cue before it ("avec", "with", "merci") or
a family name after it. A name runs over the capitalised family names that follow it. Not a
person: places ("rue Jean-Talon", "Simon Fraser University"), shops ("Tim Hortons"), months and
greetings, the person's own names, and the public figures of the partisanship lexicon (its
`leader` rows, fences included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from reports.public_figures import fold, leader_spans

_WORD = re.compile(r"(?<![^\W\d_])(?:[Qq][Uu]|[LlDdJjNnSsMmTtCc])['’](?=[^\W\d_])|[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_SKIP = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\w-]+")
_CUE_GAP = re.compile(r"\s*,?\s+|\s*,\s*")  # "Merci Julie", "Merci, Julie"
_NAME_GAP = re.compile(r" +")  # between the words of one name
_PARTICLES = frozenset("de du des van von der den da di dos das del della la le bin ibn al el ben".split())
_RELATIONS = ("mon ", "ma ", "mes ", "my ", "notre ", "nos ", "our ")  # relation cues that may follow a name
MAX_WORDS = 5  # words in one name, particles included


def _lines(name: str) -> list[str]:
    """The non-comment lines of a list file."""
    text = resources.files("reports.name_lists").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class _Lists:
    """The name lists, folded: single words as sets, several-word phrases by their first word."""

    given: frozenset[str]
    ambiguous: frozenset[str]
    never: frozenset[str]
    places: frozenset[str]
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    cues: dict[str, frozenset[tuple[str, ...]]]


@cache
def lists() -> _Lists:
    """The lists of reports/name_lists/, loaded once."""
    words = {name: [tuple(fold(w) for w in _WORD.findall(line)) for line in _lines(f"{name}.txt")]
             for name in ("first_names", "ambiguous_first_names", "not_names", "places_and_brands")}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words["not_names"] + words["places_and_brands"]:
        if len(phrase) > 1:
            phrases.setdefault(phrase[0], []).append(phrase)
    cues: dict[str, set[tuple[str, ...]]] = {}
    for line in _lines("name_cues.tsv")[1:]:
        kind, phrase = (line.split("\t") + [""])[:2]
        cues.setdefault(kind, set()).add(tuple(fold(phrase).split()) if kind != "title" else (fold(phrase),))

    def singles(name: str) -> frozenset[str]:
        return frozenset(p[0] for p in words[name] if len(p) == 1)

    return _Lists(singles("first_names"), singles("ambiguous_first_names"), singles("not_names"), singles("places_and_brands"),
                  {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
                  {k: frozenset(v) for k, v in cues.items()})


@dataclass(frozen=True, slots=True)
class _Tok:
    """A word of the text: where it starts, where the name in it ends (before a possessive 's), its folded forms."""

    start: int
    end: int
    text: str
    key: str  # folded, possessive removed
    raw: str  # folded as written ("wendy's")

    @property
    def capital(self) -> bool:
        return self.text[0].isupper() and not (len(self.text) > 1 and self.text.isupper())


def _tokens(text: str) -> list[_Tok]:
    """Words outside links, e-mail addresses, @handles and #hashtags; French elisions (d', l') dropped."""
    skip = [m.span() for m in _SKIP.finditer(text)]
    out = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word[-1] in "'’" or any(s < m.end() and m.start() < e for s, e in skip):
            continue
        name = word[:-2] if len(word) > 3 and fold(word[-2:]) == "'s" else word
        out.append(_Tok(m.start(), m.start() + len(name), name, fold(name), fold(word)))
    return out


@dataclass(frozen=True, slots=True)
class Name:
    """A span of the text that names a third party, and its words that no list knows as a given name (folded)."""

    start: int
    end: int
    words: tuple[str, ...]  # family names and rare given names: masked wherever else they are written
    public: bool = False  # its family name is a leader's ("Sarah Kenney"): kept where a finding quotes it


class _Finder:
    """One text's words and the tests that decide where names start and end."""

    def __init__(self, text: str, own: frozenset[str], known: frozenset[str]) -> None:
        self.text, self.own, self.known, self.l = text, own, known, lists()
        self.toks = _tokens(text)
        self._leaders: list[tuple[int, int]] | None = None

    def gap(self, a: int, b: int) -> str:
        """The text between word a and word b."""
        return self.text[self.toks[a].end:self.toks[b].start] if a >= 0 else self.text[:self.toks[b].start]

    def cue(self, i: int, kind: str) -> bool:
        """Does a cue of this kind end right before word i?"""
        cues = self.l.cues.get(kind, frozenset())
        if i == 0 or not _CUE_GAP.fullmatch(self.gap(i - 1, i)):
            return False
        for size in range(1, 5):
            first = i - size
            if first < 0:
                break
            if size > 1 and not _NAME_GAP.fullmatch(self.gap(first, first + 1).replace("\n", " ")):
                break
            if tuple(t.raw for t in self.toks[first:i]) in cues:
                return True
        return False

    def title(self, i: int) -> bool:
        """Is word i-1 a title ("Mme", "M.", "Dr") right before word i?"""
        if i == 0 or not self.is_title(i - 1):
            return False
        gap = self.gap(i - 1, i)
        return _NAME_GAP.fullmatch(gap[1:] if gap.startswith(".") else gap) is not None

    def relation_after(self, i: int) -> bool:
        """Is word i followed by ", ma voisine", ", my friend"…?"""
        j = i + 1
        if j >= len(self.toks) or not re.fullmatch(r"\s*,\s*", self.gap(i, j)):
            return False
        for size in (2, 3):
            seq = " ".join(t.raw for t in self.toks[j:j + size])
            if seq.startswith(_RELATIONS) and tuple(seq.split()) in self.l.cues.get("relation", frozenset()):
                return True
        return False

    def phrase_at(self, i: int) -> int:
        """Words taken by a place, shop or never-a-name phrase starting at word i (0 if none)."""
        for phrase in self.l.phrases.get(self.toks[i].raw, self.l.phrases.get(self.toks[i].key, ())):
            n = len(phrase)
            words = self.toks[i:i + n]
            if len(words) == n and all(t.raw == p or t.key == p for t, p in zip(words, phrase)) and \
                    all(_NAME_GAP.fullmatch(self.gap(k, k + 1)) for k in range(i, i + n - 1)):
                return n
        return 0

    def is_given(self, tok: _Tok) -> bool:
        """A known given name, compound ones included ("Marie-Ève"); "Jean-Talon" is a street, not a name."""
        if tok.key in self.l.given or tok.key in self.known:
            return True
        parts = tok.key.split("-")
        return len(parts) > 1 and all(p in self.l.given for p in parts)

    def word_is(self, kind: str, key: str) -> bool:
        """Is this folded word a cue of this kind ("place_before": rue, parc; "place_after": Street, Cup)?"""
        return (key,) in self.l.cues.get(kind, ())

    def is_title(self, i: int) -> bool:
        """Is word i a title ("Mme", "M.", "Dr")?"""
        tok = self.toks[i]
        if not (tok.capital or tok.text == "M"):  # "a.m." is no title, nor "MS" (the illness)
            return False
        return self.word_is("title", tok.key) or (self.word_is("title", tok.key + ".") and self.text[tok.end:tok.end + 1] == ".")

    def start(self, i: int) -> str | None:
        """How strongly word i starts a name: "sure", "needs_family" (a family name must follow) or None."""
        tok = self.toks[i]
        if not tok.capital or len(tok.key) < 2 or tok.key in self.l.never or tok.raw in self.l.never or self.is_title(i):
            return None
        if tok.raw != tok.key and tok.raw in self.l.places:
            return None  # "Tim's", "Wendy's": a shop
        if i > 0 and self.word_is("place_before", self.toks[i - 1].key) and re.fullmatch(r"\.? +", self.gap(i - 1, i)):
            return None  # rue Jean-Talon, parc Lafontaine, école Marie-Curie
        if "-" in tok.key and self.word_is("place_before", tok.key.split("-")[0]):
            return None  # Saint-Jérôme, Mont-Tremblant
        if self.title(i) or self.is_given(tok):
            return "sure"
        place = tok.key in self.l.places or tok.raw in self.l.places
        related = self.cue(i, "relation") or self.relation_after(i)
        if tok.key in self.l.ambiguous:  # "Rose", "Will", "France": a word, a month or a place unless context says otherwise
            if related or (self.cue(i, "with") and not place):
                return "sure"
            inside_title = i > 0 and self.toks[i - 1].capital and _NAME_GAP.fullmatch(self.gap(i - 1, i))
            return None if inside_title else "needs_family"  # "Canada Summer Jobs"
        return "sure" if related and not place else None

    def family(self, j: int) -> int:
        """Words of a family name starting at word j: 1, 2 with a particle ("de Montigny"), 0 if none."""
        tok = self.toks[j]
        if tok.key in _PARTICLES and not tok.capital and j + 1 < len(self.toks):
            nxt = self.toks[j + 1]
            ok = nxt.capital and nxt.key not in self.l.places and _NAME_GAP.fullmatch(self.gap(j, j + 1))
            return 2 if ok and self.family(j + 1) == 1 else 0
        if not tok.capital or tok.key in self.l.never or tok.raw in self.l.never or self.word_is("place_after", tok.key):
            return 0
        if len(tok.text) == 1:  # an initial: "Julie T. Tremblay"
            return 1 if self.text[tok.end:tok.end + 1] == "." else 0
        return 0 if self.is_title(j) else 1

    def _family_ok(self, i: int, last: int) -> bool:
        """For a weak start: family words follow, none a given name, a place or a public figure."""
        rest = self.toks[i + 1:last + 1]
        return bool(rest) and not self.is_given(rest[0]) and not any(t.key in self.l.places for t in rest) \
            and not self.covered(rest[0].start, rest[-1].end)

    def leaders(self) -> list[tuple[int, int]]:
        """Spans of the public figures of the partisanship lexicon in this text (computed once, when needed)."""
        if self._leaders is None:
            self._leaders = leader_spans(self.text, [t.key for t in self.toks if t.capital])
        return self._leaders

    def covered(self, start: int, end: int) -> bool:
        """Is [start, end) entirely inside the public figures' spans?"""
        pos = start
        for s, e in sorted(self.leaders()):
            if s <= pos < e:
                pos = e
        return pos >= end

    def names(self) -> list[Name]:
        """Every third-party name in the text, left to right."""
        out, i, toks = [], 0, self.toks
        while i < len(toks):
            skip = self.phrase_at(i)
            if skip:
                i += skip
                continue
            strength = self.start(i)
            if strength is None:
                i += 1
                continue
            last, j = i, i + 1
            while j < len(toks) and j - i < MAX_WORDS:
                gap = self.gap(j - 1, j)
                initial = len(toks[j - 1].text) == 1 and gap.startswith(".")
                if not (_NAME_GAP.fullmatch(gap) or (initial and _NAME_GAP.fullmatch(gap[1:]))) or self.phrase_at(j):
                    break
                n = self.family(j)
                if n == 0:
                    break
                last, j = j + n - 1, j + n
            after = toks[last + 1] if last + 1 < len(toks) else None
            if after is not None and self.word_is("place_after", after.key) and _NAME_GAP.fullmatch(self.gap(last, last + 1)):
                i = last + 2  # "Simon Fraser University", "Jean Talon market", "Stanley Cup": a place or a thing
                continue
            if strength == "needs_family" and not self._family_ok(i, last):
                i += 1  # "Will" alone, "Will Julie…" (Julie starts the name), "Will Trudeau…", "with Environment Canada"
                continue
            words = toks[i:last + 1]
            keys = [t.key for t in words if t.key not in _PARTICLES and len(t.key) > 1]
            own = bool(keys) and all(k in self.own or set(k.split("-")) <= self.own for k in keys)
            if not (own or self.covered(words[0].start, words[-1].end)):
                rare = tuple(t.key for t in words if len(t.key) > 2 and t.key not in _PARTICLES
                             and t.key not in self.l.given and t.key not in self.l.ambiguous)
                public = len(words) > 1 and self.covered(words[1].start, words[-1].end)
                out.append(Name(words[0].start, words[-1].end, rare, public))
            i = last + 1
        return self._again(out)

    def _again(self, found: list[Name]) -> list[Name]:
        """The words of a name found once are masked wherever else the text writes them ("avec Rose… Rose a dit")."""
        keys = {t.key for n in found for t in self.toks if n.start <= t.start < n.end and len(t.key) > 2
                and t.key not in _PARTICLES and t.key not in self.own}
        extra = [Name(t.start, t.end, ()) for t in self.toks if t.capital and t.key in keys
                 and not any(n.start <= t.start < n.end for n in found) and not self.covered(t.start, t.end)]
        return sorted(found + extra, key=lambda n: n.start)


@lru_cache(maxsize=1 << 15)
def find(text: str, own: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()) -> tuple[Name, ...]:
    """Third-party names in `text`; `own` are the person's own name words, `known` family names masked elsewhere."""
    return tuple(_Finder(text, own, known).names())


def family_words(author: str) -> tuple[str, ...]:
    """The family-name words of an author who is a person ("Priya Raman" → raman); none for a page or a handle."""
    words = [fold(w) for w in _WORD.findall(author) if w[-1] not in "'’"]
    l = lists()
    if not 2 <= len(words) <= 4 or not (words[0] in l.given or words[0] in l.ambiguous) or author.strip()[:1].islower():
        return ()
    return tuple(w for w in words[1:] if len(w) > 2 and w not in _PARTICLES and w not in l.places and w not in l.never)


def name_words(names: list[str] | tuple[str, ...]) -> frozenset[str]:
    """The folded words of the person's own names ("Noémie Laflamme-Okafor" → noemie, laflamme-okafor, laflamme, okafor)."""
    words = {fold(w) for name in names for w in _WORD.findall(name)}
    return frozenset(words | {part for w in words for part in w.split("-") if part})
