# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The sync transport: ``http.client`` with a small pool of kept-alive connections.

``http.client`` is in the standard library and adds almost nothing on top of the socket, which keeps
the per-call overhead close to that of a raw request. An idle connection the server has closed is
noticed before reuse (its socket turns readable), so a request is never written into a dead one.
"""

from __future__ import annotations

import select
import threading
from typing import TYPE_CHECKING

from tcsms import _exceptions as errors
from tcsms._core import Endpoint, PreparedRequest, RawResponse

if TYPE_CHECKING:
    import http.client
    import ssl

MAX_IDLE_CONNECTIONS = 10


class SyncTransport:
    """Sends prepared requests to one endpoint; safe to share between threads."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        connect_timeout: float,
        read_timeout: float,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        # None: http.client's default context, which verifies certificates and host names.
        self.ssl_context = ssl_context
        self._idle: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._closed = False

    def send(
        self,
        request: PreparedRequest,
        *,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
    ) -> RawResponse:
        """Sends ``request``; the timeouts default to the transport's own."""
        import http.client  # on first use: it pulls in the email package, slow to import

        connection = self._acquire(connect_timeout or self.connect_timeout)
        sent = False
        try:
            if connection.sock is None:
                connection.connect()
            connection.sock.settimeout(read_timeout or self.read_timeout)
            sent = True
            connection.request(request.method, request.path, request.body or None, request.headers)
            response = connection.getresponse()
            body = response.read()
        except TimeoutError as exc:
            connection.close()
            what = "no response" if sent else "could not connect"
            raise errors.RequestTimeoutError(
                f"{request.action}: {what} within the timeout", request_sent=sent
            ) from exc
        except (OSError, http.client.HTTPException) as exc:
            connection.close()
            raise errors.NetworkError(
                f"{request.action}: {type(exc).__name__}: {exc}", request_sent=sent
            ) from exc
        result = RawResponse(response.status, dict(response.getheaders()), body)
        if response.will_close:
            connection.close()
        else:
            self._release(connection)
        return result

    def _acquire(self, connect_timeout: float) -> http.client.HTTPConnection:
        with self._lock:
            while self._idle:
                connection = self._idle.pop()
                if not _is_dropped(connection):
                    return connection
                connection.close()
        return self._new_connection(connect_timeout)

    def _release(self, connection: http.client.HTTPConnection) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < MAX_IDLE_CONNECTIONS:
                self._idle.append(connection)
                return
        connection.close()

    def _new_connection(self, connect_timeout: float) -> http.client.HTTPConnection:
        import http.client

        endpoint = self.endpoint
        if endpoint.scheme == "https":
            return http.client.HTTPSConnection(
                endpoint.host, endpoint.port, timeout=connect_timeout, context=self.ssl_context
            )
        return http.client.HTTPConnection(endpoint.host, endpoint.port, timeout=connect_timeout)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()


def _is_dropped(connection: http.client.HTTPConnection) -> bool:
    """An idle kept-alive socket that is readable has been closed (or broken) by the server."""
    sock = connection.sock
    if sock is None:
        return True
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)
