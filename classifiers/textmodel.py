"""The shared text model: word and character n-grams plus lexicon cues, one linear head per category.

Linear on purpose: a flagged post is explained by the terms and cues that weighed most toward
the category, and those become the highlighted evidence.

Training uses scikit-learn (classifiers/training/train.py); what it ships is plain data: each
vectoriser's vocabulary and idf weights (`Vocab`) and each head's coefficients (`Head`), applied
here the way scikit-learn applies them (tests/test_textmodel.py compares the two). An audit so never
imports scikit-learn, which took 0.7 s of every start.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Callable, Iterator, Sequence, TypeVar

import numpy as np
import scipy.sparse as sp

from classifiers.cues import find_cues
from classifiers.lexicon import Cue, cue_names
from classifiers.evidence import _locate, _only_function_words, _ranked
from footprint.errors import ModelError
from footprint.model import Evidence

MODEL_NAME = "text"
TOKEN_PATTERN = r"(?u)(?:#\w+|(?!\d+(?![\w'’]))\w[\w'’]*\w|(?!\d)\w)"  # words and #hashtags; numbers alone are not words
_DIGIT = re.compile(r"\d")
_LINK_OR_HANDLE = re.compile(r"(?:https?://|www\.)\S+|(?<![\w@])@\w+", re.IGNORECASE)


def model_text(text: str) -> str:
    """What the word and character features read: the text without links and @handles. A link's words
    ("https", "article") and a handle's letters say who and where, not what: learnt, they made every
    post with a link look like the corpus's misinformation. Links are judged by the domain cues."""
    return _LINK_OR_HANDLE.sub(" ", text)


def fold_digits(text: str) -> str:
    """The character n-grams' preprocessing: lower case, every digit a 0 (a phone number's area code or a
    year is not a word the model should learn; the shape of a number may be)."""
    return _DIGIT.sub("0", text.lower())
RETRAIN = "python -m classifiers.training.train"


def cue_matrix(cue_lists: Sequence[Sequence[Cue]]) -> sp.csr_matrix:
    """log(1 + count) of each cue per text, in cue_names() order."""
    index = {name: i for i, name in enumerate(cue_names())}
    rows, cols, vals = [], [], []
    for r, cues in enumerate(cue_lists):
        counts: dict[int, int] = {}
        for cue in cues:
            counts[index[cue.name]] = counts.get(index[cue.name], 0) + 1
        for c, n in counts.items():
            rows.append(r)
            cols.append(c)
            vals.append(np.log1p(n))
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(cue_lists), len(index)), dtype=np.float64)


def logit(p: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """Log-odds of probabilities, kept within [eps, 1 - eps]."""
    p = np.clip(np.asarray(p, dtype=np.float64), eps, 1 - eps)
    return np.log(p / (1 - p))


FORMAT = 3  # of the shipped model: plain vocabularies and coefficients, thresholds per language (2: per category only; 1: scikit-learn objects)


@dataclass(eq=False)  # compared and hashed by identity
class Vocab:
    """A fitted TfidfVectorizer as data: words and word pairs, or character n-grams inside words (char_wb)."""

    analyzer: str  # "word" or "char_wb"
    ngram_range: tuple[int, int]
    terms: list[str]  # column order
    idf: np.ndarray
    fold_digits: bool = False  # the preprocessing: lower case only, or lower case with every digit a 0
    vocabulary_: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self.vocabulary_:
            self.vocabulary_ = {t: i for i, t in enumerate(self.terms)}

    def __getstate__(self) -> dict[str, Any]:  # the vocabulary (and the n-grams' codes) are rebuilt on loading, not stored twice
        return {k: v for k, v in self.__dict__.items() if k not in ("vocabulary_", "_char_codes", "_word_codes")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, vocabulary_={})
        self.__post_init__()

    @classmethod
    def from_sklearn(cls, vectorizer: Any) -> "Vocab":
        """The data of a fitted TfidfVectorizer (lower-cased, sublinear tf, l2 norm, as train.py builds them)."""
        assert vectorizer.lowercase and vectorizer.sublinear_tf and vectorizer.norm == "l2" and vectorizer.use_idf
        terms = [str(t) for t in vectorizer.get_feature_names_out()]
        return cls(vectorizer.analyzer, tuple(vectorizer.ngram_range), terms, np.asarray(vectorizer.idf_, dtype=np.float64),
                   fold_digits=vectorizer.preprocessor is fold_digits)

    def preprocess(self, text: str) -> str:
        return fold_digits(text) if self.fold_digits else text.lower()

    def get_feature_names_out(self) -> list[str]:
        return self.terms


@dataclass
class Head:
    """A fitted binary LogisticRegression as data."""

    coef_: np.ndarray  # shape (1, features)
    intercept_: np.ndarray  # shape (1,)

    def __getstate__(self) -> dict[str, Any]:  # a view of the model's side-by-side matrix is stored as an array of its own
        return {"coef_": np.ascontiguousarray(self.coef_), "intercept_": self.intercept_}

    @classmethod
    def from_sklearn(cls, model: Any) -> "Head":
        return cls(np.asarray(model.coef_, dtype=np.float64).copy(), np.asarray(model.intercept_, dtype=np.float64).copy())

    def predict_proba(self, X: sp.csr_matrix) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-(X @ self.coef_[0] + self.intercept_[0])))
        return np.column_stack([1.0 - p, p])


@dataclass
class TextModel:
    """Vocabularies and per-category heads; built by classifiers/training/train.py."""

    word: Vocab  # words and word pairs
    char: Vocab  # character n-grams inside words
    heads: dict[str, Head]
    thresholds: dict[str, float]
    cue_weight: float = 1.0
    feature_names: list[str] = field(default_factory=list)
    hard_heads: dict[str, Head] = field(default_factory=dict)  # second stage: positives against hard negatives only
    hard_thresholds: dict[str, float] = field(default_factory=dict)
    # per category and language, (threshold, second-stage threshold); a post in no known language keeps the category's
    language_thresholds: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)

    def features(self, texts: Sequence[str], cue_lists: Sequence[Sequence[Cue]]) -> sp.csr_matrix:
        """The model's input: [words | characters | cues]; words and characters of the text without its links and @handles."""
        plain = [model_text(t) for t in texts]
        return sp.hstack([word_transform(self.word, plain), char_transform(self.char, plain), cue_matrix(cue_lists) * self.cue_weight], format="csr")

    def names(self) -> list[str]:
        """Feature names in column order (cached on first use)."""
        if not self.feature_names:
            self.feature_names = (
                [f"w:{t}" for t in self.word.get_feature_names_out()]
                + [f"c:{t}" for t in self.char.get_feature_names_out()]
                + [f"cue:{n}" for n in cue_names()]
            )
        return self.feature_names

    def __getstate__(self) -> dict[str, Any]:  # the heads side by side and the last batch's products are caches, never pickled
        return {k: v for k, v in self.__dict__.items() if k not in ("_stacked", "_products")}

    def proba(self, X: sp.csr_matrix, category: str) -> np.ndarray:
        """Probability of the category for each row."""
        return self._probability(X, category, False)

    def _probability(self, X: sp.csr_matrix, category: str, hard: bool) -> np.ndarray:
        """A head's probability for each row, as Head.predict_proba gives it (the same sums, in the same order).

        Every head's product with a matrix is made at once, one sparse product with their coefficients side by side,
        and the last matrix's are remembered: a batch's eight categories are judged on the same X."""
        heads, column, coefs = self._side_by_side()
        memo = self.__dict__.get("_products")
        if memo is None or memo[0] is not X or memo[1] is not coefs:
            self.__dict__["_products"] = memo = (X, coefs, X @ coefs)
        head = (self.hard_heads if hard else self.heads)[category]
        return 1.0 / (1.0 + np.exp(-(memo[2][:, column[category, hard]] + head.intercept_[0])))

    def _side_by_side(self) -> tuple[list[Head], dict[tuple[str, bool], int], np.ndarray]:
        """Every head (first stages, then second) and its column in a matrix of their coefficients; made again
        when a head or its coefficients are replaced. Each head's coefficients then become a view of its column, so
        the model holds them once (16 MB for the shipped model's fifteen heads)."""
        heads = [*self.heads.values(), *self.hard_heads.values()]
        made = self.__dict__.get("_stacked")
        if made is None or len(made[0]) != len(heads) or any(a is not b for a, b in zip(made[0], heads)) \
                or any(h.coef_ is not c for h, c in zip(heads, made[3])) \
                or list(made[1]) != [*((c, False) for c in self.heads), *((c, True) for c in self.hard_heads)]:
            column = {key: i for i, key in enumerate([*((c, False) for c in self.heads), *((c, True) for c in self.hard_heads)])}
            coefs = np.column_stack([h.coef_[0] for h in heads]) if heads else np.zeros((len(self.names()), 0))
            for i, head in enumerate(heads):
                head.coef_ = coefs[:, i][None, :]
            made = (heads, column, coefs, [h.coef_ for h in heads])
            self.__dict__["_stacked"] = made
        return made[:3]

    def above(self, X: sp.csr_matrix, category: str, langs: Sequence[str | None] | None = None) -> np.ndarray:
        """Which rows the category's heads flag (`judge`)."""
        return self.judge(X, category, langs)[1]

    def judge(self, X: sp.csr_matrix, category: str, langs: Sequence[str | None] | None = None
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(probability, flagged, margin) of each row for the category.

        Flagged: the first stage above its threshold, and the second (trained on the category's positives against its
        hard negatives: same topic, not a finding) above its own, where the model has one (a second threshold of 0
        lets every row through). `langs`: each row's language; a language with thresholds of its own uses them, any
        other (None: short, mixed or unknown) the category's. Margin, for a flagged row: how far its scores clear
        those thresholds, in log-odds, the lower of the two stages'."""
        first, second = self.cut_offs(category, len(X.indptr) - 1, langs)
        p = self.proba(X, category)
        flagged = p >= first
        margin = logit(p) - logit(first)
        hard = self.hard_heads.get(category)
        staged = second > 0
        if hard is not None and (flagged & staged).any():  # one product over the batch costs less than slicing its rows
            p2 = self._probability(X, category, True)
            flagged &= p2 >= second
            margin[staged] = np.minimum(margin[staged], logit(p2[staged]) - logit(second[staged]))
        return p, flagged, margin

    def cut_offs(self, category: str, n: int, langs: Sequence[str | None] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Each row's two thresholds: its language's where the category has them, else the category's."""
        first = np.full(n, self.thresholds[category])
        second = np.full(n, self.hard_thresholds.get(category, 0.0) if category in self.hard_heads else 0.0)
        by_lang = self.language_thresholds.get(category)
        if by_lang and langs is not None:
            langs = np.array(langs, dtype=object)
            for lang, (t1, t2) in by_lang.items():
                rows = langs == lang
                first[rows], second[rows] = t1, t2
        return first, second

    def explain(self, row: Any, category: str, text: str, cues: Sequence[Cue], top: int = 4) -> list[Evidence]:
        """Evidence spans for the features that pushed this row (anything with .indices and .data) most toward the category."""
        weights, columns = _ranked(row, self.heads[category].coef_[0])
        if not len(weights):
            return []
        best = weights[0]
        names = self.names()
        evidence: list[Evidence] = []
        taken: list[tuple[int, int]] = []
        unread = [m.span() for m in _LINK_OR_HANDLE.finditer(text)] if (  # the words and n-grams were not taken from these
            "@" in text or "//" in text or "ww." in text.lower()) else []
        folded = fold_digits(text)
        for weight, j in zip(weights, columns):
            if len(evidence) >= top or weight < 0.15 * best:
                break
            cue = names[j].startswith("cue:")  # a cue may be a link's (a domain)
            for start, end, what in _locate(names[j], text, cues, folded):
                if any(s < end and start < e for s, e in taken) or _only_function_words(text[start:end]) or (
                        unread and not cue and any(s < end and start < e for s, e in unread)):
                    continue
                taken.append((start, end))
                evidence.append(Evidence(start, end, f"{what} (weight {weight:+.2f})"))
                break
        return sorted(evidence, key=lambda e: (e.start, e.end))


T = TypeVar("T")
_CHUNK = 1 << 18  # characters handled at once: a batch of long posts never needs arrays bigger than about 30 MB


def char_transform(vocab: Vocab, texts: Sequence[str]) -> sp.csr_matrix:
    """scikit-learn's char_wb tf-idf of the texts, every n-gram of a batch looked up at once.

    char_wb pads each word (a run without white space) with a space each side and takes its n-grams; a word shorter
    than n gives its padded self once, for the first such n. Written as one string per text, " word word … ", those
    are exactly the windows of n characters with no space inside (the two ends may be spaces): so each text is
    written so, the batch's texts joined, every character coded as a number (its rank in the vocabulary's
    alphabet), each window's characters packed into one integer, and the integers looked up in a hash table of the
    vocabulary's. A window holding a character no term has cannot be a term. At most _CHUNK characters are coded at
    once: a longer text is cut between words (no n-gram crosses white space) and its pieces' counts added up.
    """
    pieces: list[tuple[int, str]] = []
    for row, text in enumerate(texts):
        words = vocab.preprocess(text).split()
        doc = " " + " ".join(words) + " "
        if len(doc) <= _CHUNK:
            pieces.append((row, doc))
        else:
            pieces += [(row, " " + " ".join(group) + " ") for group in _groups(words, lambda word: len(word) + 1)]
    counted = [_count(_char_keys(vocab, chunk)) for chunk in _groups(pieces, lambda piece: len(piece[1]))]
    return _tfidf(vocab, len(texts), counted)


def _groups(items: Sequence[T], size: Callable[[T], int]) -> Iterator[list[T]]:
    """Consecutive items, grouped up to _CHUNK in size (a bigger item alone)."""
    group: list[T] = []
    total = 0
    for item in items:
        if group and total + size(item) > _CHUNK:
            yield group
            group, total = [], 0
        group.append(item)
        total += size(item)
    if group:
        yield group


def _char_keys(vocab: Vocab, pieces: list[tuple[int, str]]) -> np.ndarray:
    """Row x columns + column of every in-vocabulary n-gram of these (row, " word word … ") pieces (see char_transform)."""
    table, width, per_length = _gram_codes(vocab)
    points = np.frombuffer("".join(doc for _, doc in pieces).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = table[np.minimum(points, len(table) - 1)].astype(np.int64)
    row_of = np.repeat(np.array([row for row, _ in pieces], dtype=np.int64), [len(doc) for _, doc in pieces])
    space = table[ord(" ")]
    barrier = np.concatenate(([0], np.cumsum((codes == space) | (codes == 0))))  # spaces and unknown characters so far
    low, high = vocab.ngram_range
    packed = np.zeros(len(codes), dtype=np.int64)
    keys = [np.zeros(0, dtype=np.int64)]
    for n in range(1, high + 1):
        if n > len(codes):
            break
        packed = packed[:len(codes) - n + 1] | codes[n - 1:] << (width * (n - 1))
        if n < low or n not in per_length:
            continue
        start = np.arange(len(packed))
        whole = (codes[start] != 0) & (codes[start + n - 1] != 0)  # both ends known characters
        if n > 2:
            whole &= barrier[start + n - 1] - barrier[start + 1] == 0  # no space or unknown character inside
        elif n == 1:
            whole &= codes[start] != space  # a word's padding spaces are counted per word below
        at, columns = _look_up(per_length[n], packed[whole])
        keys.append(row_of[start[whole][at]] * len(vocab.terms) + columns)
        if n == 1 and (blank := vocab.vocabulary_.get(" ")) is not None:  # each word's padding: two spaces
            words = np.flatnonzero((codes[:-1] == space) & (codes[1:] != space))
            keys.append(np.repeat(row_of[words] * len(vocab.terms) + blank, 2))
    return np.concatenate(keys)


_FIBONACCI = np.uint64(0x9E3779B97F4A7C15)  # 2^64 / golden ratio: multiplicative hashing


def _gram_codes(vocab: Vocab) -> tuple[np.ndarray, int, dict[int, tuple[np.ndarray, np.ndarray, int, int]]]:
    """The vocabulary's n-grams as integers (made once per vocabulary): each character's code (1 + its rank in the
    alphabet of the terms, 0 for any other) per code point, the bits per character, and per length a hash table of
    the terms of that length (see _hash_table)."""
    made = vocab.__dict__.get("_char_codes")
    if made is None:
        alphabet = sorted(set("".join(vocab.terms)) | {" "})
        width = len(alphabet).bit_length()
        if width * vocab.ngram_range[1] > 63:
            raise ModelError(f"the character n-grams ({len(alphabet)} characters, up to {vocab.ngram_range[1]} long) do not fit in 63 bits",
                             f"train with shorter character n-grams or fewer of them, then `{RETRAIN}`")
        table = np.zeros(ord(alphabet[-1]) + 2, dtype=np.int32)
        table[[ord(c) for c in alphabet]] = np.arange(1, len(alphabet) + 1)
        rank = {c: i for i, c in enumerate(alphabet, 1)}
        per_length = {}
        for n in sorted({len(t) for t in vocab.terms}):
            columns = np.array([j for j, t in enumerate(vocab.terms) if len(t) == n], dtype=np.int64)
            packed = np.array([sum(rank[c] << (width * k) for k, c in enumerate(vocab.terms[j])) for j in columns], dtype=np.int64)
            per_length[n] = _hash_table(packed, columns)
        vocab.__dict__["_char_codes"] = made = (table, width, per_length)
    return made


def _slots(keys: np.ndarray, bits: int) -> np.ndarray:
    """Each key's home slot in a table of 2^bits (the top bits of key x 2^64/φ)."""
    return ((keys.astype(np.uint64) * _FIBONACCI) >> np.uint64(64 - bits)).astype(np.int64)


def _hash_table(keys: np.ndarray, columns: np.ndarray) -> tuple[np.ndarray, np.ndarray, int, int]:
    """An open-addressing table (linear probing, at most a quarter full) of positive keys (0 marks an empty slot) and their columns:
    (slot keys, 0 for empty; slot columns; bits; the longest probe). Built in rounds: in round p every key not
    yet placed tries its home slot + p, and of the keys that try one empty slot the first (in column order) takes it;
    so every slot between a key's home and its own was taken before it, as a lookup that stops at an empty slot needs."""
    if len(keys) and keys.min() <= 0:
        raise ValueError("hash table keys must be positive: 0 marks an empty slot")
    bits = max(4, (4 * len(keys)).bit_length())
    mask = (1 << bits) - 1
    slot_keys = np.zeros(1 << bits, dtype=np.int64)
    slot_columns = np.zeros(1 << bits, dtype=np.int32)
    home = _slots(keys, bits)
    waiting = np.arange(len(keys))
    probe = -1
    while len(waiting):
        probe += 1
        tried = (home[waiting] + probe) & mask
        empty = slot_keys[tried] == 0
        slots, first = np.unique(tried[empty], return_index=True)
        placed = waiting[empty][first]
        slot_keys[slots], slot_columns[slots] = keys[placed], columns[placed]
        waiting = np.setdiff1d(waiting, placed, assume_unique=True)
    return slot_keys, slot_columns, bits, max(probe, 0)


def _look_up(table: tuple[np.ndarray, np.ndarray, int, int], queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(which queries are keys of the table, their columns), probing all queries at once."""
    slot_keys, slot_columns, bits, longest = table
    mask = (1 << bits) - 1
    home, asked = _slots(queries, bits), np.arange(len(queries))
    which, columns = [], []
    for probe in range(longest + 1):
        slot = (home + probe) & mask
        there = slot_keys[slot]
        hit = there == queries
        which.append(asked[hit])
        columns.append(slot_columns[slot[hit]])
        going = (there != 0) & ~hit
        if not going.any():
            break
        home, queries, asked = home[going], queries[going], asked[going]
    return np.concatenate(which), np.concatenate(columns)


_TOKEN = re.compile(TOKEN_PATTERN)


def word_transform(vocab: Vocab, texts: Sequence[str]) -> sp.csr_matrix:
    """scikit-learn's tf-idf of the texts' words and word sequences up to the vocabulary's longest (joined by a space,
    as it joins them; the shipped model's longest is two).

    A word is looked up once, in the words the terms are made of; a sequence of n words is then a number (its words'
    numbers in base "how many words"), and the batch's sequences are looked up at once in a hash table of the terms'
    (texts of up to _CHUNK characters together, a longer one alone)."""
    texts = [vocab.preprocess(text) for text in texts]
    counted = [_count(_word_keys(vocab, chunk)) for chunk in _groups(list(enumerate(texts)), lambda text: len(text[1]))]
    return _tfidf(vocab, len(texts), counted)


def _word_keys(vocab: Vocab, texts: list[tuple[int, str]]) -> np.ndarray:
    """Row x columns + column of every in-vocabulary word and word sequence of these (row, lower-cased text) pairs."""
    number, columns, tables = _word_codes(vocab)
    get = number.get
    tokens = [_TOKEN.findall(text) for _, text in texts]
    ids = np.array([get(t, -1) for text in tokens for t in text], dtype=np.int64)
    row_of = np.repeat(np.array([row for row, _ in texts], dtype=np.int64), [len(t) for t in tokens])
    width = len(vocab.terms)
    mine = ids >= 0
    single = np.flatnonzero(mine)
    single = single[columns[ids[single]] >= 0]
    keys = [row_of[single] * width + columns[ids[single]]]
    base = len(number) + 1
    packed, runs = ids.copy(), mine.copy()  # the sequence starting at each position; whether all its words are known
    for n in range(2, vocab.ngram_range[1] + 1):
        if n > len(ids):
            break
        packed = packed[:len(ids) - n + 1] * base + ids[n - 1:]
        runs = runs[:len(ids) - n + 1] & mine[n - 1:] & (row_of[:len(ids) - n + 1] == row_of[n - 1:])
        if n in tables:
            start = np.flatnonzero(runs)
            at, found = _look_up(tables[n], packed[start])
            keys.append(row_of[start[at]] * width + found)
    return np.concatenate(keys)


def _word_codes(vocab: Vocab) -> tuple[dict[str, int], np.ndarray, dict[int, tuple[np.ndarray, np.ndarray, int, int]]]:
    """The words the vocabulary's terms are made of, numbered from 1 (made once per vocabulary): the one-word terms
    first, in column order (the terms' own strings, no copies), then any other word of a longer term; each word's
    column as a term of its own (-1: none); per length of sequence, a hash table of the terms' numbers (see
    _hash_table)."""
    made = vocab.__dict__.get("_word_codes")
    if made is None:
        number: dict[str, int] = {}
        own: list[int] = []  # per number - 1: the word's column, or -1
        for column, term in enumerate(vocab.terms):
            if " " not in term:
                number[term] = len(number) + 1  # from 1: no sequence's number is 0, an empty slot
                own.append(column)
        sequences: dict[int, tuple[list[tuple[int, ...]], list[int]]] = {}
        for column, term in enumerate(vocab.terms):
            if " " in term:
                words = term.split(" ")
                for word in words:
                    if word not in number:
                        number[word] = len(number) + 1
                        own.append(-1)
                sequences.setdefault(len(words), ([], []))[0].append(tuple(number[w] for w in words))
                sequences[len(words)][1].append(column)
        base = len(number) + 1
        if base ** vocab.ngram_range[1] >= 1 << 62:
            raise ModelError(f"the word sequences ({len(number)} words, up to {vocab.ngram_range[1]} long) do not fit in 62 bits",
                             f"train with shorter word sequences or fewer of them, then `{RETRAIN}`")
        tables = {}
        for n, (numbers, cols) in sequences.items():
            digits = np.array(numbers, dtype=np.int64)
            codes = np.zeros(len(numbers), dtype=np.int64)
            for k in range(n):
                codes = codes * base + digits[:, k]
            tables[n] = _hash_table(codes, np.array(cols, dtype=np.int64))
        columns = np.array([-1] + own, dtype=np.int64)
        vocab.__dict__["_word_codes"] = made = (number, columns, tables)
    return made


def _count(keys: np.ndarray, counts: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct key (row x columns + column) and how many times it occurs (or the sum of its `counts`), keys in
    order: one sort."""
    if counts is None:
        keys = np.sort(keys)
    else:
        order = np.argsort(keys, kind="stable")
        keys, counts = keys[order], counts[order]
    first = np.ones(len(keys), dtype=bool)
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    if counts is None:
        return keys[starts], np.diff(np.append(starts, len(keys)))
    return keys[starts], np.add.reduceat(counts, starts) if len(starts) else counts


def _tfidf(vocab: Vocab, rows_n: int, counted: list[tuple[np.ndarray, np.ndarray]]) -> sp.csr_matrix:
    """The tf-idf matrix of features counted in parts (see _count; a long text's features may be in several parts,
    whose counts add up): scikit-learn's sublinear tf x idf, rows l2-normalised. The keys come out in CSR order (rows,
    then columns), as a COO matrix's conversion would give them, at half the cost."""
    columns = len(vocab.terms)
    if len(counted) == 1:
        keys, counts = counted[0]
    else:  # the parts' counts added up
        keys, counts = _count(np.concatenate([np.zeros(0, dtype=np.int64)] + [k for k, _ in counted]),
                              np.concatenate([np.zeros(0, dtype=np.int64)] + [c for _, c in counted]))
    row_of, cols = np.divmod(keys, columns)
    data = (np.log(counts) + 1.0) * vocab.idf[cols]
    norms = np.sqrt(np.bincount(row_of, weights=data * data, minlength=rows_n))
    data /= norms[row_of]
    indptr = np.zeros(rows_n + 1, dtype=np.int32)
    np.cumsum(np.bincount(row_of, minlength=rows_n), out=indptr[1:])
    return sp.csr_matrix((data, cols.astype(np.int32), indptr), shape=(rows_n, columns))


def model_path(name: str = MODEL_NAME):
    """The packaged model file."""
    return resources.files("classifiers.models").joinpath(f"{name}.pickle.gz")


def card_path(name: str = MODEL_NAME):
    """The model card next to it."""
    return resources.files("classifiers.models").joinpath(f"{name}.json")


def model_identity(name: str = MODEL_NAME) -> str:
    """What makes this model what it is (version, parameters, training data, thresholds), for caches that must notice a retrain."""
    card = load_card(name)
    return json.dumps({k: card.get(k) for k in ("version", "params", "data", "thresholds", "second_stage_thresholds", "language_thresholds")}, sort_keys=True)


@cache
def load_card(name: str = MODEL_NAME) -> dict[str, Any]:
    """The model card (versions, data hashes, scores)."""
    try:
        return json.loads(card_path(name).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"model card {name}.json is missing", f"rebuild the models with `{RETRAIN}`") from None


@cache
def load_model(name: str = MODEL_NAME) -> TextModel:
    """The text model, loaded once; a missing file or a model of another format is a clear error."""
    import gzip
    import pickle

    card = load_card(name)
    if card.get("format") != FORMAT:
        raise ModelError(f"model {name} is in format {card.get('format', 1)}, this footprint reads format {FORMAT}",
                         f"rebuild the models with `{RETRAIN}`")
    try:
        with model_path(name).open("rb") as raw, gzip.open(raw) as handle:
            model = pickle.load(handle)
    except FileNotFoundError:
        raise ModelError(f"model file {name}.pickle.gz is missing", f"rebuild the models with `{RETRAIN}`") from None
    model._side_by_side()  # now: the heads' own arrays, freed, go back to the system before anything else is allocated
    return model


def texts_cues(texts: Sequence[str], langs: Sequence[tuple[str, ...]], employers: tuple[str, ...] = (),
               sure: list[list] | None = None) -> list[list[Cue]]:
    """Cues for every text (one scan per lexicon file and language); with a `sure` list, each text's sure-sign
    matches are appended to it (one list per text, see find_cues)."""
    if sure is None:
        return [find_cues(t, l, employers) for t, l in zip(texts, langs)]
    out = []
    for t, l in zip(texts, langs):
        sure.append(hits := [])
        out.append(find_cues(t, l, employers, hits))
    return out
