"""Audit -> page data: every string the template shows is built here, already translated and split.

The template only loops and formats; user text stays plain strings that Jinja escapes.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, Callable

from footprint.assess import election_names, elections_for, policy_pack
from footprint.model import Action, Audit, Evidence, Kind, Post, Review
from reports import redact
from reports.reasons import localise
from reports.overview import overview

SAFE_SCHEMES = ("https://", "http://")
RAISES = {"work_hours", "election_period", "role", "while_public_servant", "reach"}
LOWERS = {"kind", "before_public_service", "age", "already_deleted", "borderline"}


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


def segments(text: str, evidence: list[Evidence], masks: list[redact.Mask] | None = None,
             mask_label: Callable[[redact.Mask], str] | None = None) -> list[dict[str, Any]]:
    """The text cut into plain, highlighted and masked pieces; overlapping spans merge, reasons add up.

    A masked piece shows its label once, highlighted if any of it was evidence.
    """
    masks = masks or []
    cuts = sorted({0, len(text), *(p for e in evidence for p in (e.start, e.end)), *(p for m in masks for p in (m.start, m.end))})
    pieces: list[list[Any]] = []  # [start, end, reasons, mask]
    for start, end in zip(cuts, cuts[1:]):
        reasons = [e.reason for e in evidence if e.start < end and e.end > start]
        mask = next((m for m in masks if m.start < end and m.end > start), None)
        last = pieces[-1] if pieces else None
        joined = last is not None and (
            (mask is not None and last[3] is mask)
            or (mask is None and last[3] is None and bool(reasons) == bool(last[2])
                and (not reasons or any(e.start < start < e.end for e in evidence)))
        )
        if joined:
            last[1] = end
            last[2] += [r for r in reasons if r not in last[2]]
        else:
            pieces.append([start, end, list(dict.fromkeys(reasons)), mask])
    return [
        {"text": mask_label(mask) if mask is not None and mask_label else text[start:end], "mark": bool(reasons),
         "title": "; ".join(reasons), "masked": mask is not None}
        for start, end, reasons, mask in pieces
    ]


def _clause_view(clause_id: str, pack: dict[str, Any], lang: str, short: bool = False) -> dict[str, str]:
    """A clause as the reader sees it: quote, section and document title (short on cards; full titles are listed once)."""
    clause = pack["clauses"][clause_id]
    document = pack["documents"][clause["doc"]]
    return {"id": clause_id, "quote": clause[lang], "section": clause["section"][lang], "document": document["short"][lang] if short else document[lang]}


def sources(pack: dict[str, Any], lang: str) -> list[str]:
    """The policy documents of the person's jurisdiction, full title and short name."""
    return [f"{d['short'][lang]} — {d[lang]}" for d in pack["documents"].values()]


def reason_text(code: str, t: dict[str, Any]) -> str:
    """A priority reason code ("role:executive", "reach:likes=12") in words."""
    name, _, value = code.partition(":")
    if name == "tier":
        value = t["risk"].get(value, value)
    elif name == "kind":
        value = t["kind"].get(value, value).capitalize()
    elif name == "role":
        value = t["roles"].get(value, value)
    elif name == "election_period" and value.count("|") == 2:
        where, start, polling = value.split("|")
        names = election_names().get((where, date.fromisoformat(start)), {})
        value = f"{t['jurisdiction_name'].get(where, where)}, {names.get(t['lang'], '')}, {start} – {polling}".replace(", , ", ", ")
    elif name == "reach":
        pairs = (part.partition("=") for part in value.split(";") if part)
        value = ", ".join(t["metric"][k].format(n=f"{int(n):,}".replace(",", " ")) for k, _, n in pairs if k in t["metric"])
    return t["reason"][name].format(value=value)


def action_text(action: Action, t: dict[str, Any], scrub: Callable[[str], str] = lambda s: s) -> str:
    """An action in words; "keep" details are reason codes, "edit out" details are quoted words."""
    detail = t["keep_reason"].get(action.detail, action.detail) if action.code == "keep" else scrub(action.detail)
    return t["action"][action.code].format(detail=detail)


def _date(post: Post, t: dict[str, Any]) -> str:
    """ISO date shown on the card, with a note when it is an estimate."""
    if post.created_at is None:
        return t["undated"]
    day = post.created_at.strftime("%Y-%m-%d %H:%M UTC")
    if not post.time_is_estimate:
        return day
    return f"{day} ({t['estimated_date'] if post.kind in (Kind.LIKE, Kind.REACTION) else t['approximate_date']})"


class Redaction:
    """Masks and a scrubber for one review, or nothing at all when the report is not redacted."""

    def __init__(self, review: Review, t: dict[str, Any], owner: redact.Owner | tuple[str, ...], on: bool) -> None:
        self.on = on
        self.masks = redact.masks(review, owner) if on else []
        self.label = lambda m: t["mask"].get(m.kind, t["mask"]["personal_info"])
        self.scrub = redact.Scrubber(review.post, self.masks, self.label, owner) if on else (lambda s: s or "")

    def url(self, url: str | None) -> str | None:
        """The link, unless it shows a masked name (a handle in the path)."""
        return None if self.on and isinstance(self.scrub, redact.Scrubber) and self.scrub.hides(url) else safe_url(url)


def _meta(review: Review, t: dict[str, Any], r: Redaction) -> list[str]:
    """The card's facts line: platform, kind, whose words, date, deleted."""
    post = review.post
    meta = [platform_labels().get(post.platform, post.platform), t["kind"].get(str(post.kind), str(post.kind))]
    if not post.author_is_owner:
        meta.append(t["someone_elses_words"] + (f" ({t['by_author'].format(author=r.scrub(post.author))})" if post.author else ""))
    meta.append(_date(post, t))
    if post.deleted:
        meta.append(t["deleted"])
    return meta


def card(review: Review, rank: int, total: int, lang: str, pack: dict[str, Any], owner: redact.Owner | tuple[str, ...] = (),
         redacted: bool = False) -> dict[str, Any]:
    """One flagged post as display data; `owner`: whose names and handles are not masked (redact.Owner.of)."""
    t = catalogue(lang)
    post = review.post
    r = Redaction(review, t, owner, redacted)
    evidence = [Evidence(e.start, e.end, localise(e.reason, lang)) for f in review.findings for e in f.evidence]
    reasons = [t["why_line"].format(category=t["category"][f.category], reason=r.scrub(localise(e.reason, lang)),
                                    quote=redact.apply(post.text[e.start:e.end], r.masks, r.label, e.start) if redacted else post.text[e.start:e.end])
               for f in review.findings for e in f.evidence]
    reasons += [t["why_borderline"].format(category=t["category"][c])
                for c in dict.fromkeys(f.category for f in review.findings if f.borderline)]
    url = r.url(post.url)
    return {
        "rank": rank,
        "rank_label": t["priority_rank"].format(rank=rank, total=total),
        "score": t["score"].format(value=f"{review.priority:.2f}"),
        "platform_id": post.platform,
        "year": str(post.created_at.year) if post.created_at else "undated",
        "risk": review.risk.value,
        "risk_label": t["risk"][review.risk.value],
        "categories": " · ".join(t["category"][c] for c in review.categories),
        "category_ids": " ".join(review.categories),
        "certainty": certainty(review),
        "meta": " · ".join(meta for meta in _meta(review, t, r)),
        "segments": [{**s, "title": r.scrub(s["title"])} for s in segments(post.text, evidence, r.masks, r.label)] if redacted
                    else segments(post.text, evidence),
        "reasons": reasons,
        "priority_reasons": [{"text": reason_text(code, t), "dir": _direction(code), "dir_label": t.get(_direction(code), "")}
                             for code in review.priority_reasons],
        "clauses": [_card_clause(c, pack["jurisdiction"], lang) for c in review.clauses],
        "actions": [{"text": action_text(a, t, r.scrub), "label": t["option"] if a.alternative else t["suggested"], "alternative": a.alternative}
                    for a in review.actions],
        "url": url,
        "link_note": t["link_hidden"] if redacted and post.url and url is None and safe_url(post.url) else t["no_link"],
    }


@cache
def _card_clause(clause_id: str, jurisdiction: str, lang: str) -> dict[str, str]:
    """A clause on a card (the same few clauses repeat on thousands of cards)."""
    return _clause_view(clause_id, policy_pack(jurisdiction), lang, short=True)


def certainty(review: Review) -> str:
    """"borderline" when the model only just flagged the post for every category it is flagged for, else "clear"."""
    return "borderline" if review.borderline else "clear"


def _direction(code: str) -> str:
    """Does this reason raise or lower the priority ("up", "down"), or set its base?"""
    name = code.partition(":")[0]
    return "up" if name in RAISES else "down" if name in LOWERS else "base"


def _filters(cards: list[dict[str, Any]], audit: Audit, t: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """The options of each filter: only values that occur, with their counts."""
    labels = platform_labels()
    by = {"category": {}, "risk": {}, "certainty": {}, "platform": {}, "year": {}}
    for c in cards:
        for cat in c["category_ids"].split():
            by["category"][cat] = by["category"].get(cat, 0) + 1
        for key, value in (("risk", c["risk"]), ("certainty", c["certainty"]), ("platform", c["platform_id"]), ("year", c["year"])):
            by[key][value] = by[key].get(value, 0) + 1
    names = {"category": t["category"], "risk": t["risk"], "certainty": t["certainty"], "platform": labels, "year": {"undated": t["undated"]}}
    order = {"category": lambda kv: -kv[1], "risk": lambda kv: kv[0] != "inappropriate", "certainty": lambda kv: kv[0] != "clear",
             "platform": lambda kv: -kv[1],
             "year": lambda kv: "0" if kv[0] == "undated" else kv[0]}
    out = {}
    for key, counts in by.items():
        items = sorted(counts.items(), key=order[key], reverse=key == "year")
        out[key] = [(value, f"{names[key].get(value, value)} ({n})") for value, n in items]
    return out


def _files(deletion: list[str], t: dict[str, Any]) -> list[str]:
    """What the files next to the report are for."""
    what = t["deletion_what"]
    lists = [t["file_deletion"].format(name=name, what=what.get(name, what["other"])) for name in deletion]
    return [t["file_checklist"], t["file_findings"], *lists, *([t["deletion_review_first"]] if lists else [])]


def page(audit: Audit, lang: str, redacted: bool = False, today: date | None = None,
         deletion: list[str] | None = None) -> dict[str, Any]:
    """Everything the report template needs; `deletion` names the deletion lists written next to the page."""
    t = catalogue(lang)
    ctx = audit.run["context"]
    pack = policy_pack(ctx["jurisdiction"])
    owner = redact.Owner.of(audit) if redacted else redact.Owner()
    total = len(audit.reviews)
    cards = [card(r, i, total, lang, pack, owner, redacted) for i, r in enumerate(audit.reviews, 1)]
    since = date.fromisoformat(ctx["since"]) if ctx.get("since") else None
    problems = [
        {"kind": t["problem_kind"][str(p.kind)], "file": p.file + (f" {p.locator}" if p.locator else ""), "reason": p.reason, "records": p.records}
        for p in audit.problems
    ]
    generated = str(audit.run.get("generated_at", ""))[:10] or (today or date.today()).isoformat()
    return {
        "lang": lang,
        "t": t,
        "redacted": redacted,
        "context_line": " · ".join(t["label_value"].format(label=label, value=value) for label, value in (
            (t["context"], ", ".join(ctx["employers"]) or t["not_given"]), (t["role"], t["roles"][ctx["role"]]),
            (t["jurisdiction"], pack["label"][lang]), (t["since"], ctx["since"] or t["not_given"]),
        )),
        "overview": overview(audit, t, platform_labels(), since, elections_for(ctx["jurisdiction"])),
        "general_clauses": [_clause_view(c, pack, lang, short=True) for c in pack["general"]],
        "sources": sources(pack, lang),
        "files": _files(deletion or [], t),
        "cards": cards,
        "filters": _filters(cards, audit, t),
        "shown_template": t["shown"],
        "problems": problems,
        "footer": t["generated"].format(date=generated, version=audit.run["version"]),
    }
