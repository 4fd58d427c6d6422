"""Request building and response parsing, shared by the sync and async clients.

Only the transports differ between the two clients; everything else lives here and in ``_base``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from typing import Any, Literal, NamedTuple, TypeVar, cast

from . import _exceptions as errors
from . import _service
from ._credentials import Credentials
from ._signing import (
    flatten_params,
    form_encode,
    tc3_authorization,
    v1_signature,
)

JSON_CONTENT_TYPE = "application/json"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
SignMethod = Literal["TC3-HMAC-SHA256", "HmacSHA1", "HmacSHA256"]
HttpMethod = Literal["POST", "GET"]
SIGN_METHODS: tuple[SignMethod, ...] = ("TC3-HMAC-SHA256", "HmacSHA1", "HmacSHA256")
_Item = TypeVar("_Item")


class Endpoint(NamedTuple):
    """Where requests go: scheme, host and port, and the Host header that is signed."""

    scheme: str
    host: str
    port: int

    @classmethod
    def parse(cls, endpoint: str) -> Endpoint:
        """Accepts a host (``_service.DEFAULT_ENDPOINT``) or a URL (``http://127.0.0.1:8080``)."""
        from urllib.parse import urlsplit  # once per client: keep it off the import path

        problem = f"endpoint: not a host or http(s) URL: {endpoint!r}"
        try:
            parts = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
            port = parts.port  # ValueError when not a number from 0 to 65535
            # A name in another script goes on the wire as IDNA ("bücher.example" is
            # "xn--bcher-kva.example"): in the Host header, the signature and the TLS check.
            host = parts.hostname or ""
            if not host.isascii():
                host = host.encode("idna").decode("ascii")
        except ValueError:  # UnicodeError included: a label too long or empty
            raise errors.ValidationError([problem]) from None
        if parts.scheme not in ("http", "https") or not host:
            raise errors.ValidationError([problem])
        if parts.path not in ("", "/") or parts.query:
            raise errors.ValidationError([f"endpoint: must not have a path or query: {endpoint!r}"])
        default_port = 443 if parts.scheme == "https" else 80
        return cls(parts.scheme, host, port or default_port)

    @classmethod
    def for_region(cls, region: str) -> Endpoint:
        """The endpoint the documents pin to ``region``."""
        host = _service.REGIONAL_ENDPOINTS.get(region)
        if host is None:
            known = ", ".join(sorted(_service.REGIONAL_ENDPOINTS))
            raise errors.ValidationError(
                [f"region: no documented endpoint for {region!r} ({known})"]
            )
        return cls("https", host, 443)

    @property
    def host_header(self) -> str:
        """``host[:port]``, the port only when not the scheme's; an IPv6 address in brackets."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        default_port = 443 if self.scheme == "https" else 80
        return host if self.port == default_port else f"{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host_header}/"


class PreparedRequest(NamedTuple):
    """A signed request, ready for any transport."""

    action: str
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class RawResponse(NamedTuple):
    """What came back over HTTP; response models keep it as ``http_response``."""

    status: int
    headers: dict[str, str]
    body: bytes


class RequestBuilder:
    """Turns an action and its wire payload into a signed request (TC3-HMAC-SHA256 or v1).

    ``service`` and ``version`` default to this package's API; the STS credential providers build
    their requests to another service with the same code.
    """

    def __init__(
        self,
        region: str,
        endpoint: Endpoint,
        *,
        sign_method: SignMethod = "TC3-HMAC-SHA256",
        http_method: HttpMethod = "POST",
        language: str | None = None,
        service: str = _service.SERVICE,
        version: str = _service.API_VERSION,
    ) -> None:
        if sign_method not in SIGN_METHODS:
            raise errors.ValidationError([f"sign_method: must be one of {', '.join(SIGN_METHODS)}"])
        if http_method == "GET" and sign_method == "TC3-HMAC-SHA256":
            # GET carries the parameters in the query string, which v1 signs; TC3 here signs a body.
            raise errors.ValidationError(
                ["http_method: GET needs sign_method HmacSHA1 or HmacSHA256"]
            )
        self.region = region
        self.endpoint = endpoint
        self.sign_method = sign_method
        self.http_method = http_method
        self.language = language
        self.service = service
        self.version = version

    def prepare(
        self,
        action: str,
        payload: Mapping[str, Any],
        credentials: Credentials,
        timestamp: int | None = None,
    ) -> PreparedRequest:
        """The request signed with ``credentials`` at ``timestamp`` (default: now)."""
        now = int(time.time()) if timestamp is None else timestamp
        try:
            if self.sign_method == "TC3-HMAC-SHA256":
                return self._prepare_tc3(action, payload, credentials, now)
            return self._prepare_v1(action, payload, credentials, now)
        except errors.ValidationError:
            raise
        except (TypeError, ValueError) as exc:
            # With validation off, a value JSON or UTF-8 cannot carry (a set, a lone surrogate).
            # The message names the type or position, never the value: it may be a secret.
            raise errors.ValidationError(
                [f"request: cannot be encoded: {type(exc).__name__}: {_reason(exc)}"]
            ) from None

    def _prepare_tc3(
        self, action: str, payload: Mapping[str, Any], credentials: Credentials, now: int
    ) -> PreparedRequest:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        host = self.endpoint.host_header
        headers = {
            "Host": host,
            "Content-Type": JSON_CONTENT_TYPE,
            "X-TC-Action": action,
            "X-TC-Version": self.version,
            "X-TC-Region": self.region,
            "X-TC-Timestamp": str(now),
            "Authorization": tc3_authorization(
                secret_id=credentials.secret_id,
                secret_key=credentials.secret_key,
                service=self.service,
                host=host,
                timestamp=now,
                payload=body,
                content_type=JSON_CONTENT_TYPE,
            ),
        }
        if credentials.token:
            headers["X-TC-Token"] = credentials.token
        if self.language:
            headers["X-TC-Language"] = self.language
        return PreparedRequest(action, "POST", "/", headers, body)

    def _prepare_v1(
        self, action: str, payload: Mapping[str, Any], credentials: Credentials, now: int
    ) -> PreparedRequest:
        """Signature v1: every parameter, common ones included, in the query or the form body."""
        import secrets  # only v1 needs a nonce

        params = flatten_params(payload)
        params.update(
            Action=action,
            Version=self.version,
            Region=self.region,
            Timestamp=str(now),
            Nonce=str(secrets.randbelow(2**31 - 1) + 1),
            SecretId=credentials.secret_id,
            SignatureMethod=self.sign_method,
        )
        if credentials.token:
            params["Token"] = credentials.token
        if self.language:
            params["Language"] = self.language
        host = self.endpoint.host_header
        params["Signature"] = v1_signature(
            secret_key=credentials.secret_key,
            method=self.http_method,
            host=host,
            path="/",
            params=params,
            algorithm=self.sign_method,
        )
        encoded = form_encode(params)
        headers = {"Host": host, "Content-Type": FORM_CONTENT_TYPE}
        if self.http_method == "GET":
            return PreparedRequest(action, "GET", f"/?{encoded}", headers, b"")
        return PreparedRequest(action, "POST", "/", headers, encoded.encode("ascii"))


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeError):
        return str(getattr(exc, "reason", "not valid text"))
    return str(exc)


def as_list(values: Sequence[_Item]) -> list[_Item]:
    """A list of the items of a sequence argument.

    Anything else (a string, a dict, a set, None, a number) is passed through as it is, so that
    validation reports it by name instead of sending its characters or keys.
    """
    if isinstance(values, list | tuple):
        return list(values)
    if isinstance(values, Sequence) and not isinstance(values, str | bytes | bytearray):
        return list(values)
    return cast(list[_Item], values)


def parse_envelope(raw: RawResponse) -> dict[str, Any]:
    """The ``Response`` object of a successful call; raises the matching ServerError on errors.

    Anything that is not the documented envelope is a ResponseParseError carrying the raw answer.
    """
    try:
        document = json.loads(raw.body)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise _not_an_answer(raw, f"not JSON ({type(exc).__name__})") from None
    response = document.get("Response") if isinstance(document, dict) else None
    if not isinstance(response, dict):
        raise _not_an_answer(raw, "no Response object")
    request_id = response.get("RequestId")
    if not isinstance(request_id, str):
        request_id = None
    error = response.get("Error")
    if error is None:
        return response
    code = error.get("Code") if isinstance(error, dict) else None
    if not isinstance(code, str) or not code:
        raise _not_an_answer(raw, "an Error without a Code", request_id)
    message = error.get("Message")
    from .errors import from_code  # the table of codes, on first error

    raise from_code(code)(
        message if isinstance(message, str) else "",
        code=code,
        request_id=request_id,
        http_response=raw,
    )


def _not_an_answer(
    raw: RawResponse, why: str, request_id: str | None = None
) -> errors.ResponseParseError:
    return errors.ResponseParseError(
        f"HTTP {raw.status}: not an API response ({why}): {raw.body[:200]!r}",
        request_id=request_id,
        http_response=raw,
    )
