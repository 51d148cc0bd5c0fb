"""Follower counts for reach: X `follower.js` and Facebook's followers files are counted (never kept), the count
goes on the person's own posts only, a broken file is a problem that loses nothing, and the report says "N followers"."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from datetime import timedelta
from pathlib import Path

from footprint.context import Context
from footprint.model import Kind, Post, Problem, ProblemKind
from footprint.pipeline import audit, read_posts
from footprint.platforms import gather
from reports.output import report_files
from tests.samples import SAMPLES
from tests.test_facebook import meta, status, ts
from tests.test_facebook import write as fb_write
from tests.xbuild import AT, tweet, write, ytd

ORACLE = json.loads((Path(__file__).resolve().parent / "sample_builders" / "x_expected.json").read_text(encoding="utf-8"))
ACCOUNT = 'window.YTD.account.part0 = [ { "account" : { "username" : "noemie_lo", "accountId" : "42", "accountDisplayName" : "Noémie" } } ]'


def followers(n: int, start: int = 0) -> list[dict]:
    return [{"follower": {"accountId": str(900000 + i), "userLink": f"https://twitter.com/intent/user?user_id={900000 + i}"}}
            for i in range(start, start + n)]


def parse(path: Path) -> tuple[list[Post], list[Problem]]:
    problems: list[Problem] = []
    return list(read_posts([path], problems, Counter())), problems


def x_archive(root: Path, follower_files: dict[str, str]) -> Path:
    """An X archive with an own post, a reply, a repost, a circle tweet and a like, and the given follower files."""
    own = tweet("Mon vélo est prêt", AT)
    reply = tweet("@ami oui!", AT + timedelta(minutes=1), in_reply_to_status_id_str="1", in_reply_to_screen_name="ami")
    repost = tweet("RT @ami: Quelle journée", AT + timedelta(minutes=2))
    circle = tweet("Juste pour mon cercle", AT + timedelta(minutes=3))
    like = {"like": {"tweetId": "1712345678901234567", "fullText": "Un tweet aimé", "expandedUrl": "https://x.com/i/web/status/1712345678901234567"}}
    return write(root, {
        "data/account.js": ACCOUNT,
        "data/tweets.js": ytd("tweets", [{"tweet": t} for t in (own, reply, repost)]),
        "data/twitter-circle-tweet.js": ytd("twitter_circle_tweet", [{"tweet": circle}]),
        "data/like.js": ytd("like", [like]),
        **follower_files,
    })


def test_x_follower_files_are_counted_onto_own_posts_and_replies_only(tmp_path):
    posts, problems = parse(x_archive(tmp_path, {"data/follower.js": ytd("follower", followers(3)),
                                                 "data/follower-part1.js": ytd("follower", followers(2, 3), part=1)}))
    by_kind = {(p.kind, p.audience): p for p in posts}
    assert by_kind[(Kind.POST, None)].metrics["followers"] == 5 and by_kind[(Kind.REPLY, None)].metrics["followers"] == 5
    for key in ((Kind.REPOST, None), (Kind.POST, "circle"), (Kind.LIKE, None)):
        assert "followers" not in by_kind[key].metrics, key
    assert "90000" not in json.dumps([dataclasses.asdict(p) for p in posts], default=str), "no follower id is kept anywhere"
    assert problems == [], "follower.js is counted, not listed as a private file or a problem"


def test_a_broken_follower_file_is_a_problem_and_loses_nothing(tmp_path):
    good = ytd("follower", followers(4))
    cut = good[: good.index('"900003"')]  # cut inside the fourth entry
    posts, problems = parse(x_archive(tmp_path, {"data/follower.js": cut}))
    assert Counter(p.kind for p in posts) == {Kind.POST: 2, Kind.REPLY: 1, Kind.REPOST: 1, Kind.LIKE: 1, Kind.PROFILE: 2}, "every post is read"
    [problem] = problems
    assert (problem.kind, problem.records, problem.file.endswith("data/follower.js")) == (ProblemKind.BAD_FILE, 0, True)
    assert "followers counted up to there: 3" in problem.reason and "no post is lost" in problem.reason
    assert next(p for p in posts if p.kind is Kind.POST and p.audience is None).metrics["followers"] == 3


def test_a_cut_follower_file_takes_the_manifests_count(tmp_path):
    manifest = 'window.__THAR_CONFIG = {"userInfo": {"accountId": "42", "userName": "noemie_lo"}, "dataTypes": {"follower": {"files": [{"fileName": "data/follower.js", "count": "812"}]}}}'
    good = ytd("follower", followers(4))
    posts, problems = parse(x_archive(tmp_path, {"data/follower.js": good[: good.index('"900002"')], "data/manifest.js": manifest}))
    assert "the manifest's count is used: 812" in problems[0].reason
    assert next(p for p in posts if p.kind is Kind.POST).metrics["followers"] == 812


def test_an_unreadable_follower_file_leaves_the_count_unknown_and_the_audit_goes_on(tmp_path):
    root = x_archive(tmp_path, {"data/follower.js": "window.YTD.follower.part0 = {not json"})
    result = audit([root], Context(), detectors=())
    assert result.posts_read == 7 and result.counts["records"]["problems"] == 0, "posts, profile entries: nothing lost"
    assert [p.kind for p in result.problems] == [ProblemKind.BAD_FILE]
    posts, _ = parse(root)
    assert all("followers" not in p.metrics for p in posts), "unknown is not zero"


def fb_export(root: Path, files: dict[str, object]) -> Path:
    """A Facebook F4 export with one own post, one group post and one comment, plus the given files."""
    act = "your_facebook_activity"
    return fb_write(root, {
        f"{act}/posts/your_posts__check_ins__photos_and_videos_1.json": [status(ts(2024, 5, 1), "Belle journée de vélo")],
        f"{act}/groups/group_posts_and_comments.json": {"group_posts_v2": [{"timestamp": ts(2024, 5, 2), "data": [{"post": "Sortie samedi"}],
                                                                             "title": "Noémie Laflamme-Okafor posted in Vélo Outaouais."}]},
        f"{act}/comments_and_reactions/comments.json": {"comments_v2": [{"timestamp": ts(2024, 5, 3), "data": [{"comment": {"comment": "Bravo!"}}],
                                                                         "title": "Noémie Laflamme-Okafor commented on Julie's post."}]},
        **files,
    })


def test_facebook_followers_of_each_era_are_counted_onto_own_posts(tmp_path):
    people = [{"name": f"Personne {i}", "timestamp": ts(2023, 1, 1)} for i in range(7)]
    for era, files in {
        "f4": {"connections/followers/people_who_followed_you.json": {"followers_v3": people}},
        "f2": {"friends_and_followers/followers.json": {"followers_v2": people}},
        "f1": {"following_and_followers/followers.json": {"followers": people}},
        "parts": {"connections/followers/people_who_followed_you_1.json": people[:4], "connections/followers/people_who_followed_you_2.json": people[4:]},
    }.items():
        posts, problems = parse(fb_export(tmp_path / era, files))
        own = next(p for p in posts if p.kind is Kind.POST and p.audience is None)
        assert own.metrics.get("followers") == 7, era
        assert all("followers" not in p.metrics for p in posts if p is not own), era
        assert not any("Personne" in p.text for p in posts) and not problems, era


def test_facebook_files_that_are_not_followers_are_not_counted(tmp_path):
    people = [{"name": "Personne", "timestamp": ts(2023, 1, 1)}]
    posts, _ = parse(fb_export(tmp_path, {"connections/followers_and_following/followers_1.json": people,  # Instagram's name
                                          "connections/friends/your_friends.json": {"friends_v2": people}}))
    assert all("followers" not in p.metrics for p in posts)


def test_a_cut_facebook_followers_file_is_a_problem_and_counts_what_it_holds(tmp_path):
    text = meta({"followers_v3": [{"name": f"P{i}", "timestamp": 1} for i in range(5)]})
    posts, problems = parse(fb_export(tmp_path, {"connections/followers/people_who_followed_you.json": text[: text.index('"P3"')]}))
    assert next(p for p in posts if p.kind is Kind.POST).metrics["followers"] == 3
    assert [(p.kind, p.records) for p in problems] == [(ProblemKind.BAD_FILE, 0)]


def test_the_sample_archive_follower_count_reaches_the_reasons_and_the_report():
    name = next(n for n, a in ORACLE["archives"].items() if a["followers"])
    expected = ORACLE["archives"][name]["followers"]
    platform, archive = gather([SAMPLES / name]).archives["x"]
    posts = [p for p in platform.parse(archive) if isinstance(p, Post)]
    reached = [p for p in posts if p.author_is_owner and p.kind in (Kind.POST, Kind.REPLY, Kind.QUOTE) and p.audience is None]
    assert reached and all(p.metrics["followers"] == expected for p in reached)
    assert all("followers" not in p.metrics for p in posts if p not in reached)
    result = audit([SAMPLES / name], Context())
    assert any(f"followers={expected}" in code for r in result.reviews for code in r.priority_reasons)
    assert f"{expected} followers" in report_files(result, "en")["index.html"]
    assert f"{expected} abonnés" in report_files(result, "fr")["index.html"]
