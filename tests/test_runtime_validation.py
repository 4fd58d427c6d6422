"""Validation happens in the clients before any network traffic, and reports every problem at once.

The server here counts connections, not only requests: a refused call must not even connect.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from generator.naming import snake_case
from support.fault_server import FaultServer
from support.sms_calls import SECRET_ID, SECRET_KEY, SEND_SMS
from support.specs import input_constraint, sms_spec
from tcsms import AsyncSmsClient, SmsClient, ValidationError

SPEC = sms_spec()
GOOD_NUMBER = "+8618511122266"
MAX_NUMBERS = input_constraint("SendSms", "PhoneNumberSet", "max_items")
TOO_MANY_NUMBERS = f"phone_number_set: {MAX_NUMBERS + 1} items, at most {MAX_NUMBERS} allowed"
MAX_LIMIT = input_constraint("DescribeSmsTemplateList", "Limit", "maximum")
ABOVE_MAX_LIMIT = f"limit: {MAX_LIMIT + 1} is above the maximum {MAX_LIMIT}"
# What a missing input the client's defaults could give adds (the spec's client_defaults).
SET_IN_DEFAULTS = "pass it, or set it once in the client's defaults"
# One number too many, the last of them not a string, no app id, and a str where a list belongs.
EVERYTHING_WRONG: dict[str, Any] = {
    **SEND_SMS,
    "phone_number_set": [GOOD_NUMBER] * MAX_NUMBERS + [8618511122266],
    "sms_sdk_app_id": None,
    "template_param_set": "12345",
}
EVERYTHING_WRONG_PROBLEMS = {
    TOO_MANY_NUMBERS,
    f"phone_number_set[{MAX_NUMBERS}]: expected str, got int 8618511122266",
    f"sms_sdk_app_id: required, but None; {SET_IN_DEFAULTS}",
    "template_param_set: expected list, got str '12345'",
}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SPEC) as running:
        yield running


def client_of(server: FaultServer) -> SmsClient:
    # rate_limit=True: a refused call must not wait for, nor use up, a rate-limit slot either.
    return SmsClient(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint, rate_limit=True
    )


def assert_nothing_sent(server: FaultServer) -> None:
    assert server.received() == []
    assert server.connection_count == 0


def test_every_problem_is_listed_with_its_path_and_nothing_is_sent(server: FaultServer) -> None:
    with client_of(server) as client:
        with pytest.raises(ValidationError) as caught:
            client.send_sms(**EVERYTHING_WRONG)
    assert set(caught.value.problems) == EVERYTHING_WRONG_PROBLEMS
    for problem in EVERYTHING_WRONG_PROBLEMS:
        assert problem in str(caught.value)
    assert_nothing_sent(server)


def test_one_number_above_the_documented_maximum_is_refused_before_sending(
    server: FaultServer,
) -> None:
    with client_of(server) as client:
        with pytest.raises(ValidationError) as caught:
            client.send_sms(**{**SEND_SMS, "phone_number_set": [GOOD_NUMBER] * (MAX_NUMBERS + 1)})
    assert caught.value.problems == (TOO_MANY_NUMBERS,)
    assert_nothing_sent(server)


@pytest.mark.parametrize(
    ("argument", "value"),
    [("template_param_set", "12345"), ("phone_number_set", GOOD_NUMBER)],
)
def test_a_string_where_a_list_is_expected_is_refused_not_split_into_characters(
    server: FaultServer, argument: str, value: str
) -> None:
    with client_of(server) as client:
        with pytest.raises(ValidationError) as caught:
            client.send_sms(**{**SEND_SMS, argument: value})
    assert caught.value.problems == (f"{argument}: expected list, got str {value!r}",)
    assert_nothing_sent(server)


@pytest.mark.parametrize("action", ["DescribeSmsTemplateList", "PullSmsSendStatus"])
def test_a_limit_above_the_documented_maximum_is_refused_before_sending(
    server: FaultServer, action: str
) -> None:
    maximum = input_constraint(action, "Limit", "maximum")
    arguments: dict[str, Any] = {"limit": maximum + 1}
    if action == "DescribeSmsTemplateList":
        arguments["international"] = 0
    else:
        arguments["sms_sdk_app_id"] = "1400006874"
    with client_of(server) as client:
        with pytest.raises(ValidationError) as caught:
            getattr(client, snake_case(action))(**arguments)
    assert caught.value.problems == (f"limit: {maximum + 1} is above the maximum {maximum}",)
    assert_nothing_sent(server)


def test_missing_required_values_are_all_listed(server: FaultServer) -> None:
    with client_of(server) as client:
        with pytest.raises(ValidationError) as caught:
            client.send_sms(phone_number_set=[GOOD_NUMBER], sms_sdk_app_id=None, template_id=None)  # type: ignore[arg-type]
    assert set(caught.value.problems) == {
        f"sms_sdk_app_id: required, but None; {SET_IN_DEFAULTS}",
        "template_id: required, but None",
    }
    assert_nothing_sent(server)


def test_a_valid_call_after_refused_ones_goes_through(server: FaultServer) -> None:
    with client_of(server) as client:
        with pytest.raises(ValidationError):
            client.send_sms(**EVERYTHING_WRONG)
        client.send_sms(**SEND_SMS)
    assert len(server.received("SendSms")) == 1
    assert server.received("SendSms")[0].params["PhoneNumberSet"] == SEND_SMS["phone_number_set"]


def test_async_client_refuses_the_same_problems_before_sending(server: FaultServer) -> None:
    async def main() -> list[ValidationError]:
        caught: list[ValidationError] = []
        async with AsyncSmsClient(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint, rate_limit=True
        ) as client:
            for call in (
                client.send_sms(**EVERYTHING_WRONG),
                client.describe_sms_template_list(international=0, limit=MAX_LIMIT + 1),
            ):
                try:
                    await call
                except ValidationError as error:
                    caught.append(error)
        return caught

    first, second = asyncio.run(main())
    assert set(first.problems) == EVERYTHING_WRONG_PROBLEMS
    assert second.problems == (ABOVE_MAX_LIMIT,)
    assert_nothing_sent(server)
