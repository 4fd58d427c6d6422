"""Endpoints, the language header, keep-alive and timeouts of both clients, over loopback HTTP."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest

from support.example_server import ExampleServer
from support.fault_server import DelayedReply, FaultServer
from support.sms_calls import PULL_SEND_STATUS, SECRET_ID, SECRET_KEY, SEND_SMS
from support.specs import sms_spec
from tcsms import (
    AsyncSmsClient,
    CallOptions,
    RequestTimeoutError,
    SmsClient,
    ValidationError,
    _service,
)

SPEC = sms_spec()
REGIONAL_HOSTS = {
    endpoint["region"]: endpoint["host"]
    for endpoint in SPEC["service"]["endpoints"]
    if "region" in endpoint
}
# Loopback calls answer in milliseconds; these leave room for a loaded machine either way.
SHORT_TIMEOUT = 0.3
SLOW_ANSWER_SECONDS = 3.0
TIMED_OUT_WITHIN = 2.0

Client = type[SmsClient] | type[AsyncSmsClient]
CLIENTS: list[Client] = [SmsClient, AsyncSmsClient]


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    with FaultServer(SPEC) as running:
        yield running


@pytest.fixture(scope="module")
def example_server() -> Iterator[ExampleServer]:
    with ExampleServer(SPEC, SECRET_ID, SECRET_KEY) as running:
        yield running


def credentials() -> dict[str, Any]:
    return {"secret_id": SECRET_ID, "secret_key": SECRET_KEY}


# Endpoints


def test_the_spec_documents_regional_endpoints() -> None:
    assert REGIONAL_HOSTS["ap-guangzhou"] == "sms.ap-guangzhou.tencentcloudapi.com"
    assert REGIONAL_HOSTS == _service.REGIONAL_ENDPOINTS


@pytest.mark.parametrize("client_class", CLIENTS, ids=["sync", "async"])
@pytest.mark.parametrize("region", sorted(REGIONAL_HOSTS))
def test_regional_endpoint_picks_the_documented_host_of_the_region(
    client_class: Client, region: str
) -> None:
    client = client_class(**credentials(), region=region, regional_endpoint=True)
    assert f"endpoint='https://{REGIONAL_HOSTS[region]}/'" in repr(client)
    assert f"region={region!r}" in repr(client)


@pytest.mark.parametrize("client_class", CLIENTS, ids=["sync", "async"])
def test_without_regional_endpoint_the_default_host_is_used(client_class: Client) -> None:
    client = client_class(**credentials(), region="ap-guangzhou")
    assert "endpoint='https://sms.tencentcloudapi.com/'" in repr(client)


@pytest.mark.parametrize("client_class", CLIENTS, ids=["sync", "async"])
def test_regional_endpoint_of_an_unknown_region_is_a_validation_error(client_class: Client) -> None:
    with pytest.raises(ValidationError) as caught:
        client_class(**credentials(), region="mars-olympus-1", regional_endpoint=True)
    assert "region" in str(caught.value)
    assert "mars-olympus-1" in str(caught.value)


def test_an_explicit_endpoint_wins_over_the_regional_one(example_server: ExampleServer) -> None:
    with SmsClient(
        **credentials(),
        region="ap-guangzhou",
        regional_endpoint=True,
        endpoint=example_server.endpoint,
    ) as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS)
    recorded = example_server.requests[-1]
    assert recorded.verification.ok
    assert recorded.headers["x-tc-region"] == "ap-guangzhou"


# Language header


def test_language_is_sent_as_x_tc_language_and_the_request_still_verifies(
    example_server: ExampleServer,
) -> None:
    with SmsClient(**credentials(), endpoint=example_server.endpoint, language="en-US") as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS)
    recorded = example_server.requests[-1]
    assert recorded.verification.ok, recorded.verification.detail
    assert recorded.headers["x-tc-language"] == "en-US"


def test_no_language_sends_no_language_header(example_server: ExampleServer) -> None:
    with SmsClient(**credentials(), endpoint=example_server.endpoint) as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS)
    assert "x-tc-language" not in example_server.requests[-1].headers


def test_async_client_sends_the_language_header(example_server: ExampleServer) -> None:
    async def main() -> None:
        async with AsyncSmsClient(
            **credentials(), endpoint=example_server.endpoint, language="zh-CN"
        ) as client:
            await client.pull_sms_send_status(**PULL_SEND_STATUS)

    asyncio.run(main())
    recorded = example_server.requests[-1]
    assert recorded.verification.ok, recorded.verification.detail
    assert recorded.headers["x-tc-language"] == "zh-CN"


# Keep-alive


def test_sequential_calls_reuse_one_connection(fault_server: FaultServer) -> None:
    with SmsClient(**credentials(), endpoint=fault_server.endpoint) as client:
        for _ in range(5):
            client.pull_sms_send_status(**PULL_SEND_STATUS)
        client.send_sms(**SEND_SMS)
    assert fault_server.count("PullSmsSendStatus") == 5
    assert fault_server.connection_count == 1
    assert {request.connection for request in fault_server.received()} == {0}


def test_async_sequential_calls_reuse_one_connection(fault_server: FaultServer) -> None:
    async def main() -> None:
        async with AsyncSmsClient(**credentials(), endpoint=fault_server.endpoint) as client:
            for _ in range(5):
                await client.pull_sms_send_status(**PULL_SEND_STATUS)
            await client.send_sms(**SEND_SMS)

    asyncio.run(main())
    assert len(fault_server.received()) == 6
    assert fault_server.connection_count == 1


def test_a_connection_broken_by_a_timeout_is_replaced_and_the_next_ones_reused(
    fault_server: FaultServer,
) -> None:
    fault_server.extend_script(DelayedReply(SLOW_ANSWER_SECONDS))
    with SmsClient(
        **credentials(), endpoint=fault_server.endpoint, timeout=SHORT_TIMEOUT
    ) as client:
        with pytest.raises(RequestTimeoutError):
            client.send_sms(**SEND_SMS)
        for _ in range(3):
            client.pull_sms_send_status(**PULL_SEND_STATUS)
    assert fault_server.connection_count == 2


# Timeouts


def test_the_clients_timeout_bounds_the_wait_for_an_answer(fault_server: FaultServer) -> None:
    fault_server.extend_script(DelayedReply(SLOW_ANSWER_SECONDS))
    with SmsClient(
        **credentials(), endpoint=fault_server.endpoint, timeout=SHORT_TIMEOUT
    ) as client:
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError) as caught:
            client.send_sms(**SEND_SMS)
    assert time.monotonic() - started < TIMED_OUT_WITHIN
    assert caught.value.request_sent is True


def test_a_per_call_read_timeout_shortens_the_clients(fault_server: FaultServer) -> None:
    fault_server.extend_script(DelayedReply(SLOW_ANSWER_SECONDS))
    with SmsClient(**credentials(), endpoint=fault_server.endpoint, timeout=30) as client:
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError):
            client.send_sms(**SEND_SMS, options=CallOptions(read_timeout=SHORT_TIMEOUT))
    assert time.monotonic() - started < TIMED_OUT_WITHIN


def test_a_per_call_read_timeout_lengthens_the_clients(fault_server: FaultServer) -> None:
    fault_server.extend_script(DelayedReply(0.8))
    with SmsClient(
        **credentials(), endpoint=fault_server.endpoint, timeout=SHORT_TIMEOUT
    ) as client:
        response = client.send_sms(**SEND_SMS, options=CallOptions(read_timeout=10))
        assert len(response.send_status_set or []) == 2
        with pytest.raises(RequestTimeoutError):  # the client's own timeout is untouched
            fault_server.extend_script(DelayedReply(SLOW_ANSWER_SECONDS))
            client.send_sms(**SEND_SMS)
    assert fault_server.count("SendSms") == 2


def test_async_timeouts_per_client_and_per_call(fault_server: FaultServer) -> None:
    fault_server.extend_script(
        DelayedReply(SLOW_ANSWER_SECONDS), DelayedReply(SLOW_ANSWER_SECONDS), DelayedReply(0.8)
    )

    async def main() -> list[float]:
        elapsed: list[float] = []
        async with (
            AsyncSmsClient(
                **credentials(), endpoint=fault_server.endpoint, timeout=SHORT_TIMEOUT
            ) as short,
            AsyncSmsClient(**credentials(), endpoint=fault_server.endpoint) as long,
        ):
            started = time.monotonic()
            with pytest.raises(RequestTimeoutError):
                await short.send_sms(**SEND_SMS)
            elapsed.append(time.monotonic() - started)
            started = time.monotonic()
            with pytest.raises(RequestTimeoutError):
                await long.send_sms(**SEND_SMS, options=CallOptions(read_timeout=SHORT_TIMEOUT))
            elapsed.append(time.monotonic() - started)
            await short.send_sms(**SEND_SMS, options=CallOptions(read_timeout=10))
        return elapsed

    elapsed = asyncio.run(main())
    assert all(seconds < TIMED_OUT_WITHIN for seconds in elapsed), elapsed
    assert fault_server.count("SendSms") == 3
