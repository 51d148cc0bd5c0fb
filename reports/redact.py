"""Redaction for a copy the employee can show: detected personal information and other people's names masked.

What is masked in a post: every span the personal-information detector found, every @handle that is
not one of the person's own, the name of whoever's words these are (the liked, shared or commented
author), and the names of other people written in the text (`reports/names.py`), except the person's
own names and public figures where they are the evidence of a finding. Reasons and action details
that quote those words are scrubbed the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from footprint.model import Audit, Post, Review
from reports import names
from reports.public_figures import is_public

MENTION = re.compile(r"(?<![\w@.])@(\w{1,30})")
_TOKEN = re.compile(r"[^\W_][\w'’-]{2,}")  # words of 3+ characters inside a masked passage
BLOCK = "█"  # same-length mask for machine-readable outputs: evidence offsets stay valid


@dataclass(frozen=True, slots=True)
class Mask:
    """A half-open span of Post.text to hide and what it was ("phone", "mention", "name"…)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Owner:
    """Who the report is about: their handles and name words (never masked), and the names masked in it."""

    handles: frozenset[str] = frozenset()  # lower case, without "@"
    names: frozenset[str] = frozenset()  # folded words of their own names
    known: frozenset[str] = frozenset()  # folded family names masked somewhere in this report: masked everywhere

    @classmethod
    def of(cls, audit: Audit) -> "Owner":
        """From the audit: `--handle`s, the handles and names of the person's profiles, the names masked in any post."""
        run_owner: dict[str, Any] = dict(audit.run.get("owner") or {})
        context: dict[str, Any] = dict(audit.run.get("context") or {})
        handles = [*(context.get("handles") or ()), *(run_owner.get("handles") or ())]
        owner = cls(frozenset(h.lower().lstrip("@") for h in handles), names.name_words(tuple(run_owner.get("names") or ())))
        known: set[str] = set()
        for review in audit.reviews:
            known.update(w for n in names.find(review.post.text, owner.names) for w in n.words)
            known.update(names.family_words(third_party_name(review.post, owner) or ""))
        return cls(owner.handles, owner.names, frozenset(known - owner.names - names.lists().given))


def _as_owner(who: "Owner | Iterable[str]") -> Owner:
    """An Owner, or one made of bare handles (`--handle` values)."""
    return who if isinstance(who, Owner) else Owner(frozenset(h.lower().lstrip("@") for h in who))


def third_party_name(post: Post, who: "Owner | Iterable[str]") -> str | None:
    """Whose words these are, when not the person's own nor a leader's or a party's (a liked page, a shared author)."""
    author = (post.author or "").strip()
    if post.author_is_owner or not author or author.lower().lstrip("@") in _as_owner(who).handles or is_public(author):
        return None
    return author


def _name_masks(review: Review, owner: Owner) -> list[Mask]:
    """Other people's names in the text; a public figure's name stays where a finding quotes it."""
    evidence = [(e.start, e.end) for f in review.findings if f.category != "personal_info" for e in f.evidence]
    return [Mask(n.start, n.end, "name") for n in names.find(review.post.text, owner.names, owner.known)
            if not (n.public and any(s < n.end and n.start < e for s, e in evidence))]


def masks(review: Review, who: "Owner | Iterable[str]") -> list[Mask]:
    """Spans to hide, sorted and merged; a merged span keeps the kind of its first part."""
    post, owner = review.post, _as_owner(who)
    found = [Mask(e.start, e.end, f.label or "personal_info") for f in review.findings if f.category == "personal_info" for e in f.evidence]
    found += [Mask(m.start(), m.end(), "mention") for m in MENTION.finditer(post.text) if m.group(1).lower() not in owner.handles]
    name = third_party_name(post, owner)
    if name:
        found += [Mask(m.start(), m.end(), "name") for m in re.finditer(re.escape(name.lstrip("@")), post.text, re.IGNORECASE)]
    found += _name_masks(review, owner)
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

    def __init__(self, post: Post, spans: list[Mask], label: Callable[[Mask], str], who: "Owner | Iterable[str]") -> None:
        words: dict[str, str] = {}
        for mask in spans:
            surface = post.text[mask.start : mask.end]
            words[surface] = label(mask)
            for token in _TOKEN.findall(surface):
                words.setdefault(token, label(mask))
        name = third_party_name(post, who)
        if name:
            words.setdefault(name, label(Mask(0, len(name), "name")))
        self._words = words
        ordered = sorted(words, key=len, reverse=True)
        alternatives = "|".join(re.escape(w) for w in ordered)  # whole words only: "Rose" is not scrubbed out of "prose"
        self._pattern = re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE) if ordered else None
        self._lower = {w.lower(): v for w, v in words.items()}

    def __call__(self, text: str | None) -> str:
        if not text or self._pattern is None:
            return text or ""
        return self._pattern.sub(lambda m: self._lower.get(m.group(0).lower(), ""), text)

    def hides(self, text: str | None) -> bool:
        """True if the text contains a masked word (e.g. a link with a handle in it)."""
        return bool(text and self._pattern is not None and self._pattern.search(text))
