# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/connection.py; edit it there.
"""One client connection: requests read as their bytes arrive, answered in order, with deadlines.

An ``asyncio.Protocol``: a request whose bytes are all there is read, answered and written in the
callback that received them, with no task to wake per request. What to answer is the
``Handler``'s (the emulator's); this module only frames requests and answers:

- the head is parsed once it is complete (``http.py``; 400 when malformed, 431 when too long),
  then the handler ``accept``s it with the body limit, or answers at once (a refusal, a dropped
  connection); a body over the limit is refused as soon as its size says so, chunks included;
  a client that asks (``Expect: 100-continue``) is told to send an accepted body;
- phases and their deadlines (``watchdog.py``): ``idle`` between requests (closed quietly),
  ``head`` from a request's first byte and ``body`` after its head (408), ``answer`` while an
  injected delay runs, ``send`` while a client does not read its answer (closed), ``linger``
  after an early answer (what the client still sends is dropped for a while, so that it reads
  the answer rather than a reset);
- pipelined requests are answered one after another; reading pauses while an answer waits.

Nothing here raises into asyncio: a failure is answered (500) or ends the connection quietly.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from .http import ChunkedBody, HttpError, RequestHead, TooLarge, head_end, parse_head
from .watchdog import Watchdog
from .web import WebAnswer

__all__ = ["LINGER_SECONDS", "Connection", "Handler", "Reply", "Timeouts"]

LINGER_SECONDS = 2.0
_STATUS_TEXT = {
    200: "OK",
    303: "See Other",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    413: "Content Too Large",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
}


@dataclass(slots=True)
class Reply:
    """What to do with one request: send ``answer``, after ``delay`` seconds.

    ``close`` closes the connection once it is sent; ``linger`` (bytes) closes it after dropping
    at most that much of what the client still sends; ``drop`` closes it instead of answering.
    ``sent`` runs once the answer is written (the request log).
    """

    answer: WebAnswer
    close: bool = False
    linger: int = 0
    delay: float = 0.0
    drop: bool = False
    sent: Callable[[], None] | None = None


class Handler(Protocol):
    def accept(self, head: RequestHead) -> int | Reply:
        """The most body bytes this request may have, or the reply to send without reading it."""

    def too_large(self, head: RequestHead) -> Reply:
        """The reply to a request whose body is over the limit ``accept`` gave."""

    def answer(self, head: RequestHead, body: bytes) -> Reply:
        """The reply to a complete request."""

    def refuse(self, head: RequestHead | None, status: int, message: str) -> WebAnswer:
        """The answer to a request that cannot be read (``head`` None if its head could not)."""


@dataclass(frozen=True, slots=True)
class Timeouts:
    header: float
    body: float
    idle: float


class Connection(asyncio.Protocol):
    """Serves one client; ``connections`` holds the open ones, for the server to close."""

    def __init__(
        self,
        handler: Handler,
        timeouts: Timeouts,
        watchdog: Watchdog,
        connections: set[Connection],
    ) -> None:
        self._handler = handler
        self._timeouts = timeouts
        self._watchdog = watchdog
        self._connections = connections
        self._deadline = watchdog.watch(self._expired)
        self._transport: asyncio.Transport | None = None
        self._buffer = bytearray()
        self._scanned = 0  # how much of the buffer is known not to hold a head's end
        self._head: RequestHead | None = None  # read, its body not yet
        self._length = 0  # the body's Content-Length, when not chunked
        self._chunked: ChunkedBody | None = None
        self._waiting: asyncio.TimerHandle | None = None  # an injected delay
        self._writing_paused = False
        self._lingering = 0  # bytes still to drop before closing; 0 when not lingering
        self._client_done = False  # the client sent its end of the stream

    # asyncio's callbacks

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self._connections.add(self)
        self._deadline.wait("idle", self._timeouts.idle)

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None
        self._connections.discard(self)
        self._watchdog.forget(self._deadline)
        if self._waiting is not None:
            self._waiting.cancel()

    def data_received(self, data: bytes) -> None:
        if self._lingering:
            self._lingering -= len(data)
            if self._lingering <= 0:
                self.close()
            return
        self._buffer += data
        if self._waiting is None and not self._writing_paused:
            self._serve()

    def eof_received(self) -> bool:
        self._client_done = True
        if self._lingering or self._transport is None:
            return False
        if self._waiting is not None or self._writing_paused:
            # An answer is still due; a TLS transport cannot stay half open, so it closes.
            return not self._is_tls()
        if self._head is not None or self._buffer:
            part = "body" if self._head is not None else "head"
            self._give_up(400, f"the connection closed inside the request {part}")
        return False

    def pause_writing(self) -> None:
        self._writing_paused = True
        self._deadline.wait("send", self._timeouts.body)  # a client that does not read goes
        if self._transport is not None:
            self._transport.pause_reading()

    def resume_writing(self) -> None:
        self._writing_paused = False
        if self._transport is None or self._transport.is_closing():
            return
        self._transport.resume_reading()
        self._deadline.wait("idle", self._timeouts.idle)
        self._serve()

    # Serving

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    def abort(self) -> None:
        if self._transport is not None:
            self._transport.abort()

    def _serve(self) -> None:
        """Answers every complete request in the buffer, in order."""
        try:
            while self._transport is not None and not self._transport.is_closing():
                if self._head is None and not self._read_head():
                    return
                body = self._read_body()
                if body is None:
                    return
                head, self._head = self._head, None
                assert head is not None
                self._reply(head, self._handler.answer(head, body))
                if self._waiting is not None or self._writing_paused:
                    return
        except HttpError as error:
            self._give_up(error.status, error.message)
        except TooLarge:
            head, self._head = self._head, None
            assert head is not None
            self._reply(head, self._handler.too_large(head))
        except Exception as exc:  # a bug: answered, never a traceback on stderr
            self._give_up(500, f"internal error: {exc!r}")

    def _read_head(self) -> bool:
        """Takes the next head from the buffer; False while it is incomplete or once answered."""
        buffer = self._buffer
        if not buffer:
            return False
        if self._deadline.phase == "idle":
            self._deadline.wait("head", self._timeouts.header)
        end = head_end(buffer, self._scanned)
        if end < 0:
            self._scanned = max(0, len(buffer) - 3)
            return False
        head = parse_head(bytes(buffer[: end - 4]))
        del buffer[:end]
        self._scanned = 0
        self._head = head
        length = head.body_framing()
        accepted = self._handler.accept(head)
        if isinstance(accepted, Reply):
            self._head = None
            self._reply(head, accepted)
            return False
        if length is None:
            self._chunked = ChunkedBody(accepted)
        elif length > accepted:
            raise TooLarge
        else:
            self._length = length
        if length != 0 and head.headers.get("expect", "").lower() == "100-continue":
            # The client waits for this before it sends the body (curl does, for a second).
            assert self._transport is not None
            self._transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        self._deadline.wait("body", self._timeouts.body)
        return True

    def _read_body(self) -> bytes | None:
        """The body of the head read, once it is all there."""
        if self._chunked is not None:
            body = self._chunked.feed(self._buffer)
            if body is not None:
                self._chunked = None
            return body
        if len(self._buffer) < self._length:
            return None
        body = bytes(self._buffer[: self._length])
        del self._buffer[: self._length]
        return body

    def _reply(self, head: RequestHead, reply: Reply) -> None:
        transport = self._transport
        if transport is None:
            return
        if reply.delay:
            self._deadline.wait("answer", math.inf)
            transport.pause_reading()
            loop = asyncio.get_running_loop()
            self._waiting = loop.call_later(reply.delay, self._delayed, head, reply)
            return
        if reply.drop:
            self.close()
            return
        keep_alive = head.keep_alive and not (reply.close or reply.linger or self._client_done)
        self._write(reply.answer, keep_alive)
        if reply.sent is not None:
            reply.sent()
        if reply.linger:
            self._linger(reply.linger)
        elif not keep_alive:
            self.close()
        elif not self._writing_paused:
            self._deadline.wait("idle", self._timeouts.idle)

    def _delayed(self, head: RequestHead, reply: Reply) -> None:
        self._waiting = None
        if self._transport is None:
            return
        try:
            self._transport.resume_reading()
            self._deadline.wait("idle", self._timeouts.idle)
            self._reply(head, replace(reply, delay=0.0))
        except Exception as exc:  # a bug: answered, never a traceback on stderr
            self._give_up(500, f"internal error: {exc!r}")
            return
        if not self._writing_paused:
            self._serve()

    def _write(self, answer: WebAnswer, keep_alive: bool) -> None:
        assert self._transport is not None
        extra = "".join(f"{name}: {value}\r\n" for name, value in answer.headers)
        head = (
            f"HTTP/1.1 {answer.status} {_STATUS_TEXT.get(answer.status, 'Error')}\r\n"
            f"Content-Type: {answer.content_type}\r\n"
            f"Content-Length: {len(answer.body)}\r\n"
            f"{extra}"
            f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n"
        )
        self._transport.write(head.encode("latin-1") + answer.body)

    def _give_up(self, status: int, message: str) -> None:
        """Answers a request the server cannot read, then closes."""
        transport = self._transport
        if transport is None or transport.is_closing():
            return
        head, self._head = self._head, None
        try:
            answer = self._handler.refuse(head, status, message)
            self._write(answer, keep_alive=False)
        except Exception:  # the connection ends either way
            pass
        self.close()

    def _linger(self, most: int) -> None:
        assert self._transport is not None
        self._buffer.clear()
        self._lingering = max(most, 1)
        if self._client_done:
            self.close()
            return
        if self._transport.can_write_eof():
            self._transport.write_eof()
        self._deadline.wait("linger", LINGER_SECONDS)

    def _expired(self, phase: str) -> None:
        transport = self._transport
        if transport is None:
            return
        if phase in ("head", "body"):
            self._give_up(408, f"the request {phase} did not arrive in time")
        elif phase == "send":
            transport.abort()  # its answer cannot be delivered
        else:
            transport.close()

    def _is_tls(self) -> bool:
        return self._transport is not None and (
            self._transport.get_extra_info("sslcontext") is not None
        )
