# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/protocol.py; edit it there.
"""The protocol checks of API 3.0, in the order the service makes them.

``authenticate`` turns one HTTP request into a ``Call`` (action, region, parameters) or raises
ApiError: the request size against the limit of its signature method, the content type, the common
parameters (version, action, region), the timestamp, the SecretId, the token and finally the
signature, recomputed with the runtime's own signing functions (TC3-HMAC-SHA256 over a JSON body or
a query, v1 HmacSHA1/HmacSHA256 over a query or a form body), and refused if it was used before
(``replays``). Numbers in text are read in ASCII digits only (``numbers.parse_int``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from .. import _service
from .._signing import (
    ALGORITHM,
    credential_scope,
    hashed_payload,
    signing_key,
    string_to_sign,
    utc_date,
    v1_signature,
)
from .api_error import ApiError
from .numbers import parse_int
from .params import coerce_flat
from .replays import TC3_GRACE_SECONDS, SeenSignatures
from .spec_tables import ACCEPTED_REGIONS

__all__ = ["Call", "Credentials", "HttpRequest", "authenticate", "size_limit"]

_TC3_AUTHORIZATION = re.compile(
    re.escape(ALGORITHM) + r" Credential=(?P<secret_id>[^/\s,]+)/"
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})/"
    r"(?P<service>[^/\s,]+)/tc3_request, ?SignedHeaders=(?P<headers>[a-z0-9;-]+), ?"
    r"Signature=(?P<signature>[0-9a-f]{64})"
)
_V1_METHODS = ("HmacSHA1", "HmacSHA256")
_JSON = "application/json"
_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"


@dataclass(frozen=True, repr=False)
class Credentials:
    """The one key the emulator accepts, and the session token it expects, if any.

    Its repr and str show the secret id only: an emulator's settings end up in test logs.
    ``seen`` holds the signatures made with the key that the emulator has accepted.
    """

    secret_id: str
    secret_key: str
    token: str | None = None
    seen: SeenSignatures = field(
        default_factory=lambda: SeenSignatures(_service.MAX_CLOCK_SKEW_SECONDS),
        compare=False,
        repr=False,
    )
    _derived: dict[str, bytes] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __repr__(self) -> str:
        token = ", token=<set>" if self.token is not None else ""
        return f"Credentials(secret_id={self.secret_id!r}, secret_key=<hidden>{token})"

    def signing_key(self, date: str) -> bytes:
        """The TC3 key derived for ``date``: it changes once a day, so it is derived once."""
        key = self._derived.get(date)
        if key is None:
            if len(self._derived) >= 4:
                self._derived.clear()
            key = self._derived[date] = signing_key(self.secret_key, date, _service.SERVICE)
        return key


@dataclass(frozen=True)
class HttpRequest:
    """What the server read: header names are lower case."""

    method: str
    target: str
    headers: Mapping[str, str]
    body: bytes


@dataclass(frozen=True)
class Call:
    """A request that passed the protocol checks; its parameters are not checked yet."""

    action: str
    region: str
    secret_id: str
    sign_method: str
    params: dict[str, Any]


def size_limit(sign_method: str, http_method: str) -> int:
    """The documented largest request for a signature method and HTTP method."""
    limits = _service.SIGNING_METHODS.get(sign_method) or max(
        _service.SIGNING_METHODS.values(), key=lambda sizes: max(sizes.values())
    )
    return limits.get(http_method, max(limits.values()))


def authenticate(request: HttpRequest, credentials: Credentials, now: int) -> Call:
    """Checks one request; raises ApiError with the code the service would answer."""
    if request.method not in ("GET", "POST"):
        raise ApiError("UnsupportedProtocol", f"method {request.method}")
    authorization = request.headers.get("authorization")
    if authorization is not None and authorization.startswith(ALGORITHM):
        return _tc3(request, authorization, credentials, now)
    return _v1(request, credentials, now)


def _content_type(request: HttpRequest) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _check_size(request: HttpRequest, sign_method: str) -> None:
    size = len(request.body) if request.method == "POST" else len(request.target.encode())
    limit = size_limit(sign_method, request.method)
    if size > limit:
        raise ApiError(
            "RequestSizeLimitExceeded", f"{size} bytes, at most {limit} with {sign_method}"
        )


def _tc3(request: HttpRequest, authorization: str, credentials: Credentials, now: int) -> Call:
    _check_size(request, ALGORITHM)
    content_type = _content_type(request)
    query = request.target.partition("?")[2]
    if request.method == "POST" and content_type != _JSON:
        detail = f"Content-Type {content_type or '(none)'} is not supported by this API"
        raise ApiError("InvalidRequest", detail)
    headers = request.headers
    action = _common(headers.get("x-tc-action"), "X-TC-Action")
    _check_version(_common(headers.get("x-tc-version"), "X-TC-Version"))
    _check_action(action)
    region = _check_region(headers.get("x-tc-region"), "X-TC-Region")
    timestamp = _timestamp(_common(headers.get("x-tc-timestamp"), "X-TC-Timestamp"), now)
    match = _TC3_AUTHORIZATION.fullmatch(authorization.strip())
    if match is None:
        raise ApiError("AuthFailure.InvalidAuthorization")
    signed = match["headers"].split(";")
    if "host" not in signed or "content-type" not in signed:
        raise ApiError("AuthFailure.InvalidAuthorization", "content-type and host must be signed")
    _check_key(match["secret_id"], headers.get("x-tc-token"), credentials)
    if match["service"] != _service.SERVICE or match["date"] != utc_date(timestamp):
        raise ApiError("AuthFailure.SignatureFailure", "credential scope does not match")
    canonical = "\n".join(
        (
            request.method,
            "/",
            query if request.method == "GET" else "",
            "".join(f"{name}:{headers.get(name, '').strip().lower()}\n" for name in signed),
            match["headers"],
            hashed_payload(request.body),
        )
    )
    scope = credential_scope(date=match["date"], service=_service.SERVICE)
    message = string_to_sign(
        timestamp=timestamp, credential_scope=scope, canonical_request=canonical
    )
    key = credentials.signing_key(match["date"])
    expected = hmac.digest(key, message.encode(), hashlib.sha256).hex()
    if not hmac.compare_digest(expected, match["signature"]):
        raise ApiError("AuthFailure.SignatureFailure")
    _check_replay(credentials, match["signature"], timestamp, now, TC3_GRACE_SECONDS)
    if request.method == "GET":
        params = coerce_flat(action, dict(parse_qsl(query, keep_blank_values=True)))
    else:
        params = _json_body(request.body)
    return Call(action, region, credentials.secret_id, ALGORITHM, params)


def _v1(request: HttpRequest, credentials: Credentials, now: int) -> Call:
    if request.method == "POST":
        if _content_type(request) != _FORM:
            if _content_type(request) in (_JSON, _MULTIPART):
                raise ApiError("AuthFailure.InvalidAuthorization", "no TC3 Authorization header")
            detail = f"Content-Type {_content_type(request) or '(none)'} is not supported"
            raise ApiError("InvalidRequest", detail)
        text = request.body.decode("utf-8", "replace")
    else:
        text = request.target.partition("?")[2]
    flat = dict(parse_qsl(text, keep_blank_values=True))
    method = flat.get("SignatureMethod", "HmacSHA1")
    _check_size(request, method if method in _V1_METHODS else "HmacSHA1")
    if method not in _V1_METHODS:
        raise ApiError("InvalidParameterValue", f"SignatureMethod {method!r}")
    common = {
        name: _common(flat.get(name), name)
        for name in ("Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature")
    }
    _check_version(common["Version"])
    _check_action(common["Action"])
    region = _check_region(common["Region"], "Region")
    timestamp = _timestamp(common["Timestamp"], now)
    nonce = parse_int(common["Nonce"])
    if nonce is None or nonce < 1:
        raise ApiError("InvalidParameter", "Nonce must be a positive integer")
    _check_key(common["SecretId"], flat.get("Token"), credentials)
    signed = {name: value for name, value in flat.items() if name != "Signature"}
    expected = v1_signature(
        secret_key=credentials.secret_key,
        method=request.method,
        host=request.headers.get("host", ""),
        path=request.target.partition("?")[0] or "/",
        params=signed,
        algorithm=method,
    )
    if not hmac.compare_digest(expected.encode(), common["Signature"].encode()):
        raise ApiError("AuthFailure.SignatureFailure")
    _check_replay(credentials, common["Signature"], timestamp, now, grace=-1)
    business = {name: value for name, value in signed.items() if name not in _V1_COMMON}
    return Call(
        common["Action"],
        region,
        credentials.secret_id,
        method,
        coerce_flat(common["Action"], business),
    )


_V1_COMMON = frozenset(
    {
        "Action",
        "Version",
        "Region",
        "Timestamp",
        "Nonce",
        "SecretId",
        "SignatureMethod",
        "Token",
        # Not in the documents' v1 table, but the official SDKs send them and the service takes
        # them as common parameters, not as the action's.
        "Language",
        "RequestClient",
    }
)


def _common(value: str | None, name: str) -> str:
    if value is None or value == "":
        raise ApiError("MissingParameter", f"the common parameter `{name}` is missing")
    return value


def _check_version(version: str) -> None:
    if version != _service.API_VERSION:
        raise ApiError("NoSuchVersion", f"version {version!r}, this API is {_service.API_VERSION}")


def _check_action(action: str) -> None:
    if action not in _service.ACTIONS:
        raise ApiError("InvalidAction", f"action {action!r} does not exist")


def _check_region(region: str | None, name: str) -> str:
    region = _common(region, name)
    if ACCEPTED_REGIONS and region not in ACCEPTED_REGIONS:
        raise ApiError("UnsupportedRegion", f"region {region!r}")
    return region


def _timestamp(text: str, now: int) -> int:
    timestamp = parse_int(text)
    if timestamp is None:
        raise ApiError("InvalidParameter", "the timestamp is not an integer")
    if abs(now - timestamp) > _service.MAX_CLOCK_SKEW_SECONDS:
        raise ApiError("AuthFailure.SignatureExpire")
    return timestamp


def _check_replay(
    credentials: Credentials, signature: str, timestamp: int, now: int, grace: float
) -> None:
    # Past its grace (none for v1, whose Nonce makes every request unique), a signature the
    # emulator has accepted is spent: the spec's discrepancies record why this code.
    if not credentials.seen.admit(signature, timestamp, now, grace):
        raise ApiError("AuthFailure.SignatureExpire", "this signature has already been used")


def _check_key(secret_id: str, token: str | None, credentials: Credentials) -> None:
    if secret_id != credentials.secret_id:
        raise ApiError("AuthFailure.SecretIdNotFound")
    if (token or None) != credentials.token:
        raise ApiError("AuthFailure.TokenFailure")


def _json_body(body: bytes) -> dict[str, Any]:
    # NaN, Infinity and numbers past a double's range are not JSON's numbers: unparseable too.
    try:
        params = _DECODER.decode(_text(body or b"{}"))
    except (ValueError, RecursionError):
        raise ApiError("FailedOperation.JsonParseFail") from None
    if not isinstance(params, dict):
        raise ApiError("InvalidParameter", "the request body must be a JSON object")
    return params


def _text(body: bytes) -> str:
    # As json.loads reads bytes; one decoder for every request (building one costs more).
    return body.decode(json.detect_encoding(body), "surrogatepass")


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{text} is out of range")
    return value


# NaN, Infinity and numbers past a double's range are not JSON's numbers: unparseable too.
_DECODER = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite)
