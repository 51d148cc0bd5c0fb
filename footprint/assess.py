"""Findings + policy pack + context -> risk tier, priority with its reasons, clauses and actions.

All weights, tiers and action choices are data in reports/policies/; this module only applies them.
Context orders findings; it never hides one.
"""

from __future__ import annotations

import json
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


def _priority(post: Post, findings: tuple[Finding, ...], risk: Risk, ctx: Context) -> tuple[float, tuple[str, ...]]:
    """A sortable number and the reasons that moved it (codes the report translates)."""
    weights = action_rules()
    score = weights["tier_base"][risk.value] + max(f.score for f in findings)
    reasons = [f"tier:{risk.value}"]
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
    risk = max((_tier(f, pack) for f in found), key=_TIER_ORDER.index)
    clauses = tuple(dict.fromkeys(c for f in found for c in pack["categories"][f.category]["clauses"]))
    priority, reasons = _priority(post, found, risk, ctx)
    return Review(post, found, risk, priority, reasons, _actions(post, found, risk, pack), clauses)

