# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Sending, and the delivery reports and replies the pull actions hand out.

SendSms needs an approved signature (mainland numbers) and an approved template of the numbers'
kind, as many template parameters as the template has variables, and no mix of mainland and global
numbers. Each accepted number gets a serial number, a fee and a delivery report.
PullSmsSendStatus and PullSmsReplyStatus are queues (the spec's ``consumes_records``): each record
is handed out once. The By-phone-number pulls query a time window and hand out the same records
every time.
"""

from __future__ import annotations

import math
import random
import re
from typing import Any

from tcsms import models
from tcsms.emulator.api_error import ApiError, message_for
from tcsms.emulator.context import Context
from tcsms.emulator.numbers import INT64_MAX, parse_int
from tcsms.emulator.sms import phone_numbers
from tcsms.emulator.sms.callbacks import report_delivery
from tcsms.emulator.sms.state import APPROVED
from tcsms.status_codes import describe_receipt

__all__ = [
    "fee_for",
    "pull_sms_reply_status",
    "pull_sms_reply_status_by_phone_number",
    "pull_sms_send_status",
    "pull_sms_send_status_by_phone_number",
    "send_sms",
    "template_variables",
]

# The statistics section: "20 ones are long messages (over 80 characters) and split into two
# messages each" -- a message is billed once per 80 characters, signature included.
CHARACTERS_PER_MESSAGE = 80
DELIVERED = "DELIVRD"
_SERIALS = random.Random()
_SERIAL_RANGE = 10**28  # serial numbers as the documents show them: "5000:" and 28 digits
_VARIABLE = re.compile(r"\{([0-9]+)\}")


def template_variables(content: str) -> int:
    """How many distinct ``{1}``, ``{2}``, ... variables a template has."""
    return len(set(_VARIABLE.findall(content)))


def fee_for(text: str) -> int:
    return max(1, math.ceil(len(text) / CHARACTERS_PER_MESSAGE))


# Delivery


def send_sms(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    numbers = [phone_numbers.parse(number) for number in params["PhoneNumberSet"]]
    if len({number.mainland for number in numbers}) > 1:
        raise ApiError("UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber")
    mainland = numbers[0].mainland
    template = _approved_template(ctx, params["TemplateId"])
    if template["international"] == 0 and not mainland:
        raise ApiError("UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone")
    if template["international"] == 1 and mainland:
        raise ApiError("UnsupportedOperation.GlobalTemplateToChineseMainlandPhone")
    sign_name = params.get("SignName") or ""
    if mainland or sign_name:
        sign = ctx.store.one(
            "SELECT id FROM signs WHERE name = ? AND international = ? AND status = ?",
            (sign_name, template["international"], APPROVED),
        )
        if sign is None:
            raise ApiError("FailedOperation.SignatureIncorrectOrUnapproved")
    values = list(params.get("TemplateParamSet") or [])
    if len(values) != template_variables(template["content"]):
        raise ApiError("FailedOperation.TemplateParamSetNotMatchApprovedTemplate")
    text = _VARIABLE.sub(lambda match: _value(values, match), template["content"])
    if sign_name:
        text = f"【{sign_name}】{text}"
    now = int(ctx.now())
    statuses: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    phones = [number.e164 for number in numbers]
    marks = ", ".join("?" * len(phones))
    rules = {
        rule["phone"]: rule
        for rule in ctx.store.query(f"SELECT * FROM number_rules WHERE phone IN ({marks})", phones)
    }
    for number in numbers:
        rule = rules.get(number.e164) or {}
        # Unique enough for an emulator's serial numbers; they need not be unpredictable.
        serial_no = f"5000:{_SERIALS.getrandbits(93) % _SERIAL_RANGE:028d}"
        blocked = bool(rule.get("blocked"))
        code = "FailedOperation.PhoneNumberInBlacklist" if blocked else "Ok"
        fee = 0 if blocked else fee_for(text)
        receipt = rule.get("receipt_code") or DELIVERED
        rows.append(
            {
                "serial_no": serial_no,
                "app_id": params["SmsSdkAppId"],
                "phone": number.e164,
                "nation_code": number.nation_code,
                "subscriber": number.subscriber,
                "iso_code": number.iso_code,
                "template_id": params["TemplateId"],
                "sign_name": sign_name,
                "content": text,
                "session_context": params.get("SessionContext") or "",
                "fee": fee,
                "code": code,
                "sent_at": now,
                "report_status": (
                    None if blocked else ("SUCCESS" if receipt == DELIVERED else "FAIL")
                ),
                "receipt_code": None if blocked else receipt,
                "receipt_description": None if blocked else describe_receipt(receipt) or receipt,
                "failure_reason": (
                    None if blocked or receipt == DELIVERED else rule.get("failure_reason")
                ),
                "receive_time": None if blocked else now,
            }
        )
        # SendStatus in its wire form: the busiest answer is built without models (a test
        # decodes it strictly, so a field the spec gains cannot go missing unnoticed).
        statuses.append(
            {
                "SerialNo": serial_no,
                "PhoneNumber": number.e164,
                "Fee": fee,
                "SessionContext": params.get("SessionContext") or "",
                "Code": code,
                "Message": message_for(code) if blocked else "send success",
                "IsoCode": number.iso_code,
            }
        )
    ctx.store.insert_many("messages", rows)
    report_delivery(ctx, [row for row in rows if row["receipt_code"] is not None])
    return {"SendStatusSet": statuses, "RequestId": request_id}


def _approved_template(ctx: Context, template_id: str) -> dict[str, Any]:
    template = None
    # ASCII digits only ("١" is no template 1), and within SQLite's integers.
    number = parse_int(template_id)
    if number is not None and 0 < number <= INT64_MAX:
        template = ctx.store.one("SELECT * FROM templates WHERE id = ?", (number,))
    if template is None or template["status"] != APPROVED:
        raise ApiError("FailedOperation.TemplateUnapprovedOrNotExist")
    return template


def _value(values: list[str], match: re.Match[str]) -> str:
    index = int(match.group(1)) - 1
    return values[index] if 0 <= index < len(values) else match.group(0)


# Status pull


def pull_sms_send_status(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    rows = ctx.store.take(
        "SELECT * FROM messages WHERE app_id = ? AND pulled = 0 AND receive_time IS NOT NULL"
        " ORDER BY sent_at, rowid LIMIT ?",
        (params["SmsSdkAppId"], params["Limit"]),
        "messages",
        "serial_no",
        "pulled",
    )
    return models.PullSmsSendStatusResponse.partial(
        pull_sms_send_status_set=[_send_status(row) for row in rows], request_id=request_id
    ).to_wire()


def pull_sms_send_status_by_phone_number(
    ctx: Context, params: dict[str, Any], request_id: str
) -> dict[str, Any]:
    begin, end = _pull_range(ctx, params)
    # A query, not a queue: neither consumes nor depends on what the queue handed out.
    rows = ctx.store.query(
        "SELECT * FROM messages WHERE app_id = ? AND phone = ? AND receive_time IS NOT NULL"
        " AND sent_at BETWEEN ? AND ? ORDER BY sent_at, rowid LIMIT ?",
        (params["SmsSdkAppId"], _normalised(params["PhoneNumber"]), begin, end, params["Limit"]),
    )
    return models.PullSmsSendStatusByPhoneNumberResponse.partial(
        pull_sms_send_status_set=[_send_status(row) for row in rows], request_id=request_id
    ).to_wire()


def _pull_range(ctx: Context, params: dict[str, Any]) -> tuple[int, int]:
    # The documented limits (the last 7 days, an end not before the start) are the spec's rules,
    # already checked with the parameters.
    begin = params["BeginTime"]
    return begin, params.get("EndTime") or int(ctx.now())


def _normalised(number: str) -> str:
    return phone_numbers.parse(number).e164


def _send_status(row: dict[str, Any]) -> models.PullSmsSendStatus:
    return models.PullSmsSendStatus.partial(
        user_receive_time=row["receive_time"],
        country_code=row["nation_code"],
        subscriber_number=row["subscriber"],
        phone_number=row["phone"],
        serial_no=row["serial_no"],
        report_status=row["report_status"],
        description=row["receipt_description"],
        session_context=row["session_context"],
    )


def pull_sms_reply_status(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    rows = ctx.store.take(
        "SELECT * FROM replies WHERE app_id = ? AND pulled = 0 ORDER BY reply_time, id LIMIT ?",
        (params["SmsSdkAppId"], params["Limit"]),
        "replies",
        "id",
        "pulled",
    )
    return models.PullSmsReplyStatusResponse.partial(
        pull_sms_reply_status_set=[_reply(row) for row in rows], request_id=request_id
    ).to_wire()


def pull_sms_reply_status_by_phone_number(
    ctx: Context, params: dict[str, Any], request_id: str
) -> dict[str, Any]:
    begin, end = _pull_range(ctx, params)
    rows = ctx.store.query(
        "SELECT * FROM replies WHERE app_id = ? AND phone = ? AND reply_time BETWEEN ? AND ?"
        " ORDER BY reply_time, id LIMIT ?",
        (params["SmsSdkAppId"], _normalised(params["PhoneNumber"]), begin, end, params["Limit"]),
    )
    return models.PullSmsReplyStatusByPhoneNumberResponse.partial(
        pull_sms_reply_status_set=[_reply(row) for row in rows], request_id=request_id
    ).to_wire()


def _reply(row: dict[str, Any]) -> models.PullSmsReplyStatus:
    return models.PullSmsReplyStatus.partial(
        extend_code=row["extend_code"],
        country_code=row["nation_code"],
        phone_number=row["phone"],
        sign_name=row["sign_name"],
        reply_content=row["text"],
        reply_time=row["reply_time"],
        subscriber_number=row["subscriber"],
    )
