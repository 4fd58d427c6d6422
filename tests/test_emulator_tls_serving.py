"""The emulator serving HTTPS with a certificate of a throwaway CA, in process and as a command.

The certificate names ``localhost`` (the throwaway CA issues DNS names), so clients call
``https://localhost:PORT`` while the emulator binds 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import socket
import ssl
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing

import pytest

from support.throwaway_ca import ServerCertificate, issue_server_certificate
from tcsms import NetworkError
from tcsms.emulator import Emulator


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> ServerCertificate:
    return issue_server_certificate(tmp_path_factory.mktemp("emulator-tls"), ["localhost"])


@pytest.fixture
def emulator(certificate: ServerCertificate) -> Iterator[Emulator]:
    with Emulator(
        auto_approve=True,
        rate_limits=False,
        tls_cert=str(certificate.chain),
        tls_key=str(certificate.key),
    ) as running:
        yield running


def setup_sending(emulator: Emulator, certificate: ServerCertificate) -> str:
    """An approved signature "Tencent" and a template, added over TLS; returns the template id."""
    with emulator.client(
        endpoint=f"https://localhost:{emulator.port}", ssl_context=certificate.client_context()
    ) as client:
        client.add_sms_sign(
            sign_name="Tencent",
            sign_type=0,
            document_type=0,
            international=0,
            sign_purpose=0,
            proof_image="aGVsbG8=",
        )
        added = client.add_sms_template(
            template_name="code",
            template_content="Your code is {1}",
            sms_type=3,
            international=0,
            remark="tls",
        )
    return str(added.add_template_status.template_id)


def send_sms_arguments(template_id: str) -> dict[str, object]:
    return {
        "phone_number_set": ["+8613711112222"],
        "sms_sdk_app_id": "1400006666",
        "template_id": template_id,
        "sign_name": "Tencent",
        "template_param_set": ["1234"],
    }


def test_the_endpoint_is_https(emulator: Emulator) -> None:
    assert emulator.endpoint == f"https://127.0.0.1:{emulator.port}"


def test_the_sync_client_sends_a_message_over_tls(
    emulator: Emulator, certificate: ServerCertificate
) -> None:
    template_id = setup_sending(emulator, certificate)
    with emulator.client(
        endpoint=f"https://localhost:{emulator.port}", ssl_context=certificate.client_context()
    ) as client:
        answer = client.send_sms(**send_sms_arguments(template_id))  # type: ignore[arg-type]
    assert answer.send_status_set[0].code == "Ok"
    assert len(emulator.admin.messages()) == 1


def test_the_async_client_sends_a_message_over_tls(
    emulator: Emulator, certificate: ServerCertificate
) -> None:
    template_id = setup_sending(emulator, certificate)

    async def scenario() -> str:
        async with emulator.async_client(
            endpoint=f"https://localhost:{emulator.port}",
            ssl_context=certificate.client_context(),
        ) as client:
            answer = await client.send_sms(**send_sms_arguments(template_id))  # type: ignore[arg-type]
            return str(answer.send_status_set[0].code)

    assert asyncio.run(scenario()) == "Ok"


def test_a_client_that_does_not_trust_the_ca_is_refused(emulator: Emulator) -> None:
    with (
        emulator.client(endpoint=f"https://localhost:{emulator.port}", max_attempts=1) as client,
        pytest.raises(NetworkError),
    ):
        client.describe_phone_number_info(phone_number_set=["+8613711112222"])


def test_plain_http_to_the_tls_port_is_closed_quietly(
    emulator: Emulator, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    with closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as plain:
        plain.sendall(b"GET /_admin/messages HTTP/1.1\r\nConnection: close\r\n\r\n")
        try:
            received = plain.recv(1024)
        except ConnectionResetError:
            received = b""
    assert not received.startswith(b"HTTP/1.1 200")
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert "Traceback" not in capsys.readouterr().err


def test_malformed_requests_over_tls_get_400(
    emulator: Emulator, certificate: ServerCertificate
) -> None:
    context = certificate.client_context()
    with (
        closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as raw,
        context.wrap_socket(raw, server_hostname="localhost") as secure,
    ):
        secure.sendall(b"POST / HTTP/1.1\r\nContent-Length: 1_0\r\n\r\n")
        answer = b""
        try:
            while data := secure.recv(65536):
                answer += data
        except ssl.SSLError:
            pass  # the server may close without a TLS close_notify
    assert answer.startswith(b"HTTP/1.1 400 ")


def test_the_command_serves_https(certificate: ServerCertificate) -> None:
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "tcsms.emulator", "--port", "0", "--quiet"),
            *("--tls-cert", str(certificate.chain), "--tls-key", str(certificate.key)),
            *("--admin-token", "t0ken"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        assert first_line.startswith("listening on https://127.0.0.1:")
        port = int(first_line.rpartition(":")[2])
        url = f"https://localhost:{port}/_admin/messages"
        import urllib.request

        request = urllib.request.Request(url, headers={"Authorization": "Bearer t0ken"})
        with urllib.request.urlopen(request, context=certificate.client_context()) as answer:
            assert json.loads(answer.read()) == {"result": []}
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=10)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0
    assert stderr == ""


def test_tls_cert_without_key_is_refused(certificate: ServerCertificate) -> None:
    with pytest.raises(ValueError, match="together"):
        Emulator(tls_cert=str(certificate.chain))
    finished = subprocess.run(
        [sys.executable, "-m", "tcsms.emulator", "--tls-cert", str(certificate.chain)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert finished.returncode == 2
    assert "go together" in finished.stderr


def test_stopping_with_an_open_tls_connection_is_quiet(
    certificate: ServerCertificate,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    emulator = Emulator(tls_cert=str(certificate.chain), tls_key=str(certificate.key)).start()
    context = certificate.client_context()
    with (
        closing(socket.create_connection((emulator.host, emulator.port), timeout=10)) as raw,
        context.wrap_socket(raw, server_hostname="localhost") as secure,
    ):
        secure.sendall(b"POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n{")
        emulator.stop()
        try:
            assert secure.recv(1024) == b""
        except (ssl.SSLError, ConnectionError):
            pass  # closed without a TLS close_notify
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert "Traceback" not in capsys.readouterr().err
