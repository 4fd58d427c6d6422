"""Role credentials through both clients, over loopback: metadata and STS fakes hand out
temporary keys, and the emulator accepts exactly the set handed out last (``on_issue``), so a call
that succeeds shows the client signed with the current credentials, not older ones.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from emulator_support.raw import APP_ID

from support.credential_servers import Issued, MetadataServer, StsServer
from support.fault_server import unused_port
from support.sms_calls import SECRET_ID, SECRET_KEY
from tcsms import (
    AsyncSmsClient,
    CvmRoleCredentials,
    DefaultCredentialsChain,
    OidcRoleArnCredentials,
    SmsClient,
    StsAssumeRoleCredentials,
    _cvm_role,
    _refresh,
    _sts_credentials,
    errors,
)
from tcsms.emulator import Emulator
from tcsms.emulator.protocol import Credentials as AcceptedCredentials

ROLE = "sms-sender"
ROLE_ARN = "qcs::cam::uin/100000000001:roleName/sms-sender"
LIFETIME = 7200


class Clock:
    def __init__(self) -> None:
        import time

        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(rate_limits=False) as running:
        yield running


def accept(emulator: Emulator) -> Callable[[Issued], None]:
    """An ``on_issue`` hook: from now on the emulator takes only the credentials just issued."""

    def issued(credentials: Issued) -> None:
        emulator.credentials = AcceptedCredentials(
            credentials.secret_id, credentials.secret_key, credentials.token
        )

    return issued


@pytest.fixture
def metadata(emulator: Emulator, clock: Clock) -> Iterator[MetadataServer]:
    with MetadataServer(ROLE, lifetime=LIFETIME, clock=clock) as server:
        server.on_issue = accept(emulator)
        yield server


def pull(client: SmsClient) -> None:
    client.pull_sms_send_status(limit=1, sms_sdk_app_id=APP_ID)


async def pull_async(client: AsyncSmsClient) -> None:
    await client.pull_sms_send_status(limit=1, sms_sdk_app_id=APP_ID)


def credential_paths(metadata: MetadataServer) -> list[str]:
    return [path for path in metadata.paths if path.endswith(ROLE)]


def test_the_sync_client_sees_the_instance_role_rotate(
    emulator: Emulator, metadata: MetadataServer, clock: Clock
) -> None:
    role = CvmRoleCredentials(metadata_endpoint=metadata.endpoint, clock=clock)
    with SmsClient(endpoint=emulator.endpoint, credentials=role) as client:
        pull(client)
        clock.now += LIFETIME - _refresh.DEFAULT_REFRESH_MARGIN - 1
        pull(client)
        assert len(metadata.issued) == 1
        clock.now += 2  # inside the margin: the client asks again and gets the new set
        metadata.rotate()
        pull(client)
    assert len(metadata.issued) == 2
    assert len(credential_paths(metadata)) == 2


def test_the_async_client_sees_the_instance_role_rotate(
    emulator: Emulator, metadata: MetadataServer, clock: Clock
) -> None:
    role = CvmRoleCredentials(metadata_endpoint=metadata.endpoint, clock=clock)

    async def main() -> None:
        async with AsyncSmsClient(endpoint=emulator.endpoint, credentials=role) as client:
            await pull_async(client)
            clock.now += LIFETIME  # expired: every call waits for the new set
            metadata.rotate()
            await pull_async(client)

    asyncio.run(main())
    assert len(credential_paths(metadata)) == 2


def test_64_concurrent_calls_ask_the_metadata_service_once(
    emulator: Emulator, metadata: MetadataServer, clock: Clock
) -> None:
    metadata.delay = 0.1
    role = CvmRoleCredentials(metadata_endpoint=metadata.endpoint, clock=clock)

    async def main() -> None:
        async with AsyncSmsClient(endpoint=emulator.endpoint, credentials=role) as client:
            await asyncio.gather(*(pull_async(client) for _ in range(64)))
            clock.now += LIFETIME
            metadata.rotate()
            await asyncio.gather(*(pull_async(client) for _ in range(64)))

    before = emulator.admin.requests_received()
    asyncio.run(main())
    assert emulator.admin.requests_received() - before == 128
    # One role listing, and one credentials request per generation.
    assert metadata.paths.count(_cvm_role.ROLES_PATH) == 1
    assert len(credential_paths(metadata)) == 2


def test_a_failing_metadata_service_with_valid_credentials_keeps_the_client_working(
    emulator: Emulator, metadata: MetadataServer, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    role = CvmRoleCredentials(metadata_endpoint=metadata.endpoint, clock=clock)
    with SmsClient(endpoint=emulator.endpoint, credentials=role) as client:
        pull(client)
        metadata.status = 500
        clock.now += LIFETIME - _refresh.DEFAULT_REFRESH_MARGIN + 1
        pull(client)
        assert "CVM role: refresh failed" in caplog.text
        clock.now += _refresh.DEFAULT_REFRESH_MARGIN
        with pytest.raises(errors.CredentialsError, match=r"^CVM role: the credentials expired"):
            pull(client)


def test_assume_role_credentials_sign_the_clients_calls(emulator: Emulator, clock: Clock) -> None:
    with StsServer({SECRET_ID: SECRET_KEY}, {ROLE_ARN}, clock=clock) as sts:
        sts.on_issue = accept(emulator)
        role = StsAssumeRoleCredentials(
            ROLE_ARN,
            "campaign",
            secret_id=SECRET_ID,
            secret_key=SECRET_KEY,
            endpoint=sts.endpoint,
            clock=clock,
        )
        with SmsClient(endpoint=emulator.endpoint, credentials=role) as client:
            pull(client)
            clock.now += LIFETIME
            pull(client)
    assert [call.action for call in sts.calls] == ["AssumeRole", "AssumeRole"]
    assert all(call.verification is not None and call.verification.ok for call in sts.calls)


def test_the_default_chain_takes_the_instance_role_when_nothing_local_is_set(
    emulator: Emulator,
    metadata: MetadataServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    isolate(monkeypatch, tmp_path)
    monkeypatch.setattr(_cvm_role, "METADATA_ENDPOINT", metadata.endpoint)
    with SmsClient(endpoint=emulator.endpoint) as client:
        assert "roles not asked yet" in repr(client)
        pull(client)
        assert "CvmRoleCredentials(role=None" in repr(client)


def test_the_default_chain_falls_back_to_the_tke_role(
    emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate(monkeypatch, tmp_path)
    monkeypatch.setattr(_cvm_role, "METADATA_ENDPOINT", f"http://127.0.0.1:{unused_port()}")
    token_file = tmp_path / "token"
    token_file.write_text("eyJ.pod-token.sig")
    with StsServer({}, {ROLE_ARN}, provider_id="tke-oidc", token_file=token_file) as sts:
        sts.on_issue = accept(emulator)
        monkeypatch.setattr(_sts_credentials, "STS_ENDPOINT", sts.endpoint)
        for name, value in zip(
            _sts_credentials.TKE_VARIABLES,
            ("ap-guangzhou", "tke-oidc", str(token_file), ROLE_ARN),
            strict=True,
        ):
            monkeypatch.setenv(name, value)

        async def main() -> None:
            async with AsyncSmsClient(endpoint=emulator.endpoint) as client:
                await pull_async(client)
                assert "OidcRoleArnCredentials(" in repr(client)

        asyncio.run(main())
    assert [call.action for call in sts.calls] == ["AssumeRoleWithWebIdentity"]


def test_the_chain_prefers_the_environment_and_never_asks_a_role(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate(monkeypatch, tmp_path)
    with MetadataServer(ROLE) as metadata:
        monkeypatch.setattr(_cvm_role, "METADATA_ENDPOINT", metadata.endpoint)
        chain = DefaultCredentialsChain(
            environ={"TENCENTCLOUD_SECRET_ID": SECRET_ID, "TENCENTCLOUD_SECRET_KEY": SECRET_KEY}
        )
        assert chain.get().secret_id == SECRET_ID
    assert metadata.paths == []


def test_every_role_provider_is_exported() -> None:
    for provider in (CvmRoleCredentials, StsAssumeRoleCredentials, OidcRoleArnCredentials):
        assert issubclass(provider, _refresh.RefreshingCredentials)


def isolate(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """No credential variables, an empty home and no system-wide profile file."""
    from tcsms import _credentials

    for name in (
        "TENCENTCLOUD_SECRET_ID",
        "TENCENTCLOUD_SECRET_KEY",
        "TENCENTCLOUD_TOKEN",
        "TENCENTCLOUD_SESSION_TOKEN",
        "TENCENTCLOUD_PROFILE",
        "TENCENTCLOUD_CREDENTIALS_FILE",
        *_sts_credentials.TKE_VARIABLES,
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(_credentials, "SYSTEM_CREDENTIALS_FILE", str(home / "etc-credentials"))
