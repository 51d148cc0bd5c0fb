"""The shipped text model (plain vocabularies and coefficients) gives what scikit-learn gives."""

from __future__ import annotations

import pickle
import re

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from classifiers.evidence import _ranked
from classifiers.textmodel import TOKEN_PATTERN, Head, Vocab, char_transform, fold_digits, word_transform

TEXTS = [
    "Le NPD l’emporte à Québec!", "vote vote vote", "", "   ", "a", "ΟΔΟΣ ΑΒ", "İstanbul İİ",
    "tab\tsep\u00a0nbsp\u2003em", "aaaaaa aaaa", "x" * 500, "Don't   tell\nanyone 🤫 #cdnpoli", "Call 613-555-0142 in 2019",
    "中文 mixte \ud83d brisé x\x1cy", " a ab abc ",
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


@pytest.mark.parametrize("preprocessor,ngrams", [(None, (2, 4)), (fold_digits, (2, 4)), (fold_digits, (3, 5)), (None, (1, 1))])
def test_char_transform_is_scikit_learns(preprocessor, ngrams):
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=ngrams, sublinear_tf=True, min_df=1, preprocessor=preprocessor).fit(TEXTS[:6] + TEXTS[-1:])
    vocab = Vocab.from_sklearn(vec)
    assert close(char_transform(vocab, TEXTS), vec.transform(TEXTS))
    one_by_one = sp.vstack([char_transform(vocab, [t]) for t in TEXTS])  # a text's features never depend on its neighbours
    assert close(one_by_one, vec.transform(TEXTS))


@pytest.mark.parametrize("chunk", [1, 7, 40, 1 << 18])
def test_long_texts_are_coded_in_pieces_and_give_the_same_features(monkeypatch, chunk):
    """At most _CHUNK characters are coded at once (a long text cut between words, its pieces' counts added up):
    the features are the same whatever the size of the pieces."""
    from classifiers import textmodel

    monkeypatch.setattr(textmodel, "_CHUNK", chunk)
    texts = TEXTS + ["une phrase assez longue, répétée " * 40, "vote vote vote " * 30]
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, preprocessor=fold_digits).fit(TEXTS)
    word = TfidfVectorizer(token_pattern=TOKEN_PATTERN, ngram_range=(1, 2), sublinear_tf=True).fit(TEXTS + texts[-2:])
    assert close(char_transform(Vocab.from_sklearn(char), texts), char.transform(texts))
    assert close(word_transform(Vocab.from_sklearn(word), texts), word.transform(texts))
    assert char_transform(Vocab.from_sklearn(char), []).shape == (0, len(char.vocabulary_))


def test_the_n_gram_hash_table_finds_every_key_and_nothing_else():
    from classifiers.textmodel import _hash_table, _look_up

    rng = np.random.default_rng(1)
    for size in (0, 1, 7, 5000):
        keys = np.unique(rng.integers(1, 1 << 45, size=size))
        clustered = np.concatenate([keys, np.arange(1, 300) << 20])  # many keys sharing low bits: long probes
        for chosen in (keys, np.unique(clustered)):
            columns = rng.permutation(len(chosen))
            table = _hash_table(chosen, columns)
            queries = np.concatenate([chosen, rng.integers(1, 1 << 45, size=3000), chosen[::3]])
            which, found = _look_up(table, queries)
            expected = {int(k): int(c) for k, c in zip(chosen, columns)}
            assert sorted(zip(which.tolist(), found.tolist())) == sorted((i, expected[int(q)]) for i, q in enumerate(queries) if int(q) in expected)


def test_a_character_vocabulary_too_wide_to_pack_is_a_clear_error():
    from footprint.errors import ModelError

    terms = ["".join(chr(0x4E00 + 5 * i + k) for k in range(5)) for i in range(1000)]  # 5,000 characters: 13 bits each
    vocab = Vocab("char_wb", (3, 5), terms, np.ones(len(terms)))
    with pytest.raises(ModelError, match="63 bits"):
        char_transform(vocab, ["text"])


@pytest.mark.parametrize("ngrams", [(1, 2), (1, 3), (2, 2), (1, 1)])
def test_word_transform_is_scikit_learns(ngrams):
    vec = TfidfVectorizer(token_pattern=TOKEN_PATTERN, ngram_range=ngrams, sublinear_tf=True).fit(TEXTS[:6] + ["vote vote tell", "a a a", TEXTS[-1]])
    vocab = Vocab.from_sklearn(vec)
    assert close(word_transform(vocab, TEXTS), vec.transform(TEXTS))
    assert close(sp.vstack([word_transform(vocab, [t]) for t in TEXTS]), vec.transform(TEXTS))  # no sequence across texts
    assert close(word_transform(vocab, ["a a a", "a"]), vec.transform(["a a a", "a"]))  # "a a": the first words' numbers


def test_a_head_gives_the_logistic_regressions_probabilities_and_a_vocab_survives_pickling():
    vec = TfidfVectorizer(token_pattern=TOKEN_PATTERN, ngram_range=(1, 2), sublinear_tf=True).fit(TEXTS)
    X = vec.transform(TEXTS)
    y = np.array([i % 2 for i in range(len(TEXTS))])
    lr = LogisticRegression(C=4.0, solver="liblinear").fit(X, y)
    assert np.allclose(Head.from_sklearn(lr).predict_proba(X), lr.predict_proba(X), rtol=1e-12)
    vocab = pickle.loads(pickle.dumps(Vocab.from_sklearn(vec)))
    assert vocab.vocabulary_ == vec.vocabulary_ and "vocabulary_" not in pickle.dumps(vocab).decode("latin-1")


def test_every_head_at_once_gives_each_heads_own_probabilities_exactly():
    """judge makes one sparse product per batch for every head; it must give what each head alone gives, bit for bit,
    notice a head replaced, and never pickle what it remembers."""
    from classifiers.textmodel import TextModel

    vec = TfidfVectorizer(token_pattern=TOKEN_PATTERN, sublinear_tf=True).fit(TEXTS)
    X = vec.transform(TEXTS + TEXTS[::-1])
    rng = np.random.default_rng(0)
    def head():
        return Head(rng.normal(size=(1, X.shape[1])), rng.normal(size=1))
    model = TextModel(Vocab.from_sklearn(vec), Vocab.from_sklearn(vec), {"a": head(), "b": head()}, {"a": 0.5, "b": 0.5},
                      hard_heads={"b": head()}, hard_thresholds={"b": 0.5})
    for category, hard, own in (("a", False, model.heads["a"]), ("b", False, model.heads["b"]), ("b", True, model.hard_heads["b"])):
        assert np.array_equal(model._probability(X, category, hard), own.predict_proba(X)[:, 1])
    model.heads["a"] = replaced = head()
    assert np.array_equal(model.proba(X, "a"), replaced.predict_proba(X)[:, 1])
    model.heads["b"].coef_ = new_coefficients = rng.normal(size=(1, X.shape[1]))  # coefficients replaced in place
    assert np.array_equal(model.proba(X, "b"), Head(new_coefficients, model.heads["b"].intercept_).predict_proba(X)[:, 1])
    other = X[:3]
    assert np.array_equal(model.proba(other, "b"), model.heads["b"].predict_proba(other)[:, 1])
    reloaded = pickle.loads(pickle.dumps(model))
    assert set(reloaded.__dict__) == set(TextModel.__dataclass_fields__)
    assert all(h.coef_.flags.c_contiguous and np.array_equal(h.coef_, model.heads[c].coef_) for c, h in reloaded.heads.items())


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


def test_a_character_n_gram_is_shown_only_where_the_features_took_it_from():
    """char_wb pads each white-space-separated run with a space: " or" is the start of a run ("Orange"), never the
    middle of "morning", and digits were read as 0. Every span given for a character n-gram of a corpus post lies in a
    run whose padded, folded form holds the n-gram."""
    import random

    from classifiers.evidence import _locate
    from classifiers.textmodel import fold_digits, load_model
    from classifiers.training.corpus import load

    text = "Orange wave on the lake this morning at sunrise, call 613-555-0199"
    folded = fold_digits(text)
    assert [t for _, _, t in _locate("c: or", text, [], folded)] == ["word “Orange” (contains “or”)"]
    assert [t for _, _, t in _locate("c:ng ", text, [], folded)] == ["word “morning” (contains “ng”)"]
    assert [t for _, _, t in _locate("c: 000", text, [], folded)] == ["word “613” (contains “613”)"]
    assert len(_locate("c:or", text, [], folded)) == 2  # inside a word: both
    grams = [n for n in load_model().names() if n.startswith("c:")]
    checked = 0
    for row in random.Random(1).sample(load(), 300):
        runs = [(m.start(), m.end(), " " + fold_digits(m.group()) + " ") for m in re.finditer(r"\S+", row.text)]
        for gram in random.Random(row.id).sample(grams, 300) + ["c: or", "c:on ", "c: 00"]:
            for start, end, _ in _locate(gram, row.text, [], fold_digits(row.text)):
                assert any(s <= start and end <= e and gram[2:] in padded for s, e, padded in runs), (gram, row.text, start, end)
                checked += 1
    assert checked > 500


def test_evidence_is_never_a_word_of_a_link_or_a_handle_the_features_did_not_read():
    """model_text drops links and @handles before the words and n-grams are taken: a word of theirs shown as evidence
    would point where the model did not look (a lexicon cue may: a link's domain is one)."""
    from classifiers.registry import all_detectors
    from classifiers.textmodel import _LINK_OR_HANDLE
    from classifiers.training.corpus import Row
    from classifiers.training.evaluate import as_post
    from footprint.context import Context
    from footprint.parallel import detect_batch

    texts = ["Poilievre caught on a hot mic again, vote him out https://news.example.com/poilievre-hot-mic",
             "Vote NPD le 28 avril! @npd_quebec #NPD https://www.npd.ca/vote-npd",
             "@TransportCanada_AviationTips — safety tips from a Transport Canada civil aviation inspector ✈️",
             "Huge thanks to our partner @ps_runner_jen! Use code PSRUNNER for 20% off all rowers this month"]
    shown = 0
    for text, found in zip(texts, detect_batch([as_post(Row("", str(i), "fr" if "NPD" in t else "en", 0, False, "post", t))
                                                for i, t in enumerate(texts)], Context(), all_detectors())):
        unread = [m.span() for m in _LINK_OR_HANDLE.finditer(text)]
        for finding in found:
            for e in finding.evidence:
                shown += 1
                assert not e.reason.startswith(("term ", "word ")) or not any(
                    s < e.end and e.start < t for s, t in unread), (text, e)
    assert shown >= 6


def test_the_second_stage_only_takes_flags_away():
    """A post is flagged when the first head is above its threshold and, where the category has one,
    the second head (positives against hard negatives) is above its own."""
    from classifiers.textmodel import load_model, texts_cues
    from classifiers.training.corpus import load

    model = load_model()
    assert model.hard_heads, "the shipped model has no second stage"
    rows = [r for r in load() if r.is_test][:1500]
    X = model.features([r.text for r in rows], texts_cues([r.text for r in rows], [(r.lang,) for r in rows]))
    taken_away = 0
    langs = [r.lang for r in rows]
    for category, hard in model.hard_heads.items():
        t1, t2 = model.cut_offs(category, len(rows), langs)
        first = model.proba(X, category) >= t1
        second = hard.predict_proba(X)[:, 1] >= t2
        assert (model.above(X, category, langs) == (first & second)).all()
        taken_away += int((first & ~second).sum())
    assert taken_away  # it does take some flags away on real posts


def test_each_language_has_its_own_thresholds_and_an_unknown_one_the_categorys():
    """The target is per category and language: thresholds chosen on each language's rows; a post whose language is
    unknown (short, mixed, another one) keeps the category's, chosen on both."""
    from classifiers.textmodel import load_model, texts_cues
    from classifiers.training.corpus import load

    model = load_model()
    rows = [r for r in load() if r.is_test][:800]
    X = model.features([r.text for r in rows], texts_cues([r.text for r in rows], [(r.lang,) for r in rows]))
    differ = 0
    for category in model.heads:
        assert set(model.language_thresholds[category]) == {"fr", "en"}
        for lang, (t1, t2) in model.language_thresholds[category].items():
            first, second = model.cut_offs(category, 3, [lang, None, "es"])
            assert (first[0], second[0]) == (t1, t2) and first[1] == first[2] == model.thresholds[category]
            differ += t1 != model.thresholds[category]
        shared = model.above(X, category)
        assert (shared == model.above(X, category, [None] * len(rows))).all()
    assert differ  # not the category's thresholds copied twice
    p = model.proba(X, "harassment")
    fr, en = model.language_thresholds["harassment"]["fr"][0], model.language_thresholds["harassment"]["en"][0]
    assert (model.above(X, "harassment", ["fr"] * len(rows)) <= (p >= fr)).all()
    assert (model.above(X, "harassment", ["en"] * len(rows)) <= (p >= en)).all()
