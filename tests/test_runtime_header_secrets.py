"""A header value no server can read safely is refused without ever being quoted (issue 8, 5).

The sync client used to raise ``ValueError: Invalid header value b'<the whole token>'`` for a
token with CR/LF, and a ``UnicodeEncodeError`` holding the token for non-latin-1 text. Now the
credentials refuse such a token or SecretId as they are made, and one header check in ``_http``
guards both transports for every other header.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from support.either_client import KINDS, Kind, call_once, error_text
from support.fault_server import FaultServer
from support.sms_calls import SECRET_ID, SECRET_KEY, SEND_SMS
from support.specs import sms_spec
from tcsms import Credentials, errors, resolve_credentials
from tcsms._async_transport import AsyncTransport
from tcsms._core import Endpoint, PreparedRequest
from tcsms._transport import SyncTransport

SPEC = sms_spec()
MARK = "s3cr3t-t0ken-part"
BAD_TOKENS = {
    "crlf": f"{MARK}\r\nX-Injected: 1",
    "lf": f"{MARK}\nX-Injected: 1",
    "nul": f"{MARK}\x00",
    "not-latin-1": f"{MARK}-令牌",
    "lone-surrogate": f"{MARK}\udc80",
}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SPEC) as running:
        yield running


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("token", BAD_TOKENS.values(), ids=BAD_TOKENS.keys())
def test_a_token_no_header_can_carry_is_refused_without_its_value(
    kind: Kind, token: str, server: FaultServer
) -> None:
    with pytest.raises(errors.CredentialsError) as caught:
        call_once(kind, server.endpoint, "send_sms", SEND_SMS, token=token)
    assert "token" in str(caught.value)
    assert MARK not in error_text(caught.value)
    assert server.connection_count == 0


@pytest.mark.parametrize("secret_id", BAD_TOKENS.values(), ids=BAD_TOKENS.keys())
def test_a_secret_id_no_header_can_carry_is_refused_without_its_value(secret_id: str) -> None:
    with pytest.raises(errors.CredentialsError) as caught:
        Credentials(secret_id, SECRET_KEY)
    assert "secret_id" in str(caught.value)
    assert MARK not in error_text(caught.value)


def test_a_token_from_the_environment_is_checked_too() -> None:
    environ = {
        "TENCENTCLOUD_SECRET_ID": SECRET_ID,
        "TENCENTCLOUD_SECRET_KEY": SECRET_KEY,
        "TENCENTCLOUD_SESSION_TOKEN": BAD_TOKENS["crlf"],
    }
    with pytest.raises(errors.CredentialsError) as caught:
        resolve_credentials(environ=environ)
    assert MARK not in error_text(caught.value)


def test_a_secret_key_may_hold_any_text_it_is_never_sent() -> None:
    assert Credentials(SECRET_ID, "clé-secrète\u4e2d").secret_key.endswith("\u4e2d")


@pytest.mark.parametrize("kind", KINDS)
def test_a_region_with_a_line_break_is_a_validation_error_naming_the_header(
    kind: Kind, server: FaultServer
) -> None:
    outcome = call_once(
        kind,
        server.endpoint,
        "send_sms",
        SEND_SMS,
        region=f"ap-guangzhou\r\nX-{MARK}: 1",
        options=None,
    )
    assert isinstance(outcome.error, errors.ValidationError), outcome.error
    assert MARK not in error_text(outcome.error)
    assert server.connection_count == 0


@pytest.mark.parametrize("token", BAD_TOKENS.values(), ids=BAD_TOKENS.keys())
def test_both_transports_refuse_a_bad_header_the_same_way(token: str, server: FaultServer) -> None:
    endpoint = Endpoint.parse(server.endpoint)
    request = PreparedRequest("SendSms", "POST", "/", {"X-TC-Token": token}, b"{}")
    sync = SyncTransport(endpoint, timeout=5)
    with pytest.raises(errors.ValidationError) as sync_caught:
        sync.send(request)
    sync.close()

    async def async_send() -> errors.ValidationError:
        transport = AsyncTransport(endpoint, timeout=5)
        with pytest.raises(errors.ValidationError) as caught:
            await transport.send(request)
        await transport.close()
        return caught.value

    async_error = asyncio.run(async_send())
    assert sync_caught.value.problems == async_error.problems
    assert "X-TC-Token" in str(async_error)
    for error in (sync_caught.value, async_error):
        assert MARK not in error_text(error)
    assert server.connection_count == 0
