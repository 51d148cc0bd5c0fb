"""Personal information a public servant should not leave public: contact, identity, home, health, children.

Two opinions. The rules are data (patterns, cue lists, vetoes) keyed by language, in
_personal_info_rules.py, built on base.Rule; this module adds the mechanism they need: a cheap
prefilter per rule (digit count, trigger words), a personal cue that overrules a business veto,
and one evidence span per place (the longest) per label. The rules are precise but miss what is
said in other words (an illness, an empty house, a colleague's private life), so where no rule
fires, the shared text model's personal_info head (trained on the corpus like the other
categories) may still flag the post, explained by the words that weighed most; its finding has
no label (the report masks its evidence as "personal information").
Since 2.6.0 a listing's words anywhere in the post (just listed, open house, a brokerage, beds and baths) make a phone
number the agent's business line unless the post says the number is the writer's own ("text my cell"); a clinic's
"main line", "to book" and "Monday to Friday" are business words; and a cautionary tale ("came home to an empty
house", "never leave your key") is not one's home empty now (`Rule.spare`, session 33).
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from classifiers._personal_info_rules import DIGIT, RULES
from classifiers.base import KEPT, VETOED, RuleDetector, languages_for
from classifiers.modeldetector import ModelDetector
from classifiers.textmodel import load_model
from footprint.context import Context
from footprint.model import Evidence, Finding, Post

# --- the detector ----------------------------------------------------------------------------

_DIGITS = re.compile(r"\d")


def trie_regex(stems: set[str]) -> re.Pattern[str]:
    """One pattern reporting every stem found at a word boundary; a trie keeps it fast on a long list."""
    root: dict = {}
    for stem in stems:
        node = root
        for char in stem:
            node = node.setdefault(char, {})
        node[""] = stem

    def build(node: dict) -> str:
        if "" in node:
            return ""  # a shorter stem ends here: longer ones are folded into it (see _fold)
        alts = [re.escape(c) + build(child) for c, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(rf"\b(?=({build(root)}))")


def _fold(stem: str, stems: set[str]) -> str:
    """The shortest stem that is a prefix of this one: the trie reports only that one."""
    return min((s for s in stems if stem.startswith(s)), key=len)


class PersonalInfoDetector(RuleDetector):
    """RuleDetector with cheap prefilters (digit count, trigger stems) and one span per place per label."""

    def __post_init__(self) -> None:
        super().__post_init__()
        unique = {id(r): r for lang in self.languages for r in self.rules[lang]}
        stems = {w for r in unique.values() for group in r.triggers for w in group} - set(DIGIT)
        self._triggers = trie_regex(stems)
        gates = {key: tuple(frozenset(w if w in DIGIT else _fold(w, stems) for w in group) for group in r.triggers)
                 for key, r in unique.items()}
        plans = {lang: tuple((r, gates[id(r)]) for r in self.rules[lang]) for lang in self.languages}
        plans[None] = tuple((r, gates[key]) for key, r in unique.items())  # language unknown: shared rules run once
        self._plans = {lang: (plan, *self._index(plan)) for lang, plan in plans.items()}
        self._model_opinion = ModelDetector(self.name, self.category, self.version, self.languages)

    @staticmethod
    def _index(plan: tuple) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
        """Rules without triggers, and for each stem the rules it can wake up (through one of their groups, the smallest
        without the digit): a post only looks at the rules its stems name, never at the whole list."""
        always: list[int] = []
        by_stem: dict[str, list[int]] = {}
        for i, (_, gates) in enumerate(plan):
            if not gates:
                always.append(i)
                continue
            key = min(gates, key=lambda g: (DIGIT[0] in g, len(g)))
            for stem in key:
                by_stem.setdefault(stem, []).append(i)
        return tuple(always), {stem: tuple(rules) for stem, rules in by_stem.items()}

    def detect_many(self, posts: Sequence[Post], ctx: Context) -> list[list[Finding]]:
        """The rules on each post; the text model's opinion where the rules saw nothing (when the model has the head).

        Where a rule found a candidate and a veto around it turned it down (a shop's number, a
        singer's diagnosis), the rules have judged the post and the model does not overrule them. A
        candidate short of the context its rule needs (a school named, no child around) is no
        judgement: the model still reads that post.
        """
        judged = [self.rule_verdict(post) for post in posts]
        found = [findings for findings, _ in judged]
        if self.category in load_model().heads:
            for (mine, turned_down), theirs in zip(judged, self._model_opinion.detect_many(posts, ctx)):
                if not mine and not turned_down:
                    mine.extend(theirs)
        return found

    def detect(self, post: Post, ctx: Context) -> Iterator[Finding]:
        """The rules alone (the pipeline calls detect_many, which adds the model's opinion)."""
        yield from self.rule_verdict(post)[0]

    def rule_verdict(self, post: Post) -> tuple[list[Finding], bool]:
        """Run the rules of the post's language(s) that pass the prefilters; merge spans per label.

        Also says whether a rule's veto turned a candidate down."""
        text = post.text
        if not text:
            return [], False
        langs = languages_for(post, self.languages)
        present = set(self._triggers.findall(text.lower()))
        digits = len(_DIGITS.findall(text))
        if digits:
            present.update(DIGIT)
        hits: dict[str, list[tuple[int, int, str, float]]] = {}
        plan, always, by_stem = self._plans[langs[0] if len(langs) == 1 else None]
        woken, turned_down = set(always), False
        for stem in present:
            woken.update(by_stem.get(stem, ()))
        for i in sorted(woken):  # in the rules' order, as without the index
            rule, gates = plan[i]
            if digits < rule.min_digits or any(present.isdisjoint(g) for g in gates):
                continue
            for start, end, verdict in rule.verdicts(text):
                if verdict == KEPT:
                    hits.setdefault(rule.label, []).append((start, end, rule.reason, rule.score))
                elif verdict == VETOED:
                    turned_down = True
        return [self._finding(post, label, spans) for label, spans in hits.items()], turned_down

    def _finding(self, post: Post, label: str, spans: list[tuple[int, int, str, float]]) -> Finding:
        """One finding per label; a span inside a longer span of the same label is dropped."""
        spans.sort(key=lambda s: (s[0], -s[1]))
        kept: list[tuple[int, int, str, float]] = []
        for span in spans:
            if not kept or span[1] > kept[-1][1]:
                kept.append(span)
        evidence = tuple(Evidence(s, e, why) for s, e, why, _ in kept)
        return Finding(self.name, self.category, post.key, max(s[3] for s in kept), evidence, label)


DETECTORS = (PersonalInfoDetector("personal_info", "personal_info", "2.6.0", RULES),)
