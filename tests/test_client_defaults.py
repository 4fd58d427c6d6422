"""Client defaults: inputs most calls repeat (the spec's ``service.client_defaults``), given once.

``SmsClient(..., defaults={"sms_sdk_app_id": ..., "sign_name": ...})`` fills them into every call
of an action they apply to that leaves them out; an explicit argument wins; a call with neither is
refused before any traffic (unless validation is off: then the service decides). The names and
types are the spec's, checked at construction and typed by ``ClientDefaults``.
"""

from __future__ import annotations

import asyncio
import inspect
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from emulator_support.raw import APP_ID, setup_sending
from mypy import api as mypy_api

from generator.naming import snake_case
from support.fault_server import FaultServer
from support.specs import ROOT, sms_spec
from tcsms import AsyncSmsClient, CallOptions, ClientDefaults, SmsClient, ValidationError, _service
from tcsms.emulator import Emulator

SPEC = sms_spec()
SIGN_NAME = "Tencent"
DEFAULTS: ClientDefaults = {"sms_sdk_app_id": APP_ID, "sign_name": SIGN_NAME}
OTHER_APP_ID = "1400000001"
PYTHON_TYPES = {"string": str, "integer": int, "boolean": bool, "float": float}
SET_IN_DEFAULTS = "set it once in the client's defaults"


def spec_defaults() -> dict[str, set[str]]:
    """Each default's wire name with the actions it applies to, as the spec says."""
    result: dict[str, set[str]] = {}
    for entry in SPEC["service"]["client_defaults"]:
        takers = {
            name for name, action in SPEC["actions"].items() if entry["param"] in action["input"]
        }
        result[entry["param"]] = set(entry.get("actions", takers))
    return result


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SPEC) as running:
        yield running


def client_of(server: FaultServer, **settings: Any) -> SmsClient:
    return SmsClient(
        secret_id="AKIDdefaults", secret_key="secret", endpoint=server.endpoint, **settings
    )


def sent_params(server: FaultServer, action: str) -> dict[str, Any]:
    [request] = server.received(action)
    return request.params


# What the spec says, and its types


def test_client_defaults_is_a_typed_dict_of_the_spec_defaults_and_their_types() -> None:
    assert typing.is_typeddict(ClientDefaults)
    assert ClientDefaults.__required_keys__ == frozenset()
    expected = {snake_case(wire_name) for wire_name in spec_defaults()}
    assert ClientDefaults.__optional_keys__ == expected
    hints = typing.get_type_hints(ClientDefaults)
    for wire_name, actions in spec_defaults().items():
        spec_type = SPEC["actions"][min(actions)]["input"][wire_name]["type"]
        assert hints[snake_case(wire_name)] is PYTHON_TYPES[spec_type]


def test_mypy_accepts_the_spec_defaults_and_refuses_other_names_and_types(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    snippet = tmp_path / "uses_defaults.py"
    snippet.write_text(
        "from tcsms import ClientDefaults, SmsClient\n"
        "good: ClientDefaults = {'sms_sdk_app_id': '1400006666', 'sign_name': 'Tencent'}\n"
        "SmsClient(defaults=good)\n"
        "unknown: ClientDefaults = {'sms_app_id': '1400006666'}\n"
        "wrong_type: ClientDefaults = {'sms_sdk_app_id': 1400006666}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("MYPYPATH", str(ROOT / "generated" / "tcsms"))
    out, _, _ = mypy_api.run(["--strict", "--cache-dir", str(tmp_path / "cache"), str(snippet)])
    lines = [line for line in out.splitlines() if line.startswith(str(snippet))]
    assert [line.split(":")[1] for line in lines] == ["4", "5"], out
    assert "typeddict-unknown-key" in lines[0] and "typeddict-item" in lines[1]


def test_an_input_with_a_default_is_optional_exactly_where_the_default_applies() -> None:
    applies = spec_defaults()
    for client_class in (SmsClient, AsyncSmsClient):
        for name, action in SPEC["actions"].items():
            method = getattr(client_class, snake_case(name))
            for wire_name, param in action["input"].items():
                argument = inspect.signature(method).parameters[snake_case(wire_name)]
                if name in applies.get(wire_name, ()):
                    assert argument.default is None, (name, wire_name)
                elif param.get("required") and "fixed" not in param:
                    assert argument.default is inspect.Parameter.empty, (name, wire_name)
    # A signature's own name is no default: AddSmsSign still needs it.
    assert "sign_name" not in _service.ACTION_DEFAULTS.get("AddSmsSign", ())
    sign_name = inspect.signature(SmsClient.add_sms_sign).parameters["sign_name"]
    assert sign_name.default is inspect.Parameter.empty


# Calls


def test_send_sms_takes_the_app_id_and_signature_from_the_defaults() -> None:
    with Emulator(auto_approve=True, rate_limits=False) as emulator:
        template_id = setup_sending(emulator)
        with emulator.client(defaults=DEFAULTS) as client:
            client.send_sms(
                phone_number_set=["+8613711112222"],
                template_id=template_id,
                template_param_set=["1"],
            )
        [message] = emulator.admin.messages()
    assert (message["app_id"], message["sign_name"]) == (APP_ID, SIGN_NAME)


def test_an_explicit_argument_wins_over_the_default(server: FaultServer) -> None:
    with client_of(server, defaults=DEFAULTS) as client:
        client.pull_sms_send_status(limit=1, sms_sdk_app_id=OTHER_APP_ID)
    assert sent_params(server, "PullSmsSendStatus")["SmsSdkAppId"] == OTHER_APP_ID


def test_a_call_with_neither_argument_nor_default_is_refused_before_any_traffic(
    server: FaultServer,
) -> None:
    with client_of(server, defaults={"sign_name": SIGN_NAME}) as client:
        with pytest.raises(ValidationError) as caught:
            client.pull_sms_send_status(limit=1)
    [problem] = caught.value.problems
    assert problem.startswith("sms_sdk_app_id: required") and SET_IN_DEFAULTS in problem
    assert server.connection_count == 0


def test_without_validation_the_call_goes_without_it_and_the_service_decides(
    server: FaultServer,
) -> None:
    with client_of(server) as client:
        client.pull_sms_send_status(limit=1, options=CallOptions(validate=False))
    assert sent_params(server, "PullSmsSendStatus").get("SmsSdkAppId") is None


def test_iterators_take_the_defaults_too() -> None:
    with Emulator(auto_approve=True, rate_limits=False) as emulator:
        with emulator.client(defaults=DEFAULTS) as client:
            assert list(client.iter_pull_sms_reply_status()) == []
        assert emulator.admin.requests_received("PullSmsReplyStatus") == 1


def test_with_defaults_returns_a_new_dict_filling_only_what_applies(server: FaultServer) -> None:
    with client_of(server, defaults=DEFAULTS) as client:
        settings = client._settings
        arguments: dict[str, Any] = {"sign_name": None, "sms_sdk_app_id": None, "limit": 1}
        merged = settings.with_defaults("PullSmsSendStatus", arguments)
        assert merged == {"sign_name": None, "sms_sdk_app_id": APP_ID, "limit": 1}
        assert arguments["sms_sdk_app_id"] is None  # the caller's dict is left alone
        assert settings.with_defaults("AddSmsSign", {"sign_name": None}) == {"sign_name": None}
        explicit = {"sms_sdk_app_id": OTHER_APP_ID, "sign_name": "Other"}
        assert settings.with_defaults("SendSms", explicit) == explicit


# Construction


@pytest.mark.parametrize(
    ("defaults", "problem"),
    [
        ({"sms_app_id": APP_ID}, "defaults: unknown parameter 'sms_app_id'"),
        ({"template_id": "1234"}, "defaults: unknown parameter 'template_id'"),
        ({"sms_sdk_app_id": 1400006666}, "defaults['sms_sdk_app_id']: expected str, got int"),
        ({"sign_name": True}, "defaults['sign_name']: expected str, got bool"),
    ],
)
def test_unknown_names_and_values_of_the_wrong_type_are_refused_at_construction(
    server: FaultServer, defaults: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        client_of(server, defaults=defaults)
    assert [p for p in caught.value.problems if p.startswith(problem)], caught.value.problems
    assert server.connection_count == 0


def test_without_validation_a_default_of_another_type_is_sent_as_given(server: FaultServer) -> None:
    with pytest.raises(ValidationError, match="unknown parameter"):
        client_of(server, validate=False, defaults={"sms_app_id": APP_ID})
    with client_of(server, validate=False, defaults={"sms_sdk_app_id": 1400006666}) as client:
        client.pull_sms_send_status(limit=1)
    assert sent_params(server, "PullSmsSendStatus")["SmsSdkAppId"] == 1400006666


# AsyncSmsClient


def test_async_client_fills_defaults_lets_explicit_win_and_refuses_what_is_missing(
    server: FaultServer,
) -> None:
    async def main() -> ValidationError:
        async with AsyncSmsClient(
            secret_id="AKIDdefaults",
            secret_key="secret",
            endpoint=server.endpoint,
            defaults=DEFAULTS,
        ) as client:
            await client.pull_sms_send_status(limit=1)
            await client.pull_sms_send_status(limit=1, sms_sdk_app_id=OTHER_APP_ID)
        async with AsyncSmsClient(
            secret_id="AKIDdefaults", secret_key="secret", endpoint=server.endpoint
        ) as bare:
            with pytest.raises(ValidationError) as caught:
                await bare.pull_sms_send_status(limit=1)
        return caught.value

    refused = asyncio.run(main())
    sent = [request.params["SmsSdkAppId"] for request in server.received("PullSmsSendStatus")]
    assert sent == [APP_ID, OTHER_APP_ID]
    assert SET_IN_DEFAULTS in refused.problems[0]
    with pytest.raises(ValidationError, match="unknown parameter"):
        AsyncSmsClient(secret_id="AKIDdefaults", secret_key="secret", defaults={"x": 1})  # type: ignore[arg-type]
