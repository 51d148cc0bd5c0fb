"""audit(paths, ctx) -> Audit: read, de-duplicate, detect language, detect, assess. No output I/O.

Posts stream through one at a time; only flagged posts are kept, so memory grows with the
number of findings, not with the size of the archive.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from classifiers.base import Detector
from classifiers.registry import all_detectors
from footprint import __version__
from footprint.assess import assess
from footprint.context import Context
from footprint.model import Audit, Finding, Kind, Post, Problem, ProblemKind, Review
from footprint.parallel import detect_batch, detect_batches
from footprint.platforms import gather

Progress = Callable[[str, int], None]  # (what is being read, posts so far)
BATCH = 512  # posts per detection batch: bounded memory, vectorised models
OWN_FIELDS = {"display_name": "names", "name": "names", "handle": "handles", "twitter_handles": "handles"}  # profile labels


def read_posts(paths: Iterable[Path], problems: list[Problem], stats: Counter) -> Iterator[Post]:
    """Every unique post of every archive; problems and duplicates are counted, not dropped silently."""
    inputs = gather(list(paths))
    problems.extend(inputs.problems)
    seen: set[str] = set()
    for name, (platform, archive) in sorted(inputs.archives.items()):
        stats[f"archives:{name}"] += len(archive.sources)
        try:
            for item in platform.parse(archive):
                if isinstance(item, Problem):
                    problems.append(item)
                    continue
                stats["records"] += 1
                if item.key in seen:  # the same record delivered twice (several archives or parts)
                    stats["duplicates"] += 1
                    continue
                seen.add(item.key)
                yield item
        except Exception as exc:  # a parser bug must not lose the other platforms; no post text is shown
            problems.append(Problem(ProblemKind.BAD_FILE, archive.label, f"internal error while reading ({type(exc).__name__}); please report it", records=0))


def detect(post: Post, ctx: Context, detectors: Iterable[Detector]) -> list[Finding]:
    """Every detector's findings for one post."""
    return detect_batch([post], ctx, detectors)[0]


def _batches(posts: Iterable[Post], size: int) -> Iterator[list[Post]]:
    """Posts in lists of `size`, so model detectors vectorise many texts at once."""
    batch: list[Post] = []
    for post in posts:
        batch.append(post)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _count(counts: dict[str, Counter], post: Post) -> None:
    """Tally one post by platform, kind, platform and kind together, year and language."""
    counts["platform"][post.platform] += 1
    counts["kind"][str(post.kind)] += 1
    counts["platform_kind"][f"{post.platform}/{post.kind}"] += 1
    counts["year"][str(post.created_at.year) if post.created_at else "undated"] += 1
    counts["lang"][post.lang or "und"] += 1


def _own(owner: dict[str, set[str]], post: Post) -> None:
    """The person's own names and handles, from their profile entries: a redacted copy keeps them readable."""
    field = OWN_FIELDS.get(post.label or "") if post.kind is Kind.PROFILE and post.author_is_owner else None
    if field:
        values = re.split(r"[\s,;\[\]]+", post.text) if field == "handles" else [post.text.strip()]
        owner[field].update(v.lstrip("@") for v in values if v.lstrip("@"))


def audit(paths: Iterable[Path], ctx: Context, progress: Progress | None = None,
          detectors: Iterable[Detector] | None = None, jobs: int = 1) -> Audit:
    """The whole audit of one person's archives, in memory; `jobs` > 1 detects on that many worker processes."""
    detectors = tuple(all_detectors() if detectors is None else detectors)
    problems: list[Problem] = []
    stats: Counter = Counter()
    counts: dict[str, Counter] = defaultdict(Counter)
    reviews: list[Review] = []
    owner: dict[str, set[str]] = defaultdict(set)
    read = 0
    for batch, found in detect_batches(_batches(read_posts(paths, problems, stats), BATCH), ctx, detectors, jobs):
        for post, findings in zip(batch, found):
            read += 1
            _count(counts, post)
            _own(owner, post)
            if findings:
                review = assess(post, findings, ctx)
                reviews.append(review)
                for category in review.categories:
                    counts["category"][category] += 1
                counts["risk"][str(review.risk)] += 1
                counts["certainty"]["borderline" if review.borderline else "clear"] += 1
        if progress is not None:
            progress("reading", read)
    if progress is not None:
        progress("done", read)
    reviews.sort(key=lambda r: (-r.priority, r.post.created_at or datetime.min.replace(tzinfo=timezone.utc), r.post.key))
    lost = sum(p.records for p in problems if p.kind in (ProblemKind.BAD_RECORD, ProblemKind.BAD_FILE))
    counts["records"] = Counter(
        records=stats["records"] + lost, posts=read, duplicates=stats["duplicates"], problems=lost, flagged=len(reviews)
    )
    run = {
        "version": __version__,
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "detectors": {d.name: d.version for d in detectors},
        "context": {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in dataclasses.asdict(ctx).items()},
        "archives": {k.split(":", 1)[1]: v for k, v in stats.items() if k.startswith("archives:")},
        "owner": {"names": sorted(owner["names"]), "handles": sorted(owner["handles"])},
    }
    return Audit(tuple(reviews), {k: dict(v) for k, v in counts.items()}, read, tuple(problems), run)
