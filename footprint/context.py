"""Who is being audited and for what: read from an optional footprint.toml, then CLI flags win."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from footprint.errors import UsageError

ROLES = ("new-hire", "promotion", "executive")
JURISDICTIONS = ("federal", "manitoba", "quebec")
REPORT_LANGS = ("fr", "en")
CONFIG_NAME = "footprint.toml"


@dataclass(frozen=True, slots=True)
class Context:
    """The person's situation; detectors and the assessment read it, nothing writes it."""

    employers: tuple[str, ...] = ()  # names and acronyms, FR and EN ("EDSC", "ESDC"…)
    role: str = "new-hire"
    jurisdiction: str = "federal"
    since: date | None = None  # joined the public service
    handles: tuple[str, ...] = ()  # the person's own handles, without "@"
    tz: str = "America/Toronto"
    lang: str | None = None  # report language; None = majority language of the posts

    @property
    def zone(self) -> ZoneInfo:
        """The person's time zone, for work hours."""
        return ZoneInfo(self.tz)


def _check(ctx: Context, origin: str) -> Context:
    """Validate every field once, naming where the bad value came from."""
    if ctx.role not in ROLES:
        raise UsageError(f"{origin}: role {ctx.role!r} is not one of {', '.join(ROLES)}")
    if ctx.jurisdiction not in JURISDICTIONS:
        raise UsageError(f"{origin}: jurisdiction {ctx.jurisdiction!r} is not one of {', '.join(JURISDICTIONS)}")
    if ctx.lang is not None and ctx.lang not in REPORT_LANGS:
        raise UsageError(f"{origin}: lang {ctx.lang!r} is not one of {', '.join(REPORT_LANGS)}")
    try:
        ZoneInfo(ctx.tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"{origin}: unknown time zone {ctx.tz!r}", "use an IANA name such as America/Toronto") from None
    return ctx


def _parse_since(value: Any, origin: str) -> date | None:
    """Accept a TOML date or a YYYY-MM-DD string."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise UsageError(f"{origin}: since {value!r} is not a date", "write it as YYYY-MM-DD") from None


def _as_tuple(value: Any) -> tuple[str, ...]:
    """A TOML string or list of strings as a tuple, handles stripped of '@'."""
    items = [value] if isinstance(value, str) else list(value or ())
    return tuple(str(v).strip().lstrip("@") for v in items if str(v).strip())


def load_config(path: Path) -> Context:
    """Read a footprint.toml; unknown keys are an error so typos do not pass silently."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read ({exc.__class__.__name__})", "check the file's permissions") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML ({exc})", "fix the file or leave it out") from None
    person = data.get("person", data)
    known = {"employer", "employers", "role", "jurisdiction", "since", "handle", "handles", "tz", "lang"}
    unknown = sorted(set(person) - known - {"person"})
    if unknown:
        raise UsageError(f"{path}: unknown setting(s) {', '.join(unknown)}", f"accepted: {', '.join(sorted(known))}")
    ctx = Context(
        employers=_as_tuple(person.get("employers", person.get("employer"))),
        role=str(person.get("role", "new-hire")),
        jurisdiction=str(person.get("jurisdiction", "federal")),
        since=_parse_since(person.get("since"), str(path)),
        handles=_as_tuple(person.get("handles", person.get("handle"))),
        tz=str(person.get("tz", "America/Toronto")),
        lang=person.get("lang"),
    )
    return _check(ctx, str(path))


def build_context(config: Path | None = None, **flags: Any) -> Context:
    """footprint.toml first (if given or found), then every flag that was set replaces its value."""
    ctx = load_config(config) if config is not None else Context()
    changes: dict[str, Any] = {}
    for name, value in flags.items():
        if value in (None, (), []):
            continue
        if name in ("employers", "handles"):
            value = _as_tuple(value)
        elif name == "since":
            value = _parse_since(value, "--since")
        changes[name] = value
    return _check(replace(ctx, **changes), "command line" if changes else str(config or "defaults"))


def find_config(start: Path) -> Path | None:
    """The footprint.toml in a folder, if any (batch runs look per person, then at the top)."""
    candidate = start / CONFIG_NAME
    return candidate if candidate.is_file() else None
