"""The neighbour veto (textmodel.Veto, train.VETO_NEIGHBOURS): a third stage that only takes flags away, scored at run
time exactly as training scored it."""

from __future__ import annotations

import gzip
import pickle

import numpy as np
import pytest
import scipy.sparse as sp

from classifiers import textmodel
from classifiers.textmodel import neighbour_share, texts_cues, unit_rows
from classifiers.training import train as T
from classifiers.training.corpus import load
from tests.test_training import _three_writers


def _rows(*vectors) -> sp.csr_matrix:
    return unit_rows(sp.csr_matrix(np.array(vectors, dtype=float)))


def test_the_share_weighs_the_nearest_rows_by_their_similarity():
    refs = _rows([1, 0], [1, 0], [0, 1], [0.6, 0.8])
    positive = np.array([True, False, True, False])
    e1, e2 = _rows([1, 0]), _rows([0, 1])
    assert neighbour_share(e1, refs, positive, 2) == pytest.approx(0.5)  # 1 (positive) and 1 (not)
    assert neighbour_share(e1, refs, positive, 3) == pytest.approx(1 / 2.6)  # and 0.6 (not)
    assert neighbour_share(e2, refs, positive, 1) == pytest.approx(1.0)
    assert neighbour_share(e2, refs, positive, 2) == pytest.approx(1 / 1.8)
    assert neighbour_share(_rows([0, 0]), refs, positive, 2) == 0.0  # nothing in common with any row: no support
    assert neighbour_share(e1, refs, positive, 10) == pytest.approx(1 / 2.6)  # more places than rows: every row


def test_rows_tied_at_the_last_place_share_it_whatever_their_order():
    refs = _rows([1, 0], [1, 0], [1, 0], [0, 1])
    for positive in ([True, False, False, True], [False, False, True, True], [False, True, False, True]):
        assert neighbour_share(_rows([1, 0]), refs, np.array(positive), 1) == pytest.approx(1 / 3)
        assert neighbour_share(_rows([1, 0]), refs, np.array(positive), 2) == pytest.approx(1 / 3)


def test_unit_rows_blank_the_columns_first_then_normalise():
    X = unit_rows(sp.csr_matrix(np.array([[3.0, 4.0, 0.0], [0.0, 5.0, 0.0], [0.0, 0.0, 0.0]])), np.array([1]))
    assert X.dtype == np.float32
    assert np.allclose(X.toarray(), [[1, 0, 0], [0, 0, 0], [0, 0, 0]])


def test_a_model_without_a_veto_pickles_as_before_vetoes_existed():
    model = textmodel.load_model()
    assert "vetoes" not in model.__getstate__() and "reference" not in model.__getstate__()
    again = pickle.loads(pickle.dumps(model))
    assert again.vetoes == {} and again.reference is None


@pytest.fixture
def vetoed(tmp_path, monkeypatch):
    """A model trained on three writers with the veto on at a threshold of 0.5 in every language."""
    monkeypatch.setattr(T, "VETO_NEIGHBOURS", 3)
    monkeypatch.setattr(T, "VETO_THRESHOLDS", (0.5,))
    folder = _three_writers(tmp_path)
    card = T.train(folder, tmp_path / "model", quiet=True)
    assert card["params"]["veto_neighbours"] == 3
    assert card["veto_thresholds"]["harassment"] == {"all": 0.5, "fr": 0.5, "en": 0.5}
    model = pickle.loads(gzip.decompress((tmp_path / "model" / "text.pickle.gz").read_bytes()))
    return model, [r for r in load(folder) if not r.is_test], load(folder)


def test_the_veto_at_run_time_reads_the_rows_training_read(vetoed):
    """The shipped reference and each category's row indices, positives and blanked columns give the score training
    gives with every training row as a neighbour."""
    model, train_rows, _ = vetoed
    assert set(model.vetoes) == {"harassment", "partisanship"}
    words = len(model.word.terms)
    for category, veto in model.vetoes.items():
        own, extra = T._examples(train_rows, category)
        examples = own + extra
        X, _, _ = T.category_matrix(model, category, examples)
        assert veto.positive.tolist() == [bool(r.label) for r in examples] and veto.k == 3
        assert veto.language_thresholds == {"fr": 0.5, "en": 0.5} and veto.threshold == 0.5
        training = neighbour_share(unit_rows(X[:, :words]), unit_rows(sp.csr_matrix(X[:, :words], dtype=np.float32)),
                                   veto.positive, 3)
        full = model.features([r.text for r in examples], texts_cues([r.text for r in examples], [(r.lang,) for r in examples]))
        assert np.allclose(veto.share(model.reference, full[:, :words]), training, atol=1e-6)


def test_the_veto_only_takes_flags_away(vetoed):
    model, _, rows = vetoed
    X = model.features([r.text for r in rows], texts_cues([r.text for r in rows], [(r.lang,) for r in rows]))
    langs = [r.lang for r in rows]
    taken = 0
    for category, veto in list(model.vetoes.items()):
        with_veto = model.above(X, category, langs)
        share = veto.share(model.reference, X[:, :len(model.word.terms)])
        del model.vetoes[category]
        without = model.above(X, category, langs)
        model.vetoes[category] = veto
        assert (with_veto == (without & (share >= 0.5))).all()
        taken += int((without & ~with_veto).sum())
    assert taken  # partisanship's second writer labels the other way round: its neighbours say so


def test_no_veto_threshold_changes_nothing_and_the_checks_read_the_third(tmp_path, monkeypatch):
    from classifiers.training.nested import nested_scores

    folder = _three_writers(tmp_path)
    rows = load(folder)
    plain = nested_scores(rows, None, {"harassment": 0.125, "partisanship": 0.125})
    monkeypatch.setattr(T, "VETO_NEIGHBOURS", 3)
    monkeypatch.setattr(T, "VETO_THRESHOLDS", (0.0,))
    assert nested_scores(rows, None, {"harassment": 0.125, "partisanship": 0.125}) == plain
    monkeypatch.setattr(T, "VETO_THRESHOLDS", (0.0, 0.5, 0.9))
    with_veto = nested_scores(rows, None, {"harassment": 0.125, "partisanship": 0.125})
    assert all(s["f1"] == 1.0 for s in with_veto["harassment"].values())  # ties: the weakest veto, here none
