"""The refresh rules every temporary-credentials provider shares (``_refresh``).

A provider here is a ``RefreshingCredentials`` whose ``_fetch`` counts its calls, can be made slow
or failing, and hands out credentials that expire when the test says; the clock is the test's.
The margins and pauses come from the module, not from numbers written here.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tcsms import _refresh, errors
from tcsms._credentials import Credentials
from tcsms._refresh import EXPIRY_SKEW, RETRY_PAUSE, RefreshingCredentials

SECRET_KEY = "refresh-test-secret-key-never-shown"
TOKEN = "refresh-test-token-never-shown"
LIFETIME = 3600.0
MARGIN = 300.0


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


class Counting(RefreshingCredentials):
    """Hands out generation N of the credentials at the N-th fetch."""

    name = "test role"

    def __init__(self, clock: Clock, *, delay: float = 0.0, lifetime: float = LIFETIME) -> None:
        super().__init__(refresh_margin=MARGIN, clock=clock)
        self.clock = clock
        self.delay = delay
        self.lifetime = lifetime
        self.fetches = 0
        self.failing: Exception | None = None
        self._count_lock = threading.Lock()

    def _fetch(self) -> Credentials:
        with self._count_lock:
            self.fetches += 1
            generation = self.fetches
        if self.delay:
            time.sleep(self.delay)
        if self.failing is not None:
            raise self.failing
        return Credentials(
            f"AKIDgeneration{generation:04d}", SECRET_KEY, TOKEN, self.clock.now + self.lifetime
        )


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_credentials_are_fetched_once_and_reused_until_the_margin(clock: Clock) -> None:
    provider = Counting(clock)
    first = provider.get()
    clock.now += LIFETIME - MARGIN - 1
    assert provider.get() is first
    assert provider.fetches == 1
    clock.now += 2
    second = provider.get()
    assert second.secret_id != first.secret_id
    assert provider.fetches == 2 and provider.refreshes == 2


def test_credentials_shorter_than_the_margin_are_refreshed_halfway(clock: Clock) -> None:
    provider = Counting(clock, lifetime=MARGIN / 2)
    first = provider.get()
    clock.now += MARGIN / 4 - 1
    assert provider.get() is first
    clock.now += 2
    assert provider.get() is not first
    assert provider.fetches == 2


def test_a_failed_refresh_with_valid_credentials_keeps_them_and_logs(
    clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    provider = Counting(clock)
    first = provider.get()
    clock.now += LIFETIME - MARGIN + 1
    provider.failing = errors.CredentialsError("test role: service unavailable")
    with caplog.at_level(logging.WARNING, logger="tcsms"):
        assert provider.get() is first
    assert provider.fetches == 2
    (record,) = caplog.records
    assert "test role: refresh failed" in record.getMessage()
    assert SECRET_KEY not in record.getMessage() and TOKEN not in record.getMessage()
    # Within the pause the failing service is not asked again.
    clock.now += RETRY_PAUSE - 1
    assert provider.get() is first
    assert provider.fetches == 2
    clock.now += 2
    assert provider.get() is first
    assert provider.fetches == 3
    provider.failing = None
    clock.now += RETRY_PAUSE
    assert provider.get() is not first


def test_expired_credentials_and_a_failing_refresh_raise_naming_the_provider(
    clock: Clock,
) -> None:
    provider = Counting(clock)
    provider.get()
    provider.failing = errors.CredentialsError("test role: service unavailable")
    clock.now += LIFETIME - EXPIRY_SKEW
    with pytest.raises(errors.CredentialsError) as caught:
        provider.get()
    message = str(caught.value)
    assert message.startswith("test role: the credentials expired at ")
    assert "service unavailable" in message
    assert SECRET_KEY not in message and TOKEN not in message


def test_the_first_fetch_failing_raises_its_own_error(clock: Clock) -> None:
    provider = Counting(clock)
    provider.failing = errors.CredentialsError("test role: no role attached")
    with pytest.raises(errors.CredentialsError, match=r"^test role: no role attached$"):
        provider.get()


def test_credentials_already_expired_when_fetched_are_refused(clock: Clock) -> None:
    provider = Counting(clock, lifetime=EXPIRY_SKEW / 2)
    with pytest.raises(errors.CredentialsError, match="already past"):
        provider.get()


@pytest.mark.parametrize("margin", [-1, float("nan"), float("inf"), True, "300"])
def test_a_bad_refresh_margin_is_refused(margin: object) -> None:
    with pytest.raises(errors.CredentialsError, match="refresh_margin"):
        RefreshingCredentials(refresh_margin=margin)  # type: ignore[arg-type]


def test_64_threads_with_nothing_cached_cause_one_fetch(clock: Clock) -> None:
    provider = Counting(clock, delay=0.2)
    barrier = threading.Barrier(64)

    def get() -> str:
        barrier.wait()
        return provider.get().secret_id

    with ThreadPoolExecutor(64) as pool:
        ids = set(pool.map(lambda _: get(), range(64)))
    assert provider.fetches == 1
    assert ids == {"AKIDgeneration0001"}


def test_64_threads_that_find_the_credentials_expired_cause_one_fetch(clock: Clock) -> None:
    provider = Counting(clock)
    provider.get()
    clock.now += LIFETIME
    provider.delay = 0.2
    barrier = threading.Barrier(64)

    def get() -> str:
        barrier.wait()
        return provider.get().secret_id

    with ThreadPoolExecutor(64) as pool:
        ids = set(pool.map(lambda _: get(), range(64)))
    assert provider.fetches == 2
    assert ids == {"AKIDgeneration0002"}


def test_during_a_due_refresh_other_threads_use_the_valid_credentials_without_waiting(
    clock: Clock,
) -> None:
    provider = Counting(clock)
    first = provider.get()
    clock.now += LIFETIME - MARGIN + 1
    provider.delay = 0.5
    refresher = threading.Thread(target=provider.get)
    refresher.start()
    while provider.fetches < 2:
        time.sleep(0.001)
    started = time.monotonic()
    assert provider.get() is first
    assert time.monotonic() - started < provider.delay
    refresher.join()
    assert provider.get() is not first
    assert provider.fetches == 2


def test_64_tasks_with_nothing_cached_cause_one_fetch(clock: Clock) -> None:
    provider = Counting(clock, delay=0.2)

    async def main() -> set[str]:
        results = await asyncio.gather(*(provider.get_async() for _ in range(64)))
        return {credentials.secret_id for credentials in results}

    assert asyncio.run(main()) == {"AKIDgeneration0001"}
    assert provider.fetches == 1


def test_64_tasks_that_find_the_credentials_expired_wait_for_one_fetch(clock: Clock) -> None:
    provider = Counting(clock)
    provider.get()
    clock.now += LIFETIME
    provider.delay = 0.2

    async def main() -> set[str]:
        results = await asyncio.gather(*(provider.get_async() for _ in range(64)))
        return {credentials.secret_id for credentials in results}

    assert asyncio.run(main()) == {"AKIDgeneration0002"}
    assert provider.fetches == 2


def test_tasks_never_wait_for_a_due_refresh_while_the_credentials_are_valid(
    clock: Clock,
) -> None:
    provider = Counting(clock)
    first = provider.get()
    clock.now += LIFETIME - MARGIN + 1
    provider.delay = 0.3

    async def main() -> None:
        started = time.monotonic()
        results = await asyncio.gather(*(provider.get_async() for _ in range(64)))
        assert time.monotonic() - started < provider.delay
        assert all(credentials is first for credentials in results)
        while provider.get() is first:  # the background refresh lands
            await asyncio.sleep(0.01)

    asyncio.run(main())
    assert provider.fetches == 2


def test_threads_and_tasks_together_cause_one_fetch(clock: Clock) -> None:
    provider = Counting(clock, delay=0.3)

    async def tasks() -> None:
        await asyncio.gather(*(provider.get_async() for _ in range(32)))

    threads = [threading.Thread(target=provider.get) for _ in range(32)]
    for thread in threads:
        thread.start()
    asyncio.run(tasks())
    for thread in threads:
        thread.join()
    assert provider.fetches == 1


def test_a_failed_first_fetch_reaches_every_waiting_task(clock: Clock) -> None:
    provider = Counting(clock, delay=0.1)
    provider.failing = errors.CredentialsError("test role: unreachable")

    async def main() -> list[BaseException | Credentials]:
        return await asyncio.gather(
            *(provider.get_async() for _ in range(8)), return_exceptions=True
        )

    results = asyncio.run(main())
    assert all(isinstance(result, errors.CredentialsError) for result in results)
    assert provider.fetches == 1


def test_the_expiry_skew_is_applied_before_the_stated_expiry(clock: Clock) -> None:
    provider = Counting(clock)
    first = provider.get()
    assert first.expires_at is not None
    provider.failing = errors.CredentialsError("test role: down")
    clock.now = first.expires_at - EXPIRY_SKEW - 1
    assert provider.get() is first
    clock.now = first.expires_at - EXPIRY_SKEW
    with pytest.raises(errors.CredentialsError, match="expired"):
        provider.get()


def test_the_expiry_is_shown_in_utc_without_secrets(clock: Clock) -> None:
    assert _refresh.expiry_text(0) == "1970-01-01 00:00:00 UTC"
    assert _refresh.expiry_text(None) == "never"
