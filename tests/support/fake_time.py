"""Stand-ins for the clock and for sleeping, so that retry tests never wait.

``record_sleeps`` replaces ``time.sleep`` and ``asyncio.sleep`` with functions that only note the
seconds asked for; ``SteppingClock`` is a ``time.time`` that moves a fixed step ahead on each call.
"""

from __future__ import annotations

import asyncio
import time

import pytest


def record_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Patches both sleeps for the rest of the test; returns the list they append to."""
    requested: list[float] = []

    def sleep(seconds: float) -> None:
        requested.append(seconds)

    async def async_sleep(seconds: float, result: object = None) -> object:
        requested.append(seconds)
        return result

    monkeypatch.setattr(time, "sleep", sleep)
    monkeypatch.setattr(asyncio, "sleep", async_sleep)
    return requested


class SteppingClock:
    """A ``time.time`` that starts at the real time and is ``step`` seconds later at each call."""

    def __init__(self, step: float) -> None:
        self.step = step
        self._now = time.time()
        self.readings: list[float] = []

    def __call__(self) -> float:
        now = self._now
        self._now += self.step
        self.readings.append(now)
        return now

    def install(self, monkeypatch: pytest.MonkeyPatch) -> SteppingClock:
        monkeypatch.setattr(time, "time", self)
        return self
