# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The SMS admin operations: review signatures and templates, inject replies, shape deliveries.

They join the generic ones (faults, request counts, callbacks) as methods of ``emulator.admin`` and
as ``POST /_admin/<operation>``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from tcsms.emulator.admin import Admin, AdminError
from tcsms.emulator.admin_checks import (
    check_choice,
    check_count,
    check_flag,
    check_text,
)
from tcsms.emulator.context import Context
from tcsms.emulator.sms import phone_numbers
from tcsms.emulator.sms.callbacks import report_delivery, report_reply
from tcsms.emulator.sms.messages import DELIVERED
from tcsms.emulator.sms.seed import DEFAULT_APP_ID, seed
from tcsms.emulator.sms.state import APPROVED, FAILURE_REASONS, REJECTED
from tcsms.status_codes import describe_receipt

__all__ = ["SmsAdmin"]


class SmsAdmin(Admin):
    """Operations a test performs on the SMS emulator's state, outside the API."""

    OPERATIONS: ClassVar[tuple[str, ...]] = (
        *Admin.OPERATIONS,
        "seed",
        "approve_sign",
        "reject_sign",
        "approve_template",
        "reject_template",
        "inject_reply",
        "fail_delivery",
        "fail_message",
        "block_number",
        "messages",
        "message_count",
        "replies",
        "signs",
        "templates",
    )

    @property
    def context(self) -> Context:
        """The state the operations work on (the inbox pages read it)."""
        return self._context

    def seed(
        self,
        sign_name: str = "Tencent",
        template_content: str = "Your code is {1}",
        international: bool = False,
        sms_sdk_app_id: str = DEFAULT_APP_ID,
    ) -> dict[str, Any]:
        """An approved signature and template to send with at once: returns the
        ``sms_sdk_app_id``, ``sign_name`` and ``template_id`` SendSms takes."""
        check_flag("international", international)
        check_text("sign_name", sign_name, empty=international)
        check_text("template_content", template_content, empty=False)
        check_text("sms_sdk_app_id", sms_sdk_app_id, empty=False)
        return seed(self._context, sign_name, template_content, international, sms_sdk_app_id)

    def approve_sign(self, sign_id: int, reply: str = "") -> None:
        self._review("signs", sign_id, APPROVED, reply)

    def reject_sign(self, sign_id: int, reply: str = "rejected") -> None:
        self._review("signs", sign_id, REJECTED, reply)

    def approve_template(self, template_id: int, reply: str = "") -> None:
        self._review("templates", template_id, APPROVED, reply)

    def reject_template(self, template_id: int, reply: str = "rejected") -> None:
        self._review("templates", template_id, REJECTED, reply)

    def _review(self, table: str, row_id: int, status: int, reply: str) -> None:
        check_count(f"{table[:-1]}_id", row_id)
        changes = {"status": status, "review_reply": check_text("reply", reply)}
        if not self._context.store.update(table, "id", row_id, changes):
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
        number = _phone_number(phone_number)
        for name, value in (("text", text), ("sign_name", sign_name), ("extend_code", extend_code)):
            check_text(name, value)
        check_text("sms_sdk_app_id", sms_sdk_app_id, empty=False)
        if reply_time is not None:
            check_count("reply_time", reply_time, minimum=0)
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
        report_reply(self._context, {**row, "id": reply_id})
        return reply_id

    def fail_delivery(
        self, phone_number: str, receipt_code: str, reason: str = "internal_error"
    ) -> None:
        """Messages sent to the number from now on report FAIL with ``receipt_code``; ``reason``
        is the CallbackStatusStatistics count it adds to."""
        check_choice("reason", reason, FAILURE_REASONS)
        check_text("receipt_code", receipt_code, empty=False)
        self._context.store.execute(
            "INSERT INTO number_rules (phone, receipt_code, failure_reason) VALUES (?, ?, ?)"
            " ON CONFLICT (phone) DO UPDATE SET receipt_code = excluded.receipt_code,"
            " failure_reason = excluded.failure_reason",
            (_phone_number(phone_number).e164, receipt_code, reason),
        )

    def fail_message(
        self, serial_no: str, receipt_code: str, reason: str = "internal_error"
    ) -> None:
        """The message's delivery report becomes FAIL with ``receipt_code``, as if the carrier had
        reported it now: the pull queue hands it out again and the status callback is posted."""
        check_text("serial_no", serial_no, empty=False)
        check_text("receipt_code", receipt_code, empty=False)
        check_choice("reason", reason, FAILURE_REASONS)
        if receipt_code == DELIVERED:
            raise AdminError(f"receipt_code {DELIVERED} is a delivery, not a failure")
        store = self._context.store
        with store.transaction():
            message = store.one("SELECT * FROM messages WHERE serial_no = ?", (serial_no,))
            if message is None:
                raise AdminError(f"no such message: {serial_no!r}")
            if message["receipt_code"] is None:
                raise AdminError(f"message {serial_no!r} was not sent ({message['code']})")
            report = {
                "report_status": "FAIL",
                "receipt_code": receipt_code,
                "receipt_description": describe_receipt(receipt_code) or receipt_code,
                "failure_reason": reason,
                "receive_time": int(self._context.now()),
                "pulled": 0,
                "callback_ok": None,
            }
            store.update("messages", "serial_no", serial_no, report)
            report_delivery(self._context, [{**message, **report}])

    def block_number(self, phone_number: str) -> None:
        """SendSms answers the number with FailedOperation.PhoneNumberInBlacklist, unbilled."""
        self._context.store.execute(
            "INSERT INTO number_rules (phone, blocked) VALUES (?, 1)"
            " ON CONFLICT (phone) DO UPDATE SET blocked = 1",
            (_phone_number(phone_number).e164,),
        )

    def messages(self) -> list[dict[str, Any]]:
        """Every sent message with its delivery report and callback outcome."""
        return self._context.store.query("SELECT * FROM messages ORDER BY sent_at, rowid")

    def message_count(self) -> int:
        """How many messages SendSms stored (each number of each accepted request, refused
        numbers included), without reading them all: for sends of millions."""
        row = self._context.store.one("SELECT COUNT(*) AS count FROM messages", ())
        return int(row["count"]) if row else 0

    def replies(self) -> list[dict[str, Any]]:
        return self._context.store.query("SELECT * FROM replies ORDER BY id")

    def signs(self) -> list[dict[str, Any]]:
        return self._context.store.query("SELECT * FROM signs ORDER BY id")

    def templates(self) -> list[dict[str, Any]]:
        return self._context.store.query("SELECT * FROM templates ORDER BY id")


def _phone_number(value: object) -> phone_numbers.PhoneNumber:
    """A number in any form the service reads, or AdminError."""
    try:
        return phone_numbers.parse(check_text("phone_number", value))
    except ValueError as exc:
        raise AdminError(f"phone_number: {exc}") from None
