# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/numbers.py; edit it there.
"""Numbers written as text, read the way the service reads them: ASCII digits only.

Python's ``int()`` and ``float()`` also take other scripts' digits (Arabic-Indic, superscripts),
``_`` and surrounding spaces; the service does not, so an Arabic-Indic one is no template 1 here.
"""

from __future__ import annotations

import re

__all__ = ["INT64_MAX", "INT64_MIN", "parse_float", "parse_int"]

# The documents' Integer is a 64-bit integer: a larger one cannot be a value of any parameter.
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
_INTEGER = re.compile(r"[+-]?[0-9]+")
_FLOAT = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def parse_int(text: str) -> int | None:
    """The integer ``text`` spells in ASCII digits with an optional sign, else None."""
    return int(text) if _INTEGER.fullmatch(text) else None


def parse_float(text: str) -> float | None:
    """The finite number ``text`` spells in ASCII (digits, sign, point, exponent), else None."""
    if not _FLOAT.fullmatch(text):
        return None
    value = float(text)
    return value if value not in (float("inf"), float("-inf")) else None
