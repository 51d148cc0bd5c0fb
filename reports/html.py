"""The HTML report: Jinja2 with autoescape and StrictUndefined, CSS inlined, a CSP that forbids every load."""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources

import jinja2
from markupsafe import Markup

from footprint.model import Audit
from reports.view import page


@cache
def _environment() -> jinja2.Environment:
    """One environment; autoescape is on for every template, undefined names are errors."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("reports", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def _css() -> str:
    """The stylesheet, inlined so the page loads nothing."""
    return resources.files("reports.static").joinpath("report.css").read_text(encoding="utf-8")


def _csp(css: str) -> str:
    """Nothing may load: no scripts, fonts, frames or connections; only this exact inline style."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    return f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"


def render_html(audit: Audit, lang: str) -> str:
    """The whole report as one self-contained HTML string (the CSS is ours, never user text)."""
    css = _css()
    return _environment().get_template("report.html.j2").render(css=Markup(css), csp=_csp(css), **page(audit, lang))
