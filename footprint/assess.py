"""Findings + policy pack + context -> risk tier, priority with its reasons, clauses and actions.

All weights, tiers and action choices are data in reports/policies/; this module only applies them.
Context orders findings; it never hides one.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, time
from functools import cache
from importlib import resources
from typing import Any

from footprint.context import Context
from footprint.model import Action, Finding, Post, Review, Risk

_TIER_ORDER = (Risk.APPROPRIATE, Risk.RISKY, Risk.INAPPROPRIATE)


@cache
def policy_pack(jurisdiction: str) -> dict[str, Any]:
    """The jurisdiction's clauses and tiers (reports/policies/<jurisdiction>.json)."""
    return json.loads(resources.files("reports.policies").joinpath(f"{jurisdiction}.json").read_text(encoding="utf-8"))


@cache
def action_rules() -> dict[str, Any]:
    """Weights and action choices shared by every jurisdiction."""
    return json.loads(resources.files("reports.policies").joinpath("actions.json").read_text(encoding="utf-8"))


@cache
def elections() -> tuple[tuple[str, str, date, date], ...]:
    """Campaign periods (jurisdiction, election, first day, polling day) from reports/policies/elections.csv."""
    text = resources.files("reports.policies").joinpath("elections.csv").read_text(encoding="utf-8")
    return tuple(
        (row["jurisdiction"], row["election"], date.fromisoformat(row["campaign_start"]), date.fromisoformat(row["polling_day"]))
        for row in csv.DictReader(io.StringIO(text))
    )


def election_period(when: datetime, ctx: Context) -> str | None:
    """The federal campaign, or one of the person's own province, that a post falls in."""
    day = when.astimezone(ctx.zone).date()
    for jurisdiction, name, start, polling in elections():
        if jurisdiction in ("federal", ctx.jurisdiction) and start <= day <= polling:
            return f"{jurisdiction} {name}, {start.isoformat()} – {polling.isoformat()}"
    return None


def work_hours(when: datetime, ctx: Context) -> str | None:
    """The local time ("2019-10-08 11:47 America/Toronto") of a post written on a weekday during office hours."""
    rule = action_rules()["work_hours"]
    local = when.astimezone(ctx.zone)
    start, end = time.fromisoformat(rule["start"]), time.fromisoformat(rule["end"])
    if local.weekday() in rule["weekdays"] and start <= local.time() < end:
        return f"{local:%Y-%m-%d %H:%M} {ctx.tz}"
    return None


def _political_context(post: Post, findings: tuple[Finding, ...], ctx: Context) -> list[tuple[str, str]]:
    """("work_hours" | "election_period", detail) for political content with a real timestamp."""
    if post.created_at is None or post.time_is_estimate:
        return []
    if not any(f.category in action_rules()["political_categories"] for f in findings):
        return []
    marks = []
    written_as_public_servant = ctx.since is None or post.created_at.date() >= ctx.since
    hours = work_hours(post.created_at, ctx)
    if hours and written_as_public_servant and post.author_is_owner:
        marks.append(("work_hours", hours))
    period = election_period(post.created_at, ctx)
    if period:
        marks.append(("election_period", period))
    return marks


def _tier(finding: Finding, pack: dict[str, Any]) -> Risk:
    """The category's tier, or the label's own where the pack sets one (a SIN is worse than a city)."""
    category = pack["categories"][finding.category]
    return Risk(category.get("labels", {}).get(finding.label or "", category["tier"]))


def _quotes(post: Post, findings: tuple[Finding, ...]) -> str:
    """The exact words the findings point at, for "edit out …" actions."""
    words = []
    for finding in findings:
        for ev in finding.evidence:
            quote = post.text[ev.start : ev.end]
            if quote not in words:
                words.append(quote)
    return " · ".join(words)


def _actions(post: Post, findings: tuple[Finding, ...], risk: Risk, pack: dict[str, Any]) -> tuple[Action, ...]:
    """One concrete action per category (by kind, label, then category), plus advice where serious."""
    rules = action_rules()["actions"]
    actions: list[Action] = []
    for category in dict.fromkeys(f.category for f in findings):
        mine = tuple(f for f in findings if f.category == category)
        label_codes = [rules["by_label"][f.label] for f in mine if f.label in rules["by_label"]]
        code = rules["by_kind"].get(str(post.kind)) or (label_codes[0] if label_codes else rules["by_category"][category])
        detail = _quotes(post, mine) if code == "edit_out" else ""
        actions.append(Action(code, detail, tuple(pack["categories"][category]["clauses"])))
    advise = rules["talk_to_advisor_when"]
    if risk.value in advise["tiers"] or any(f.category in advise["categories"] for f in findings):
        actions.append(Action("talk_to_advisor", "", ()))
    unique: dict[tuple[str, str], Action] = {}
    for action in actions:
        unique.setdefault((action.code, action.detail), action)
    return tuple(unique.values())


def _priority(post: Post, findings: tuple[Finding, ...], risk: Risk, ctx: Context,
              political: list[tuple[str, str]]) -> tuple[float, tuple[str, ...]]:
    """A sortable number and the reasons that moved it (codes the report translates)."""
    weights = action_rules()
    score = weights["tier_base"][risk.value] + max(f.score for f in findings)
    reasons = [f"tier:{risk.value}"] + [f"{code}:{detail}" for code, detail in political]
    if any(code == "election_period" for code, _ in political):
        score *= weights["election_period_weight"]
    kind_w = weights["kind_weight"].get(str(post.kind), 1.0)
    if kind_w != 1.0:
        reasons.append(f"kind:{post.kind}")
    role_w = weights["role_weight"][ctx.role]
    if role_w != 1.0:
        reasons.append(f"role:{ctx.role}")
    score *= kind_w * role_w
    if ctx.since and post.created_at and post.created_at.date() >= ctx.since:
        score *= weights["while_public_servant_weight"]
        reasons.append("while_public_servant")
    if post.deleted:
        score *= weights["already_deleted_weight"]
        reasons.append("already_deleted")
    return round(score, 4), tuple(reasons)


def assess(post: Post, findings: list[Finding], ctx: Context) -> Review:
    """The review of one flagged post under the person's jurisdiction and context."""
    pack = policy_pack(ctx.jurisdiction)
    found = tuple(findings)
    political = _political_context(post, found, ctx)
    tiers = [_tier(f, pack) for f in found]
    extra_clauses: list[str] = []
    for code, _ in political:
        rule = pack["political_context"][code]
        tiers.extend([Risk(rule["tier"])] if "tier" in rule else [])
        extra_clauses.extend(rule["clauses"])
    risk = max(tiers, key=_TIER_ORDER.index)
    clauses = tuple(dict.fromkeys([*(c for f in found for c in pack["categories"][f.category]["clauses"]), *extra_clauses]))
    priority, reasons = _priority(post, found, risk, ctx, political)
    return Review(post, found, risk, priority, reasons, _actions(post, found, risk, pack), clauses)

