"""Validates a loaded spec: the JSON Schema first, then the rules the schema cannot express.

Every problem is collected and returned; nothing here prints or exits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import jsonschema

from generator import naming
from generator.cache import cache_directory, write_entry
from generator.errors import SpecError
from generator.load import LoadedSpec, PathKey, format_path
from generator.model import BASE_ERROR_CLASSES, REPEATABLE_EFFECTS, release_tuple

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "spec" / "schema" / "spec.schema.json"
TIME_FORMATS = frozenset({"unix_seconds", "yyyymmddhh"})
PRIMITIVE_TYPES = frozenset({"string", "integer", "boolean", "float", "object"})
# What repeating a call of each effect does: the reason an action is, or is not, idempotent.
REPEATED_EFFECT = {
    "reads": "a repeat gets the same answer and changes nothing",
    "consumes": "it hands each record out once: a repeat gets other records or none",
    "sends": "a repeat sends the messages again",
    "creates": "a repeat creates another resource or fails on the first",
    "modifies": "a repeat submits the change again",
    "deletes": "a repeat fails on what the first call removed",
    "reports": "a repeat reports the event twice",
}


@cache
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(_schema_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def validate_spec(spec: LoadedSpec) -> list[SpecError]:
    """All schema and semantic problems of ``spec``, sorted by line."""
    passed = _schema_pass_entry(spec)
    problems = [] if passed is not None and passed.exists() else list(_schema_problems(spec))
    if passed is not None and not problems:
        write_entry(passed, "")
    if not problems:
        problems = [
            SpecError(spec.file, spec.line_of(path), format_path(path), message)
            for path, message in _semantic_problems(spec.data)
        ]
    return sorted(problems, key=lambda p: (p.line, p.path, p.message))


def _schema_pass_entry(spec: LoadedSpec) -> Path | None:
    """The cache entry that says this data passed this schema (None: no cache, or not JSON).

    The JSON Schema check is most of validating a large spec and its verdict depends only on the
    schema, jsonschema's version and the data, so a spec that passed once is not checked again;
    one that failed always is, to report its problems.
    """
    directory = cache_directory()
    if directory is None:
        return None
    try:
        data = json.dumps(spec.data, sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError):
        return None  # YAML values JSON cannot carry: check every time
    digest = hashlib.sha256()
    for part in (metadata.version("jsonschema"), _schema_text(), data):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    key = digest.hexdigest()
    return directory / "schema-passed" / key[:2] / key[2:]


@cache
def _schema_text() -> str:
    return SCHEMA_FILE.read_text(encoding="utf-8")


def _schema_problems(spec: LoadedSpec) -> Iterator[SpecError]:
    for error in _validator().iter_errors(spec.data):
        path: PathKey = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            for key in _unexpected_keys(error):
                here = (*path, key)
                yield SpecError(spec.file, spec.line_of(here), format_path(here), "unknown key")
            continue
        yield SpecError(spec.file, spec.line_of(path), format_path(path), _schema_message(error))


def _unexpected_keys(error: jsonschema.ValidationError) -> list[str]:
    """The keys an ``additionalProperties: false`` object rejects, so each gets its own line."""
    allowed = set(error.schema.get("properties", {})) if isinstance(error.schema, dict) else set()
    instance = error.instance if isinstance(error.instance, dict) else {}
    return [key for key in instance if key not in allowed]


def _schema_message(error: jsonschema.ValidationError) -> str:
    if error.validator == "propertyNames":
        return f"invalid name {error.instance!r}: {error.message}"
    if error.validator in ("if", "then", "allOf") and error.context:
        return "; ".join(sub.message for sub in error.context)
    return error.message


Finding = tuple[PathKey, str]


def _semantic_problems(data: dict[str, Any]) -> Iterator[Finding]:
    types = data.get("types", {})
    actions = data.get("actions", {})
    yield from _check_type_references(data, set(types))
    yield from _check_unique_python_names(data)
    yield from _check_enums(data)
    yield from _check_actions(
        actions, set(data.get("categories", {})), data.get("errors", {}), types
    )
    yield from _check_types(types, set(actions))
    yield from _check_error_aliases(data.get("errors", {}))
    yield from _check_deprecated_spellings(data.get("errors", {}), data["service"])
    yield from _check_sending_codes(data.get("sending_error_codes", []))
    yield from _check_receipt_codes(data)
    yield from _check_legacy(data.get("legacy"), set(types))
    yield from _check_client_defaults(data["service"].get("client_defaults", []), actions)


def iter_param_maps(data: dict[str, Any]) -> Iterator[tuple[PathKey, dict[str, Any]]]:
    """Every ``{wire name: param}`` map in the spec, with its path."""
    for name, action in data.get("actions", {}).items():
        yield ("actions", name, "input"), action["input"]
        yield ("actions", name, "output"), action["output"]
    for name, data_type in data.get("types", {}).items():
        yield ("types", name, "fields"), data_type["fields"]
    for name, callback in data.get("callbacks", {}).items():
        yield ("callbacks", name, "fields"), callback["fields"]
        yield ("callbacks", name, "response", "fields"), callback["response"]["fields"]
    for version, params in data["service"].get("common_params", {}).items():
        yield ("service", "common_params", version), params
    legacy = data.get("legacy")
    if legacy:
        for part in ("query", "body", "response"):
            yield ("legacy", part), legacy[part]


def _check_type_references(data: dict[str, Any], type_names: set[str]) -> Iterator[Finding]:
    for path, params in iter_param_maps(data):
        for wire_name, param in params.items():
            type_name = param["type"]
            if type_name not in PRIMITIVE_TYPES and type_name not in type_names:
                yield (*path, wire_name, "type"), f"unknown type {type_name!r}: not in 'types'"


def _check_unique_python_names(data: dict[str, Any]) -> Iterator[Finding]:
    """Two wire names that differ only in case would become the same Python attribute."""
    for path, params in iter_param_maps(data):
        seen: dict[str, str] = {}
        for wire_name in params:
            folded = wire_name.replace("_", "").replace("-", "").lower()
            if folded in seen:
                yield (*path, wire_name), f"name clashes with {seen[folded]!r} once made snake_case"
            seen.setdefault(folded, wire_name)


def _check_enums(data: dict[str, Any]) -> Iterator[Finding]:
    for path, params in iter_param_maps(data):
        for wire_name, param in params.items():
            values = [entry["value"] for entry in param.get("enum", [])]
            expected = int if param["type"] == "integer" else str
            for index, value in enumerate(values):
                here = (*path, wire_name, "enum", index, "value")
                if type(value) is not expected:
                    message = f"enum value {value!r} is not of the parameter's type {param['type']}"
                    yield here, message
                if value in values[:index]:
                    yield here, f"duplicate enum value {value!r}"


def _check_actions(
    actions: dict[str, Any], categories: set[str], errors: dict[str, Any], types: dict[str, Any]
) -> Iterator[Finding]:
    alias_of = {
        alias["code"]: code for code, error in errors.items() for alias in error.get("aliases", [])
    }
    deprecated_of = {
        old["code"]: code for code, error in errors.items() for old in error.get("deprecated", [])
    }
    for name, action in actions.items():
        here = ("actions", name)
        if action["category"] not in categories:
            yield (*here, "category"), f"unknown category {action['category']!r}"
        for index, code in enumerate(action["errors"]):
            if code in alias_of:
                yield (*here, "errors", index), f"{code!r} is an alias: write {alias_of[code]!r}"
            elif code in deprecated_of:
                message = f"{code!r} is a deprecated spelling: write {deprecated_of[code]!r}"
                yield (*here, "errors", index), message
            elif code not in errors:
                yield (*here, "errors", index), f"error code {code!r} is not defined in 'errors'"
        for wire_name, param in action["input"].items():
            for constraint, code in param.get("violation_codes", {}).items():
                here_code = (*here, "input", wire_name, "violation_codes", constraint)
                if code not in action["errors"]:
                    yield here_code, f"{code!r} is not in the action's error list"
                if constraint not in ("required", "type") and constraint not in param:
                    yield here_code, f"the parameter has no {constraint!r} constraint"
        for index, rule in enumerate(action.get("rules", [])):
            yield from _check_rule_params((*here, "rules", index), rule, action["input"])
            code = rule.get("violation_code")
            if code is not None and code not in action["errors"]:
                yield (*here, "rules", index), f"{code!r} is not in the action's error list"
        if "RequestId" not in action["output"]:
            yield (*here, "output"), "every action's output must include RequestId"
        yield from _check_paging(here, action)
        yield from _check_effect(here, action)
        yield from _check_consumes_records(here, action)
        yield from _check_bulk(here, action, types)
        yield from _check_examples(here, action)


def _check_rule_params(
    here: PathKey, rule: dict[str, Any], inputs: dict[str, Any]
) -> Iterator[Finding]:
    missing = [name for name in rule["params"] if name not in inputs]
    for name in missing:
        yield here, f"{name!r} is not an input parameter"
    formats = {inputs[name].get("format") for name in rule["params"] if name not in missing}
    if not missing and (len(formats) != 1 or not formats <= TIME_FORMATS):
        allowed = " or ".join(sorted(TIME_FORMATS))
        yield here, f"a rule compares times of one format ({allowed})"


PAGING_ROLES = (
    ("limit", "input"),
    ("offset", "input"),
    ("begin", "input"),
    ("end", "input"),
    ("unless", "input"),
    ("items", "output"),
)


def _check_paging(here: PathKey, action: dict[str, Any]) -> Iterator[Finding]:
    """The parameters paging names exist and fit its kind (the schema's ``paging.kind``)."""
    paging = action.get("paging")
    if not paging:
        return
    here = (*here, "paging")
    found: dict[str, dict[str, Any]] = {}
    for role, side in PAGING_ROLES:
        if role not in paging:
            continue
        param = action[side].get(paging[role])
        if param is None:
            yield (*here, role), f"{paging[role]!r} is not an {side} parameter"
        else:
            found[role] = param
    limit, items = found.get("limit"), found.get("items")
    if limit is not None and (limit["type"] != "integer" or limit.get("array", False)):
        yield (*here, "limit"), f"{paging['limit']!r} is not an integer"
    if items is not None and not items.get("array", False):
        yield (*here, "items"), f"{paging['items']!r} is not an array"
    yield from _check_paging_kind(here, action, paging, found)


def _check_paging_kind(
    here: PathKey, action: dict[str, Any], paging: dict[str, Any], found: dict[str, Any]
) -> Iterator[Finding]:
    kind = paging.get("kind", "offset")
    consumes = action.get("consumes_records")
    if kind != "offset" and "unless" in paging:
        yield (*here, "unless"), f"{kind} paging takes no unless"
    if kind == "queue":
        if not consumes or consumes["records"] != paging["items"]:
            yield (*here, "kind"), (
                "queue paging needs a queue: consumes_records with the same records as items"
            )
        for role in ("offset", "begin", "end"):
            if role in paging:
                yield (*here, role), f"queue paging takes no {role}: the queue moves on by itself"
        return
    if consumes:
        yield (*here, "kind"), (
            f"{kind} paging asks for records again, but the action hands each out once: use queue"
        )
    offset = found.get("offset")
    if kind == "offset":
        if offset is not None and "fixed" in offset:
            yield (*here, "offset"), (
                f"{paging['offset']!r} is fixed at {offset['fixed']!r}: offset paging cannot"
                " advance it (time_window pages by the time instead)"
            )
        for role in ("begin", "end"):
            if role in paging:
                yield (*here, role), f"offset paging takes no {role}"
        unless = found.get("unless")
        if unless is not None and not unless.get("array", False):
            yield (*here, "unless"), f"{paging['unless']!r} is not an array"
        return
    if offset is not None and "fixed" not in offset:
        yield (*here, "offset"), (
            f"{paging['offset']!r} is not fixed: page by offset, not by time window"
        )
    for role in ("begin", "end"):
        param = found.get(role)
        if param is not None and (
            param["type"] != "integer" or param.get("format") != "unix_seconds"
        ):
            yield (*here, role), f"{paging[role]!r} is not an integer of format unix_seconds"
    begin = found.get("begin")
    if begin is not None and not begin.get("required", False):
        yield (*here, "begin"), f"{paging['begin']!r} is not required: a window needs a start"


DEFAULTABLE_TYPES = frozenset({"string", "integer", "boolean", "float"})


def _check_client_defaults(
    entries: list[dict[str, Any]], actions: dict[str, Any]
) -> Iterator[Finding]:
    """Each client default names an input of the actions it applies to, one value of a primitive
    type, the same type (and enum) everywhere, and not fixed (a fixed input needs no default)."""
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        here: PathKey = ("service", "client_defaults", index)
        wire_name = entry["param"]
        if wire_name in seen:
            yield (*here, "param"), f"{wire_name!r} is listed twice"
        seen.add(wire_name)
        listed = entry.get("actions")
        names = listed or [name for name, a in actions.items() if wire_name in a["input"]]
        if not names:
            yield (*here, "param"), f"no action takes {wire_name!r}"
        kinds: dict[tuple[Any, ...], list[str]] = {}
        for position, name in enumerate(names):
            param = actions.get(name, {}).get("input", {}).get(wire_name)
            if param is None:
                if name in actions:
                    yield (*here, "actions", position), f"{name} takes no {wire_name!r}"
                else:
                    yield (*here, "actions", position), f"unknown action {name!r}"
                continue
            if param["type"] not in DEFAULTABLE_TYPES or param.get("array", False):
                yield (*here, "param"), (
                    f"{name}.{wire_name} is no single value of a primitive type: no default"
                )
            if "fixed" in param:
                yield (*here, "param"), (
                    f"{name}.{wire_name} is fixed at {param['fixed']!r}: it needs no default"
                )
            enum = tuple(entry_value["value"] for entry_value in param.get("enum", []))
            kinds.setdefault((param["type"], param.get("array", False), enum), []).append(name)
        if len(kinds) > 1:
            described = "; ".join(
                f"{kind[0]}{'[]' if kind[1] else ''}{' of ' + repr(kind[2]) if kind[2] else ''}"
                f" in {', '.join(users)}"
                for kind, users in kinds.items()
            )
            yield (*here, "param"), f"{wire_name!r} has more than one type: {described}"


def _check_effect(here: PathKey, action: dict[str, Any]) -> Iterator[Finding]:
    """``idempotent`` follows from ``effect``: true exactly for the effects that are safe to repeat.

    A queue (``consumes_records``) and the effect ``consumes`` go together, either way.
    """
    effect = action["effect"]
    if action.get("consumes_records") and effect != "consumes":
        yield (*here, "effect"), (
            f"an action with consumes_records hands each record out once: its effect is consumes,"
            f" not {effect}"
        )
    if effect == "consumes" and not action.get("consumes_records"):
        yield (*here, "effect"), (
            "effect consumes needs consumes_records: the records it hands out and the document"
            " that says each is handed out once"
        )
    repeatable = effect in REPEATABLE_EFFECTS
    if action["idempotent"] != repeatable:
        safe = "safe" if repeatable else "not safe"
        yield (*here, "idempotent"), (
            f"must be {str(repeatable).lower()}: an action whose effect is {effect} is {safe} to"
            f" repeat ({REPEATED_EFFECT[effect]})"
        )


def _check_consumes_records(here: PathKey, action: dict[str, Any]) -> Iterator[Finding]:
    """A queue's records are an array the action returns."""
    consumes = action.get("consumes_records")
    if not consumes:
        return
    records = action["output"].get(consumes["records"])
    if records is None:
        yield (*here, "consumes_records", "records"), (
            f"{consumes['records']!r} is not an output parameter"
        )
    elif not records.get("array", False):
        yield (*here, "consumes_records", "records"), f"{consumes['records']!r} is not an array"


def _check_bulk(here: PathKey, action: dict[str, Any], types: dict[str, Any]) -> Iterator[Finding]:
    """A bulk action splits an input array of phone numbers capped by max_items, and reads one
    result per number (with an outcome) from an output array."""
    bulk = action.get("bulk")
    if not bulk:
        return
    here = (*here, "bulk")
    numbers = action["input"].get(bulk["numbers"])
    if numbers is None or not numbers.get("array") or "max_items" not in numbers:
        yield (*here, "numbers"), f"{bulk['numbers']!r} is no input array with max_items"
    elif numbers.get("format") != "phone_number":
        yield (*here, "numbers"), f"{bulk['numbers']!r} does not hold phone numbers"
    results = action["output"].get(bulk["results"])
    result_type = types.get(results.get("type", "")) if results else None
    if results is None or not results.get("array") or result_type is None:
        yield (*here, "results"), f"{bulk['results']!r} is no output array of a data type"
    elif "outcome" not in result_type:
        yield (*here, "results"), f"the type {results['type']!r} has no outcome"
    else:
        for role in ("result_number", "result_message"):
            if bulk[role] not in result_type["fields"]:
                yield (*here, role), f"{results['type']!r} has no {bulk[role]!r}"
    codes: list[tuple[PathKey, str]] = [(("separate", "code"), bulk["separate"]["code"])]
    for role in ("numbers", "kind"):
        codes += [
            (("refusals", role, index), code) for index, code in enumerate(bulk["refusals"][role])
        ]
    for where, code in codes:
        if code not in action["errors"]:
            yield (*here, *where), f"{code!r} is not in the action's error list"


def _check_examples(here: PathKey, action: dict[str, Any]) -> Iterator[Finding]:
    for index, example in enumerate(action["examples"]):
        for side, key in (("input", "request"), ("output", "response")):
            for wire_name in example[key]:
                if wire_name not in action[side]:
                    yield (*here, "examples", index, key, wire_name), (
                        f"example names {wire_name!r}, which is not an {side} parameter"
                    )


def _check_types(types: dict[str, Any], action_names: set[str]) -> Iterator[Finding]:
    for name, data_type in types.items():
        for index, user in enumerate(data_type.get("used_by", [])):
            if user not in action_names:
                yield ("types", name, "used_by", index), f"unknown action {user!r}"
        outcome = data_type.get("outcome")
        if outcome is not None:
            field = data_type["fields"].get(outcome["code_field"])
            if field is None or field.get("type") != "string" or field.get("array", False):
                yield (
                    ("types", name, "outcome", "code_field"),
                    f"{outcome['code_field']!r} is not a string field of {name}",
                )


def _check_error_aliases(errors: dict[str, Any]) -> Iterator[Finding]:
    owner: dict[str, str] = {}
    for code, error in errors.items():
        for index, alias in enumerate(error.get("aliases", [])):
            here = ("errors", code, "aliases", index, "code")
            spelling = alias["code"]
            if spelling in errors:
                yield here, f"alias {spelling!r} is itself a defined error code"
            elif spelling in owner:
                yield here, f"alias {spelling!r} is already an alias of {owner[spelling]!r}"
            else:
                owner[spelling] = code


def _check_deprecated_spellings(
    errors: dict[str, Any], service: dict[str, Any]
) -> Iterator[Finding]:
    """A deprecated spelling keeps its class name in the errors module: that name must be free, and
    the spelling must map to one code only."""
    categories = {code.split(".")[0] for code in errors}
    taken = {naming.error_class_name(code): code for code in (*errors, *categories)}
    spellings = {alias["code"] for error in errors.values() for alias in error.get("aliases", [])}
    current = service.get("sdk_version")
    for code, error in errors.items():
        for index, old in enumerate(error.get("deprecated", [])):
            here = ("errors", code, "deprecated", index)
            spelling, class_name = old["code"], naming.error_class_name(old["code"])
            if spelling in errors or spelling in categories:
                yield (*here, "code"), f"{spelling!r} is still a defined error code or category"
            elif spelling in spellings:
                yield (*here, "code"), f"{spelling!r} is already a documented alias"
            elif class_name in taken or class_name in BASE_ERROR_CLASSES:
                owner = taken.get(class_name, "the base classes")
                yield (*here, "code"), f"class name {class_name} is already taken by {owner}"
            else:
                spellings.add(spelling)
                taken[class_name] = spelling
            if current is not None and release_tuple(old["since"]) > release_tuple(current):
                yield (*here, "since"), f"since {old['since']} is after sdk_version {current}"


def _check_sending_codes(codes: list[dict[str, Any]]) -> Iterator[Finding]:
    seen: set[int] = set()
    for index, entry in enumerate(codes):
        if entry["code"] in seen:
            yield ("sending_error_codes", index, "code"), f"duplicate sending code {entry['code']}"
        seen.add(entry["code"])


def _check_receipt_codes(data: dict[str, Any]) -> Iterator[Finding]:
    categories = data.get("receipt_status_categories", {})
    seen: set[tuple[str, str]] = set()
    for index, entry in enumerate(data.get("receipt_status_codes", [])):
        here = ("receipt_status_codes", index)
        key = (entry["code"], entry["category"])
        if entry["category"] not in categories:
            yield (*here, "category"), f"unknown carrier category {entry['category']!r}"
        if key in seen:
            yield (*here, "code"), f"duplicate receipt code {key[0]!r} in category {key[1]!r}"
        seen.add(key)


def _check_legacy(legacy: dict[str, Any] | None, type_names: set[str]) -> Iterator[Finding]:
    if not legacy:
        return
    for index, entry in enumerate(legacy["types"]):
        if entry["record"] not in type_names:
            yield ("legacy", "types", index, "record"), f"unknown record type {entry['record']!r}"
