"""Facebook's private messages: recognised, counted, never opened (DESIGN §4, FORMATS §2.2, §2.10).

Messenger folders (`messages/inbox/<name>_<id>/message_N.json`, `archived_threads/`,
`filtered_threads/`, `message_requests/`, `e2ee_cutover/`, also as `.html`) are reported once per
messages folder with how many conversations and files they hold; no byte of them is read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator

from footprint.model import Problem, ProblemKind
from footprint.platforms._archive import Archive, Member

PRIVATE_DIRS = {"messages", "messenger", "inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover"}
THREAD_KINDS = {"inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover"}
PRIVATE_FILE = re.compile(r"^message_\d+\.(json|html?)$", re.I)


def private_root(member: Member) -> str | None:
    """The messages folder a member sits in (`…/messages/`), or None when it is not private."""
    parts = member.path.split("/")
    for i, part in enumerate(parts[:-1]):
        if part.lower() in PRIVATE_DIRS:
            return "/".join(parts[: i + 1]) + "/"
    if PRIVATE_FILE.match(member.name):  # a loose message_N.json: its own folder is the root
        return "/".join(parts[:-1]) + "/" if len(parts) > 1 else member.path
    return None


def _thread(rest: str) -> str | None:
    """The conversation folder (`inbox/<name>_<id>`) of a path inside a messages folder."""
    parts = rest.split("/")
    return "/".join(parts[:2]) if len(parts) >= 3 and parts[0].lower() in THREAD_KINDS else None


def private_problems(archive: Archive, nothing_else: bool) -> Iterator[Problem]:
    """One Problem per messages folder; when nothing else was exported, it says no posts were found."""
    files: dict[tuple[str, str], int] = defaultdict(int)
    threads: dict[tuple[str, str], set[str]] = defaultdict(set)
    for member in archive.members:
        root = private_root(member)
        if root is None:
            continue
        key = (member.source.label, root)
        files[key] += 1
        thread = _thread(member.path[len(root):]) if member.path.startswith(root) else None
        if thread or PRIVATE_FILE.match(member.name):
            threads[key].add(thread or member.path.rsplit("/", 1)[0])
    for (label, root), count in sorted(files.items()):
        held = f"{len(threads[(label, root)])} conversation(s), {count} file(s)"
        reason = (f"no posts found; private messages are never read ({held} present, not opened)" if nothing_else
                  else f"private messages: {held} present, not read")
        yield Problem(ProblemKind.NOT_READ_PRIVATE, f"{label}!{root}", reason, records=0)
