"""The admin API checks every argument: a bad one is HTTP 400 naming the problem over HTTP and an
``AdminError`` in process, never a traceback, and leaves nothing behind (no fault is added)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tcsms.emulator import AdminError, Emulator

BAD_CALLS: list[tuple[str, dict[str, Any], str]] = [
    ("add_fault", {"action": "SendSms", "code": 5}, "code must be an error code"),
    ("add_fault", {"action": "SendSms", "code": "not a code"}, "code must be an error code"),
    ("add_fault", {"action": "SendSms", "delay": 1e300}, "delay must be between 0 and 60"),
    ("add_fault", {"action": "SendSms", "delay": -1}, "delay must be between 0 and 60"),
    ("add_fault", {"action": "SendSms", "delay": "1"}, "delay must be a number"),
    ("add_fault", {"action": "SendSms", "delay": True}, "delay must be a number"),
    ("add_fault", {"action": "SendSms", "count": 0}, "count must be at least 1"),
    ("add_fault", {"action": "SendSms", "count": 1.5}, "count must be an integer"),
    ("add_fault", {"action": "SendSms", "count": True}, "count must be an integer"),
    ("add_fault", {"action": "SendSms", "drop": "sometimes"}, "drop must be one of"),
    ("add_fault", {"action": "NoSuchAction"}, "action must be '*' or an action"),
    ("add_fault", {"action": ["SendSms"]}, "action must be '*' or an action"),
    ("add_fault", {}, "missing 1 required positional argument: 'action'"),
    ("add_fault", {"action": "SendSms", "colour": "red"}, "unexpected keyword argument"),
    ("flush_callbacks", {"timeout": float("inf")}, "timeout must be between 0 and 60"),
    ("requests_received", {"action": 3}, "action must be '*' or an action"),
    ("approve_sign", {"sign_id": "1"}, "sign_id must be an integer"),
    ("approve_template", {"template_id": 0}, "template_id must be at least 1"),
    ("reject_sign", {"sign_id": 1, "reply": {"a": 1}}, "reply must be a string"),
    ("approve_sign", {"sign_id": 999}, "no such sign: 999"),
    ("approve_sign", {"sign_id": 10**30}, "sign_id must be at most"),
    ("reject_template", {"template_id": 1, "reply": "\ud800"}, "reply must be text"),
    ("inject_reply", {"phone_number": 138, "text": "hi", "sms_sdk_app_id": "1"}, "phone_number"),
    ("inject_reply", {"phone_number": "x", "text": "hi", "sms_sdk_app_id": "1"}, "not a phone"),
    ("inject_reply", {"phone_number": "+8613711112222", "text": [], "sms_sdk_app_id": "1"}, "text"),
    (
        "inject_reply",
        {"phone_number": "+8613711112222", "text": "hi", "sms_sdk_app_id": "1", "reply_time": -5},
        "reply_time must be at least 0",
    ),
    ("fail_delivery", {"phone_number": "+8613711112222", "receipt_code": 7}, "receipt_code"),
    (
        "fail_delivery",
        {"phone_number": "+8613711112222", "receipt_code": "E", "reason": "bad luck"},
        "reason must be one of",
    ),
    ("block_number", {"phone_number": None}, "phone_number must be a string"),
    ("seed", {"international": "no"}, "international must be true or false"),
    ("seed", {"template_content": ""}, "template_content must not be empty"),
    ("seed", {"sms_sdk_app_id": 1400000000}, "sms_sdk_app_id must be a string"),
]


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(rate_limits=False) as emulator:
        yield emulator


def post(emulator: Emulator, operation: str, body: bytes) -> tuple[int, Any]:
    request = urllib.request.Request(
        f"{emulator.endpoint}/_admin/{operation}", data=body, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@pytest.mark.parametrize(("operation", "arguments", "problem"), BAD_CALLS)
def test_a_bad_argument_is_a_400_naming_the_problem(
    emulator: Emulator,
    capfd: pytest.CaptureFixture[str],
    operation: str,
    arguments: dict[str, Any],
    problem: str,
) -> None:
    status, document = post(emulator, operation, json.dumps(arguments).encode())
    assert status == 400, document
    assert problem in document["error"], document
    # In process, a missing or unknown argument is Python's own TypeError.
    expected = TypeError if "argument" in problem else AdminError
    with pytest.raises(expected, match=re.escape(problem)):
        getattr(emulator.admin, operation)(**arguments)
    assert "Traceback" not in capfd.readouterr().err


def test_no_fault_is_left_behind_by_a_refused_call(emulator: Emulator) -> None:
    for operation, arguments, _ in BAD_CALLS:
        if operation == "add_fault":
            post(emulator, operation, json.dumps(arguments).encode())
    with emulator.client() as client:
        client.describe_phone_number_info(phone_number_set=["+8613711112222"])


@pytest.mark.parametrize("body", [b"[1, 2]", b"{not json", b'"text"'])
def test_a_body_that_is_not_a_json_object_is_a_400(emulator: Emulator, body: bytes) -> None:
    status, document = post(emulator, "add_fault", body)
    assert status == 400 and document["error"], document


def test_the_documented_cases_are_still_taken(emulator: Emulator) -> None:
    emulator.admin.add_fault("SendSms", count=2, code="InternalError.Timeout", delay=0.5)
    emulator.admin.add_fault("*", drop="after")
    emulator.admin.add_fault("SendSms", code="SomeUndocumented.Code")
    emulator.admin.clear_faults()
    assert emulator.admin.flush_callbacks(timeout=0) is True
