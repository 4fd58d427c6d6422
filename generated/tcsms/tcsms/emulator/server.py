# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/server.py; edit it there.
"""The HTTP/1.1 server (asyncio streams, keep-alive) and ``Emulator``, which runs it.

Every API answer is HTTP 200 with ``{"Response": {...}}``, errors as ``Response.Error`` with a
``RequestId``, like the service. ``/_admin/<operation>`` serves the admin API as JSON. A request
the server cannot read (malformed, too slow, head over 64 KiB) gets a 4xx ``{"error": ...}`` answer
and the connection closes; see ``http.py``.
"""

from __future__ import annotations

import asyncio
import json
import math
import signal
import ssl
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
from .http import (
    MAX_HEAD,
    HttpError,
    RequestHead,
    TooLarge,
    check_token,
    linger,
    read_body,
    read_head,
)
from .overlay import SCHEMA, ServiceAdmin, ServicePages
from .params import check_params
from .protocol import Credentials, HttpRequest, authenticate
from .rate_limits import RateLimits
from .state import Store
from .watchdog import Deadline, Watchdog
from .web import MAX_PAGE_BODY, Pages, WebAnswer, WebRequest

if TYPE_CHECKING:
    from .clients import AsyncClient, SyncClient

__all__ = ["DEFAULT_SECRET_ID", "DEFAULT_SECRET_KEY", "Emulator"]

DEFAULT_SECRET_ID = "AKIDemulatorEXAMPLE00000000000000000"
DEFAULT_SECRET_KEY = "emulatorEXAMPLEsecretkey00000000"
# The largest request any signature method allows; a larger body is refused unread.
_MAX_BODY = max(size for sizes in _service.SIGNING_METHODS.values() for size in sizes.values())
_MAX_ADMIN_BODY = 1024 * 1024
_JSON = "application/json"
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


class Emulator:
    """The service on loopback: ``with Emulator(auto_approve=True) as emulator: ...``.

    Runs the server on a background thread; ``endpoint`` is its URL, ``admin`` the admin API, and
    ``client()``/``async_client()`` make clients configured for it. ``db`` is an SQLite file
    that keeps the state across restarts (in memory by default).

    ``admin_token`` makes ``/_admin/...`` requests over HTTP carry it (``Authorization: Bearer
    <token>`` or ``X-Admin-Token``): 401 without it, 403 with another. ``tls_cert`` and
    ``tls_key`` (PEM files) serve HTTPS. ``header_timeout`` bounds a request head,
    ``body_timeout`` its body (408 after either), ``idle_timeout`` a keep-alive connection
    waiting for its next request (then closed); in seconds.
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
        admin_token: str | None = None,
        tls_cert: str | None = None,
        tls_key: str | None = None,
        header_timeout: float = 10.0,
        body_timeout: float = 30.0,
        idle_timeout: float = 30.0,
    ) -> None:
        if (tls_cert is None) != (tls_key is None):
            raise ValueError("tls_cert and tls_key go together")
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
        self.admin_token = admin_token
        # The overlay's pages, if it has any, guarded by the admin token like the admin API.
        self.pages: Pages | None = (
            ServicePages(self.admin, admin_token) if ServicePages is not None else None
        )
        self.tls_cert = tls_cert
        self.tls_key = tls_key
        self.header_timeout = header_timeout
        self.body_timeout = body_timeout
        self.idle_timeout = idle_timeout
        self._watchdog: Watchdog | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._failure: BaseException | None = None

    @property
    def endpoint(self) -> str:
        scheme = "https" if self.tls_cert is not None else "http"
        return f"{scheme}://{self.host}:{self.port}"

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
        # Deadlines are checked a few times per shortest timeout, at least once a second.
        tick = min(self.header_timeout, self.body_timeout, self.idle_timeout, 4.0) / 4
        self._watchdog = Watchdog(max(tick, 0.01))
        tls = None
        if self.tls_cert is not None:
            tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            tls.load_cert_chain(self.tls_cert, self.tls_key)
        server = await asyncio.start_server(
            self._serve_connection,
            self.host,
            self.port,
            limit=MAX_HEAD,
            backlog=1024,
            ssl=tls,
            ssl_handshake_timeout=self.header_timeout if tls is not None else None,
        )
        self.port = server.sockets[0].getsockname()[1]
        if install_signals:
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._loop.add_signal_handler(signum, self._stopping.set)
        if ready is not None:
            ready(self.endpoint)
        self._started.set()
        watching = asyncio.create_task(self._watchdog.run())
        try:
            await self._stopping.wait()
        finally:
            # Open connections end here, quietly: nothing is left for asyncio.run to cancel.
            server.close()
            watching.cancel()
            await self._watchdog.close_all()
            await asyncio.gather(watching, return_exceptions=True)
            await server.wait_closed()

    # Clients

    def client(self, **options: Any) -> SyncClient:
        """The package's sync client for this emulator; ``options`` override its settings.

        It keeps the client's own retry settings (``max_attempts`` and the rest): pass
        ``max_attempts=1`` for a client that never retries.
        """
        from .clients import sync_client_class

        return sync_client_class()(**{**self._client_options(), **options})

    def async_client(self, **options: Any) -> AsyncClient:
        """The package's async client for this emulator; ``options`` override its settings.

        It keeps the client's own retry settings, like ``client()``.
        """
        from .clients import async_client_class

        return async_client_class()(**{**self._client_options(), **options})

    def _client_options(self) -> dict[str, Any]:
        return {
            "secret_id": self.credentials.secret_id,
            "secret_key": self.credentials.secret_key,
            "token": self.credentials.token,
            "endpoint": self.endpoint,
            # Straight to the emulator: a proxy from the environment could not reach its loopback.
            "proxy": None,
        }

    # HTTP

    async def _serve_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None and self._watchdog is not None
        deadline = self._watchdog.watch(task)
        try:
            await self._converse(reader, writer, deadline)
        except asyncio.CancelledError:
            pass  # stopping: the task ends normally, so asyncio logs nothing
        finally:
            self._watchdog.forget(deadline)
            writer.close()

    async def _converse(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, deadline: Deadline
    ) -> None:
        """Serves requests until the client leaves; answers what cannot be read, then closes."""
        try:
            while await self._serve_request(reader, writer, deadline):
                pass
        except HttpError as error:
            await self._send_last(writer, deadline, error.status, error.message)
        except asyncio.CancelledError:
            if not deadline.timed_out_in("head", "body"):
                raise  # stopping, or idle for too long: close without an answer
            deadline.task.uncancel()
            message = f"the request {deadline.phase} did not arrive in time"
            await self._send_last(writer, deadline, 408, message)
        except ConnectionError:
            pass
        except Exception as exc:  # a bug: answered, never a traceback on stderr
            await self._send_last(writer, deadline, 500, f"internal error: {exc!r}")

    async def _serve_request(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, deadline: Deadline
    ) -> bool:
        """Reads and answers one request; False to close the connection."""
        deadline.wait("idle", self.idle_timeout)
        first = await reader.read(1)
        if not first:
            return False
        deadline.wait("head", self.header_timeout)
        head = await read_head(reader, first)
        length = head.body_framing()
        keep_alive = head.keep_alive
        if head.target.startswith(ADMIN_PREFIX):
            return await self._serve_admin(reader, writer, deadline, head, length)
        if self.pages is not None and head.target.startswith(self.pages.prefix):
            return await self._serve_page(reader, writer, deadline, head, length, self.pages)
        query = head.target.partition("?")[2]
        hint = head.headers.get("x-tc-action") or dict(parse_qsl(query)).get("Action")
        if self.faults.peek_drop_before(hint):
            return False
        deadline.wait("body", self.body_timeout)
        try:
            body = await read_body(reader, length, _MAX_BODY)
        except TooLarge:
            document = self._error_answer(ApiError("RequestSizeLimitExceeded"))
            await self._send(writer, deadline, 200, document, keep_alive=False)
            await self._linger(reader, writer, deadline, _MAX_BODY)
            return False
        deadline.wait("answer", math.inf)
        started = time.perf_counter()
        request = HttpRequest(head.method, head.target, head.headers, body)
        document, action, fault = self._answer(request)
        self.admin.count_request(action)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.drop == "after":
            return False
        await self._send(writer, deadline, 200, document, keep_alive)
        if self._log is not None:
            self._log_request(head.method, action, document, started)
        return keep_alive

    async def _serve_admin(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        deadline: Deadline,
        head: RequestHead,
        length: int | None,
    ) -> bool:
        refusal = check_token(self.admin_token, head.headers)
        if refusal is not None:
            await self._send(writer, deadline, refusal[0], {"error": refusal[1]}, False)
            await self._linger(reader, writer, deadline, _MAX_ADMIN_BODY)
            return False
        deadline.wait("body", self.body_timeout)
        try:
            body = await read_body(reader, length, _MAX_ADMIN_BODY)
        except TooLarge:
            problem = f"the admin body is over {_MAX_ADMIN_BODY} bytes"
            await self._send(writer, deadline, 413, {"error": problem}, keep_alive=False)
            await self._linger(reader, writer, deadline, _MAX_ADMIN_BODY)
            return False
        deadline.wait("answer", math.inf)
        status, document = self._admin(head.target, body)
        await self._send(writer, deadline, status, document, head.keep_alive)
        return head.keep_alive

    async def _serve_page(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        deadline: Deadline,
        head: RequestHead,
        length: int | None,
        pages: Pages,
    ) -> bool:
        deadline.wait("body", self.body_timeout)
        try:
            body = await read_body(reader, length, MAX_PAGE_BODY)
        except TooLarge:
            problem = f"the body is over {MAX_PAGE_BODY} bytes"
            await self._send(writer, deadline, 413, {"error": problem}, keep_alive=False)
            await self._linger(reader, writer, deadline, MAX_PAGE_BODY)
            return False
        deadline.wait("answer", math.inf)
        answer = pages.answer(WebRequest(head.method, head.target, head.headers, body))
        await self._send_answer(writer, deadline, answer, head.keep_alive)
        return head.keep_alive

    async def _send(
        self,
        writer: asyncio.StreamWriter,
        deadline: Deadline,
        status: int,
        document: Any,
        keep_alive: bool,
    ) -> None:
        body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        await self._send_answer(writer, deadline, WebAnswer(status, _JSON, body), keep_alive)

    async def _send_answer(
        self, writer: asyncio.StreamWriter, deadline: Deadline, answer: WebAnswer, keep_alive: bool
    ) -> None:
        extra = "".join(f"{name}: {value}\r\n" for name, value in answer.headers)
        head = (
            f"HTTP/1.1 {answer.status} {_STATUS_TEXT.get(answer.status, 'Error')}\r\n"
            f"Content-Type: {answer.content_type}\r\n"
            f"Content-Length: {len(answer.body)}\r\n"
            f"{extra}"
            f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n"
        )
        deadline.wait("send", self.body_timeout)  # a client that does not read is let go
        writer.write(head.encode("latin-1") + answer.body)
        await writer.drain()

    async def _send_last(
        self, writer: asyncio.StreamWriter, deadline: Deadline, status: int, message: str
    ) -> None:
        """Answers a request the server gives up on; a client that left does not matter."""
        try:
            await self._send(writer, deadline, status, {"error": message}, keep_alive=False)
        except ConnectionError:
            pass

    async def _linger(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        deadline: Deadline,
        most: int,
    ) -> None:
        deadline.wait("linger", math.inf)  # linger() bounds its own time
        await linger(reader, writer, most)

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
        except RecursionError:
            return 400, {"error": "the body is nested too deeply"}

    def _log_request(self, method: str, action: str, document: Any, started: float) -> None:
        assert self._log is not None
        error = document["Response"].get("Error")
        outcome = error["Code"] if error else "OK"
        elapsed_ms = (time.perf_counter() - started) * 1000
        self._log(f"{method} {action} {outcome} {elapsed_ms:.1f}ms")
