"""The batch index page: one row of counts per person and a link to their report; never a post's text."""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from footprint import __version__
from footprint.model import CATEGORIES
from reports.view import catalogue


@cache
def _template() -> jinja2.Template:
    """The batch template; autoescape on, undefined names are errors (as for the reports)."""
    env = jinja2.Environment(loader=jinja2.PackageLoader("reports", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("batch.html.j2")


@cache
def _css() -> str:
    """The page's own stylesheet, inlined so the page loads nothing."""
    return resources.files("reports.static").joinpath("batch.css").read_text(encoding="utf-8")


def _csp(css: str) -> str:
    """Nothing may load or run; only this exact inline style."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    return f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"


@cache
def strings(lang: str) -> dict[str, Any]:
    """The batch page's interface strings (reports/i18n/batch.json)."""
    return json.loads(resources.files("reports.i18n").joinpath("batch.json").read_text(encoding="utf-8"))[lang]


def batch_page(rows: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    """Everything the batch template needs, built from summary rows."""
    t = strings(lang)
    labels = catalogue(lang).get("category", {})
    status = {s: sum(1 for r in rows if r["status"] == s) for s in ("done", "unchanged", "failed")}
    shown = [{
        "person": r["person"], "failed": r["status"] == "failed", "status": t["statuses"].get(r["status"], r["status"]), "reason": r["reason"],
        "posts_read": r["posts_read"], "flagged": r["flagged"], "risky": r["risk_risky"],
        "inappropriate": r["risk_inappropriate"], "borderline": r.get("borderline", 0), "records_not_read": r["records_not_read"],
        "href": quote(r["report"]) if r["report"] else "",
    } for r in rows]
    by_category = [(labels.get(c, c), sum(int(r[f"flagged_{c}"]) for r in rows)) for c in CATEGORIES]
    return {
        "lang": lang, "t": t, "rows": shown, "version": __version__,
        "totals": t["totals"].format(people=len(rows), **status),
        "by_category": [(name, n) for name, n in by_category if n],
    }


def render_batch_index(rows: list[dict[str, Any]], lang: str) -> str:
    """OUT/index.html of a batch, self-contained like every report (CSS inlined, nothing loads)."""
    css = _css()
    return _template().render(css=Markup(css), csp=_csp(css), **batch_page(rows, lang))
