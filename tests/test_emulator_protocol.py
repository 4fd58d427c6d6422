"""The emulator's protocol checks, each answered with the documented code and a RequestId."""

from __future__ import annotations

import inspect
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from emulator_support.raw import APP_ID, call_raw, error_code, send_raw

from support.specs import input_constraint
from tcsms import SmsClient, _service, errors
from tcsms._signing import tc3_authorization
from tcsms.emulator import Emulator
from tcsms.emulator.spec_tables import ERROR_MESSAGES

SEND = {"PhoneNumberSet": ["+8618511122266"], "SmsSdkAppId": APP_ID, "TemplateId": "1"}
MAX_NUMBERS = input_constraint("SendSms", "PhoneNumberSet", "max_items")
MAX_PULLED = input_constraint("PullSmsSendStatus", "Limit", "maximum")
MAX_CONTEXT_BYTES = input_constraint("SendSms", "SessionContext", "max_bytes")


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(auto_approve=True, rate_limits=False) as running:
        yield running


def test_a_valid_request_gets_a_request_id_and_no_error(emulator: Emulator) -> None:
    response = call_raw(emulator, "DescribePhoneNumberInfo", {"PhoneNumberSet": ["+8613711112222"]})
    assert error_code(response) is None
    assert response["RequestId"]


@pytest.mark.parametrize("sign_method", ["TC3-HMAC-SHA256", "HmacSHA1", "HmacSHA256"])
def test_a_wrong_key_fails_the_signature_check(emulator: Emulator, sign_method: str) -> None:
    response = call_raw(
        emulator,
        "PullSmsSendStatus",
        {"Limit": 1, "SmsSdkAppId": APP_ID},
        secret_key="wrong",
        sign_method=sign_method,
    )
    assert error_code(response) == "AuthFailure.SignatureFailure"
    assert response["Error"]["Message"] == ERROR_MESSAGES["AuthFailure.SignatureFailure"]
    assert response["RequestId"]


@pytest.mark.parametrize(
    ("sign_method", "http_method"),
    [("HmacSHA1", "GET"), ("HmacSHA1", "POST"), ("HmacSHA256", "GET"), ("HmacSHA256", "POST")],
)
def test_v1_signatures_over_query_and_form_are_verified(
    emulator: Emulator, sign_method: str, http_method: str
) -> None:
    with emulator.client(sign_method=sign_method, http_method=http_method) as client:
        info = client.describe_phone_number_info(phone_number_set=["+8613711112222", "+6591234567"])
    assert [i.iso_code for i in info.phone_number_info_set] == ["CN", "SG"]


def test_a_tampered_body_fails_the_signature_check(emulator: Emulator) -> None:
    host = f"127.0.0.1:{emulator.port}"
    now = int(time.time())
    signed = json.dumps({"Limit": 1, "SmsSdkAppId": APP_ID}).encode()
    headers = _tc3_headers(emulator, "PullSmsSendStatus", signed, now)
    headers["Host"] = host
    response = send_raw(emulator, "POST", "/", headers, b'{"Limit": 2, "SmsSdkAppId": "1"}')
    assert error_code(response) == "AuthFailure.SignatureFailure"


def _tc3_headers(emulator: Emulator, action: str, body: bytes, timestamp: int) -> dict[str, str]:
    host = f"127.0.0.1:{emulator.port}"
    return {
        "Host": host,
        "Content-Type": "application/json",
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
            content_type="application/json",
        ),
    }


# The signing rule's tolerance, as generated from the spec's `service.max_clock_skew_seconds`.
SKEW = _service.MAX_CLOCK_SKEW_SECONDS
# The emulator's clock stands still, so a boundary offset means exactly that many seconds.
FROZEN_NOW = int(time.time())


@pytest.fixture(scope="module")
def frozen_emulator() -> Iterator[Emulator]:
    with Emulator(rate_limits=False, clock=lambda: float(FROZEN_NOW)) as running:
        yield running


@pytest.mark.parametrize("direction", [-1, 1], ids=["past", "future"])
@pytest.mark.parametrize("sign_method", ["TC3-HMAC-SHA256", "HmacSHA1", "HmacSHA256"])
def test_a_timestamp_off_by_more_than_the_allowed_skew_has_expired_either_way(
    frozen_emulator: Emulator, sign_method: str, direction: int
) -> None:
    def answer(offset: int) -> dict[str, Any]:
        return call_raw(
            frozen_emulator,
            "PullSmsSendStatus",
            {"Limit": 1, "SmsSdkAppId": APP_ID},
            sign_method=sign_method,
            timestamp=FROZEN_NOW + direction * offset,
        )

    assert error_code(answer(SKEW)) is None
    expired = answer(SKEW + 1)
    assert error_code(expired) == "AuthFailure.SignatureExpire"
    assert expired["Error"]["Message"] == ERROR_MESSAGES["AuthFailure.SignatureExpire"]
    assert expired["RequestId"]


def test_an_unknown_secret_id_is_not_found(emulator: Emulator) -> None:
    response = call_raw(
        emulator, "PullSmsSendStatus", {"Limit": 1, "SmsSdkAppId": APP_ID}, secret_id="AKIDunknown"
    )
    assert error_code(response) == "AuthFailure.SecretIdNotFound"


def test_a_token_must_match_the_emulators() -> None:
    with Emulator(token="session-token", rate_limits=False) as running:
        payload = {"Limit": 1, "SmsSdkAppId": APP_ID}
        assert error_code(call_raw(running, "PullSmsSendStatus", payload)) is None
        wrong = call_raw(running, "PullSmsSendStatus", payload, token="other")
        assert error_code(wrong) == "AuthFailure.TokenFailure"
        with running.client(token="other") as client, pytest.raises(errors.AuthFailureTokenFailure):
            client.pull_sms_send_status(limit=1, sms_sdk_app_id=APP_ID)


def test_a_malformed_authorization_is_invalid(emulator: Emulator) -> None:
    headers = _tc3_headers(emulator, "PullSmsSendStatus", b"{}", int(time.time()))
    headers["Authorization"] = "TC3-HMAC-SHA256 Credential=broken"
    assert error_code(send_raw(emulator, "POST", "/", headers, b"{}")) == (
        "AuthFailure.InvalidAuthorization"
    )


@pytest.mark.parametrize(
    ("header", "value", "code"),
    [
        ("X-TC-Action", "NoSuchAction", "InvalidAction"),
        ("X-TC-Version", "2019-07-11", "NoSuchVersion"),
        ("X-TC-Region", "mars-north-1", "UnsupportedRegion"),
        ("Content-Type", "text/plain", "InvalidRequest"),
    ],
)
def test_common_parameters_are_checked(
    emulator: Emulator, header: str, value: str, code: str
) -> None:
    body = b'{"Limit": 1, "SmsSdkAppId": "1400006666"}'
    headers = _tc3_headers(emulator, "PullSmsSendStatus", body, int(time.time()))
    headers[header] = value
    assert error_code(send_raw(emulator, "POST", "/", headers, body)) == code


@pytest.mark.parametrize("region", ["ap-singapore", "ap-guangzhou", "na-ashburn", "eu-frankfurt"])
def test_every_documented_region_is_accepted(emulator: Emulator, region: str) -> None:
    response = call_raw(
        emulator, "PullSmsSendStatus", {"Limit": 1, "SmsSdkAppId": APP_ID}, region=region
    )
    assert error_code(response) is None


def test_an_oversized_request_exceeds_the_size_limit(emulator: Emulator) -> None:
    big = {"Limit": 1, "SmsSdkAppId": "x" * (1024 * 1024 + 10)}
    response = call_raw(emulator, "PullSmsSendStatus", big, sign_method="HmacSHA256")
    assert error_code(response) == "RequestSizeLimitExceeded"
    tc3_ok = call_raw(emulator, "PullSmsSendStatus", big)  # TC3 allows 10 MB
    assert error_code(tc3_ok) is None
    huge = {"Limit": 1, "SmsSdkAppId": "x" * (10 * 1024 * 1024 + 10)}
    assert error_code(call_raw(emulator, "PullSmsSendStatus", huge)) == "RequestSizeLimitExceeded"


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"SmsSdkAppId": APP_ID}, "MissingParameter"),
        ({"Limit": 1, "SmsSdkAppId": APP_ID, "Colour": "red"}, "UnknownParameter"),
        ({"Limit": "one", "SmsSdkAppId": APP_ID}, "InvalidParameter"),
        ({"Limit": 1, "SmsSdkAppId": 1400006666}, "InvalidParameter"),
        ({"Limit": MAX_PULLED + 1, "SmsSdkAppId": APP_ID}, "InvalidParameterValue"),
    ],
)
def test_parameters_are_checked(emulator: Emulator, payload: dict[str, object], code: str) -> None:
    assert error_code(call_raw(emulator, "PullSmsSendStatus", payload)) == code


@pytest.mark.parametrize(
    ("numbers", "code"),
    [
        (["+8618511122266"] * (MAX_NUMBERS + 1), "LimitExceeded.PhoneNumberCountLimit"),
        ([], "MissingParameter.EmptyPhoneNumberSet"),
        (["1851112226"], "InvalidParameterValue.IncorrectPhoneNumber"),
        (["+86abc"], "InvalidParameterValue.IncorrectPhoneNumber"),
        (["60198890000"], "InvalidParameterValue.IncorrectPhoneNumber"),
    ],
)
def test_documented_constraints_get_their_documented_codes(
    emulator: Emulator, numbers: list[str], code: str
) -> None:
    response = call_raw(emulator, "SendSms", {**SEND, "PhoneNumberSet": numbers})
    assert error_code(response) == code


@pytest.mark.parametrize(
    ("action", "payload", "code"),
    [
        (
            "SendStatusStatistics",
            {
                "BeginTime": "2021050113",
                "EndTime": "2021050118",
                "SmsSdkAppId": APP_ID,
                "Limit": 5,
                "Offset": 0,
            },
            "InvalidParameterValue.LimitVerifyFail",
        ),
        (
            "CallbackStatusStatistics",
            {
                "BeginTime": "2021053213",
                "EndTime": "2021050118",
                "SmsSdkAppId": APP_ID,
                "Limit": 0,
                "Offset": 0,
            },
            "InvalidParameterValue.BeginTimeVerifyFail",
        ),
        (
            "AddSmsSign",
            {
                "SignName": "x",
                "SignType": 0,
                "DocumentType": 99,
                "International": 0,
                "SignPurpose": 0,
                "ProofImage": "aGVsbG8=",
            },
            "InvalidParameterValue.InvalidDocumentType",
        ),
        (
            "AddSmsSign",
            {
                "SignName": "x",
                "SignType": 0,
                "DocumentType": 0,
                "International": 0,
                "SignPurpose": 0,
                "ProofImage": "not base64!",
            },
            "InvalidParameterValue.ImageInvalid",
        ),
        (
            "SendSms",
            {**SEND, "SessionContext": "x" * (MAX_CONTEXT_BYTES + 1)},
            "InvalidParameterValue",
        ),
    ],
)
def test_other_constraints_use_the_fields_violation_codes(
    emulator: Emulator, action: str, payload: dict[str, object], code: str
) -> None:
    assert error_code(call_raw(emulator, action, payload)) == code


def test_v1_flattened_parameters_are_rebuilt_and_checked(emulator: Emulator) -> None:
    response = call_raw(
        emulator,
        "DescribePhoneNumberInfo",
        {"PhoneNumberSet": ["+8613711112222", "+447700900123"]},
        sign_method="HmacSHA256",
        http_method="GET",
    )
    assert [info["IsoCode"] for info in response["PhoneNumberInfoSet"]] == ["CN", "GB"]
    bad = call_raw(
        emulator,
        "PullSmsSendStatus",
        {"Limit": "lots", "SmsSdkAppId": APP_ID},
        sign_method="HmacSHA1",
    )
    assert error_code(bad) == "InvalidParameter"


def test_the_documented_rate_limit_is_enforced_per_secret_id() -> None:
    with Emulator(auto_approve=True) as running:
        sign = {
            "SignName": "s",
            "SignType": 0,
            "DocumentType": 0,
            "International": 0,
            "SignPurpose": 0,
            "ProofImage": "aGVsbG8=",
        }
        codes = [
            error_code(call_raw(running, "DeleteSmsSign", {"SignId": 999})) for _ in range(3)
        ]  # documented: 1 request per second
        assert codes[0] == "FailedOperation.SignIdNotExist"
        assert "RequestLimitExceeded" in codes
        assert error_code(call_raw(running, "AddSmsSign", sign)) is None  # its own budget


def test_client_errors_are_typed_through_our_client(emulator: Emulator) -> None:
    with SmsClient(
        secret_id=emulator.credentials.secret_id,
        secret_key="wrong",
        endpoint=emulator.endpoint,
        max_attempts=1,
    ) as client:
        with pytest.raises(errors.AuthFailureSignatureFailure) as caught:
            client.pull_sms_send_status(limit=1, sms_sdk_app_id=APP_ID)
    assert caught.value.request_id


SECRET_KEY = "emulator-secret-key-never-printed-31"
TOKEN = "emulator-session-token-never-printed-57"
_LEAVES = (str, bytes, int, float, bool, type(None))


def reachable(root: object, name: str, depth: int = 4) -> Iterator[tuple[str, object]]:
    """Every object reachable from ``root`` through attributes and containers, with its path."""
    seen: set[int] = set()
    pending: list[tuple[str, object, int]] = [(name, root, 0)]
    while pending:
        path, value, level = pending.pop()
        if id(value) in seen or isinstance(value, _LEAVES) or _is_code(value):
            continue
        seen.add(id(value))
        yield path, value
        if level == depth:
            continue
        if isinstance(value, dict):
            children = [(f"{path}[{k!r}]", v) for k, v in value.items()]
        elif isinstance(value, list | tuple | set | frozenset):
            children = [(f"{path}[{i}]", v) for i, v in enumerate(value)]
        else:
            children = [(f"{path}.{k}", v) for k, v in vars_of(value).items()]
        pending += [(child_path, child, level + 1) for child_path, child in children]


def _is_code(value: object) -> bool:
    return inspect.isroutine(value) or inspect.ismodule(value) or inspect.isclass(value)


def vars_of(value: object) -> dict[str, object]:
    """An object's attributes, from ``__dict__`` and ``__slots__``."""
    found = dict(getattr(value, "__dict__", {}))
    for klass in type(value).__mro__:
        for slot in getattr(klass, "__slots__", ()):
            if slot not in found and hasattr(value, slot):
                found[slot] = getattr(value, slot)
    return found


def test_no_repr_reachable_from_the_emulator_shows_its_secret_key_or_token() -> None:
    emulator = Emulator(secret_key=SECRET_KEY, token=TOKEN, auto_approve=True)
    with emulator, emulator.client() as client:
        client.describe_phone_number_info(phone_number_set=["+8613711112222"])
        emulator.admin.add_fault("SendSms", code="InternalError")
        roots = [("emulator", emulator), ("client", client)]
        roots.append(("async_client", emulator.async_client()))
        checked = 0
        for root_name, root in roots:
            for path, value in reachable(root, root_name):
                for text in (repr(value), str(value)):
                    assert SECRET_KEY not in text and TOKEN not in text, path
                checked += 1
    assert checked > 20
    shown = repr(emulator.credentials)
    assert shown == str(emulator.credentials)
    assert emulator.credentials.secret_id in shown and "token=<set>" in shown
