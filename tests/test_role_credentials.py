"""The role credential providers against loopback stand-ins of their services.

The CVM role asks a fake metadata service; STS AssumeRole is checked by a fake STS that verifies
the TC3 signature independently; the OIDC role by one that compares the web identity token with the
token file. Refreshes are forced with a hand-moved clock, shared by provider and fake, so nothing
sleeps. No key, token or web identity token may appear in an error, a repr or a log record.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from support.canned_server import CannedServer
from support.credential_servers import (
    ROLES_PATH,
    SECRET_PREFIXES,
    Issued,
    MetadataServer,
    StsServer,
)
from support.fault_server import unused_port
from support.loopback import LoopbackServer
from support.sms_calls import SECRET_ID, SECRET_KEY, TOKEN
from tcsms import Credentials, errors
from tcsms._cvm_role import CvmRoleCredentials
from tcsms._sts_credentials import OidcRoleArnCredentials, StsAssumeRoleCredentials
from tcsms.errors import CredentialsServiceError

ROLE_ARN = "qcs::cam::uin/100000000001:roleName/sms-sender"
SESSION = "sms-session"
PROVIDER_ID = "OIDC-provider"
WEB_TOKEN_1 = "eyJ.web-identity-token-one.sig"
WEB_TOKEN_2 = "eyJ.web-identity-token-two.sig"
TKE_VARIABLES = ("TKE_REGION", "TKE_PROVIDER_ID", "TKE_WEB_IDENTITY_TOKEN_FILE", "TKE_ROLE_ARN")


class Clock:
    """A ``time.time`` that moves only when told to."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def as_credentials(issued: Issued) -> Credentials:
    return Credentials(
        issued.secret_id, issued.secret_key, issued.token, float(issued.expired_time)
    )


def assert_no_secrets(text: str, secrets: Iterable[str] = ()) -> None:
    for secret in (*SECRET_PREFIXES, SECRET_KEY, TOKEN, WEB_TOKEN_1, WEB_TOKEN_2, *secrets):
        assert secret not in text, f"{secret!r} leaked into {text!r}"


def issued_secrets(issued: Iterable[Issued]) -> list[str]:
    return [value for one in issued for value in (one.secret_key, one.token)]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def metadata(clock: Clock) -> Iterator[MetadataServer]:
    with MetadataServer("sms-sender", clock=clock) as server:
        yield server


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    path = tmp_path / "web-identity-token"
    path.write_text(WEB_TOKEN_1)
    return path


@pytest.fixture
def sts(clock: Clock, token_file: Path) -> Iterator[StsServer]:
    with StsServer(
        {SECRET_ID: SECRET_KEY},
        {ROLE_ARN},
        provider_id=PROVIDER_ID,
        token_file=token_file,
        clock=clock,
    ) as server:
        yield server


def cvm(server: MetadataServer, clock: Clock, role: str | None = None) -> CvmRoleCredentials:
    return CvmRoleCredentials(role, metadata_endpoint=server.endpoint, clock=clock)


def assume_role(server: LoopbackServer, clock: Clock, **options: Any) -> StsAssumeRoleCredentials:
    options.setdefault("secret_id", SECRET_ID)
    options.setdefault("secret_key", SECRET_KEY)
    return StsAssumeRoleCredentials(
        ROLE_ARN, SESSION, endpoint=server.endpoint, clock=clock, **options
    )


def oidc(sts: StsServer, clock: Clock, token_file: Path) -> OidcRoleArnCredentials:
    return OidcRoleArnCredentials(
        region="ap-shanghai",
        provider_id=PROVIDER_ID,
        role_arn=ROLE_ARN,
        role_session_name=SESSION,
        web_identity_token_file=token_file,
        endpoint=sts.endpoint,
        clock=clock,
    )


# --- CVM role -------------------------------------------------------------------------------


def test_the_cvm_role_is_found_then_its_credentials_are_read(
    metadata: MetadataServer, clock: Clock
) -> None:
    provider = cvm(metadata, clock)
    credentials = provider.get()
    assert credentials == as_credentials(metadata.current["sms-sender"])
    assert credentials.expires_at == float(metadata.current["sms-sender"].expired_time)
    assert metadata.paths == [ROLES_PATH, ROLES_PATH + "sms-sender"]
    assert provider.get() is credentials  # cached: no further request
    assert len(metadata.paths) == 2
    assert "found_role='sms-sender'" in repr(provider)


def test_a_named_cvm_role_is_asked_directly(metadata: MetadataServer, clock: Clock) -> None:
    credentials = cvm(metadata, clock, role="sms-sender").get()
    assert credentials == as_credentials(metadata.current["sms-sender"])
    assert metadata.paths == [ROLES_PATH + "sms-sender"]


def test_the_first_line_of_the_role_listing_names_the_role(
    metadata: MetadataServer, clock: Clock
) -> None:
    metadata.listing_body = b"sms-sender\nanother-role\n"
    assert cvm(metadata, clock).get() == as_credentials(metadata.current["sms-sender"])


def test_rotated_cvm_credentials_are_seen_at_the_next_refresh(
    metadata: MetadataServer, clock: Clock
) -> None:
    provider = cvm(metadata, clock)
    first = provider.get()
    metadata.rotate()
    assert provider.get() is first  # not due yet
    clock.advance(7200 - 300)  # the default margin: due now
    second = provider.get()
    assert second == as_credentials(metadata.current["sms-sender"]) and second != first
    # The role's name was kept: only its credentials were asked again.
    assert metadata.paths == [ROLES_PATH, ROLES_PATH + "sms-sender", ROLES_PATH + "sms-sender"]
    assert provider.refreshes == 2


def test_expired_cvm_credentials_are_replaced(metadata: MetadataServer, clock: Clock) -> None:
    provider = cvm(metadata, clock)
    first = provider.get()
    clock.advance(7200 + 1)  # expired: the service issues new ones
    assert provider.get() == as_credentials(metadata.current["sms-sender"]) != first


def test_a_changed_cvm_role_is_found_again(metadata: MetadataServer, clock: Clock) -> None:
    provider = cvm(metadata, clock)
    provider.get()
    metadata.role = "new-role"
    clock.advance(7200)
    credentials = provider.get()
    assert credentials == as_credentials(metadata.current["new-role"])
    assert metadata.paths[2:] == [
        ROLES_PATH + "sms-sender",  # 404: the role is gone
        ROLES_PATH,
        ROLES_PATH + "new-role",
    ]
    assert "found_role='new-role'" in repr(provider)


def test_a_named_cvm_role_that_is_not_bound_is_an_error(
    metadata: MetadataServer, clock: Clock
) -> None:
    with pytest.raises(errors.CredentialsError) as caught:
        cvm(metadata, clock, role="other-role").get()
    assert "CVM role" in str(caught.value) and "'other-role'" in str(caught.value)
    assert "404" in str(caught.value)


def test_an_instance_without_a_role_is_an_error(clock: Clock) -> None:
    with MetadataServer(None, clock=clock) as metadata:
        with pytest.raises(errors.CredentialsError, match="no CAM role"):
            cvm(metadata, clock).get()
        metadata.listing_body = b"\n"
        with pytest.raises(errors.CredentialsError, match="no CAM role"):
            cvm(metadata, clock).get()


def test_a_cvm_answer_other_than_success_is_an_error(
    metadata: MetadataServer, clock: Clock
) -> None:
    metadata.code = "Failure"
    with pytest.raises(CredentialsServiceError) as caught:
        cvm(metadata, clock).get()
    assert caught.value.code == "Failure"
    assert "CVM role" in str(caught.value) and "'Failure'" in str(caught.value)
    assert_no_secrets(str(caught.value), issued_secrets(metadata.issued))


def test_a_failing_metadata_service_is_an_error_naming_the_status(
    metadata: MetadataServer, clock: Clock
) -> None:
    metadata.status = 500
    with pytest.raises(errors.CredentialsError, match="HTTP 500"):
        cvm(metadata, clock).get()


def test_an_unreachable_metadata_service_is_an_error_naming_it(clock: Clock) -> None:
    endpoint = f"http://127.0.0.1:{unused_port()}"
    with pytest.raises(errors.CredentialsError) as caught:
        CvmRoleCredentials(metadata_endpoint=endpoint, clock=clock).get()
    assert str(caught.value).startswith("CVM role: ")
    assert endpoint in str(caught.value)


def test_a_slow_metadata_service_times_out(metadata: MetadataServer, clock: Clock) -> None:
    metadata.delay = 1.0
    provider = CvmRoleCredentials(metadata_endpoint=metadata.endpoint, timeout=0.2, clock=clock)
    started = time.monotonic()
    with pytest.raises(errors.CredentialsError) as caught:
        provider.get()
    assert time.monotonic() - started < 0.9
    assert "within 0.2s" in str(caught.value) and metadata.endpoint in str(caught.value)


def test_the_cvm_provider_checks_its_arguments() -> None:
    with pytest.raises(errors.CredentialsError, match="role"):
        CvmRoleCredentials("")
    with pytest.raises(errors.CredentialsError, match="timeout"):
        CvmRoleCredentials(timeout=0)
    with pytest.raises(errors.CredentialsError, match="metadata_endpoint"):
        CvmRoleCredentials(metadata_endpoint="ftp://example")
    assert repr(CvmRoleCredentials()) == (
        "CvmRoleCredentials(role=None, metadata_endpoint='http://metadata.tencentyun.com')"
    )


def test_cvm_credentials_come_to_async_callers(metadata: MetadataServer, clock: Clock) -> None:
    provider = cvm(metadata, clock)
    credentials = asyncio.run(provider.get_async())
    assert credentials == as_credentials(metadata.current["sms-sender"])


# --- STS AssumeRole ------------------------------------------------------------------------


def test_assume_role_is_signed_and_its_answer_used(sts: StsServer, clock: Clock) -> None:
    provider = assume_role(sts, clock)
    credentials = provider.get()
    (issued,) = sts.issued
    assert credentials == as_credentials(issued)
    (call,) = sts.calls
    assert call.verification is not None and call.verification.ok, call.verification
    assert call.verification.secret_id == SECRET_ID
    assert call.action == "AssumeRole"
    assert call.headers["x-tc-version"] == "2018-08-13"
    assert call.headers["x-tc-region"] == "ap-guangzhou"
    assert "x-tc-token" not in call.headers
    assert call.payload == {
        "RoleArn": ROLE_ARN,
        "RoleSessionName": SESSION,
        "DurationSeconds": 7200,
    }


def test_assume_role_passes_its_options(sts: StsServer, clock: Clock) -> None:
    provider = assume_role(
        sts,
        clock,
        duration_seconds=900,
        region="ap-singapore",
        policy={"version": "2.0", "statement": [{"effect": "allow", "action": ["sms:*"]}]},
        external_id="external-1",
    )
    credentials = provider.get()
    assert credentials.expires_at == float(sts.issued[0].expired_time)
    assert credentials.expires_at == int(clock.now) + 900
    (call,) = sts.calls
    assert call.headers["x-tc-region"] == "ap-singapore"
    assert call.payload["DurationSeconds"] == 900
    assert call.payload["ExternalId"] == "external-1"
    assert call.payload["Policy"].startswith("%7B%22version%22%3A%222.0%22")
    assert "policy=<set>" in repr(provider) and "external_id='external-1'" in repr(provider)


def test_assume_role_signs_with_a_source_provider_and_its_token(
    sts: StsServer, clock: Clock
) -> None:
    provider = StsAssumeRoleCredentials(
        ROLE_ARN,
        SESSION,
        source=Credentials(SECRET_ID, SECRET_KEY, TOKEN),
        endpoint=sts.endpoint,
        clock=clock,
    )
    provider.get()
    (call,) = sts.calls
    assert call.verification is not None and call.verification.ok
    assert call.headers["x-tc-token"] == TOKEN


def test_assume_role_can_be_signed_by_the_cvm_role(
    sts: StsServer, metadata: MetadataServer, clock: Clock
) -> None:
    instance = metadata.credentials_for("sms-sender")
    sts.secrets[instance.secret_id] = instance.secret_key
    provider = StsAssumeRoleCredentials(
        ROLE_ARN, SESSION, source=cvm(metadata, clock), endpoint=sts.endpoint, clock=clock
    )
    assert provider.get() == as_credentials(sts.issued[0])
    (call,) = sts.calls
    assert call.verification is not None and call.verification.secret_id == instance.secret_id
    assert call.headers["x-tc-token"] == instance.token


def test_assume_role_refreshes_before_expiry(sts: StsServer, clock: Clock) -> None:
    provider = assume_role(sts, clock, refresh_margin=600)
    first = provider.get()
    clock.advance(7200 - 601)
    assert provider.get() is first
    clock.advance(2)
    second = provider.get()
    assert second == as_credentials(sts.issued[1]) and second != first
    assert len(sts.calls) == 2
    assert all(call.verification is not None and call.verification.ok for call in sts.calls)


def test_threads_that_need_credentials_at_once_cause_one_call(sts: StsServer, clock: Clock) -> None:
    provider = assume_role(sts, clock)
    sts.delay = 0.2
    results: list[Credentials] = []
    threads = [threading.Thread(target=lambda: results.append(provider.get())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(sts.calls) == 1 and len(set(results)) == 1 and len(results) == 8


def test_a_bad_signature_is_an_error_with_the_code_and_request_id(
    sts: StsServer, clock: Clock
) -> None:
    provider = assume_role(sts, clock, secret_key="Wr0ngKeyWr0ngKeyWr0ngKey")
    with pytest.raises(CredentialsServiceError) as caught:
        provider.get()
    error = caught.value
    assert error.code == "AuthFailure.SignatureFailure"
    assert error.request_id and error.request_id in str(error)
    assert str(error).startswith("STS AssumeRole: ")
    assert ROLE_ARN in str(error)
    assert_no_secrets(str(error) + repr(error), ["Wr0ngKeyWr0ngKeyWr0ngKey"])


def test_an_unknown_role_is_an_error_with_the_code(sts: StsServer, clock: Clock) -> None:
    provider = StsAssumeRoleCredentials(
        "qcs::cam::uin/1:roleName/none",
        SESSION,
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        endpoint=sts.endpoint,
        clock=clock,
    )
    with pytest.raises(CredentialsServiceError) as caught:
        provider.get()
    assert caught.value.code == "ResourceNotFound.RoleNotExist"
    assert "[ResourceNotFound.RoleNotExist]" in str(caught.value)


def test_an_unreachable_sts_is_an_error_naming_it(clock: Clock) -> None:
    endpoint = f"http://127.0.0.1:{unused_port()}"
    provider = StsAssumeRoleCredentials(
        ROLE_ARN, SESSION, secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=endpoint
    )
    with pytest.raises(errors.CredentialsError) as caught:
        provider.get()
    assert str(caught.value).startswith("STS AssumeRole: ") and endpoint in str(caught.value)
    assert_no_secrets(str(caught.value))


def test_an_answer_that_is_not_sts_never_quotes_its_body(clock: Clock) -> None:
    body = b'{"TmpSecretKey": "TMPKEY-in-a-broken-answer", "Token": "TMPTOKEN-x"}'
    with CannedServer(body, status=502) as server:
        provider = assume_role(server, clock)
        with pytest.raises(errors.CredentialsError) as caught:
            provider.get()
    assert "HTTP 502" in str(caught.value)
    # Nothing chained either: the parse error's message quotes the body.
    assert caught.value.__cause__ is None and caught.value.__context__ is None
    assert_no_secrets(str(caught.value))


def test_an_answer_without_credentials_names_the_missing_fields(clock: Clock) -> None:
    body = b'{"Response": {"Credentials": {"TmpSecretId": "AKIDx"}, "RequestId": "req-1"}}'
    with CannedServer(body) as server:
        with pytest.raises(errors.CredentialsError) as caught:
            assume_role(server, clock).get()
    assert "TmpSecretKey, Token, ExpiredTime" in str(caught.value)
    assert "req-1" in str(caught.value)


def test_a_failing_source_is_named(sts: StsServer, clock: Clock) -> None:
    unreachable = CvmRoleCredentials(metadata_endpoint=f"http://127.0.0.1:{unused_port()}")
    provider = StsAssumeRoleCredentials(
        ROLE_ARN, SESSION, source=unreachable, endpoint=sts.endpoint, clock=clock
    )
    with pytest.raises(errors.CredentialsError, match="source credentials failed: CVM role"):
        provider.get()
    assert not sts.calls


def test_the_assume_role_provider_checks_its_arguments() -> None:
    with pytest.raises(errors.CredentialsError, match="pass both secret_id and secret_key"):
        StsAssumeRoleCredentials(ROLE_ARN, SESSION, secret_id="a")
    with pytest.raises(errors.CredentialsError, match="not both"):
        StsAssumeRoleCredentials(
            ROLE_ARN, SESSION, source=Credentials("a", "b"), secret_id="a", secret_key="b"
        )
    with pytest.raises(errors.CredentialsError, match="duration_seconds"):
        StsAssumeRoleCredentials(
            ROLE_ARN, SESSION, secret_id="a", secret_key="b", duration_seconds=43201
        )
    with pytest.raises(errors.CredentialsError, match="role_session_name"):
        StsAssumeRoleCredentials(ROLE_ARN, " ", secret_id="a", secret_key="b")
    with pytest.raises(errors.CredentialsError, match="source: expected a provider"):
        StsAssumeRoleCredentials(ROLE_ARN, SESSION, source="key")  # type: ignore[arg-type]


def test_the_assume_role_repr_names_settings_not_secrets() -> None:
    provider = StsAssumeRoleCredentials(
        ROLE_ARN, SESSION, secret_id=SECRET_ID, secret_key=SECRET_KEY
    )
    assert repr(provider) == (
        f"StsAssumeRoleCredentials(role_arn={ROLE_ARN!r}, role_session_name='sms-session', "
        "region='ap-guangzhou', duration_seconds=7200, "
        "endpoint='https://sts.tencentcloudapi.com', source=Credentials)"
    )
    assert SECRET_ID not in repr(provider)


def test_assume_role_credentials_come_to_async_callers(sts: StsServer, clock: Clock) -> None:
    provider = assume_role(sts, clock)

    async def ask() -> list[Credentials]:
        return list(await asyncio.gather(*(provider.get_async() for _ in range(16))))

    results = asyncio.run(ask())
    assert len(set(results)) == 1 and len(sts.calls) == 1


def test_no_secret_reaches_the_debug_log(
    sts: StsServer, metadata: MetadataServer, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    provider = assume_role(sts, clock)
    provider.get()
    clock.advance(7200)
    provider.get()
    cvm(metadata, clock).get()
    with pytest.raises(errors.CredentialsError):
        assume_role(sts, clock, secret_key="Wr0ngKeyWr0ngKeyWr0ngKey").get()
    assert any("new credentials" in record.getMessage() for record in caplog.records)
    text = "\n".join(record.getMessage() for record in caplog.records) + caplog.text
    assert_no_secrets(text, issued_secrets(sts.issued + metadata.issued))


# --- proxies ---------------------------------------------------------------------------------


def sts_answer(expired_time: int) -> bytes:
    credentials = {"TmpSecretId": "AKIDproxied", "TmpSecretKey": "TMPKEY-p", "Token": "TMPTOKEN-p"}
    document = {
        "Response": {"Credentials": credentials, "ExpiredTime": expired_time, "RequestId": "r-1"}
    }
    return json.dumps(document).encode()


@pytest.fixture
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "REQUEST_METHOD"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return monkeypatch


def test_sts_goes_through_the_proxy_of_the_environment(
    no_proxy_variables: pytest.MonkeyPatch, clock: Clock
) -> None:
    # The STS endpoint has nobody listening: only the proxy can have answered.
    with CannedServer(sts_answer(int(clock.now) + 3600)) as proxy:
        no_proxy_variables.setenv("http_proxy", proxy.endpoint)
        provider = StsAssumeRoleCredentials(
            ROLE_ARN,
            SESSION,
            secret_id=SECRET_ID,
            secret_key=SECRET_KEY,
            endpoint=f"http://127.0.0.1:{unused_port()}",
            clock=clock,
        )
        assert provider.get().secret_id == "AKIDproxied"
    assert proxy.requests == 1
    assert f"proxy={proxy.endpoint}" in repr(provider).replace("'", "")


def test_sts_with_proxy_none_connects_directly(
    no_proxy_variables: pytest.MonkeyPatch, sts: StsServer, clock: Clock
) -> None:
    with CannedServer(b"{}") as proxy:
        no_proxy_variables.setenv("http_proxy", proxy.endpoint)
        assume_role(sts, clock, proxy=None).get()
    assert proxy.requests == 0 and len(sts.calls) == 1


def test_the_metadata_service_is_never_reached_through_a_proxy(
    no_proxy_variables: pytest.MonkeyPatch, metadata: MetadataServer, clock: Clock
) -> None:
    with CannedServer(b"{}") as proxy:
        no_proxy_variables.setenv("http_proxy", proxy.endpoint)
        no_proxy_variables.setenv("all_proxy", proxy.endpoint)
        cvm(metadata, clock).get()
    assert proxy.requests == 0


def test_an_unusable_proxy_is_an_error_naming_the_provider(
    no_proxy_variables: pytest.MonkeyPatch,
) -> None:
    no_proxy_variables.setenv("https_proxy", "socks5://proxy.example:1080")
    with pytest.raises(errors.CredentialsError) as caught:
        StsAssumeRoleCredentials(ROLE_ARN, SESSION, secret_id=SECRET_ID, secret_key=SECRET_KEY)
    assert str(caught.value).startswith("STS AssumeRole: environment variable https_proxy")


# --- OIDC role / TKE -----------------------------------------------------------------------


def test_the_web_identity_call_is_unsigned_and_carries_the_token(
    sts: StsServer, clock: Clock, token_file: Path
) -> None:
    credentials = oidc(sts, clock, token_file).get()
    assert credentials == as_credentials(sts.issued[0])
    (call,) = sts.calls
    assert call.action == "AssumeRoleWithWebIdentity"
    assert call.headers["authorization"] == "SKIP"
    assert call.headers["x-tc-region"] == "ap-shanghai"
    assert call.headers["x-tc-version"] == "2018-08-13"
    assert "x-tc-token" not in call.headers
    assert call.payload == {
        "ProviderId": PROVIDER_ID,
        "WebIdentityToken": WEB_TOKEN_1,
        "RoleArn": ROLE_ARN,
        "RoleSessionName": SESSION,
        "DurationSeconds": 7200,
    }


def test_the_token_file_is_read_again_at_each_refresh(
    sts: StsServer, clock: Clock, token_file: Path
) -> None:
    provider = oidc(sts, clock, token_file)
    first = provider.get()
    token_file.write_text(WEB_TOKEN_2 + "\n")  # the cluster rotated it
    clock.advance(7200)
    second = provider.get()
    assert second == as_credentials(sts.issued[1]) != first
    assert [call.payload["WebIdentityToken"] for call in sts.calls] == [WEB_TOKEN_1, WEB_TOKEN_2]


def test_a_rejected_web_identity_token_is_an_error_without_the_token(
    sts: StsServer, clock: Clock, token_file: Path
) -> None:
    provider = oidc(sts, clock, token_file)
    token_file.write_text(WEB_TOKEN_2)
    sts.token_file = token_file.with_name("other")
    sts.token_file.write_text(WEB_TOKEN_1)
    with pytest.raises(CredentialsServiceError) as caught:
        provider.get()
    assert caught.value.code == "InvalidParameter.WebIdentityTokenError"
    assert str(caught.value).startswith("OIDC role: ")
    assert_no_secrets(str(caught.value) + repr(provider))


def test_a_missing_token_file_is_an_error_naming_it(
    sts: StsServer, clock: Clock, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-token"
    with pytest.raises(errors.CredentialsError) as caught:
        oidc(sts, clock, missing).get()
    assert str(missing) in str(caught.value) and "cannot read" in str(caught.value)
    assert not sts.calls


def test_a_web_identity_token_can_be_given_as_text(sts: StsServer, clock: Clock) -> None:
    provider = OidcRoleArnCredentials(
        region="ap-guangzhou",
        provider_id=PROVIDER_ID,
        role_arn=ROLE_ARN,
        web_identity_token=WEB_TOKEN_1,
        endpoint=sts.endpoint,
        clock=clock,
    )
    assert provider.get() == as_credentials(sts.issued[0])
    # No session name given: one is made per request.
    assert sts.calls[0].payload["RoleSessionName"].startswith("tcsms-")
    assert "web_identity_token=<set>" in repr(provider)
    assert_no_secrets(repr(provider))


def test_the_tke_environment_builds_the_provider(
    sts: StsServer, clock: Clock, token_file: Path
) -> None:
    environ = {
        "TKE_REGION": "ap-beijing",
        "TKE_PROVIDER_ID": PROVIDER_ID,
        "TKE_WEB_IDENTITY_TOKEN_FILE": str(token_file),
        "TKE_ROLE_ARN": ROLE_ARN,
    }
    provider = OidcRoleArnCredentials.from_tke_environment(
        environ, endpoint=sts.endpoint, clock=clock
    )
    assert provider.get() == as_credentials(sts.issued[0])
    (call,) = sts.calls
    assert call.headers["x-tc-region"] == "ap-beijing"
    assert call.payload["RoleArn"] == ROLE_ARN
    assert call.payload["WebIdentityToken"] == WEB_TOKEN_1
    assert call.payload["RoleSessionName"].startswith("tcsms-")
    assert repr(provider) == (
        f"OidcRoleArnCredentials(role_arn={ROLE_ARN!r}, region='ap-beijing', "
        f"duration_seconds=7200, endpoint={sts.endpoint!r}, provider_id={PROVIDER_ID!r}, "
        f"web_identity_token_file={str(token_file)!r})"
    )


def test_the_tke_environment_reads_os_environ_by_default(
    monkeypatch: pytest.MonkeyPatch, token_file: Path
) -> None:
    for name, value in zip(
        TKE_VARIABLES, ("ap-beijing", PROVIDER_ID, str(token_file), ROLE_ARN), strict=True
    ):
        monkeypatch.setenv(name, value)
    provider = OidcRoleArnCredentials.from_tke_environment()
    assert provider.region == "ap-beijing" and provider.web_identity_token_file == str(token_file)


@pytest.mark.parametrize(
    "unset", [TKE_VARIABLES, ("TKE_PROVIDER_ID",), ("TKE_REGION", "TKE_ROLE_ARN")]
)
def test_missing_tke_variables_are_named(unset: tuple[str, ...]) -> None:
    environ = {name: "x" for name in TKE_VARIABLES if name not in unset}
    environ.update({name: "" for name in unset[:1]})  # empty counts as unset
    with pytest.raises(errors.CredentialsError) as caught:
        OidcRoleArnCredentials.from_tke_environment(environ)
    message = str(caught.value)
    assert message.startswith("OIDC role: ")
    assert all(name in message for name in unset)
    assert not any(name in message for name in TKE_VARIABLES if name not in unset)


def test_the_oidc_provider_checks_its_arguments(token_file: Path) -> None:
    def build(**options: Any) -> OidcRoleArnCredentials:
        return OidcRoleArnCredentials(
            region="ap-guangzhou", provider_id=PROVIDER_ID, role_arn=ROLE_ARN, **options
        )

    with pytest.raises(errors.CredentialsError, match="one of web_identity_token_file"):
        build()
    with pytest.raises(errors.CredentialsError, match="one of web_identity_token_file"):
        build(web_identity_token_file=token_file, web_identity_token=WEB_TOKEN_1)
    with pytest.raises(errors.CredentialsError, match="endpoint"):
        build(web_identity_token=WEB_TOKEN_1, endpoint="sts/x")
    with pytest.raises(errors.CredentialsError, match="provider_id"):
        OidcRoleArnCredentials(
            region="ap-guangzhou", provider_id="", role_arn=ROLE_ARN, web_identity_token="t"
        )
