# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/http.py; edit it there.
"""Reading HTTP/1.1 requests strictly, with size limits and deadlines.

Anything malformed raises ``HttpError`` with the status to answer. The connection
(``connection.py``) hands over the bytes as they arrive; nothing here takes more than the limit it
was given.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass

__all__ = [
    "MAX_HEAD",
    "ChunkedBody",
    "HttpError",
    "RequestHead",
    "TooLarge",
    "check_token",
    "head_end",
    "parse_head",
]

MAX_HEAD = 64 * 1024
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", re.ASCII)
_REQUEST_LINE = re.compile(rf"({_TOKEN.pattern}) ([\x21-\x7e]+) (HTTP/1\.[01])", re.ASCII)
_NOT_IN_VALUE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # control characters but tab
# Header names seen, checked, with their lower case: most requests carry the same few.
_NAMES: dict[str, str] = {}
_SINGLE_VALUED = frozenset({"content-length", "transfer-encoding", "host"})
_DIGITS = re.compile(r"[0-9]{1,19}", re.ASCII)
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,16})[ \t]*(?:;[^\r\n]*)?\r\n")


class HttpError(Exception):
    """A request the server answers with ``status`` and ``{"error": message}``, then closes."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(slots=True)
class RequestHead:
    """The request line and the headers (names in lower case)."""

    method: str
    target: str
    version: str
    headers: dict[str, str]

    @property
    def keep_alive(self) -> bool:
        return self.version == "HTTP/1.1" and self.headers.get("connection", "").lower() != "close"

    def body_framing(self) -> int | None:
        """The Content-Length, or None for a chunked body; HttpError when they are unclear."""
        encoding = self.headers.get("transfer-encoding")
        length = self.headers.get("content-length")
        if encoding is not None:
            if length is not None:
                raise HttpError(400, "both Content-Length and Transfer-Encoding")
            if encoding.lower() != "chunked":
                raise HttpError(400, f"unsupported Transfer-Encoding {encoding!r}")
            return None
        if length is None:
            return 0
        if not _DIGITS.fullmatch(length):
            raise HttpError(400, f"invalid Content-Length {length!r}")
        return int(length)


def head_end(buffer: bytearray, start: int) -> int:
    """Where the head in ``buffer`` ends (after its blank line), searching from ``start``; -1
    while it is incomplete. HttpError 431 when it is, or would be, over MAX_HEAD."""
    end = buffer.find(b"\r\n\r\n", start)
    if end < 0:
        if len(buffer) >= MAX_HEAD:
            raise HttpError(431, f"the request head is over {MAX_HEAD} bytes")
        return -1
    if end + 4 > MAX_HEAD:
        raise HttpError(431, f"the request head is over {MAX_HEAD} bytes")
    return end + 4


def parse_head(raw: bytes) -> RequestHead:
    """The head's fields (``raw`` without its blank line); HttpError 400 when it is malformed:
    a request line other than method, target and version, a header line without a colon, a
    header name that is not a token, a control character (but tab) in a header value."""
    request_line, *lines = raw.decode("latin-1").split("\r\n")
    matched = _REQUEST_LINE.fullmatch(request_line)
    if matched is None:
        raise HttpError(400, "malformed request line")
    method, target, version = matched.groups()
    headers: dict[str, str] = {}
    for line in lines:
        name, colon, value = line.partition(":")
        lowered = _NAMES.get(name) or _header_name(name)
        # isprintable() is the quick test; a tab or a non-ASCII character takes the exact one.
        if not colon or (not value.isprintable() and _NOT_IN_VALUE.search(value)):
            raise HttpError(400, "malformed header line")
        value = value.strip(" \t")
        previous = headers.get(lowered)
        if previous is None:
            headers[lowered] = value
        elif lowered in _SINGLE_VALUED:
            if previous != value:
                raise HttpError(400, f"conflicting {lowered} headers")
        else:
            headers[lowered] = f"{previous}, {value}"
    return RequestHead(method, target, version, headers)


def _header_name(name: str) -> str:
    """``name`` in lower case, once it is checked to be a token; remembered (a few hundred)."""
    if _TOKEN.fullmatch(name) is None:
        raise HttpError(400, "malformed header line")
    lowered = name.lower()
    if len(_NAMES) < 512:
        _NAMES[name] = lowered
    return lowered


class TooLarge(Exception):
    """The body is over the limit; nothing past the limit was read."""


class ChunkedBody:
    """A chunked body read as it arrives: ``feed`` takes what it can from the buffer each time.

    Each chunk's size is checked against ``limit`` before its data is awaited (TooLarge); a size
    line longer than MAX_HEAD is malformed, trailers over MAX_HEAD are refused with 431.
    """

    __slots__ = ("_chunks", "_limit", "_need", "_total", "_trailers")

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._chunks: list[bytes] = []
        self._total = 0
        self._need = -1  # the size of the chunk whose data is awaited; -1 between chunks
        self._trailers = -1  # bytes of trailers read once the last chunk is; -1 before

    def feed(self, buffer: bytearray) -> bytes | None:
        """Consumes complete parts from the front of ``buffer``; the body once it is complete,
        None while more must arrive."""
        while True:
            if self._need >= 0:
                if len(buffer) < self._need + 2:
                    return None
                if buffer[self._need : self._need + 2] != b"\r\n":
                    raise HttpError(400, "a chunk is longer than its size")
                self._chunks.append(bytes(buffer[: self._need]))
                del buffer[: self._need + 2]
                self._need = -1
            end = buffer.find(b"\r\n")
            if end < 0:
                if self._trailers >= 0 and self._trailers + len(buffer) > MAX_HEAD:
                    raise HttpError(431, "the trailers are over the head limit")
                if len(buffer) > MAX_HEAD:
                    raise HttpError(400, "malformed chunked body")
                return None
            line = bytes(buffer[: end + 2])
            del buffer[: end + 2]
            if self._trailers >= 0:
                if end == 0:
                    return b"".join(self._chunks)
                self._trailers += len(line)
                if self._trailers > MAX_HEAD:
                    raise HttpError(431, "the trailers are over the head limit")
                continue
            matched = _CHUNK_SIZE.fullmatch(line)
            if matched is None:
                raise HttpError(400, "malformed chunk size")
            size = int(matched.group(1), 16)
            if size == 0:
                self._trailers = 0
                continue
            self._total += size
            if self._total > self._limit:
                raise TooLarge
            self._need = size


def check_token(expected: str | None, headers: dict[str, str]) -> tuple[int, str] | None:
    """None when ``expected`` is unset or the request carries it (``Authorization: Bearer`` or
    ``X-Admin-Token``); otherwise the status (401 missing, 403 wrong) and the problem."""
    if expected is None:
        return None
    given = headers.get("x-admin-token")
    scheme, _, credentials = headers.get("authorization", "").partition(" ")
    if given is None and scheme.lower() == "bearer":
        given = credentials.strip()
    if not given:
        return 401, "the admin API needs the admin token (Authorization: Bearer <token>)"
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        return 403, "wrong admin token"
    return None
