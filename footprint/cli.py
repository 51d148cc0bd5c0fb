"""The command line: thin commands over pipeline and reports; data on stdout or files, progress on stderr."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from footprint import __version__
from footprint.context import CONFIG_NAME, JURISDICTIONS, REPORT_LANGS, ROLES, Context, build_context, find_config
from footprint.errors import FootprintError, UsageError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Private, offline review of your own social-media exports for public-service policies. "
    "Nothing is sent anywhere; private messages are never read.",
)

EXIT_INTERNAL = 70

PathsArg = Annotated[list[Path], typer.Argument(help="Exports: .zip files, unzipped folders, or a folder holding several.", show_default=False)]


def _context(config: Optional[Path], employer: list[str], role: Optional[str], jurisdiction: Optional[str],
             since: Optional[str], handle: list[str], tz: Optional[str], lang: Optional[str]) -> Context:
    """footprint.toml (given, or in the current folder) then the flags."""
    if config is not None and not config.is_file():
        raise UsageError(f"{config}: no such configuration file", f"create it or leave out --config; see README for {CONFIG_NAME}")
    config = config or find_config(Path.cwd())
    return build_context(config, employers=employer, role=role, jurisdiction=jurisdiction, since=since, handles=handle, tz=tz, lang=lang)


def _progress(quiet: bool):
    """A progress callable on stderr, or None when quiet or not a terminal."""
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.console import Console

    status = Console(stderr=True).status("reading exports…")
    status.start()

    def update(stage: str, done: int) -> None:
        status.update(f"{stage}: {done:,} posts")

    return update, status


@app.command()
def audit(
    paths: PathsArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for index.html, findings.csv, audit.json (created private).")] = Path("footprint-report"),
    employer: Annotated[list[str], typer.Option("--employer", help="Employer name or acronym, FR or EN; repeat for each (e.g. EDSC, ESDC).")] = [],
    role: Annotated[Optional[str], typer.Option(help=f"Target role: {', '.join(ROLES)}.")] = None,
    jurisdiction: Annotated[Optional[str], typer.Option(help=f"Policies to apply: {', '.join(JURISDICTIONS)}.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Date you joined the public service, YYYY-MM-DD.")] = None,
    handle: Annotated[list[str], typer.Option("--handle", help="Your own handle(s); repeat for each.")] = [],
    tz: Annotated[Optional[str], typer.Option(help="Your time zone for work hours (default America/Toronto).")] = None,
    lang: Annotated[Optional[str], typer.Option(help=f"Report language: {', '.join(REPORT_LANGS)} (default: the majority language of your posts).")] = None,
    config: Annotated[Optional[Path], typer.Option(help=f"A {CONFIG_NAME} with the same settings (default: ./{CONFIG_NAME} if present).")] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Processes for language and detection (default: the number of cores).", show_default=False)] = None,
    redact: Annotated[bool, typer.Option("--redact", help="Mask detected personal information and other people's names and handles in every output.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary on stderr.")] = False,
) -> None:
    """Audit exports and write a private report (index.html, checklist.csv, deletion lists, findings.csv, audit.json) to --out."""
    from footprint.pipeline import audit as run_audit
    from reports.output import write_report

    ctx = _context(config, employer, role, jurisdiction, since, handle, tz, lang)
    update, status = _progress(quiet)
    try:
        result = run_audit(paths, ctx, update, jobs=jobs or _cores())
    finally:
        if status is not None:
            status.stop()
    written = write_report(result, out, ctx.lang, redacted=redact)
    if not quiet:
        records = result.counts.get("records", {})
        typer.echo(
            f"read {result.posts_read} posts ({records.get('duplicates', 0)} duplicates merged, "
            f"{records.get('problems', 0)} records not read, {len(result.problems)} problems listed); "
            f"flagged {len(result.reviews)}. Report: {written['index.html']}",
            err=True,
        )


def _cores() -> int:
    """Cores this process may use (the default number of batch workers)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _batch_progress(quiet: bool):
    """Rich bars on stderr for a batch (overall, and one per person being audited), or None."""
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    bars = Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[note]}"),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=True)
    overall = bars.add_task("people", total=None, note="")
    tasks: dict[str, int] = {}

    def on_event(what: str, person: str, data) -> None:
        if what == "planned":
            bars.update(overall, total=data, note=f"0/{data}")
            return
        if not bars.live.is_started:  # started once the workers exist: no thread is running when they fork
            bars.start()
        if what == "start":
            tasks[person] = bars.add_task(f"  {person}", total=None, note="starting")
        elif what == "progress" and person in tasks:
            bars.update(tasks[person], note=f"{data:,} posts")
        elif what == "finish":
            if person in tasks:
                bars.remove_task(tasks.pop(person))
            bars.advance(overall)
            task = bars.tasks[overall]
            bars.update(overall, note=f"{int(task.completed)}/{int(task.total or 0)}")

    return on_event, bars


@app.command()
def batch(
    folder: Annotated[Path, typer.Argument(help="A folder with one sub-folder (that person's archives and an optional footprint.toml) or one loose archive per person.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder: OUT/<person>/ reports, OUT/summary.csv and OUT/index.html (created private).")] = Path("footprint-batch"),
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Parallel workers (default: the number of cores).", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Audit everyone again, even people whose inputs, settings and versions have not changed.")] = False,
    lang: Annotated[str, typer.Option(help=f"Language of the batch index page: {', '.join(REPORT_LANGS)}. Each report's language comes from that person's footprint.toml, else their posts.")] = "en",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary on stderr.")] = False,
) -> None:
    """Audit many people: one report each in OUT/<person>/, counts in OUT/summary.csv and OUT/index.html.

    Unchanged people are skipped on a re-run. Exit code 8 when some people failed (the others finish; see summary.csv).
    """
    from footprint.batch import EXIT_SOME_FAILED, run_batch

    if lang not in REPORT_LANGS:
        raise UsageError(f"--lang {lang!r} is not one of {', '.join(REPORT_LANGS)}")
    on_event, bars = _batch_progress(quiet)
    try:
        result = run_batch(folder, out, jobs or _cores(), force, lang, on_event)
    finally:
        if bars is not None:
            bars.stop()
    if not quiet:
        status = {s: sum(1 for r in result.rows if r["status"] == s) for s in ("done", "unchanged", "failed")}
        for row in result.failed:
            typer.echo(f"failed: {row['person']}: {row['reason']}", err=True)
        typer.echo(f"{len(result.rows)} people: {status['done']} done, {status['unchanged']} unchanged, "
                   f"{status['failed']} failed. Summary: {out / 'summary.csv'}", err=True)
    if result.failed:
        raise SystemExit(EXIT_SOME_FAILED)  # not typer.Exit: main() runs the app with standalone_mode=False


@app.command()
def posts(paths: PathsArg) -> None:
    """Print every post read from the exports as JSON lines (problems go to stderr)."""
    from collections import Counter

    from footprint.language import with_language
    from footprint.pipeline import read_posts

    problems: list = []
    out = sys.stdout
    for post in read_posts(paths, problems, Counter()):
        post = with_language(post)
        out.write(json.dumps({
            "platform": post.platform, "id": post.id, "kind": str(post.kind),
            "created_at": post.created_at.isoformat() if post.created_at else None,
            "author_is_owner": post.author_is_owner, "author": post.author, "url": post.url, "lang": post.lang,
            "audience": post.audience, "deleted": post.deleted, "in_reply_to": post.in_reply_to,
            "label": post.label, "metrics": dict(post.metrics), "source": post.source, "text": post.text,
        }, ensure_ascii=False) + "\n")
    for problem in problems:
        typer.echo(f"{problem.kind}: {problem.file} {problem.locator} {problem.reason}".replace("  ", " "), err=True)


@app.command()
def platforms() -> None:
    """List the supported platforms and the files that identify their exports."""
    from footprint.platforms import all_platforms

    for platform in all_platforms():
        typer.echo(f"{platform.NAME}\t{platform.LABEL}\t{', '.join(platform.MARKERS)}")


@app.command()
def detectors() -> None:
    """List the detectors: name, category, languages and version."""
    from classifiers.registry import all_detectors

    for detector in all_detectors():
        typer.echo(f"{detector.name}\t{detector.category}\t{','.join(detector.languages)}\t{detector.version}")


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    """Run the app; errors become one line on stderr and a deliberate exit code, never a traceback."""
    try:
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:  # typer returns Exit codes (Ctrl-C: 130) in this mode instead of raising
            if code == 130:
                typer.echo("interrupted", err=True)
            sys.exit(code)
    except FootprintError as exc:
        typer.echo(exc.one_line(), err=True)
        sys.exit(exc.exit_code)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", getattr(exc, "code", 0))
        sys.exit(code or 0)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug: say so in one line, no local variables or post text
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if os.environ.get("FOOTPRINT_DEBUG"):
            raise
        typer.echo(f"error: internal error ({type(exc).__name__}). Please report it; rerun with FOOTPRINT_DEBUG=1 for details.", err=True)
        sys.exit(EXIT_INTERNAL)
