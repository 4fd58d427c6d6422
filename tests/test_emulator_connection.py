"""How the emulator's connections read and answer: bytes in any pieces, pipelined requests in order,
faults that hold an answer back, clients that do not read, and malformed requests that name their
action (answered with the service's envelope as well as the plain error).

Raw sockets throughout: these are the cases our clients never produce.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from contextlib import closing

import pytest
from emulator_support.quiet import no_tracebacks  # noqa: F401 (autouse)
from emulator_support.raw import setup_sending

from tcsms._core import Endpoint, RequestBuilder
from tcsms._credentials import Credentials
from tcsms._http import encode_request
from tcsms.emulator import Emulator

SHORT = 0.5
MIB = 1024 * 1024


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(
        rate_limits=False, header_timeout=SHORT, body_timeout=SHORT, idle_timeout=5.0
    ) as running:
        yield running


def signed(emulator: Emulator, action: str, payload: dict[str, object]) -> bytes:
    """A signed request as our clients put it on the wire."""
    endpoint = Endpoint.parse(emulator.endpoint)
    credentials = Credentials(emulator.credentials.secret_id, emulator.credentials.secret_key)
    prepared = RequestBuilder("ap-guangzhou", endpoint).prepare(action, payload, credentials)
    return encode_request(endpoint, prepared)


def send_sms(emulator: Emulator, template_id: str, context: str) -> bytes:
    payload: dict[str, object] = {
        "PhoneNumberSet": ["+8613711112222"],
        "SmsSdkAppId": "1400006666",
        "TemplateId": template_id,
        "SignName": "Tencent",
        "TemplateParamSet": ["1234"],
        "SessionContext": context,
    }
    return signed(emulator, "SendSms", payload)


def read_answers(
    connection: socket.socket, count: int
) -> list[tuple[int, bytes, dict[str, object]]]:
    """``count`` answers: (status, head, JSON body) each, read by their Content-Length."""
    reader = connection.makefile("rb")
    answers = []
    for _ in range(count):
        status_line = reader.readline()
        assert status_line.startswith(b"HTTP/1.1 "), status_line
        head = status_line
        length = 0
        while (line := reader.readline()) not in (b"\r\n", b""):
            head += line
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        answers.append((int(status_line.split()[1]), head, json.loads(reader.read(length))))
    return answers


def contexts(answers: list[tuple[int, bytes, dict[str, object]]]) -> list[str]:
    found = []
    for _, _, document in answers:
        response = document["Response"]
        assert isinstance(response, dict) and "Error" not in response, response
        found.append(response["SendStatusSet"][0]["SessionContext"])
    return found


def test_pipelined_requests_are_answered_in_order(emulator: Emulator) -> None:
    template_id = setup_sending(emulator)
    data = b"".join(send_sms(emulator, template_id, f"#{n}") for n in range(20))
    with closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as conn:
        conn.sendall(data)  # all twenty in one write
        answers = read_answers(conn, 20)
    assert contexts(answers) == [f"#{n}" for n in range(20)]
    assert all(b"connection: keep-alive" in head.lower() for _, head, _ in answers)


def test_a_request_arriving_a_byte_at_a_time_is_read(emulator: Emulator) -> None:
    template_id = setup_sending(emulator)
    data = send_sms(emulator, template_id, "slow")
    with closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as conn:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for index in range(len(data)):
            conn.send(data[index : index + 1])
            if index % 64 == 0:
                time.sleep(0.001)  # separate reads on the server's side
        assert contexts(read_answers(conn, 1)) == ["slow"]


def test_a_chunked_body_split_anywhere_is_read(emulator: Emulator) -> None:
    template_id = setup_sending(emulator)
    head, _, body = send_sms(emulator, template_id, "chunked").partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"content-length")]
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(body[i : i + 7]), body[i : i + 7]) for i in range(0, len(body), 7)
    )
    data = (
        b"\r\n".join([*lines, b"Transfer-Encoding: chunked"]) + b"\r\n\r\n" + chunked + b"0\r\n\r\n"
    )
    with closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as conn:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for start in range(0, len(data), 5):
            conn.send(data[start : start + 5])
            time.sleep(0.0005)
        assert contexts(read_answers(conn, 1)) == ["chunked"]


def test_a_delayed_answer_keeps_the_requests_behind_it_in_order(emulator: Emulator) -> None:
    template_id = setup_sending(emulator)
    emulator.admin.add_fault("SendSms", delay=0.3)
    data = b"".join(send_sms(emulator, template_id, f"#{n}") for n in range(3))
    with closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as conn:
        started = time.monotonic()
        conn.sendall(data)
        answers = read_answers(conn, 3)
        assert time.monotonic() - started >= 0.3
    assert contexts(answers) == ["#0", "#1", "#2"]


def test_a_client_that_does_not_read_its_answers_is_let_go(emulator: Emulator) -> None:
    """Past the send timeout, a client whose answers pile up is disconnected; others are served."""
    with closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as conn:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        request = b"GET /_admin/messages HTTP/1.1\r\nHost: x\r\n\r\n"
        sent = 0
        conn.settimeout(0.2)
        deadline = time.monotonic() + 10
        closed = False
        while time.monotonic() < deadline and not closed:
            try:
                sent += conn.send(request * 64)
            except TimeoutError:
                time.sleep(0.1)  # the server stopped reading: its answers are not read
            except OSError:
                closed = True
            with closing(
                socket.create_connection((emulator.host, emulator.port), timeout=5)
            ) as other:
                other.sendall(request)
                assert other.recv(MIB).startswith(b"HTTP/1.1 200")
        assert closed, "the emulator kept a connection whose client never reads"


def test_a_malformed_body_with_an_action_gets_the_services_envelope_too(emulator: Emulator) -> None:
    data = (
        b"POST / HTTP/1.1\r\nHost: x\r\nX-TC-Action: SendSms\r\n"
        b"Transfer-Encoding: chunked\r\n\r\nzz\r\n"
    )
    with closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as conn:
        conn.sendall(data)
        [(status, head, document)] = read_answers(conn, 1)
    assert status == 400 and b"connection: close" in head.lower()
    assert document["error"] == "malformed chunk size"
    response = document["Response"]
    assert isinstance(response, dict)
    error = response["Error"]
    assert isinstance(error, dict) and error["Code"] == "InvalidRequest"
    assert "malformed chunk size" in error["Message"]
    assert isinstance(response["RequestId"], str)


def test_a_malformed_request_without_an_action_gets_the_plain_error(emulator: Emulator) -> None:
    with closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as conn:
        conn.sendall(b"POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n")
        [(status, _, document)] = read_answers(conn, 1)
    assert status == 400 and document == {"error": "invalid Content-Length '-5'"}


def test_a_fault_that_drops_before_closes_without_an_answer(emulator: Emulator) -> None:
    template_id = setup_sending(emulator)
    emulator.admin.add_fault("SendSms", drop="before")
    with closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as conn:
        conn.sendall(send_sms(emulator, template_id, "dropped"))
        assert conn.recv(MIB) == b""
    assert emulator.admin.messages() == []


def test_a_client_expecting_100_continue_is_told_to_send_the_body(emulator: Emulator) -> None:
    """curl asks before a body over 1 KiB, and waits a second for the answer otherwise."""
    template_id = setup_sending(emulator)
    head, _, body = send_sms(emulator, template_id, "expect").partition(b"\r\n\r\n")
    with closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as conn:
        conn.sendall(head + b"\r\nExpect: 100-continue\r\n\r\n")
        assert conn.recv(MIB) == b"HTTP/1.1 100 Continue\r\n\r\n"
        conn.sendall(body)
        assert contexts(read_answers(conn, 1)) == ["expect"]


def test_a_refused_body_gets_the_final_answer_instead_of_100_continue(emulator: Emulator) -> None:
    data = b"POST / HTTP/1.1\r\nX-TC-Action: SendSms\r\nExpect: 100-continue\r\n"
    with closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as conn:
        conn.sendall(data + b"Content-Length: %d\r\n\r\n" % (20 * MIB))
        [(status, _, document)] = read_answers(conn, 1)
    response = document["Response"]
    assert status == 200 and isinstance(response, dict)
    assert response["Error"]["Code"] == "RequestSizeLimitExceeded"
