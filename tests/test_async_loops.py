"""One AsyncSmsClient works from whichever event loop calls it (issue 8, section 6).

Programs call ``asyncio.run()`` more than once (a CLI command per run, a test per loop); the client
used to keep connections and a semaphore bound to the first loop and failed in the second with
``RuntimeError: Event loop is closed``. Each loop now gets its own pool.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

from support.fault_server import FaultServer
from support.sms_calls import SECRET_ID, SECRET_KEY, SEND_SMS, pull_send_status_by_phone_number
from support.specs import sms_spec
from tcsms import AsyncSmsClient, NetworkError

SPEC = sms_spec()


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SPEC) as running:
        yield running


def client_for(server: FaultServer, **settings: object) -> AsyncSmsClient:
    return AsyncSmsClient(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint, **settings  # type: ignore[arg-type]
    )


def test_one_client_serves_two_asyncio_runs(server: FaultServer) -> None:
    client = client_for(server, timeout=5)

    async def send() -> str:
        response = await client.send_sms(**SEND_SMS)
        return response.request_id

    first = asyncio.run(send())  # its loop ends with the connection still pooled
    second = asyncio.run(send())
    assert first and second
    assert server.count("SendSms") == 2
    # The second loop could not reuse the first loop's connection: it made its own.
    assert server.connection_count == 2
    asyncio.run(client.close())


def test_async_with_in_each_run_closes_that_runs_connections_only(server: FaultServer) -> None:
    client = client_for(server, timeout=5)

    async def send_and_close() -> None:
        async with client:
            await client.send_sms(**SEND_SMS)
            await client.send_sms(**SEND_SMS)

    asyncio.run(send_and_close())
    asyncio.run(send_and_close())
    assert server.count("SendSms") == 4
    assert server.connection_count == 2  # kept alive within a run, one per run


def test_close_refuses_further_calls_on_the_same_loop(server: FaultServer) -> None:
    async def scenario() -> NetworkError:
        client = client_for(server, timeout=5)
        await client.send_sms(**SEND_SMS)
        await client.close()
        with pytest.raises(NetworkError) as caught:
            await client.send_sms(**SEND_SMS)
        return caught.value

    error = asyncio.run(scenario())
    assert error.request_sent is False
    assert server.count("SendSms") == 1


def test_the_rate_limiter_works_across_runs(server: FaultServer) -> None:
    client = client_for(server, timeout=5, rate_limit={"PullSmsSendStatusByPhoneNumber": 50})

    async def pull_twice() -> None:
        for _ in range(2):
            await client.pull_sms_send_status_by_phone_number(**pull_send_status_by_phone_number())

    asyncio.run(pull_twice())
    asyncio.run(pull_twice())
    asyncio.run(client.close())
    assert server.count("PullSmsSendStatusByPhoneNumber") == 4


def test_a_full_pool_in_one_run_does_not_block_the_next(server: FaultServer) -> None:
    # max_connections is per loop: the semaphore of a finished run holds nothing in the next.
    client = AsyncSmsClient(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint, timeout=5
    )

    async def burst() -> int:
        results = await asyncio.gather(*(client.send_sms(**SEND_SMS) for _ in range(8)))
        return len(results)

    assert asyncio.run(burst()) == 8
    assert asyncio.run(burst()) == 8
    asyncio.run(client.close())


def test_loops_in_two_threads_share_one_client(server: FaultServer) -> None:
    client = client_for(server, timeout=5)
    failures: list[BaseException] = []

    def run_in_thread() -> None:
        async def calls() -> None:
            for _ in range(5):
                await client.send_sms(**SEND_SMS)
            await client.close()

        try:
            asyncio.run(calls())
        except BaseException as error:  # reported by the main thread
            failures.append(error)

    threads = [threading.Thread(target=run_in_thread) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert failures == []
    assert server.count("SendSms") == 10


def test_pools_of_ended_loops_are_dropped(server: FaultServer) -> None:
    client = client_for(server, timeout=5)

    async def send() -> None:
        await client.send_sms(**SEND_SMS)

    for _ in range(3):
        asyncio.run(send())
    pools = client._transport._pools
    assert len(pools) == 1  # each new loop dropped the pools of the ended ones
    asyncio.run(client.close())
