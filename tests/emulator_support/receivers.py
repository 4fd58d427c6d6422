"""A callback receiver on loopback, as a service's customer runs one: it answers as the documents
say a receiver must, and keeps what it was sent."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ACKNOWLEDGED = b'{"result": 0, "errmsg": "OK"}'


@contextmanager
def callback_receiver(gate: threading.Event | None = None) -> Iterator[tuple[str, list[Any]]]:
    """Its URL and the payloads it took; with ``gate``, each answer waits (up to 10 s) for it."""
    payloads: list[Any] = []

    class Receive(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            payloads.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            if gate is not None:
                gate.wait(10)
            self.send_response(200)
            self.send_header("Content-Length", str(len(ACKNOWLEDGED)))
            self.end_headers()
            self.wfile.write(ACKNOWLEDGED)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receive)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/callback", payloads
    finally:
        if gate is not None:
            gate.set()
        server.shutdown()
        server.server_close()
