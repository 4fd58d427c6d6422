"""What asking a credentials provider before each attempt costs a call.

Run alone (``python bench/credentials.py``) or as part of ``bench/run.py``. Each row is the best
mean of several rounds, in microseconds per ask, for the providers a client holds: fixed keys,
and temporary credentials cached by ``RefreshingCredentials`` (the path every call takes between
two refreshes), sync and async.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tcsms import CredentialsProvider

ASKS = 100_000
ROUNDS = 5


def _best_us(ask: Callable[[], object], asks: int = ASKS) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(asks):
            ask()
        best = min(best, (time.perf_counter() - started) / asks * 1e6)
    return best


def _best_async_us(provider: CredentialsProvider) -> float:
    from tcsms._providers import current_credentials_async

    async def rounds() -> float:
        best = float("inf")
        for _ in range(ROUNDS):
            started = time.perf_counter()
            for _ in range(ASKS):
                await current_credentials_async(provider)
            best = min(best, (time.perf_counter() - started) / ASKS * 1e6)
        return best

    return asyncio.run(rounds())


def rows() -> list[str]:
    from tcsms import Credentials, RefreshingCredentials
    from tcsms._providers import current_credentials

    class Cached(RefreshingCredentials):
        name = "bench role"

        def _fetch(self) -> Credentials:
            return Credentials("AKIDbench", "bench-key", "bench-token", time.time() + 7200)

    fixed = Credentials("AKIDbench", "bench-key")
    role = Cached()
    role.get()
    return [
        _row("ask fixed Credentials (sync)", _best_us(lambda: current_credentials(fixed))),
        _row("ask cached role credentials (sync)", _best_us(lambda: current_credentials(role))),
        _row("ask fixed Credentials (async)", _best_async_us(fixed)),
        _row("ask cached role credentials (async)", _best_async_us(role)),
    ]


def _row(name: str, microseconds: float) -> str:
    return f"| {name} | {microseconds:.2f} µs/call | best of {ROUNDS} rounds of {ASKS:,} |"


if __name__ == "__main__":
    print("| measure | value | note |\n| --- | --- | --- |\n" + "\n".join(rows()))
