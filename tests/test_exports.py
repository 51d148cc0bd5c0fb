"""Files for acting on the report: deletion lists per platform (X in archive formats deletion tools read)
and the decision checklist the advisor and the employee fill in together."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime

import pytest

from footprint.context import Context
from footprint.model import Kind
from reports.exports import checklist_csv, deletion_files, to_delete
from reports.output import write_report
from tests.report_data import synthetic_audit

TWEET_JS_PREFIX = "window.YTD.tweet.part0 = "  # tools read the JSON after exactly these 25 characters
LIKE_JS_PREFIX = "window.YTD.like.part0 = "  # …and these 24


@pytest.fixture(scope="module")
def audit():
    return synthetic_audit(400)


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_deletion_lists_hold_exactly_the_suggested_removals(audit):
    files = deletion_files(audit, "en")
    chosen = to_delete(audit)
    assert chosen and all(not r.post.deleted for r, _ in chosen)
    assert all(code in ("delete", "remove_like", "remove_repost", "unfollow", "leave_group") for _, code in chosen)
    x_tweets = {r.post.id for r, _ in chosen if r.post.platform == "x" and r.post.kind is not Kind.LIKE}
    x_likes = {r.post.id for r, _ in chosen if r.post.platform == "x" and r.post.kind is Kind.LIKE}
    assert {row["tweet_id"] for row in rows(files["x-tweets.csv"])} == x_tweets
    assert {row["tweet_id"] for row in rows(files["x-likes.csv"])} == x_likes
    facebook = rows(files["facebook.csv"])
    assert {row["id"] for row in facebook} == {r.post.id for r, _ in chosen if r.post.platform == "facebook"}
    assert all(row["url"].startswith("https://") and row["action"] for row in facebook)
    edited = {r.post.id for r in audit.reviews if r.actions[0].code == "edit_out"}
    assert edited and not edited & (x_tweets | {row["id"] for row in facebook})


def test_x_lists_are_in_formats_archive_based_tools_read(audit):
    files = deletion_files(audit, "en")
    tweet_js = files["x-tweet.js"]
    assert tweet_js.startswith(TWEET_JS_PREFIX) and len(TWEET_JS_PREFIX) == 25
    records = json.loads(tweet_js[25:])
    ids = [r["tweet"]["id_str"] for r in records]
    assert ids == [row["tweet_id"] for row in rows(files["x-tweets.csv"])]
    for record in records:
        tweet = record["tweet"]
        datetime.strptime(tweet["created_at"], "%a %b %d %H:%M:%S %z %Y")
        assert isinstance(tweet["id_str"], str) and tweet["full_text"] and "in_reply_to_user_id_str" in tweet
    like_js = files["x-like.js"]
    assert like_js.startswith(LIKE_JS_PREFIX) and len(LIKE_JS_PREFIX) == 24
    assert [r["like"]["tweetId"] for r in json.loads(like_js[24:])] == [row["tweet_id"] for row in rows(files["x-likes.csv"])]
    for row in rows(files["x-tweets.csv"]):
        datetime.strptime(row["timestamp"], "%Y-%m-%d %H:%M:%S %z")


def test_long_tweet_ids_stay_exact():
    from footprint.assess import assess
    from footprint.model import Evidence, Finding, Post
    from tests.report_data import audit_of

    ctx = Context()
    post = Post("x", "1712345678901234567", datetime.fromisoformat("2023-10-12T17:40:03+00:00"), "Vote NDP", Kind.POST, True)
    review = assess(post, [Finding("t", "partisanship", post.key, 0.9, (Evidence(5, 8, "t"),))], ctx)
    files = deletion_files(audit_of([review], [post], ctx), "en")
    assert "1712345678901234567" in files["x-tweets.csv"] and '"id_str": "1712345678901234567"' in files["x-tweet.js"]


def test_checklist_one_row_per_flagged_post_with_columns_to_decide(audit):
    text = checklist_csv(audit, "fr")
    assert text.startswith("\ufeff")
    table = rows(text)
    assert len(table) == len(audit.reviews)
    header = list(table[0])
    assert header[0] == "rang de priorité" and "décision (supprimer / modifier / restreindre / retirer / conserver / demander)" in header
    assert [int(r["rang de priorité"]) for r in table] == list(range(1, len(table) + 1))
    for row, review in zip(table, audit.reviews):
        assert row["mesure suggérée"] and row["politique"] and row["niveau de risque"]
        assert all(clause in row["politique"] for clause in review.clauses)
        assert row["décision (supprimer / modifier / restreindre / retirer / conserver / demander)"] == ""
        assert row["notes"] == ""
    english = rows(checklist_csv(audit, "en"))
    assert "decision (delete / edit / restrict / remove / keep / ask)" in english[0]


def test_checklist_and_deletion_lists_neutralise_formulas():
    from footprint.assess import assess
    from footprint.model import Evidence, Finding, Post
    from tests.report_data import audit_of

    ctx = Context()
    post = Post("facebook", "1", None, "=HYPERLINK(\"http://evil.example\") vote NDP", Kind.GROUP, True, label="=cmd|' /C calc'!A0")
    review = assess(post, [Finding("t", "partisanship", post.key, 0.9, (Evidence(0, 5, "t"),))], ctx)
    audit = audit_of([review], [post], ctx)
    for text in (checklist_csv(audit, "en"), deletion_files(audit, "en")["facebook.csv"]):
        for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))):
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row


def test_write_report_replaces_stale_lists_and_leaves_other_files(tmp_path, audit):
    out = tmp_path / "out"
    write_report(audit, out, "en")
    deletion = out / "deletion"
    assert (deletion / "x-tweet.js").is_file() and (out / "checklist.csv").is_file()
    (deletion / "my-notes.txt").write_text("mine", encoding="utf-8")
    calm = synthetic_audit(8, Context(since=date(2019, 9, 3)), seed=3)
    written = write_report(calm, out, "en")
    left = {p.name for p in deletion.iterdir()}
    assert "my-notes.txt" in left
    assert left - {"my-notes.txt"} == {p.name for name, p in written.items() if name.startswith("deletion/")}
