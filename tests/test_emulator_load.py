"""A small load test: signed requests at concurrency through AsyncSmsClient, none lost or failed."""

from __future__ import annotations

import asyncio
import time

from tcsms.emulator import Emulator

REQUESTS = 1000
CONCURRENCY = 32


def test_requests_at_concurrency_are_all_answered() -> None:
    with Emulator(rate_limits=False) as emulator:

        async def load() -> tuple[int, float]:
            answered = 0
            queue: asyncio.Queue[int] = asyncio.Queue()
            for index in range(REQUESTS):
                queue.put_nowait(index)
            async with emulator.async_client() as client:

                async def worker() -> None:
                    nonlocal answered
                    while not queue.empty():
                        queue.get_nowait()
                        info = await client.describe_phone_number_info(
                            phone_number_set=["+8613711112222"]
                        )
                        assert info.phone_number_info_set[0].iso_code == "CN"
                        answered += 1

                started = time.perf_counter()
                await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
                return answered, time.perf_counter() - started

        answered, elapsed = asyncio.run(load())
    assert answered == REQUESTS
    print(f"{REQUESTS / elapsed:.0f} requests/s at concurrency {CONCURRENCY}")
