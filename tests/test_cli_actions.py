"""Every action of the spec through the command line, with its documented example's parameters.

Each example request is sent as tccli would send it (``tcsms <Action> --Param VALUE ...``, arrays
as JSON) to the emulator, with the values its state decides (ids, serial numbers, recent times)
put in; the answer printed is the documented ``Response`` object. The help texts come from the
spec: every action with its summary, every parameter with its type, constraints and description.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from emulator_support.raw import APP_ID, call_raw, sign_payload, template_payload

from support.cli_process import answer, cli_env, parameter_options, run_cli
from support.specs import action_names, sms_spec
from tcsms.cli import main
from tcsms.emulator import Emulator

PHONE = "+8618511122266"


@dataclass(frozen=True)
class World:
    """What the emulator holds before the commands run: the ids the examples stand for."""

    template_id: int
    serial_no: str
    rejected_sign_id: int
    rejected_template_id: int
    spare_sign_id: int
    spare_template_id: int


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(auto_approve=True, rate_limits=False) as running:
        yield running


@pytest.fixture(scope="module")
def world(emulator: Emulator) -> World:
    signs = [
        call_raw(emulator, "AddSmsSign", sign_payload(name))["AddSignStatus"]["SignId"]
        for name in ("Tencent Cloud", "Rejected", "Spare")
    ]
    templates = [
        int(
            call_raw(emulator, "AddSmsTemplate", {**template_payload(), "TemplateName": name})[
                "AddTemplateStatus"
            ]["TemplateId"]
        )
        for name in ("code", "rejected", "spare")
    ]
    sent = call_raw(
        emulator,
        "SendSms",
        {
            "PhoneNumberSet": [PHONE],
            "SmsSdkAppId": APP_ID,
            "TemplateId": str(templates[0]),
            "SignName": "Tencent Cloud",
            "TemplateParamSet": ["1234"],
        },
    )
    emulator.admin.inject_reply(PHONE, "hi", APP_ID, sign_name="Tencent Cloud")
    emulator.admin.reject_sign(signs[1], "retry")
    emulator.admin.reject_template(templates[1], "retry")
    return World(
        template_id=templates[0],
        serial_no=sent["SendStatusSet"][0]["SerialNo"],
        rejected_sign_id=signs[1],
        rejected_template_id=templates[1],
        spare_sign_id=signs[2],
        spare_template_id=templates[2],
    )


def live_values(world: World) -> dict[str, dict[str, Any]]:
    """Per action, the parameters of its example that the emulator's state decides."""
    now = int(time.time())
    hour = time.strftime("%Y%m%d%H", time.gmtime(now + 8 * 3600))  # Beijing time
    recent = {"SmsSdkAppId": APP_ID, "BeginTime": now - 600, "EndTime": now + 60}
    window = {"SmsSdkAppId": APP_ID, "BeginTime": hour, "EndTime": hour}
    return {
        "PullSmsReplyStatus": {"SmsSdkAppId": APP_ID},
        "PullSmsReplyStatusByPhoneNumber": {**recent, "PhoneNumber": PHONE},
        "PullSmsSendStatus": {"SmsSdkAppId": APP_ID},
        "PullSmsSendStatusByPhoneNumber": {**recent, "PhoneNumber": PHONE},
        "SendStatusStatistics": window,
        "CallbackStatusStatistics": window,
        "AddSmsSign": {"SignName": "Added"},
        "DeleteSmsSign": {"SignId": world.spare_sign_id},
        "DescribeSmsSignList": {"SignIdSet": [world.rejected_sign_id]},
        "ModifySmsSign": {"SignId": world.rejected_sign_id, "SignName": "Rejected"},
        "SendSms": {"SmsSdkAppId": APP_ID, "TemplateId": str(world.template_id)},
        "DescribePhoneNumberInfo": {},
        "ReportConversion": {
            "SmsSdkAppId": APP_ID,
            "SerialNo": world.serial_no,
            "ConversionTime": now,
        },
        "AddSmsTemplate": {},
        "DeleteSmsTemplate": {"TemplateId": world.spare_template_id},
        "DescribeSmsTemplateList": {"TemplateIdSet": [world.template_id]},
        "ModifySmsTemplate": {"TemplateId": world.rejected_template_id},
    }


def test_the_live_values_cover_every_action_of_the_spec() -> None:
    placeholder = World(1, "serial", 2, 3, 4, 5)
    assert list(live_values(placeholder)) == action_names()


@pytest.mark.parametrize("action", action_names())
def test_every_action_runs_with_its_documented_parameters(
    action: str, emulator: Emulator, world: World, tmp_path: Path
) -> None:
    documented = sms_spec()["actions"][action]
    parameters = {**documented["examples"][0]["request"], **live_values(world)[action]}
    result = run_cli(
        action,
        *parameter_options(parameters),
        "--endpoint",
        emulator.endpoint,
        env=cli_env(tmp_path, emulator),
    )
    printed = answer(result)
    assert printed["RequestId"]
    assert "Error" not in printed
    assert set(printed) <= set(documented["output"])
    assert emulator.admin.requests_received(action) >= 1


def test_the_answer_is_the_response_object_as_the_service_sent_it(
    emulator: Emulator, tmp_path: Path
) -> None:
    result = run_cli(
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        "--endpoint",
        emulator.endpoint,
        env=cli_env(tmp_path, emulator),
    )
    assert result.stdout.startswith('{\n  "PhoneNumberInfoSet": [\n    {\n      "Code": "Ok",')
    (info,) = answer(result)["PhoneNumberInfoSet"]
    assert info["IsoCode"] == "CN" and info["NationCode"] == "86"


def test_the_program_help_lists_every_action_with_its_summary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for action, documented in sms_spec()["actions"].items():
        summary = documented.get("summary", action)
        assert any(line.split() == [action, *summary.split()] for line in lines), action
    assert any(line.split()[:1] == ["send-bulk"] for line in lines)
    assert any(line.split()[:1] == ["emulator"] for line in lines)


@pytest.mark.parametrize("action", action_names())
def test_an_actions_help_documents_every_parameter(
    action: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([action, "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    documented = sms_spec()["actions"][action]
    assert f"{action}: {documented.get('summary', action)}." in text
    assert " ".join(documented["description"].split()) in text
    for name, parameter in documented["input"].items():
        assert f"--{name} " in text
        kind = f"list of {parameter['type']}" if parameter.get("array") else parameter["type"]
        required = ", required" if parameter.get("required") and "fixed" not in parameter else ""
        assert f"({kind}{required}" in text, name
        assert " ".join(parameter["description"].split()) in text, name
        for value in parameter.get("enum", []):
            assert f"{value['value']!r} ({value['meaning']})" in text, name
        for constraint, words in (
            ("max_items", "{} items"),
            ("maximum", "≤ {}"),
            ("max_bytes", "≤ {} bytes"),
            ("fixed", "fixed at {!r}"),
        ):
            if constraint in parameter:
                assert words.format(parameter[constraint]) in text, (name, constraint)
