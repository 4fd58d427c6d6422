# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Reads the answer of a processed call into its response model: leniently, unless asked not to.

An answer to a request the service processed is never lost to its shape (a SendSms answer holds
the serial numbers; a retry would send again). By default a documented field the service left out
becomes None and a value of another type is kept as received; each such difference is logged once
at WARNING on the package's logger. With ``strict_responses=True`` they raise
``ResponseParseError`` instead, with the raw answer attached: for contract tests.

``RESPONSE_FIELDS`` gives, per response and data type, each documented field and its JSON type: the
models' own tables, loaded with the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, Self, TypeVar

from tcsms import _exceptions as errors
from tcsms import models
from tcsms._models import Field, LazyTable, model_named

if TYPE_CHECKING:
    from tcsms._core import RawResponse

__all__ = ["RESPONSE_FIELDS", "Difference", "ResponseField", "conforms", "decode", "differences"]


# A documented field of an answer: a JSON type (``string``, ``integer``, ``boolean``, ``float``,
# ``object``) or a data type of ``RESPONSE_FIELDS``, a list of those with ``array``; ``optional``
# when the documents allow it to be absent or null. It is the models' own table (``FIELDS``).
ResponseField = Field


def _model_fields(name: str) -> tuple[ResponseField, ...]:
    return model_named(name).FIELDS


# Per response and data type, its documented fields: read from the model's own module, on first
# use, so an answer loads the table of its action alone.
RESPONSE_FIELDS: Mapping[str, tuple[ResponseField, ...]] = LazyTable(
    models._response_names(), _model_fields
)


class Difference(NamedTuple):
    """Where an answer differs from the documents: ``path`` in attribute names
    (``send_status_set[0].fee``), ``kind`` (``missing``, ``null`` or ``type``), and what was seen.
    """

    path: str
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_float(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_JSON_TYPES: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "string": ("str", lambda value: isinstance(value, str)),
    "integer": ("int", _is_int),
    "boolean": ("bool", lambda value: isinstance(value, bool)),
    "float": ("float", _is_float),
    "object": ("dict", lambda value: isinstance(value, dict)),
}
_SHOWN_CHARS = 40


# The fast check that runs on every answer: JSON decoding yields exactly these types (True is a
# bool, never an int), so a set lookup on the type stands for the isinstance checks below.
_EXACT_TYPES: dict[str, frozenset[type]] = {
    "string": frozenset({str}),
    "integer": frozenset({int}),
    "boolean": frozenset({bool}),
    "float": frozenset({int, float}),
    "object": frozenset({dict}),
}
# Per shape: (wire name, exact types or None for a data type, the data type, array, optional).
_Compiled = tuple[tuple[str, frozenset[type] | None, str, bool, bool], ...]
_COMPILED: dict[str, _Compiled] = {}


def _compiled(shape: str) -> _Compiled:
    compiled = _COMPILED.get(shape)
    if compiled is None:
        compiled = _COMPILED[shape] = tuple(
            (f.wire_name, _EXACT_TYPES.get(f.type_name), f.type_name, f.array, f.optional)
            for f in RESPONSE_FIELDS[shape]
        )
    return compiled


def conforms(shape: str, data: Mapping[str, Any]) -> bool:
    """Whether ``data`` has every documented field of ``shape`` with its JSON type (fast)."""
    for wire_name, types, type_name, array, optional in _compiled(shape):
        value = data.get(wire_name)
        if value is None:
            if optional:
                continue
            return False
        items: Sequence[Any] = (value,)
        if array:
            if type(value) is not list:
                return False
            items = value
        for item in items:
            if types is None:
                if type(item) is not dict or not conforms(type_name, item):
                    return False
            elif type(item) not in types:
                return False
    return True


def differences(shape: str, data: Mapping[str, Any], path: str = "") -> list[Difference]:
    """Every way ``data`` (the JSON form of ``shape``) differs from the documented fields.

    Only absence, null and JSON types are compared: values and unknown fields are the service's
    business, and a newer service may add both.
    """
    found: list[Difference] = []
    for field in RESPONSE_FIELDS[shape]:
        where = path + field.name
        value = data.get(field.wire_name)
        if value is None:
            if not field.optional:
                kind = "null" if field.wire_name in data else "missing"
                found.append(Difference(where, kind, "missing" if kind == "missing" else "null"))
            continue
        if not field.array:
            found += _value_differences(field.type_name, value, where)
        elif not isinstance(value, list):
            found.append(_wrong_type(where, "list", value))
        else:
            for index, item in enumerate(value):
                found += _value_differences(field.type_name, item, f"{where}[{index}]")
    return found


def _value_differences(type_name: str, value: Any, path: str) -> list[Difference]:
    if type_name in RESPONSE_FIELDS:
        if not isinstance(value, dict):
            return [_wrong_type(path, "dict", value)]
        return differences(type_name, value, path + ".")
    expected, matches = _JSON_TYPES[type_name]
    return [] if matches(value) else [_wrong_type(path, expected, value)]


def _wrong_type(path: str, expected: str, value: Any) -> Difference:
    shown = repr(value)
    if len(shown) > _SHOWN_CHARS:
        shown = shown[:_SHOWN_CHARS] + "..."
    return Difference(path, "type", f"expected {expected}, got {type(value).__name__} {shown}")


class ResponseModel(Protocol):
    """What ``decode`` needs of a generated response model."""

    http_response: RawResponse | None

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Self: ...


_Model = TypeVar("_Model", bound=ResponseModel)

# Differences already logged, so a service that always leaves a field out logs it once, not on every
# call; bounded, so a stream of ever-new paths cannot grow it without end.
_LOGGED: set[tuple[str, str, str]] = set()
_MAX_LOGGED = 1024
_INDEX = re.compile(r"\[[0-9]+\]")


def decode(
    model: type[_Model],
    action: str,
    response: dict[str, Any],
    raw: RawResponse,
    *,
    strict: bool,
) -> _Model:
    """The response model of ``action`` built from the ``Response`` object of its answer.

    Differences from the documents are logged (once each), or raise ``ResponseParseError`` with
    ``strict``.
    """
    name = model.__name__
    found = [] if conforms(name, response) else differences(name, response)
    if found:
        request_id = response.get("RequestId")
        request_id = request_id if isinstance(request_id, str) else None
        if strict:
            raise errors.ResponseParseError(
                f"{action}: the answer does not match the documented shape: "
                + "; ".join(map(str, found)),
                request_id=request_id,
                http_response=raw,
            )
        _log_new(action, found, request_id)
    result = model.from_wire(response)
    result.http_response = raw
    return result


def _log_new(action: str, found: list[Difference], request_id: str | None) -> None:
    new = []
    for difference in found:
        key = (action, _INDEX.sub("[]", difference.path), difference.kind)
        if key not in _LOGGED:
            if len(_LOGGED) < _MAX_LOGGED:
                _LOGGED.add(key)
            new.append(difference)
    if not new:
        return
    import logging  # only when an answer differs from the documents

    logging.getLogger("tcsms").warning(
        "%s: the answer differs from the documents, kept as received (request id %s): %s",
        action,
        request_id,
        "; ".join(map(str, new)),
    )
