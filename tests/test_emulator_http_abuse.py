"""The emulator's HTTP server against malformed, oversized, slow and idle clients.

Every case is answered (400, 408, 413, 431, 401/403 or the documented size error) or closed after
its timeout, and nothing the server does leaves a traceback in the log or on stderr.
"""

from __future__ import annotations

import json
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, closing

import pytest
from emulator_support.quiet import no_tracebacks  # noqa: F401 (autouse)
from emulator_support.raw import call_raw, error_code

from tcsms.emulator import AdminClient, Emulator
from tcsms.emulator.admin import AdminError

SHORT = 0.5
MIB = 1024 * 1024
HEAD = "POST / HTTP/1.1\r\nHost: emulator\r\nX-TC-Action: SendSms\r\n"


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(
        rate_limits=False, header_timeout=SHORT, body_timeout=SHORT, idle_timeout=SHORT
    ) as running:
        yield running


def connect(emulator: Emulator) -> socket.socket:
    connection = socket.create_connection((emulator.host, emulator.port), timeout=10)
    return connection


def read_all(connection: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    received = b""
    while data := connection.recv(MIB):
        received += data
    return received


def exchange(emulator: Emulator, data: bytes) -> bytes:
    with closing(connect(emulator)) as connection:
        connection.sendall(data)
        return read_all(connection)


def status(answer: bytes) -> int:
    assert answer.startswith(b"HTTP/1.1 "), answer[:80]
    return int(answer.split(b" ", 2)[1])


def document(answer: bytes) -> dict[str, object]:
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"connection: close" in head.lower()
    parsed: dict[str, object] = json.loads(body)
    return parsed


@pytest.mark.parametrize(
    "request_line",
    [
        "garbage",
        "GET /",
        "GET  / HTTP/1.1",
        "G(T / HTTP/1.1",
        "GET / HTTP/9.9",
        "GET / HTTPS/1.1",
        "GET / HTTP/1.1 extra",
        "\x00\x01\x02",
    ],
)
def test_a_malformed_request_line_gets_400(emulator: Emulator, request_line: str) -> None:
    answer = exchange(emulator, f"{request_line}\r\nHost: x\r\n\r\n".encode("latin-1"))
    assert status(answer) == 400
    assert "request line" in str(document(answer)["error"])


@pytest.mark.parametrize("line", ["no colon here", " folded: value", "bad name: x", ": empty"])
def test_a_malformed_header_line_gets_400(emulator: Emulator, line: str) -> None:
    assert status(exchange(emulator, f"{HEAD}{line}\r\n\r\n".encode())) == 400


@pytest.mark.parametrize(
    "value",
    ["abc", "-5", "1_0", "+5", "0x10", "5 5", "", "\u0661\u0660", "\u00b2", "9" * 20],
)
def test_a_content_length_that_is_not_ascii_digits_gets_400(emulator: Emulator, value: str) -> None:
    answer = exchange(emulator, f"{HEAD}Content-Length: {value}\r\n\r\n12345".encode())
    assert status(answer) == 400
    assert "Content-Length" in str(document(answer)["error"])


def test_two_different_content_lengths_get_400(emulator: Emulator) -> None:
    data = f"{HEAD}Content-Length: 2\r\nContent-Length: 3\r\n\r\n123".encode()
    assert status(exchange(emulator, data)) == 400


def test_content_length_and_chunked_together_get_400(emulator: Emulator) -> None:
    data = f"{HEAD}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n".encode()
    answer = exchange(emulator, data)
    assert status(answer) == 400
    assert "both" in str(document(answer)["error"])


def test_an_unknown_transfer_encoding_gets_400(emulator: Emulator) -> None:
    data = f"{HEAD}Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n".encode()
    assert status(exchange(emulator, data)) == 400


@pytest.mark.parametrize("size", ["zz", "-1", "0x5", "1_0", " 5", "+5", "", "5\n"])
def test_a_bad_chunk_size_gets_400(emulator: Emulator, size: str) -> None:
    data = f"{HEAD}Transfer-Encoding: chunked\r\n\r\n{size}\r\nhello\r\n0\r\n\r\n".encode()
    answer = exchange(emulator, data)
    assert status(answer) == 400
    assert "chunk" in str(document(answer)["error"])


def test_a_chunk_longer_than_its_size_gets_400(emulator: Emulator) -> None:
    data = f"{HEAD}Transfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n".encode()
    assert status(exchange(emulator, data)) == 400


def test_a_well_formed_chunked_body_with_trailers_is_read(emulator: Emulator) -> None:
    data = (
        b"POST /_admin/messages HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        b"1;ext=1\r\n{\r\n1\r\n}\r\n0\r\nX-Trailer: 1\r\n\r\n"
    )
    answer = exchange(emulator, data)
    assert status(answer) == 200
    assert json.loads(answer.partition(b"\r\n\r\n")[2]) == {"result": []}


def test_a_head_over_64_kib_gets_431(emulator: Emulator) -> None:
    data = f"{HEAD}X-Filler: {'a' * 70_000}\r\n\r\n".encode()
    with closing(connect(emulator)) as connection:
        try:
            connection.sendall(data)
        except ConnectionError:
            pass  # the server answered and closed before reading everything
        answer = read_all(connection)
    assert status(answer) == 431


def test_a_body_over_the_limit_is_refused_unread(emulator: Emulator) -> None:
    answer = exchange(emulator, f"{HEAD}Content-Length: {11 * MIB}\r\n\r\n".encode())
    assert status(answer) == 200
    response = document(answer)["Response"]
    assert isinstance(response, dict) and error_code(response) == "RequestSizeLimitExceeded"


def _send_in_background(
    connection: socket.socket, total: int
) -> tuple[threading.Thread, list[int]]:
    """Sends ``total`` bytes from a thread, 1 MiB at a time; the list gets the bytes sent."""
    sent = [0]
    piece = b"x" * MIB

    def send() -> None:
        try:
            while sent[0] < total:
                sent[0] += connection.send(piece[: total - sent[0]])
        except OSError:
            pass  # the server closed the connection

    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    return thread, sent


def test_a_300_mib_body_is_never_read(emulator: Emulator) -> None:
    """The answer arrives while the client is still sending; the server closes long before."""
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with closing(connect(emulator)) as connection:
        connection.sendall(f"{HEAD}Content-Length: {300 * MIB}\r\n\r\n".encode())
        thread, sent = _send_in_background(connection, 300 * MIB)
        answer = read_all(connection)
        thread.join(10)
        assert not thread.is_alive()
    response = document(answer)["Response"]
    assert isinstance(response, dict) and error_code(response) == "RequestSizeLimitExceeded"
    # At most the limit is dropped while lingering, plus what the socket buffers hold.
    assert sent[0] < 40 * MIB
    peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    assert peak_after - peak_before < 100 * 1024


def test_a_chunked_body_over_the_limit_is_refused_while_reading(emulator: Emulator) -> None:
    with closing(connect(emulator)) as connection:
        connection.sendall(f"{HEAD}Transfer-Encoding: chunked\r\n\r\n".encode())
        chunk = f"{MIB:x}\r\n".encode() + b"x" * MIB + b"\r\n"
        sent = 0

        def send() -> None:
            nonlocal sent
            try:
                for _ in range(300):
                    connection.sendall(chunk)
                    sent += 1
            except OSError:
                pass

        thread = threading.Thread(target=send, daemon=True)
        thread.start()
        answer = read_all(connection)
        thread.join(10)
    response = document(answer)["Response"]
    assert isinstance(response, dict) and error_code(response) == "RequestSizeLimitExceeded"
    assert sent < 40


def test_one_chunk_claiming_more_than_the_limit_is_refused_unread(emulator: Emulator) -> None:
    data = f"{HEAD}Transfer-Encoding: chunked\r\n\r\n{20 * MIB:x}\r\nabc".encode()
    response = document(exchange(emulator, data))["Response"]
    assert isinstance(response, dict) and error_code(response) == "RequestSizeLimitExceeded"


def test_an_admin_body_over_1_mib_gets_413(emulator: Emulator) -> None:
    data = f"POST /_admin/messages HTTP/1.1\r\nContent-Length: {2 * MIB}\r\n\r\n{{}}".encode()
    answer = exchange(emulator, data)
    assert status(answer) == 413
    assert "admin body" in str(document(answer)["error"])


def test_a_stalled_head_gets_408(emulator: Emulator) -> None:
    started = time.monotonic()
    answer = exchange(emulator, HEAD.encode())
    assert status(answer) == 408
    assert SHORT <= time.monotonic() - started < 5


def test_a_body_shorter_than_its_length_gets_408(emulator: Emulator) -> None:
    started = time.monotonic()
    answer = exchange(emulator, f"{HEAD}Content-Length: 100\r\n\r\n{{}}".encode())
    assert status(answer) == 408
    assert "body" in str(document(answer)["error"])
    assert SHORT <= time.monotonic() - started < 5


def test_a_stalled_chunked_body_gets_408(emulator: Emulator) -> None:
    answer = exchange(emulator, f"{HEAD}Transfer-Encoding: chunked\r\n\r\n5\r\nab".encode())
    assert status(answer) == 408


def test_an_idle_keep_alive_connection_is_closed(emulator: Emulator) -> None:
    with closing(connect(emulator)) as connection:
        connection.sendall(b"GET /_admin/messages HTTP/1.1\r\nHost: x\r\n\r\n")
        time.sleep(0.1)
        first = connection.recv(MIB)
        assert status(first) == 200 and b"keep-alive" in first
        started = time.monotonic()
        assert read_all(connection) == b""  # closed without another answer
        assert SHORT * 0.8 <= time.monotonic() - started < 5


def test_a_connection_that_never_sends_is_closed_quietly(emulator: Emulator) -> None:
    with closing(connect(emulator)) as connection:
        assert read_all(connection) == b""


def test_a_client_that_leaves_mid_head_is_not_a_problem(emulator: Emulator) -> None:
    with closing(connect(emulator)) as connection:
        connection.sendall(HEAD.encode())
    with closing(connect(emulator)) as connection:
        connection.sendall(f"{HEAD}Content-Length: 10\r\n\r\n{{".encode())
        connection.shutdown(socket.SHUT_WR)
        assert status(read_all(connection)) == 400
    assert emulator.admin.messages() == []


def _raise_open_files(wanted: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft >= wanted:
        return
    if hard != resource.RLIM_INFINITY and hard < wanted:
        pytest.skip(f"needs {wanted} open files, the hard limit is {hard}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def test_2000_idle_connections_do_not_stop_new_clients() -> None:
    idle = 2_000
    _raise_open_files(2 * idle + 1024)  # both ends live in this process
    with Emulator(auto_approve=True, rate_limits=False) as emulator, ExitStack() as stack:
        for _ in range(idle):
            stack.enter_context(closing(connect(emulator)))
        started = time.monotonic()
        with emulator.client(timeout=10) as client:
            for _ in range(20):
                answer = client.describe_phone_number_info(phone_number_set=["+8613711112222"])
                assert answer.phone_number_info_set[0].iso_code == "CN"
        assert time.monotonic() - started < 10
        raw = exchange(emulator, b"GET /_admin/messages HTTP/1.1\r\nConnection: close\r\n\r\n")
        assert status(raw) == 200


def test_the_admin_token_guards_the_admin_api_over_http() -> None:
    with Emulator(rate_limits=False, admin_token="s3cret") as emulator:
        request = "GET /_admin/messages HTTP/1.1\r\nConnection: close\r\n{}\r\n"
        missing = exchange(emulator, request.format("").encode())
        assert status(missing) == 401 and "token" in str(document(missing)["error"])
        wrong = exchange(emulator, request.format("Authorization: Bearer nope\r\n").encode())
        assert status(wrong) == 403
        other_scheme = exchange(
            emulator, request.format("Authorization: Basic s3cret\r\n").encode()
        )
        assert status(other_scheme) == 401
        for header in ("Authorization: Bearer s3cret\r\n", "X-Admin-Token: s3cret\r\n"):
            assert status(exchange(emulator, request.format(header).encode())) == 200
        # A refused admin request with a body still gets its answer.
        body = f"POST /_admin/reset HTTP/1.1\r\nContent-Length: {MIB}\r\n\r\n".encode()
        assert status(exchange(emulator, body)) == 401
        # AdminClient sends it; without it the same call is refused.
        assert AdminClient(emulator.endpoint, token="s3cret").call("messages") == []
        with pytest.raises(AdminError, match="token"):
            AdminClient(emulator.endpoint).call("messages")
        assert "s3cret" not in repr(AdminClient(emulator.endpoint, token="s3cret"))
        # The in-process admin API and the service's API do not need it.
        assert emulator.admin.messages() == []
        response = call_raw(
            emulator, "PullSmsSendStatus", {"Limit": 1, "SmsSdkAppId": "1400006666"}
        )
        assert error_code(response) is None


def test_stopping_with_open_connections_is_quiet(caplog: pytest.LogCaptureFixture) -> None:
    emulator = Emulator(rate_limits=False).start()
    with ExitStack() as stack:
        idle = stack.enter_context(closing(connect(emulator)))
        mid_head = stack.enter_context(closing(connect(emulator)))
        mid_head.sendall(HEAD.encode())
        mid_body = stack.enter_context(closing(connect(emulator)))
        mid_body.sendall(f"{HEAD}Content-Length: 10\r\n\r\n{{".encode())
        time.sleep(0.2)
        started = time.monotonic()
        emulator.stop()
        assert time.monotonic() - started < 5
        for connection in (idle, mid_head, mid_body):
            assert read_all(connection) == b""
    assert not [record for record in caplog.records if record.exc_info]


def test_sigterm_with_open_connections_exits_quietly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tcsms.emulator", "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        endpoint = process.stdout.readline().removeprefix("listening on ").strip()
        host, _, port = endpoint.removeprefix("http://").rpartition(":")
        with ExitStack() as stack:
            for data in (b"", HEAD.encode(), f"{HEAD}Content-Length: 9\r\n\r\n{{".encode()):
                connection = stack.enter_context(
                    closing(socket.create_connection((host, int(port)), timeout=10))
                )
                connection.sendall(data)
            keep_alive = stack.enter_context(
                closing(socket.create_connection((host, int(port)), timeout=10))
            )
            keep_alive.sendall(b"GET /_admin/messages HTTP/1.1\r\n\r\n")
            assert status(keep_alive.recv(MIB)) == 200
            process.send_signal(signal.SIGTERM)
            _, stderr = process.communicate(timeout=10)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0
    assert stderr == ""
