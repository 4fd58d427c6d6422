"""A bulk send's progress on one line of a terminal: what ``send-bulk`` draws on stderr.

Nothing is drawn unless the stream is a terminal (a pipe or a file gets only the summary). The
line is redrawn in place (``\\r``) at most ``1 / interval`` times a second, with the numbers done
out of the total, the percentage, the rate since sending began and the sent, rejected and unknown
counts; while the numbers are still being read the total is not known yet and the line counts them
instead. ``finish`` draws the last state and ends the line, so what follows starts on its own.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TextIO, TypeVar

if TYPE_CHECKING:
    from .._bulk import BulkCounts

__all__ = ["ProgressBar", "counting"]

_Item = TypeVar("_Item")
# Numbers read between two calls of ``reading``: the clock is not asked for each line.
_READ_STEP = 1024
_BAR_WIDTH = 24


class ProgressBar:
    """Draws ``BulkCounts`` on ``stream`` when it is a terminal; otherwise does nothing."""

    def __init__(
        self,
        stream: TextIO,
        *,
        clock: Callable[[], float] = time.monotonic,
        interval: float = 0.1,
        columns: int | None = None,
    ) -> None:
        self.stream = stream
        self.enabled = _is_terminal(stream)
        self._clock = clock
        self._interval = interval
        self._columns = columns
        self._drawn_at: float | None = None  # when the line was last drawn
        self._width = 0  # characters on the line now, to blank out a longer previous one
        self._started: tuple[float, int] | None = None  # (time, numbers done) at the first counts
        self._last: BulkCounts | None = None
        self._read = 0

    def reading(self, count: int) -> None:
        """``count`` numbers were read so far; the total is not known yet."""
        self._read = count
        if self.enabled and self._last is None and self._due():
            self._draw(f"reading numbers: {count:,}")

    def update(self, counts: BulkCounts) -> None:
        """The send's counts now (a ``progress=`` callback of the bulk method)."""
        if not self.enabled:
            return
        now = self._clock()
        if self._started is None:
            self._started = (now, counts.done)
        self._last = counts
        if self._due(now):
            self._draw(self._line(counts, now))

    def finish(self) -> None:
        """Draws the last counts and ends the line; nothing when nothing was drawn or shown."""
        if not self.enabled or (self._drawn_at is None and self._last is None):
            return
        if self._last is not None:
            self._draw(self._line(self._last, self._clock(), final=True))
        self.stream.write("\n")
        self.stream.flush()
        self._drawn_at, self._width, self._last = None, 0, None

    def _due(self, now: float | None = None) -> bool:
        now = self._clock() if now is None else now
        return self._drawn_at is None or now - self._drawn_at >= self._interval

    def _line(self, counts: BulkCounts, now: float, final: bool = False) -> str:
        total, done = counts.total, counts.done
        fraction = done / total if total else 1.0
        parts = [f"{done:,}/{total:,}"]
        if self._started is not None:
            started, done_before = self._started
            elapsed = now - started
            if elapsed > 0 and done > done_before:
                parts.append(f"{(done - done_before) / elapsed:,.0f}/s")
            if final:
                parts.append(f"{elapsed:.1f} s")
        parts.append(f"sent {counts.sent:,}")
        parts.append(f"rejected {counts.rejected:,}")
        parts.append(f"unknown {counts.unknown:,}")
        rest = "  ".join(parts)
        # The bar takes what the counts leave of the line, up to _BAR_WIDTH; none when narrow.
        width = min(_BAR_WIDTH, self._columns_now() - 1 - len(rest) - len(" 100% [] "))
        if width < 5:
            return f"{fraction:4.0%} {rest}"
        filled = int(fraction * width)
        return f"{fraction:4.0%} [{'#' * filled}{'.' * (width - filled)}] {rest}"

    def _columns_now(self) -> int:
        return self._columns if self._columns is not None else _columns_of(self.stream)

    def _draw(self, line: str) -> None:
        # A line that wrapped could not be redrawn in place.
        line = line[: max(self._columns_now() - 1, 1)]
        padding = " " * max(self._width - len(line), 0)
        self.stream.write(f"\r{line}{padding}")
        self.stream.flush()
        self._width = len(line)
        self._drawn_at = self._clock()


def counting(items: Iterable[_Item], bar: ProgressBar) -> Iterator[_Item]:
    """``items`` as they are read, telling ``bar`` how many were read so far."""
    count = 0
    for item in items:
        count += 1
        if count % _READ_STEP == 0:
            bar.reading(count)
        yield item
    bar.reading(count)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):  # a closed or unusual stream
        return False


def _columns_of(stream: TextIO) -> int:
    """The terminal's width: ``COLUMNS``, else the terminal's own, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80
