"""Signed requests with values no client sends get the documented code, never a traceback.

Integers past 64 bits, JSON nested past Python's recursion limit, and numbers written with other
scripts' digits (Arabic-Indic, superscript, fullwidth) or Python's underscores, in the common
parameters and the action's.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Iterator
from typing import Any

import pytest
from emulator_support.raw import APP_ID, call_raw, error_code, send_raw, setup_sending

from tcsms._signing import form_encode, tc3_authorization, v1_signature
from tcsms.emulator import Emulator

DEEP = 100_000
ARABIC_ONE = "\u0661"
ARABIC_ONE_TWO_THREE = "\u0661\u0662\u0663"
SUPERSCRIPT_TWO = "\u00b2"
FULLWIDTH_ONE = "\uff11"
SEND = {"PhoneNumberSet": ["+8618511122266"], "SmsSdkAppId": APP_ID, "SignName": "Tencent"}


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(rate_limits=False) as running:
        setup_sending(running)
        yield running


@pytest.fixture(autouse=True)
def no_traceback(
    caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> Iterator[None]:
    """Fails a test whose requests made the emulator log an exception or print a traceback."""
    with caplog.at_level(logging.DEBUG):
        yield
    assert not [record for record in caplog.records if record.exc_info], caplog.text
    assert "Traceback" not in capfd.readouterr().err


def v1_call(emulator: Emulator, params: dict[str, str], **common: str) -> dict[str, Any]:
    """A v1 HmacSHA256 form POST of ``params``, its common parameters overridable as text."""
    host = f"{emulator.host}:{emulator.port}"
    signed = {
        "Action": "PullSmsSendStatus",
        "Version": "2021-01-11",
        "Region": "ap-guangzhou",
        "Timestamp": str(int(time.time())),
        "Nonce": str(secrets.randbelow(2**31 - 1) + 1),
        "SecretId": emulator.credentials.secret_id,
        "SignatureMethod": "HmacSHA256",
        **params,
        **common,
    }
    signed["Signature"] = v1_signature(
        secret_key=emulator.credentials.secret_key,
        method="POST",
        host=host,
        path="/",
        params=signed,
        algorithm="HmacSHA256",
    )
    headers = {"Host": host, "Content-Type": "application/x-www-form-urlencoded"}
    return send_raw(emulator, "POST", "/", headers, form_encode(signed).encode())


def tc3_body(emulator: Emulator, action: str, body: bytes) -> dict[str, Any]:
    """A TC3 POST of ``body`` as it is, signed as our clients sign."""
    host = f"{emulator.host}:{emulator.port}"
    timestamp = int(time.time())
    headers = {
        "Host": host,
        "Content-Type": "application/json; charset=utf-8",
        "X-TC-Action": action,
        "X-TC-Version": "2021-01-11",
        "X-TC-Region": "ap-guangzhou",
        "X-TC-Timestamp": str(timestamp),
        "Authorization": tc3_authorization(
            secret_id=emulator.credentials.secret_id,
            secret_key=emulator.credentials.secret_key,
            service="sms",
            host=host,
            timestamp=timestamp,
            payload=body,
            content_type="application/json; charset=utf-8",
        ),
    }
    return send_raw(emulator, "POST", "/", headers, body)


# Integers past 64 bits: the documents' Integer is 64 bits wide.


@pytest.mark.parametrize(
    ("action", "payload"),
    [
        ("DeleteSmsTemplate", {"TemplateId": 2**63}),
        ("DeleteSmsSign", {"SignId": -(2**63) - 1}),
        ("DescribeSmsSignList", {"SignIdSet": [2**64], "International": 0}),
        ("DescribeSmsTemplateList", {"TemplateIdSet": [1, 2**70], "International": 0}),
        (
            "PullSmsSendStatusByPhoneNumber",
            {
                "BeginTime": 2**63,
                "Offset": 0,
                "Limit": 10,
                "PhoneNumber": "+8618511122266",
                "SmsSdkAppId": APP_ID,
            },
        ),
        (
            "ReportConversion",
            {"SmsSdkAppId": APP_ID, "SerialNo": "5000:1", "ConversionTime": 2**64},
        ),
    ],
)
def test_an_integer_past_64_bits_is_an_invalid_value(
    emulator: Emulator, action: str, payload: dict[str, Any]
) -> None:
    assert error_code(call_raw(emulator, action, payload)) == "InvalidParameterValue"


def test_the_largest_64_bit_integer_is_judged_as_any_other(emulator: Emulator) -> None:
    response = call_raw(emulator, "DeleteSmsTemplate", {"TemplateId": 2**63 - 1})
    assert error_code(response) not in (None, "InvalidParameterValue", "InvalidParameter")


def test_a_documented_range_keeps_its_own_code(emulator: Emulator) -> None:
    payload = {"Limit": 2**64, "International": 0, "Offset": 0}
    response = call_raw(emulator, "DescribeSmsTemplateList", payload)
    assert error_code(response) == "InvalidParameterValue.LimitVerifyFail"


def test_a_v1_integer_past_64_bits_is_an_invalid_value(emulator: Emulator) -> None:
    params = {"Action": "DescribeSmsSignList", "SignIdSet.0": str(2**64), "International": "0"}
    assert error_code(v1_call(emulator, params)) == "InvalidParameterValue"


# Bodies JSON cannot hold.


@pytest.mark.parametrize(
    "body",
    [
        b"[" * DEEP + b"]" * DEEP,
        b'{"Limit":' * DEEP + b"1" + b"}" * DEEP,
        b'{"Limit": NaN, "SmsSdkAppId": "1400006666"}',
        b'{"Limit": 1e400, "SmsSdkAppId": "1400006666"}',
    ],
    ids=["deep-array", "deep-object", "nan", "infinite"],
)
def test_an_unparseable_body_is_a_json_parse_failure(emulator: Emulator, body: bytes) -> None:
    response = tc3_body(emulator, "PullSmsSendStatus", body)
    assert error_code(response) == "FailedOperation.JsonParseFail"


# Numbers in text: ASCII digits and a sign only.


@pytest.mark.parametrize("nonce", [SUPERSCRIPT_TWO, ARABIC_ONE_TWO_THREE, "1_000", " 12", "+"])
def test_a_v1_nonce_in_other_digits_is_an_invalid_parameter(emulator: Emulator, nonce: str) -> None:
    response = v1_call(emulator, {"Limit": "1", "SmsSdkAppId": APP_ID}, Nonce=nonce)
    assert error_code(response) == "InvalidParameter"


def test_a_v1_timestamp_in_other_digits_is_an_invalid_parameter(emulator: Emulator) -> None:
    arabic = str(int(time.time())).translate(
        str.maketrans("0123456789", "".join(chr(0x0660 + digit) for digit in range(10)))
    )
    response = v1_call(emulator, {"Limit": "1", "SmsSdkAppId": APP_ID}, Timestamp=arabic)
    assert error_code(response) == "InvalidParameter"


@pytest.mark.parametrize("index", [SUPERSCRIPT_TWO, ARABIC_ONE, "0_0", "-0", "+0"])
def test_a_v1_array_index_in_other_digits_is_an_invalid_parameter(
    emulator: Emulator, index: str
) -> None:
    params = {"Action": "DescribePhoneNumberInfo", f"PhoneNumberSet.{index}": "+8618511122266"}
    assert error_code(v1_call(emulator, params)) == "InvalidParameter"


def test_a_v1_array_with_ascii_indexes_is_read(emulator: Emulator) -> None:
    params = {"Action": "DescribePhoneNumberInfo", "PhoneNumberSet.0": "+8618511122266"}
    response = v1_call(emulator, params)
    assert error_code(response) is None, response
    assert [info["PhoneNumber"] for info in response["PhoneNumberInfoSet"]] == ["+8618511122266"]


@pytest.mark.parametrize(
    ("params", "text"),
    [
        ({"Action": "PullSmsSendStatus", "SmsSdkAppId": APP_ID}, {"Limit": ARABIC_ONE}),
        ({"Action": "PullSmsSendStatus", "SmsSdkAppId": APP_ID}, {"Limit": "1_0"}),
        ({"Action": "PullSmsSendStatus", "SmsSdkAppId": APP_ID}, {"Limit": SUPERSCRIPT_TWO}),
        ({"Action": "DeleteSmsTemplate"}, {"TemplateId": ARABIC_ONE}),
        ({"Action": "DescribeSmsSignList", "International": "0"}, {"SignIdSet.0": FULLWIDTH_ONE}),
    ],
)
def test_v1_integer_text_in_other_digits_is_an_invalid_parameter(
    emulator: Emulator, params: dict[str, str], text: dict[str, str]
) -> None:
    assert error_code(v1_call(emulator, {**params, **text})) == "InvalidParameter"


def test_a_template_id_in_arabic_digits_is_not_template_1(emulator: Emulator) -> None:
    payload = {**SEND, "TemplateId": ARABIC_ONE, "TemplateParamSet": ["1234"]}
    response = call_raw(emulator, "SendSms", payload)
    assert error_code(response) == "FailedOperation.TemplateUnapprovedOrNotExist"
