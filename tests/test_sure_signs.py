"""The sure signs' gates change speed only: a sign whose gate stays shut cannot match."""

import pytest

from classifiers.patterns import _WORD_RUN, _fold
from classifiers.sure_signs import sure_signs, sure_table
from classifiers.training.corpus import load


def _shut_but_matching(texts: list[str]) -> list[tuple[str, str]]:
    misses = []
    for entry in sure_table().values():
        for name, pattern, gate in entry.signs:
            if gate is None:
                continue
            for text in texts:
                folded = _fold(text)
                if pattern.search(text) and not gate.opens(folded, frozenset(_WORD_RUN.findall(folded))):
                    misses.append((name, text))
    return misses


def test_every_sign_has_a_gate():
    assert all(gate is not None for entry in sure_table().values() for _, _, gate in entry.signs)


def test_no_gate_stays_shut_on_a_corpus_text_a_sign_matches():
    texts = [r.text for r in load()]
    assert len(texts) > 20000
    assert not _shut_but_matching(texts)[:5]


@pytest.mark.parametrize("text,lang", [
    ("I'm going to \u212aill you", "en"),  # the Kelvin sign matches k under IGNORECASE; lower() keeps it
    ("go hang yourſelf", "en"),  # the long s matches s under IGNORECASE
    ("Je vais te TUER", "fr"),
    ("STOP HIRING RETARDS", "en"),
])
def test_gates_open_wherever_ignorecase_matches(text, lang):
    assert not _shut_but_matching([text])
    assert sure_signs("harassment", text, (lang,))


def test_a_gated_sign_still_finds_its_words():
    [hit] = sure_signs("harassment", "We'll STRANGLE you all", ("en",))
    assert "violent_threat" in hit.reason
