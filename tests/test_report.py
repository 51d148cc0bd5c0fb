"""The first report: self-contained, inert with hostile text, every output consistent."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from datetime import datetime
from html.parser import HTMLParser

from classifiers.base import Rule, RuleDetector
from footprint.context import Context
from footprint.pipeline import audit
from footprint.assess import assess
from footprint.model import Finding, Kind, Post
from reports.html import render_html, sha256
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


HOSTILE = [
    "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', '"><svg onload=alert(1)>', "</textarea><script>alert(2)</script>",
    "<iframe src=\"https://evil.example\"></iframe>", '<a href="javascript:alert(3)">click</a>', "<style>body{display:none}</style>",
    '<base href="https://evil.example/">', '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    "<link rel=stylesheet href=https://evil.example/x.css>", "<math><mi xlink:href=\"javascript:alert(4)\">x</mi></math>",
    "--><script>alert(5)</script><!--", "</script><script>alert(6)</script>", "' onfocus='alert(7)' autofocus x='",
    "{{ t.title }} {% for x in cards %}{% endfor %} ${alert(8)}", "<object data=https://evil.example></object><embed src=x>",
    "<form action=https://evil.example><input name=q></form>", "javascript:alert(9)", "&lt;script&gt;alert(10)&lt;/script&gt;",
]


def hostile_reviews_audit(ctx: Context | None = None):
    """Every user-controlled field full of payloads: text, author, label, link, evidence reason, handle."""
    from tests.report_data import audit_of

    ctx = ctx or Context(handles=("<b>me</b>",))
    reviews, posts = [], []
    for i, payload in enumerate(HOSTILE):
        text = f"{payload} @{'x' * 3}{i} call 613-555-01{i:02d} {payload}"
        post = Post("x", f"<i>{i}</i>", AT, text, Kind.REPOST, False, url=f"https://x.com/a/status/{i}\"onmouseover=\"alert(1)",
                    author=payload, label=payload, lang="en")
        start = text.index("613")
        finding = Finding("test", "personal_info", post.key, 0.9, (Evidence(0, len(payload), f"matched {payload}"), Evidence(start, start + 12, payload)), "phone")
        reviews.append(assess(post, [finding], ctx))
        posts.append(post)
    return audit_of(reviews, posts, ctx)


OUR_TAGS = {
    "html", "head", "meta", "title", "style", "body", "a", "header", "h1", "h2", "h3", "h4", "p", "main", "section", "ul", "li",
    "strong", "div", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption", "svg", "rect", "line",
    "text", "desc", "span", "details", "summary", "form", "label", "select", "option", "input", "button", "article", "blockquote",
    "mark", "cite", "footer", "script",
}


def inert(page: str) -> None:
    """Only our own markup: one script and one style (hashed in the CSP), one SVG of shapes, no handlers, no loads."""
    parser = Tags()
    parser.feed(page)
    names = [t for t, _ in parser.tags]
    assert set(names) <= OUR_TAGS, set(names) - OUR_TAGS
    assert names.count("script") == 1 and names.count("style") == 1 and names.count("svg") <= 1
    assert names.count("form") <= 1 and names.count("input") <= 1 and names.count("select") in (0, 5)
    assert not [a for _, attrs in parser.tags for a in attrs if a.startswith("on")]
    for tag, attrs in parser.tags:
        assert "src" not in attrs and "autofocus" not in attrs and "xlink:href" not in attrs, tag
        if tag == "meta":
            assert attrs.get("http-equiv") in (None, "Content-Security-Policy"), attrs
        if "href" in attrs:
            assert tag == "a" and re.match(r"^(https://x\.com/[^\s\"'<>]*|#[a-z-]+)$", attrs["href"]), attrs["href"]
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    csp = next(a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert sha256(script) in csp and sha256(style) in csp
    assert "alert(" not in script


@pytest.mark.parametrize("lang, redacted", [("en", False), ("fr", False), ("en", True)])
def test_markup_injection_renders_inert(tmp_path, lang, redacted):
    result = hostile_audit(tmp_path)
    assert len(result.reviews) == len(PAYLOADS)
    page = render_html(result, lang, redacted)
    inert(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page and not re.search(r"<blockquote>[^<]*\b49\b", page)  # never evaluated as a template
    hostile = render_html(hostile_reviews_audit(), lang, redacted)
    inert(hostile)
    if not redacted:
        assert "&lt;iframe src=" in hostile and "&amp;lt;script&amp;gt;" in hostile and "{{ t.title }}" in hostile


def test_page_loads_nothing_from_outside(tmp_path):
    page = render_html(hostile_audit(tmp_path), "en")
    parser = Tags()
    parser.feed(page)
    csp = [a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]
    directives = dict(d.strip().split(" ", 1) for d in csp[0].split(";"))
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/=]+'", directives["script-src"]), "scripts only by their hash"
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/=]+'", directives["style-src"])
    assert "unsafe" not in csp[0] and "http" not in csp[0] and "*" not in csp[0]
    assert directives["form-action"] == "'none'" and directives["base-uri"] == "'none'"
    for tag, attrs in parser.tags:
        assert "src" not in attrs, tag
        if "href" in attrs:
            assert tag == "a" and re.match(r"^(https://x\.com/|#)", attrs["href"]), attrs["href"]
    assert not [t for t, _ in parser.tags if t == "link"]
    assert "localStorage" not in page and "fetch(" not in page and "XMLHttpRequest" not in page


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
