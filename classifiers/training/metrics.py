"""Precision, recall, F1 and the share of hard negatives flagged: the numbers the cards and README report."""

from __future__ import annotations

from typing import Sequence


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
