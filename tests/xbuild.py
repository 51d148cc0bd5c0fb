"""Builds small X/Twitter archive files exactly as X serialises them, for tests of every era."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

EPOCH_MS = 1288834974657


def snowflake(when: datetime, seq: int = 0) -> str:
    """A tweet id consistent with its creation time."""
    ms = int(when.timestamp() * 1000) - EPOCH_MS
    return str((ms << 22) + seq)


def x_time(when: datetime) -> str:
    """Eras B–E: "Thu Oct 12 17:40:03 +0000 2023"."""
    return when.astimezone(timezone.utc).strftime("%a %b %d %H:%M:%S +0000 %Y")


def ytd(name: str, records: list[Any], part: int = 0) -> str:
    """`window.YTD.<name>.part<N> = [ … ]` with X's 2-space, " : " pretty printing."""
    body = json.dumps(records, indent=2, separators=(",", " : "), ensure_ascii=False)
    return f"window.YTD.{name}.part{part} = {body}"


def tweet(text: str, when: datetime, seq: int = 0, **extra: Any) -> dict[str, Any]:
    """A modern tweet object; every number a string, as in real archives."""
    tid = snowflake(when, seq)
    obj = {
        "retweeted": False,
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "favorite_count": "0",
        "id_str": tid,
        "retweet_count": "0",
        "id": tid,
        "created_at": x_time(when),
        "favorited": False,
        "full_text": text,
        "lang": "en",
    }
    obj.update(extra)
    return obj


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write files under root (folders made as needed); returns root."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root


def zip_folder(folder: Path, target: Path) -> Path:
    """Zip a folder's files with their relative paths."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    return target


AT = datetime(2023, 10, 12, 17, 40, 3, tzinfo=timezone.utc)
