"""Writes a synthetic API 3.0 spec of any size, for measuring the generator and its output at scale.

``python bench/synthetic_spec.py 1000 out.yaml``: 1,000 actions with 9 inputs, 4 outputs and 20
error codes each, 100 data types and 500 error codes: the proportions of a large Tencent Cloud
product.
The spec is valid against ``spec/schema/spec.schema.json`` and the semantic checks, and the same
arguments always give the same file, so a second generation is an unchanged one.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import yaml

TYPES = 100
CODES = 500
INPUTS = 9
OUTPUTS = 4
ERRORS_PER_ACTION = 20
CATEGORIES = ("FailedOperation", "InvalidParameterValue", "LimitExceeded", "UnauthorizedOperation")
EFFECTS = ("reads", "sends", "creates", "modifies", "deletes", "reports")
PROSE = (
    "This field names the resource the call works on, as the console shows it; it is echoed in "
    "every answer about the resource and stays the same for its whole life."
)


def synthetic_spec(actions: int, seed: int = 7) -> dict[str, Any]:
    """The spec's data: ``actions`` actions over the fixed numbers of types and error codes."""
    pick = random.Random(seed)
    type_names = [f"Record{index:03d}" for index in range(TYPES)]
    codes = [f"{CATEGORIES[index % len(CATEGORIES)]}.Case{index:03d}" for index in range(CODES)]
    action_names = [f"Describe{index:04d}Thing" for index in range(actions)]
    return {
        "format": "tcgen-spec/1",
        "protocol": "tc3-api",
        "service": _service(),
        "categories": {"things": {"title": "Thing APIs", "description": "Synthetic actions."}},
        "actions": {
            name: _action(name, index, type_names, codes, pick)
            for index, name in enumerate(action_names)
        },
        "types": {
            name: _data_type(name, index, type_names, action_names)
            for index, name in enumerate(type_names)
        },
        "errors": _errors(codes),
    }


def _service() -> dict[str, Any]:
    return {
        "name": "synth",
        "title": "Synthetic Service",
        "api_version": "2024-01-01",
        "sdk_version": "1.0.0",
        "source": "000_0000000000000000.txt",
        "description": "A synthetic service for measuring the generator at scale.",
        "default_endpoint": "synth.tencentcloudapi.com",
        "endpoints": [
            {"host": "synth.tencentcloudapi.com", "area": "Nearest region"},
            {
                "host": "synth.ap-guangzhou.tencentcloudapi.com",
                "region": "ap-guangzhou",
                "area": "South China (Guangzhou)",
            },
        ],
        "regions": [{"value": "ap-guangzhou", "name": "South China (Guangzhou)"}],
        "signing": [
            {
                "method": "TC3-HMAC-SHA256",
                "version": 3,
                "content_types": ["application/json"],
                "max_request_bytes": {"POST": 10485760, "GET": 32768},
            }
        ],
    }


def _inputs(index: int) -> dict[str, Any]:
    """Nine inputs exercising every constraint kind the validation tables carry."""
    return {
        "ResourceId": {"type": "string", "required": True, "description": PROSE, "max_length": 64},
        "Limit": {
            "type": "integer",
            "required": True,
            "description": "Items per page, at most 100.",
            "minimum": 1,
            "maximum": 100,
        },
        "Offset": {"type": "integer", "description": "Items to skip.", "minimum": 0},
        "PhoneNumberSet": {
            "type": "string",
            "array": True,
            "description": "Numbers in E.164.",
            "max_items": 200,
            "format": "e164",
        },
        "Kind": {
            "type": "integer",
            "description": "What kind of thing.",
            "enum": [{"value": 0, "meaning": "plain"}, {"value": 1, "meaning": "special"}],
        },
        "Note": {"type": "string", "description": "A free note.", "max_bytes": 512},
        "Enabled": {"type": "boolean", "description": "Whether the thing is on."},
        "Ratio": {"type": "float", "description": f"Share of thing {index}."},
        "BeginTime": {
            "type": "string",
            "description": "Start hour as yyyymmddhh.",
            "format": "yyyymmddhh",
        },
    }


def _action(
    name: str, index: int, type_names: list[str], codes: list[str], pick: random.Random
) -> dict[str, Any]:
    effect = EFFECTS[index % len(EFFECTS)]
    record = type_names[index % len(type_names)]
    return {
        "category": "things",
        "summary": f"Describes thing {index}",
        "description": f"This API is used to describe thing {index}. {PROSE}",
        "rate_limit_per_second": 20,
        "effect": effect,
        "idempotent": effect == "reads",
        "input": _inputs(index),
        "output": {
            "TotalCount": {"type": "integer", "description": "Matching things."},
            "RecordSet": {
                "type": record,
                "array": True,
                "description": "The things found.",
            },
            "Summary": {"type": record, "nullable": True, "description": "The first thing."},
            "RequestId": {"type": "string", "description": "The unique request ID."},
        },
        "examples": [],
        "errors": sorted(pick.sample(codes, ERRORS_PER_ACTION)),
    }


def _data_type(
    name: str, index: int, type_names: list[str], action_names: list[str]
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "Id": {"type": "integer", "description": "The record's ID."},
        "Name": {"type": "string", "description": PROSE},
        "CreatedAt": {"type": "string", "nullable": True, "description": "When it was created."},
        "Tags": {"type": "string", "array": True, "description": "Its tags."},
    }
    if index + 1 < len(type_names) and index % 10 != 9:
        # Some nesting, as real data types have (acyclic: each refers to the next).
        fields["Child"] = {"type": type_names[index + 1], "nullable": True, "description": "Next."}
    users = action_names[index :: len(type_names)]
    return {"description": f"Record {index}", "used_by": users, "fields": fields}


def _errors(codes: list[str]) -> dict[str, Any]:
    errors: dict[str, Any] = {
        category: {"kind": "common", "description": f"{category} error."} for category in CATEGORIES
    }
    for index, code in enumerate(codes):
        entry: dict[str, Any] = {"kind": "service", "description": f"Case {index} failed. {PROSE}"}
        if index % 50 == 0:
            entry["retryable"] = "not_processed"
        errors[code] = entry
    return errors


def write_synthetic_spec(actions: int, file: Path) -> Path:
    """Writes the spec of ``actions`` actions to ``file`` (YAML); returns ``file``."""
    file.write_text(
        yaml.safe_dump(synthetic_spec(actions), sort_keys=False, width=100), encoding="utf-8"
    )
    return file


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit("usage: synthetic_spec.py ACTIONS OUT.yaml")
    write_synthetic_spec(int(argv[0]), Path(argv[1]))


if __name__ == "__main__":
    main(sys.argv[1:])
