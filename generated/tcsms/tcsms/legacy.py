# Generated from spec/sms-legacy.v5.yaml by tcgen; do not edit.
"""Short Message Service (legacy pull API): the pre-3.0 API, for accounts that still use it.

This API is used to pull the SMS status, such as SMS delivery status and SMS reply. The pulled
content will not be returned again, which can be regarded as a message queue mechanism.

    from tcsms.legacy import LegacyPullClient

    with LegacyPullClient(sdk_app_id="1400000000", app_key="...") as client:
        for status in client.pull_delivery_status(max_entries=100):
            print(status.mobile, status.report_status)

Requests carry ``sdkappid`` and ``random`` in the query and a body signed with ``sig``; records have
the same shapes as the callbacks of API 3.0.

Pulled records are handed out once, so an answer is never thrown away for its shape. By default a
record missing a documented field gets None for it, a value of an unexpected type is kept as
received and unknown fields go to ``unknown_fields``; each problem is logged once per client at
WARNING on logger ``tcsms`` (the annotations keep the documented types).
``strict_responses=True`` raises ``ResponseParseError`` instead. Every error is a
``TencentCloudError``: ``ResponseParseError`` (with ``http_response``: status, headers, body) for an
answer that is not the documented JSON envelope, ``LegacyApiError`` for a non-zero ``result``,
``NetworkError``/``RequestTimeoutError`` for the connection, ``ValidationError`` for arguments.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import math
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, NamedTuple, TypeVar
from urllib.parse import urlencode, urlsplit

from tcsms import _exceptions as errors
from tcsms._core import Endpoint, PreparedRequest, RawResponse
from tcsms._transport import SyncTransport

PULL_URL = "https://yun.tim.qq.com/v5/tlssmssvr/pullstatus"
SIG_TEMPLATE = "appkey={appkey}&random={random}&time={time}"
MAX_ENTRIES = 100
# Names the call in transport errors, as the action name does for API 3.0.
ACTION = "PullStatus"

logger = logging.getLogger("tcsms")
_Record = TypeVar("_Record")


def sig(*, appkey: str, random: str, time: int) -> str:
    """The body's ``sig``: lower-case hex SHA-256 of the documented template."""
    return hashlib.sha256(
        SIG_TEMPLATE.format(appkey=appkey, random=random, time=time).encode("utf-8")
    ).hexdigest()


class _WireField(NamedTuple):
    """A documented record field: its wire name, the Python type it holds, whether it may be absent
    or null."""

    wire_name: str
    kind: type
    required: bool
    nullable: bool


@dataclass(slots=True, kw_only=True)
class DeliveryStatus:
    """One SMS delivery status record; the same shape as the delivery status notification callback.

    Attributes:
        user_receive_time: The time when the user actually receives the message
        nationcode: Country/Region code
        mobile: Mobile number
        report_status: Whether the SMS message is actually received. Valid values: SUCCESS
            (success), FAIL (failure)
        errmsg: Error message of receipt status code.
        description: Description of SMS receipt status.
        sid: Sending ID (corresponding to the SerialNo returned by the sending API)
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    user_receive_time: str
    nationcode: str
    mobile: str
    report_status: str
    errmsg: str
    description: str
    sid: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DeliveryStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            user_receive_time=wire.get("user_receive_time"),
            nationcode=wire.get("nationcode"),
            mobile=wire.get("mobile"),
            report_status=wire.get("report_status"),
            errmsg=wire.get("errmsg"),
            description=wire.get("description"),
            sid=wire.get("sid"),
            unknown_fields={k: v for k, v in data.items() if k not in _DELIVERY_STATUS_WIRE_NAMES},
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["user_receive_time"] = self.user_receive_time
        wire["nationcode"] = self.nationcode
        wire["mobile"] = self.mobile
        wire["report_status"] = self.report_status
        wire["errmsg"] = self.errmsg
        wire["description"] = self.description
        wire["sid"] = self.sid
        wire.update(self.unknown_fields)
        return wire


_DELIVERY_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "user_receive_time",
        "nationcode",
        "mobile",
        "report_status",
        "errmsg",
        "description",
        "sid",
    }
)


_DELIVERY_STATUS_FIELDS: tuple[_WireField, ...] = (
    _WireField("user_receive_time", str, True, False),
    _WireField("nationcode", str, True, False),
    _WireField("mobile", str, True, False),
    _WireField("report_status", str, True, False),
    _WireField("errmsg", str, True, False),
    _WireField("description", str, True, False),
    _WireField("sid", str, True, False),
)


@dataclass(slots=True, kw_only=True)
class Reply:
    """One SMS reply record; the same shape as the reply callback.

    Attributes:
        extend: Extended code of the channel, which is disabled by default (an null value must be
            entered)
        mobile: Mobile number
        nationcode: Country/Region code
        sign: SMS signature
        text: User reply
        time: Unix timestamp in seconds
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    extend: str | None = None
    mobile: str
    nationcode: str
    sign: str
    text: str
    time: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Reply:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            extend=wire.get("extend"),
            mobile=wire.get("mobile"),
            nationcode=wire.get("nationcode"),
            sign=wire.get("sign"),
            text=wire.get("text"),
            time=wire.get("time"),
            unknown_fields={k: v for k, v in data.items() if k not in _REPLY_WIRE_NAMES},
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        if self.extend is not None:
            wire["extend"] = self.extend
        wire["mobile"] = self.mobile
        wire["nationcode"] = self.nationcode
        wire["sign"] = self.sign
        wire["text"] = self.text
        wire["time"] = self.time
        wire.update(self.unknown_fields)
        return wire


_REPLY_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "extend",
        "mobile",
        "nationcode",
        "sign",
        "text",
        "time",
    }
)


_REPLY_FIELDS: tuple[_WireField, ...] = (
    _WireField("extend", str, False, False),
    _WireField("mobile", str, True, False),
    _WireField("nationcode", str, True, False),
    _WireField("sign", str, True, False),
    _WireField("text", str, True, False),
    _WireField("time", int, True, False),
)


class LegacyApiError(errors.ServerError):
    """The legacy API answered with a non-zero ``result``; ``code`` is that number as text.

    ``result`` and ``errmsg`` are the answer's own fields; ``http_response`` is what came back.
    """

    def __init__(
        self, result: int, errmsg: str, *, http_response: RawResponse | None = None
    ) -> None:
        super().__init__(errmsg, code=str(result), http_response=http_response)
        self.result = result
        self.errmsg = errmsg

    def __str__(self) -> str:
        return f"[{self.result}] {self.errmsg}"


class LegacyPullClient:
    """Pulls delivery reports and replies; each pulled record is never returned again.

    Args:
        sdk_app_id: The SDK AppID (``sdkappid``).
        app_key: The App Key that signs requests; it never appears in a repr or error.
        url: The pull URL (``PULL_URL`` by default); an ``http://`` URL for a local server.
        timeout: Seconds a whole call may take: connecting, sending and reading the answer.
        strict_responses: Raise ``ResponseParseError`` for a record missing a documented field
            or holding a value of another type, instead of keeping it (None for a missing field)
            and logging a WARNING. Either way the error or the records keep everything received.
    """

    def __init__(
        self,
        *,
        sdk_app_id: str,
        app_key: str,
        url: str = PULL_URL,
        timeout: float = 30.0,
        strict_responses: bool = False,
    ) -> None:
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise errors.ValidationError([f"url: not an http(s) URL: {url!r}"])
        if not _is_positive_number(timeout):
            raise errors.ValidationError(
                [f"timeout: must be a positive number of seconds: {timeout!r}"]
            )
        self.sdk_app_id = sdk_app_id
        self.strict_responses = strict_responses
        # Problems already logged by this client; bounded by the documented fields and JSON types.
        self._logged: set[str] = set()
        self._app_key = app_key
        self._scheme = parts.scheme
        self._host = parts.hostname
        self._port = parts.port
        self._path = parts.path or "/"
        default_port = 443 if parts.scheme == "https" else 80
        self._transport = SyncTransport(
            Endpoint(parts.scheme, parts.hostname, parts.port or default_port), timeout=timeout
        )

    def __repr__(self) -> str:
        return f"LegacyPullClient(sdk_app_id={self.sdk_app_id!r}, url={self.url!r})"

    @property
    def url(self) -> str:
        port = f":{self._port}" if self._port else ""
        return f"{self._scheme}://{self._host}{port}{self._path}"

    def __enter__(self) -> LegacyPullClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._transport.close()

    def pull_delivery_status(self, *, max_entries: int = MAX_ENTRIES) -> list[DeliveryStatus]:
        """Pulls up to ``max_entries`` records of type 0 (SMS Delivery Status)."""
        return self._pull(
            0,
            max_entries,
            DeliveryStatus.from_wire,
            _DELIVERY_STATUS_FIELDS,
        )

    def pull_reply(self, *, max_entries: int = MAX_ENTRIES) -> list[Reply]:
        """Pulls up to ``max_entries`` records of type 1 (SMS Reply)."""
        return self._pull(
            1,
            max_entries,
            Reply.from_wire,
            _REPLY_FIELDS,
        )

    def _decode(
        self,
        from_wire: Callable[[Mapping[str, Any]], _Record],
        fields: Sequence[_WireField],
        response: RawResponse,
    ) -> list[_Record]:
        """Every record of the answer, kept as received; ``strict_responses`` raises instead.

        Each distinct problem is logged once per client, with the number of records it touched:
        a service that always leaves a field out is one WARNING, not one per record or per pull.
        """
        items = _records_of(response, strict=self.strict_responses, logged=self._logged)
        problems: dict[str, int] = {}
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                # Not a record at all: nothing to build it from, so the whole answer goes back.
                raise _envelope_error(
                    response, f"data[{index}] is a {type(item).__name__}, not an object"
                )
            for field in fields:
                problem = _field_problem(field, item)
                if problem is not None:
                    problems[problem] = problems.get(problem, 0) + 1
        if problems and self.strict_responses:
            raise _envelope_error(response, "; ".join(problems))
        for problem, count in problems.items():
            if _first_time(self._logged, problem):
                logger.warning(
                    "%s: HTTP %d: %s in %d of %d records; kept as received",
                    ACTION,
                    response.status,
                    problem,
                    count,
                    len(items),
                )
        # from_wire is lenient: a missing field is None, any other value is kept as received.
        return [from_wire(item) for item in items]

    def _pull(
        self,
        pull_type: int,
        max_entries: int,
        from_wire: Callable[[Mapping[str, Any]], _Record],
        fields: Sequence[_WireField],
    ) -> list[_Record]:
        if (
            not isinstance(max_entries, int)
            or isinstance(max_entries, bool)
            or not 1 <= max_entries <= MAX_ENTRIES
        ):
            raise errors.ValidationError(
                [f"max_entries: {max_entries!r} is not an integer between 1 and {MAX_ENTRIES}"]
            )
        random = str(secrets.randbelow(9_000_000_000) + 1_000_000_000)
        now = int(time.time())
        body = {
            "max": max_entries,
            "sig": sig(appkey=self._app_key, random=random, time=now),
            "time": now,
            "type": pull_type,
        }
        query = urlencode({"sdkappid": self.sdk_app_id, "random": random})
        request = PreparedRequest(
            ACTION,
            "POST",
            f"{self._path}?{query}",
            {"Content-Type": "application/json"},
            json.dumps(body).encode("utf-8"),
        )
        try:
            return self._decode(from_wire, fields, self._transport.send(request))
        except (errors.NetworkError, errors.ResponseParseError) as error:
            # The queue hands each record out once and this client never asks twice: once the
            # request may have arrived, the records of a failed call cannot be pulled again.
            if not isinstance(error, errors.NetworkError) or error.request_sent:
                error.records_may_be_lost = True
            raise


def _is_positive_number(value: object) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def _records_of(response: RawResponse, *, strict: bool, logged: set[str]) -> list[Any]:
    """The answer's ``data`` list, or the typed error the answer stands for."""
    status = response.status
    try:
        answer = json.loads(response.body.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        # ValueError covers bad JSON and bad UTF-8; RecursionError absurdly deep nesting.
        content_type = next(
            (value for name, value in response.headers.items() if name.lower() == "content-type"),
            None,
        )
        raise errors.ResponseParseError(
            f"{ACTION}: HTTP {status}: the answer is not JSON (Content-Type {content_type!r})",
            http_response=response,
        ) from exc
    if not isinstance(answer, dict):
        raise _envelope_error(response, f"a JSON {type(answer).__name__}, not an object")
    result = answer.get("result", 0)  # absent from the documented table: absent means success
    if not _has_kind(result, int):
        raise _envelope_error(response, f"result is a {type(result).__name__}, not an integer")
    if result != 0:
        errmsg = answer.get("errmsg")
        raise LegacyApiError(
            result, errmsg if isinstance(errmsg, str) else "", http_response=response
        )
    if not 200 <= status < 300:
        raise _envelope_error(response, "result 0 with an HTTP error status")
    records = answer.get("data")
    if records is None:
        if strict:
            raise _envelope_error(response, "data is missing")
        if _first_time(logged, "data is missing"):
            logger.warning(
                "%s: HTTP %d: data is missing; no records in this answer", ACTION, status
            )
        return []
    if not isinstance(records, list):
        raise _envelope_error(response, f"data is a {type(records).__name__}, not a list")
    return records


def _envelope_error(response: RawResponse, problem: str) -> errors.ResponseParseError:
    return errors.ResponseParseError(
        f"{ACTION}: HTTP {response.status}: not the documented answer: {problem}",
        http_response=response,
    )


def _first_time(logged: set[str], problem: str) -> bool:
    if problem in logged:
        return False
    logged.add(problem)
    return True


def _field_problem(field: _WireField, item: Mapping[str, Any]) -> str | None:
    """What is wrong with one field of one record (never its value: records hold phone numbers)."""
    if field.wire_name not in item:
        return f"{field.wire_name} is missing" if field.required else None
    value = item[field.wire_name]
    if value is None:
        return None if field.nullable or not field.required else f"{field.wire_name} is null"
    if not _has_kind(value, field.kind):
        return f"{field.wire_name} is a {type(value).__name__}, not {field.kind.__name__}"
    return None


def _has_kind(value: object, kind: type) -> bool:
    # JSON true/false are Python bools, which are ints: never accept one for a number.
    if isinstance(value, bool):
        return kind is bool
    if kind is float:
        return isinstance(value, (int, float))
    return isinstance(value, kind)
