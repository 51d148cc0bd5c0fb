"""Every registered platform and detector keeps the contract; new ones are covered automatically."""

from __future__ import annotations

import inspect
from datetime import datetime, timezone
from pathlib import Path

import pytest

from classifiers.base import Detector
from classifiers.casefile import load_cases
from classifiers.registry import all_detectors
from footprint.context import Context
from footprint.model import CATEGORIES, Kind, Post
from footprint.platforms import all_platforms, sniff
from footprint.platforms._archive import open_source
from tests.samples import golden_path, sample_archives

CASES = Path(__file__).resolve().parent / "cases"


@pytest.mark.parametrize("platform", all_platforms(), ids=lambda m: m.NAME)
def test_platform_declares_the_contract(platform):
    assert isinstance(platform.NAME, str) and platform.NAME.isidentifier()
    assert isinstance(platform.LABEL, str) and platform.LABEL
    assert platform.MARKERS and all(isinstance(m, str) for m in platform.MARKERS)
    assert list(inspect.signature(platform.parse).parameters) == ["archive"]


@pytest.mark.parametrize("platform", all_platforms(), ids=lambda m: m.NAME)
def test_platform_has_a_sample_export_with_a_golden_file(platform):
    mine = [a for a in sample_archives() if sniff({m.name.lower() for m in open_source(a).members()}) is platform]
    assert mine, f"{platform.NAME}: add a synthetic sample export to sample_exports/"
    for archive in mine:
        assert golden_path(archive).exists(), f"{archive.name}: no golden file"


@pytest.mark.parametrize("platform", all_platforms(), ids=lambda m: m.NAME)
def test_platform_posts_are_well_formed(platform):
    from footprint.platforms import gather

    for archive in sample_archives():
        inputs = gather([archive])
        if platform.NAME not in inputs.archives:
            continue
        for item in platform.parse(inputs.archives[platform.NAME][1]):
            if isinstance(item, Post):
                assert item.platform == platform.NAME and isinstance(item.id, str) and item.id
                assert item.created_at is None or item.created_at.utcoffset().total_seconds() == 0
                assert item.created_at is not None or item.kind in (Kind.PROFILE, Kind.GROUP, Kind.PAGE_FOLLOW, Kind.REACTION, Kind.LIKE)
                assert item.text.strip() and item.source


@pytest.mark.parametrize("detector", all_detectors(), ids=lambda d: d.name)
def test_detector_declares_the_contract(detector):
    assert isinstance(detector, Detector)
    assert detector.category in CATEGORIES
    assert detector.languages and set(detector.languages) <= {"fr", "en"}
    assert isinstance(detector.version, str) and detector.version


@pytest.mark.parametrize("detector", all_detectors(), ids=lambda d: d.name)
def test_detector_has_a_case_file_per_language(detector):
    for lang in detector.languages:
        path = CASES / f"{detector.name}.{lang}.txt"
        assert path.exists(), f"{detector.name}: write {path.name} (marked examples)"
        cases = load_cases(path)
        assert len(cases) >= 20 and any(c.spans for c in cases) and any(not c.spans for c in cases)


@pytest.mark.parametrize("detector", all_detectors(), ids=lambda d: d.name)
def test_detector_evidence_points_inside_the_text(detector):
    for lang in detector.languages:
        for case in load_cases(CASES / f"{detector.name}.{lang}.txt"):
            post = Post("test", case.where, datetime(2020, 1, 1, tzinfo=timezone.utc), case.text, Kind.POST, True, lang=lang)
            for finding in detector.detect(post, Context()):
                assert finding.category == detector.category and finding.post_key == post.key
                assert all(0 <= e.start < e.end <= len(case.text) and e.reason for e in finding.evidence)
