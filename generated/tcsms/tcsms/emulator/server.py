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
import random
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
from .connection import Connection, Reply, Timeouts
from .context import Context
from .faults import Faults
from .handlers import HANDLERS
from .http import RequestHead, check_token
from .overlay import SCHEMA, ServiceAdmin, ServicePages
from .params import check_params
from .protocol import Credentials, HttpRequest, authenticate
from .rate_limits import RateLimits
from .state import Store
from .watchdog import Watchdog
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
_REQUEST_IDS = random.Random()
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # one, not one per answer


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
        host = f"[{self.host}]" if ":" in self.host else self.host  # an IPv6 address
        return f"{scheme}://{host}:{self.port}"

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
        watchdog = Watchdog(max(tick, 0.01))
        timeouts = Timeouts(self.header_timeout, self.body_timeout, self.idle_timeout)
        connections: set[Connection] = set()
        tls = None
        if self.tls_cert is not None:
            tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            tls.load_cert_chain(self.tls_cert, self.tls_key)
        server = await self._loop.create_server(
            lambda: Connection(self, timeouts, watchdog, connections),
            self.host,
            self.port,
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
        watching = asyncio.create_task(watchdog.run())
        try:
            await self._stopping.wait()
        finally:
            # Open connections end here, quietly: none is left for asyncio.run to find.
            server.close()
            watching.cancel()
            await asyncio.gather(watching, return_exceptions=True)
            await _close_all(connections)
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

    # HTTP: what ``connection.Connection`` asks of its handler

    def accept(self, head: RequestHead) -> int | Reply:
        target = head.target
        if target.startswith(ADMIN_PREFIX):
            refusal = check_token(self.admin_token, head.headers)
            if refusal is not None:
                status, problem = refusal
                return Reply(_json(status, {"error": problem}), linger=_MAX_ADMIN_BODY)
            return _MAX_ADMIN_BODY
        if self.pages is not None and target.startswith(self.pages.prefix):
            return MAX_PAGE_BODY
        if self.faults.peek_drop_before(_action_hint(head)):
            return Reply(_json(200, {}), drop=True)
        return _MAX_BODY

    def too_large(self, head: RequestHead) -> Reply:
        if head.target.startswith(ADMIN_PREFIX):
            problem = f"the admin body is over {_MAX_ADMIN_BODY} bytes"
            return Reply(_json(413, {"error": problem}), linger=_MAX_ADMIN_BODY)
        if self.pages is not None and head.target.startswith(self.pages.prefix):
            problem = f"the body is over {MAX_PAGE_BODY} bytes"
            return Reply(_json(413, {"error": problem}), linger=MAX_PAGE_BODY)
        document = self._error_answer(ApiError("RequestSizeLimitExceeded"))
        return Reply(_json(200, document), linger=_MAX_BODY)

    def answer(self, head: RequestHead, body: bytes) -> Reply:
        target = head.target
        if target.startswith(ADMIN_PREFIX):
            return Reply(_json(*self._admin(target, body)))
        if self.pages is not None and target.startswith(self.pages.prefix):
            return Reply(self.pages.answer(WebRequest(head.method, target, head.headers, body)))
        started = time.perf_counter()
        document, action, fault = self._answer(HttpRequest(head.method, target, head.headers, body))
        self.admin.count_request(action)
        sent = None
        if self._log is not None:

            def sent() -> None:
                self._log_request(head.method, action, document, started)

        if fault is None:
            return Reply(_json(200, document), sent=sent)
        return Reply(_json(200, document), delay=fault.delay, drop=fault.drop == "after", sent=sent)

    def refuse(self, head: RequestHead | None, status: int, message: str) -> WebAnswer:
        """``{"error": message}``; a malformed request that names its action gets the
        service's error envelope too (InvalidRequest), as the spec's discrepancies record."""
        if status == 400 and head is not None and _action_hint(head):
            error = ApiError("InvalidRequest", message)
            return _json(status, {**self._error_answer(error), "error": message})
        return _json(status, {"error": message})

    # The API

    def _answer(self, request: HttpRequest) -> tuple[dict[str, Any], str, Any]:
        """The answer document, the action (or "-") and the fault that applies, if any."""
        request_id = _request_id()
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
        return {"Response": {"Error": error.to_wire(), "RequestId": request_id or _request_id()}}

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


def _request_id() -> str:
    """A random (version 4) UUID, as the service's RequestId; unique, not unpredictable."""
    return str(uuid.UUID(int=_REQUEST_IDS.getrandbits(128), version=4))


def _json(status: int, document: Any) -> WebAnswer:
    body = _ENCODER.encode(document).encode("utf-8")
    return WebAnswer(status, _JSON, body)


def _action_hint(head: RequestHead) -> str | None:
    """The action a request names (``X-TC-Action``, or ``Action`` in its query), unchecked."""
    action = head.headers.get("x-tc-action")
    if action is None and "?" in head.target:
        action = dict(parse_qsl(head.target.partition("?")[2])).get("Action")
    return action


async def _close_all(connections: set[Connection]) -> None:
    """Closes every open connection and gives them a moment to go; the rest are aborted."""
    for connection in list(connections):
        connection.close()
    for _ in range(100):
        if not connections:
            return
        await asyncio.sleep(0.01)
    for connection in list(connections):
        connection.abort()
