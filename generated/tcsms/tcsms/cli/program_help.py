# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/cli/program_help.py; edit it there.
"""The program's ``--help``: how to call it, every action with its summary, the other commands."""

from __future__ import annotations

from .. import _service
from ._actions import ACTIONS
from .usage import PROGRAM

# The commands besides the actions, with their one-line summaries.
EMULATOR_SUMMARY = "Serve the local emulator of the API (for tests and development)"
SEND_BULK_SUMMARY = "Send to every number of a file, each once, resumable (a journal)"


def program_help() -> str:
    service = _service.SERVICE
    width = max(len(name) for name in [*ACTIONS, "send-bulk"]) + 2
    lines = [
        f"usage: {PROGRAM} [{service}] <Action> [--Parameter VALUE ...] [options]",
        f"       {PROGRAM} <Action> --help",
        *([f"       {PROGRAM} send-bulk --help"] if _service.BULK_ACTIONS else []),
        f"       {PROGRAM} emulator --help",
        "",
        f"Calls the {service} API {_service.API_VERSION} as tccli does: '{PROGRAM} <Action> ...'",
        f"is 'tccli {service} <Action> ...'. Parameters are options named as on the wire: arrays",
        "and objects as JSON, other values as plain words. The answer is printed as JSON",
        "(--output table|text, --filter EXPR).",
        "",
        "actions:",
        *(f"  {name:<{width}}{command.summary}" for name, command in ACTIONS.items()),
        "",
        "other commands:",
        *([f"  {'send-bulk':<{width}}{SEND_BULK_SUMMARY}"] if _service.BULK_ACTIONS else []),
        f"  {'emulator':<{width}}{EMULATOR_SUMMARY}",
        "",
        "common options (every action; see '<Action> --help'):",
        "  --profile NAME  --region REGION  --endpoint HOST|URL  --timeout SECONDS",
        "  --sign-method METHOD  --secretId ID  --secretKey KEY  --token TOKEN  --use-cvm-role",
        "  --role-arn ARN --role-session-name NAME  --https-proxy URL  --debug",
        "  --output json|table|text  --filter EXPR  --cli-input-json JSON|file://PATH",
        "  --generate-cli-skeleton  --all (paging actions)  --version",
    ]
    return "\n".join(lines) + "\n"
