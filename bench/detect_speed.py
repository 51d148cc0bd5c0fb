"""Detection speed on one core: language + every detector, posts per second (prints figures; not a test).

    python bench/detect_speed.py [--posts 20000] [--platform-lang-share 0.5] [--mix archive,corpus]

Two deterministic mixes of real-looking text, recycled to the requested count:
- archive: like a person's archive — the sample exports' posts and the labelled corpus's
  negatives (everyday posts and hard negatives: varied wording, long Facebook posts), with 3% of
  the corpus's positives; a few per cent get flagged, as in a real archive. The target's figure.
- corpus: the sample exports' posts and every corpus text, half of them positives: the worst
  case, since a flagged post is also explained (its evidence found).
A share of the posts carries the platform's own language field (as X does); the rest go through
language detection, as Facebook and LinkedIn posts do.

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


POSITIVE_SHARE = 0.03  # of the archive mix


def make_posts(count: int, platform_lang_share: float, mix: str = "corpus") -> list[Post]:
    """A deterministic list of `count` posts of one mix."""
    texts = [(p.text, p.lang) for p in read_posts([ROOT / "sample_exports"], [], Counter())]
    rows = load()
    if mix == "archive":
        negatives = [(r.text, r.lang) for r in rows if r.label == 0]
        positives = [(r.text, r.lang) for r in rows if r.label == 1]
        texts += negatives + random.Random(2).sample(positives, int(len(negatives) * POSITIVE_SHARE))
        random.Random(1).shuffle(texts)
    else:
        texts += [(r.text, r.lang) for r in rows]
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
    parser.add_argument("--mix", default="archive,corpus", help="archive, corpus or both (comma-separated)")
    args = parser.parse_args()
    for mix in args.mix.split(","):
        run(mix, args)


def run(mix: str, args: argparse.Namespace) -> None:
    """Time language and each detector on one mix; print the table."""
    posts = make_posts(args.posts, args.platform_lang_share, mix)
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
    print(f"\n== mix: {mix}   posts: {n}  (platform language on {args.platform_lang_share:.0%})  flagged: {flagged}  ({flagged / n:.0%})")
    print(f"{'stage':24s} {'seconds':>8s} {'posts/s':>10s} {'cpu s':>8s}")
    for name, (wall_s, cpu_s) in sorted(seconds.items(), key=lambda kv: (kv[0] != "language", -kv[1][0])):
        print(f"{name:24s} {wall_s:8.2f} {n / wall_s:10.0f} {cpu_s:8.2f}")
    print(f"{'ALL (language + detect)':24s} {total[0]:8.2f} {n / total[0]:10.0f} {total[1]:8.2f}   target >= 5000 posts/s")


if __name__ == "__main__":
    main()
