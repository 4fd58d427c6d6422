"""An action's parameters from the command line: ``--WireName VALUE`` and ``--cli-input-json``.

Arrays, data types and ``object`` values are JSON (``--PhoneNumberSet '["+8613711112222"]'``);
scalars are plain words: an integer, ``true``/``false``, a number, a string as it is.
``--cli-input-json`` takes a JSON object of wire-named parameters (or ``file://PATH`` holding
one); an option given on the command line wins over the same parameter there.
``--generate-cli-skeleton`` prints such an object with every parameter (``skeleton``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._actions import TYPES
from .command_table import Command, Input
from .usage import UsageError

FILE_PREFIX = "file://"
_BOOLEANS = {"true": True, "false": False}


def parameter_values(
    command: Command, given: Mapping[str, str], input_json: str | None
) -> dict[str, Any]:
    """Wire name -> value of every parameter given, ``--cli-input-json`` merged under the
    options; raises UsageError naming a parameter whose value cannot be read."""
    values = read_input_json(command, input_json) if input_json is not None else {}
    by_wire = {field.wire_name: field for field in command.inputs}
    for wire_name, text in given.items():
        values[wire_name] = parse_value(by_wire[wire_name], text)
    return values


def parse_value(field: Input, text: str) -> Any:
    """The value of one ``--WireName`` option."""
    option = f"--{field.wire_name}"
    if field.array or field.shape or field.type_name == "object":
        try:
            return json.loads(text)
        except ValueError as exc:
            raise UsageError(f"{option}: not valid JSON: {exc}") from None
    if field.type_name == "integer":
        try:
            return int(text)
        except ValueError:
            raise UsageError(f"{option}: expected an integer, got {text!r}") from None
    if field.type_name == "float":
        try:
            return float(text)
        except ValueError:
            raise UsageError(f"{option}: expected a number, got {text!r}") from None
    if field.type_name == "boolean":
        if text.lower() not in _BOOLEANS:
            raise UsageError(f"{option}: expected true or false, got {text!r}")
        return _BOOLEANS[text.lower()]
    return text


def read_input_json(command: Command, text: str) -> dict[str, Any]:
    """The parameters of ``--cli-input-json``: a JSON object, inline or ``file://PATH``."""
    source = "--cli-input-json"
    if text.startswith(FILE_PREFIX):
        path = text.removeprefix(FILE_PREFIX)
        try:
            with open(path, encoding="utf-8") as file:
                text = file.read()
        except OSError as exc:
            raise UsageError(f"{source}: cannot read {path}: {exc.strerror}") from None
        source = f"{source} {path}"
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise UsageError(f"{source}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{source}: expected a JSON object of parameters")
    known = {field.wire_name for field in command.inputs}
    unknown = sorted(set(data) - known)
    if unknown:
        raise UsageError(
            f"{source}: {command.name} has no parameter {', '.join(unknown)}"
            f" (it has: {', '.join(sorted(known)) or 'none'})"
        )
    return data


def call_arguments(
    command: Command, values: Mapping[str, Any], *, set_by_caller: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The client method's keyword arguments: attribute names, data types as their models.

    A required input not given is passed as None, so the library's validation reports it as it
    reports any other problem; ``set_by_caller`` (wire names) are left out.
    """
    arguments = {}
    for field in command.inputs:
        if field.wire_name in set_by_caller:
            continue
        if field.wire_name in values:
            value = values[field.wire_name]
            arguments[field.attr] = _as_model(field, value) if field.shape else value
        elif field.required:
            arguments[field.attr] = None
    return arguments


def _as_model(field: Input, value: Any) -> Any:
    """JSON objects of a data type become its model; anything else is left for validation."""
    from .._models import model_named

    model = model_named(field.type_name)
    if field.array and isinstance(value, list):
        return [model.from_wire(item) if isinstance(item, dict) else item for item in value]
    return model.from_wire(value) if isinstance(value, dict) else value


def skeleton(command: Command) -> dict[str, Any]:
    """Every parameter of the action with a placeholder of its type, for ``--cli-input-json``.

    Scalars stand as their fixed value, their first documented value or an empty one
    (``""``, ``0``, ``false``); a data type as an object of its fields; arrays of scalars as
    ``[]`` and arrays of a data type as a list of one such object.
    """
    return {field.wire_name: _placeholder(field, ()) for field in command.inputs}


def _placeholder(field: Input, seen: tuple[str, ...]) -> Any:
    if not field.shape:
        return [] if field.array else field.placeholder
    if field.type_name in seen:  # a type that holds itself: stop at an empty object
        value: Any = {}
    else:
        inner = (*seen, field.type_name)
        value = {f.wire_name: _placeholder(f, inner) for f in TYPES.get(field.type_name, ())}
    return [value] if field.array else value
