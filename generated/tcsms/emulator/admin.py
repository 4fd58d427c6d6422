# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The admin API: review signatures and templates, inject replies, shape deliveries, add faults.

The same operations are methods of ``Admin`` (and of ``Emulator``) and JSON endpoints:
``POST /_admin/<operation>`` with the keyword arguments as a JSON object answers
``{"result": ...}`` or ``{"error": "..."}`` with HTTP 400.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from tcsms.emulator import phone_numbers
from tcsms.emulator.context import Context
from tcsms.emulator.faults import ANY_ACTION, Drop, Fault, Faults
from tcsms.emulator.state import APPROVED, REJECTED

__all__ = ["ADMIN_PREFIX", "Admin", "AdminError"]

ADMIN_PREFIX = "/_admin/"
FAILURE_REASONS = ("internal_error", "invalid_number", "shutdown", "blacklist", "frequency_limit")


class AdminError(ValueError):
    """An admin call named something that does not exist."""


class Admin:
    """Operations a test performs on the emulator's state, outside the API."""

    OPERATIONS = (
        "approve_sign",
        "reject_sign",
        "approve_template",
        "reject_template",
        "inject_reply",
        "fail_delivery",
        "block_number",
        "add_fault",
        "clear_faults",
        "messages",
        "replies",
        "signs",
        "templates",
        "flush_callbacks",
        "requests_received",
    )

    def __init__(self, context: Context, faults: Faults) -> None:
        self._context = context
        self._faults = faults
        self._received: Counter[str] = Counter()
        self._received_lock = threading.Lock()

    def approve_sign(self, sign_id: int, reply: str = "") -> None:
        self._review("signs", sign_id, APPROVED, reply)

    def reject_sign(self, sign_id: int, reply: str = "rejected") -> None:
        self._review("signs", sign_id, REJECTED, reply)

    def approve_template(self, template_id: int, reply: str = "") -> None:
        self._review("templates", template_id, APPROVED, reply)

    def reject_template(self, template_id: int, reply: str = "rejected") -> None:
        self._review("templates", template_id, REJECTED, reply)

    def _review(self, table: str, row_id: int, status: int, reply: str) -> None:
        changes = {"status": status, "review_reply": reply}
        if not self._context.store.update(table, "id", int(row_id), changes):
            raise AdminError(f"no such {table[:-1]}: {row_id}")

    def inject_reply(
        self,
        phone_number: str,
        text: str,
        sms_sdk_app_id: str,
        sign_name: str = "",
        extend_code: str = "",
        reply_time: int | None = None,
    ) -> int:
        """A recipient's reply: handed out once by the reply queue, in the window of the
        By-phone-number pull every time, and sent to the callback."""
        number = phone_numbers.parse(phone_number)
        row = {
            "app_id": sms_sdk_app_id,
            "phone": number.e164,
            "nation_code": number.nation_code,
            "subscriber": number.subscriber,
            "sign_name": sign_name,
            "extend_code": extend_code,
            "text": text,
            "reply_time": int(self._context.now() if reply_time is None else reply_time),
        }
        reply_id = self._context.store.insert("replies", row)
        self._context.report_reply({**row, "id": reply_id})
        return reply_id

    def fail_delivery(
        self, phone_number: str, receipt_code: str, reason: str = "internal_error"
    ) -> None:
        """Messages sent to the number from now on report FAIL with ``receipt_code``; ``reason``
        is the CallbackStatusStatistics count it adds to."""
        if reason not in FAILURE_REASONS:
            raise AdminError(f"reason must be one of {', '.join(FAILURE_REASONS)}")
        self._context.store.execute(
            "INSERT INTO number_rules (phone, receipt_code, failure_reason) VALUES (?, ?, ?)"
            " ON CONFLICT (phone) DO UPDATE SET receipt_code = excluded.receipt_code,"
            " failure_reason = excluded.failure_reason",
            (phone_numbers.parse(phone_number).e164, receipt_code, reason),
        )

    def block_number(self, phone_number: str) -> None:
        """SendSms answers the number with FailedOperation.PhoneNumberInBlacklist, unbilled."""
        self._context.store.execute(
            "INSERT INTO number_rules (phone, blocked) VALUES (?, 1)"
            " ON CONFLICT (phone) DO UPDATE SET blocked = 1",
            (phone_numbers.parse(phone_number).e164,),
        )

    def add_fault(
        self,
        action: str,
        count: int = 1,
        code: str | None = None,
        delay: float = 0.0,
        drop: Drop | None = None,
    ) -> None:
        """The next ``count`` calls of ``action`` (``*``: any) fail with ``code``, wait ``delay``
        seconds, or lose their connection (``drop``: ``before`` or ``after`` handling)."""
        try:
            self._faults.add(Fault(action, count, code, delay, drop))
        except ValueError as exc:
            raise AdminError(str(exc)) from None

    def clear_faults(self) -> None:
        self._faults.clear()

    def messages(self) -> list[dict[str, Any]]:
        """Every sent message with its delivery report and callback outcome."""
        return self._context.store.query("SELECT * FROM messages ORDER BY sent_at, rowid")

    def replies(self) -> list[dict[str, Any]]:
        return self._context.store.query("SELECT * FROM replies ORDER BY id")

    def signs(self) -> list[dict[str, Any]]:
        return self._context.store.query("SELECT * FROM signs ORDER BY id")

    def templates(self) -> list[dict[str, Any]]:
        return self._context.store.query("SELECT * FROM templates ORDER BY id")

    def flush_callbacks(self, timeout: float = 10.0) -> bool:
        """Waits until every callback was posted; True when there is nothing left to post."""
        callbacks = self._context.callbacks
        return True if callbacks is None else callbacks.flush(timeout)

    def requests_received(self, action: str = ANY_ACTION) -> int:
        """How many API requests of ``action`` (``*``: any) the emulator read in full, so a test
        can count retries; a connection dropped before the request was read is not counted."""
        with self._received_lock:
            if action == ANY_ACTION:
                return sum(self._received.values())
            return self._received[action]

    def count_request(self, action: str) -> None:
        """Called by the server for each API request it read in full (not an admin operation)."""
        with self._received_lock:
            self._received[action] += 1

    def dispatch(self, operation: str, arguments: dict[str, Any]) -> Any:
        """Runs an operation by name, for the HTTP admin API."""
        if operation not in self.OPERATIONS:
            raise AdminError(f"no admin operation {operation!r}")
        try:
            return getattr(self, operation)(**arguments)
        except TypeError as exc:
            raise AdminError(str(exc)) from None
