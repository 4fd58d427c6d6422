"""A loopback HTTP server that checks signed API 3.0 requests and answers with documented examples.

It re-implements the service side from document 003 ("Request Structure", "Common Params",
"Signature v3", "Responses") with :mod:`support.tc3_verifier`, and never imports ``tcsms``. Every
POST is verified and recorded; a valid one gets ``{"Response": <the action's first example
response>}``, an invalid one the service's error envelope, both with HTTP 200 like the real service.
"""

from __future__ import annotations

import copy
import json
import socket
import threading
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from support import tc3_verifier
from support.loopback import LoopbackServer, answer_json
from support.tc3_verifier import Failure, VerificationResult

# Document 003, "Common Error Codes"; every other verifier failure is AuthFailure.SignatureFailure.
_AUTH_ERROR_CODES = {
    Failure.MALFORMED: "AuthFailure.InvalidAuthorization",
    Failure.UNKNOWN_SECRET_ID: "AuthFailure.SecretIdNotFound",
    Failure.EXPIRED: "AuthFailure.SignatureExpire",
}


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it (``headers`` with lower-cased names)."""

    action: str | None
    headers: dict[str, str]
    body: bytes
    json_body: Any
    verification: VerificationResult
    error_code: str | None


@dataclass(frozen=True)
class ApiError:
    code: str
    message: str


class _Backend:
    """Checks, records and answers requests; shared by the handler threads."""

    def __init__(self, spec: dict[str, Any], secrets: dict[str, str], token: str | None) -> None:
        self.actions: dict[str, Any] = spec["actions"]
        self.api_version: str = spec["service"]["api_version"]
        self.secrets = secrets
        self.token = token
        self.lock = threading.Lock()
        self.requests: list[RecordedRequest] = []

    def handle(self, target: str, headers: dict[str, str], body: bytes) -> dict[str, Any]:
        path, _, query = target.partition("?")
        verification = tc3_verifier.verify("POST", path, query, headers, body, self.secrets)
        json_body = _parse_json(body)
        error = (
            _auth_error(verification)
            or self._token_error(headers)
            or self._common_param_error(headers)
            or _body_error(json_body)
        )
        code = None if error is None else error.code
        record = RecordedRequest(
            headers.get("x-tc-action"), headers, body, json_body, verification, code
        )
        with self.lock:
            self.requests.append(record)
        if error is not None:
            envelope = {"Error": {"Code": error.code, "Message": error.message}}
            return {"Response": {**envelope, "RequestId": str(uuid.uuid4())}}
        example = self.actions[headers["x-tc-action"]]["examples"][0]["response"]
        return {"Response": copy.deepcopy(example)}

    def _token_error(self, headers: dict[str, str]) -> ApiError | None:
        if self.token is None or headers.get("x-tc-token") == self.token:
            return None
        return ApiError("AuthFailure.TokenFailure", "Token error.")

    def _common_param_error(self, headers: dict[str, str]) -> ApiError | None:
        action = headers.get("x-tc-action")
        version = headers.get("x-tc-version")
        if not _is_json(headers.get("content-type", "")):
            return ApiError("InvalidParameter", "Content-Type must be application/json.")
        if not (action and version and headers.get("x-tc-region")):
            return ApiError("MissingParameter", "X-TC-Action, X-TC-Version or X-TC-Region missing.")
        if action not in self.actions:
            return ApiError("InvalidAction", f"The API `{action}` does not exist.")
        if version != self.api_version:
            return ApiError("NoSuchVersion", f"The API version `{version}` does not exist.")
        return None


def _auth_error(verification: VerificationResult) -> ApiError | None:
    if verification.failure is None:
        return None
    code = _AUTH_ERROR_CODES.get(verification.failure, "AuthFailure.SignatureFailure")
    return ApiError(code, verification.detail)


def _is_json(content_type: str) -> bool:
    media_type, _, parameters = content_type.partition(";")
    charset = parameters.replace(" ", "").lower()
    return media_type.strip().lower() == "application/json" and charset in {"", "charset=utf-8"}


def _parse_json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


def _body_error(json_body: Any) -> ApiError | None:
    if isinstance(json_body, dict):
        return None
    return ApiError("InvalidParameter", "The request body is not a JSON object.")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive; every answer carries Content-Length
    server: _HTTPServer

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        headers = {name.lower(): value for name, value in self.headers.items()}
        answer_json(self, self.server.backend.handle(self.path, headers, body))

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


class _HTTPServer(ThreadingHTTPServer):
    """Tracks open connections so that closing the server also ends idle kept-alive ones."""

    daemon_threads = False  # server_close joins the handler threads

    def __init__(self, backend: _Backend) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.backend = backend
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def server_close(self) -> None:
        with self._connections_lock:
            open_connections = list(self._connections)
        for connection in open_connections:
            _hang_up(connection)
        super().server_close()


def _hang_up(connection: socket.socket) -> None:
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:  # the client already closed it
        pass


class ExampleServer(LoopbackServer):
    """Context manager serving the spec's example responses on ``127.0.0.1`` (a free port).

    ``spec`` is the loaded spec (``yaml.safe_load``); requests must be signed with ``secret_id`` and
    ``secret_key`` and, when ``token`` is given, carry it in ``X-TC-Token``.
    """

    def __init__(
        self, spec: dict[str, Any], secret_id: str, secret_key: str, token: str | None = None
    ) -> None:
        self._backend = _Backend(spec, {secret_id: secret_key}, token)
        super().__init__(_HTTPServer(self._backend), "example-server")

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, in arrival order."""
        with self._backend.lock:
            return list(self._backend.requests)

    @property
    def host_header_seen(self) -> str | None:
        """The ``Host`` header of the latest request (None before the first one)."""
        requests = self.requests
        return requests[-1].headers.get("host") if requests else None
