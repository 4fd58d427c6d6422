"""Every test runs under a time limit: a hang is a failure naming the test, and the run goes on."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A test per way the suite waits (a sleep, an asyncio loop, a thread join), then one that must run.
HANGING_TESTS = """
import asyncio
import threading
import time


def test_sleeps_too_long():
    time.sleep(60)


def test_awaits_too_long():
    asyncio.run(asyncio.sleep(60))


def test_joins_a_thread_that_waits_too_long():
    release = threading.Event()
    worker = threading.Thread(target=release.wait, args=(60,))
    worker.start()
    try:
        worker.join()
    finally:
        release.set()


def test_runs_after_the_hangs():
    pass
"""


def test_the_suite_runs_with_a_generous_per_test_time_limit(request: pytest.FixtureRequest) -> None:
    limit = str(request.config.getini("timeout"))
    assert limit, "no per-test timeout in [tool.pytest.ini_options]"
    assert 60 <= float(limit) <= 300, limit
    assert request.config.getini("timeout_method") == "signal"


def test_a_hanging_test_fails_by_name_with_its_time_limit_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    (tmp_path / "test_hangs.py").write_text(HANGING_TESTS)
    started = time.monotonic()
    result = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-p", "no:cacheprovider"),
            *("-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path)),
            *("--timeout", "1", "test_hangs.py"),
        ],
        cwd=tmp_path,
        env={**os.environ, "COLUMNS": "200"},  # summary lines in full
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    elapsed = time.monotonic() - started

    report = result.stdout + result.stderr
    assert result.returncode == 1, report
    for name in (
        "test_sleeps_too_long",
        "test_awaits_too_long",
        "test_joins_a_thread_that_waits_too_long",
    ):
        assert f"FAILED test_hangs.py::{name} - Failed: Timeout (>1.0s)" in report, report
    assert "3 failed, 1 passed" in report, report
    assert elapsed < 45, elapsed
