"""A forward HTTP proxy on 127.0.0.1, run in threads for the length of a ``with`` block.

It forwards absolute-form requests (``POST http://host:port/ HTTP/1.1``) and answers them on the
client's kept-alive connection, and opens CONNECT tunnels that relay bytes both ways. It records
each request line with the ``Proxy-Authorization`` it carried, and counts the connections it
accepted and the tunnels it opened. With ``credentials`` it answers 407 to any request without
them. ``hosts`` sends a name to a loopback port instead of looking it up, so tests can use names
that resolve nowhere else.
"""

from __future__ import annotations

import base64
import http.client
import io
import select
import socket
import ssl
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Self
from urllib.parse import urlsplit

_HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authorization", "proxy-connection"})


@dataclass(frozen=True)
class ProxiedRequest:
    """One request as the proxy read it: its request line and its Proxy-Authorization."""

    line: str
    authorization: str | None


def basic_authorization(user: str, password: str) -> str:
    """The ``Proxy-Authorization`` value of ``user`` and ``password``."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def relay(one: socket.socket, other: socket.socket, stopping: threading.Event) -> None:
    """Copies bytes both ways until either side closes (or the server stops)."""
    peers = {one: other, other: one}
    while not stopping.is_set():
        readable, _, _ = select.select(list(peers), [], [], 0.1)
        for sock in readable:
            try:
                data = sock.recv(65536)
                # A TLS socket may hold decrypted bytes that select() does not see.
                while isinstance(sock, ssl.SSLSocket) and sock.pending():
                    data += sock.recv(sock.pending())
                if not data:
                    return
                peers[sock].sendall(data)
            except OSError:
                return


class ThreadedServer:
    """Accepts connections on 127.0.0.1 and hands each to ``handle`` in a thread of its own."""

    def __init__(self, name: str) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)  # accept() wakes up to notice the server stopping
        self.port: int = self._listener.getsockname()[1]
        self.connections = 0
        self.stopping = threading.Event()
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, name=name, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stopping.set()
        self._listener.close()
        with self._lock:
            for sock in self._open:
                try:
                    sock.shutdown(socket.SHUT_RDWR)  # wakes a handler blocked reading it
                except OSError:
                    pass
                sock.close()
        self._thread.join()

    def handle(self, client: socket.socket) -> None:
        raise NotImplementedError

    def track(self, sock: socket.socket) -> socket.socket:
        """Closes ``sock`` when the server stops, so no handler thread outlives it."""
        with self._lock:
            self._open.add(sock)
        return sock

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            self.connections += 1
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            self.handle(self.track(client))
        except OSError:
            pass
        finally:
            client.close()


class ForwardProxy(ThreadedServer):
    """A forward proxy for http requests and CONNECT tunnels; see the module."""

    def __init__(
        self,
        *,
        credentials: tuple[str, str] | None = None,
        hosts: Mapping[str, int] | None = None,
    ) -> None:
        super().__init__("forward proxy")
        self.required = None if credentials is None else basic_authorization(*credentials)
        self.hosts = dict(hosts or {})
        self.requests: list[ProxiedRequest] = []
        self.tunnels = 0
        self._count_lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url_with(self, user: str, password: str) -> str:
        return f"http://{user}:{password}@127.0.0.1:{self.port}"

    def handle(self, client: socket.socket) -> None:
        reader = client.makefile("rb")
        while True:
            line = reader.readline().decode("latin-1").rstrip("\r\n")
            if not line:
                return
            headers = _read_headers(reader)
            authorization = headers.get("proxy-authorization")
            self.requests.append(ProxiedRequest(line, authorization))
            method, target, _ = line.split(" ", 2)
            body = reader.read(int(headers.get("content-length", "0")))
            if self.required is not None and authorization != self.required:
                _answer(
                    client, 407, "Proxy Authentication Required", b"credentials, please", close=True
                )
                return
            if method == "CONNECT":
                self._tunnel(client, target)
                return
            self._forward(client, method, target, headers, body)

    def _address(self, host: str, port: int) -> tuple[str, int]:
        return ("127.0.0.1", self.hosts[host]) if host in self.hosts else (host, port)

    def _tunnel(self, client: socket.socket, target: str) -> None:
        host, _, port = target.rpartition(":")
        try:
            upstream = socket.create_connection(self._address(host.strip("[]"), int(port)), 5)
        except OSError:
            _answer(client, 502, "Bad Gateway", b"", close=True)
            return
        with self.track(upstream):
            upstream.settimeout(None)
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            with self._count_lock:
                self.tunnels += 1
            relay(client, upstream, self.stopping)

    def _forward(
        self,
        client: socket.socket,
        method: str,
        target: str,
        headers: dict[str, str],
        body: bytes,
    ) -> None:
        url = urlsplit(target)
        assert url.scheme == "http" and url.hostname, f"not in absolute form: {target}"
        host, port = self._address(url.hostname, url.port or 80)
        path = url.path + (f"?{url.query}" if url.query else "")
        upstream = http.client.HTTPConnection(host, port, timeout=10)
        try:
            sent = {name: value for name, value in headers.items() if name not in _HOP_BY_HOP}
            upstream.request(method, path, body=body, headers=sent)
            answer = upstream.getresponse()
            _answer(client, answer.status, answer.reason, answer.read(), answer.getheaders())
        finally:
            upstream.close()


def _read_headers(reader: io.BufferedReader) -> dict[str, str]:
    headers: dict[str, str] = {}
    while True:
        line = reader.readline().decode("latin-1").rstrip("\r\n")
        if not line:
            return headers
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()


def _answer(
    client: socket.socket,
    status: int,
    reason: str,
    body: bytes,
    headers: list[tuple[str, str]] | None = None,
    *,
    close: bool = False,
) -> None:
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [
        f"{name}: {value}"
        for name, value in headers or []
        if name.lower() not in _HOP_BY_HOP | {"content-length", "transfer-encoding"}
    ]
    lines.append(f"Content-Length: {len(body)}")
    if close:
        lines.append("Connection: close")
    client.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)


class TlsTerminator(ThreadedServer):
    """Speaks TLS on 127.0.0.1 with ``context`` and relays the plain bytes to ``target_port``."""

    def __init__(self, context: ssl.SSLContext, target_port: int) -> None:
        super().__init__("tls terminator")
        self._context = context
        self._target_port = target_port

    def handle(self, client: socket.socket) -> None:
        client.settimeout(10)
        tls = self.track(self._context.wrap_socket(client, server_side=True))
        tls.settimeout(None)
        with self.track(socket.create_connection(("127.0.0.1", self._target_port), 5)) as plain:
            plain.settimeout(None)
            relay(tls, plain, self.stopping)
