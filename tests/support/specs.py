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
