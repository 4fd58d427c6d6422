"""The constraints a document's description states in prose, in the spec's terms.

The spec turns sentences such as "Up to 200 mobile numbers are supported" or "the length must be
less than 512 bytes" into data (``max_items: 200``, ``max_bytes: 511``). Reading the same sentences
here, independently of the spec, lets drift compare the two. Only wordings the documents use are
recognised; a constraint the spec states without any of them is not compared.
"""

from __future__ import annotations

import re
from typing import Any

# (constraint, pattern, how the number becomes the spec's value)
_NUMBERS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("maximum", re.compile(r"Maximum value: (\d+)"), 0),
    ("max_items", re.compile(r"\bUp to (\d+) [\w ]*?(?:are supported|can be queried)"), 0),
    ("max_items", re.compile(r"max(?:imum)? (?:array )?length (?:of the array )?is (\d+)"), 0),
    # "less than 512 bytes": 511 is the largest allowed length.
    ("max_bytes", re.compile(r"less than (\d+) bytes"), -1),
    ("max_bytes", re.compile(r"(?:up to|at most|not exceed) (\d+) bytes"), 0),
    ("fixed", re.compile(r"currently fixed at (\d+)"), 0),
)
# Wordings that name a value format, checked in order; the first that matches wins.
_FORMATS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("e164", re.compile(r"E\.164")),
    ("yyyymmddhh", re.compile(r"yyyymmddhh")),
    ("unix_seconds", re.compile(r"UNIX timestamp", re.IGNORECASE)),
    ("base64_image", re.compile(r"Base64-encode the image")),
    ("datetime", re.compile(r"yyyy-mm-dd hh:mm:ss")),
)
_NULLABLE = re.compile(r"may return null")
# "0: company." / "1 : Global SMS." / "-1: rejected"; a colon followed by a digit is a time of day.
_NUMBER_ENUM = re.compile(r"(?:^|[\s(])(-?\d+) ?: (?=\D)")
_WORD_ENUM = re.compile(r"\b([A-Z][A-Z_]+) \([a-z]")
_VALID_VALUES = "Valid values:"


def prose_constraints(description: str, type_name: str) -> dict[str, Any]:
    """The constraints ``description`` states, keyed as in the spec (``enum`` holds values)."""
    found: dict[str, Any] = {}
    for key, pattern, offset in _NUMBERS:
        match = pattern.search(description)
        if match and key not in found:
            found[key] = int(match.group(1)) + offset
    for name, pattern in _FORMATS:
        if pattern.search(description):
            found["format"] = name
            break
    if _NULLABLE.search(description):
        found["nullable"] = True
    values = _enum_values(description, type_name)
    if values:
        found["enum"] = values
    return found


def _enum_values(description: str, type_name: str) -> list[Any]:
    """Values a description lists with their meanings; one value alone is an example, not a list."""
    if type_name.lower() == "integer":
        values: list[Any] = list(dict.fromkeys(int(v) for v in _NUMBER_ENUM.findall(description)))
    elif _VALID_VALUES in description:
        values = list(dict.fromkeys(_WORD_ENUM.findall(description.split(_VALID_VALUES, 1)[1])))
    else:
        values = []
    return values if len(values) > 1 else []
