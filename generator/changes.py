"""What changed between two versions of a spec, in API terms, for reviewing a regeneration.

Every difference a caller of the generated SDK could notice is reported with one of three levels,
as oasdiff classifies OpenAPI changes:

- ``breaking``: code written against the old SDK can stop working without any edit of its own: a
  method, argument, attribute, exception class or ``iter_*`` method disappears; a call the old SDK
  accepted is refused (a new required argument, a tighter constraint, an enum on a free input, a
  removed enum value, a new cross-parameter rule, a removed region, endpoint or signing method);
  an attribute may now be None; an action is retried less (failures reach the caller).
- ``warning``: calls still work, but what they do or get may differ: a lower rate limit, a code an
  action no longer lists, a new value in a response enum, a response field that may be absent, a
  new API version, a changed effect.
- ``info``: additions and loosenings: new actions, optional arguments, fields, codes, regions.

A renamed error code whose old spelling the new spec keeps as ``deprecated`` is a warning, not a
removal: the old spelling still maps to the new class and the old class name still works (with a
``DeprecationWarning``); only ``error.code`` reads the new spelling. It stays breaking when the code
moves to another category, since ``except <old category>`` no longer catches it.

The SDK version (``service.sdk_version``) follows from the levels (``needed_bump``): a breaking
change needs a major bump, a warning or an addition (a new action, type, argument, field, code,
region, enum value or ``iter_*`` method) a minor one, and any other change a patch.
``version_check`` says whether the new spec's version already makes that bump over the old one.

Inputs and outputs are told apart by reachability: a data type is request-side when an action's
input reaches it (directly or through other types' fields), response-side when an output does; a
type reached from both sides gets the stricter level of the two. A removed and an added name of
the same shape (or, for error codes, the same description) get a "maybe renamed" hint.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from generator.load import format_path
from generator.model import REPEATABLE_EFFECTS, SERVICE_NORMALISED_FORMATS, release_tuple

# Constraints where a smaller value is stricter, and where a larger one is.
_UPPER_BOUNDS = ("maximum", "max_items", "max_bytes", "max_length")
_LOWER_BOUNDS = ("minimum", "min_items")


class Level(enum.IntEnum):
    INFO = 0
    WARNING = 1
    BREAKING = 2

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Change:
    path: str
    what: str
    level: Level
    hint: str = ""
    # Adds to the API (a new action, argument, class, ...): a new feature, so at least a minor bump.
    adds: bool = False

    @property
    def breaking(self) -> bool:
        return self.level is Level.BREAKING

    def __str__(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        return f"{self.level}: {self.path}: {self.what}{hint}"


# Which sides of the API a set of parameters is on.
REQUEST, RESPONSE = "request", "response"
Sides = frozenset[str]


def spec_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every API-level difference from ``old`` to ``new``, sorted by path."""
    changes = list(_service_changes(old.get("service", {}) or {}, new.get("service", {}) or {}))
    renamed = _deprecated_spellings(new.get("errors", {}) or {})
    changes += _action_changes(old.get("actions", {}) or {}, new.get("actions", {}) or {}, renamed)
    changes += _type_changes(old, new)
    changes += _error_changes(old.get("errors", {}) or {}, new.get("errors", {}) or {})
    return sorted(_with_rename_hints(changes, old, new))


# --- service ------------------------------------------------------------------------------------


def _service_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    if old.get("api_version") != new.get("api_version"):
        what = f"API version {old.get('api_version')} -> {new.get('api_version')}"
        yield Change("service.api_version", what, Level.WARNING)
    listed = (
        ("regions", "value", "region"),
        ("endpoints", "host", "endpoint"),
        ("signing", "method", "signing method"),
    )
    for key, name_key, noun in listed:
        before = [str(item.get(name_key)) for item in old.get(key, []) or []]
        after = [str(item.get(name_key)) for item in new.get(key, []) or []]
        for name in before:
            if name not in after:
                # A client configured with it is refused, or cannot reach the service.
                yield Change(f"service.{key}", f"{noun} {name} removed", Level.BREAKING)
        for name in after:
            if name not in before:
                yield Change(f"service.{key}", f"{noun} {name} added", Level.INFO, adds=True)
    yield from _client_default_changes(old, new)


def _client_default_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    """A client default makes a required argument optional; dropping it makes it required again,
    which breaks callers who relied on it."""
    before = {e["param"]: e.get("actions") for e in old.get("client_defaults", []) or []}
    after = {e["param"]: e.get("actions") for e in new.get("client_defaults", []) or []}
    where = "service.client_defaults"
    for param in sorted(before.keys() - after.keys()):
        what = f"{param} no longer a client default: calls must pass it again"
        yield Change(where, what, Level.BREAKING)
    for param in sorted(after.keys() - before.keys()):
        yield Change(where, f"{param} added: a client may give it once", Level.INFO, adds=True)
    for param in sorted(before.keys() & after.keys()):
        if before[param] != after[param]:
            was, now = before[param] or "every action", after[param] or "every action"
            what = f"{param} applies to {now} (was {was})"
            yield Change(where, what, Level.WARNING)


# --- actions ------------------------------------------------------------------------------------


def _action_changes(
    old: dict[str, Any], new: dict[str, Any], renamed: dict[str, str]
) -> Iterator[Change]:
    for name in sorted(old.keys() - new.keys()):
        yield Change(format_path(("actions", name)), "removed", Level.BREAKING)
    for name in sorted(new.keys() - old.keys()):
        yield Change(format_path(("actions", name)), "added", Level.INFO, adds=True)
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        where = format_path(("actions", name))
        yield from _retry_changes(where, before, after)
        yield from _rate_limit_changes(where, before, after)
        yield from _paging_changes(where, before, after)
        yield from _rule_changes(where, before, after)
        yield from _action_code_changes(where, before, after, renamed)
        for side, sides in (("input", frozenset({REQUEST})), ("output", frozenset({RESPONSE}))):
            yield from _param_changes(
                ("actions", name, side),
                before.get(side, {}) or {},
                after.get(side, {}) or {},
                sides,
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
        breaking = recorded and was and not now
        yield Change(where, what, Level.BREAKING if breaking else Level.WARNING)
    if old.get("idempotent") != new.get("idempotent") and "idempotent" in old:
        if new.get("idempotent"):
            what, level = (
                "now idempotent: retried after it may have reached the service",
                Level.INFO,
            )
        else:
            what = "no longer idempotent: never retried once it may have been sent"
            level = Level.BREAKING
        yield Change(where, what, level)
    before, after = old.get("consumes_records"), new.get("consumes_records")
    if before is None and after is not None:
        what = f"now consumes what it returns ({after['records']}): each record handed out once"
        yield Change(where, what, Level.BREAKING)
    elif before is not None and after is None:
        yield Change(where, "no longer consumes what it returns", Level.INFO)


def _rate_limit_changes(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    before, after = old.get("rate_limit_per_second"), new.get("rate_limit_per_second")
    if before != after:
        # A lower limit holds callers back (rate_limit=True) or gets them throttled.
        lower = before is None or (after is not None and after < before)
        what = f"rate limit {before} -> {after} requests per second"
        yield Change(where, what, Level.WARNING if lower else Level.INFO)


def _paging_changes(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    before, after = old.get("paging"), new.get("paging")
    if before and not after:
        yield Change(where, "paging removed: its iter_* method disappears", Level.BREAKING)
    elif after and not before:
        yield Change(where, "paging added: a new iter_* method", Level.INFO, adds=True)
    elif before and after and before.get("kind", "offset") != after.get("kind", "offset"):
        # Items, whole pages, a window: the iter_* method yields something else, or takes other
        # arguments.
        kinds = f"{before.get('kind', 'offset')} -> {after.get('kind', 'offset')}"
        yield Change(where, f"paging {kinds}: its iter_* method changes", Level.BREAKING)
    elif before != after:
        yield Change(where, f"paging {before} -> {after}", Level.WARNING)


def _rule_key(rule: dict[str, Any]) -> str:
    days = f" {rule['days']} days" if "days" in rule else ""
    return f"{rule.get('kind')}({', '.join(rule.get('params', []))}){days}"


def _rule_changes(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    before = {_rule_key(rule) for rule in old.get("rules", []) or []}
    after = {_rule_key(rule) for rule in new.get("rules", []) or []}
    for rule in sorted(after - before):
        # Calls that passed before may now be refused before they are sent.
        yield Change(where, f"rule {rule} added", Level.BREAKING)
    for rule in sorted(before - after):
        yield Change(where, f"rule {rule} removed", Level.INFO)


def _action_code_changes(
    where: str, old: dict[str, Any], new: dict[str, Any], renamed: dict[str, str]
) -> Iterator[Change]:
    before, after = old.get("errors", []) or [], new.get("errors", []) or []
    gone, came = set(before) - set(after), set(after) - set(before)
    # A renamed code the action still lists: the rename itself is reported under errors.
    carried = {code: renamed[code] for code in gone if renamed.get(code) in came}
    for code in sorted(carried):
        what = f"code {code} listed as {carried[code]} (renamed)"
        yield Change(f"{where}.errors", what, Level.INFO)
    for code in sorted(gone - carried.keys()):
        # The exception class still exists (unless removed from errors, reported there); handlers
        # written for this action catch something it no longer documents.
        yield Change(f"{where}.errors", f"code {code} no longer listed", Level.WARNING)
    for code in sorted(came - set(carried.values())):
        yield Change(f"{where}.errors", f"code {code} now listed", Level.INFO)


# --- data types ---------------------------------------------------------------------------------


def _reachable_types(spec: dict[str, Any], side: str) -> set[str]:
    """Data types an action's inputs (``input``) or outputs (``output``) reach, field by field."""
    types: dict[str, Any] = spec.get("types", {}) or {}
    pending = [
        param.get("type")
        for action in (spec.get("actions", {}) or {}).values()
        for param in (action.get(side, {}) or {}).values()
    ]
    reached: set[str] = set()
    while pending:
        name = pending.pop()
        if name in types and name not in reached:
            reached.add(name)
            pending += [f.get("type") for f in (types[name].get("fields", {}) or {}).values()]
    return reached


def _sides_of(name: str, old: dict[str, Any], new: dict[str, Any]) -> Sides:
    """Both versions count: a field change matters on any side either version used the type."""
    sides = set()
    for spec in (old, new):
        if name in _reachable_types(spec, "input"):
            sides.add(REQUEST)
        if name in _reachable_types(spec, "output"):
            sides.add(RESPONSE)
    return frozenset(sides or {RESPONSE})


def _type_changes(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> Iterator[Change]:
    old, new = old_spec.get("types", {}) or {}, new_spec.get("types", {}) or {}
    for name in sorted(old.keys() - new.keys()):
        yield Change(format_path(("types", name)), "removed", Level.BREAKING)
    for name in sorted(new.keys() - old.keys()):
        yield Change(format_path(("types", name)), "added", Level.INFO, adds=True)
    for name in sorted(old.keys() & new.keys()):
        yield from _param_changes(
            ("types", name, "fields"),
            old[name].get("fields", {}) or {},
            new[name].get("fields", {}) or {},
            _sides_of(name, old_spec, new_spec),
        )


# --- parameters and fields ----------------------------------------------------------------------


def _level(sides: Sides, request: Level, response: Level) -> Level:
    """The stricter level of the sides a parameter is on."""
    return max(
        request if REQUEST in sides else Level.INFO, response if RESPONSE in sides else Level.INFO
    )


def _param_changes(
    path: tuple[str, ...], old: dict[str, Any], new: dict[str, Any], sides: Sides
) -> Iterator[Change]:
    for wire in sorted(old.keys() - new.keys()):
        yield Change(format_path((*path, wire)), "removed", Level.BREAKING)
    for wire in sorted(new.keys() - old.keys()):
        required = bool(new[wire].get("required", False))
        kind = "required" if required else "optional"
        level = _level(sides, Level.BREAKING if required else Level.INFO, Level.INFO)
        what = f"added ({kind} {_type_of(new[wire])})"
        yield Change(format_path((*path, wire)), what, level, adds=True)
    for wire in sorted(old.keys() & new.keys()):
        yield from _one_param_changes(format_path((*path, wire)), old[wire], new[wire], sides)


def _one_param_changes(
    where: str, old: dict[str, Any], new: dict[str, Any], sides: Sides
) -> Iterator[Change]:
    if _type_of(old) != _type_of(new):
        yield Change(where, f"type {_type_of(old)} -> {_type_of(new)}", Level.BREAKING)
    if old.get("required", False) != new.get("required", False):
        if new.get("required", False):
            yield Change(where, "now required", _level(sides, Level.BREAKING, Level.INFO))
        else:
            # A response field that may now be absent reads as None.
            yield Change(where, "now optional", _level(sides, Level.INFO, Level.WARNING))
    if old.get("nullable", False) != new.get("nullable", False):
        now_nullable = bool(new.get("nullable", False))
        # A response field that may now be null breaks code that reads it as always set.
        level = _level(sides, Level.INFO, Level.BREAKING if now_nullable else Level.INFO)
        yield Change(where, f"nullable -> {now_nullable}", level)
    for key in (*_UPPER_BOUNDS, *_LOWER_BOUNDS, "format", "fixed"):
        before, after = old.get(key), new.get(key)
        if before != after:
            tighter = _tighter(key, before, after)
            level = _level(sides, Level.BREAKING if tighter else Level.INFO, Level.INFO)
            yield Change(where, f"{key} {before} -> {after}", level)
    yield from _enum_changes(where, old, new, sides)


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
    where: str, old: dict[str, Any], new: dict[str, Any], sides: Sides
) -> Iterator[Change]:
    had, has = "enum" in old, "enum" in new
    before = {e["value"] for e in old.get("enum", []) or []}
    after = {e["value"] for e in new.get("enum", []) or []}
    if has and not had:
        # A free input that now takes only listed values refuses the others.
        level = _level(sides, Level.BREAKING, Level.INFO)
        yield Change(where, f"enum added: {sorted(after, key=repr)}", level)
        return
    if had and not has:
        yield Change(
            where, "enum removed: any value accepted", _level(sides, Level.INFO, Level.WARNING)
        )
        return
    for value in sorted(before - after, key=repr):
        # Callers sending a value the service no longer accepts break; responses just narrow.
        yield Change(
            where, f"enum value {value!r} removed", _level(sides, Level.BREAKING, Level.INFO)
        )
    for value in sorted(after - before, key=repr):
        # Code that handles every documented response value meets one it does not know.
        level = _level(sides, Level.INFO, Level.WARNING)
        yield Change(where, f"enum value {value!r} added", level, adds=True)


# --- error codes --------------------------------------------------------------------------------


def _deprecated_spellings(errors: dict[str, Any]) -> dict[str, str]:
    """Each deprecated spelling -> the code it was renamed to."""
    return {
        str(old.get("code")): code
        for code, error in errors.items()
        for old in error.get("deprecated", []) or []
    }


def _category(code: str) -> str:
    return code.split(".")[0]


def _error_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    renamed, was_renamed = _deprecated_spellings(new), _deprecated_spellings(old)
    for code in sorted(old.keys() - new.keys()):
        where = format_path(("errors", code))
        target = renamed.get(code)
        if target is None:
            # Its exception class disappears: `except` clauses naming it fail to import.
            yield Change(where, "removed", Level.BREAKING)
        elif _category(target) != _category(code):
            what = (
                f"renamed to {target}, old spelling kept as deprecated, but in another category:"
                f" `except {_category(code)}` no longer catches it"
            )
            yield Change(where, what, Level.BREAKING)
        else:
            # The old class name still works, with a DeprecationWarning; error.code reads the new
            # spelling, so code comparing it with the old one sees a difference.
            what = f"renamed to {target}, old spelling kept as deprecated"
            yield Change(where, what, Level.WARNING)
    for code in sorted(new.keys() - old.keys()):
        # A rename's new spelling is a new class, whatever else the rename means.
        renamed_from = sorted(s for s, target in renamed.items() if target == code and s in old)
        hint = f"renamed from {', '.join(renamed_from)}" if renamed_from else ""
        yield Change(format_path(("errors", code)), "added", Level.INFO, hint, adds=True)
    for code in sorted(old.keys() & new.keys()):
        where = format_path(("errors", code))
        before = {a.get("code") for a in old[code].get("aliases", []) or []}
        after = {a.get("code") for a in new[code].get("aliases", []) or []}
        for alias in sorted(before - after):
            if renamed.get(alias) == code:
                what = f"alias {alias} now a deprecated spelling (still maps here)"
                yield Change(where, what, Level.INFO)
            else:
                # A server answering with that spelling now maps to the category only.
                yield Change(where, f"alias {alias} removed", Level.WARNING)
        for alias in sorted(after - before):
            yield Change(where, f"alias {alias} added", Level.INFO)
    yield from _deprecated_changes(old, new, was_renamed, renamed)


def _deprecated_changes(
    old: dict[str, Any], new: dict[str, Any], was_renamed: dict[str, str], renamed: dict[str, str]
) -> Iterator[Change]:
    """Deprecated spellings dropped or added, apart from the renames reported with their code."""
    for spelling in sorted(was_renamed.keys() - renamed.keys()):
        where = format_path(("errors", was_renamed[spelling]))
        if spelling in new:
            yield Change(where, f"deprecated spelling {spelling} is a code again", Level.WARNING)
        else:
            # Its class name was still importable: `except` clauses naming it fail now.
            yield Change(where, f"deprecated spelling {spelling} removed", Level.BREAKING)
    for spelling in sorted(renamed.keys() - was_renamed.keys()):
        if spelling not in old:  # a code renamed in this change is reported as renamed
            where = format_path(("errors", renamed[spelling]))
            yield Change(where, f"deprecated spelling {spelling} added", Level.INFO)


def _type_of(param: dict[str, Any]) -> str:
    return f"{param.get('type')}[]" if param.get("array") else str(param.get("type"))


# --- the SDK version ----------------------------------------------------------------------------


class Bump(enum.IntEnum):
    PATCH = 0
    MINOR = 1
    MAJOR = 2

    def __str__(self) -> str:
        return self.name.lower()


def needed_bump(changes: Sequence[Change]) -> Bump | None:
    """The least SDK version bump that releases ``changes``: None when there are none."""
    if not changes:
        return None
    if any(change.level is Level.BREAKING for change in changes):
        return Bump.MAJOR
    if any(change.level is Level.WARNING or change.adds for change in changes):
        return Bump.MINOR
    return Bump.PATCH


def _release(version: object) -> tuple[int, int, int] | None:
    """An old spec is not validated: its version may be missing or malformed."""
    try:
        return release_tuple(str(version)) if version is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class VersionCheck:
    """The bump a change set needs, and whether the new spec's ``sdk_version`` makes it."""

    old: str | None
    new: str | None
    needed: Bump | None

    @property
    def made(self) -> Bump | None:
        """The bump from the old version to the new one; None when it is the same or lower."""
        old, new = _release(self.old), _release(self.new)
        if old is None or new is None or new <= old:
            return None
        return Bump.MAJOR if new[0] > old[0] else Bump.MINOR if new[1] > old[1] else Bump.PATCH

    @property
    def reflected(self) -> bool | None:
        """Whether the new version makes at least the needed bump; None when a version is
        missing, so nothing can be said."""
        if _release(self.old) is None or _release(self.new) is None:
            return None
        if self.needed is None:
            return True
        made = self.made
        return made is not None and made >= self.needed

    @property
    def suggested(self) -> str | None:
        """The smallest version after the old one that makes the needed bump."""
        old = _release(self.old)
        if old is None or self.needed is None:
            return None
        major, minor, patch = old
        if self.needed is Bump.MAJOR:
            return f"{major + 1}.0.0"
        if self.needed is Bump.MINOR:
            return f"{major}.{minor + 1}.0"
        return f"{major}.{minor}.{patch + 1}"

    def __str__(self) -> str:
        versions = f"sdk_version {self.old or '(none)'} -> {self.new or '(none)'}"
        if self.needed is None:
            return f"no API change, no bump needed (a patch releases SDK fixes); {versions}"
        needs = f"needs a {self.needed} bump"
        if self.reflected is None:
            missing = "the old spec" if _release(self.old) is None else "the new spec"
            return f"{needs}; {missing} has no valid sdk_version, so it cannot be checked"
        if self.reflected:
            return f"{needs}; {versions} makes it"
        if self.made is None and _release(self.new) != _release(self.old):
            return f"{needs}; {versions} goes backwards: make it {self.suggested}"
        return f"{needs}; {versions} does not make it: make it at least {self.suggested}"


def version_check(
    old: dict[str, Any], new: dict[str, Any], changes: Sequence[Change]
) -> VersionCheck:
    """Compares the specs' ``service.sdk_version`` with the bump ``changes`` need."""
    old_version = (old.get("service", {}) or {}).get("sdk_version")
    new_version = (new.get("service", {}) or {}).get("sdk_version")
    return VersionCheck(
        None if old_version is None else str(old_version),
        None if new_version is None else str(new_version),
        needed_bump(changes),
    )


# --- rename hints -------------------------------------------------------------------------------


def _with_rename_hints(
    changes: Iterable[Change], old: dict[str, Any], new: dict[str, Any]
) -> list[Change]:
    """Pairs each removed name with an added one of the same parent and shape."""
    listed = list(changes)
    removed = [c for c in listed if c.what == "removed"]
    added = [c for c in listed if c.what.startswith("added")]
    hints: dict[Change, str] = {}
    for gone in removed:
        parent, old_value = _parent(gone.path), _value_at(old, gone.path)
        for came in added:
            if _parent(came.path) != parent or came in hints or came.hint:
                continue
            if _same_shape(old_value, _value_at(new, came.path)):
                hints[gone] = f"maybe renamed to {_leaf(came.path)}"
                hints[came] = f"maybe renamed from {_leaf(gone.path)}"
                break
    return [dataclasses.replace(c, hint=hints[c]) if c in hints else c for c in listed]


def _parent(path: str) -> str:
    return path[: path.rfind("[")] if path.endswith('"]') else path.rsplit(".", 1)[0]


def _leaf(path: str) -> str:
    return path[path.rfind("[") + 2 : -2] if path.endswith('"]') else path.rsplit(".", 1)[-1]


def _value_at(spec: dict[str, Any], path: str) -> Any:
    """The spec entry a change path names, found by walking the same keys."""
    node: Any = spec
    for part in _path_parts(path):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _path_parts(path: str) -> list[str]:
    parts: list[str] = []
    rest = path
    while rest:
        if rest.startswith('["'):
            end = rest.index('"]')
            parts.append(rest[2:end])
            rest = rest[end + 2 :]
        else:
            rest = rest.removeprefix(".")
            cut = min((i for i in (rest.find("."), rest.find("[")) if i >= 0), default=len(rest))
            parts.append(rest[:cut])
            rest = rest[cut:]
    return parts


def _same_shape(old: Any, new: Any) -> bool:
    """Same type and constraints, or the same description (an error code, a whole action)."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return False
    if old.get("description") and old.get("description") == new.get("description"):
        return True
    if "type" in old:
        ignored = ("description", "note", "example")
        return {k: v for k, v in old.items() if k not in ignored} == {
            k: v for k, v in new.items() if k not in ignored
        }
    return False
