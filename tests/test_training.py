"""Models are reproducible artifacts with cards: a smoke training run, determinism, version checks."""

from __future__ import annotations

import gzip
import json
import pickle

import numpy as np
import pytest

from classifiers import textmodel
from classifiers.training.corpus import load
from classifiers.training.train import train
from footprint.errors import ModelError

HEADER = "id\tlang\tlabel\thard_negative\tkind\ttext\tnote\n"
POSITIVE = {
    "partisanship": ["Votez NPD le 21 octobre", "Vote Conservative, Poilievre for PM", "Je fais du porte-à-porte pour le Bloc", "Go Liberals go, vote Carney",
                     "Donnez à la campagne de QS", "Orange wave! NDP all the way", "Le PLQ mérite votre vote", "Volunteer for the Greens this weekend"],
    "harassment": ["t'es un gros cave", "you are a pathetic loser", "ferme-la espèce d'idiot", "shut up you moron",
                   "maudit épais va-t'en", "you people are vermin", "gros niaiseux de clown", "go back where you came from idiot"],
}
NEGATIVE = ["Allez voter dimanche, peu importe pour qui", "Beautiful sunset over the river tonight", "Liberal arts degree finally paid off",
            "Bloc opératoire très occupé cette semaine", "Le match des Habs était malade", "Fuck this traffic seriously",
            "Great book about Canadian history", "Recette de pouding chômeur à essayer"]


@pytest.fixture
def tiny_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for category, positives in POSITIVE.items():
        rows = [f"{category[:3]}-p{i}\t{'fr' if i % 2 else 'en'}\t1\t0\tpost\t{t}\t\n" for i, t in enumerate(positives)]
        rows += [f"{category[:3]}-n{i}\t{'fr' if i % 2 else 'en'}\t0\t1\tpost\t{t}\t\n" for i, t in enumerate(NEGATIVE)]
        (folder / f"{category}.tsv").write_text(HEADER + "".join(rows), encoding="utf-8")
    return folder


def test_training_is_deterministic_and_writes_a_card(tiny_corpus, tmp_path):
    first = train(tiny_corpus, tmp_path / "a", quiet=True)
    second = train(tiny_corpus, tmp_path / "b", quiet=True)
    a, b = (pickle.loads(gzip.decompress((tmp_path / d / "text.pickle.gz").read_bytes())) for d in "ab")
    assert (tmp_path / "a" / "text.pickle.gz").read_bytes() == (tmp_path / "b" / "text.pickle.gz").read_bytes()
    assert set(a.heads) == {"harassment", "partisanship"}
    assert all(np.array_equal(a.heads[c].coef_, b.heads[c].coef_) for c in a.heads)
    assert first["thresholds"] == second["thresholds"]
    card = json.loads((tmp_path / "a" / "text.json").read_text(encoding="utf-8"))
    assert set(card["versions"]) >= {"python", "scikit-learn", "numpy"}
    assert set(card["data"]["corpus_sha256"]) == {"harassment.tsv", "partisanship.tsv"}
    assert set(card["test_scores"]["partisanship"]) == {"fr", "en", "all"}


def test_test_split_is_fixed_by_id():
    rows = load()
    share = sum(r.is_test for r in rows) / len(rows)
    assert 0.15 < share < 0.25
    assert [r.id for r in rows if r.is_test] == [r.id for r in load() if r.is_test]


def test_a_model_of_another_format_is_a_clear_error(monkeypatch):
    card = dict(textmodel.load_card())
    card["format"] = 1
    textmodel.load_model.cache_clear()
    monkeypatch.setattr(textmodel, "load_card", lambda name="text": card)
    try:
        with pytest.raises(ModelError) as err:
            textmodel.load_model()
        assert "classifiers.training.train" in err.value.one_line() and err.value.exit_code == 7
    finally:
        textmodel.load_model.cache_clear()


def test_the_shipped_card_matches_the_shipped_corpus():
    from classifiers.training.corpus import file_hashes

    assert textmodel.load_card()["data"]["corpus_sha256"] == file_hashes(), "the corpus changed: retrain and commit the model"


def test_a_private_cue_weighs_only_in_its_own_categorys_head():
    """A private cue (employer_criticism's sarcasm, …) is learnt by its own head alone: every other head gives its column no weight."""
    from classifiers.training.train import PRIVATE_CUES
    from classifiers.lexicon import category_cues

    model = textmodel.load_model()
    names = model.names()
    assert "sarcasm" in PRIVATE_CUES
    for cue in PRIVATE_CUES:
        column = names.index(f"cue:{cue}")
        owners = [c for c in model.heads if cue in category_cues(c)]
        assert len(owners) == 1, (cue, owners)
        assert model.heads[owners[0]].coef_[0, column] != 0, cue
        for category, head in model.heads.items():
            if category not in owners:
                assert head.coef_[0, column] == 0, category
                if category in model.hard_heads:
                    assert model.hard_heads[category].coef_[0, column] == 0, category
