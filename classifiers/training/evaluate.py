"""Scores of every detector per category and language: `python -m classifiers.training.evaluate`.

- the corpus **test split** (one row in five, never trained on), overall and for its rows the
  lexicons never saw (every file after wave 1: later waves and blind editions; the wave-1 rows were read while writing the lexicons,
  so they flatter the model);
- the **blind set** (classifiers/training/blind/): written by writers who saw nothing of the
  project but the policies, never read by the team, used for nothing but this score — the number
  to believe. Reading its rows to fix a classifier ends its blindness (see its README).
Rows whose text a training row has word for word (in any category: writers sometimes write the same short post) are
left out of both; the count is printed and recorded.
`--write-card` records them in the model card (with each pair's 95% intervals: F1 by bootstrap, hard negatives
flagged by Wilson); `--markdown` prints the README table; `--intervals` the README's table of those intervals, with
what each pair's sample can say of the target.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from classifiers.registry import all_detectors
from classifiers.textmodel import card_path, load_card
from classifiers.training.vector_code import without_wide_vectors
from classifiers.training.corpus import CORPUS, Row, load, not_trained_on
from classifiers.training.metrics import chance_under, f1_interval, meets_target, met_in_resamples, scores, verdict, wilson
from footprint.context import Context
from footprint.model import Kind, Post, only_borderline
from footprint.parallel import detect_batch

BLIND = Path(__file__).resolve().parent / "blind"
_KINDS = {k.value for k in Kind}


def as_post(row: Row) -> Post:
    """A labelled row as the pipeline would see it (language known, as X gives it)."""
    kind = Kind(row.kind) if row.kind in _KINDS else Kind.POST
    owner = kind not in (Kind.LIKE, Kind.REPOST, Kind.REACTION)
    return Post("eval", row.id, datetime(2022, 6, 4, 20, 0, tzinfo=timezone.utc), row.text, kind, owner, lang=row.lang)


def evaluate_rows(rows: list[Row], kept: dict | None = None) -> dict[str, dict[str, dict]]:
    """Each detector on its own category's rows: scores per language and overall. `kept`, if given, receives each
    (category, language) pair's (truth, flagged, hard negative) lists."""
    out: dict[str, dict[str, dict]] = {}
    detectors = {d.category: d for d in all_detectors()}
    ctx = Context()
    for category, detector in sorted(detectors.items()):
        mine = [r for r in rows if r.category == category]
        if not mine:
            continue
        posts = [as_post(r) for r in mine]
        found = detect_batch(posts, ctx, [detector])
        flagged = [bool(f) for f in found]
        borderline = [bool(f) and only_borderline(f) for f in found]
        out[category] = {}
        for lang in ("fr", "en", "all"):
            sel = [i for i, r in enumerate(mine) if lang == "all" or r.lang == lang]
            truth, flags, hard = [mine[i].label for i in sel], [flagged[i] for i in sel], [mine[i].hard_negative for i in sel]
            s = scores(truth, flags, hard)
            s["f1_interval"] = [round(x, 3) for x in f1_interval(truth, flags)]
            s["hard_negative_interval"] = [round(x, 4) for x in wilson(s["hard_negatives_flagged"], s["hard_negatives"])]
            for band, sel_band in (("borderline", [i for i in sel if borderline[i]]), ("clear", [i for i in sel if flagged[i] and not borderline[i]])):
                s[band] = {"flagged": len(sel_band), "right": sum(1 for i in sel_band if mine[i].label),
                           "hard_negatives": sum(1 for i in sel_band if not mine[i].label and mine[i].hard_negative)}
            out[category][lang] = s
            if kept is not None and lang != "all":
                kept[category, lang] = (truth, flags, hard)
    return out


def _cell(s: dict) -> str:
    return f"{s['f1']:.3f} (P {s['precision']:.2f}, R {s['recall']:.2f})"


def _f1_hn(s: dict) -> str:
    """F1 and the share of hard negatives flagged, rounded up to a tenth of a point: 5.06% is 5.1%, never a 5% that passes.

    From the counts when the scores have them: the stored rate has four decimals, and 14 of 212 (6.604%) stored as
    0.0660 would show as 6.6%."""
    if s.get("hard_negatives"):
        share = s["hard_negatives_flagged"] / s["hard_negatives"]
    else:
        share = s["hard_negative_flag_rate"]
    shown = f"{math.ceil(round(share * 1000, 6)) / 10:.1f}%"
    if "precision" in s and "recall" in s:  # the README's cell: precision and recall too, as the blind set's
        return f"{_cell(s)}, {shown}"
    return f"{s['f1']:.3f}, {shown}"


def markdown(test: dict, unseen: dict, blind: dict) -> str:
    """The README table: F1 (three decimals: 0.846 is not 0.85) with precision and recall, and the test split's hard
    negatives flagged."""
    lines = [
        "| category | blind FR: F1 (P, R) | blind EN: F1 (P, R) | blind hard neg. flagged FR / EN | test split FR: F1 (P, R), hard neg. flagged | test split EN: F1 (P, R), hard neg. flagged | test split, rows the lexicons never saw: F1 FR / EN |",
        "|---|---|---|---|---|---|---|",
    ]
    for category in sorted(set(blind) | set(test)):
        b, u, t = blind.get(category), unseen.get(category), test.get(category)
        cells = [
            _cell(b["fr"]) if b else "–",
            _cell(b["en"]) if b else "–",
            f"{b['fr']['hard_negative_flag_rate']:.0%} / {b['en']['hard_negative_flag_rate']:.0%}" if b else "–",
            _f1_hn(t["fr"]) if t else "–",
            _f1_hn(t["en"]) if t else "–",
            f"{u['fr']['f1']:.3f} / {u['en']['f1']:.3f}" if u else "–",
        ]
        lines.append(f"| {category} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _share(k: int, n: int) -> str:
    """k of n, the share rounded up to a tenth of a point as in the README table (13 of 245 is 5.4%), and its 95%
    Wilson interval (rounded to the nearest tenth)."""
    if not n:
        return "–"
    lo, hi = wilson(k, n)
    return f"{k} of {n}, {math.ceil(round(k / n * 1000, 6)) / 10:.1f}% ({100 * lo:.1f}–{100 * hi:.1f})"


def intervals_markdown(test: dict, blind: dict) -> str:
    """The README's uncertainty table: per category and language, F1 and the hard negatives flagged with their 95%
    intervals (F1: bootstrap of the rows; shares: Wilson), what the test split's sample says of the target (met, not
    met, or too small to tell), and the hard negatives flagged over every category of a language."""
    lines = [
        "| category | lang | test split: F1 (95% interval) | test split: hard neg. flagged (95% interval) | what this sample says of the target | blind: F1 (95% interval) | blind: hard neg. flagged (95% interval) |",
        "|---|---|---|---|---|---|---|",
    ]
    for category in sorted(set(blind) | set(test)):
        for lang in ("fr", "en"):
            t, b = (test.get(category) or {}).get(lang), (blind.get(category) or {}).get(lang)
            cells = [
                f"{t['f1']:.3f} ({t['f1_interval'][0]:.3f}–{t['f1_interval'][1]:.3f})" if t else "–",
                _share(t["hard_negatives_flagged"], t["hard_negatives"]) if t else "–",
                verdict(tuple(t["f1_interval"]), tuple(t["hard_negative_interval"])) if t else "–",
                f"{b['f1']:.3f} ({b['f1_interval'][0]:.3f}–{b['f1_interval'][1]:.3f})" if b else "–",
                _share(b["hard_negatives_flagged"], b["hard_negatives"]) if b else "–",
            ]
            lines.append(f"| {category} | {lang.upper()} | " + " | ".join(cells) + " |")
    for lang in ("fr", "en"):
        cells = []
        for results in (test, blind):
            k = sum(r[lang]["hard_negatives_flagged"] for r in results.values())
            n = sum(r[lang]["hard_negatives"] for r in results.values())
            cells.append(_share(k, n))
        lines.append(f"| every category | {lang.upper()} | | {cells[0]} | | | {cells[1]} |")
    return "\n".join(lines)


def pairs_met_spread(test: dict, pairs: dict) -> str:
    """The test split's pairs met, and the range (95%) of that count over resamples of each pair's rows."""
    met = sum(meets_target(test[c][lang]["f1"], test[c][lang]["hard_negatives_flagged"], test[c][lang]["hard_negatives"])
              for (c, lang) in pairs)
    counts = met_in_resamples(list(pairs.values()))
    lo, hi = np.percentile(counts, [2.5, 97.5])
    sizes = [test[category][lang]["hard_negatives"] for (category, lang) in pairs]
    lines = [f"\nTest split: the target met in {met} of {len(pairs)} pairs; over {len(counts):,} resamples of each pair's "
             f"rows, in {lo:.0f} to {hi:.0f} (95%), {np.median(counts):.0f} in the middle one."]
    for rate in (0.045, 0.035, 0.025):  # what the samples' sizes allow, whatever the model
        chances = [chance_under(n, rate) for n in sizes]
        lines.append(f"A detector flagging exactly {rate:.1%} of every pair's hard negatives would stay at or under 5% on "
                     f"samples of these sizes in {sum(chances):.1f} pairs of {len(sizes)} on average, in all of them with "
                     f"probability {math.prod(chances):.3f}.")
    return "\n".join(lines)


def certainty_markdown(results: dict[str, dict]) -> str:
    """The README's table of findings by certainty: per set and language, how many flagged posts were clear or
    borderline (every finding of the post under BORDERLINE_MARGIN), and how many of each were right, with the 95%
    interval of that share."""
    lines = ["| set | lang | clear: flagged, right (95% interval) | borderline: flagged, right (95% interval) | hard negatives flagged that are borderline |",
             "|---|---|---|---|---|"]
    for key, title in (("test_split", "test split"), ("blind", "blind set")):
        if not results.get(key):
            continue
        for lang in ("fr", "en"):
            cells = []
            total = {band: {"flagged": 0, "right": 0, "hard_negatives": 0} for band in ("clear", "borderline")}
            for by_lang in results[key].values():
                for band in total:
                    for k in total[band]:
                        total[band][k] += by_lang[lang][band][k]
            for band in ("clear", "borderline"):
                n, k = total[band]["flagged"], total[band]["right"]
                lo, hi = wilson(k, n)
                cells.append(f"{n}, {k} ({100 * k / n:.1f}%, {100 * lo:.1f}–{100 * hi:.1f})" if n else "0")
            hard = total["clear"]["hard_negatives"] + total["borderline"]["hard_negatives"]
            cells.append(f"{total['borderline']['hard_negatives']} of {hard}" if hard else "–")
            lines.append(f"| {title} | {lang.upper()} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


SETS = (
    ("test split (all rows)", "test_split"),
    ("test split, rows the lexicons never saw (every file after wave 1)", "test_split_unseen"),
    ("blind set (never read by the team)", "blind"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-card", action="store_true", help="record the scores and their 95%% intervals in the model card")
    parser.add_argument("--markdown", action="store_true", help="print the README table")
    parser.add_argument("--intervals", action="store_true",
                        help="print the README's table of 95%% intervals (F1 and hard negatives flagged) and what each "
                        "pair's sample says of the target")
    parser.add_argument("--certainty", action="store_true",
                        help="print the README's table of flagged posts by certainty (clear or borderline) and how "
                        "often each was right")
    parser.add_argument("--no-blind", action="store_true", help="leave the blind set out (while working on the classifiers)")
    args = parser.parse_args()
    without_wide_vectors("classifiers.training.evaluate")  # the same figures on every x86 processor
    corpus = load(CORPUS)
    test, test_repeats = not_trained_on([r for r in corpus if r.is_test], corpus)
    blind, blind_repeats = ([], 0) if args.no_blind else not_trained_on(load(BLIND), corpus)
    test_pairs: dict = {}
    results = {
        "test_split": evaluate_rows(test, test_pairs),
        "test_split_unseen": evaluate_rows([r for r in test if not r.lexicons_saw_it]),
        "blind": evaluate_rows(blind) if blind else {},
    }
    left_out = {"test_split": test_repeats, "blind": blind_repeats}
    print(f"left out, their text being a training row's word for word: {test_repeats} test-split rows, "
          f"{blind_repeats} blind rows", file=sys.stderr)
    if args.markdown:
        print(markdown(results["test_split"], results["test_split_unseen"], results["blind"]))
    elif args.certainty:
        print(certainty_markdown(results))
    elif args.intervals:
        print(intervals_markdown(results["test_split"], results["blind"]))
        print(pairs_met_spread(results["test_split"], test_pairs))
    else:
        for title, key in SETS:
            if not results[key]:
                continue
            print(f"\n{title}")
            print(f"{'category':22s} {'lang':4s} {'n':>4s} {'P':>5s} {'R':>5s} {'F1':>5s} {'hard-neg flagged':>17s}")
            for category, by_lang in results[key].items():
                for lang, s in by_lang.items():
                    print(f"{category:22s} {lang:4s} {s['n']:4d} {s['precision']:5.2f} {s['recall']:5.2f} {s['f1']:5.2f} {s['hard_negative_flag_rate']:17.0%}")
    if args.write_card:
        if args.no_blind:
            raise SystemExit("--write-card needs the blind set: leave out --no-blind")
        card = dict(load_card())
        card["detector_scores"] = results
        card["detector_scores_left_out_as_trained_on"] = left_out
        path = Path(str(card_path()))
        path.write_text(json.dumps(card, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
