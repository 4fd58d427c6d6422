# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/_retry.py; edit it there.
"""When a failed call may be tried again, and how long to wait first.

The rule that keeps a retry from ever sending an SMS twice: a request that may have reached the
service is retried only when the action is idempotent, or when the service's answer says it did
not process it. An action that hands each record out once (a queue pull) is not idempotent: a
retry would get other records or none, and the first request's records would be lost unseen.
"""

from __future__ import annotations

from . import _exceptions as errors

_INF = float("inf")


class RetryPolicy:
    """Exponential backoff with full jitter: attempt n waits up to ``base_delay * 2**(n-1)``."""

    __slots__ = ("base_delay", "max_attempts", "max_delay")

    def __init__(
        self, *, max_attempts: int = 3, base_delay: float = 0.1, max_delay: float = 5.0
    ) -> None:
        if not isinstance(max_attempts, int) or isinstance(max_attempts, bool):
            raise errors.ValidationError([f"max_attempts: expected an int, got {max_attempts!r}"])
        if max_attempts < 1:
            raise errors.ValidationError([f"max_attempts: {max_attempts} is below 1"])
        for name, delay in (("base_delay", base_delay), ("max_delay", max_delay)):
            if (
                not isinstance(delay, int | float)
                or isinstance(delay, bool)
                or not 0 <= delay < _INF
            ):
                raise errors.ValidationError(
                    [f"{name}: expected finite seconds >= 0, got {delay!r}"]
                )
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(max_attempts={self.max_attempts}, base_delay={self.base_delay}, "
            f"max_delay={self.max_delay})"
        )

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        import random  # only once a call fails

        # The exponent is capped: past 2**64 every ceiling is max_delay, and a float power of a
        # very late attempt would overflow.
        ceiling = min(self.max_delay, self.base_delay * 2.0 ** min(attempt - 1, 64))
        return random.uniform(0, ceiling)


def may_retry(error: errors.TencentCloudError, *, idempotent: bool) -> bool:
    """Whether trying again can neither repeat a side effect nor be pointless."""
    if isinstance(error, errors.NetworkError):
        return idempotent or not error.request_sent
    if isinstance(error, errors.ServerError):
        if error.retryable == "not_processed":
            return True
        return idempotent and error.retryable == "maybe_processed"
    if isinstance(error, errors.ResponseParseError):
        # A gateway's 502/503/504 page: the service may or may not have done the work.
        return idempotent and error.http_status in (502, 503, 504)
    return False


def may_have_reached_service(error: errors.TencentCloudError) -> bool:
    """Whether the service may have carried out the request that failed with ``error``."""
    if isinstance(error, errors.NetworkError):
        return error.request_sent
    if isinstance(error, errors.ServerError):
        return error.retryable == "maybe_processed"
    # An answer that is no valid response (a gateway's page, a garbled body) may follow the work.
    return isinstance(error, errors.ResponseParseError)
