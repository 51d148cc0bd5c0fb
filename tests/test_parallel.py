"""Detection on worker processes: the same results in the same order as in one process, and a dead worker loses nothing."""

from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest

from classifiers.registry import all_detectors
from footprint import parallel
from footprint.context import Context
from footprint.model import Evidence, Finding, Kind, Post
from footprint.pipeline import audit
from tests.xbuild import AT, tweet, write, ytd, zip_folder

TEXTS = [
    "Votez pour le Bloc lundi! #polqc",
    "Ma gestionnaire a encore changé les priorités sans nous consulter. Comme d'habitude.",
    "Call me at 613-555-0142 after 6, my personal cell",
    "Nice walk along the canal this morning",
    "Use my code NOEMIE20 for 20% off #ad",
    "Bonne fête à ma sœur! 🎂",
    "Les vaccins contiennent des puces 5G, informez-vous",
    "you absolute idiot, everyone knows you cheat",
]


def posts(n: int) -> list[Post]:
    at = datetime(2022, 3, 1, 15, tzinfo=timezone.utc)
    return [Post("x", str(i), at, TEXTS[i % len(TEXTS)] + f" ({i})", Kind.POST, True, lang=None if i % 3 else "fr") for i in range(n)]


def batches(items: list[Post], size: int) -> list[list[Post]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def flat(results) -> list[tuple]:
    return [(p.key, p.lang, tuple((f.detector, f.score, f.evidence) for f in found))
            for batch, per_post in results for p, found in zip(batch, per_post)]


@pytest.fixture
def first_in_process_one(monkeypatch):
    monkeypatch.setattr(parallel, "IN_PROCESS_FIRST", 1)


def test_workers_give_what_one_process_gives(first_in_process_one):
    ctx, detectors = Context(employers=("EDSC",)), all_detectors()
    items = batches(posts(120), 7)
    one = flat(parallel.detect_batches(items, ctx, detectors, jobs=1))
    two = flat(parallel.detect_batches(items, ctx, detectors, jobs=2))
    assert len(one) == 120 and one == two
    assert any(found for _, _, found in one) and any(lang in ("fr", "en") for _, lang, _ in one)


class DiesInWorker:
    """A detector whose worker process dies on its first batch (the parent is unaffected)."""

    name, category, languages, version = "test_dies", "harassment", ("fr", "en"), "1"

    def __init__(self) -> None:
        self.parent = os.getpid()

    def detect(self, post, ctx):
        if os.getpid() != self.parent:
            os._exit(1)
        if "idiot" in post.text:
            yield Finding(self.name, self.category, post.key, 1.0, (Evidence(0, 3, "test"),))


def test_a_dead_worker_loses_no_post(first_in_process_one):
    items = batches(posts(60), 5)
    results = list(parallel.detect_batches(items, Context(), [DiesInWorker()], jobs=2))
    keys = [p.key for batch, _ in results for p in batch]
    assert keys == [p.key for batch in items for p in batch]
    flagged = {p.key for batch, found in results for p, f in zip(batch, found) if f}
    assert flagged == {p.key for p in posts(60) if "idiot" in p.text}


def test_worker_errors_reach_the_caller(first_in_process_one):
    class Broken:
        name, category, languages, version = "test_broken", "harassment", ("en",), "1"

        def detect(self, post, ctx):
            raise ValueError("detector bug")

    with pytest.raises(ValueError, match="detector bug"):
        list(parallel.detect_batches(batches(posts(20), 5), Context(), [Broken()], jobs=2))


def test_audit_with_jobs_matches_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "IN_PROCESS_FIRST", 1)
    monkeypatch.setattr("footprint.pipeline.BATCH", 16)
    records = [{"tweet": tweet(text + f" #{i}", AT, i)} for i, text in enumerate(TEXTS * 12)]
    archive = zip_folder(write(tmp_path / "a", {"data/tweets.js": ytd("tweets", records)}), tmp_path / "x.zip")
    ctx = Context(employers=("EDSC",))
    one, two = audit([archive], ctx, jobs=1), audit([archive], ctx, jobs=2)
    assert one.posts_read == two.posts_read == len(records)
    assert [(r.post.key, r.priority, r.categories) for r in one.reviews] == [(r.post.key, r.priority, r.categories) for r in two.reviews]
    assert one.counts == two.counts
