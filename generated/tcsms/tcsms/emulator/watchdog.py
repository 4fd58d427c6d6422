# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/watchdog.py; edit it there.
"""Deadlines of the server's connections, checked by one periodic task rather than a timer per read.

A connection's task marks what it waits for (``Deadline.wait``); when that takes past its time,
the watchdog records the phase in ``expired`` and cancels the task, which answers 408 or closes.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

__all__ = ["Deadline", "Watchdog"]


class Deadline:
    """What one connection waits for (``phase``) and until when, in event loop time."""

    __slots__ = ("_clock", "expired", "phase", "task", "until")

    def __init__(self, task: asyncio.Task[Any], clock: asyncio.AbstractEventLoop) -> None:
        self.task = task
        self._clock = clock
        self.phase = "idle"
        self.until = math.inf
        self.expired: str | None = None

    def wait(self, phase: str, seconds: float) -> None:
        self.phase = phase
        self.until = self._clock.time() + seconds

    def timed_out_in(self, *phases: str) -> bool:
        """Whether the watchdog stopped the connection while it still waited in one of
        ``phases`` (not after it went on to another)."""
        return self.expired is not None and self.expired == self.phase and self.phase in phases


class Watchdog:
    """Every ``tick`` seconds, cancels the tasks of the connections past their deadline."""

    def __init__(self, tick: float) -> None:
        self.tick = tick
        self._deadlines: set[Deadline] = set()

    def watch(self, task: asyncio.Task[Any]) -> Deadline:
        deadline = Deadline(task, asyncio.get_running_loop())
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
                deadline.expired = deadline.phase
                deadline.until = math.inf  # once; the task sets its next deadline
                deadline.task.cancel()

    async def close_all(self) -> None:
        """Cancels every connection's task and waits for them to end."""
        tasks = [deadline.task for deadline in self._deadlines]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
