"""The Diary view end to end in Debian's headless Chromium: unlock, a save blocked by a highlighted
error, the fix, the save, the export download, lock."""
import os
import time
from datetime import date

import pytest

from diary_support import OKORO, PASSPHRASE, PRYCE
from discreet.linter.diary.store import Diary
from discreet.linter.web.diary_routes import DiarySession
from discreet.linter.web.server import create_app
from page_server import serving
from test_serve_e2e import ARGS, ARTIFACTS, CHROMIUM

BLOCKED = "Mum is refusing to breastfeed and is a bad mother."
FIXED = "Mum has decided not to breastfeed; bottles are going well."

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM) and os.environ.get("CI") != "true",
    reason=f"{CHROMIUM} is missing (apt-get install chromium chromium-driver); under CI=true this test runs and fails",
)


@pytest.fixture
def served(linter, tmp_path):
    path = tmp_path / "diary.db"
    with Diary(path, PASSPHRASE, create=True) as store:
        store.add_family("Okoro", OKORO)
        store.add_family("Pryce", PRYCE)
    session = DiarySession(path, today=lambda: date(2026, 4, 1))
    with serving(lambda port: create_app(linter, port, diary=session)) as (url, app):
        yield url, session
    session.shutdown()
    app.checker.stop()


def test_unlock_blocked_save_fix_save_export_lock(served, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    base_url, session = served
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1000, "height": 1100}, accept_downloads=True)
        page = context.new_page()
        requests, problems = [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(base_url + "/")
        page.get_by_role("link", name="Open your diary").click()
        expect(page).to_have_url(base_url + "/diary")

        page.get_by_label("Passphrase").fill("not the passphrase")
        page.get_by_role("button", name="Unlock").click()
        expect(page.locator("#unlock-status")).to_have_text("That passphrase does not open this diary.")
        expect(page.get_by_label("Passphrase")).to_have_value("")  # never left in the box
        page.get_by_label("Passphrase").fill(PASSPHRASE)
        page.get_by_role("button", name="Unlock").click()
        expect(page.get_by_label("Family")).to_have_value("Okoro")
        assert session.store is not None

        page.get_by_label("Date").fill("2026-03-01")
        note = page.get_by_role("textbox", name="Write a new entry")
        assert note.get_attribute("spellcheck") == "false"
        save = page.get_by_role("button", name="Save the entry")
        note.fill(BLOCKED)
        expect(page.locator("#status")).to_have_text("2 errors to fix before you can save (marked below).")
        expect(page.locator("#highlighted mark.error")).to_have_text(["refusing", "bad mother"])
        expect(save).to_be_disabled()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "diary-page-blocked.png"), full_page=True)

        note.fill(FIXED)
        expect(page.locator("#status")).to_have_text("Nothing found. Ready to save.")
        expect(save).to_be_enabled()
        save.click()
        expect(page.locator("#saved")).to_have_text("Saved for the Okoro family.")
        expect(note).to_have_value("")
        expect(save).to_be_disabled()
        page.get_by_role("button", name=f"2026-03-01: {FIXED}").click()
        expect(page.locator("#entry .entry-text")).to_have_text(FIXED)

        with page.expect_download() as download:
            page.get_by_role("button", name="Export their notes (.txt)").click()
        target = tmp_path / "pack.txt"
        download.value.save_as(target)
        assert download.value.suggested_filename == "Okoro-notes.txt"
        assert target.read_text("utf-8").endswith(f"Entry 1, 2026-03-01\n\n{FIXED}\n")
        assert target.read_text("utf-8").startswith("Notes kept about the Okoro family\nPrepared on 2026-04-01 ")
        page.screenshot(path=str(ARTIFACTS / "diary-page.png"), full_page=True)

        page.get_by_role("button", name="Lock").click()
        expect(page.get_by_label("Passphrase")).to_be_visible()
        expect(page.locator("#entries li")).to_have_count(0)
        assert session.store is None
        # no script errors and no Content-Security-Policy violations; Chromium logs the wrong passphrase's 401
        assert problems == ["Failed to load resource: the server responded with a status of 401 (Unauthorized)"]
        assert all(url.startswith(base_url + "/") or url.startswith("blob:") for url in requests)
        assert not any(session.token in url or PASSPHRASE.split()[0] in url for url in requests)

        page.get_by_label("Passphrase").fill(PASSPHRASE)  # leaving the tab locks it too
        page.get_by_role("button", name="Unlock").click()
        expect(page.get_by_label("Family")).to_have_value("Okoro")
        page.goto(base_url + "/")
        for _ in range(100):
            if session.store is None:
                break
            time.sleep(0.05)
        assert session.store is None
        context.close()
        browser.close()
    with Diary(session.path, PASSPHRASE) as store:
        assert [(e.family, e.date, e.text) for e in store.entries()] == [("Okoro", "2026-03-01", FIXED)]
