"""Deadlines of the server's connections, checked by one periodic task rather than a timer each.

A connection marks what it waits for (``Deadline.wait``); when that takes past its time, the
watchdog calls the connection's ``expire`` with the phase, once, and the connection answers 408 or
closes.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable

__all__ = ["Deadline", "Watchdog"]


class Deadline:
    """What one connection waits for (``phase``) and until when, in event loop time."""

    __slots__ = ("_clock", "expire", "phase", "until")

    def __init__(self, expire: Callable[[str], None], clock: asyncio.AbstractEventLoop) -> None:
        self.expire = expire
        self._clock = clock
        self.phase = "idle"
        self.until = math.inf

    def wait(self, phase: str, seconds: float) -> None:
        self.phase = phase
        self.until = self._clock.time() + seconds


class Watchdog:
    """Every ``tick`` seconds, expires the deadlines that have passed."""

    def __init__(self, tick: float) -> None:
        self.tick = tick
        self._deadlines: set[Deadline] = set()

    def watch(self, expire: Callable[[str], None]) -> Deadline:
        deadline = Deadline(expire, asyncio.get_running_loop())
        self._deadlines.add(deadline)
        return deadline

    def forget(self, deadline: Deadline) -> None:
        self._deadlines.discard(deadline)

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.tick)
            now = loop.time()
            for deadline in [d for d in self._deadlines if d.until <= now]:
                deadline.until = math.inf  # once; the connection sets its next deadline
                deadline.expire(deadline.phase)
