# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/_http.py; edit it there.
"""HTTP/1.1 without I/O, shared by both transports: request bytes, header checks, response parsing.

Both transports feed the same ``ResponseParser``, so framing, the size cap and what counts as a
broken answer are decided once; each transport only moves bytes and keeps the time. Through a
proxy (``_proxy``) an http request names its absolute URL, and an https connection starts with a
CONNECT exchange (``encode_connect``, ``TunnelAnswer``) before TLS.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import _exceptions as errors
from ._core import RawResponse
from ._limits import DEFAULT_MAX_RESPONSE_BYTES

if TYPE_CHECKING:
    from ._core import Endpoint, PreparedRequest
    from ._proxy import Proxy

# A response head larger than this is not one this API sends: fail rather than buffer forever.
MAX_HEAD_BYTES = 64 * 1024
# Statuses that never carry a body, whatever the headers say (RFC 9112, section 6.3).
_BODILESS_STATUSES = frozenset({204, 304})
_HEX_DIGITS = b"0123456789abcdefABCDEF"
# Methods whose requests carry no body, hence no Content-Length unless they do (as http.client).
_BODILESS_METHODS = frozenset({"GET", "HEAD"})
# Request headers the transport owns: the body length it computes, and keep-alive.
_TRANSPORT_HEADERS = frozenset({"content-length", "transfer-encoding", "connection"})
# A field name is an RFC 9110 token (a set, not a regex: compiling one costs import time).
_TOKEN_CHARS = frozenset(
    "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
# Anything a field value cannot carry on the wire: control characters (a CR or LF would inject
# headers) and whatever latin-1 cannot encode.
_NOT_IN_VALUE = re.compile(r"[^\t\x20-\x7e\x80-\xff]")


class ProtocolError(Exception):
    """The response broke HTTP/1.1 framing, or the connection ended before it was complete."""


class ResponseTooLarge(ProtocolError):
    """The response's body is longer than the parser's cap; ``status`` and ``headers`` were read."""

    def __init__(self, limit: int, status: int, headers: dict[str, str]) -> None:
        super().__init__(f"response body longer than {limit} bytes")
        self.limit = limit
        self.status = status
        self.headers = headers


def is_header_value(value: str) -> bool:
    """Whether ``value`` can be sent as a header value as it is."""
    return _NOT_IN_VALUE.search(value) is None


def header_problems(headers: dict[str, str]) -> list[str]:
    """What makes ``headers`` unsendable, naming each header but never quoting its value.

    Header values carry the session token and the signature: an error must not repeat them.
    """
    problems = []
    for name, value in headers.items():
        if not isinstance(name, str) or not name or not _TOKEN_CHARS.issuperset(name):
            problems.append("header name: not an HTTP token")
        elif not isinstance(value, str):
            problems.append(f"header {name}: not text ({type(value).__name__})")
        elif not is_header_value(value):
            problems.append(
                f"header {name}: holds a line break, a control character or a character "
                "outside latin-1"
            )
    return problems


def check_headers(headers: dict[str, str]) -> None:
    """Raises ValidationError when a header cannot be sent as it is (see ``header_problems``)."""
    problems = header_problems(headers)
    if problems:
        raise errors.ValidationError(problems)


def encode_request(
    endpoint: Endpoint, request: PreparedRequest, proxy: Proxy | None = None
) -> bytes:
    """The request's bytes: request line, headers with Host and Content-Length, and the body.

    With ``proxy``, which forwards it to an http endpoint, the request line names the absolute URL
    and ``Proxy-Authorization`` carries the proxy's credentials, if any.
    Raises ValidationError, before anything is sent, for a header no server could read safely.
    """
    target = request.path
    if not (request.method.isascii() and request.method.isalpha()):
        raise errors.ValidationError([f"method: not an HTTP method: {request.method!r}"])
    if not target.startswith("/") or _NOT_IN_VALUE.search(target) or " " in target:
        raise errors.ValidationError(["path: not a valid request target"])
    headers = request.headers
    # One scan of all names and one of all values is the common case; the per-header scan only
    # runs to name the culprit.
    try:
        sendable = "" not in headers and _TOKEN_CHARS.issuperset("".join(headers))
        sendable = sendable and not _NOT_IN_VALUE.search("".join(headers.values()))
    except TypeError:  # a name or value that is not text
        sendable = False
    if not sendable:
        check_headers(headers)
    if proxy is None:
        lines = [f"{request.method} {target} HTTP/1.1"]
    else:
        url = f"{endpoint.scheme}://{authority(endpoint)}{target}"
        lines = [f"{request.method} {url} HTTP/1.1"]
        if proxy.authorization is not None:
            lines.append(f"Proxy-Authorization: {proxy.authorization}")
    has_host = False
    for name, value in headers.items():
        lowered = name.lower()
        if lowered in _TRANSPORT_HEADERS:
            continue
        has_host = has_host or lowered == "host"
        lines.append(f"{name}: {value}")
    if not has_host:
        lines.append(f"Host: {endpoint.host_header}")
    if request.body or request.method not in _BODILESS_METHODS:
        lines.append(f"Content-Length: {len(request.body)}")
    lines.append("\r\n")
    return "\r\n".join(lines).encode("latin-1") + request.body


def encode_connect(endpoint: Endpoint, proxy: Proxy) -> bytes:
    """The CONNECT request asking ``proxy`` for a tunnel to ``endpoint``."""
    target = authority(endpoint)
    lines = [f"CONNECT {target} HTTP/1.1", f"Host: {target}"]
    if proxy.authorization is not None:
        lines.append(f"Proxy-Authorization: {proxy.authorization}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def authority(endpoint: Endpoint) -> str:
    """``host:port``, an IPv6 address in brackets."""
    host = f"[{endpoint.host}]" if ":" in endpoint.host else endpoint.host
    return f"{host}:{endpoint.port}"


def peer_name(endpoint: Endpoint, proxy: Proxy | None) -> str:
    """What a connection error calls the other end: the endpoint, and the proxy in between."""
    if proxy is None:
        return endpoint.host_header
    return f"{endpoint.host_header} through proxy {proxy.url}"


class TunnelRefused(ProtocolError):
    """The proxy answered CONNECT with another status than 2xx; the message says who and what."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class TunnelAnswer:
    """Reads a proxy's answer to CONNECT, as ``ResponseParser`` reads other answers.

    A 2xx answer is a head without a body, and the tunnel starts right after it (RFC 9110, section
    9.3.6): ``feed`` returns True at its end. Any other status raises TunnelRefused as soon as
    the status line is in, its body left unread: the connection is closed anyway.
    """

    keep_alive = True

    def __init__(self, endpoint: Endpoint, proxy: Proxy) -> None:
        self._endpoint = endpoint
        self._proxy = proxy
        self._buffer = bytearray()
        self.status = 0

    def feed(self, data: bytes) -> bool:
        buffer = self._buffer
        buffer += data
        if len(buffer) > MAX_HEAD_BYTES + 4:
            raise ProtocolError(f"proxy answer head longer than {MAX_HEAD_BYTES} bytes")
        if not self.status:
            line_end = buffer.find(b"\r\n")
            if line_end < 0:
                return False
            line = buffer[:line_end].decode("latin-1")
            _, self.status = _parse_status_line(line)
            if not 200 <= self.status < 300:
                reason = "".join(filter(str.isprintable, line.partition(" ")[2][4:84]))
                raise TunnelRefused(
                    f"proxy {self._proxy.url} refused CONNECT to {authority(self._endpoint)}: "
                    f"{self.status} {reason}".rstrip(),
                    self.status,
                )
        end = buffer.find(b"\r\n\r\n")
        if end < 0:
            return False
        if len(buffer) > end + 4:
            # TLS has the client speak first: nothing can come through the tunnel yet.
            raise ProtocolError("bytes after the proxy's answer to CONNECT")
        return True

    def feed_eof(self) -> None:
        raise ProtocolError("the proxy closed the connection before answering CONNECT")

    def result(self) -> RawResponse:
        """The answer's status (its headers are not kept)."""
        return RawResponse(self.status, {}, b"")


class ResponseParser:
    """Parses one HTTP/1.x response as its bytes arrive.

    ``feed`` returns True once the response is complete; ``feed_eof`` ends a body that runs to the
    end of the connection. Bad framing raises ProtocolError; a body longer than
    ``max_body_bytes`` raises ResponseTooLarge as soon as that is known (at once from a
    Content-Length or chunk size, else once the bytes arrive), so memory stays bounded.
    Informational (1xx) responses are skipped. Body length: chunked, then Content-Length, else up
    to the end of the connection.
    """

    def __init__(self, max_body_bytes: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        self._buffer = bytearray()
        self._step: Callable[[], bool] = self._read_head
        self._remaining = 0
        self._chunks: list[bytes] = []
        self._body_bytes = 0  # chunk bytes announced so far
        self._done = False
        self.max_body_bytes = max_body_bytes
        self.status = 0
        self.headers: dict[str, str] = {}
        self.body = b""
        self.keep_alive = True

    def feed(self, data: bytes) -> bool:
        self._buffer += data
        # Each step consumes what it can and says whether the next step may make progress.
        while not self._done and self._step():
            pass
        if self._done and self._buffer:
            # Bytes past the end of the response: we never pipeline, so the stream is out of step.
            self.keep_alive = False
        return self._done

    def feed_eof(self) -> None:
        if self._done:
            return
        if self._step == self._read_to_eof:
            self.body = bytes(self._buffer)
            self._buffer.clear()
            self._done = True
            return
        if self.status == 0 and not self._buffer:
            raise ProtocolError("connection closed before any response")
        raise ProtocolError("connection closed before the response was complete")

    def result(self) -> RawResponse:
        return RawResponse(self.status, self.headers, self.body)

    def _too_large(self) -> ResponseTooLarge:
        self.keep_alive = False
        return ResponseTooLarge(self.max_body_bytes, self.status, self.headers)

    def _read_head(self) -> bool:
        buffer = self._buffer
        end = buffer.find(b"\r\n\r\n")
        if end < 0:
            if len(buffer) > MAX_HEAD_BYTES:
                raise ProtocolError(f"response head longer than {MAX_HEAD_BYTES} bytes")
            return False
        head = buffer[:end].decode("latin-1")
        del buffer[: end + 4]
        self._parse_head(head)
        return True

    def _parse_head(self, head: str) -> None:
        status_line, *lines = head.split("\r\n")
        version, status = _parse_status_line(status_line)
        headers, framing = _parse_header_lines(lines)
        if 100 <= status < 200:
            if status == 101:
                raise ProtocolError("unexpected 101 Switching Protocols")
            return  # an interim response: the real one follows, keep reading heads
        self.status, self.headers = status, headers
        connection = {token.strip().lower() for token in framing.get("connection", "").split(",")}
        if version == "HTTP/1.0":
            self.keep_alive = "keep-alive" in connection
        else:
            self.keep_alive = "close" not in connection
        self._choose_body_framing(framing)

    def _choose_body_framing(self, framing: dict[str, str]) -> None:
        transfer_encoding = framing.get("transfer-encoding")
        if self.status in _BODILESS_STATUSES:
            self._done = True
        elif transfer_encoding is not None:
            if transfer_encoding.rsplit(",", 1)[-1].strip().lower() == "chunked":
                self._step = self._read_chunk_size
            else:  # an encoding we cannot frame: the body ends with the connection
                self.keep_alive = False
                self._step = self._read_to_eof
        elif "content-length" in framing:
            self._remaining = _parse_content_length(framing["content-length"])
            if self._remaining > self.max_body_bytes:
                raise self._too_large()  # refused before a byte of the body is buffered
            self._step = self._read_length
        else:
            self.keep_alive = False
            self._step = self._read_to_eof

    def _read_length(self) -> bool:
        buffer, length = self._buffer, self._remaining
        if len(buffer) < length:
            return False
        self.body = bytes(buffer[:length])
        del buffer[:length]
        self._done = True
        return False

    def _read_to_eof(self) -> bool:
        # Everything stays buffered until feed_eof, up to the cap.
        if len(self._buffer) > self.max_body_bytes:
            raise self._too_large()
        return False

    def _read_chunk_size(self) -> bool:
        line = self._take_line()
        if line is None:
            return False
        size = line.split(b";", 1)[0].strip()  # chunk extensions are ignored
        if not size or len(size) > 16 or size.translate(None, _HEX_DIGITS):
            raise ProtocolError(f"bad chunk size line {bytes(line[:40])!r}")
        self._remaining = int(size, 16)
        self._body_bytes += self._remaining
        if self._body_bytes > self.max_body_bytes:
            raise self._too_large()
        self._step = self._read_chunk_data if self._remaining else self._read_trailer
        return True

    def _read_chunk_data(self) -> bool:
        buffer, size = self._buffer, self._remaining
        if len(buffer) < size + 2:
            return False
        if buffer[size : size + 2] != b"\r\n":
            raise ProtocolError("chunk not followed by CRLF")
        self._chunks.append(bytes(buffer[:size]))
        del buffer[: size + 2]
        self._step = self._read_chunk_size
        return True

    def _read_trailer(self) -> bool:
        # Trailer fields (rare, and nothing this API sends) are read past and dropped.
        line = self._take_line()
        if line is None:
            return False
        if not line:
            self.body = b"".join(self._chunks)
            self._done = True
        return True

    def _take_line(self) -> bytearray | None:
        buffer = self._buffer
        end = buffer.find(b"\r\n")
        if end < 0:
            if len(buffer) > MAX_HEAD_BYTES:
                raise ProtocolError("chunked framing line too long")
            return None
        line = buffer[:end]
        del buffer[: end + 2]
        return line


def _parse_status_line(line: str) -> tuple[str, int]:
    version, _, rest = line.partition(" ")
    code = rest[:3]
    if (
        version not in ("HTTP/1.1", "HTTP/1.0")
        or len(code) != 3
        or not (code.isascii() and code.isdigit())
        or rest[3:4] not in ("", " ")
    ):
        raise ProtocolError(f"bad status line {line[:80]!r}")
    return version, int(code)


def _parse_header_lines(lines: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """The headers as sent (repeated ones joined by commas), and the same keyed in lower case."""
    headers: dict[str, str] = {}
    framing: dict[str, str] = {}
    for line in lines:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            raise ProtocolError(f"bad header line {line[:80]!r}")
        value = value.strip()
        lowered = name.lower()
        if lowered in framing:
            framing[lowered] += ", " + value
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        else:
            framing[lowered] = value
            headers[name] = value
    return headers, framing


def _parse_content_length(value: str) -> int:
    # A repeated header was joined with commas; identical repeats are tolerated (RFC 9110, 8.6).
    values = {part.strip() for part in value.split(",")}
    if len(values) != 1:
        raise ProtocolError(f"conflicting Content-Length {value!r}")
    (length,) = values
    if not (length.isascii() and length.isdigit()):
        raise ProtocolError(f"bad Content-Length {value!r}")
    return int(length)


def too_large_error(action: str, exc: ResponseTooLarge) -> errors.ResponseTooLargeError:
    """The client-facing error for an answer over the cap (status and headers, no body)."""
    return errors.ResponseTooLargeError(
        f"{action}: answer larger than max_response_bytes={exc.limit}",
        http_response=RawResponse(exc.status, exc.headers, b""),
    )


def proxy_refused_error(action: str, proxy: Proxy) -> errors.NetworkError:
    """The error for a 407 answer to a forwarded request: the proxy kept it (``request_sent``
    False) because it wants credentials, or other ones."""
    return errors.NetworkError(
        f"{action}: proxy {proxy.url} refused to forward the request: "
        "407 Proxy Authentication Required",
        request_sent=False,
    )


def describe(exc: BaseException) -> str:
    """``Type: message`` of an exception, for the NetworkError that wraps it."""
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
