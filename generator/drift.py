"""Where the documents and a spec disagree, at the level of content.

Each document table row is compared with the spec entry it was transcribed into: actions, their
parameters (type, array-ness, requiredness, the constraints the description states in prose), rate
limits, the error codes each action lists, data types and their fields, the global error tables
(spellings, kinds, descriptions), callbacks, sending error codes and receipt status codes.

Every difference names both places: the document's file:line and the spec's file:line. A
difference the spec records as deliberate is not reported, and the spec says which ones are:

- a ``discrepancies`` entry covers the spec paths in its ``covers`` list, and its ``topic`` when
  the topic is a spec path (``types.PhoneNumberInfo.fields.Code``);
- an error code's ``aliases`` are spellings of it, each printed by the documents it names;
- an error code's ``deprecated`` spellings are earlier names the documents no longer print (a
  renamed code kept for callers): not compared with the documents, unless one is printed again;
- a parameter's ``note`` that quotes the documented value (``documented as type 'number'``)
  explains that difference.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import doc_reader
from generator.doc_prose import prose_constraints
from generator.doc_reader import MAIN_DOC, ActionDoc, CallbackDoc, ParamDoc
from generator.load import LoadedSpec, PathKey, format_path

# Constraints compared with the prose; others (min_items, minimum) have no documented wording.
PROSE_CONSTRAINTS = ("maximum", "max_items", "max_bytes", "fixed", "format", "nullable", "enum")
# Spec key of each callback page, by the page's title.
CALLBACK_KEYS = {
    "SMS Sending Status Notification": "SmsStatusNotification",
    "SMS Reply": "SmsReply",
}
_PRIMITIVES = {"String": "string", "Integer": "integer", "Boolean": "boolean", "Float": "float"}
_TOP_LEVEL = ("actions.", "types.", "errors", "callbacks.", "service.", "sending_error_codes")


@dataclass(frozen=True, order=True)
class Drift:
    """One difference: the spec path it concerns, what differs, and where each side says so."""

    path: str
    message: str
    doc: str  # "file:line" in the documents, "" when only the spec has it
    spec: str  # "file:line" in the spec, "" when only the documents have it

    def __str__(self) -> str:
        places = ", ".join(place for place in (self.doc, self.spec) if place)
        return f"{self.path}: {self.message} ({places})"


@dataclass(frozen=True)
class _Context:
    spec: LoadedSpec
    spec_label: str

    def at(self, path: PathKey) -> str:
        return f"{self.spec_label}:{self.spec.line_of(path)}"


def _doc_at(source: str, line: int) -> str:
    return f"{source}:{line}"


def find_drift(spec: LoadedSpec, docs_dir: Path, spec_label: str | None = None) -> list[Drift]:
    """Every difference between the documents in ``docs_dir`` and ``spec`` not recorded as
    deliberate, sorted by spec path."""
    context = _Context(spec, spec_label or str(spec.file))
    data: dict[str, Any] = spec.data if isinstance(spec.data, dict) else {}
    actions = doc_reader.read_actions(docs_dir)
    pages = doc_reader.read_action_pages(docs_dir)
    found = [
        *_action_drift(context, data, actions, pages),
        *_type_drift(context, data, doc_reader.read_type_docs(docs_dir)),
        *_error_drift(context, data, actions, pages, doc_reader.read_error_code_lists(docs_dir)),
        *_sending_code_drift(context, data, doc_reader.read_sending_error_codes(docs_dir)),
        *_receipt_code_drift(context, data, docs_dir),
        *_callback_drift(context, data, docs_dir),
    ]
    prefixes = _covered_paths(data)
    exact = [
        path
        for entry in data.get("discrepancies", []) or []
        for path in entry.get("covers", []) or []
    ]
    return sorted(set(d for d in found if not _is_covered(d.path, prefixes, exact)))


# --- deliberate differences ---------------------------------------------------------------------


def _covered_paths(data: dict[str, Any]) -> list[str]:
    """Prefixes of the paths whose differences are deliberate. A ``covers`` entry covers itself
    and what is under it; a topic only what is under it, so an entry gone missing is reported."""
    prefixes: list[str] = []
    for entry in data.get("discrepancies", []) or []:
        for path in entry.get("covers", []) or []:
            prefixes += [f"{path}.", f"{path}["]
        topic = str(entry.get("topic", ""))
        if " " not in topic and topic.startswith(_TOP_LEVEL):
            prefixes += [f"{topic}.", f"{topic}["]
    return prefixes


def _is_covered(path: str, prefixes: Iterable[str], exact: Iterable[str] = ()) -> bool:
    return path in exact or any(path.startswith(prefix) for prefix in prefixes)


def _explained_by_note(param: dict[str, Any], documented: object) -> bool:
    note = str(param.get("note", ""))
    return f"'{documented}'" in note or f'"{documented}"' in note


# --- names --------------------------------------------------------------------------------------


def _names_drift(
    context: _Context,
    path: PathKey,
    what: str,
    documented: dict[str, str],
    specified: Iterable[str],
) -> Iterator[Drift]:
    """Both directions: ``documented`` maps each name to where a document prints it."""
    names = list(specified)
    for name, where in documented.items():
        if name not in names:
            yield Drift(
                format_path((*path, name)),
                f"{what} {name!r} is documented but missing from the spec",
                where,
                context.at(path),
            )
    for name in names:
        if name not in documented:
            yield Drift(
                format_path((*path, name)),
                f"{what} {name!r} is in the spec but not in the documents",
                "",
                context.at((*path, name)),
            )


# --- parameters ---------------------------------------------------------------------------------


def _spec_type(param: dict[str, Any]) -> str:
    return f"{param.get('type')}[]" if param.get("array") else str(param.get("type"))


def _doc_type(param: ParamDoc) -> str:
    base = _PRIMITIVES.get(param.type, param.type)
    return f"{base}[]" if param.array else base


def _spec_constraints(param: dict[str, Any]) -> dict[str, Any]:
    found = {key: param[key] for key in PROSE_CONSTRAINTS if key in param}
    if "enum" in found:
        found["enum"] = [entry.get("value") for entry in found["enum"]]
    return found


def _params_drift(
    context: _Context,
    path: PathKey,
    documented: Sequence[ParamDoc],
    specified: dict[str, Any],
    source: str,
) -> Iterator[Drift]:
    yield from _names_drift(
        context, path, "parameter", {p.name: _doc_at(source, p.line) for p in documented}, specified
    )
    for param in documented:
        spec_param = specified.get(param.name)
        if isinstance(spec_param, dict):
            yield from _param_drift(context, (*path, param.name), param, spec_param, source)


def _param_drift(
    context: _Context, path: PathKey, documented: ParamDoc, param: dict[str, Any], source: str
) -> Iterator[Drift]:
    doc_at = _doc_at(source, documented.line)

    def drift(key: str, message: str) -> Drift:
        return Drift(format_path((*path, key)), message, doc_at, context.at((*path, key)))

    doc_type, spec_type = _doc_type(documented), _spec_type(param)
    if doc_type != spec_type and not _explained_by_note(param, documented.type):
        yield drift("type", f"documents say {doc_type}, spec has {spec_type}")
    if documented.required is not None and documented.required != param.get("required", False):
        said = "required" if documented.required else "optional"
        yield drift(
            "required", f"documents say {said}, spec has required: {not documented.required}"
        )
    stated = prose_constraints(documented.description, documented.type)
    recorded = _spec_constraints(param)
    for key in PROSE_CONSTRAINTS:
        before, after = stated.get(key), recorded.get(key)
        if before != after and not _explained_by_note(param, before):
            yield drift(key, f"documents say {_shown(before)}, spec has {_shown(after)}")


def _shown(value: object) -> str:
    return "nothing" if value is None else str(value)


# --- actions ------------------------------------------------------------------------------------


def _action_drift(
    context: _Context,
    data: dict[str, Any],
    actions: dict[str, ActionDoc],
    pages: dict[str, ActionDoc],
) -> Iterator[Drift]:
    spec_actions: dict[str, Any] = data.get("actions", {}) or {}
    documented = {name: _doc_at(MAIN_DOC, action.line) for name, action in actions.items()}
    for page in pages.values():
        documented.setdefault(page.name, _doc_at(page.source, page.line))
    yield from _names_drift(context, ("actions",), "action", documented, spec_actions)
    spellings = canonical_spellings(data)
    for name, action in actions.items():
        if name not in spec_actions:
            # What a transcriber must add, row by row, rather than one line for the whole page.
            yield from _params_drift(
                context, ("actions", name, "input"), action.params_in, {}, MAIN_DOC
            )
            yield from _params_drift(
                context, ("actions", name, "output"), action.params_out, {}, MAIN_DOC
            )
    for name, spec_action in spec_actions.items():
        printed = [actions[name]] if name in actions else []
        printed += [page for page in pages.values() if page.name == name]
        for page in printed:
            yield from _one_action_drift(context, ("actions", name), page, spec_action, spellings)
        for index, code in enumerate(spec_action.get("errors", []) or []):
            if code not in (data.get("errors", {}) or {}):
                path = ("actions", name, "errors", index)
                yield Drift(
                    format_path(path), f"{code!r} is not a key of errors", "", context.at(path)
                )


def _one_action_drift(
    context: _Context,
    path: PathKey,
    page: ActionDoc,
    spec_action: dict[str, Any],
    spellings: dict[str, str],
) -> Iterator[Drift]:
    rate = spec_action.get("rate_limit_per_second")
    if rate != page.rate_limit_per_second:
        key = (*path, "rate_limit_per_second")
        yield Drift(
            format_path(key),
            f"documents say {page.rate_limit_per_second} requests per second, spec has {rate}",
            _doc_at(page.source, page.rate_limit_line),
            context.at(key),
        )
    for side, params in (("input", page.params_in), ("output", page.params_out)):
        specified = spec_action.get(side, {}) or {}
        yield from _params_drift(context, (*path, side), params, specified, page.source)
    codes: dict[str, str] = {}
    for error in page.errors:
        codes.setdefault(spellings.get(error.code, error.code), _doc_at(page.source, error.line))
    listed = spec_action.get("errors", []) or []
    for code, where in codes.items():
        if code not in listed:
            yield Drift(
                format_path((*path, "errors", code)),
                f"error code {code!r} is documented for the action but missing from the spec",
                where,
                context.at((*path, "errors")),
            )
    for index, code in enumerate(listed):
        if code not in codes:
            yield Drift(
                format_path((*path, "errors", code)),
                f"error code {code!r} is in the spec but not in the action's error table",
                _doc_at(page.source, page.line),
                context.at((*path, "errors", index)),
            )


# --- data types ---------------------------------------------------------------------------------


def _type_drift(
    context: _Context, data: dict[str, Any], types: dict[str, doc_reader.TypeDoc]
) -> Iterator[Drift]:
    spec_types: dict[str, Any] = data.get("types", {}) or {}
    documented = {name: _doc_at(MAIN_DOC, t.line) for name, t in types.items()}
    yield from _names_drift(context, ("types",), "data type", documented, spec_types)
    for name in types.keys() - spec_types.keys():
        yield from _params_drift(
            context, ("types", name, "fields"), types[name].fields, {}, MAIN_DOC
        )
    for name in types.keys() & spec_types.keys():
        fields = spec_types[name].get("fields", {}) or {}
        yield from _params_drift(
            context, ("types", name, "fields"), types[name].fields, fields, MAIN_DOC
        )


# --- error codes --------------------------------------------------------------------------------


def canonical_spellings(data: dict[str, Any]) -> dict[str, str]:
    """Every spelling the spec knows (canonical codes and aliases) -> canonical code."""
    spellings = {}
    for code, error in (data.get("errors", {}) or {}).items():
        spellings[code] = code
        for alias in error.get("aliases", []) or []:
            spellings[alias["code"]] = code
    return spellings


def _printed_spellings(
    actions: dict[str, ActionDoc],
    pages: dict[str, ActionDoc],
    lists: doc_reader.ErrorCodeLists,
) -> dict[str, dict[str, int]]:
    """Every error code spelling printed anywhere -> {document: first line}."""
    printed: dict[str, dict[str, int]] = {}
    rows = [(MAIN_DOC, e) for e in (*lists.responses_common, *lists.error_codes_common)]
    rows += [(MAIN_DOC, e) for e in lists.service]
    for page in (*actions.values(), *pages.values()):
        rows += [(page.source, error) for error in page.errors]
    for source, error in rows:
        printed.setdefault(error.code, {}).setdefault(source, error.line)
    return printed


def _error_drift(
    context: _Context,
    data: dict[str, Any],
    actions: dict[str, ActionDoc],
    pages: dict[str, ActionDoc],
    lists: doc_reader.ErrorCodeLists,
) -> Iterator[Drift]:
    errors: dict[str, Any] = data.get("errors", {}) or {}
    spellings = canonical_spellings(data)
    printed = _printed_spellings(actions, pages, lists)
    deprecated = _deprecated_spellings(errors)
    for spelling, where in printed.items():
        if spelling in deprecated:
            # The documents have not dropped it after all: it is a spelling variant, an alias.
            code, index = deprecated[spelling]
            source, line = next(iter(where.items()))
            yield Drift(
                format_path(("errors", code, "deprecated", index)),
                f"deprecated spelling {spelling!r} is still printed in the documents: record it"
                " as an alias",
                _doc_at(source, line),
                context.at(("errors", code, "deprecated", index)),
            )
        elif spelling not in spellings:
            source, line = next(iter(where.items()))
            yield Drift(
                format_path(("errors", spelling)),
                f"error code {spelling!r} is documented but missing from the spec",
                _doc_at(source, line),
                context.at(("errors",)),
            )
    for code, error in errors.items():
        if code not in printed:
            yield Drift(
                format_path(("errors", code)),
                f"error code {code!r} is in the spec but not in the documents",
                "",
                context.at(("errors", code)),
            )
        yield from _alias_drift(context, code, error, printed)
    yield from _kind_drift(context, errors, spellings, lists)
    yield from _description_drift(context, errors, lists)


def _deprecated_spellings(errors: dict[str, Any]) -> dict[str, tuple[str, int]]:
    """Each deprecated spelling -> the code it was renamed to and its index there."""
    return {
        old.get("code"): (code, index)
        for code, error in errors.items()
        for index, old in enumerate(error.get("deprecated", []) or [])
    }


def _alias_drift(
    context: _Context, code: str, error: dict[str, Any], printed: dict[str, dict[str, int]]
) -> Iterator[Drift]:
    for index, alias in enumerate(error.get("aliases", []) or []):
        path = ("errors", code, "aliases", index)
        printed_in = printed.get(alias["code"], {})
        for source in sorted(set(alias.get("sources", [])) - printed_in.keys()):
            yield Drift(
                format_path(path),
                f"alias {alias['code']!r} names {source}, which does not print it",
                "",
                context.at(path),
            )
        for source in sorted(printed_in.keys() - set(alias.get("sources", []))):
            yield Drift(
                format_path(path),
                f"alias {alias['code']!r} is printed in {source}, which it does not name",
                _doc_at(source, printed_in[source]),
                context.at(path),
            )


def _kind_drift(
    context: _Context,
    errors: dict[str, Any],
    spellings: dict[str, str],
    lists: doc_reader.ErrorCodeLists,
) -> Iterator[Drift]:
    """Codes of the common tables are common; codes only in the service table are service."""
    rows: dict[str, tuple[str, int]] = {}
    for error in (*lists.responses_common, *lists.error_codes_common):
        rows.setdefault(spellings.get(error.code, error.code), ("common", error.line))
    for error in lists.service:
        rows.setdefault(spellings.get(error.code, error.code), ("service", error.line))
    for code, error in errors.items():
        if code in rows and error.get("kind") != rows[code][0]:
            yield Drift(
                format_path(("errors", code, "kind")),
                f"documents say {rows[code][0]}, spec has {error.get('kind')}",
                _doc_at(MAIN_DOC, rows[code][1]),
                context.at(("errors", code, "kind")),
            )


def _description_drift(
    context: _Context, errors: dict[str, Any], lists: doc_reader.ErrorCodeLists
) -> Iterator[Drift]:
    """The spec keeps the description of the Error Codes page (service list, then its common
    table, then the Responses page's): each must still read as printed there."""
    printed: dict[str, doc_reader.ErrorCodeDoc] = {}
    for error in (*lists.service, *lists.error_codes_common, *lists.responses_common):
        printed.setdefault(error.code, error)
    for code, error in errors.items():
        row = printed.get(code)
        if row is not None and row.description != error.get("description"):
            path = ("errors", code, "description")
            yield Drift(
                format_path(path),
                f"documents say {row.description!r}, spec has {error.get('description')!r}",
                _doc_at(MAIN_DOC, row.line),
                context.at(path),
            )


# --- sending and receipt codes, callbacks -------------------------------------------------------


def _sending_code_drift(
    context: _Context, data: dict[str, Any], codes: Sequence[doc_reader.SendingErrorCode]
) -> Iterator[Drift]:
    rows = {row.get("code"): index for index, row in enumerate(data.get("sending_error_codes", []))}
    documented = {str(code.code): _doc_at(MAIN_DOC, code.line) for code in codes}
    yield from _names_drift(
        context, ("sending_error_codes",), "sending code", documented, (str(c) for c in rows)
    )
    for code in codes:
        if code.code not in rows:
            continue
        path: PathKey = ("sending_error_codes", rows[code.code])
        row = data["sending_error_codes"][rows[code.code]]
        for key, documented_value in (
            ("description", code.description),
            ("solution", code.solution),
        ):
            if row.get(key) != documented_value:
                yield Drift(
                    format_path((*path, key)),
                    f"{code.code}: documents say {documented_value!r}, spec has {row.get(key)!r}",
                    _doc_at(MAIN_DOC, code.line),
                    context.at((*path, key)),
                )


def _receipt_code_drift(context: _Context, data: dict[str, Any], docs_dir: Path) -> Iterator[Drift]:
    categories = doc_reader.read_receipt_status_categories(docs_dir)
    categories_at = _doc_at(MAIN_DOC, doc_reader.receipt_status_categories_line(docs_dir))
    yield from _names_drift(
        context,
        ("receipt_status_categories",),
        "receipt category",
        {name: categories_at for name in categories},
        data.get("receipt_status_categories", {}) or {},
    )
    documented: dict[str, list[doc_reader.ReceiptStatusCode]] = {}
    for row in doc_reader.read_receipt_status_codes(docs_dir):
        documented.setdefault(f"{row.code} [{row.category}]", []).append(row)
    specified: dict[str, int] = {}
    for index, row in enumerate(data.get("receipt_status_codes", []) or []):
        key = f"{row.get('code')} [{row.get('category')}]"
        if key in specified:
            path = ("receipt_status_codes", index)
            yield Drift(format_path(path), f"{key} is listed twice", "", context.at(path))
        specified.setdefault(key, index)
    yield from _names_drift(
        context,
        ("receipt_status_codes",),
        "receipt code",
        {key: _doc_at(MAIN_DOC, rows[0].line) for key, rows in documented.items()},
        specified,
    )
    for key, rows in documented.items():
        if key not in specified:
            continue
        # A pair printed more than once is one row, its distinct descriptions joined by " / ".
        joined = " / ".join(dict.fromkeys(row.description for row in rows))
        where: PathKey = ("receipt_status_codes", specified[key], "description")
        recorded = data["receipt_status_codes"][specified[key]].get("description")
        if recorded != joined:
            yield Drift(
                format_path(where),
                f"{key}: documents say {joined!r}, spec has {recorded!r}",
                _doc_at(MAIN_DOC, rows[0].line),
                context.at(where),
            )


def _callback_drift(context: _Context, data: dict[str, Any], docs_dir: Path) -> Iterator[Drift]:
    spec_callbacks: dict[str, Any] = data.get("callbacks", {}) or {}
    pages: list[CallbackDoc] = [
        *doc_reader.read_callbacks(docs_dir).values(),
        doc_reader.read_reply_callback_page(docs_dir),
    ]
    documented: dict[str, str] = {}
    for page in pages:
        documented.setdefault(CALLBACK_KEYS[page.title], _doc_at(page.source, page.line))
    yield from _names_drift(context, ("callbacks",), "callback", documented, spec_callbacks)
    for page in pages:
        key = CALLBACK_KEYS[page.title]
        callback = spec_callbacks.get(key)
        if not isinstance(callback, dict):
            continue
        path: PathKey = ("callbacks", key)
        yield from _params_drift(
            context, (*path, "fields"), page.params, callback.get("fields", {}) or {}, page.source
        )
        response = (callback.get("response", {}) or {}).get("fields", {}) or {}
        yield from _params_drift(
            context, (*path, "response", "fields"), page.response_params, response, page.source
        )
