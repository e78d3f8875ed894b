"""The HTML report in a real browser: headless Chromium (Debian's ``chromium`` package)
driven by Playwright's Python API with ``executable_path``, checking what a person sees.

Playwright rather than Selenium: it drives the browser binary itself (no chromedriver of
a matching version to install), and reports console messages, page errors and dialogs as
events, which is what the "no console errors" and XSS checks need. Skipped, with the
reason, where Playwright or Chromium is not installed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newsaudit.formats.html import render_html

from .conftest import article_names

CHROMIUM = os.environ.get("NEWSAUDIT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    pytest.skip("Playwright is not installed (pip install '.[test]')", allow_module_level=True)
if not Path(CHROMIUM).exists():
    pytest.skip(
        f"no Chromium at {CHROMIUM}: apt-get install chromium to run the browser tests",
        allow_module_level=True,
    )

XSS_ARTICLE = (
    "Headline with <script>window.pwned = 'headline'</script> in it\n"
    '"><img src=x onerror="window.pwned = \'img\'"> said the <b>mayor</b> on Monday.\n'
    "\u201cVisit javascript:window.pwned='link' now,\u201d said Ada <i>Okafor</i>, a council "
    "member.\n"
    "\u201c</span><script>window.pwned = 'quote'</script>\u201d, Okafor told Reuters.\n"
)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        yield browser
        browser.close()


class Page:
    """A loaded report page and everything the browser complained about."""

    def __init__(self, browser, path: Path, width: int = 1280):
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.page.on(
            "console", lambda m: self.problems.append(m.text) if m.type == "error" else None
        )
        self.page.on("pageerror", lambda err: self.problems.append(str(err)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())

    def highlighted(self, css: str = ".hl") -> list[set[str]]:
        return [
            set(ids.split())
            for ids in self.page.eval_on_selector_all(css, "els => els.map(e => e.dataset.c)")
        ]


def page_for(browser, tmp_path, documents, width=1280) -> Page:
    path = tmp_path / "report.html"
    path.write_text(render_html(documents), encoding="utf-8")
    return Page(browser, path, width)


@pytest.mark.parametrize("name", article_names())
def test_every_attribution_has_a_mark_and_a_focus_stop(browser, tmp_path, audited, name):
    report, text = audited[name]
    view = page_for(browser, tmp_path, [(report, text)])
    marked = view.page.eval_on_selector_all("[data-c]", "els => els.map(e => e.dataset.c)")
    ids = {i for c in marked for i in c.split()}
    assert ids == {f"d1-{a.id}" for a in report.attributions}
    stops = view.page.eval_on_selector_all("[data-a]", "els => els.map(e => e.dataset.a)")
    assert sorted(stops) == sorted(f"d1-{a.id}" for a in report.attributions)
    # every mark is shown: it has a box on the page
    hidden = view.page.eval_on_selector_all(
        "[data-c]", "els => els.filter(e => e.getClientRects().length === 0).length"
    )
    assert hidden == 0
    assert view.problems == []


@pytest.mark.parametrize("name", article_names())
def test_choosing_a_source_highlights_exactly_its_claims(browser, tmp_path, audited, name):
    report, text = audited[name]
    view = page_for(browser, tmp_path, [(report, text)])
    buttons = view.page.locator("button.source")
    by_id = {s.id: s for s in report.sources}
    assert buttons.count() == len(report.sources) + any(
        a.source is None for a in report.attributions
    )
    for n in range(buttons.count()):
        button = buttons.nth(n)
        source = by_id.get(button.get_attribute("data-source"))
        if source is None:  # the "no source named" entry
            expected = {f"d1-{a.id}" for a in report.attributions if a.source is None}
            relayed: set[str] = set()
        else:
            assert button.locator(".name").inner_text() == source.name
            expected = {f"d1-{a}" for a in source.attributions}
            relayed = {f"d1-{a}" for a in source.relayed}
        button.click()
        assert button.get_attribute("aria-pressed") == "true"
        marks = view.highlighted()
        assert all(m & expected for m in marks)  # nothing else is highlighted
        assert set().union(*marks) >= expected  # every claim of the source is
        via = view.highlighted(".hl-via")
        assert all(m & relayed and not m & expected for m in via)
        assert set().union(*via, *marks) >= relayed
        button.click()  # choosing it again clears
        assert view.highlighted() == [] and view.highlighted(".hl-via") == []
    assert view.problems == []


def test_keyboard_chooses_sources_and_shows_details(browser, tmp_path, audited):
    report, text = audited["port_strike"]
    view = page_for(browser, tmp_path, [(report, text)])
    page = view.page
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused.startswith("source")
    page.keyboard.press("Enter")
    chosen = page.evaluate("document.activeElement.dataset.source")
    first = next(s for s in report.sources if s.id == chosen)
    mine = {f"d1-{a}" for a in first.attributions}
    assert set().union(*view.highlighted(), *view.highlighted(".hl-via")) >= mine | {
        f"d1-{a}" for a in first.relayed
    }
    page.keyboard.press("Escape")
    assert view.highlighted() == [] and view.highlighted(".hl-via") == []
    page.keyboard.press("Space")
    assert view.highlighted() != [] or view.highlighted(".hl-via") != []
    # focusing a claim shows its source, type and category in the tooltip
    a = next(a for a in report.attributions if a.source and a.kind == "direct")
    speaker = next(s for s in report.sources if s.id == a.source.id)
    page.focus(f"[data-a='d1-{a.id}']")
    tip = page.locator("#tip")
    assert tip.is_visible()
    shown = tip.inner_text()
    assert speaker.name in shown and speaker.type in shown and a.category in shown
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.hover(f"[data-a='d1-{a.id}']")
    assert tip.is_visible()
    assert view.problems == []


def test_article_markup_stays_inert(browser, tmp_path, nlp):
    from newsaudit.engine import audit

    report = audit(XSS_ARTICLE, path="<script>window.pwned='path'</script>.txt", nlp=nlp)
    view = page_for(browser, tmp_path, [(report, XSS_ARTICLE)])
    page = view.page
    for button in page.locator("button.source").all():
        button.click()
    page.keyboard.press("Tab")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.evaluate("document.images.length") == 0
    assert page.evaluate("document.scripts.length") == 1  # the report's own
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript\"], b, i').length") == 0
    body = page.inner_text("main")
    assert "<script>window.pwned = 'headline'</script>" in body  # shown as text
    assert '"><img src=x onerror=' in body
    assert view.dialogs == []
    assert view.problems == []


def test_csp_blocks_anything_not_shipped(browser, tmp_path, audited):
    report, text = audited["city_budget"]
    view = page_for(browser, tmp_path, [(report, text)])
    csp = view.page.get_attribute("meta[http-equiv='Content-Security-Policy']", "content")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    view.page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = "
        "'window.injected = 1'; document.body.append(s); }"
    )
    assert view.page.evaluate("typeof window.injected") == "undefined"
    assert any("Content Security Policy" in p for p in view.problems)  # blocked, and told


def test_several_documents_share_one_page(browser, tmp_path, audited):
    from newsaudit.report import AuditFailure

    first, second = audited["port_strike"], audited["drug_trial"]
    failure = AuditFailure("gone.txt", "not_found", "gone.txt: no such file")
    view = page_for(browser, tmp_path, [first, (failure, None), second])
    page = view.page
    links = page.eval_on_selector_all("nav.documents a", "els => els.map(e => e.textContent)")
    assert links == [first[0].document.path, "gone.txt", second[0].document.path]
    ids = page.eval_on_selector_all("[id]", "els => els.map(e => e.id)")
    assert len(ids) == len(set(ids))
    assert "no such file" in page.inner_text("#d2")
    page.locator("#d3 button.source").first.click()
    assert all(i.startswith("d3-") for m in view.highlighted() for i in m)
    assert view.problems == []


def test_narrow_screen_and_print_keep_everything_visible(browser, tmp_path, audited):
    report, text = audited["flood_response"]
    view = page_for(browser, tmp_path, [(report, text)], width=390)
    page = view.page
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0  # nothing runs off a phone screen
    page.emulate_media(media="print")
    assert page.locator(".notes").first.is_visible()
    assert not page.locator(".hint").first.is_visible()
    assert view.problems == []
