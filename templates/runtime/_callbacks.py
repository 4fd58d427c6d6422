"""Receiving the service's callbacks: strict parsing of the documented records, the answer the
service expects, and one WSGI and one ASGI endpoint for every callback of a package.

The generated ``callbacks`` module declares one model per callback (attributes and a ``FIELDS``
table) and its parse functions; everything that does not depend on the spec is here.

Parsing is strict where a receiver must not guess: a wrong JSON type or a missing required field is
an ``InvalidCallbackError`` naming every such field, so the endpoint answers a non-zero result and
the service sends the callback again. Values are not checked against enums: a status the documents
do not list yet must not make the service retry a delivery report forever.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar, NamedTuple, Self, TypeVar

from ._base import LOGGER_NAME
from ._exceptions import ValidationError, ValidationProblem

__all__ = [
    "SERVICE_TIMEZONE",
    "CallbackField",
    "CallbackRecord",
    "CallbackRoute",
    "InvalidCallbackError",
    "answer",
    "asgi_app",
    "parse_batch",
    "parse_one",
    "wsgi_app",
]

# The service writes its times in China Standard Time, with no zone in the text.
SERVICE_TIMEZONE = timezone(timedelta(hours=8), "UTC+08:00")
_DATETIME_TEXT = "%Y-%m-%d %H:%M:%S"
# A delivery-report batch is a few hundred short records; anything far larger is not the service.
MAX_CALLBACK_BYTES = 1024 * 1024
# The answer's non-zero result: the documents only say "other values: failure".
FAILURE_RESULT = 1
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "float": (int, float),
    "boolean": (bool,),
    "object": (dict,),
}

_logger = logging.getLogger(LOGGER_NAME)
R = TypeVar("R", bound="CallbackRecord")


class InvalidCallbackError(ValidationError):
    """A callback body that is not JSON or breaks its documented shape; ``fields`` names the
    fields at fault (``problems`` says what is wrong with each)."""

    def __init__(self, problems: Iterable[tuple[str, str]]) -> None:
        pairs = tuple(problems)
        self.fields = tuple(field for field, _ in pairs)
        super().__init__([ValidationProblem("", field, message) for field, message in pairs])
        self.args = ("invalid callback: " + "; ".join(self.problems),)


class CallbackField(NamedTuple):
    """A documented record field: JSON type, whether it may be missing or null, and its time
    format (``datetime``: ``yyyy-mm-dd hh:mm:ss``; ``unix_seconds``), if it is a time."""

    wire_name: str
    name: str
    type_name: str
    optional: bool = False
    time_format: str | None = None


@dataclasses.dataclass(slots=True, kw_only=True)
class CallbackRecord:
    """A callback record: documented fields as attributes, the record as received in ``raw`` (so a
    time's text is kept), and fields the documents do not list in ``unknown_fields``."""

    FIELDS: ClassVar[tuple[CallbackField, ...]] = ()

    raw: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: object, where: str = "") -> Self:
        """The model of one record; InvalidCallbackError names every field at fault."""
        if not isinstance(data, dict):
            raise InvalidCallbackError([(where, f"expected an object, got {_kind(data)}")])
        values: dict[str, Any] = {}
        problems: list[tuple[str, str]] = []
        for field in cls.FIELDS:
            path = f"{where}.{field.wire_name}" if where else field.wire_name
            value = data.get(field.wire_name)
            if value is None:
                if not field.optional:
                    problems.append((path, "missing" if field.wire_name not in data else "null"))
                values[field.name] = None
                continue
            try:
                values[field.name] = _convert(field, value)
            except ValueError as error:
                problems.append((path, str(error)))
        if problems:
            raise InvalidCallbackError(problems)
        known = {field.wire_name for field in cls.FIELDS}
        values["unknown_fields"] = {k: v for k, v in data.items() if k not in known}
        return cls(raw=dict(data), **values)


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _convert(field: CallbackField, value: object) -> Any:
    expected = _JSON_TYPES[field.type_name]
    # JSON true is a Python int too; it is never a number here.
    if not isinstance(value, expected) or (isinstance(value, bool) and bool not in expected):
        raise ValueError(f"expected {field.type_name}, got {_kind(value)} {value!r}")
    if field.time_format == "datetime":
        try:
            parsed = datetime.strptime(str(value), _DATETIME_TEXT)
        except ValueError:
            raise ValueError(f"expected 'yyyy-mm-dd hh:mm:ss', got {value!r}") from None
        return parsed.replace(tzinfo=SERVICE_TIMEZONE)
    if field.time_format == "unix_seconds":
        try:
            return datetime.fromtimestamp(value, SERVICE_TIMEZONE)  # type: ignore[arg-type]
        except (OverflowError, OSError):
            raise ValueError(f"not a UNIX time: {value!r}") from None
    return value


def _document(body: bytes | str) -> object:
    try:
        return json.loads(body)
    except ValueError as error:  # UnicodeDecodeError is one too
        raise InvalidCallbackError([("", f"the body is not JSON: {error}")]) from None


def parse_batch(model: type[R], body: bytes | str | object) -> list[R]:
    """The records of a callback whose payload is a JSON array (a body, or its decoded JSON)."""
    document = _document(body) if isinstance(body, bytes | str) else body
    if not isinstance(document, list):
        raise InvalidCallbackError([("", f"expected a JSON array, got {_kind(document)}")])
    records: list[R] = []
    problems: list[tuple[str, str]] = []
    for index, item in enumerate(document):
        try:
            records.append(model.from_wire(item, f"[{index}]"))
        except InvalidCallbackError as error:
            problems += [(problem.path, problem.message) for problem in error.details]
    if problems:
        raise InvalidCallbackError(problems)
    return records


def parse_one(model: type[R], body: bytes | str | object) -> R:
    """The record of a callback whose payload is one JSON object (a body, or its decoded JSON)."""
    document = _document(body) if isinstance(body, bytes | str) else body
    return model.from_wire(document)


def answer(error: str | None = None) -> dict[str, Any]:
    """What a callback's receiver answers: ``{"result": 0, "errmsg": "OK"}``, or with ``error``
    a non-zero result and that message, which makes the service send the callback again."""
    if error is None:
        return {"result": 0, "errmsg": "OK"}
    return {"result": FAILURE_RESULT, "errmsg": error}


class CallbackRoute(NamedTuple):
    """One callback an endpoint takes: its model, payload form and handler (None: acknowledged
    and dropped)."""

    name: str
    model: type[CallbackRecord]
    array: bool
    handler: Callable[[Any], object] | None


def _identify(routes: tuple[CallbackRoute, ...], document: object) -> CallbackRoute:
    """The callback a decoded body is: by payload form, then by which required fields it has."""
    array = isinstance(document, list)
    if not array and not isinstance(document, dict):
        raise InvalidCallbackError(
            [("", f"expected a JSON object or array, got {_kind(document)}")]
        )
    candidates = [route for route in routes if route.array == array]
    if not candidates:
        raise InvalidCallbackError([("", "no callback has this payload form")])
    sample = (document[0] if document else {}) if isinstance(document, list) else document
    keys = set(sample) if isinstance(sample, dict) else set()
    for route in candidates:
        required = {f.wire_name for f in route.model.FIELDS if not f.optional}
        if required <= keys:
            return route
    return candidates[0]  # its parse error then names what is missing


def _parsed(route: CallbackRoute, document: object) -> Any:
    if route.array:
        return parse_batch(route.model, document)
    return parse_one(route.model, document)


def _encode(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


_STATUS_TEXT = {
    200: "200 OK",
    400: "400 Bad Request",
    405: "405 Method Not Allowed",
    413: "413 Content Too Large",
    500: "500 Internal Server Error",
}


class _Reply(NamedTuple):
    status: int
    body: bytes


class _Delivery(NamedTuple):
    route: CallbackRoute
    records: Any


def _rejected(status: int, message: str) -> _Reply:
    _logger.warning("callback refused (%d): %s", status, message)
    return _Reply(status, _encode(answer(message)))


def _failed(route: CallbackRoute) -> _Reply:
    # The traceback goes to the log only: the answer travels to the service.
    _logger.exception("the %s handler failed; the service will send it again", route.name)
    return _Reply(500, _encode(answer(f"the {route.name} handler failed")))


def _prepare(
    routes: tuple[CallbackRoute, ...], method: str, body: bytes | None
) -> _Reply | _Delivery:
    """The route and typed records of a request, or the answer refusing it."""
    if method != "POST":
        return _rejected(405, f"callbacks are POSTed, not {method}")
    if body is None:
        return _rejected(413, f"the body is over {MAX_CALLBACK_BYTES} bytes")
    try:
        document = _document(body)
        route = _identify(routes, document)
        return _Delivery(route, _parsed(route, document))
    except InvalidCallbackError as error:
        return _rejected(400, str(error))


def _deliver(delivery: _Delivery) -> _Reply:
    """Hands the records to their handler (an empty batch has nothing to hand over)."""
    route = delivery.route
    try:
        if route.handler is not None and delivery.records != []:
            route.handler(delivery.records)
    except Exception:
        return _failed(route)
    return _Reply(200, _encode(answer()))


async def _deliver_async(delivery: _Delivery) -> _Reply:
    route = delivery.route
    try:
        if route.handler is not None and delivery.records != []:
            await _call(route.handler, delivery.records)
    except Exception:
        return _failed(route)
    return _Reply(200, _encode(answer()))


WsgiStartResponse = Callable[[str, list[tuple[str, str]]], object]
WsgiApp = Callable[[dict[str, Any], WsgiStartResponse], Iterable[bytes]]


def wsgi_app(routes: Iterable[CallbackRoute]) -> WsgiApp:
    """A WSGI application taking every callback of ``routes`` at any path."""
    table = _checked(routes)

    def application(environ: dict[str, Any], start_response: WsgiStartResponse) -> list[bytes]:
        prepared = _prepare(table, environ.get("REQUEST_METHOD", "GET"), _wsgi_body(environ))
        reply = _deliver(prepared) if isinstance(prepared, _Delivery) else prepared
        start_response(_STATUS_TEXT[reply.status], _headers(reply.body))
        return [reply.body]

    return application


def _wsgi_body(environ: dict[str, Any]) -> bytes | None:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_CALLBACK_BYTES:
        return None
    return bytes(environ["wsgi.input"].read(length)) if length > 0 else b""


def _headers(payload: bytes) -> list[tuple[str, str]]:
    return [
        ("Content-Type", "application/json; charset=utf-8"),
        ("Content-Length", str(len(payload))),
    ]


AsgiReceive = Callable[[], Awaitable[dict[str, Any]]]
AsgiSend = Callable[[dict[str, Any]], Awaitable[None]]
AsgiApp = Callable[[dict[str, Any], AsgiReceive, AsgiSend], Coroutine[Any, Any, None]]


def asgi_app(routes: Iterable[CallbackRoute]) -> AsgiApp:
    """An ASGI application taking every callback of ``routes`` at any path.

    A coroutine handler is awaited; a plain function runs in a worker thread, so a blocking
    handler never holds up the event loop.
    """
    table = _checked(routes)

    async def application(scope: dict[str, Any], receive: AsgiReceive, send: AsgiSend) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise ValueError(f"a callback endpoint serves HTTP, not {scope['type']}")
        prepared = _prepare(table, scope.get("method", "GET"), await _asgi_body(receive))
        reply = await _deliver_async(prepared) if isinstance(prepared, _Delivery) else prepared
        headers = [(k.lower().encode(), v.encode()) for k, v in _headers(reply.body)]
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": reply.body})

    return application


async def _call(handler: Callable[[Any], object], records: Any) -> None:
    if inspect.iscoroutinefunction(handler):
        await handler(records)
        return
    result = await asyncio.to_thread(handler, records)
    if inspect.isawaitable(result):
        await result


async def _asgi_body(receive: AsgiReceive) -> bytes | None:
    """The whole body, or None once it is over the limit (the rest is not kept)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= MAX_CALLBACK_BYTES:
            chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks) if size <= MAX_CALLBACK_BYTES else None


async def _lifespan(receive: AsgiReceive, send: AsgiSend) -> None:
    # Served on its own (uvicorn), the endpoint has nothing to start or stop.
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def _checked(routes: Iterable[CallbackRoute]) -> tuple[CallbackRoute, ...]:
    table = tuple(routes)
    if all(route.handler is None for route in table):
        raise TypeError("give a handler for at least one callback")
    return table
