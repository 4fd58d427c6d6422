"""Asking the services that issue temporary credentials: what the role providers share.

One transport per refresh (closed after it), failures turned into ``CredentialsError`` naming the
provider and the endpoint, and the ``TmpSecretId``/``TmpSecretKey``/``Token``/``ExpiredTime``
fields that the metadata service and STS both answer with. No message or log line here holds a
key or a token.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from . import _exceptions as errors
from ._core import Endpoint
from ._credentials import Credentials

if TYPE_CHECKING:
    from ._core import PreparedRequest, RawResponse
    from ._proxy import Proxy
    from ._transport import SyncTransport

# Credentials answers are a few hundred bytes; anything much larger is not one.
MAX_ANSWER_BYTES = 64 * 1024
MAX_QUOTED = 200  # characters of a service's error message kept in ours


def open_transport(endpoint: Endpoint, timeout: float, proxy: Proxy | None = None) -> SyncTransport:
    """A transport for one refresh, closed after it: refreshes are hours apart, so no connection
    is worth keeping idle in between. Direct unless given a proxy."""
    from ._transport import SyncTransport

    return SyncTransport(
        endpoint, timeout=timeout, max_response_bytes=MAX_ANSWER_BYTES, proxy=proxy
    )


def send(name: str, transport: SyncTransport, request: PreparedRequest, doing: str) -> RawResponse:
    """``transport.send``, its failures turned into CredentialsError naming the endpoint."""
    try:
        return transport.send(request)
    except errors.ClientError as exc:  # NetworkError (timeouts too), ResponseTooLargeError, ...
        detail = str(exc).removeprefix(f"{request.action}: ")
        url = transport.endpoint.url.rstrip("/")
        raise errors.CredentialsError(f"{name}: {doing} at {url} failed: {detail}") from exc


def parse_credentials(
    name: str,
    keys: Mapping[str, Any],
    outer: Mapping[str, Any],
    what: str,
    request_id: object = None,
) -> Credentials:
    """Credentials from ``TmpSecretId``/``TmpSecretKey``/``Token`` in ``keys`` and
    ``ExpiredTime`` in ``outer``; the error names a missing field, never a value."""
    fields: dict[str, str] = {}
    bad = []
    for field in ("TmpSecretId", "TmpSecretKey", "Token"):
        value = keys.get(field)
        if isinstance(value, str) and value:
            fields[field] = value
        else:
            bad.append(field)
    expired_time = outer.get("ExpiredTime")
    expires_at = 0.0
    if (
        isinstance(expired_time, int | float)
        and not isinstance(expired_time, bool)
        and math.isfinite(expired_time)
    ):
        expires_at = float(expired_time)
    else:
        bad.append("ExpiredTime")
    if bad:
        where = f" (request id: {request_id})" if isinstance(request_id, str) else ""
        raise errors.CredentialsError(
            f"{name}: the answer to {what} lacks a valid {', '.join(bad)}{where}"
        )
    try:
        return Credentials(
            fields["TmpSecretId"], fields["TmpSecretKey"], fields["Token"], expires_at
        )
    except errors.CredentialsError as error:  # a value no header can carry; never quoted
        raise errors.CredentialsError(f"{name}: the answer to {what}: {error}") from None


def json_object(body: bytes) -> dict[str, Any] | None:
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return document if isinstance(document, dict) else None


def endpoint_argument(name: str, argument: str, value: str) -> Endpoint:
    if not isinstance(value, str):
        raise errors.CredentialsError(
            f"{name}: {argument}: expected a host or URL, got {type(value).__name__}"
        )
    try:
        return Endpoint.parse(value)
    except errors.ValidationError as error:
        problems = "; ".join(problem.removeprefix("endpoint: ") for problem in error.problems)
        raise errors.CredentialsError(f"{name}: {argument}: {problems}") from None


def check_text(name: str, argument: str, value: object) -> None:
    if not isinstance(value, str):
        raise errors.CredentialsError(
            f"{name}: {argument}: expected a string, got {type(value).__name__}"
        )
    if not value.strip():
        raise errors.CredentialsError(f"{name}: {argument}: is empty")


def check_timeout(name: str, timeout: object) -> float:
    """``timeout`` as the clients' timeouts are checked (``_limits``); CredentialsError naming
    the provider otherwise."""
    from ._limits import seconds_problem

    problem = seconds_problem("timeout", timeout)
    if problem is not None:
        raise errors.CredentialsError(f"{name}: {problem}")
    return float(cast(float, timeout))


def quoted(text: str) -> str:
    """A service's text, shortened and quoted for an error message."""
    return repr(text if len(text) <= MAX_QUOTED else text[:MAX_QUOTED] + "…")


def log_fetched(name: str, whose: str, credentials: Credentials) -> None:
    import logging

    from ._base import LOGGER_NAME
    from ._refresh import expiry_text

    logger = logging.getLogger(LOGGER_NAME)
    if logger.isEnabledFor(logging.DEBUG):
        expires = expiry_text(credentials.expires_at)
        logger.debug("%s: new credentials for %s, expiring at %s", name, whose, expires)
