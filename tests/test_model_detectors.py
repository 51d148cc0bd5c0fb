"""The model-backed detectors against their FR/EN case files: flagged where marked, silent where not.

Each case file (tests/cases/<detector>.<lang>.txt) holds realistic posts. A marked line must be
flagged, with at least one evidence span overlapping one of its marks (the words an advisor would
highlight); an unmarked line must give no finding. Lines starting with `~ ` are known misses: kept
visible as the honest record of where the model is weak, not asserted, and capped per file.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from classifiers.casefile import Case, load_cases
from classifiers.modeldetector import ModelDetector
from classifiers.registry import all_detectors
from footprint.context import Context
from footprint.model import Finding, Kind, Post

CASES = Path(__file__).resolve().parent / "cases"
MAX_KNOWN_MISSES = 0.20  # share of a file's cases that may be known misses
MIN_CASES = 30
WHEN = datetime(2023, 6, 1, 12, 0, tzinfo=timezone.utc)

MODEL_DETECTORS = [d for d in all_detectors() if isinstance(d, ModelDetector)]  # personal_info: tests/test_personal_info.py
RUNS = [pytest.param(d, lang, id=f"{d.name}.{lang}") for d in MODEL_DETECTORS for lang in d.languages]


def _post(case: Case, lang: str) -> Post:
    return Post(platform="case", id=case.where, created_at=WHEN, text=case.text, kind=Kind.POST, author_is_owner=True, lang=lang)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


def _show(case: Case, findings: list[Finding]) -> str:
    marks = [case.text[s:e] for s, e, _ in case.spans]
    found = [(round(f.score, 3), case.text[e.start : e.end]) for f in findings for e in f.evidence]
    return f"{case.where}: {case.text!r}\n    marks {marks}\n    found {found}"


def test_a_hashtag_opening_a_case_line_is_an_example_not_a_comment(tmp_path):
    path = tmp_path / "x.en.txt"
    path.write_text("# a comment\n#\n# --- negatives ---\n#ad [[Use code JULIE15|conflict_of_interest]]\n"
                    "#StopTheSpread, wash your hands\n", encoding="utf-8")
    cases = load_cases(path)
    assert [c.text for c in cases] == ["#ad Use code JULIE15", "#StopTheSpread, wash your hands"]
    assert cases[0].spans and not cases[1].spans


def test_every_model_detector_is_covered():
    assert MODEL_DETECTORS, "no registered detector has detect_many"


@pytest.mark.parametrize("detector,lang", RUNS)
def test_case_file_is_sound(detector, lang):
    """Big enough, positives and negatives, only this detector's label, and few known misses."""
    path = CASES / f"{detector.name}.{lang}.txt"
    assert path.exists(), f"write {path.name}"
    cases = load_cases(path)
    positives = [c for c in cases if c.spans]
    assert len(cases) >= MIN_CASES, f"{path.name}: only {len(cases)} cases"
    assert positives and len(positives) < len(cases), f"{path.name}: needs positives and negatives"
    for case in cases:
        assert {label for _, _, label in case.spans} <= {detector.category}, f"{case.where}: marks must be labelled {detector.category}"
    misses = [c for c in cases if c.known_miss]
    assert len(misses) <= MAX_KNOWN_MISSES * len(cases), (
        f"{path.name}: {len(misses)} known misses of {len(cases)} cases (at most {MAX_KNOWN_MISSES:.0%})"
    )


@pytest.mark.parametrize("detector,lang", RUNS)
def test_detector_on_its_cases(detector, lang):
    """Every case not marked as a known miss: marked lines flagged on their marks, unmarked lines silent."""
    cases = load_cases(CASES / f"{detector.name}.{lang}.txt")
    posts = [_post(c, lang) for c in cases]
    results = detector.detect_many(posts, Context())
    assert len(results) == len(posts)
    failures: list[str] = []
    for case, post, findings in zip(cases, posts, results):
        for f in findings:
            if f.category != detector.category or f.post_key != post.key or not f.evidence:
                failures.append(f"malformed finding {f!r}\n  {_show(case, findings)}")
            for e in f.evidence:
                if not (0 <= e.start < e.end <= len(case.text)):
                    failures.append(f"evidence [{e.start}, {e.end}) outside the text\n  {_show(case, findings)}")
        if case.known_miss:
            continue
        if case.spans:
            if not findings:
                failures.append(f"missed (not flagged)\n  {_show(case, findings)}")
            elif not any(_overlaps((s, t), (e.start, e.end)) for s, t, _ in case.spans for f in findings for e in f.evidence):
                failures.append(f"flagged, but no evidence on the marked words\n  {_show(case, findings)}")
        elif findings:
            failures.append(f"false alarm on a negative\n  {_show(case, findings)}")
    assert not failures, f"{len(failures)} failing case(s) for {detector.name}.{lang}:\n" + "\n".join(failures)


HARASSMENT = next(d for d in MODEL_DETECTORS if d.category == "harassment")


@pytest.mark.parametrize("text,lang,threat", [
    ("I'm going to kill you if you come near my family again", "en", "I'm going to kill you"),
    ("we will stab you all, count on it", "en", "we will stab you"),
    ("Je vais te tuer si tu t'approches encore de ma famille", "fr", "Je vais te tuer"),
    ("j'vais te descendre mon tabarnak", "fr", "j'vais te descendre"),
    ("Toé, tu vas crever, je le jure", "fr", "tu vas crever"),
])
def test_an_explicit_threat_is_flagged_whatever_the_model_says(text, lang, threat):
    [finding] = HARASSMENT.detect_many([Post("t", "1", WHEN, text, Kind.POST, True, lang=lang)], Context())[0]
    assert finding.score >= 0.9
    assert any(text[e.start:e.end] == threat and "sure sign" in e.reason for e in finding.evidence)


@pytest.mark.parametrize("text,lang,sign,words", [
    ("@kev_b go hang yourself, nobody would notice", "en", "death_wish", "go hang yourself"),
    ("I hope you die in a ditch, loser", "en", "death_wish", "hope you die"),
    ("Found your LinkedIn. Nice office in Gatineau.", "en", "doxxing", "Found your LinkedIn"),
    ("You're going to regret posting that about my wife.", "en", "veiled_threat", "You're going to regret posting"),
    ("you are genuinely the stupidest manager this branch has ever had", "en", "direct_insult", "you are genuinely the stupidest"),
    ("Those people are subhuman and everyone knows it", "en", "dehumanising", "subhuman"),
    ("stop hiring retards for the help desk", "en", "slur", "retards"),
    ("@manon va te pendre, personne va s'ennuyer", "fr", "death_wish", "va te pendre"),
    ("J'ai ta plaque pis ton adresse, à bientôt", "fr", "doxxing", "J'ai ta plaque"),
    ("Je vais te faire regretter ton commentaire", "fr", "veiled_threat", "Je vais te faire regretter"),
    ("t'es rien qu'un déchet pis tout le bureau le sait", "fr", "direct_insult", "t'es rien qu'un déchet"),
    ("gang de fifs au conseil, encore", "fr", "slur", "gang de fifs"),
    ("Les itinérants, c'est des déchets humains", "fr", "dehumanising", "déchets humains"),
])
def test_death_wishes_doxxing_slurs_and_direct_insults_are_sure_signs(text, lang, sign, words):
    [finding] = HARASSMENT.detect_many([Post("t", "1", WHEN, text, Kind.POST, True, lang=lang)], Context())[0]
    assert any(text[e.start:e.end] == words and f"cue {sign}:" in e.reason for e in finding.evidence), finding.evidence


@pytest.mark.parametrize("text,lang,label", [
    ("Senior Policy Analyst, Employment and Social Development Canada | Views my own", "en", "with_disclaimer"),
    ("Senior Policy Analyst, Employment and Social Development Canada | Ottawa", "en", "no_disclaimer"),
    ("Conseillère principale, ministère des Finances du Québec | opinions personnelles", "fr", "with_disclaimer"),
])
def test_official_capacity_says_whether_a_personal_views_note_is_there(text, lang, label):
    detector = next(d for d in MODEL_DETECTORS if d.category == "official_capacity")
    [finding] = detector.detect_many([Post("t", "1", WHEN, text, Kind.PROFILE, True, lang=lang)], Context())[0]
    assert finding.label == label


def test_a_model_finding_says_how_far_it_cleared_its_threshold_and_a_sure_sign_passed_none():
    """The margin is the model's log-odds above the threshold it had to pass (the lower of its two stages), as
    TextModel.margins computes it for the batch; borderline is a margin under BORDERLINE_MARGIN."""
    from classifiers.textmodel import load_model
    from classifiers.training.corpus import load
    from footprint.model import BORDERLINE_MARGIN

    rows = [r for r in load() if r.is_test and r.category == "employer_criticism"][:400]
    posts = [Post("t", r.id, WHEN, r.text, Kind.POST, True, lang=r.lang) for r in rows]
    detector = next(d for d in MODEL_DETECTORS if d.category == "employer_criticism")
    found = detector.detect_many(posts, Context())
    model = load_model()
    from classifiers.modeldetector import _memo

    _, flagged, margins = model.judge(_memo["X"], "employer_criticism", _memo["langs"])
    findings = [(i, f) for i, fs in enumerate(found) for f in fs]
    assert len(findings) > 50
    for i, f in findings:
        assert flagged[i] and f.margin is not None and f.margin >= 0 and abs(f.margin - margins[i]) < 1e-3
        assert f.borderline == (f.margin < BORDERLINE_MARGIN)
    kinds = {f.borderline for _, f in findings}
    assert kinds == {True, False}, "a test split's findings hold both kinds"
    [sure] = HARASSMENT.detect_many([Post("t", "1", WHEN, "Je vais te tuer si tu reviens", Kind.POST, True, lang="fr")], Context())[0]
    assert sure.margin is None and not sure.borderline
