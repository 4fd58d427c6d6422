"""Endpoint hosts as they go on the wire: IPv6 addresses in brackets, names in other scripts as
IDNA, a bad port a ValidationError (never a bare ValueError), in both clients and the emulator."""

from __future__ import annotations

import asyncio
import socket

import pytest

from tcsms import AsyncSmsClient, SmsClient, ValidationError
from tcsms._core import Endpoint, RequestBuilder
from tcsms._credentials import Credentials
from tcsms._http import encode_request
from tcsms.emulator import Emulator


@pytest.mark.parametrize(
    ("endpoint", "host", "host_header"),
    [
        ("http://[::1]:8080", "::1", "[::1]:8080"),
        ("https://[::1]", "::1", "[::1]"),
        ("https://[2001:db8::1]:8443", "2001:db8::1", "[2001:db8::1]:8443"),
        ("https://bücher.example", "xn--bcher-kva.example", "xn--bcher-kva.example"),
        ("http://BÜCHER.example:81", "xn--bcher-kva.example", "xn--bcher-kva.example:81"),
        ("sms.tencentcloudapi.com", "sms.tencentcloudapi.com", "sms.tencentcloudapi.com"),
        ("http://127.0.0.1:80", "127.0.0.1", "127.0.0.1"),
    ],
)
def test_hosts_go_on_the_wire_as_http_wants_them(
    endpoint: str, host: str, host_header: str
) -> None:
    parsed = Endpoint.parse(endpoint)
    assert (parsed.host, parsed.host_header) == (host, host_header)
    assert parsed.url == f"{parsed.scheme}://{host_header}/"
    prepared = RequestBuilder("ap-guangzhou", parsed).prepare(
        "DescribeSmsSignList", {}, Credentials("AKIDexample", "key")
    )
    assert f"\r\nHost: {host_header}\r\n".encode() in encode_request(parsed, prepared)


@pytest.mark.parametrize(
    "endpoint", ["http://h:99999", "http://h:abc", "http://h:-1", "https://bü..example", "ftp://h"]
)
@pytest.mark.parametrize("client_class", [SmsClient, AsyncSmsClient])
def test_a_bad_endpoint_is_a_validation_error(
    client_class: type[SmsClient] | type[AsyncSmsClient], endpoint: str
) -> None:
    with pytest.raises(ValidationError, match="endpoint"):
        client_class(secret_id="AKIDexample", secret_key="key", endpoint=endpoint)


def _ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _ipv6_loopback(), reason="this machine has no IPv6 loopback (::1)")
def test_both_clients_call_an_emulator_on_ipv6_loopback() -> None:
    """The emulator checks the signature over the Host header: "[::1]:port" must be signed."""
    with Emulator(host="::1") as emulator:
        assert emulator.endpoint == f"http://[::1]:{emulator.port}"
        seeded = emulator.admin.seed()
        with emulator.client() as client:
            client.send_sms(phone_number_set=["13711112222"], template_param_set=["1"], **seeded)

        async def send() -> None:
            async with emulator.async_client() as client:
                await client.send_sms(
                    phone_number_set=["13711112222"], template_param_set=["2"], **seeded
                )

        asyncio.run(send())
        assert [m["content"][-1] for m in emulator.admin.messages()] == ["1", "2"]
