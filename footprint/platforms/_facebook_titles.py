"""Facebook's localised record titles ("X commented on Y's post.", "X a aimé la publication de Y.").

Titles only *refine* what the file's structure already says (FORMATS §0.2 rule 9, §2.3): they
name the other person (whose post was commented, liked or shared) and spot a re-share. Patterns
are data, keyed by language; a title in any other language simply matches nothing, and the
record keeps its structural kind with no target name.
"""

from __future__ import annotations

import re
from typing import Iterable

# The object after a possessive: "post", "photo", "live video", "publication partagée"…
_EN_OBJ = r"\S+(?: \S+){0,2}"
_FR_ART = r"(?:la |le |l['’]|les |au |aux |à la |à l['’]|à |un |une )?"
_FR_OBJ = r"\S+(?: \S+){0,2}?"
_FR_OF = r" (?:de |d['’])"
_POSS = r"(?:['’]s|['’])"  # "Pierre's", "Thomas'"
_OWN_EN = r"(?:his|her|their|its) own"
_OWN_FR = r"(?:sa|son|ses) propres?"

# Verb phrases by action and language. Rules are data: add a language by adding its phrases.
VERBS: dict[str, dict[str, tuple[str, ...]]] = {
    "comment": {"en": ("commented on", "replied to"), "fr": ("a commenté", "a répondu à", "a répondu au", "a répondu aux")},
    "like": {"en": ("likes", "liked"), "fr": ("a aimé", "aime")},
    "react": {"en": ("reacted to", r"reacted \S+ to"), "fr": ("a réagi à", "a réagi au", r"a réagi avec \S+ à")},
    "share": {"en": ("shared",), "fr": ("a partagé",)},
    "wall": {"en": ("wrote on", "posted on"), "fr": ("a écrit sur", "a publié sur")},
    "group_post": {"en": ("posted in", "shared a post in", "wrote in"), "fr": ("a publié dans", "a partagé une publication dans", "a écrit dans")},
}

# "…shared a post." / "…a partagé une publication." : a re-share whose author the title omits.
_SHARED_POST_NO_NAME = re.compile(r" (?:shared an? (?:post|photo|video|memory|reel)|a partagé (?:une publication|une photo|une vidéo|un souvenir|une vidéo en direct|un reel))\.?$", re.I)
# Titles of posts the person wrote on their own timeline (structure: any other title is fine too).
_YOUR_TIMELINE = re.compile(r"^(?P<actor>.+?) (?:wrote on|posted on|posted to) your (?:timeline|wall)\.?$|^(?P<actor_fr>.+?) a (?:écrit|publié) sur votre (?:journal|mur)\.?$", re.I)
_BECAME_MEMBER = re.compile(
    r"^(?:you became a member of|you joined|vous êtes devenue? membre de|vous êtes devenu\(e\) membre de|vous avez rejoint(?: le groupe)?) (?P<target>.+?)\.?$", re.I)
_LIKE_WORDS = {"like", "likes", "j'aime", "j’aime", "jaime", "aime", "me gusta", "gefällt mir", "thích", "vind ik leuk", "curtir", "mi piace"}


def _verb_alt(action: str) -> str:
    """Every language's verb phrases for one action, as a regex alternation."""
    return "|".join(v for phrases in VERBS[action].values() for v in phrases)


def _target_patterns(action: str) -> tuple[re.Pattern[str], ...]:
    """EN "<actor> <verb> <target>'s <object>." and FR "<actor> <verb> la <objet> de <cible>."."""
    verbs = _verb_alt(action)
    return (
        re.compile(rf"^(?P<actor>.+?) (?:{verbs}) (?P<own>{_OWN_EN}|{_OWN_FR}) {_EN_OBJ}\.?$", re.I),
        re.compile(rf"^(?P<actor>.+?) (?:{verbs}) (?P<target>.+?){_POSS} {_EN_OBJ}\.?$", re.I),
        re.compile(rf"^(?P<actor>.+?) (?:{verbs}) {_FR_ART}{_FR_OBJ}{_FR_OF}(?P<target>.+?)\.?$", re.I),
    )


_PATTERNS = {action: _target_patterns(action) for action in ("comment", "like", "react", "share", "wall")}
_GROUP_POST = re.compile(rf"^(?P<actor>.+?) (?:{_verb_alt('group_post')}) (?:le groupe |the group )?(?P<target>.+?)\.?$", re.I)


def _clean(title: str | None) -> str:
    return " ".join((title or "").split())


def target(title: str | None, actions: Iterable[str], owner: str | None = None) -> str | None:
    """The other person named in a title for one of `actions`; the owner's name for "their own"."""
    text = _clean(title)
    if not text:
        return None
    for action in actions:
        for pattern in _PATTERNS[action]:
            m = pattern.match(text)
            if not m:
                continue
            if m.groupdict().get("own"):
                return owner or m.group("actor")
            name = m.group("target").strip()
            if name.lower() in ("a", "an", "un", "une", "votre", "your"):  # "shared a post": no name
                return None
            return name
    return None


def actor(title: str | None, action: str) -> str | None:
    """Who did `action` in a title ("Priya wrote on Noémie's timeline." → "Priya")."""
    text = _clean(title)
    for pattern in _PATTERNS[action]:
        m = pattern.match(text)
        if m:
            return m.group("actor").strip()
    return None


def is_reshare(title: str | None) -> bool:
    """A title that says the record re-shares someone else's post (any name, or none)."""
    text = _clean(title)
    if not text:
        return False
    if _SHARED_POST_NO_NAME.search(text):
        return True
    share = _verb_alt("share")
    return bool(re.search(rf" (?:{share}) (?:.+?{_POSS} (?:post|photo|video|memory|reel|status|live video)|{_FR_ART}(?:publication|photo|vidéo|souvenir|statut|vidéo en direct|reel){_FR_OF}.+?)\.?$", text, re.I))


def wall_author(title: str | None) -> str | None:
    """Who wrote on the person's timeline: "Marc wrote on your timeline." / "Marc a écrit sur votre journal."."""
    m = _YOUR_TIMELINE.match(_clean(title))
    if not m:
        return None
    return (m.group("actor") or m.group("actor_fr") or "").strip() or None


def group_name(title: str | None) -> str | None:
    """The group of "X posted in G." / "X a publié dans G." or "You became a member of G."."""
    text = _clean(title)
    m = _GROUP_POST.match(text) or _BECAME_MEMBER.match(text)
    return m.group("target").strip() if m else None


def is_like_word(value: str | None) -> bool:
    """A reaction value meaning a plain like ("LIKE", "Like", "J'aime", Vietnamese "Thích"…)."""
    return bool(value) and value.strip().lower() in _LIKE_WORDS


def is_like_title(title: str | None) -> bool:
    """A title whose verb is "like" rather than another reaction, when no reaction value exists."""
    text = _clean(title)
    return any(p.match(text) for p in _PATTERNS["like"])
