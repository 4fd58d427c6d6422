"""Credentials from each source, verified over loopback HTTP, and secrets that never leak.

Every source must produce requests the example server (support/example_server.py, an independent
TC3 verifier) accepts, with the token when one is set. The secret key and the token must never
appear in a repr (the client's, or that of any of its attributes, which error trackers capture), an
exception's text, or a log record at any level, for successful and failing calls.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.example_server import ExampleServer
from support.fault_server import DelayedReply, DropAfterRead, ErrorReply, FaultServer, unused_port
from support.sms_calls import PULL_SEND_STATUS, SECRET_ID, SECRET_KEY, SEND_SMS, TOKEN
from support.specs import sms_spec
from tcsms import AsyncSmsClient, Credentials, SmsClient, TencentCloudError, errors

SPEC = sms_spec()
SECRETS = (SECRET_KEY, TOKEN)
CREDENTIAL_VARIABLES = (
    "TENCENTCLOUD_SECRET_ID",
    "TENCENTCLOUD_SECRET_KEY",
    "TENCENTCLOUD_TOKEN",
    "TENCENTCLOUD_SESSION_TOKEN",
    "TENCENTCLOUD_PROFILE",
    "TENCENTCLOUD_CREDENTIALS_FILE",
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty home directory and no credential variables: only what a test sets is found."""
    for name in CREDENTIAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def token_server() -> Iterator[ExampleServer]:
    with ExampleServer(SPEC, SECRET_ID, SECRET_KEY, token=TOKEN) as running:
        yield running


@pytest.fixture
def server() -> Iterator[ExampleServer]:
    with ExampleServer(SPEC, SECRET_ID, SECRET_KEY) as running:
        yield running


def write_profile_file(home: Path, text: str) -> Path:
    path = home / ".tencentcloud" / "credentials"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return path


def assert_verified(server: ExampleServer, token: str | None) -> None:
    recorded = server.requests[-1]
    assert recorded.verification.ok, recorded.verification.detail
    assert recorded.verification.secret_id == SECRET_ID
    assert recorded.error_code is None
    assert recorded.headers.get("x-tc-token") == token


# Sources


def test_explicit_arguments_with_a_token_are_verified(
    home: Path, token_server: ExampleServer
) -> None:
    with SmsClient(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, token=TOKEN, endpoint=token_server.endpoint
    ) as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS)
    assert_verified(token_server, TOKEN)


@pytest.mark.parametrize("token_variable", ["TENCENTCLOUD_TOKEN", "TENCENTCLOUD_SESSION_TOKEN"])
def test_environment_variables_with_a_token_are_verified(
    home: Path,
    token_server: ExampleServer,
    monkeypatch: pytest.MonkeyPatch,
    token_variable: str,
) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", SECRET_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)
    monkeypatch.setenv(token_variable, TOKEN)
    with SmsClient(endpoint=token_server.endpoint) as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS)
    assert_verified(token_server, TOKEN)


def test_environment_variables_without_a_token_send_none(
    home: Path, server: ExampleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", SECRET_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)
    with SmsClient(endpoint=server.endpoint) as client:
        client.send_sms(**SEND_SMS)
    assert_verified(server, None)


def test_default_profile_of_the_home_credentials_file_is_verified(
    home: Path, server: ExampleServer
) -> None:
    write_profile_file(home, f"[default]\nsecret_id = {SECRET_ID}\nsecret_key = {SECRET_KEY}\n")
    with SmsClient(endpoint=server.endpoint) as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS)
    assert_verified(server, None)


def test_named_profile_of_the_home_credentials_file_is_verified(
    home: Path, server: ExampleServer
) -> None:
    write_profile_file(
        home,
        "[default]\nsecret_id = AKIDotherEXAMPLE\nsecret_key = other\n\n"
        f'[work]\nsecret_id = "{SECRET_ID}"\nsecret_key = "{SECRET_KEY}"\n',
    )
    with SmsClient(profile="work", endpoint=server.endpoint) as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS)
    assert_verified(server, None)


def test_async_client_reads_the_environment_too(
    home: Path, token_server: ExampleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", SECRET_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)
    monkeypatch.setenv("TENCENTCLOUD_SESSION_TOKEN", TOKEN)

    async def main() -> None:
        async with AsyncSmsClient(endpoint=token_server.endpoint) as client:
            await client.pull_sms_send_status(**PULL_SEND_STATUS)

    asyncio.run(main())
    assert_verified(token_server, TOKEN)


def test_async_client_reads_the_profile_file_too(home: Path, server: ExampleServer) -> None:
    write_profile_file(home, f"[default]\nsecret_id = {SECRET_ID}\nsecret_key = {SECRET_KEY}\n")

    async def main() -> None:
        async with AsyncSmsClient(endpoint=server.endpoint) as client:
            await client.pull_sms_send_status(**PULL_SEND_STATUS)

    asyncio.run(main())
    assert_verified(server, None)


@pytest.fixture
def no_metadata_service(monkeypatch: pytest.MonkeyPatch) -> str:
    """The CVM metadata service the default chain asks last, at a loopback port nobody serves."""
    from tcsms import _cvm_role, _sts_credentials

    endpoint = f"http://127.0.0.1:{unused_port()}"
    monkeypatch.setattr(_cvm_role, "METADATA_ENDPOINT", endpoint)
    for name in _sts_credentials.TKE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return endpoint


def assert_names_every_place(message: str, home: Path, metadata_endpoint: str) -> None:
    assert "secret_id" in message
    assert "TENCENTCLOUD_SECRET_ID" in message
    assert "TENCENTCLOUD_SECRET_KEY" in message
    assert str(home / ".tencentcloud" / "credentials") in message
    assert "/etc/tencentcloud/credentials" in message
    assert "[default]" in message
    assert "CVM role (CVM role: " in message and metadata_endpoint in message
    assert "TKE OIDC role" in message and "TKE_REGION" in message


def test_no_credentials_anywhere_is_an_error_naming_every_place(
    home: Path, no_metadata_service: str
) -> None:
    # Nothing local: the client is built, and its first call asks the roles (no role here).
    with SmsClient(endpoint="http://127.0.0.1:9") as client:
        with pytest.raises(errors.CredentialsError) as caught:
            client.pull_sms_send_status(**PULL_SEND_STATUS)
    assert_names_every_place(str(caught.value), home, no_metadata_service)


def test_async_client_without_credentials_raises_the_same_error(
    home: Path, no_metadata_service: str
) -> None:
    async def main() -> None:
        async with AsyncSmsClient(endpoint="http://127.0.0.1:9") as client:
            await client.pull_sms_send_status(**PULL_SEND_STATUS)

    with pytest.raises(errors.CredentialsError) as caught:
        asyncio.run(main())
    assert_names_every_place(str(caught.value), home, no_metadata_service)


# Secrets never leak


def secrets_in(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


def leaking_attributes(root: object, name: str) -> list[str]:
    """Paths of every object reachable from ``root`` whose repr or str shows a secret.

    Recurses through the package's own objects and plain containers. ``Credentials`` is where the
    secrets live: its repr must hide them, and its fields are not walked (they are the secrets).
    """
    leaks: list[str] = []
    seen: set[int] = set()

    def walk(value: object, path: str) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        if secrets_in(repr(value)) or secrets_in(str(value)):
            leaks.append(path)
        if isinstance(value, Credentials | str | bytes | int | float | bool | type(None)):
            return
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}[{key!r}]")
        elif isinstance(value, list | tuple | set | frozenset):
            for index, item in enumerate(value):
                walk(item, f"{path}[{index}]")
        elif type(value).__module__.startswith("tcsms"):
            for attribute, item in _attributes(value).items():
                walk(item, f"{path}.{attribute}")

    walk(root, name)
    return leaks


def _attributes(value: object) -> dict[str, object]:
    found: dict[str, object] = dict(getattr(value, "__dict__", {}))
    for cls in type(value).__mro__:
        for slot in getattr(cls, "__slots__", ()):
            if hasattr(value, slot):
                found[slot] = getattr(value, slot)
    return found


def test_no_repr_of_the_client_or_its_attributes_shows_a_secret(
    home: Path, token_server: ExampleServer
) -> None:
    with SmsClient(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, token=TOKEN, endpoint=token_server.endpoint
    ) as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS)  # the pool now holds a connection
        assert secrets_in(repr(client)) == []
        assert "AKID…MPLE" in repr(client)  # masked, but recognisable
        walked = _attributes(client._settings)
        assert "builder" in walked and "credentials" in walked  # what the walk must reach
        assert leaking_attributes(client, "client") == []


def test_no_repr_of_the_async_client_or_its_attributes_shows_a_secret(
    home: Path, token_server: ExampleServer
) -> None:
    async def main() -> tuple[str, list[str]]:
        async with AsyncSmsClient(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, token=TOKEN, endpoint=token_server.endpoint
        ) as client:
            await client.pull_sms_send_status(**PULL_SEND_STATUS)
            return repr(client), leaking_attributes(client, "client")

    text, leaks = asyncio.run(main())
    assert secrets_in(text) == []
    assert leaks == []


def failing_calls(endpoint: str) -> list[TencentCloudError]:
    """Errors of every kind a call can end in, each with the secret key and token configured."""
    caught: list[TencentCloudError] = []
    clients = [
        SmsClient(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, token=TOKEN, endpoint=endpoint, timeout=0.5
        ),
        SmsClient(
            secret_id=SECRET_ID,
            secret_key=SECRET_KEY,
            token=TOKEN,
            endpoint=f"http://127.0.0.1:{unused_port()}",
            max_attempts=2,
        ),
    ]
    calls: list[dict[str, Any]] = [
        SEND_SMS,
        SEND_SMS,
        SEND_SMS,
        {**SEND_SMS, "sms_sdk_app_id": None},
    ]
    for client in clients:
        with client:
            for arguments in calls:
                try:
                    client.send_sms(**arguments)
                except TencentCloudError as error:
                    caught.append(error)
    partial_credentials: list[dict[str, Any]] = [
        {"secret_id": SECRET_ID},
        {"secret_key": SECRET_KEY},
        {"token": TOKEN},
        {"secret_id": SECRET_ID, "secret_key": f" {SECRET_KEY}"},
    ]
    for arguments in partial_credentials:
        try:
            SmsClient(endpoint=endpoint, **arguments)
        except TencentCloudError as error:
            caught.append(error)
    return caught


def test_no_exception_text_shows_a_secret(home: Path) -> None:
    with FaultServer(SPEC) as server:
        server.extend_script(
            ErrorReply("AuthFailure.SignatureFailure"), DropAfterRead(), DelayedReply(3.0)
        )
        caught = failing_calls(server.endpoint)
    kinds = {type(error).__name__ for error in caught}
    assert {
        "AuthFailureSignatureFailure",
        "NetworkError",
        "RequestTimeoutError",
        "ValidationError",
        "CredentialsError",
    } <= kinds
    for error in caught:
        assert secrets_in(str(error)) == [], type(error)
        assert secrets_in(repr(error)) == [], type(error)
        assert secrets_in(repr(vars(error))) == [], type(error)


def test_debug_logs_of_successful_and_failing_calls_show_no_secret(
    home: Path, token_server: ExampleServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with SmsClient(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, token=TOKEN, endpoint=token_server.endpoint
    ) as client:
        client.send_sms(**SEND_SMS)
        client.pull_sms_send_status(**PULL_SEND_STATUS)

    async def main() -> None:
        async with AsyncSmsClient(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, token=TOKEN, endpoint=token_server.endpoint
        ) as client:
            await client.send_sms(**SEND_SMS)

    asyncio.run(main())
    with FaultServer(SPEC) as server:
        server.extend_script(
            ErrorReply("RequestLimitExceeded"), ErrorReply("AuthFailure.SignatureFailure")
        )
        failing_calls(server.endpoint)

    tcsms_records = [record for record in caplog.records if record.name.startswith("tcsms")]
    assert len(tcsms_records) >= 8  # successes, a retried limit, failures: all were logged
    assert secrets_in(caplog.text) == []
    for record in caplog.records:
        assert secrets_in(record.getMessage()) == [], record.getMessage()
        assert secrets_in(repr(record.args)) == []
        assert secrets_in(repr(record.__dict__)) == []
