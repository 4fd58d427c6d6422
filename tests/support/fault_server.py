"""A loopback HTTP/1.1 server that follows a script of faults, for retry and transport tests.

Each request the server starts to see takes the next behaviour of the script (``OK`` once the
script is used up): answer with the action's documented example, answer with an error code, drop
the connection before reading the request or after reading it without answering, or answer only
after a delay. Only requests read completely are counted, per action, so a test can tell exactly
how many times the service "received" a call. Connections are kept alive and counted.

It speaks HTTP over plain sockets (no ``http.server``) so that it controls exactly when a connection
is read, reset or closed, and it never imports ``tcsms``.
"""

from __future__ import annotations

import copy
import json
import select
import socket
import struct
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl

_POLL_SECONDS = 0.05
_MAX_HEAD_LINES = 100


@dataclass(frozen=True)
class Reply:
    """Answer with the action's documented example (or the server's responder for the action)."""


@dataclass(frozen=True)
class ErrorReply:
    """Answer with the service's error envelope for ``code``, with a fresh request id."""

    code: str
    message: str = "injected by the fault server"


@dataclass(frozen=True)
class DropBeforeRead:
    """Reset the connection once the request starts arriving, without reading any of it."""


@dataclass(frozen=True)
class DropAfterRead:
    """Read the whole request, then close the connection (reset it with ``reset``) unanswered."""

    reset: bool = False


@dataclass(frozen=True)
class DelayedReply:
    """Read the request, then answer with the example only after ``seconds``."""

    seconds: float


@dataclass(frozen=True)
class Trickle:
    """Read the request, then send the whole answer (head included) one byte per ``interval``."""

    interval: float


@dataclass(frozen=True)
class EndlessBody:
    """Read the request, then answer 200 with a body that never ends, framed by ``framing``:
    ``chunked`` (chunk after chunk), ``length`` (a Content-Length of a terabyte) or ``close`` (no
    length: the body would run to the end of the connection). Bytes sent are in ``bytes_sent``."""

    framing: str = "chunked"


@dataclass(frozen=True)
class RawReply:
    """Read the request, send ``data`` as it is, then close the connection."""

    data: bytes


Behaviour = (
    Reply
    | ErrorReply
    | DropBeforeRead
    | DropAfterRead
    | DelayedReply
    | Trickle
    | EndlessBody
    | RawReply
)
OK = Reply()
Responder = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class ReceivedRequest:
    """A request read completely: action, parameters, lower-cased headers, arrival time, body."""

    action: str | None
    method: str
    target: str
    params: dict[str, Any]
    headers: dict[str, str]
    connection: int
    received_at: float  # time.monotonic()
    body: bytes = b""  # as sent: what a signature over the payload covers


@dataclass(frozen=True)
class Answered:
    """What the server did with one request it started to see."""

    behaviour: Behaviour
    action: str | None
    request_id: str | None


class FaultServer:
    """Context manager serving ``script`` on ``127.0.0.1`` (a free port).

    ``responders`` build the ``Response`` object of an action from its parameters (JSON body, or
    the form/query parameters of a v1 request) instead of the documented example.
    """

    def __init__(
        self,
        spec: dict[str, Any],
        script: Iterable[Behaviour] = (),
        *,
        responders: dict[str, Responder] | None = None,
    ) -> None:
        self._examples = {
            name: action["examples"][0]["response"] for name, action in spec["actions"].items()
        }
        self._responders = dict(responders or {})
        self._script: list[Behaviour] = list(script)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._received: list[ReceivedRequest] = []
        self._answered: list[Answered] = []
        self._connections: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self.dropped_before_read = 0
        self.bytes_sent = 0  # by EndlessBody answers
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self._listener.settimeout(_POLL_SECONDS)
        self._acceptor = threading.Thread(target=self._accept_loop, name="fault-server")

    # Test-facing API

    def __enter__(self) -> FaultServer:
        self._acceptor.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stopping.set()
        self._acceptor.join()
        self._listener.close()
        with self._lock:
            connections, threads = list(self._connections), list(self._threads)
        for connection in connections:
            _shutdown(connection)
        for thread in threads:
            thread.join(timeout=5)

    @property
    def endpoint(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"http://{host}:{port}"

    def extend_script(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._script.extend(behaviours)

    def received(self, action: str | None = None) -> list[ReceivedRequest]:
        """The requests read completely so far (of ``action``), in arrival order."""
        with self._lock:
            return [r for r in self._received if action is None or r.action == action]

    def count(self, action: str) -> int:
        return len(self.received(action))

    def counts(self) -> Counter[str | None]:
        return Counter(request.action for request in self.received())

    @property
    def answered(self) -> list[Answered]:
        with self._lock:
            return list(self._answered)

    @property
    def error_request_ids(self) -> list[str]:
        """The request ids of the error envelopes sent, in order."""
        return [a.request_id for a in self.answered if a.request_id is not None]

    @property
    def connection_count(self) -> int:
        """Connections accepted so far."""
        with self._lock:
            return len(self._connections)

    # Serving

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                number = len(self._connections)
                self._connections.append(connection)
                thread = threading.Thread(
                    target=self._serve, args=(connection, number), name=f"fault-conn-{number}"
                )
                self._threads.append(thread)
            thread.start()

    def _next_behaviour(self) -> Behaviour:
        with self._lock:
            return self._script.pop(0) if self._script else OK

    def _serve(self, connection: socket.socket, number: int) -> None:
        reader = connection.makefile("rb")
        try:
            while self._wait_for_request(connection):
                behaviour = self._next_behaviour()
                if isinstance(behaviour, DropBeforeRead):
                    with self._lock:
                        self.dropped_before_read += 1
                        self._answered.append(Answered(behaviour, None, None))
                    _reset(connection)
                    return
                request = _read_request(reader, number)
                if request is None:
                    return
                with self._lock:
                    self._received.append(request)
                if not self._act(connection, request, behaviour):
                    return
        except OSError:
            pass
        finally:
            reader.close()
            connection.close()

    def _wait_for_request(self, connection: socket.socket) -> bool:
        """True once request bytes are waiting; False at the end of the connection or shutdown."""
        while not self._stopping.is_set():
            readable, _, _ = select.select([connection], [], [], _POLL_SECONDS)
            if readable:
                return connection.recv(1, socket.MSG_PEEK) != b""
        return False

    def _act(
        self, connection: socket.socket, request: ReceivedRequest, behaviour: Behaviour
    ) -> bool:
        """Carries out ``behaviour``; False when the connection is finished."""
        if isinstance(behaviour, DropAfterRead):
            self._note(behaviour, request, None)
            if behaviour.reset:
                _reset(connection)
            else:
                _shutdown(connection)
            return False
        if isinstance(behaviour, ErrorReply):
            request_id = f"fault-{uuid.uuid4()}"
            self._note(behaviour, request, request_id)
            error = {"Code": behaviour.code, "Message": behaviour.message}
            _send_json(connection, {"Response": {"Error": error, "RequestId": request_id}})
            return True
        if isinstance(behaviour, Trickle | EndlessBody | RawReply):
            self._note(behaviour, request, None)
            self._misbehave(connection, request, behaviour)
            return False
        if isinstance(behaviour, DelayedReply):
            self._note(behaviour, request, None)
            if self._stopping.wait(behaviour.seconds):
                return False
        else:
            self._note(behaviour, request, None)
        _send_json(connection, {"Response": self._response_of(request)})
        return True

    def _misbehave(
        self,
        connection: socket.socket,
        request: ReceivedRequest,
        behaviour: Trickle | EndlessBody | RawReply,
    ) -> None:
        """Answers in a way no client should wait for or buffer; ends when the client gives up."""
        if isinstance(behaviour, RawReply):
            connection.sendall(behaviour.data)
            _shutdown(connection)
            return
        if isinstance(behaviour, Trickle):
            answer = _json_answer({"Response": self._response_of(request)})
            for index in range(len(answer)):
                connection.sendall(answer[index : index + 1])
                if self._stopping.wait(behaviour.interval):
                    return
            return
        head = {
            "chunked": "Transfer-Encoding: chunked\r\n",
            "length": f"Content-Length: {10**12}\r\n",
            "close": "Connection: close\r\n",
        }[behaviour.framing]
        connection.sendall(f"HTTP/1.1 200 OK\r\n{head}\r\n".encode("latin-1"))
        piece = b"x" * 16384
        if behaviour.framing == "chunked":
            piece = b"4000\r\n" + piece + b"\r\n"
        while not self._stopping.is_set():
            connection.sendall(piece)  # OSError once the client has closed: the end
            with self._lock:
                self.bytes_sent += len(piece)

    def _note(self, behaviour: Behaviour, request: ReceivedRequest, request_id: str | None) -> None:
        with self._lock:
            self._answered.append(Answered(behaviour, request.action, request_id))

    def _response_of(self, request: ReceivedRequest) -> dict[str, Any]:
        action = request.action or ""
        responder = self._responders.get(action)
        if responder is not None:
            return responder(request.params)
        if action not in self._examples:
            error = {"Code": "InvalidAction", "Message": f"The API `{action}` does not exist."}
            return {"Error": error, "RequestId": f"fault-{uuid.uuid4()}"}
        return copy.deepcopy(self._examples[action])


def _read_request(reader: Any, number: int) -> ReceivedRequest | None:
    request_line = reader.readline(65537).decode("latin-1").rstrip("\r\n")
    if not request_line:
        return None
    method, target, _version = request_line.split(" ", 2)
    headers: dict[str, str] = {}
    for _ in range(_MAX_HEAD_LINES):
        line = reader.readline(65537).decode("latin-1").rstrip("\r\n")
        if not line:
            break
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    body = reader.read(length) if length else b""
    if len(body) < length:
        return None  # the client went away mid-body: not received
    params = _params(method, target, headers, body)
    action = headers.get("x-tc-action") or params.get("Action")
    return ReceivedRequest(
        action, method, target, params, headers, number, received_at=time.monotonic(), body=body
    )


def _params(method: str, target: str, headers: dict[str, str], body: bytes) -> dict[str, Any]:
    if headers.get("content-type", "").startswith("application/json"):
        parsed = json.loads(body or b"{}")
        return parsed if isinstance(parsed, dict) else {}
    if method == "GET":
        return dict(parse_qsl(target.partition("?")[2], keep_blank_values=True))
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))


def _json_answer(document: dict[str, Any]) -> bytes:
    body = json.dumps(document).encode()
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "X-Fault-Server: yes\r\n"
        "\r\n"
    )
    return head.encode("latin-1") + body


def _send_json(connection: socket.socket, document: dict[str, Any]) -> None:
    connection.sendall(_json_answer(document))


def _reset(connection: socket.socket) -> None:
    """Close with a TCP reset rather than an orderly FIN."""
    try:
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        connection.close()
    except OSError:
        pass


def _shutdown(connection: socket.socket) -> None:
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed by either side
        pass


def unused_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound once, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


class SilentServer:
    """Accepts connections on ``127.0.0.1`` and never says a byte: a TLS handshake with it never
    completes, and an HTTP request to it is never answered. Counts the connections it accepted."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self._listener.settimeout(_POLL_SECONDS)
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept_loop, name="silent-server")

    def __enter__(self) -> SilentServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stopping.set()
        self._thread.join()
        self._listener.close()
        with self._lock:
            for connection in self._connections:
                connection.close()

    @property
    def port(self) -> int:
        port: int = self._listener.getsockname()[1]
        return port

    @property
    def connection_count(self) -> int:
        with self._lock:
            return len(self._connections)

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._connections.append(connection)
