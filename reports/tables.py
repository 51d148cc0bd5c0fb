"""Machine-readable outputs: findings.csv (one row per evidence span) and audit.json (schema in README)."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from footprint.assess import policy_pack
from footprint.model import Audit, Review
from reports.view import catalogue

SCHEMA = "footprint.audit/1"
CSV_COLUMNS = [
    "platform", "post_id", "kind", "created_at", "url", "risk", "priority", "category", "label",
    "detector", "score", "start", "end", "quote", "reason", "actions",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in user text (CSV injection): prefix with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _iso(review: Review) -> str | None:
    """created_at as ISO 8601 UTC, or None."""
    return review.post.created_at.isoformat() if review.post.created_at else None


def _action_texts(review: Review, lang: str) -> list[dict[str, Any]]:
    """Actions with their code, detail, text in the report language and clause ids."""
    t = catalogue(lang)["action"]
    return [{"code": a.code, "detail": a.detail, "text": t[a.code].format(detail=a.detail), "clauses": list(a.clauses)} for a in review.actions]


def findings_frame(audit: Audit, lang: str) -> pd.DataFrame:
    """One row per evidence span, the advisor's checklist starting point."""
    rows = []
    for review in audit.reviews:
        post = review.post
        actions = " | ".join(a["text"] for a in _action_texts(review, lang))
        for finding in review.findings:
            for ev in finding.evidence:
                rows.append({
                    "platform": post.platform, "post_id": post.id, "kind": str(post.kind), "created_at": _iso(review),
                    "url": post.url, "risk": review.risk.value, "priority": review.priority, "category": finding.category,
                    "label": finding.label, "detector": finding.detector, "score": round(finding.score, 4),
                    "start": ev.start, "end": ev.end, "quote": _cell(post.text[ev.start : ev.end]),
                    "reason": ev.reason, "actions": actions,
                })
    return pd.DataFrame(rows, columns=CSV_COLUMNS)


def findings_csv(audit: Audit, lang: str) -> str:
    """findings.csv as text (UTF-8, header row, RFC 4180 quoting)."""
    return findings_frame(audit, lang).to_csv(index=False, lineterminator="\n")


def audit_document(audit: Audit, lang: str) -> dict[str, Any]:
    """audit.json as a dict: every flagged post with findings and actions, counts and problems."""
    pack = policy_pack(str(audit.run["context"]["jurisdiction"]))
    posts = []
    for review in audit.reviews:
        post = review.post
        posts.append({
            "platform": post.platform, "id": post.id, "kind": str(post.kind), "created_at": _iso(review),
            "created_at_is_estimate": post.time_is_estimate, "author_is_owner": post.author_is_owner,
            "author": post.author, "url": post.url, "lang": post.lang, "deleted": post.deleted,
            "audience": post.audience, "source": post.source, "text": post.text,
            "risk": review.risk.value, "priority": review.priority, "priority_reasons": list(review.priority_reasons),
            "categories": list(review.categories),
            "findings": [
                {"detector": f.detector, "category": f.category, "label": f.label, "score": round(f.score, 4),
                 "evidence": [{"start": e.start, "end": e.end, "quote": post.text[e.start : e.end], "reason": e.reason} for e in f.evidence]}
                for f in review.findings
            ],
            "clauses": [{"id": c, "document": pack["documents"][pack["clauses"][c]["doc"]][lang], "quote": pack["clauses"][c][lang]} for c in review.clauses],
            "actions": _action_texts(review, lang),
        })
    return {
        "schema": SCHEMA,
        "run": dict(audit.run),
        "counts": {k: dict(v) for k, v in audit.counts.items()},
        "posts_read": audit.posts_read,
        "problems": [{"kind": str(p.kind), "file": p.file, "locator": p.locator, "reason": p.reason, "records": p.records} for p in audit.problems],
        "flagged": posts,
    }


def audit_json(audit: Audit, lang: str) -> str:
    """audit.json as text; ids are strings, non-ASCII kept readable."""
    return json.dumps(audit_document(audit, lang), ensure_ascii=False, indent=2, default=str) + "\n"
