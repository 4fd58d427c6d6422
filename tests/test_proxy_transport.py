"""Both clients through a loopback forward proxy (tests/support/proxy_server.py).

An http endpoint is reached by absolute-form requests, an https one through a CONNECT tunnel to a
TLS terminator (certificate of a throwaway CA) in front of the emulator. The endpoints are names
only the proxy can resolve, so a call that succeeds went through it. The proxy's password,
``pr0xy-s3cr3t``, must never show in an error, a repr or a log record.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from emulator_support.raw import setup_sending

from support.either_client import KINDS, Kind, error_text
from support.proxy_server import ForwardProxy, TlsTerminator, basic_authorization
from support.throwaway_ca import ServerCertificate, issue_server_certificate
from tcsms import (
    FROM_ENVIRONMENT,
    AsyncSmsClient,
    NetworkError,
    Proxy,
    RequestTimeoutError,
    SmsClient,
    ValidationError,
)
from tcsms._core import Endpoint, PreparedRequest
from tcsms._http import ProtocolError, TunnelAnswer, TunnelRefused, encode_connect, encode_request
from tcsms._redact import describe_request
from tcsms.emulator import Emulator

HTTPS_HOST = "sms.proxy.test"
HTTP_HOST = "emulator.proxy.test"
USER = "proxyuser"
PASSWORD = "pr0xy-s3cr3t"
PHONE = "+8613711112222"
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment of the machine running the tests names no proxy here."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> ServerCertificate:
    return issue_server_certificate(tmp_path_factory.mktemp("proxy-tls"), [HTTPS_HOST])


class Site:
    """The emulator, reachable by name through ``proxy``: ``http_url`` and ``https_url``."""

    def __init__(self, emulator: Emulator, template_id: str, proxy: ForwardProxy) -> None:
        self.emulator = emulator
        self.template_id = template_id
        self.proxy = proxy
        self.http_url = f"http://{HTTP_HOST}:{emulator.port}"
        self.https_url = f"https://{HTTPS_HOST}"

    def messages(self) -> list[dict[str, Any]]:
        return self.emulator.admin.messages()


@pytest.fixture
def emulator() -> Iterator[tuple[Emulator, str]]:
    with Emulator(rate_limits=False) as running:
        yield running, setup_sending(running)


@pytest.fixture
def tls(certificate: ServerCertificate, emulator: tuple[Emulator, str]) -> Iterator[TlsTerminator]:
    with TlsTerminator(certificate.server_context(), emulator[0].port) as terminator:
        yield terminator


def make_site(
    emulator: tuple[Emulator, str], tls: TlsTerminator, **proxy_settings: Any
) -> ForwardProxy:
    hosts = {HTTP_HOST: emulator[0].port, HTTPS_HOST: tls.port, "other.proxy.test": tls.port}
    return ForwardProxy(hosts=hosts, **proxy_settings)


@pytest.fixture
def site(emulator: tuple[Emulator, str], tls: TlsTerminator) -> Iterator[Site]:
    with make_site(emulator, tls) as proxy:
        yield Site(*emulator, proxy)


@pytest.fixture
def guarded_site(emulator: tuple[Emulator, str], tls: TlsTerminator) -> Iterator[Site]:
    """The same, behind a proxy that wants ``USER`` and ``PASSWORD``."""
    with make_site(emulator, tls, credentials=(USER, PASSWORD)) as proxy:
        yield Site(*emulator, proxy)


def send_sms(
    kind: Kind,
    site: Site,
    endpoint: str,
    *,
    calls: int = 1,
    certificate: ServerCertificate | None = None,
    **settings: Any,
) -> str:
    """Sends ``calls`` messages from one new client of ``kind``; returns the client's repr."""
    if certificate is not None:
        settings["ssl_context"] = certificate.client_context()
    arguments: dict[str, Any] = {
        "phone_number_set": [PHONE],
        "sms_sdk_app_id": "1400006666",
        "template_id": site.template_id,
        "sign_name": "Tencent",
        "template_param_set": ["1234"],
    }
    settings.setdefault("timeout", 10.0)
    # One attempt: a failure must reach the test as it happened, not retried.
    settings.setdefault("max_attempts", 1)
    if kind == "sync":
        with site.emulator.client(endpoint=endpoint, **settings) as client:
            for _ in range(calls):
                assert client.send_sms(**arguments).send_status_set[0].code == "Ok"
            return repr(client)

    async def scenario() -> str:
        async with site.emulator.async_client(endpoint=endpoint, **settings) as client:
            for _ in range(calls):
                assert (await client.send_sms(**arguments)).send_status_set[0].code == "Ok"
            return repr(client)

    return asyncio.run(scenario())


def lines(proxy: ForwardProxy) -> list[str]:
    return [request.line for request in proxy.requests]


def free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port: int = sock.getsockname()[1]
    return port


# An http endpoint: requests in absolute form


@pytest.mark.parametrize("kind", KINDS)
def test_an_http_endpoint_is_reached_through_the_given_proxy_in_absolute_form(
    kind: Kind, site: Site
) -> None:
    shown = send_sms(kind, site, site.http_url, proxy=site.proxy.url)
    assert lines(site.proxy) == [f"POST {site.http_url}/ HTTP/1.1"]
    assert site.proxy.requests[0].authorization is None
    assert len(site.messages()) == 1
    assert f"proxy={site.proxy.url!r}" in shown


@pytest.mark.parametrize("kind", KINDS)
def test_an_http_endpoint_takes_http_proxy_from_the_environment(
    kind: Kind, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("http_proxy", site.proxy.url)
    send_sms(kind, site, site.http_url, proxy=FROM_ENVIRONMENT)
    assert lines(site.proxy) == [f"POST {site.http_url}/ HTTP/1.1"]
    assert len(site.messages()) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_get_request_keeps_its_query_in_the_absolute_url(kind: Kind, site: Site) -> None:
    send_sms(
        kind, site, site.http_url, proxy=site.proxy.url, sign_method="HmacSHA256", http_method="GET"
    )
    (line,) = lines(site.proxy)
    assert line.startswith(f"GET {site.http_url}/?") and "Action=SendSms" in line
    assert len(site.messages()) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_calls_through_the_proxy_reuse_one_kept_alive_connection(kind: Kind, site: Site) -> None:
    send_sms(kind, site, site.http_url, proxy=site.proxy.url, calls=3)
    assert len(site.proxy.requests) == 3
    assert site.proxy.connections == 1
    assert len(site.messages()) == 3


# An https endpoint: a CONNECT tunnel, TLS inside it


@pytest.mark.parametrize("kind", KINDS)
def test_an_https_endpoint_is_reached_through_a_connect_tunnel_with_verified_tls(
    kind: Kind, site: Site, certificate: ServerCertificate
) -> None:
    send_sms(kind, site, site.https_url, proxy=site.proxy.url, certificate=certificate)
    assert lines(site.proxy) == [f"CONNECT {HTTPS_HOST}:443 HTTP/1.1"]
    assert site.proxy.tunnels == 1
    assert len(site.messages()) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("variable", ["https_proxy", "HTTPS_PROXY", "ALL_PROXY"])
def test_an_https_endpoint_takes_its_proxy_from_the_environment(
    kind: Kind,
    variable: str,
    site: Site,
    certificate: ServerCertificate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(variable, site.proxy.url.removeprefix("http://"))
    send_sms(kind, site, site.https_url, proxy=FROM_ENVIRONMENT, certificate=certificate)
    assert site.proxy.tunnels == 1
    assert len(site.messages()) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_calls_through_a_tunnel_reuse_it(
    kind: Kind, site: Site, certificate: ServerCertificate
) -> None:
    send_sms(kind, site, site.https_url, proxy=site.proxy.url, certificate=certificate, calls=3)
    assert (site.proxy.connections, site.proxy.tunnels) == (1, 1)
    assert len(site.messages()) == 3


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("endpoint", "trusted"),
    [
        # The system's CA store does not know the throwaway CA.
        (f"https://{HTTPS_HOST}", False),
        # The certificate names sms.proxy.test only: TLS checks the endpoint's name.
        ("https://other.proxy.test", True),
    ],
)
def test_the_certificate_is_verified_through_the_tunnel_and_nothing_is_sent(
    kind: Kind, endpoint: str, trusted: bool, site: Site, certificate: ServerCertificate
) -> None:
    with pytest.raises(NetworkError) as caught:
        send_sms(
            kind, site, endpoint, proxy=site.proxy.url, certificate=certificate if trusted else None
        )
    assert caught.value.request_sent is False
    assert "certificate verify failed" in str(caught.value)
    assert f"through proxy {site.proxy.url}" in str(caught.value)
    assert site.proxy.tunnels == 1
    assert site.messages() == []


# Proxy credentials


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("scheme", ["http", "https"])
def test_credentials_in_the_proxy_url_are_sent_as_proxy_authorization(
    kind: Kind, scheme: str, guarded_site: Site, certificate: ServerCertificate
) -> None:
    site = guarded_site
    endpoint = site.https_url if scheme == "https" else site.http_url
    url = site.proxy.url_with(USER, PASSWORD)
    shown = send_sms(kind, site, endpoint, proxy=url, certificate=certificate, calls=2)
    # Sent on each request that reaches the proxy: once per tunnel, with every forwarded request.
    expected = 1 if scheme == "https" else 2
    assert [r.authorization for r in site.proxy.requests] == [
        basic_authorization(USER, PASSWORD)
    ] * expected
    assert len(site.messages()) == 2
    assert PASSWORD not in shown and f"proxy={site.proxy.url!r}" in shown


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("scheme", ["http", "https"])
@pytest.mark.parametrize("password", [None, "wr0ng-s3cr3t"])
def test_a_proxy_refusing_the_credentials_fails_the_call_before_it_reaches_the_service(
    kind: Kind,
    scheme: str,
    password: str | None,
    guarded_site: Site,
    certificate: ServerCertificate,
    caplog: pytest.LogCaptureFixture,
) -> None:
    site = guarded_site
    caplog.set_level(logging.DEBUG, logger="tcsms")
    endpoint = site.https_url if scheme == "https" else site.http_url
    url = site.proxy.url if password is None else site.proxy.url_with(USER, password)
    with pytest.raises(NetworkError) as caught:
        send_sms(kind, site, endpoint, proxy=url, certificate=certificate)
    error = caught.value
    assert error.request_sent is False
    assert f"proxy {site.proxy.url} refused" in str(error)
    assert "407 Proxy Authentication Required" in str(error)
    if scheme == "https":
        assert f"refused CONNECT to {HTTPS_HOST}:443" in str(error)
    assert site.messages() == []
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert logged  # the attempt was logged
    for secret in (PASSWORD, "wr0ng-s3cr3t", basic_authorization(USER, "wr0ng-s3cr3t")):
        assert secret not in error_text(error)
        assert secret not in logged


@pytest.mark.parametrize("kind", KINDS)
def test_the_debug_log_shows_neither_the_proxy_password_nor_its_header(
    kind: Kind, guarded_site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    site = guarded_site
    caplog.set_level(logging.DEBUG, logger="tcsms")
    send_sms(kind, site, site.http_url, proxy=site.proxy.url_with(USER, PASSWORD))
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "SendSms attempt 1 request" in logged
    assert PASSWORD not in logged
    assert basic_authorization(USER, PASSWORD) not in logged


def test_the_debug_log_would_mask_a_proxy_authorization_header() -> None:
    request = PreparedRequest("A", "POST", "/", {"Proxy-Authorization": "Basic c2VjcmV0"}, b"")
    assert describe_request(request) == "POST / [Proxy-Authorization: ***] "


# Who is asked: NO_PROXY, proxy=None


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "no_proxy", ["127.0.0.1", "127.0.0.0/8", "*", "localhost,127.0.0.1:{port}"]
)
def test_no_proxy_sends_the_endpoint_directly(
    kind: Kind, no_proxy: str, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", site.proxy.url)
    monkeypatch.setenv("NO_PROXY", no_proxy.format(port=site.emulator.port))
    shown = send_sms(kind, site, site.emulator.endpoint, proxy=FROM_ENVIRONMENT)
    assert site.proxy.connections == 0
    assert len(site.messages()) == 1
    assert "proxy=" not in shown


@pytest.mark.parametrize("kind", KINDS)
def test_proxy_none_ignores_the_environment(
    kind: Kind, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("http_proxy", site.proxy.url)
    monkeypatch.setenv("all_proxy", "socks5://never.used:1080")
    send_sms(kind, site, site.emulator.endpoint, proxy=None)
    assert site.proxy.connections == 0
    assert len(site.messages()) == 1


@pytest.mark.parametrize("client_class", [SmsClient, AsyncSmsClient])
def test_a_client_defaults_to_the_environment(
    client_class: type[SmsClient | AsyncSmsClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("https_proxy", f"{USER}:{PASSWORD}@proxy.corp:3128")
    client = client_class(secret_id="AKIDexample", secret_key="example-secret-key")
    assert client._transport.proxy == Proxy.parse(f"http://{USER}:{PASSWORD}@proxy.corp:3128")
    assert repr(client).endswith(", proxy='http://proxy.corp:3128')")
    assert PASSWORD not in repr(client)


@pytest.mark.parametrize("kind", KINDS)
def test_a_malformed_proxy_variable_fails_the_client_construction(
    kind: Kind, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://{USER}:{PASSWORD}@proxy.corp:port")
    with pytest.raises(ValidationError, match="environment variable HTTP_PROXY") as caught:
        send_sms(kind, site, site.http_url, proxy=FROM_ENVIRONMENT)
    assert PASSWORD not in error_text(caught.value)


# A proxy that is not there, silent, or hangs up


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("scheme", ["http", "https"])
def test_an_unreachable_proxy_fails_naming_it_before_anything_is_sent(
    kind: Kind, scheme: str, site: Site, certificate: ServerCertificate
) -> None:
    port = free_port()
    endpoint = site.https_url if scheme == "https" else site.http_url
    with pytest.raises(NetworkError) as caught:
        send_sms(
            kind,
            site,
            endpoint,
            proxy=f"http://{USER}:{PASSWORD}@127.0.0.1:{port}",
            certificate=certificate,
        )
    assert caught.value.request_sent is False
    assert f"through proxy http://127.0.0.1:{port}" in str(caught.value)
    assert PASSWORD not in error_text(caught.value)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "limits",
    [{"timeout": 0.5}, {"timeout": 10.0, "connect_timeout": 0.5}],
    ids=["timeout", "connect"],
)
def test_a_proxy_that_never_answers_connect_times_out_within_the_limit(
    kind: Kind, limits: dict[str, Any], site: Site, certificate: ServerCertificate
) -> None:
    # The kernel completes connections to a listening socket nobody accepts from.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError) as caught:
            send_sms(kind, site, site.https_url, proxy=url, certificate=certificate, **limits)
        elapsed = time.monotonic() - started
    assert caught.value.request_sent is False
    assert f"could not connect to {HTTPS_HOST} through proxy {url} within" in str(caught.value)
    assert 0.4 < elapsed < 3.0


@pytest.mark.parametrize("kind", KINDS)
def test_a_proxy_hanging_up_on_connect_fails_before_anything_is_sent(
    kind: Kind, site: Site, certificate: ServerCertificate
) -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:

        def hang_up() -> None:
            client, _ = listener.accept()
            client.recv(1024)
            client.close()

        thread = threading.Thread(target=hang_up, daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        with pytest.raises(NetworkError) as caught:
            send_sms(kind, site, site.https_url, proxy=url, certificate=certificate)
        thread.join(5)
    assert caught.value.request_sent is False
    assert "closed the connection before answering CONNECT" in str(caught.value)


# The bytes


ENDPOINT = Endpoint.parse("http://api.test:8080")
REQUEST = PreparedRequest("A", "POST", "/?x=1", {"Content-Type": "application/json"}, b"{}")
GUARDED = Proxy.parse(f"http://{USER}:{PASSWORD}@proxy.test:3128")


def test_a_forwarded_request_names_its_absolute_url_and_carries_the_proxy_credentials() -> None:
    assert encode_request(ENDPOINT, REQUEST, GUARDED) == (
        b"POST http://api.test:8080/?x=1 HTTP/1.1\r\n"
        + f"Proxy-Authorization: {basic_authorization(USER, PASSWORD)}\r\n".encode()
        + b"Content-Type: application/json\r\nHost: api.test:8080\r\nContent-Length: 2\r\n\r\n{}"
    )
    assert encode_request(ENDPOINT, REQUEST, Proxy.parse("proxy.test")).startswith(
        b"POST http://api.test:8080/?x=1 HTTP/1.1\r\nContent-Type"
    )
    assert encode_request(ENDPOINT, REQUEST).startswith(b"POST /?x=1 HTTP/1.1\r\nContent-Type")


def test_connect_names_host_and_port_an_ipv6_address_in_brackets() -> None:
    assert encode_connect(Endpoint.parse("https://[fd00::1]"), GUARDED) == (
        b"CONNECT [fd00::1]:443 HTTP/1.1\r\nHost: [fd00::1]:443\r\n"
        + f"Proxy-Authorization: {basic_authorization(USER, PASSWORD)}\r\n\r\n".encode()
    )
    assert encode_connect(Endpoint.parse("sms.test"), Proxy.parse("proxy.test")) == (
        b"CONNECT sms.test:443 HTTP/1.1\r\nHost: sms.test:443\r\n\r\n"
    )


def tunnel_answer() -> TunnelAnswer:
    return TunnelAnswer(Endpoint.parse("sms.test"), GUARDED)


def test_a_2xx_answer_to_connect_ends_with_its_head_however_it_arrives() -> None:
    answer = tunnel_answer()
    head = b"HTTP/1.0 200 Connection established\r\nProxy-Agent: test\r\n\r\n"
    assert [answer.feed(head[i : i + 7]) for i in range(0, len(head), 7)][-1] is True
    assert answer.status == 200


def test_another_answer_to_connect_is_a_refusal_as_soon_as_its_status_line_is_in() -> None:
    answer = tunnel_answer()
    with pytest.raises(TunnelRefused) as caught:
        answer.feed(b"HTTP/1.1 403 Forbidden\r\nContent-Le")
    assert str(caught.value) == (
        "proxy http://proxy.test:3128 refused CONNECT to sms.test:443: 403 Forbidden"
    )
    assert caught.value.status == 403


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"HTTP/1.1 200 OK\r\n\r\n\x16\x03\x01", "bytes after the proxy's answer"),
        (b"SSH-2.0-OpenSSH\r\n\r\n", "bad status line"),
        (b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 20000, "longer than"),
    ],
)
def test_a_broken_answer_to_connect_is_a_protocol_error(data: bytes, problem: str) -> None:
    with pytest.raises(ProtocolError, match=problem):
        tunnel_answer().feed(data)
