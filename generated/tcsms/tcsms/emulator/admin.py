# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/admin.py; edit it there.
"""The admin API: faults, request counts and callbacks, plus what the service overlay adds.

The same operations are methods of ``Admin`` (``emulator.admin``) and JSON endpoints:
``POST /_admin/<operation>`` with the keyword arguments as a JSON object answers
``{"result": ...}`` or ``{"error": "..."}`` with HTTP 400. A service overlay subclasses ``Admin``
and lists its own operations after these in ``OPERATIONS``.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any, ClassVar

from .context import Context
from .faults import ANY_ACTION, Drop, Fault, Faults

__all__ = ["ADMIN_PREFIX", "Admin", "AdminError"]

ADMIN_PREFIX = "/_admin/"


class AdminError(ValueError):
    """An admin call named something that does not exist."""


class Admin:
    """Operations a test performs on the emulator, outside the API."""

    # What ``dispatch`` may run: public methods only, never an attribute named in a request.
    OPERATIONS: ClassVar[tuple[str, ...]] = (
        "add_fault",
        "clear_faults",
        "flush_callbacks",
        "requests_received",
    )

    def __init__(self, context: Context, faults: Faults) -> None:
        self._context = context
        self._faults = faults
        self._received: Counter[str] = Counter()
        self._received_lock = threading.Lock()

    def add_fault(
        self,
        action: str,
        count: int = 1,
        code: str | None = None,
        delay: float = 0.0,
        drop: Drop | None = None,
    ) -> None:
        """The next ``count`` calls of ``action`` (``*``: any) fail with ``code``, wait ``delay``
        seconds, or lose their connection (``drop``: ``before`` or ``after`` handling)."""
        try:
            self._faults.add(Fault(action, count, code, delay, drop))
        except ValueError as exc:
            raise AdminError(str(exc)) from None

    def clear_faults(self) -> None:
        self._faults.clear()

    def flush_callbacks(self, timeout: float = 10.0) -> bool:
        """Waits until every callback was posted; True when there is nothing left to post."""
        callbacks = self._context.callbacks
        return True if callbacks is None else callbacks.flush(timeout)

    def requests_received(self, action: str = ANY_ACTION) -> int:
        """How many API requests of ``action`` (``*``: any) the emulator read in full, so a test
        can count retries; a connection dropped before the request was read is not counted."""
        with self._received_lock:
            if action == ANY_ACTION:
                return sum(self._received.values())
            return self._received[action]

    def count_request(self, action: str) -> None:
        """Called by the server for each API request it read in full (not an admin operation)."""
        with self._received_lock:
            self._received[action] += 1

    def dispatch(self, operation: str, arguments: dict[str, Any]) -> Any:
        """Runs an operation by name, for the HTTP admin API."""
        if operation not in self.OPERATIONS:
            raise AdminError(f"no admin operation {operation!r}")
        try:
            return getattr(self, operation)(**arguments)
        except TypeError as exc:
            raise AdminError(str(exc)) from None
