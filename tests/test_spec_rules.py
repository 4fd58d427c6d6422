"""Documented rules over several parameters (the spec's ``rules``): client and emulator."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from emulator_support.raw import APP_ID, call_raw, error_code

from tcsms import ValidationError, models
from tcsms._validation import request_problems, validate_request
from tcsms.emulator import Emulator


def statistics(begin: str, end: str) -> dict[str, Any]:
    return {"BeginTime": begin, "EndTime": end, "SmsSdkAppId": APP_ID, "Limit": 0, "Offset": 0}


def pull_by_phone(begin: int, end: int) -> dict[str, Any]:
    return models.PullSmsSendStatusByPhoneNumberRequest(
        begin_time=begin,
        end_time=end,
        offset=0,
        limit=10,
        phone_number="+8618511122266",
        sms_sdk_app_id=APP_ID,
    ).to_wire()


def test_the_client_refuses_an_end_before_the_start() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_request("SendStatusStatistics", statistics("2021050118", "2021050113"))
    assert caught.value.problems == ("end_time: '2021050113' is before begin_time '2021050118'",)
    now = int(time.time())
    assert request_problems("PullSmsSendStatusByPhoneNumber", pull_by_phone(now, now - 60)) == [
        f"end_time: {now - 60} is before begin_time {now}"
    ]


def test_the_client_refuses_a_span_over_the_documented_32_days() -> None:
    # 1 May 00:00 to 3 June 00:00 is 33 days; to 2 June 00:00 is exactly 32, which is allowed.
    assert request_problems("CallbackStatusStatistics", statistics("2021050100", "2021060300")) == [
        "end_time: '2021060300' is more than 32 days after begin_time '2021050100'"
    ]
    assert (
        request_problems("CallbackStatusStatistics", statistics("2021050100", "2021060200")) == []
    )
    # SendStatusStatistics documents no span limit.
    assert request_problems("SendStatusStatistics", statistics("2021010100", "2021060200")) == []


def test_the_client_leaves_the_age_limit_to_the_service() -> None:
    now = int(time.time())
    assert (
        request_problems("PullSmsSendStatusByPhoneNumber", pull_by_phone(now - 8 * 86400, now))
        == []
    )


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(rate_limits=False) as running:
        yield running


@pytest.mark.parametrize(
    ("action", "payload", "code"),
    [
        (
            "CallbackStatusStatistics",
            statistics("2021050100", "2021060300"),
            "InvalidParameterValue.EndTimeVerifyFail",
        ),
        (
            "SendStatusStatistics",
            statistics("2021050118", "2021050113"),
            "InvalidParameterValue.EndTimeVerifyFail",
        ),
    ],
)
def test_the_emulator_answers_broken_rules_with_the_documented_codes(
    emulator: Emulator, action: str, payload: dict[str, Any], code: str
) -> None:
    assert error_code(call_raw(emulator, action, payload)) == code


def test_the_emulator_judges_age_and_order_of_pull_times(emulator: Emulator) -> None:
    now = int(time.time())
    too_old = call_raw(
        emulator, "PullSmsSendStatusByPhoneNumber", pull_by_phone(now - 8 * 86400, now)
    )
    assert error_code(too_old) == "InvalidParameterValue.BeginTimeVerifyFail"
    backwards = call_raw(emulator, "PullSmsSendStatusByPhoneNumber", pull_by_phone(now, now - 60))
    assert error_code(backwards) == "InvalidParameterValue.InvalidStartTime"
    fine = call_raw(emulator, "PullSmsSendStatusByPhoneNumber", pull_by_phone(now - 60, now))
    assert error_code(fine) is None
