"""tcsms.callbacks.wsgi_app and asgi_app, driven directly: one endpoint for every callback."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from typing import Any

import pytest

from support.specs import callback_spec
from support.wsgi_calls import call_wsgi
from tcsms import callbacks
from tcsms._callbacks import MAX_CALLBACK_BYTES
from tcsms.callbacks import SmsReply, SmsStatusNotification

STATUS_BODY = json.dumps(callback_spec("SmsStatusNotification")["example"]).encode()
REPLY_BODY = json.dumps(callback_spec("SmsReply")["example"]).encode()
OK = callback_spec("SmsReply")["response"]["example"]


class Received:
    """Handlers that record what they were given."""

    def __init__(self) -> None:
        self.batches: list[list[SmsStatusNotification]] = []
        self.replies: list[SmsReply] = []

    def status(self, batch: list[SmsStatusNotification]) -> None:
        self.batches.append(batch)

    def reply(self, reply: SmsReply) -> None:
        self.replies.append(reply)


def call_asgi(app: callbacks.AsgiApp, body: bytes, method: str = "POST") -> tuple[int, Any]:
    sent: list[dict[str, Any]] = []
    # The body arrives in two pieces, as a server may hand it over.
    pieces = [
        {"type": "http.request", "body": body[:5], "more_body": True},
        {"type": "http.request", "body": body[5:], "more_body": False},
    ]

    async def receive() -> dict[str, Any]:
        return pieces.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app({"type": "http", "method": method, "path": "/sms"}, receive, send))
    return sent[0]["status"], json.loads(sent[1]["body"])


def test_wsgi_tells_the_two_callbacks_apart_and_answers_ok() -> None:
    received = Received()
    app = callbacks.wsgi_app(
        on_sms_status_notification=received.status, on_sms_reply=received.reply
    )
    assert call_wsgi(app, STATUS_BODY) == ("200 OK", OK)
    assert call_wsgi(app, REPLY_BODY) == ("200 OK", OK)
    [[report]] = received.batches
    [reply] = received.replies
    assert isinstance(report, SmsStatusNotification) and isinstance(reply, SmsReply)


def test_a_status_handler_gets_the_whole_batch() -> None:
    received = Received()
    record = callback_spec("SmsStatusNotification")["example"][0]
    batch = [record | {"sid": str(n)} for n in range(3)]
    app = callbacks.wsgi_app(on_sms_status_notification=received.status)
    call_wsgi(app, json.dumps(batch).encode())
    assert [[report.sid for report in b] for b in received.batches] == [["0", "1", "2"]]


@pytest.mark.parametrize("body", [b"not json", b"42", b'{"mobile": "1"}', b'[{"sid": 1}]', b"\xff"])
def test_a_malformed_body_is_400_with_a_nonzero_result_and_no_handler_called(
    body: bytes,
) -> None:
    received = Received()
    app = callbacks.wsgi_app(
        on_sms_status_notification=received.status, on_sms_reply=received.reply
    )
    status, answer = call_wsgi(app, body)
    assert status.startswith("400") and answer["result"] != 0 and answer["errmsg"]
    assert received.batches == [] and received.replies == []


def test_only_post_is_taken() -> None:
    app = callbacks.wsgi_app(on_sms_reply=Received().reply)
    status, answer = call_wsgi(app, b"", method="GET")
    assert status.startswith("405") and answer["result"] != 0


def test_a_body_over_the_limit_is_refused_unread() -> None:
    app = callbacks.wsgi_app(on_sms_reply=Received().reply)
    environ = {
        "REQUEST_METHOD": "POST",
        "CONTENT_LENGTH": str(MAX_CALLBACK_BYTES + 1),
        "wsgi.input": io.BytesIO(b""),
    }
    seen: list[str] = []
    app(environ, lambda status, headers: seen.append(status))
    assert seen[0].startswith("413")


def test_a_failing_handler_gives_a_nonzero_result_without_a_traceback_and_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(reply: SmsReply) -> None:
        raise RuntimeError("secret database detail")

    app = callbacks.wsgi_app(on_sms_reply=broken)
    with caplog.at_level(logging.ERROR, logger="tcsms"):
        status, answer = call_wsgi(app, REPLY_BODY)
    assert status.startswith("500") and answer["result"] != 0
    assert "secret database detail" not in json.dumps(answer)
    assert "Traceback" not in json.dumps(answer)
    [record] = [r for r in caplog.records if r.name == "tcsms"]
    assert record.exc_info is not None and "SmsReply" in record.getMessage()


def test_a_callback_without_a_handler_is_acknowledged() -> None:
    received = Received()
    app = callbacks.wsgi_app(on_sms_status_notification=received.status)
    assert call_wsgi(app, REPLY_BODY) == ("200 OK", OK)
    assert received.batches == []


def test_an_endpoint_without_any_handler_is_refused() -> None:
    with pytest.raises(TypeError):
        callbacks.wsgi_app()
    with pytest.raises(TypeError):
        callbacks.asgi_app()


def test_asgi_takes_both_callbacks_with_plain_and_coroutine_handlers() -> None:
    received = Received()

    async def on_reply(reply: SmsReply) -> None:
        received.reply(reply)

    app = callbacks.asgi_app(on_sms_status_notification=received.status, on_sms_reply=on_reply)
    assert call_asgi(app, STATUS_BODY) == (200, OK)
    assert call_asgi(app, REPLY_BODY) == (200, OK)
    assert len(received.batches) == 1 and len(received.replies) == 1


def test_asgi_refuses_a_malformed_body_and_reports_a_failing_handler() -> None:
    async def broken(reply: SmsReply) -> None:
        raise RuntimeError("boom")

    app = callbacks.asgi_app(on_sms_reply=broken)
    status, answer = call_asgi(app, b"[not json")
    assert status == 400 and answer["result"] != 0
    status, answer = call_asgi(app, REPLY_BODY)
    assert status == 500 and answer["result"] != 0 and "boom" not in answer["errmsg"]


def test_asgi_completes_the_lifespan_protocol() -> None:
    app = callbacks.asgi_app(on_sms_reply=Received().reply)
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app({"type": "lifespan"}, receive, send))
    assert [m["type"] for m in sent] == [
        "lifespan.startup.complete",
        "lifespan.shutdown.complete",
    ]
