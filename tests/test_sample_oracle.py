"""The parser against an independent oracle: counts and ids the sample generator computed itself."""

from __future__ import annotations

import json
from pathlib import Path
from collections import Counter, defaultdict

import pytest

from footprint.model import Kind, ProblemKind
from footprint.pipeline import read_posts
from tests.samples import SAMPLES

ORACLE = json.loads((Path(__file__).resolve().parent / "sample_builders" / "x_expected.json").read_text(encoding="utf-8"))
TWEET_KINDS = ("post", "reply", "repost", "quote")


def read(*names: str):
    problems: list = []
    stats: Counter = Counter()
    posts = list(read_posts([SAMPLES / n for n in names], problems, stats))
    return posts, problems, stats


@pytest.mark.parametrize("name", sorted(ORACLE["archives"]), ids=lambda n: n[:20])
def test_each_archive_reads_what_the_oracle_says(name):
    want = ORACLE["archives"][name]
    posts, problems, _ = read(name)
    tweets = [p for p in posts if str(p.kind) in TWEET_KINDS and not p.deleted and not p.id.startswith("note:")]
    by_kind: dict[str, set[str]] = defaultdict(set)
    for p in tweets:
        by_kind[str(p.kind)].add(p.id)
    assert {k: sorted(v) for k, v in by_kind.items() if v} == {k: sorted(v) for k, v in want["tweet_ids_by_kind"].items() if v}
    assert len([p for p in posts if p.deleted]) == want["deleted_tweets"]
    likes = [p for p in posts if p.kind is Kind.LIKE]
    assert len(likes) == want["like"] - want["like_without_fullText"]
    assert all(not p.author_is_owner for p in likes)
    profile = {p.label: p.text for p in posts if p.kind is Kind.PROFILE}
    assert profile["bio"] == want["profile_fields"]["bio"]
    assert profile["location"] == want["profile_fields"]["location"]
    assert profile["website"] in (want["profile_fields"]["website"],) or profile["website"].startswith("https://t.co/")
    private = [p for p in problems if p.kind is ProblemKind.NOT_READ_PRIVATE]
    assert len(private) == want["dm_files_present"]
    bad = [p for p in problems if p.kind is ProblemKind.BAD_RECORD]
    assert len(bad) == want["like_without_fullText"]
    orphans = [p for p in posts if p.id.startswith("note:")]
    assert len(orphans) == want["note_tweets"]["orphan"]
    reached = [p for p in tweets if p.author_is_owner and p.kind in (Kind.POST, Kind.REPLY, Kind.QUOTE) and p.audience is None]
    assert {p.metrics.get("followers") for p in reached} == {want["followers"]}, "follower.js counted onto own posts"
    assert all("followers" not in p.metrics for p in posts if p not in reached and not p.deleted and not p.id.startswith("note:"))


def test_all_archives_together_merge_duplicates():
    posts, problems, stats = read(*ORACLE["archives"])
    tweets = Counter(str(p.kind) for p in posts if str(p.kind) in TWEET_KINDS and not p.deleted and not p.id.startswith("note:"))
    assert dict(tweets) == ORACLE["across_archives"]["unique_by_kind"]
    # the like whose text is missing from the 2023 archive still has it in the 2019 one
    assert len({p.id for p in posts if p.kind is Kind.LIKE}) == ORACLE["across_archives"]["unique_like_ids"]
    assert stats["duplicates"] > 0 and stats["records"] == len(posts) + stats["duplicates"]


def test_joined_note_tweet_has_the_full_text():
    name = next(n for n, a in ORACLE["archives"].items() if a["note_tweets"]["joined"])
    posts, _, _ = read(name)
    assert any(len(p.text) > 280 and not p.id.startswith("note:") for p in posts)


def test_private_messages_sentinel_never_surfaces():
    posts, problems, _ = read(*ORACLE["archives"])
    sentinel = ORACLE["markers"]["dm_sentinel"]
    assert not [p for p in posts if sentinel in p.text]
    assert not [p for p in problems if sentinel in p.reason]
