"""A retry is a new request: signed again, with the time of its own attempt (and, for signature
v1, a new Nonce), never the first attempt's bytes sent once more.

The clock the request builder reads (``time.time``) is replaced by one that moves 30 seconds on at
each reading, so any two signings differ in their timestamp. The fault server answers the first
attempt with ``RequestLimitExceeded`` (the service did not process it, so SendSms is retried) and
records both requests as they arrived; each must carry its own timestamp and a signature that
verifies for it, checked by the independent verifiers of the test servers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from support import tc3_verifier, v1_server
from support.either_client import KINDS, Kind, call_once
from support.fake_time import SteppingClock, record_sleeps
from support.fault_server import OK, ErrorReply, FaultServer, ReceivedRequest
from support.sms_calls import SECRET_ID, SECRET_KEY, SEND_SMS
from support.specs import sms_spec

SPEC = sms_spec()
SECRETS = {SECRET_ID: SECRET_KEY}
# Far more than the time a real attempt takes, far less than the allowed clock skew.
CLOCK_STEP_SECONDS = 30.0


@dataclass(frozen=True)
class V1Setting:
    sign_method: str
    http_method: str


V1_SETTINGS = {
    "HmacSHA256 POST": V1Setting("HmacSHA256", "POST"),
    "HmacSHA1 GET": V1Setting("HmacSHA1", "GET"),
}


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> SteppingClock:
    record_sleeps(monkeypatch)  # no real waiting between the attempts
    return SteppingClock(CLOCK_STEP_SECONDS).install(monkeypatch)


def send_sms_retried_once(kind: Kind, **settings: Any) -> list[ReceivedRequest]:
    """SendSms answered RequestLimitExceeded, then OK: the two requests the server read."""
    with FaultServer(SPEC, [ErrorReply("RequestLimitExceeded"), OK]) as server:
        outcome = call_once(kind, server.endpoint, "send_sms", SEND_SMS, **settings)
        received = server.received("SendSms")
    assert outcome.error is None
    assert len(received) == 2
    return received


def tc3_verification(request: ReceivedRequest) -> tc3_verifier.VerificationResult:
    """The TC3 check of ``request``, as of the time it claims to have been signed."""
    path, _, query = request.target.partition("?")
    now = int(request.headers["x-tc-timestamp"])
    return tc3_verifier.verify(
        request.method, path, query, request.headers, request.body, SECRETS, now=now
    )


def v1_verification(request: ReceivedRequest) -> v1_server.V1Verification:
    path = request.target.partition("?")[0]
    params = {name: str(value) for name, value in request.params.items()}
    now = int(params["Timestamp"])
    return v1_server.verify(request.method, request.headers["host"], path, params, SECRETS, now)


@pytest.mark.parametrize("kind", KINDS)
def test_a_tc3_retry_is_signed_again_with_its_own_timestamp(
    clock: SteppingClock, kind: Kind
) -> None:
    first, retry = send_sms_retried_once(kind)
    first_stamp = int(first.headers["x-tc-timestamp"])
    retry_stamp = int(retry.headers["x-tc-timestamp"])
    assert retry_stamp >= first_stamp + CLOCK_STEP_SECONDS, "the retry carries a stale timestamp"
    assert retry.headers["authorization"] != first.headers["authorization"]
    assert retry.body == first.body  # the same call, signed anew


@pytest.mark.parametrize("kind", KINDS)
def test_each_tc3_attempt_verifies_for_its_own_timestamp(clock: SteppingClock, kind: Kind) -> None:
    for attempt, request in enumerate(send_sms_retried_once(kind), start=1):
        verification = tc3_verification(request)
        assert verification.ok, f"attempt {attempt}: {verification.detail}"


@pytest.mark.parametrize("setting", list(V1_SETTINGS))
@pytest.mark.parametrize("kind", KINDS)
def test_a_v1_retry_is_signed_again_with_a_new_timestamp_and_nonce(
    clock: SteppingClock, kind: Kind, setting: str
) -> None:
    v1 = V1_SETTINGS[setting]
    first, retry = send_sms_retried_once(
        kind, sign_method=v1.sign_method, http_method=v1.http_method
    )
    assert first.method == retry.method == v1.http_method
    assert first.params["SignatureMethod"] == retry.params["SignatureMethod"] == v1.sign_method
    first_stamp, retry_stamp = int(first.params["Timestamp"]), int(retry.params["Timestamp"])
    assert retry_stamp >= first_stamp + CLOCK_STEP_SECONDS, "the retry carries a stale timestamp"
    assert retry.params["Nonce"] != first.params["Nonce"], "the retry reuses the Nonce"
    assert retry.params["Signature"] != first.params["Signature"]


@pytest.mark.parametrize("setting", list(V1_SETTINGS))
@pytest.mark.parametrize("kind", KINDS)
def test_each_v1_attempt_verifies_for_its_own_timestamp_and_nonce(
    clock: SteppingClock, kind: Kind, setting: str
) -> None:
    v1 = V1_SETTINGS[setting]
    received = send_sms_retried_once(kind, sign_method=v1.sign_method, http_method=v1.http_method)
    for attempt, request in enumerate(received, start=1):
        verification = v1_verification(request)
        assert verification.ok, f"attempt {attempt}: {verification.detail}"
