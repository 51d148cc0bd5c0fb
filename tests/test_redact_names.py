"""--redact masks other people's names written in free text, in every output, and keeps readable what must
stay: the person's own name, leaders quoted as evidence, places, shops and months. Evidence still lines up."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import datetime, timezone

import pytest

from footprint.assess import assess
from footprint.context import Context
from footprint.model import Evidence, Finding, Kind, Post
from footprint.pipeline import audit as run_audit
from reports.output import report_files
from reports.redact import BLOCK, Owner, masks
from tests.report_data import audit_of
from tests.samples import SAMPLES

WHEN = datetime(2021, 3, 6, 15, 0, tzinfo=timezone.utc)
OWNER = {"names": ["Noémie Laflamme-Okafor"], "handles": ["noemie_lo"]}
SECRETS = ("Julie Tremblay", "Tremblay", "Gagnon", "Mike", "Priya", "Olivia Chen", "Chen", "Amara", "Xiaoling")
KEPT = ("Justin Trudeau", "Noémie Laflamme-Okafor", "Tim Hortons", "Jean-Talon", "Gatineau", "mai", "May")


def _finding(post: Post, category: str, needle: str, label: str | None = None) -> Finding:
    start = post.text.index(needle)
    return Finding(f"test_{category}", category, post.key, 0.9, (Evidence(start, start + len(needle), f"cue “{needle}”"),), label)


def case(owner: dict | None = OWNER):
    """Own posts in French and English naming friends, a neighbour, a leader, places and shops; someone's like."""
    ctx = Context(handles=())
    fr = Post("x", "1", WHEN, "Bonne fête à Julie Tremblay! Mme Gagnon, ma voisine, est une vraie idiote. Souper à Gatineau en mai.",
              Kind.POST, True, url="https://x.com/noemie_lo/status/1", lang="fr")
    en = Post("facebook", "2", WHEN, "Lunch with Mike and Priya at Tim Hortons on Jean-Talon in May. Vote for Justin Trudeau!",
              Kind.POST, True, lang="en")
    later = Post("x", "3", WHEN, "Tremblay a encore bloqué mon entrée, appelez-moi au 819 555-0147. Signé Noémie Laflamme-Okafor",
                 Kind.POST, True, url="https://x.com/noemie_lo/status/3", lang="fr")
    like = Post("x", "4", WHEN, "Congrats Olivia Chen and mon amie Xiaoling on the new jobs! Vote NDP", Kind.LIKE, False,
                url="https://x.com/i/web/status/4", author="someone_else", time_is_estimate=True)
    profile = Post("facebook", "5", None, "Amara Laflamme-Okafor — Fille", Kind.PROFILE, True, label="family_member")
    reviews = [
        assess(fr, [_finding(fr, "harassment", "Mme Gagnon, ma voisine, est une vraie idiote")], ctx),
        assess(en, [_finding(en, "partisanship", "Vote for Justin Trudeau")], ctx),
        assess(later, [_finding(later, "personal_info", "819 555-0147", "phone")], ctx),
        assess(like, [_finding(like, "partisanship", "Vote NDP")], ctx),
        assess(profile, [_finding(profile, "personal_info", "Fille", "child")], ctx),
    ]
    audit = audit_of(reviews, [fr, en, later, like, profile], ctx)
    return dataclasses.replace(audit, run={**audit.run, "owner": owner}) if owner is not None else audit


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_output_masks_names_in_text_and_keeps_what_must_stay(lang):
    audit = case()
    plain, redacted = report_files(audit, lang), report_files(audit, lang, redacted=True)
    assert {"index.html", "findings.csv", "audit.json", "checklist.csv"} <= set(redacted)
    assert any(name.startswith("deletion/") for name in redacted), "the deletion lists are outputs too"
    assert all(any(s in text for text in plain.values()) for s in SECRETS), "the test must be able to fail"
    for name, text in redacted.items():
        for secret in SECRETS:
            assert secret not in text, (name, secret)
    page = redacted["index.html"]
    for kept in KEPT:
        assert kept in page, kept
    assert ("[nom]" if lang == "fr" else "[name]") in page
    assert '<mark title="' in page and 'class="masked">' + ("[nom]" if lang == "fr" else "[name]") in page, "a masked name inside evidence"


def test_json_and_csv_evidence_still_line_up_with_the_masked_text():
    redacted = report_files(case(), "en", redacted=True)
    doc = json.loads(redacted["audit.json"])
    fr = next(p for p in doc["flagged"] if p["id"] == "1")
    ev = fr["findings"][0]["evidence"][0]
    assert fr["text"][ev["start"]:ev["end"]] == ev["quote"] == "Mme " + BLOCK * 6 + ", ma voisine, est une vraie idiote"
    assert fr["text"].startswith("Bonne fête à " + BLOCK * 14 + "!")
    rows = list(csv.DictReader(io.StringIO(redacted["findings.csv"])))
    row = next(r for r in rows if r["post_id"] == "1")
    assert row["quote"] == ev["quote"] and (int(row["start"]), int(row["end"])) == (ev["start"], ev["end"])
    assert "Gagnon" not in row["reason"] and "Gagnon" not in row["actions"], "reasons quoting the name are scrubbed"


def test_own_name_and_handle_come_from_the_profiles_read():
    without = report_files(case(owner=None), "en", redacted=True)["index.html"]
    assert "Noémie Laflamme-Okafor" not in without, "without the profile, the owner's name is a name like any other"
    assert "Laflamme-Okafor" not in report_files(case(), "en", redacted=True)["findings.csv"], "a relative sharing the family name"


def test_a_family_name_masked_once_is_masked_in_every_post():
    audit = case()
    owner = Owner.of(audit)
    assert {"tremblay", "gagnon", "chen"} <= owner.known and "laflamme-okafor" not in owner.known
    later = next(r for r in audit.reviews if r.post.id == "3")
    assert [later.post.text[m.start:m.end] for m in masks(later, owner)][0] == "Tremblay"
    alone = Owner(owner.handles, owner.names)  # the same person, without the names found in the report's other posts
    assert not [m for m in masks(later, alone) if m.kind == "name"], "the test must be able to fail"


def test_a_leaders_family_name_stays_only_where_it_is_evidence():
    ctx = Context()
    rally = Post("x", "7", WHEN, "Sarah Kenney for premier! Vote UCP", Kind.POST, True)
    ladder = Post("x", "8", WHEN, "Sarah Kenney borrowed my ladder, call 819 555-0147", Kind.POST, True)
    r1 = assess(rally, [_finding(rally, "partisanship", "Kenney for premier")], ctx)
    r2 = assess(ladder, [_finding(ladder, "personal_info", "819 555-0147", "phone")], ctx)
    owner = Owner.of(audit_of([r1, r2], [rally, ladder], ctx))
    assert not [m for m in masks(r1, owner) if m.kind == "name"]
    assert [(ladder.text[m.start:m.end], m.kind) for m in masks(r2, owner)][0] == ("Sarah Kenney", "name")


def test_liked_leaders_and_parties_are_not_masked_as_authors():
    ctx = Context()
    like = Post("facebook", "9", WHEN, "Jagmeet Singh", Kind.LIKE, False, author="Jagmeet Singh")
    friend = Post("facebook", "10", WHEN, "Marc Dubois", Kind.REACTION, False, author="Marc Dubois")
    reviews = [assess(p, [_finding(p, "partisanship", p.text)], ctx) for p in (like, friend)]
    page = report_files(audit_of(reviews, [like, friend], ctx), "en", redacted=True)["index.html"]
    assert "Jagmeet Singh" in page and "Marc Dubois" not in page and "Dubois" not in page


def test_the_audit_records_the_persons_own_names_and_handles_from_their_profiles():
    run = run_audit([SAMPLES], Context(), detectors=()).run
    assert run["owner"] == {"names": ["Noémie Laflamme-Okafor"], "handles": ["noemie_lo"]}
