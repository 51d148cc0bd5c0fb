"""--redact: detected personal information and other people's names and handles are masked everywhere
the report quotes them (page, reasons, actions, links, CSV, JSON, deletion lists)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from footprint.assess import assess
from footprint.context import Context
from footprint.model import Evidence, Finding, Kind, Post
from reports.output import report_files
from reports.redact import BLOCK, masks
from tests.report_data import audit_of

WHEN = datetime(2021, 3, 6, 15, 0, tzinfo=timezone.utc)
SECRETS = ("819 555-0147", "Léa Tremblay", "@marc_gagnon", "Priya Raman", "priya_raman")  # free-text names: tests/test_redact_names.py


def case(ctx: Context):
    """A post with a phone number, a child's name, someone else's handle and the owner's own handle;
    a like of a named person's post; someone's post on the owner's timeline."""
    text = "Appelez-moi au 819 555-0147, ma fille Léa Tremblay vous ouvrira. Merci @marc_gagnon et @noemie_lo!"
    own = Post("x", "1", WHEN, text, Kind.POST, True, url="https://x.com/noemie_lo/status/1", lang="fr")
    phone, child = text.index("819"), text.index("Léa")
    f1 = Finding("personal_info", "personal_info", own.key, 0.9, (Evidence(phone, phone + 12, "phone pattern “819 555-0147”"),), "phone")
    f2 = Finding("personal_info", "personal_info", own.key, 0.8, (Evidence(child - 9, child + 12, "child cue “ma fille Léa Tremblay”"),), "child")
    like = Post("x", "2", WHEN, "Votez pour Jagmeet Singh le 20 septembre", Kind.LIKE, False, url="https://x.com/priya_raman/status/2",
                author="priya_raman", time_is_estimate=True)
    f3 = Finding("partisanship", "partisanship", like.key, 0.9, (Evidence(11, 24, "lexicon cue leader: “Jagmeet”"),))
    wall = Post("facebook", "3", WHEN, "Happy birthday Noémie! Priya Raman here, vote NDP", Kind.POST, False, author="Priya Raman")
    f4 = Finding("partisanship", "partisanship", wall.key, 0.8, (Evidence(45, 48, "party “NDP”"),))
    reviews = [assess(own, [f1, f2], ctx), assess(like, [f3], ctx), assess(wall, [f4], ctx)]
    return audit_of(reviews, [own, like, wall], ctx)


@pytest.fixture
def ctx():
    return Context(handles=("noemie_lo",))


def test_masks_cover_personal_information_mentions_and_authors(ctx):
    audit = case(ctx)
    own = next(r for r in audit.reviews if r.post.id == "1")
    kinds = [(own.post.text[m.start:m.end], m.kind) for m in masks(own, ctx.handles)]
    assert ("819 555-0147", "phone") in kinds and ("@marc_gagnon", "mention") in kinds
    assert any(k == "child" and "Léa Tremblay" in s for s, k in kinds)
    assert not any("noemie_lo" in s for s, _ in kinds), "the person's own handle stays"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_redacted_outputs_never_contain_the_masked_words(ctx, lang):
    audit = case(ctx)
    plain = report_files(audit, lang)
    redacted = report_files(audit, lang, redacted=True)
    assert all(any(secret in text for text in plain.values()) for secret in SECRETS), "the test must be able to fail"
    for name, text in redacted.items():
        for secret in SECRETS:
            assert secret not in text, (name, secret)
    page = redacted["index.html"]
    assert ("[téléphone]" if lang == "fr" else "[phone]") in page and ("[identifiant]" if lang == "fr" else "[handle]") in page
    assert "@noemie_lo" in page and 'class="masked"' in page
    assert "https://x.com/priya_raman" not in page and "https://x.com/noemie_lo/status/1" in page
    assert ("Copie caviardée" if lang == "fr" else "Redacted copy") in page


def test_redacted_json_keeps_offsets_true(ctx):
    doc = json.loads(report_files(case(ctx), "en", redacted=True)["audit.json"])
    assert doc["run"]["redacted"] is True
    for post in doc["flagged"]:
        for f in post["findings"]:
            for ev in f["evidence"]:
                assert post["text"][ev["start"]:ev["end"]] == ev["quote"]
    own = next(p for p in doc["flagged"] if p["id"] == "1")
    assert BLOCK * 12 in own["text"] and own["actions"][0]["detail"] == BLOCK * 12 + " · " + BLOCK * 21


def test_unredacted_report_is_unchanged_by_the_feature(ctx):
    page = report_files(case(ctx), "en")["index.html"]
    assert "819 555-0147" in page and 'class="masked"' not in page and "Redacted copy" not in page
