"""Detectors backed by the shared text model: one per category, explained by their strongest features."""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple, Sequence

import numpy as np

from classifiers.base import languages_for
from classifiers.clear_signs import clear_categories, clear_sign
from classifiers.lexicon import Cue, category_cues
from classifiers.sure_signs import SURE_SCORE, overlaps, signs_found, sure_categories
from classifiers.textmodel import load_model, model_text, texts_cues
from footprint.context import Context
from footprint.model import Evidence, Finding, Post

_memo: dict[str, object] = {"key": None}
MIN_WORDS = 3  # fewer words than this are judged by the lexicon cues alone
_WORD = re.compile(r"\w+")


class Row(NamedTuple):
    """One post's non-zero features, sliced from the batch matrix without building a new matrix."""

    indices: np.ndarray
    data: np.ndarray


def _row(X, i: int) -> Row:
    """Row i of a CSR matrix as (indices, data): X[i] costs a matrix construction per call."""
    start, end = X.indptr[i], X.indptr[i + 1]
    return Row(X.indices[start:end], X.data[start:end])


def _batch_features(posts: Sequence[Post], ctx: Context, languages: tuple[str, ...]):
    """Features and cues for a batch, computed once and shared by every category's detector."""
    key = (tuple(posts), ctx.employers)  # the posts themselves (frozen), held: compared by identity first, ids never reused
    if _memo["key"] != key:
        model = load_model()
        texts = [p.text for p in posts]
        sure: list[list] = []
        cues = texts_cues(texts, [languages_for(p, languages) for p in posts], ctx.employers, sure)
        langs = [p.lang if p.lang in languages else None for p in posts]  # the thresholds' language (None: the category's)
        _memo.update(key=key, X=model.features(texts, cues), cues=cues, sure=sure, sure_rows=[i for i, hits in enumerate(sure) if hits],
                     words={}, langs=langs)
    return _memo["X"], _memo["cues"]


def _word_count(posts: Sequence[Post], i: int) -> int:
    """Words of post i of the batch (links and @handles aside), counted once for every category."""
    counts = _memo["words"]
    if i not in counts:
        counts[i] = len(_WORD.findall(model_text(posts[i].text)))
    return counts[i]


class ModelDetector:
    """A category of the shared text model; a post is flagged above the category's tuned threshold.

    `cleared_by` / `unless`: lexicon cues that the policies say make a post not a finding (a debunk,
    an honest question, a satire site) unless one of the `unless` cues is there too (an asserted
    false claim, a low-credibility link). The model weighs cues but cannot be told a rule; this is
    the rule, as data in the detector's declaration.

    Sure signs (`classifiers/sure_signs.py`, data in `classifiers/lexicons/sure_signs.tsv`): patterns that flag a post of the category
    whatever the model's score — an explicit threat to kill the reader, which the corpus's writers
    hardly ever wrote (the model learnt "kill" from hyperbole, a hard negative), a death wish,
    doxxing, a slur, an insult aimed at a person — unless one of the category's `unless` patterns is
    in the post too (laughter, someone else's words quoted, a word mentioned in quotes); then the
    model decides.

    Clear signs (`classifiers/clear_signs.py`, data in `classifiers/lexicons/clear_signs.tsv`): patterns that say a
    post the model flagged is not a finding (a relative's new job, not one's own title), unless a `keep` pattern of
    the category or one of `keep_cues` is in the post. They clear the model's finding, never a sure sign's.
    """

    def __init__(self, name: str, category: str, version: str, languages: tuple[str, ...] = ("fr", "en"),
                 cleared_by: tuple[str, ...] = (), unless: tuple[str, ...] = (), keep_cues: tuple[str, ...] = ()) -> None:
        self.name, self.category, self.version, self.languages = name, category, version, languages
        self.cleared_by, self.unless, self.keep_cues = frozenset(cleared_by), frozenset(unless), frozenset(keep_cues)

    @property
    def has_sure_signs(self) -> bool:
        return self.category in sure_categories()

    def judged(self, text: str, cues: Sequence[Cue], words: int | None = None) -> bool:
        """Enough text to judge: at least MIN_WORDS words (links and @handles aside), or one of this category's lexicon cues.

        Below that, the score is the model's intercept plus a word or two ("FEMALE" in a profile
        field, "LIKE" on a reaction): not a judgement. A liked page called "NPD" still counts, by its cue.
        """
        if (len(_WORD.findall(model_text(text))) if words is None else words) >= MIN_WORDS:
            return True
        mine = category_cues(self.category)
        return any(c.name in mine for c in cues)

    def cleared(self, cues: Sequence[Cue]) -> bool:
        """A cue that clears the post is there and none that overrides it."""
        names = {c.name for c in cues}
        return bool(names & self.cleared_by) and not names & self.unless

    @property
    def has_clear_signs(self) -> bool:
        return self.category in clear_categories()

    def clear_sign(self, text: str, languages: Sequence[str], cues: Sequence[Cue], evidence: Sequence[Evidence]) -> str | None:
        """The clear sign that makes the model's finding (its evidence) not a finding, or None (classifiers/clear_signs.py)."""
        if not self.has_clear_signs or any(c.name in self.keep_cues for c in cues):
            return None
        return clear_sign(self.category, text, languages, evidence)

    def detect(self, post: Post, ctx: Context) -> Iterator[Finding]:
        """One post (the pipeline uses detect_many)."""
        yield from self.detect_many([post], ctx)[0]

    def detect_many(self, posts: Sequence[Post], ctx: Context) -> list[list[Finding]]:
        """Findings per post, each with the spans of the features that weighed most."""
        model = load_model()
        X, cues = _batch_features(posts, ctx, self.languages)
        probs, flagged, margins = model.judge(X, self.category, _memo["langs"])  # the features: once per batch
        out: list[list[Finding]] = [[] for _ in posts]
        above = np.flatnonzero(flagged).tolist()
        hits = _memo["sure"]  # the sure signs' matches, found with the cues (classifiers/sure_signs.signs_found)
        sure_at = {i: sure for i in _memo["sure_rows"]
                   if (sure := signs_found(self.category, posts[i].text, languages_for(posts[i], self.languages), hits[i]))} if self.has_sure_signs else {}
        for i in sorted(set(above) | set(sure_at)):  # only the posts that can be findings
            post, score, evidence, margin = posts[i], float(probs[i]), [], float(margins[i]) if flagged[i] else None
            if flagged[i] and self.judged(post.text, cues[i], _word_count(posts, i)) and not self.cleared(cues[i]):
                evidence = model.explain(_row(X, i), self.category, post.text, cues[i])
                if evidence and self.clear_sign(post.text, languages_for(post, self.languages), cues[i], evidence):
                    evidence = []  # the model's finding is cleared; a sure sign below still flags
            sure = sure_at.get(i)
            if sure and not self.cleared(cues[i]):
                score, margin = max(score, SURE_SCORE), None  # a sure sign passed no threshold
                evidence = sure + [e for e in evidence if not any(overlaps(e, s) for s in sure)]
            if evidence:
                out[i].append(Finding(self.name, self.category, post.key, round(score, 4), tuple(sorted(evidence, key=lambda e: (e.start, e.end))),
                                      self.label(cues[i]), None if margin is None else round(margin, 3)))
        return out

    def label(self, cues: Sequence[Cue]) -> str | None:
        """A sub-label for the finding (overridden where a category has one, e.g. the party)."""
        return None
