"""``python -m tcsms emulator``: the emulator's own entry point under the package's command."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from tcsms import SmsClient
from tcsms.emulator import DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY


def start(*args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    return subprocess.Popen(
        [sys.executable, "-m", "tcsms", "emulator", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_prints_where_it_listens_serves_a_call_and_stops_cleanly_on_a_signal(
    signum: signal.Signals,
) -> None:
    process = start("--port", "0", "--quiet")
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        assert first.startswith("listening on http://127.0.0.1:"), first
        endpoint = first.removeprefix("listening on ")
        assert process.stdout.readline().strip() == f"inbox at {endpoint}/_inbox"
        with SmsClient(
            secret_id=DEFAULT_SECRET_ID, secret_key=DEFAULT_SECRET_KEY, endpoint=endpoint
        ) as client:
            added = client.add_sms_sign(
                sign_name="Tencent",
                sign_type=0,
                document_type=0,
                international=0,
                sign_purpose=0,
                proof_image="aGVsbG8=",
            )
        assert added.add_sign_status.sign_id
    finally:
        process.send_signal(signum)
        stdout, stderr = process.communicate(timeout=10)
    assert process.returncode == 0, stderr
    assert stdout == "" and stderr == ""  # --quiet: no line per request, and no traceback


def test_its_options_are_the_emulators_and_its_help_names_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tcsms", "emulator", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("usage: tcsms emulator")
    for option in ("--port", "--quiet", "--auto-approve", "--db", "--no-rate-limits"):
        assert option in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "tcsms", "emulator", "--no-such-option"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
