"""The HTML report: Jinja2 with autoescape and StrictUndefined, CSS and JS inlined, a CSP that forbids every load.

The stylesheet and the script are ours (never user text); the CSP allows exactly these two by their
SHA-256, so nothing else can run or style the page, even if markup slipped through.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import date
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
def _static(name: str) -> str:
    """A file of reports/static, inlined so the page loads nothing."""
    text = resources.files("reports.static").joinpath(name).read_text(encoding="utf-8")
    if "</" in text:  # would end the <style> or <script> element early
        raise ValueError(f"reports/static/{name} must not contain '</'")
    return text


def sha256(text: str) -> str:
    """The CSP source expression for one inline element."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def csp(css: str, js: str) -> str:
    """Nothing may load: no fonts, frames, connections or other scripts; only this stylesheet and this script."""
    return (f"default-src 'none'; style-src {sha256(css)}; script-src {sha256(js)}; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def render_html(audit: Audit, lang: str, redacted: bool = False, today: date | None = None,
                deletion: list[str] | None = None) -> str:
    """The whole report as one self-contained HTML string; `deletion` names the deletion lists written next to it."""
    from reports.exports import deletion_files

    css, js = _static("report.css"), _static("report.js")
    names = list(deletion_files(audit, lang, redacted)) if deletion is None else deletion
    data = page(audit, lang, redacted, today, names)
    return _environment().get_template("report.html.j2").render(css=Markup(css), js=Markup(js), csp=csp(css, js), **data)
