"""The client-side rate limiter, through the clients, as the server observes it.

The limiter spaces requests at 1/rate; the server records when it read each one. Only the lower
bounds the limiter guarantees are asserted (it never lets requests go early), never upper bounds on
how fast a loaded machine gets through them.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator, Sequence

import pytest

from support.fault_server import FaultServer
from support.sms_calls import PULL_REPLY_STATUS, SECRET_ID, SECRET_KEY
from support.specs import sms_spec
from tcsms import AsyncSmsClient, SmsClient

SPEC = sms_spec()
RATE = 20
# More calls than one second's worth, so a limiter that let them through at once would put all 30 in
# one window and fail the window check.
CALLS = 30
THREADS = 8
# 30 calls at 20/s from a full bucket of 1: the last goes 29 intervals after the first.
MINIMUM_SECONDS = (CALLS - 1) / RATE - 0.05
# Sends leave on a fixed 1/rate schedule; a thread woken late can bring an arrival up to its
# neighbour, so a 1-s window of arrivals may hold a request or two more than the rate.
WINDOW_TOLERANCE = 2


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SPEC) as running:
        yield running


def most_in_any_window(times: Sequence[float], window: float) -> int:
    """The largest number of ``times`` inside any half-open interval of length ``window``."""
    ordered = sorted(times)
    most = 0
    start = 0
    for end, moment in enumerate(ordered):
        while ordered[start] <= moment - window:
            start += 1
        most = max(most, end - start + 1)
    return most


def test_the_window_count_helper() -> None:
    assert most_in_any_window([0.0, 0.5, 0.99, 1.0, 1.2], 1.0) == 4  # (0.2, 1.2]
    assert most_in_any_window([0.0, 1.0, 2.0], 1.0) == 1
    assert most_in_any_window([], 1.0) == 0


def test_threads_sharing_a_client_hold_its_rate(server: FaultServer) -> None:
    calls_left = list(range(CALLS))
    lock = threading.Lock()
    failures: list[BaseException] = []

    with SmsClient(
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        endpoint=server.endpoint,
        rate_limit={"PullSmsReplyStatus": RATE},
    ) as client:

        def worker() -> None:
            while True:
                with lock:
                    if not calls_left:
                        return
                    calls_left.pop()
                try:
                    client.pull_sms_reply_status(**PULL_REPLY_STATUS)
                except BaseException as error:  # reported by the main thread
                    failures.append(error)

        threads = [threading.Thread(target=worker) for _ in range(THREADS)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started

    assert failures == []
    arrivals = [request.received_at for request in server.received("PullSmsReplyStatus")]
    assert len(arrivals) == CALLS
    assert elapsed >= MINIMUM_SECONDS
    assert max(arrivals) - min(arrivals) >= MINIMUM_SECONDS - 0.05
    assert most_in_any_window(arrivals, 1.0) <= RATE + WINDOW_TOLERANCE


def test_tasks_sharing_an_async_client_hold_its_rate(server: FaultServer) -> None:
    async def main() -> float:
        async with AsyncSmsClient(
            secret_id=SECRET_ID,
            secret_key=SECRET_KEY,
            endpoint=server.endpoint,
            rate_limit={"PullSmsReplyStatus": RATE},
        ) as client:
            started = time.monotonic()
            await asyncio.gather(
                *(client.pull_sms_reply_status(**PULL_REPLY_STATUS) for _ in range(CALLS))
            )
            return time.monotonic() - started

    elapsed = asyncio.run(main())
    arrivals = [request.received_at for request in server.received("PullSmsReplyStatus")]
    assert len(arrivals) == CALLS
    assert elapsed >= MINIMUM_SECONDS
    assert max(arrivals) - min(arrivals) >= MINIMUM_SECONDS - 0.05
    assert most_in_any_window(arrivals, 1.0) <= RATE + WINDOW_TOLERANCE


def test_a_rate_mapping_overrides_only_the_actions_it_names(server: FaultServer) -> None:
    with SmsClient(
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        endpoint=server.endpoint,
        rate_limit={"PullSmsReplyStatus": 1},
    ) as client:
        limiter = client._settings.rate_limiter
        assert limiter is not None
        assert limiter.rate_of("PullSmsReplyStatus") == 1
        documented = SPEC["actions"]["PullSmsSendStatus"]["rate_limit_per_second"]
        assert limiter.rate_of("PullSmsSendStatus") == documented


def test_rate_limit_true_holds_each_action_to_its_documented_rate(server: FaultServer) -> None:
    documented = {
        name: float(action["rate_limit_per_second"]) for name, action in SPEC["actions"].items()
    }
    with SmsClient(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint, rate_limit=True
    ) as client:
        limiter = client._settings.rate_limiter
        assert limiter is not None
        for action, rate in documented.items():
            assert limiter.rate_of(action) == rate, action
        # DeleteSmsTemplate is documented at 1 request per second: the second call waits.
        client.delete_sms_template(template_id=12345)
        client.delete_sms_template(template_id=12345)
    first, second = (r.received_at for r in server.received("DeleteSmsTemplate"))
    assert second - first >= 0.9


def test_without_rate_limit_nothing_is_held_back(server: FaultServer) -> None:
    with SmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint) as client:
        assert client._settings.rate_limiter is None
