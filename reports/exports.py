"""Files for acting on the report: deletion lists per platform and the decision checklist.

- `deletion/x-tweets.csv` has a `tweet_id` column and a `timestamp` like X's own tweets.csv (2012–2018
  archives), which tweets.csv-based deletion scripts read; `deletion/x-tweet.js` is the same list as
  the archive's `window.YTD.tweet.part0 = [...]` file, which tweet.js-based tools read (they skip the
  fixed prefix and read `tweet.id_str`, `created_at`, `full_text`). Likes likewise (`like.tweetId`).
- Other platforms have no deletion tools that read a file: a CSV with ids, what to look for and links.
- `checklist.csv` is for people: one row per flagged post, in the report's language, with empty
  columns for the decision; UTF-8 with a byte-order mark so spreadsheets show accents.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from typing import Any, Iterable

from footprint.assess import action_rules, policy_pack
from footprint.model import Audit, Kind, Post, Review
from reports import redact
from reports.tables import _cell
from reports.view import Redaction, action_text, catalogue, platform_labels, reason_text

X_TWEET_KINDS = (Kind.POST, Kind.REPLY, Kind.QUOTE, Kind.REPOST)
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CHECKLIST_COLUMNS = ("rank", "priority", "platform", "kind", "date", "link", "categories", "risk", "excerpt", "suggested",
                     "options", "clauses", "reasons", "decision", "keep_reason", "done_on", "employee", "advisor", "notes")


def _x_time(when: datetime | None) -> str:
    """X's archive date format, independent of the locale ("Thu Oct 12 17:40:03 +0000 2023")."""
    when = (when or datetime(1970, 1, 1, tzinfo=timezone.utc)).astimezone(timezone.utc)
    return f"{_DAYS[when.weekday()]} {_MONTHS[when.month - 1]} {when:%d %H:%M:%S} +0000 {when.year}"


def _csv(header: Iterable[str], rows: Iterable[Iterable[Any]], bom: bool = False) -> str:
    """RFC 4180 CSV text; cells a spreadsheet would run as formulas are neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(header))
    writer.writerows([_cell(v) for v in row] for row in rows)
    return ("\ufeff" if bom else "") + buffer.getvalue()


def to_delete(audit: Audit) -> list[tuple[Review, str]]:
    """Flagged posts whose suggested action removes something (delete, unlike, unfollow…), with that action."""
    deletable = action_rules()["actions"]["deletable"]
    out = []
    for review in audit.reviews:
        code = next((a.code for a in review.actions if not a.alternative and a.code in deletable), None)
        if code and not review.post.deleted:
            out.append((review, code))
    return out


def _excerpt(review: Review, r: Redaction, size: int = 140) -> str:
    """The post's text on one line, masked when redacted, cut to `size` characters."""
    text = " ".join(_excerpt_full(review.post, r).split())
    return text if len(text) <= size else text[: size - 1] + "…"


def deletion_names() -> set[str]:
    """Every file name deletion_files() can write."""
    return {"x-tweets.csv", "x-tweet.js", "x-likes.csv", "x-like.js", *(f"{p}.csv" for p in platform_labels() if p != "x")}


def deletion_files(audit: Audit, lang: str, redacted: bool = False) -> dict[str, str]:
    """deletion/<name> -> text, only for platforms with something to remove."""
    t = catalogue(lang)
    owner = redact.Owner.of(audit) if redacted else redact.Owner()
    tweets, likes, other = [], [], {}
    for review, code in to_delete(audit):
        post = review.post
        r = Redaction(review, t, owner, redacted)
        if post.platform == "x" and post.kind in X_TWEET_KINDS:
            tweets.append((post, code, r))
        elif post.platform == "x" and post.kind is Kind.LIKE:
            likes.append((post, r))
        else:
            other.setdefault(post.platform, []).append((review, code, r))
    files: dict[str, str] = {}
    if tweets:
        files["x-tweets.csv"] = _csv(("tweet_id", "timestamp", "kind", "action", "url"), (
            (p.id, p.created_at.strftime("%Y-%m-%d %H:%M:%S +0000") if p.created_at else "", str(p.kind), code, r.url(p.url) or "")
            for p, code, r in tweets))
        records = [{"tweet": {"id_str": p.id, "id": p.id, "created_at": _x_time(p.created_at), "full_text": _excerpt_full(p, r),
                              "in_reply_to_user_id_str": p.in_reply_to or "", "favorite_count": str(p.metrics.get("likes", 0)),
                              "retweet_count": str(p.metrics.get("reposts", 0))}} for p, _, r in tweets]
        files["x-tweet.js"] = "window.YTD.tweet.part0 = " + json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if likes:
        files["x-likes.csv"] = _csv(("tweet_id", "url"), ((p.id, r.url(p.url) or "") for p, r in likes))
        records = [{"like": {"tweetId": p.id, "fullText": _excerpt_full(p, r), "expandedUrl": r.url(p.url) or ""}} for p, r in likes]
        files["x-like.js"] = "window.YTD.like.part0 = " + json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    labels = platform_labels()
    for platform, items in sorted(other.items()):
        files[f"{platform}.csv"] = _csv(("platform", "id", "kind", "date", "action", "what", "url"), (
            (labels.get(platform, platform), rv.post.id, str(rv.post.kind), rv.post.created_at.isoformat() if rv.post.created_at else "",
             code, r.scrub(rv.post.label) or _excerpt(rv, r, 80), r.url(rv.post.url) or "")
            for rv, code, r in items))
    return files


def _excerpt_full(post: Post, r: Redaction) -> str:
    """The whole text for archive-format files, masked when redacted."""
    return redact.apply(post.text, r.masks, r.label) if r.on else post.text


def checklist_csv(audit: Audit, lang: str, redacted: bool = False) -> str:
    """The decision checklist: what was found and suggested, and empty columns to decide together."""
    t = catalogue(lang)
    ctx = audit.run["context"]
    pack = policy_pack(ctx["jurisdiction"])
    owner = redact.Owner.of(audit) if redacted else redact.Owner()
    labels = platform_labels()
    rows = []
    for rank, review in enumerate(audit.reviews, 1):
        post, r = review.post, Redaction(review, t, owner, redacted)
        clauses = [f"{c} — {pack['documents'][pack['clauses'][c]['doc']]['short'][lang]}, {pack['clauses'][c]['section'][lang]}" for c in review.clauses]
        rows.append([
            rank, f"{review.priority:.2f}", labels.get(post.platform, post.platform), t["kind"].get(str(post.kind), str(post.kind)),
            post.created_at.strftime("%Y-%m-%d") if post.created_at else t["undated"], r.url(post.url) or "",
            "; ".join(t["category"][c] for c in review.categories), t["risk"][review.risk.value], _excerpt(review, r),
            " / ".join(action_text(a, t, r.scrub) for a in review.actions if not a.alternative),
            " / ".join(action_text(a, t, r.scrub) for a in review.actions if a.alternative),
            "; ".join(clauses), "; ".join(reason_text(code, t) for code in review.priority_reasons),
            "", "", "", "", "", "",
        ])
    return _csv((t["checklist"][c] for c in CHECKLIST_COLUMNS), rows, bom=True)
