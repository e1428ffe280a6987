"""The page's Diary view, through its API: the token, lock and unlock, idle lock, checked saves, export."""
import re
import warnings
from datetime import date
from importlib import resources

import pytest
from click.testing import CliRunner

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx`")
    from starlette.testclient import TestClient

from diary_support import OKORO, PASSPHRASE, PRYCE
from discreet.cli import main
from discreet.linter.diary.store import Diary
from discreet.linter.web.diary_routes import IDLE_LOCKED, LOCKED, DiarySession
from discreet.linter.web.server import create_app

PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
BLOCKED = "Mum is refusing to breastfeed and is a bad mother.\n"
FIXED = "Mum has decided not to breastfeed; bottles are going well.\n"
ROUTES = [("GET", "/api/diary/state"), ("POST", "/api/diary/unlock"), ("POST", "/api/diary/lock"),
          ("GET", "/api/diary/families"), ("GET", "/api/diary/entries"), ("GET", "/api/diary/entries/1"),
          ("POST", "/api/diary/check"), ("POST", "/api/diary/save"), ("POST", "/api/diary/export")]


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def diary_path(tmp_path):
    path = tmp_path / "diary.db"
    with Diary(path, PASSPHRASE, create=True) as store:
        store.add_family("Okoro", OKORO)
        store.add_family("Pryce", PRYCE)
    return path


@pytest.fixture
def served(linter, diary_path):
    """(client, session, headers): a server with the diary, on a clock the test moves."""
    session = DiarySession(diary_path, clock=Clock(), today=lambda: date(2026, 4, 1))
    app = create_app(linter, PORT, diary=session)
    yield TestClient(app, base_url=BASE), session, {"X-Discreet-Token": session.token}
    session.shutdown()
    app.checker.stop()


def unlock(client, headers, passphrase=PASSPHRASE):
    return client.post("/api/diary/unlock", json={"passphrase": passphrase}, headers=headers)


def test_without_a_diary_nothing_of_it_is_served(linter):
    client = TestClient(create_app(linter, PORT), base_url=BASE)
    for method, path in ROUTES + [("GET", "/diary"), ("GET", "/diary.js")]:
        assert client.request(method, path).status_code in (404, 405), path
    assert "/diary" not in client.get("/").text


def test_every_diary_request_needs_the_launch_token(served):
    client, session, headers = served
    for method, path in ROUTES:
        for wrong in [{}, {"X-Discreet-Token": "guess"}, {"X-Discreet-Token": session.token[:-1]}]:
            response = client.request(method, path, headers=wrong, json={"passphrase": PASSPHRASE})
            assert response.status_code == 403, (path, wrong)
            assert response.json() == {"error": "This diary request did not come from the diary page. Reload the page."}
    assert session.store is None  # not even unlock answered without the token
    response = client.get(f"/api/diary/state?token={session.token}")  # a token in the URL does not count
    assert response.status_code == 403


def test_the_token_is_written_into_the_diary_page_only(served):
    client, session, _ = served
    page = client.get("/diary")
    assert page.status_code == 200
    assert f'<meta name="diary-token" content="{session.token}">' in page.text
    assert "default-src 'none'; script-src 'self'" in page.headers["content-security-policy"]
    assert session.token not in client.get("/").text
    assert '<a class="view" href="/diary">Open your diary</a>' in client.get("/").text
    assert len(session.token) >= 40 and session.token != DiarySession(session.path).token


def test_diary_page_loads_nothing_from_outside_and_has_no_inline_script():
    static = resources.files("discreet.linter.web").joinpath("static")
    for name in ["diary.html", "diary.js"]:
        text = static.joinpath(name).read_text("utf-8")
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|@import|\burl\(", text, re.I), name  # not URL.createObjectURL
        assert "localStorage" not in text and "sessionStorage" not in text and "cookie" not in text, name
    html = static.joinpath("diary.html").read_text("utf-8")
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/diary.js" defer>']
    assert " style=" not in html and "<style" not in html


def test_other_sites_are_refused_even_with_the_token(served):
    client, _, headers = served
    assert client.get("/api/diary/state", headers={**headers, "Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert unlock(client, {**headers, "Origin": "http://evil.example"}).status_code == 403
    assert client.get("/api/diary/state", headers={**headers, "Host": "evil.example"}).status_code == 421


def test_wrong_passphrase_is_a_clear_error_and_is_not_echoed(served):
    client, session, headers = served
    response = unlock(client, headers, "not the passphrase")
    assert response.status_code == 401
    assert response.json() == {"error": "That passphrase does not open this diary."}
    assert session.store is None
    response = unlock(client, headers, PASSPHRASE)
    assert response.json() == {"unlocked": True, "idle_seconds": 600.0}
    assert PASSPHRASE not in response.text


def test_locked_until_unlocked_and_locked_again_on_lock(served):
    client, session, headers = served
    response = client.get("/api/diary/families", headers=headers)
    assert (response.status_code, response.json()) == (423, {"error": LOCKED})
    unlock(client, headers)
    families = client.get("/api/diary/families", headers=headers).json()["families"]
    assert [(f["name"], f["members"]) for f in families] == [("Okoro", OKORO), ("Pryce", PRYCE)]
    assert client.post("/api/diary/lock", headers=headers).json() == {"unlocked": False}
    assert session.store is None  # the connection, and with it the key, is gone
    assert client.get("/api/diary/families", headers=headers).status_code == 423


def test_idle_for_ten_minutes_locks_the_diary(served):
    client, session, headers = served
    unlock(client, headers)
    session.clock.now += 599
    assert client.get("/api/diary/families", headers=headers).status_code == 200  # and that counts as use
    session.clock.now += 599
    assert client.get("/api/diary/entries", headers=headers).status_code == 200
    session.clock.now += 600
    response = client.get("/api/diary/families", headers=headers)
    assert (response.status_code, response.json()) == (423, {"error": IDLE_LOCKED})
    assert session.store is None


def test_idle_lock_needs_no_request_to_drop_the_key(served):
    client, session, headers = served
    unlock(client, headers)
    session.clock.now += 600
    session._tick()  # what the idle timer runs
    session._pool.submit(lambda: None).result()  # the lock was queued on the store's thread: wait for it
    assert session.store is None


def test_lock_ends_the_worker_that_held_the_diary_names(served):
    client, session, headers = served
    unlock(client, headers)
    assert client.post("/api/diary/check", json={"text": "Tamsin slept.", "family": "Okoro"},
                       headers=headers).status_code == 200
    assert served[0].app.checker._process is not None
    client.post("/api/diary/lock", headers=headers)
    assert served[0].app.checker._process is None


def test_an_error_blocks_the_save_and_nothing_is_written(served, diary_path):
    client, session, headers = served
    unlock(client, headers)
    checked = client.post("/api/diary/check", json={"text": BLOCKED, "family": "okoro"}, headers=headers).json()
    assert checked["blocking"] == 2
    assert [(f["rule"], f["text"], f["severity"]) for f in checked["findings"]] == [
        ("W105", "refusing", "error"), ("W211", "bad mother", "error")]
    response = client.post("/api/diary/save", json={"text": BLOCKED, "family": "okoro"}, headers=headers)
    assert response.status_code == 409
    assert response.json()["error"] == "Not saved: 2 errors must be fixed first."
    assert response.json()["blocking"] == 2
    assert client.get("/api/diary/entries?family=Okoro", headers=headers).json() == {"entries": []}


def test_the_fixed_entry_saves_through_the_store(served, diary_path):
    client, session, headers = served
    unlock(client, headers)
    checked = client.post("/api/diary/check", json={"text": FIXED, "family": "Okoro"}, headers=headers).json()
    assert checked["blocking"] == 0
    response = client.post("/api/diary/save", json={"text": FIXED, "family": "okoro", "date": "2026-03-01"},
                           headers=headers)
    assert response.json() == {"saved": 1, "family": "Okoro"}
    listed = client.get("/api/diary/entries?family=Okoro", headers=headers).json()["entries"]
    assert [(e["id"], e["date"], e["versions"]) for e in listed] == [(1, "2026-03-01", 1)]
    shown = client.get("/api/diary/entries/1", headers=headers).json()
    assert (shown["family"], shown["date"], shown["text"]) == ("Okoro", "2026-03-01", FIXED)
    client.post("/api/diary/lock", headers=headers)
    with Diary(diary_path, PASSPHRASE) as store:
        assert [(e.family, e.date, e.text) for e in store.entries()] == [("Okoro", "2026-03-01", FIXED)]


def test_unknown_family_and_entry_are_clear(served):
    client, _, headers = served
    unlock(client, headers)
    response = client.post("/api/diary/check", json={"text": FIXED, "family": "Nobody"}, headers=headers)
    assert response.status_code == 404
    assert response.json()["error"] == "there is no family called 'Nobody' in the diary (see `discreet diary family list`)"
    assert client.get("/api/diary/entries/9", headers=headers).json() == {"error": "there is no entry 9 in the diary"}


EXPORTED = """Notes kept about the Okoro family
Prepared on 2026-04-01 in answer to a request for your own notes.

Entries: 1
Dates: 2026-03-01 to 2026-03-01
Names of other people replaced by [third party]: 1
  names of members of other families: 1
  names of other people: 0

Each entry is shown as it reads now; where it was changed, the earlier versions follow it.

============================================================

Entry 1, 2026-03-01

Tamsin said [third party] came round with a meal.
"""


def test_export_is_the_subject_access_pack_as_text(served, diary_path):
    client, _, headers = served
    unlock(client, headers)
    text = "Tamsin said Bethan came round with a meal.\n"
    assert client.post("/api/diary/save", json={"text": text, "family": "Okoro", "date": "2026-03-01"},
                       headers=headers).status_code == 200
    response = client.post("/api/diary/export", json={"family": "okoro"}, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="request.txt"'
    assert response.headers["cache-control"] == "no-store"
    assert response.text == EXPORTED


def test_serve_refuses_a_diary_that_is_not_there(tmp_path):
    missing = tmp_path / "none.db"
    for args, env in [(["--diary", str(missing)], {}), ([], {"DISCREET_DIARY": str(missing)})]:
        result = CliRunner().invoke(main, ["serve", "--port", "8799", *args], env=env)
        assert result.exit_code == 2
        assert result.stderr == f"discreet: error: there is no diary at {missing}; create one with `discreet diary init`\n"
