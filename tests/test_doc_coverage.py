"""The spec says what the documents say: ``drift`` finds no difference, and it notices a line
lost from a copy of the spec, by name and by content.

The documents are read by ``generator.doc_reader``, not by the spec's transcriber, so a row lost
or invented in the spec shows up here. No document total is pinned: a doc update changes the
documents and the spec together, and drift compares them.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.doc_reader import MAIN_DOC, read_callbacks, read_reply_callback_page
from generator.drift import Drift, find_drift
from generator.load import format_path, load_spec
from support.documents import docs_dir
from support.specs import input_constraint

SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "sms.2021-01-11.yaml"

Spec = dict[str, Any]


def drift_of(spec_path: Path) -> list[Drift]:
    spec, _ = load_spec(spec_path)  # a deleted key line leaves duplicate keys: still comparable
    assert spec is not None
    return find_drift(spec, docs_dir(), spec_path.name)


def test_drift_reports_nothing_for_the_spec() -> None:
    found = drift_of(SPEC_PATH)
    assert not found, f"{len(found)} differences:\n" + "\n".join(map(str, found))


# --- the check notices a deleted line -----------------------------------------------------------


def node_line(spec_path: Path, keys: Sequence[str | int]) -> int:
    """0-based line where the mapping key or sequence item at ``keys`` starts."""
    node = yaml.compose(spec_path.read_text(encoding="utf-8"))
    assert node is not None
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


# A target picks a line of the spec: (path of keys to it, the spec path drift then reports).
Target = tuple[list[str | int], str]


def last_input_parameter(spec: Spec) -> Target:
    name = list(spec["actions"]["SendSms"]["input"])[-1]
    return ["actions", "SendSms", "input", name], f"actions.SendSms.input.{name}"


def last_type_field(spec: Spec) -> Target:
    name = list(spec["types"]["SendStatus"]["fields"])[-1]
    return ["types", "SendStatus", "fields", name], f"types.SendStatus.fields.{name}"


def last_action_error_code(spec: Spec) -> Target:
    codes = spec["actions"]["SendSms"]["errors"]
    keys: list[str | int] = ["actions", "SendSms", "errors", len(codes) - 1]
    return keys, format_path(("actions", "SendSms", "errors", codes[-1]))


def last_error_entry(spec: Spec) -> Target:
    code = list(spec["errors"])[-1]
    return ["errors", code], format_path(("errors", code))


def first_receipt_code(spec: Spec) -> Target:
    row = spec["receipt_status_codes"][0]
    key = f"{row['code']} [{row['category']}]"
    return ["receipt_status_codes", 0], format_path(("receipt_status_codes", key))


def a_maximum(spec: Spec) -> Target:
    return ["actions", "PullSmsSendStatus", "input", "Limit", "maximum"], (
        "actions.PullSmsSendStatus.input.Limit.maximum"
    )


def a_required_flag(spec: Spec) -> Target:
    return ["actions", "SendSms", "input", "TemplateId", "required"], (
        "actions.SendSms.input.TemplateId.required"
    )


def an_array_flag(spec: Spec) -> Target:
    return ["actions", "SendSms", "input", "TemplateParamSet", "array"], (
        "actions.SendSms.input.TemplateParamSet.type"
    )


@pytest.mark.parametrize(
    "target",
    [
        last_input_parameter,
        last_type_field,
        last_action_error_code,
        last_error_entry,
        first_receipt_code,
        a_maximum,
        a_required_flag,
        an_array_flag,
    ],
)
def test_deleted_line_is_reported(target: Callable[[Spec], Target], tmp_path: Path) -> None:
    spec: Spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    keys, expected = target(spec)
    damaged = copy_without_line(SPEC_PATH, node_line(SPEC_PATH, keys), tmp_path)
    found = [d for d in drift_of(damaged) if d.path == expected]
    assert found, "\n".join(map(str, drift_of(damaged)))


def test_a_changed_constraint_is_reported_with_both_places(tmp_path: Path) -> None:
    copy = tmp_path / SPEC_PATH.name
    limit = input_constraint("SendSms", "PhoneNumberSet", "max_items")
    text = SPEC_PATH.read_text(encoding="utf-8")
    documented, lowered = f"max_items: {limit}\n", f"max_items: {limit // 2}\n"
    at = text.index(documented, text.index("\n  SendSms:\n"))
    copy.write_text(text[:at] + lowered + text[at + len(documented) :], encoding="utf-8")
    spec, _ = load_spec(copy)
    assert spec is not None
    path = ("actions", "SendSms", "input", "PhoneNumberSet", "max_items")
    found = [d for d in drift_of(copy) if d.path == ".".join(path)]
    assert [(d.message, d.doc, d.spec) for d in found] == [
        (
            f"documents say {limit}, spec has {limit // 2}",
            f"{MAIN_DOC}:{_line_of(docs_dir() / MAIN_DOC, 'PhoneNumberSet.N')}",
            f"{copy.name}:{spec.line_of(path)}",
        )
    ]


def _line_of(document: Path, row_start: str) -> int:
    lines = document.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(f"{row_start}\t"))


# --- the reader ----------------------------------------------------------------------------------


def test_the_reply_callback_reads_the_same_in_both_documents() -> None:
    docs = docs_dir()
    main = read_callbacks(docs)["SMS Reply"]
    page = read_reply_callback_page(docs)
    assert main.params and main.response_params
    assert [(p.name, p.type, p.required) for p in main.params] == [
        (p.name, p.type, p.required) for p in page.params
    ]


def test_every_recorded_queue_sentence_is_in_its_document() -> None:
    """``consumes_records`` cites a sentence; the document must print it, word for word."""
    docs = docs_dir()
    spec: Spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    cited = {
        name: action["consumes_records"]
        for name, action in spec["actions"].items()
        if "consumes_records" in action
    }
    assert cited, "the spec records no queue action"
    # The English 3.0 document is silent about it, as the spec's discrepancies say.
    main = " ".join((docs / MAIN_DOC).read_text(encoding="utf-8").split())
    for name, citation in cited.items():
        text = " ".join((docs / citation["source"]).read_text(encoding="utf-8").split())
        assert citation["quote"] in text, f"{name}: quote not in {citation['source']}"
        assert citation["quote"] not in main
