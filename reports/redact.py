"""Redaction for a copy the employee can show: detected personal information and other people's names masked.

What is masked in a post: every span the personal-information detector found, every @handle that is
not one of the person's own, and the name of whoever's words these are (the liked, shared or
commented author). Reasons and action details that quote those words are scrubbed the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from footprint.model import Post, Review

MENTION = re.compile(r"(?<![\w@.])@(\w{1,30})")
_TOKEN = re.compile(r"[^\W_][\w'’-]{2,}")  # words of 3+ characters inside a masked passage
BLOCK = "█"  # same-length mask for machine-readable outputs: evidence offsets stay valid


@dataclass(frozen=True, slots=True)
class Mask:
    """A half-open span of Post.text to hide and what it was ("phone", "mention", "name"…)."""

    start: int
    end: int
    kind: str


def _own(handles: Iterable[str]) -> set[str]:
    return {h.lower().lstrip("@") for h in handles}


def third_party_name(post: Post, handles: Iterable[str]) -> str | None:
    """Whose words these are, when not the person's own (a liked page, a shared author)."""
    author = (post.author or "").strip()
    if post.author_is_owner or not author or author.lower().lstrip("@") in _own(handles):
        return None
    return author


def masks(review: Review, handles: Iterable[str]) -> list[Mask]:
    """Spans to hide, sorted and merged; a merged span keeps the kind of its first part."""
    post, own = review.post, _own(handles)
    found = [Mask(e.start, e.end, f.label or "personal_info") for f in review.findings if f.category == "personal_info" for e in f.evidence]
    found += [Mask(m.start(), m.end(), "mention") for m in MENTION.finditer(post.text) if m.group(1).lower() not in own]
    name = third_party_name(post, handles)
    if name:
        found += [Mask(m.start(), m.end(), "name") for m in re.finditer(re.escape(name.lstrip("@")), post.text, re.IGNORECASE)]
    merged: list[Mask] = []
    for mask in sorted(found, key=lambda m: (m.start, -m.end)):
        if merged and mask.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Mask(last.start, max(last.end, mask.end), last.kind)
        else:
            merged.append(mask)
    return merged


def apply(text: str, spans: list[Mask], label: Callable[[Mask], str], offset: int = 0) -> str:
    """`text` (which starts at `offset` in the post) with every span replaced by its label."""
    out, pos = [], 0
    for mask in spans:
        start, end = max(mask.start - offset, 0), min(mask.end - offset, len(text))
        if end <= 0 or start >= len(text) or start < pos:
            continue
        out += [text[pos:start], label(mask)]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def same_length(mask: Mask) -> str:
    """A block of the masked length, so offsets into the text stay true."""
    return BLOCK * (mask.end - mask.start)


class Scrubber:
    """Replaces the masked words of one post wherever they are quoted again (reasons, details, author)."""

    def __init__(self, post: Post, spans: list[Mask], label: Callable[[Mask], str], handles: Iterable[str]) -> None:
        words: dict[str, str] = {}
        for mask in spans:
            surface = post.text[mask.start : mask.end]
            words[surface] = label(mask)
            for token in _TOKEN.findall(surface):
                words.setdefault(token, label(mask))
        name = third_party_name(post, handles)
        if name:
            words.setdefault(name, label(Mask(0, len(name), "name")))
        self._words = words
        ordered = sorted(words, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(w) for w in ordered), re.IGNORECASE) if ordered else None
        self._lower = {w.lower(): v for w, v in words.items()}

    def __call__(self, text: str | None) -> str:
        if not text or self._pattern is None:
            return text or ""
        return self._pattern.sub(lambda m: self._lower.get(m.group(0).lower(), ""), text)

    def hides(self, text: str | None) -> bool:
        """True if the text contains a masked word (e.g. a link with a handle in it)."""
        return bool(text and self._pattern is not None and self._pattern.search(text))
