"""Machine-readable outputs: findings.csv (one row per evidence span) and audit.json (schema in README).

Redacted, masked words become blocks of the same length (█), so evidence offsets stay true.
"""

from __future__ import annotations

import json
from typing import Any, Callable

import pandas as pd

from footprint.assess import policy_pack
from footprint.model import Audit, Review
from reports import redact
from reports.view import action_text, catalogue

SCHEMA = "footprint.audit/1"
CSV_COLUMNS = [
    "platform", "post_id", "kind", "created_at", "url", "risk", "priority", "category", "label",
    "detector", "score", "start", "end", "quote", "reason", "actions", "certainty",
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


def _action_texts(review: Review, lang: str, scrub: Callable[[str], str] = lambda s: s) -> list[dict[str, Any]]:
    """Actions with their code, detail, text in the report language, clause ids and whether it is an alternative."""
    t = catalogue(lang)
    return [{"code": a.code, "detail": scrub(a.detail), "text": action_text(a, t, scrub), "clauses": list(a.clauses), "alternative": a.alternative}
            for a in review.actions]


class _Masked:
    """A post's text and a scrubber for quoted words: unchanged, or masked with same-length blocks."""

    def __init__(self, review: Review, owner: redact.Owner, on: bool) -> None:
        spans = redact.masks(review, owner) if on else []
        self.text = redact.apply(review.post.text, spans, redact.same_length) if on else review.post.text
        self.scrub = redact.Scrubber(review.post, spans, redact.same_length, owner) if on else (lambda s: s or "")
        self.url = None if on and isinstance(self.scrub, redact.Scrubber) and self.scrub.hides(review.post.url) else review.post.url


def _owner(audit: Audit, redacted: bool) -> redact.Owner:
    """Whose names and handles stay readable, and the names masked anywhere in the report (only when redacting)."""
    return redact.Owner.of(audit) if redacted else redact.Owner()


def findings_frame(audit: Audit, lang: str, redacted: bool = False) -> pd.DataFrame:
    """One row per evidence span, for tools and spreadsheets."""
    rows, owner = [], _owner(audit, redacted)
    for review in audit.reviews:
        post, masked = review.post, _Masked(review, owner, redacted)
        actions = " | ".join(a["text"] for a in _action_texts(review, lang, masked.scrub))
        for finding in review.findings:
            for ev in finding.evidence:
                rows.append({
                    "platform": post.platform, "post_id": post.id, "kind": str(post.kind), "created_at": _iso(review),
                    "url": masked.url, "risk": review.risk.value, "priority": review.priority, "category": finding.category,
                    "label": finding.label, "detector": finding.detector, "score": round(finding.score, 4),
                    "start": ev.start, "end": ev.end, "quote": _cell(masked.text[ev.start : ev.end]),
                    "reason": _cell(masked.scrub(ev.reason)), "actions": _cell(actions),
                    "certainty": "borderline" if finding.borderline else "clear",
                })
    return pd.DataFrame(rows, columns=CSV_COLUMNS)


def findings_csv(audit: Audit, lang: str, redacted: bool = False) -> str:
    """findings.csv as text (UTF-8, header row, RFC 4180 quoting)."""
    return findings_frame(audit, lang, redacted).to_csv(index=False, lineterminator="\n")


def audit_document(audit: Audit, lang: str, redacted: bool = False) -> dict[str, Any]:
    """audit.json as a dict: every flagged post with findings and actions, counts and problems."""
    pack = policy_pack(str(audit.run["context"]["jurisdiction"]))
    posts, owner = [], _owner(audit, redacted)
    for review in audit.reviews:
        post, masked = review.post, _Masked(review, owner, redacted)
        posts.append({
            "platform": post.platform, "id": post.id, "kind": str(post.kind), "created_at": _iso(review),
            "created_at_is_estimate": post.time_is_estimate, "author_is_owner": post.author_is_owner,
            "author": masked.scrub(post.author) or None, "url": masked.url, "lang": post.lang, "deleted": post.deleted,
            "audience": post.audience, "source": post.source, "text": masked.text,
            "risk": review.risk.value, "priority": review.priority, "priority_reasons": list(review.priority_reasons),
            "categories": list(review.categories),
            "findings": [
                {"detector": f.detector, "category": f.category, "label": f.label, "score": round(f.score, 4),
                 "margin": f.margin, "certainty": "borderline" if f.borderline else "clear",
                 "evidence": [{"start": e.start, "end": e.end, "quote": masked.text[e.start : e.end], "reason": masked.scrub(e.reason)} for e in f.evidence]}
                for f in review.findings
            ],
            "clauses": [{"id": c, "document": pack["documents"][pack["clauses"][c]["doc"]][lang], "quote": pack["clauses"][c][lang]} for c in review.clauses],
            "actions": _action_texts(review, lang, masked.scrub),
        })
    return {
        "schema": SCHEMA,
        "run": {**audit.run, "redacted": redacted},
        "counts": {k: dict(v) for k, v in audit.counts.items()},
        "posts_read": audit.posts_read,
        "problems": [{"kind": str(p.kind), "file": p.file, "locator": p.locator, "reason": p.reason, "records": p.records} for p in audit.problems],
        "flagged": posts,
    }


def audit_json(audit: Audit, lang: str, redacted: bool = False) -> str:
    """audit.json as text; ids are strings, non-ASCII kept readable."""
    return json.dumps(audit_document(audit, lang, redacted), ensure_ascii=False, indent=2, default=str) + "\n"
