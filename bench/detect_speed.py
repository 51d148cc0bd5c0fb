"""Detection speed on one core: language + every detector, posts per second (prints figures; not a test).

    python bench/detect_speed.py [--posts 20000] [--platform-lang-share 0.5]

The posts are a deterministic mix of the sample exports' posts and the labelled corpus's texts,
recycled to the requested count. A share of them carries the platform's own language field (as
X does); the rest go through language detection, as Facebook and LinkedIn posts do.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifiers.registry import all_detectors  # noqa: E402
from classifiers.training.corpus import load  # noqa: E402
from footprint.context import Context  # noqa: E402
from footprint.language import with_language  # noqa: E402
from footprint.model import Kind, Post  # noqa: E402
from footprint.pipeline import BATCH, detect_batch, read_posts  # noqa: E402


def make_posts(count: int, platform_lang_share: float) -> list[Post]:
    """A deterministic list of `count` posts."""
    texts = [(p.text, p.lang) for p in read_posts([ROOT / "sample_exports"], [], Counter())]
    texts += [(r.text, r.lang) for r in load()]
    rng = random.Random(0)
    posts = []
    for i in range(count):
        text, lang = texts[i % len(texts)]
        keep = rng.random() < platform_lang_share
        posts.append(Post("bench", str(i), datetime(2021, 5, 1, tzinfo=timezone.utc), text, Kind.POST, True, lang=lang if keep else None))
    return posts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20000)
    parser.add_argument("--platform-lang-share", type=float, default=0.5)
    args = parser.parse_args()
    posts = make_posts(args.posts, args.platform_lang_share)
    ctx = Context(employers=("EDSC", "ESDC", "Emploi et Développement social Canada"))
    detectors = all_detectors()
    detect_batch(posts[:BATCH], ctx, detectors)  # load models and lexicons before timing

    start = time.perf_counter()
    posts = [with_language(p) for p in posts]
    lang_s = time.perf_counter() - start
    per_detector: Counter = Counter()
    flagged = 0
    for i in range(0, len(posts), BATCH):
        batch = posts[i : i + BATCH]
        for detector in detectors:
            t = time.perf_counter()
            detect_batch(batch, ctx, [detector])
            per_detector[detector.name] += time.perf_counter() - t
        flagged += sum(1 for f in detect_batch(batch, ctx, detectors) if f)
    total = lang_s + sum(per_detector.values())
    n = len(posts)
    print(f"posts: {n}  (platform language on {args.platform_lang_share:.0%})  flagged: {flagged}")
    print(f"{'stage':24s} {'seconds':>8s} {'posts/s':>10s}")
    print(f"{'language':24s} {lang_s:8.2f} {n / lang_s:10.0f}")
    for name, seconds in sorted(per_detector.items(), key=lambda kv: -kv[1]):
        print(f"{name:24s} {seconds:8.2f} {n / seconds:10.0f}")
    print(f"{'ALL (language + detect)':24s} {total:8.2f} {n / total:10.0f}   target >= 5000 posts/s")


if __name__ == "__main__":
    main()
