"""``python -m tcsms send-bulk`` in its own process against the emulator over loopback HTTP.

Request sizes come from the package's table (``_service.BULK_ACTIONS``); what was sent is checked
against the messages the emulator stored, not against what the command says.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from emulator_support.raw import APP_ID, setup_sending

from tcsms import _service
from tcsms.cli._actions import ACTIONS
from tcsms.emulator import Emulator

ACTION, BULK = next(iter(_service.BULK_ACTIONS.items()))
MAX_NUMBERS = BULK.max_numbers
# The parameter --numbers stands for, by its wire name.
NUMBERS_INPUT = next(i.wire_name for i in ACTIONS[ACTION].inputs if i.attr == BULK.numbers_attr)
SIGN = "Tencent"
PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}


def mainland(count: int, start: int = 0) -> list[str]:
    return [f"+86138{start + index:08d}" for index in range(count)]


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(rate_limits=False) as running:
        yield running


@pytest.fixture
def template_id(emulator: Emulator) -> str:
    return setup_sending(emulator)


@pytest.fixture
def environment(emulator: Emulator, tmp_path: Path) -> dict[str, str]:
    """No proxy, no tccli profile of the machine's: the emulator's keys in the environment."""
    home, scratch = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    scratch.mkdir()  # where a temporary journal goes, and stays when a run needs it again
    env = {
        name: value
        for name, value in os.environ.items()
        if name.lower() not in PROXY_VARIABLES and not name.startswith(("TENCENTCLOUD_", "TCCLI_"))
    }
    return {
        **env,
        "HOME": str(home),
        "TMPDIR": str(scratch),
        "TENCENTCLOUD_SECRET_ID": emulator.credentials.secret_id,
        "TENCENTCLOUD_SECRET_KEY": emulator.credentials.secret_key,
    }


class Run:
    def __init__(self, emulator: Emulator, template_id: str, env: dict[str, str]) -> None:
        self.emulator, self.template_id, self.env = emulator, template_id, env

    def command(self, *args: str, template_param_set: str = '["1234"]') -> list[str]:
        return [
            sys.executable,
            "-m",
            "tcsms",
            "send-bulk",
            "--endpoint",
            self.emulator.endpoint,
            "--SmsSdkAppId",
            APP_ID,
            "--SignName",
            SIGN,
            "--TemplateId",
            self.template_id,
            "--TemplateParamSet",
            template_param_set,
            *args,
        ]

    def __call__(
        self, *args: str, stdin: str | bytes | None = None, **options: Any
    ) -> subprocess.CompletedProcess[str]:
        data = stdin.encode() if isinstance(stdin, str) else stdin
        result = subprocess.run(
            self.command(*args, **options),
            input=data,
            capture_output=True,
            env=self.env,
            timeout=120,
        )
        return subprocess.CompletedProcess(
            result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
        )


@pytest.fixture
def send_bulk(emulator: Emulator, template_id: str, environment: dict[str, str]) -> Run:
    return Run(emulator, template_id, environment)


def numbers_file(path: Path, numbers: list[str]) -> str:
    path.write_text("".join(f"{number}\n" for number in numbers), encoding="utf-8")
    return str(path)


def delivered(emulator: Emulator) -> Counter[str]:
    """Messages the emulator sent (code Ok), by E.164 number."""
    return Counter(row["phone"] for row in emulator.admin.messages() if row["code"] == "Ok")


def records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_a_file_longer_than_a_request_sends_each_number_once_and_reports_each(
    send_bulk: Run, emulator: Emulator, tmp_path: Path
) -> None:
    numbers = mainland(2 * MAX_NUMBERS + 3)
    done = send_bulk("--numbers", numbers_file(tmp_path / "numbers.txt", numbers))
    assert done.returncode == 0, done.stderr
    assert delivered(emulator) == Counter(numbers)
    assert emulator.admin.requests_received(ACTION) == -(-len(numbers) // MAX_NUMBERS)
    rows = records(done.stdout)
    assert [row["number"] for row in rows] == numbers  # input order, one record each
    assert {row["outcome"] for row in rows} == {"sent"}
    assert {row["code"] for row in rows} == {"Ok"}
    assert all(row["serial_no"] for row in rows)
    assert f"{len(numbers):,} numbers: {len(numbers):,} sent, 0 rejected" in done.stderr
    # stderr is a pipe: no progress line, only the summary.
    assert "\r" not in done.stderr and "reading numbers" not in done.stderr
    assert done.stderr.count("\n") == 1


def test_csv_results_to_a_file_have_a_header_and_a_row_per_number(
    send_bulk: Run, emulator: Emulator, tmp_path: Path
) -> None:
    numbers = mainland(3)
    results = tmp_path / "results.csv"
    done = send_bulk(
        "--numbers",
        numbers_file(tmp_path / "numbers.txt", numbers),
        "--results",
        str(results),
        "--results-format",
        "csv",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    rows = list(csv.DictReader(io.StringIO(results.read_text(encoding="utf-8"))))
    assert [row["number"] for row in rows] == numbers
    assert [row["outcome"] for row in rows] == ["sent"] * 3
    header = results.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:4] == ["number", "outcome", "code", "message"] and "serial_no" in header


def test_numbers_from_stdin_with_blank_lines_and_spaces(send_bulk: Run, emulator: Emulator) -> None:
    numbers = mainland(4)
    text = f"\n{numbers[0]}\n\n  {numbers[1]}  \r\n{numbers[2]}\n{numbers[3]}"  # no final newline
    done = send_bulk("--numbers", "-", stdin=text)
    assert done.returncode == 0, done.stderr
    assert [row["number"] for row in records(done.stdout)] == numbers
    assert delivered(emulator) == Counter(numbers)


def test_invalid_and_duplicate_numbers_are_reported_and_never_sent(
    send_bulk: Run, emulator: Emulator
) -> None:
    lines = [
        b"+8613800000001",
        b"13800000001",  # the same number without +86
        b"+86138000\xff00002",  # not UTF-8
        b"not a number",  # the service's to judge
        b"+8613800000003",
    ]
    done = send_bulk("--numbers", "-", stdin=b"\n".join(lines) + b"\n")
    assert done.returncode == 1
    rows = records(done.stdout)
    assert [row["outcome"] for row in rows] == [
        "sent",
        "duplicate",
        "invalid",
        "rejected",
        "sent",
    ]
    assert rows[2]["number"] == "+86138000\\udcff00002" and "Unicode" in rows[2]["message"]
    assert rows[1]["message"] == "the same number as an earlier one"
    assert rows[3]["code"] == "InvalidParameterValue.IncorrectPhoneNumber"
    assert delivered(emulator) == Counter(["+8613800000001", "+8613800000003"])
    assert "1 duplicates" in done.stderr and "1 invalid" in done.stderr
    assert "2 of 5 numbers were not sent" in done.stderr


def test_a_blocked_number_is_rejected_and_the_exit_status_says_so(
    send_bulk: Run, emulator: Emulator, tmp_path: Path
) -> None:
    numbers = mainland(5)
    emulator.admin.block_number(numbers[2])
    done = send_bulk("--numbers", numbers_file(tmp_path / "numbers.txt", numbers))
    assert done.returncode == 1
    rows = records(done.stdout)
    assert [row["outcome"] for row in rows] == ["sent", "sent", "rejected", "sent", "sent"]
    assert rows[2]["code"] == "FailedOperation.PhoneNumberInBlacklist" and rows[2]["message"]
    assert "4 sent, 1 rejected" in done.stderr
    assert "1 of 5 numbers were not sent" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_run_again_with_the_journal_sends_nothing_again(
    send_bulk: Run, emulator: Emulator, tmp_path: Path
) -> None:
    numbers = mainland(MAX_NUMBERS + 1)
    arguments = ("--numbers", numbers_file(tmp_path / "numbers.txt", numbers))
    journal = ("--journal", str(tmp_path / "campaign.journal"))
    first = send_bulk(*arguments, *journal)
    assert first.returncode == 0, first.stderr
    requests = emulator.admin.requests_received(ACTION)
    again = send_bulk(*arguments, *journal)
    assert again.returncode == 0, again.stderr
    assert emulator.admin.requests_received(ACTION) == requests
    assert delivered(emulator) == Counter(numbers)
    assert again.stdout == first.stdout  # the same records, read from the journal


def test_a_refusal_that_stops_sending_leaves_numbers_unsent_for_a_run_again(
    send_bulk: Run, emulator: Emulator, tmp_path: Path
) -> None:
    numbers = mainland(2 * MAX_NUMBERS)
    arguments = ("--numbers", numbers_file(tmp_path / "numbers.txt", numbers))
    # A refusal of every number of the kind: no request of mainland numbers goes after it.
    code = sorted(BULK.kind_codes)[0]
    emulator.admin.add_fault(ACTION, code=code)
    stopped = send_bulk(*arguments, "--concurrency", "1")
    assert stopped.returncode == 1
    assert {row["outcome"] for row in records(stopped.stdout)} == {"unsent"}
    assert code in records(stopped.stdout)[0]["message"]
    assert f"{len(numbers):,} unsent" in stopped.stderr
    # No --journal: the temporary one is kept, and the message says how to use it.
    assert "the same command with --journal " in stopped.stderr
    journal = stopped.stderr.split("the same command with --journal ")[1].split()[0]
    assert Path(journal).exists()
    resumed = send_bulk(*arguments, "--journal", journal)
    assert resumed.returncode == 0, resumed.stderr
    assert delivered(emulator) == Counter(numbers)
    assert Path(journal).is_relative_to(tmp_path)


def test_ctrl_c_stops_and_the_same_command_sends_only_what_was_never_attempted(
    send_bulk: Run, emulator: Emulator, tmp_path: Path
) -> None:
    numbers = mainland(3 * MAX_NUMBERS)
    arguments = (
        "--numbers",
        numbers_file(tmp_path / "numbers.txt", numbers),
        "--journal",
        str(tmp_path / "campaign.journal"),
        "--concurrency",
        "1",
    )
    emulator.admin.add_fault(ACTION, delay=3)  # the first request hangs
    process = subprocess.Popen(
        send_bulk.command(*arguments),
        env=send_bulk.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while emulator.admin.requests_received(ACTION) == 0:
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert "the same command sends only the numbers never attempted" in stderr
    resumed = send_bulk(*arguments)
    assert resumed.returncode == 1  # the request in flight at the Ctrl-C is unknown
    outcomes = Counter(row["outcome"] for row in records(resumed.stdout))
    assert outcomes == {"unknown": MAX_NUMBERS, "sent": 2 * MAX_NUMBERS}
    # The emulator handled the delayed request: every number got exactly one message.
    assert delivered(emulator) == Counter(numbers)


def test_a_missing_numbers_file_is_a_usage_error_and_nothing_is_sent(
    send_bulk: Run, emulator: Emulator, tmp_path: Path
) -> None:
    done = send_bulk("--numbers", str(tmp_path / "absent.txt"))
    assert done.returncode == 2
    assert "--numbers" in done.stderr and "absent.txt" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert emulator.admin.requests_received(ACTION) == 0


def test_bad_json_of_an_array_parameter_is_a_usage_error_naming_it(
    send_bulk: Run, emulator: Emulator, tmp_path: Path
) -> None:
    path = numbers_file(tmp_path / "numbers.txt", mainland(2))
    done = send_bulk("--numbers", path, template_param_set="[1234")
    assert done.returncode == 2
    assert "--TemplateParamSet" in done.stderr and "Traceback" not in done.stderr
    assert emulator.admin.requests_received(ACTION) == 0


def test_an_argument_the_service_would_refuse_is_a_usage_error_before_sending(
    send_bulk: Run, emulator: Emulator, tmp_path: Path
) -> None:
    path = numbers_file(tmp_path / "numbers.txt", mainland(2))
    done = send_bulk("--numbers", path, template_param_set='"1234"')  # not an array
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert emulator.admin.requests_received(ACTION) == 0


def test_the_numbers_come_only_from_the_file(
    send_bulk: Run, emulator: Emulator, tmp_path: Path
) -> None:
    path = numbers_file(tmp_path / "numbers.txt", mainland(2))
    done = send_bulk("--numbers", path, f"--{NUMBERS_INPUT}", '["+8613800000009"]')
    assert done.returncode == 2 and "unrecognized arguments" in done.stderr
    given = json.dumps({NUMBERS_INPUT: ["+8613800000009"]})
    done = send_bulk("--numbers", path, "--cli-input-json", given)
    assert done.returncode == 2 and "--numbers" in done.stderr
    assert emulator.admin.requests_received(ACTION) == 0


def test_a_missing_required_parameter_is_a_usage_error_before_sending(
    send_bulk: Run, emulator: Emulator, tmp_path: Path
) -> None:
    command = send_bulk.command("--numbers", numbers_file(tmp_path / "n.txt", mainland(1)))
    at = command.index("--TemplateId")
    del command[at : at + 2]
    done = subprocess.run(command, env=send_bulk.env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "--TemplateId" in done.stderr and "Traceback" not in done.stderr
    assert emulator.admin.requests_received(ACTION) == 0
