"""The raw HTTP response of a call, and one log record per attempt on the ``tcsms`` logger."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Iterator

import pytest

from support.fault_server import DropAfterRead, ErrorReply, FaultServer
from support.sms_calls import PULL_SEND_STATUS, SECRET_ID, SECRET_KEY, SEND_SMS
from support.specs import sms_spec
from tcsms import AsyncSmsClient, NetworkError, SmsClient

SPEC = sms_spec()
SEND_SMS_RESPONSE = SPEC["actions"]["SendSms"]["examples"][0]["response"]
LATENCY = re.compile(r"in \d+(\.\d+)? ms")


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SPEC) as running:
        yield running


def client_of(server: FaultServer) -> SmsClient:
    return SmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint)


def tcsms_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "tcsms"]


# Raw response


def test_the_raw_response_has_status_headers_and_body(server: FaultServer) -> None:
    with client_of(server) as client:
        response = client.send_sms(**SEND_SMS)
    raw = response.http_response
    assert raw is not None
    assert raw.status == 200
    headers = {name.lower(): value for name, value in raw.headers.items()}
    assert headers["content-type"] == "application/json"
    assert headers["x-fault-server"] == "yes"
    assert int(headers["content-length"]) == len(raw.body)
    assert json.loads(raw.body) == {"Response": SEND_SMS_RESPONSE}


def test_the_async_raw_response_has_status_headers_and_body(server: FaultServer) -> None:
    async def main() -> object:
        async with AsyncSmsClient(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint
        ) as client:
            return (await client.send_sms(**SEND_SMS)).http_response

    raw = asyncio.run(main())
    assert getattr(raw, "status", None) == 200
    headers = {name.lower(): value for name, value in getattr(raw, "headers", {}).items()}
    assert headers["x-fault-server"] == "yes"
    assert json.loads(getattr(raw, "body", b"")) == {"Response": SEND_SMS_RESPONSE}


def test_the_raw_response_of_a_retried_call_is_the_final_one(server: FaultServer) -> None:
    server.extend_script(ErrorReply("RequestLimitExceeded"))
    with client_of(server) as client:
        response = client.send_sms(**SEND_SMS)
    assert response.http_response is not None
    assert json.loads(response.http_response.body)["Response"]["RequestId"] == (
        SEND_SMS_RESPONSE["RequestId"]
    )


# Logging


def test_one_info_record_per_attempt_with_action_attempt_latency_and_request_id(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tcsms")
    server.extend_script(ErrorReply("RequestLimitExceeded"))
    with client_of(server) as client:
        client.send_sms(**SEND_SMS)

    first, second = tcsms_records(caplog)
    for number, record in enumerate((first, second), start=1):
        message = record.getMessage()
        assert record.levelno == logging.INFO
        assert "SendSms" in message
        assert f"attempt {number}/3" in message
        assert LATENCY.search(message), message
    assert server.error_request_ids[0] in first.getMessage()
    assert "RequestLimitExceeded" in first.getMessage()
    assert SEND_SMS_RESPONSE["RequestId"] in second.getMessage()


def test_a_call_answered_at_once_logs_one_record(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tcsms")
    with client_of(server) as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS)
    (record,) = tcsms_records(caplog)
    assert "PullSmsSendStatus attempt 1/3" in record.getMessage()
    expected_id = SPEC["actions"]["PullSmsSendStatus"]["examples"][0]["response"]["RequestId"]
    assert expected_id in record.getMessage()


def test_a_network_failure_is_logged_as_an_attempt_without_a_request_id(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tcsms")
    server.extend_script(DropAfterRead())
    with client_of(server) as client:
        with pytest.raises(NetworkError):
            client.send_sms(**SEND_SMS)
    (record,) = tcsms_records(caplog)
    message = record.getMessage()
    assert "SendSms attempt 1/3" in message
    assert "NetworkError" in message
    assert LATENCY.search(message), message


def test_nothing_is_logged_above_the_configured_level(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="tcsms")
    with client_of(server) as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS)
    assert tcsms_records(caplog) == []


def test_the_async_client_logs_one_record_per_attempt(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tcsms")
    server.extend_script(ErrorReply("RequestLimitExceeded"))

    async def main() -> None:
        async with AsyncSmsClient(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint
        ) as client:
            await client.send_sms(**SEND_SMS)

    asyncio.run(main())
    messages = [record.getMessage() for record in tcsms_records(caplog)]
    assert len(messages) == 2
    assert "SendSms attempt 1/3" in messages[0] and server.error_request_ids[0] in messages[0]
    assert "SendSms attempt 2/3" in messages[1] and SEND_SMS_RESPONSE["RequestId"] in messages[1]
    assert all(LATENCY.search(message) for message in messages)
