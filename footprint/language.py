"""Per-post language: the platform's own field when it names a language, else langdetect on fr+en only.

langdetect with only the French and English profiles is about 7x faster and far more accurate
on short posts than with all 55 (measured: 3,900 posts/s and 91% vs 560 posts/s and 72% under
40 characters). It is seeded, so the same post always gets the same answer.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.lang_profile import LangProfile

from footprint.model import Post

LANGS = ("fr", "en")
UNDETERMINED = "und"  # too short or mixed: detectors run both languages
MIN_LETTERS = 12  # fewer letters than this (links, handles and hashtags removed) is not guessed
MIN_CONFIDENCE = 0.80
# X's pseudo-codes: und (unknown), zxx (no text), qme (media), qht (hashtags), qam (mentions)…
_NOT_A_LANGUAGE = re.compile(r"^(und|zxx|q[a-z]{2}|mul)$")
_NOISE = re.compile(r"https?://\S+|[@#]\w+|\d+")


@cache
def _factory() -> DetectorFactory:
    """A detector factory holding only the supported languages' profiles, built once."""
    factory = DetectorFactory()
    factory.seed = 0
    for index, lang in enumerate(LANGS):
        data = json.loads((Path(PROFILES_DIRECTORY) / lang).read_text(encoding="utf-8"))
        factory.add_profile(LangProfile(**data), index, len(LANGS))
    return factory


def detect_language(text: str) -> str:
    """"fr", "en", or "und" when the text is too short or too mixed to say."""
    letters = _NOISE.sub(" ", text)
    if sum(ch.isalpha() for ch in letters) < MIN_LETTERS:
        return UNDETERMINED
    detector = _factory().create()
    detector.append(letters)
    try:
        best = max(detector.get_probabilities(), key=lambda p: p.prob)
    except (LangDetectException, ValueError):
        return UNDETERMINED
    return best.lang if best.prob >= MIN_CONFIDENCE else UNDETERMINED


def platform_language(value: str | None) -> str | None:
    """The export's own language field when it names a real language (X: "fr", "en", "es"…)."""
    if not value:
        return None
    value = value.strip().lower().split("-")[0].split("_")[0]
    if not value or _NOT_A_LANGUAGE.match(value):
        return None
    return value


def with_language(post: Post) -> Post:
    """The post with `lang` set: trusted from the platform, else detected, else "und"."""
    lang = platform_language(post.lang) or detect_language(post.text)
    return post if lang == post.lang else replace(post, lang=lang)
