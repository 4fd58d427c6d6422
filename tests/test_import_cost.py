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


def modules_after_cli(*words: str) -> set[str]:
    """The modules loaded once the command line has run ``words`` (its output discarded)."""
    quiet = "contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO())"
    run = f"with {quiet}:\n    main({list(words)!r})"
    return modules_after(f"import contextlib, io\nfrom tcsms.cli import main\n{run}")


def test_the_command_lines_help_loads_no_parser_model_or_transport() -> None:
    loaded = modules_after_cli("--help")
    heavy = {"argparse", "tcsms._transport", "tcsms.cli.action_parser", *LAZY}
    assert not loaded & heavy, sorted(loaded & heavy)


def test_a_command_loads_only_its_own_actions_models() -> None:
    # Refused before sending (no numbers): parsed, its models built, validated.
    loaded = modules_after_cli("SendSms", "--SmsSdkAppId", "1400006666", "--TemplateId", "1")
    assert "tcsms.models._actions.send_sms" in loaded
    actions = {name for name in loaded if name.startswith("tcsms.models._actions.")}
    assert actions == {"tcsms.models._actions.send_sms"}
    assert not loaded & {"asyncio", "tcsms.async_client", "tcsms.emulator", "tcsms.cli.tables"}
