"""The command line's options: input JSON and skeletons, output formats and filters, paging,
tccli's forms, and where settings and credentials come from (options, environment, tccli files)."""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from emulator_support.raw import APP_ID, setup_sending

from support.cli_process import answer, cli_env, run_cli
from support.proxy_server import ForwardProxy
from support.specs import action_names, sms_spec
from tcsms import CvmRoleCredentials, StsAssumeRoleCredentials
from tcsms.cli import main, parameters
from tcsms.cli._actions import TYPES
from tcsms.cli.command_table import Command, Input
from tcsms.cli.credentials import credentials_arguments
from tcsms.cli.output import text_lines
from tcsms.cli.tables import render_table
from tcsms.emulator import Emulator
from tcsms.models import SendStatus

NUMBERS = '["+8613711112222","+60198890000"]'


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(auto_approve=True, rate_limits=False) as running:
        yield running


@pytest.fixture(scope="module")
def template_id(emulator: Emulator) -> str:
    return setup_sending(emulator)


def describe(emulator: Emulator, home: Path, *options: str, **env: str) -> Any:
    """``DescribePhoneNumberInfo`` of two numbers; the completed process."""
    return run_cli(
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        NUMBERS,
        "--endpoint",
        emulator.endpoint,
        *options,
        env=cli_env(home, emulator, env),
    )


def write_json(path: Path, document: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# Input: skeletons, --cli-input-json


@pytest.mark.parametrize("action", action_names())
def test_a_skeleton_holds_every_parameter_with_a_value_of_its_type(
    action: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([action, "--generate-cli-skeleton"]) == 0
    skeleton = json.loads(capsys.readouterr().out)
    documented = sms_spec()["actions"][action]["input"]
    assert list(skeleton) == list(documented)
    python_types = {"string": str, "integer": int, "boolean": bool, "float": float}
    for name, parameter in documented.items():
        if parameter.get("array"):
            assert skeleton[name] == []
        else:
            assert type(skeleton[name]) is python_types[parameter["type"]], name
        if "fixed" in parameter:
            assert skeleton[name] == parameter["fixed"]


def test_a_filled_skeleton_is_accepted_back_by_cli_input_json(
    emulator: Emulator, template_id: str, tmp_path: Path
) -> None:
    env = cli_env(tmp_path, emulator)
    skeleton = answer(run_cli("SendSms", "--generate-cli-skeleton", env=env))
    skeleton.update(
        PhoneNumberSet=["+8613711112222"],
        SmsSdkAppId=APP_ID,
        TemplateId=template_id,
        SignName="Tencent",
        TemplateParamSet=["1234"],
    )
    result = run_cli(
        "SendSms",
        "--cli-input-json",
        json.dumps(skeleton),
        "--endpoint",
        emulator.endpoint,
        env=env,
    )
    (status,) = answer(result)["SendStatusSet"]
    assert status["Code"] == "Ok" and status["PhoneNumber"] == "+8613711112222"


def test_cli_input_json_reads_a_file_and_options_given_as_well_win(
    emulator: Emulator, tmp_path: Path
) -> None:
    path = write_json(tmp_path / "input.json", {"PhoneNumberSet": ["+8613711112222"]})
    only_file = describe_with(emulator, tmp_path, "--cli-input-json", f"file://{path}")
    assert [info["IsoCode"] for info in only_file["PhoneNumberInfoSet"]] == ["CN"]
    both = describe_with(
        emulator,
        tmp_path,
        "--cli-input-json",
        f"file://{path}",
        "--PhoneNumberSet",
        '["+60198890000"]',
    )
    assert [info["IsoCode"] for info in both["PhoneNumberInfoSet"]] == ["MY"]


def describe_with(emulator: Emulator, home: Path, *options: str) -> Any:
    result = run_cli(
        "DescribePhoneNumberInfo",
        "--endpoint",
        emulator.endpoint,
        *options,
        env=cli_env(home, emulator),
    )
    return answer(result)


# Output: json, text, table, --filter


def test_text_output_puts_top_level_scalars_on_a_line_and_each_object_on_its_own(
    emulator: Emulator, tmp_path: Path
) -> None:
    result = describe(emulator, tmp_path, "--output", "text")
    request_id, *rows = result.stdout.splitlines()
    assert result.returncode == 0 and "\t" not in request_id and len(request_id) == 36
    assert [row.split("\t") for row in rows] == [
        ["Ok", "Describe success", "86", "13711112222", "+8613711112222", "CN", "China"],
        ["Ok", "Describe success", "60", "198890000", "+60198890000", "MY", "Malaysia"],
    ]


def test_table_output_draws_the_scalars_and_a_table_per_list_of_objects(
    emulator: Emulator, tmp_path: Path
) -> None:
    result = describe(emulator, tmp_path, "--output", "table")
    lines = result.stdout.splitlines()
    assert result.returncode == 0
    assert lines[1].startswith("| RequestId | ")
    title = lines.index("PhoneNumberInfoSet")
    header = [cell.strip() for cell in lines[title + 2].strip("|").split("|")]
    assert header == [
        "Code",
        "Message",
        "NationCode",
        "SubscriberNumber",
        "PhoneNumber",
        "IsoCode",
        "IsoName",
    ]
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[title + 4 :]]
    assert [row[5] for row in rows if len(row) > 1] == ["CN", "MY"]
    assert len({len(line) for line in lines[title + 1 :]}) == 1  # the columns line up


@pytest.mark.parametrize(
    ("output", "printed"),
    [("json", '[\n  "CN",\n  "MY"\n]\n'), ("text", "CN\tMY\n"), ("table", None)],
)
def test_filter_selects_from_the_answer_in_every_output_format(
    output: str, printed: str | None, emulator: Emulator, tmp_path: Path
) -> None:
    result = describe(
        emulator, tmp_path, "--filter", "PhoneNumberInfoSet[].IsoCode", "--output", output
    )
    assert result.returncode == 0, result.stderr
    if printed is not None:
        assert result.stdout == printed
    else:
        assert result.stdout.splitlines()[1] == '| ["CN","MY"] |'


def test_a_filter_of_objects_prints_a_table_with_a_column_per_key(
    emulator: Emulator, tmp_path: Path
) -> None:
    result = describe(
        emulator,
        tmp_path,
        "--filter",
        "PhoneNumberInfoSet[].{Iso: IsoCode, Code: NationCode}",
        "--output",
        "table",
    )
    assert result.stdout.splitlines() == [
        "+-----+------+",
        "| Iso | Code |",
        "+-----+------+",
        "| CN  | 86   |",
        "| MY  | 60   |",
        "+-----+------+",
    ]


# Paging: --all


def test_all_reads_every_page_of_an_offset_paging_action(
    emulator: Emulator, tmp_path: Path
) -> None:
    with emulator.client() as client:
        ids = [
            int(
                client.add_sms_template(
                    template_name=f"paged {n}",
                    template_content="Code {1}",
                    sms_type=3,
                    international=0,
                    remark="r",
                ).add_template_status.template_id
            )
            for n in range(3)
        ]
    before = emulator.admin.requests_received("DescribeSmsTemplateList")
    result = run_cli(
        "DescribeSmsTemplateList",
        "--International",
        "0",
        "--Limit",
        "1",
        "--all",
        "--endpoint",
        emulator.endpoint,
        env=cli_env(tmp_path, emulator),
    )
    printed = answer(result)
    assert list(printed) == ["DescribeTemplateStatusSet"]  # RequestId belongs to one page
    listed = [t["TemplateId"] for t in printed["DescribeTemplateStatusSet"]]
    assert set(ids) <= set(listed) and len(listed) == len(set(listed))
    # One page per template (a page size of 1), and the empty page that ends it.
    assert emulator.admin.requests_received("DescribeSmsTemplateList") - before == len(listed) + 1


def test_all_pulls_a_queue_until_it_is_empty(
    emulator: Emulator, template_id: str, tmp_path: Path
) -> None:
    env = cli_env(tmp_path, emulator)
    numbers = ["+8613711112201", "+8613711112202", "+8613711112203"]
    sent = run_cli(
        "SendSms",
        "--PhoneNumberSet",
        json.dumps(numbers),
        "--SmsSdkAppId",
        APP_ID,
        "--TemplateId",
        template_id,
        "--SignName",
        "Tencent",
        "--TemplateParamSet",
        '["1"]',
        "--endpoint",
        emulator.endpoint,
        env=env,
    )
    answer(sent)
    pulled = run_cli(
        "PullSmsSendStatus",
        "--SmsSdkAppId",
        APP_ID,
        "--Limit",
        "2",
        "--all",
        "--endpoint",
        emulator.endpoint,
        env=env,
    )
    records = answer(pulled)["PullSmsSendStatusSet"]
    assert set(numbers) <= {record["PhoneNumber"] for record in records}


# tccli's forms


def test_the_service_name_may_come_first_as_in_tccli(emulator: Emulator, tmp_path: Path) -> None:
    result = run_cli(
        "sms",
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        NUMBERS,
        "--endpoint",
        emulator.endpoint,
        env=cli_env(tmp_path, emulator),
    )
    assert [info["IsoCode"] for info in answer(result)["PhoneNumberInfoSet"]] == ["CN", "MY"]


def test_common_options_may_come_before_the_action(emulator: Emulator, tmp_path: Path) -> None:
    result = run_cli(
        "--endpoint",
        emulator.endpoint,
        "--output=text",
        "--debug",
        "sms",
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        env=cli_env(tmp_path, emulator),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].split("\t")[5] == "CN"
    assert "DescribePhoneNumberInfo attempt 1 request" in result.stderr


def test_version_names_the_package_and_the_api(tmp_path: Path) -> None:
    result = run_cli("--version", env=cli_env(tmp_path))
    assert result.returncode == 0
    assert result.stdout.startswith("tcsms ") and "sms API 2021-01-11" in result.stdout


# Where settings come from


def region_sent(result: Any) -> str:
    """The X-TC-Region of the request a --debug run logged."""
    assert result.returncode == 0, result.stderr
    return str(result.stderr.split("X-TC-Region: ", 1)[1].split(",", 1)[0])


def test_region_comes_from_the_option_then_the_environment_then_the_tccli_profile(
    emulator: Emulator, tmp_path: Path
) -> None:
    write_json(tmp_path / ".tccli" / "default.configure", {"region": "ap-beijing"})
    assert region_sent(describe(emulator, tmp_path, "--debug")) == "ap-beijing"
    from_env = describe(emulator, tmp_path, "--debug", TENCENTCLOUD_REGION="ap-shanghai")
    assert region_sent(from_env) == "ap-shanghai"
    from_option = describe(
        emulator, tmp_path, "--debug", "--region", "ap-guangzhou", TENCENTCLOUD_REGION="ap-shanghai"
    )
    assert region_sent(from_option) == "ap-guangzhou"


def test_the_tccli_profile_gives_the_endpoint_and_the_output(
    emulator: Emulator, tmp_path: Path
) -> None:
    configure = {"region": "ap-guangzhou", "output": "text", "sms": {"endpoint": emulator.endpoint}}
    write_json(tmp_path / ".tccli" / "work.configure", configure)
    result = run_cli(
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        env=cli_env(tmp_path, emulator, {"TCCLI_PROFILE": "work"}),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].split("\t")[5] == "CN"  # text, as configured


def keys_of(emulator: Emulator) -> dict[str, str]:
    return {
        "secretId": emulator.credentials.secret_id,
        "secretKey": emulator.credentials.secret_key,
    }


def run_with_env(emulator: Emulator, home: Path, env: dict[str, str], *options: str) -> Any:
    """DescribePhoneNumberInfo with only the variables ``env`` gives (no emulator keys)."""
    return run_cli(
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        "--endpoint",
        emulator.endpoint,
        *options,
        env=cli_env(home, None, env),
    )


def test_credentials_from_the_options(emulator: Emulator, tmp_path: Path) -> None:
    keys = keys_of(emulator)
    result = run_with_env(
        emulator, tmp_path, {}, "--secretId", keys["secretId"], "--secretKey", keys["secretKey"]
    )
    assert answer(result)["RequestId"]


def test_credentials_from_the_environment(emulator: Emulator, tmp_path: Path) -> None:
    keys = keys_of(emulator)
    env = {"TENCENTCLOUD_SECRET_ID": keys["secretId"], "TENCENTCLOUD_SECRET_KEY": keys["secretKey"]}
    assert answer(run_with_env(emulator, tmp_path, env))["RequestId"]


def test_credentials_from_the_tccli_default_profile(emulator: Emulator, tmp_path: Path) -> None:
    write_json(tmp_path / ".tccli" / "default.credential", keys_of(emulator))
    assert answer(run_with_env(emulator, tmp_path, {}))["RequestId"]


def test_the_environment_wins_over_the_tccli_default_profile(
    emulator: Emulator, tmp_path: Path
) -> None:
    write_json(tmp_path / ".tccli" / "default.credential", {"secretId": "AKIDx", "secretKey": "x"})
    keys = keys_of(emulator)
    env = {"TENCENTCLOUD_SECRET_ID": keys["secretId"], "TENCENTCLOUD_SECRET_KEY": keys["secretKey"]}
    assert answer(run_with_env(emulator, tmp_path, env))["RequestId"]


def test_a_named_profile_wins_over_the_environment(emulator: Emulator, tmp_path: Path) -> None:
    write_json(tmp_path / ".tccli" / "work.credential", keys_of(emulator))
    wrong = {"TENCENTCLOUD_SECRET_ID": "AKIDwrong", "TENCENTCLOUD_SECRET_KEY": "wrong"}
    assert answer(run_with_env(emulator, tmp_path, wrong, "--profile", "work"))["RequestId"]
    by_variable = {**wrong, "TCCLI_PROFILE": "work"}
    write_json(tmp_path / ".tccli" / "default.credential", {"secretId": "AKIDx", "secretKey": "x"})
    # TCCLI_PROFILE names the file, but the environment's keys still come first (no --profile).
    result = run_with_env(emulator, tmp_path, by_variable)
    assert result.returncode == 1 and "AuthFailure" in result.stderr
    del by_variable["TENCENTCLOUD_SECRET_ID"]
    assert answer(run_with_env(emulator, tmp_path, by_variable))["RequestId"]


def test_a_named_profile_without_a_tccli_file_is_the_tencentcloud_credentials_section(
    emulator: Emulator, tmp_path: Path
) -> None:
    keys = keys_of(emulator)
    credentials = tmp_path / ".tencentcloud" / "credentials"
    credentials.parent.mkdir()
    credentials.write_text(
        f"[work]\nsecret_id = {keys['secretId']}\nsecret_key = {keys['secretKey']}\n"
    )
    assert answer(run_with_env(emulator, tmp_path, {}, "--profile", "work"))["RequestId"]


def test_the_https_proxy_option_sends_through_that_proxy(
    emulator: Emulator, tmp_path: Path
) -> None:
    with ForwardProxy() as proxy:
        result = describe(emulator, tmp_path, "--https-proxy", proxy.url)
        assert answer(result)["RequestId"]
        assert [request.line.split()[1] for request in proxy.requests] == [f"{emulator.endpoint}/"]


def namespace(**given: Any) -> argparse.Namespace:
    options = {
        "profile": None,
        "secretId": None,
        "secretKey": None,
        "token": None,
        "use_cvm_role": False,
        "role_arn": None,
        "role_session_name": None,
        "https_proxy": None,
    }
    return argparse.Namespace(**{**options, **given})


def test_use_cvm_role_and_role_arn_choose_those_providers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDsource")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "source-key")
    cvm = credentials_arguments(namespace(use_cvm_role=True), "default")["credentials"]
    assert isinstance(cvm, CvmRoleCredentials)
    role = credentials_arguments(
        namespace(role_arn="qcs::cam::uin/1:roleName/r", role_session_name="cli"), "default"
    )["credentials"]
    assert isinstance(role, StsAssumeRoleCredentials)
    assert role.role_arn == "qcs::cam::uin/1:roleName/r"
    assert type(role.source).__name__ == "DefaultCredentialsChain"
    signed_by_keys = credentials_arguments(
        namespace(role_arn="qcs::r", role_session_name="cli", secretId="AKIDa", secretKey="k"),
        "default",
    )["credentials"]
    assert signed_by_keys.source.get().secret_id == "AKIDa"


def test_a_tccli_cvm_role_profile_uses_the_instance_role(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    write_json(tmp_path / ".tccli" / "vm.credential", {"type": "cvm-role"})
    provider = credentials_arguments(namespace(profile="vm"), "vm")["credentials"]
    assert isinstance(provider, CvmRoleCredentials)


# Inputs of a data type (this spec has none: a data type of its answers stands in)

STATUS_FIELDS = (
    Input("SerialNo", "serial_no", "string", "string", placeholder=""),
    Input("Fee", "fee", "integer", "integer", placeholder=0),
)
SHAPED = Command(
    "Shaped",
    "shaped",
    summary="Takes data types",
    description="A command whose inputs are data types.",
    inputs=(
        Input("One", "one", "SendStatus", "SendStatus", shape=True, required=True),
        Input("Many", "many", "SendStatus", "list of SendStatus", array=True, shape=True),
    ),
)


def test_a_data_type_input_is_a_json_object_of_its_fields_and_becomes_its_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(TYPES, "SendStatus", STATUS_FIELDS)
    assert parameters.skeleton(SHAPED) == {
        "One": {"SerialNo": "", "Fee": 0},
        "Many": [{"SerialNo": "", "Fee": 0}],
    }
    values = parameters.parameter_values(
        SHAPED, {"One": '{"SerialNo": "s1", "Fee": 1}', "Many": '[{"Fee": 2}]'}, None
    )
    arguments = parameters.call_arguments(SHAPED, values)
    assert isinstance(arguments["one"], SendStatus) and arguments["one"].serial_no == "s1"
    assert [item.fee for item in arguments["many"]] == [2]
    assert parameters.call_arguments(SHAPED, {}) == {"one": None}  # for validation to report


@pytest.mark.parametrize("sign_method", ["TC3-HMAC-SHA256", "HmacSHA256", "HmacSHA1"])
def test_every_signature_method_the_spec_lists_is_accepted_by_the_service(
    sign_method: str, emulator: Emulator, tmp_path: Path
) -> None:
    result = describe(emulator, tmp_path, "--sign-method", sign_method)
    assert len(answer(result)["PhoneNumberInfoSet"]) == 2


@pytest.mark.parametrize("action", action_names())
def test_every_documented_answer_prints_as_text_and_as_aligned_tables(action: str) -> None:
    example = sms_spec()["actions"][action]["examples"][0]["response"]
    assert text_lines(example)[0]  # the top level's scalars (RequestId at least)
    tables: list[list[str]] = [[]]
    for line in render_table(example).splitlines():
        if line[:1] in "+|":
            tables[-1].append(line)
        else:  # a title starts the next table
            tables.append([])
    for grid in tables:
        assert len({_columns(line) for line in grid}) <= 1, grid
    assert all(tables[1:])


def _columns(line: str) -> int:
    wide = sum(1 for char in line if unicodedata.east_asian_width(char) in "WF")
    return len(line) + wide
