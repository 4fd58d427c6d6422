"""``import tcsms`` loads only what a sync call needs; the rest waits for first use."""

from __future__ import annotations

import json
import subprocess
import sys

LAZY = [
    "asyncio",
    "tcsms._async_transport",
    "tcsms.async_client",
    "tcsms.emulator",
    "tcsms.status_codes",
    "tcsms.models",
    "tcsms.errors",
    "tcsms._validation",
    "http.client",
    "logging",
    "configparser",
    "ssl",
]


def modules_after(statement: str) -> set[str]:
    """The modules a fresh interpreter has loaded after ``statement``."""
    probe = f"{statement}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout))


def test_importing_the_package_and_the_sync_client_loads_nothing_heavy() -> None:
    loaded = modules_after("import tcsms\nfrom tcsms import SmsClient")
    assert not loaded & set(LAZY), sorted(loaded & set(LAZY))


def test_the_lazy_parts_load_on_first_use() -> None:
    loaded = modules_after("import tcsms\ntcsms.AsyncSmsClient\ntcsms.models\ntcsms.errors")
    expected = {"tcsms.async_client", "tcsms._async_transport", "tcsms.models", "tcsms.errors"}
    assert expected <= loaded
