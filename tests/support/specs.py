"""The real spec, loaded once for tests that check generated code against it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SMS_SPEC_PATH = ROOT / "spec" / "sms.2021-01-11.yaml"


@cache
def sms_spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SMS_SPEC_PATH.read_text(encoding="utf-8"))
    return data


def input_constraint(action: str, parameter: str, constraint: str) -> int:
    """A numeric constraint the spec states on an input (``max_items``, ``maximum``, ...)."""
    value: int = sms_spec()["actions"][action]["input"][parameter][constraint]
    return value


def action_names() -> list[str]:
    """Every action of the spec, in spec order."""
    return list(sms_spec()["actions"])


LEGACY_SPEC_PATH = ROOT / "spec" / "sms-legacy.v5.yaml"


@cache
def legacy_spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(LEGACY_SPEC_PATH.read_text(encoding="utf-8"))
    return data


def callback_spec(name: str) -> dict[str, Any]:
    """A callback of the spec: ``fields``, ``payload``, ``example``, the ``response`` it expects."""
    callback: dict[str, Any] = sms_spec()["callbacks"][name]
    return callback
