"""The generated client calls every action with its documented example over real loopback HTTP.

The server (tests/support) re-implements TC3-HMAC-SHA256 verification on its own and answers with
the documented example response, so this pins the client's wire behaviour to the documents.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from generator.naming import snake_case
from support.example_server import ExampleServer
from support.specs import sms_spec
from tcsms import SmsClient, errors, models
from tcsms._service import ACTIONS as SERVICE_ACTIONS

SPEC = sms_spec()
ACTIONS = sorted(SPEC["actions"])
SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"


def example_arguments(action: str) -> dict[str, Any]:
    """The documented example request as keyword arguments of the client method."""
    wire = SPEC["actions"][action]["examples"][0]["request"]
    request = getattr(models, f"{action}Request").from_wire(wire)
    assert request.unknown_fields == {}, "the example uses only documented parameters"
    return {
        field.name: getattr(request, field.name)
        for field in dataclasses.fields(request)
        if field.name != "unknown_fields" and getattr(request, field.name) is not None
    }


@pytest.fixture(scope="module")
def server() -> Any:
    with ExampleServer(SPEC, SECRET_ID, SECRET_KEY) as running:
        yield running


def test_the_client_has_a_method_for_every_action_of_the_spec() -> None:
    assert sorted(SERVICE_ACTIONS) == ACTIONS
    assert [action for action in ACTIONS if not hasattr(SmsClient, snake_case(action))] == []


@pytest.mark.parametrize("action", ACTIONS)
def test_every_action_round_trips_the_documented_example(
    server: ExampleServer, action: str
) -> None:
    example = SPEC["actions"][action]["examples"][0]
    with SmsClient(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, region="ap-guangzhou", endpoint=server.endpoint
    ) as client:
        response = getattr(client, snake_case(action))(**example_arguments(action))

    recorded = server.requests[-1]
    assert recorded.verification.ok, recorded.verification.detail
    assert recorded.action == action
    assert recorded.headers["x-tc-version"] == "2021-01-11"
    assert recorded.headers["x-tc-region"] == "ap-guangzhou"
    assert "x-tc-token" not in recorded.headers
    assert recorded.json_body == example["request"]
    assert type(response).__name__ == f"{action}Response"
    assert response.to_wire() == example["response"]
    assert response.request_id == example["response"]["RequestId"]


def test_documented_values_are_typed_attributes(server: ExampleServer) -> None:
    with SmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint) as client:
        response = client.send_sms(
            phone_number_set=["+8618511122266", "+8618511122233"],
            sms_sdk_app_id="1400006666",
            template_id="1234",
            sign_name="Tencent Cloud",
            template_param_set=["12345"],
            session_context="test",
        )
    first = response.send_status_set[0]
    assert isinstance(first, models.SendStatus)
    assert (first.serial_no, first.fee, first.code, first.iso_code) == (
        "5000:1045710669157053657849499619",
        1,
        "Ok",
        "CN",
    )


def test_token_is_sent_and_signed(tmp_path: Path) -> None:
    with ExampleServer(SPEC, SECRET_ID, SECRET_KEY, token="session-token") as server:
        with SmsClient(
            secret_id=SECRET_ID,
            secret_key=SECRET_KEY,
            token="session-token",
            endpoint=server.endpoint,
        ) as client:
            client.pull_sms_send_status(limit=2, sms_sdk_app_id="1400006874")
        assert server.requests[-1].headers["x-tc-token"] == "session-token"
        assert server.requests[-1].verification.ok


def test_wrong_key_is_a_signature_failure(server: ExampleServer) -> None:
    with SmsClient(secret_id=SECRET_ID, secret_key="wrong", endpoint=server.endpoint) as client:
        with pytest.raises(errors.AuthFailureSignatureFailure) as caught:
            client.pull_sms_send_status(limit=2, sms_sdk_app_id="1400006874")
    assert isinstance(caught.value, errors.AuthFailure)
    assert caught.value.code == "AuthFailure.SignatureFailure"
    assert caught.value.request_id
    assert "wrong" not in str(caught.value)


def test_connections_are_kept_alive(server: ExampleServer) -> None:
    with SmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint) as client:
        for _ in range(3):
            client.pull_sms_reply_status(limit=2, sms_sdk_app_id="1400006874")
        assert len(client._transport._idle) == 1
