"""Runs the package's command line (``python -m tcsms``) in a child process, as a user would.

The child gets a home directory of its own (no real tccli or Tencent Cloud configuration is
read), no proxy or Tencent Cloud variables from this environment, and, given an emulator, its
keys in ``TENCENTCLOUD_SECRET_ID``/``TENCENTCLOUD_SECRET_KEY``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tcsms.emulator import Emulator

# Variables the child must not inherit: they would choose credentials, a region or a proxy.
_DROPPED_PREFIXES = ("TENCENTCLOUD_", "TCCLI_", "TKE_")
_PROXY_VARIABLES = frozenset({"http_proxy", "https_proxy", "all_proxy", "no_proxy"})


def cli_env(
    home: Path, emulator: Emulator | None = None, extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The child's environment: this one without credentials, region or proxy settings."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(_DROPPED_PREFIXES) and name.lower() not in _PROXY_VARIABLES
    }
    env["HOME"] = str(home)
    if emulator is not None:
        env["TENCENTCLOUD_SECRET_ID"] = emulator.credentials.secret_id
        env["TENCENTCLOUD_SECRET_KEY"] = emulator.credentials.secret_key
    env.update(extra or {})
    return env


def run_cli(
    *args: str, env: Mapping[str, str], prelude: str | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """``python -m tcsms ARGS``; with ``prelude``, that Python runs first in the child."""
    if prelude is None:
        command = [sys.executable, "-m", "tcsms", *args]
    else:
        script = f"{prelude}\nimport sys\nfrom tcsms.cli import main\nsys.exit(main(sys.argv[1:]))"
        command = [sys.executable, "-c", script, *args]
    return subprocess.run(
        command, env=dict(env), capture_output=True, text=True, timeout=timeout, check=False
    )


def answer(result: subprocess.CompletedProcess[str]) -> Any:
    """The JSON a successful run printed; fails with its stderr otherwise."""
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout)


def cli_value(value: Any) -> str:
    """A parameter's value as its option takes it: JSON for lists and objects, else a word."""
    if isinstance(value, list | dict):
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def parameter_options(parameters: Mapping[str, Any]) -> list[str]:
    """``{"Limit": 10}`` -> ``["--Limit", "10"]``."""
    return [word for name, value in parameters.items() for word in (f"--{name}", cli_value(value))]
