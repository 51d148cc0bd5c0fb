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
the nested check's `--with` asks, of a data file). `--set NAME=VALUE`: one of train.py's numeric settings changed for the run.

`--by writer` cuts by writer instead (a hash of each row's wave: every row of a corpus file in the same part; the
wave-1 rows, read while the lexicons were written, are always fitted on and never scored): the shipped pipeline
scored on writers it never saw, as the blind set and the people who run the tool are. Rows cut by id share their
writer with training rows, whose other posts (positives and hard negatives on the same topics) the heads learnt.
`--parts 0,1 --json a.json` runs some parts only and writes their counts; `--merge a.json b.json` adds such files
up and prints the summary: two processes (OMP_NUM_THREADS=1) use both cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np

from classifiers.textmodel import texts_cues
from classifiers.training.vector_code import without_wide_vectors
from classifiers.training import train as T
from classifiers.training.corpus import Row, load
from classifiers.training.nested import (COUNTS, add_set_option, add_with_option, apply_settings, pair_scores, summary,
                                         training_rows)

FOLDS = 4
GROUPINGS = ("row", "writer")
Counts = dict[tuple[str, str], np.ndarray]  # (category, language): nested.COUNTS numbers (everyday posts and other files'
# negatives: reported only)


def fold_of(row: Row, folds: int = FOLDS, by: str = "row") -> int | None:
    """The part a training row belongs to: a hash of its id (salted apart from the test split's), or with by="writer"
    of its wave; None for a wave-1 row cut by writer (always fitted on, never scored)."""
    if by == "writer":
        origin = T._origin(row)
        return None if origin == "wave1" else int(hashlib.sha1(f"writer:{origin}".encode("utf-8")).hexdigest(), 16) % folds
    return int(hashlib.sha1(f"fold:{row.id}".encode("utf-8")).hexdigest(), 16) % folds


def kfold_scores(rows: list[Row] | None = None, folds: int = FOLDS, extra: list[Row] = (),
                 by: str = "row") -> dict[str, dict[str, dict[str, float]]]:
    """Per category and language: F1, the share of hard negatives flagged and the objective, over the parts left out.
    `extra`: rows every part's model is fitted on too, never scored. `by`: "row" or "writer" (fold_of)."""
    return scores_of(kfold_counts(rows, folds, extra, by))


def kfold_counts(rows: list[Row] | None = None, folds: int = FOLDS, extra: list[Row] = (), by: str = "row",
                 parts: list[int] | None = None) -> Counts:
    """The counts behind kfold_scores, for the given parts only (all by default)."""
    rows = [r for r in (rows if rows is not None else load()) if not r.is_test]
    extra = [r for r in extra if not r.is_test]
    part = [fold_of(r, folds, by) for r in rows]
    counts: Counts = {}
    for k in (range(folds) if parts is None else parts):
        model, _ = T.fit([r for r, p in zip(rows, part) if p != k] + extra)
        held = [r for r, p in zip(rows, part) if p == k]
        X = model.features([r.text for r in held], texts_cues([r.text for r in held], [(r.lang,) for r in held]))
        langs = [r.lang for r in held]
        for category in model.heads:
            flagged = model.above(X, category, langs)
            for f, r in zip(flagged, held):
                c = counts.setdefault((category, r.lang), np.zeros(COUNTS, dtype=int))
                if r.category != category:  # another file's row: its negatives (off this topic), reported only
                    c += [0] * 7 + [f and not r.label, not r.label]
                    continue
                everyday = not r.label and not r.hard_negative
                c += [f and r.label, f and not r.label, (not f) and r.label, f and r.hard_negative and not r.label,
                      r.hard_negative and not r.label, f and everyday, everyday, 0, 0]
    return counts


def scores_of(counts: Counts) -> dict[str, dict[str, dict[str, float]]]:
    """Per category and language scores of summed counts."""
    out: dict[str, dict[str, dict[str, float]]] = {}
    for (category, lang), c in sorted(counts.items()):
        out.setdefault(category, {})[lang] = pair_scores(*c)
    return out


def write_counts(counts: Counts, path: Path) -> None:
    path.write_text(json.dumps({f"{c}/{lang}": [int(v) for v in n] for (c, lang), n in sorted(counts.items())}) + "\n")


def merged(paths: list[Path]) -> Counts:
    """The counts of several `--json` files added up (the parts of one run, split across processes)."""
    counts: Counts = {}
    for path in paths:
        for key, n in json.loads(path.read_text()).items():
            category, lang = key.split("/")
            n = np.pad(np.array(n), (0, COUNTS - len(n)))  # older files have five (before the everyday counts) or seven
            counts[(category, lang)] = counts.get((category, lang), np.zeros(COUNTS, dtype=int)) + n
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--by", choices=GROUPINGS, default="row", help="cut the rows by id (default) or by writer (wave)")
    parser.add_argument("--parts", help="only these parts, e.g. 0,1 (with --json, to split a run across processes)")
    parser.add_argument("--json", type=Path, help="write the counts to this file as well")
    parser.add_argument("--merge", type=Path, nargs="+", metavar="JSON", help="add up --json files and print the summary")
    add_with_option(parser)
    add_set_option(parser)
    args = parser.parse_args()
    without_wide_vectors("classifiers.training.kfold")  # the same figures on every x86 processor
    if args.merge:
        print(summary(scores_of(merged(args.merge))))
        return
    apply_settings(args.settings)
    parts = [int(p) for p in args.parts.split(",")] if args.parts else None
    counts = kfold_counts(folds=args.folds, extra=training_rows(args.extra), by=args.by, parts=parts)
    if args.json:
        write_counts(counts, args.json)
    print(summary(scores_of(counts)))


if __name__ == "__main__":
    main()
