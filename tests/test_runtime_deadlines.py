"""A timeout bounds each attempt, and a size cap bounds each answer, in both clients.

Issue 8, section 2: against a server trickling its answer at 1 byte/s the sync client used to
return after minutes, and against an endless body it read hundreds of megabytes. Every case runs
over real loopback HTTP through the sync and the async client. Bounds on elapsed time are loose
(a few times the timeout): they tell "stops at the deadline" from "waits for the server", and
survive a loaded CI machine.
"""

from __future__ import annotations

import asyncio
import inspect
import math
import threading
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import pytest

from support.either_client import KINDS, Kind, call_once
from support.fault_server import EndlessBody, FaultServer, RawReply, SilentServer, Trickle
from support.sms_calls import SEND_SMS, pull_send_status_by_phone_number
from support.specs import sms_spec
from tcsms import AsyncSmsClient, CallOptions, NetworkError, RequestTimeoutError, SmsClient, errors
from tcsms._limits import DEFAULT_MAX_RESPONSE_BYTES

SPEC = sms_spec()
TIMEOUT = 0.5
# "Ended at the deadline", with room for a loaded machine; the trickles below last 10 s or more.
WITHIN = 3 * TIMEOUT
SMALL_CAP = 64 * 1024
# A trickle of the documented SendSms answer at this pace takes far longer than any bound here.
TRICKLE = Trickle(interval=0.05)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SPEC) as running:
        yield running


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    with SilentServer() as running:
        yield running


# Trickled answers


@pytest.mark.parametrize("kind", KINDS)
def test_a_trickled_answer_ends_at_the_deadline_and_send_sms_is_not_retried(
    kind: Kind, server: FaultServer
) -> None:
    server.extend_script(TRICKLE, TRICKLE, TRICKLE)
    outcome = call_once(kind, server.endpoint, "send_sms", SEND_SMS, timeout=TIMEOUT)
    assert isinstance(outcome.error, RequestTimeoutError), outcome.error
    assert outcome.error.request_sent is True
    assert outcome.error.attempts == 1
    assert outcome.seconds < WITHIN
    assert server.count("SendSms") == 1


@pytest.mark.parametrize("kind", KINDS)
def test_each_attempt_of_an_idempotent_action_gets_a_fresh_deadline(
    kind: Kind, server: FaultServer
) -> None:
    server.extend_script(TRICKLE, TRICKLE)
    outcome = call_once(
        kind,
        server.endpoint,
        "pull_sms_send_status_by_phone_number",
        pull_send_status_by_phone_number(),
        timeout=TIMEOUT,
        max_attempts=2,
    )
    assert isinstance(outcome.error, RequestTimeoutError), outcome.error
    assert outcome.error.attempts == 2
    assert outcome.seconds < 2 * WITHIN
    assert server.count("PullSmsSendStatusByPhoneNumber") == 2


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", ["timeout", "read_timeout"])  # read_timeout: the older name
def test_a_per_call_timeout_bounds_a_trickle_under_a_long_client_timeout(
    kind: Kind, name: str, server: FaultServer
) -> None:
    server.extend_script(TRICKLE)
    options = (
        CallOptions(timeout=TIMEOUT) if name == "timeout" else CallOptions(read_timeout=TIMEOUT)
    )
    outcome = call_once(kind, server.endpoint, "send_sms", SEND_SMS, options=options, timeout=60)
    assert isinstance(outcome.error, RequestTimeoutError), outcome.error
    assert outcome.seconds < WITHIN
    assert server.count("SendSms") == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_per_call_timeout_lengthens_a_short_client_timeout(
    kind: Kind, server: FaultServer
) -> None:
    # Some 600 bytes at 2 ms: well over the client's 0.1 s, well under the call's 30 s.
    server.extend_script(Trickle(interval=0.002))
    outcome = call_once(
        kind,
        server.endpoint,
        "pull_sms_send_status_by_phone_number",
        pull_send_status_by_phone_number(),
        options=CallOptions(timeout=30),
        timeout=0.1,
    )
    assert outcome.error is None, outcome.error
    assert outcome.result.request_id


# Endless answers


@pytest.mark.parametrize("framing", ["chunked", "length", "close"])
@pytest.mark.parametrize("kind", KINDS)
def test_an_endless_body_is_refused_at_max_response_bytes_with_bounded_memory(
    kind: Kind, framing: str, server: FaultServer
) -> None:
    server.extend_script(EndlessBody(framing), EndlessBody(framing))
    tracemalloc.start()
    try:
        outcome = call_once(
            kind,
            server.endpoint,
            "send_sms",
            SEND_SMS,
            timeout=30,
            max_response_bytes=SMALL_CAP,
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    error = outcome.error
    assert isinstance(error, errors.ResponseTooLargeError), error
    assert isinstance(error, errors.ResponseParseError)
    assert error.attempts == 1  # processed: SendSms is never sent again
    assert error.http_status == 200
    assert error.http_response is not None and error.http_response.body == b""
    assert str(SMALL_CAP) in str(error)
    assert outcome.seconds < 10
    assert peak < 4 * 1024 * 1024, peak  # a few buffers of the cap, not the stream
    assert server.count("SendSms") == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_per_call_max_response_bytes_overrides_the_clients(
    kind: Kind, server: FaultServer
) -> None:
    server.extend_script(EndlessBody("chunked"))
    outcome = call_once(
        kind,
        server.endpoint,
        "send_sms",
        SEND_SMS,
        options=CallOptions(max_response_bytes=SMALL_CAP),
        timeout=30,
    )
    assert isinstance(outcome.error, errors.ResponseTooLargeError), outcome.error
    # The documented answer fits well within the same cap.
    ok = call_once(kind, server.endpoint, "send_sms", SEND_SMS, max_response_bytes=SMALL_CAP)
    assert ok.error is None, ok.error


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_just_over_a_tiny_cap_is_refused(kind: Kind, server: FaultServer) -> None:
    outcome = call_once(
        kind,
        server.endpoint,
        "send_sms",
        SEND_SMS,
        options=CallOptions(max_response_bytes=10),
    )
    assert isinstance(outcome.error, errors.ResponseTooLargeError), outcome.error
    assert server.count("SendSms") == 1


# Connecting


@pytest.mark.parametrize("kind", KINDS)
def test_a_tls_handshake_that_never_completes_ends_at_the_deadline(
    kind: Kind, silent: SilentServer
) -> None:
    endpoint = f"https://127.0.0.1:{silent.port}"
    outcome = call_once(kind, endpoint, "send_sms", SEND_SMS, timeout=TIMEOUT, max_attempts=1)
    assert isinstance(outcome.error, RequestTimeoutError), outcome.error
    assert outcome.error.request_sent is False
    assert outcome.seconds < WITHIN


@pytest.mark.parametrize("kind", KINDS)
def test_a_stuck_handshake_is_retried_even_for_send_sms_since_nothing_was_sent(
    kind: Kind, silent: SilentServer
) -> None:
    endpoint = f"https://127.0.0.1:{silent.port}"
    outcome = call_once(kind, endpoint, "send_sms", SEND_SMS, timeout=0.3, max_attempts=3)
    assert isinstance(outcome.error, RequestTimeoutError), outcome.error
    assert outcome.error.attempts == 3
    assert silent.connection_count == 3


@pytest.mark.parametrize("kind", KINDS)
def test_connect_timeout_bounds_connecting_within_a_longer_deadline(
    kind: Kind, silent: SilentServer
) -> None:
    endpoint = f"https://127.0.0.1:{silent.port}"
    outcome = call_once(
        kind,
        endpoint,
        "send_sms",
        SEND_SMS,
        timeout=30,
        connect_timeout=TIMEOUT,
        max_attempts=1,
    )
    assert isinstance(outcome.error, RequestTimeoutError), outcome.error
    assert outcome.error.request_sent is False
    assert "connect" in str(outcome.error)
    assert outcome.seconds < WITHIN


@pytest.mark.parametrize("kind", KINDS)
def test_a_per_call_connect_timeout_overrides_the_clients(kind: Kind, silent: SilentServer) -> None:
    endpoint = f"https://127.0.0.1:{silent.port}"
    outcome = call_once(
        kind,
        endpoint,
        "send_sms",
        SEND_SMS,
        options=CallOptions(connect_timeout=TIMEOUT),
        timeout=30,
        max_attempts=1,
    )
    assert isinstance(outcome.error, RequestTimeoutError), outcome.error
    assert outcome.seconds < WITHIN


@pytest.mark.parametrize("kind", KINDS)
def test_an_unanswered_plain_request_times_out_after_sending(
    kind: Kind, silent: SilentServer
) -> None:
    endpoint = f"http://127.0.0.1:{silent.port}"
    outcome = call_once(kind, endpoint, "send_sms", SEND_SMS, timeout=TIMEOUT)
    assert isinstance(outcome.error, RequestTimeoutError), outcome.error
    assert outcome.error.request_sent is True
    assert outcome.error.attempts == 1
    assert outcome.seconds < WITHIN


# The rules of the values

BAD_SECONDS: list[Any] = [None, 0, 0.0, -1, -0.5, math.nan, math.inf, -math.inf, True, False, "3"]
BAD_BYTES: list[Any] = [None, 0, -1, 1.5, True, "1024", math.inf]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("value", BAD_SECONDS, ids=repr)
def test_a_bad_client_timeout_is_refused_at_construction(kind: Kind, value: Any) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        call_once(kind, "http://127.0.0.1:9", "send_sms", SEND_SMS, timeout=value)
    assert "timeout" in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("value", [v for v in BAD_SECONDS if v is not None], ids=repr)
def test_a_bad_client_connect_timeout_is_refused_at_construction(kind: Kind, value: Any) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        call_once(kind, "http://127.0.0.1:9", "send_sms", SEND_SMS, connect_timeout=value)
    assert "connect_timeout" in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("value", BAD_BYTES, ids=repr)
def test_a_bad_client_max_response_bytes_is_refused_at_construction(kind: Kind, value: Any) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        call_once(kind, "http://127.0.0.1:9", "send_sms", SEND_SMS, max_response_bytes=value)
    assert "max_response_bytes" in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
def test_a_connect_timeout_above_the_timeout_is_refused(kind: Kind) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        call_once(kind, "http://127.0.0.1:9", "send_sms", SEND_SMS, timeout=1, connect_timeout=2)
    assert "connect_timeout" in str(caught.value)


BAD_OPTIONS: list[CallOptions] = [
    *(CallOptions(timeout=value) for value in BAD_SECONDS if value is not None),
    *(CallOptions(read_timeout=value) for value in BAD_SECONDS if value is not None),
    *(CallOptions(connect_timeout=value) for value in BAD_SECONDS if value is not None),
    *(CallOptions(max_response_bytes=value) for value in BAD_BYTES if value is not None),
    CallOptions(timeout=1, read_timeout=1),
    CallOptions(timeout=1, connect_timeout=2),
    CallOptions(connect_timeout=120),  # above the client's timeout of 60
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("options", BAD_OPTIONS, ids=repr)
def test_bad_call_options_are_refused_before_any_traffic(
    kind: Kind, options: CallOptions, server: FaultServer
) -> None:
    outcome = call_once(kind, server.endpoint, "send_sms", SEND_SMS, options=options)
    assert isinstance(outcome.error, errors.ValidationError), outcome.error
    named = [name for name, value in options._asdict().items() if value is not None]
    assert any(name in str(outcome.error) for name in named), outcome.error
    assert server.connection_count == 0


@pytest.mark.parametrize("kind", KINDS)
def test_call_options_left_none_keep_the_clients_limits(kind: Kind, server: FaultServer) -> None:
    server.extend_script(TRICKLE)
    outcome = call_once(
        kind,
        server.endpoint,
        "send_sms",
        SEND_SMS,
        options=CallOptions(max_attempts=1),
        timeout=TIMEOUT,
    )
    assert isinstance(outcome.error, RequestTimeoutError), outcome.error
    assert outcome.seconds < WITHIN


def test_the_default_cap_is_16_mib_in_both_clients() -> None:
    assert DEFAULT_MAX_RESPONSE_BYTES == 16 * 1024 * 1024
    for client_class in (SmsClient, AsyncSmsClient):
        parameter = inspect.signature(client_class).parameters["max_response_bytes"]
        assert parameter.default == DEFAULT_MAX_RESPONSE_BYTES


# Nothing outside the error hierarchy


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "raw",
    [
        b"SSH-2.0-OpenSSH_9.6\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{}",
        b"\x16\x03\x01\x00\x05hello",
    ],
    ids=["not-http", "bad-length", "bad-chunk", "truncated", "tls-bytes"],
)
def test_a_broken_answer_is_a_network_error_after_sending(
    kind: Kind, raw: bytes, server: FaultServer
) -> None:
    server.extend_script(RawReply(raw))
    outcome = call_once(kind, server.endpoint, "send_sms", SEND_SMS, timeout=5)
    assert isinstance(outcome.error, NetworkError), outcome.error
    assert not isinstance(outcome.error, RequestTimeoutError)
    assert outcome.error.request_sent is True
    assert server.count("SendSms") == 1


def test_the_async_client_keeps_its_deadline_when_several_tasks_wait(
    server: FaultServer,
) -> None:
    server.extend_script(*([TRICKLE] * 4))

    async def scenario() -> list[BaseException | None]:
        async with AsyncSmsClient(
            secret_id="AKIDtest", secret_key="test", endpoint=server.endpoint, timeout=TIMEOUT
        ) as client:
            calls = [client.send_sms(**SEND_SMS) for _ in range(4)]
            results = await asyncio.gather(*calls, return_exceptions=True)
        return [r if isinstance(r, BaseException) else None for r in results]

    begun = time.monotonic()
    results = asyncio.run(scenario())
    assert time.monotonic() - begun < WITHIN
    assert all(isinstance(r, RequestTimeoutError) for r in results), results


def test_a_name_lookup_that_hangs_ends_at_the_connect_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sync client looks names up within the deadline too (the async one lets asyncio do it)."""
    import socket

    real_getaddrinfo = socket.getaddrinfo
    released = threading.Event()

    def slow_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "slow-dns.invalid":
            released.wait(10)
            raise socket.gaierror("released")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", slow_getaddrinfo)
    attempts = inspect.signature(SmsClient).parameters["max_attempts"].default
    try:
        outcome = call_once(
            "sync", "http://slow-dns.invalid:9", "send_sms", SEND_SMS, timeout=TIMEOUT
        )
    finally:
        released.set()
    assert isinstance(outcome.error, RequestTimeoutError), outcome.error
    assert outcome.error.request_sent is False
    assert outcome.error.attempts == attempts  # never reached the service: retried
    assert outcome.seconds < attempts * WITHIN


def test_localhost_connects_whichever_address_it_resolves_to_first() -> None:
    with FaultServer(sms_spec()) as server:
        port = server.endpoint.rsplit(":", 1)[1]
        outcome = call_once("sync", f"http://localhost:{port}", "send_sms", SEND_SMS)
    assert outcome.error is None, outcome.error
