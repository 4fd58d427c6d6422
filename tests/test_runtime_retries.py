"""Which failures the clients retry, against a fault-injecting loopback server.

The rule under test (issue 4, item 5): retry when the request provably did not reach the service or
the service says it did not process it; never retry a non-idempotent action (SendSms, and the queue
pulls, which hand each record out once) once its body may have reached the server, so that a retry
can never send an SMS twice or lose records. The server counts the requests it read completely, per
action, which is what "sent twice" means. ``tests/test_runtime_queue_actions.py`` has the queues.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from support.fault_server import (
    OK,
    Behaviour,
    DelayedReply,
    DropAfterRead,
    DropBeforeRead,
    ErrorReply,
    FaultServer,
    unused_port,
)
from support.sms_calls import (
    PULL_SEND_STATUS,
    SECRET_ID,
    SECRET_KEY,
    SEND_SMS,
    pull_send_status_by_phone_number,
)
from support.specs import sms_spec
from tcsms import (
    AsyncSmsClient,
    CallOptions,
    NetworkError,
    RequestTimeoutError,
    ServerError,
    SmsClient,
    errors,
)

SPEC = sms_spec()
# Short enough to keep the suite fast, long enough for a loaded machine to answer a local call.
READ_TIMEOUT = 0.5
SLOW_ANSWER = DelayedReply(3.0)

# Failures after which the request may have reached the service.
MAYBE_RECEIVED: dict[str, Behaviour] = {
    "connection closed after the request was read": DropAfterRead(),
    "connection reset after the request was read": DropAfterRead(reset=True),
    "answer slower than the read timeout": SLOW_ANSWER,
    "InternalError": ErrorReply("InternalError"),
    "InternalError.Timeout": ErrorReply("InternalError.Timeout"),
}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SPEC) as running:
        yield running


def sync_client(endpoint: str, **settings: Any) -> SmsClient:
    settings.setdefault("timeout", READ_TIMEOUT)
    return SmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=endpoint, **settings)


def async_client(endpoint: str, **settings: Any) -> AsyncSmsClient:
    settings.setdefault("timeout", READ_TIMEOUT)
    return AsyncSmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=endpoint, **settings)


def refused_endpoint() -> str:
    return f"http://127.0.0.1:{unused_port()}"


# SmsClient


def test_send_sms_is_retried_on_request_limit_exceeded_and_received_twice(
    server: FaultServer,
) -> None:
    server.extend_script(ErrorReply("RequestLimitExceeded"), OK)
    with sync_client(server.endpoint) as client:
        response = client.send_sms(**SEND_SMS)
    assert response.request_id == SPEC["actions"]["SendSms"]["examples"][0]["response"]["RequestId"]
    assert server.count("SendSms") == 2


@pytest.mark.parametrize("failure", list(MAYBE_RECEIVED), ids=list(MAYBE_RECEIVED))
def test_send_sms_is_never_retried_once_it_may_have_reached_the_server(
    server: FaultServer, failure: str
) -> None:
    server.extend_script(MAYBE_RECEIVED[failure], OK, OK)
    with sync_client(server.endpoint, max_attempts=3) as client:
        with pytest.raises((ServerError, NetworkError)) as caught:
            client.send_sms(**SEND_SMS)
    assert caught.value.attempts == 1
    assert server.count("SendSms") == 1
    if isinstance(caught.value, NetworkError):
        assert caught.value.request_sent is True
    if failure == "answer slower than the read timeout":
        assert isinstance(caught.value, RequestTimeoutError)


def test_send_sms_internal_error_carries_its_class_code_and_request_id(
    server: FaultServer,
) -> None:
    server.extend_script(ErrorReply("InternalError.Timeout"), OK)
    with sync_client(server.endpoint) as client:
        with pytest.raises(errors.InternalErrorTimeout) as caught:
            client.send_sms(**SEND_SMS)
    assert isinstance(caught.value, errors.InternalError)
    assert caught.value.code == "InternalError.Timeout"
    assert caught.value.request_id == server.error_request_ids[0]
    assert caught.value.attempts == 1


def test_send_sms_dropped_before_the_server_read_it_is_not_retried_either(
    server: FaultServer,
) -> None:
    # The client cannot tell "reset before reading" from "reset after reading": both are after
    # writing, so the request may have arrived.
    server.extend_script(DropBeforeRead(), OK)
    with sync_client(server.endpoint) as client:
        with pytest.raises(NetworkError) as caught:
            client.send_sms(**SEND_SMS)
    assert caught.value.request_sent is True
    assert caught.value.attempts == 1
    assert server.dropped_before_read == 1
    assert server.count("SendSms") == 0


@pytest.mark.parametrize(
    "failure", [*MAYBE_RECEIVED, "reset before reading"], ids=[*MAYBE_RECEIVED, "reset before"]
)
def test_idempotent_pull_by_phone_number_is_retried_after_the_same_failures(
    server: FaultServer, failure: str
) -> None:
    behaviour = MAYBE_RECEIVED.get(failure, DropBeforeRead())
    server.extend_script(behaviour, OK)
    with sync_client(server.endpoint) as client:
        response = client.pull_sms_send_status_by_phone_number(**pull_send_status_by_phone_number())
    assert len(response.pull_sms_send_status_set or []) == 2
    expected = 1 if isinstance(behaviour, DropBeforeRead) else 2
    assert server.count("PullSmsSendStatusByPhoneNumber") == expected
    assert len(server.answered) == 2


@pytest.mark.parametrize("action", ["SendSms", "PullSmsSendStatus"])
def test_failed_operation_is_never_retried(server: FaultServer, action: str) -> None:
    server.extend_script(ErrorReply("FailedOperation.PhoneNumberInBlacklist"), OK)
    with sync_client(server.endpoint) as client:
        with pytest.raises(errors.FailedOperation) as caught:
            if action == "SendSms":
                client.send_sms(**SEND_SMS)
            else:
                client.pull_sms_send_status(**PULL_SEND_STATUS)
    assert caught.value.attempts == 1
    assert caught.value.request_id == server.error_request_ids[0]
    assert server.count(action) == 1


@pytest.mark.parametrize("action", ["SendSms", "PullSmsSendStatus"])
def test_refused_connection_is_retried_up_to_max_attempts_for_any_action(action: str) -> None:
    with sync_client(refused_endpoint(), max_attempts=3) as client:
        with pytest.raises(NetworkError) as caught:
            if action == "SendSms":
                client.send_sms(**SEND_SMS)
            else:
                client.pull_sms_send_status(**PULL_SEND_STATUS)
    assert not isinstance(caught.value, RequestTimeoutError)
    assert caught.value.request_sent is False
    assert caught.value.attempts == 3


def test_client_max_attempts_bounds_the_retries(server: FaultServer) -> None:
    server.extend_script(*[ErrorReply("RequestLimitExceeded")] * 3, OK)
    with sync_client(server.endpoint, max_attempts=2) as client:
        with pytest.raises(errors.RequestLimitExceeded) as caught:
            client.send_sms(**SEND_SMS)
    assert caught.value.attempts == 2
    assert server.count("SendSms") == 2
    assert caught.value.request_id == server.error_request_ids[-1]


def test_exhausted_retries_raise_the_last_error_with_its_request_id(server: FaultServer) -> None:
    server.extend_script(*[ErrorReply("RequestLimitExceeded.UinLimitExceeded")] * 3)
    with sync_client(server.endpoint) as client:
        with pytest.raises(errors.RequestLimitExceededUinLimitExceeded) as caught:
            client.send_sms(**SEND_SMS)
    assert caught.value.attempts == 3
    assert caught.value.request_id == server.error_request_ids[2]
    assert server.count("SendSms") == 3


def test_per_call_max_attempts_of_one_disables_retries(server: FaultServer) -> None:
    server.extend_script(ErrorReply("RequestLimitExceeded"), OK)
    with sync_client(server.endpoint, max_attempts=5) as client:
        with pytest.raises(errors.RequestLimitExceeded) as caught:
            client.send_sms(**SEND_SMS, options=CallOptions(max_attempts=1))
        assert caught.value.attempts == 1
        assert server.count("SendSms") == 1
        client.send_sms(**SEND_SMS)  # the client's own setting is untouched
    assert server.count("SendSms") == 2


def test_per_call_max_attempts_may_exceed_the_clients(server: FaultServer) -> None:
    server.extend_script(ErrorReply("RequestLimitExceeded"), ErrorReply("RequestLimitExceeded"), OK)
    with sync_client(server.endpoint, max_attempts=1) as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS, options=CallOptions(max_attempts=3))
    assert server.count("PullSmsSendStatus") == 3


def test_per_call_max_attempts_applies_to_refused_connections() -> None:
    with sync_client(refused_endpoint(), max_attempts=4) as client:
        with pytest.raises(NetworkError) as caught:
            client.pull_sms_send_status(**PULL_SEND_STATUS, options=CallOptions(max_attempts=2))
    assert caught.value.attempts == 2


@pytest.mark.parametrize(
    ("code", "action", "attempts"),
    [
        ("RequestLimitExceeded", "SendSms", 3),
        ("InternalError", "SendSms", 1),
        ("InternalError.Timeout", "PullSmsSendStatusByPhoneNumber", 3),
        ("InternalError.Timeout", "PullSmsSendStatus", 1),
        ("FailedOperation.JsonParseFail", "SendSms", 1),
        ("AuthFailure.SignatureFailure", "PullSmsSendStatus", 1),
        ("LimitExceeded.PhoneNumberDailyLimit", "SendSms", 1),
        ("NoSuchCode.Invented", "PullSmsSendStatus", 1),
    ],
)
def test_every_server_error_carries_request_id_and_attempts(
    server: FaultServer, code: str, action: str, attempts: int
) -> None:
    server.extend_script(*[ErrorReply(code)] * 3)
    with sync_client(server.endpoint) as client:
        with pytest.raises(ServerError) as caught:
            if action == "SendSms":
                client.send_sms(**SEND_SMS)
            elif action == "PullSmsSendStatus":
                client.pull_sms_send_status(**PULL_SEND_STATUS)
            else:
                client.pull_sms_send_status_by_phone_number(**pull_send_status_by_phone_number())
    assert caught.value.code == code
    assert caught.value.attempts == attempts
    assert caught.value.request_id == server.error_request_ids[attempts - 1]
    assert server.count(action) == attempts


# AsyncSmsClient


def test_async_send_sms_is_retried_on_request_limit_exceeded_and_received_twice(
    server: FaultServer,
) -> None:
    server.extend_script(ErrorReply("RequestLimitExceeded"), OK)

    async def main() -> None:
        async with async_client(server.endpoint) as client:
            response = await client.send_sms(**SEND_SMS)
        assert len(response.send_status_set or []) == 2

    asyncio.run(main())
    assert server.count("SendSms") == 2


@pytest.mark.parametrize("failure", list(MAYBE_RECEIVED), ids=list(MAYBE_RECEIVED))
def test_async_send_sms_is_never_retried_once_it_may_have_reached_the_server(
    server: FaultServer, failure: str
) -> None:
    server.extend_script(MAYBE_RECEIVED[failure], OK, OK)

    async def main() -> BaseException:
        async with async_client(server.endpoint, max_attempts=3) as client:
            with pytest.raises((ServerError, NetworkError)) as caught:
                await client.send_sms(**SEND_SMS)
        return caught.value

    error = asyncio.run(main())
    assert isinstance(error, ServerError | NetworkError)
    assert error.attempts == 1
    assert server.count("SendSms") == 1
    if isinstance(error, NetworkError):
        assert error.request_sent is True
    if failure == "answer slower than the read timeout":
        assert isinstance(error, RequestTimeoutError)


@pytest.mark.parametrize("failure", list(MAYBE_RECEIVED), ids=list(MAYBE_RECEIVED))
def test_async_idempotent_pull_by_phone_number_is_retried_after_the_same_failures(
    server: FaultServer, failure: str
) -> None:
    server.extend_script(MAYBE_RECEIVED[failure], OK)

    async def main() -> None:
        async with async_client(server.endpoint) as client:
            await client.pull_sms_send_status_by_phone_number(**pull_send_status_by_phone_number())

    asyncio.run(main())
    assert server.count("PullSmsSendStatusByPhoneNumber") == 2


@pytest.mark.parametrize("action", ["SendSms", "PullSmsSendStatus"])
def test_async_refused_connection_is_retried_up_to_max_attempts_for_any_action(
    action: str,
) -> None:
    async def main() -> NetworkError:
        async with async_client(refused_endpoint(), max_attempts=3) as client:
            with pytest.raises(NetworkError) as caught:
                if action == "SendSms":
                    await client.send_sms(**SEND_SMS)
                else:
                    await client.pull_sms_send_status(**PULL_SEND_STATUS)
        return caught.value

    error = asyncio.run(main())
    assert error.request_sent is False
    assert error.attempts == 3


def test_async_per_call_max_attempts_and_request_id(server: FaultServer) -> None:
    server.extend_script(*[ErrorReply("RequestLimitExceeded")] * 3)

    async def main() -> errors.RequestLimitExceeded:
        async with async_client(server.endpoint, max_attempts=3) as client:
            with pytest.raises(errors.RequestLimitExceeded) as caught:
                await client.send_sms(**SEND_SMS, options=CallOptions(max_attempts=1))
        return caught.value

    error = asyncio.run(main())
    assert error.attempts == 1
    assert error.request_id == server.error_request_ids[0]
    assert server.count("SendSms") == 1
