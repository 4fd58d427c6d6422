"""The command line's cost: start-up, one call, and a campaign, next to tccli's.

Run alone (``python bench/cli_startup.py``) or as part of ``bench/run.py`` (``--cli`` for these
rows only). Every figure is a fresh process timed from the outside (median and best of RUNS): what
a shell script calling the command once per message pays.

- ``python -m tcsms --help``, the console script ``tcsms --help``, ``tcsms SendSms`` against the
  emulator (in a process of its own);
- ``tccli help``, ``tccli sms SendSms help`` and ``tccli sms SendSms`` against the same emulator.
  tccli has no option for a plain-http endpoint (its SDK always speaks https), so its SendSms runs
  through ``TCCLI_HTTP``: tccli's own ``main`` after one line making the SDK's ``HttpProfile`` use
  http. The shim costs nothing measurable; the start-up rows run the real console script;
- a campaign of CAMPAIGN numbers with ``tcsms send-bulk`` (one process), next to TCCLI_CAMPAIGN
  processes of ``tccli sms SendSms`` with one number each (how many such processes 1,000 numbers
  take follows from the per-process time).

Rows whose tool is missing (tccli: ``pip install -e '.[bench]'``) say so instead of a figure.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))  # run.py's emulator helpers, when run as a script

from run import (  # noqa: E402
    SECRET_ID,
    SECRET_KEY,
    approved_sign_and_template,
    emulator_process,
    row,
)

RUNS = 20
CAMPAIGN = 1000
TCCLI_CAMPAIGN = 20
APP_ID = "1400006666"
SIGN = "Tencent Cloud"  # what approved_sign_and_template creates
REGION = "ap-guangzhou"
BIN = Path(sys.executable).parent
TCCLI_HTTP = """
import sys
from tencentcloud.common.profile.http_profile import HttpProfile
init = HttpProfile.__init__
def http(self, *args, **kwargs):
    init(self, *args, **kwargs)
    self.protocol = self.scheme = "http"
HttpProfile.__init__ = http
from tccli.main import main
sys.exit(main())
"""


@contextmanager
def clean_environment() -> Iterator[dict[str, str]]:
    """An empty home (no tccli profile), no proxy, no credentials from the environment."""
    with tempfile.TemporaryDirectory() as home:
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.lower().endswith("_proxy")
            and not name.startswith(("TENCENTCLOUD_", "TCCLI_"))
        }
        yield {**env, "HOME": home}


def timed_runs(commands: Iterable[list[str]], env: dict[str, str]) -> list[float]:
    """Seconds each command took, run one after the other; each must succeed."""
    samples = []
    for command in commands:
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=BENCH)
        samples.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command[:4])}...: exit {done.returncode}: {done.stderr}")
    return samples


def repeated(command: list[str], runs: int = RUNS) -> list[list[str]]:
    return [command] * runs


def figure(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.0f} ms (best {min(samples) * 1000:.0f})"


def number(index: int) -> str:
    """A number of its own for each run: the service limits messages to one number per 30 s."""
    return f"+86135{index:08d}"


def send_sms_parameters(template_id: str, numbers: list[str]) -> list[str]:
    import json

    return [
        "--PhoneNumberSet", json.dumps(numbers),
        "--SmsSdkAppId", APP_ID,
        "--SignName", SIGN,
        "--TemplateId", template_id,
        "--TemplateParamSet", '["1234"]',
        "--region", REGION,
        "--secretId", SECRET_ID,
        "--secretKey", SECRET_KEY,
    ]  # fmt: skip


def tcsms_send_sms(url: str, template_id: str, index: int) -> list[str]:
    """``python -m tcsms SendSms`` to one number of its own."""
    parameters = send_sms_parameters(template_id, [number(index)])
    return [sys.executable, "-m", "tcsms", "SendSms", "--endpoint", url, *parameters]


def tccli_send_sms(url: str, template_id: str, index: int) -> list[str]:
    """``tccli sms SendSms`` (through TCCLI_HTTP) to one number of its own."""
    parameters = send_sms_parameters(template_id, [number(index)])
    endpoint = url.removeprefix("http://")  # tccli takes a host; TCCLI_HTTP picks the scheme
    return [sys.executable, "-c", TCCLI_HTTP, "sms", "SendSms", "--endpoint", endpoint, *parameters]


def tcsms_rows(url: str, template_id: str, env: dict[str, str]) -> list[str]:
    floor = timed_runs(repeated([sys.executable, "-c", "pass"]), env)
    module_help = timed_runs(repeated([sys.executable, "-m", "tcsms", "--help"]), env)
    rows = [
        row("python -c pass (interpreter floor)", figure(floor), f"median of {RUNS} processes"),
        row("python -m tcsms --help", figure(module_help), f"median of {RUNS}"),
    ]
    script = BIN / "tcsms"
    if script.exists():
        samples = timed_runs(repeated([str(script), "--help"]), env)
        rows.append(row("tcsms --help (console script)", figure(samples), f"median of {RUNS}"))
    else:
        rows.append(row("tcsms --help (console script)", "not installed", "make generate"))
    action_help = timed_runs(repeated([sys.executable, "-m", "tcsms", "SendSms", "--help"]), env)
    rows.append(row("python -m tcsms SendSms --help", figure(action_help), f"median of {RUNS}"))
    commands = [tcsms_send_sms(url, template_id, index) for index in range(RUNS)]
    rows.append(
        row("tcsms SendSms, 1 number, emulator", figure(timed_runs(commands, env)), "one call")
    )
    return rows


def tccli_rows(url: str, template_id: str, env: dict[str, str]) -> tuple[list[str], float | None]:
    """tccli's rows, and the median seconds of one ``tccli sms SendSms`` process (or None)."""
    tccli = BIN / "tccli"
    if importlib.util.find_spec("tccli") is None or not tccli.exists():
        missing = "not installed: pip install -e '.[bench]'"
        return [row("tccli", missing, "")], None
    program_help = timed_runs(repeated([str(tccli), "help"]), env)
    action_help = timed_runs(repeated([str(tccli), "sms", "SendSms", "help"]), env)
    rows = [
        row("tccli help", figure(program_help), "console script"),
        row("tccli sms SendSms help", figure(action_help), "console script"),
    ]
    commands = [tccli_send_sms(url, template_id, RUNS + index) for index in range(RUNS)]
    try:
        samples = timed_runs(commands, env)
    except RuntimeError as error:
        note = f"tccli could not reach the emulator: {str(error)[:120]}"
        rows.append(row("tccli sms SendSms, 1 number, emulator", "skipped", note))
        return rows, None
    rows.append(row("tccli sms SendSms, 1 number, emulator", figure(samples), "via TCCLI_HTTP"))
    return rows, statistics.median(samples)


def campaign_rows(
    url: str, template_id: str, env: dict[str, str], tccli_call: float | None
) -> list[str]:
    with tempfile.TemporaryDirectory() as scratch:
        numbers = Path(scratch) / "numbers.txt"
        first = 2 * RUNS
        numbers.write_text("".join(f"{number(first + i)}\n" for i in range(CAMPAIGN)))
        command = [
            sys.executable, "-m", "tcsms", "send-bulk", "--numbers", str(numbers),
            "--endpoint", url, "--region", REGION,
            "--secretId", SECRET_ID, "--secretKey", SECRET_KEY,
            "--SmsSdkAppId", APP_ID, "--SignName", SIGN, "--TemplateId", template_id,
            "--TemplateParamSet", '["1234"]', "--results", str(Path(scratch) / "results.jsonl"),
        ]  # fmt: skip
        (seconds,) = timed_runs([command], env)
    rows = [
        row(
            f"tcsms send-bulk, {CAMPAIGN:,} numbers",
            f"{seconds:.2f} s",
            f"one process; {CAMPAIGN / seconds:,.0f} numbers/s",
        )
    ]
    if tccli_call is None:
        rows.append(row(f"tccli, {TCCLI_CAMPAIGN} SendSms processes", "skipped", "see above"))
        return rows
    first = 2 * RUNS + CAMPAIGN
    commands = [tccli_send_sms(url, template_id, first + index) for index in range(TCCLI_CAMPAIGN)]
    total = sum(timed_runs(commands, env))
    per_number = total / TCCLI_CAMPAIGN
    from tcsms import _service

    per_request = next(iter(_service.BULK_ACTIONS.values())).max_numbers
    rows.append(
        row(
            f"tccli sms SendSms x {TCCLI_CAMPAIGN}, 1 number each",
            f"{total:.2f} s",
            f"{per_number * 1000:.0f} ms a number: {CAMPAIGN:,} numbers ≈"
            f" {per_number * CAMPAIGN:.0f} s one per process,"
            f" {per_number * -(-CAMPAIGN // per_request):.1f} s in processes of {per_request}",
        )
    )
    return rows


def rows() -> list[str]:
    with clean_environment() as env, emulator_process() as url:
        template_id = approved_sign_and_template(url)
        ours = tcsms_rows(url, template_id, env)
        theirs, tccli_call = tccli_rows(url, template_id, env)
        campaign = campaign_rows(url, template_id, env, tccli_call)
    return [*ours, *theirs, *campaign]


if __name__ == "__main__":
    print("| measure | value | note |\n| --- | --- | --- |\n" + "\n".join(rows()))
