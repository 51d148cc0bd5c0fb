"""The first report: self-contained, inert with hostile text, every output consistent."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timezone
from html.parser import HTMLParser

from classifiers.base import Rule, RuleDetector
from footprint.context import Context
from footprint.pipeline import audit
from reports.html import render_html
from reports.tables import audit_json, findings_csv
from reports.view import safe_url, segments
from footprint.model import Evidence
from tests.xbuild import AT, tweet, write, ytd

PAYLOADS = [
    "<script>alert(1)</script> phone 613-555-0199",
    '<img src=x onerror="alert(1)"> phone 613-555-0198',
    '"><svg onload=alert(1)> phone 613-555-0197',
    "=HYPERLINK(\"http://evil.example\") phone 613-555-0196",
    "{{ 7*7 }} {% raw %} phone 613-555-0195",
]

PHONE = RuleDetector("test_phone", "personal_info", "1", {"en": [Rule("phone", re.compile(r"\d{3}-\d{3}-\d{4}"), "test phone pattern")]})


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def hostile_audit(tmp_path):
    records = [{"tweet": tweet(p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), AT, i)} for i, p in enumerate(PAYLOADS)]
    write(tmp_path / "x", {"data/tweets.js": ytd("tweets", records), "data/account.js": 'window.YTD.account.part0 = [ { "account" : { "username" : "javascript:alert(1)//" } } ]'})
    return audit([tmp_path / "x"], Context(), detectors=[PHONE])


def test_markup_injection_renders_inert(tmp_path):
    result = hostile_audit(tmp_path)
    assert len(result.reviews) == len(PAYLOADS)
    page = render_html(result, "en")
    parser = Tags()
    parser.feed(page)
    names = [t for t, _ in parser.tags]
    assert "script" not in names and "img" not in names and "svg" not in names
    assert not [a for _, attrs in parser.tags for a in attrs if a.startswith("on")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page and "49" not in page


def test_page_loads_nothing_from_outside(tmp_path):
    page = render_html(hostile_audit(tmp_path), "en")
    parser = Tags()
    parser.feed(page)
    csp = [a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0]
    for tag, attrs in parser.tags:
        assert "src" not in attrs, tag
        if "href" in attrs:
            assert tag == "a" and re.match(r"^https://x\.com/", attrs["href"]), attrs["href"]
    assert not [t for t, _ in parser.tags if t == "link"]


def test_unsafe_links_are_dropped():
    assert safe_url("javascript:alert(1)") is None and safe_url("data:text/html,x") is None
    assert safe_url('https://x.com/a" onmouseover="x') is None
    assert safe_url("https://x.com/a/status/1") == "https://x.com/a/status/1"


def test_csv_one_row_per_span_and_formulas_neutralised(tmp_path):
    result = hostile_audit(tmp_path)
    rows = list(csv.DictReader(io.StringIO(findings_csv(result, "en"))))
    assert len(rows) == sum(len(f.evidence) for r in result.reviews for f in r.findings)
    assert all(not r["quote"].startswith(("=", "+", "-", "@")) for r in rows)
    assert {r["category"] for r in rows} == {"personal_info"}


def test_audit_json_schema(tmp_path):
    doc = json.loads(audit_json(hostile_audit(tmp_path), "fr"))
    assert doc["schema"] == "footprint.audit/1"
    post = doc["flagged"][0]
    for key in ("platform", "id", "kind", "created_at", "author_is_owner", "url", "lang", "text", "risk", "categories", "findings", "actions"):
        assert key in post
    ev = post["findings"][0]["evidence"][0]
    assert post["text"][ev["start"]:ev["end"]] == ev["quote"]
    assert datetime.fromisoformat(post["created_at"]).tzinfo is not None
    assert post["actions"][0]["text"].startswith("Retirer")
    assert set(doc["counts"]["records"]) >= {"records", "posts", "duplicates", "problems", "flagged"}


def test_segments_merge_overlaps():
    text = "call 613-555-0199 now"
    segs = segments(text, [Evidence(5, 12, "a"), Evidence(9, 17, "b")])
    assert [(s["text"], s["mark"]) for s in segs] == [("call ", False), ("613-555-0199", True), (" now", False)]
    assert segs[1]["title"] == "a; b"


def test_report_language_follows_posts_by_default(tmp_path):
    write(tmp_path / "x", {"data/tweets.js": ytd("tweets", [{"tweet": tweet("Mon numéro 613-555-0199", AT, 1, lang="fr")}])})
    result = audit([tmp_path / "x"], Context(), detectors=[PHONE])
    from reports.view import report_language

    assert report_language(result, None) == "fr"
    assert '<html lang="fr">' in render_html(result, "fr")
