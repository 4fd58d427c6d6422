"""Calls a WSGI application directly, as a server would, and reads its JSON answer."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from typing import Any

WsgiApp = Callable[
    [dict[str, Any], Callable[[str, list[tuple[str, str]]], object]], Iterable[bytes]
]


def call_wsgi(app: WsgiApp, body: bytes, method: str = "POST") -> tuple[str, Any]:
    seen: list[str] = []

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        seen.append(status)

    environ = {
        "REQUEST_METHOD": method,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
    }
    answer = b"".join(app(environ, start_response))
    return seen[0], json.loads(answer)
