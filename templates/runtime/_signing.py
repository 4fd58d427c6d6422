"""Request signing: TC3-HMAC-SHA256 (API 3.0) and v1 HmacSHA1/HmacSHA256.

Pure functions over str and bytes, standard library only. Each step follows the published
"Signature v3", "Signature" (v1) and legacy "Pull SMS Status" documents, and the intermediate
steps are public so that tests can hold them against the documents' worked examples.
"""

import base64
import hashlib
import hmac
from collections.abc import Mapping
from functools import lru_cache
from time import gmtime, strftime
from urllib.parse import quote

__all__ = [
    "ALGORITHM",
    "DEFAULT_CONTENT_TYPE",
    "SIGNED_HEADERS",
    "canonical_request",
    "credential_scope",
    "flatten_params",
    "form_encode",
    "hashed_payload",
    "signing_key",
    "string_to_sign",
    "tc3_authorization",
    "utc_date",
    "v1_signature",
    "v1_string_to_sign",
]

ALGORITHM = "TC3-HMAC-SHA256"
SIGNED_HEADERS = "content-type;host"
DEFAULT_CONTENT_TYPE = "application/json; charset=utf-8"
# API 3.0 always uses "/" as the canonical URI.
_CANONICAL_URI = "/"
_V1_DIGESTS = {"HmacSHA1": "sha1", "HmacSHA256": "sha256"}


def utc_date(timestamp: int) -> str:
    """``YYYY-MM-DD`` of ``timestamp`` in UTC; a local date breaks signing around midnight."""
    return strftime("%Y-%m-%d", gmtime(timestamp))


def hashed_payload(payload: bytes) -> str:
    """Lower-case hex SHA-256 of the request body (an empty body for GET requests)."""
    return hashlib.sha256(payload).hexdigest()


def canonical_request(
    *,
    host: str,
    payload: bytes,
    content_type: str = DEFAULT_CONTENT_TYPE,
    method: str = "POST",
    canonical_query: str = "",
) -> str:
    """The TC3 CanonicalRequest, signing the ``content-type`` and ``host`` headers.

    ``canonical_query`` is the RFC 3986-encoded query of a GET request (see ``form_encode``), empty
    for POST. Header values are lower-cased and trimmed as the document prescribes, so the request
    must send them in lower case too (the default content type already is).
    """
    return (
        f"{method.upper()}\n{_CANONICAL_URI}\n{canonical_query}\n"
        f"content-type:{content_type.strip().lower()}\nhost:{host.strip().lower()}\n\n"
        f"{SIGNED_HEADERS}\n{hashed_payload(payload)}"
    )


def credential_scope(*, date: str, service: str) -> str:
    """``date/service/tc3_request``, where ``date`` is the UTC date of the request timestamp."""
    return f"{date}/{service}/tc3_request"


def string_to_sign(*, timestamp: int, credential_scope: str, canonical_request: str) -> str:
    """The TC3 StringToSign: algorithm, timestamp, scope and hashed canonical request."""
    hashed_request = hashlib.sha256(canonical_request.encode()).hexdigest()
    return f"{ALGORITHM}\n{timestamp}\n{credential_scope}\n{hashed_request}"


@lru_cache(maxsize=16)
def signing_key(secret_key: str, date: str, service: str) -> bytes:
    """The derived key TC3+key → date → service → tc3_request; it changes once a day."""
    secret_date = hmac.digest(f"TC3{secret_key}".encode(), date.encode(), "sha256")
    secret_service = hmac.digest(secret_date, service.encode(), "sha256")
    return hmac.digest(secret_service, b"tc3_request", "sha256")


def tc3_authorization(
    *,
    secret_id: str,
    secret_key: str,
    service: str,
    host: str,
    timestamp: int,
    payload: bytes,
    content_type: str = DEFAULT_CONTENT_TYPE,
    method: str = "POST",
    canonical_query: str = "",
) -> str:
    """The full ``Authorization`` header value of a TC3-HMAC-SHA256 request."""
    date = utc_date(timestamp)
    scope = credential_scope(date=date, service=service)
    request = canonical_request(
        host=host,
        payload=payload,
        content_type=content_type,
        method=method,
        canonical_query=canonical_query,
    )
    message = string_to_sign(timestamp=timestamp, credential_scope=scope, canonical_request=request)
    signature = hmac.digest(signing_key(secret_key, date, service), message.encode(), "sha256")
    return (
        f"{ALGORITHM} Credential={secret_id}/{scope}, "
        f"SignedHeaders={SIGNED_HEADERS}, Signature={signature.hex()}"
    )


def v1_string_to_sign(*, method: str, host: str, path: str, params: Mapping[str, str]) -> str:
    """``METHOD + host + path + "?" + query``, the query sorted by name and NOT URL-encoded."""
    query = "&".join(f"{name}={params[name]}" for name in sorted(params))
    return f"{method.upper()}{host}{path}?{query}"


def v1_signature(
    *,
    secret_key: str,
    method: str,
    host: str,
    path: str,
    params: Mapping[str, str],
    algorithm: str,
) -> str:
    """Base64 of the HmacSHA1 or HmacSHA256 of the v1 string to sign (not yet URL-encoded)."""
    digest = _V1_DIGESTS.get(algorithm)
    if digest is None:
        raise ValueError(f"unsupported signature method {algorithm!r}: use HmacSHA1 or HmacSHA256")
    message = v1_string_to_sign(method=method, host=host, path=path, params=params)
    mac = hmac.digest(secret_key.encode(), message.encode(), digest)
    return base64.b64encode(mac).decode("ascii")


def flatten_params(params: Mapping[str, object]) -> dict[str, str]:
    """Flattens a JSON-like request for v1 and form encoding: ``Name.0``, ``Name.Field``, ...

    Booleans become ``true``/``false``, numbers their decimal text; ``None`` is left out (a
    ``None`` list item keeps its index, so the indices of the other items do not move).
    """
    flat: dict[str, str] = {}
    for name, value in params.items():
        _flatten_into(flat, name, value)
    return flat


def _flatten_into(flat: dict[str, str], name: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, str):
        flat[name] = value
    elif isinstance(value, bool):  # before int: bool is a subclass of int
        flat[name] = "true" if value else "false"
    elif isinstance(value, int | float):
        flat[name] = str(value)
    elif isinstance(value, Mapping):
        for field, item in value.items():
            _flatten_into(flat, f"{name}.{field}", item)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _flatten_into(flat, f"{name}.{index}", item)
    else:
        raise TypeError(f"cannot send {type(value).__name__} as parameter {name!r}")


def form_encode(params: Mapping[str, str]) -> str:
    """``k=v`` pairs joined by ``&`` in sorted key order, RFC 3986 percent-encoded (UTF-8).

    Only the unreserved characters ``A-Z a-z 0-9 - _ . ~`` are left as they are; a space is ``%20``
    and the hex digits are upper case, as the document requires.
    """
    return "&".join(
        f"{quote(name, safe='')}={quote(params[name], safe='')}" for name in sorted(params)
    )
