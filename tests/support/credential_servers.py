"""Loopback stand-ins for the services that hand out temporary credentials.

``MetadataServer`` plays a CVM instance's metadata service: the bound role's name at
``/latest/meta-data/cam/security-credentials/``, its credentials below it. ``StsServer`` plays STS:
``AssumeRole`` checked with the independent TC3 verifier against known long-lived keys,
``AssumeRoleWithWebIdentity`` checked against the token in a file. Both answer in the shapes the
services document, can be told to fail or to answer slowly, and record what they were asked.

Every key and token they issue starts with ``TMPKEY-`` or ``TMPTOKEN-``, so a test can look for
those prefixes anywhere they must not appear.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from support import tc3_verifier
from support.loopback import LoopbackServer

ROLES_PATH = "/latest/meta-data/cam/security-credentials/"
STS_VERSION = "2018-08-13"
SECRET_PREFIXES = ("TMPKEY-", "TMPTOKEN-")


@dataclass
class Issued:
    """One set of temporary credentials a fake handed out."""

    secret_id: str
    secret_key: str
    token: str
    expired_time: int


@dataclass
class StsCall:
    """A request the STS fake received."""

    action: str
    headers: dict[str, str]  # names lower-cased
    payload: dict[str, Any]
    verification: tc3_verifier.VerificationResult | None = None


@dataclass
class _Counter:
    value: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next(self) -> int:
        with self.lock:
            self.value += 1
            return self.value


def _issue(label: str, number: int, expired_time: int) -> Issued:
    return Issued(
        secret_id=f"AKIDtmp{label}{number}",
        secret_key=f"TMPKEY-{label}-{number}-{uuid.uuid4().hex[:8]}",
        token=f"TMPTOKEN-{label}-{number}-{uuid.uuid4().hex}",
        expired_time=expired_time,
    )


def _answer(handler: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class MetadataServer(LoopbackServer):
    """The metadata service of an instance with ``role`` bound (None: no role).

    Each role's credentials stay the same until ``rotate()`` or until they are asked for after
    they expired; they live ``lifetime`` seconds by ``clock``. ``status`` answers every request
    with that HTTP status instead; ``code`` replaces ``"Success"``; ``delay`` holds each answer
    back that many seconds; ``paths`` records every path asked.
    """

    def __init__(
        self,
        role: str | None = "sms-sender",
        *,
        lifetime: int = 7200,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.role = role
        self.lifetime = lifetime
        self.clock = clock
        self.status: int | None = None
        self.code = "Success"
        self.delay = 0.0
        self.listing_body: bytes | None = None  # replaces the role listing when set
        self.paths: list[str] = []
        self.current: dict[str, Issued] = {}
        self.issued: list[Issued] = []
        # Told of each new set, as it is issued: a test server then accepts what the client gets.
        self.on_issue: Callable[[Issued], None] | None = None
        self._counter = _Counter()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server._handle(self)

        super().__init__(ThreadingHTTPServer(("127.0.0.1", 0), Handler), "metadata-server")

    def rotate(self, role: str | None = None) -> Issued:
        """New credentials for ``role`` (default: the bound one), served from now on."""
        name = role or self.role
        assert name is not None
        with self._lock:
            return self._new(name)

    def credentials_for(self, role: str) -> Issued:
        """The credentials the service hands out for ``role`` now (issued when due)."""
        with self._lock:
            issued = self.current.get(role)
            if issued is None or issued.expired_time <= self.clock():
                issued = self._new(role)
            return issued

    def _new(self, role: str) -> Issued:
        issued = _issue(role, self._counter.next(), int(self.clock()) + self.lifetime)
        self.current[role] = issued
        self.issued.append(issued)
        if self.on_issue is not None:
            self.on_issue(issued)
        return issued

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        # Absolute form too: a client sent here as its http proxy (the official SDK's urllib).
        path = urlsplit(handler.path).path if "://" in handler.path else handler.path
        with self._lock:
            self.paths.append(path)
        if self.delay:
            time.sleep(self.delay)
        if self.status is not None:
            _answer(handler, self.status, b"failing", "text/plain")
        elif path == ROLES_PATH:
            if self.listing_body is not None:
                _answer(handler, 200, self.listing_body, "text/plain")
            elif self.role is None:
                _answer(handler, 404, b"Not Found", "text/plain")
            else:
                _answer(handler, 200, self.role.encode(), "text/plain")
        elif path.startswith(ROLES_PATH) and unquote(path[len(ROLES_PATH) :]) == self.role:
            issued = self.credentials_for(self.role)
            document = {
                "TmpSecretId": issued.secret_id,
                "TmpSecretKey": issued.secret_key,
                "ExpiredTime": issued.expired_time,
                "Expiration": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(issued.expired_time)),
                "Token": issued.token,
                "Code": self.code,
            }
            _answer(handler, 200, json.dumps(document).encode(), "application/json")
        else:
            _answer(handler, 404, b"Not Found", "text/plain")


class StsServer(LoopbackServer):
    """STS for the long-lived keys ``secrets`` ({SecretId: SecretKey}) and the roles in ``roles``.

    ``AssumeRole`` must carry a valid TC3 signature for service ``sts``;
    ``AssumeRoleWithWebIdentity`` must carry ``Authorization: SKIP``, ``provider_id`` and the
    token now in ``token_file``. Every success issues new credentials living ``lifetime``
    seconds by ``clock`` (or the request's DurationSeconds when ``lifetime`` is None).
    ``error`` = (code, message) makes every call fail so; ``calls`` records each request.
    """

    def __init__(
        self,
        secrets: Mapping[str, str],
        roles: set[str],
        *,
        provider_id: str = "OIDC-provider",
        token_file: Path | None = None,
        lifetime: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.secrets = dict(secrets)
        self.roles = set(roles)
        self.provider_id = provider_id
        self.token_file = token_file
        self.lifetime = lifetime
        self.clock = clock
        self.error: tuple[str, str] | None = None
        self.delay = 0.0
        self.calls: list[StsCall] = []
        self.issued: list[Issued] = []
        self.on_issue: Callable[[Issued], None] | None = None  # as MetadataServer's
        self._counter = _Counter()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                server._handle(self)

        super().__init__(ThreadingHTTPServer(("127.0.0.1", 0), Handler), "sts-server")

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        headers = {name.lower(): value for name, value in handler.headers.items()}
        try:
            payload = json.loads(body)
        except ValueError:
            payload = {}
        call = StsCall(headers.get("x-tc-action", ""), headers, payload)
        with self._lock:
            self.calls.append(call)
        if self.delay:
            time.sleep(self.delay)
        document = self._respond(call, handler.command, handler.path, body)
        _answer(handler, 200, json.dumps(document).encode(), "application/json")

    def _respond(self, call: StsCall, method: str, path: str, body: bytes) -> dict[str, Any]:
        request_id = str(uuid.uuid4())
        problem = self._problem(call, method, path, body)
        if problem is None and self.error is not None:
            problem = self.error
        if problem is not None:
            code, message = problem
            return {
                "Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}
            }
        duration = call.payload.get("DurationSeconds", 7200)
        lifetime = self.lifetime if self.lifetime is not None else int(duration)
        issued = _issue("sts", self._counter.next(), int(self.clock()) + lifetime)
        with self._lock:
            self.issued.append(issued)
        if self.on_issue is not None:
            self.on_issue(issued)
        return {
            "Response": {
                "Credentials": {
                    "Token": issued.token,
                    "TmpSecretId": issued.secret_id,
                    "TmpSecretKey": issued.secret_key,
                },
                "ExpiredTime": issued.expired_time,
                "Expiration": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(issued.expired_time)),
                "RequestId": request_id,
            }
        }

    def _problem(
        self, call: StsCall, method: str, path: str, body: bytes
    ) -> tuple[str, str] | None:
        headers = call.headers
        if headers.get("x-tc-version") != STS_VERSION:
            return ("InvalidParameter", f"unsupported version {headers.get('x-tc-version')!r}")
        if call.action == "AssumeRole":
            call.verification = tc3_verifier.verify(
                method, path, "", headers, body, self.secrets, service="sts"
            )
            if call.verification.failure is tc3_verifier.Failure.UNKNOWN_SECRET_ID:
                return ("AuthFailure.SecretIdNotFound", "The SecretId is not found.")
            if not call.verification.ok:
                return (
                    "AuthFailure.SignatureFailure",
                    "The provided credentials could not be "
                    "validated. Please check your signature is correct.",
                )
        elif call.action == "AssumeRoleWithWebIdentity":
            if headers.get("authorization") != "SKIP":
                return ("AuthFailure.InvalidAuthorization", "Authorization must be SKIP.")
            if call.payload.get("ProviderId") != self.provider_id:
                return ("ResourceNotFound.IdentityNotExist", "The identity provider is unknown.")
            expected = self.token_file.read_text().strip() if self.token_file else None
            if expected is None or call.payload.get("WebIdentityToken") != expected:
                return ("InvalidParameter.WebIdentityTokenError", "The token is not valid.")
        else:
            return ("InvalidAction", f"unknown action {call.action!r}")
        if call.payload.get("RoleArn") not in self.roles:
            return ("ResourceNotFound.RoleNotExist", "The role does not exist.")
        if not call.payload.get("RoleSessionName"):
            return ("MissingParameter", "RoleSessionName is required.")
        return None
