"""What changed between two versions of a spec, in API terms, for reviewing a regeneration.

Compares validated spec data: actions, their inputs and outputs, data types and their fields, error
codes, what an action does to the service's state (its effect) and whether the client may retry it.
Each change says whether it can break existing callers (a removed action or field, a new required
input, a changed type, a tightened constraint, a removed enum value, an action that is no longer
safe to repeat, no longer idempotent or now consumes what it returns).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.load import format_path
from generator.model import REPEATABLE_EFFECTS, SERVICE_NORMALISED_FORMATS

# Constraints where a smaller value is stricter, and where a larger one is.
_UPPER_BOUNDS = ("maximum", "max_items", "max_bytes", "max_length")
_LOWER_BOUNDS = ("minimum", "min_items")


@dataclass(frozen=True, order=True)
class Change:
    path: str
    what: str
    breaking: bool

    def __str__(self) -> str:
        return f"{self.path}: {self.what}{' (breaking)' if self.breaking else ''}"


def spec_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every API-level difference from ``old`` to ``new``, sorted by path."""
    changes = list(_mapping_changes(("actions",), old.get("actions", {}), new.get("actions", {})))
    changes += _mapping_changes(("types",), old.get("types", {}), new.get("types", {}))
    changes += _error_changes(old.get("errors", {}), new.get("errors", {}))
    return sorted(changes)


def _mapping_changes(
    path: tuple[str, ...], old: dict[str, Any], new: dict[str, Any]
) -> Iterator[Change]:
    """Actions or types: added, removed, or changed in their parameters."""
    for name in sorted(old.keys() - new.keys()):
        yield Change(format_path((*path, name)), "removed", breaking=True)
    for name in sorted(new.keys() - old.keys()):
        yield Change(format_path((*path, name)), "added", breaking=False)
    for name in sorted(old.keys() & new.keys()):
        if path == ("actions",):
            yield from _retry_changes(format_path((*path, name)), old[name], new[name])
        for side in ("input", "output", "fields"):
            if side in old[name] or side in new[name]:
                yield from _param_changes(
                    (*path, name, side), old[name].get(side, {}), new[name].get(side, {}), side
                )


def _retry_changes(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    """Whether the client may send the action again: fewer retries break callers who relied on
    them, since failures they never saw now reach them."""
    effect_before, effect_after = old.get("effect"), new.get("effect")
    if effect_before != effect_after:
        # A spec from before effects were recorded has none: only idempotent (below) says more.
        was, now = effect_before in REPEATABLE_EFFECTS, effect_after in REPEATABLE_EFFECTS
        recorded = effect_before is not None and effect_after is not None
        why = {(True, False): ": no longer safe to repeat", (False, True): ": now safe to repeat"}
        what = (
            f"effect {effect_before} -> {effect_after}{why.get((was, now), '') if recorded else ''}"
        )
        yield Change(where, what, breaking=recorded and was and not now)
    if old["idempotent"] != new["idempotent"]:
        what = (
            "now idempotent: retried after it may have reached the service"
            if new["idempotent"]
            else "no longer idempotent: never retried once it may have been sent"
        )
        yield Change(where, what, breaking=not new["idempotent"])
    before, after = old.get("consumes_records"), new.get("consumes_records")
    if before is None and after is not None:
        what = f"now consumes what it returns ({after['records']}): each record handed out once"
        yield Change(where, what, breaking=True)
    elif before is not None and after is None:
        yield Change(where, "no longer consumes what it returns", breaking=False)


def _param_changes(
    path: tuple[str, ...], old: dict[str, Any], new: dict[str, Any], side: str
) -> Iterator[Change]:
    incoming = side == "input"
    for wire in sorted(old.keys() - new.keys()):
        yield Change(format_path((*path, wire)), "removed", breaking=True)
    for wire in sorted(new.keys() - old.keys()):
        required = incoming and new[wire].get("required", False)
        kind = "required" if required else "optional" if incoming else "new"
        yield Change(
            format_path((*path, wire)), f"added ({kind} {_type_of(new[wire])})", breaking=required
        )
    for wire in sorted(old.keys() & new.keys()):
        yield from _one_param_changes((*path, wire), old[wire], new[wire], incoming)


def _one_param_changes(
    path: tuple[str, ...], old: dict[str, Any], new: dict[str, Any], incoming: bool
) -> Iterator[Change]:
    where = format_path(path)
    if _type_of(old) != _type_of(new):
        yield Change(where, f"type {_type_of(old)} -> {_type_of(new)}", breaking=True)
    if old.get("required", False) != new.get("required", False):
        now_required = new.get("required", False)
        yield Change(
            where,
            "now required" if now_required else "now optional",
            breaking=incoming and now_required,
        )
    if old.get("nullable", False) != new.get("nullable", False):
        now_nullable = new.get("nullable", False)
        # A response field that may now be null breaks code that reads it as always set.
        yield Change(where, f"nullable -> {now_nullable}", breaking=not incoming and now_nullable)
    for key in (*_UPPER_BOUNDS, *_LOWER_BOUNDS, "format", "fixed"):
        before, after = old.get(key), new.get(key)
        if before != after:
            yield Change(
                where,
                f"{key} {before} -> {after}",
                breaking=incoming and _tighter(key, before, after),
            )
    yield from _enum_changes(where, old, new, incoming)


def _tighter(key: str, before: Any, after: Any) -> bool:
    if after is None:
        return False
    if key == "format" and after in SERVICE_NORMALISED_FORMATS:
        return False  # sent as given: a looser rule, whatever it replaces
    if before is None:
        return True
    if key in _UPPER_BOUNDS:
        return bool(after < before)
    if key in _LOWER_BOUNDS:
        return bool(after > before)
    return True


def _enum_changes(
    where: str, old: dict[str, Any], new: dict[str, Any], incoming: bool
) -> Iterator[Change]:
    before = {e["value"] for e in old.get("enum", [])}
    after = {e["value"] for e in new.get("enum", [])}
    for value in sorted(before - after, key=repr):
        # Callers sending a value the service no longer accepts break; responses just narrow.
        yield Change(where, f"enum value {value!r} removed", breaking=incoming)
    for value in sorted(after - before, key=repr):
        yield Change(where, f"enum value {value!r} added", breaking=False)


def _error_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for code in sorted(old.keys() - new.keys()):
        yield Change(format_path(("errors", code)), "removed", breaking=True)
    for code in sorted(new.keys() - old.keys()):
        yield Change(format_path(("errors", code)), "added", breaking=False)


def _type_of(param: dict[str, Any]) -> str:
    return f"{param['type']}[]" if param.get("array") else str(param["type"])
