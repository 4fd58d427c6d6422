"""The emulator's inbox page with 10,000 messages (``run.py --inbox``): bytes and render time.

The messages are sent through the API (200 numbers a request, 1,000 numbers, ten messages each),
with a reply to every tenth number; then ``GET /_inbox``, one number's page, an older page and
``GET /_inbox.json`` are each fetched over one kept-alive loopback connection, and the median time
of a request (sent to answer read) is reported.
"""

from __future__ import annotations

import http.client
import json
import statistics
import time
from typing import TYPE_CHECKING

from run import row

if TYPE_CHECKING:
    from tcsms.emulator import Emulator

MESSAGES = 10_000
NUMBERS = 1_000
PER_REQUEST = 200
RUNS = 50


def _numbers() -> list[str]:
    return [f"+86137{index:08d}" for index in range(NUMBERS)]


def _fill(emulator: Emulator) -> None:
    seeded = emulator.admin.seed(template_content="Your code is {1}, valid for {2} minutes")
    numbers = _numbers()
    with emulator.client() as client:
        for sent in range(0, MESSAGES, PER_REQUEST):
            start = sent % NUMBERS
            client.send_sms(
                phone_number_set=numbers[start : start + PER_REQUEST],
                template_param_set=[f"{sent:06d}", "5"],
                **seeded,
            )
    for number in numbers[::10]:
        emulator.admin.inject_reply(number, "Thanks, got it", seeded["sms_sdk_app_id"])


def _measure(host: str, port: int, target: str) -> tuple[int, float]:
    """(bytes of the body, median milliseconds per request) of RUNS GETs after a warm-up."""
    connection = http.client.HTTPConnection(host, port, timeout=30)
    samples = []
    size = 0
    try:
        for run in range(RUNS + 5):
            started = time.perf_counter()
            connection.request("GET", target)
            answer = connection.getresponse()
            body = answer.read()
            elapsed = (time.perf_counter() - started) * 1000
            assert answer.status == 200, (answer.status, body[:200])
            size = len(body)
            if run >= 5:
                samples.append(elapsed)
    finally:
        connection.close()
    return size, statistics.median(samples)


def measures() -> list[tuple[str, int, float]]:
    """(what, bytes, median ms) of each inbox read at MESSAGES messages."""
    from tcsms.emulator import Emulator

    with Emulator(rate_limits=False) as emulator:
        _fill(emulator)
        assert emulator.admin.message_count() == MESSAGES
        host, port = emulator.host, emulator.port
        first = _measure(host, port, "/_inbox.json")
        connection = http.client.HTTPConnection(host, port, timeout=30)
        connection.request("GET", "/_inbox.json")
        cursor = json.loads(connection.getresponse().read())["next_before"]
        connection.close()
        return [
            ("GET /_inbox", *_measure(host, port, "/_inbox")),
            ("GET /_inbox?phone=13700000007", *_measure(host, port, "/_inbox?phone=13700000007")),
            ("GET /_inbox?before=... (page 2)", *_measure(host, port, f"/_inbox?before={cursor}")),
            ("GET /_inbox.json", *first),
        ]


def rows() -> list[str]:
    return [
        row(
            f"inbox, {MESSAGES:,} messages: {what}",
            f"{milliseconds:.1f} ms",
            f"{size:,} bytes; median of {RUNS}, loopback",
        )
        for what, size, milliseconds in measures()
    ]


if __name__ == "__main__":
    print("\n".join(rows()))
