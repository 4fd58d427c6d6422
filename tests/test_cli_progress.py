"""The progress line of ``send-bulk`` (``cli/progress.py``): a fake terminal, a fake clock."""

from __future__ import annotations

import io

from tcsms import BulkCounts
from tcsms.cli.progress import ProgressBar, counting


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def counts(total: int, sent: int, rejected: int = 0, unknown: int = 0) -> BulkCounts:
    unsent = total - sent - rejected - unknown
    return BulkCounts(total, sent, rejected, unknown, invalid=0, duplicates=0, unsent=unsent)


def frames(stream: io.StringIO) -> list[str]:
    """Each drawn state, trailing padding removed."""
    return [frame.rstrip() for frame in stream.getvalue().split("\r")[1:]]


def test_nothing_is_drawn_when_the_stream_is_not_a_terminal() -> None:
    stream, clock = io.StringIO(), Clock()
    bar = ProgressBar(stream, clock=clock)
    for sent in range(0, 1001, 100):
        bar.update(counts(1000, sent))
        clock.now += 1
    bar.reading(5)
    bar.finish()
    assert not bar.enabled and stream.getvalue() == ""


def test_a_line_shows_done_of_total_percent_rate_and_the_counts() -> None:
    stream, clock = Terminal(), Clock()
    bar = ProgressBar(stream, clock=clock, columns=200)
    bar.update(counts(1000, 0))
    clock.now += 2.0
    bar.update(counts(1000, 390, rejected=6, unknown=4))
    shown = frames(stream)
    assert shown[0].startswith("  0% [") and "0/1,000" in shown[0]
    assert " 40% [" in shown[1] and "400/1,000" in shown[1]
    assert "200/s" in shown[1]  # 400 numbers done in 2 s
    assert "sent 390" in shown[1] and "rejected 6" in shown[1] and "unknown 4" in shown[1]
    assert "\n" not in stream.getvalue()  # redrawn in place


def test_redraws_at_most_ten_times_a_second() -> None:
    stream, clock = Terminal(), Clock()
    bar = ProgressBar(stream, clock=clock, columns=200)
    for sent in range(128):  # 128 updates in one second (1/128 s is exact in binary)
        bar.update(counts(128, sent))
        clock.now += 1 / 128
    assert len(frames(stream)) == 10
    assert "sent 127" not in stream.getvalue()  # the last update fell between two redraws
    bar.finish()  # ... and finish draws it
    assert frames(stream)[-1].startswith(" 99% [") and "sent 127" in frames(stream)[-1]


def test_finish_draws_the_last_counts_with_the_time_taken_and_ends_the_line() -> None:
    stream, clock = Terminal(), Clock()
    bar = ProgressBar(stream, clock=clock, columns=200)
    bar.update(counts(10, 0))
    clock.now += 0.0625
    bar.update(counts(10, 10))  # too soon to be drawn
    clock.now += 2.0
    bar.finish()
    assert stream.getvalue().endswith("\n")
    last = frames(stream)[-1]
    assert last.startswith("100% [" + "#" * 24 + "]") and "10/10" in last and "2.1 s" in last
    bar.finish()  # once only
    assert stream.getvalue().count("\n") == 1


def test_a_shorter_line_blanks_out_the_longer_one_before_it() -> None:
    stream, clock = Terminal(), Clock()
    bar = ProgressBar(stream, clock=clock, columns=200)
    bar.reading(1024)
    clock.now += 1
    bar.update(counts(1, 0))
    first, second = stream.getvalue().split("\r")[1:]
    assert first.startswith("reading numbers: 1,024")
    assert len(second) >= len(first)


def test_the_total_is_unknown_while_the_numbers_are_read() -> None:
    stream, clock = Terminal(), Clock()
    bar = ProgressBar(stream, clock=clock, columns=200)
    read = []
    for number in counting((str(n) for n in range(5000)), bar):
        read.append(number)
        clock.now += 0.001
    assert len(read) == 5000  # every item passed through, in order
    shown = frames(stream)
    assert shown[0] == "reading numbers: 1,024"
    assert all(frame.startswith("reading numbers: ") for frame in shown)
    assert len(shown) <= 6  # 5 s of reading at most once per 0.1 s, and one per 1,024 lines
    bar.update(counts(5000, 0))
    clock.now += 1
    bar.update(counts(5000, 0))
    assert "0/5,000" in frames(stream)[-1]


def test_a_line_never_wraps_in_a_narrow_terminal() -> None:
    stream, clock = Terminal(), Clock()
    bar = ProgressBar(stream, clock=clock, columns=40)
    bar.update(counts(1_000_000, 123_456, rejected=7, unknown=3))
    assert all(len(frame) <= 39 for frame in stream.getvalue().split("\r")[1:])


def test_an_interrupted_send_leaves_the_cursor_on_a_new_line() -> None:
    stream, clock = Terminal(), Clock()
    bar = ProgressBar(stream, clock=clock, columns=200)
    bar.reading(2048)
    bar.finish()  # no counts yet: the reading line is ended as it is
    assert stream.getvalue() == "\rreading numbers: 2,048\n"
