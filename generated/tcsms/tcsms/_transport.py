# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/_transport.py; edit it there.
"""The sync transport: plain sockets, HTTP/1.1 keep-alive, and the parser of ``_http``.

Each attempt has one deadline: connecting (TLS handshake included), writing the request and
reading the whole answer share it, because every blocking socket call is given only the time left.
``http.client`` could not promise that: its timeout restarts with each read, so a server trickling
a byte a second held a call for minutes, and it reads a body of any size. Here a trickle ends at
the deadline and an endless body at ``max_response_bytes``.

A small pool keeps connections alive between calls. An idle connection the server has closed is
noticed before reuse (its socket turns readable), so a request is never written into a dead one.

With a proxy every connection goes to it: an http request is forwarded in absolute form, an https
connection is a CONNECT tunnel with TLS to the endpoint inside. The CONNECT exchange is part of
connecting, within the same deadlines, and kept-alive connections are tunnels or connections to
the proxy, reused the same way.
"""

from __future__ import annotations

import select
import threading
import time
from types import ModuleType
from typing import TYPE_CHECKING, cast

from . import _exceptions as errors
from ._http import (
    ResponseParser,
    ResponseTooLarge,
    TunnelAnswer,
    TunnelRefused,
    describe,
    encode_connect,
    encode_request,
    peer_name,
    proxy_refused_error,
    too_large_error,
)
from ._limits import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, first_given

if TYPE_CHECKING:
    import socket
    import ssl

    from ._core import Endpoint, PreparedRequest, RawResponse
    from ._proxy import Proxy

MAX_IDLE_CONNECTIONS = 10
_poll = getattr(select, "poll", None)
_RECV_BYTES = 64 * 1024


class SyncTransport:
    """Sends prepared requests to one endpoint; safe to share between threads.

    ``timeout`` is the deadline of each request (``read_timeout`` is its former name);
    ``connect_timeout`` bounds connecting within it (None: only the deadline does).
    ``proxy``: the http proxy every connection goes through (None: connect directly).
    """

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        timeout: float | None = None,
        connect_timeout: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        ssl_context: ssl.SSLContext | None = None,
        read_timeout: float | None = None,
        proxy: Proxy | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.proxy = proxy
        # An http request goes to the proxy in absolute form; https goes through a tunnel.
        self._forward_proxy = proxy if endpoint.scheme == "http" else None
        self._peer = peer_name(endpoint, proxy)
        self.timeout = first_given(timeout, read_timeout, DEFAULT_TIMEOUT)
        self.connect_timeout = connect_timeout
        self.max_response_bytes = max_response_bytes
        # None until the first https connection: building the default context loads the CA store.
        self._ssl_context = ssl_context
        self._idle: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = False

    def send(
        self,
        request: PreparedRequest,
        *,
        timeout: float | None = None,
        connect_timeout: float | None = None,
        max_response_bytes: int | None = None,
        read_timeout: float | None = None,
    ) -> RawResponse:
        """Sends ``request`` and returns the answer, whatever its HTTP status but a proxy's 407.

        The limits default to the transport's own. Raises ValidationError (nothing sent),
        RequestTimeoutError or NetworkError (``request_sent`` False only when connecting failed
        or a proxy refused to forward the request),
        or ResponseTooLargeError; never anything outside the package's error hierarchy.
        """
        seconds = first_given(timeout, read_timeout, self.timeout)
        deadline = time.monotonic() + seconds
        data = encode_request(self.endpoint, request, self._forward_proxy)
        sock = self._checkout() or self._connect(
            request.action,
            deadline,
            self.connect_timeout if connect_timeout is None else connect_timeout,
        )
        limit = self.max_response_bytes if max_response_bytes is None else max_response_bytes
        parser = ResponseParser(limit)
        try:
            _send_all(sock, data, deadline)
            while True:
                sock.settimeout(_time_left(deadline))
                chunk = sock.recv(_RECV_BYTES)
                if not chunk:
                    parser.feed_eof()
                    break
                if parser.feed(chunk):
                    break
        except TimeoutError as exc:
            sock.close()
            raise errors.RequestTimeoutError(
                f"{request.action}: no complete answer within {seconds:g}s", request_sent=True
            ) from exc
        except ResponseTooLarge as exc:
            sock.close()
            raise too_large_error(request.action, exc) from exc
        except Exception as exc:  # reset, TLS failure, broken framing: all one thing to the caller
            sock.close()
            raise errors.NetworkError(
                f"{request.action}: {describe(exc)}", request_sent=True
            ) from exc
        except BaseException:  # interrupted mid-answer: the connection is out of step
            sock.close()
            raise
        if parser.keep_alive:
            self._check_in(sock)
        else:
            sock.close()
        if parser.status == 407 and self._forward_proxy is not None:
            raise proxy_refused_error(request.action, self._forward_proxy)
        return parser.result()

    def close(self) -> None:
        """Closes the idle connections; one still in use is closed when its request ends."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for sock in idle:
            sock.close()

    def _checkout(self) -> socket.socket | None:
        dropped = []
        sock = None
        with self._lock:
            while self._idle:
                candidate = self._idle.pop()
                if _is_dropped(candidate, self.endpoint.scheme == "https"):
                    dropped.append(candidate)
                else:
                    sock = candidate
                    break
        for stale in dropped:
            stale.close()
        return sock

    def _check_in(self, sock: socket.socket) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < MAX_IDLE_CONNECTIONS:
                self._idle.append(sock)
                return
        sock.close()

    def _connect(
        self, action: str, deadline: float, connect_timeout: float | None
    ) -> socket.socket:
        """A new connection within the deadline; failures are raised with ``request_sent=False``."""
        import socket  # on first use: building its enums is most of the import cost of a client

        endpoint, proxy = self.endpoint, self.proxy
        peer = endpoint if proxy is None else proxy
        started = time.monotonic()
        connect_deadline = deadline
        if connect_timeout is not None:
            connect_deadline = min(deadline, started + connect_timeout)
        try:
            sock = _open(_resolve(peer.host, peer.port, connect_deadline), connect_deadline)
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                if endpoint.scheme == "https":
                    if proxy is not None:
                        _open_tunnel(sock, endpoint, proxy, connect_deadline)
                    # The handshake shares the connect deadline; ssl bounds it as a whole.
                    sock.settimeout(_time_left(connect_deadline))
                    sock = self._tls_context().wrap_socket(sock, server_hostname=endpoint.host)
            except BaseException:
                sock.close()
                raise
        except TimeoutError as exc:
            raise errors.RequestTimeoutError(
                f"{action}: could not connect to {self._peer} within "
                f"{max(connect_deadline - started, 0.0):g}s",
                request_sent=False,
            ) from exc
        except TunnelRefused as exc:
            raise errors.NetworkError(f"{action}: {exc}", request_sent=False) from exc
        except Exception as exc:  # refused, unreachable, DNS failure, certificate not trusted
            raise errors.NetworkError(
                f"{action}: could not connect to {self._peer}: {describe(exc)}",
                request_sent=False,
            ) from exc
        return sock

    def _tls_context(self) -> ssl.SSLContext:
        context = self._ssl_context
        if context is None:
            import ssl  # only for https: a slow import

            # Verifies certificates and host names against the system's CA store.
            context = self._ssl_context = ssl.create_default_context()
        return context


def _resolve(host: str, port: int, deadline: float) -> list[tuple[str, int]]:
    """The addresses of ``host``, looked up within the deadline.

    ``getaddrinfo`` blocks without a timeout of its own, so a name is looked up in a helper thread
    that the call stops waiting for at the deadline (the thread ends when the resolver answers).
    An address literal needs no lookup. Only new connections pay for this, not kept-alive ones.
    """
    import socket

    if _is_address(socket, host):
        return [(host, port)]
    found: list[tuple[str, int]] = []
    failure: list[OSError] = []

    def look_up() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            found.extend(cast(tuple[str, int], info[4][:2]) for info in infos)
        except OSError as exc:
            failure.append(exc)

    lookup = threading.Thread(target=look_up, name=f"resolve {host}", daemon=True)
    lookup.start()
    lookup.join(_time_left(deadline))
    if lookup.is_alive():
        raise TimeoutError
    if failure:
        raise failure[0]
    return found


def _open(addresses: list[tuple[str, int]], deadline: float) -> socket.socket:
    """A connection to the first address that takes one, as ``socket.create_connection`` does."""
    import socket

    failure: OSError | None = None
    for address in addresses:
        try:
            return socket.create_connection(address, timeout=_time_left(deadline))
        except TimeoutError:
            raise
        except OSError as exc:
            failure = exc
    raise failure or OSError("no address")


def _is_address(socket: ModuleType, host: str) -> bool:
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, host)
        except OSError:
            continue
        return True
    return False


def _open_tunnel(sock: socket.socket, endpoint: Endpoint, proxy: Proxy, deadline: float) -> None:
    """Asks the proxy for a tunnel to ``endpoint`` and reads its answer, within the deadline.

    Raises TunnelRefused for an answer other than 2xx, ProtocolError for a broken one.
    """
    _send_all(sock, encode_connect(endpoint, proxy), deadline)
    answer = TunnelAnswer(endpoint, proxy)
    while True:
        sock.settimeout(_time_left(deadline))
        chunk = sock.recv(_RECV_BYTES)
        if not chunk:
            answer.feed_eof()  # raises: the proxy hung up without answering
        elif answer.feed(chunk):
            return


def _time_left(deadline: float) -> float:
    """Seconds until ``deadline``; TimeoutError once it has passed (a 0 timeout never blocks)."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def _send_all(sock: socket.socket, data: bytes, deadline: float) -> None:
    # One send() usually takes the whole request; looping keeps a slow reader within the deadline
    # (an SSL socket's sendall restarts its timeout with every piece).
    view = memoryview(data)
    while view:
        sock.settimeout(_time_left(deadline))
        sent = sock.send(view)
        view = view[sent:]


def _is_dropped(sock: socket.socket, tls: bool) -> bool:
    """An idle kept-alive socket that is readable has been closed (or broken) by the server."""
    try:
        if tls and cast("ssl.SSLSocket", sock).pending():
            return True  # decrypted bytes nobody asked for: out of step
        if _poll is not None:
            poller = _poll()
            poller.register(sock, select.POLLIN)
            return bool(poller.poll(0))
        # select() only where poll() is missing (Windows): it fails past FD_SETSIZE descriptors.
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)
