# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What the sync and async clients share: configuration, one call's attempts, logging.

``CallPlan`` holds the whole logic of a call without doing any I/O: it validates, signs each attempt
afresh, reads answers and decides on retries. The clients only add waiting and the transport.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from tcsms import _exceptions as errors
from tcsms import _service
from tcsms._core import (
    Endpoint,
    HttpMethod,
    PreparedRequest,
    RawResponse,
    RequestBuilder,
    SignMethod,
    parse_envelope,
)
from tcsms._credentials import resolve_credentials
from tcsms._ratelimit import RateLimiter
from tcsms._retry import RetryPolicy, may_retry

if TYPE_CHECKING:
    import logging

LOGGER_NAME = "tcsms"
_INFO = 20  # logging.INFO, without importing logging until a call is made

RateLimit = bool | Mapping[str, float] | RateLimiter | None


class CallOptions(NamedTuple):
    """Per-call overrides of the client's settings; None keeps the client's value."""

    max_attempts: int | None = None
    connect_timeout: float | None = None
    read_timeout: float | None = None


class ClientSettings:
    """Everything a client is configured with, resolved once at construction."""

    def __init__(
        self,
        *,
        secret_id: str | None,
        secret_key: str | None,
        token: str | None,
        profile: str | None,
        region: str,
        endpoint: str | None,
        regional_endpoint: bool,
        sign_method: SignMethod,
        http_method: HttpMethod,
        language: str | None,
        connect_timeout: float,
        read_timeout: float,
        max_attempts: int,
        rate_limit: RateLimit,
    ) -> None:
        credentials = resolve_credentials(
            secret_id=secret_id, secret_key=secret_key, token=token, profile=profile
        )
        if endpoint is not None:
            self.endpoint = Endpoint.parse(endpoint)
        elif regional_endpoint:
            self.endpoint = Endpoint.for_region(region)
        else:
            self.endpoint = Endpoint.parse(_service.DEFAULT_ENDPOINT)
        self.builder = RequestBuilder(
            credentials,
            region,
            self.endpoint,
            sign_method=sign_method,
            http_method=http_method,
            language=language,
        )
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.retry = RetryPolicy(max_attempts=max_attempts)
        self.rate_limiter = _rate_limiter(rate_limit)

    def describe(self) -> str:
        """For reprs: where the client talks to and as whom, without any secret."""
        builder = self.builder
        return (
            f"region={builder.region!r}, endpoint={self.endpoint.url!r}, "
            f"sign_method={builder.sign_method!r}, credentials={builder.credentials!r}"
        )

    def plan(self, action: str, payload: dict[str, Any], options: CallOptions | None) -> CallPlan:
        # Imported on first use: building the constraint tables costs import time.
        from tcsms._validation import validate_request

        validate_request(action, payload)
        max_attempts = self.retry.max_attempts
        if options is not None and options.max_attempts is not None:
            max_attempts = RetryPolicy(max_attempts=options.max_attempts).max_attempts
        return CallPlan(self, action, payload, max_attempts)

    def timeouts(self, options: CallOptions | None) -> tuple[float, float]:
        """(connect, read) timeouts for one call."""
        connect, read = self.connect_timeout, self.read_timeout
        if options is not None:
            connect = options.connect_timeout or connect
            read = options.read_timeout or read
        return connect, read


def _rate_limiter(rate_limit: RateLimit) -> RateLimiter | None:
    if rate_limit is None or rate_limit is False:
        return None
    if rate_limit is True:
        return RateLimiter()
    if isinstance(rate_limit, RateLimiter):
        return rate_limit
    return RateLimiter(rate_limit)


class CallPlan:
    """The attempts of one call: request to send next, what an answer means, whether to retry."""

    def __init__(
        self, settings: ClientSettings, action: str, payload: dict[str, Any], max_attempts: int
    ) -> None:
        self.settings = settings
        self.action = action
        self.payload = payload
        self.max_attempts = max_attempts
        self.idempotent = _service.ACTIONS[action].idempotent
        self.attempt = 0
        self.delay = 0.0  # before the next attempt, once an attempt failed and may be retried
        self._started = 0.0

    def next_request(self) -> PreparedRequest:
        """Signs the next attempt with the current time, so a retry never carries a stale stamp."""
        self.attempt += 1
        self._started = time.perf_counter()
        return self.settings.builder.prepare(self.action, self.payload)

    def answered(self, raw: RawResponse) -> dict[str, Any] | None:
        """The ``Response`` object, or None to try again after ``delay``; raises when final."""
        try:
            response = parse_envelope(raw)
        except errors.TencentCloudError as error:
            request_id = getattr(error, "request_id", None)
            self._log(f"HTTP {raw.status}", request_id, error)
            self._retry_or_raise(error)
            return None
        self._log(f"HTTP {raw.status}", response.get("RequestId"), None)
        return response

    def failed(self, error: errors.NetworkError) -> None:
        """After a network failure: returns to try again after ``delay``; raises when final."""
        self._log("no answer", None, error)
        self._retry_or_raise(error)

    def _retry_or_raise(self, error: errors.TencentCloudError) -> None:
        error.attempts = self.attempt
        if self.attempt >= self.max_attempts or not may_retry(error, idempotent=self.idempotent):
            raise error
        self.delay = self.settings.retry.delay(self.attempt)

    def _log(self, outcome: str, request_id: str | None, error: Exception | None) -> None:
        logger = _logger()
        if not logger.isEnabledFor(_INFO):
            return
        latency_ms = (time.perf_counter() - self._started) * 1000
        failure = f" {type(error).__name__}: {error}" if error is not None else ""
        logger.info(
            "%s attempt %d/%d: %s in %.1f ms, request id %s%s",
            self.action,
            self.attempt,
            self.max_attempts,
            outcome,
            latency_ms,
            request_id,
            failure,
        )


@functools.cache
def _logger() -> logging.Logger:
    """The package's logger; ``logging`` is imported on the first call, not with the package."""
    import logging

    return logging.getLogger(LOGGER_NAME)
