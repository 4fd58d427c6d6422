"""What the sync and async clients share: configuration, one call's attempts, logging.

``CallPlan`` holds the whole logic of a call without doing any I/O: it validates, signs each attempt
afresh, reads answers and decides on retries. The clients only add waiting and the transport.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from . import _exceptions as errors
from . import _service
from ._core import (
    Endpoint,
    HttpMethod,
    PreparedRequest,
    RawResponse,
    RequestBuilder,
    SignMethod,
    parse_envelope,
)
from ._credentials import Credentials, CredentialsProvider
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy, may_have_reached_service, may_retry

if TYPE_CHECKING:
    import logging

    from ._decode import ResponseModel
    from ._limits import AttemptLimits

# The top-level package, whatever the spec names it: callers configure logging by package name.
LOGGER_NAME = __name__.partition(".")[0]
_INFO = 20  # logging.INFO, without importing logging until a call is made
_DEBUG = 10  # logging.DEBUG: each request and answer, secrets redacted (``_redact``)

RateLimit = bool | Mapping[str, float] | RateLimiter | None
_Model = TypeVar("_Model", bound="ResponseModel")


class CallOptions(NamedTuple):
    """Per-call overrides of the client's settings; None keeps the client's value."""

    max_attempts: int | None = None
    connect_timeout: float | None = None
    read_timeout: float | None = None
    # False skips the client-side checks of the arguments (the service still checks them).
    validate: bool | None = None
    # True raises ResponseParseError for an answer that differs from the documents.
    strict_responses: bool | None = None
    # The deadline of each attempt (connect, send and read together); read_timeout is its older
    # name. Rules in ``_limits``: finite seconds above 0, checked before any traffic.
    timeout: float | None = None
    # The cap on an answer's body; a longer one raises ResponseTooLargeError.
    max_response_bytes: int | None = None


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
        credentials: CredentialsProvider | None = None,
        endpoint: str | None,
        regional_endpoint: bool,
        sign_method: SignMethod,
        http_method: HttpMethod,
        language: str | None,
        timeout: float,
        connect_timeout: float | None,
        max_response_bytes: int,
        max_attempts: int,
        rate_limit: RateLimit,
        validate: bool = True,
        strict_responses: bool = False,
        defaults: Mapping[str, Any] | None = None,
    ) -> None:
        # Imported on first use, like the transport: a client needs it, an import does not.
        from ._limits import client_limits

        self.limits = client_limits(
            timeout=timeout, connect_timeout=connect_timeout, max_response_bytes=max_response_bytes
        )
        from ._providers import client_credentials

        self.credentials = client_credentials(
            credentials, secret_id=secret_id, secret_key=secret_key, token=token, profile=profile
        )
        if endpoint is not None:
            self.endpoint = Endpoint.parse(endpoint)
        elif regional_endpoint:
            self.endpoint = Endpoint.for_region(region)
        else:
            self.endpoint = Endpoint.parse(_service.DEFAULT_ENDPOINT)
        self.builder = RequestBuilder(
            region,
            self.endpoint,
            sign_method=sign_method,
            http_method=http_method,
            language=language,
        )
        self.retry = RetryPolicy(max_attempts=max_attempts)
        self.rate_limiter = _rate_limiter(rate_limit)
        self.validate = _flag("validate", validate)
        self.strict_responses = _flag("strict_responses", strict_responses)
        self.defaults = _client_defaults(defaults, check_types=self.validate)

    def describe(self) -> str:
        """For reprs: where the client talks to and as whom, without any secret."""
        builder = self.builder
        return (
            f"region={builder.region!r}, endpoint={self.endpoint.url!r}, "
            f"sign_method={builder.sign_method!r}, credentials={self.credentials!r}"
        )

    def with_defaults(self, action: str, arguments: dict[str, Any]) -> dict[str, Any]:
        """A copy of a call's arguments, those that are None filled from the client's defaults
        that apply to ``action`` (``_service.ACTION_DEFAULTS``); an explicit argument wins."""
        merged = dict(arguments)
        for name in _service.ACTION_DEFAULTS.get(action, ()):
            if merged.get(name) is None and name in self.defaults:
                merged[name] = self.defaults[name]
        return merged

    def plan(
        self,
        action: str,
        payload: dict[str, Any],
        options: CallOptions | None,
        model: type[_Model],
    ) -> CallPlan[_Model]:
        validate, strict = self.validate, self.strict_responses
        max_attempts = self.retry.max_attempts
        if options is not None:
            if options.validate is not None:
                validate = _flag("validate", options.validate)
            if options.strict_responses is not None:
                strict = _flag("strict_responses", options.strict_responses)
            if options.max_attempts is not None:
                max_attempts = RetryPolicy(max_attempts=options.max_attempts).max_attempts
        if validate:
            # Imported on first use: building the constraint tables costs import time.
            from ._validation import validate_request

            # A default the client lacks: the problem says where it could have come from.
            hints = dict.fromkeys(_service.ACTION_DEFAULTS.get(action, ()), DEFAULTS_HINT)
            validate_request(action, payload, missing_hints=hints)
        return CallPlan(self, action, payload, max_attempts, model, strict)

    def limits_for(self, options: CallOptions | None) -> AttemptLimits:
        """The time and size bounds of each attempt of one call; raises ValidationError."""
        if options is None:
            return self.limits
        from ._limits import call_limits

        return call_limits(self.limits, options)


def _flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise errors.ValidationError([f"{name}: expected True or False, got {value!r}"])
    return value


DEFAULTS_HINT = "pass it, or set it once in the client's defaults"
# Spec type -> the Python types a default of it may have (bool is no int here, as in validation).
_DEFAULT_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "boolean": (bool,),
    "float": (int, float),
}


def _client_defaults(defaults: Mapping[str, Any] | None, *, check_types: bool) -> dict[str, Any]:
    """The client's ``defaults`` as a dict; raises ValidationError for a name that is no
    ``_service.CLIENT_DEFAULTS`` entry, and (``check_types``) for a value of another type.

    Checked once, here: a mistake in them would otherwise show on every call, or never.
    """
    if defaults is None:
        return {}
    if not isinstance(defaults, Mapping):
        raise errors.ValidationError([f"defaults: expected a mapping, got {defaults!r}"])
    known = _service.CLIENT_DEFAULTS
    problems: list[str] = []
    for name, value in defaults.items():
        default = known.get(name)
        if default is None:
            listed = ", ".join(sorted(known)) or "none"
            problems.append(f"defaults: unknown parameter {name!r} (known: {listed})")
        elif check_types:
            problem = _default_problem(default, value)
            if problem is not None:
                problems.append(f"defaults[{name!r}]: {problem}")
    if problems:
        raise errors.ValidationError(problems)
    return {name: value for name, value in defaults.items() if value is not None}


def _default_problem(default: _service.ClientDefault, value: object) -> str | None:
    expected = _DEFAULT_TYPES[default.type_name]
    if (isinstance(value, bool) and bool not in expected) or not isinstance(value, expected):
        names = " or ".join(kind.__name__ for kind in expected)
        return f"expected {names}, got {type(value).__name__} {value!r}"
    if default.enum and value not in default.enum:
        return f"{value!r} is not one of {', '.join(repr(v) for v in default.enum)}"
    return None


def _rate_limiter(rate_limit: RateLimit) -> RateLimiter | None:
    if rate_limit is None or rate_limit is False:
        return None
    if rate_limit is True:
        return RateLimiter()
    if isinstance(rate_limit, RateLimiter):
        return rate_limit
    return RateLimiter(rate_limit)


class CallPlan(Generic[_Model]):
    """The attempts of one call: request to send next, what an answer means, whether to retry."""

    def __init__(
        self,
        settings: ClientSettings,
        action: str,
        payload: dict[str, Any],
        max_attempts: int,
        model: type[_Model],
        strict_responses: bool,
    ) -> None:
        self.settings = settings
        self.action = action
        self.payload = payload
        self.max_attempts = max_attempts
        self.model = model
        self.strict_responses = strict_responses
        self.idempotent = _service.ACTIONS[action].idempotent
        self.consumes_records = _service.ACTIONS[action].consumes_records
        self.attempt = 0
        self.delay = 0.0  # before the next attempt, once an attempt failed and may be retried
        self._started = 0.0

    def next_request(self, credentials: Credentials) -> PreparedRequest:
        """Signs the next attempt with the current time and ``credentials`` (asked afresh for each
        attempt), so a retry never carries a stale stamp or an expired token."""
        self.attempt += 1
        self._started = time.perf_counter()
        request = self.settings.builder.prepare(self.action, self.payload, credentials)
        logger = _logger()
        if logger.isEnabledFor(_DEBUG):
            from ._redact import describe_request

            logger.debug(
                "%s attempt %d request: %s", self.action, self.attempt, describe_request(request)
            )
        return request

    def answered(self, raw: RawResponse) -> _Model | None:
        """The response model, or None to try again after ``delay``; raises when final."""
        logger = _logger()
        if logger.isEnabledFor(_DEBUG):
            from ._redact import describe_answer

            logger.debug(
                "%s attempt %d answer: %s", self.action, self.attempt, describe_answer(raw)
            )
        try:
            response = parse_envelope(raw)
        except errors.TencentCloudError as error:
            request_id = getattr(error, "request_id", None)
            self._log(f"HTTP {raw.status}", request_id, error)
            self._retry_or_raise(error)
            return None
        self._log(f"HTTP {raw.status}", response.get("RequestId"), None)
        # Imported on first use, like the models: the table of documented fields.
        from ._decode import decode

        try:
            return decode(self.model, self.action, response, raw, strict=self.strict_responses)
        except errors.ResponseParseError as error:
            # Never retried: the service processed the call, whatever the answer's shape.
            error.attempts = self.attempt
            error.records_may_be_lost = self.consumes_records
            raise

    def failed(self, error: errors.NetworkError | errors.ResponseTooLargeError) -> None:
        """After a network failure or an answer over the size cap: returns to try again after
        ``delay``; raises when final."""
        self._log("no answer", None, error)
        self._retry_or_raise(error)

    def _retry_or_raise(self, error: errors.TencentCloudError) -> None:
        error.attempts = self.attempt
        if self.attempt >= self.max_attempts or not may_retry(error, idempotent=self.idempotent):
            # A queue action is never sent again once it may have arrived, so only this attempt
            # can have taken records.
            if self.consumes_records and may_have_reached_service(error):
                error.records_may_be_lost = True
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
