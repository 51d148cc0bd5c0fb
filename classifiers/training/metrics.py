"""Precision, recall, F1 and the share of hard negatives flagged: the numbers the cards and README report."""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

TARGET_F1 = 0.85  # the target, per category and language: F1 at least this ...
TARGET_HARD_NEGATIVE_RATE = 0.05  # ... and at most this share of the hard negatives flagged


def meets_target(f1: float, hard_flagged: int, hard: int) -> bool:
    """The issue's target for one category and language (F1 as the caller rounded it; the hard negatives by count)."""
    return f1 >= TARGET_F1 and hard_flagged <= TARGET_HARD_NEGATIVE_RATE * hard


def scores(truth: Sequence[int], flagged: Sequence[bool], hard: Sequence[bool]) -> dict[str, float]:
    """Scores for one category and language on one split."""
    tp = sum(1 for t, f in zip(truth, flagged) if t and f)
    fp = sum(1 for t, f in zip(truth, flagged) if not t and f)
    fn = sum(1 for t, f in zip(truth, flagged) if t and not f)
    hard_total = sum(1 for t, h in zip(truth, hard) if h and not t)
    hard_flagged = sum(1 for t, f, h in zip(truth, flagged, hard) if h and not t and f)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": len(truth), "positives": tp + fn, "precision": round(precision, 3), "recall": round(recall, 3),
        "f1": round(f1, 3), "hard_negatives": hard_total, "hard_negatives_flagged": hard_flagged,
        # four decimals: at three, 7 of 139 (5.04%) read as 0.050 and passed for "at most 5%"
        "hard_negative_flag_rate": round(hard_flagged / hard_total, 4) if hard_total else 0.0,
    }


Z95 = 1.959964  # the normal quantile of a two-sided 95% interval


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a share k of n (95% by default): where the true rate plausibly lies. 13 of 245
    flagged (5.3%) spans about 3.1% to 8.9%: such a sample cannot tell a detector at 4% from one at 7%."""
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


F1_DRAWS = 2000  # bootstrap resamples for an F1 interval


def f1_interval(truth: Sequence[int], flagged: Sequence[bool], draws: int = F1_DRAWS, seed: int = 0) -> tuple[float, float]:
    """A 95% percentile-bootstrap interval of F1: the rows (positives and negatives together) resampled with
    replacement `draws` times, deterministically (`seed`)."""
    y = np.asarray(truth, dtype=bool)
    f = np.asarray(flagged, dtype=bool)
    if not len(y):
        return 0.0, 0.0
    pick = np.random.default_rng(seed).integers(0, len(y), size=(draws, len(y)))
    lo, hi = np.percentile(_f1s(y[pick], f[pick]), [2.5, 97.5])
    return float(lo), float(hi)


def _f1s(truth: np.ndarray, flagged: np.ndarray) -> np.ndarray:
    """F1 of each row of two boolean matrices (one resample per row)."""
    tp = (truth & flagged).sum(1)
    wrong = (truth ^ flagged).sum(1)  # false positives and false negatives
    return np.where(tp > 0, 2 * tp / np.maximum(2 * tp + wrong, 1), 0.0)


def verdict(f1_range: tuple[float, float], hard_range: tuple[float, float], f1_floor: float = TARGET_F1,
            hard_ceiling: float = TARGET_HARD_NEGATIVE_RATE) -> str:
    """What a pair's sample says of the target (F1 at least f1_floor, at most hard_ceiling of hard negatives
    flagged), from the two intervals: "met" when both intervals are on the right side, "not met" when either is
    wholly on the wrong side, else "too few rows to tell"."""
    if f1_range[1] < f1_floor or hard_range[0] > hard_ceiling:
        return "not met"
    if f1_range[0] >= f1_floor and hard_range[1] <= hard_ceiling:
        return "met"
    return "too few rows to tell"


def met_in_resamples(pairs: Sequence[tuple[Sequence[int], Sequence[bool], Sequence[bool]]], draws: int = F1_DRAWS,
                     seed: int = 0, f1_floor: float = TARGET_F1, hard_ceiling: float = TARGET_HARD_NEGATIVE_RATE) -> np.ndarray:
    """How many pairs meet the target in each of `draws` resamples: every pair's rows (truth, flagged, hard negative)
    drawn again with replacement, independently. The spread of these counts is how far a "pairs met" figure moves
    when the same detectors meet another sample of the same kind of posts."""
    rng = np.random.default_rng(seed)
    met = np.zeros(draws, dtype=int)
    for truth, flagged, hard in pairs:
        y, f = np.asarray(truth, dtype=bool), np.asarray(flagged, dtype=bool)
        h = np.asarray(hard, dtype=bool) & ~y
        pick = rng.integers(0, len(y), size=(draws, len(y)))
        ff, hh = f[pick], h[pick]
        share = (hh & ff).sum(1) / np.maximum(hh.sum(1), 1)
        met += (np.round(_f1s(y[pick], ff), 3) >= f1_floor) & (share <= hard_ceiling)
    return met


def chance_under(n: int, rate: float, ceiling: float = TARGET_HARD_NEGATIVE_RATE) -> float:
    """The chance that a detector flagging each of n hard negatives with probability `rate` flags at most `ceiling` of
    them: with about 200 hard negatives, one flagging exactly 4.5% stays at or under 5% only about two times in three."""
    limit = math.floor(ceiling * n + 1e-9)
    return sum(math.comb(n, k) * rate ** k * (1 - rate) ** (n - k) for k in range(limit + 1))
