"""Faults for tests: the next N calls of an action fail, are delayed, or lose their connection."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .admin_checks import check_choice, check_code, check_count, check_seconds

__all__ = ["ANY_ACTION", "Drop", "Fault", "Faults"]

ANY_ACTION = "*"
Drop = Literal["before", "after"]


@dataclass
class Fault:
    """What happens to the next ``count`` calls of ``action`` (``*`` for every action).

    ``code`` answers with that error code; ``delay`` waits that many seconds before answering;
    ``drop="before"`` closes the connection before the request body is read and handled,
    ``drop="after"`` handles the request and then closes the connection without an answer.
    """

    action: str
    count: int = 1
    code: str | None = None
    delay: float = 0.0
    drop: Drop | None = None


class Faults:
    """Pending faults, used up one call at a time, first added first."""

    def __init__(self) -> None:
        self._pending: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> None:
        """Queues ``fault``; ``AdminError`` (a ValueError) names a bad field."""
        check_count("count", fault.count)
        if fault.code is not None:
            check_code("code", fault.code)
        check_seconds("delay", fault.delay)
        if fault.drop is not None:
            check_choice("drop", fault.drop, ("before", "after"))
        with self._lock:
            self._pending.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

    def peek_drop_before(self, action: str | None) -> bool:
        """Uses up a ``drop="before"`` fault of ``action``, if one is pending."""
        return self._take(action, lambda fault: fault.drop == "before") is not None

    def take(self, action: str) -> Fault | None:
        """Uses up the next fault of ``action`` other than a ``drop="before"`` one."""
        return self._take(action, lambda fault: fault.drop != "before")

    def _take(self, action: str | None, wanted: Callable[[Fault], bool]) -> Fault | None:
        if not self._pending:
            return None  # the common case, without the lock: one added meanwhile waits a call
        with self._lock:
            for fault in self._pending:
                if fault.action in (action, ANY_ACTION) and wanted(fault):
                    fault.count -= 1
                    if fault.count == 0:
                        self._pending.remove(fault)
                    return fault
        return None
