"""HTTPS end to end: both clients against a loopback TLS server with a throwaway CA."""

from __future__ import annotations

import asyncio
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.example_server import ExampleServer
from support.specs import sms_spec
from tcsms import AsyncSmsClient, NetworkError, SmsClient

SECRET_ID = "AKIDtlstesttlstesttlstest0000"
SECRET_KEY = "tlstesttlstesttlstesttlstest0000"


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA and a certificate for 127.0.0.1 that it signed, made fresh for this run."""
    folder = tmp_path_factory.mktemp("tls")
    openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "1",
        "-subj",
        "/CN=tcgen test CA",
        cwd=folder,
    )
    openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=127.0.0.1",
        cwd=folder,
    )
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")
    openssl(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "1",
        "-extfile",
        "san.ext",
        cwd=folder,
    )
    return folder


@pytest.fixture
def tls_server(certificates: Path) -> Iterator[ExampleServer]:
    server = ExampleServer(sms_spec(), SECRET_ID, SECRET_KEY)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates / "server.pem", certificates / "server.key")
    httpd = server._httpd
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    with server:
        yield server


def https_endpoint(server: ExampleServer) -> str:
    return server.endpoint.replace("http://", "https://")


def trusting(certificates: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certificates / "ca.pem"))


def test_the_sync_client_speaks_https_with_a_private_ca(
    tls_server: ExampleServer, certificates: Path
) -> None:
    with SmsClient(
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        endpoint=https_endpoint(tls_server),
        ssl_context=trusting(certificates),
    ) as client:
        for _ in range(2):
            response = client.pull_sms_send_status(limit=2, sms_sdk_app_id="1400006874")
    assert response.http_response is not None and response.http_response.status == 200
    assert all(r.verification.ok for r in tls_server.requests)
    assert len(tls_server.requests) == 2


def test_an_untrusted_certificate_fails_before_anything_is_sent(
    tls_server: ExampleServer,
) -> None:
    with (
        SmsClient(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=https_endpoint(tls_server)
        ) as client,
        pytest.raises(NetworkError) as caught,
    ):
        client.send_sms(
            phone_number_set=["+8613711112222"], sms_sdk_app_id="1400006666", template_id="1"
        )
    assert caught.value.request_sent is False
    assert caught.value.attempts == 3  # not sent, so safe to retry even for SendSms
    assert tls_server.requests == []


def test_the_async_client_speaks_https_with_a_private_ca(
    tls_server: ExampleServer, certificates: Path
) -> None:
    async def call() -> int:
        async with AsyncSmsClient(
            secret_id=SECRET_ID,
            secret_key=SECRET_KEY,
            endpoint=https_endpoint(tls_server),
            ssl_context=trusting(certificates),
        ) as client:
            responses = await asyncio.gather(
                *(
                    client.pull_sms_reply_status(limit=2, sms_sdk_app_id="1400006874")
                    for _ in range(5)
                )
            )
        return len(responses)

    assert asyncio.run(call()) == 5
    assert len(tls_server.requests) == 5
    assert all(r.verification.ok for r in tls_server.requests)
