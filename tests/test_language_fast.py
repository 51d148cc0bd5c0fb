"""The fast language path is langdetect's own algorithm: same n-grams, same probabilities, same answers."""

from __future__ import annotations

import random

import pytest

from classifiers.training.corpus import load
from footprint import language
from footprint.language import _NOISE, _langdetect, _ngrams, _walk, detect_language

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


def test_same_answer_as_langdetect_on_corpus_and_crafted_texts():
    texts = corpus_sample() + CRAFTED
    letters = [_NOISE.sub(" ", t) for t in texts]
    expected = [_langdetect(x) if sum(map(str.isalpha, x)) >= language.MIN_LETTERS else "und" for x in letters]
    assert [detect_language(t) for t in texts] == expected


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


@pytest.mark.parametrize("text", [CRAFTED[0], CRAFTED[1], CRAFTED[2], CRAFTED[4]])
def test_probabilities_are_bit_for_bit_langdetects(text):
    letters = _NOISE.sub(" ", text)
    detector = language._factory().create()
    detector.append(letters)
    detector.get_probabilities()
    rng = random.Random()
    rng.setstate(language._seeded_state())
    ngrams, trials = _ngrams(letters), detector.n_trial
    totals = [0.0, 0.0]
    for _ in range(trials):
        first, second = _walk(*ngrams, rng)
        totals[0] += first / trials
        totals[1] += second / trials
    assert totals == detector.langprob  # exact float equality


def test_an_early_answer_is_the_answer_after_every_trial():
    settled = language._settled
    assert settled([6 / 7, 0.0], 1, 7) == "fr"  # 0.857 already, the last trial cannot take it away
    assert settled([5 / 7, 0.0], 2, 7) is None  # 0.714: two trials left could lift it past 0.8 or not
    assert settled([3 / 7, 2 / 7], 1, 7) == "und"  # no language can reach 0.8 any more
    assert settled([0.79, 0.21], 0, 7) == "und" and settled([0.1, 0.9], 0, 7) == "en"


def test_same_post_same_answer():
    text = CRAFTED[2]
    assert len({detect_language(text) for _ in range(5)}) == 1
