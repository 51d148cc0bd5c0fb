"""The pipeline's accounting: every record is a post, a duplicate or a problem; batches stay aligned."""

from __future__ import annotations

import re

from classifiers.base import Rule, RuleDetector
from footprint.context import Context
from footprint.model import Evidence, Finding, ProblemKind
from footprint.pipeline import BATCH, audit
from tests.xbuild import AT, tweet, write, ytd, zip_folder

WORD = RuleDetector("test_word", "personal_info", "1", {"en": [Rule("word", re.compile(r"secret"), "the word secret")]})


class Batched:
    """A detector that only works on batches, like a vectorised model."""

    name, category, languages, version = "test_batched", "harassment", ("en",), "1"

    def __init__(self) -> None:
        self.batches: list[int] = []

    def detect(self, post, ctx):
        raise AssertionError("the pipeline must call detect_many")

    def detect_many(self, posts, ctx):
        self.batches.append(len(posts))
        return [[Finding(self.name, self.category, p.key, 0.9, (Evidence(0, 4, "first word"),))] if p.text.startswith("mean") else [] for p in posts]


def test_duplicates_and_problems_add_up(tmp_path):
    records = [{"tweet": tweet(f"post {i} secret", AT, i)} for i in range(3)]
    no_text = tweet("x", AT, 9)
    del no_text["full_text"]
    one = zip_folder(write(tmp_path / "a", {"data/tweets.js": ytd("tweets", records + [{"tweet": no_text}])}), tmp_path / "2023.zip")
    two = zip_folder(write(tmp_path / "b", {"data/tweets.js": ytd("tweets", records[:2])}), tmp_path / "2022.zip")
    result = audit([one, two], Context(), detectors=[WORD])
    records_count = result.counts["records"]
    assert result.posts_read == 3 and records_count["duplicates"] == 2 and records_count["problems"] == 1
    assert records_count["records"] == records_count["posts"] + records_count["duplicates"] + records_count["problems"] == 6
    assert len(result.reviews) == 3 and result.counts["category"] == {"personal_info": 3}


def test_batched_detectors_get_whole_batches_and_stay_aligned(tmp_path):
    n = BATCH + 10
    records = [{"tweet": tweet("mean words" if i % 100 == 0 else "kind words", AT, i)} for i in range(n)]
    write(tmp_path / "x", {"data/tweets.js": ytd("tweets", records)})
    detector = Batched()
    result = audit([tmp_path / "x"], Context(), detectors=[detector])
    assert detector.batches == [BATCH, 10]
    assert len(result.reviews) == len(range(0, n, 100))
    assert all(r.post.text.startswith("mean") for r in result.reviews)


def test_a_parser_crash_is_a_problem_not_a_lost_audit(tmp_path, monkeypatch):
    from footprint.platforms import twitter

    write(tmp_path / "x", {"data/tweets.js": ytd("tweets", [{"tweet": tweet("hello", AT)}])})

    def boom(archive):
        yield from ()
        raise RuntimeError("bug with post text inside")

    monkeypatch.setattr(twitter, "parse", boom)
    result = audit([tmp_path / "x"], Context(), detectors=[WORD])
    [problem] = result.problems
    assert problem.kind is ProblemKind.BAD_FILE and "RuntimeError" in problem.reason and "post text" not in problem.reason
