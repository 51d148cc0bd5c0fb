"""The scores evaluate.py reports are the scores `footprint audit` gets: the same labelled posts,
written into a real-format X archive and audited, are flagged exactly as evaluate.py flags them."""

from __future__ import annotations

from collections import defaultdict

from classifiers.registry import all_detectors
from classifiers.training.corpus import load
from classifiers.training.evaluate import as_post
from footprint.context import Context
from footprint.parallel import detect_batch
from footprint.pipeline import audit
from tests.xbuild import AT, snowflake, tweet, write, ytd, zip_folder

PER_CATEGORY_AND_LANGUAGE = 25  # test-split posts the lexicons never saw, positives and negatives


def _rows():
    picked, taken = [], defaultdict(int)
    for row in load():
        key = (row.category, row.lang)
        if row.is_test and not row.lexicons_saw_it and row.kind == "post" and taken[key] < PER_CATEGORY_AND_LANGUAGE:
            picked.append(row)
            taken[key] += 1
    return picked


def test_an_audit_of_an_archive_flags_what_evaluate_flags(tmp_path):
    rows = _rows()
    assert len(rows) >= 300
    records = [{"tweet": tweet(r.text, AT, i, lang=r.lang)} for i, r in enumerate(rows)]
    archive = zip_folder(write(tmp_path / "x", {"data/tweets.js": ytd("tweets", records)}), tmp_path / "x.zip")
    result = audit([archive], Context(), jobs=1)
    assert result.posts_read == len(rows)
    by_key = {r.post.key: set(r.categories) for r in result.reviews}
    detectors = {d.category: d for d in all_detectors()}
    differences = []
    for i, row in enumerate(rows):
        expected = bool(detect_batch([as_post(row)], Context(), [detectors[row.category]])[0])
        got = row.category in by_key.get(f"x:post:{snowflake(AT, i)}", set())
        if expected != got:
            differences.append((row.id, expected, got))
    assert not differences, differences
    flagged = sum(1 for i, r in enumerate(rows) if r.category in by_key.get(f"x:post:{snowflake(AT, i)}", set()))
    assert 0.2 * len(rows) < flagged < 0.8 * len(rows)  # the sample holds positives and negatives
