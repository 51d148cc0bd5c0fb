"""The shipped text model (plain vocabularies and coefficients) gives what scikit-learn gives."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from classifiers.evidence import _ranked
from classifiers.textmodel import TOKEN_PATTERN, _WORD_GRAMS, Head, Vocab, char_transform, fold_digits, word_transform

TEXTS = [
    "Le NPD l’emporte à Québec!", "vote vote vote", "", "   ", "a", "ΟΔΟΣ ΑΒ", "İstanbul İİ",
    "tab\tsep\u00a0nbsp\u2003em", "aaaaaa aaaa", "x" * 500, "Don't   tell\nanyone 🤫 #cdnpoli", "Call 613-555-0142 in 2019",
]


def close(a, b) -> bool:
    """Same shape, same stored columns, values equal up to rounding."""
    a, b = sp.csr_matrix(a), sp.csr_matrix(b)
    a.eliminate_zeros()
    b.eliminate_zeros()
    a.sort_indices()
    b.sort_indices()
    return (a.shape == b.shape and np.array_equal(a.indptr, b.indptr) and np.array_equal(a.indices, b.indices)
            and np.allclose(a.data, b.data, rtol=1e-12, atol=1e-15))


@pytest.mark.parametrize("preprocessor", [None, fold_digits])
def test_char_transform_is_scikit_learns(preprocessor):
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=1, preprocessor=preprocessor).fit(TEXTS[:6] + TEXTS[-1:])
    vocab = Vocab.from_sklearn(vec)
    _WORD_GRAMS.pop(vocab, None)
    cold, warm = char_transform(vocab, TEXTS), char_transform(vocab, TEXTS)  # words then come from the cache
    expected = vec.transform(TEXTS)
    assert close(cold, expected) and close(warm, expected)


@pytest.mark.parametrize("longest", [2, 3])
def test_word_transform_is_scikit_learns(longest):
    vec = TfidfVectorizer(token_pattern=TOKEN_PATTERN, ngram_range=(1, longest), sublinear_tf=True).fit(TEXTS[:6] + ["vote vote tell", TEXTS[-1]])
    assert close(word_transform(Vocab.from_sklearn(vec), TEXTS), vec.transform(TEXTS))


def test_a_head_gives_the_logistic_regressions_probabilities_and_a_vocab_survives_pickling():
    vec = TfidfVectorizer(token_pattern=TOKEN_PATTERN, ngram_range=(1, 2), sublinear_tf=True).fit(TEXTS)
    X = vec.transform(TEXTS)
    y = np.array([i % 2 for i in range(len(TEXTS))])
    lr = LogisticRegression(C=4.0, solver="liblinear").fit(X, y)
    assert np.allclose(Head.from_sklearn(lr).predict_proba(X), lr.predict_proba(X), rtol=1e-12)
    vocab = pickle.loads(pickle.dumps(Vocab.from_sklearn(vec)))
    assert vocab.vocabulary_ == vec.vocabulary_ and "vocabulary_" not in pickle.dumps(vocab).decode("latin-1")


def test_numbers_alone_are_not_words():
    import re

    assert re.findall(TOKEN_PATTERN, "call 613 555-0142, covid19 5G #2024 pm-04") == ["call", "covid19", "5G", "#2024", "pm"]


def test_ranked_orders_like_sorting_weight_column_pairs():
    rng = np.random.default_rng(0)
    coef = np.round(rng.normal(size=50), 1)  # rounded: ties between columns happen
    row = sp.csr_matrix(np.round(rng.random((1, 50)), 1))
    expected = sorted(((row.data[k] * coef[j], j) for k, j in enumerate(row.indices) if coef[j] > 0), reverse=True)
    weights, columns = _ranked(row, coef)
    assert list(zip(weights.tolist(), columns.tolist())) == [(float(w), int(j)) for w, j in expected]


def test_term_spans_find_what_the_term_pattern_finds():
    """The str.find locator of evidence terms agrees with the regex it replaces, on corpus posts and odd cases."""
    import random
    import re

    from classifiers.evidence import _term_pattern, term_spans
    from classifiers.textmodel import TOKEN_PATTERN
    from classifiers.training.corpus import load

    texts = [r.text for r in random.Random(0).sample(load(), 400)] + [
        "İstanbul trip, ha ha ha", "l'ÉTÉ, l’été… été!", "#Budget2024 #budget2024x budget2024", "__init__ a_b",
        "Straße STRASSE", "word-pair word pair word\npair wordpair", "ﬁne ﬁnal", "",
    ]
    checked = 0
    for text in texts:
        tokens = re.findall(TOKEN_PATTERN, text.lower())
        for term in set(tokens) | {f"{a} {b}" for a, b in zip(tokens, tokens[1:])} | {"word pair", "ha ha", "été"}:
            assert term_spans(term, text) == [m.span() for m in _term_pattern(term).finditer(text)], (term, text)
            checked += 1
    assert checked > 5000


def test_a_combiner_gives_the_logistic_regressions_probabilities():
    """The shipped decision is scikit-learn's LogisticRegression over combiner_inputs, applied as data."""
    from classifiers.textmodel import Combiner, combiner_inputs

    rng = np.random.default_rng(0)
    first, second = rng.uniform(0, 1, 300), rng.uniform(0, 1, 300)
    first[:3], second[:3] = (0.0, 1.0, 1e-9), (1.0, 0.0, 0.5)  # clipped at 1e-6 from 0 and 1, as in training
    langs = rng.choice(["fr", "en", None], 300).tolist()
    words = rng.integers(1, 80, 300)
    inputs = combiner_inputs(first, second, np.array([lang == "fr" for lang in langs], dtype=float), words)
    assert np.isfinite(inputs).all()
    y = (inputs[:, 0] + 0.5 * inputs[:, 1] - 0.1 * inputs[:, 4] + rng.normal(0, 1, 300)) > 0
    lr = LogisticRegression(C=1.0).fit(inputs, y)
    combiner = Combiner.from_sklearn(lr, 0.6, {"fr": 0.7, "en": 0.5})
    z = combiner.log_odds(first, second, langs, words)
    assert np.allclose(1 / (1 + np.exp(-z)), lr.predict_proba(inputs)[:, 1], rtol=1e-12)
    assert combiner.cut_offs(4, ["fr", "en", None, "es"]).tolist() == [0.7, 0.5, 0.6, 0.6]
    assert combiner.cut_offs(2).tolist() == [0.6, 0.6]


def _shipped_rows(n: int):
    from classifiers.textmodel import load_model, texts_cues, word_count
    from classifiers.training.corpus import load

    model = load_model()
    rows = [r for r in load() if r.is_test][:n]
    X = model.features([r.text for r in rows], texts_cues([r.text for r in rows], [(r.lang,) for r in rows]))
    return model, rows, X, [r.lang for r in rows], [word_count(r.text) for r in rows]


def test_the_shipped_decision_weighs_both_heads_the_language_and_the_length():
    """A post is flagged when its category's combiner of the two heads' log-odds, its language and its length clears
    its language's threshold; the margin is that clearance in log-odds. Each of the inputs changes some decisions."""
    from classifiers.textmodel import logit

    model, rows, X, langs, words = _shipped_rows(1500)
    assert set(model.heads) == set(model.hard_heads) == set(model.combiners)
    moved = {"second": 0, "language": 0, "length": 0}
    for category, combiner in model.combiners.items():
        l1 = logit(model.heads[category].predict_proba(X)[:, 1], eps=1e-6)
        l2 = logit(model.hard_heads[category].predict_proba(X)[:, 1], eps=1e-6)
        fr = np.array([lang == "fr" for lang in langs], dtype=float)
        length = np.log1p(words)
        z = np.column_stack([l1, l2, fr, length, l1 * length, l2 * length]) @ combiner.coef_ + combiner.intercept_
        t = np.array([combiner.language_thresholds.get(lang, combiner.threshold) for lang in langs])
        p, flagged, margin = model.judge(X, category, langs, words)
        assert np.allclose(p, 1 / (1 + np.exp(-z))) and (flagged == (p >= t)).all()
        assert np.allclose(margin, z - np.log(t / (1 - t)))
        assert (margin[flagged] >= -1e-9).all() and (margin[~flagged] < 1e-9).all()
        without_second = combiner.coef_[1] * l2 + combiner.coef_[5] * l2 * length  # the second head's part of z
        moved["second"] += int(((1 / (1 + np.exp(-(z - without_second)))) >= t).sum() != flagged.sum())
        moved["language"] += int((model.above(X, category, ["en" if lang == "fr" else "fr" for lang in langs], words) != flagged).sum())
        moved["length"] += int((model.above(X, category, langs, [w * 3 for w in words]) != flagged).sum())
    assert all(moved.values()), moved


def test_each_language_has_its_own_thresholds_and_an_unknown_one_the_categorys():
    """The target is per category and language: thresholds chosen on each language's rows; a post whose language is
    unknown (short, mixed, another one) keeps the category's, chosen on both."""
    model, rows, X, langs, words = _shipped_rows(800)
    differ = 0
    for category, combiner in model.combiners.items():
        assert set(combiner.language_thresholds) == {"fr", "en"}
        for lang, t in combiner.language_thresholds.items():
            assert combiner.cut_offs(3, [lang, None, "es"]).tolist() == [t, combiner.threshold, combiner.threshold]
            differ += t != combiner.threshold
        unknown = model.judge(X, category, None, words)
        assert (unknown[1] == model.above(X, category, [None] * len(rows), words)).all()
        assert (unknown[1] == model.above(X, category, ["es"] * len(rows), words)).all()
    assert differ  # not the category's thresholds copied twice
