# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/server.py; edit it there.
"""The HTTP/1.1 server (asyncio streams, keep-alive) and ``Emulator``, which runs it.

Every API answer is HTTP 200 with ``{"Response": {...}}``, errors as ``Response.Error`` with a
``RequestId``, like the service. ``/_admin/<operation>`` serves the admin API as JSON.
"""

from __future__ import annotations

import asyncio
import json
import signal
import threading
import time
import uuid
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from .. import _service
from .admin import ADMIN_PREFIX, AdminError
from .api_error import ApiError
from .callbacks import CallbackSender
from .context import Context
from .faults import Faults
from .handlers import HANDLERS
from .overlay import SCHEMA, ServiceAdmin
from .params import check_params
from .protocol import Credentials, HttpRequest, authenticate
from .rate_limits import RateLimits
from .state import Store

if TYPE_CHECKING:
    from .clients import AsyncClient, SyncClient

__all__ = ["DEFAULT_SECRET_ID", "DEFAULT_SECRET_KEY", "Emulator"]

DEFAULT_SECRET_ID = "AKIDemulatorEXAMPLE00000000000000000"
DEFAULT_SECRET_KEY = "emulatorEXAMPLEsecretkey00000000"
# The largest request any signature method allows; a larger body is refused unread.
_MAX_BODY = max(size for sizes in _service.SIGNING_METHODS.values() for size in sizes.values())
_MAX_HEAD = 64 * 1024
_STATUS_TEXT = {200: "OK", 400: "Bad Request", 404: "Not Found"}


class Emulator:
    """The service on loopback: ``with Emulator(auto_approve=True) as emulator: ...``.

    Runs the server on a background thread; ``endpoint`` is its URL, ``admin`` the admin API, and
    ``client()``/``async_client()`` make clients configured for it. ``db`` is an SQLite file
    that keeps the state across restarts (in memory by default).
    """

    def __init__(
        self,
        *,
        secret_id: str = DEFAULT_SECRET_ID,
        secret_key: str = DEFAULT_SECRET_KEY,
        token: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        db: str = ":memory:",
        auto_approve: bool = False,
        callback_url: str | None = None,
        rate_limits: bool = True,
        log: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.credentials = Credentials(secret_id, secret_key, token)
        self.host = host
        self.port = port
        self.store = Store(db, SCHEMA)
        callbacks = CallbackSender(callback_url) if callback_url else None
        self.context = Context(self.store, auto_approve, callbacks, clock)
        self.faults = Faults()
        self.rate_limits = RateLimits(rate_limits)
        self.admin = ServiceAdmin(self.context, self.faults)
        self._log = log
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._failure: BaseException | None = None

    @property
    def endpoint(self) -> str:
        return f"http://{self.host}:{self.port}"

    # Running

    def start(self) -> Emulator:
        """Starts serving on a background thread; returns once the port is bound."""
        self._thread = threading.Thread(target=self._run_thread, name="emulator", daemon=True)
        self._thread.start()
        self._started.wait(10)
        if self._failure is not None:
            raise self._failure
        return self

    def stop(self) -> None:
        if self._loop is not None and self._stopping is not None:
            self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None
        if self.context.callbacks is not None:
            self.context.callbacks.close()
        self.store.close()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def serve_forever(self, ready: Callable[[str], None] | None = None) -> None:
        """Serves on this thread until SIGINT or SIGTERM; ``ready`` gets the endpoint first."""
        asyncio.run(self._main(ready, install_signals=True))
        if self.context.callbacks is not None:
            self.context.callbacks.close()
        self.store.close()

    def _run_thread(self) -> None:
        try:
            asyncio.run(self._main(None, install_signals=False))
        except BaseException as exc:  # reported to start()
            self._failure = exc
            self._started.set()

    async def _main(self, ready: Callable[[str], None] | None, install_signals: bool) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        server = await asyncio.start_server(
            self._serve_connection, self.host, self.port, limit=_MAX_HEAD, backlog=1024
        )
        self.port = server.sockets[0].getsockname()[1]
        if install_signals:
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._loop.add_signal_handler(signum, self._stopping.set)
        if ready is not None:
            ready(self.endpoint)
        self._started.set()
        async with server:
            await self._stopping.wait()

    # Clients

    def client(self, **options: Any) -> SyncClient:
        """The package's sync client for this emulator; ``options`` override its settings."""
        from .clients import sync_client_class

        return sync_client_class()(**{**self._client_options(), **options})

    def async_client(self, **options: Any) -> AsyncClient:
        """The package's async client for this emulator; ``options`` override its settings."""
        from .clients import async_client_class

        return async_client_class()(**{**self._client_options(), **options})

    def _client_options(self) -> dict[str, Any]:
        return {
            "secret_id": self.credentials.secret_id,
            "secret_key": self.credentials.secret_key,
            "token": self.credentials.token,
            "endpoint": self.endpoint,
            "max_attempts": 1,
            # Straight to the emulator: a proxy from the environment could not reach its loopback.
            "proxy": None,
        }

    # HTTP

    async def _serve_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            while await self._serve_request(reader, writer):
                pass
        except (
            asyncio.IncompleteReadError,
            asyncio.LimitOverrunError,
            ConnectionError,
            ValueError,
        ):
            pass
        finally:
            writer.close()

    async def _serve_request(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        """Reads and answers one request; False to close the connection."""
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        keep_alive = headers.get("connection", "").lower() != "close" and version == "HTTP/1.1"
        if target.startswith(ADMIN_PREFIX):
            body = await self._read_body(reader, headers)
            status, document = self._admin(target, body)
            await self._send(writer, status, document, keep_alive)
            return keep_alive
        hint = headers.get("x-tc-action") or dict(parse_qsl(target.partition("?")[2])).get("Action")
        if self.faults.peek_drop_before(hint):
            return False
        length = int(headers.get("content-length") or 0)
        if length > _MAX_BODY:
            # Read and drop the body, so the client gets to read the answer.
            while length > 0:
                length -= len(await reader.read(min(length, 1 << 16)) or b"\0" * length)
            document = self._error_answer(ApiError("RequestSizeLimitExceeded"))
            await self._send(writer, 200, document, keep_alive=False)
            return False
        body = await self._read_body(reader, headers)
        started = time.perf_counter()
        document, action, fault = self._answer(HttpRequest(method, target, headers, body))
        self.admin.count_request(action)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.drop == "after":
            return False
        await self._send(writer, 200, document, keep_alive)
        if self._log is not None:
            self._log_request(method, action, document, started)
        return keep_alive

    @staticmethod
    async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                chunk = await reader.readexactly(size + 2)
                if size == 0:
                    return b"".join(chunks)
                chunks.append(chunk[:-2])
        return await reader.readexactly(int(headers.get("content-length") or 0))

    @staticmethod
    async def _send(
        writer: asyncio.StreamWriter, status: int, document: Any, keep_alive: bool
    ) -> None:
        body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        head = (
            f"HTTP/1.1 {status} {_STATUS_TEXT.get(status, 'OK')}\r\n"
            "Content-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n"
            f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n"
        )
        writer.write(head.encode("latin-1") + body)
        await writer.drain()

    # The API

    def _answer(self, request: HttpRequest) -> tuple[dict[str, Any], str, Any]:
        """The answer document, the action (or "-") and the fault that applies, if any."""
        request_id = str(uuid.uuid4())
        action = "-"
        fault = None
        try:
            call = authenticate(request, self.credentials, int(self.context.now()))
            action = call.action
            fault = self.faults.take(action)
            if fault is not None and fault.code:
                raise ApiError(fault.code, "injected fault")
            if not self.rate_limits.allow(call.secret_id, action, time.monotonic()):
                raise ApiError("RequestLimitExceeded", f"{action} for this SecretId")
            check_params(action, call.params, int(self.context.now()))
            response = HANDLERS[action](self.context, call.params, request_id)
        except ApiError as error:
            return self._error_answer(error, request_id), action, fault
        return {"Response": response}, action, fault

    @staticmethod
    def _error_answer(error: ApiError, request_id: str | None = None) -> dict[str, Any]:
        return {
            "Response": {"Error": error.to_wire(), "RequestId": request_id or str(uuid.uuid4())}
        }

    def _admin(self, target: str, body: bytes) -> tuple[int, Any]:
        operation = target[len(ADMIN_PREFIX) :].partition("?")[0]
        try:
            arguments = json.loads(body or b"{}")
            if not isinstance(arguments, dict):
                raise AdminError("the body must be a JSON object")
            return 200, {"result": self.admin.dispatch(operation, arguments)}
        except (AdminError, ValueError) as exc:
            return 400, {"error": str(exc)}

    def _log_request(self, method: str, action: str, document: Any, started: float) -> None:
        assert self._log is not None
        error = document["Response"].get("Error")
        outcome = error["Code"] if error else "OK"
        elapsed_ms = (time.perf_counter() - started) * 1000
        self._log(f"{method} {action} {outcome} {elapsed_ms:.1f}ms")
