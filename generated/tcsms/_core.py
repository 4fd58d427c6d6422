# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Request building and response parsing, shared by the sync and async clients.

Only the transports differ between the two clients; everything else lives here.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

from tcsms import _service, errors
from tcsms._signing import tc3_authorization

JSON_CONTENT_TYPE = "application/json"
_Model = TypeVar("_Model")


@dataclass(frozen=True, slots=True)
class Credentials:
    """A SecretId/SecretKey pair, and a token for temporary credentials. No secret in the repr."""

    secret_id: str
    secret_key: str
    token: str | None = None

    def __repr__(self) -> str:
        token = ", token=<set>" if self.token else ""
        return f"Credentials(secret_id={mask(self.secret_id)!r}, secret_key=<hidden>{token})"


def mask(value: str) -> str:
    """Enough of an identifier to recognise it in logs, never the whole of it."""
    return f"{value[:4]}…{value[-4:]}" if len(value) > 12 else "…"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where requests go: scheme, host and port, and the Host header that is signed."""

    scheme: str
    host: str
    port: int

    @classmethod
    def parse(cls, endpoint: str) -> Endpoint:
        """Accepts a host (``sms.tencentcloudapi.com``) or a URL (``http://127.0.0.1:8080``)."""
        parts = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise errors.ValidationError([f"endpoint: not a host or http(s) URL: {endpoint!r}"])
        if parts.path not in ("", "/") or parts.query:
            raise errors.ValidationError([f"endpoint: must not have a path or query: {endpoint!r}"])
        default_port = 443 if parts.scheme == "https" else 80
        return cls(parts.scheme, parts.hostname, parts.port or default_port)

    @property
    def host_header(self) -> str:
        default_port = 443 if self.scheme == "https" else 80
        return self.host if self.port == default_port else f"{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host_header}/"


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """A signed request, ready for any transport."""

    action: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True, slots=True)
class RawResponse:
    """What came back over HTTP."""

    status: int
    headers: dict[str, str]
    body: bytes


class RequestBuilder:
    """Turns an action and its wire payload into a signed TC3-HMAC-SHA256 request."""

    def __init__(self, credentials: Credentials, region: str, endpoint: Endpoint) -> None:
        self.credentials = credentials
        self.region = region
        self.endpoint = endpoint

    def prepare(
        self, action: str, payload: Mapping[str, Any], timestamp: int | None = None
    ) -> PreparedRequest:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        now = int(time.time()) if timestamp is None else timestamp
        credentials = self.credentials
        host = self.endpoint.host_header
        headers = {
            "Host": host,
            "Content-Type": JSON_CONTENT_TYPE,
            "X-TC-Action": action,
            "X-TC-Version": _service.API_VERSION,
            "X-TC-Region": self.region,
            "X-TC-Timestamp": str(now),
            "Authorization": tc3_authorization(
                secret_id=credentials.secret_id,
                secret_key=credentials.secret_key,
                service=_service.SERVICE,
                host=host,
                timestamp=now,
                payload=body,
                content_type=JSON_CONTENT_TYPE,
            ),
        }
        if credentials.token:
            headers["X-TC-Token"] = credentials.token
        return PreparedRequest(action, headers, body)


def parse_envelope(raw: RawResponse) -> dict[str, Any]:
    """The ``Response`` object of a successful call; raises the matching ServerError on errors."""
    try:
        document = json.loads(raw.body)
        response = document["Response"]
        if not isinstance(response, dict):
            raise TypeError("Response is not an object")
    except (ValueError, KeyError, TypeError) as exc:
        raise errors.ResponseParseError(
            f"HTTP {raw.status}: not an API response ({exc}): {raw.body[:200]!r}",
            http_status=raw.status,
        ) from None
    error = response.get("Error")
    if error is not None:
        code = str(error.get("Code", ""))
        error_class = errors.from_code(code)
        raise error_class(
            str(error.get("Message", "")),
            code=code,
            request_id=response.get("RequestId"),
            http_status=raw.status,
        )
    return response


def decode(from_wire: Callable[[dict[str, Any]], _Model], response: dict[str, Any]) -> _Model:
    """Builds a response model; a response missing documented fields is a ResponseParseError."""
    try:
        return from_wire(response)
    except (KeyError, TypeError, AttributeError) as exc:
        raise errors.ResponseParseError(
            f"response does not match the documented shape: {type(exc).__name__}: {exc}",
            request_id=response.get("RequestId"),
        ) from None
