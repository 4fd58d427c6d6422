"""The intermediate model: frozen dataclasses built from a validated spec, names all derived.

Templates only ever see these objects, never the raw spec data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Literal, cast

from generator import naming

PYTHON_TYPES = {
    "string": "str",
    "integer": "int",
    "boolean": "bool",
    "float": "float",
    "object": "dict[str, Any]",
}

ShapeKind = Literal["request", "response", "type"]
PagingKind = Literal["offset", "queue", "time_window"]
# Formats the service normalises instead of refusing (a mainland number without +86): clients send
# such values as given and never check them.
SERVICE_NORMALISED_FORMATS = frozenset({"phone_number"})
# The action effects (the schema's `effect`) a call may repeat without changing the service's state
# again: an action is idempotent exactly when its effect is one of these.
REPEATABLE_EFFECTS = frozenset({"reads"})
# Formats of times a callback carries; its model holds them as aware datetimes.
TIME_FORMATS = frozenset({"datetime", "unix_seconds"})
# Classes every errors module defines besides one per code: no code's class name may shadow one.
BASE_ERROR_CLASSES = (
    "ClientError",
    "CredentialsError",
    "CredentialsServiceError",
    "NetworkError",
    "RequestTimeoutError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "ServerError",
    "TencentCloudError",
    "ValidationError",
)
# A placeholder of each JSON type (``Field.placeholder``).
_EMPTY_VALUES: dict[str, str | int | float | bool | dict[str, Any]] = {
    "string": "",
    "integer": 0,
    "boolean": False,
    "float": 0.0,
    "object": {},
}
_FORMAT_NAMES = {
    "e164": "E.164 number",
    "phone_number": "mobile number (E.164; the service normalises mainland numbers)",
    "yyyymmddhh": "yyyymmddhh hour",
    "unix_seconds": "UNIX time in seconds",
    "datetime": "yyyy-mm-dd hh:mm:ss",
    "base64_image": "base64 image",
}


@dataclass(frozen=True)
class EnumValue:
    value: str | int
    meaning: str


@dataclass(frozen=True)
class Constraints:
    """What the spec says a value must satisfy, beyond its type."""

    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    max_bytes: int | None = None
    max_length: int | None = None
    format: str | None = None
    fixed: str | int | None = None
    enum: tuple[EnumValue, ...] = ()

    @property
    def summary(self) -> str:
        """The constraints in a few words, for generated documentation."""
        parts = []
        if self.min_items is not None and self.max_items is not None:
            parts.append(f"{self.min_items} to {self.max_items} items")
        elif self.max_items is not None:
            parts.append(f"at most {self.max_items} items")
        elif self.min_items is not None:
            parts.append(f"at least {self.min_items} items")
        if self.minimum is not None:
            parts.append(f"≥ {self.minimum:g}")
        if self.maximum is not None:
            parts.append(f"≤ {self.maximum:g}")
        if self.max_bytes is not None:
            parts.append(f"≤ {self.max_bytes} bytes")
        if self.max_length is not None:
            parts.append(f"≤ {self.max_length} characters")
        if self.format is not None:
            parts.append(_FORMAT_NAMES.get(self.format, self.format))
        if self.fixed is not None:
            parts.append(f"fixed at {self.fixed!r}")
        if self.enum:
            parts.append("one of " + ", ".join(f"{e.value!r} ({e.meaning})" for e in self.enum))
        return "; ".join(parts)


@dataclass(frozen=True)
class Field:
    """An input parameter, output parameter or data-type field."""

    wire_name: str
    attr: str
    type_name: str
    is_array: bool
    is_shape: bool
    required: bool
    nullable: bool
    optional: bool
    description: str
    constraints: Constraints
    violation_codes: dict[str, str]

    @property
    def item_type(self) -> str:
        """The Python type of one value (the item type for arrays)."""
        return self.type_name if self.is_shape else PYTHON_TYPES[self.type_name]

    @property
    def value_type(self) -> str:
        """The Python type of the whole value as stored on a model."""
        whole = f"list[{self.item_type}]" if self.is_array else self.item_type
        return f"{whole} | None" if self.optional else whole

    @property
    def time_format(self) -> str | None:
        """The time format of a value read as a datetime (``datetime``, ``unix_seconds``)."""
        return self.constraints.format if self.constraints.format in TIME_FORMATS else None

    @property
    def received_type(self) -> str:
        """The Python type of a callback record's value: times become datetimes."""
        whole = "datetime" if self.time_format else self.item_type
        whole = f"list[{whole}]" if self.is_array else whole
        return f"{whole} | None" if self.optional else whole

    @property
    def type_text(self) -> str:
        """The type in words, for help texts: ``string``, ``list of SendStatus``."""
        return f"list of {self.type_name}" if self.is_array else self.type_name

    @property
    def must_be_given(self) -> bool:
        """Whether a caller must give the input: required, and no documented fixed value to send."""
        return self.required and self.constraints.fixed is None

    @property
    def placeholder(self) -> str | int | float | bool | dict[str, Any] | None:
        """A value of the right type standing for one item of the input (a command line's
        skeleton): the fixed value, else the first enum value, else an empty value; None for a
        data type, whose fields stand for it."""
        if self.constraints.fixed is not None:
            return self.constraints.fixed
        if self.constraints.enum:
            return self.constraints.enum[0].value
        return None if self.is_shape else _EMPTY_VALUES[self.type_name]

    @property
    def argument_type(self) -> str:
        """The Python type a client method accepts: literals for enums, any sequence for arrays."""
        item = self.item_type
        if self.constraints.enum:
            item = "Literal[" + ", ".join(repr(e.value) for e in self.constraints.enum) + "]"
        return f"Sequence[{item}]" if self.is_array else item


@dataclass(frozen=True)
class Outcome:
    """A record that reports one item's result: ``code_attr`` is ``success`` when it succeeded."""

    code_attr: str
    success: str


@dataclass(frozen=True)
class Shape:
    """A structure with fields: a request, a response or a documented data type."""

    name: str
    kind: ShapeKind
    description: str
    fields: tuple[Field, ...]
    outcome: Outcome | None = None

    @property
    def required_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.required)

    @property
    def optional_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if not f.required)

    @property
    def module(self) -> str:
        """The module of a data type's model, under ``models/_types/``."""
        return naming.snake_case(self.name)

    @property
    def type_references(self) -> tuple[str, ...]:
        """The data types its fields refer to, itself left out, in the order of their modules."""
        names = {f.type_name for f in self.fields if f.is_shape} - {self.name}
        return tuple(sorted(names, key=naming.snake_case))

    @property
    def uses_any(self) -> bool:
        """Whether a field's annotation needs ``typing.Any`` (an ``object`` value)."""
        return any(f.type_name == "object" for f in self.fields)


@dataclass(frozen=True)
class Example:
    title: str
    request: dict[str, Any]
    response: dict[str, Any]


@dataclass(frozen=True)
class Paging:
    """How the clients' ``iter_*`` method reads every record (the schema's ``paging``).

    ``offset``: Limit and an advancing Offset, item by item. ``queue``: the action hands each record
    out once, so whole pages are yielded until one comes back empty. ``time_window``: Offset is
    fixed, so the window [begin, end] is narrowed instead (``_paging.TimeWindows``).
    """

    kind: PagingKind
    limit: Field
    items: Field
    # The advancing input of offset paging; for time_window the fixed one that rules it out.
    offset: Field | None = None
    begin: Field | None = None
    end: Field | None = None
    # time_window: the document and sentence that rule offset paging out.
    source: str | None = None
    quote: str | None = None
    # offset: the array input that, given non-empty, makes Limit and Offset ignored (one call).
    unless: Field | None = None

    @property
    def page_size(self) -> int:
        """The default page size: the documented maximum of the limit, else 100."""
        maximum = self.limit.constraints.maximum
        return int(maximum) if maximum else 100

    @property
    def set_params(self) -> tuple[str, ...]:
        """The inputs the iterator sets itself, which its signature leaves out (wire names): the
        limit (``page_size``) and the offset (advanced, or left at its fixed value)."""
        offset = (self.offset.wire_name,) if self.offset is not None else ()
        return (self.limit.wire_name, *offset)


@dataclass(frozen=True)
class Rule:
    """A documented constraint over several inputs or the current time (the schema's ``rule``)."""

    kind: str
    params: tuple[Field, ...]
    days: int | None
    violation_code: str | None
    description: str


@dataclass(frozen=True)
class ConsumedRecords:
    """A queue action's records: each is handed out once (the schema's ``consumes_records``)."""

    records: Field
    source: str
    quote: str


@dataclass(frozen=True)
class Bulk:
    """How a sending action takes any number of numbers (the schema's ``bulk``)."""

    method_name: str
    numbers: Field
    results: Field
    # The attributes of a result item naming its number and explaining its code (the code is
    # the attribute of its type's outcome).
    result_number_attr: str
    result_message_attr: str
    separate: str
    number_codes: tuple[str, ...]
    kind_codes: tuple[str, ...]

    @property
    def argument(self) -> str:
        """The bulk method's first parameter: ``phone_numbers`` for ``PhoneNumberSet``."""
        return self.numbers.attr.removesuffix("_set") + "s"

    @property
    def max_numbers(self) -> int:
        """Numbers per request: the documented max_items of the numbers parameter."""
        return int(self.numbers.constraints.max_items or 0)


@dataclass(frozen=True)
class ClientDefault:
    """An input a client may be given once, ``defaults={attr: value}`` (the schema's
    ``client_defaults``), and the actions it fills it for."""

    field: Field
    actions: tuple[str, ...]

    @property
    def attr(self) -> str:
        return self.field.attr


@dataclass(frozen=True)
class Action:
    name: str
    method_name: str
    category: str
    summary: str
    description: str
    rate_limit_per_second: float
    idempotent: bool
    request: Shape
    response: Shape
    errors: tuple[str, ...]
    examples: tuple[Example, ...]
    paging: Paging | None
    rules: tuple[Rule, ...]
    # Set for a queue: the action is then never sent again once its request may have arrived.
    consumes_records: ConsumedRecords | None
    # Inputs a client's ``defaults`` may fill (wire names): optional in the method's signature.
    client_defaults: tuple[str, ...] = ()
    # Set for an action that sends to a capped list of numbers: the clients get a bulk method.
    bulk: Bulk | None = None

    def argument_default(self, field: Field) -> str | None:
        """The default of the method's keyword argument as Python source; None when required.

        A fixed input defaults to its one documented value, which is still sent; an input the
        client's ``defaults`` may fill, and an optional one, default to None.
        """
        if field.required and field.constraints.fixed is not None:
            return repr(field.constraints.fixed)
        if not field.required or field.wire_name in self.client_defaults:
            return "None"
        return None

    def argument_annotation(self, field: Field) -> str:
        """The method argument's type: ``| None`` when None is its default."""
        if self.argument_default(field) == "None":
            return f"{field.argument_type} | None"
        return field.argument_type

    @property
    def module(self) -> str:
        """The module of the action's models and input constraints, under ``models/_actions/``."""
        return naming.snake_case(self.name)

    @property
    def type_references(self) -> tuple[str, ...]:
        """The data types its request and response refer to, in the order of their modules."""
        names = {*self.request.type_references, *self.response.type_references}
        return tuple(sorted(names, key=naming.snake_case))


def release_tuple(version: str) -> tuple[int, int, int]:
    """``"1.4.2"`` -> ``(1, 4, 2)``, for comparing SDK versions (the schema's ``sdk_version``)."""
    major, minor, patch = (int(part) for part in version.split("."))
    return major, minor, patch


@dataclass(frozen=True)
class DeprecatedSpelling:
    """An earlier spelling of a renamed code: it maps to the code's class, and its own class name
    stays importable from the errors module with a ``DeprecationWarning``."""

    code: str
    class_name: str
    since: str
    note: str
    # What the DeprecationWarning says: the old name, the new one, and why.
    warning: str


@dataclass(frozen=True)
class ErrorCode:
    """An error class: a documented code, or a category that only exists as a prefix of codes."""

    code: str
    class_name: str
    parent_class: str
    kind: str
    description: str
    aliases: tuple[str, ...]
    # Earlier spellings the documents no longer print: a renamed code.
    deprecated: tuple[DeprecatedSpelling, ...]
    documented: bool
    retryable: str | None

    @property
    def is_category(self) -> bool:
        return "." not in self.code


@dataclass(frozen=True)
class Endpoint:
    host: str
    region: str | None
    area: str


@dataclass(frozen=True)
class SigningMethod:
    """A signature method the service accepts and the request sizes it allows per HTTP method."""

    name: str
    version: int
    content_types: tuple[str, ...]
    max_request_bytes: dict[str, int]


@dataclass(frozen=True)
class Region:
    value: str
    name: str


@dataclass(frozen=True)
class Callback:
    """A request the service sends to the customer's URL, and the answer it expects."""

    name: str
    description: str
    payload: Literal["object", "array"]
    record: Shape
    answer: Shape
    example: Any
    answer_example: dict[str, Any]

    @property
    def parser_name(self) -> str:
        """``parse_sms_reply``: the function reading a body of this callback."""
        return f"parse_{naming.snake_case(self.name)}"

    @property
    def handler_name(self) -> str:
        """``on_sms_reply``: the endpoint's argument taking this callback's handler."""
        return f"on_{naming.snake_case(self.name)}"

    @property
    def handler_argument(self) -> str:
        """What a handler receives: the batch for an array payload, else one record."""
        return f"list[{self.name}]" if self.payload == "array" else self.name


@dataclass(frozen=True)
class SendingErrorCode:
    code: int
    description: str
    solution: str | None


@dataclass(frozen=True)
class ReceiptStatusCode:
    code: str
    category: str
    description: str


@dataclass(frozen=True)
class Service:
    """Everything a template needs to render one spec."""

    spec_path: str
    protocol: str
    name: str
    title: str
    description: str
    api_version: str
    # The package's own version, apart from the API version it speaks.
    sdk_version: str
    package: str
    client_class: str
    default_endpoint: str
    endpoints: tuple[Endpoint, ...]
    regions: tuple[Region, ...]
    signing: tuple[SigningMethod, ...]
    max_clock_skew_seconds: int
    actions: tuple[Action, ...]
    types: tuple[Shape, ...]
    errors: tuple[ErrorCode, ...]
    callbacks: tuple[Callback, ...]
    sending_error_codes: tuple[SendingErrorCode, ...]
    receipt_status_codes: tuple[ReceiptStatusCode, ...]
    receipt_status_categories: dict[str, str]
    # The overlay (templates/overlays/<name>/) that adds this service's own behaviour, if any.
    overlay: str | None = None
    # Inputs a client may be given once (``defaults=``), in spec order.
    client_defaults: tuple[ClientDefault, ...] = ()

    @property
    def service_normalised_formats(self) -> tuple[str, ...]:
        return tuple(sorted(SERVICE_NORMALISED_FORMATS))

    @property
    def error_class_names(self) -> tuple[str, ...]:
        """The public classes of the errors module, sorted; renamed codes' old names left out, so
        ``import *`` never warns."""
        names = {*BASE_ERROR_CLASSES, *(error.class_name for error in self.errors)}
        return tuple(sorted(names))

    @property
    def deprecated_spellings(self) -> tuple[tuple[DeprecatedSpelling, ErrorCode], ...]:
        """Each deprecated spelling with the code it was renamed to, by old class name."""
        pairs = [(old, error) for error in self.errors for old in error.deprecated]
        return tuple(sorted(pairs, key=lambda pair: pair[0].class_name))

    @property
    def paged_actions(self) -> tuple[Action, ...]:
        return tuple(action for action in self.actions if action.paging is not None)

    @property
    def input_types(self) -> tuple[Shape, ...]:
        """The data types an action's input holds, directly or nested, in spec order."""
        by_name = {shape.name: shape for shape in self.types}
        pending = [f.type_name for a in self.actions for f in a.request.fields if f.is_shape]
        reached: set[str] = set()
        while pending:
            name = pending.pop()
            if name not in reached:
                reached.add(name)
                pending += [f.type_name for f in by_name[name].fields if f.is_shape]
        return tuple(shape for shape in self.types if shape.name in reached)

    @property
    def bulk_actions(self) -> tuple[Action, ...]:
        return tuple(action for action in self.actions if action.bulk is not None)

    @property
    def argument_imports(self) -> dict[str, bool]:
        """Which typing names client method signatures need."""
        arguments = [f for action in self.actions for f in action.request.fields]
        return {
            "sequence": any(f.is_array for f in arguments),
            "literal": any(f.constraints.enum for f in arguments),
        }

    @property
    def model_names(self) -> tuple[str, ...]:
        """Every model class: data types, then each action's request and response."""
        names = [shape.name for shape in self.types]
        for action in self.actions:
            names += [action.request.name, action.response.name]
        return tuple(names)


def build_service(data: dict[str, Any], spec_path: PurePosixPath) -> Service:
    """Builds the model of a validated API 3.0 spec."""
    service = data["service"]
    type_names = set(data.get("types", {}))
    client_defaults = _build_client_defaults(service.get("client_defaults", []), data["actions"])
    defaults_of: dict[str, tuple[str, ...]] = {}
    for default in client_defaults:
        for action_name in default.actions:
            defaults_of[action_name] = (*defaults_of.get(action_name, ()), default.field.wire_name)
    return Service(
        spec_path=str(spec_path),
        protocol=data["protocol"],
        name=service["name"],
        title=service["title"],
        description=service.get("description", service["title"]),
        api_version=service["api_version"],
        sdk_version=service["sdk_version"],
        package=naming.package_name(service["name"]),
        client_class=naming.client_class_name(service["name"]),
        default_endpoint=service.get("default_endpoint", f"{service['name']}.tencentcloudapi.com"),
        endpoints=tuple(
            Endpoint(e["host"], e.get("region"), e["area"]) for e in service.get("endpoints", [])
        ),
        regions=tuple(Region(r["value"], r["name"]) for r in service.get("regions", [])),
        signing=tuple(
            SigningMethod(
                s["method"], s["version"], tuple(s["content_types"]), dict(s["max_request_bytes"])
            )
            for s in service["signing"]
        ),
        max_clock_skew_seconds=service.get("max_clock_skew_seconds", 300),
        actions=tuple(
            _build_action(name, action, type_names, defaults_of.get(name, ()))
            for name, action in data["actions"].items()
        ),
        types=tuple(_build_type(name, t, type_names) for name, t in data["types"].items()),
        errors=_build_errors(data["errors"]),
        callbacks=tuple(
            _build_callback(name, callback, type_names)
            for name, callback in data.get("callbacks", {}).items()
        ),
        sending_error_codes=tuple(
            SendingErrorCode(c["code"], c["description"], c.get("solution"))
            for c in data.get("sending_error_codes", [])
        ),
        receipt_status_codes=tuple(
            ReceiptStatusCode(c["code"], c["category"], c["description"])
            for c in data.get("receipt_status_codes", [])
        ),
        receipt_status_categories=dict(data.get("receipt_status_categories", {})),
        overlay=service.get("overlay"),
        client_defaults=client_defaults,
    )


def _build_client_defaults(
    entries: list[dict[str, Any]], actions: dict[str, Any]
) -> tuple[ClientDefault, ...]:
    """Each default with the actions it applies to: those listed, else every one taking it."""
    result = []
    for entry in entries:
        wire_name = entry["param"]
        names = entry.get("actions") or [n for n, a in actions.items() if wire_name in a["input"]]
        # Validation made sure it has one type wherever it applies (and is no data type).
        field = _build_field(wire_name, actions[names[0]]["input"][wire_name], set(), "request")
        result.append(ClientDefault(field, tuple(names)))
    return tuple(result)


def _build_callback(name: str, callback: dict[str, Any], type_names: set[str]) -> Callback:
    return Callback(
        name=name,
        description=callback["description"],
        payload=callback["payload"],
        record=Shape(
            f"{name}Record",
            "request",
            callback["description"],
            build_fields(callback["fields"], type_names, "request"),
        ),
        answer=Shape(
            f"{name}Answer",
            "request",
            f"The answer {name} expects.",
            build_fields(callback["response"]["fields"], type_names, "request"),
        ),
        example=callback["example"],
        answer_example=callback["response"]["example"],
    )


def _build_type(name: str, data_type: dict[str, Any], type_names: set[str]) -> Shape:
    outcome = data_type.get("outcome")
    return Shape(
        name,
        "type",
        data_type["description"],
        build_fields(data_type["fields"], type_names, "type"),
        (
            None
            if outcome is None
            else Outcome(naming.snake_case(outcome["code_field"]), outcome["success"])
        ),
    )


def _build_action(
    name: str, action: dict[str, Any], type_names: set[str], client_defaults: tuple[str, ...] = ()
) -> Action:
    request = Shape(
        naming.request_class_name(name),
        "request",
        f"Input of {name}.",
        build_fields(action["input"], type_names, "request"),
    )
    response = Shape(
        naming.response_class_name(name),
        "response",
        f"Output of {name}.",
        build_fields(action["output"], type_names, "response"),
    )
    return Action(
        name=name,
        method_name=naming.snake_case(name),
        category=action["category"],
        summary=action.get("summary", name),
        description=action["description"],
        rate_limit_per_second=action["rate_limit_per_second"],
        idempotent=action["idempotent"],
        request=request,
        response=response,
        errors=tuple(action["errors"]),
        examples=tuple(
            Example(e["title"], e["request"], e["response"]) for e in action["examples"]
        ),
        paging=_build_paging(action.get("paging"), request, response),
        rules=tuple(_build_rule(rule, request) for rule in action.get("rules", [])),
        consumes_records=_build_consumed(action.get("consumes_records"), response),
        client_defaults=client_defaults,
        bulk=_build_bulk(action.get("bulk"), request, response),
    )


def _build_bulk(bulk: dict[str, Any] | None, request: Shape, response: Shape) -> Bulk | None:
    if bulk is None:
        return None
    numbers = next(f for f in request.fields if f.wire_name == bulk["numbers"])
    results = next(f for f in response.fields if f.wire_name == bulk["results"])
    refusals = bulk["refusals"]
    return Bulk(
        method_name=bulk["method"],
        numbers=numbers,
        results=results,
        result_number_attr=naming.snake_case(bulk["result_number"]),
        result_message_attr=naming.snake_case(bulk["result_message"]),
        separate=bulk["separate"]["kinds"],
        number_codes=tuple(refusals["numbers"]),
        kind_codes=tuple(refusals["kind"]),
    )


def _build_consumed(consumes: dict[str, str] | None, response: Shape) -> ConsumedRecords | None:
    if consumes is None:
        return None
    by_wire = {f.wire_name: f for f in response.fields}
    return ConsumedRecords(by_wire[consumes["records"]], consumes["source"], consumes["quote"])


def _build_rule(rule: dict[str, Any], request: Shape) -> Rule:
    by_wire = {f.wire_name: f for f in request.fields}
    return Rule(
        kind=rule["kind"],
        params=tuple(by_wire[name] for name in rule["params"]),
        days=rule.get("days"),
        violation_code=rule.get("violation_code"),
        description=rule["description"],
    )


def _build_paging(paging: dict[str, str] | None, request: Shape, response: Shape) -> Paging | None:
    if paging is None:
        return None
    inputs = {f.wire_name: f for f in request.fields}
    outputs = {f.wire_name: f for f in response.fields}
    return Paging(
        kind=cast(PagingKind, paging.get("kind", "offset")),
        limit=inputs[paging["limit"]],
        items=outputs[paging["items"]],
        offset=inputs.get(paging.get("offset", "")),
        begin=inputs.get(paging.get("begin", "")),
        end=inputs.get(paging.get("end", "")),
        source=paging.get("source"),
        quote=paging.get("quote"),
        unless=inputs.get(paging.get("unless", "")),
    )


def build_fields(
    params: dict[str, Any], type_names: set[str], kind: ShapeKind
) -> tuple[Field, ...]:
    return tuple(_build_field(wire, param, type_names, kind) for wire, param in params.items())


def _build_field(
    wire_name: str, param: dict[str, Any], type_names: set[str], kind: ShapeKind
) -> Field:
    """Inputs may be left out unless required; outputs are always present unless nullable."""
    required = param.get("required", False)
    nullable = param.get("nullable", False)
    return Field(
        wire_name=wire_name,
        attr=naming.snake_case(wire_name),
        type_name=param["type"],
        is_array=param.get("array", False),
        is_shape=param["type"] in type_names,
        required=required,
        nullable=nullable,
        optional=nullable or (kind == "request" and not required),
        description=param["description"],
        constraints=Constraints(
            minimum=param.get("minimum"),
            maximum=param.get("maximum"),
            min_items=param.get("min_items"),
            max_items=param.get("max_items"),
            max_bytes=param.get("max_bytes"),
            max_length=param.get("max_length"),
            format=param.get("format"),
            fixed=param.get("fixed"),
            enum=tuple(EnumValue(e["value"], e["meaning"]) for e in param.get("enum", [])),
        ),
        violation_codes=dict(param.get("violation_codes", {})),
    )


def _build_errors(errors: dict[str, Any]) -> tuple[ErrorCode, ...]:
    """Documented codes, plus a class for each category without a code of its own; parents first."""
    categories = sorted({code.split(".")[0] for code in errors})
    result: list[ErrorCode] = []
    for category in categories:
        documented = errors.get(category)
        result.append(_error(category, documented, parent="ServerError"))
        parent = naming.error_class_name(category)
        for code in sorted(c for c in errors if c.startswith(f"{category}.")):
            result.append(_error(code, errors[code], parent=parent))
    return tuple(result)


def _error(code: str, error: dict[str, Any] | None, parent: str) -> ErrorCode:
    return ErrorCode(
        code=code,
        class_name=naming.error_class_name(code),
        parent_class=parent,
        kind=error["kind"] if error else "category",
        description=(error["description"] if error else "") or f"{code} error.",
        aliases=tuple(a["code"] for a in error.get("aliases", [])) if error else (),
        deprecated=tuple(
            _deprecated(old, code) for old in (error.get("deprecated", []) if error else [])
        ),
        documented=error is not None,
        retryable=error.get("retryable") if error else None,
    )


def _deprecated(old: dict[str, str], code: str) -> DeprecatedSpelling:
    class_name, new_class = naming.error_class_name(old["code"]), naming.error_class_name(code)
    note = f" ({old['note']})" if old.get("note") else ""
    warning = (
        f"{class_name} ({old['code']}) is deprecated since {old['since']}: the code was renamed"
        f" {code}{note}; use {new_class}"
    )
    return DeprecatedSpelling(old["code"], class_name, old["since"], old.get("note", ""), warning)
