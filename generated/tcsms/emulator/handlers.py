# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What each action does to the emulator's state, as the documents describe it.

Answers are built with the generated response models' ``to_wire()``, so they have the documented
shape. Rules: signatures and templates are reviewed (auto-approved, or by an admin call); approved
ones cannot be modified; SendSms needs an approved signature (mainland numbers) and an approved
template of the numbers' kind, as many template parameters as the template has variables, and no
mix of mainland and global numbers. Each accepted number gets a serial number, a fee and a delivery
report. PullSmsSendStatus and PullSmsReplyStatus are queues (the spec's ``consumes_records``): each
record is handed out once. The By-phone-number pulls query a time window and hand out the same
records every time. Statistics hours are China Standard Time (UTC+8).
"""

from __future__ import annotations

import calendar
import math
import re
import secrets
import time
from collections.abc import Callable
from typing import Any

from tcsms import models
from tcsms.emulator import phone_numbers
from tcsms.emulator.api_error import ApiError, message_for
from tcsms.emulator.context import Context
from tcsms.emulator.state import APPROVED, REJECTED, UNDER_REVIEW
from tcsms.status_codes import describe_receipt

__all__ = ["HANDLERS", "fee_for", "template_variables"]

Handler = Callable[[Context, dict[str, Any], str], dict[str, Any]]

# The statistics section: "20 ones are long messages (over 80 characters) and split into two
# messages each" -- a message is billed once per 80 characters, signature included.
CHARACTERS_PER_MESSAGE = 80
DELIVERED = "DELIVRD"
CHINA_STANDARD_TIME = 8 * 3600
_VARIABLE = re.compile(r"\{(\d+)\}")


def template_variables(content: str) -> int:
    """How many distinct ``{1}``, ``{2}``, ... variables a template has."""
    return len(set(_VARIABLE.findall(content)))


def fee_for(text: str) -> int:
    return max(1, math.ceil(len(text) / CHARACTERS_PER_MESSAGE))


def _review_status(ctx: Context) -> int:
    return APPROVED if ctx.auto_approve else UNDER_REVIEW


# Signatures


def add_sms_sign(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    pending = ctx.store.one(
        "SELECT id FROM signs WHERE name = ? AND international = ? AND status != ?",
        (params["SignName"], params["International"], REJECTED),
    )
    if pending is not None:
        raise ApiError("InvalidParameterValue.SignExistAndUnapproved")
    sign_id = ctx.store.insert("signs", {**_sign_row(params), "create_time": int(ctx.now())})
    ctx.store.update("signs", "id", sign_id, {"status": _review_status(ctx)})
    return models.AddSmsSignResponse(
        add_sign_status=models.AddSignStatus(sign_id=sign_id), request_id=request_id
    ).to_wire()


def _sign_row(params: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": params["SignName"],
        "sign_type": params["SignType"],
        "document_type": params["DocumentType"],
        "international": params["International"],
        "sign_purpose": params["SignPurpose"],
        "proof_image": params["ProofImage"],
        "commission_image": params.get("CommissionImage"),
        "remark": params.get("Remark"),
        "status": UNDER_REVIEW,
        "review_reply": "",
    }


def modify_sms_sign(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    sign = ctx.store.one("SELECT status FROM signs WHERE id = ?", (params["SignId"],))
    if sign is None:
        raise ApiError("FailedOperation.MissingSignatureToModify")
    if sign["status"] == APPROVED:
        raise ApiError("InvalidParameterValue.SignAlreadyPassedCheck")
    changes = {**_sign_row(params), "status": _review_status(ctx)}
    ctx.store.update("signs", "id", params["SignId"], changes)
    return models.ModifySmsSignResponse(
        modify_sign_status=models.ModifySignStatus(sign_id=params["SignId"]),
        request_id=request_id,
    ).to_wire()


def delete_sms_sign(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    if not ctx.store.execute("DELETE FROM signs WHERE id = ?", (params["SignId"],)):
        raise ApiError("FailedOperation.SignIdNotExist")
    return models.DeleteSmsSignResponse(
        delete_sign_status=models.DeleteSignStatus(
            delete_status="return successfully", delete_time=int(ctx.now())
        ),
        request_id=request_id,
    ).to_wire()


def describe_sms_sign_list(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    ids = params["SignIdSet"]
    marks = ", ".join("?" for _ in ids)
    rows = ctx.store.query(
        f"SELECT * FROM signs WHERE international = ? AND id IN ({marks}) ORDER BY id",
        (params["International"], *ids),
    )
    if not rows:
        raise ApiError("FailedOperation.MissingSignatureList")
    return models.DescribeSmsSignListResponse(
        describe_sign_list_status_set=[
            models.DescribeSignListStatus(
                sign_id=row["id"],
                international=row["international"],
                status_code=row["status"],
                review_reply=row["review_reply"],
                sign_name=row["name"],
                create_time=row["create_time"],
            )
            for row in rows
        ],
        request_id=request_id,
    ).to_wire()


# Templates


def add_sms_template(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    row = {**_template_row(params), "create_time": int(ctx.now())}
    template_id = ctx.store.insert("templates", row)
    ctx.store.update("templates", "id", template_id, {"status": _review_status(ctx)})
    return models.AddSmsTemplateResponse(
        add_template_status=models.AddTemplateStatus(template_id=str(template_id)),
        request_id=request_id,
    ).to_wire()


def _template_row(params: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": params["TemplateName"],
        "content": params["TemplateContent"],
        "sms_type": params["SmsType"],
        "international": params["International"],
        "remark": params["Remark"],
        "status": UNDER_REVIEW,
        "review_reply": "",
    }


def modify_sms_template(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    template = ctx.store.one("SELECT status FROM templates WHERE id = ?", (params["TemplateId"],))
    if template is None:
        raise ApiError("FailedOperation.MissingTemplateToModify")
    if template["status"] == APPROVED:
        raise ApiError("FailedOperation.TemplateAlreadyPassedCheck")
    changes = {**_template_row(params), "status": _review_status(ctx)}
    ctx.store.update("templates", "id", params["TemplateId"], changes)
    return models.ModifySmsTemplateResponse(
        modify_template_status=models.ModifyTemplateStatus(template_id=params["TemplateId"]),
        request_id=request_id,
    ).to_wire()


def delete_sms_template(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    if not ctx.store.execute("DELETE FROM templates WHERE id = ?", (params["TemplateId"],)):
        raise ApiError("FailedOperation.TemplateIdNotExist")
    return models.DeleteSmsTemplateResponse(
        delete_template_status=models.DeleteTemplateStatus(
            delete_status="return successfully", delete_time=int(ctx.now())
        ),
        request_id=request_id,
    ).to_wire()


def describe_sms_template_list(
    ctx: Context, params: dict[str, Any], request_id: str
) -> dict[str, Any]:
    ids = params.get("TemplateIdSet") or []
    if ids:
        marks = ", ".join("?" for _ in ids)
        rows = ctx.store.query(
            f"SELECT * FROM templates WHERE international = ? AND id IN ({marks}) ORDER BY id",
            (params["International"], *ids),
        )
    else:
        rows = ctx.store.query(
            "SELECT * FROM templates WHERE international = ? ORDER BY id LIMIT ? OFFSET ?",
            (params["International"], params.get("Limit") or 0, params.get("Offset") or 0),
        )
    if ids and not rows:
        raise ApiError("FailedOperation.MissingTemplateList")
    return models.DescribeSmsTemplateListResponse(
        describe_template_status_set=[
            models.DescribeTemplateListStatus(
                template_id=row["id"],
                international=row["international"],
                status_code=row["status"],
                review_reply=row["review_reply"],
                template_name=row["name"],
                create_time=row["create_time"],
                template_content=row["content"],
            )
            for row in rows
        ],
        request_id=request_id,
    ).to_wire()


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
    statuses: list[models.SendStatus] = []
    rows: list[dict[str, Any]] = []
    for number in numbers:
        rule = ctx.store.one("SELECT * FROM number_rules WHERE phone = ?", (number.e164,)) or {}
        serial_no = f"5000:{secrets.randbelow(10**28):028d}"
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
        statuses.append(
            models.SendStatus(
                serial_no=serial_no,
                phone_number=number.e164,
                fee=fee,
                session_context=params.get("SessionContext") or "",
                code=code,
                message=message_for(code) if blocked else "send success",
                iso_code=number.iso_code,
            )
        )
    ctx.store.insert_many("messages", rows)
    ctx.report_delivery([row for row in rows if row["receipt_code"] is not None])
    return models.SendSmsResponse(send_status_set=statuses, request_id=request_id).to_wire()


def _approved_template(ctx: Context, template_id: str) -> dict[str, Any]:
    template = None
    if template_id.isdigit():
        template = ctx.store.one("SELECT * FROM templates WHERE id = ?", (int(template_id),))
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
    return models.PullSmsSendStatusResponse(
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
    return models.PullSmsSendStatusByPhoneNumberResponse(
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
    return models.PullSmsSendStatus(
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
    return models.PullSmsReplyStatusResponse(
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
    return models.PullSmsReplyStatusByPhoneNumberResponse(
        pull_sms_reply_status_set=[_reply(row) for row in rows], request_id=request_id
    ).to_wire()


def _reply(row: dict[str, Any]) -> models.PullSmsReplyStatus:
    return models.PullSmsReplyStatus(
        extend_code=row["extend_code"],
        country_code=row["nation_code"],
        phone_number=row["phone"],
        sign_name=row["sign_name"],
        reply_content=row["text"],
        reply_time=row["reply_time"],
        subscriber_number=row["subscriber"],
    )


# Statistics


def hour_range(begin: str, end: str) -> tuple[int, int]:
    """Unix seconds from the start of hour ``begin`` to the end of hour ``end`` (yyyymmddhh in
    China Standard Time). The order and span limits are the spec's rules, checked before."""
    return _cst_hour(begin), _cst_hour(end) + 3600


def _cst_hour(text: str) -> int:
    parsed = time.strptime(text, "%Y%m%d%H")
    return calendar.timegm(parsed) - CHINA_STANDARD_TIME


def send_status_statistics(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    start, stop = hour_range(params["BeginTime"], params["EndTime"])
    row = ctx.store.one(
        "SELECT COUNT(*) AS requests, COALESCE(SUM(code = 'Ok'), 0) AS successes,"
        " COALESCE(SUM(fee), 0) AS fees FROM messages"
        " WHERE app_id = ? AND sent_at >= ? AND sent_at < ?",
        (params["SmsSdkAppId"], start, stop),
    ) or {"requests": 0, "successes": 0, "fees": 0}
    return models.SendStatusStatisticsResponse(
        send_status_statistics=models.SendStatusStatistics(
            fee_count=row["fees"],
            request_count=row["requests"],
            request_success_count=row["successes"],
        ),
        request_id=request_id,
    ).to_wire()


# CallbackStatusStatistics counts failures by reason; an admin rule gives a number's reason.
FAILURE_REASONS = ("internal_error", "invalid_number", "shutdown", "blacklist", "frequency_limit")


def callback_status_statistics(
    ctx: Context, params: dict[str, Any], request_id: str
) -> dict[str, Any]:
    start, stop = hour_range(params["BeginTime"], params["EndTime"])
    reasons = ", ".join(
        f"COALESCE(SUM(report_status = 'FAIL' AND failure_reason = '{reason}'), 0) AS {reason}"
        for reason in FAILURE_REASONS
    )
    row = ctx.store.one(
        "SELECT COALESCE(SUM(code = 'Ok'), 0) AS successes,"
        " COALESCE(SUM(receive_time IS NOT NULL), 0) AS reports,"
        " COALESCE(SUM(report_status = 'SUCCESS'), 0) AS delivered,"
        f" COALESCE(SUM(report_status = 'FAIL'), 0) AS failed, {reasons} FROM messages"
        " WHERE app_id = ? AND sent_at >= ? AND sent_at < ?",
        (params["SmsSdkAppId"], start, stop),
    )
    assert row is not None  # an aggregate always has a row
    return models.CallbackStatusStatisticsResponse(
        callback_status_statistics=models.CallbackStatusStatistics(
            callback_count=row["reports"],
            request_success_count=row["successes"],
            callback_fail_count=row["failed"],
            callback_success_count=row["delivered"],
            internal_error_count=row["internal_error"],
            invalid_number_count=row["invalid_number"],
            shutdown_error_count=row["shutdown"],
            black_list_count=row["blacklist"],
            frequency_limit_count=row["frequency_limit"],
        ),
        request_id=request_id,
    ).to_wire()


# Numbers and conversions


def describe_phone_number_info(
    ctx: Context, params: dict[str, Any], request_id: str
) -> dict[str, Any]:
    infos = []
    for text in params["PhoneNumberSet"]:
        number = phone_numbers.parse(text)  # params checked that the service can read it
        infos.append(
            models.PhoneNumberInfo(
                code="Ok",
                message="Describe success",
                nation_code=number.nation_code,
                subscriber_number=number.subscriber,
                phone_number=number.e164,
                iso_code=number.iso_code,
                iso_name=number.iso_name,
            )
        )
    return models.DescribePhoneNumberInfoResponse(
        phone_number_info_set=infos, request_id=request_id
    ).to_wire()


def report_conversion(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    message = ctx.store.one(
        "SELECT app_id FROM messages WHERE serial_no = ?", (params["SerialNo"],)
    )
    if message is None:
        raise ApiError("InvalidParameterValue", f"unknown SerialNo {params['SerialNo']!r}")
    if message["app_id"] != params["SmsSdkAppId"]:
        raise ApiError("UnauthorizedOperation.SmsSdkAppIdVerifyFail")
    conversion_time = params.get("ConversionTime") or int(ctx.now())
    ctx.store.update(
        "messages", "serial_no", params["SerialNo"], {"conversion_time": conversion_time}
    )
    return models.ReportConversionResponse(
        report_conversion_status=models.ReportConversionStatus(code="ok", message="report success"),
        request_id=request_id,
    ).to_wire()


HANDLERS: dict[str, Handler] = {
    "PullSmsReplyStatus": pull_sms_reply_status,
    "PullSmsReplyStatusByPhoneNumber": pull_sms_reply_status_by_phone_number,
    "PullSmsSendStatus": pull_sms_send_status,
    "PullSmsSendStatusByPhoneNumber": pull_sms_send_status_by_phone_number,
    "SendStatusStatistics": send_status_statistics,
    "CallbackStatusStatistics": callback_status_statistics,
    "AddSmsSign": add_sms_sign,
    "DeleteSmsSign": delete_sms_sign,
    "DescribeSmsSignList": describe_sms_sign_list,
    "ModifySmsSign": modify_sms_sign,
    "SendSms": send_sms,
    "DescribePhoneNumberInfo": describe_phone_number_info,
    "ReportConversion": report_conversion,
    "AddSmsTemplate": add_sms_template,
    "DeleteSmsTemplate": delete_sms_template,
    "DescribeSmsTemplateList": describe_sms_template_list,
    "ModifySmsTemplate": modify_sms_template,
}
