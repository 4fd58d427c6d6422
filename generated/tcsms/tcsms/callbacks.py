# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What the service sends back to your URL: typed callback records, and an endpoint to receive them.

Records keep the documented fields as snake_case attributes, the record as received in ``raw`` and
fields this version does not know in ``unknown_fields``; times are aware datetimes (UTC+8, as the
service writes them). A body of the wrong shape is an ``InvalidCallbackError`` (a
``ValidationError``) naming each field at fault.

    from tcsms import callbacks

    app = callbacks.wsgi_app(
        on_sms_status_notification=lambda batch: print(batch),
        on_sms_reply=lambda record: print(record),
    )

``wsgi_app`` and ``asgi_app`` take every callback at one URL, tell them apart by their payload,
hand the handler typed records and answer what the service expects: ``{"result": 0, ...}``, or a
non-zero result when the body is malformed (400, no handler called) or the handler raised (500,
logged on the package's logger) so that the service sends it again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from tcsms._callbacks import (
    SERVICE_TIMEZONE,
    AsgiApp,
    CallbackField,
    CallbackRecord,
    CallbackRoute,
    InvalidCallbackError,
    WsgiApp,
    answer,
    parse_batch,
    parse_one,
)
from tcsms._callbacks import asgi_app as _asgi_app
from tcsms._callbacks import wsgi_app as _wsgi_app

__all__ = [
    "SERVICE_TIMEZONE",
    "AsgiApp",
    "CallbackRecord",
    "InvalidCallbackError",
    "SmsReply",
    "SmsStatusNotification",
    "WsgiApp",
    "answer",
    "asgi_app",
    "parse_sms_reply",
    "parse_sms_status_notification",
    "wsgi_app",
]


@dataclass(slots=True, kw_only=True)
class SmsStatusNotification(CallbackRecord):
    """SMS Sending Status Notification: Tencent Cloud SMS notifies the business of the message
    sending status by calling back the service URL after an SMS message is sent to a user. A
    callback request may return the results of multiple SMS requests.

    Attributes:
        user_receive_time: The time when the user actually receives the message (the text as
            received: ``raw``)
        nationcode: Country/Region code
        mobile: Mobile number
        report_status: Whether the SMS message is actually received. Valid values: SUCCESS
            (success), FAIL (failure)
        errmsg: Error message of receipt status code. For more information, see Error Codes for SMS
            Sending and Receipt Status
        description: Description of SMS receipt status.
        sid: Sending ID (corresponding to the SerialNo returned by the sending API)
        raw: The record as received.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    FIELDS: ClassVar[tuple[CallbackField, ...]] = (
        CallbackField("user_receive_time", "user_receive_time", "string", False, "datetime"),
        CallbackField("nationcode", "nationcode", "string", False, None),
        CallbackField("mobile", "mobile", "string", False, None),
        CallbackField("report_status", "report_status", "string", False, None),
        CallbackField("errmsg", "errmsg", "string", False, None),
        CallbackField("description", "description", "string", False, None),
        CallbackField("sid", "sid", "string", False, None),
    )

    user_receive_time: datetime
    nationcode: str
    mobile: str
    report_status: str
    errmsg: str
    description: str
    sid: str


@dataclass(slots=True, kw_only=True)
class SmsReply(CallbackRecord):
    """SMS Reply: Tencent Cloud SMS notifies the business of the SMS reply by calling back the
    service URL after a user receives an SMS message and replies to it.

    Attributes:
        extend: Extended code of the channel, which is disabled by default (an null value must be
            entered)
        mobile: Mobile number
        nationcode: Country/Region code
        sign: SMS signature
        text: User reply
        time: Unix timestamp in seconds (the text as received: ``raw``)
        raw: The record as received.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    FIELDS: ClassVar[tuple[CallbackField, ...]] = (
        CallbackField("extend", "extend", "string", True, None),
        CallbackField("mobile", "mobile", "string", False, None),
        CallbackField("nationcode", "nationcode", "string", False, None),
        CallbackField("sign", "sign", "string", False, None),
        CallbackField("text", "text", "string", False, None),
        CallbackField("time", "time", "integer", False, "unix_seconds"),
    )

    extend: str | None = None
    mobile: str
    nationcode: str
    sign: str
    text: str
    time: datetime


def parse_sms_status_notification(body: bytes | str) -> list[SmsStatusNotification]:
    """The SmsStatusNotification records of a body (a JSON array); InvalidCallbackError names what
    is wrong.
    """
    return parse_batch(SmsStatusNotification, body)


def parse_sms_reply(body: bytes | str) -> SmsReply:
    """The SmsReply record of a body (a JSON object); InvalidCallbackError names what is wrong."""
    return parse_one(SmsReply, body)


def wsgi_app(
    *,
    on_sms_status_notification: Callable[[list[SmsStatusNotification]], object] | None = None,
    on_sms_reply: Callable[[SmsReply], object] | None = None,
) -> WsgiApp:
    """A WSGI application receiving every callback at one URL; give a handler for each you take
    (one left out is acknowledged and dropped)."""
    return _wsgi_app(
        _routes(
            on_sms_status_notification,
            on_sms_reply,
        )
    )


def asgi_app(
    *,
    on_sms_status_notification: (
        Callable[[list[SmsStatusNotification]], object | Awaitable[object]] | None
    ) = None,
    on_sms_reply: Callable[[SmsReply], object | Awaitable[object]] | None = None,
) -> AsgiApp:
    """An ASGI application receiving every callback at one URL: coroutine handlers are awaited,
    plain functions run in a worker thread."""
    return _asgi_app(
        _routes(
            on_sms_status_notification,
            on_sms_reply,
        )
    )


def _routes(
    on_sms_status_notification: Callable[..., object] | None,
    on_sms_reply: Callable[..., object] | None,
) -> list[CallbackRoute]:
    return [
        CallbackRoute(
            "SmsStatusNotification", SmsStatusNotification, True, on_sms_status_notification
        ),
        CallbackRoute("SmsReply", SmsReply, False, on_sms_reply),
    ]
