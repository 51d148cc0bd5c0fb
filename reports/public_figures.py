"""Public figures that stay readable in a redacted copy: the `leader` and `party` rows of the partisanship lexicon.

`classifiers/lexicons/partisanship.tsv` names party leaders, premiers and ministers, with fences against
their namesakes ("Harper Lee", "Mme Blanchet"), and the parties. Its rows are read here as they are
(never edited); a row is tried on a text only when one of its words starts like a word of the text.
Leaders written in a post stay readable (reports/names.py); a liked or shared page that is a leader or
a party ("Jagmeet Singh", "NPD – Nouveau Parti démocratique") is not masked as a third party's name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Iterable

_LOOKAROUND = re.compile(r"\(\?<?[=!]")


def fold(text: str) -> str:
    """Case and accents ignored, curly apostrophe straightened: "Éric" and "eric" are one key."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _literal_words(pattern: str) -> list[str]:
    """Words a regex row spells out, look-arounds, escapes and character classes left out (for gating)."""
    out, depth, skip_from = [], 0, None
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(" ")
            i += 2
            continue
        if c == "[":
            end = pattern.find("]", i + 2)
            out.append(" ")
            i = end + 1 if end > 0 else len(pattern)
            continue
        if c == "(":
            depth += 1
            if skip_from is None and _LOOKAROUND.match(pattern, i):
                skip_from = depth
        elif c == ")":
            if skip_from == depth:
                skip_from = None
                depth -= 1
                i += 1
                continue
            depth -= 1
        if skip_from is None:
            out.append(c)
        i += 1
    return re.findall(r"[^\W\d_]{3,}", "".join(out))


_Rows = tuple[dict[str, tuple[re.Pattern[str], ...]], tuple[re.Pattern[str], ...]]


@cache
def _rows(cues: tuple[str, ...]) -> _Rows:
    """The partisanship lexicon's rows of these cues as regexes, indexed by the first three letters of their words."""
    text = resources.files("classifiers.lexicons").joinpath("partisanship.tsv").read_text(encoding="utf-8")
    index: dict[str, set[re.Pattern[str]]] = {}
    always: list[re.Pattern[str]] = []
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 4 or cols[3] not in cues:
            continue
        kind, pattern = cols[1], cols[2]
        if kind == "phrase":
            regex, words = r"(?<!\w)" + re.escape(pattern).replace("'", "['’]") + r"(?!\w)", pattern.split()
        else:
            regex, words = pattern, _literal_words(pattern)
        compiled = re.compile(regex, re.IGNORECASE)
        keys = {fold(w)[:3] for w in words if len(w) >= 3}
        if not keys:
            always.append(compiled)
        for key in keys:
            index.setdefault(key, set()).add(compiled)
    return {k: tuple(v) for k, v in index.items()}, tuple(always)


def _spans(text: str, words: Iterable[str], cues: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of `text` matched by the rows of these cues whose words start like one of `words` (folded)."""
    index, always = _rows(cues)
    rows = set(always)
    for word in words:
        for part in {word, *word.split("-")}:
            rows.update(index.get(part[:3], ()))
    return [m.span() for row in rows for m in row.finditer(text)]


def leader_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where the leaders of the partisanship lexicon are named in `text`; `words`: its capitalised words, folded."""
    return _spans(text, words, ("leader",))


def is_public(name: str) -> bool:
    """Is this whole name (a liked or shared page, an author) a leader or a party of the lexicon?"""
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", name)]
    spans = _spans(name, [fold(name[s:e]) for s, e in words], ("leader", "party"))
    return bool(words) and all(any(s <= ws and we <= e for s, e in spans) for ws, we in words)
