"""The language path: langdetect's own n-grams and profiles, its random walks' expected answer; as good as langdetect."""

from __future__ import annotations

import math

import pytest

from classifiers.training.corpus import load
from footprint import language
from footprint.language import _NOISE, _expected, _langdetect, _ngrams, _words, detect_language

CRAFTED = [
    "Le gouvernement du Canada annonce un nouveau programme pour les aînés.",
    "The Government of Canada announced a new program for seniors today.",
    "LOL OMG c'est VRAIMENT trop drôle, I can't even",  # mixed, capitals
    "Écrivez à jean.tremblay@example.com ou visitez https://example.com/fr?x=1 — merci!",
    "NDP NDP NDP vote vote vote",
    "Tiếng Việt có dấu: người, được, những",  # Vietnamese normalisation
    "Привет, как дела? Всё хорошо, спасибо большое, друзья!",  # Cyrillic: langdetect drops Latin letters
    "日本語のテキストとカタカナ、ひらがな、漢字があります。",
    "a b c d e f g h i j k l m n o p",
    "   lots   of     spaces\tand\ttabs\nand\nlines   ",
    "Ça va? Oui, ça va très bien, merci beaucoup mon ami",
    "x" * 12,
    ("Le rapport annuel est publié aujourd'hui. " * 300),  # longer than langdetect reads
]


def corpus_sample() -> list[str]:
    """Every fourth corpus text (fr and en, short and long)."""
    return [row.text for row in load()][::4]


def test_agrees_with_langdetect_and_is_as_accurate_on_the_labelled_corpus():
    rows = load()[::3]
    ours = [detect_language(r.text) for r in rows]
    theirs = [_langdetect(_NOISE.sub(" ", r.text)) if sum(map(str.isalpha, _NOISE.sub(" ", r.text))) >= language.MIN_LETTERS else "und" for r in rows]
    agree = sum(a == b for a, b in zip(ours, theirs)) / len(rows)
    accuracy = sum(a == r.lang for a, r in zip(ours, rows)) / len(rows)
    reference = sum(b == r.lang for b, r in zip(theirs, rows)) / len(rows)
    assert agree >= 0.99 and accuracy >= reference - 0.005 and accuracy >= 0.97, (agree, accuracy, reference)


def test_crafted_texts():
    answers = [detect_language(t) for t in CRAFTED]
    assert answers[:2] == ["fr", "en"] and answers[10] == "fr" and answers[4] == "en"
    assert answers[6] == _langdetect(CRAFTED[6]) and answers[12] == "fr"  # left to langdetect itself


def test_words_stats_add_up_to_the_texts_log_ratios():
    weight = language._settings().alpha / language.Detector.BASE_FREQ
    for text in CRAFTED[:6] + corpus_sample()[:30]:
        letters = _NOISE.sub(" ", text)
        first, second = _ngrams(letters)
        ratios = [math.log((weight + p) / (weight + q)) for p, q in zip(first, second)]
        stats = [language._word_stats(key) for key in _words(letters)]
        assert sum(s[0] for s in stats) == len(ratios)
        assert math.isclose(sum(s[1] for s in stats), sum(ratios), abs_tol=1e-9)
        assert math.isclose(sum(s[2] for s in stats), sum(x * x for x in ratios), abs_tol=1e-6)


def test_expected_answer_needs_a_clear_drift():
    assert _expected(0, 0.0, 0.0) == "und"
    assert _expected(10, 10.0, 10.0) == "fr" and _expected(10, -10.0, 10.0) == "en"  # every n-gram agrees
    assert _expected(100, 2.0, 400.0) == "und"  # mean 0.02, variance 4: a walk ends either way
    assert _expected(100, 10.0, 400.0) == "und"  # mean 0.1: theta = 2 * 0.1 * 11.5 / 4 = 0.58, a chance of 0.64
    assert _expected(100, 30.0, 400.0) == "fr"  # mean 0.3: theta 1.7, a chance of 0.85
def _langdetect_ngrams(letters: str) -> list[tuple[float, ...]]:
    """langdetect's own n-gram list for a text, as profile probabilities."""
    detector = language._factory().create()
    detector.append(letters)
    detector.cleaning_text()
    profile = detector.word_lang_prob_map
    return [tuple(profile[g]) for g in detector._extract_ngrams()]


@pytest.mark.parametrize("text", CRAFTED[:6] + CRAFTED[8:11] + corpus_sample()[:40])
def test_ngrams_are_langdetects_in_its_order(text):
    letters = _NOISE.sub(" ", text)
    first, second = _ngrams(letters)
    assert list(zip(first, second)) == _langdetect_ngrams(letters)


@pytest.mark.parametrize("start", [0x20, 0xA0, 0x2000, 0x0180, 0x1E90, 0x3040, 0xAC00, 0x4E00])
def test_ngrams_are_langdetects_for_every_kind_of_character(start):
    """Punctuation, Latin-1, general punctuation, Latin Extended-B and Additional, kana, Hangul, CJK."""
    letters = "ab " + "".join(chr(c) + ("x" if c % 3 else " ") for c in range(start, start + 160)) + " fin"
    found = _ngrams(letters)
    if found is not None:  # (mostly non-Latin text is langdetect's own business)
        assert list(zip(*found)) == _langdetect_ngrams(letters)


def test_texts_langdetect_would_change_first_are_left_to_it():
    assert _ngrams(CRAFTED[6]) is None  # mostly Cyrillic: langdetect drops the Latin letters
    assert _ngrams(CRAFTED[-1]) is None  # past langdetect's text limit


def test_same_post_same_answer():
    text = CRAFTED[2]
    assert len({detect_language(text) for _ in range(5)}) == 1
