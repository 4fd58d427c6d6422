"""The legacy pull client, rendered from spec/sms-legacy.v5.yaml by the protocol's own templates."""

from __future__ import annotations

import hashlib
import json
import logging
import random
import socket
import threading
import time
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from support.specs import legacy_spec
from tcsms import errors, legacy

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


@dataclass(frozen=True)
class Canned:
    """An answer given instead of the queue's: any status, content type and body bytes."""

    body: bytes
    status: int = 200
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Drop:
    """Read the request, then close the connection without answering."""


@dataclass(frozen=True)
class Stall:
    """Read the request and answer only after ``seconds``."""

    seconds: float


class LegacyServer(ThreadingHTTPServer):
    """Checks sdkappid, random and sig as the legacy document describes; serves queued records.

    ``script`` holds behaviours for the next requests, in order, before the queues answer again.
    """

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), LegacyHandler)
        self.queues: dict[int, list[dict[str, Any]]] = {0: [DELIVERY, DELIVERY], 1: [REPLY]}
        self.requests: list[dict[str, Any]] = []
        self.script: list[Canned | Drop | Stall] = []


class LegacyHandler(BaseHTTPRequestHandler):
    server: LegacyServer
    protocol_version = "HTTP/1.1"  # keep-alive, as the service; every answer has a length

    def do_POST(self) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append({"query": query, "body": body})
        if self.server.script:
            self._follow(self.server.script.pop(0))
            return
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

    def _follow(self, step: Canned | Drop | Stall) -> None:
        if isinstance(step, Drop):
            self.close_connection = True
            return
        if isinstance(step, Stall):
            time.sleep(step.seconds)
            step = Canned(answer())
        self.send_response(step.status)
        self.send_header("Content-Type", step.content_type)
        for name, value in step.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(step.body)))
        self.end_headers()
        self.wfile.write(step.body)

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
    documented = legacy_spec()["legacy"]["body"]["max"]
    assert legacy.MAX_ENTRIES == documented["maximum"]
    for bad in (documented["minimum"] - 1, documented["maximum"] + 1):
        with pytest.raises(ValueError):
            client.pull_reply(max_entries=bad)


def answer(*records: Any, **envelope: Any) -> bytes:
    document = {"result": 0, "errmsg": "ok", "count": len(records), "data": list(records)}
    document.update(envelope)
    return json.dumps(document).encode()


def client_for(server: LegacyServer, *, strict: bool = False) -> legacy.LegacyPullClient:
    return legacy.LegacyPullClient(
        sdk_app_id=APP_ID, app_key=APP_KEY, url=url_of(server), timeout=5, strict_responses=strict
    )


def without(record: dict[str, Any], name: str) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != name}


def test_a_record_missing_a_field_gets_none_and_the_batch_is_kept(server: LegacyServer) -> None:
    server.script = [Canned(answer(without(DELIVERY, "sid"), DELIVERY))]
    with client_for(server) as client:
        first, second = client.pull_delivery_status()
    assert first.sid is None and first.mobile == DELIVERY["mobile"]
    assert second.to_wire() == DELIVERY


def test_a_value_of_another_type_is_kept_as_received(server: LegacyServer) -> None:
    odd = dict(REPLY, time="1457336869", mobile=13711112222, extend=None)
    server.script = [Canned(answer(odd))]
    with client_for(server) as client:
        [reply] = client.pull_reply()
    assert reply.time == "1457336869"  # type: ignore[comparison-overlap]
    assert reply.mobile == 13711112222  # type: ignore[comparison-overlap]
    assert reply.extend is None


def test_unknown_fields_are_kept(server: LegacyServer) -> None:
    server.script = [Canned(answer(dict(DELIVERY, carrier="CMCC")))]
    with client_for(server) as client:
        [status] = client.pull_delivery_status()
    assert status.unknown_fields == {"carrier": "CMCC"}
    assert status.to_wire() == dict(DELIVERY, carrier="CMCC")


def test_each_problem_is_logged_once_at_warning_without_the_values(
    server: LegacyServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="tcsms")
    broken = dict(without(DELIVERY, "sid"), mobile=13711112222)
    server.script = [Canned(answer(broken, broken, DELIVERY)), Canned(answer(broken))]
    with client_for(server) as client:
        assert len(client.pull_delivery_status()) == 3
        assert len(client.pull_delivery_status()) == 1
    warnings = [r for r in caplog.records if r.name == "tcsms" and r.levelno == logging.WARNING]
    messages = sorted(r.getMessage() for r in warnings)
    assert len(messages) == 2
    assert "mobile is a int, not str in 2 of 3 records" in messages[0]
    assert "sid is missing in 2 of 3 records" in messages[1]
    assert not any("13711112222" in m for m in messages)


def test_strict_responses_raise_with_the_raw_answer_attached(server: LegacyServer) -> None:
    body = answer(without(DELIVERY, "sid"))
    server.script = [Canned(body, headers={"X-Trace": "t1"})]
    with client_for(server, strict=True) as client:
        with pytest.raises(errors.ResponseParseError) as caught:
            client.pull_delivery_status()
    raw = caught.value.http_response
    assert raw is not None and raw.status == 200 and raw.body == body
    assert raw.headers["X-Trace"] == "t1"
    assert caught.value.http_status == 200 and caught.value.records_may_be_lost is True
    assert "sid is missing" in str(caught.value)


def test_strict_responses_accept_a_documented_answer(server: LegacyServer) -> None:
    with client_for(server, strict=True) as client:
        assert [r.to_wire() for r in client.pull_delivery_status()] == [DELIVERY, DELIVERY]


@pytest.mark.parametrize(
    ("canned", "expected"),
    [
        (Canned(b"<html>502 Bad Gateway</html>", 502, "text/html"), "not JSON"),
        (Canned(b"<html>maintenance</html>", 200, "text/html"), "not JSON"),
        (Canned('{"result": 0, "errmsg": "é"}'.encode("latin-1")), "not JSON"),
        (Canned(answer(DELIVERY)[:40]), "not JSON"),
        (Canned(b"[]"), "a JSON list, not an object"),
        (Canned(b'{"result": 0, "data": {}}'), "data is a dict, not a list"),
        (Canned(b'{"result": "0", "data": []}'), "result is a str, not an integer"),
        (Canned(b'{"result": 0, "data": ["x"]}'), "data[0] is a str, not an object"),
        (Canned(b'{"result": 0, "data": []}', 500), "result 0 with an HTTP error status"),
    ],
)
def test_an_answer_that_is_not_the_documented_envelope_is_a_response_parse_error(
    server: LegacyServer, canned: Canned, expected: str
) -> None:
    server.script = [canned]
    with client_for(server) as client, pytest.raises(errors.ResponseParseError) as caught:
        client.pull_delivery_status()
    assert expected in str(caught.value)
    raw = caught.value.http_response
    assert raw is not None and raw.status == canned.status and raw.body == canned.body


def test_a_missing_data_list_is_no_records_leniently_and_an_error_strictly(
    server: LegacyServer,
) -> None:
    server.script = [Canned(b'{"result": 0, "errmsg": "ok"}')] * 2
    with client_for(server) as client:
        assert client.pull_reply() == []
    with client_for(server, strict=True) as client, pytest.raises(errors.ResponseParseError):
        client.pull_reply()


def test_an_error_result_is_a_typed_service_error(server: LegacyServer) -> None:
    body = json.dumps({"result": 1014, "errmsg": "package is empty"}).encode()
    server.script = [Canned(body)]
    with client_for(server) as client, pytest.raises(errors.ServerError) as caught:
        client.pull_reply()
    error = caught.value
    assert isinstance(error, legacy.LegacyApiError) and isinstance(error, errors.TencentCloudError)
    assert (error.code, error.message, error.result) == ("1014", "package is empty", 1014)
    assert str(error) == "[1014] package is empty" and error.records_may_be_lost is False
    assert error.http_response is not None and error.http_response.body == body


def test_a_lost_answer_is_a_network_error_saying_records_may_be_gone(
    server: LegacyServer,
) -> None:
    server.script = [Drop()]
    with client_for(server) as client, pytest.raises(errors.NetworkError) as caught:
        client.pull_delivery_status()
    assert caught.value.request_sent is True and caught.value.records_may_be_lost is True
    assert "records may have been handed out" in str(caught.value)
    assert len(server.requests) == 1  # never re-sent: the queue may have handed records out


def test_a_refused_connection_is_a_network_error_before_sending() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v5/tlssmssvr/pullstatus"
    with legacy.LegacyPullClient(sdk_app_id=APP_ID, app_key=APP_KEY, url=url) as client:
        with pytest.raises(errors.NetworkError) as caught:
            client.pull_reply()
    assert caught.value.request_sent is False and caught.value.records_may_be_lost is False
    assert APP_KEY not in str(caught.value)


def test_a_slow_answer_is_a_request_timeout(server: LegacyServer) -> None:
    server.script = [Stall(1.0)]
    client = legacy.LegacyPullClient(
        sdk_app_id=APP_ID, app_key=APP_KEY, url=url_of(server), timeout=0.2
    )
    with client, pytest.raises(errors.RequestTimeoutError) as caught:
        client.pull_reply()
    assert caught.value.request_sent is True


@pytest.mark.parametrize(
    "arguments",
    [
        {"url": "ftp://127.0.0.1/"},
        {"url": 5},
        {"timeout": 0},
        {"timeout": -1},
        {"timeout": float("nan")},
        {"timeout": None},
        {"timeout": True},
    ],
)
def test_bad_client_arguments_are_validation_errors(arguments: dict[str, Any]) -> None:
    settings: dict[str, Any] = {"sdk_app_id": APP_ID, "app_key": APP_KEY, **arguments}
    with pytest.raises(errors.ValidationError):
        legacy.LegacyPullClient(**settings)


@pytest.mark.parametrize("max_entries", [None, "5", 2.5, True])
def test_max_entries_of_another_type_is_a_validation_error(max_entries: Any) -> None:
    client = legacy.LegacyPullClient(sdk_app_id=APP_ID, app_key=APP_KEY, url="http://127.0.0.1:9/")
    with pytest.raises(errors.ValidationError):
        client.pull_reply(max_entries=max_entries)


def malformed_bodies() -> list[bytes]:
    """A few dozen answers a broken service, proxy or network could produce."""
    valid = answer(DELIVERY, REPLY)
    bodies = [valid[:cut] for cut in range(0, len(valid), len(valid) // 10)]
    bodies += [
        b"null",
        b'"ok"',
        b"0",
        b"1e999",
        b"NaN",
        b"{}",
        b"\x00" * 8,
        b"\xff\xfe{\x00}\x00",
        valid.decode().encode("utf-16"),
        '{"result": 0, "errmsg": "\udcff"}'.encode("utf-8", "surrogatepass"),
        b"[" * 100_000,
        b'{"a":' * 50_000,
        b'{"result": ' + b"1" * 5000 + b"}",
        b'{"result": null}',
        b'{"result": true, "data": []}',
        b'{"result": 1.5}',
        b'{"result": -1, "errmsg": 5}',
        b'{"result": 0, "data": "x"}',
        b'{"result": 0, "data": [1, null, "x"]}',
        b'{"result": 0, "data": [[]]}',
        b'{"result": 0, "data": null}',
        b'{"result": 0, "data": [{"time": {"nested": [1]}, "sid": [], "mobile": true}]}',
        b'{"result": 0, "data": [{}]}',
    ]
    shuffle = random.Random(8)
    for _ in range(12):
        mutated = bytearray(valid)
        for _ in range(3):
            mutated[shuffle.randrange(len(mutated))] = shuffle.randrange(256)
        bodies.append(bytes(mutated))
    return bodies


@pytest.mark.parametrize("strict", [False, True])
def test_nothing_outside_the_hierarchy_escapes_a_malformed_answer(
    server: LegacyServer, strict: bool
) -> None:
    bodies = malformed_bodies()
    assert len(bodies) >= 36
    server.script = [Canned(body, 500 if i % 5 == 0 else 200) for i, body in enumerate(bodies)]
    escaped: list[str] = []
    with client_for(server, strict=strict) as client:
        for body in bodies:
            try:
                client.pull_delivery_status()
            except errors.TencentCloudError:
                pass
            except BaseException as exc:  # what must never happen is the finding
                escaped.append(f"{type(exc).__name__} for {body[:60]!r}")
    assert escaped == []
    assert len(server.requests) == len(bodies)


def test_a_record_field_the_spec_does_not_require_is_optional() -> None:
    spec = legacy_spec()
    for record_name, record in spec["types"].items():
        model = getattr(legacy, record_name)
        hints = typing.get_type_hints(model)
        for wire_name, documented in record["fields"].items():
            optional = type(None) in typing.get_args(hints[wire_name])
            assert optional == (not documented.get("required", False)), (record_name, wire_name)
    reply = legacy.Reply.from_wire({k: v for k, v in REPLY.items() if k != "extend"})
    assert reply.extend is None and reply.unknown_fields == {}
