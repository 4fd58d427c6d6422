"""What the clients' ``iter_*`` methods share beyond a loop: the page size rule and time windows.

A time-window pull (the spec's ``paging.kind: time_window``) cannot ask for a second page: its
Offset is fixed. ``TimeWindows`` pages by narrowing the window instead, without I/O, so the sync
and async iterators are the same few lines around it.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Generic, NamedTuple, TypeVar

from ._base import _logger
from ._limits import count_of

__all__ = ["MIN_SPLIT_SECONDS", "TimeWindows", "Window", "check_page_size"]

_Record = TypeVar("_Record")

# The shortest window that is split: halves of a window of one second ([b, b + 1]) would not be
# shorter. One second is also the shortest window that holds a second whether the service reads
# the bounds as inclusive or as half-open, which the documents do not say.
MIN_SPLIT_SECONDS = 2


def check_page_size(page_size: object) -> int:
    """Raises ValidationError unless ``page_size`` is an int of at least 1.

    A client-side rule about the iterator, not the service's: with 0 records per page a paged
    read would never end.
    """
    return count_of("page_size", page_size)


class Window(NamedTuple):
    """The BeginTime and EndTime of one query, in UNIX seconds."""

    begin: int
    end: int


class TimeWindows(Generic[_Record]):
    """The windows of a time-window pull, oldest first, and which records of each are new.

    The client queries ``next_window()`` with Limit = ``page_size`` and hands what it got to
    ``received``, which returns the records to yield:

    - a page shorter than ``page_size`` holds every record of its window: its records are yielded;
    - a full page may not: the window is split into two halves that share their middle second
      (the documents do not say whether the bounds are inclusive, so neither half may leave it
      out), and both are queried in turn; nothing of the full page is yielded;
    - a full window of one second cannot be split: its page is yielded and a WARNING logged, since
      records of it may be missing. Raising instead would lose every other window's records to one
      busy second, and the records are only read: asking again later, or with a larger page, can
      still get them.

    Two windows in a row share one second, so a record of that second may come in both answers:
    a record equal to one of the previous window's (the same wire fields) is dropped, as many
    times as that window had it. Equal records inside one answer are all kept.
    """

    def __init__(self, action: str, begin: int, end: int | None, page_size: int) -> None:
        self.action = action
        self.page_size = check_page_size(page_size)
        # A stack: the window to query next is last, so the earlier half is always taken first.
        self._pending = [Window(begin, int(time.time()) if end is None else end)]
        self._previous: list[_Record] = []

    def next_window(self) -> Window | None:
        """The window to query next; None when every record has been yielded."""
        return self._pending[-1] if self._pending else None

    def received(self, records: Sequence[_Record]) -> list[_Record]:
        """The records of ``next_window()``'s answer that are new, in the order received."""
        window = self._pending.pop()
        full = len(records) >= self.page_size
        if full and window.end - window.begin >= MIN_SPLIT_SECONDS:
            middle = (window.begin + window.end) // 2
            self._pending += [Window(middle, window.end), Window(window.begin, middle)]
            return []
        if full:
            _logger().warning(
                "%s: %d records fill the page of the window [%d, %d], too short to split:"
                " records of it may be missing (a larger page_size may get them)",
                self.action,
                len(records),
                window.begin,
                window.end,
            )
        earlier = list(self._previous)
        new: list[_Record] = []
        for record in records:
            if record in earlier:
                earlier.remove(record)  # the shared second's record, yielded with that window
            else:
                new.append(record)
        self._previous = list(records)
        return new
