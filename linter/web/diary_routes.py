"""The page's Diary view: the encrypted diary (linter/diary/) opened for one browser tab.

Only served when `discreet serve` has a diary. Every /api/diary/* request needs the per-launch token
that is written into the diary page (never a URL or a log), besides the server's Host/Origin guard.
The passphrase is used once to open the store and not kept; the open store (its key) lives in this
process only until lock, IDLE_SECONDS without a diary request, or shutdown. Store calls run on one
thread of their own (SQLite connections belong to the thread that opened them), never the event loop.
"""
from __future__ import annotations

import asyncio
import json
import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..diary import export as pack_export
from ..diary.checking import CheckUnavailable, caseload, judge_entry
from ..diary.crypto import DiaryError, WrongPassphrase
from ..diary.dates import DateError, parse_date
from ..diary.store import Diary
from ..engine import CheckFailed

IDLE_SECONDS = 600.0
TOKEN_HEADER = "x-discreet-token"
MAX_PASSPHRASE = 1024
LOCKED = "The diary is locked. Unlock it with your passphrase."
IDLE_LOCKED = "The diary locked itself after 10 minutes without use. Unlock it to go on."
CHECK_FAILED = "A check failed, so nothing was saved. Try again, or restart discreet."


class DiarySession:
    """The one open diary of this server; clock and idle_seconds can be changed by tests."""

    def __init__(self, path: Path, idle_seconds: float = IDLE_SECONDS, clock=time.monotonic, today=date.today) -> None:
        self.path, self.idle_seconds, self.clock, self.today = Path(path), idle_seconds, clock, today
        self.token = secrets.token_urlsafe(32)
        self.store: Diary | None = None
        self.last_used = 0.0
        self.idle_locked = False  # said once, on the next request
        self.on_lock = lambda: None  # the server stops its check worker: that forgets the diary's names
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="diary")
        self._timer: threading.Timer | None = None
        self._timer_lock = threading.Lock()

    async def run(self, call, *args):
        """call(*args) on the store's own thread."""
        return await asyncio.get_running_loop().run_in_executor(self._pool, call, *args)

    # on the store thread ------------------------------------------------------------------------

    def open(self, passphrase: str) -> None:
        self.close()
        self.store = Diary(self.path, passphrase)
        self.idle_locked = False
        self.touch()

    def close(self, idle: bool = False) -> None:
        with self._timer_lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        if self.store is not None:
            store, self.store = self.store, None
            store.close()  # SQLCipher forgets the key with the connection
            self.idle_locked = idle
            self.on_lock()

    def expire_if_idle(self) -> None:
        if self.store is not None and self.clock() - self.last_used >= self.idle_seconds:
            self.close(idle=True)

    # from any thread ---------------------------------------------------------------------------

    def touch(self) -> None:
        self.last_used = self.clock()
        with self._timer_lock:
            if self._timer is None:
                self._schedule(self.idle_seconds)

    def _schedule(self, seconds: float) -> None:
        self._timer = threading.Timer(max(seconds, 0.05), self._tick)
        self._timer.daemon = True
        self._timer.start()

    def _tick(self) -> None:
        """The key is dropped after the idle time even if no request comes to notice it."""
        with self._timer_lock:
            self._timer = None
            if self.store is None:
                return
            left = self.idle_seconds - (self.clock() - self.last_used)
            if left > 0:
                self._schedule(left)
                return
        self._pool.submit(self.expire_if_idle)

    def shutdown(self) -> None:
        self._pool.submit(self.close).result(timeout=30)
        self._pool.shutdown(wait=True)


def _family_dict(f) -> dict:
    return {"name": f.name, "members": list(f.members), "opened": f.opened, "closed": f.closed}


def _entry_summary(e) -> dict:
    line = " ".join(e.text.split())
    return {"id": e.id, "family": e.family, "date": e.date, "versions": len(e.versions),
            "preview": line if len(line) <= 60 else line[:59] + "…"}


def _entry_detail(e) -> dict:
    return {"id": e.id, "family": e.family, "date": e.date, "text": e.text,
            "versions": [{"number": v.number, "saved": v.saved, "accepted": [list(a) for a in v.accepted]}
                         for v in e.versions]}


def diary_routes(session: DiarySession, checker, one_at_a_time: asyncio.Lock, read_body, refused_type, result):
    """The /api/diary/* routes. read_body, Refused and result() are the checker's own (server.py)."""
    Refused = refused_type

    def require_token(request: Request) -> None:
        given = request.headers.get(TOKEN_HEADER, "")
        if not secrets.compare_digest(given.encode("utf-8", "replace"), session.token.encode()):
            raise Refused(403, "This diary request did not come from the diary page. Reload the page.")
        # the server's guard checks Origin on POST only; every diary request is checked
        if request.headers.get("sec-fetch-site", "same-origin") not in {"same-origin", "none"}:
            raise Refused(403, "Requests from other sites are refused.")

    async def json_body(request: Request) -> dict:
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            raise Refused(415, "Send the request as JSON.")
        try:
            data = json.loads((await read_body(request)).decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise Refused(400, "The request was not valid JSON.") from None
        if not isinstance(data, dict):
            raise Refused(400, "The request was not valid JSON.")
        return data

    def text_field(data: dict, name: str) -> str:
        value = data.get(name)
        if not isinstance(value, str):
            raise Refused(400, f"The request needs a {name}.")
        return value

    async def on_store(call, *args):
        """call(store, *args) on the store thread; a locked diary is refused (423)."""
        await session.run(session.expire_if_idle)
        if session.store is None:
            raise Refused(423, IDLE_LOCKED if session.idle_locked else LOCKED)

        def with_store():
            if session.store is None:
                raise Refused(423, LOCKED)
            try:
                return call(session.store, *args)
            except DiaryError as exc:  # one line, naming the file, never its contents
                raise Refused(404 if "there is no" in str(exc) else 500, f"{exc}") from None

        answer = await session.run(with_store)
        session.touch()
        return answer

    def api(handler):
        async def endpoint(request: Request) -> Response:
            require_token(request)
            return await handler(request)
        return endpoint

    async def state(request: Request) -> Response:
        await session.run(session.expire_if_idle)
        return JSONResponse({"unlocked": session.store is not None, "idle_seconds": session.idle_seconds})

    async def unlock(request: Request) -> Response:
        passphrase = text_field(await json_body(request), "passphrase")
        if not passphrase or len(passphrase) > MAX_PASSPHRASE:
            raise Refused(400, "Type the diary's passphrase.")
        try:
            await session.run(session.open, passphrase)
        except WrongPassphrase:
            raise Refused(401, "That passphrase does not open this diary.") from None
        except DiaryError as exc:
            raise Refused(500, f"{exc}") from None
        return JSONResponse({"unlocked": True, "idle_seconds": session.idle_seconds})

    async def lock(request: Request) -> Response:
        await session.run(session.close)
        return JSONResponse({"unlocked": False})

    async def families(request: Request) -> Response:
        found = await on_store(lambda store: store.families())
        return JSONResponse({"families": [_family_dict(f) for f in found]})

    async def entries(request: Request) -> Response:
        family = request.query_params.get("family") or None
        found = await on_store(lambda store: store.entries(family))
        return JSONResponse({"entries": [_entry_summary(e) for e in found]})

    async def entry(request: Request) -> Response:
        entry_id = request.path_params["entry_id"]
        return JSONResponse(_entry_detail(await on_store(lambda store: store.entry(entry_id))))

    async def checked(text: str, family: str):
        """(findings, verdict) for text, checked as `discreet diary add --family family` checks it."""
        def context(store):
            fam = store.family(family)
            return fam, caseload(store, fam)

        fam, (names, members) = await on_store(context)
        async with one_at_a_time:
            try:
                findings = await asyncio.get_running_loop().run_in_executor(
                    None, lambda: checker.check(text, (), diary=(names, members)))
            except Exception:  # TooSlow, a failed check, the worker ended: nothing is saved unchecked
                raise Refused(500, CHECK_FAILED) from None
        return fam, findings, judge_entry(findings)

    def checked_answer(text, findings, verdict) -> dict:
        return {**result(text, findings, set()), "blocking": len(verdict.blocking)}

    async def check(request: Request) -> Response:
        data = await json_body(request)
        text, family = text_field(data, "text"), text_field(data, "family")
        if not text.strip():
            await on_store(lambda store: store.family(family))
            return JSONResponse({**result(text, [], set()), "blocking": 0})
        _, findings, verdict = await checked(text, family)
        return JSONResponse(checked_answer(text, findings, verdict))

    async def save(request: Request) -> Response:
        data = await json_body(request)
        text, family = text_field(data, "text"), text_field(data, "family")
        try:
            day = parse_date(data["date"]) if data.get("date") else None
        except (DateError, TypeError, AttributeError):
            raise Refused(400, "The date must be written as YYYY-MM-DD.") from None
        if not text.strip():
            raise Refused(400, "The entry is empty: nothing was saved.")
        fam, findings, verdict = await checked(text, family)  # checked again here: the page is not trusted
        if not verdict.saves:
            n = len(verdict.blocking)
            return JSONResponse({**checked_answer(text, findings, verdict),
                                 "error": f"Not saved: {n} error{'s' if n != 1 else ''} must be fixed first."},
                                status_code=409)
        entry_id = await on_store(lambda store: store.add(fam.name, text, day, verdict.accepted))
        return JSONResponse({"saved": entry_id, "family": fam.name})

    async def export(request: Request) -> Response:
        family = text_field(await json_body(request), "family")

        def everyone(store):
            return store.family(family), tuple(name for f in store.families() for name in f.members)

        fam, names = await on_store(everyone)

        class WorkerLinter:  # export.build's linter, checking in the worker as `discreet diary export` does
            def check(self, text):
                try:
                    return checker.check(text, (), diary=(names, ()))
                except Exception:
                    raise CheckFailed("a check failed") from None

        async with one_at_a_time:
            try:
                pack = await on_store(lambda store: pack_export.build(store, fam.name, WorkerLinter(), session.today()))
            except CheckUnavailable:
                raise Refused(500, "A check failed, so nothing was exported. Try again, or restart discreet.") from None
        return Response(pack_export.to_text(pack), media_type="text/plain; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="request.txt"'})

    prefix = "/api/diary"
    return [
        Route(f"{prefix}/state", api(state), methods=["GET"]),
        Route(f"{prefix}/unlock", api(unlock), methods=["POST"]),
        Route(f"{prefix}/lock", api(lock), methods=["POST"]),
        Route(f"{prefix}/families", api(families), methods=["GET"]),
        Route(f"{prefix}/entries", api(entries), methods=["GET"]),
        Route(f"{prefix}/entries/{{entry_id:int}}", api(entry), methods=["GET"]),
        Route(f"{prefix}/check", api(check), methods=["POST"]),
        Route(f"{prefix}/save", api(save), methods=["POST"]),
        Route(f"{prefix}/export", api(export), methods=["POST"]),
    ]
