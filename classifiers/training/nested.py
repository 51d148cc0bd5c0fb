"""Would the way thresholds are chosen serve a writer it never saw? `python -m classifiers.training.nested`.

train.py chooses each category's thresholds on held-out predictions of every later wave at once, so
its held-out objective is in-sample for the thresholds. Here each later wave is left out in turn:
thresholds chosen (by train.choose_thresholds, per language as train.py does) on the other waves' held-out
predictions are applied to that wave's, and the counts are summed over waves, per category and language. It is the measure
for a change to the training method itself (a sample weight, the 5% line, the excess cost): the
test split reports, and the blind set is never used. Training rows only; the vocabulary is fitted
on them (as train.py fits it), and each category's cue weight is chosen inside the nesting as train.py
chooses it (train.CUE_WEIGHTS, on the other waves' held-out predictions together with the thresholds),
never read from the shipped model's card: a check of the method must not depend on the model shipped.

`--with FILE` asks the same question of data: the file's training rows join every head's training
rows and the thresholds' tuning rows, but are never scored, so the figures stay on the corpus's own
waves, comparable with a run without it (the vocabulary is then fitted on both). Would training on
these rows serve writers they were not written by?

`--set NAME=VALUE` runs with one of train.py's numeric settings changed (HARD_NEGATIVE_WEIGHT=6): a method change is
judged before train.py is edited.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from classifiers.textmodel import TextModel
from classifiers.training.vector_code import without_wide_vectors
from classifiers.training import train as T
from classifiers.training.corpus import Row, load, load_file
from classifiers.training.metrics import meets_target, wilson


COUNTS = 9  # per pair: tp, fp, fn, hard negatives flagged, hard negatives, everyday posts flagged, everyday posts,
# other files' negatives flagged, other files' negatives (the rows of other categories' files the heads train on)


def nested_scores(rows: list[Row] | None = None, model: TextModel | None = None,
                  cue_weights: dict[str, float] | None = None,
                  unscored: frozenset[str] = frozenset(),
                  by_wave: dict[tuple[str, str, str], np.ndarray] | None = None,
                  combiner: bool = False) -> dict[str, dict[str, dict[str, float]]]:
    """Per category and language: F1 and the share of hard negatives flagged on each wave with thresholds (and a cue
    weight) it did not choose. By default the corpus's training rows and a vocabulary fitted on them (never the shipped
    model's: fitted on an older corpus, it would make a run without `--with` incomparable with one with it, which fits
    its own). `cue_weights`: a fixed weight per category; by default each wave left out gets the one train.py's rule
    picks among train.CUE_WEIGHTS on the other waves (best objective, ties the larger weight).
    `unscored`: source files whose rows are trained and tuned on but never scored. `by_wave`: a dict that receives each
    (category, wave, language)'s counts (COUNTS: tp, fp, fn, hard flagged, hard, everyday flagged, everyday, other files'
    negatives flagged, other files' negatives), whose sums are the
    figures returned. `combiner`: each wave decided by the length-aware combiner (train.combiner_decision, fitted on the
    other waves' held-out predictions) instead of the two thresholds: research (model 2.25.0's decision, withdrawn: it
    flagged other files' negatives twice as often)."""
    rows = [r for r in (rows if rows is not None else load()) if not r.is_test]
    model = model if model is not None else T.vocabulary(rows)
    out: dict[str, dict[str, dict[str, float]]] = {}
    for category in sorted({r.category for r in rows}):
        own, extra = T._examples(rows, category)
        examples = own + extra
        X, cue_columns, rules = T.category_matrix(model, category, examples)
        grid = (cue_weights[category],) if cue_weights is not None else T.CUE_WEIGHTS
        predictions = {w: T.held_out_predictions(T._scaled(X, cue_columns, w), examples, len(own)) for w in grid}
        origins = np.array([T._origin(r) for r in examples])
        truth = np.array([bool(r.label) for r in examples])
        hard = np.array([r.hard_negative and not r.label for r in examples])
        langs = np.array([r.lang for r in examples])
        scored = len(examples) if rules is not None else len(own)
        known = ~np.isnan(predictions[grid[0]][0])
        counts = {lang: np.zeros(COUNTS, dtype=int) for lang in ("fr", "en")}
        for wave in sorted(set(origins[: len(own)]) - {"wave1"}):
            tune = np.array([i for i in range(scored) if known[i] and origins[i] != wave], dtype=int)
            held = np.array([i for i in range(len(own)) if origins[i] == wave and examples[i].source not in unscored], dtype=int)
            if not len(held):
                continue
            held_others = np.array([i for i in range(len(own), len(examples)) if origins[i] == wave
                                    and examples[i].source not in unscored], dtype=int)  # reported only
            tried = {w: T.choose_thresholds(*predictions[w], examples, tune, rules) for w in grid}
            best = max(objective for objective, _, _ in tried.values())
            weight = max(w for w in grid if tried[w][0] >= best - T.CUE_TIE)
            first, second = predictions[weight]
            by_lang = T.language_thresholds(first, second, examples, tune, rules)  # each language's own, as train.py
            if combiner:
                first, by_lang = T.combiner_decision(T.combiner_features(first, second, examples), examples, tune,
                                                     np.concatenate([held, held_others]), rules)
                second = np.zeros(len(examples))
            for lang, c in counts.items():
                m = held[langs[held] == lang]
                t1, t2 = by_lang[lang]
                flagged = T.flags(first[m], second[m], t1, t2, None if rules is None else (rules[0][m], rules[1][m]))
                y, h = truth[m], hard[m]
                e = ~y & ~h  # the file's everyday posts (neither a positive nor a hard negative)
                o = held_others[langs[held_others] == lang]
                elsewhere = T.flags(first[o], second[o], t1, t2, None if rules is None else (rules[0][o], rules[1][o]))
                n = np.array([(flagged & y).sum(), (flagged & ~y).sum(), (~flagged & y).sum(), (flagged & h).sum(), h.sum(),
                              (flagged & e).sum(), e.sum(), elsewhere.sum(), len(o)])
                c += n
                if by_wave is not None:
                    by_wave[(category, wave, lang)] = n
        out[category] = {lang: pair_scores(*c) for lang, c in counts.items()}
    return out


def pair_scores(tp: int, fp: int, fn: int, hard_flagged: int, hard: int, everyday_flagged: int = 0,
                everyday: int = 0, others_flagged: int = 0, others: int = 0) -> dict[str, float]:
    """F1, the share of hard negatives flagged and the objective against the target (F1 less OBJECTIVE_EXCESS_COST per point beyond 5%;
    train.py chooses thresholds against a line a little under it, TUNING_HARD_NEGATIVE_RATE); and, reported only, how
    many of the category's everyday posts (its file's negatives that are not hard negatives) were flagged, and how many of
    the other files' negatives (off the category's topic: the extra negatives its heads train on, `train._examples`)."""
    f1 = 2 * tp / max(2 * tp + fp + fn, 1)
    rate = hard_flagged / max(hard, 1)
    return {"f1": round(float(f1), 4), "hard_negative_flag_rate": round(float(rate), 4),
            "objective": round(float(f1 - T.OBJECTIVE_EXCESS_COST * max(0.0, rate - T.MAX_HARD_NEGATIVE_RATE)), 4),
            "positives": int(tp + fn), "hard_negatives": int(hard), "hard_negatives_flagged": int(hard_flagged),
            "everyday_flagged": int(everyday_flagged), "everyday": int(everyday),
            "others_flagged": int(others_flagged), "others": int(others)}


def summary(scores: dict[str, dict[str, dict[str, float]]]) -> str:
    """One line per category, then the mean objective (F1 less twice the excess hard negatives) and the pairs meeting the target."""
    lines, objectives, met = [], [], 0
    for category, by_lang in scores.items():
        parts = []
        for lang, s in by_lang.items():
            objectives.append(s["objective"])
            met += meets_target(s["f1"], s["hard_negatives_flagged"], s["hard_negatives"])
            parts.append(f"{lang} F1 {s['f1']:.3f}, hard neg. {s['hard_negative_flag_rate']:.1%}")
        lines.append(f"{category:22s} " + "   ".join(parts))
    pooled = []
    for lang in sorted({lang for by_lang in scores.values() for lang in by_lang}, reverse=True):
        k = sum(by_lang[lang].get("hard_negatives_flagged", 0) for by_lang in scores.values() if lang in by_lang)
        n = sum(by_lang[lang]["hard_negatives"] for by_lang in scores.values() if lang in by_lang)
        if n:
            lo, hi = wilson(k, n)
            pooled.append(f"{lang} {k} of {n} ({k / n:.1%}, 95% {lo:.1%}-{hi:.1%})")
    if pooled:  # reported, never judged
        lines.append("hard negatives flagged over every category: " + ", ".join(pooled))
    flagged = sum(s.get("everyday_flagged", 0) for by_lang in scores.values() for s in by_lang.values())
    everyday = sum(s.get("everyday", 0) for by_lang in scores.values() for s in by_lang.values())
    if everyday:  # reported, never judged: the objective and the pairs met decide
        lines.append(f"everyday posts flagged by their own file's category: {flagged} of {everyday} ({flagged / everyday:.2%})")
    flagged = sum(s.get("others_flagged", 0) for by_lang in scores.values() for s in by_lang.values())
    others = sum(s.get("others", 0) for by_lang in scores.values() for s in by_lang.values())
    if others:  # reported, never judged by the objective: a category's decision on other files' posts (off its topic)
        lo, hi = wilson(flagged, others)
        lines.append(f"other files' negatives flagged by the category: {flagged} of {others} ({flagged / others:.2%}, "
                     f"95% {lo:.2%}-{hi:.2%})")
    lines.append(f"mean objective {np.mean(objectives):.4f}; target met in {met} of {len(objectives)}")
    return "\n".join(lines)


def wave_summary(by_wave: dict[tuple[str, str, str], np.ndarray]) -> str:
    """Recall and the share of hard negatives flagged per category, wave and language, then summed by kind of wave: the
    blind-style editions (`blindN`: writers given the product's definitions) and the other waves (quiet posts and their
    near twins, written on purpose to be hard). Where the nested check's misses are, not a figure any rule reads."""
    lines, kinds = [], {}
    for (category, wave, lang), n in sorted(by_wave.items()):
        tp, fp, fn, hard_flagged, hard = (int(v) for v in n[:5])
        lines.append(f"{category:22s} {wave:8s} {lang}  recall {tp}/{tp + fn}, hard neg. flagged {hard_flagged}/{hard}, "
                     f"other negatives flagged {fp - hard_flagged}")
        kind = ("blind editions" if wave.startswith("blind") else "other waves", lang)
        kinds[kind] = kinds.get(kind, np.zeros(len(n), dtype=int)) + n
    for (kind, lang), n in sorted(kinds.items()):
        tp, fp, fn, hard_flagged, hard = (int(v) for v in n[:5])
        lines.append(f"{kind:14s} {lang}: recall {tp / max(tp + fn, 1):.3f}, precision {tp / max(tp + fp, 1):.3f}, "
                     f"hard neg. flagged {hard_flagged / max(hard, 1):.1%} ({hard_flagged} of {hard})")
    return "\n".join(lines)


def add_with_option(parser: argparse.ArgumentParser) -> None:
    """`--with FILE` (repeatable): a data file to judge, trained on and never scored."""
    parser.add_argument("--with", dest="extra", type=Path, action="append", default=[], metavar="FILE",
                        help="a category file (corpus format) trained on but never scored, e.g. one in held_back/ "
                        "(repeatable)")


def add_set_option(parser: argparse.ArgumentParser) -> None:
    """`--set NAME=VALUE` (repeatable): a train.py setting changed for this run only, to judge a method change
    before train.py is edited."""
    parser.add_argument("--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="run with one of train.py's numeric settings changed, e.g. HARD_NEGATIVE_WEIGHT=6 or "
                        "CUE_WEIGHTS=0.125,0.25 (repeatable); train.py itself is not touched")


def apply_settings(settings: list[str]) -> None:
    """Set train.py's numeric settings named in `NAME=VALUE` strings, each value read as the current value's type (a
    tuple from a comma-separated list). A name that is not one of them (a path, a pattern, an imported table), or a
    value of the wrong type, is an error."""
    for item in settings:
        name, sep, text = item.partition("=")
        current = getattr(T, name, None)
        if not sep or not name.isupper() or not _numeric(current):
            raise SystemExit(f"--set {item}: not one of train.py's numeric settings (NAME=VALUE, e.g. HARD_NEGATIVE_WEIGHT=6)")
        try:
            value = (tuple(type(current[0])(v) for v in text.split(",")) if isinstance(current, tuple)
                     else type(current)(text))
        except ValueError:
            raise SystemExit(f"--set {item}: {name} is a {type(current).__name__}; give one") from None
        setattr(T, name, value)


def _numeric(value) -> bool:
    """A number, or a non-empty tuple of numbers (booleans are neither: bool("0") is True)."""
    number = lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)  # noqa: E731
    return number(value) or (isinstance(value, tuple) and bool(value) and all(number(v) for v in value))


def training_rows(paths: list[Path]) -> list[Row]:
    """The rows of these files that are not test rows (the same one in five a corpus file gives the test split)."""
    return [r for path in paths for r in load_file(path) if not r.is_test]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_with_option(parser)
    add_set_option(parser)
    parser.add_argument("--combiner", action="store_true",
                        help="decide by the length-aware combiner of the two heads' scores instead of the two thresholds "
                        "(train.combiner_decision; research: model 2.25.0's decision, withdrawn)")
    parser.add_argument("--by-wave", action="store_true",
                        help="also print each wave's recall and hard negatives flagged, and their sums by kind of wave")
    args = parser.parse_args()
    without_wide_vectors("classifiers.training.nested")  # the same figures on every x86 processor
    apply_settings(args.settings)
    by_wave: dict | None = {} if args.by_wave else None
    if not args.extra:
        scores = nested_scores(by_wave=by_wave, combiner=args.combiner)
    else:
        rows = [r for r in load() if not r.is_test] + training_rows(args.extra)
        scores = nested_scores(rows, unscored=frozenset(p.name for p in args.extra), by_wave=by_wave, combiner=args.combiner)
    if by_wave is not None:
        print(wave_summary(by_wave))
    print(summary(scores))


if __name__ == "__main__":
    main()
