"""What every model shares: its JSON form, read and written through one table per model class.

Each generated model lists its documented fields once, in ``FIELDS``: wire name, attribute, spec
type, array, optional. ``from_wire`` and ``to_wire`` here, the answer checks in ``_decode`` and the
clients' argument handling all read that table, so a model module holds only attributes and data.

``from_wire`` is lenient: a documented field the service left out is None and a value of another
type is kept as received, so an answer the service processed always becomes a model (``_decode``
reports the differences). Unknown fields are kept in ``unknown_fields``, so a newer service never
breaks this version.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, Self, TypeVar

from ._core import as_list

if TYPE_CHECKING:
    from ._core import RawResponse

__all__ = ["Field", "LazyTable", "Request", "Response", "WireModel", "model_named"]

# Spec types that travel as plain JSON values; any other type name is a data type (a model).
JSON_TYPES = frozenset({"string", "integer", "boolean", "float", "object"})


class Field(NamedTuple):
    """A documented field: a JSON type (``string``, ``integer``, ``boolean``, ``float``,
    ``object``) or a data type's model name, a list of those with ``array``; ``optional`` when it
    may be left out (an input that is not required) or null (an output the documents say may be)."""

    wire_name: str
    name: str
    type_name: str
    array: bool = False
    optional: bool = False


@dataclasses.dataclass(slots=True, kw_only=True)
class WireModel:
    """A model with a JSON form: subclasses declare their attributes and ``FIELDS``."""

    FIELDS: ClassVar[tuple[Field, ...]] = ()

    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Self:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        values: dict[str, Any] = {}
        for field in cls.FIELDS:
            value = data.get(field.wire_name)
            if value is not None and field.type_name not in JSON_TYPES:
                value = _nested(model_named(field.type_name), value, field.array)
            values[field.name] = value
        known = _wire_names(cls)
        values["unknown_fields"] = {k: v for k, v in data.items() if k not in known}
        return cls(**values)

    @classmethod
    def partial(cls, **values: Any) -> Self:
        """A model of the attributes given; every documented field not given is None.

        For code that builds answers, such as the emulator's handlers: a field the spec gains later
        is then None in their answers instead of a TypeError. An unknown name is still a TypeError.
        """
        empty = _empty_attributes(cls)
        if not values.keys() <= empty.keys():
            unknown = values.keys() - empty.keys() - {"unknown_fields"}
            if unknown:
                raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
        return cls(**{**empty, **values})

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); optional fields that are None are left out."""
        wire: dict[str, Any] = {}
        for field in self.FIELDS:
            value = getattr(self, field.name)
            if value is None:
                if not field.optional:
                    wire[field.wire_name] = None  # validation names what is missing
                continue
            if field.type_name not in JSON_TYPES:
                value = _nested_wire(value, field.array)
            # Arrays of JSON values go out as they are: no copy, and a stray string stays a
            # string, so validation reports it instead of sending its characters.
            wire[field.wire_name] = value
        wire.update(self.unknown_fields)
        return wire


@dataclasses.dataclass(slots=True, kw_only=True)
class Request(WireModel):
    """The input of an action."""

    @classmethod
    def from_arguments(cls, arguments: Mapping[str, Any]) -> Self:
        """The request of a client method's keyword arguments (its ``locals()``).

        Sequence arguments become lists; anything else is kept, for validation to report.
        """
        values: dict[str, Any] = {}
        for field in cls.FIELDS:
            value = arguments[field.name]
            values[field.name] = as_list(value) if field.array and value is not None else value
        return cls(**values)


@dataclasses.dataclass(slots=True, kw_only=True)
class Response(WireModel):
    """The output of an action, with the HTTP exchange it was read from."""

    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)


def _nested(model: type[WireModel], value: Any, array: bool) -> Any:
    """Data types from JSON objects; items (or a value) of another kind are kept as received."""
    if not array:
        return model.from_wire(value) if isinstance(value, dict) else value
    if not isinstance(value, list):
        return value
    return [model.from_wire(item) if isinstance(item, dict) else item for item in value]


def _nested_wire(value: Any, array: bool) -> Any:
    if array and isinstance(value, list | tuple):
        return [item.to_wire() if isinstance(item, WireModel) else item for item in value]
    return value.to_wire() if isinstance(value, WireModel) else value


_WIRE_NAMES: dict[type[WireModel], frozenset[str]] = {}


_EMPTY_ATTRIBUTES: dict[type[WireModel], dict[str, Any]] = {}


def _wire_names(model: type[WireModel]) -> frozenset[str]:
    names = _WIRE_NAMES.get(model)
    if names is None:
        names = _WIRE_NAMES[model] = frozenset(field.wire_name for field in model.FIELDS)
    return names


def _empty_attributes(model: type[WireModel]) -> dict[str, Any]:
    """Every attribute ``partial`` accepts, as None (``unknown_fields`` is made when left out)."""
    empty = _EMPTY_ATTRIBUTES.get(model)
    if empty is None:
        empty = _EMPTY_ATTRIBUTES[model] = dict.fromkeys(field.name for field in model.FIELDS)
    return empty


_MODELS: dict[str, type[WireModel]] = {}


def model_named(name: str) -> type[WireModel]:
    """The model class called ``name``, from the package's ``models`` (loaded on first use)."""
    model = _MODELS.get(name)
    if model is None:
        models = importlib.import_module(f"{__package__}.models")
        model = _MODELS[name] = getattr(models, name)
    return model


_Value = TypeVar("_Value")


class LazyTable(Mapping[str, _Value]):
    """A table whose names are known up front and whose entries load on first use.

    The per-action tables (input constraints, documented answer fields) live in one module per
    action; this keeps ``ACTION_PARAMS["SendSms"]`` working while importing only that module.
    """

    def __init__(self, names: Iterable[str], load: Callable[[str], _Value]) -> None:
        self._names = tuple(names)
        self._known = frozenset(self._names)
        self._load = load
        self._loaded: dict[str, _Value] = {}

    def __getitem__(self, name: str) -> _Value:
        try:
            return self._loaded[name]
        except KeyError:
            if name not in self._known:
                raise
        value = self._loaded[name] = self._load(name)
        return value

    def __contains__(self, name: object) -> bool:
        return name in self._known

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)
