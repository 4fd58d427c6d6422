"""The emulator reads requests as their bytes arrive: however the bytes are split, the requests it
reads, and the errors it finds, are the same. Unit tests of ``http.ChunkedBody`` and of
``connection.Connection`` over a fake transport, with every split point and many random ones."""

from __future__ import annotations

import asyncio
import itertools
import random
from typing import Any

import pytest

from tcsms.emulator.connection import Connection, Reply, Timeouts
from tcsms.emulator.http import MAX_HEAD, ChunkedBody, HttpError, RequestHead, TooLarge
from tcsms.emulator.watchdog import Watchdog
from tcsms.emulator.web import WebAnswer

SEED = 20261130
LIMIT = 1000


def splits(data: bytes, rounds: int = 200) -> list[list[bytes]]:
    """``data`` cut at every single point, then at random points, many times."""
    cuts = [[data[:point], data[point:]] for point in range(len(data) + 1)]
    chooser = random.Random(SEED)
    for _ in range(rounds):
        points = sorted(
            chooser.sample(range(1, len(data)), min(len(data) - 1, chooser.randint(1, 12)))
        )
        edges = [0, *points, len(data)]
        cuts.append([data[a:b] for a, b in itertools.pairwise(edges)])
    return cuts


def chunked(*pieces: bytes, trailers: bytes = b"") -> bytes:
    encoded = b"".join(b"%x;ext=1\r\n%s\r\n" % (len(piece), piece) for piece in pieces)
    return encoded + b"0\r\n" + trailers + b"\r\n"


def decode(parts: list[bytes], limit: int = LIMIT) -> tuple[bytes | None, bytes]:
    """Feeds ``parts`` one by one, as they would arrive: the body (None if incomplete) and what
    is left in the buffer after it."""
    decoder = ChunkedBody(limit)
    buffer = bytearray()
    for index, part in enumerate(parts):
        buffer += part
        body = decoder.feed(buffer)
        if body is not None:
            return body, bytes(buffer) + b"".join(parts[index + 1 :])
    return None, bytes(buffer)


def outcome(parts: list[bytes], limit: int = LIMIT) -> object:
    try:
        return decode(parts, limit)
    except HttpError as error:
        return ("HttpError", error.status, error.message)
    except TooLarge:
        return "TooLarge"


def test_a_chunked_body_reads_the_same_however_it_arrives() -> None:
    data = chunked(b"hello", b"x" * 300, b"\r\n in data", trailers=b"X-T: 1\r\n") + b"NEXT"
    for parts in splits(data):
        assert decode(parts) == (b"hello" + b"x" * 300 + b"\r\n in data", b"NEXT"), parts


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"zz\r\nabc\r\n0\r\n\r\n", ("HttpError", 400, "malformed chunk size")),
        (b"3\r\nabcd\r\n0\r\n\r\n", ("HttpError", 400, "a chunk is longer than its size")),
        (b"%x\r\n" % (LIMIT + 1) + b"a" * 10, "TooLarge"),
        (b"200\r\n" + b"a" * 512 + b"\r\n200\r\n" + b"b" * 512 + b"\r\n0\r\n\r\n", "TooLarge"),
    ],
    ids=["bad-size", "longer-than-size", "one-chunk-over", "total-over"],
)
def test_a_bad_chunked_body_fails_the_same_however_it_arrives(
    data: bytes, expected: object
) -> None:
    for parts in splits(data, rounds=50):
        assert outcome(parts) == expected, parts


def test_trailers_over_the_head_limit_are_refused_however_they_arrive() -> None:
    trailers = b"".join(b"X-%d: %s\r\n" % (n, b"t" * 1000) for n in range(MAX_HEAD // 1000 + 2))
    data = chunked(b"abc", trailers=trailers)
    cuts = [[data], [data[: len(data) // 2], data[len(data) // 2 :]], [data[:7], data[7:]]]
    for parts in cuts:
        assert outcome(parts, limit=10 * MAX_HEAD) == (
            "HttpError",
            431,
            "the trailers are over the head limit",
        )


# The connection over a fake transport


class FakeTransport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.written = bytearray()
        self.closed = False

    def write(self, data: Any) -> None:
        self.written += data

    def close(self) -> None:
        self.closed = True

    def abort(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def can_write_eof(self) -> bool:
        return True

    def write_eof(self) -> None:
        pass

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return default


class Recorder:
    """A handler that answers every request ``ok`` and records what it read."""

    def __init__(self) -> None:
        self.read: list[tuple[str, str, bytes]] = []

    def accept(self, head: RequestHead) -> int | Reply:
        return LIMIT

    def too_large(self, head: RequestHead) -> Reply:
        return Reply(WebAnswer(413, "text/plain", b"too large"), linger=LIMIT)

    def answer(self, head: RequestHead, body: bytes) -> Reply:
        self.read.append((head.method, head.target, body))
        return Reply(WebAnswer(200, "text/plain", b"ok"))

    def refuse(self, head: RequestHead | None, status: int, message: str) -> WebAnswer:
        return WebAnswer(status, "text/plain", message.encode())


async def serve(parts: list[bytes]) -> tuple[list[tuple[str, str, bytes]], bytes, bool]:
    handler = Recorder()
    transport = FakeTransport()
    connection = Connection(handler, Timeouts(10, 10, 10), Watchdog(1.0), set())
    connection.connection_made(transport)
    for part in parts:
        connection.data_received(part)
    connection.connection_lost(None)
    return handler.read, bytes(transport.written), transport.closed


PIPELINED = (
    b"POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
    b"GET /b?q=1 HTTP/1.1\r\nHost: x\r\n\r\n"
    b"POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    + chunked(b"chunk", b"ed")
    + b"POST /d HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
)


def test_pipelined_requests_read_the_same_however_they_arrive() -> None:
    expected = [
        ("POST", "/a", b"hello"),
        ("GET", "/b?q=1", b""),
        ("POST", "/c", b"chunked"),
        ("POST", "/d", b""),
    ]
    for parts in splits(PIPELINED, rounds=100):
        read, written, closed = asyncio.run(serve(parts))
        assert read == expected, parts
        assert written.count(b"HTTP/1.1 200 OK\r\n") == 4
        assert written.endswith(b"Connection: close\r\n\r\nok") and closed


@pytest.mark.parametrize(
    ("data", "status"),
    [
        (b"GET / HTTP/1.1\r\nBad Header\r\n\r\n", 400),
        (b"GET / HTTP/1.1\r\nX: a\x00b\r\n\r\n", 400),
        (b"GET / HTTP/1.1\r\nContent-Length: 1_0\r\n\r\n", 400),
        (b"POST / HTTP/1.1\r\nContent-Length: %d\r\n\r\n" % (LIMIT + 1), 413),
    ],
    ids=["no-colon", "control-character", "underscore-length", "over-the-limit"],
)
def test_a_bad_request_is_answered_the_same_however_it_arrives(data: bytes, status: int) -> None:
    for parts in splits(data, rounds=30):
        read, written, closed = asyncio.run(serve(parts))
        assert read == [], parts
        assert written.startswith(b"HTTP/1.1 %d " % status), written
        assert closed or status == 413  # a 413 lingers to drop the body, then closes
