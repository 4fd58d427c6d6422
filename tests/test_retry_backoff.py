"""How long a client waits before a retry: exponential backoff with full jitter, capped.

``RetryPolicy.delay(n)`` is documented as a draw from 0 up to ``base_delay * 2**(n-1)``, never more
than ``max_delay``. The unit tests pin each part (bounds, doubling, jitter, cap) by patching
``random``; the client tests check that both clients sleep such a delay between attempts, with the
sleeps recorded instead of slept.
"""

from __future__ import annotations

import inspect
import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from support.either_client import KINDS, Kind, call_once
from support.fake_time import record_sleeps
from support.fault_server import Behaviour, DropBeforeRead, ErrorReply, FaultServer
from support.sms_calls import SEND_SMS, pull_send_status_by_phone_number
from support.specs import sms_spec
from tcsms import AsyncSmsClient, SmsClient
from tcsms._retry import RetryPolicy

SPEC = sms_spec()
POLICY = RetryPolicy()  # the defaults every client uses
DRAWS = 200
# Enough attempts to pass the point where the doubling ceiling reaches max_delay, whatever the
# defaults; far below 2**1024, past which the ceiling is no longer a float.
LATE_ATTEMPTS = (64, 512, 1000)


def ceiling(policy: RetryPolicy, attempt: int) -> float:
    """The documented upper bound of the wait after failed attempt ``attempt``."""
    return float(min(policy.max_delay, policy.base_delay * 2 ** (attempt - 1)))


def first_capped_attempt(policy: RetryPolicy) -> int:
    """The first attempt whose doubled delay would exceed ``max_delay``."""
    attempt = 1
    while policy.base_delay * 2 ** (attempt - 1) <= policy.max_delay:
        attempt += 1
    return attempt


def attempts_to_check(policy: RetryPolicy) -> list[int]:
    return [*range(1, first_capped_attempt(policy) + 3), *LATE_ATTEMPTS]


def top_of_range(low: float, high: float) -> float:
    return high


def bottom_of_range(low: float, high: float) -> float:
    return low


@pytest.fixture
def seeded_random() -> Iterator[None]:
    """The global generator, seeded for a repeatable test and restored afterwards."""
    state = random.getstate()
    random.seed(20210111)
    yield
    random.setstate(state)


@pytest.fixture
def upper_bound_draws(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every jittered draw gives the top of its range: delay() returns the ceiling."""
    monkeypatch.setattr(random, "uniform", top_of_range)


def test_the_default_policy_has_room_to_grow_before_the_cap() -> None:
    # The tests below assume a positive base that doubles at least once before max_delay.
    assert 0 < POLICY.base_delay < POLICY.max_delay
    assert first_capped_attempt(POLICY) > 2


# RetryPolicy.delay


@pytest.mark.usefixtures("seeded_random")
@pytest.mark.parametrize("attempt", attempts_to_check(POLICY))
def test_every_delay_lies_between_zero_and_the_ceiling_of_its_attempt(attempt: int) -> None:
    for _ in range(DRAWS):
        delay = POLICY.delay(attempt)
        assert 0 <= delay <= ceiling(POLICY, attempt)


@pytest.mark.usefixtures("upper_bound_draws")
def test_the_ceiling_starts_at_base_delay_and_doubles_with_each_attempt() -> None:
    assert POLICY.delay(1) == POLICY.base_delay
    for attempt in range(1, first_capped_attempt(POLICY) - 1):
        assert POLICY.delay(attempt + 1) == 2 * POLICY.delay(attempt)


@pytest.mark.usefixtures("upper_bound_draws")
@pytest.mark.parametrize("attempt", [first_capped_attempt(POLICY), *LATE_ATTEMPTS])
def test_a_late_attempt_waits_at_most_max_delay(attempt: int) -> None:
    assert POLICY.delay(attempt) == POLICY.max_delay


@pytest.mark.usefixtures("upper_bound_draws")
def test_max_delay_caps_a_policy_whose_base_is_already_above_it() -> None:
    policy = RetryPolicy(base_delay=POLICY.max_delay * 2, max_delay=POLICY.max_delay)
    assert [policy.delay(attempt) for attempt in (1, 2, *LATE_ATTEMPTS)] == [policy.max_delay] * (
        2 + len(LATE_ATTEMPTS)
    )


@pytest.mark.parametrize("attempt", attempts_to_check(POLICY))
def test_each_delay_is_drawn_from_zero_up_to_the_ceiling(
    monkeypatch: pytest.MonkeyPatch, attempt: int
) -> None:
    """Full jitter: the range drawn from starts at 0 and ends at the ceiling, so the top of the
    range gives the ceiling and the bottom gives no wait at all."""
    ranges: list[tuple[float, float]] = []
    picks = iter([top_of_range, bottom_of_range])

    def uniform(low: float, high: float) -> float:
        ranges.append((low, high))
        return next(picks)(low, high)

    monkeypatch.setattr(random, "uniform", uniform)
    assert POLICY.delay(attempt) == ceiling(POLICY, attempt)
    assert POLICY.delay(attempt) == 0
    assert ranges == [(0, ceiling(POLICY, attempt))] * 2


@pytest.mark.usefixtures("seeded_random")
@pytest.mark.parametrize("attempt", [1, 2, first_capped_attempt(POLICY), LATE_ATTEMPTS[-1]])
def test_delays_are_jittered_across_the_whole_range(attempt: int) -> None:
    draws = [POLICY.delay(attempt) for _ in range(DRAWS)]
    top = ceiling(POLICY, attempt)
    assert len(set(draws)) > DRAWS // 2, "the same few delays again and again: no jitter"
    # Full jitter spreads over [0, ceiling]: some draws in each half (a miss has odds 2**-200).
    assert min(draws) < top / 2 < max(draws)


# Both clients


def default_max_attempts(kind: Kind) -> int:
    client_class = SmsClient if kind == "sync" else AsyncSmsClient
    default: int = inspect.signature(client_class).parameters["max_attempts"].default
    return default


# A failure after which each call is retried: the service's "not processed" answer for SendSms,
# and a connection reset for an idempotent query.
RETRIED_FAILURES: dict[str, tuple[Behaviour, str, Callable[[], dict[str, Any]]]] = {
    "RequestLimitExceeded": (ErrorReply("RequestLimitExceeded"), "send_sms", lambda: SEND_SMS),
    "connection reset": (
        DropBeforeRead(),
        "pull_sms_send_status_by_phone_number",
        pull_send_status_by_phone_number,
    ),
}


@pytest.mark.parametrize("failure", list(RETRIED_FAILURES))
@pytest.mark.parametrize("kind", KINDS)
def test_a_retried_call_sleeps_a_positive_bounded_delay_before_each_retry(
    monkeypatch: pytest.MonkeyPatch, kind: Kind, failure: str
) -> None:
    behaviour, method, arguments = RETRIED_FAILURES[failure]
    max_attempts = default_max_attempts(kind)
    assert max_attempts > 1
    slept = record_sleeps(monkeypatch)
    with FaultServer(SPEC, [behaviour] * (max_attempts - 1)) as server:
        outcome = call_once(kind, server.endpoint, method, arguments())
    assert outcome.error is None
    assert len(server.answered) == max_attempts
    assert len(slept) == max_attempts - 1, "one wait before each retry"
    for attempt, delay in enumerate(slept, start=1):
        assert 0 < delay <= ceiling(POLICY, attempt), f"wait after attempt {attempt}"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.usefixtures("upper_bound_draws")
def test_the_sleeps_follow_the_policy_attempt_by_attempt(
    monkeypatch: pytest.MonkeyPatch, kind: Kind
) -> None:
    max_attempts = default_max_attempts(kind)
    slept = record_sleeps(monkeypatch)
    script = [ErrorReply("RequestLimitExceeded")] * (max_attempts - 1)
    with FaultServer(SPEC, script) as server:
        outcome = call_once(kind, server.endpoint, "send_sms", SEND_SMS)
    assert outcome.error is None
    assert server.count("SendSms") == max_attempts
    assert slept == [ceiling(POLICY, attempt) for attempt in range(1, max_attempts)]


@pytest.mark.parametrize("kind", KINDS)
def test_a_call_that_fails_for_good_sleeps_only_between_its_attempts(
    monkeypatch: pytest.MonkeyPatch, kind: Kind
) -> None:
    max_attempts = default_max_attempts(kind)
    slept = record_sleeps(monkeypatch)
    with FaultServer(SPEC, [ErrorReply("RequestLimitExceeded")] * max_attempts) as server:
        outcome = call_once(kind, server.endpoint, "send_sms", SEND_SMS)
    assert outcome.error is not None
    assert server.count("SendSms") == max_attempts
    assert len(slept) == max_attempts - 1
    assert all(0 < delay <= ceiling(POLICY, n) for n, delay in enumerate(slept, start=1))


@pytest.mark.parametrize("kind", KINDS)
def test_a_call_answered_at_once_does_not_sleep(
    monkeypatch: pytest.MonkeyPatch, kind: Kind
) -> None:
    slept = record_sleeps(monkeypatch)
    with FaultServer(SPEC) as server:
        outcome = call_once(kind, server.endpoint, "send_sms", SEND_SMS)
    assert outcome.error is None
    assert slept == []


def test_a_very_late_attempt_still_waits_at_most_max_delay() -> None:
    policy = RetryPolicy()
    for attempt in (1025, 10**6):
        assert 0 <= policy.delay(attempt) <= policy.max_delay
