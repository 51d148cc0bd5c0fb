"""Audit -> page data: every string the template shows is built here, already translated and split.

The template only loops and formats; user text stays plain strings that Jinja escapes.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from footprint.assess import policy_pack
from footprint.model import Audit, Evidence, Post, Review

SAFE_SCHEMES = ("https://", "http://")


def platform_labels() -> dict[str, str]:
    """Platform ids to their display names ("x" -> "X / Twitter")."""
    from footprint.platforms import all_platforms

    return {p.NAME: p.LABEL for p in all_platforms()}


@cache
def catalogue(lang: str) -> dict[str, Any]:
    """The interface strings for one language (reports/i18n/<lang>.json)."""
    return json.loads(resources.files("reports.i18n").joinpath(f"{lang}.json").read_text(encoding="utf-8"))


def report_language(audit: Audit, requested: str | None) -> str:
    """The requested language, else the majority language of the person's posts (fr or en)."""
    if requested in ("fr", "en"):
        return requested
    langs = audit.counts.get("lang", {})
    return "fr" if langs.get("fr", 0) > langs.get("en", 0) else "en"


def safe_url(url: str | None) -> str | None:
    """Only web links leave the page; anything else (javascript:, data:…) from an export is dropped."""
    if url and url.lower().startswith(SAFE_SCHEMES) and not any(c in url for c in "\"'<> \n"):
        return url
    return None


def segments(text: str, evidence: list[Evidence]) -> list[dict[str, Any]]:
    """The text cut into plain and highlighted pieces; overlapping spans merge, reasons add up."""
    spans = sorted((e.start, e.end, e.reason) for e in evidence)
    merged: list[list[Any]] = []
    for start, end, reason in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            if reason not in merged[-1][2]:
                merged[-1][2].append(reason)
        else:
            merged.append([start, end, [reason]])
    out, pos = [], 0
    for start, end, reasons in merged:
        if start > pos:
            out.append({"text": text[pos:start], "mark": False, "title": ""})
        out.append({"text": text[start:end], "mark": True, "title": "; ".join(reasons)})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:], "mark": False, "title": ""})
    return out


def _clause_view(clause_id: str, pack: dict[str, Any], lang: str) -> dict[str, str]:
    """A clause as the reader sees it: quote, section and document title."""
    clause = pack["clauses"][clause_id]
    return {"id": clause_id, "quote": clause[lang], "section": clause["section"][lang], "document": pack["documents"][clause["doc"]][lang]}


def _reason_text(code: str, t: dict[str, Any]) -> str:
    """A priority reason code ("role:executive") in words."""
    name, _, value = code.partition(":")
    if name == "tier":
        value = t["risk"].get(value, value)
    elif name == "kind":
        value = t["kind"].get(value, value)
    return t["reason"][name].format(value=value)


def _date(post: Post, t: dict[str, Any]) -> str:
    """ISO date shown on the card, with a note when it is an estimate."""
    if post.created_at is None:
        return t["undated"]
    day = post.created_at.strftime("%Y-%m-%d %H:%M UTC")
    return f"{day} ({t['estimated_date']})" if post.time_is_estimate else day


def card(review: Review, lang: str, pack: dict[str, Any]) -> dict[str, Any]:
    """One flagged post as display data."""
    t = catalogue(lang)
    post = review.post
    evidence = [e for f in review.findings for e in f.evidence]
    reasons = []
    for f in review.findings:
        for e in f.evidence:
            reasons.append({"category": t["category"][f.category], "quote": post.text[e.start : e.end], "reason": e.reason})
    return {
        "key": post.key,
        "platform": platform_labels().get(post.platform, post.platform),
        "platform_id": post.platform,
        "kind": t["kind"].get(str(post.kind), str(post.kind)),
        "date": _date(post, t),
        "year": post.created_at.year if post.created_at else "",
        "owner": post.author_is_owner,
        "author": post.author or "",
        "deleted": post.deleted,
        "url": safe_url(post.url),
        "risk": review.risk.value,
        "risk_label": t["risk"][review.risk.value],
        "priority": f"{review.priority:.2f}",
        "priority_reasons": [_reason_text(r, t) for r in review.priority_reasons],
        "categories": [t["category"][c] for c in review.categories],
        "category_ids": " ".join(review.categories),
        "segments": segments(post.text, evidence),
        "reasons": reasons,
        "clauses": [_clause_view(c, pack, lang) for c in review.clauses],
        "actions": [t["action"][a.code].format(detail=a.detail) for a in review.actions],
    }


def _table(counter: dict[str, int], labels: dict[str, str] | None = None, sort_by_key: bool = False) -> list[tuple[str, int]]:
    """Rows for a count table, largest first (or by key, for years)."""
    items = sorted(counter.items()) if sort_by_key else sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return [((labels or {}).get(k, k), v) for k, v in items]


def page(audit: Audit, lang: str) -> dict[str, Any]:
    """Everything the report template needs."""
    t = catalogue(lang)
    ctx = audit.run["context"]
    pack = policy_pack(ctx["jurisdiction"])
    counts = audit.counts
    records = counts.get("records", {})
    problems = [
        {"kind": t["problem_kind"][str(p.kind)], "file": p.file + (f" {p.locator}" if p.locator else ""), "reason": p.reason, "records": p.records}
        for p in audit.problems
    ]
    return {
        "lang": lang,
        "t": t,
        "context": {
            "employers": ", ".join(ctx["employers"]) or t["not_given"],
            "role": t["roles"][ctx["role"]],
            "jurisdiction": pack["label"][lang],
            "since": ctx["since"] or t["not_given"],
        },
        "totals": {"posts": audit.posts_read, "flagged": len(audit.reviews), "duplicates": records.get("duplicates", 0), "problems": records.get("problems", 0)},
        "by_platform": _table(counts.get("platform", {}), platform_labels()),
        "by_kind": _table(counts.get("kind", {}), t["kind"]),
        "by_year": _table(counts.get("year", {}), sort_by_key=True),
        "by_category": _table(counts.get("category", {}), t["category"]),
        "by_risk": _table(counts.get("risk", {}), t["risk"]),
        "cards": [card(r, lang, pack) for r in audit.reviews],
        "problems": problems,
        "version": audit.run["version"],
    }
