# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Delivery status notifications and replies, as the SMS callbacks document them.

The records have the fields the spec lists for each callback; the emulator's callback sender posts
them and tells whether the receiver answered ``{"result": 0, ...}``, which is stored on the message
or reply (``callback_ok``).
"""

from __future__ import annotations

import time
from typing import Any

from tcsms.emulator.context import Context
from tcsms.emulator.spec_tables import CALLBACK_FIELDS

__all__ = ["delivery_record", "reply_record", "report_delivery", "report_reply"]

STATUS_CALLBACK = "SmsStatusNotification"
REPLY_CALLBACK = "SmsReply"
CHINA_STANDARD_TIME = 8 * 3600


def delivery_record(row: dict[str, Any]) -> dict[str, Any]:
    """A delivery report as the status notification documents it."""
    received = time.gmtime(row["receive_time"] + CHINA_STANDARD_TIME)
    values = {
        "user_receive_time": time.strftime("%Y-%m-%d %H:%M:%S", received),
        "nationcode": row["nation_code"],
        "mobile": row["subscriber"],
        "report_status": row["report_status"],
        "errmsg": row["receipt_code"],
        "description": row["receipt_description"],
        "sid": row["serial_no"],
    }
    return _documented(STATUS_CALLBACK, values)


def reply_record(row: dict[str, Any]) -> dict[str, Any]:
    """A reply as the reply callback documents it."""
    values = {
        "extend": row["extend_code"],
        "mobile": row["subscriber"],
        "nationcode": row["nation_code"],
        "sign": row["sign_name"],
        "text": row["text"],
        "time": row["reply_time"],
    }
    return _documented(REPLY_CALLBACK, values)


def _documented(callback: str, values: dict[str, Any]) -> dict[str, Any]:
    return {name: values[name] for name in CALLBACK_FIELDS.get(callback, tuple(values))}


def report_delivery(ctx: Context, rows: list[dict[str, Any]]) -> None:
    """Sends the status notification of newly reported messages, if a callback URL is set."""
    if ctx.callbacks is None or not rows:
        return
    keys = [row["serial_no"] for row in rows]

    def stored(ok: bool) -> None:
        for key in keys:
            ctx.store.update("messages", "serial_no", key, {"callback_ok": int(ok)})

    records = [delivery_record(row) for row in rows]
    callbacks = ctx.callbacks
    # Posted once the messages are committed, so the receiver never hears of unstored ones.
    ctx.store.after_commit(lambda: callbacks.send(STATUS_CALLBACK, records, stored))


def report_reply(ctx: Context, row: dict[str, Any]) -> None:
    """Sends the reply callback of a reply, if a callback URL is set."""
    if ctx.callbacks is None:
        return

    def stored(ok: bool) -> None:
        ctx.store.update("replies", "id", row["id"], {"callback_ok": int(ok)})

    records = [reply_record(row)]
    callbacks = ctx.callbacks
    ctx.store.after_commit(lambda: callbacks.send(REPLY_CALLBACK, records, stored))
