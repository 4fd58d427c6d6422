# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Statistics, number information and conversions, read from the messages sent.

Statistics hours are China Standard Time (UTC+8).
"""

from __future__ import annotations

import calendar
import time
from typing import Any

from tcsms import models
from tcsms.emulator.api_error import ApiError
from tcsms.emulator.context import Context
from tcsms.emulator.sms import phone_numbers
from tcsms.emulator.sms.state import FAILURE_REASONS

__all__ = [
    "callback_status_statistics",
    "describe_phone_number_info",
    "hour_range",
    "report_conversion",
    "send_status_statistics",
]

CHINA_STANDARD_TIME = 8 * 3600


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
    return models.SendStatusStatisticsResponse.partial(
        send_status_statistics=models.SendStatusStatistics.partial(
            fee_count=row["fees"],
            request_count=row["requests"],
            request_success_count=row["successes"],
        ),
        request_id=request_id,
    ).to_wire()


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
    return models.CallbackStatusStatisticsResponse.partial(
        callback_status_statistics=models.CallbackStatusStatistics.partial(
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
            models.PhoneNumberInfo.partial(
                code="Ok",
                message="Describe success",
                nation_code=number.nation_code,
                subscriber_number=number.subscriber,
                phone_number=number.e164,
                iso_code=number.iso_code,
                iso_name=number.iso_name,
            )
        )
    return models.DescribePhoneNumberInfoResponse.partial(
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
    return models.ReportConversionResponse.partial(
        report_conversion_status=models.ReportConversionStatus.partial(
            code="ok", message="report success"
        ),
        request_id=request_id,
    ).to_wire()
