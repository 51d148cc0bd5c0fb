"""The report's overview as display data: totals, posts read by platform and kind, flagged posts by
category and tier, and the timeline."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from footprint.model import CATEGORIES, Audit, Kind, Risk
from reports.timeline import timeline

TIERS = (Risk.RISKY.value, Risk.INAPPROPRIATE.value, Risk.APPROPRIATE.value)


def _number(n: int) -> str:
    """Thousands with a thin space, readable in both languages (12 345)."""
    return f"{n:,}".replace(",", "\u202f")


def read_table(audit: Audit, t: dict[str, Any], platforms: dict[str, str]) -> dict[str, Any]:
    """Posts read: one row per kind that occurs, one column per platform, totals both ways."""
    cells: Counter = Counter()
    for key, n in audit.counts.get("platform_kind", {}).items():
        platform, _, kind = key.partition("/")
        cells[(platform, kind)] += n
    if not cells:  # an Audit made before platform_kind was counted: platform totals only
        cells = Counter({(p, "*"): n for p, n in audit.counts.get("platform", {}).items()})
    columns = sorted({p for p, _ in cells}, key=lambda p: -sum(n for (q, _), n in cells.items() if q == p))
    kinds = [k.value for k in Kind if any(kind == k.value for _, kind in cells)] + (["*"] if any(k == "*" for _, k in cells) else [])
    rows = [[t["kind"].get(k, t["total"]).capitalize(), *[_number(cells[(p, k)]) if cells[(p, k)] else "" for p in columns],
             _number(sum(cells[(p, k)] for p in columns))] for k in kinds]
    totals = [t["total"], *[_number(sum(cells[(p, k)] for k in kinds)) for p in columns], _number(sum(cells.values()))]
    return {"caption": t["read_table"], "header": [t["kind_col"], *[platforms.get(p, p) for p in columns], t["total"]],
            "rows": rows, "totals": totals}


def flagged_table(audit: Audit, t: dict[str, Any]) -> dict[str, Any]:
    """Flagged posts: one row per category, one column per tier that occurs (a post counts in each of its categories)."""
    cells: Counter = Counter()
    for review in audit.reviews:
        for category in review.categories:
            cells[(category, review.risk.value)] += 1
    tiers = [tier for tier in TIERS if any(r == tier for _, r in cells)]
    rows = [[t["category"][c], *[_number(cells[(c, r)]) if cells[(c, r)] else "" for r in tiers], _number(sum(cells[(c, r)] for r in tiers))]
            for c in CATEGORIES if any(cells[(c, r)] for r in tiers)]
    posts_per_tier = Counter(r.risk.value for r in audit.reviews)
    totals = [t["flagged"], *[_number(posts_per_tier[r]) for r in tiers], _number(len(audit.reviews))]
    return {"caption": t["flagged_table"], "header": [t["category_col"], *[t["risk"][r] for r in tiers], t["total"]], "rows": rows, "totals": totals,
            "tier_ids": tiers}


def overview(audit: Audit, t: dict[str, Any], platforms: dict[str, str], since: date | None,
             campaigns: tuple[tuple[str, str, date, date], ...]) -> dict[str, Any]:
    """Totals, the two tables and the timeline."""
    records = audit.counts.get("records", {})
    inappropriate = sum(1 for r in audit.reviews if r.risk is Risk.INAPPROPRIATE)
    return {
        "totals": [
            {"n": _number(audit.posts_read), "label": t["posts_read"], "cls": ""},
            {"n": _number(len(audit.reviews)), "label": t["flagged"], "cls": "risky" if audit.reviews else ""},
            {"n": _number(inappropriate), "label": t["inappropriate_count"], "cls": "inappropriate" if inappropriate else ""},
            {"n": _number(records.get("duplicates", 0)), "label": t["duplicates"], "cls": ""},
            {"n": _number(records.get("problems", 0)), "label": t["problems_count"], "cls": ""},
        ],
        "read": read_table(audit, t, platforms),
        "flagged": flagged_table(audit, t),
        "timeline": timeline(audit.reviews, audit.counts.get("year", {}), since, campaigns, t),
    }
