"""Core types shared by every stage: frozen, plain data, no behaviour beyond derived views."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Mapping


class Kind(StrEnum):
    """What a record is; decides whose words they are and how much they weigh."""

    POST = "post"
    REPLY = "reply"
    REPOST = "repost"  # someone else's words the owner amplified
    QUOTE = "quote"  # owner's words around someone else's post
    COMMENT = "comment"
    LIKE = "like"  # endorsement only
    REACTION = "reaction"
    PROFILE = "profile"  # a profile field (bio, location, website…)
    GROUP = "group"  # group joined
    PAGE_FOLLOW = "page_follow"  # page liked or followed


class Risk(StrEnum):
    """The federal guidance's own three tiers (Approprié / Risqué / Inapproprié)."""

    APPROPRIATE = "appropriate"
    RISKY = "risky"
    INAPPROPRIATE = "inappropriate"


CATEGORIES = (
    "partisanship",
    "employer_criticism",
    "personal_info",
    "confidential_info",
    "harassment",
    "conflict_of_interest",
    "misinformation",
    "official_capacity",
)


@dataclass(frozen=True, slots=True)
class Post:
    """One record read from an export; `text` is cleaned once and every span indexes into it."""

    platform: str
    id: str
    created_at: datetime | None  # tz-aware UTC; None only where the export has no date (profile)
    text: str
    kind: Kind
    author_is_owner: bool
    url: str | None = None
    lang: str | None = None
    audience: str | None = None  # e.g. "public", "circle", when the export says
    source: str = ""  # "<archive>!<member>#<index>" for traceability
    author: str | None = None  # whose words, when not the owner's (retweeted or liked handle)
    in_reply_to: str | None = None  # handle or id the reply answers
    deleted: bool = False  # already deleted on the platform (e.g. X deleted-tweets.js)
    time_is_estimate: bool = False  # created_at derived (e.g. a like dated by the liked tweet's id)
    metrics: Mapping[str, int] = field(default_factory=dict)  # likes, reposts… at export time
    label: str | None = None  # profile field name, group or page name…

    @property
    def key(self) -> str:
        """Identity across several archives of one person: same record, same key."""
        return f"{self.platform}:{self.kind}:{self.id}"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A half-open span [start, end) into Post.text and the exact rule or term that matched."""

    start: int
    end: int
    reason: str

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise ValueError(f"evidence span must be non-empty and start >= 0, got [{self.start}, {self.end})")


# A model finding less than this many log-odds above its threshold (its odds under e = 2.7 times the threshold's) is
# borderline: such findings are wrong far more often than the others (the README has the measures:
# `python -m classifiers.training.evaluate --certainty`).
BORDERLINE_MARGIN = 1.0


@dataclass(frozen=True, slots=True)
class Finding:
    """A detector's claim about a post, never without evidence."""

    detector: str
    category: str
    post_key: str
    score: float
    evidence: tuple[Evidence, ...]
    label: str | None = None  # e.g. the PII type ("phone", "sin") or a party id
    # A text model's finding: how far its score cleared the threshold it had to pass, in log-odds (the lower of its two
    # stages). None for a rule's or a sure sign's finding, which passed no threshold.
    margin: float | None = None

    @property
    def borderline(self) -> bool:
        """The model only just flagged it (margin under BORDERLINE_MARGIN): such findings are wrong much more often."""
        return self.margin is not None and self.margin < BORDERLINE_MARGIN

    def __post_init__(self) -> None:
        if not self.evidence:
            raise ValueError(f"{self.detector}: a finding needs at least one piece of evidence")
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.detector}: unknown category {self.category!r}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"{self.detector}: score {self.score} outside [0, 1]")


@dataclass(frozen=True, slots=True)
class Action:
    """A concrete suggested step, with the policy clauses that justify it."""

    code: str  # delete, edit_out, restrict, remove_like, fix_profile, keep, talk_to_advisor…
    detail: str  # what exactly, e.g. the words to edit out, or the reason code for "keep"
    clauses: tuple[str, ...] = ()  # clause ids in the policy pack
    alternative: bool = False  # an option the employee may choose instead of the suggested action


def only_borderline(findings: tuple[Finding, ...] | list[Finding]) -> bool:
    """The text model only just flagged the post, for every category it is flagged for (a post is as sure as its
    surest finding)."""
    return all(f.borderline for f in findings)


@dataclass(frozen=True, slots=True)
class Review:
    """One flagged post: its findings, risk tier, priority with reasons, and actions."""

    post: Post
    findings: tuple[Finding, ...]
    risk: Risk
    priority: float
    priority_reasons: tuple[str, ...]
    actions: tuple[Action, ...]
    clauses: tuple[str, ...] = ()

    @property
    def categories(self) -> tuple[str, ...]:
        """Distinct categories, in the stable CATEGORIES order."""
        present = {f.category for f in self.findings}
        return tuple(c for c in CATEGORIES if c in present)

    @property
    def borderline(self) -> bool:
        return only_borderline(self.findings)


class ProblemKind(StrEnum):
    """Why something in an export did not become a post."""

    BAD_RECORD = "bad_record"  # a record that could not be read (missing id, date or text…)
    BAD_FILE = "bad_file"  # a file that could not be read at all (truncated, not JSON…)
    NOT_READ_PRIVATE = "not_read_private"  # private messages: present, never opened
    UNSUPPORTED = "unsupported"  # a path that is not an export of any supported platform


@dataclass(frozen=True, slots=True)
class Problem:
    """Something skipped or not read, shown in the report and counted."""

    kind: ProblemKind
    file: str
    reason: str
    locator: str = ""  # record index or JSON path inside the file
    records: int = 1  # how many records this problem stands for (0 when unknown)


@dataclass(frozen=True, slots=True)
class Audit:
    """Everything the reports need: reviews, counts, problems and how the run was made."""

    reviews: tuple[Review, ...]
    counts: Mapping[str, Mapping[str, int]]  # "platform", "kind", "year", "lang", "category", "risk" -> counts
    posts_read: int
    problems: tuple[Problem, ...]
    run: Mapping[str, object]  # version, detectors and their versions, context, sources
