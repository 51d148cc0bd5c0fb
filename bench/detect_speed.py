"""Detection speed on one core: language + every detector, posts per second (prints figures; not a test).

    python bench/detect_speed.py [--posts 20000] [--platform-lang-share 0.5]

The posts are a deterministic mix of the sample exports' posts and the labelled corpus's texts,
recycled to the requested count. A share of them carries the platform's own language field (as
X does); the rest go through language detection, as Facebook and LinkedIn posts do.

Models, lexicons and language profiles are loaded before timing. Wall-clock seconds are the
figure; CPU seconds of this process are printed beside them, since another program on the
machine slows the wall clock but not the CPU time.
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
    detect_batch([with_language(p) for p in posts[:BATCH]], ctx, detectors)  # load everything before timing

    wall, cpu = time.perf_counter(), time.process_time()
    posts = [with_language(p) for p in posts]
    seconds = {"language": (time.perf_counter() - wall, time.process_time() - cpu)}
    flagged = 0
    for i in range(0, len(posts), BATCH):
        batch = posts[i : i + BATCH]
        for detector in detectors:
            wall, cpu = time.perf_counter(), time.process_time()
            detect_batch(batch, ctx, [detector])
            spent = seconds.get(detector.name, (0.0, 0.0))
            seconds[detector.name] = (spent[0] + time.perf_counter() - wall, spent[1] + time.process_time() - cpu)
        flagged += sum(1 for f in detect_batch(batch, ctx, detectors) if f)
    n = len(posts)
    total = tuple(sum(s[k] for s in seconds.values()) for k in (0, 1))
    print(f"posts: {n}  (platform language on {args.platform_lang_share:.0%})  flagged: {flagged}")
    print(f"{'stage':24s} {'seconds':>8s} {'posts/s':>10s} {'cpu s':>8s}")
    for name, (wall_s, cpu_s) in sorted(seconds.items(), key=lambda kv: (kv[0] != "language", -kv[1][0])):
        print(f"{name:24s} {wall_s:8.2f} {n / wall_s:10.0f} {cpu_s:8.2f}")
    print(f"{'ALL (language + detect)':24s} {total[0]:8.2f} {n / total[0]:10.0f} {total[1]:8.2f}   target >= 5000 posts/s")


if __name__ == "__main__":
    main()
