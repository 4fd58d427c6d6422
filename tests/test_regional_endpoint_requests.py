"""With ``regional_endpoint=True``, real requests go to, name and are signed for the documented host
of the client's region, over HTTPS as documented.

The regional hosts come from the spec's endpoints. Each test resolves the one regional host to a
loopback TLS server (``support.pinned_names``; every other name fails to resolve) whose certificate,
issued by a throwaway CA, names every regional host. The servers verify each request's signature
with the independent verifiers, using the ``Host`` header the request carried; the tests then check
that header, and that the signature holds for that host only.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from support import tc3_verifier, v1_server
from support.either_client import KINDS, Kind, Outcome
from support.example_server import ExampleServer
from support.loopback import LoopbackServer
from support.pinned_names import PinnedNames, pin_names
from support.sms_calls import PULL_SEND_STATUS, SECRET_ID, SECRET_KEY
from support.specs import sms_spec
from support.throwaway_ca import ServerCertificate, issue_server_certificate
from support.v1_server import V1ExampleServer
from tcsms import AsyncSmsClient, SmsClient

SPEC = sms_spec()
SECRETS = {SECRET_ID: SECRET_KEY}
DEFAULT_HOST: str = SPEC["service"]["default_endpoint"]
DOCUMENTED_HOSTS: list[str] = [endpoint["host"] for endpoint in SPEC["service"]["endpoints"]]
REGIONAL_HOSTS: dict[str, str] = {
    endpoint["region"]: endpoint["host"]
    for endpoint in SPEC["service"]["endpoints"]
    if "region" in endpoint
}
# The v1 paths are checked for one region: the first the documents list.
FIRST_REGION = next(iter(REGIONAL_HOSTS))
V1_SETTINGS = {
    "HmacSHA256 POST": {"sign_method": "HmacSHA256", "http_method": "POST"},
    "HmacSHA1 GET": {"sign_method": "HmacSHA1", "http_method": "GET"},
}
TIMEOUT = 10.0  # a generous bound on a loopback call, so a broken case fails instead of hanging


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> ServerCertificate:
    return issue_server_certificate(tmp_path_factory.mktemp("regional-tls"), DOCUMENTED_HOSTS)


def serving_tls(server: LoopbackServer, certificate: ServerCertificate) -> None:
    """Makes a loopback server speak HTTPS with ``certificate`` (before it starts)."""
    httpd = server._httpd
    httpd.socket = certificate.server_context().wrap_socket(httpd.socket, server_side=True)


def port_of(server: LoopbackServer) -> int:
    port: int = server._httpd.server_address[1]
    return port


@pytest.fixture
def tc3_server(certificate: ServerCertificate) -> Iterator[ExampleServer]:
    server = ExampleServer(SPEC, SECRET_ID, SECRET_KEY)
    serving_tls(server, certificate)
    with server:
        yield server


@pytest.fixture
def v1_example_server(certificate: ServerCertificate) -> Iterator[V1ExampleServer]:
    server = V1ExampleServer(SPEC, SECRET_ID, SECRET_KEY)
    serving_tls(server, certificate)
    with server:
        yield server


def call_regional(
    kind: Kind, region: str, certificate: ServerCertificate, **settings: Any
) -> Outcome:
    """One PullSmsSendStatus call from a client on the regional endpoint of ``region``."""
    settings.update(
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        region=region,
        regional_endpoint=True,
        ssl_context=certificate.client_context(),
        timeout=TIMEOUT,
    )
    if kind == "sync":
        with SmsClient(**settings) as client:
            try:
                return Outcome(client.pull_sms_send_status(**PULL_SEND_STATUS), None, 0.0)
            except Exception as error:
                return Outcome(None, error, 0.0)

    async def scenario() -> Outcome:
        async with AsyncSmsClient(**settings) as client:
            try:
                return Outcome(await client.pull_sms_send_status(**PULL_SEND_STATUS), None, 0.0)
            except Exception as error:
                return Outcome(None, error, 0.0)

    return asyncio.run(scenario())


def assert_only_the_regional_host_was_looked_up(pinned: PinnedNames, host: str) -> None:
    assert {name for name, _ in pinned.lookups} == {host}
    assert {port for _, port in pinned.lookups} == {443}, "the documented endpoints are https"


def test_every_documented_region_has_its_own_host_besides_the_default() -> None:
    assert REGIONAL_HOSTS
    assert DEFAULT_HOST in DOCUMENTED_HOSTS
    assert DEFAULT_HOST not in REGIONAL_HOSTS.values()
    assert len(set(REGIONAL_HOSTS.values())) == len(REGIONAL_HOSTS)


@pytest.mark.parametrize("region", list(REGIONAL_HOSTS))
@pytest.mark.parametrize("kind", KINDS)
def test_a_regional_tc3_request_names_and_signs_the_documented_host_of_its_region(
    monkeypatch: pytest.MonkeyPatch,
    tc3_server: ExampleServer,
    certificate: ServerCertificate,
    kind: Kind,
    region: str,
) -> None:
    host = REGIONAL_HOSTS[region]
    pinned = pin_names(monkeypatch, {host: port_of(tc3_server)})
    outcome = call_regional(kind, region, certificate)
    assert outcome.error is None, repr(outcome.error)
    assert_only_the_regional_host_was_looked_up(pinned, host)
    [request] = tc3_server.requests
    assert request.headers["host"] == host
    assert request.headers["x-tc-region"] == region
    assert request.verification.ok, request.verification.detail
    authorization = tc3_verifier.parse_authorization(request.headers["authorization"])
    assert authorization is not None and "host" in authorization.signed_headers


@pytest.mark.parametrize("region", list(REGIONAL_HOSTS))
@pytest.mark.parametrize("kind", KINDS)
def test_a_regional_tc3_signature_holds_for_the_regional_host_only(
    monkeypatch: pytest.MonkeyPatch,
    tc3_server: ExampleServer,
    certificate: ServerCertificate,
    kind: Kind,
    region: str,
) -> None:
    host = REGIONAL_HOSTS[region]
    pin_names(monkeypatch, {host: port_of(tc3_server)})
    assert call_regional(kind, region, certificate).error is None
    [request] = tc3_server.requests

    def verify_as_sent_to(claimed_host: str) -> tc3_verifier.VerificationResult:
        headers = {**request.headers, "host": claimed_host}
        return tc3_verifier.verify("POST", "/", "", headers, request.body, SECRETS)

    assert verify_as_sent_to(host).ok
    for other in DOCUMENTED_HOSTS:
        if other != host:
            failure = verify_as_sent_to(other).failure
            assert failure is tc3_verifier.Failure.SIGNATURE_MISMATCH, other


@pytest.mark.parametrize("setting", list(V1_SETTINGS))
@pytest.mark.parametrize("kind", KINDS)
def test_a_regional_v1_request_names_and_signs_the_documented_host_of_its_region(
    monkeypatch: pytest.MonkeyPatch,
    v1_example_server: V1ExampleServer,
    certificate: ServerCertificate,
    kind: Kind,
    setting: str,
) -> None:
    host = REGIONAL_HOSTS[FIRST_REGION]
    pinned = pin_names(monkeypatch, {host: port_of(v1_example_server)})
    outcome = call_regional(kind, FIRST_REGION, certificate, **V1_SETTINGS[setting])
    assert outcome.error is None, repr(outcome.error)
    assert_only_the_regional_host_was_looked_up(pinned, host)
    [request] = v1_example_server.requests
    assert request.method == V1_SETTINGS[setting]["http_method"]
    assert request.params["Region"] == FIRST_REGION
    assert request.verification.ok, request.verification.detail
    # The server's check used the Host header the request carried; the signature must hold for
    # the regional host, and for no other documented host.
    assert v1_server.verify(request.method, host, "/", request.params, SECRETS).ok
    for other in DOCUMENTED_HOSTS:
        if other != host:
            verification = v1_server.verify(request.method, other, "/", request.params, SECRETS)
            assert not verification.ok, other
