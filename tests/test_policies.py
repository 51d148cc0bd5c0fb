"""Policy packs are complete data: every category and tier has clauses in every jurisdiction, quoted in
French and English with their document, and every finding cites its own jurisdiction's clauses."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from importlib import resources

import pytest

from footprint.assess import action_rules, assess, policy_pack
from footprint.context import JURISDICTIONS, Context
from footprint.model import CATEGORIES, Evidence, Finding, Kind, Post, Risk

TUESDAY_NOON_CAMPAIGN = datetime(2019, 10, 8, 16, 0, tzinfo=timezone.utc)


def tiers_reachable(pack: dict, category: str) -> set[str]:
    """The tiers a finding of this category can get: the category's, its labels', and work hours for political ones."""
    entry = pack["categories"][category]
    tiers = {entry["tier"], *entry.get("labels", {}).values()}
    if category in action_rules()["political_categories"]:
        tiers |= {rule["tier"] for rule in pack["political_context"].values() if "tier" in rule}
    return tiers


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_every_category_and_tier_has_clauses(jurisdiction):
    pack = policy_pack(jurisdiction)
    assert set(pack["categories"]) == set(CATEGORIES)
    for category in CATEGORIES:
        entry = pack["categories"][category]
        assert entry["clauses"], f"{jurisdiction}/{category}: no clause"
        for tier in tiers_reachable(pack, category):
            assert tier in {r.value for r in Risk}
            assert entry["clauses"], f"{jurisdiction}/{category}/{tier}: no clause"
    for code, rule in pack["political_context"].items():
        assert rule["clauses"], f"{jurisdiction}: {code} cites nothing"
    for key in ("general", "role", "advice"):
        assert pack[key], f"{jurisdiction}: {key} cites nothing"
    assert set(pack["keep"]) >= {r["detail"] for r in action_rules()["actions"]["alternatives"] if r["code"] == "keep"} | {"already_deleted"}


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_clauses_are_quoted_in_both_languages_with_their_document(jurisdiction):
    pack = policy_pack(jurisdiction)
    referenced = {c for entry in pack["categories"].values() for c in entry["clauses"]}
    referenced |= {c for rule in pack["political_context"].values() for c in rule["clauses"]}
    referenced |= {c for key in ("general", "role", "advice") for c in pack[key]}
    referenced |= {c for ids in pack["keep"].values() for c in ids}
    assert referenced <= set(pack["clauses"]), referenced - set(pack["clauses"])
    for clause_id, clause in pack["clauses"].items():
        assert clause["doc"] in pack["documents"], clause_id
        for lang in ("fr", "en"):
            assert clause[lang].strip() and clause["section"][lang].strip(), (clause_id, lang)
            assert len(clause[lang]) < 260, f"{clause_id}: quote briefly"
    for doc in pack["documents"].values():
        assert doc["fr"] and doc["en"] and doc["short"]["fr"] and doc["short"]["en"] and doc["source"].startswith("shared/policies/")


def test_federal_pack_uses_the_esdc_note_as_a_department_example():
    pack = policy_pack("federal")
    assert "ESDC" in pack["documents"]["000"]["en"] and "EDSC" in pack["documents"]["000"]["fr"]
    citing = {c for c, entry in pack["categories"].items() if any(pack["clauses"][i]["doc"] == "000" for i in entry["clauses"])}
    assert {"personal_info", "official_capacity", "partisanship"} <= citing


def test_clause_ids_are_unique_to_their_jurisdiction():
    seen: dict[str, str] = {}
    for jurisdiction in JURISDICTIONS:
        for clause_id in policy_pack(jurisdiction)["clauses"]:
            assert clause_id not in seen, f"{clause_id} in {seen.get(clause_id)} and {jurisdiction}"
            seen[clause_id] = jurisdiction


def _posts_for_every_case():
    """One post per category, label with its own tier, kind and political context."""
    cases = []
    for i, category in enumerate(CATEGORIES):
        labels = [None, *policy_pack("federal")["categories"][category].get("labels", {})]
        for label in labels:
            for kind in (Kind.POST, Kind.LIKE, Kind.PROFILE):
                post = Post("x", f"{i}-{label}-{kind}", TUESDAY_NOON_CAMPAIGN, "Votez NPD, appelez le 613-555-0199", kind, kind is Kind.POST)
                cases.append((post, Finding("t", category, post.key, 0.7, (Evidence(0, 5, "t"),), label)))
    return cases


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_every_finding_cites_a_clause_of_the_persons_jurisdiction(jurisdiction):
    pack = policy_pack(jurisdiction)
    own = set(pack["clauses"])
    for post, finding in _posts_for_every_case():
        for ctx in (Context(jurisdiction=jurisdiction), Context(jurisdiction=jurisdiction, since=date(2019, 1, 1), role="executive")):
            review = assess(post, [finding], ctx, date(2025, 1, 1))
            assert review.clauses and set(review.clauses) <= own, (jurisdiction, finding.category, finding.label)
            assert set(pack["categories"][finding.category]["clauses"]) <= set(review.clauses)
            for action in review.actions:
                assert set(action.clauses) <= own
            assert any(a.clauses for a in review.actions)


def test_every_finding_of_the_sample_audit_cites_its_jurisdiction(tmp_path):
    from footprint.pipeline import audit
    from tests.samples import SAMPLES

    for jurisdiction in JURISDICTIONS:
        result = audit([SAMPLES / "x-2019"], Context(jurisdiction=jurisdiction, since=date(2019, 9, 3)))
        own = set(policy_pack(jurisdiction)["clauses"])
        assert result.reviews
        for review in result.reviews:
            assert review.clauses and set(review.clauses) <= own


def test_policy_files_are_valid_json_data_not_code():
    for name in (*JURISDICTIONS, "actions"):
        text = resources.files("reports.policies").joinpath(f"{name}.json").read_text(encoding="utf-8")
        assert isinstance(json.loads(text), dict)
