"""A loopback server that answers every request with the same canned bytes, and counts requests."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from support.loopback import LoopbackServer


class CannedServer(LoopbackServer):
    """Answers each request with ``status``, ``headers`` and ``body`` (change them at will)."""

    def __init__(
        self, body: bytes, *, status: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        self.body = body
        self.status = status
        self.headers = {"Content-Type": "application/json"} if headers is None else headers
        self.requests = 0
        lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def _answer(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with lock:
                    server.requests += 1
                self.send_response(server.status)
                for name, value in server.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(server.body)))
                self.end_headers()
                self.wfile.write(server.body)

            do_POST = do_GET = _answer

        super().__init__(ThreadingHTTPServer(("127.0.0.1", 0), Handler), "canned-server")
