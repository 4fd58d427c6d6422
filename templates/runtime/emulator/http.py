"""Reading HTTP/1.1 requests strictly, with size limits and deadlines.

Anything malformed raises ``HttpError`` with the status to answer. Nothing here reads more than
the limit it was given; the server bounds the time each read may take (``watchdog.py``).
"""

from __future__ import annotations

import asyncio
import hmac
import re
from dataclasses import dataclass

__all__ = [
    "HttpError",
    "RequestHead",
    "TooLarge",
    "check_token",
    "linger",
    "read_body",
    "read_head",
]

MAX_HEAD = 64 * 1024
LINGER_SECONDS = 2.0
_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_REQUEST_LINE = re.compile(rf"({_TOKEN}) ([\x21-\x7e]+) (HTTP/1\.[01])", re.ASCII)
_FIELD_VALUE = r"[^\x00-\x08\x0a-\x1f\x7f]*"  # no control characters but tab
_HEAD = re.compile(rf"{_TOKEN} [\x21-\x7e]+ HTTP/1\.[01](?:\r\n{_TOKEN}:{_FIELD_VALUE})*", re.ASCII)
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


async def read_head(reader: asyncio.StreamReader, first: bytes) -> RequestHead:
    """Reads the rest of the head (``first`` is its first byte) and parses it."""
    try:
        rest = await reader.readuntil(b"\r\n\r\n")
    except asyncio.LimitOverrunError:
        raise HttpError(431, f"the request head is over {MAX_HEAD} bytes") from None
    except asyncio.IncompleteReadError as exc:
        if len(exc.partial) + 1 > MAX_HEAD:
            raise HttpError(431, f"the request head is over {MAX_HEAD} bytes") from None
        raise HttpError(400, "the connection closed inside the request head") from None
    if len(rest) + 1 > MAX_HEAD:
        raise HttpError(431, f"the request head is over {MAX_HEAD} bytes")
    return parse_head((first + rest)[:-4].decode("latin-1"))


def parse_head(text: str) -> RequestHead:
    """The head's fields; one regular expression checks all of it first (the common case)."""
    if _HEAD.fullmatch(text) is None:
        request_line = text.partition("\r\n")[0]
        if _REQUEST_LINE.fullmatch(request_line) is None:
            raise HttpError(400, "malformed request line")
        raise HttpError(400, "malformed header line")
    request_line, *lines = text.split("\r\n")
    method, target, version = request_line.split(" ")
    headers: dict[str, str] = {}
    for line in lines:
        name, _, value = line.partition(":")
        name = name.lower()
        value = value.strip(" \t")
        previous = headers.get(name)
        if previous is None:
            headers[name] = value
        elif name in _SINGLE_VALUED:
            if previous != value:
                raise HttpError(400, f"conflicting {name} headers")
        else:
            headers[name] = f"{previous}, {value}"
    return RequestHead(method, target, version, headers)


class TooLarge(Exception):
    """The body is over the limit; nothing past the limit was read."""


async def read_body(reader: asyncio.StreamReader, length: int | None, limit: int) -> bytes:
    """The body (``length`` None for chunked); TooLarge over ``limit``, HttpError when malformed."""
    if length is not None and length > limit:
        raise TooLarge
    try:
        if length is not None:
            return await reader.readexactly(length)
        return await _read_chunked(reader, limit)
    except asyncio.IncompleteReadError:
        raise HttpError(400, "the connection closed inside the request body") from None
    except asyncio.LimitOverrunError:
        raise HttpError(400, "malformed chunked body") from None


async def _read_chunked(reader: asyncio.StreamReader, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        matched = _CHUNK_SIZE.fullmatch(await reader.readuntil(b"\r\n"))
        if matched is None:
            raise HttpError(400, "malformed chunk size")
        size = int(matched.group(1), 16)
        if size == 0:
            break
        total += size
        if total > limit:
            raise TooLarge
        chunk = await reader.readexactly(size + 2)
        if chunk[-2:] != b"\r\n":
            raise HttpError(400, "a chunk is longer than its size")
        chunks.append(chunk[:-2])
    trailers = 0
    while (line := await reader.readuntil(b"\r\n")) != b"\r\n":
        trailers += len(line)
        if trailers > MAX_HEAD:
            raise HttpError(431, "the trailers are over the head limit")
    return b"".join(chunks)


async def linger(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, most: int) -> None:
    """After an early answer: drops what the client still sends (at most ``most`` bytes, for at
    most LINGER_SECONDS), so that it reads the answer rather than a reset; the caller closes."""
    try:
        if writer.can_write_eof():
            writer.write_eof()
        async with asyncio.timeout(LINGER_SECONDS):
            while most > 0:
                dropped = await reader.read(min(most, 1 << 16))
                if not dropped:
                    return
                most -= len(dropped)
    except (ConnectionError, TimeoutError):
        pass


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
