"""``make bench``: our clients against the official SDK and the raw floor, on one local server.

Prints a table and the ratios the targets are stated in. Every figure is the best of a few rounds,
to keep a busy machine's noise out of the comparison; all rows of one run share the same server.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))  # synthetic_spec, when run as a script
SECRET_ID = "AKIDbenchmarkbenchmarkbench0000"
SECRET_KEY = "benchmarkbenchmarkbenchmark00000"
NUMBERS = ["+8618511122266", "+8618511122233"]
# The documented SendSms example, as keyword arguments of our clients.
SEND_SMS: dict[str, Any] = {
    "phone_number_set": NUMBERS,
    "sms_sdk_app_id": "1400006666",
    "template_id": "1234",
    "sign_name": "Tencent Cloud",
    "template_param_set": ["12345"],
    "session_context": "test",
}
SYNC_CALLS = 2000
ROUNDS = 3
LOAD_CALLS = 10_000
CONCURRENCY = 64


@contextmanager
def bench_server(answer_file: Path | None = None) -> Iterator[int]:
    """Runs bench/server.py in its own process (answering with ``answer_file``); yields its port."""
    with tempfile.TemporaryDirectory() as scratch:
        port_file = Path(scratch) / "port"
        answer = [str(answer_file)] if answer_file is not None else []
        process = subprocess.Popen(
            [sys.executable, str(BENCH / "server.py"), str(port_file), *answer]
        )
        try:
            deadline = time.monotonic() + 20
            while not port_file.exists() or not port_file.read_text():
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the bench server did not start")
                time.sleep(0.05)
            yield int(port_file.read_text())
        finally:
            process.terminate()
            process.wait(timeout=10)


def best_per_call_us(call: Callable[[], object], calls: int = SYNC_CALLS) -> float:
    """Microseconds per call: the best mean over ROUNDS rounds after a warm-up."""
    for _ in range(200):
        call()
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(calls):
            call()
        best = min(best, (time.perf_counter() - started) / calls * 1e6)
    return best


def sync_ours(port: int) -> float:
    from tcsms import SmsClient

    with SmsClient(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=f"http://127.0.0.1:{port}"
    ) as client:
        return best_per_call_us(lambda: client.send_sms(**SEND_SMS))


def sync_floor(port: int) -> float:
    """The same signed bytes over one kept-alive ``http.client`` connection: no SDK at all."""
    from tcsms._core import Endpoint, RequestBuilder
    from tcsms._credentials import Credentials

    builder = RequestBuilder("ap-guangzhou", Endpoint("http", "127.0.0.1", port))
    prepared = builder.prepare("SendSms", send_sms_payload(), Credentials(SECRET_ID, SECRET_KEY))
    connection = http.client.HTTPConnection("127.0.0.1", port)

    def call() -> bytes:
        connection.request("POST", "/", prepared.body, prepared.headers)
        return connection.getresponse().read()

    try:
        return best_per_call_us(call)
    finally:
        connection.close()


def send_sms_payload() -> dict[str, Any]:
    """The same call's wire form, as every client sends it."""
    from tcsms import models

    return models.SendSmsRequest(**SEND_SMS).to_wire()


def official_profile(port: int) -> object:
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile

    return ClientProfile(
        httpProfile=HttpProfile(protocol="http", endpoint=f"127.0.0.1:{port}", keepAlive=True)
    )


def official_request() -> object:
    from tencentcloud.sms.v20210111 import models

    request = models.SendSmsRequest()
    request.from_json_string(__import__("json").dumps(send_sms_payload()))
    return request


def sync_official(port: int) -> float:
    from tencentcloud.common.credential import Credential
    from tencentcloud.sms.v20210111.sms_client import SmsClient as OfficialClient

    client = OfficialClient(
        Credential(SECRET_ID, SECRET_KEY), "ap-guangzhou", official_profile(port)
    )
    request = official_request()
    return best_per_call_us(lambda: client.SendSms(request))


def import_ms(statement: str, module: str, runs: int = 9) -> float:
    """Median cumulative import time of ``module`` (``-X importtime``) in fresh interpreters."""
    samples = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", statement],
            capture_output=True,
            text=True,
            check=True,
        )
        for line in result.stderr.splitlines():
            name = line.rsplit("|", 1)[-1].strip()
            if name == module:
                samples.append(int(line.split("|")[1]) / 1000)
    return statistics.median(samples)


async def load(call: Callable[[], Awaitable[object]]) -> tuple[float, int]:
    """(calls per second, failures) for LOAD_CALLS calls by CONCURRENCY tasks."""
    remaining = LOAD_CALLS
    failures = 0

    async def worker() -> None:
        nonlocal remaining, failures
        while remaining > 0:
            remaining -= 1
            try:
                await call()
            except Exception:
                failures += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return LOAD_CALLS / (time.perf_counter() - started), failures


async def load_ours(port: int) -> tuple[float, int]:
    from tcsms import AsyncSmsClient

    async with AsyncSmsClient(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=f"http://127.0.0.1:{port}"
    ) as client:
        return await load(lambda: client.send_sms(**SEND_SMS))


async def load_official(port: int) -> tuple[float, int]:
    from tencentcloud.common.credential import Credential
    from tencentcloud.sms.v20210111.sms_client_async import SmsClient as OfficialAsyncClient

    client = OfficialAsyncClient(
        Credential(SECRET_ID, SECRET_KEY), "ap-guangzhou", official_profile(port)
    )
    request = official_request()
    return await load(lambda: client.SendSms(request))


@contextmanager
def emulator_process() -> Iterator[str]:
    """``python -m tcsms.emulator`` in its own process, approving everything; yields its URL."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tcsms.emulator",
            "--port",
            "0",
            "--secret-id",
            SECRET_ID,
            "--secret-key",
            SECRET_KEY,
            "--auto-approve",
            "--no-rate-limits",
            "--quiet",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        if not first_line.startswith("listening on "):
            raise RuntimeError(f"the emulator did not start: {first_line!r}")
        yield first_line.removeprefix("listening on ").strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def approved_sign_and_template(url: str) -> str:
    """Creates (auto-approved) a signature and a one-variable template; returns the template id."""
    from tcsms import SmsClient

    with SmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=url) as client:
        client.add_sms_sign(
            sign_name="Tencent Cloud",
            sign_type=0,
            document_type=0,
            international=0,
            sign_purpose=0,
            proof_image="aGVsbG8=",
        )
        added = client.add_sms_template(
            template_name="code",
            template_content="Your code is {1}",
            sms_type=3,
            international=0,
            remark="bench",
        )
    return str(added.add_template_status.template_id)


async def load_emulator(url: str, template_id: str) -> tuple[float, int]:
    from tcsms import AsyncSmsClient

    async with AsyncSmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=url) as client:
        return await load(
            lambda: client.send_sms(
                phone_number_set=NUMBERS,
                sms_sdk_app_id="1400006666",
                template_id=template_id,
                sign_name="Tencent Cloud",
                template_param_set=["12345"],
            )
        )


# Generation at scale: synthetic specs (bench/synthetic_spec.py), output in temporary folders.
GENERATE = [sys.executable, "-m", "generator"]
SCALE_ACTION = "Describe0500Thing"
# A documented answer of SCALE_ACTION, so the first call reads it without a difference to log.
SCALE_ANSWER = {
    "TotalCount": 1,
    "RecordSet": [{"Id": 1, "Name": "a", "CreatedAt": None, "Tags": ["x"], "Child": None}],
    "Summary": None,
    "RequestId": "bench",
}
FIRST_CALL = """
import time
started = time.perf_counter()
from tcsynth import SynthClient
with SynthClient(secret_id={secret_id!r}, secret_key={secret_key!r}, endpoint={url!r}) as client:
    client.describe0500_thing(resource_id="r", limit=10)
print(time.perf_counter() - started)
"""
# Runs a command and prints its wall time and the peak memory of the largest process it ran.
PEAK = """
import resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds ``command`` takes, run from the project root."""
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=BENCH.parent, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def cache_env(cache: Path) -> dict[str, str]:
    return {**os.environ, "TCGEN_CACHE_DIR": str(cache)}


def sms_check_unchanged() -> float:
    """``check`` of the real specs with nothing changed (the cache as a previous run left it)."""
    subprocess.run([*GENERATE, "check"], check=True, cwd=BENCH.parent, stdout=subprocess.DEVNULL)
    return min(timed([*GENERATE, "check"]) for _ in range(ROUNDS))


def generate_300(scratch: Path) -> tuple[float, float]:
    """(cold, again unchanged) seconds to generate 300 actions; cold has an empty format cache."""
    from synthetic_spec import write_synthetic_spec

    spec = write_synthetic_spec(300, scratch / "synth300.yaml")
    command = [*GENERATE, "generate", str(spec), "--out", str(scratch / "out300")]
    env = cache_env(scratch / "cache300")
    return timed(command, env), timed(command, env)


def generate_1000(scratch: Path) -> tuple[float, float, Path]:
    """(seconds, peak MB, output) to generate 1,000 actions with an empty format cache."""
    from synthetic_spec import write_synthetic_spec

    spec = write_synthetic_spec(1000, scratch / "synth1000.yaml")
    out = scratch / "out1000"
    command = [*GENERATE, "generate", str(spec), "--out", str(out)]
    result = subprocess.run(
        [sys.executable, "-c", PEAK, *command],
        check=True,
        cwd=BENCH.parent,
        env=cache_env(scratch / "cache1000"),
        capture_output=True,
        text=True,
    )
    seconds, peak_kb = result.stdout.split()
    return float(seconds), int(peak_kb) / 1024, out


def first_call_ms(package_root: Path, scratch: Path) -> float:
    """Import and one call of a 1,000-action package, in fresh processes.

    The package is byte-compiled first, as installing it does (and PYTHONDONTWRITEBYTECODE may
    keep the runs from doing it themselves).
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package_root)], check=True)
    answer = scratch / "answer.json"
    answer.write_text(json.dumps(SCALE_ANSWER), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    samples = []
    with bench_server(answer) as port:
        probe = FIRST_CALL.format(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, url=f"http://127.0.0.1:{port}"
        )
        for _ in range(ROUNDS):
            result = subprocess.run(
                [sys.executable, "-c", probe], check=True, env=env, capture_output=True, text=True
            )
            samples.append(float(result.stdout) * 1000)
    return min(samples)


def scale_rows() -> list[str]:
    sms_check = sms_check_unchanged()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        cold_300, again_300 = generate_300(scratch)
        cold_1000, peak_mb, out_1000 = generate_1000(scratch)
        first_call = first_call_ms(out_1000 / "tcsynth", scratch)
    return [
        row("SMS check, nothing changed", f"{sms_check:.2f} s", "target ≤ 1.5 s"),
        row("300 actions: generate cold", f"{cold_300:.1f} s", "empty cache; target ≤ 20 s"),
        row("300 actions: generate again unchanged", f"{again_300:.2f} s", "target ≤ 3 s"),
        row(
            "1,000 actions: generate cold",
            f"{cold_1000:.1f} s, {peak_mb:.0f} MB peak",
            "target ≤ 60 s, ≤ 400 MB",
        ),
        row(
            "1,000 actions: first call (import + call)",
            f"{first_call:.1f} ms",
            "fresh process; target ≤ 60 ms",
        ),
    ]


# Bulk sending: a million numbers streamed through AsyncSmsClient.send_bulk, the emulator in a
# process of its own; a tenth as many shows whether the client's memory grows with the list.
BULK_COUNTS = (100_000, 1_000_000)


def bulk_run(count: int, journal: bool) -> tuple[dict[str, Any], int]:
    """One send_bulk of ``count`` numbers against a fresh emulator: its report, messages stored."""
    from tcsms.emulator import AdminClient

    with emulator_process() as url, tempfile.TemporaryDirectory() as scratch:
        template_id = approved_sign_and_template(url)
        journal_file = str(Path(scratch) / "campaign.db") if journal else "-"
        command = [sys.executable, str(BENCH / "bulk_send.py"), url, template_id, str(count)]
        result = subprocess.run(
            [*command, journal_file, SECRET_ID, SECRET_KEY],
            check=True,
            capture_output=True,
            text=True,
        )
        report: dict[str, Any] = json.loads(result.stdout)
        stored = int(AdminClient(url, timeout=60).call("message_count"))
    return report, stored


def bulk_rows() -> list[str]:
    rows = []
    for count in BULK_COUNTS:
        for journal in (False, True):
            report, stored = bulk_run(count, journal)
            counts = report["counts"]
            rows.append(
                row(
                    f"send_bulk {count:,} numbers (async, c=32){', journal' if journal else ''}",
                    f"{count / report['seconds']:,.0f} numbers/s,"
                    f" {report['peak_mib']:.0f} MiB peak",
                    f"{report['seconds']:.1f} s; {counts['sent']:,} sent, {stored:,} stored",
                )
            )
    return rows


def credential_rows() -> list[str]:
    """Asking the credentials provider before each attempt (``bench/credentials.py``)."""
    sys.path.insert(0, str(BENCH))
    from credentials import rows

    return rows()


def cli_rows() -> list[str]:
    """The command line's start-up, one call and a campaign, next to tccli's
    (``bench/cli_startup.py``)."""
    sys.path.insert(0, str(BENCH))
    from cli_startup import rows

    return rows()


def idle_rows() -> list[str]:
    """The emulator's load with and without 2,000 idle connections (``bench/emulator_idle.py``)."""
    sys.path.insert(0, str(BENCH))
    from emulator_idle import rows

    return rows()


def inbox_rows() -> list[str]:
    """The emulator's inbox page at 10,000 messages: bytes and render time (``bench/inbox.py``)."""
    sys.path.insert(0, str(BENCH))
    from inbox import rows

    return rows()


def row(name: str, value: str, note: str = "") -> str:
    return f"| {name} | {value} | {note} |"


def main() -> None:
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    if "--scale" in sys.argv[1:]:
        print("| measure | value | note |\n| --- | --- | --- |\n" + "\n".join(scale_rows()))
        return
    if "--credentials" in sys.argv[1:]:
        print("| measure | value | note |\n| --- | --- | --- |\n" + "\n".join(credential_rows()))
        return
    if "--bulk" in sys.argv[1:]:
        print("| measure | value | note |\n| --- | --- | --- |\n" + "\n".join(bulk_rows()))
        return
    if "--idle" in sys.argv[1:]:
        print("| measure | value | note |\n| --- | --- | --- |\n" + "\n".join(idle_rows()))
        return
    if "--inbox" in sys.argv[1:]:
        print("| measure | value | note |\n| --- | --- | --- |\n" + "\n".join(inbox_rows()))
        return
    if "--cli" in sys.argv[1:]:
        print("| measure | value | note |\n| --- | --- | --- |\n" + "\n".join(cli_rows()))
        return
    with bench_server() as port:
        floor = sync_floor(port)
        ours = sync_ours(port)
        official = sync_official(port)
        ours_rate, ours_failed = asyncio.run(load_ours(port))
        official_rate, official_failed = asyncio.run(load_official(port))
    with emulator_process() as url:
        template_id = approved_sign_and_template(url)
        emulator_rate, emulator_failed = asyncio.run(load_emulator(url, template_id))
        from tcsms.emulator import AdminClient

        # Every request answered is not enough: every message must also be stored.
        stored = len(AdminClient(url, timeout=60).call("messages"))
        sys.path.insert(0, str(BENCH))
        from emulator_idle import idle_row

        emulator_idle = idle_row(url, template_id)
    ours_import = import_ms("from tcsms import SmsClient", "tcsms")
    official_import = import_ms(
        "from tencentcloud.sms.v20210111.sms_client import SmsClient",
        "tencentcloud.sms.v20210111.sms_client",
    )
    lines = [
        "| measure | value | note |",
        "| --- | --- | --- |",
        row("raw http.client POST (floor)", f"{floor:.0f} µs/call", "same signed bytes"),
        row("tcsms SmsClient.send_sms", f"{ours:.0f} µs/call", f"overhead {ours - floor:.0f} µs"),
        row(
            "official SmsClient.SendSms",
            f"{official:.0f} µs/call",
            f"overhead {official - floor:.0f} µs",
        ),
        row(
            "overhead ratio tcsms / official",
            f"{(ours - floor) / (official - floor):.2f}",
            "target ≤ 0.20",
        ),
        row("import tcsms (SmsClient)", f"{ours_import:.1f} ms", "median of 9"),
        row("import official sms_client", f"{official_import:.1f} ms", "median of 9"),
        row(
            "import ratio tcsms / official", f"{ours_import / official_import:.2f}", "target ≤ 0.33"
        ),
        row(
            f"AsyncSmsClient, {LOAD_CALLS} SendSms at c={CONCURRENCY}",
            f"{ours_rate:.0f} calls/s",
            f"{ours_failed} failed",
        ),
        row(
            "official async client (httpx), same load",
            f"{official_rate:.0f} calls/s",
            f"{official_failed} failed",
        ),
        row("async speed-up tcsms / official", f"{ours_rate / official_rate:.1f}x", "target ≥ 5"),
        row(
            f"emulator: {LOAD_CALLS} signed SendSms at c={CONCURRENCY}",
            f"{emulator_rate:.0f} requests/s",
            f"{emulator_failed} failed; {stored} of {LOAD_CALLS * len(NUMBERS)} messages stored",
        ),
        emulator_idle,
        *credential_rows(),
        *cli_rows(),
        *inbox_rows(),
        *scale_rows(),
        *bulk_rows(),
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
