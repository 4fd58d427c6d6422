"""At DEBUG, each request and answer is logged with its body; secrets, tokens and signatures never.

Run through both clients and every signing method against a loopback server, which records what
was really sent: the signatures and the token it saw must not appear in any log line.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from support.fault_server import FaultServer
from support.sms_calls import SECRET_ID, SECRET_KEY, SEND_SMS, TOKEN
from support.specs import sms_spec
from tcsms import AsyncSmsClient, SmsClient
from tcsms._redact import MASK, MAX_LOGGED_BODY, describe_request

SIGNINGS = [
    {"sign_method": "TC3-HMAC-SHA256"},
    {"sign_method": "HmacSHA256", "http_method": "POST"},
    {"sign_method": "HmacSHA1", "http_method": "GET"},
]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(sms_spec()) as running:
        yield running


def send(server: FaultServer, *, use_async: bool, **settings: Any) -> None:
    options: dict[str, Any] = {
        "secret_id": SECRET_ID,
        "secret_key": SECRET_KEY,
        "token": TOKEN,
        "endpoint": server.endpoint,
        **settings,
    }
    if not use_async:
        with SmsClient(**options) as client:
            client.send_sms(**SEND_SMS)
        return

    async def main() -> None:
        async with AsyncSmsClient(**options) as client:
            await client.send_sms(**SEND_SMS)

    asyncio.run(main())


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("signing", SIGNINGS, ids=[s["sign_method"] for s in SIGNINGS])
def test_request_and_answer_bodies_are_logged_without_secrets(
    server: FaultServer,
    caplog: pytest.LogCaptureFixture,
    use_async: bool,
    signing: dict[str, str],
) -> None:
    caplog.set_level(logging.DEBUG, logger="tcsms")
    send(server, use_async=use_async, **signing)
    [received] = server.received("SendSms")
    secrets = [SECRET_KEY, TOKEN]
    if "authorization" in received.headers:
        secrets.append(received.headers["authorization"].rsplit("Signature=", 1)[1])
    else:  # in the form or query as sent, and decoded
        secrets += [received.params["Signature"], quote(received.params["Signature"], safe="")]
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    request_line, answer_line = debug
    assert "SendSms attempt 1 request" in request_line
    assert SEND_SMS["phone_number_set"][0].lstrip("+") in request_line  # the body is there
    assert SECRET_ID in request_line and MASK in request_line
    assert "SendSms attempt 1 answer: HTTP 200" in answer_line
    assert "SerialNo" in answer_line
    text = "\n".join(debug)
    for secret in secrets:
        assert secret not in text


def test_nothing_is_formatted_below_debug(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tcsms")
    send(server, use_async=False)
    assert [r for r in caplog.records if r.levelno == logging.DEBUG] == []


def test_large_bodies_are_cut_with_their_size() -> None:
    from tcsms._core import PreparedRequest

    body = b"x" * (MAX_LOGGED_BODY * 3)
    text = describe_request(PreparedRequest("AddSmsSign", "POST", "/", {}, body))
    assert text.endswith(f"... ({len(body)} bytes)")
    assert len(text) < MAX_LOGGED_BODY + 100
