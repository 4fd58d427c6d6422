"""A loopback server that checks signature v1 (HmacSHA1, HmacSHA256) and answers with examples.

Written from document 003, section "Signature" (and "Common parameters for Signature Algorithm
v1"), independently of the generator and of ``tcsms``: the parameters come from the query string of
a GET or the ``application/x-www-form-urlencoded`` body of a POST; the string to sign is
``METHOD + host + path + "?" + name=value&...`` over every parameter but ``Signature``, sorted by
name (ASCII), with the values NOT URL-encoded; the signature is the Base64 of its HMAC under the
SecretKey, with SHA-256 when ``SignatureMethod`` is ``HmacSHA256`` and SHA-1 otherwise.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import re
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from support.loopback import LoopbackServer, answer_json

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
MAX_CLOCK_SKEW_SECONDS = 300
# RFC 3986: what may appear unescaped in an encoded parameter, besides "=" and "&" between them.
_ENCODED_PARAMS = re.compile(r"(?:[A-Za-z0-9\-_.~=&]|%[0-9A-F]{2})*")


def string_to_sign(method: str, host: str, path: str, params: Mapping[str, str]) -> str:
    """Request method + request host + request path + "?" + request string (document 003, 2.3)."""
    request_string = "&".join(
        f"{name}={params[name]}" for name in sorted(params) if name != "Signature"
    )
    return f"{method}{host}{path}?{request_string}"


def sign(secret_key: str, message: str, signature_method: str | None) -> str:
    """Base64(HMAC(SecretKey, message)); HmacSHA256 only when named so, else HmacSHA1 (2.4)."""
    digest = hashlib.sha256 if signature_method == "HmacSHA256" else hashlib.sha1
    return base64.b64encode(
        hmac.new(secret_key.encode(), message.encode(), digest).digest()
    ).decode()


@dataclass(frozen=True)
class V1Verification:
    ok: bool
    error_code: str | None
    detail: str


def verify(
    method: str,
    host: str,
    path: str,
    params: Mapping[str, str],
    secrets: Mapping[str, str],
    now: float | None = None,
) -> V1Verification:
    """Checks the common v1 parameters and the signature against ``{secret_id: secret_key}``."""
    missing = [
        name
        for name in ("Action", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "Version")
        if not params.get(name)
    ]
    if missing:
        return V1Verification(False, "MissingParameter", f"missing {', '.join(missing)}")
    if not (params["Nonce"].isdigit() and int(params["Nonce"]) > 0):
        return V1Verification(False, "InvalidParameter", "Nonce is not a positive integer")
    if not params["Timestamp"].isdigit():
        return V1Verification(False, "InvalidParameter", "Timestamp is not a UNIX timestamp")
    secret_key = secrets.get(params["SecretId"])
    if secret_key is None:
        return V1Verification(False, "AuthFailure.SecretIdNotFound", "unknown SecretId")
    expected = sign(
        secret_key, string_to_sign(method, host, path, params), params.get("SignatureMethod")
    )
    if not hmac.compare_digest(expected.encode(), params["Signature"].encode()):
        return V1Verification(False, "AuthFailure.SignatureFailure", "signature mismatch")
    skew = abs((time.time() if now is None else now) - int(params["Timestamp"]))
    if skew > MAX_CLOCK_SKEW_SECONDS:
        return V1Verification(False, "AuthFailure.SignatureExpire", f"{skew:.0f} s off")
    return V1Verification(True, None, "ok")


def decode_params(encoded: str) -> dict[str, str] | None:
    """The parameters of a query or form body; None if a name repeats or the text is malformed."""
    try:
        pairs = parse_qsl(encoded, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        return None
    params = dict(pairs)
    return params if len(params) == len(pairs) else None


@dataclass(frozen=True)
class V1Request:
    """One request as the server saw it."""

    method: str
    path: str
    content_type: str | None
    encoded: str  # the raw query (GET) or body (POST)
    params: dict[str, str]
    verification: V1Verification

    @property
    def rfc3986_encoded(self) -> bool:
        """Only unreserved characters and upper-case %XY escapes, as document 003 requires."""
        return _ENCODED_PARAMS.fullmatch(self.encoded) is not None


class _Backend:
    def __init__(self, spec: dict[str, Any], secrets: dict[str, str], token: str | None) -> None:
        self.actions: dict[str, Any] = spec["actions"]
        self.api_version: str = spec["service"]["api_version"]
        self.secrets = secrets
        self.token = token
        self.lock = threading.Lock()
        self.requests: list[V1Request] = []

    def handle(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> dict[str, Any]:
        path, _, query = target.partition("?")
        content_type = headers.get("content-type")
        encoded = query if method == "GET" else body.decode("utf-8", "replace")
        params = decode_params(encoded)
        if params is None:
            verification = V1Verification(False, "InvalidParameter", "malformed parameters")
            params = {}
        elif method == "POST" and (content_type or "").split(";")[0].strip() != FORM_CONTENT_TYPE:
            verification = V1Verification(False, "InvalidParameter", f"Content-Type {content_type}")
        else:
            verification = verify(method, headers.get("host", ""), path, params, self.secrets)
        if verification.ok:
            verification = self._check_call(params)
        with self.lock:
            self.requests.append(
                V1Request(method, path, content_type, encoded, params, verification)
            )
        if not verification.ok:
            error = {"Code": verification.error_code, "Message": verification.detail}
            return {"Error": error, "RequestId": str(uuid.uuid4())}
        return copy.deepcopy(self.actions[params["Action"]]["examples"][0]["response"])

    def _check_call(self, params: Mapping[str, str]) -> V1Verification:
        if self.token is not None and params.get("Token") != self.token:
            return V1Verification(False, "AuthFailure.TokenFailure", "Token error.")
        if params["Action"] not in self.actions:
            return V1Verification(False, "InvalidAction", f"no action {params['Action']}")
        if params["Version"] != self.api_version:
            return V1Verification(False, "NoSuchVersion", f"no version {params['Version']}")
        return V1Verification(True, None, "ok")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        self._answer(b"")

    def do_POST(self) -> None:
        self._answer(self.rfile.read(int(self.headers.get("Content-Length", "0"))))

    def _answer(self, body: bytes) -> None:
        headers = {name.lower(): value for name, value in self.headers.items()}
        response = self.server.backend.handle(self.command, self.path, headers, body)
        answer_json(self, {"Response": response})

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, backend: _Backend) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.backend = backend


class V1ExampleServer(LoopbackServer):
    """Context manager: verifies v1-signed requests on ``127.0.0.1`` and answers with examples."""

    def __init__(
        self, spec: dict[str, Any], secret_id: str, secret_key: str, token: str | None = None
    ) -> None:
        self._backend = _Backend(spec, {secret_id: secret_key}, token)
        super().__init__(_Server(self._backend), "v1-server")

    @property
    def requests(self) -> list[V1Request]:
        with self._backend.lock:
            return list(self._backend.requests)
