"""Sure signs are sure: none on hyperbole, games, mentions or any corpus negative; every sign worded in both
languages; and their gates change speed only (a sign whose gate stays shut cannot match)."""

import json
from importlib import resources

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


@pytest.mark.parametrize("text,lang", [
    ("I'll kill you at chess tonight", "en"),
    ("I'm gonna kill you lol if you spoil the finale", "en"),
    ("He told me 'I'm going to kill you' and I called the police", "en"),
    ("I'll shoot you an email with the deck", "en"),
    ("Gonna kill it at the presentation tomorrow", "en"),
    ("Je vais tuer ce dossier-là avant vendredi 💪", "fr"),
    ("Tu vas mourir de rire avec ce film", "fr"),
    ("Il m'a écrit « je vais te tuer », j'ai porté plainte", "fr"),
    ("je vais te tuer au Scrabble pis tu le sais 😂", "fr"),
    ("@jo I'll literally kill you if you spoil the finale 😤", "en"),
    ("Je vais te tuer si tu manges mon dernier morceau de tarte", "fr"),
    ("Teaching my kids that 'retard' is not a word we use. Good talk at dinner.", "en"),
    ("Got called a fag in high school. It still stings, twenty years on.", "en"),
    ("My zucchini plants multiply like rabbits this year", "en"),
    ("Watch your back on the ice tonight, it's slippery out there", "en"),
    ("I know where you live and I'm coming for Sunday dinner 😘", "en"),
    ("Mon vol est retardé de deux heures, encore", "fr"),
    ("Il va mourir avec son secret, ce pouding-là", "fr"),
    ("Au secondaire, je me suis fait traiter de fif tous les jours. Ça laisse des traces.", "fr"),
    ("La recette dit que les levures se reproduisent vite au chaud", "fr"),
])
def test_hyperbole_games_jokes_mentions_and_reported_words_are_no_sure_sign(text, lang):
    assert sure_signs("harassment", text, (lang,)) == []


def test_no_sure_sign_fires_on_a_negative_of_the_corpus():
    """Every corpus file's negatives (every category, hard ones included): a sure sign must be sure."""
    fired = [r.text for r in load() if r.label == 0 and sure_signs("harassment", r.text, (r.lang,))]
    assert not fired, fired[:5]


def test_every_sure_sign_is_named_in_french_and_english():
    names = {sign for entry in sure_table().values() for sign, _, _ in entry.signs}
    assert {"violent_threat", "death_wish", "doxxing", "slur"} <= names
    for lang in ("fr", "en"):
        catalogue = json.loads(resources.files("reports.i18n").joinpath(f"{lang}.json").read_text(encoding="utf-8"))
        assert not sorted(names - set(catalogue["evidence_reasons"]["cues"])), lang


def test_the_audit_finds_the_sure_signs_with_the_cues_as_sure_signs_finds_them_alone():
    """The signs are rows of the lexicon index (one pass over a post's words opens both); signs_found reads their
    matches. Every corpus text, in its language and with both, plus the IGNORECASE oddities: the same evidence."""
    from classifiers.cues import find_cues
    from classifiers.sure_signs import signs_found

    rows = load()
    texts = [(r.text, (r.lang,)) for r in rows] + [(r.text, ("fr", "en")) for r in rows if r.category == "harassment"]
    texts += [(t, ("fr", "en")) for t in ("I'm going to \u212aill you", "go hang yourſelf", "Je vais te TUER", "We'll STRANGLE you all")]
    differ, signed = [], 0
    for text, langs in texts:
        hits: list = []
        cues = find_cues(text, langs, (), hits)
        alone = sure_signs("harassment", text, langs)
        signed += bool(alone)
        assert not any(c.name.startswith("sure:") for c in cues)
        if signs_found("harassment", text, langs, hits) != alone:
            differ.append(text)
    assert signed > 100 and not differ[:3]
