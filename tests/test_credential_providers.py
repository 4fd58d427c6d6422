"""``credentials=`` on both clients: any provider, asked before each attempt, over loopback HTTP.

The emulator accepts one key pair and token; the providers here hand out exactly those, so a call
that succeeds shows the client signed with what the provider gave. Refresh under load is shown
with 64 concurrent calls of one async client and 64 threads sharing one sync client.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from emulator_support.raw import APP_ID

from tcsms import AsyncSmsClient, Credentials, SmsClient, errors
from tcsms._refresh import RefreshingCredentials
from tcsms.emulator import Emulator

SECRET_ID = "AKIDproviderTestId00000000000001"
SECRET_KEY = "provider-test-secret-key-never-shown"
TOKEN = "provider-test-token-never-shown"


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, token=TOKEN, rate_limits=False
    ) as running:
        yield running


class SlowRole(RefreshingCredentials):
    """Temporary credentials that take a while to fetch and live ``lifetime`` seconds."""

    name = "slow role"

    def __init__(self, *, delay: float = 0.2, lifetime: float = 3600.0) -> None:
        super().__init__(refresh_margin=0)
        self.delay = delay
        self.lifetime = lifetime
        self.fetches = 0
        self.threads: set[str] = set()
        self.failing = False

    def _fetch(self) -> Credentials:
        self.fetches += 1
        self.threads.add(threading.current_thread().name)
        time.sleep(self.delay)
        if self.failing:
            raise errors.CredentialsError("slow role: the role service is down")
        return Credentials(SECRET_ID, SECRET_KEY, TOKEN, time.time() + self.lifetime)


class OnlyGet:
    """A provider of the simplest kind: a get() and nothing else."""

    def __init__(self) -> None:
        self.threads: list[str] = []

    def get(self) -> Credentials:
        self.threads.append(threading.current_thread().name)
        return Credentials(SECRET_ID, SECRET_KEY, TOKEN)


def pull(client: SmsClient) -> None:
    client.pull_sms_send_status(limit=1, sms_sdk_app_id=APP_ID)


async def pull_async(client: AsyncSmsClient) -> None:
    await client.pull_sms_send_status(limit=1, sms_sdk_app_id=APP_ID)


def test_fixed_credentials_are_a_provider(emulator: Emulator) -> None:
    credentials = Credentials(SECRET_ID, SECRET_KEY, TOKEN)
    with SmsClient(endpoint=emulator.endpoint, credentials=credentials) as client:
        pull(client)


def test_a_provider_with_only_get_works_in_both_clients(emulator: Emulator) -> None:
    provider = OnlyGet()
    with SmsClient(endpoint=emulator.endpoint, credentials=provider) as client:
        pull(client)
    assert provider.threads == [threading.current_thread().name]

    async def main() -> None:
        async with AsyncSmsClient(endpoint=emulator.endpoint, credentials=provider) as client:
            await pull_async(client)

    asyncio.run(main())
    # The async client never blocks its event loop on get(): it ran in a worker thread.
    assert provider.threads[1] != threading.current_thread().name


def test_64_concurrent_async_calls_cause_one_fetch(emulator: Emulator) -> None:
    provider = SlowRole()
    before = emulator.admin.requests_received()

    async def main() -> None:
        async with AsyncSmsClient(endpoint=emulator.endpoint, credentials=provider) as client:
            await asyncio.gather(*(pull_async(client) for _ in range(64)))

    asyncio.run(main())
    assert provider.fetches == 1
    assert emulator.admin.requests_received() - before == 64


def test_64_threads_sharing_a_sync_client_cause_one_fetch(emulator: Emulator) -> None:
    provider = SlowRole()
    barrier = threading.Barrier(64)
    with SmsClient(endpoint=emulator.endpoint, credentials=provider) as client:

        def call(_: int) -> None:
            barrier.wait()
            pull(client)

        with ThreadPoolExecutor(64) as pool:
            list(pool.map(call, range(64)))
    assert provider.fetches == 1


def test_expired_credentials_that_cannot_be_refreshed_stop_the_call_before_sending(
    emulator: Emulator,
) -> None:
    provider = SlowRole(delay=0, lifetime=11)
    with SmsClient(endpoint=emulator.endpoint, credentials=provider) as client:
        pull(client)
        provider.failing = True
        time.sleep(1.1)  # the 11 s credentials count as expired 10 s early (EXPIRY_SKEW)
        before = emulator.admin.requests_received()
        with pytest.raises(errors.CredentialsError) as caught:
            pull(client)
    assert str(caught.value).startswith("slow role: the credentials expired at ")
    assert emulator.admin.requests_received() == before


@pytest.mark.parametrize(
    "arguments",
    [{"secret_id": SECRET_ID, "secret_key": SECRET_KEY}, {"profile": "prod"}, {"token": TOKEN}],
)
def test_credentials_and_keys_together_are_refused(arguments: dict[str, str]) -> None:
    with pytest.raises(errors.CredentialsError, match="pass either credentials or"):
        SmsClient(credentials=OnlyGet(), **arguments)  # type: ignore[arg-type]


def test_something_without_get_is_refused() -> None:
    with pytest.raises(errors.CredentialsError, match="got str"):
        SmsClient(credentials="AKID...")  # type: ignore[arg-type]


class Broken:
    def get(self) -> Credentials:
        raise ValueError(f"could not parse {SECRET_KEY}")


class WrongType:
    def get(self) -> object:
        return (SECRET_ID, SECRET_KEY)


@pytest.mark.parametrize(
    ("provider", "expected"),
    [(Broken(), "Broken: get() raised ValueError"), (WrongType(), "returned tuple")],
)
def test_a_provider_failing_its_own_way_raises_credentials_error_without_its_text(
    emulator: Emulator, provider: object, expected: str
) -> None:
    with SmsClient(endpoint=emulator.endpoint, credentials=provider) as client:  # type: ignore[arg-type]
        with pytest.raises(errors.CredentialsError) as caught:
            pull(client)
    assert expected in str(caught.value)
    assert SECRET_KEY not in str(caught.value)

    async def main() -> None:
        async with AsyncSmsClient(
            endpoint=emulator.endpoint, credentials=provider  # type: ignore[arg-type]
        ) as client:
            await pull_async(client)

    with pytest.raises(
        errors.CredentialsError, match=expected.replace("(", r"\(").replace(")", r"\)")
    ):
        asyncio.run(main())


def test_the_client_repr_names_the_provider_and_no_secret(emulator: Emulator) -> None:
    with SmsClient(endpoint=emulator.endpoint, credentials=SlowRole()) as client:
        text = repr(client)
    assert "credentials=SlowRole()" in text
    with SmsClient(
        endpoint=emulator.endpoint, credentials=Credentials(SECRET_ID, SECRET_KEY, TOKEN)
    ) as client:
        text = repr(client)
    assert SECRET_KEY not in text and TOKEN not in text
