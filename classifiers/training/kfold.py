"""A steadier measure for choosing between training methods: `python -m classifiers.training.kfold`.

The fixed test split moves by about ±0.01 with changes that do not touch the rows it scores (a new
wave of another category changes the vocabulary and the other files' negatives), so a difference
that small cannot confirm a change. Here the training rows (never the test split) are cut into
FOLDS parts by a hash of their id; the model is fitted and tuned (train.fit) on all parts but one
and its heads score the part left out, in turn; the counts are summed over the parts. The model
heads only (no rules, sure signs or clearing cues), per category and language, in the nested
check's format. FOLDS fits, each nearly as long as train.py's: 30 to 35 minutes in all here on
model 2.9.0's corpus, a few minutes since model 2.15.0 (one cue weight) with OMP_NUM_THREADS=1. Run one
at a time: two side by side on two cores, with numpy's default threads, take more than twice as long.
`--with FILE`: the file's training rows join every part's fit and are never scored (the question
the nested check's `--with` asks, of a data file).
"""

from __future__ import annotations

import argparse
import hashlib

import numpy as np

from classifiers.textmodel import texts_cues
from classifiers.training import train as T
from classifiers.training.corpus import Row, load
from classifiers.training.nested import add_with_option, pair_scores, summary, training_rows

FOLDS = 4


def fold_of(row: Row, folds: int = FOLDS) -> int:
    """The part a training row belongs to (a hash of its id, salted apart from the test split's)."""
    return int(hashlib.sha1(f"fold:{row.id}".encode("utf-8")).hexdigest(), 16) % folds


def kfold_scores(rows: list[Row] | None = None, folds: int = FOLDS,
                 extra: list[Row] = ()) -> dict[str, dict[str, dict[str, float]]]:
    """Per category and language: F1, the share of hard negatives flagged and the objective, over the parts left out.
    `extra`: rows every part's model is fitted on too, never scored."""
    rows = [r for r in (rows if rows is not None else load()) if not r.is_test]
    extra = [r for r in extra if not r.is_test]
    counts: dict[tuple[str, str], np.ndarray] = {}  # tp, fp, fn, hard negatives flagged, hard negatives
    for k in range(folds):
        model, _ = T.fit([r for r in rows if fold_of(r, folds) != k] + extra)
        held = [r for r in rows if fold_of(r, folds) == k]
        X = model.features([r.text for r in held], texts_cues([r.text for r in held], [(r.lang,) for r in held]))
        for category in model.heads:
            idx = [i for i, r in enumerate(held) if r.category == category]
            flagged = model.above(X[idx], category, [held[i].lang for i in idx])
            for f, i in zip(flagged, idx):
                r = held[i]
                c = counts.setdefault((category, r.lang), np.zeros(5, dtype=int))
                c += [f and r.label, f and not r.label, (not f) and r.label, f and r.hard_negative and not r.label,
                      r.hard_negative and not r.label]
    out: dict[str, dict[str, dict[str, float]]] = {}
    for (category, lang), c in sorted(counts.items()):
        out.setdefault(category, {})[lang] = pair_scores(*c)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=FOLDS)
    add_with_option(parser)
    args = parser.parse_args()
    print(summary(kfold_scores(folds=args.folds, extra=training_rows(args.extra))))


if __name__ == "__main__":
    main()
