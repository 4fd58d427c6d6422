"""Every way a command line fails: one line on stderr naming the problem, exit status 2 for a
bad command line and 1 for a failed call, never a traceback; ``--debug`` shows the exchange with
its secrets left out."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from emulator_support.raw import APP_ID

from support.cli_process import cli_env, run_cli
from support.specs import input_constraint
from tcsms.emulator import Emulator

TOKEN = "cli-session-token-0123456789"


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(auto_approve=True, rate_limits=False) as running:
        yield running


def failed(result: subprocess.CompletedProcess[str], status: int) -> str:
    """The stderr of a run that ended with ``status``, with no traceback and nothing printed."""
    assert result.returncode == status, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stdout == ""
    return result.stderr


def run_against(emulator: Emulator, home: Path, *args: str, **env: str) -> Any:
    return run_cli(*args, "--endpoint", emulator.endpoint, env=cli_env(home, emulator, env))


# Bad command lines: 2


@pytest.mark.parametrize(
    ("word", "suggestion"),
    [
        ("SendSMS", "SendSms"),
        ("send-sms", "SendSms"),
        ("DescribeSmsSignLis", "DescribeSmsSignList"),
    ],
)
def test_an_unknown_action_suggests_the_closest(word: str, suggestion: str, tmp_path: Path) -> None:
    stderr = failed(run_cli(word, env=cli_env(tmp_path)), 2)
    assert f"unknown action {word!r}; did you mean {suggestion}?" in stderr


def test_an_action_like_none_gets_no_suggestion(tmp_path: Path) -> None:
    stderr = failed(run_cli("Frobnicate", env=cli_env(tmp_path)), 2)
    assert "unknown action 'Frobnicate'" in stderr and "did you mean" not in stderr
    assert "tcsms --help" in stderr


def test_no_words_print_the_help_on_stderr(tmp_path: Path) -> None:
    stderr = failed(run_cli(env=cli_env(tmp_path)), 2)
    assert "SendSms" in stderr


def test_bad_json_names_the_parameter(emulator: Emulator, tmp_path: Path) -> None:
    result = run_against(emulator, tmp_path, "SendSms", "--PhoneNumberSet", "[+8613711112222")
    assert "--PhoneNumberSet: not valid JSON: " in failed(result, 2)
    assert emulator.admin.requests_received("SendSms") == 0


def test_a_bad_integer_names_the_parameter(emulator: Emulator, tmp_path: Path) -> None:
    result = run_against(
        emulator, tmp_path, "PullSmsSendStatus", "--SmsSdkAppId", APP_ID, "--Limit", "ten"
    )
    assert "--Limit: expected an integer, got 'ten'" in failed(result, 2)


def test_a_missing_required_parameter_is_the_librarys_validation_error(
    emulator: Emulator, tmp_path: Path
) -> None:
    result = run_against(emulator, tmp_path, "SendSms", "--SmsSdkAppId", APP_ID)
    stderr = failed(result, 2)
    # The library's problems, named as the command line names the parameters.
    assert "invalid request: --PhoneNumberSet: required" in stderr
    assert "--TemplateId: required" in stderr
    assert "client's defaults" not in stderr
    assert emulator.admin.requests_received("SendSms") == 0


def test_a_broken_constraint_is_the_librarys_validation_error(
    emulator: Emulator, tmp_path: Path
) -> None:
    above = int(input_constraint("PullSmsSendStatus", "Limit", "maximum")) + 1
    result = run_against(
        emulator, tmp_path, "PullSmsSendStatus", "--SmsSdkAppId", APP_ID, "--Limit", str(above)
    )
    assert f"invalid request: --Limit: {above} is above the maximum" in failed(result, 2)


@pytest.mark.parametrize(
    ("input_json", "message"),
    [
        ("[1]", "--cli-input-json: expected a JSON object of parameters"),
        ("{nope", "--cli-input-json: not valid JSON: "),
        ('{"Bogus": 1}', "--cli-input-json: DescribePhoneNumberInfo has no parameter Bogus"),
        ("file:///nonexistent/input.json", "--cli-input-json: cannot read /nonexistent/input.json"),
    ],
)
def test_bad_cli_input_json_says_what_is_wrong(
    input_json: str, message: str, emulator: Emulator, tmp_path: Path
) -> None:
    result = run_against(
        emulator, tmp_path, "DescribePhoneNumberInfo", "--cli-input-json", input_json
    )
    assert message in failed(result, 2)


def test_all_on_an_action_that_does_not_page(emulator: Emulator, tmp_path: Path) -> None:
    result = run_against(
        emulator,
        tmp_path,
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        "--all",
    )
    assert "--all: DescribePhoneNumberInfo does not page" in failed(result, 2)


def test_all_refuses_an_input_the_iterator_sets(emulator: Emulator, tmp_path: Path) -> None:
    result = run_against(
        emulator,
        tmp_path,
        "DescribeSmsTemplateList",
        "--International",
        "0",
        "--Offset",
        "5",
        "--all",
    )
    assert "--Offset: --all sets it itself" in failed(result, 2)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--timeout", "soon"], "argument --timeout: invalid float value: 'soon'"),
        (["--sign-method", "MD5"], "argument --sign-method: invalid choice: 'MD5'"),
        (["--output", "yaml"], "argument --output: invalid choice: 'yaml'"),
        (["--role-arn", "qcs::cam::uin/1:roleName/r"], "--role-arn and --role-session-name go"),
        (["--use-cvm-role", "--secretId", "AKIDx"], "--use-cvm-role cannot be combined"),
        (["--secretId", "AKIDx"], "argument secret_id was given without secret_key"),
        (["--timeout", "-1"], "error: "),
        (["--https-proxy", "socks5://127.0.0.1:1"], "unsupported proxy scheme 'socks5'"),
    ],
)
def test_bad_common_options_say_which(
    options: list[str], message: str, emulator: Emulator, tmp_path: Path
) -> None:
    result = run_against(
        emulator,
        tmp_path,
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        *options,
    )
    assert message in failed(result, 2)


def test_a_broken_tccli_file_is_named(emulator: Emulator, tmp_path: Path) -> None:
    (tmp_path / ".tccli").mkdir()
    (tmp_path / ".tccli" / "default.configure").write_text("{region: nope")
    result = run_against(
        emulator, tmp_path, "DescribePhoneNumberInfo", "--PhoneNumberSet", '["+8613711112222"]'
    )
    assert f"{tmp_path}/.tccli/default.configure: not valid JSON" in failed(result, 2)


def test_missing_jmespath_is_a_usage_error_naming_the_extra(
    emulator: Emulator, tmp_path: Path
) -> None:
    before = emulator.admin.requests_received()
    result = run_cli(
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        "--filter",
        "RequestId",
        "--endpoint",
        emulator.endpoint,
        env=cli_env(tmp_path, emulator),
        prelude="import sys; sys.modules['jmespath'] = None",
    )
    stderr = failed(result, 2)
    assert "--filter needs the jmespath package: pip install 'tcsms[cli]'" in stderr
    assert emulator.admin.requests_received() == before  # refused before sending


def test_a_bad_filter_expression_is_a_usage_error(emulator: Emulator, tmp_path: Path) -> None:
    result = run_against(
        emulator,
        tmp_path,
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        "--filter",
        "[?",
    )
    assert "--filter: not a JMESPath expression" in failed(result, 2)


# Failed calls: 1


def test_a_service_error_prints_its_code_message_and_request_id(
    emulator: Emulator, tmp_path: Path
) -> None:
    result = run_against(
        emulator,
        tmp_path,
        "SendSms",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        "--SmsSdkAppId",
        APP_ID,
        "--TemplateId",
        "999999",
        "--SignName",
        "Nobody",
    )
    (line,) = failed(result, 1).splitlines()
    assert line.startswith("[FailedOperation.")
    assert line.endswith(")") and "(request id: " in line


def test_wrong_keys_are_the_services_auth_failure(emulator: Emulator, tmp_path: Path) -> None:
    result = run_against(
        emulator,
        tmp_path,
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        TENCENTCLOUD_SECRET_KEY="not-the-key",
    )
    assert failed(result, 1).startswith("[AuthFailure.SignatureFailure] ")


def test_an_unreachable_endpoint_is_a_network_error(tmp_path: Path) -> None:
    with_port_closed = "http://127.0.0.1:9"
    result = run_cli(
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        "--endpoint",
        with_port_closed,
        env=cli_env(
            tmp_path, None, {"TENCENTCLOUD_SECRET_ID": "AKIDx", "TENCENTCLOUD_SECRET_KEY": "k"}
        ),
    )
    stderr = failed(result, 1)
    assert stderr.startswith("tcsms: NetworkError: ") and "127.0.0.1:9" in stderr


def test_a_slow_answer_is_a_timeout(emulator: Emulator, tmp_path: Path) -> None:
    emulator.admin.add_fault("DescribePhoneNumberInfo", count=3, delay=2.0)
    try:
        result = run_against(
            emulator,
            tmp_path,
            "DescribePhoneNumberInfo",
            "--PhoneNumberSet",
            '["+8613711112222"]',
            "--timeout",
            "0.2",
        )
    finally:
        emulator.admin.clear_faults()
    assert failed(result, 1).startswith("tcsms: RequestTimeoutError: ")


def test_ctrl_c_ends_with_130_and_no_traceback(emulator: Emulator, tmp_path: Path) -> None:
    emulator.admin.add_fault("DescribePhoneNumberInfo", delay=5.0)
    before = emulator.admin.requests_received("DescribePhoneNumberInfo")
    command = [
        sys.executable,
        "-m",
        "tcsms",
        "DescribePhoneNumberInfo",
        "--PhoneNumberSet",
        '["+8613711112222"]',
        "--endpoint",
        emulator.endpoint,
    ]
    process = subprocess.Popen(
        command,
        env=cli_env(tmp_path, emulator),
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 10
        while emulator.admin.requests_received("DescribePhoneNumberInfo") == before:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=10)
    finally:
        process.kill()
        emulator.admin.clear_faults()
    assert process.returncode == 130, stderr
    assert stderr == "tcsms: interrupted\n" and stdout == ""


# --debug


def test_debug_logs_the_exchange_without_the_secret_key_or_token(tmp_path: Path) -> None:
    with Emulator(token=TOKEN, rate_limits=False) as emulator:
        result = run_cli(
            "DescribePhoneNumberInfo",
            "--PhoneNumberSet",
            '["+8613711112222"]',
            "--token",
            TOKEN,
            "--secretId",
            emulator.credentials.secret_id,
            "--secretKey",
            emulator.credentials.secret_key,
            "--endpoint",
            emulator.endpoint,
            "--debug",
            env=cli_env(tmp_path),
        )
        secret_key = emulator.credentials.secret_key
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["RequestId"]
    assert "DescribePhoneNumberInfo attempt 1 request: POST /" in result.stderr
    assert '{"PhoneNumberSet":["+8613711112222"]}' in result.stderr
    assert secret_key not in result.stderr and TOKEN not in result.stderr


def test_debug_shows_the_traceback_of_a_failure(emulator: Emulator, tmp_path: Path) -> None:
    result = run_against(emulator, tmp_path, "SendSms", "--SmsSdkAppId", APP_ID, "--debug")
    assert result.returncode == 2
    assert "Traceback" in result.stderr and "ValidationError" in result.stderr
