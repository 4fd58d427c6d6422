# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/admin_checks.py; edit it there.
"""Checks of the admin operations' arguments: a bad one is an ``AdminError`` naming the problem.

Over HTTP the arguments are JSON, so nothing is taken on trust: a count is a positive integer, a
delay a finite number of seconds up to ``MAX_DELAY``, an error code ``Category`` or
``Category.Sub`` (documented or not, so tests can answer codes the documents lack).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from typing import Any

__all__ = [
    "MAX_DELAY",
    "AdminError",
    "check_choice",
    "check_code",
    "check_count",
    "check_flag",
    "check_seconds",
    "check_text",
]

# The longest delay a fault or a wait may ask for, in seconds.
MAX_DELAY = 60.0
# The largest integer SQLite stores: an id or a time beyond it names nothing.
_MAX_INTEGER = 2**63 - 1
_CODE = re.compile(r"[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)*")


class AdminError(ValueError):
    """An admin call named something that does not exist or gave a bad argument."""


def check_count(name: str, value: Any, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise AdminError(f"{name} must be an integer, not {value!r}")
    if value < minimum:
        raise AdminError(f"{name} must be at least {minimum}, not {value!r}")
    if value > _MAX_INTEGER:
        raise AdminError(f"{name} must be at most {_MAX_INTEGER}, not {value!r}")
    return value


def check_seconds(name: str, value: Any, maximum: float = MAX_DELAY) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AdminError(f"{name} must be a number of seconds, not {value!r}")
    if not math.isfinite(value) or not 0 <= value <= maximum:
        raise AdminError(f"{name} must be between 0 and {maximum:g} seconds, not {value!r}")
    return float(value)


def check_text(name: str, value: Any, *, empty: bool = True) -> str:
    if not isinstance(value, str):
        raise AdminError(f"{name} must be a string, not {value!r}")
    if not empty and not value:
        raise AdminError(f"{name} must not be empty")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise AdminError(f"{name} must be text, not {value!r} (a lone surrogate)") from None
    return value


def check_flag(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise AdminError(f"{name} must be true or false, not {value!r}")
    return value


def check_choice(name: str, value: Any, choices: Collection[Any]) -> Any:
    if isinstance(value, bool) or value not in choices:
        allowed = ", ".join(repr(choice) for choice in choices)
        raise AdminError(f"{name} must be one of {allowed}, not {value!r}")
    return value


def check_code(name: str, value: Any) -> str:
    """An error code as the service writes them: ``Category`` or ``Category.Sub``."""
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        example = "'InternalError.Timeout'"
        raise AdminError(f"{name} must be an error code such as {example}, not {value!r}")
    return value
