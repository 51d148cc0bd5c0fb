"""Models are reproducible artifacts with cards: a smoke training run, determinism, version checks."""

from __future__ import annotations

import gzip
import json
import pickle

import numpy as np
import pytest

from classifiers import textmodel
from classifiers.training.corpus import Row, load, not_trained_on
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


def test_scored_rows_whose_words_were_trained_on_are_left_out():
    """A test or blind row repeating a training row's text (any category, any case or spacing) is not scored."""
    def row(id_, text, category="harassment"):
        return Row(category, id_, "en", 0, False, "post", text)
    training = [r for r in (row(f"t{i}", f"post number {i}") for i in range(40)) if not r.is_test]
    test_only = [r for r in (row(f"s{i}", "Congrats!!") for i in range(40)) if r.is_test][:1]
    assert training and test_only
    corpus = training + test_only
    repeat = row("b1", "  POST number " + training[0].text.split()[-1] + " ", "official_capacity")
    fresh = row("b2", "a text nobody trained on")
    kept, left_out = not_trained_on([repeat, fresh, *test_only], corpus)
    assert kept == [fresh, *test_only] and left_out == 1


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


def _rows(labels: str) -> list:
    """Rows from a string: P positive, H hard negative, N ordinary negative."""
    from classifiers.training.corpus import Row

    return [Row("harassment", f"r{i}", "en", int(c == "P"), c == "H", "post", f"text {i}") for i, c in enumerate(labels)]


def test_thresholds_trade_recall_for_hard_negatives_at_two_points_each():
    from classifiers.training.train import EXCESS_COST, TUNING_HARD_NEGATIVE_RATE, choose_thresholds, flags

    rows = _rows("PPPPHHHHHHHHHHHHHHHHHHHN")  # 4 positives, 19 hard negatives, 1 ordinary
    first = np.array([0.9, 0.8, 0.7, 0.3] + [0.1] * 18 + [0.75, 0.95])
    second = np.full(len(rows), 0.5)
    idx = np.arange(len(rows))
    objective, t1, t2 = choose_thresholds(first, second, rows, idx)
    # from 0.11 to 0.3 (ties: the lowest) every positive is found, with the hard negative at 0.75 and the ordinary
    # one (F1 0.8; 1 of 19 hard negatives is 5.3%, 0.76 points beyond the 4.5% line, costing 6.1 at 8 F1 points each);
    # above 0.75, F1 0.571.
    assert EXCESS_COST == 8.0
    assert (t1, t2) == (0.11, 0.0) and objective == pytest.approx(0.8 - EXCESS_COST * (1 / 19 - TUNING_HARD_NEGATIVE_RATE), abs=1e-4)
    assert flags(first, second, t1, t2).sum() == 6
    assert flags(first, second, np.array([0.3, 0.8]), np.array([0.0, 0.6])).shape == (2, 2, len(rows))
    vetoed = (np.zeros(len(rows), bool), np.array([False] * 22 + [True, False]))
    assert flags(first, second, t1, t2, vetoed).sum() == 5  # a veto silences the model, the rules' own flags stay


def test_hard_negatives_weigh_more_in_the_first_head_only():
    from classifiers.training.train import HARD_NEGATIVE_WEIGHT, _weights

    rows = _rows("PHNH")
    assert list(_weights(rows, own_count=3)) == [1.0, HARD_NEGATIVE_WEIGHT, 1.0, 1.0]  # the 4th is another file's row
    assert HARD_NEGATIVE_WEIGHT > 1


def _three_writers(tmp_path):
    """harassment and partisanship written by three writers (waves); partisanship's second labels the other way round."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for category, positives in POSITIVE.items():
        for wave, suffix in enumerate(["", ".wave2", ".wave3"]):
            yes, no = (NEGATIVE, positives) if category == "partisanship" and wave == 1 else (positives, NEGATIVE)
            rows = [f"{category[:3]}{wave}-p{i}\t{'fr' if i % 2 else 'en'}\t1\t0\tpost\t{t} {wave}\t\n" for i, t in enumerate(yes)]
            rows += [f"{category[:3]}{wave}-n{i}\t{'fr' if i % 2 else 'en'}\t0\t1\tpost\t{t} {wave}\t\n" for i, t in enumerate(no)]
            (folder / f"{category}{suffix}.tsv").write_text(HEADER + "".join(rows), encoding="utf-8")
    return folder


def test_the_nested_check_scores_each_wave_with_thresholds_it_did_not_choose(tmp_path, monkeypatch):
    """Three writers (waves) per category: each later wave is scored with thresholds chosen on the others' held-out
    predictions. Harassment's writers agree (insults are positives in every wave): perfect. Partisanship's second
    writer labels the other way round: no threshold chosen on one wave serves the other."""
    from classifiers.training import train as T
    from classifiers.training.corpus import load
    from classifiers.training.nested import nested_scores, summary, wave_summary

    folder = _three_writers(tmp_path)
    card = train(folder, tmp_path / "model", quiet=True)
    model = pickle.loads(gzip.decompress((tmp_path / "model" / "text.pickle.gz").read_bytes()))
    scores = nested_scores(load(folder), model, card["params"]["cue_weights"])
    assert set(scores) == {"harassment", "partisanship"}
    assert all(s["f1"] == 1.0 and s["hard_negative_flag_rate"] == 0.0 and s["objective"] == 1.0 for s in scores["harassment"].values())
    assert all(s["objective"] < 0.5 for s in scores["partisanship"].values()), scores["partisanship"]
    for s in scores["partisanship"].values():
        assert s["objective"] == pytest.approx(s["f1"] - 2 * max(0.0, s["hard_negative_flag_rate"] - 0.05), abs=1e-3)
    assert summary(scores).endswith("target met in 2 of 4")
    # --by-wave: each scored wave's counts, whose sums are the figures; wave 1 is never scored
    by_wave: dict = {}
    assert nested_scores(load(folder), model, card["params"]["cue_weights"], by_wave=by_wave) == scores
    assert {wave for _, wave, _ in by_wave} == {"wave2", "wave3"}
    for category, by_lang in scores.items():
        for lang, s in by_lang.items():
            n = sum(v for (c, _, l), v in by_wave.items() if (c, l) == (category, lang))
            assert (int(n[0] + n[2]), int(n[4])) == (s["positives"], s["hard_negatives"])
    table = wave_summary(by_wave)
    assert "harassment             wave2    en  recall " in table and "other waves    fr: recall 1.000" not in table
    assert table.splitlines()[-1].startswith("other waves    fr: recall ")
    # a file trained and tuned on but never scored (`--with`): harassment's third writer; the second is still scored
    fewer = nested_scores(load(folder), model, card["params"]["cue_weights"], unscored=frozenset({"harassment.wave3.tsv"}))
    for lang, s in fewer["harassment"].items():
        second = [r for r in load(folder) if r.source == "harassment.wave2.tsv" and r.lang == lang and not r.is_test]
        assert (s["positives"], s["hard_negatives"]) == (sum(r.label for r in second), sum(1 - r.label for r in second))
        assert s["positives"] < scores["harassment"][lang]["positives"] and s["f1"] == 1.0
    mine = lambda by_lang: {lang: {k: v for k, v in s.items() if not k.startswith("others")} for lang, s in by_lang.items()}  # noqa: E731
    assert mine(fewer["partisanship"]) == mine(scores["partisanship"])
    # the other files' negatives each category flagged are reported (the rows of an unscored file left out)
    assert all(sum(s["others"] for s in by_lang.values()) > 0 for by_lang in scores.values())
    assert sum(s["others"] for s in fewer["partisanship"].values()) < sum(s["others"] for s in scores["partisanship"].values())
    assert "other files' negatives flagged by the category: " in summary(scores)
    # without a model, the vocabulary is fitted on the rows (as train.py fits it), never the shipped model's: a run
    # without `--with` stays comparable with one with it whatever model is shipped
    monkeypatch.setattr("classifiers.textmodel.load_model", lambda *a, **k: pytest.fail("the shipped model was read"))
    assert nested_scores(load(folder), None, card["params"]["cue_weights"]) == scores
    # without cue weights, each wave left out gets the weight train.py's rule picks on the other waves: never the
    # shipped card's, so a check of the method does not depend on the model shipped
    monkeypatch.setattr("classifiers.textmodel.load_card", lambda *a, **k: pytest.fail("the shipped card was read"))
    monkeypatch.setattr(T, "CUE_WEIGHTS", (0.5,))
    assert nested_scores(load(folder), model) == nested_scores(load(folder), model, {c: 0.5 for c in scores})
    monkeypatch.setattr(T, "CUE_WEIGHTS", (0.25, 0.5, 1.0, 2.0))
    chosen = nested_scores(load(folder), model)
    assert set(chosen) == set(scores) and all(s["f1"] == 1.0 for s in chosen["harassment"].values())


def test_kfold_scores_every_training_row_once_with_a_model_that_never_saw_it(tmp_path, monkeypatch):
    """Each part left out is scored by a model fitted on the others (train.fit); the test split is never used."""
    from classifiers.training import kfold
    from classifiers.training.corpus import load

    rows = load(_three_writers(tmp_path))
    fitted_on: list[set[str]] = []
    real_fit = kfold.T.fit
    monkeypatch.setattr(kfold.T, "fit", lambda part: fitted_on.append({r.id for r in part}) or real_fit(part))
    scores = kfold.kfold_scores(rows, folds=2)
    training = {r.id for r in rows if not r.is_test}
    assert len(fitted_on) == 2 and all(ids < training for ids in fitted_on)
    assert fitted_on[0] | fitted_on[1] == training and not fitted_on[0] & fitted_on[1]
    assert set(scores) == {"harassment", "partisanship"}
    assert min(s["f1"] for s in scores["harassment"].values()) > max(s["f1"] for s in scores["partisanship"].values())
    fitted_on.clear()  # --with: a file's training rows join every fit and are never scored
    extra = [r for r in rows if r.source == "harassment.wave3.tsv"]
    fewer = kfold.kfold_scores([r for r in rows if r not in extra], folds=2, extra=extra)
    assert all({r.id for r in extra if not r.is_test} <= ids for ids in fitted_on)
    for lang, s in fewer["harassment"].items():
        scored = [r for r in rows if r.category == "harassment" and r.lang == lang and not r.is_test and r not in extra]
        assert s["positives"] == sum(r.label for r in scored) < scores["harassment"][lang]["positives"]


def test_kfold_by_writer_keeps_each_wave_in_one_part_and_never_scores_wave_one(tmp_path, monkeypatch):
    """--by writer: a writer's rows are all in one part (scored by a model that never saw that writer); the wave-1
    rows are fitted on in every part and never scored. Parts split across processes add up to the whole run."""
    from classifiers.training import kfold
    from classifiers.training.corpus import load

    rows = [r for r in load(_three_writers(tmp_path)) if not r.is_test]
    parts = {}
    for r in rows:
        parts.setdefault(kfold.T._origin(r), set()).add(kfold.fold_of(r, 2, "writer"))
    assert parts["wave1"] == {None} and all(len(p) == 1 for p in parts.values())
    fitted_on: list[set[str]] = []
    real_fit = kfold.T.fit
    monkeypatch.setattr(kfold.T, "fit", lambda part: fitted_on.append({r.id for r in part}) or real_fit(part))
    whole = kfold.kfold_counts(rows, folds=2, by="writer")
    wave1 = {r.id for r in rows if kfold.T._origin(r) == "wave1"}
    assert all(wave1 <= ids for ids in fitted_on)
    scored = sum(int(n[0] + n[2]) for n in whole.values())
    assert scored == sum(r.label for r in rows if r.id not in wave1)
    for k in (0, 1):
        kfold.write_counts(kfold.kfold_counts(rows, folds=2, by="writer", parts=[k]), tmp_path / f"{k}.json")
    assert kfold.scores_of(kfold.merged([tmp_path / "0.json", tmp_path / "1.json"])) == kfold.scores_of(whole)


EVERYDAY = ["Walked the dog by the canal", "Pâté chinois ce soir à la maison", "New running shoes, feeling fast",
            "Bonne fête à ma sœur"]


def test_the_checks_report_the_everyday_posts_flagged_and_never_judge_by_them(tmp_path):
    """Everyday posts (negatives that are not hard negatives) are counted per pair in both checks and summed in the
    summary, while the objective and the pairs met are computed as before; k-fold --json files written before the
    everyday counts (five numbers) still merge."""
    from classifiers.training import kfold
    from classifiers.training.corpus import load
    from classifiers.training.nested import nested_scores, summary

    folder = _three_writers(tmp_path)
    for path in folder.glob("*.tsv"):
        wave = int(path.stem.split(".wave")[1]) - 1 if ".wave" in path.stem else 0
        with path.open("a", encoding="utf-8") as handle:
            for i, text in enumerate(EVERYDAY):
                handle.write(f"{path.stem[:3]}{wave}-e{i}\t{'fr' if i % 2 else 'en'}\t0\t0\tpost\t{text} {wave}\t\n")
    rows = [r for r in load(folder) if not r.is_test]
    everyday = [r for r in rows if not r.label and not r.hard_negative]
    later = [r for r in everyday if kfold.T._origin(r) != "wave1"]
    assert everyday and later
    nested = nested_scores(rows)
    assert sum(s["everyday"] for by in nested.values() for s in by.values()) == len(later)  # wave 1 is never scored
    counts = kfold.kfold_counts(rows, folds=2)
    assert sum(int(n[6]) for n in counts.values()) == len(everyday)
    for scores in (nested, kfold.scores_of(counts)):
        assert all(0 <= s["everyday_flagged"] <= s["everyday"] for by in scores.values() for s in by.values())
        flagged = sum(s["everyday_flagged"] for by in scores.values() for s in by.values())
        total = sum(s["everyday"] for by in scores.values() for s in by.values())
        assert f"everyday posts flagged by their own file's category: {flagged} of {total} " in summary(scores)
        assert summary(scores).splitlines()[-1].startswith("mean objective")
    old = tmp_path / "old.json"
    old.write_text(json.dumps({f"{c}/{lang}": [int(v) for v in n[:5]] for (c, lang), n in counts.items()}))
    merged = kfold.merged([old])
    assert all(list(merged[key]) == list(n[:5]) + [0, 0, 0, 0] for key, n in counts.items())
    assert "everyday posts" not in summary(kfold.scores_of(merged)) and "other files'" not in summary(kfold.scores_of(merged))
    # the k-fold check also counts each category's flags on the other files' negatives of the part left out
    assert sum(int(n[8]) for n in counts.values()) == sum(1 for r in rows if not r.label) * (len(POSITIVE) - 1)
    assert all(0 <= int(n[7]) <= int(n[8]) for n in counts.values())


def test_set_changes_a_train_setting_for_the_run_and_refuses_what_train_py_does_not_have(monkeypatch):
    from classifiers.training import train as T
    from classifiers.training.nested import apply_settings

    monkeypatch.setattr(T, "HARD_NEGATIVE_WEIGHT", 4.0)
    monkeypatch.setattr(T, "CUE_WEIGHTS", (0.125,))
    monkeypatch.setattr(T, "WORD_MIN_DF", 2)
    apply_settings(["HARD_NEGATIVE_WEIGHT=6", "CUE_WEIGHTS=0.125,0.25", "WORD_MIN_DF=3"])
    assert (T.HARD_NEGATIVE_WEIGHT, T.CUE_WEIGHTS, T.WORD_MIN_DF) == (6.0, (0.125, 0.25), 3)
    for bad in ("NO_SUCH=1", "WORD_MIN_DF=two", "fit=1", "C", "TOKEN_PATTERN=x", "LANGUAGES=fr", "RULED=x", "CORPUS=/tmp"):
        with pytest.raises(SystemExit, match="--set"):
            apply_settings([bad])


def test_a_share_of_hard_negatives_just_above_five_percent_is_not_rounded_down_to_it():
    from classifiers.training.metrics import scores

    # 7 of 139 hard negatives flagged is 5.04%: at three decimals it read 0.050 and passed for "at most 5%"
    truth = [0] * 139 + [1]
    flagged = [True] * 7 + [False] * 132 + [True]
    s = scores(truth, flagged, [True] * 139 + [False])
    assert s["hard_negatives_flagged"] == 7 and s["hard_negatives"] == 139
    assert s["hard_negative_flag_rate"] > 0.05


def test_thresholds_aim_under_the_five_percent_target(monkeypatch):
    from classifiers.training import train as T

    # 10 positives (one at 0.3), 20 hard negatives (one at 0.5): flagging that one is exactly 5%
    rows = _rows("P" * 10 + "H" * 20)
    first = np.array([0.9] * 9 + [0.3] + [0.5] + [0.1] * 19)
    second = np.full(len(rows), 0.5)
    idx = np.arange(len(rows))
    monkeypatch.setattr(T, "TUNING_HARD_NEGATIVE_RATE", 0.05)
    assert T.choose_thresholds(first, second, rows, idx)[1] == 0.11  # every positive, 1 of 20 hard negatives: F1 0.952
    monkeypatch.setattr(T, "TUNING_HARD_NEGATIVE_RATE", 0.045)
    # 5% is 0.5 points beyond the line, costing 0.04 (at 8 F1 points each): nine positives and no hard negative (F1 0.947) serve better
    assert T.choose_thresholds(first, second, rows, idx)[1] == 0.51
    monkeypatch.undo()
    assert T.TUNING_HARD_NEGATIVE_RATE < T.MAX_HARD_NEGATIVE_RATE == 0.05


def test_each_language_gets_the_thresholds_that_serve_its_own_rows():
    from classifiers.training import train as T
    from classifiers.training.corpus import Row

    # French positives score 0.6 and French hard negatives 0.3; English 0.9 and 0.7: one threshold for both loses
    # either the French positives or the English hard negatives, each language's own loses neither
    rows = [Row("harassment", f"{lang}{i}", lang, int(c == "P"), c == "H", "post", f"text {lang} {i}")
            for lang in ("fr", "en") for i, c in enumerate("P" * 10 + "H" * 20)]
    first = np.array([0.6] * 10 + [0.3] * 20 + [0.9] * 10 + [0.7] * 20)
    second = np.full(len(rows), 0.5)
    idx = np.arange(len(rows))
    by_lang = T.language_thresholds(first, second, rows, idx)
    assert by_lang == {"fr": (0.31, 0.0), "en": (0.71, 0.0)}
    flagged = np.concatenate([T.flags(first[:30], second[:30], *by_lang["fr"]), T.flags(first[30:], second[30:], *by_lang["en"])])
    assert (flagged == np.array([r.label == 1 for r in rows])).all()
    objective, t1, _ = T.choose_thresholds(first, second, rows, idx)
    assert objective < 1.0 and (T.flags(first, second, t1, 0.0) != np.array([r.label == 1 for r in rows])).any()


def test_the_readme_table_never_rounds_a_share_above_five_percent_down_to_it():
    from classifiers.training.evaluate import _f1_hn

    assert _f1_hn({"f1": 0.923, "hard_negative_flag_rate": 0.0506}) == "0.923, 5.1%"
    assert _f1_hn({"f1": 0.9, "hard_negative_flag_rate": 0.0502}) == "0.900, 5.1%"
    assert _f1_hn({"f1": 0.9, "hard_negative_flag_rate": 0.05}) == "0.900, 5.0%"
    assert _f1_hn({"f1": 0.9, "hard_negative_flag_rate": 0.0331}) == "0.900, 3.4%"
    # from the counts: 14 of 212 is 6.604%, stored as 0.0660
    assert _f1_hn({"f1": 0.9, "hard_negative_flag_rate": 0.066, "hard_negatives": 212, "hard_negatives_flagged": 14}) == "0.900, 6.7%"
    assert _f1_hn({"f1": 0.9, "hard_negative_flag_rate": 0.05, "hard_negatives": 200, "hard_negatives_flagged": 10}) == "0.900, 5.0%"
    # with precision and recall, as the README shows the test split's (the check compares them with its own)
    assert _f1_hn({"f1": 0.883, "precision": 0.957, "recall": 0.82, "hard_negatives": 254, "hard_negatives_flagged": 9}) == "0.883 (P 0.96, R 0.82), 3.6%"


def test_the_checks_sum_each_languages_hard_negatives_flagged_over_every_category():
    from classifiers.training.nested import pair_scores, summary

    scores = {"harassment": {"fr": pair_scores(45, 5, 5, 6, 200), "en": pair_scores(45, 5, 5, 12, 200)},
              "partisanship": {"fr": pair_scores(45, 5, 5, 4, 100), "en": pair_scores(45, 5, 5, 3, 100)}}
    lines = summary(scores).splitlines()
    assert "hard negatives flagged over every category: fr 10 of 300 (3.3%, 95% 1.8%-6.0%), en 15 of 300 (5.0%, 95% 3.1%-8.1%)" in lines
    assert lines[-1] == "mean objective 0.8950; target met in 3 of 4"  # reported, never judged: the last line is unchanged


def test_a_share_comes_with_the_interval_its_sample_allows():
    from classifiers.training.metrics import wilson

    # Wilson's interval: the worked example of its docstring, and a share known in closed form
    lo, hi = wilson(13, 245)
    assert round(lo, 3) == 0.031 and round(hi, 3) == 0.089
    assert wilson(0, 10)[0] == 0.0 and round(wilson(0, 10)[1], 3) == 0.278
    assert round(wilson(10, 10)[1], 9) == 1.0 and round(wilson(10, 10)[0], 3) == 0.722
    # more rows, a narrower interval around the same share
    assert wilson(100, 2000)[1] - wilson(100, 2000)[0] < wilson(10, 200)[1] - wilson(10, 200)[0]
    assert wilson(0, 0) == (0.0, 1.0)


def test_an_f1_interval_is_reproducible_and_holds_the_sample_f1():
    from classifiers.training.metrics import f1_interval, scores

    truth = [1] * 40 + [0] * 160
    flagged = [True] * 34 + [False] * 6 + [True] * 5 + [False] * 155  # F1 68 / 79 = 0.861
    f1 = scores(truth, flagged, [False] * 200)["f1"]
    lo, hi = f1_interval(truth, flagged)
    assert lo < f1 < hi and 0.75 < lo and hi < 0.95
    assert f1_interval(truth, flagged) == (lo, hi)  # the same seed, the same interval
    assert f1_interval([1] * 10, [True] * 10) == (1.0, 1.0)  # no error to resample
    # ten times the rows, a narrower interval
    wide = f1_interval(truth * 10, flagged * 10)
    assert wide[1] - wide[0] < (hi - lo) / 2


def test_a_pair_is_met_or_not_only_when_its_intervals_say_so():
    from classifiers.training.metrics import verdict

    assert verdict((0.88, 0.93), (0.01, 0.045)) == "met"
    assert verdict((0.88, 0.93), (0.031, 0.089)) == "too few rows to tell"  # 13 of 245 flagged: 5.3%, but could be 4%
    assert verdict((0.88, 0.93), (0.052, 0.09)) == "not met"  # even its interval's low end is above 5%
    assert verdict((0.80, 0.849), (0.01, 0.03)) == "not met"
    assert verdict((0.84, 0.90), (0.01, 0.03)) == "too few rows to tell"


def test_pairs_met_move_with_the_sample_only_where_a_pair_sits_near_the_line():
    from classifiers.training.metrics import met_in_resamples

    clear = ([1] * 100 + [0] * 400, [True] * 100 + [False] * 400, [False] * 100 + [True] * 400)  # no error at all
    failing = ([1] * 100 + [0] * 400, [True] * 100 + [True] * 80 + [False] * 320, [False] * 100 + [True] * 400)  # 20%
    edge = ([1] * 100 + [0] * 200, [True] * 100 + [True] * 10 + [False] * 190, [False] * 100 + [True] * 200)  # 5.0%
    assert set(met_in_resamples([clear, failing], draws=300)) == {1}
    counts = met_in_resamples([clear, edge], draws=300)
    assert set(counts) == {1, 2} and 0.3 < (counts == 2).mean() < 0.7  # at the line itself, met about half the time
    assert (met_in_resamples([clear, edge], draws=300) == counts).all()  # the same seed, the same draws


def test_the_chance_that_a_sample_stays_under_the_line_is_the_binomials():
    from classifiers.training.metrics import chance_under

    assert chance_under(20, 0.05) == 0.95 ** 20 + 20 * 0.05 * 0.95 ** 19  # at most one of twenty
    assert abs(chance_under(200, 0.045) - 0.7088) < 0.001  # scipy.stats.binom.cdf(10, 200, 0.045): about two times in three
    assert chance_under(200, 0.025) > chance_under(200, 0.045) > chance_under(200, 0.06)
    assert chance_under(10, 0.0) == 1.0 and chance_under(10, 1.0) == 0.0


def test_the_intervals_table_shows_counts_intervals_and_every_categorys_sum():
    from classifiers.training.evaluate import intervals_markdown

    def pair(f1, lo, hi, k, n):
        return {"f1": f1, "f1_interval": [lo, hi], "hard_negatives_flagged": k, "hard_negatives": n,
                "hard_negative_interval": list(__import__("classifiers.training.metrics", fromlist=["wilson"]).wilson(k, n))}

    test = {"harassment": {"fr": pair(0.88, 0.85, 0.91, 30, 260), "en": pair(0.878, 0.84, 0.91, 2, 212)}}
    blind = {"harassment": {"fr": pair(0.933, 0.86, 0.98, 2, 24), "en": pair(0.951, 0.9, 1.0, 0, 24)}}
    table = intervals_markdown(test, blind).splitlines()
    # 30 of 260: even the interval's low end is above 5%
    assert table[2].startswith("| harassment | FR | 0.880 (0.850–0.910) | 30 of 260, 11.6% (8.2–16.0) | not met |")
    assert "| 2 of 24, 8.4% (2.3–25.8) |" in table[2]  # rounded up, as in the README table
    assert "| too few rows to tell |" in table[3]  # F1's interval straddles 0.85
    assert table[4].startswith("| every category | FR | | 30 of 260")
    assert table[5].endswith("| 0 of 24, 0.0% (0.0–13.8) |")


def test_the_certainty_table_sums_every_category_and_says_how_often_each_kind_was_right():
    from classifiers.training.evaluate import certainty_markdown

    def pair(clear, borderline):
        return {"clear": dict(zip(("flagged", "right", "hard_negatives"), clear)),
                "borderline": dict(zip(("flagged", "right", "hard_negatives"), borderline))}

    results = {"test_split": {"harassment": {"fr": pair((90, 88, 2), (10, 7, 3)), "en": pair((50, 50, 0), (0, 0, 0))},
                              "partisanship": {"fr": pair((10, 10, 0), (10, 9, 1)), "en": pair((0, 0, 0), (4, 1, 3))}},
               "blind": {}}
    lines = certainty_markdown(results).splitlines()
    assert len(lines) == 4  # the blind set, empty, has no rows
    assert lines[2] == "| test split | FR | 100, 98 (98.0%, 93.0–99.4) | 20, 16 (80.0%, 58.4–91.9) | 4 of 6 |"
    assert lines[3] == "| test split | EN | 50, 50 (100.0%, 92.9–100.0) | 4, 1 (25.0%, 4.6–69.9) | 3 of 3 |"


def test_the_length_aware_combiner_separates_what_one_threshold_per_language_cannot():
    """Short posts: positives score 0.6, hard negatives 0.3; long posts: positives 0.85, hard negatives 0.7. One
    threshold per language loses either the short positives or the long hard negatives; the combiner, which reads
    the length, keeps neither error on a wave it was not fitted on."""
    from classifiers.training import train as T
    from classifiers.training.corpus import Row

    rows, first = [], []
    for wave in range(2, 8):
        for i in range(40):
            long_, positive = i % 2 == 0, i % 4 < 2
            text = " ".join(["mot"] * (40 if long_ else 6))
            rows.append(Row("harassment", f"w{wave}-{i}", "en", int(positive), not positive, "post", text, f"harassment.wave{wave}.tsv"))
            first.append((0.85 if positive else 0.7) if long_ else (0.6 if positive else 0.3))
    first, second = np.array(first), np.full(len(rows), 0.5)
    held = np.array([i for i, r in enumerate(rows) if r.source == "harassment.wave7.tsv"])
    tune = np.array([i for i in range(len(rows)) if i not in set(held)])
    truth = np.array([r.label == 1 for r in rows])
    t1, t2 = T.language_thresholds(first, second, rows, tune)["en"]
    assert (T.flags(first[held], second[held], t1, t2) != truth[held]).any()
    probability, thresholds = T.combiner_decision(T.combiner_features(first, second, rows), rows, tune, held)
    threshold, none = thresholds["en"]
    assert none == 0.0 and ((probability[held] >= threshold) == truth[held]).all()
    assert np.isnan(probability[tune]).all()  # only the held rows are scored
    again = T.combiner_decision(T.combiner_features(first, second, rows), rows, tune, held)
    assert (again[0][held] == probability[held]).all() and again[1] == thresholds  # deterministic


def test_the_line_holds_on_the_categorys_own_hard_negatives_only():
    """A rules' second opinion is tuned on other files' rows too; their hard negatives (hard for another category)
    must not dilute its share of hard negatives flagged."""
    from classifiers.training.corpus import Row
    from classifiers.training.train import choose_thresholds

    own = _rows("PPPPHHHHHHHHHHHHHHHHHHH")  # 4 positives, 19 of its own hard negatives
    other = [Row("partisanship", f"o{i}", "en", 0, True, "post", f"other {i}") for i in range(60)]
    rows = own + other
    first = np.array([0.9, 0.3, 0.3, 0.3] + [0.1] * 17 + [0.5, 0.55] + [0.05] * 60)
    idx = np.arange(len(rows))
    # From 0.11 to 0.3 every positive is found (F1 0.8) with 2 of its 19 hard negatives (10.5%): counted among the other
    # file's too, 2 of 79 (2.5%, under the line), that threshold would be chosen. On its own, 6 points beyond the
    # line cost 0.48: 0.56 (one positive found, F1 0.4, none flagged) serves it better.
    _, t1, _ = choose_thresholds(first, np.full(len(rows), 0.5), rows, idx)
    assert t1 == 0.56


def test_the_character_vocabulary_breaks_ties_alphabetically(monkeypatch):
    """The most frequent character n-grams, ties in alphabetical order: the same on every processor."""
    from classifiers.training import train as T

    texts = ["abc", "abd", "abe", "abf", "abc", "abd"]
    _, char = T._vectorisers()
    char.set_params(ngram_range=(3, 3), min_df=1)
    assert T.char_vocabulary(char, texts, limit=5) == [" ab", "abc", "abd", "bc ", "bd "]  # " ab" 6, abc/abd/bc /bd 2 each, ...
    assert T.char_vocabulary(char, list(reversed(texts)), limit=5) == T.char_vocabulary(char, texts, limit=5)
    monkeypatch.setattr(T, "CHAR_FEATURES", 3)  # what `--set CHAR_FEATURES=3` does: read at each call
    assert T.char_vocabulary(char, texts) == [" ab", "abc", "abd"]
