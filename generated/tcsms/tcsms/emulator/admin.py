# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/admin.py; edit it there.
"""The admin API: faults, request counts and callbacks, plus what the service overlay adds.

The same operations are methods of ``Admin`` (``emulator.admin``) and JSON endpoints:
``POST /_admin/<operation>`` with the keyword arguments as a JSON object answers
``{"result": ...}`` or ``{"error": "..."}`` with HTTP 400. Every argument is checked
(``admin_checks``): a bad one raises ``AdminError`` naming it, in process and over HTTP alike. A
service overlay subclasses ``Admin`` and lists its own operations after these in ``OPERATIONS``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from typing import Any, ClassVar

from .admin_checks import AdminError, check_seconds
from .context import Context
from .faults import ANY_ACTION, Drop, Fault, Faults
from .spec_tables import EXAMPLE_RESPONSES

__all__ = ["ADMIN_PREFIX", "Admin", "AdminError"]

ADMIN_PREFIX = "/_admin/"


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
        seconds (at most ``MAX_DELAY``), or lose their connection (``drop``: ``before`` or
        ``after`` handling)."""
        check_action(action)
        self._faults.add(Fault(action, count, code, delay, drop))  # checks the rest

    def clear_faults(self) -> None:
        self._faults.clear()

    def flush_callbacks(self, timeout: float = 10.0) -> bool:
        """Waits until every callback was posted; True when there is nothing left to post."""
        check_seconds("timeout", timeout)
        callbacks = self._context.callbacks
        return True if callbacks is None else callbacks.flush(timeout)

    def requests_received(self, action: str = ANY_ACTION) -> int:
        """How many API requests of ``action`` (``*``: any) the emulator read in full, so a test
        can count retries; a connection dropped before the request was read is not counted."""
        check_action(action)
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
        except TypeError as exc:  # an argument missing or unknown
            raise AdminError(str(exc).partition(".")[2] or str(exc)) from None
        except sqlite3.Error as exc:
            raise AdminError(f"{operation}: {exc}") from None


def check_action(action: object) -> str:
    """``*`` or an action of the API."""
    if action != ANY_ACTION and (not isinstance(action, str) or action not in EXAMPLE_RESPONSES):
        raise AdminError(f"action must be '*' or an action of the API, not {action!r}")
    return str(action)
