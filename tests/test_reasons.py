"""Evidence reasons are shown in the report's language; audit.json and findings.csv keep the detector's English."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from classifiers.casefile import load_cases
from classifiers.registry import all_detectors
from footprint.context import Context
from footprint.model import Kind, Post
from footprint.parallel import detect_batch
from reports.reasons import known, localise

CASES = Path(__file__).resolve().parent / "cases"
AT = datetime(2023, 6, 1, 15, tzinfo=timezone.utc)


def rule_reasons() -> set[str]:
    return {rule.reason for d in all_detectors() for rules in getattr(d, "rules", {}).values() for rule in rules}


def test_every_rule_reason_has_a_french_and_an_english_wording():
    reasons = rule_reasons()
    assert len(reasons) > 20
    for lang in ("fr", "en"):
        missing = sorted(r for r in reasons if not known(r, lang))
        assert not missing, f"{lang}.json evidence_reasons.exact lacks: {missing}"
    french = {localise(r, "fr") for r in reasons}
    assert not french & reasons, "a French wording identical to the English one"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_reason_the_detectors_give_on_their_cases_is_worded(lang):
    posts = [Post("case", f"{path.name}:{i}", AT, case.text, Kind.POST, True, lang=lang)
             for path in sorted(CASES.glob(f"*.{lang}.txt")) for i, case in enumerate(load_cases(path))]
    reasons = {e.reason for found in detect_batch(posts, Context(), all_detectors()) for f in found for e in f.evidence}
    assert len(reasons) > 50
    assert not sorted(r for r in reasons if not known(r, "fr"))[:10]


def test_model_reasons_are_reworded_with_the_cue_named():
    assert localise("lexicon cue false_claim: “causent l'autisme” (weight +0.42)", "fr") == \
        "indice du lexique (affirmation fausse) : « causent l'autisme » (poids +0.42)"
    assert localise("term “vaccins” (weight +0.13)", "fr") == "terme « vaccins » (poids +0.13)"
    assert localise("lexicon cue violent_threat: “Je vais te tuer” (sure sign)", "fr") == \
        "indice sûr (menace de violence) : « Je vais te tuer »"
    assert localise("something new", "fr") == "something new"  # unknown: shown as written


def test_a_french_card_shows_french_reasons_and_the_json_keeps_english(tmp_path):
    from footprint.pipeline import audit
    from reports.output import write_report
    from tests.xbuild import tweet, write, ytd, zip_folder

    text = "Perdu mon cell, nouveau numéro 819 555-0147"
    archive = zip_folder(write(tmp_path / "x", {"data/tweets.js": ytd("tweets", [{"tweet": tweet(text, AT, 1, lang="fr")}])}), tmp_path / "x.zip")
    result = audit([archive], Context())
    reasons = {e.reason for r in result.reviews for f in r.findings for e in f.evidence}
    assert "Canadian phone number (NNN NNN-NNNN)" in reasons
    write_report(result, tmp_path / "r", "fr")
    html = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    for reason in reasons:
        assert localise(reason, "fr") in html and reason not in html
    assert "Canadian phone number (NNN NNN-NNNN)" in (tmp_path / "r" / "audit.json").read_text(encoding="utf-8")
