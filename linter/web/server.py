"""The local page's server: loopback only, checks Host and Origin, keeps no text between requests.

POST /api/check {"text": str, "names": [str], "fine": [key]} -> {"findings": [...], "safe": str}.
With a diary (`discreet serve --diary PATH`), /diary and /api/diary/* are served too (diary_routes.py).
Nothing here logs, caches or stores a request body; the Linter is built once, before serving, and
checks run in a worker process with a time limit (worker.py), never on the event loop.
"""
from __future__ import annotations

import asyncio
import json
from importlib import resources

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.concurrency import run_in_threadpool

from .. import DEFAULT_PORT
from ..findings import IDENTIFIER, Finding
from ..placeholders import replacements, safe_version
from .worker import CHECK_SECONDS, CheckWorker, TooSlow

HOST = "127.0.0.1"
MAX_BODY = 1024 * 1024  # bytes: a long diary is ~20 kB
MAX_TEXT = 200_000  # characters: ten long diaries, checked in seconds
TOO_LONG = f"That text is too long for one check ({MAX_TEXT:,} characters at most); check it in smaller parts."
TOO_SLOW = "That text took too long to check; check it in smaller parts."
MAX_NAMES, MAX_NAME_LENGTH = 500, 100
STATIC = {"/": ("index.html", "text/html; charset=utf-8"),
          "/app.js": ("app.js", "text/javascript; charset=utf-8"),
          "/style.css": ("style.css", "text/css; charset=utf-8")}
DIARY_STATIC = {"/diary": ("diary.html", "text/html; charset=utf-8"),
                "/diary.js": ("diary.js", "text/javascript; charset=utf-8")}
DIARY_LINK = '<a class="view" href="/diary">Open your diary</a>'
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class Refused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


def finding_key(f: Finding) -> str:
    """What "this is fine" is remembered by: the same words are fine wherever they appear."""
    return f"{f.kind}:{' '.join(f.text.casefold().split())}"


def _utf16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def result(text: str, findings: list[Finding], fine: set[str]) -> dict:
    keep = [f for f in findings if finding_key(f) not in fine]
    items = []
    for f in findings:
        items.append({
            "key": finding_key(f), "kind": f.kind, "category": f.category, "rule": f.rule,
            "start": f.start, "end": f.end, "text": f.text,
            "js_start": _utf16(text, f.start), "js_end": _utf16(text, f.end),  # for the page's JavaScript
            "message": f.message, "suggestion": f.suggestion, "severity": f.severity,
            "fine": finding_key(f) in fine,
        })
    safe = safe_version(text, keep)
    kept = [f for f in findings if f.kind == IDENTIFIER and finding_key(f) in fine]
    return {"findings": items, "safe": safe, "kept": _kept_in_safe(text, keep, kept, safe)}


def _kept_in_safe(text: str, keep: list[Finding], kept: list[Finding], safe: str) -> list[dict]:
    """Where each identifier kept visible stands in the safe version (UTF-16, for the page to mark).

    Each replaced identifier shifts what follows it by its placeholder's length less its own."""
    shifts = [(end, len(label) - (end - start)) for start, end, label in replacements(text, keep)]
    spans = []
    for f in sorted(kept, key=lambda f: f.start):
        start = f.start + sum(shift for end, shift in shifts if end <= f.start)
        spans.append({"start": _utf16(safe, start), "end": _utf16(safe, start + f.end - f.start)})
    return spans


def _parse(body: bytes) -> tuple[str, list[str], set[str]]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(400, "The request was not valid JSON.") from None
    except RecursionError:
        raise Refused(400, "The request is nested too deeply to read.") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise Refused(400, "The request needs a text.")
    if len(data["text"]) > MAX_TEXT:
        raise Refused(413, TOO_LONG)
    names, fine = data.get("names", []), data.get("fine", [])
    if not (isinstance(names, list) and all(isinstance(n, str) for n in names)
            and len(names) <= MAX_NAMES and all(len(n) <= MAX_NAME_LENGTH for n in names)):
        raise Refused(400, f"names must be a list of at most {MAX_NAMES} short strings.")
    if not (isinstance(fine, list) and all(isinstance(k, str) for k in fine)):
        raise Refused(400, "fine must be a list of strings.")
    return data["text"], names, set(fine)


async def read_body(request: Request, max_body: int = MAX_BODY) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > max_body):
        raise Refused(413, TOO_LONG)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            raise Refused(413, TOO_LONG)
        chunks.append(chunk)
    return b"".join(chunks)


def _static(name: str) -> bytes:
    return resources.files("discreet.linter.web").joinpath("static", name).read_bytes()


def create_app(linter, port: int = DEFAULT_PORT, max_body: int = MAX_BODY, check_seconds: float = CHECK_SECONDS,
               diary=None):
    """The app for a server listening on 127.0.0.1:port; requests naming any other host are refused.

    app.checker is its CheckWorker: run() starts it before serving and stops it on the way out.
    diary: a diary_routes.DiarySession (app.diary), or None: then nothing of the diary is served."""
    checker = CheckWorker(linter, check_seconds)
    one_at_a_time = asyncio.Lock()
    allowed_hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
    allowed_origins = {f"http://{h}" for h in allowed_hosts}

    def guard(request: Request) -> None:
        # A page elsewhere must not reach this server through DNS rebinding or a cross-site POST.
        if request.headers.get("host", "").lower() not in allowed_hosts:
            raise Refused(421, "This page only answers at its own local address.")
        if request.method == "POST":
            origin = request.headers.get("origin")
            if origin is not None and origin.lower() not in allowed_origins:
                raise Refused(403, "Requests from other sites are refused.")
            if request.headers.get("sec-fetch-site", "same-origin") not in {"same-origin", "none"}:
                raise Refused(403, "Requests from other sites are refused.")

    async def page(request: Request) -> Response:
        name, media_type = {**STATIC, **DIARY_STATIC}[request.url.path]
        body = _static(name)
        if name == "index.html":
            body = body.replace(b"<!--diary-->", DIARY_LINK.encode() if diary else b"")
        elif name == "diary.html":  # the per-launch token, for this page's own requests only
            body = body.replace(b"{{token}}", diary.token.encode())
        return Response(body, media_type=media_type)

    async def check(request: Request) -> Response:
        # Media types are case-insensitive; parameters such as charset may follow.
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            raise Refused(415, "Send the text as JSON.")
        text, names, fine = _parse(await read_body(request, max_body))
        if not text.strip():
            return JSONResponse(result(text, [], fine))
        async with one_at_a_time:  # one check at a time: the worker holds one spaCy pipeline
            if await request.is_disconnected():  # the page moved on to newer text while this one waited
                return Response(status_code=204)
            try:
                # the caseload box's names go to the one caseload matcher (I105), for this check only
                findings = await run_in_threadpool(checker.check, text, names)
            except TooSlow:
                raise Refused(503, TOO_SLOW) from None
            except Exception:  # CheckFailed, the worker ended, or anything else
                # Fail closed and say nothing more: an exception's text or traceback may quote the note.
                raise Refused(500, "A check failed, so nothing is shown. Try again, or restart discreet.") from None
        return JSONResponse(result(text, findings, fine))

    async def no_icon(request: Request) -> Response:
        return Response(status_code=204)

    async def refused(request: Request, exc: Refused) -> Response:
        return JSONResponse({"error": exc.reason}, status_code=exc.status)

    routes = [Route(path, page, methods=["GET"]) for path in STATIC]
    routes += [Route("/api/check", check, methods=["POST"]), Route("/favicon.ico", no_icon, methods=["GET"])]
    if diary is not None:
        from .diary_routes import diary_routes

        diary.on_lock = checker.stop  # the worker held the diary's names for its checks: forget them
        routes += [Route(path, page, methods=["GET"]) for path in DIARY_STATIC]
        routes += diary_routes(diary, checker, one_at_a_time, lambda r: read_body(r, max_body), Refused, result)
    inner = Starlette(routes=routes, exception_handlers={Refused: refused})

    async def app(scope, receive, send):
        """Every response gets the privacy headers; a request that fails the guard never reaches a route."""
        if scope["type"] != "http":
            return await inner(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.decode("latin-1").lower() not in _LOWER_HEADERS]
                headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        try:
            guard(Request(scope))
        except Refused as exc:
            return await (await refused(Request(scope), exc))(scope, receive, send_with_headers)
        await inner(scope, receive, send_with_headers)

    app.checker, app.diary = checker, diary
    return app


_LOWER_HEADERS = {k.lower() for k in SECURITY_HEADERS}


def url(port: int) -> str:
    return f"http://{HOST}:{port}/"


def check_port_free(port: int) -> None:
    """Raises OSError when something already listens on the port, so the command can say so plainly."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, port))


def run(linter, port: int = DEFAULT_PORT, open_browser: bool = False, diary=None) -> None:
    """Serve on 127.0.0.1 only until Ctrl+C. No access log: nothing about a request is written anywhere."""
    import threading
    import time
    import webbrowser

    import uvicorn

    app = create_app(linter, port, diary=diary)

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            app.checker.stop()  # Ctrl+C or SIGTERM: a check in progress ends now, not when it is done
            super().handle_exit(sig, frame)

    config = uvicorn.Config(
        app, host=HOST, port=port, access_log=False, log_level="warning",
        server_header=False, lifespan="off", ws="none", timeout_graceful_shutdown=2,
    )
    server = Server(config)
    if open_browser:
        def open_when_ready() -> None:
            for _ in range(100):
                if server.started:
                    webbrowser.open(url(port))
                    return
                time.sleep(0.1)

        threading.Thread(target=open_when_ready, daemon=True).start()
    app.checker.start()  # forked before the server opens its socket, so the worker never holds it
    try:
        server.run()  # after a signal, uvicorn raises it again once it has shut down
    except KeyboardInterrupt:
        pass  # Ctrl+C is how the page is meant to be stopped
    finally:
        if diary is not None:
            diary.shutdown()  # the open store and its key are dropped before the process ends
        app.checker.stop()
