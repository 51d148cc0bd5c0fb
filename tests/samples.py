"""The sample archives in sample_exports/ and their golden files: what the parser must read."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from footprint.language import with_language
from footprint.model import Post, Problem
from footprint.pipeline import read_posts

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_exports"
GOLDEN = ROOT / "tests" / "golden"


def sample_archives() -> list[Path]:
    """Each archive in sample_exports/ (zips and folders; the folder's own notes are not archives)."""
    return sorted(p for p in SAMPLES.iterdir() if p.suffix == ".zip" or (p.is_dir() and not p.name.startswith(("_", "."))))


def post_record(post: Post) -> dict:
    """A post as pinned in a golden file (every field, dates as ISO 8601)."""
    return {
        "key": post.key, "platform": post.platform, "id": post.id, "kind": str(post.kind),
        "created_at": post.created_at.isoformat() if post.created_at else None,
        "time_is_estimate": post.time_is_estimate, "author_is_owner": post.author_is_owner,
        "author": post.author, "in_reply_to": post.in_reply_to, "url": post.url, "lang": post.lang,
        "audience": post.audience, "deleted": post.deleted, "label": post.label,
        "metrics": dict(post.metrics), "source": post.source, "text": post.text,
    }


def golden_lines(archive: Path) -> list[str]:
    """What the parser reads from one archive, as sorted JSON lines: posts then problems."""
    problems: list[Problem] = []
    posts = [post_record(with_language(p)) for p in read_posts([archive], problems, Counter())]
    lines = [json.dumps(p, ensure_ascii=False, sort_keys=True) for p in sorted(posts, key=lambda p: p["key"])]
    lines += [json.dumps({"problem": str(p.kind), "file": p.file, "locator": p.locator, "reason": p.reason, "records": p.records}, ensure_ascii=False, sort_keys=True) for p in problems]
    return lines


def golden_path(archive: Path) -> Path:
    """tests/golden/<archive name>.jsonl"""
    return GOLDEN / f"{archive.name}.jsonl"
