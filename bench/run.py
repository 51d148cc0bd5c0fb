"""Speed and memory at scale (prints figures; not a test). Run bench/make_data.py first.

    python bench/run.py [--only big,render,batch] [--jobs-max 2] [--repeat 3]

- big: the 100,000-post X archive audited end to end (`footprint audit`, its own process: wall
  time and peak RSS), then again with every stage timed (read, language, detect, assess, render),
  a read-only pass for the reading stage's own peak RSS, and the floor: the same .js files only
  parsed whole by the fastest JSON reader here (orjson if it is importable, and json; both
  shown), garbage collector off, with our ratio to it;
- render: the report for 10,000 flagged posts (HTML alone, then all files with write_report);
- batch: `footprint batch` over 200 people with --jobs 1 and --jobs 2 (--force, --quiet),
  alternated `--repeat` times, the best of each kept (the machine may be busy with other work).

Every measurement runs in a fresh process, so peak RSS is that run's own: `ru_maxrss` via wait4, or,
when larger, the RSS of the process and its worker processes summed, sampled every 20 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _tree_rss_mb(pid: int) -> float:
    """RSS of a process and all its descendants, summed (shared pages counted in each: an upper bound)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total / 1024


def measure(args: list[str]) -> tuple[float, float, str]:
    """Run a command in its own process: (wall seconds, peak RSS in MB, stdout).

    The peak is the larger of the process's own ru_maxrss (wait4) and the sum of its and its
    worker processes' RSS, sampled every 20 ms while it runs (`footprint audit` detects on
    worker processes when the archive is big).
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err_file:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err_file, text=True, env=ENV, cwd=ROOT)
        tree_peak = 0.0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            tree_peak = max(tree_peak, _tree_rss_mb(proc.pid))
            time.sleep(0.02)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err_file.seek(0)
        err = err_file.read()
        out.seek(0)
        text = out.read()
    if proc.returncode not in (0, 8):
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {err[-2000:]}")
    return wall, max(usage.ru_maxrss / 1024, tree_peak), text


def me(*args: str) -> list[str]:
    """This script again, as a child process doing one measured part."""
    return [sys.executable, str(Path(__file__).resolve()), *args]


# ---- child parts -------------------------------------------------------------------------------

def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def part_stages(archive: str) -> None:
    """The real pipeline.audit with its stages wrapped in timers, then write_report; prints JSON."""
    from footprint import parallel, pipeline
    from footprint.context import Context
    from reports.output import write_report

    from footprint.model import Kind, Post

    warm = Post("x", "0", None, "Bonjour tout le monde, hello everyone", Kind.POST, True, lang="fr")
    load = time.perf_counter()
    pipeline.detect_batch([warm], Context(), pipeline.all_detectors())  # models loaded before timing the stages
    load = time.perf_counter() - load
    spent = {"read": 0.0, "language": 0.0, "detect": 0.0, "assess": 0.0}
    real_read, real_lang, real_detect, real_assess = pipeline.read_posts, parallel.with_language, parallel.detect_batch, pipeline.assess

    def read_posts(*a, **k):
        items = real_read(*a, **k)
        while True:
            t = time.perf_counter()
            try:
                post = next(items)
            except StopIteration:
                spent["read"] += time.perf_counter() - t
                return
            spent["read"] += time.perf_counter() - t
            yield post

    def timed(name, fn):
        def wrapper(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[name] += time.perf_counter() - t
        return wrapper

    pipeline.read_posts = read_posts
    parallel.with_language = timed("language", real_lang)  # stages are timed in one process (jobs=1)
    parallel.detect_batch = timed("detect", real_detect)
    pipeline.assess = timed("assess", real_assess)
    start = time.perf_counter()
    audit = pipeline.audit([Path(archive)], Context(employers=("EDSC", "ESDC")))
    total = time.perf_counter() - start
    peak_audit = _peak_mb()
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        write_report(audit, Path(out))
        spent["render"] = time.perf_counter() - t
    spent["loop"] = total - sum(v for k, v in spent.items() if k != "render")  # counting, batching, sorting
    spent["models"] = load
    print(json.dumps({"spent": spent, "posts": audit.posts_read, "flagged": len(audit.reviews),
                      "peak_audit_mb": peak_audit, "peak_mb": _peak_mb()}))


def part_read(archive: str) -> None:
    """Reading only: every post parsed and dropped."""
    from collections import Counter

    from footprint.pipeline import read_posts

    start = time.perf_counter()
    posts = sum(1 for _ in read_posts([Path(archive)], [], Counter()))
    print(json.dumps({"posts": posts, "seconds": time.perf_counter() - start}))


def part_floor(archive: str, lib: str) -> None:
    """Every .js member read from the zip and parsed whole by one JSON library, garbage collector off."""
    import gc
    import zipfile

    gc.disable()
    loads = __import__(lib).loads
    start = time.perf_counter()
    records = 0
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            if name.endswith(".js"):
                data = zf.read(name)
                value = loads(data[data.index(b"=") + 1 :])
                records += len(value) if isinstance(value, list) else 1
                del data, value
    print(json.dumps({"records": records, "seconds": time.perf_counter() - start}))


def part_render(archive: str) -> None:
    """Audit the all-flagged archive, then time the HTML and the whole report folder."""
    from footprint.context import Context
    from footprint.pipeline import audit
    from reports.html import render_html
    from reports.output import write_report

    result = audit([Path(archive)], Context(employers=("EDSC", "ESDC")))
    start = time.perf_counter()
    html = render_html(result, "en")
    html_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        write_report(result, Path(out), "en")
        all_s = time.perf_counter() - start
    print(json.dumps({"flagged": len(result.reviews), "html_s": html_s, "html_mb": len(html.encode()) / 1e6, "all_s": all_s, "peak_mb": _peak_mb()}))


# ---- the report ----------------------------------------------------------------------------------

def row(stage: str, seconds: float, posts: int | None, peak: float | None, note: str = "") -> None:
    rate = f"{posts / seconds:10,.0f}" if posts and seconds > 0 else f"{'':>10}"
    mem = f"{peak:8.0f}" if peak is not None else f"{'':>8}"
    print(f"{stage:34s} {seconds:8.2f} {rate} {mem}  {note}")


def header(title: str) -> None:
    print(f"\n== {title}   (load average {os.getloadavg()[0]:.1f})")
    print(f"{'stage':34s} {'seconds':>8s} {'posts/s':>10s} {'peak MB':>8s}")


def bench_big(archive: Path, repeat: int) -> None:
    header(f"{archive.name}: one person, end to end")
    runs = [measure([sys.executable, "-m", "footprint", "audit", str(archive), "-o", tempfile.mkdtemp(), "-q"]) for _ in range(repeat)]
    wall, peak, _ = min(runs)
    _, _, out = measure(me("--part", "stages", str(archive)))
    stages = json.loads(out)
    posts = stages["posts"]
    read_wall, read_peak, out = measure(me("--part", "read", str(archive)))
    row("footprint audit (whole command)", wall, posts, peak, f"best of {repeat}; target <= 20 s and <= 1024 MB")
    spent = stages["spent"]
    row("  read (parse, de-duplicate)", spent["read"], posts, read_peak, "peak: read-only run")
    for name in ("language", "detect", "assess"):
        row(f"  {name}", spent[name], posts, None)
    row("  render (html, csv, json)", spent["render"], stages["flagged"], stages["peak_mb"], f"{stages['flagged']:,} flagged; peak: whole run")
    row("  loading the models", spent["models"], None, None)
    row("  the rest (counts, batching, sorting)", spent["loop"], None, None)
    floor = {}
    for lib in ("orjson", "json"):
        try:
            __import__(lib)
        except ImportError:
            continue
        floor_wall, floor_peak, out = measure(me("--part", "floor", str(archive), lib))
        floor[lib] = json.loads(out)["seconds"]
        row(f"floor: {lib}.loads whole files", floor[lib], posts, floor_peak, "gc off; zip read included")
    best = min(floor.values())
    print(f"ratio read / floor: {spent['read'] / best:.1f}x   end to end / floor: {wall / best:.1f}x   posts read: {posts:,}")


def bench_render(archive: Path) -> None:
    header(f"{archive.name}: report rendering")
    _, _, out = measure(me("--part", "render", str(archive)))
    r = json.loads(out)
    row("render_html", r["html_s"], r["flagged"], None, f"{r['flagged']:,} flagged, {r['html_mb']:.0f} MB of HTML; target < 3 s")
    row("write_report (html, csv, json)", r["all_s"], r["flagged"], r["peak_mb"], "peak: whole run incl. the audit")


def bench_batch(folder: Path, jobs_max: int, repeat: int) -> None:
    people = sum(1 for p in folder.iterdir() if p.is_dir())
    header(f"{folder.name}/: {people} people")
    times: dict[int, float] = {}
    peaks: dict[int, float] = {}
    out = tempfile.mkdtemp()
    for _ in range(repeat):  # alternate the settings; the best of each (this machine may be shared)
        for jobs in range(1, jobs_max + 1):
            wall, peak, _ = measure([sys.executable, "-m", "footprint", "batch", str(folder), "-o", out, "--jobs", str(jobs), "--force", "-q"])
            times[jobs], peaks[jobs] = min(times.get(jobs, wall), wall), peak
    for jobs in range(1, jobs_max + 1):
        row(f"footprint batch --jobs {jobs}", times[jobs], None, peaks[jobs], f"{people / times[jobs]:.1f} people/s; best of {repeat}; peak: its processes summed")
    if jobs_max > 1:
        print(f"speed-up --jobs {jobs_max} vs --jobs 1: {times[1] / times[jobs_max]:.2f}x (target >= 1.7x)")
    wall, _, _ = measure([sys.executable, "-m", "footprint", "batch", str(folder), "-o", out, "-q"])
    row("re-run, nothing changed (resume)", wall, None, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="big,render,batch")
    parser.add_argument("--jobs-max", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the whole audit and of each batch setting (the best counts)")
    parser.add_argument("--part", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:
        name, *rest = args.part
        globals()[f"part_{name}"](*rest)
        return
    missing = [p for p in (DATA / "x-big.zip", DATA / "x-flagged.zip", DATA / "batch") if not p.exists()]
    if missing:
        raise SystemExit(f"missing {', '.join(map(str, missing))}: run python bench/make_data.py first")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    only = set(args.only.split(","))
    if "big" in only:
        bench_big(DATA / "x-big.zip", args.repeat)
    if "render" in only:
        bench_render(DATA / "x-flagged.zip")
    if "batch" in only:
        bench_batch(DATA / "batch", args.jobs_max, args.repeat)


if __name__ == "__main__":
    main()
