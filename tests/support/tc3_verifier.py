"""An independent TC3-HMAC-SHA256 verifier, written from document 003 ("Signature v3").

It re-implements the protocol on the receiving side, sharing no code with the generator's templates
or the generated package, so that a signing bug there cannot hide behind the same bug here.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

ALGORITHM = "TC3-HMAC-SHA256"
SERVICE = "sms"
TERMINATOR = "tc3_request"
REQUIRED_SIGNED_HEADERS = frozenset({"content-type", "host"})
MAX_CLOCK_SKEW_SECONDS = 300

_AUTHORIZATION = re.compile(
    r"TC3-HMAC-SHA256 Credential=(?P<secret_id>[^/,\s]+)/(?P<date>\d{4}-\d{2}-\d{2})"
    r"/(?P<service>[^/,\s]+)/tc3_request,\s*SignedHeaders=(?P<signed_headers>[^,\s]+),\s*"
    r"Signature=(?P<signature>[^,\s]+)"
)


class Failure(enum.Enum):
    """Which check a request failed."""

    MALFORMED = "malformed"
    UNKNOWN_SECRET_ID = "unknown secret id"
    DATE_MISMATCH = "credential date is not the UTC date of X-TC-Timestamp"
    WRONG_SERVICE = "credential service is not the expected one (sms unless told)"
    MISSING_SIGNED_HEADERS = "SignedHeaders lacks content-type or host"
    SIGNATURE_MISMATCH = "signature mismatch"
    EXPIRED = "timestamp too far from now"


@dataclass(frozen=True)
class Authorization:
    """The parts of an ``Authorization`` header."""

    secret_id: str
    date: str
    service: str
    signed_headers: tuple[str, ...]
    signature: str


@dataclass(frozen=True)
class VerificationResult:
    """Outcome of :func:`verify`: ``failure`` is None when every check passed."""

    failure: Failure | None
    detail: str
    secret_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None


class _Rejected(Exception):
    def __init__(self, failure: Failure, detail: str) -> None:
        super().__init__(detail)
        self.failure = failure
        self.detail = detail


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_authorization(value: str) -> Authorization | None:
    """Split ``TC3-HMAC-SHA256 Credential=ID/DATE/SERVICE/tc3_request, SignedHeaders=..., ...``."""
    match = _AUTHORIZATION.fullmatch(value.strip())
    if match is None:
        return None
    return Authorization(
        secret_id=match["secret_id"],
        date=match["date"],
        service=match["service"],
        signed_headers=tuple(match["signed_headers"].split(";")),
        signature=match["signature"],
    )


def canonical_request(
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    signed_headers: Sequence[str],
    payload: bytes,
) -> str:
    """The CanonicalRequest of document 003 over the named headers (looked up case-insensitively).

    Header keys and values are lower-cased and trimmed, as the document prescribes.
    """
    lowered = _lower_keys(headers)
    canonical_headers = "".join(
        f"{name}:{lowered[name].strip().lower()}\n" for name in signed_headers
    )
    return "\n".join(
        [method, path, query, canonical_headers, ";".join(signed_headers), sha256_hex(payload)]
    )


def signature(secret_key: str, date: str, service: str, string_to_sign: str) -> str:
    """HexEncode(HMAC_SHA256(SecretSigning, StringToSign)) with the derived key of document 003."""
    secret_date = _hmac(("TC3" + secret_key).encode(), date)
    secret_service = _hmac(secret_date, service)
    secret_signing = _hmac(secret_service, TERMINATOR)
    return hmac.new(secret_signing, string_to_sign.encode(), hashlib.sha256).hexdigest()


def verify(
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    body: bytes,
    secrets: Mapping[str, str],
    now: float | None = None,
    service: str = SERVICE,
) -> VerificationResult:
    """Check a request's TC3 signature against the known ``{secret_id: secret_key}``, signed for
    ``service`` (``sms`` unless told)."""
    lowered = _lower_keys(headers)
    auth = parse_authorization(lowered.get("authorization", ""))
    if auth is None:
        detail = f"unparsable Authorization header: {lowered.get('authorization')!r}"
        return VerificationResult(Failure.MALFORMED, detail)
    try:
        timestamp = _timestamp(lowered)
        _check_credential(auth, timestamp, secrets, service)
        _check_signed_headers(auth.signed_headers, lowered)
        canonical = canonical_request(method, path, query, lowered, auth.signed_headers, body)
        _check_signature(auth, timestamp, secrets[auth.secret_id], canonical)
        _check_fresh(timestamp, time.time() if now is None else now)
    except _Rejected as rejected:
        return VerificationResult(rejected.failure, rejected.detail, auth.secret_id)
    return VerificationResult(None, "ok", auth.secret_id)


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode(), hashlib.sha256).digest()


def _lower_keys(headers: Mapping[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def _timestamp(lowered: Mapping[str, str]) -> int:
    value = lowered.get("x-tc-timestamp", "")
    if not value.isdigit():
        raise _Rejected(Failure.MALFORMED, f"X-TC-Timestamp is not a UNIX timestamp: {value!r}")
    return int(value)


def _check_credential(
    auth: Authorization, timestamp: int, secrets: Mapping[str, str], service: str
) -> None:
    if auth.secret_id not in secrets:
        raise _Rejected(Failure.UNKNOWN_SECRET_ID, f"unknown SecretId {auth.secret_id!r}")
    utc_date = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
    if auth.date != utc_date:
        raise _Rejected(Failure.DATE_MISMATCH, f"credential date {auth.date}, expected {utc_date}")
    if auth.service != service:
        raise _Rejected(Failure.WRONG_SERVICE, f"credential service {auth.service!r}")
    if not REQUIRED_SIGNED_HEADERS <= set(auth.signed_headers):
        raise _Rejected(Failure.MISSING_SIGNED_HEADERS, f"SignedHeaders {auth.signed_headers}")


def _check_signed_headers(names: Sequence[str], lowered: Mapping[str, str]) -> None:
    if list(names) != sorted(set(names)) or any(name != name.lower() for name in names):
        raise _Rejected(Failure.MALFORMED, f"SignedHeaders not lower-case, sorted, unique: {names}")
    unsent = [name for name in names if name not in lowered]
    if unsent:
        raise _Rejected(Failure.MALFORMED, f"signed headers not sent: {unsent}")


def _check_signature(auth: Authorization, timestamp: int, secret_key: str, canonical: str) -> None:
    scope = f"{auth.date}/{auth.service}/{TERMINATOR}"
    string_to_sign = f"{ALGORITHM}\n{timestamp}\n{scope}\n{sha256_hex(canonical.encode())}"
    expected = signature(secret_key, auth.date, auth.service, string_to_sign)
    if not hmac.compare_digest(expected.encode(), auth.signature.encode()):
        raise _Rejected(Failure.SIGNATURE_MISMATCH, "the signature does not match the request")


def _check_fresh(timestamp: int, now: float) -> None:
    if abs(now - timestamp) > MAX_CLOCK_SKEW_SECONDS:
        skew = now - timestamp
        raise _Rejected(Failure.EXPIRED, f"X-TC-Timestamp {timestamp} is {skew:.0f} s from now")
