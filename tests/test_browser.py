"""The report in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser).

It renders with its own script allowed by the CSP, filters and search change what is shown, the
keyboard moves between posts, nothing is requested from any network address, the print view hides
the controls, and it is accessible (labels, headings, focus, contrast). Screenshots of the overview
and a PDF of the print view are saved under tests/artifacts/ (git-ignored) for people to look at.
"""

from __future__ import annotations

import os
import re
import time
from datetime import date
from pathlib import Path

import pytest

from footprint.context import Context
from reports.output import write_report
from tests.report_data import synthetic_audit

CHROMIUM = Path(os.environ.get("FOOTPRINT_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def _missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[test]')"
    if not CHROMIUM.is_file():
        return f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
    return None


MISSING = _missing()
if MISSING and os.environ.get("CI") == "true":
    raise RuntimeError(f"browser tests must run in CI: {MISSING}; .ci/run installs both")
pytestmark = pytest.mark.skipif(MISSING is not None, reason=f"browser tests skipped: {MISSING}")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The same person's report in French, in English and redacted."""
    audit = synthetic_audit(240, Context(since=date(2019, 9, 3), employers=("EDSC", "ESDC"), handles=("noemie_lo",)))
    root = tmp_path_factory.mktemp("reports")
    out = {}
    for name, lang, redacted in (("fr", "fr", False), ("en", "en", False), ("redacted", "en", True)):
        write_report(audit, root / name, lang, redacted)
        out[name] = (root / name / "index.html").as_uri()
    out["audit"] = audit
    return out


class Opened:
    """A page with every request and console message recorded; anything but the page itself is refused."""

    def __init__(self, browser, url: str, width: int = 1280) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=True)
        self.requests: list[str] = []
        self.console: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.url = url
        self.page.goto(url)

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def shown(self) -> list:
        return self.page.locator("article.card:visible").all()

    def status(self) -> tuple[int, int]:
        numbers = [int(n) for n in re.findall(r"\d+", self.page.inner_text("#shown"))]
        return numbers[0], numbers[1]

    def until(self, expression: str, timeout: float = 5.0) -> None:
        """Wait until a JS expression is true (wait_for_function would eval a string, which the page's CSP refuses)."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(expression):
            assert time.monotonic() < deadline, f"timed out waiting for {expression}"
            self.page.wait_for_timeout(25)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def opened(browser, reports):
    pages: list[Opened] = []

    def open_(name: str = "en", width: int = 1280) -> Opened:
        pages.append(Opened(browser, reports[name], width))
        return pages[-1]

    yield open_
    for p in pages:
        others = [u for u in p.requests if u != p.url]
        assert others == [], f"requests to other addresses: {others}"
        assert not [m for m in p.console if "Content Security Policy" in m or "pageerror" in m or m.startswith("error")], p.console
        p.close()


def test_page_renders_and_its_script_runs_under_the_csp(opened, reports):
    view = opened("en")
    page = view.page
    assert page.title() == "Digital footprint review"
    assert page.locator("h1").inner_text() == "Digital footprint review"
    assert page.locator("#filters").is_visible(), "the filters appear only when the hashed script ran"
    assert view.status() == (240, 240)
    assert page.locator("svg[role=img]").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("section[aria-labelledby=overview]").screenshot(path=str(ARTIFACTS / "overview-en.png"))
    french = opened("fr").page
    assert french.locator("html").get_attribute("lang") == "fr"
    french.locator("section[aria-labelledby=overview]").screenshot(path=str(ARTIFACTS / "overview-fr.png"))
    assert (ARTIFACTS / "overview-en.png").stat().st_size > 10_000


def test_filters_and_search_change_what_is_shown(opened, reports):
    view = opened("en")
    page, audit = view.page, reports["audit"]
    page.select_option("select[name=category]", "harassment")
    expected = sum("harassment" in r.categories for r in audit.reviews)
    assert view.status() == (expected, 240) and len(view.shown()) == expected
    assert all("harassment" in c.get_attribute("data-categories") for c in view.shown())
    page.select_option("select[name=platform]", "x")
    both = sum("harassment" in r.categories and r.post.platform == "x" for r in audit.reviews)
    assert view.status()[0] == both < expected
    page.click("button[type=reset]")
    view.until("document.querySelectorAll('article.card:not([hidden])').length === 240")
    page.select_option("select[name=risk]", "inappropriate")
    assert view.status()[0] == sum(r.risk.value == "inappropriate" for r in audit.reviews)
    page.click("button[type=reset]")
    page.select_option("select[name=certainty]", "borderline")  # posts the model only just flagged, for every category
    assert view.status()[0] == sum(all(f.borderline for f in r.findings) for r in audit.reviews) > 0
    assert all(c.get_attribute("data-certainty") == "borderline" and "borderline" in c.text_content() for c in view.shown())
    page.click("button[type=reset]")
    page.select_option("select[name=year]", "undated")
    assert view.status()[0] == sum(r.post.created_at is None for r in audit.reviews) > 0
    page.click("button[type=reset]")
    page.fill("input[name=q]", "microchips")
    view.until("document.getElementById('shown').textContent.startsWith('30 ')")
    assert all("microchips" in c.text_content() for c in view.shown())
    page.fill("input[name=q]", "ECOLE trois-saisons")  # case and accents do not matter, every word must match
    view.until("[...document.querySelectorAll('article.card:not([hidden])')].every(c => c.textContent.includes('Trois-Saisons'))")
    assert view.status()[0] == sum(r.categories == ("personal_info",) for r in audit.reviews) > 0


def test_keyboard_moves_between_visible_posts(opened):
    view = opened("en")
    page = view.page
    focused = lambda: page.evaluate("document.activeElement.id")
    page.keyboard.press("j")
    assert focused() == "post-1"
    page.keyboard.press("j")
    page.keyboard.press("n")
    assert focused() == "post-3"
    page.keyboard.press("k")
    assert focused() == "post-2"
    page.keyboard.press("/")
    assert focused() == "" and page.evaluate("document.activeElement.name") == "q"
    page.keyboard.type("clown")
    view.until("!document.getElementById('shown').textContent.startsWith('240 ')")
    page.keyboard.press("Escape")
    page.keyboard.press("j")
    card = page.locator(":focus")
    assert "clown" in card.text_content() and card.get_attribute("hidden") is None
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "A"  # links inside cards stay reachable


def test_print_view_hides_the_controls(opened):
    view = opened("en")
    page = view.page
    assert page.locator("#filters").is_visible()
    page.emulate_media(media="print")
    assert not page.locator("#filters").is_visible()
    assert not page.locator(".skip").is_visible()
    assert page.locator("article.card").first.is_visible() and page.locator("#overview").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "report-print-en.pdf"), format="A4", print_background=True)
    page.screenshot(path=str(ARTIFACTS / "print-en.png"), full_page=False)
    assert (ARTIFACTS / "report-print-en.pdf").stat().st_size > 20_000


def test_redacted_report_masks_in_the_browser(opened):
    view = opened("redacted")
    page = view.page
    assert "Redacted copy" in page.inner_text("header")
    masked = page.locator("blockquote .masked")
    assert masked.count() > 0 and "[phone]" in page.text_content("#cards")
    assert "819 555-0147" not in page.content()
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("article.card .masked").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "redacted-en.png"), full_page=False)


def test_accessible_labels_headings_focus_and_contrast(opened):
    view = opened("fr")
    page = view.page
    unlabelled = page.evaluate("""[...document.querySelectorAll('select, input, button')]
        .filter(e => !(e.labels && e.labels.length) && !e.textContent.trim() && !e.getAttribute('aria-label')).length""")
    assert unlabelled == 0
    levels = page.evaluate("[...document.querySelectorAll('h1,h2,h3,h4')].map(h => +h.tagName[1])")
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), "no heading level is skipped"
    page.keyboard.press("j")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "focus is visible"
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    ratios = page.evaluate("""(() => {
        const lum = c => { const [r, g, b] = c.match(/\\d+/g).slice(0, 3).map(Number).map(v => v / 255)
            .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const bg = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
            if (c && !/^rgba\\(.*,\\s*0\\)$/.test(c) && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
        const ratio = e => { const a = lum(getComputedStyle(e).color), b = lum(bg(e)); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
        const sel = ['body', '.meta', '.badge.risky', '.badge.inappropriate', 'mark', '.dir.up', '.dir.down', '.actions .label',
                     'cite', '.note', '.controls label', '.shown', 'summary', 'a'];
        return Object.fromEntries(sel.map(s => [s, document.querySelector(s) ? ratio(document.querySelector(s)) : 99]));
    })()""")
    low = {k: round(v, 2) for k, v in ratios.items() if v < 4.5}
    assert not low, f"contrast below 4.5:1: {low}"


def test_narrow_screen_has_no_horizontal_scroll(opened):
    page = opened("en", width=400).page
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1
