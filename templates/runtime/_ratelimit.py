"""An optional client-side rate limiter: one token bucket per action, held to the documented rates.

Each bucket is a reservation (GCRA-style) bucket: ``reserve()`` books the caller's slot under a
lock and returns how long to wait for it, without waiting itself. The waiting happens outside the
lock, with ``time.sleep`` in threads or ``asyncio.sleep`` in tasks, so one limiter serves both and
never stalls an event loop behind a lock held by a sleeper.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping

from . import _service

__all__ = ["RateLimiter"]

# Sums of 1/rate are inexact in binary floating point; a wait this short is rounding, not a wait.
_ROUNDING_SECONDS = 1e-9


class _Bucket:
    """The schedule of one action: when the next request may go, given the rate and burst."""

    __slots__ = ("burst_tolerance", "interval", "next_free")

    def __init__(self, rate: float, burst: float) -> None:
        self.interval = 1.0 / rate
        # How far ahead of the steady schedule a request may go: that is what lets `burst`
        # requests through at once when the bucket is full.
        self.burst_tolerance = (burst - 1.0) * self.interval
        # The theoretical time of the next request at the steady rate; -inf means "full bucket".
        self.next_free = -math.inf

    def reserve(self, now: float) -> float:
        # Idle time refills the bucket only up to `burst`: the schedule never starts in the past.
        start = max(self.next_free, now)
        self.next_free = start + self.interval
        wait = start - self.burst_tolerance - now
        return wait if wait > _ROUNDING_SECONDS else 0.0


class RateLimiter:
    """Spaces requests per action so that none exceeds its rate; safe across threads and tasks.

    ``rates`` are requests per second by action name. By default every action is held to its
    documented rate (``_service.ACTIONS``) and ``rates`` overrides some of them; with
    ``default_from_spec=False`` only the actions in ``rates`` are limited. An action without a
    rate is not limited. ``burst`` is how many requests may go at once from a full bucket. It
    defaults to 1, spacing requests evenly at 1/rate, so that no one-second window holds more than
    the rate (plus one); a larger burst trades that for latency and is capped at one second's worth.
    """

    def __init__(
        self,
        rates: Mapping[str, float] | None = None,
        *,
        default_from_spec: bool = True,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if burst is not None and not burst >= 1:
            raise ValueError(f"burst must be at least 1, got {burst!r}")
        merged = {
            action: info.rate_limit_per_second
            for action, info in (_service.ACTIONS.items() if default_from_spec else ())
        }
        merged.update(rates or {})
        self._rates: dict[str, float] = {}
        self._buckets: dict[str, _Bucket] = {}
        for action, rate in merged.items():
            if not (rate > 0 and math.isfinite(rate)):
                raise ValueError(f"rate of {action} must be a positive number, got {rate!r}")
            # More than a second's worth at once could break a per-second limit from a cold start.
            one_second = max(1.0, rate)
            self._rates[action] = rate
            self._buckets[action] = _Bucket(rate, min(burst or 1.0, one_second))
        self._clock = clock
        # Guards the buckets only for the few arithmetic steps of a reservation, never a sleep.
        self._lock = threading.Lock()

    def rate_of(self, action: str) -> float | None:
        """The rate ``action`` is held to in requests per second, or None if it is not limited."""
        return self._rates.get(action)

    def reserve(self, action: str) -> float:
        """Books the next slot for ``action``; returns the seconds to wait for it (0 if none).

        The slot is taken even if the caller then gives up, which only ever slows later callers.
        """
        bucket = self._buckets.get(action)
        if bucket is None:
            return 0.0
        with self._lock:
            return bucket.reserve(self._clock())

    def acquire(self, action: str) -> None:
        """Blocks the calling thread until ``action`` may be sent."""
        wait = self.reserve(action)
        if wait > 0:
            time.sleep(wait)

    async def acquire_async(self, action: str) -> None:
        """Suspends the calling task until ``action`` may be sent; the event loop runs meanwhile."""
        wait = self.reserve(action)
        if wait > 0:
            # Imported here so that importing the package does not load asyncio.
            import asyncio

            await asyncio.sleep(wait)
