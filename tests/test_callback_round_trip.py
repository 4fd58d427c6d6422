"""The emulator's callbacks reach tcsms.callbacks.wsgi_app served by wsgiref, typed, end to end."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from emulator_support.raw import APP_ID, setup_sending

from tcsms import callbacks
from tcsms.callbacks import SmsReply, SmsStatusNotification
from tcsms.emulator import Emulator
from tcsms.emulator.pytest_plugin import sms_emulator  # noqa: F401 (the fixture)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class Receiver:
    """A callback receiver as a user would run it: wsgi_app behind wsgiref on the loopback."""

    def __init__(self) -> None:
        self.batches: list[list[SmsStatusNotification]] = []
        self.replies: list[SmsReply] = []
        app = callbacks.wsgi_app(
            on_sms_status_notification=self.batches.append, on_sms_reply=self.replies.append
        )
        self.server: WSGIServer = make_server("127.0.0.1", 0, app, handler_class=_QuietHandler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/sms/callbacks"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    running = Receiver()
    yield running
    running.close()


@pytest.fixture
def sms_callback_url(receiver: Receiver) -> str:
    return receiver.url


def _send_and_reply(emulator: Emulator) -> list[str]:
    template_id = setup_sending(emulator)
    with emulator.client() as client:
        sent = client.send_sms(
            phone_number_set=["+8618511122266", "+8618511122233"],
            sms_sdk_app_id=APP_ID,
            template_id=template_id,
            sign_name="Tencent",
            template_param_set=["1"],
        )
    emulator.admin.inject_reply("+8618511122266", "thanks", APP_ID, sign_name="Tencent")
    assert emulator.admin.flush_callbacks()
    return [status.serial_no for status in sent.send_status_set]


def test_the_emulator_callbacks_arrive_typed_and_acknowledged(receiver: Receiver) -> None:
    with Emulator(auto_approve=True, rate_limits=False, callback_url=receiver.url) as emulator:
        serial_numbers = _send_and_reply(emulator)
        messages = emulator.admin.messages()
        replies = emulator.admin.replies()
    [batch] = receiver.batches
    assert sorted(report.sid for report in batch) == sorted(serial_numbers)
    assert all(report.user_receive_time.tzinfo is callbacks.SERVICE_TIMEZONE for report in batch)
    [reply] = receiver.replies
    assert (reply.mobile, reply.text, reply.sign) == ("18511122266", "thanks", "Tencent")
    # The emulator stores whether the receiver answered result 0.
    assert [m["callback_ok"] for m in messages] == [1] * len(serial_numbers)
    assert replies[0]["callback_ok"] == 1


def test_the_pytest_fixture_posts_callbacks_to_the_given_url(
    sms_emulator: Emulator, receiver: Receiver  # noqa: F811
) -> None:
    serial_numbers = _send_and_reply(sms_emulator)
    assert sorted(r.sid for b in receiver.batches for r in b) == sorted(serial_numbers)
    assert len(receiver.replies) == 1
