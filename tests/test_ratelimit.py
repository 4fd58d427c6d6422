"""The client-side rate limiter: exact schedules under a fake clock, then real threads and tasks."""

from __future__ import annotations

import asyncio
import itertools
import sys
import threading
import time

import pytest

from tcsms import _service
from tcsms._ratelimit import RateLimiter


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def limiter_for(
    rates: dict[str, float], burst: float | None = None
) -> tuple[RateLimiter, FakeClock]:
    """A limiter over only ``rates``, on a fake clock that moves only when a test moves it."""
    clock = FakeClock()
    return RateLimiter(rates, default_from_spec=False, burst=burst, clock=clock), clock


# --- deterministic: fake clock, reservations only -------------------------------------------


def test_a_full_bucket_lets_the_burst_through_then_spaces_requests_one_over_rate() -> None:
    limiter, _ = limiter_for({"SendSms": 10}, burst=10)
    waits = [limiter.reserve("SendSms") for _ in range(13)]
    assert waits[:10] == [0.0] * 10
    assert waits[10:] == pytest.approx([0.1, 0.2, 0.3])


def test_waiting_callers_go_exactly_one_interval_apart() -> None:
    limiter, clock = limiter_for({"SendSms": 4}, burst=1)
    # Each caller goes at now + wait; consecutive go-times differ by exactly 1/rate.
    go_times = []
    for _ in range(6):
        go_times.append(clock.now + limiter.reserve("SendSms"))
        clock.now += 0.01
    gaps = [later - earlier for earlier, later in itertools.pairwise(go_times)]
    assert gaps == pytest.approx([0.25] * 5)


def test_idle_time_refills_the_bucket_at_the_rate() -> None:
    limiter, clock = limiter_for({"SendSms": 10}, burst=10)
    for _ in range(10):
        limiter.reserve("SendSms")
    clock.now += 0.5  # five tokens' worth
    waits = [limiter.reserve("SendSms") for _ in range(6)]
    assert waits[:5] == [0.0] * 5
    assert waits[5] == pytest.approx(0.1)


def test_a_long_idle_refills_no_more_than_the_burst() -> None:
    limiter, clock = limiter_for({"SendSms": 10}, burst=3)
    limiter.reserve("SendSms")
    clock.now += 3600
    assert [limiter.reserve("SendSms") for _ in range(4)] == pytest.approx([0, 0, 0, 0.1])


def test_each_action_has_its_own_bucket() -> None:
    limiter, _ = limiter_for({"AddSmsSign": 1, "DeleteSmsSign": 1})
    assert limiter.reserve("AddSmsSign") == 0.0
    assert limiter.reserve("AddSmsSign") == pytest.approx(1.0)
    assert limiter.reserve("DeleteSmsSign") == 0.0
    assert limiter.reserve("DeleteSmsSign") == pytest.approx(1.0)


def test_default_rates_are_the_documented_ones() -> None:
    limiter = RateLimiter()
    for action, info in _service.ACTIONS.items():
        assert limiter.rate_of(action) == info.rate_limit_per_second


def test_rates_override_the_documented_rate_of_only_the_actions_named() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"SendSms": 2, "Custom": 5}, clock=clock)
    assert limiter.rate_of("SendSms") == 2
    assert limiter.rate_of("Custom") == 5
    assert limiter.rate_of("AddSmsSign") == _service.ACTIONS["AddSmsSign"].rate_limit_per_second
    assert [limiter.reserve("SendSms") for _ in range(3)] == pytest.approx([0, 0.5, 1.0])


def test_without_spec_defaults_only_the_given_actions_are_limited() -> None:
    limiter, _ = limiter_for({"SendSms": 1})
    assert limiter.rate_of("SendSms") == 1
    assert limiter.rate_of("AddSmsSign") is None
    assert RateLimiter(default_from_spec=False).rate_of("SendSms") is None


def test_an_action_without_a_rate_is_never_delayed(monkeypatch: pytest.MonkeyPatch) -> None:
    limiter, _ = limiter_for({"SendSms": 1})
    sleeps: list[float] = []
    monkeypatch.setattr(time, "sleep", sleeps.append)
    for _ in range(1000):
        assert limiter.reserve("NotInTheSpec") == 0.0
        limiter.acquire("NotInTheSpec")
    assert sleeps == []


def test_burst_defaults_to_one_so_requests_are_evenly_spaced() -> None:
    limiter, _ = limiter_for({"SendSms": 20})
    waits = [limiter.reserve("SendSms") for _ in range(21)]
    assert waits == pytest.approx([i * 0.05 for i in range(21)])


def test_burst_is_capped_at_one_seconds_worth() -> None:
    limiter, _ = limiter_for({"SendSms": 10, "SendStatusStatistics": 1000}, burst=50)
    assert sum(limiter.reserve("SendSms") == 0.0 for _ in range(100)) == 10
    # A burst below one second's worth is taken as given.
    assert sum(limiter.reserve("SendStatusStatistics") == 0.0 for _ in range(100)) == 50


def test_slow_actions_still_let_one_request_through_at_once() -> None:
    limiter, _ = limiter_for({"AddSmsSign": 0.5})
    assert [limiter.reserve("AddSmsSign") for _ in range(3)] == pytest.approx([0, 2, 4])


@pytest.mark.parametrize(
    "rates, burst",
    [
        ({"A": 0}, None),
        ({"A": -1}, None),
        ({"A": float("inf")}, None),
        ({"A": float("nan")}, None),
        ({"A": 1}, 0.5),
    ],
)
def test_nonsensical_rates_and_bursts_are_rejected(
    rates: dict[str, float], burst: float | None
) -> None:
    with pytest.raises(ValueError):
        RateLimiter(rates, burst=burst)


def test_acquire_sleeps_for_exactly_the_reserved_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    limiter, _ = limiter_for({"SendSms": 5}, burst=2)
    sleeps: list[float] = []
    monkeypatch.setattr(time, "sleep", sleeps.append)
    for _ in range(4):
        limiter.acquire("SendSms")
    assert sleeps == pytest.approx([0.2, 0.4])


def test_concurrent_reservations_each_get_their_own_slot() -> None:
    limiter, _ = limiter_for({"SendSms": 1000}, burst=1)
    threads, per_thread = 8, 5000
    waits: list[float] = []

    def worker() -> None:
        mine = [limiter.reserve("SendSms") for _ in range(per_thread)]
        waits.extend(mine)

    # Switching threads as often as possible makes an unguarded read-modify-write lose slots.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        pool = [threading.Thread(target=worker) for _ in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
    finally:
        sys.setswitchinterval(switch_interval)
    slots = sorted(round(wait * 1000) for wait in waits)
    assert slots == list(range(threads * per_thread))


# --- real time: threads and tasks share one limiter -----------------------------------------

RATE = 50.0
BURST = 5
# Scheduling noise allowance; the assertions check the rate is held, not how fast anything runs.
TOLERANCE_SECONDS = 0.05


def assert_rate_held(stamps: list[float], calls: int) -> None:
    """No window of the run holds more than burst + rate x its length calls (+1 for noise)."""
    stamps = sorted(stamps)
    assert len(stamps) == calls
    for first in range(calls):
        for last in range(first, calls):
            allowed = BURST + RATE * (stamps[last] - stamps[first]) + 1
            assert last - first + 1 <= allowed, (first, last, stamps)
    expected = (calls - BURST) / RATE
    assert stamps[-1] - stamps[0] >= expected - TOLERANCE_SECONDS


def test_threads_sharing_one_limiter_hold_the_rate() -> None:
    limiter = RateLimiter({"SendSms": RATE}, default_from_spec=False, burst=BURST)
    threads, calls_per_thread = 8, 5
    stamps: list[float] = []
    stamps_lock = threading.Lock()
    start = threading.Barrier(threads)

    def worker() -> None:
        start.wait()
        for _ in range(calls_per_thread):
            limiter.acquire("SendSms")
            with stamps_lock:
                stamps.append(time.monotonic())

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    began = time.monotonic()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    assert (
        time.monotonic() - began >= (threads * calls_per_thread - BURST) / RATE - TOLERANCE_SECONDS
    )
    assert_rate_held(stamps, threads * calls_per_thread)


def test_tasks_sharing_one_limiter_hold_the_rate() -> None:
    limiter = RateLimiter({"SendSms": RATE}, default_from_spec=False, burst=BURST)
    tasks = 50
    stamps: list[float] = []

    async def one_call() -> None:
        await limiter.acquire_async("SendSms")
        stamps.append(time.monotonic())

    async def main() -> float:
        began = time.monotonic()
        await asyncio.gather(*(one_call() for _ in range(tasks)))
        return time.monotonic() - began

    elapsed = asyncio.run(main())
    assert elapsed >= (tasks - BURST) / RATE - TOLERANCE_SECONDS
    assert_rate_held(stamps, tasks)


def test_waiting_tasks_do_not_block_the_event_loop() -> None:
    limiter = RateLimiter({"SendSms": 10}, default_from_spec=False, burst=1)
    ticks: list[float] = []

    async def ticker(stop: asyncio.Event) -> None:
        while not stop.is_set():
            ticks.append(time.monotonic())
            await asyncio.sleep(0.01)

    async def main() -> None:
        stop = asyncio.Event()
        ticking = asyncio.create_task(ticker(stop))
        await asyncio.gather(*(limiter.acquire_async("SendSms") for _ in range(5)))  # ~0.4 s
        stop.set()
        await ticking

    asyncio.run(main())
    assert len(ticks) >= 10
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert max(gaps) < 0.15
