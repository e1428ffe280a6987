"""The page's server run for a test: on a free loopback port, in a thread, stopped afterwards."""
import socket
import threading
import time
from contextlib import contextmanager

import uvicorn

from discreet.linter.web.server import HOST


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@contextmanager
def serving(make_app, waits: int = 100, join_seconds: float = 5):
    """make_app(port) -> the app; yields (base URL, app) once the server answers."""
    port = free_port()
    app = make_app(port)
    server = uvicorn.Server(uvicorn.Config(app, host=HOST, port=port, access_log=False, log_level="warning",
                                           lifespan="off", ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(waits):
            if server.started:
                break
            time.sleep(0.05)
        assert server.started, "the test server did not start"
        yield f"http://{HOST}:{port}", app
    finally:
        server.should_exit = True
        thread.join(timeout=join_seconds)
