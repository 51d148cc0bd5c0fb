"""Many people at once: one private report per person, a summary of counts, parallel and resumable.

`DIR/<person>/` (that person's archives, any platforms, an optional footprint.toml) and every
loose archive at the top of DIR are people. A person is audited again only when the content of
their input files, their context or the footprint version changed (`--force` redoes everyone).
One person's failure is a row in the summary, never the end of the batch.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from footprint import __version__
from footprint.context import CONFIG_NAME, Context, build_context, find_config
from footprint.errors import CorruptArchiveError, FootprintError, InputNotFoundError, NotAnExportError, UsageError
from footprint.model import CATEGORIES, Audit, ProblemKind
from footprint.platforms._archive import is_junk, open_source

EXIT_SOME_FAILED = 8  # the batch ran to the end but at least one person has no report (see summary.csv)
STATE = ".footprint-batch.json"  # in OUT/<person>/: the input digest and the summary row of the last good run
RISKS = ("appropriate", "risky", "inappropriate")
COLUMNS = [
    "person", "status", "reason", "platforms", "posts_read", "duplicates", "records_not_read", "problems_listed",
    "flagged", *(f"flagged_{c}" for c in CATEGORIES), *(f"risk_{r}" for r in RISKS), "borderline", "seconds", "report",
]
Event = Callable[[str, str, Any], None]  # (what, person, data): "start", "progress" (posts), "finish" (row)


@dataclass(frozen=True)
class Person:
    """One person of the batch: where their exports are and the settings that apply to them."""

    name: str  # the output folder name, unique in the batch
    path: Path  # their folder, or a loose archive
    config: Path | None  # the footprint.toml that applies (their own, else the batch's)
    problem: str | None = None  # why they cannot be audited, known before any work (empty folder)


@dataclass(frozen=True)
class Job:
    """What a worker needs to audit one person (picklable)."""

    person: Person
    ctx: Context
    digest: str
    dest: Path
    size: int = 0  # bytes of input: the biggest people are started first, so no worker idles at the end


@dataclass
class BatchResult:
    """Every person's summary row, in folder order."""

    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed(self) -> list[dict[str, Any]]:
        return [r for r in self.rows if r["status"] == "failed"]


def discover(root: Path, out: Path) -> list[Person]:
    """The people of a batch folder: sub-folders and loose archives (not junk, README, settings or OUT)."""
    if not root.exists():
        raise InputNotFoundError(f"{root}: no such folder")
    if not root.is_dir():
        raise UsageError(f"{root}: batch takes a folder holding one sub-folder or archive per person", "use `footprint audit` for one person")
    top_config = find_config(root)
    out = out.resolve()
    kids = [k for k in sorted(root.iterdir()) if not (is_junk(k.name) or k.name.startswith("."))]
    for kid in kids:
        if kid.is_dir() and out != kid.resolve() and out.is_relative_to(kid.resolve()):
            raise UsageError(f"{out}: the output folder is inside {kid.name}'s folder", "choose an output folder outside the people's folders")
    kids = [k for k in kids if k.resolve() != out and k.name != CONFIG_NAME and not k.name.upper().startswith("README")]
    taken = [k.name if k.is_dir() else k.stem for k in kids]
    people = []
    for kid in kids:
        if kid.is_dir():
            empty = not any(n != CONFIG_NAME and not is_junk(n) for _, _, names in os.walk(kid) for n in names)
            people.append(Person(kid.name, kid, find_config(kid) or top_config, "empty folder: no export in it" if empty else None))
        else:
            name = kid.stem if taken.count(kid.stem) == 1 and kid.stem else kid.name
            people.append(Person(name, kid, top_config))
    return people


def _input_size(root: Path) -> int:
    """Bytes of a person's input files (0 for what cannot be read: the audit will say why)."""
    try:
        if root.is_file():
            return root.stat().st_size
        return sum((Path(d) / n).stat().st_size for d, _, names in os.walk(root) for n in names)
    except OSError:
        return 0


def input_digest(person: Person, ctx: Context) -> str:
    """sha256 of the footprint and detector versions, the text model, the context and every input file's path and content."""
    from classifiers.registry import all_detectors
    from classifiers.textmodel import model_identity

    digest = hashlib.sha256(f"footprint {__version__}\n".encode())
    digest.update(" ".join(f"{d.name}={d.version}" for d in all_detectors()).encode())
    digest.update(model_identity().encode())  # a retrained model (same detector versions) redoes everyone
    digest.update(json.dumps(dataclasses.asdict(ctx), sort_keys=True, default=str).encode())
    root = person.path
    files = [root] if root.is_file() else sorted(Path(d) / n for d, _, names in os.walk(root) for n in names)
    for path in files:
        rel = path.relative_to(root).as_posix() if path != root else path.name
        try:
            with open(path, "rb") as handle:
                content = hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError as exc:  # the audit will report it; a fixed permission changes the digest
            content = f"unreadable:{exc.errno}"
        digest.update(f"\n{rel}\0{content}".encode())
    return digest.hexdigest()


def _row(person: Person, status: str, reason: str = "", **values: Any) -> dict[str, Any]:
    """A summary row with every column present (counts 0 when unknown)."""
    row: dict[str, Any] = {c: 0 for c in COLUMNS}
    row.update(person=person.name, status=status, reason=reason, platforms="", report="")
    row.update(values)
    return row


def _file_notes(audit: Audit) -> str:
    """Files skipped or unreadable in a person's exports, by name, for the summary's reason column."""
    skipped = [p for p in audit.problems if p.kind in (ProblemKind.UNSUPPORTED, ProblemKind.BAD_FILE)]
    names = [f"{Path(p.file.split('!')[-1]).name} ({'not an export' if p.kind is ProblemKind.UNSUPPORTED else 'not fully read'})" for p in skipped]
    more = f" and {len(names) - 3} more" if len(names) > 3 else ""
    return f"files skipped: {', '.join(names[:3])}{more}" if names else ""


def audit_row(person: Person, audit: Audit, seconds: float) -> dict[str, Any]:
    """Counts only: never a post's text."""
    counts = audit.counts
    records = counts.get("records", {})
    values: dict[str, Any] = {
        "platforms": " ".join(sorted(counts.get("platform", {}))), "posts_read": audit.posts_read,
        "duplicates": records.get("duplicates", 0), "records_not_read": records.get("problems", 0),
        "problems_listed": len(audit.problems), "flagged": len(audit.reviews),
        "seconds": round(seconds, 2), "report": f"{person.name}/index.html",
    }
    values.update({f"flagged_{c}": counts.get("category", {}).get(c, 0) for c in CATEGORIES})
    values.update({f"risk_{r}": counts.get("risk", {}).get(r, 0) for r in RISKS})
    values["borderline"] = counts.get("certainty", {}).get("borderline", 0)
    return _row(person, "done", _file_notes(audit), **values)


def failure_reason(person: Person, exc: BaseException) -> str:
    """One line saying why a person has no report; only our own messages, never post text."""
    if isinstance(exc, NotAnExportError):
        return _why_no_export(person.path)
    if isinstance(exc, FootprintError):
        return str(exc).replace(str(person.path), person.path.name).replace("\n", " ")
    return f"internal error ({type(exc).__name__}); please report it"


def _why_no_export(path: Path) -> str:
    """The likeliest reason a path held no export: a damaged zip, else what was there instead."""
    kids = [path] if path.is_file() else sorted(k for k in path.iterdir() if not is_junk(k.name) and k.name != CONFIG_NAME)
    for kid in kids:
        try:
            open_source(kid)
        except (CorruptArchiveError, InputNotFoundError) as exc:
            return str(exc).replace(str(kid), kid.name)
    names = ", ".join(k.name for k in kids[:3]) + (" …" if len(kids) > 3 else "")
    return f"no export of a supported platform found ({names}); see `footprint platforms`"


def load_state(dest: Path) -> dict[str, Any] | None:
    """The last good run's digest and row, if its report is still complete."""
    try:
        state = json.loads((dest / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and (dest / "index.html").is_file() else None


def save_state(dest: Path, digest: str, row: dict[str, Any]) -> None:
    """Written last, after the report: a run interrupted before it is redone next time."""
    from reports.output import _write_private

    _write_private(dest / STATE, json.dumps({"digest": digest, "row": row}, ensure_ascii=False))


def clear_state(dest: Path) -> None:
    """Forget the last good run before redoing a person (a failure then leaves no stale claim)."""
    try:
        (dest / STATE).unlink()
    except FileNotFoundError:
        pass


def plan(root: Path, out: Path, force: bool) -> tuple[list[dict[str, Any] | Job], list[Job]]:
    """Each person as a finished row (failed early, or unchanged) or a Job to run; the Jobs apart."""
    if (top := find_config(root)) is not None:
        build_context(top)  # a broken batch-wide footprint.toml stops the batch before any work
    entries: list[dict[str, Any] | Job] = []
    for person in discover(root, out):
        if person.problem:
            entries.append(_row(person, "failed", person.problem))
            continue
        try:
            ctx = build_context(person.config)
        except FootprintError as exc:
            entries.append(_row(person, "failed", failure_reason(person, exc)))
            continue
        dest = out / person.name
        digest = input_digest(person, ctx)
        state = None if force else load_state(dest)
        if state and state.get("digest") == digest:
            # a row saved by an older footprint may lack a column: 0, as for any count unknown
            entries.append({**{c: 0 for c in COLUMNS}, **state["row"], "person": person.name, "status": "unchanged", "seconds": 0})
        else:
            entries.append(Job(person, ctx, digest, dest, _input_size(person.path)))
    return entries, [e for e in entries if isinstance(e, Job)]


def summary_csv(rows: list[dict[str, Any]]) -> str:
    """summary.csv: counts only; cells a spreadsheet would run as a formula are prefixed with '."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("'" + v if isinstance(v, str) and v.startswith(("=", "+", "-", "@", "\t", "\r")) else v) for k, v in row.items()})
    return buffer.getvalue()


def run_batch(root: Path, out: Path, jobs: int = 1, force: bool = False, lang: str = "en",
              on_event: Event | None = None) -> BatchResult:
    """Audit every person of `root` into `out/<person>/`, then write out/summary.csv and out/index.html."""
    from footprint.workers import run_jobs
    from reports.batch_page import render_batch_index
    from reports.output import _private_dir, _write_private

    entries, todo = plan(root, out, force)
    _private_dir(out)
    if on_event is not None:
        on_event("planned", "", len(todo))
    done: dict[str, dict[str, Any]] = {}
    try:
        run_jobs(sorted(todo, key=lambda j: -j.size), jobs, on_event, done)  # longest first; rows keep folder order
    finally:  # interrupted: the summary still says who is done; the rest is redone next time
        rows = [done.get(e.person.name) or _finished_unseen(e) if isinstance(e, Job) else e for e in entries]
        _write_private(out / "summary.csv", summary_csv(rows))
        _write_private(out / "index.html", render_batch_index(rows, lang))
    return BatchResult(rows)


def _finished_unseen(job: Job) -> dict[str, Any]:
    """A job the batch did not collect: done if its worker saved the report before the interruption."""
    state = load_state(job.dest)
    if state and state.get("digest") == job.digest and isinstance(state.get("row"), dict):
        return state["row"]
    return _row(job.person, "failed", "not audited: the batch was interrupted")


def audit_person(job: Job, progress: Callable[[str, int], None] | None = None) -> dict[str, Any]:
    """Audit one person and write their report; any failure becomes their row (runs in a worker)."""
    from footprint import pipeline
    from reports.output import write_report

    started = time.perf_counter()
    try:
        clear_state(job.dest)
        result = pipeline.audit([job.person.path], job.ctx, progress)
        write_report(result, job.dest, job.ctx.lang)
        row = audit_row(job.person, result, time.perf_counter() - started)
        save_state(job.dest, job.digest, row)
        return row
    except Exception as exc:  # isolated: this person fails, the batch goes on
        return _row(job.person, "failed", failure_reason(job.person, exc), seconds=round(time.perf_counter() - started, 2))
