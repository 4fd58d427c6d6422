"""A signed request sent again is refused, while our clients' own calls and retries go through.

A v1 signature is accepted once (its Nonce makes each request unique); a TC3 signature only within
a short grace after it was first accepted (TC3 has no nonce: two identical calls in one second sign
alike), measured in elapsed time. Signatures are forgotten once their timestamp leaves the window
on the emulator's clock.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from emulator_support.raw import APP_ID, error_code, send_raw, setup_sending

from tcsms import _service
from tcsms._core import Endpoint, PreparedRequest, RequestBuilder
from tcsms._credentials import Credentials
from tcsms.emulator import Emulator, replays

START = int(time.time())
WINDOW = _service.MAX_CLOCK_SKEW_SECONDS
REPLAY_CODE = "AuthFailure.SignatureExpire"
GRACE = replays.TC3_GRACE_SECONDS
LOOKUP = {"PhoneNumberSet": ["+8613711112222"]}


class Clock:
    """The emulator's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = float(START)

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def elapsed(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The elapsed time the replay check measures its grace in, moved by the test."""
    elapsed = Clock()
    monkeypatch.setattr(replays, "monotonic", elapsed)
    return elapsed


@pytest.fixture
def emulator(clock: Clock) -> Iterator[Emulator]:
    with Emulator(rate_limits=False, clock=clock) as running:
        yield running


def prepare(
    emulator: Emulator,
    sign_method: str,
    timestamp: int = START,
    payload: dict[str, Any] | None = None,
    action: str = "DescribePhoneNumberInfo",
) -> PreparedRequest:
    credentials = Credentials(emulator.credentials.secret_id, emulator.credentials.secret_key)
    builder = RequestBuilder(
        "ap-guangzhou", Endpoint.parse(emulator.endpoint), sign_method=sign_method  # type: ignore[arg-type]
    )
    return builder.prepare(action, payload or LOOKUP, credentials, timestamp=timestamp)


def send(emulator: Emulator, request: PreparedRequest) -> str | None:
    response = send_raw(emulator, request.method, request.path, request.headers, request.body)
    return error_code(response)


@pytest.mark.parametrize("later", [GRACE + 0.1, 60, WINDOW])
def test_a_tc3_request_sent_again_later_is_refused(
    emulator: Emulator, clock: Clock, elapsed: Clock, later: float
) -> None:
    request = prepare(emulator, "TC3-HMAC-SHA256")
    assert send(emulator, request) is None
    clock.now += later
    elapsed.now += later
    assert send(emulator, request) == REPLAY_CODE


def test_a_tc3_request_sent_again_within_the_grace_is_answered(
    emulator: Emulator, elapsed: Clock
) -> None:
    # What a client sends when it makes one read twice, or retries at once: nothing tells it apart.
    request = prepare(emulator, "TC3-HMAC-SHA256")
    assert send(emulator, request) is None
    assert send(emulator, request) is None
    elapsed.now += GRACE
    assert send(emulator, request) is None
    elapsed.now += 0.1
    assert send(emulator, request) == REPLAY_CODE


def test_the_grace_does_not_follow_the_emulators_clock(
    emulator: Emulator, clock: Clock, elapsed: Clock
) -> None:
    # A test may set the emulator's clock back and forth between identical calls.
    request = prepare(emulator, "TC3-HMAC-SHA256")
    assert send(emulator, request) is None
    clock.now = START + 100
    assert send(emulator, request) is None
    clock.now = START - 100
    assert send(emulator, request) is None


@pytest.mark.parametrize("sign_method", ["HmacSHA1", "HmacSHA256"])
def test_a_v1_request_sent_again_is_refused_at_once(emulator: Emulator, sign_method: str) -> None:
    request = prepare(emulator, sign_method)
    assert send(emulator, request) is None
    assert send(emulator, request) == REPLAY_CODE
    # The same call signed again draws a new Nonce: a new request.
    assert send(emulator, prepare(emulator, sign_method)) is None


@pytest.mark.parametrize("sign_method", ["TC3-HMAC-SHA256", "HmacSHA256"])
def test_a_fresh_request_is_accepted(emulator: Emulator, clock: Clock, sign_method: str) -> None:
    assert send(emulator, prepare(emulator, sign_method)) is None
    clock.now = START + 5
    assert send(emulator, prepare(emulator, sign_method, timestamp=START + 5)) is None


def test_a_replayed_send_sends_nothing(emulator: Emulator, elapsed: Clock) -> None:
    template_id = setup_sending(emulator)
    payload = {
        "PhoneNumberSet": ["+8618511122266"],
        "SmsSdkAppId": APP_ID,
        "TemplateId": template_id,
        "SignName": "Tencent",
        "TemplateParamSet": ["1234"],
    }
    request = prepare(emulator, "TC3-HMAC-SHA256", payload=payload, action="SendSms")
    assert send(emulator, request) is None
    elapsed.now += 30
    assert send(emulator, request) == REPLAY_CODE
    assert len(emulator.admin.messages()) == 1


def test_signatures_are_forgotten_once_their_timestamp_leaves_the_window(
    emulator: Emulator, clock: Clock
) -> None:
    seen = emulator.credentials.seen
    requests = [prepare(emulator, "HmacSHA256") for _ in range(20)]
    for request in requests:
        assert send(emulator, request) is None
    assert len(seen) == 20
    clock.now = START + WINDOW
    assert send(emulator, prepare(emulator, "HmacSHA256", timestamp=START + WINDOW)) is None
    assert len(seen) == 21
    clock.now = START + WINDOW + 1
    assert send(emulator, prepare(emulator, "HmacSHA256", timestamp=START + WINDOW + 1)) is None
    assert len(seen) == 2
    # Sent again now, an old request is refused by its timestamp.
    assert send(emulator, requests[0]) == "AuthFailure.SignatureExpire"


def test_signatures_made_ahead_of_the_clock_are_kept_until_their_own_window_ends(
    emulator: Emulator, clock: Clock
) -> None:
    ahead = prepare(emulator, "HmacSHA1", timestamp=START + WINDOW)
    assert send(emulator, ahead) is None
    clock.now = START + 2 * WINDOW
    assert send(emulator, ahead) == REPLAY_CODE
    assert len(emulator.credentials.seen) == 1


@pytest.mark.parametrize("sign_method", ["TC3-HMAC-SHA256", "HmacSHA1"])
def test_our_clients_normal_use_is_unaffected(sign_method: str) -> None:
    with Emulator(rate_limits=False) as running, running.client(sign_method=sign_method) as client:
        for _ in range(20):
            info = client.describe_phone_number_info(phone_number_set=["+8613711112222"])
            assert info.phone_number_info_set[0].iso_code == "CN"
        pulled = [client.pull_sms_send_status(limit=10, sms_sdk_app_id=APP_ID) for _ in range(5)]
        assert all(result.pull_sms_send_status_set == [] for result in pulled)


def test_our_clients_retry_of_a_refused_send_is_not_a_replay() -> None:
    with Emulator(rate_limits=False) as running:
        template_id = setup_sending(running)
        running.admin.add_fault("SendSms", code="RequestLimitExceeded")
        with running.client(max_attempts=3) as client:
            result = client.send_sms(
                phone_number_set=["+8618511122266"],
                sms_sdk_app_id=APP_ID,
                template_id=template_id,
                sign_name="Tencent",
                template_param_set=["1"],
            )
        assert result.send_status_set[0].code == "Ok"
        assert running.admin.requests_received("SendSms") == 2
        assert len(running.admin.messages()) == 1
