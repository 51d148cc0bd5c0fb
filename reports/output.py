"""Writing the report folder privately: the folder is 0700 and every file 0600, whatever the umask."""

from __future__ import annotations

import os
from pathlib import Path

from footprint.errors import OutputError
from footprint.model import Audit
from reports.html import render_html
from reports.tables import audit_json, findings_csv
from reports.view import report_language

FILES = ("index.html", "findings.csv", "audit.json")


def _private_dir(path: Path) -> None:
    """Create the folder (and parents) and make it owner-only."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        os.chmod(path, 0o700)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create a private output folder ({exc.strerror or exc})") from None


def _write_private(path: Path, text: str) -> None:
    """Write a file readable by its owner only, replacing it atomically."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def write_report(audit: Audit, out: Path, lang: str | None = None) -> dict[str, Path]:
    """index.html, findings.csv and audit.json in `out`; returns their paths."""
    lang = report_language(audit, lang)
    _private_dir(out)
    contents = {"index.html": render_html(audit, lang), "findings.csv": findings_csv(audit, lang), "audit.json": audit_json(audit, lang)}
    paths = {}
    for name in FILES:
        _write_private(out / name, contents[name])
        paths[name] = out / name
    return paths
