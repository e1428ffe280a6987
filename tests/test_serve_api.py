"""The local page's server: what it answers, what it refuses, and that it keeps nothing."""
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import warnings
from pathlib import Path
from importlib import resources

import pytest
from click.testing import CliRunner

with warnings.catch_warnings():  # Starlette 1.x prefers httpx2 but still supports httpx
    warnings.filterwarnings("ignore", message="Using `httpx`")
    from starlette.testclient import TestClient

from discreet.cli import main
from discreet.linter.engine import CheckFailed

from discreet.linter.web.server import MAX_BODY, MAX_TEXT, TOO_LONG, TOO_SLOW, create_app
from page_server import free_port, serving

PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
NOTE = "Rang ysolde on 07700 900412 about the bramble hedge."

@pytest.fixture(scope="module")
def client(linter):
    return TestClient(create_app(linter, PORT), base_url=BASE)

def post(client, payload, **headers):
    return client.post("/api/check", json=payload, headers=headers)

def summary(answer):
    return [(f["rule"], f["start"], f["end"], f["text"], f["fine"]) for f in answer["findings"]]

def test_page_and_assets_are_served_with_privacy_headers(client):
    for path, kind in [("/", "text/html"), ("/app.js", "text/javascript"), ("/style.css", "text/css")]:
        response = client.get(path)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(kind)
        assert response.headers["cache-control"] == "no-store"
        assert "default-src 'none'; script-src 'self'" in response.headers["content-security-policy"]
        assert "set-cookie" not in response.headers
        assert "server" not in response.headers

def test_page_loads_nothing_from_outside_and_has_no_inline_script():
    static = resources.files("discreet.linter.web").joinpath("static")
    for name in ["index.html", "app.js", "style.css"]:
        text = static.joinpath(name).read_text("utf-8")
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|@import|url\(", text, re.I), name
        assert "localStorage" not in text and "sessionStorage" not in text and "cookie" not in text, name
    html = static.joinpath("index.html").read_text("utf-8")
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/app.js" defer>']
    assert " style=" not in html and "<style" not in html

def test_check_finds_and_writes_the_safe_version(client):
    response = post(client, {"text": NOTE, "names": [], "fine": []})
    assert response.status_code == 200
    answer = response.json()
    assert summary(answer) == [("I401", 15, 27, "07700 900412", False)]
    assert answer["safe"] == "Rang ysolde on [phone] about the bramble hedge."
    assert response.headers["cache-control"] == "no-store"

def test_caseload_names_are_hidden_for_that_request_only(client):
    with_names = post(client, {"text": NOTE, "names": ["Ysolde Penhallow"], "fine": []}).json()
    assert summary(with_names) == [("I105", 5, 11, "ysolde", False), ("I401", 15, 27, "07700 900412", False)]
    assert with_names["safe"] == "Rang [name] on [phone] about the bramble hedge."
    # The next request did not send the names, so nothing of them was kept.
    without = post(client, {"text": NOTE}).json()
    assert [f["rule"] for f in without["findings"]] == ["I401"]

def test_caseload_names_match_whole_words_in_any_case(client):
    text = "BRAMBLE came; brambles grew; Bramble's cot."
    found = post(client, {"text": text, "names": ["Bramble"]}).json()
    assert [(f["rule"], f["start"], f["end"], f["text"]) for f in found["findings"] if f["rule"] == "I105"] == [
        ("I105", 0, 7, "BRAMBLE"), ("I105", 29, 36, "Bramble")]

def test_the_page_and_the_command_line_share_one_caseload_matcher(client):
    # the page's box used to flag the verb "hope" and the "Close" of a street; the CLI's I105 never did
    text = "I hope the feeds go well. Hope's weight is up. The close was quiet."
    found = post(client, {"text": text, "names": ["Hope", "12 Mill Close"]}).json()
    assert [(f["rule"], f["text"]) for f in found["findings"] if f["kind"] == "identifier"] == [("I105", "Hope")]

def test_a_caseload_name_overlapping_a_model_guess_is_one_finding(client):
    found = post(client, {"text": "Met Ysolde Penhallow today", "names": ["Ysolde Penhallow"]}).json()
    assert [(f["rule"], f["text"]) for f in found["findings"]] == [("I105", "Ysolde Penhallow")]

def test_this_is_fine_keeps_the_words_in_the_safe_version(client):
    answer = post(client, {"text": NOTE, "fine": ["identifier:07700 900412"]}).json()
    assert summary(answer) == [("I401", 15, 27, "07700 900412", True)]
    assert answer["safe"] == NOTE

def test_kept_identifiers_are_placed_in_the_safe_version_for_the_page_to_mark(client):
    text = "🙄 Rang 07700 900412, then 07700 900413 and ysolde@example.org today."
    answer = post(client, {"text": text, "fine": ["identifier:07700 900413"]}).json()
    assert answer["safe"] == "🙄 Rang [phone], then 07700 900413 and [email] today."
    utf16 = answer["safe"].encode("utf-16-le")
    assert [utf16[2 * k["start"]:2 * k["end"]].decode("utf-16-le") for k in answer["kept"]] == ["07700 900413"]
    assert answer["kept"] == [{"start": 22, "end": 34}]

def test_offsets_for_javascript_count_emoji_as_two(client):
    answer = post(client, {"text": "🙄 Rang 07700 900412 today."}).json()
    phone = answer["findings"][0]
    assert (phone["start"], phone["end"], phone["js_start"], phone["js_end"]) == (7, 19, 8, 20)

def test_blank_text_has_no_findings(client):
    assert post(client, {"text": "  \n"}).json() == {"findings": [], "safe": "  \n", "kept": []}

@pytest.mark.parametrize("host", ["evil.example", f"evil.example:{PORT}", "127.0.0.1:9999", "0.0.0.0:8765", ""])
def test_other_hosts_are_refused(client, host):
    for response in [client.get("/", headers={"host": host}),
                     post(client, {"text": NOTE}, host=host)]:
        assert response.status_code == 421
        assert "07700" not in response.text
        assert response.headers["cache-control"] == "no-store"

def test_localhost_name_is_accepted(client):
    assert client.get("/", headers={"host": f"localhost:{PORT}"}).status_code == 200

@pytest.mark.parametrize("origin", ["http://evil.example", f"http://127.0.0.1:{PORT + 1}", f"https://127.0.0.1:{PORT}", "null"])
def test_posts_from_other_origins_are_refused(client, origin):
    response = post(client, {"text": NOTE}, origin=origin)
    assert response.status_code == 403
    assert "07700" not in response.text

def test_same_origin_posts_are_accepted(client):
    assert post(client, {"text": NOTE}, origin=BASE).status_code == 200
    assert post(client, {"text": NOTE}, origin=f"http://localhost:{PORT}").status_code == 200

def test_cross_site_fetch_metadata_is_refused(client):
    assert post(client, {"text": NOTE}, **{"sec-fetch-site": "cross-site"}).status_code == 403

def test_oversized_bodies_are_refused(client):
    big = b'{"text": "' + b"a" * MAX_BODY + b'"}'
    response = client.post("/api/check", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json() == {"error": TOO_LONG}

def test_a_text_near_the_body_limit_is_too_long_not_a_failed_check(client):
    text = "Rang 07700 900412 today. " * ((MAX_BODY - 100) // 25)
    response = post(client, {"text": text})
    assert response.status_code == 413
    assert response.json() == {"error": TOO_LONG}
    assert "characters at most" in TOO_LONG
    assert post(client, {"text": "a" * (MAX_TEXT + 1)}).status_code == 413

def test_content_type_is_case_insensitive_and_may_carry_a_charset(client):
    for kind in ["APPLICATION/JSON", "Application/Json; charset=UTF-8", "application/json;charset=utf-8"]:
        response = client.post("/api/check", content=b'{"text": "Rang 07700 900412."}', headers={"content-type": kind})
        assert response.status_code == 200, kind
        assert [f["rule"] for f in response.json()["findings"]] == ["I401"]

def test_deeply_nested_json_is_a_clear_400_without_a_traceback(client, capfd):
    body = b'{"text": "07700 900412", "names": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    response = client.post("/api/check", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"error": "The request is nested too deeply to read."}
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err and "07700" not in out + err

def test_oversized_streamed_bodies_are_refused_without_a_length(linter):
    small = TestClient(create_app(linter, PORT, max_body=100), base_url=BASE)
    chunks = (b'{"text": "' + b"a" * 60 + b'"}' for _ in range(3))
    response = small.post("/api/check", content=chunks, headers={"content-type": "application/json"})
    assert response.status_code == 413

def test_malformed_requests_are_refused_without_echoing_them(client):
    assert client.post("/api/check", content=b"text=07700900412",
                       headers={"content-type": "application/x-www-form-urlencoded"}).status_code == 415
    bad = client.post("/api/check", content=b'{"text": "07700 900412"', headers={"content-type": "application/json"})
    assert bad.status_code == 400 and "07700" not in bad.text
    assert post(client, {"text": 5}).status_code == 400
    assert post(client, {"text": "x", "names": "Ysolde"}).status_code == 400
    assert post(client, {"text": "x", "names": ["y" * 101]}).status_code == 400
    assert post(client, {"text": "x", "fine": [1]}).status_code == 400
    assert client.get("/api/check").status_code == 405

@pytest.mark.parametrize("error", [CheckFailed("a check failed (ValueError)"), ValueError(f"bad span in {NOTE}")])
def test_a_failed_check_shows_nothing_and_quotes_nothing(error, capfd):
    class Broken:
        def check(self, text):
            raise error

    response = post(TestClient(create_app(Broken(), PORT), base_url=BASE), {"text": NOTE})
    assert response.status_code == 500
    assert response.json() == {"error": "A check failed, so nothing is shown. Try again, or restart discreet."}
    out, err = capfd.readouterr()
    assert "07700" not in out + err

def test_serve_refuses_other_hosts():
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "only runs on 127.0.0.1" in result.output

def test_serve_refuses_a_busy_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert result.exit_code == 2
    assert f"port {port} is already in use" in result.output

def test_serve_fails_closed_without_the_model():
    result = CliRunner().invoke(main, ["serve", "--port", str(free_port()), "--model", "no_such_model_here"])
    assert result.exit_code == 2
    assert "not installed" in result.output and "Nothing was checked" in result.output

class Slow:
    """A linter whose check of a text holding "slow" never ends in time."""

    def check(self, text, names=None):
        if "slow" in text:
            time.sleep(120)
        return []

def test_a_check_past_the_time_limit_answers_503_and_the_next_check_runs(capfd):
    client = TestClient(create_app(Slow(), PORT, check_seconds=1), base_url=BASE)
    response = post(client, {"text": "a slow one"})
    assert response.status_code == 503
    assert response.json() == {"error": TOO_SLOW} == {"error": "That text took too long to check; check it in smaller parts."}
    quick = post(client, {"text": "a quick one"})  # the stuck check was stopped, not left holding the worker
    assert quick.status_code == 200 and quick.json() == {"findings": [], "safe": "a quick one", "kept": []}
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err

def test_the_page_still_answers_while_a_check_runs():
    with serving(lambda port: create_app(Slow(), port, check_seconds=60), waits=200, join_seconds=10) as (base, app):
        try:
            request = urllib.request.Request(base + "/api/check", data=b'{"text": "slow"}', method="POST",
                                             headers={"Content-Type": "application/json"})
            threading.Thread(target=lambda: _quietly(urllib.request.urlopen, request, timeout=90), daemon=True).start()
            time.sleep(0.5)
            with urllib.request.urlopen(base + "/", timeout=10) as page:  # not queued behind the check
                assert page.status == 200
        finally:
            app.checker.stop()

def _quietly(call, *args, **kwargs):
    try:
        call(*args, **kwargs)
    except Exception:
        pass

REPO = Path(__file__).resolve().parents[1]

@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_and_sigterm_stop_the_server_at_once_even_mid_check(sig):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from discreet.cli import main; main()", "serve", "--port", str(port)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(600):  # the model loads first
            try:
                urllib.request.urlopen(base + "/", timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        text = ("Visited Morwenna and baby Rowan in Wetherby; mum is tired, feeding well, "
                "weight up. HV on Friday, ring 07700 900412. ") * 1_500  # many seconds of checking
        body = ('{"text": "%s"}' % text).encode()
        request = urllib.request.Request(base + "/api/check", data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        threading.Thread(target=lambda: _quietly(urllib.request.urlopen, request, timeout=120), daemon=True).start()
        time.sleep(1.5)  # the check is under way
        proc.send_signal(sig)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        _, err = proc.communicate()
    assert proc.returncode in (0, -sig, 128 + sig)
    assert "Traceback" not in err and "Morwenna" not in err

def test_every_text_box_has_spellcheck_autocorrect_autocapitalize_and_autocomplete_off(client):
    html = client.get("/").text
    boxes = re.findall(r"<(?:textarea|input)\b[^>]*>", html)
    assert [re.search(r'id="(\w+)"', box).group(1) for box in boxes] == ["note", "names"]
    for box in boxes:
        for attribute in ['spellcheck="false"', 'autocomplete="off"', 'autocorrect="off"', 'autocapitalize="off"']:
            assert attribute in box, (box, attribute)


def test_the_page_has_a_label_for_every_finding_category():
    from discreet.linter.config import IDENTIFIER_CATEGORIES
    from discreet.linter.ruleset import CATEGORIES

    script = resources.files("discreet.linter.web").joinpath("static", "app.js").read_text("utf-8")
    block = re.search(r"const LABELS = \{(.*?)\};", script, re.S).group(1)
    labelled = set(re.findall(r"(\w+):\s*\"", block))
    assert set(CATEGORIES) | set(IDENTIFIER_CATEGORIES) <= labelled
