"""The pull iterators: a queue read in whole pages, a time window read by splitting it.

PullSmsSendStatus and PullSmsReplyStatus hand each record out once (the spec's ``paging.kind:
queue``): ``iter_*`` yields each pulled page as it comes, so a consumer that stops early loses
nothing the service handed out. Their By-phone-number queries have Offset fixed at 0 (``kind:
time_window``): ``iter_*`` narrows the time window instead. Both clients, over loopback HTTP through
the emulator (which answers the queries with ``sent_at BETWEEN ? AND ? ORDER BY sent_at LIMIT ?``);
page sizes and record counts follow the spec's Limit maximum.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncGenerator, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from emulator_support.raw import APP_ID, setup_sending

from generator.naming import snake_case
from support.documents import docs_dir
from support.specs import input_constraint, sms_spec
from tcsms import AsyncSmsClient, SmsClient, ValidationError, errors
from tcsms._paging import TimeWindows
from tcsms.emulator import Emulator

SPEC = sms_spec()
NUMBER = "+8613711112222"
MAX_NUMBERS_PER_SEND = input_constraint("SendSms", "PhoneNumberSet", "max_items")
RECORDS_MAY_BE_MISSING = "may be missing"


@dataclass(frozen=True)
class Stream:
    """A queue action, its By-phone-number query, and how to tell its records apart."""

    queue: str
    by_phone_number: str
    # The attribute unique to each record, and the one holding its time.
    key: str
    time: str

    @property
    def page_size(self) -> int:
        """The documented maximum of Limit: the iterators' default page size."""
        return input_constraint(self.queue, "Limit", "maximum")

    @property
    def window_page_size(self) -> int:
        return input_constraint(self.by_phone_number, "Limit", "maximum")

    def iter_queue(self, client: Any, **arguments: Any) -> Any:
        return getattr(client, f"iter_{snake_case(self.queue)}")(**arguments)

    def iter_window(self, client: Any, **arguments: Any) -> Any:
        return getattr(client, f"iter_{snake_case(self.by_phone_number)}")(**arguments)


STREAMS = [
    Stream("PullSmsSendStatus", "PullSmsSendStatusByPhoneNumber", "serial_no", "user_receive_time"),
    Stream("PullSmsReplyStatus", "PullSmsReplyStatusByPhoneNumber", "reply_content", "reply_time"),
]
IDS = [stream.queue for stream in STREAMS]


class Clock:
    """The emulator's clock, set by the test: it stamps the messages SendSms records. It stays
    near the real time, since the emulator checks request timestamps against it."""

    def __init__(self) -> None:
        self.now = int(time.time())

    def __call__(self) -> float:
        return float(self.now)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def emulator(clock: Clock) -> Iterator[Emulator]:
    with Emulator(auto_approve=True, rate_limits=False, clock=clock) as running:
        yield running


def put_records(
    emulator: Emulator, clock: Clock, stream: Stream, numbers: list[str], second: int
) -> None:
    """One record per number (repeats allowed) of ``stream`` at ``second``."""
    if stream.queue == "PullSmsReplyStatus":
        for index, number in enumerate(numbers):
            text = f"reply {second} {index} {len(emulator.admin.replies())}"
            emulator.admin.inject_reply(number, text, APP_ID, reply_time=second)
        return
    templates = emulator.admin.templates()  # set up once per emulator
    template_id = str(templates[-1]["id"]) if templates else setup_sending(emulator)
    clock.now = second
    with emulator.client() as client:
        for start in range(0, len(numbers), MAX_NUMBERS_PER_SEND):
            client.send_sms(
                phone_number_set=numbers[start : start + MAX_NUMBERS_PER_SEND],
                sms_sdk_app_id=APP_ID,
                template_id=template_id,
                sign_name="Tencent",
                template_param_set=["1"],
            )
    clock.now = int(time.time())


def distinct_numbers(count: int) -> list[str]:
    return [f"+86138{index:08d}" for index in range(count)]


def keys(stream: Stream, records: list[Any]) -> list[str]:
    return [getattr(record, stream.key) for record in records]


# The spec


def test_the_spec_pages_the_queues_whole_and_the_by_phone_number_pulls_by_time_window() -> None:
    for stream in STREAMS:
        queue = SPEC["actions"][stream.queue]
        assert queue["paging"]["kind"] == "queue"
        assert queue["paging"]["items"] == queue["consumes_records"]["records"]
        window = SPEC["actions"][stream.by_phone_number]
        assert window["paging"]["kind"] == "time_window"
        assert window["input"][window["paging"]["offset"]]["fixed"] == 0


@pytest.mark.parametrize("stream", STREAMS, ids=IDS)
def test_why_a_pull_pages_by_time_window_is_quoted_from_its_document(stream: Stream) -> None:
    paging = SPEC["actions"][stream.by_phone_number]["paging"]
    text = " ".join((docs_dir() / paging["source"]).read_text(encoding="utf-8").split())
    assert paging["quote"] in text


@pytest.mark.parametrize("client_class", [SmsClient, AsyncSmsClient])
def test_the_queue_iterators_say_why_they_yield_whole_pages(client_class: type) -> None:
    for stream in STREAMS:
        doc = getattr(client_class, f"iter_{snake_case(stream.queue)}").__doc__ or ""
        assert "whole pages" in doc and "stops early" in doc


# Queues: whole pages until an empty one


@pytest.mark.parametrize("stream", STREAMS, ids=IDS)
def test_the_queue_iterator_yields_whole_pages_until_a_pull_comes_back_empty(
    emulator: Emulator, clock: Clock, stream: Stream
) -> None:
    total = 2 * stream.page_size + stream.page_size // 2
    put_records(emulator, clock, stream, distinct_numbers(total), clock.now - 10)
    with emulator.client() as client:
        pages = list(stream.iter_queue(client, sms_sdk_app_id=APP_ID))
    assert [len(page) for page in pages] == [stream.page_size] * 2 + [stream.page_size // 2]
    # One pull per page, and the empty one that ends it.
    assert emulator.admin.requests_received(stream.queue) == len(pages) + 1
    found = [key for page in pages for key in keys(stream, page)]
    assert len(set(found)) == total == len(found)


@pytest.mark.parametrize("stream", STREAMS, ids=IDS)
def test_a_consumer_that_stops_after_one_page_loses_nothing(
    emulator: Emulator, clock: Clock, stream: Stream
) -> None:
    total = 2 * stream.page_size + 1
    put_records(emulator, clock, stream, distinct_numbers(total), clock.now - 10)
    with emulator.client() as client:
        pages = stream.iter_queue(client, sms_sdk_app_id=APP_ID)
        first = next(pages)
        pages.close()
        # Nothing was pulled beyond the page handed over.
        assert emulator.admin.requests_received(stream.queue) == 1
        rest = [
            record for page in stream.iter_queue(client, sms_sdk_app_id=APP_ID) for record in page
        ]
    assert len(first) == stream.page_size
    assert set(keys(stream, first)).isdisjoint(keys(stream, rest))
    assert len(first) + len(rest) == total == len(set(keys(stream, first + rest)))


@pytest.mark.parametrize("stream", STREAMS, ids=IDS)
def test_a_failed_pull_mid_way_raises_its_error_saying_records_may_be_lost(
    emulator: Emulator, clock: Clock, stream: Stream
) -> None:
    put_records(emulator, clock, stream, distinct_numbers(stream.page_size + 1), clock.now - 10)
    with emulator.client() as client:
        pages = stream.iter_queue(client, sms_sdk_app_id=APP_ID)
        assert len(next(pages)) == stream.page_size
        emulator.admin.add_fault(stream.queue, code="InternalError.Timeout")
        with pytest.raises(errors.InternalErrorTimeout) as caught:
            next(pages)
    assert caught.value.records_may_be_lost is True
    assert emulator.admin.requests_received(stream.queue) == 2


@pytest.mark.parametrize("stream", STREAMS, ids=IDS)
def test_async_queue_iterator_yields_whole_pages_and_an_early_stop_loses_nothing(
    emulator: Emulator, clock: Clock, stream: Stream
) -> None:
    total = 2 * stream.page_size + stream.page_size // 2
    put_records(emulator, clock, stream, distinct_numbers(total), clock.now - 10)

    async def main() -> tuple[list[Any], list[list[Any]]]:
        async with emulator.async_client() as client:
            pages: AsyncGenerator[list[Any]] = stream.iter_queue(client, sms_sdk_app_id=APP_ID)
            first = await anext(pages)
            await pages.aclose()
            rest = [page async for page in stream.iter_queue(client, sms_sdk_app_id=APP_ID)]
        return first, rest

    first, rest = asyncio.run(main())
    assert [len(first)] + [len(page) for page in rest] == [stream.page_size] * 2 + [
        stream.page_size // 2
    ]
    found = keys(stream, first) + [key for page in rest for key in keys(stream, page)]
    assert len(set(found)) == total == len(found)
    assert emulator.admin.requests_received(stream.queue) == 1 + len(rest) + 1


# Time windows


def expected_requests(seconds: list[int], begin: int, end: int, page_size: int) -> int:
    """The windows ``TimeWindows`` asks for, under the emulator's inclusive bounds."""
    requests, pending = 0, [(begin, end)]
    while pending:
        window_begin, window_end = pending.pop()
        requests += 1
        found = sum(window_begin <= second <= window_end for second in seconds)
        if found >= page_size and window_end - window_begin >= 2:
            middle = (window_begin + window_end) // 2
            pending += [(middle, window_end), (window_begin, middle)]
    return requests


def crowded_window(stream: Stream, begin: int) -> tuple[int, list[int]]:
    """A window of 8 seconds holding more records than a page: two crowds that each fill most of a
    page, and a few records at the middle second, where the window's halves meet. Returns its end
    and each record's second."""
    crowd, middle_records = stream.window_page_size * 3 // 5, stream.window_page_size // 10
    seconds = [begin + 1] * crowd + [begin + 4] * middle_records + [begin + 6] * crowd
    end = begin + 8
    # More than a page, so the window is split, and no window of one second is full.
    assert expected_requests(seconds, begin, end, stream.window_page_size) > 1
    assert max(seconds.count(s) + seconds.count(s + 1) for s in seconds) < stream.window_page_size
    return end, seconds


def fill_window(emulator: Emulator, clock: Clock, stream: Stream, seconds: list[int]) -> None:
    for second in sorted(set(seconds)):
        put_records(emulator, clock, stream, [NUMBER] * seconds.count(second), second)


def assert_each_record_once_in_time_order(
    stream: Stream, records: list[Any], seconds: list[int]
) -> None:
    assert len(set(keys(stream, records))) == len(records) == len(seconds)
    times = [getattr(record, stream.time) for record in records]
    assert times == sorted(seconds)


@pytest.mark.parametrize("stream", STREAMS, ids=IDS)
def test_the_window_iterator_splits_a_full_window_and_yields_each_record_once_in_time_order(
    emulator: Emulator, clock: Clock, stream: Stream
) -> None:
    begin = clock.now - 120
    end, seconds = crowded_window(stream, begin)
    fill_window(emulator, clock, stream, seconds)
    with emulator.client() as client:
        records = list(
            stream.iter_window(
                client, begin_time=begin, end_time=end, phone_number=NUMBER, sms_sdk_app_id=APP_ID
            )
        )
    assert_each_record_once_in_time_order(stream, records, seconds)
    assert emulator.admin.requests_received(stream.by_phone_number) == expected_requests(
        seconds, begin, end, stream.window_page_size
    )


@pytest.mark.parametrize("stream", STREAMS, ids=IDS)
def test_async_window_iterator_yields_each_record_once_in_time_order(
    emulator: Emulator, clock: Clock, stream: Stream
) -> None:
    begin = clock.now - 120
    end, seconds = crowded_window(stream, begin)
    fill_window(emulator, clock, stream, seconds)

    async def main() -> list[Any]:
        async with emulator.async_client() as client:
            return [
                record
                async for record in stream.iter_window(
                    client,
                    begin_time=begin,
                    end_time=end,
                    phone_number=NUMBER,
                    sms_sdk_app_id=APP_ID,
                )
            ]

    assert_each_record_once_in_time_order(stream, asyncio.run(main()), seconds)
    assert emulator.admin.requests_received(stream.by_phone_number) == expected_requests(
        seconds, begin, end, stream.window_page_size
    )


@pytest.mark.parametrize("stream", STREAMS, ids=IDS)
def test_a_full_window_of_one_second_is_yielded_with_a_warning(
    emulator: Emulator, clock: Clock, stream: Stream, caplog: pytest.LogCaptureFixture
) -> None:
    second = clock.now - 60
    seconds = [second] * (stream.window_page_size + 1)
    fill_window(emulator, clock, stream, seconds)
    with emulator.client() as client, caplog.at_level(logging.WARNING, logger="tcsms"):
        records = list(
            stream.iter_window(
                client,
                begin_time=second,
                end_time=second + 1,
                phone_number=NUMBER,
                sms_sdk_app_id=APP_ID,
            )
        )
    # What the service returned, once: it cannot be split, and raising would lose it.
    assert len(set(keys(stream, records))) == len(records) == stream.window_page_size
    assert emulator.admin.requests_received(stream.by_phone_number) == 1
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert stream.by_phone_number in warning.getMessage()
    assert RECORDS_MAY_BE_MISSING in warning.getMessage()


def test_the_window_ends_now_when_no_end_time_is_given(emulator: Emulator, clock: Clock) -> None:
    [stream, *_] = STREAMS
    put_records(emulator, clock, stream, [NUMBER], clock.now - 5)
    with emulator.client() as client:
        records = list(
            stream.iter_window(
                client, begin_time=clock.now - 60, phone_number=NUMBER, sms_sdk_app_id=APP_ID
            )
        )
    assert len(records) == 1


@pytest.mark.parametrize("stream", STREAMS, ids=IDS)
def test_a_page_size_below_one_is_refused_before_anything_is_sent(
    emulator: Emulator, stream: Stream
) -> None:
    with emulator.client() as client:
        with pytest.raises(ValidationError, match="page_size"):
            next(stream.iter_queue(client, sms_sdk_app_id=APP_ID, page_size=0))
        with pytest.raises(ValidationError, match="page_size"):
            next(
                stream.iter_window(
                    client, begin_time=0, phone_number=NUMBER, sms_sdk_app_id=APP_ID, page_size=0
                )
            )
    assert emulator.admin.requests_received() == 0


# The bounds: the documents do not say whether BeginTime and EndTime are inclusive.

Bounds = Callable[[int, int, int], bool]
BOUNDS: dict[str, Bounds] = {
    "inclusive": lambda begin, end, second: begin <= second <= end,
    "end exclusive": lambda begin, end, second: begin <= second < end,
    "begin exclusive": lambda begin, end, second: begin < second <= end,
}


@pytest.mark.parametrize("bounds", BOUNDS.values(), ids=BOUNDS.keys())
def test_time_windows_lose_and_repeat_nothing_however_the_service_reads_the_bounds(
    bounds: Bounds,
) -> None:
    page_size = 10
    records = [(second, index) for second in range(101, 140, 3) for index in range(4)]
    records += [(120, index) for index in range(4, 9)]  # crowds a middle second
    records.sort()
    windows: TimeWindows[tuple[int, int]] = TimeWindows("Pull", 100, 140, page_size)
    found: list[tuple[int, int]] = []
    while (window := windows.next_window()) is not None:
        page = [r for r in records if bounds(window.begin, window.end, r[0])][:page_size]
        found += windows.received(page)
    # Only a window read as empty at both ends could lose its edges: none of these is.
    assert found == [r for r in records if bounds(100, 140, r[0])]
