"""The spec names exactly what the documents name: actions, parameters, types, fields, error codes,
sending and receipt codes, callback fields. The documents are read by ``doc_reader``, not by the
spec's transcriber, so a row lost or invented in the spec shows up here.

``find_coverage_problems`` works on any spec file and returns one message per difference.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

import doc_reader
from doc_reader import (
    DEFAULT_DOCS_DIR,
    MAIN_DOC,
    REPLY_DOC,
    ActionDoc,
    CallbackDoc,
    ErrorCodeLists,
)

SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "sms.2021-01-11.yaml"

Spec = dict[str, Any]
# Where a documented name or code is printed: spelling -> document file names.
Sources = dict[str, set[str]]


# --- messages -----------------------------------------------------------------------------------


def missing_prefix(where: str, name: str) -> str:
    return f"{where}: {name!r} is documented in "


def missing(where: str, name: str, sources: Iterable[str]) -> str:
    return f"{missing_prefix(where, name)}{', '.join(sorted(sources))} but missing from the spec"


def extra(where: str, name: str) -> str:
    return f"{where}: {name!r} is in the spec but not in the documents"


def compare_names(where: str, documented: Sources, specified: Iterable[str]) -> list[str]:
    """Both directions: documented names missing from the spec, spec names not documented."""
    specified_names = list(specified)
    problems = [
        missing(where, name, sources)
        for name, sources in documented.items()
        if name not in specified_names
    ]
    problems += [extra(where, name) for name in specified_names if name not in documented]
    return problems


def from_source(names: Iterable[str], source: str) -> Sources:
    return {name: {source} for name in names}


def merge_sources(*groups: Sources) -> Sources:
    merged: Sources = defaultdict(set)
    for group in groups:
        for name, sources in group.items():
            merged[name] |= sources
    return dict(merged)


# --- error code spellings -----------------------------------------------------------------------


def canonical_spellings(spec: Spec) -> dict[str, str]:
    """Every spelling the spec knows (canonical codes and aliases) -> canonical code."""
    spellings = {}
    for code, error in spec.get("errors", {}).items():
        spellings[code] = code
        for alias in error.get("aliases", []):
            spellings[alias["code"]] = code
    return spellings


def canonical_sources(documented: Sources, spellings: dict[str, str]) -> Sources:
    """Documented spellings folded onto canonical codes; unknown spellings stay as printed."""
    return merge_sources(
        *({spellings.get(code, code): sources} for code, sources in documented.items())
    )


def documented_spellings(
    actions: dict[str, ActionDoc], pages: dict[str, ActionDoc], lists: ErrorCodeLists
) -> Sources:
    """Every error code spelling printed in any table of any document."""
    global_codes = (*lists.responses_common, *lists.error_codes_common, *lists.service)
    return merge_sources(
        from_source((error.code for error in global_codes), MAIN_DOC),
        *(from_source(action.error_codes, MAIN_DOC) for action in actions.values()),
        *(from_source(page.error_codes, source) for source, page in pages.items()),
    )


def compare_spellings(spec: Spec, documented: Sources) -> list[str]:
    """Each printed spelling is a canonical code or an alias naming the documents that print it;
    each canonical code and alias of the spec is printed somewhere."""
    problems = []
    errors = spec.get("errors", {})
    spellings = canonical_spellings(spec)
    for spelling, sources in documented.items():
        if spelling not in spellings:
            problems.append(missing("errors", spelling, sources))
    for code, error in errors.items():
        if code not in documented:
            problems.append(extra("errors", code))
        for alias in error.get("aliases", []):
            where = f"errors.{code}.aliases"
            printed_in = documented.get(alias["code"], set())
            if not printed_in:
                problems.append(extra(where, alias["code"]))
            for source in set(alias["sources"]) - printed_in:
                problems.append(
                    f"{where}: {alias['code']!r} lists {source}, which does not print it"
                )
            if printed_in - set(alias["sources"]):
                problems.append(missing(f"{where}.sources", alias["code"], printed_in))
    return problems


def compare_error_kinds(spec: Spec, lists: ErrorCodeLists) -> list[str]:
    """Codes of the common tables are common; codes only in the service table are service."""
    spellings = canonical_spellings(spec)
    common = {spellings.get(code, code) for code in lists.common_codes()}
    service = {spellings.get(error.code, error.code) for error in lists.service} - common
    problems = []
    for code, error in spec.get("errors", {}).items():
        expected = "common" if code in common else "service" if code in service else None
        if expected and error.get("kind") != expected:
            problems.append(
                f"errors.{code}: kind is {error.get('kind')!r}, documents say {expected!r}"
            )
    return problems


# --- actions ------------------------------------------------------------------------------------


def compare_action_page(spec_action: Spec, where: str, page: ActionDoc, source: str) -> list[str]:
    inputs, outputs = spec_action.get("input", {}), spec_action.get("output", {})
    problems = compare_names(f"{where}.input", from_source(page.inputs, source), inputs)
    problems += compare_names(f"{where}.output", from_source(page.outputs, source), outputs)
    if spec_action.get("rate_limit_per_second") != page.rate_limit_per_second:
        problems.append(
            f"{where}.rate_limit_per_second: spec has {spec_action.get('rate_limit_per_second')!r},"
            f" {source} says {page.rate_limit_per_second}"
        )
    return problems


def compare_actions(
    spec: Spec, actions: dict[str, ActionDoc], pages: dict[str, ActionDoc]
) -> list[str]:
    spec_actions: dict[str, Spec] = spec.get("actions", {})
    problems = compare_names("actions", from_source(actions, MAIN_DOC), spec_actions)
    problems += [
        missing("actions", page.name, {source})
        for source, page in pages.items()
        if page.name not in spec_actions
    ]
    spellings = canonical_spellings(spec)
    for name, spec_action in spec_actions.items():
        where = f"actions.{name}"
        printed = [(MAIN_DOC, actions[name])] if name in actions else []
        printed += [(source, page) for source, page in pages.items() if page.name == name]
        for source, page in printed:
            problems += compare_action_page(spec_action, where, page, source)
        codes = canonical_sources(
            merge_sources(*(from_source(page.error_codes, source) for source, page in printed)),
            spellings,
        )
        problems += compare_names(f"{where}.errors", codes, spec_action.get("errors", []))
        problems += [
            f"{where}.errors: {code!r} is not a key of errors"
            for code in spec_action.get("errors", [])
            if code not in spec.get("errors", {})
        ]
    return problems


# --- types, tables, callbacks -------------------------------------------------------------------


def compare_types(spec: Spec, types: dict[str, tuple[str, ...]]) -> list[str]:
    spec_types: dict[str, Spec] = spec.get("types", {})
    problems = compare_names("types", from_source(types, MAIN_DOC), spec_types)
    for name in types.keys() & spec_types.keys():
        documented = from_source(types[name], MAIN_DOC)
        fields = spec_types[name].get("fields", {})
        problems += compare_names(f"types.{name}.fields", documented, fields)
    return problems


def compare_sending_codes(spec: Spec, codes: Sequence[doc_reader.SendingErrorCode]) -> list[str]:
    spec_codes = {row["code"]: row for row in spec.get("sending_error_codes", [])}
    documented = {str(code.code): {MAIN_DOC} for code in codes}
    problems = compare_names("sending_error_codes", documented, (str(c) for c in spec_codes))
    for code in codes:
        row = spec_codes.get(code.code)
        if row is not None and (row.get("solution") is None) != (code.solution is None):
            problems.append(
                f"sending_error_codes: {code.code}: solution should be "
                + ("null (the document prints '-')" if code.solution is None else "a string")
            )
    return problems


def receipt_key(code: str, category: str) -> str:
    return f"{code} [{category}]"


def compare_receipt_codes(
    spec: Spec, categories: dict[str, str], codes: Sequence[doc_reader.ReceiptStatusCode]
) -> list[str]:
    problems = compare_names(
        "receipt_status_categories",
        from_source(categories, MAIN_DOC),
        spec.get("receipt_status_categories", {}),
    )
    specified = [
        receipt_key(row["code"], row["category"]) for row in spec.get("receipt_status_codes", [])
    ]
    documented = from_source((receipt_key(row.code, row.category) for row in codes), MAIN_DOC)
    problems += compare_names("receipt_status_codes", documented, specified)
    problems += [
        f"receipt_status_codes: {key!r} is listed {specified.count(key)} times"
        for key in sorted(set(specified))
        if specified.count(key) > 1
    ]
    return problems


# Spec key of each callback page, by the page's title.
CALLBACK_KEYS = {
    "SMS Sending Status Notification": "SmsStatusNotification",
    "SMS Reply": "SmsReply",
}


def compare_callback(spec_callback: Spec, where: str, page: CallbackDoc, source: str) -> list[str]:
    fields = spec_callback.get("fields", {})
    response_fields = spec_callback.get("response", {}).get("fields", {})
    problems = compare_names(f"{where}.fields", from_source(page.fields, source), fields)
    problems += compare_names(
        f"{where}.response.fields", from_source(page.response_fields, source), response_fields
    )
    return problems


def compare_callbacks(
    spec: Spec, callbacks: dict[str, CallbackDoc], reply_page: CallbackDoc
) -> list[str]:
    spec_callbacks: dict[str, Spec] = spec.get("callbacks", {})
    pages = [(MAIN_DOC, page) for page in callbacks.values()] + [(REPLY_DOC, reply_page)]
    documented = merge_sources(*(from_source([CALLBACK_KEYS[p.title]], s) for s, p in pages))
    problems = compare_names("callbacks", documented, spec_callbacks)
    for source, page in pages:
        key = CALLBACK_KEYS[page.title]
        if key in spec_callbacks:
            problems += compare_callback(spec_callbacks[key], f"callbacks.{key}", page, source)
    return problems


# --- the check ----------------------------------------------------------------------------------


def find_coverage_problems(spec_path: Path, docs_dir: Path = DEFAULT_DOCS_DIR) -> list[str]:
    """Every difference between the names in the documents and in the spec at ``spec_path``."""
    spec: Spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    actions = doc_reader.read_actions(docs_dir)
    pages = doc_reader.read_action_pages(docs_dir)
    lists = doc_reader.read_error_code_lists(docs_dir)
    return [
        *compare_actions(spec, actions, pages),
        *compare_types(spec, doc_reader.read_data_types(docs_dir)),
        *compare_spellings(spec, documented_spellings(actions, pages, lists)),
        *compare_error_kinds(spec, lists),
        *compare_sending_codes(spec, doc_reader.read_sending_error_codes(docs_dir)),
        *compare_receipt_codes(
            spec,
            doc_reader.read_receipt_status_categories(docs_dir),
            doc_reader.read_receipt_status_codes(docs_dir),
        ),
        *compare_callbacks(
            spec, doc_reader.read_callbacks(docs_dir), doc_reader.read_reply_callback_page(docs_dir)
        ),
    ]


def test_spec_names_what_the_documents_name() -> None:
    problems = find_coverage_problems(SPEC_PATH)
    assert not problems, f"{len(problems)} differences:\n" + "\n".join(problems)


# --- the check notices a deleted line -----------------------------------------------------------


def node_line(spec_path: Path, keys: Sequence[str | int]) -> int:
    """0-based line where the mapping key or sequence item at ``keys`` starts."""
    node = yaml.compose(spec_path.read_text(encoding="utf-8"))
    if node is None:
        raise ValueError(f"{spec_path} is empty")
    line = 0
    for key in keys:
        if isinstance(key, int):
            node = node.value[key]
            line = node.start_mark.line
        else:
            key_node, node = next((k, v) for k, v in node.value if k.value == key)
            line = key_node.start_mark.line
    return line


def copy_without_line(spec_path: Path, line: int, directory: Path) -> Path:
    copy = directory / spec_path.name
    shutil.copyfile(spec_path, copy)
    lines = copy.read_text(encoding="utf-8").splitlines(keepends=True)
    copy.write_text("".join(lines[:line] + lines[line + 1 :]), encoding="utf-8")
    return copy


# A target picks a line of the spec: (path of keys to it, start of the problem its loss causes).
Target = tuple[list[str | int], str]


def last_input_parameter(spec: Spec) -> Target:
    """The key line of SendSms's last input parameter."""
    name = list(spec["actions"]["SendSms"]["input"])[-1]
    return ["actions", "SendSms", "input", name], missing_prefix("actions.SendSms.input", name)


def last_type_field(spec: Spec) -> Target:
    """The key line of SendStatus's last field."""
    name = list(spec["types"]["SendStatus"]["fields"])[-1]
    return ["types", "SendStatus", "fields", name], missing_prefix("types.SendStatus.fields", name)


def last_action_error_code(spec: Spec) -> Target:
    """The line of SendSms's last error code."""
    codes = spec["actions"]["SendSms"]["errors"]
    keys: list[str | int] = ["actions", "SendSms", "errors", len(codes) - 1]
    return keys, missing_prefix("actions.SendSms.errors", codes[-1])


def last_error_entry(spec: Spec) -> Target:
    """The key line of the last entry of errors."""
    code = list(spec["errors"])[-1]
    return ["errors", code], missing_prefix("errors", code)


def first_receipt_code(spec: Spec) -> Target:
    """The first row of receipt_status_codes."""
    row = spec["receipt_status_codes"][0]
    key = receipt_key(row["code"], row["category"])
    return ["receipt_status_codes", 0], missing_prefix("receipt_status_codes", key)


@pytest.mark.parametrize(
    "target",
    [
        last_input_parameter,
        last_type_field,
        last_action_error_code,
        last_error_entry,
        first_receipt_code,
    ],
)
def test_deleted_line_is_reported(target: Callable[[Spec], Target], tmp_path: Path) -> None:
    spec: Spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    keys, expected = target(spec)
    assert not [p for p in find_coverage_problems(SPEC_PATH) if p.startswith(expected)]
    damaged = copy_without_line(SPEC_PATH, node_line(SPEC_PATH, keys), tmp_path)
    problems = find_coverage_problems(damaged)
    assert [p for p in problems if p.startswith(expected)], "\n".join(problems)


# --- the documents' totals, counted independently with grep/awk ---------------------------------
# Each count below was taken on 003 with the command in its comment, not with doc_reader.

DOCS = DEFAULT_DOCS_DIR


def test_action_totals() -> None:
    actions = doc_reader.read_actions(DOCS)
    # grep -c '^1\. API Description$' 003  -> 17
    assert len(actions) == 17
    # awk '/^2\. Input Parameters$/{s=1} /^3\. Output Parameters$/{s=0} s' 003
    #   | grep -P '^[\w.]+\t(Yes|No)\t' | grep -cvP '^(Action|Version|Region)\t'  -> 74
    assert sum(len(a.inputs) for a in actions.values()) == 74
    # awk '/^3\. Output Parameters$/{s=1} /^4\. Example$/{s=0} s' 003 | grep -cP '^\w+\t'  -> 34
    assert sum(len(a.outputs) for a in actions.values()) == 34
    # awk '/^6\. Error Code$/{s=1} /^(1\. API Description|Data Types)$/{s=0} s' 003
    #   | grep -cP '^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]*)?\t'  -> 374
    assert sum(len(a.error_codes) for a in actions.values()) == 374


def test_data_type_totals() -> None:
    types = doc_reader.read_data_types(DOCS)
    # grep -c '^Used by actions:' 003  -> 15
    assert len(types) == 15
    # awk '/^Data Types$/{s=1} /^Error Codes$/{s=0} s' 003 | grep -P '^\w+\t' | grep -cv '^Name'
    #   -> 64 (the "--------" separator row of ModifySignStatus does not match \w)
    assert sum(len(fields) for fields in types.values()) == 64


def test_error_code_totals() -> None:
    lists = doc_reader.read_error_code_lists(DOCS)
    # Lines with a tab from "Common Error Codes" (Responses page) to the next heading, minus the
    # header: sed -n '/^Common Error Codes$/,/^Status Pull APIs$/p' (first match) -> 27 - 1
    assert len(lists.responses_common) == 26
    # Same on the Error Codes page, up to "Service Error Codes" -> 39 - 1
    assert len(lists.error_codes_common) == 38
    # Both tables' first cells, <code> removed, sort -u -> 39 (only InternalError is not in both)
    assert len(lists.common_codes()) == 39
    # sed -n '/^Service Error Codes$/,/^SMS Callback APIs$/p' 003
    #   | grep -cP '^[A-Z][^\t]*\t'  -> 86 - header
    assert len(lists.service) == 85


def test_callback_section_totals() -> None:
    # sed -n '/^Error codes of SMS message sending$/,/^Error codes of receipt status$/p' 003
    #   | grep -cP '^\d+\t'  -> 40
    assert len(doc_reader.read_sending_error_codes(DOCS)) == 40
    codes = doc_reader.read_receipt_status_codes(DOCS)
    # grep -cP '^[^\t]+\t(MTU|CMCC|UNICOM|TELECOM)\t' 003  -> 1975 rows (no row is broken across
    # lines); | cut -f1,2 | sort -u | wc -l  -> 1968 (ID:0077..ID:0082 repeated, DB:0140 twice)
    assert len(codes) == 1975
    assert len({(code.code, code.category) for code in codes}) == 1968
    # The sentence before the table names CMCC, UNICOM, TELECOM and MTU.
    assert set(doc_reader.read_receipt_status_categories(DOCS)) == {
        "CMCC",
        "UNICOM",
        "TELECOM",
        "MTU",
    }
    callbacks = doc_reader.read_callbacks(DOCS)
    # sed -n '7269,$p' 003 | grep -cP '^\w+\t(Yes|No)\t'  -> 17 = 7 + 2 + 6 + 2
    assert sum(len(c.fields) + len(c.response_fields) for c in callbacks.values()) == 17
    assert doc_reader.read_reply_callback_page(DOCS) == callbacks["SMS Reply"]


def test_action_pages_agree_with_the_main_document_except_spellings() -> None:
    actions = doc_reader.read_actions(DOCS)
    pages = doc_reader.read_action_pages(DOCS)
    for page in pages.values():
        main = actions[page.name]
        assert (page.inputs, page.outputs) == (main.inputs, main.outputs)
        assert page.rate_limit_per_second == main.rate_limit_per_second
    # sed -n '/^Error Code Description$/,$p' 000 | grep -cP '^[A-Z]\w*(\.\w*)? '  -> 23 - header;
    # sed -n '/^Error Code |/,$p' 001 | grep -cP '^[A-Z]\w*(\.\w*)? \| '  -> 26 (header not matched)
    assert [len(page.error_codes) for page in pages.values()] == [22, 26]


def test_cells_broken_across_lines_are_joined() -> None:
    sending = {code.code: code for code in doc_reader.read_sending_error_codes(DOCS)}
    assert sending[1047].description == (
        "The number of global SMS messages that can be sent per day is limited."
    )
    assert sending[1047].solution == "To adjust the limit, contact SMS Helper for assistance."
    assert sending[1009].solution is not None
    assert sending[1009].solution.startswith(
        "You have configured the verification of request source IP,"
    )
    assert sending[1019].solution is None
    service = {error.code: error for error in doc_reader.read_error_code_lists(DOCS).service}
    assert service["UnsupportedOperation.UnsupportedRegion"].description == ""
    assert service["FailedOperation.OtherError"].description.endswith("SMS Helper for assistance.")


def test_every_recorded_queue_sentence_is_in_its_document() -> None:
    """``consumes_records`` cites a sentence; the document must print it, word for word."""
    spec: Spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    cited = {
        name: action["consumes_records"]
        for name, action in spec["actions"].items()
        if "consumes_records" in action
    }
    assert cited, "the spec records no queue action"
    # The English 3.0 document is silent about it, as the spec's discrepancies say.
    main = " ".join((DOCS / MAIN_DOC).read_text(encoding="utf-8").split())
    for name, citation in cited.items():
        text = " ".join((DOCS / citation["source"]).read_text(encoding="utf-8").split())
        assert citation["quote"] in text, f"{name}: quote not in {citation['source']}"
        assert citation["quote"] not in main
