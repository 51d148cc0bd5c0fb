"""The text model's fast paths give exactly what scikit-learn and the plain loops give."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from classifiers.textmodel import TOKEN_PATTERN, _WORD_GRAMS, _ranked, char_transform, word_transform

TEXTS = [
    "Le NPD l’emporte à Québec!", "vote vote vote", "", "   ", "a", "ΟΔΟΣ ΑΒ", "İstanbul İİ",
    "tab\tsep\u00a0nbsp\u2003em", "aaaaaa aaaa", "x" * 500, "Don't   tell\nanyone 🤫 #cdnpoli",
]


def same(a, b) -> bool:
    """Same type, shape and stored values, bit for bit."""
    return (type(a) is type(b) and a.shape == b.shape and a.dtype == b.dtype and np.array_equal(a.indptr, b.indptr)
            and np.array_equal(a.indices, b.indices) and np.array_equal(a.data, b.data))


@pytest.mark.parametrize("sublinear", [True, False])
def test_char_transform_is_the_vectorizers_transform(sublinear):
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=sublinear, min_df=1).fit(TEXTS[:6])
    _WORD_GRAMS.pop(vec, None)
    cold, warm = char_transform(vec, TEXTS), char_transform(vec, TEXTS)  # words then come from the cache
    expected = vec.transform(TEXTS)
    assert same(cold, expected) and same(warm, expected)


@pytest.mark.parametrize("sublinear", [True, False])
def test_word_transform_is_the_vectorizers_transform(sublinear):
    vec = TfidfVectorizer(token_pattern=TOKEN_PATTERN, ngram_range=(1, 2), sublinear_tf=sublinear).fit(TEXTS[:6] + ["vote vote tell"])
    assert same(word_transform(vec, TEXTS), vec.transform(TEXTS))


def test_word_transform_leaves_other_settings_to_scikit_learn():
    vec = TfidfVectorizer(ngram_range=(1, 3)).fit(TEXTS)
    assert same(word_transform(vec, TEXTS), vec.transform(TEXTS))


def test_char_transform_leaves_other_analyzers_to_scikit_learn():
    vec = TfidfVectorizer(analyzer="word").fit(TEXTS)
    assert same(char_transform(vec, TEXTS), vec.transform(TEXTS))


def test_ranked_orders_like_sorting_weight_column_pairs():
    rng = np.random.default_rng(0)
    coef = np.round(rng.normal(size=50), 1)  # rounded: ties between columns happen
    row = sp.csr_matrix(np.round(rng.random((1, 50)), 1))
    expected = sorted(((row.data[k] * coef[j], j) for k, j in enumerate(row.indices) if coef[j] > 0), reverse=True)
    weights, columns = _ranked(row, coef)
    assert list(zip(weights.tolist(), columns.tolist())) == [(float(w), int(j)) for w, j in expected]
