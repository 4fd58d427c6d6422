"""An answer to a processed call is never turned into an exception by its shape (sync and async).

A SendSms answer without ``Fee`` still yields its serial numbers; ``strict_responses`` (client or
call) raises ``ResponseParseError`` with the raw answer instead; whatever the server sends, only
errors of the package's hierarchy come out of a call, each with the raw answer, and nothing is
sent twice.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from support.canned_server import CannedServer
from support.either_client import Kind, call_once
from support.sms_calls import SEND_SMS
from support.specs import sms_spec
from tcsms import CallOptions, ServerError, models
from tcsms.errors import ResponseParseError

EXAMPLE = sms_spec()["actions"]["SendSms"]["examples"][0]["response"]


def answer(response: dict[str, Any]) -> bytes:
    return json.dumps({"Response": response}).encode()


def without_fee() -> dict[str, Any]:
    response = json.loads(json.dumps(EXAMPLE))
    for status in response["SendStatusSet"]:
        del status["Fee"]
    return dict(response)


@pytest.fixture
def server() -> Iterator[CannedServer]:
    with CannedServer(answer(without_fee())) as running:
        yield running


def send(
    server: CannedServer,
    *,
    use_async: bool,
    options: CallOptions | None = None,
    **client_options: Any,
) -> Any:
    """One send_sms through a client of the server; the response or the error it raised."""
    kind: Kind = "async" if use_async else "sync"
    outcome = call_once(
        kind, server.endpoint, "send_sms", SEND_SMS, options=options, **client_options
    )
    return outcome.result if outcome.error is None else outcome.error


both_clients = pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])


@both_clients
def test_an_answer_without_fee_keeps_its_serial_numbers_and_logs_a_warning(
    server: CannedServer, use_async: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="tcsms")
    from tcsms import _decode

    _decode._LOGGED.clear()
    response = send(server, use_async=use_async)
    assert isinstance(response, models.SendSmsResponse)
    serials = [status.serial_no for status in response.send_status_set]
    assert serials == [status["SerialNo"] for status in EXAMPLE["SendStatusSet"]]
    assert {status.fee for status in response.send_status_set} == {None}
    assert response.http_response is not None and response.http_response.status == 200
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "send_status_set[0].fee: missing" in warning.getMessage()
    assert server.requests == 1


@both_clients
def test_a_value_of_another_type_is_kept_as_received(server: CannedServer, use_async: bool) -> None:
    response = without_fee()
    response["SendStatusSet"][0]["Fee"] = "1"
    server.body = answer(response)
    result = send(server, use_async=use_async)
    assert result.send_status_set[0].fee == "1"


@both_clients
@pytest.mark.parametrize("where", ["client", "call"])
def test_strict_responses_raise_with_the_raw_answer_and_do_not_retry(
    server: CannedServer, use_async: bool, where: str
) -> None:
    if where == "client":
        error = send(server, use_async=use_async, strict_responses=True)
    else:
        error = send(server, use_async=use_async, options=CallOptions(strict_responses=True))
    assert isinstance(error, ResponseParseError)
    assert "send_status_set[0].fee: missing" in str(error)
    assert error.http_response is not None
    assert (error.http_response.status, error.http_response.body) == (200, server.body)
    assert error.http_response.headers["Content-Type"] == "application/json"
    assert error.request_id == EXAMPLE["RequestId"]
    assert server.requests == 1


# Bodies that are no documented envelope; none of them may escape as anything but a
# ResponseParseError carrying the raw answer.
MALFORMED = [
    b"",
    b"<html>502 Bad Gateway</html>",
    b"\xff\xfe\x00",
    b'{"Response": ',
    b"null",
    b"[]",
    b"42",
    b'"text"',
    b'{"Response": null}',
    b'{"Response": []}',
    b'{"Response": "text"}',
    b'{"Response": {"Error": "boom"}}',
    b'{"Response": {"Error": []}}',
    b'{"Response": {"Error": {"Code": 5}}}',
    b'{"Response": {"Error": {"Code": ""}}}',
    b'{"Response": {"Error": {"Message": "no code"}}}',
    b"[" * 100_000 + b"]" * 100_000,
    b'{"Response": {"SendStatusSet": "none", "RequestId": 7}}',
    b'{"Response": {"SendStatusSet": [1, null, [], {"Fee": {}}], "RequestId": null}}',
    b'{"Response": {"SendStatusSet": [{"SerialNo": 1e999}]}}',
]


@both_clients
@pytest.mark.parametrize("body", MALFORMED, ids=[f"body{i}" for i in range(len(MALFORMED))])
def test_nothing_outside_the_hierarchy_escapes_whatever_the_answer(
    server: CannedServer, use_async: bool, body: bytes
) -> None:
    server.body = body
    result = send(server, use_async=use_async)
    if isinstance(result, models.SendSmsResponse):
        assert result.http_response is not None and result.http_response.body == body
    else:
        assert isinstance(result, ResponseParseError), repr(result)
        assert result.http_response is not None and result.http_response.body == body
    assert server.requests == 1  # SendSms is never sent twice


@both_clients
def test_an_error_answer_with_a_non_text_message_is_still_the_codes_error(
    server: CannedServer, use_async: bool
) -> None:
    server.body = answer({"Error": {"Code": "LimitExceeded.PhoneNumberDailyLimit", "Message": 5}})
    error = send(server, use_async=use_async)
    assert isinstance(error, ServerError) and error.code == "LimitExceeded.PhoneNumberDailyLimit"
    assert error.http_response is not None and error.http_response.body == server.body
