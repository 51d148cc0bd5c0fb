"""Findings + policy pack + context -> risk tier, priority with its reasons, clauses and actions.

All weights, tiers and action choices are data in reports/policies/; this module only applies them.
Context orders findings; it never hides one (every weight is positive, the tier never depends on it
except where the policy itself says so: partisan activity during work hours is inappropriate).
"""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import date, datetime, time, timezone
from functools import cache
from importlib import resources
from typing import Any

from footprint.context import Context
from footprint.model import Action, Finding, Post, Review, Risk, only_borderline

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


def elections_for(jurisdiction: str) -> tuple[tuple[str, str, date, date], ...]:
    """The campaigns that matter to a person: federal ones and their own province's."""
    return tuple(e for e in elections() if e[0] in ("federal", jurisdiction))


@cache
def election_names() -> dict[tuple[str, date], dict[str, str]]:
    """(jurisdiction, campaign start) -> the election's name in English and French, for the report."""
    text = resources.files("reports.policies").joinpath("elections.csv").read_text(encoding="utf-8")
    return {(row["jurisdiction"], date.fromisoformat(row["campaign_start"])): {"en": row["election"], "fr": row["election_fr"]}
            for row in csv.DictReader(io.StringIO(text))}


def campaign(when: datetime, ctx: Context) -> tuple[str, str, date, date] | None:
    """The federal campaign, or one of the person's own province, that a post falls in."""
    day = when.astimezone(ctx.zone).date()
    return next((e for e in elections_for(ctx.jurisdiction) if e[2] <= day <= e[3]), None)


def election_period(when: datetime, ctx: Context) -> str | None:
    """The campaign a post falls in, in words ("federal 43rd general election, 2019-09-11 – 2019-10-21")."""
    found = campaign(when, ctx)
    return f"{found[0]} {found[1]}, {found[2].isoformat()} – {found[3].isoformat()}" if found else None


def work_hours(when: datetime, ctx: Context) -> str | None:
    """The local time ("2019-10-08 11:47 America/Toronto") of a post written on a weekday during office hours."""
    rule = action_rules()["work_hours"]
    local = when.astimezone(ctx.zone)
    start, end = time.fromisoformat(rule["start"]), time.fromisoformat(rule["end"])
    if local.weekday() in rule["weekdays"] and start <= local.time() < end:
        return f"{local:%Y-%m-%d %H:%M} {ctx.tz}"
    return None


def written_as_public_servant(post: Post, ctx: Context) -> bool | None:
    """True if written on or after --since, False if before, None when unknown (no --since, no date)."""
    if ctx.since is None or post.created_at is None:
        return None
    return post.created_at.date() >= ctx.since


def _political_context(post: Post, findings: tuple[Finding, ...], ctx: Context) -> list[tuple[str, str]]:
    """("work_hours" | "election_period", detail) for political content with a real timestamp."""
    if post.created_at is None or post.time_is_estimate:
        return []
    if not any(f.category in action_rules()["political_categories"] for f in findings):
        return []
    marks = []
    hours = work_hours(post.created_at, ctx)
    if hours and written_as_public_servant(post, ctx) is not False and post.author_is_owner:
        marks.append(("work_hours", hours))
    period = campaign(post.created_at, ctx)
    if period:  # "federal|2019-09-11|2019-10-21": the report names it in its own language
        marks.append(("election_period", f"{period[0]}|{period[2].isoformat()}|{period[3].isoformat()}"))
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


def _matches(rule: dict[str, Any], post: Post, categories: set[str], risk: Risk, ctx: Context) -> bool:
    """Does an alternative-action rule apply to this post? Absent keys match anything."""
    written = written_as_public_servant(post, ctx)
    return (
        (not rule.get("categories") or bool(categories & set(rule["categories"])))
        and (not rule.get("platforms") or post.platform in rule["platforms"])
        and (not rule.get("kinds") or str(post.kind) in rule["kinds"])
        and (not rule.get("tiers") or risk.value in rule["tiers"])
        and (rule.get("written") is None or (written is False and rule["written"] == "before"))
    )


def _advise(findings: tuple[Finding, ...], risk: Risk, priority: float) -> bool:
    """Talk to the manager or the values-and-ethics office: the highest priorities and anything confidential."""
    advise = action_rules()["actions"]["talk_to_advisor_when"]
    return (risk.value in advise["tiers"] or any(f.category in advise["categories"] for f in findings)
            or priority >= advise["min_priority"])


def _actions(post: Post, findings: tuple[Finding, ...], risk: Risk, priority: float, pack: dict[str, Any],
             ctx: Context) -> tuple[Action, ...]:
    """One concrete action per category (by kind, label, then category), then the alternatives and advice."""
    rules = action_rules()["actions"]
    actions: list[Action] = []
    for category in dict.fromkeys(f.category for f in findings):
        mine = tuple(f for f in findings if f.category == category)
        label_codes = [rules["by_label"][f.label] for f in mine if f.label in rules["by_label"]]
        by_kind = rules["by_kind"].get(str(post.kind))
        if isinstance(by_kind, dict):  # e.g. a profile field: fix the title, or edit out the words
            by_kind = by_kind.get(category, by_kind["*"])
        code = by_kind or (label_codes[0] if label_codes else rules["by_category"][category])
        refined = rules.get("refined_by_label", {}).get(code, {})
        code = next((refined[f.label] for f in mine if f.label in refined), code)
        detail = _quotes(post, mine) if code in ("edit_out", "edit_profile") else ""
        actions.append(Action(code, detail, tuple(pack["categories"][category]["clauses"])))
    if any(a.code == "delete" for a in actions):  # deleting covers editing: editing becomes the other option
        actions = [Action(a.code, a.detail, a.clauses, alternative=True) if a.code in rules["subsumed_by_delete"] else a for a in actions]
        actions.sort(key=lambda a: a.alternative)
    if post.deleted:  # nothing left to remove on the platform; copies may remain
        actions = [Action("keep", "already_deleted", tuple(pack["keep"]["already_deleted"]))]
    categories = {f.category for f in findings}
    for rule in rules["alternatives"]:
        if not post.deleted and _matches(rule, post, categories, risk, ctx):
            detail = rule.get("detail", "")
            clauses = tuple(pack["keep"][detail]) if rule["code"] == "keep" else ()
            actions.append(Action(rule["code"], detail, clauses, alternative=True))
    if _advise(findings, risk, priority):
        actions.append(Action("talk_to_advisor", "", tuple(pack["advice"])))
    unique: dict[tuple[str, str], Action] = {}
    for action in actions:
        unique.setdefault((action.code, action.detail), action)
    return tuple(unique.values())


def _role_weight(categories: set[str], role: str) -> float:
    """The largest weight the target role gives any of the post's categories."""
    weights = action_rules()["role_weight"][role]
    return max(weights.get(c, weights["*"]) for c in categories)


def _reach(post: Post) -> tuple[float, str]:
    """Weight and reason detail ("likes=12;reposts=3") from the interactions and followers the export records."""
    rule = action_rules()["reach"]
    counts = {k: int(post.metrics[k]) for k in rule["interactions"] if post.metrics.get(k)}
    followers = int(post.metrics.get("followers") or 0)
    weight = 1 + rule["step"] * math.log10(1 + sum(counts.values())) + rule["followers_step"] * math.log10(1 + followers)
    weight = min(rule["max_weight"], weight)
    if followers:
        counts["followers"] = followers
    return (weight, ";".join(f"{k}={v}" for k, v in counts.items())) if weight >= rule["min_shown"] else (1.0, "")


def _age(post: Post, today: date) -> tuple[float, int]:
    """Weight and age in whole years; estimated or missing dates do not count."""
    if post.created_at is None or post.time_is_estimate:
        return 1.0, 0
    rule = action_rules()["age"]
    years = max(0.0, (today - post.created_at.date()).days / 365.25)
    if years < rule["min_years_shown"]:
        return 1.0, int(years)
    return max(rule["floor"], 1 - rule["per_year"] * years), int(years)


def _priority(post: Post, findings: tuple[Finding, ...], risk: Risk, ctx: Context,
              political: list[tuple[str, str]], today: date) -> tuple[float, tuple[str, ...]]:
    """A sortable number and the reasons that moved it (codes the report translates)."""
    weights = action_rules()
    score = weights["tier_base"][risk.value] + max(f.score for f in findings)
    reasons = [f"tier:{risk.value}"] + [f"{code}:{detail}" for code, detail in political]
    factors: list[tuple[float, str]] = []
    if any(code == "election_period" for code, _ in political):
        score *= weights["election_period_weight"]
    factors.append((weights["kind_weight"].get(str(post.kind), 1.0), f"kind:{post.kind}"))
    factors.append((_role_weight({f.category for f in findings}, ctx.role), f"role:{ctx.role}"))
    written = written_as_public_servant(post, ctx)
    if written is not None:
        factors.append((weights["while_public_servant_weight"], "while_public_servant") if written
                       else (weights["before_public_service_weight"], f"before_public_service:{ctx.since.isoformat()}"))
    reach, detail = _reach(post)
    factors.append((reach, f"reach:{detail}"))
    age, years = _age(post, today)
    factors.append((age, f"age:{years}"))
    if post.deleted:
        factors.append((weights["already_deleted_weight"], "already_deleted"))
    if only_borderline(findings):  # often a false alarm
        factors.append((weights["borderline_weight"], "borderline"))
    for weight, reason in factors:
        if weight != 1.0:
            score *= weight
            reasons.append(reason)
    return round(score, 4), tuple(reasons)


def assess(post: Post, findings: list[Finding], ctx: Context, today: date | None = None) -> Review:
    """The review of one flagged post under the person's jurisdiction and context (age counted up to `today`)."""
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
    priority, reasons = _priority(post, found, risk, ctx, political, today or datetime.now(timezone.utc).date())
    return Review(post, found, risk, priority, reasons, _actions(post, found, risk, priority, pack, ctx), clauses)
