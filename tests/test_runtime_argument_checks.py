"""The client refuses before sending only what the service refuses the same way, always as a
``ValidationError`` naming the argument; ``validate=False`` leaves every check to the service.

Each case runs through the sync and the async client against a loopback server that counts what
it received.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from support.either_client import Kind, call_once
from support.fault_server import FaultServer
from support.sms_calls import SECRET_ID, SECRET_KEY, SEND_SMS
from support.specs import input_constraint, sms_spec
from tcsms import CallOptions, SmsClient, ValidationError

SPEC = sms_spec()
TOO_MANY_NUMBERS = input_constraint("SendSms", "PhoneNumberSet", "max_items") + 1
# The forms the service reads as +86 numbers (the spec's discrepancies give the source).
MAINLAND_FORMS = ["13711112222", "8613711112222", "008613711112222"]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SPEC) as running:
        yield running


def call(
    server: FaultServer,
    arguments: dict[str, Any],
    *,
    use_async: bool,
    options: CallOptions | None = None,
    **client_options: Any,
) -> Any:
    """``send_sms(**arguments)`` through one client; returns the response or the error raised."""
    kind: Kind = "async" if use_async else "sync"
    outcome = call_once(
        kind,
        server.endpoint,
        "send_sms",
        arguments,
        options=options,
        max_attempts=1,
        **client_options,
    )
    return outcome.result if outcome.error is None else outcome.error


both_clients = pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])


@both_clients
@pytest.mark.parametrize("number", MAINLAND_FORMS)
def test_mainland_numbers_without_plus_86_are_sent_as_given(
    server: FaultServer, use_async: bool, number: str
) -> None:
    response = call(server, {**SEND_SMS, "phone_number_set": [number]}, use_async=use_async)
    assert not isinstance(response, Exception)
    [received] = server.received("SendSms")
    assert received.params["PhoneNumberSet"] == [number]


@both_clients
@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (None, "phone_number_set: required, but None"),
        (5, "phone_number_set: expected list, got int 5"),
        ({"+8613711112222": 1}, "phone_number_set: expected list, got dict"),
        ({"+8613711112222"}, "phone_number_set: expected list, got set"),
        ("+8613711112222", "phone_number_set: expected list, got str"),
        (["+8613711112222", None], "phone_number_set[1]: expected str, got NoneType"),
    ],
    ids=["None", "int", "dict", "set", "str", "None item"],
)
def test_a_phone_number_set_that_is_no_list_of_strings_is_refused_by_name(
    server: FaultServer, use_async: bool, value: Any, problem: str
) -> None:
    error = call(server, {**SEND_SMS, "phone_number_set": value}, use_async=use_async)
    assert isinstance(error, ValidationError)
    (reported,) = error.problems
    assert reported.startswith(problem)
    assert server.received() == [] and server.connection_count == 0


@both_clients
def test_an_empty_required_string_is_refused(server: FaultServer, use_async: bool) -> None:
    error = call(server, {**SEND_SMS, "sms_sdk_app_id": ""}, use_async=use_async)
    assert isinstance(error, ValidationError)
    assert error.problems == ("sms_sdk_app_id: required, but ''",)
    assert server.received() == []


@both_clients
def test_a_lone_surrogate_is_refused_by_name(server: FaultServer, use_async: bool) -> None:
    error = call(server, {**SEND_SMS, "session_context": "ab\udc80"}, use_async=use_async)
    assert isinstance(error, ValidationError)
    (reported,) = error.problems
    assert reported.startswith("session_context: not valid Unicode text")
    assert server.received() == []


@both_clients
@pytest.mark.parametrize("where", ["client", "call"])
def test_validate_false_leaves_the_checks_to_the_service(
    server: FaultServer, use_async: bool, where: str
) -> None:
    too_many = {**SEND_SMS, "phone_number_set": ["+8613711112222"] * TOO_MANY_NUMBERS}
    if where == "client":
        response = call(server, too_many, use_async=use_async, validate=False)
    else:
        response = call(server, too_many, use_async=use_async, options=CallOptions(validate=False))
    assert not isinstance(response, Exception)
    [received] = server.received("SendSms")
    assert len(received.params["PhoneNumberSet"]) == TOO_MANY_NUMBERS


@both_clients
def test_validate_false_still_refuses_what_cannot_be_encoded_without_showing_it(
    server: FaultServer, use_async: bool
) -> None:
    for value in ({"+8613711112222"}, ["+86137\udc80"]):
        error = call(
            server, {**SEND_SMS, "phone_number_set": value}, use_async=use_async, validate=False
        )
        assert isinstance(error, ValidationError)
        assert "cannot be encoded" in str(error)
        assert "137" not in str(error)
    assert server.received() == []


@both_clients
def test_validate_must_be_a_bool(server: FaultServer, use_async: bool) -> None:
    error = call(server, SEND_SMS, use_async=use_async, options=CallOptions(validate=0))  # type: ignore[arg-type]
    assert isinstance(error, ValidationError)
    with pytest.raises(ValidationError):
        SmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, validate="no")  # type: ignore[arg-type]
    assert server.received() == []


@both_clients
@pytest.mark.parametrize("value", [True, "3", 0, 1.5, None])
def test_max_attempts_must_be_a_positive_int(
    server: FaultServer, use_async: bool, value: Any
) -> None:
    if value is not None:
        error = call(server, SEND_SMS, use_async=use_async, options=CallOptions(max_attempts=value))
        assert isinstance(error, ValidationError) and "max_attempts" in str(error)
    with pytest.raises(ValidationError):
        SmsClient(secret_id="AKIDx", secret_key="k", max_attempts=value)
    assert server.received() == []


@pytest.mark.parametrize("delay", [-1, float("nan"), float("inf"), "1", True])
def test_retry_delays_must_be_finite_seconds(delay: Any) -> None:
    from tcsms._retry import RetryPolicy

    with pytest.raises(ValidationError):
        RetryPolicy(base_delay=delay)
    with pytest.raises(ValidationError):
        RetryPolicy(max_delay=delay)
