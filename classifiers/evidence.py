"""Evidence for the text model's findings: where the features that weighed most stand in the post.

A linear model's score is a sum of feature weights, so the features that pushed a post most
toward a category are its explanation: a word or word pair, the word around a character n-gram,
or a lexicon cue's match. This module finds them in the text; function words ("les", "the")
are never shown alone.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Sequence

import numpy as np

from classifiers.lexicon import Cue


def _ranked(row: Any, coef: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weights and columns of the features pushing toward the category, largest first (ties: larger column)."""
    weights = coef[row.indices]
    toward = weights > 0
    weights, columns = row.data[toward] * weights[toward], row.indices[toward]
    order = np.lexsort((columns, weights))[::-1]
    return weights[order], columns[order]


def _locate(feature: str, text: str, cues: Sequence[Cue], folded: str) -> list[tuple[int, int, str]]:
    """Where a feature stands in the text: words, the word around a character n-gram, or a cue's match. A character
    n-gram is found where the features took it from: digits read as 0, and one padded with a space (char_wb pads
    each white-space-separated run) only at a run's start or end (" or" is in "Orange", not in "morning").
    `folded`: the text as the n-grams read it (textmodel.fold_digits: lower case, every digit a 0)."""
    kind, _, value = feature.partition(":")
    if kind == "cue":
        return [(c.start, c.end, f"lexicon cue {value}: “{c.entry}”") for c in cues if c.name == value]
    if kind == "w":
        return [(start, end, f"term “{value}”") for start, end in term_spans(value, text)]
    gram = value.strip()
    if not gram:
        return []
    starts, ends = value.startswith(" "), value.endswith(" ")  # a word's first or last letters (char_wb pads words)
    spans = []
    pos = folded.find(gram)
    while pos >= 0 and len(folded) == len(text):
        start, end = pos, pos + len(gram)
        if (not starts or start == 0 or text[start - 1].isspace()) and (not ends or end == len(text) or text[end].isspace()):
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "#'’"):
                start -= 1
            while end < len(text) and (text[end].isalnum() or text[end] in "'’"):
                end += 1
            spans.append((start, end, f"word “{text[start:end]}” (contains “{text[pos:pos + len(gram)].lower()}”)"))
        pos = folded.find(gram, pos + 1)
    return spans


@cache
def function_words() -> frozenset[str]:
    """Words never shown alone as evidence (classifiers/lexicons/function_words.tsv): "les" or "the" explains nothing."""
    text = resources.files("classifiers.lexicons").joinpath("function_words.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[2:] if line.strip() and not line.startswith("#")]
    return frozenset(word.strip().lower() for _, word in rows)


@lru_cache(maxsize=1 << 16)
def _only_function_words(passage: str) -> bool:
    words = re.findall(r"\w+(?:['’]\w+)?", passage.lower().replace("’", "'"))
    return all(w in function_words() for w in words)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches


def term_spans(term: str, text: str) -> list[tuple[int, int]]:
    """Where a vocabulary term (a word or a word pair) stands in a text: `_term_pattern`'s matches, found
    with str.find (compiling a pattern per term was a sixth of the detection time of a batch)."""
    lower = text.lower()
    if "#" in term or len(lower) != len(text):  # hashtags and case changes that change lengths: the pattern
        return [m.span() for m in _term_pattern(term).finditer(text)]
    first, *rest = term.split()
    spans: list[tuple[int, int]] = []
    pos = lower.find(first)
    while pos >= 0:
        end = pos + len(first)
        ok = pos == 0 or not (_is_word(lower[pos - 1]) or lower[pos - 1] == "#")
        for token in rest:
            if not ok:
                break
            gap = end
            while gap < len(lower) and not _is_word(lower[gap]):
                gap += 1
            ok = gap > end and lower.startswith(token, gap)
            end = gap + len(token)
        if ok and (end >= len(lower) or not _is_word(lower[end])):
            spans.append((pos, end))
            pos = lower.find(first, end)
        else:
            pos = lower.find(first, pos + 1)
    return spans


@cache
def _term_pattern(term: str) -> re.Pattern[str]:
    """A vocabulary term (a word or a word pair) as it stands in a text; compiled once per term (the vocabulary bounds them)."""
    return re.compile(r"(?<![\w#])" + r"\W+".join(re.escape(t) for t in term.split()) + r"(?!\w)", re.IGNORECASE)
