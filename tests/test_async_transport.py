"""The async transport against loopback servers running in the test's own event loop.

Each test is a plain function running a coroutine with ``asyncio.run``. The server is a small
``asyncio.Protocol`` that counts connections and requests, and lets each test answer as it likes:
chunked, ``Connection: close``, slowly, never, or with garbage.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import pytest

from tcsms import errors
from tcsms._async_transport import AsyncTransport, ResponseParser
from tcsms._core import Endpoint, PreparedRequest

JSON = b'{"Response": {"RequestId": "req-1"}}'


@dataclass(frozen=True)
class Received:
    """One request as the server read it."""

    head: str
    body: bytes
    connection: int


Handler = Callable[[Received, asyncio.Transport], Coroutine[Any, Any, None]]


def response(body: bytes = JSON, *, status: str = "200 OK", headers: tuple[str, ...] = ()) -> bytes:
    head = [f"HTTP/1.1 {status}", "Content-Type: application/json", *headers]
    head.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


async def answer_ok(request: Received, transport: asyncio.Transport) -> None:
    transport.write(response())


class LoopbackServer:
    """An HTTP/1.1 server on 127.0.0.1 that hands every request to ``handler``."""

    def __init__(self, handler: Handler = answer_ok) -> None:
        self.handler = handler
        self.requests: list[Received] = []
        self.connections_made = 0
        self.open_connections = 0
        self.max_open_connections = 0
        self._transports: set[asyncio.Transport] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    async def __aenter__(self) -> LoopbackServer:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(lambda: _ServerConnection(self), "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.close()
        for task in self._tasks:
            task.cancel()
        for transport in self._transports:
            transport.abort()
        await asyncio.sleep(0)

    @property
    def endpoint(self) -> Endpoint:
        return Endpoint("http", "127.0.0.1", self.port)

    def transport(self, **options: Any) -> AsyncTransport:
        options.setdefault("connect_timeout", 2.0)
        options.setdefault("read_timeout", 2.0)
        return AsyncTransport(self.endpoint, **options)

    async def wait_until(self, condition: Callable[[], bool], timeout: float = 2.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            assert time.monotonic() < deadline, "the server never saw the expected state"
            await asyncio.sleep(0.005)

    def _opened(self, transport: asyncio.Transport) -> int:
        self.connections_made += 1
        self.open_connections += 1
        self.max_open_connections = max(self.max_open_connections, self.open_connections)
        self._transports.add(transport)
        return self.connections_made

    def _closed(self, transport: asyncio.Transport) -> None:
        self.open_connections -= 1
        self._transports.discard(transport)

    def _received(self, request: Received, transport: asyncio.Transport) -> None:
        self.requests.append(request)
        task = asyncio.get_running_loop().create_task(self.handler(request, transport))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


class _ServerConnection(asyncio.Protocol):
    def __init__(self, server: LoopbackServer) -> None:
        self.server = server
        self.buffer = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.number = self.server._opened(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self.server._closed(self.transport)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end].decode("latin-1")
            length = next(
                (
                    int(line.split(":", 1)[1])
                    for line in head.split("\r\n")
                    if line.lower().startswith("content-length:")
                ),
                0,
            )
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            self.server._received(Received(head, body, self.number), self.transport)


def run(test: Callable[[], Coroutine[Any, Any, None]]) -> Callable[[], None]:
    """Turns an async test into a plain one (pytest-asyncio is not a dependency)."""

    def plain() -> None:
        asyncio.run(test())

    plain.__name__ = test.__name__
    plain.__doc__ = test.__doc__
    return plain


def request(number: int = 1) -> PreparedRequest:
    headers = {"Content-Type": "application/json", "X-TC-Action": "SendSms"}
    return PreparedRequest("SendSms", "POST", "/", headers, b'{"Number": %d}' % number)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@run
async def test_sends_a_post_to_root_with_headers_host_and_content_length() -> None:
    async with LoopbackServer() as server:
        transport = server.transport()
        answer = await transport.send(request(7))
        await transport.close()
    assert answer.status == 200
    assert answer.body == JSON
    assert answer.headers["Content-Type"] == "application/json"
    (received,) = server.requests
    lines = received.head.split("\r\n")
    assert lines[0] == "POST / HTTP/1.1"
    assert f"Host: 127.0.0.1:{server.port}" in lines
    assert "X-TC-Action: SendSms" in lines
    assert "Content-Length: 13" in lines
    assert received.body == b'{"Number": 7}'


@run
async def test_sends_a_get_with_its_query_and_no_content_length() -> None:
    async with LoopbackServer() as server:
        transport = server.transport()
        get = PreparedRequest("SendSms", "GET", "/?Action=SendSms&Nonce=1", {}, b"")
        answer = await transport.send(get)
        await transport.close()
    assert answer.body == JSON
    (received,) = server.requests
    lines = received.head.split("\r\n")
    assert lines[0] == "GET /?Action=SendSms&Nonce=1 HTTP/1.1"
    assert not [line for line in lines if line.lower().startswith("content-length")]


@run
async def test_keeps_one_connection_alive_across_sequential_requests() -> None:
    async with LoopbackServer() as server:
        transport = server.transport()
        for number in range(5):
            assert (await transport.send(request(number))).status == 200
        await transport.close()
    assert server.connections_made == 1
    assert len(server.requests) == 5


@run
async def test_reads_a_chunked_response_written_in_pieces() -> None:
    async def chunked(request: Received, transport: asyncio.Transport) -> None:
        head = b"HTTP/1.1 200 OK\r\nTRANSFER-encoding: Chunked\r\n\r\n"
        pieces = [
            head,
            b"5;ext=1\r\nhello\r",
            b"\n6\r\n world\r\n",
            b"0\r\n",
            b"X-Trailer: 1\r\n\r\n",
        ]
        for piece in pieces:
            transport.write(piece)
            await asyncio.sleep(0.01)

    async with LoopbackServer(chunked) as server:
        transport = server.transport()
        first = await transport.send(request(1))
        second = await transport.send(request(2))
        await transport.close()
    assert first.body == second.body == b"hello world"
    assert server.connections_made == 1, "a complete chunked response leaves the connection usable"


@run
async def test_a_connection_close_response_is_read_and_the_connection_not_reused() -> None:
    async def close_after(request: Received, transport: asyncio.Transport) -> None:
        transport.write(response(headers=("Connection: close",)))

    async with LoopbackServer(close_after) as server:
        transport = server.transport()
        first = await transport.send(request(1))
        second = await transport.send(request(2))
        await transport.close()
    assert first.body == second.body == JSON
    assert [r.connection for r in server.requests] == [1, 2]


@run
async def test_an_idle_connection_the_server_closed_is_replaced_and_sent_to_once() -> None:
    async def answer_then_hang_up(request: Received, transport: asyncio.Transport) -> None:
        transport.write(response())
        if request.connection == 1:
            await asyncio.sleep(0.01)
            transport.close()  # an idle timeout on the server side, no Connection: close

    async with LoopbackServer(answer_then_hang_up) as server:
        transport = server.transport()
        await transport.send(request(1))
        await server.wait_until(lambda: server.open_connections == 0)
        await asyncio.sleep(0.01)  # the client's event loop sees the EOF too
        second = await transport.send(request(2))
        await transport.close()
    assert second.body == JSON
    assert [(r.connection, r.body) for r in server.requests] == [
        (1, b'{"Number": 1}'),
        (2, b'{"Number": 2}'),
    ]


@run
async def test_an_http_1_0_response_without_length_is_read_to_the_end_of_the_connection() -> None:
    async def old_server(request: Received, transport: asyncio.Transport) -> None:
        transport.write(b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n")
        await asyncio.sleep(0.01)
        transport.write(JSON)
        transport.close()

    async with LoopbackServer(old_server) as server:
        transport = server.transport()
        first = await transport.send(request(1))
        second = await transport.send(request(2))
        await transport.close()
    assert first.body == second.body == JSON
    assert server.connections_made == 2


@run
async def test_skips_an_interim_response_and_reads_a_bodiless_status() -> None:
    async def interim_then_no_content(request: Received, transport: asyncio.Transport) -> None:
        transport.write(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nX-Id: 1\r\n\r\n")

    async with LoopbackServer(interim_then_no_content) as server:
        transport = server.transport()
        answer = await transport.send(request())
        again = await transport.send(request())
        await transport.close()
    assert (answer.status, answer.body, answer.headers) == (204, b"", {"X-Id": "1"})
    assert again.status == 204
    assert server.connections_made == 1


def test_the_parser_accepts_a_response_one_byte_at_a_time() -> None:
    raw = b"HTTP/1.1 200 OK\r\ncontent-LENGTH: 3\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\nabc"
    parser = ResponseParser()
    done = [parser.feed(raw[i : i + 1]) for i in range(len(raw))]
    assert done == [False] * (len(raw) - 1) + [True]
    result = parser.result()
    assert (result.status, result.body) == (200, b"abc")
    assert result.headers["Set-Cookie"] == "a=1, b=2"
    assert parser.keep_alive


@pytest.mark.parametrize(
    "raw",
    [
        b"ICY 200 OK\r\n\r\n",
        b"HTTP/1.1 2x0 OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n",
    ],
)
def test_the_parser_rejects_broken_framing(raw: bytes) -> None:
    from tcsms._async_transport import ProtocolError

    with pytest.raises(ProtocolError):
        ResponseParser().feed(raw)


@run
async def test_a_malformed_response_is_a_network_error_after_sending() -> None:
    async def garbage(request: Received, transport: asyncio.Transport) -> None:
        transport.write(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")

    async with LoopbackServer(garbage) as server:
        transport = server.transport()
        with pytest.raises(errors.NetworkError) as caught:
            await transport.send(request())
        await transport.close()
    assert caught.value.request_sent is True
    assert not isinstance(caught.value, errors.RequestTimeoutError)


@run
async def test_a_connection_closed_after_the_request_is_a_network_error_after_sending() -> None:
    async def hang_up(request: Received, transport: asyncio.Transport) -> None:
        transport.abort()

    async with LoopbackServer(hang_up) as server:
        transport = server.transport()
        with pytest.raises(errors.NetworkError) as caught:
            await transport.send(request())
        await transport.close()
    assert caught.value.request_sent is True
    assert len(server.requests) == 1


@run
async def test_a_refused_connection_is_a_network_error_before_sending() -> None:
    transport = AsyncTransport(
        Endpoint("http", "127.0.0.1", free_port()), connect_timeout=2.0, read_timeout=2.0
    )
    with pytest.raises(errors.NetworkError) as caught:
        await transport.send(request())
    await transport.close()
    assert caught.value.request_sent is False
    assert not isinstance(caught.value, errors.RequestTimeoutError)
    assert "SendSms" in str(caught.value)


@run
async def test_a_server_that_never_answers_is_a_timeout_after_sending() -> None:
    async def silent(request: Received, transport: asyncio.Transport) -> None:
        pass

    async with LoopbackServer(silent) as server:
        transport = server.transport(read_timeout=0.2)
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError) as caught:
            await transport.send(request())
        elapsed = time.monotonic() - started
        await transport.close()
    assert caught.value.request_sent is True
    assert 0.15 < elapsed < 1.5


@run
async def test_a_per_call_read_timeout_overrides_the_default() -> None:
    async def slow(request: Received, transport: asyncio.Transport) -> None:
        await asyncio.sleep(0.3)
        transport.write(response())

    async with LoopbackServer(slow) as server:
        patient = server.transport(read_timeout=0.1)
        assert (await patient.send(request(), read_timeout=2.0)).status == 200
        await patient.close()

        hasty = server.transport(read_timeout=30.0)
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError):
            await hasty.send(request(), read_timeout=0.1)
        assert time.monotonic() - started < 1.0
        await hasty.close()


@run
async def test_200_concurrent_tasks_share_at_most_max_connections() -> None:
    async def slightly_slow(request: Received, transport: asyncio.Transport) -> None:
        await asyncio.sleep(0.005)
        transport.write(response(request.body))

    async with LoopbackServer(slightly_slow) as server:
        transport = server.transport(max_connections=10)
        answers = await asyncio.gather(*(transport.send(request(n)) for n in range(200)))
        await transport.close()
    assert [answer.body for answer in answers] == [request(n).body for n in range(200)]
    assert server.max_open_connections == 10
    assert server.connections_made == 10
    assert len(server.requests) == 200


@run
async def test_a_cancelled_request_does_not_leave_its_connection_in_the_pool() -> None:
    async def slow_first(request: Received, transport: asyncio.Transport) -> None:
        if request.connection == 1:
            await asyncio.sleep(0.3)
        transport.write(response(request.body))

    async with LoopbackServer(slow_first) as server:
        transport = server.transport()
        task = asyncio.get_running_loop().create_task(transport.send(request(1)))
        await server.wait_until(lambda: len(server.requests) == 1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        answer = await transport.send(request(2))
        await asyncio.sleep(0.4)  # the late answer to the first request reaches no one
        again = await transport.send(request(3))
        await transport.close()
    assert (answer.body, again.body) == (request(2).body, request(3).body)
    assert [r.connection for r in server.requests] == [1, 2, 2]


@run
async def test_close_closes_every_connection_and_refuses_new_requests() -> None:
    async def slightly_slow(request: Received, transport: asyncio.Transport) -> None:
        await asyncio.sleep(0.01)
        transport.write(response())

    async with LoopbackServer(slightly_slow) as server:
        transport = server.transport()
        await asyncio.gather(*(transport.send(request(n)) for n in range(5)))
        assert server.open_connections == 5
        await transport.close()
        await server.wait_until(lambda: server.open_connections == 0)
        with pytest.raises(errors.NetworkError) as caught:
            await transport.send(request())
    assert caught.value.request_sent is False
    assert server.connections_made == 5


@run
async def test_close_fails_a_request_in_flight() -> None:
    async def silent(request: Received, transport: asyncio.Transport) -> None:
        pass

    async with LoopbackServer(silent) as server:
        transport = server.transport()
        task = asyncio.get_running_loop().create_task(transport.send(request()))
        await server.wait_until(lambda: len(server.requests) == 1)
        await transport.close()
        with pytest.raises(errors.NetworkError) as caught:
            await task
        await server.wait_until(lambda: server.open_connections == 0)
    assert caught.value.request_sent is True


@run
async def test_a_header_value_with_a_line_break_is_refused_before_sending() -> None:
    async with LoopbackServer() as server:
        transport = server.transport()
        bad = PreparedRequest("SendSms", "POST", "/", {"X-TC-Region": "a\r\nX-Evil: 1"}, b"{}")
        with pytest.raises(errors.ValidationError):
            await transport.send(bad)
        await transport.close()
    assert server.connections_made == 0


def test_a_failed_name_lookup_is_a_network_error_before_sending(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def no_such_host(*args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(asyncio.base_events.BaseEventLoop, "getaddrinfo", no_such_host)

    async def scenario() -> None:
        endpoint = Endpoint("https", "sms.example.invalid", 443)
        transport = AsyncTransport(endpoint, connect_timeout=2.0, read_timeout=2.0)
        with pytest.raises(errors.NetworkError) as caught:
            await transport.send(request())
        await transport.close()
        assert caught.value.request_sent is False
        assert not isinstance(caught.value, errors.RequestTimeoutError)

    asyncio.run(scenario())


def test_a_connect_timeout_is_a_timeout_before_sending(monkeypatch: pytest.MonkeyPatch) -> None:
    async def never_connects(*args: Any, **kwargs: Any) -> None:
        await asyncio.sleep(30)

    monkeypatch.setattr(
        asyncio.selector_events.BaseSelectorEventLoop, "sock_connect", never_connects
    )

    async def scenario() -> None:
        endpoint = Endpoint("http", "127.0.0.1", free_port())
        transport = AsyncTransport(endpoint, connect_timeout=0.1, read_timeout=30.0)
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError) as caught:
            await transport.send(request())
        assert time.monotonic() - started < 1.0
        await transport.close()
        assert caught.value.request_sent is False

        # The per-call connect_timeout overrides the transport's.
        patient = AsyncTransport(endpoint, connect_timeout=30.0, read_timeout=30.0)
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError):
            await patient.send(request(), connect_timeout=0.1)
        assert time.monotonic() - started < 1.0
        await patient.close()

    asyncio.run(scenario())
