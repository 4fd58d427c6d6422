"""Fault injection, the admin API over HTTP, and callbacks to a receiver in the test."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from emulator_support.raw import APP_ID, setup_sending

from tcsms import NetworkError, errors
from tcsms.emulator import AdminClient, AdminError, Emulator


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(auto_approve=True, rate_limits=False) as running:
        yield running


def _describe(emulator: Emulator, **options: Any) -> Any:
    # One attempt: the faults these tests inject must reach the caller, not the retries.
    with emulator.client(**{"max_attempts": 1, **options}) as client:
        return client.describe_phone_number_info(phone_number_set=["+8613711112222"])


def test_the_next_calls_fail_with_an_injected_code(emulator: Emulator) -> None:
    emulator.admin.add_fault("DescribePhoneNumberInfo", count=2, code="InternalError.Timeout")
    for _ in range(2):
        with pytest.raises(errors.InternalErrorTimeout):
            _describe(emulator)
    assert _describe(emulator).phone_number_info_set[0].iso_code == "CN"


def test_a_delay_holds_the_answer(emulator: Emulator) -> None:
    emulator.admin.add_fault("*", delay=0.3)
    started = time.monotonic()
    _describe(emulator)
    assert time.monotonic() - started >= 0.3


@pytest.mark.parametrize("drop", ["before", "after"])
def test_a_dropped_connection_is_a_network_error(emulator: Emulator, drop: str) -> None:
    template_id = setup_sending(emulator)
    emulator.admin.add_fault("SendSms", drop=drop)  # type: ignore[arg-type]
    with emulator.client() as client, pytest.raises(NetworkError):
        client.send_sms(
            phone_number_set=["+8618511122266"],
            sms_sdk_app_id=APP_ID,
            template_id=template_id,
            sign_name="Tencent",
            template_param_set=["1"],
        )
    # "after" handled the request before dropping the answer; "before" never read it.
    assert len(emulator.admin.messages()) == (1 if drop == "after" else 0)


def test_the_admin_api_works_over_http(emulator: Emulator) -> None:
    admin = AdminClient(emulator.endpoint)
    admin.call("add_fault", action="DescribePhoneNumberInfo", code="FailedOperation.OtherError")
    with pytest.raises(errors.FailedOperationOtherError):
        _describe(emulator)
    assert (
        admin.call("inject_reply", phone_number="+8613711112222", text="y", sms_sdk_app_id=APP_ID)
        == 1
    )
    with pytest.raises(AdminError):
        admin.call("approve_sign", sign_id=12345)
    with pytest.raises(AdminError):
        admin.call("no_such_operation")


class _Receiver:
    """A small HTTP server that records callback bodies and answers as configured."""

    def __init__(self, answer: dict[str, Any]) -> None:
        received: list[Any] = []
        self.received = received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers["Content-Length"])
                received.append(json.loads(self.rfile.read(length)))
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/callback"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize(
    ("answer", "ok"), [({"result": 0, "errmsg": "OK"}, 1), ({"result": 1, "errmsg": "no"}, 0)]
)
def test_callbacks_use_the_documented_formats(answer: dict[str, Any], ok: int) -> None:
    receiver = _Receiver(answer)
    try:
        with Emulator(auto_approve=True, rate_limits=False, callback_url=receiver.url) as running:
            template_id = setup_sending(running)
            with running.client() as client:
                sent = client.send_sms(
                    phone_number_set=["+8618511122266", "+8618511122233"],
                    sms_sdk_app_id=APP_ID,
                    template_id=template_id,
                    sign_name="Tencent",
                    template_param_set=["1"],
                )
            running.admin.inject_reply("+8618511122266", "thanks", APP_ID, sign_name="Tencent")
            assert running.admin.flush_callbacks()
            messages = running.admin.messages()
            replies = running.admin.replies()
    finally:
        receiver.close()
    status, reply = receiver.received
    assert isinstance(status, list) and len(status) == 2
    assert set(status[0]) == {
        "user_receive_time",
        "nationcode",
        "mobile",
        "report_status",
        "errmsg",
        "description",
        "sid",
    }
    assert {record["sid"] for record in status} == {s.serial_no for s in sent.send_status_set}
    assert status[0]["report_status"] == "SUCCESS" and status[0]["errmsg"] == "DELIVRD"
    assert status[0]["nationcode"] == "86" and status[0]["mobile"].startswith("185")
    assert reply == {
        "extend": "",
        "mobile": "18511122266",
        "nationcode": "86",
        "sign": "Tencent",
        "text": "thanks",
        "time": reply["time"],
    }
    assert [m["callback_ok"] for m in messages] == [ok, ok]
    assert replies[0]["callback_ok"] == ok
