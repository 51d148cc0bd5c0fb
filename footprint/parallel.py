"""Language and detection for a stream of post batches, on several cores when the archive is big.

The first batches are done in this process (a small archive never starts a worker, and the
models are then loaded here); once more keep coming, forked worker processes take them, at most
`_AHEAD` per worker in flight so memory stays bounded, and the results come back in reading
order. Workers inherit the models, the detectors and the context from the fork (nothing is
re-loaded or pickled but the posts and their findings). Where fork is not available, or a worker
dies, the rest is done here: the result is the same, only slower.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from dataclasses import replace
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Iterable, Iterator, Sequence

from classifiers.base import Detector
from footprint.context import Context
from footprint.language import with_language
from footprint.model import Finding, Post

IN_PROCESS_FIRST = 4  # batches done here before workers are started (a small archive never starts one)
_AHEAD = 3  # batches in flight per worker

_shared: dict[str, object] = {}  # what forked workers inherit: the context and the detectors


def detect_batch(posts: list[Post], ctx: Context, detectors: Iterable[Detector]) -> list[list[Finding]]:
    """Findings per post for a batch; detectors with `detect_many` (models) see the whole batch at once."""
    found: list[list[Finding]] = [[] for _ in posts]
    for detector in detectors:
        many = getattr(detector, "detect_many", None)
        results = many(posts, ctx) if many is not None else [list(detector.detect(p, ctx)) for p in posts]
        for post, bucket, findings in zip(posts, found, results):
            for finding in findings:
                for ev in finding.evidence:
                    if ev.end > len(post.text):
                        raise ValueError(f"{detector.name}: evidence [{ev.start}, {ev.end}) past the end of post {post.key}")
                bucket.append(finding)
    return found


def _languages_and_findings(posts: list[Post]) -> tuple[list[str | None], list[list[Finding]]]:
    """A worker's job: each post's language and findings (the posts themselves are not sent back)."""
    ctx, detectors = _shared["ctx"], _shared["detectors"]
    posts = [with_language(p) for p in posts]
    return [p.lang for p in posts], detect_batch(posts, ctx, detectors)  # type: ignore[arg-type]


def _done_here(batch: list[Post], ctx: Context, detectors: Sequence[Detector]) -> tuple[list[Post], list[list[Finding]]]:
    posts = [with_language(p) for p in batch]
    return posts, detect_batch(posts, ctx, detectors)


def _quiet_worker() -> None:
    """Ctrl-C is the parent's to handle: it stops the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start(jobs: int) -> ProcessPoolExecutor | None:
    if "fork" not in multiprocessing.get_all_start_methods() or multiprocessing.current_process().daemon:
        return None
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"), initializer=_quiet_worker)


def detect_batches(batches: Iterable[list[Post]], ctx: Context, detectors: Sequence[Detector],
                   jobs: int = 1) -> Iterator[tuple[list[Post], list[list[Finding]]]]:
    """(posts with their language, findings per post) for every batch, in order, on up to `jobs` worker processes."""
    batches = iter(batches)
    for _ in range(IN_PROCESS_FIRST if jobs > 1 else -1):
        batch = next(batches, None)
        if batch is None:
            return
        yield _done_here(batch, ctx, detectors)
    if jobs <= 1:
        for batch in batches:
            yield _done_here(batch, ctx, detectors)
        return
    _shared.update(ctx=ctx, detectors=tuple(detectors))
    pool = _start(jobs)
    if pool is None:
        for batch in batches:
            yield _done_here(batch, ctx, detectors)
        return
    pending: deque[tuple[list[Post], Future | None]] = deque()
    try:
        for batch in batches:
            try:
                pending.append((batch, pool.submit(_languages_and_findings, batch)))
            except BrokenProcessPool:  # a worker died: what is left is done here
                pending.append((batch, None))
            while len(pending) >= jobs * _AHEAD:
                yield _collect(*pending.popleft(), ctx, detectors)
        while pending:
            yield _collect(*pending.popleft(), ctx, detectors)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _shared.clear()


def _collect(batch: list[Post], future: Future | None, ctx: Context, detectors: Sequence[Detector]) -> tuple[list[Post], list[list[Finding]]]:
    """A worker's result joined to its posts; a batch whose worker died is done here."""
    if future is None:
        return _done_here(batch, ctx, detectors)
    try:
        langs, findings = future.result()
    except BrokenProcessPool:
        return _done_here(batch, ctx, detectors)
    return [p if p.lang == lang else replace(p, lang=lang) for p, lang in zip(batch, langs)], findings
