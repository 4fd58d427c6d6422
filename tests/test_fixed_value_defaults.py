"""Inputs the documents fix at one value ("Note: this parameter is currently fixed at 0.") default
to it: a call may leave them out and still sends the value (the service requires the parameter); a
different explicit value is checked as any other constraint."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from generator.naming import snake_case
from support.fault_server import FaultServer
from support.sms_calls import SECRET_ID, SECRET_KEY
from support.specs import sms_spec
from tcsms import AsyncSmsClient, CallOptions, SmsClient, ValidationError, models

SPEC = sms_spec()
# (action, wire name, fixed value) of every required input the spec fixes.
FIXED = [
    (action, wire_name, param["fixed"])
    for action, spec in SPEC["actions"].items()
    for wire_name, param in spec["input"].items()
    if "fixed" in param and param.get("required")
]
STATISTICS: dict[str, Any] = {
    "begin_time": "2021050113",
    "end_time": "2021050118",
    "sms_sdk_app_id": "1400006666",
}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SPEC) as running:
        yield running


def client_of(server: FaultServer) -> SmsClient:
    return SmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint)


def test_the_spec_fixes_the_documented_inputs() -> None:
    assert {(action, wire) for action, wire, _ in FIXED} >= {
        ("SendStatusStatistics", "Limit"),
        ("SendStatusStatistics", "Offset"),
        ("CallbackStatusStatistics", "Limit"),
        ("CallbackStatusStatistics", "Offset"),
        ("PullSmsSendStatusByPhoneNumber", "Offset"),
        ("PullSmsReplyStatusByPhoneNumber", "Offset"),
    }


@pytest.mark.parametrize(("action", "wire_name", "fixed"), FIXED)
def test_methods_and_request_models_default_a_fixed_input_to_its_value(
    action: str, wire_name: str, fixed: Any
) -> None:
    name = snake_case(wire_name)
    for client_class in (SmsClient, AsyncSmsClient):
        method = getattr(client_class, snake_case(action))
        assert inspect.signature(method).parameters[name].default == fixed
        assert f"(currently fixed at {fixed})" in (method.__doc__ or "")
    request = getattr(models, f"{action}Request")
    assert {f.name: f.default for f in request.__dataclass_fields__.values()}[name] == fixed


def test_a_call_that_leaves_them_out_sends_the_fixed_values(server: FaultServer) -> None:
    with client_of(server) as client:
        client.send_status_statistics(**STATISTICS)
    [request] = server.received("SendStatusStatistics")
    assert (request.params["Limit"], request.params["Offset"]) == (0, 0)


def test_a_request_model_built_without_them_carries_them() -> None:
    request = models.SendStatusStatisticsRequest(
        begin_time="2021050113", end_time="2021050118", sms_sdk_app_id="1400006666"
    )
    assert request.to_wire()["Limit"] == 0 and request.to_wire()["Offset"] == 0


def test_another_explicit_value_is_refused_as_before_and_sent_without_validation(
    server: FaultServer,
) -> None:
    with client_of(server) as client:
        with pytest.raises(ValidationError) as caught:
            client.send_status_statistics(**STATISTICS, limit=5)
        assert caught.value.problems == (
            "limit: 5 is not accepted: the value is currently fixed at 0",
        )
        assert server.connection_count == 0
        client.send_status_statistics(**STATISTICS, limit=5, options=CallOptions(validate=False))
    [request] = server.received("SendStatusStatistics")
    assert request.params["Limit"] == 5
