# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/rate_limits.py; edit it there.
"""The documented per-action rate limits, counted per SecretId in windows of a second."""

from __future__ import annotations

import math
import threading

from .. import _service

__all__ = ["RateLimits"]


class RateLimits:
    """A fixed window per (SecretId, action): ``rate`` calls a second, or one call per ``1/rate``
    seconds for rates below one."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._windows: dict[tuple[str, str], tuple[int, int]] = {}
        self._lock = threading.Lock()

    def allow(self, secret_id: str, action: str, now: float) -> bool:
        """Counts the call; False once the action's documented rate is used up in this window."""
        if not self.enabled:
            return True
        rate = _service.ACTIONS[action].rate_limit_per_second
        window_seconds = max(1.0, 1.0 / rate)
        allowance = max(1, math.floor(rate * window_seconds))
        window = int(now // window_seconds)
        key = (secret_id, action)
        with self._lock:
            current, count = self._windows.get(key, (window, 0))
            if current != window:
                count = 0
            if count >= allowance:
                self._windows[key] = (window, count)
                return False
            self._windows[key] = (window, count + 1)
            return True
