"""The legacy pull client, rendered from spec/sms-legacy.v5.yaml by the protocol's own templates."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tcsms import legacy

APP_ID = "1400000001"
APP_KEY = "5f03a35d00ee52a21327ab048186a2c4"
DELIVERY = {
    "user_receive_time": "2015-10-17 08:03:04",
    "nationcode": "86",
    "mobile": "13xxxxxxxx",
    "report_status": "SUCCESS",
    "errmsg": "DELIVRD",
    "description": "The SMS message is successfully delivered",
    "sid": "xxxxxxx",
}
REPLY = {
    "extend": "",
    "mobile": "13xxxxxxxx",
    "nationcode": "86",
    "sign": "SMS signature",
    "text": "User reply",
    "time": 1457336869,
}


def test_sig_matches_the_documented_example() -> None:
    sig = legacy.sig(appkey=APP_KEY, random="7226249334", time=1457336869)
    assert sig == "c13e54f047ed75e821e698730c72d030dc30e5b510b3f8a0fb6fb7605283d7df"


class LegacyServer(ThreadingHTTPServer):
    """Checks sdkappid, random and sig as the legacy document describes; serves queued records."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), LegacyHandler)
        self.queues: dict[int, list[dict[str, Any]]] = {0: [DELIVERY, DELIVERY], 1: [REPLY]}
        self.requests: list[dict[str, Any]] = []


class LegacyHandler(BaseHTTPRequestHandler):
    server: LegacyServer

    def do_POST(self) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append({"query": query, "body": body})
        expected = hashlib.sha256(
            f"appkey={APP_KEY}&random={query['random']}&time={body['time']}".encode()
        ).hexdigest()
        if query.get("sdkappid") != APP_ID or body["sig"] != expected:
            answer: dict[str, Any] = {"result": 1001, "errmsg": "sig verification failed"}
        else:
            queue = self.server.queues[body["type"]]
            data, self.server.queues[body["type"]] = queue[: body["max"]], queue[body["max"] :]
            answer = {"result": 0, "errmsg": "ok", "count": len(data), "data": data}
        payload = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def server() -> Iterator[LegacyServer]:
    running = LegacyServer()
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()


def url_of(server: LegacyServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/v5/tlssmssvr/pullstatus"


def test_delivery_reports_are_pulled_once_as_typed_records(server: LegacyServer) -> None:
    with legacy.LegacyPullClient(sdk_app_id=APP_ID, app_key=APP_KEY, url=url_of(server)) as client:
        first = client.pull_delivery_status(max_entries=1)
        rest = client.pull_delivery_status()
        again = client.pull_delivery_status()
    assert [type(r) for r in first] == [legacy.DeliveryStatus]
    assert first[0].report_status == "SUCCESS" and first[0].errmsg == "DELIVRD"
    assert first[0].to_wire() == DELIVERY
    assert len(rest) == 1 and again == []
    request = server.requests[0]
    assert request["query"]["sdkappid"] == APP_ID and request["query"]["random"].isdigit()
    assert request["body"]["type"] == 0 and request["body"]["max"] == 1


def test_replies_use_type_one(server: LegacyServer) -> None:
    with legacy.LegacyPullClient(sdk_app_id=APP_ID, app_key=APP_KEY, url=url_of(server)) as client:
        replies = client.pull_reply()
    assert [r.text for r in replies] == ["User reply"]
    assert replies[0].time == 1457336869
    assert server.requests[0]["body"]["type"] == 1


def test_a_wrong_key_is_the_services_error(server: LegacyServer) -> None:
    client = legacy.LegacyPullClient(sdk_app_id=APP_ID, app_key="wrong", url=url_of(server))
    with client, pytest.raises(legacy.LegacyApiError) as caught:
        client.pull_reply()
    assert caught.value.result == 1001
    assert "wrong" not in str(caught.value) and "wrong" not in repr(client)


def test_max_entries_is_bounded_by_the_spec() -> None:
    client = legacy.LegacyPullClient(sdk_app_id=APP_ID, app_key=APP_KEY, url="http://127.0.0.1:9/")
    assert legacy.MAX_ENTRIES == 100
    for bad in (0, 101):
        with pytest.raises(ValueError):
            client.pull_reply(max_entries=bad)
