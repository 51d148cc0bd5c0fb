"""Per-post language: the platform's own field when it names a language, else fr or en from langdetect's profiles.

langdetect with only the French and English profiles is about 7x faster and far more accurate on
short posts than with all 55 (measured: 3,900 posts/s and 91% vs 560 posts/s and 72% under 40
characters).

langdetect decides by seeded random walks: each of its 7 trials multiplies the languages'
probabilities of randomly drawn n-grams of the text until one language passes 0.99999, and the
trials' results are averaged. Here the same n-grams (langdetect's own extraction and profiles)
give that average's expected value directly, without drawing: for two languages a trial is a
random walk of the log-ratio x = log((w + p_fr) / (w + p_en)) per drawn n-gram (w: langdetect's
smoothing), stopped at ±B = ±log(0.99999 / 0.00001); with mean m and variance v of x over the
text's n-grams, the chance that it ends on French is 1 / (1 + exp(-2·m·B / v)) (gambler's ruin
with drift). A word's n-grams never depend on its neighbours, so each word's count, sum and sum
of squares of x are worked out once. The answer is a language when its chance is at least 0.8, as
langdetect's, else "und". On the labelled corpus it agrees with langdetect on 99.8% of texts and
is as accurate (98.1% vs 98.2%; tests/test_language_fast.py), deterministic without a seed, and
about twice as fast. Texts langdetect would shorten or strip of Latin letters go to langdetect itself.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.lang_profile import LangProfile
from langdetect.utils.ngram import NGram

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
    if sum(map(str.isalpha, letters)) < MIN_LETTERS:
        return UNDETERMINED
    words = _words(letters)
    if words is None:
        return _langdetect(letters)
    n = total = squares = 0.0
    for key in words:
        a, b, c = _known_stats.get(key) or _word_stats(key)
        n += a
        total += b
        squares += c
    return _expected(int(n), total, squares)


def _langdetect(letters: str) -> str:
    """langdetect itself: the reference, and the answer for texts the fast path leaves to it."""
    detector = _factory().create()
    detector.append(letters)
    try:
        best = max(detector.get_probabilities(), key=lambda p: p.prob)
    except (LangDetectException, ValueError):
        return UNDETERMINED
    return best.lang if best.prob >= MIN_CONFIDENCE else UNDETERMINED


# ---- langdetect's n-grams and profiles, its random walks' expected answer ---------------------------------------------------------

_LATIN = re.compile(r"[A-z]")  # what langdetect's cleaning counts as Latin ('A' <= ch <= 'z')
_NON_LATIN = re.compile(r"[\u0300-\u1dff\u1f00-\U0010ffff]")  # from U+0300 on, Latin Extended Additional aside
_WORD_LIMIT = 200_000  # distinct words remembered before starting afresh
_known_stats: dict[tuple[str, bool], tuple[int, float, float]] = {}


@cache
def _normalized() -> dict[int, str]:
    """langdetect's per-character normalisation of the characters it changes (all in the BMP)."""
    table = {}
    for code in range(0x10000):
        normal = NGram.normalize(chr(code))
        if normal != chr(code):
            table[code] = normal
    return table


_ASCII_NOT_LETTERS = re.compile(r"[^A-Za-z\x80-\U0010ffff]+")  # langdetect turns each into a space (one will do)


@cache
def _non_ascii_changed() -> re.Pattern[str]:
    """The non-ASCII characters langdetect's normalisation changes, as one character class."""
    codes = sorted(c for c in _normalized() if c >= 0x80)
    ranges, start = [], codes[0]
    for previous, code in zip(codes, codes[1:] + [None]):
        if code != previous + 1:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(previous))}" if previous > start else re.escape(chr(start)))
            start = code
    return re.compile(f"[{''.join(ranges)}]")


def _normalize(text: str) -> str:
    """langdetect's normalisation, for splitting into words: a run of what becomes spaces is one space."""
    text = _ASCII_NOT_LETTERS.sub(" ", text)
    if text.isascii():
        return text
    table = _normalized()
    return _non_ascii_changed().sub(lambda m: table[ord(m.group())], text)


def _words(letters: str) -> list[tuple[str, bool]] | None:
    """The text's normalised words as langdetect splits them (each: the word, followed by a space?); None: leave it to langdetect."""
    text = Detector.URL_RE.sub(" ", letters)
    text = Detector.MAIL_RE.sub(" ", text)
    text = NGram.normalize_vi(text)
    if len(text) > _settings().max_text_length:
        return None  # langdetect reads only the start
    non_latin = len(_NON_LATIN.findall(text))
    if non_latin and len(_LATIN.findall(text)) * 2 < non_latin:
        return None  # langdetect drops the Latin letters of such a text
    words = _normalize(text).split(" ")
    last = len(words) - 1
    return [(word, i < last) for i, word in enumerate(words) if word]


def _ngrams(letters: str) -> tuple[list[float], list[float]] | None:
    """Each language's probability of the text's n-grams, in langdetect's order; None: leave it to langdetect."""
    words = _words(letters)
    if words is None:
        return None
    profile = _factory().word_lang_prob_map
    found = [p for key in words for p in _profile_values(*key, profile)]
    return [p for p, _ in found], [q for _, q in found]


def _word_stats(key: tuple[str, bool]) -> tuple[int, float, float]:
    """Count, sum and sum of squares of the log-ratio French/English over a word's n-grams (remembered)."""
    ratios = _profile_values(*key, _log_ratios())
    if len(_known_stats) > _WORD_LIMIT:
        _known_stats.clear()
    _known_stats[key] = stats = (len(ratios), sum(ratios), sum(x * x for x in ratios))
    return stats


@cache
def _log_ratios() -> dict[str, float]:
    """Each profile n-gram's log-ratio French/English, log((w + p_fr) / (w + p_en)) with langdetect's smoothing w."""
    weight = _settings().alpha / Detector.BASE_FREQ
    return {gram: math.log((weight + p) / (weight + q)) for gram, (p, q) in _factory().word_lang_prob_map.items()}


def _profile_values(word: str, spaced: bool, table: dict[str, Any]) -> list[Any]:
    """What `table` (keyed by the profiles' n-grams) holds for langdetect's n-grams of one normalised word (and of the
    space after it) that its profiles know, in its order.

    Its buffer holds the last N_GRAM (3) characters, starting afresh after every space (so a word's n-grams never
    depend on its neighbours); after each character it takes the buffer's last 1, 2 … N_GRAM characters (never a
    lone space), except after the second of two capitals in a row (it skips ALL-CAPS words).
    """
    get = table.get
    s = " " + word + (" " if spaced else "")
    return [value for k in range(1, len(s)) if not (s[k].isupper() and s[k - 1].isupper())
            for n in range(1, min(k + 1, NGram.N_GRAM) + 1) if (gram := s[k - n + 1:k + 1]) != " " and (value := get(gram)) is not None]


@cache
def _settings() -> Detector:
    """A detector as langdetect makes one (its trials, smoothing and text limit), built once."""
    return _factory().create()


_BOUND = math.log(Detector.CONV_THRESHOLD / (1 - Detector.CONV_THRESHOLD))  # where a trial stops
_SURE = 50.0  # a chance of 1 / (1 + e^-50): certain


def _expected(n: int, total: float, squares: float) -> str:
    """The language a trial ends on with a chance of at least 0.8, from the log-ratios' count, sum and sum of squares."""
    if not n:
        return UNDETERMINED  # langdetect: "No features in text"
    mean = total / n
    variance = squares / n - mean * mean
    theta = math.copysign(_SURE, mean) if variance <= 1e-12 else max(-_SURE, min(_SURE, 2 * mean * _BOUND / variance))
    french = 1 / (1 + math.exp(-theta))
    return LANGS[0] if french >= MIN_CONFIDENCE else LANGS[1] if 1 - french >= MIN_CONFIDENCE else UNDETERMINED


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
