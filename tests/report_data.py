"""Audits built by hand for report tests: a realistic mix of platforms, kinds, categories and years,
assessed by the real assess(), counted the way the pipeline counts."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone

from footprint.assess import assess
from footprint.context import Context
from footprint.model import Audit, Evidence, Finding, Kind, Post, Review

TODAY = date(2025, 11, 1)
TEXTS = {
    "partisanship": ("Votez NPD le 21 octobre! @npd_gatineau a besoin de bénévoles.", "NPD"),
    "employer_criticism": ("Encore une panne du système à EDSC, la direction ne comprend rien. @collegue_a", "la direction ne comprend rien"),
    "personal_info": ("Appelez-moi au 819 555-0147, ma fille Léa est à l'école des Trois-Saisons.", "819 555-0147"),
    "confidential_info": ("Le mémoire au Cabinet sur l'assurance-emploi sort mardi, gardez ça pour vous.", "mémoire au Cabinet"),
    "harassment": ("@voisin_bruyant you are a clown and everyone at your office knows it", "clown"),
    "conflict_of_interest": ("Achetez mes produits, code promo EDSC10 pour mes collègues du ministère!", "code promo"),
    "misinformation": ("The vaccine contains microchips, share before they delete this!", "microchips"),
    "official_capacity": ("Analyste principale @ EDSC | Gouvernement du Canada", "Gouvernement du Canada"),
}
PLATFORM_KINDS = {
    "x": (Kind.POST, Kind.POST, Kind.REPLY, Kind.REPOST, Kind.QUOTE, Kind.LIKE),
    "facebook": (Kind.POST, Kind.COMMENT, Kind.REACTION, Kind.GROUP, Kind.PAGE_FOLLOW),
    "linkedin": (Kind.POST, Kind.COMMENT, Kind.PROFILE),
}


def finding(post: Post, category: str, needle: str, label: str | None = None, score: float = 0.8,
            margin: float | None = None) -> Finding:
    """A finding on the first occurrence of `needle` in the post (`margin`: a model's, None for a rule's)."""
    start = post.text.index(needle)
    return Finding(f"test_{category}", category, post.key, score, (Evidence(start, start + len(needle), f"test cue “{needle}”"),), label,
                   margin)


def make_post(i: int, platform: str, kind: Kind, category: str, when: datetime | None, rng: random.Random) -> Post:
    """One synthetic post of the given category."""
    text, _ = TEXTS[category]
    owner = kind not in (Kind.REPOST, Kind.LIKE, Kind.REACTION) or platform != "x"
    url = f"https://x.com/noemie_lo/status/{1000 + i}" if platform == "x" else f"https://www.{platform}.com/item/{i}"
    metrics = {"likes": rng.choice((0, 0, 2, 15, 340)), "reposts": rng.choice((0, 0, 1, 40))} if platform == "x" else {}
    return Post(platform, str(1000 + i), when, f"{text} #{i}", kind, owner, url=url, lang="fr",
                author=None if owner else "npd_gatineau", deleted=rng.random() < 0.03,
                time_is_estimate=kind is Kind.LIKE, metrics=metrics)


def synthetic_reviews(n: int, ctx: Context, seed: int = 7, read_factor: int = 10) -> tuple[list[Review], list[Post]]:
    """n flagged posts (and read_factor × n posts read) assessed under ctx."""
    rng = random.Random(seed)
    reviews, posts = [], []
    categories = list(TEXTS)
    for i in range(n):
        platform = rng.choice(list(PLATFORM_KINDS))
        kind = rng.choice(PLATFORM_KINDS[platform])
        category = categories[i % len(categories)]
        when = None if kind in (Kind.PROFILE, Kind.GROUP, Kind.PAGE_FOLLOW) else datetime(2008, 1, 1, tzinfo=timezone.utc) + timedelta(hours=rng.randrange(17 * 365 * 24))
        post = make_post(i, platform, kind, category, when, rng)
        label = "phone" if category == "personal_info" else None
        margin = None if category == "personal_info" else 0.4 if i % 9 == 4 else 2.5  # one in nine only just flagged
        found = [finding(post, category, TEXTS[category][1], label, margin=margin)]
        if category == "personal_info":
            found.append(finding(post, "personal_info", "Léa", "child", 0.7))
        reviews.append(assess(post, found, ctx, TODAY))
        posts.append(post)
    return reviews, posts


def audit_of(reviews: list[Review], posts: list[Post], ctx: Context, read_factor: int = 10) -> Audit:
    """An Audit as the pipeline would build it: reviews by priority, counts per platform, kind, year, language."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for post in posts * read_factor:
        counts["platform"][post.platform] += 1
        counts["kind"][str(post.kind)] += 1
        counts["platform_kind"][f"{post.platform}/{post.kind}"] += 1
        counts["year"][str(post.created_at.year) if post.created_at else "undated"] += 1
        counts["lang"][post.lang or "und"] += 1
    for review in reviews:
        for category in review.categories:
            counts["category"][category] += 1
        counts["risk"][str(review.risk)] += 1
    read = len(posts) * read_factor
    counts["records"] = Counter(records=read, posts=read, duplicates=0, problems=0, flagged=len(reviews))
    ordered = sorted(reviews, key=lambda r: (-r.priority, r.post.created_at or datetime.min.replace(tzinfo=timezone.utc), r.post.key))
    run = {"version": "test", "generated_at": "2025-11-01T12:00:00+00:00", "detectors": {},
           "context": {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in dataclasses.asdict(ctx).items()}, "archives": {}}
    return Audit(tuple(ordered), {k: dict(v) for k, v in counts.items()}, read, (), run)


def synthetic_audit(n: int, ctx: Context | None = None, seed: int = 7) -> Audit:
    """A whole audit with n flagged posts."""
    ctx = ctx or Context(since=date(2019, 9, 3), employers=("EDSC", "ESDC"), handles=("noemie_lo",))
    reviews, posts = synthetic_reviews(n, ctx, seed)
    return audit_of(reviews, posts, ctx)
