"""Writing the report folder privately: folders are 0700 and every file 0600, whatever the umask."""

from __future__ import annotations

import os
from pathlib import Path

from footprint.errors import OutputError
from footprint.model import Audit
from reports.exports import checklist_csv, deletion_files, deletion_names
from reports.html import render_html
from reports.tables import audit_json, findings_csv
from reports.view import report_language

FILES = ("index.html", "findings.csv", "audit.json", "checklist.csv")
DELETION = "deletion"


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


def report_files(audit: Audit, lang: str, redacted: bool = False) -> dict[str, str]:
    """Every output as relative path -> text (deletion lists under deletion/, only when there is something to remove)."""
    deletion = deletion_files(audit, lang, redacted)
    contents = {
        "index.html": render_html(audit, lang, redacted, deletion=list(deletion)),
        "findings.csv": findings_csv(audit, lang, redacted),
        "audit.json": audit_json(audit, lang, redacted),
        "checklist.csv": checklist_csv(audit, lang, redacted),
    }
    contents.update({f"{DELETION}/{name}": text for name, text in deletion.items()})
    return contents


def write_report(audit: Audit, out: Path, lang: str | None = None, redacted: bool = False) -> dict[str, Path]:
    """index.html, findings.csv, audit.json, checklist.csv and deletion/* in `out`; returns their paths.

    Stale deletion lists from an earlier run are removed, so the folder always matches this report.
    """
    lang = report_language(audit, lang)
    contents = report_files(audit, lang, redacted)
    _private_dir(out)
    stale = out / DELETION
    if stale.is_dir():  # only lists this tool writes, never anything else the user put there
        for old in stale.iterdir():
            if old.is_file() and old.name in deletion_names() and f"{DELETION}/{old.name}" not in contents:
                old.unlink()
    paths = {}
    for name, text in contents.items():
        path = out / name
        if path.parent != out:
            _private_dir(path.parent)
        _write_private(path, text)
        paths[name] = path
    return paths
