# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/_validation.py; edit it there.
"""Checks a request against the spec's constraints before anything is sent.

``ACTION_PARAMS`` lists the input parameters of each action and ``TYPE_FIELDS`` the fields of each
data type (for inputs that nest them): one ``Param`` per parameter, with the constraints the spec
states. The tables live next to the models, one module per action and per data type
(``models._actions.<action>.PARAMS``), and each loads on its first use. ``validate_request``
checks the wire form of a request (a request model's ``to_wire()``) against them and raises
``errors.ValidationError`` listing every problem, each prefixed with the parameter's path in
argument names: ``phone_number_set[3]``, ``limit``, ``field.sub_field``.

``ACTION_RULES`` holds the documented rules over several parameters (an end not before its start,
a span of at most so many days). A rule about the age of a time ("the last 7 days") is left to the
service, whose clock decides it.

This runs before every call, so an action's table is compiled once, on its first call, into the
few checks that apply to each parameter; a call runs only those.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import _exceptions as errors
from . import _service, models
from ._models import LazyTable

__all__ = [
    "ACTION_PARAMS",
    "ACTION_RULES",
    "SERVICE_NORMALISED_FORMATS",
    "TYPE_FIELDS",
    "CrossRule",
    "Param",
    "RequestValidator",
    "request_problems",
    "rule_problem",
    "validate_request",
]


@dataclass(frozen=True, slots=True)
class Param:
    """An input parameter or data-type field, and the constraints the spec gives it.

    ``type_name`` is a spec type (``string``, ``integer``, ``boolean``, ``float``, ``object``) or a
    data type in ``TYPE_FIELDS``. With ``array`` the value is a list of those, ``min_items`` and
    ``max_items`` bound its length, and the other constraints apply to each item.
    """

    wire_name: str
    name: str
    type_name: str
    array: bool = False
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    max_bytes: int | None = None
    max_length: int | None = None
    format: str | None = None
    fixed: str | int | None = None
    enum: tuple[str | int, ...] = ()


@dataclass(frozen=True, slots=True)
class CrossRule:
    """A rule over several parameters: ``params`` are (wire name, argument name) pairs, in order."""

    kind: str
    params: tuple[tuple[str, str], ...]
    time_format: str
    days: int | None = None
    violation_code: str | None = None


def _action_params(action: str) -> tuple[Param, ...]:
    params: tuple[Param, ...] = models._action_module(action).PARAMS
    return params


def _type_params(name: str) -> tuple[Param, ...]:
    params: tuple[Param, ...] = models._type_module(name).PARAMS
    return params


def _action_rules(action: str) -> tuple[CrossRule, ...]:
    rules: tuple[CrossRule, ...] = models._action_module(action).RULES
    return rules


ACTION_PARAMS: Mapping[str, tuple[Param, ...]] = LazyTable(_service.ACTIONS, _action_params)
TYPE_FIELDS: Mapping[str, tuple[Param, ...]] = LazyTable(models._type_names(), _type_params)
# Every action, most with no rule.
ACTION_RULES: Mapping[str, tuple[CrossRule, ...]] = LazyTable(_service.ACTIONS, _action_rules)


def _seconds(value: Any, time_format: str) -> int | None:
    """A time parameter as seconds (only differences matter); None when it is malformed."""
    if time_format == "unix_seconds":
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if not isinstance(value, str) or not _YYYYMMDDHH.fullmatch(value):
        return None
    try:
        moment = datetime.datetime.strptime(value, "%Y%m%d%H")
    except ValueError:
        return None
    return int(moment.replace(tzinfo=datetime.UTC).timestamp())


def rule_problem(rule: CrossRule, payload: Mapping[str, Any], now: int | None) -> str | None:
    """What breaks ``rule`` among values that are present and well formed, or None.

    ``max_age_days`` is checked only when ``now`` is given: the service's clock decides it, so the
    client leaves it out and the emulator passes its own time.
    """
    values = [payload.get(wire) for wire, _ in rule.params]
    times = [
        moment for value in values if (moment := _seconds(value, rule.time_format)) is not None
    ]
    if len(times) != len(values):
        return None  # absent or malformed: reported by the parameter's own checks
    names = [name for _, name in rule.params]
    days = rule.days or 0
    if rule.kind == "max_age_days" and now is not None and now - times[0] > days * 86400:
        return f"{names[0]}: {values[0]!r} is more than {days} days ago"
    if rule.kind == "not_before" and times[1] < times[0]:
        return f"{names[1]}: {values[1]!r} is before {names[0]} {values[0]!r}"
    if rule.kind == "max_span_days":
        if times[1] - times[0] > days * 86400:
            return (
                f"{names[1]}: {values[1]!r} is more than {days} days after "
                f"{names[0]} {values[0]!r}"
            )
    return None


def _cross_problems(rules: Sequence[CrossRule], payload: Mapping[str, Any]) -> list[str]:
    """Broken rules, as the client can judge them (without the service's clock)."""
    found = (rule_problem(rule, payload, now=None) for rule in rules)
    return [problem for problem in found if problem is not None]


# Checks one value: None when it passes, else what is wrong with it (without the path).
_Check = Callable[[Any], str | None]

# Enough of a value to recognise it in a message; an image can be megabytes.
_SHOWN_CHARS = 40


def _show(value: Any) -> str:
    if isinstance(value, str) and len(value) > _SHOWN_CHARS:
        return repr(value[:_SHOWN_CHARS]) + "..."
    text = repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "..."


def _wrong_type(expected: str, value: Any) -> str:
    return f"expected {expected}, got {type(value).__name__} {_show(value)}"


def _item_count(items: int) -> str:
    return "1 item" if items == 1 else f"{items} items"


# Types. bool is a subclass of int, but True is no integer argument.


def _check_str(value: Any) -> str | None:
    if not isinstance(value, str):
        return _wrong_type("str", value)
    if value.isascii():
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        # A lone surrogate (from os.fsdecode or a broken decoder): JSON in UTF-8 cannot carry it.
        return f"not valid Unicode text: a lone surrogate at position {exc.start}"
    return None


def _check_int(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return None
    return _wrong_type("int", value)


def _check_bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else _wrong_type("bool", value)


def _check_float(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _wrong_type("float", value)
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value!r} is not a finite number (JSON has no such value)"
    return None


def _check_dict(value: Any) -> str | None:
    return None if isinstance(value, dict) else _wrong_type("dict", value)


_TYPE_CHECKS: dict[str, _Check] = {
    "string": _check_str,
    "integer": _check_int,
    "boolean": _check_bool,
    "float": _check_float,
    "object": _check_dict,
}
_NUMBER_TYPES = frozenset({"integer", "float"})

# Formats. [0-9], not \d: \d also matches other scripts' digits.

_E164 = re.compile(r"\+[1-9][0-9]{0,14}")
_YYYYMMDDHH = re.compile(r"[0-9]{10}")
_DATETIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})")
# Padding is checked by length (a multiple of 4): nothing is decoded, however large the image.
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")
_URL = re.compile(r"https?://[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _check_e164(value: str) -> str | None:
    return None if _E164.fullmatch(value) else f"{_show(value)} is not an E.164 number"


def _check_yyyymmddhh(value: str) -> str | None:
    if _YYYYMMDDHH.fullmatch(value) and int(value[8:]) < 24:
        try:
            datetime.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        except ValueError:
            pass
        else:
            return None
    return f"{_show(value)} is not a real date and hour as yyyymmddhh"


def _check_unix_seconds(value: int) -> str | None:
    return None if value >= 0 else f"{value!r} is not a Unix time in seconds: it is negative"


def _check_datetime(value: str) -> str | None:
    match = _DATETIME.fullmatch(value)
    if match:
        try:
            year, month, day, hour, minute, second = map(int, match.groups())
            datetime.datetime(year, month, day, hour, minute, second)
        except ValueError:
            pass
        else:
            return None
    return f"{_show(value)} is not a real time as YYYY-MM-DD hh:mm:ss"


def _check_base64_image(value: str) -> str | None:
    if len(value) % 4 == 0 and _BASE64.fullmatch(value):
        return None
    if value.startswith("data:"):
        return f"{_show(value)} is a data URL; pass only the base64 after 'base64,'"
    return f"{_show(value)} is not valid base64"


def _check_url(value: str) -> str | None:
    return None if _URL.fullmatch(value) else f"{_show(value)} is not an http(s) URL"


def _check_uuid(value: str) -> str | None:
    return None if _UUID.fullmatch(value) else f"{_show(value)} is not a UUID"


# Formats the service normalises instead of refusing (a mainland number without +86): checking
# them here would refuse what the service accepts, so they are sent as given (from the spec).
SERVICE_NORMALISED_FORMATS = _service.SERVICE_NORMALISED_FORMATS

# Each format with the one spec type it applies to; the type is checked before the format.
_FORMAT_CHECKS: dict[str, tuple[str, _Check]] = {
    "e164": ("string", _check_e164),
    "yyyymmddhh": ("string", _check_yyyymmddhh),
    "unix_seconds": ("integer", _check_unix_seconds),
    "datetime": ("string", _check_datetime),
    "base64_image": ("string", _check_base64_image),
    "url": ("string", _check_url),
    "uuid": ("string", _check_uuid),
}

# Constraints with a bound, made into checks once, at import.


def _minimum_check(minimum: float) -> _Check:
    def check(value: Any) -> str | None:
        return f"{value!r} is below the minimum {minimum!r}" if value < minimum else None

    return check


def _maximum_check(maximum: float) -> _Check:
    def check(value: Any) -> str | None:
        return f"{value!r} is above the maximum {maximum!r}" if value > maximum else None

    return check


def _max_length_check(max_length: int) -> _Check:
    def check(value: Any) -> str | None:
        if len(value) > max_length:
            return f"{len(value)} characters, at most {max_length} allowed"
        return None

    return check


def _max_bytes_check(max_bytes: int) -> _Check:
    # A character is at most 4 bytes in UTF-8: shorter strings need no encoding.
    always_fits = max_bytes // 4

    def check(value: Any) -> str | None:
        if len(value) <= always_fits:
            return None
        size = len(value.encode("utf-8", "surrogatepass"))
        return f"{size} bytes in UTF-8, at most {max_bytes} allowed" if size > max_bytes else None

    return check


def _fixed_check(fixed: str | int) -> _Check:
    def check(value: Any) -> str | None:
        if value != fixed:
            return f"{_show(value)} is not accepted: the value is currently fixed at {fixed!r}"
        return None

    return check


def _enum_check(allowed: tuple[str | int, ...]) -> _Check:
    members = frozenset(allowed)
    listed = ", ".join(repr(value) for value in allowed)

    def check(value: Any) -> str | None:
        return None if value in members else f"{_show(value)} is not one of {listed}"

    return check


@dataclass(frozen=True, slots=True)
class _Rule:
    """A Param compiled: its type check, and only the value checks its constraints call for."""

    wire_name: str
    name: str
    required: bool
    array: bool
    min_items: int | None
    max_items: int | None
    type_check: _Check
    value_checks: tuple[_Check, ...]
    shape: str | None


def _compile(param: Param, type_names: Collection[str]) -> _Rule:
    """Raises ValueError for a constraint that cannot apply to the parameter's type."""
    kind = param.type_name
    if kind in _TYPE_CHECKS:
        type_check, shape = _TYPE_CHECKS[kind], None
    elif kind in type_names:
        type_check, shape = _check_dict, kind
    else:
        raise ValueError(f"{param.wire_name}: unknown type {kind!r}")
    checks: list[_Check] = []
    for value in (param.fixed, *param.enum):
        if value is not None and type_check(value) is not None:
            raise ValueError(f"{param.wire_name}: {value!r} is no {kind}")
    if param.fixed is not None:
        checks.append(_fixed_check(param.fixed))
    if param.enum:
        checks.append(_enum_check(param.enum))
    if param.minimum is not None or param.maximum is not None:
        if kind not in _NUMBER_TYPES:
            raise ValueError(f"{param.wire_name}: a bound on a {kind}")
        if param.minimum is not None:
            checks.append(_minimum_check(param.minimum))
        if param.maximum is not None:
            checks.append(_maximum_check(param.maximum))
    if param.max_length is not None or param.max_bytes is not None:
        if kind != "string":
            raise ValueError(f"{param.wire_name}: a length limit on a {kind}")
        if param.max_length is not None:
            checks.append(_max_length_check(param.max_length))
        if param.max_bytes is not None:
            checks.append(_max_bytes_check(param.max_bytes))
    if param.format is not None and param.format not in SERVICE_NORMALISED_FORMATS:
        format_type, format_check = _FORMAT_CHECKS[param.format]
        if kind != format_type:
            raise ValueError(f"{param.wire_name}: format {param.format} on a {kind}")
        checks.append(format_check)
    return _Rule(
        wire_name=param.wire_name,
        name=param.name,
        required=param.required,
        array=param.array,
        min_items=param.min_items,
        max_items=param.max_items,
        type_check=type_check,
        value_checks=tuple(checks),
        shape=shape,
    )


class RequestValidator:
    """Checks requests against parameter tables, each compiled on first use and kept.

    Raises ValueError when a table is inconsistent (a constraint that cannot apply to its type):
    when it is made, or with ``check_now=False`` when the table is first used.
    """

    def __init__(
        self,
        actions: Mapping[str, Sequence[Param]],
        types: Mapping[str, Sequence[Param]],
        rules: Mapping[str, Sequence[CrossRule]] | None = None,
        *,
        check_now: bool = True,
    ) -> None:
        self._params = actions
        self._type_params = types
        self._rules: Mapping[str, Sequence[CrossRule]] = rules or {}
        self._actions: dict[str, tuple[_Rule, ...]] = {}
        self._types: dict[str, tuple[_Rule, ...]] = {}
        if check_now:
            for name in types:
                self._type_rules(name)
            for name in actions:
                self._action_rules(name)

    def _action_rules(self, action: str) -> tuple[_Rule, ...]:
        rules = self._actions.get(action)
        if rules is None:
            try:
                params = self._params[action]
            except KeyError:
                raise KeyError(f"unknown action {action!r}") from None
            rules = self._actions[action] = tuple(_compile(p, self._type_params) for p in params)
        return rules

    def _type_rules(self, name: str) -> tuple[_Rule, ...]:
        rules = self._types.get(name)
        if rules is None:
            params = self._type_params[name]
            rules = self._types[name] = tuple(_compile(p, self._type_params) for p in params)
        return rules

    def problems(
        self,
        action: str,
        payload: Mapping[str, Any],
        missing_hints: Mapping[str, str] | None = None,
    ) -> list[str]:
        """Every problem of ``payload`` (wire names), each starting with its path; KeyError for an
        action this version does not know. ``missing_hints`` (argument name -> text) adds to the
        problem of a required input left out where it could have come from."""
        rules = self._action_rules(action)
        return self._field_problems(rules, payload, missing_hints or {}) + _cross_problems(
            self._rules.get(action, ()), payload
        )

    def validate(
        self,
        action: str,
        payload: Mapping[str, Any],
        missing_hints: Mapping[str, str] | None = None,
    ) -> None:
        """Raises ``errors.ValidationError`` listing every problem of ``payload``."""
        problems = self.problems(action, payload, missing_hints)
        if problems:
            raise errors.ValidationError(problems)

    def _field_problems(
        self,
        rules: tuple[_Rule, ...],
        payload: Mapping[str, Any],
        missing_hints: Mapping[str, str] | None = None,
    ) -> list[str]:
        # Keys without a rule (a model's unknown_fields) are let through unchecked.
        problems: list[str] = []
        for rule in rules:
            value = payload.get(rule.wire_name)
            if value is None or (value == "" and rule.required):
                if rule.required:
                    state = "missing" if rule.wire_name not in payload else repr(value)
                    hint = missing_hints.get(rule.name) if missing_hints and value is None else None
                    problems.append(
                        f"{rule.name}: required, but {state}" + (f"; {hint}" if hint else "")
                    )
                continue
            if not rule.array:
                found = self._value_problems(rule, value)
                if found:
                    problems += [rule.name + problem for problem in found]
                continue
            if not isinstance(value, list | tuple):
                problems.append(f"{rule.name}: {_wrong_type('list', value)}")
                continue
            if rule.min_items is not None and len(value) < rule.min_items:
                problems.append(
                    f"{rule.name}: {_item_count(len(value))}, at least {rule.min_items} required"
                )
            if rule.max_items is not None and len(value) > rule.max_items:
                problems.append(
                    f"{rule.name}: {_item_count(len(value))}, at most {rule.max_items} allowed"
                )
            for index, item in enumerate(value):
                found = self._value_problems(rule, item)
                if found:
                    problems += [f"{rule.name}[{index}]{problem}" for problem in found]
        return problems

    def _value_problems(self, rule: _Rule, value: Any) -> list[str] | None:
        """The problems of one value or array item, each as the rest of a path: ``: ...`` for the
        value itself, ``.sub_field: ...`` for a field of a nested data type."""
        problem = rule.type_check(value)
        if problem is not None:
            return [": " + problem]
        # No list unless something is wrong: most values pass.
        found: list[str] | None = None
        for check in rule.value_checks:
            problem = check(value)
            if problem is not None:
                found = found or []
                found.append(": " + problem)
        if rule.shape is not None:
            nested = self._field_problems(self._type_rules(rule.shape), value)
            if nested:
                found = found or []
                found += ["." + problem for problem in nested]
        return found


_VALIDATOR = RequestValidator(ACTION_PARAMS, TYPE_FIELDS, ACTION_RULES, check_now=False)


def validate_request(
    action: str, payload: Mapping[str, Any], *, missing_hints: Mapping[str, str] | None = None
) -> None:
    """Checks the wire form of a request (``to_wire()``) of ``action`` before it is sent.

    Raises ``errors.ValidationError`` listing every problem, each prefixed by the parameter's path
    in argument names (``limit: 101 is above the maximum 100``). Keys the tables
    do not know are allowed. ``missing_hints`` (argument name -> text) is added to the problem of
    a required input left out: where it could have come from.
    """
    _VALIDATOR.validate(action, payload, missing_hints)


def request_problems(action: str, payload: Mapping[str, Any]) -> list[str]:
    """What ``validate_request`` would report, as a list (empty when the request is valid)."""
    return _VALIDATOR.problems(action, payload)
