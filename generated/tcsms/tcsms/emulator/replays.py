# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/replays.py; edit it there.
"""The signatures the emulator has accepted, so that a request sent again is refused.

The documents give v1's ``Nonce`` "to prevent replay attacks" along with ``Timestamp``: a v1
signature is accepted once. TC3 has no nonce, and two identical calls made in one second sign to
the same signature; a TC3 signature is accepted again only within ``TC3_GRACE_SECONDS`` of its first
acceptance (a client's quick retry, or the same read twice), never later. That grace is measured
in elapsed time, not on the emulator's clock, which a test may move: a client signing with the
current time cannot send one signature twice further apart. Each signature is kept until its
timestamp leaves the window the timestamp check enforces (on the emulator's clock), so memory
stays bounded.
"""

from __future__ import annotations

import heapq
from time import monotonic

__all__ = ["TC3_GRACE_SECONDS", "SeenSignatures"]

# A client signs with whole seconds, so its two requests that sign alike were made less than a
# second apart; the rest is room for the second one's way to the emulator.
TC3_GRACE_SECONDS = 2.0


class SeenSignatures:
    """Accepted signatures, each with its request's timestamp and when it was first accepted."""

    def __init__(self, window: int) -> None:
        self._window = window
        self._first_seen: dict[str, float] = {}
        self._expiries: list[tuple[int, str]] = []

    def __len__(self) -> int:
        return len(self._first_seen)

    def admit(self, signature: str, timestamp: int, now: int, grace: float) -> bool:
        """Records ``signature``; False when it was accepted more than ``grace`` seconds ago.

        ``now`` is the emulator's clock, which ages the request's ``timestamp``.
        """
        self._expire(now)
        first_seen = self._first_seen.get(signature)
        if first_seen is not None:
            return monotonic() - first_seen <= grace
        self._first_seen[signature] = monotonic()
        heapq.heappush(self._expiries, (timestamp + self._window, signature))
        return True

    def _expire(self, now: int) -> None:
        # A request whose timestamp is this far behind is refused as expired before this check.
        while self._expiries and self._expiries[0][0] < now:
            _, signature = heapq.heappop(self._expiries)
            self._first_seen.pop(signature, None)
