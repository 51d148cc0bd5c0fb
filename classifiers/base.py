"""The detector contract and the pattern mechanism that rule-based detectors share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Mapping, Protocol, Sequence, runtime_checkable

from footprint.context import Context
from footprint.model import Evidence, Finding, Post

SUPPORTED_LANGS = ("fr", "en")


@runtime_checkable
class Detector(Protocol):
    """What every detector is: a name, a category, its languages, a version and detect()."""

    name: str
    category: str
    languages: tuple[str, ...]
    version: str

    def detect(self, post: Post, ctx: Context) -> Iterator[Finding]:
        """Yield findings for one post, each with at least one Evidence span."""
        ...


# A detector may also offer `detect_many(posts, ctx) -> list[list[Finding]]` (one list per post,
# same order): the pipeline then hands it whole batches, which is how model detectors vectorise.


def languages_for(post: Post, supported: Sequence[str]) -> tuple[str, ...]:
    """The post's language when supported; otherwise every supported one (short, mixed or unknown)."""
    if post.lang in supported:
        return (post.lang,)
    return tuple(supported)


KEPT, VETOED, UNMET = "kept", "vetoed", "unmet"  # what a rule's context checks say of a span (Rule.verdicts)


@dataclass(frozen=True)
class Rule:
    """One pattern as data: what it finds, why, how sure, and the checks around a match."""

    label: str  # what was found, e.g. "phone", "sin"
    pattern: re.Pattern[str]
    reason: str  # human reason shown in the report, names the rule
    score: float = 0.8
    group: int | str = 0  # the regex group that is the evidence span
    check: Callable[[str], bool] | None = None  # validator on the matched text (e.g. Luhn)
    need: re.Pattern[str] | None = None  # must appear in the window around the match
    veto: re.Pattern[str] | None = None  # cancels the match when in the window (e.g. business words)
    window: int = 60  # characters each side searched by need/veto
    rescue: re.Pattern[str] | None = None  # a cue just before the match that overrules the veto ("text me at")
    rescue_window: int = 40
    # what the post says anywhere that makes the match no finding (a real-estate listing's words: the number is the
    # agent's business line), undone by `spare_unless` anywhere in the post ("text my cell")
    spare: re.Pattern[str] | None = None
    spare_unless: re.Pattern[str] | None = None

    def matches(self, text: str) -> Iterator[tuple[int, int]]:
        """Spans of the evidence group that pass the validator and context checks."""
        for start, end, verdict in self.verdicts(text):
            if verdict == KEPT:
                yield start, end

    def verdicts(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Every span the pattern finds that passes the validator, and what the context checks say of it:
        KEPT; VETOED, a veto word around it (a shop's phone number, a pet's age): the rule looked and
        said no; or UNMET, the context it needs is missing (a school named with no child around): no
        opinion either way."""
        for m in self.pattern.finditer(text):
            start, end = m.span(self.group)
            if start < 0 or start == end:
                continue
            if self.check is not None and not self.check(m.group(self.group)):
                continue
            lo, hi = max(0, start - self.window), min(len(text), end + self.window)
            around = text[lo:hi]
            if self.veto is not None and self.veto.search(around) and not self._rescued(text, start):
                yield start, end, VETOED
            elif self._spared(text):
                yield start, end, VETOED
            elif self.need is not None and not self.need.search(around):
                yield start, end, UNMET
            else:
                yield start, end, KEPT

    def _spared(self, text: str) -> bool:
        """What the post says makes this match no finding (see `spare`), and nothing in the post undoes it."""
        if self.spare is None:
            return False
        return bool(self.spare.search(text)) and not (self.spare_unless is not None and self.spare_unless.search(text))

    def _rescued(self, text: str, start: int) -> bool:
        """A personal cue right before the match wins over a business veto further away."""
        return self.rescue is not None and bool(self.rescue.search(text[max(0, start - self.rescue_window) : start]))


@dataclass
class RuleDetector:
    """A detector made of rules keyed by language; one finding per label with all its spans."""

    name: str
    category: str
    version: str
    rules: Mapping[str, Sequence[Rule]]  # language -> rules
    languages: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.languages = tuple(self.rules)

    def detect(self, post: Post, ctx: Context) -> Iterator[Finding]:
        """Run the rules of the post's language(s); merge spans per label into one finding."""
        text = post.text
        if not text:
            return
        by_label: dict[str, tuple[float, list[Evidence]]] = {}
        seen: set[tuple[int, int]] = set()
        for lang in languages_for(post, self.languages):
            for rule in self.rules[lang]:
                for start, end in rule.matches(text):
                    if (start, end) in seen:
                        continue
                    seen.add((start, end))
                    score, spans = by_label.get(rule.label, (0.0, []))
                    spans.append(Evidence(start, end, rule.reason))
                    by_label[rule.label] = (max(score, rule.score), spans)
        for label, (score, spans) in by_label.items():
            spans.sort(key=lambda e: (e.start, e.end))
            yield Finding(self.name, self.category, post.key, score, tuple(spans), label)
