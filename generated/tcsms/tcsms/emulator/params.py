# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/params.py; edit it there.
"""Checks an action's parameters as the service does, answering with the documented codes.

An absent required parameter is ``MissingParameter``, a name the action does not have is
``UnknownParameter``, a value of the wrong type is ``InvalidParameter``, and a value that breaks a
documented constraint gets the code the documents give for it (``VIOLATION_CODES``), else
``InvalidParameterValue``. The parameter tables are the client's own (``_validation``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .._validation import (
    _FORMAT_CHECKS,
    ACTION_PARAMS,
    ACTION_RULES,
    TYPE_FIELDS,
    Param,
    rule_problem,
)
from .api_error import ApiError
from .numbers import INT64_MAX, INT64_MIN, parse_float, parse_int
from .overlay import FORMAT_CHECKS
from .spec_tables import VIOLATION_CODES

__all__ = ["check_params", "coerce_flat"]

_NO_CODES: dict[str, str] = {}
_WIRE_NAMES: dict[int, tuple[tuple[Param, ...], frozenset[str]]] = {}
_INDEX = re.compile(r"[0-9]+")  # an array index of a v1 parameter name, ASCII digits only


def check_params(action: str, params: Mapping[str, Any], now: int) -> None:
    """Raises ApiError for the first problem of ``params`` (wire names, JSON values).

    The documented rules over several parameters (``ACTION_RULES``) come last, judged at ``now``.
    """
    declared = ACTION_PARAMS[action]
    _check_fields(declared, params, VIOLATION_CODES.get(action, {}), prefix="")
    for rule in ACTION_RULES.get(action, ()):
        problem = rule_problem(rule, params, now)
        if problem is not None:
            raise ApiError(rule.violation_code or "InvalidParameterValue", problem)


def _check_fields(
    declared: tuple[Param, ...],
    params: Mapping[str, Any],
    codes: Mapping[str, Mapping[str, str]],
    prefix: str,
) -> None:
    known = _wire_names(declared)
    for name in params:
        if name not in known:
            raise ApiError("UnknownParameter", f"the parameter `{prefix}{name}` is not recognized")
    for param in declared:
        value = params.get(param.wire_name)
        path = prefix + param.wire_name
        if value is None or (value == "" and param.required):
            if param.required:
                raise ApiError("MissingParameter", f"the parameter `{path}` is missing")
            continue
        _check_value(param, value, codes.get(param.wire_name, _NO_CODES), path)


def _wire_names(declared: tuple[Param, ...]) -> frozenset[str]:
    # Keyed by identity (hashing the parameters costs more than the check); the entry keeps the
    # table alive, so its id is never another's.
    entry = _WIRE_NAMES.get(id(declared))
    if entry is None:
        entry = _WIRE_NAMES[id(declared)] = (declared, frozenset(p.wire_name for p in declared))
    return entry[1]


def _check_value(param: Param, value: Any, codes: Mapping[str, str], path: str) -> None:
    if not param.array:
        _check_item(param, value, codes, path)
        return
    if not isinstance(value, list):
        raise ApiError("InvalidParameter", f"`{path}` must be an array")
    if param.min_items is not None and len(value) < param.min_items:
        raise _violation(codes, "min_items", f"`{path}` needs at least {param.min_items} items")
    if param.max_items is not None and len(value) > param.max_items:
        raise _violation(codes, "max_items", f"`{path}` allows at most {param.max_items} items")
    for index, item in enumerate(value):
        _check_item(param, item, codes, f"{path}.{index}")


def _check_item(param: Param, value: Any, codes: Mapping[str, str], path: str) -> None:
    kind = param.type_name
    if kind in TYPE_FIELDS:
        if not isinstance(value, dict):
            raise ApiError("InvalidParameter", f"`{path}` must be an object")
        _check_fields(TYPE_FIELDS[kind], value, {}, prefix=f"{path}.")
        return
    if not _has_type(kind, value):
        raise ApiError("InvalidParameter", f"`{path}` must be of type {kind}")
    if param.fixed is not None and value != param.fixed:
        raise _violation(codes, "fixed", f"`{path}` is currently fixed at {param.fixed!r}")
    if param.enum and value not in param.enum:
        raise _violation(codes, "enum", f"`{path}` must be one of {list(param.enum)}")
    if param.minimum is not None and value < param.minimum:
        raise _violation(codes, "minimum", f"`{path}` is below {param.minimum!r}")
    if param.maximum is not None and value > param.maximum:
        raise _violation(codes, "maximum", f"`{path}` is above {param.maximum!r}")
    if param.max_length is not None and len(value) > param.max_length:
        raise _violation(codes, "max_length", f"`{path}` is longer than {param.max_length}")
    if param.max_bytes is not None and len(value.encode()) > param.max_bytes:
        raise _violation(codes, "max_bytes", f"`{path}` is over {param.max_bytes} bytes")
    if param.format is not None:
        problem = _service_format_problem(param.format, value)
        if problem is not None:
            raise _violation(codes, "format", f"`{path}`: {problem}")
    _check_width(value, codes, path)


def _check_width(value: Any, codes: Mapping[str, str], path: str) -> None:
    # Past 64 bits, a number breaks the width of the documents' Integer whether or not the
    # parameter documents a range: the code is the one for its range, if it has one.
    if isinstance(value, int) and not isinstance(value, bool):
        if value > INT64_MAX:
            raise _violation(codes, "maximum", f"`{path}` is above {INT64_MAX}")
        if value < INT64_MIN:
            raise _violation(codes, "minimum", f"`{path}` is below {INT64_MIN}")


def _service_format_problem(format_name: str, value: Any) -> str | None:
    # The overlay reads a format the way its service does, where that is laxer or stricter than
    # the client's check; a format neither of them checks is taken as sent.
    if format_name in FORMAT_CHECKS:
        return FORMAT_CHECKS[format_name](value)
    if format_name in _FORMAT_CHECKS:
        return _FORMAT_CHECKS[format_name][1](value)
    return None


def _violation(codes: Mapping[str, str], constraint: str, detail: str) -> ApiError:
    return ApiError(codes.get(constraint, "InvalidParameterValue"), detail)


def _has_type(kind: str, value: Any) -> bool:
    if isinstance(value, bool):
        return kind == "boolean"
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int)
    if kind == "float":
        return isinstance(value, int | float)
    if kind == "object":
        return isinstance(value, dict)
    return False


def coerce_flat(action: str, flat: Mapping[str, str]) -> dict[str, Any]:
    """Rebuilds the JSON form of a v1 (or GET) request's flattened parameters.

    ``ItemSet.0``, ``ItemSet.1`` become a list, ``Field.Sub`` a nested object, and
    text becomes the parameter's type; text that is not of the type raises InvalidParameter.
    Names the action does not declare are kept as text, for ``check_params`` to report.
    """
    declared = {param.wire_name: param for param in ACTION_PARAMS.get(action, ())}
    return _rebuild(declared, flat, prefix="")


def _rebuild(declared: Mapping[str, Param], flat: Mapping[str, str], prefix: str) -> dict[str, Any]:
    grouped: dict[str, dict[str, str]] = {}
    result: dict[str, Any] = {}
    for name, text in flat.items():
        head, dot, rest = name.partition(".")
        if dot:
            grouped.setdefault(head, {})[rest] = text
        else:
            param = declared.get(head)
            result[head] = _coerce(param, text, prefix + head) if param else text
    for head, members in grouped.items():
        param = declared.get(head)
        if param is None or (not param.array and param.type_name not in TYPE_FIELDS):
            result.update({f"{head}.{rest}": text for rest, text in members.items()})
            continue
        result[head] = _rebuild_member(param, members, prefix + head)
    return result


def _rebuild_member(param: Param, members: Mapping[str, str], path: str) -> Any:
    if not param.array:
        fields = {field.wire_name: field for field in TYPE_FIELDS[param.type_name]}
        return _rebuild(fields, members, prefix=f"{path}.")
    items: dict[int, dict[str, str]] = {}
    for rest, text in members.items():
        position, dot, tail = rest.partition(".")
        if not _INDEX.fullmatch(position):
            raise ApiError("InvalidParameter", f"`{path}.{rest}` is not an array item")
        items.setdefault(int(position), {})[tail if dot else ""] = text
    values: list[Any] = []
    for index in sorted(items):
        item = items[index]
        if "" in item:
            values.append(_coerce(param, item[""], f"{path}.{index}"))
        else:
            fields = {field.wire_name: field for field in TYPE_FIELDS.get(param.type_name, ())}
            values.append(_rebuild(fields, item, prefix=f"{path}.{index}."))
    return values


def _coerce(param: Param, text: str, path: str) -> Any:
    kind = param.type_name
    if kind in ("integer", "float"):
        number = parse_int(text) if kind == "integer" else parse_float(text)
        if number is None:
            raise ApiError("InvalidParameter", f"`{path}` must be of type {kind}")
        return number
    if kind == "boolean":
        if text not in ("true", "false"):
            raise ApiError("InvalidParameter", f"`{path}` must be of type boolean")
        return text == "true"
    return text
