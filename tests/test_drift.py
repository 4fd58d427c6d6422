"""``python -m generator drift``: each doc update a maintainer meets is reported, change by change,
with the document's file:line and the spec's file:line; the spec edit that follows silences it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.doc_reader import MAIN_DOC
from generator.load import load_spec
from support.doc_updates import (
    DROPPED_CODE,
    LOWER_PHONE_LIMIT,
    NEW_ACTION_WITH_TYPE_AND_CODE,
    NEW_INPUT_AND_FIELD,
    OLD_CODE,
    PHONE_LIMIT,
    RENAME_DROP_AND_LIMIT,
    RENAMED_CODE,
)
from support.documents import docs_copy, docs_dir, edit_document
from support.specs import sms_spec

SPEC = Path(__file__).resolve().parents[1] / "spec" / "sms.2021-01-11.yaml"


def drift(
    capsys: pytest.CaptureFixture[str], docs: Path, spec: Path, *options: str
) -> tuple[int, str]:
    code = main(["drift", "--docs", str(docs), *options, str(spec)])
    return code, capsys.readouterr().out


def spec_copy(tmp_path: Path) -> Path:
    copy = tmp_path / SPEC.name
    shutil.copyfile(SPEC, copy)
    return copy


def lines_in(document: Path, text: str) -> list[int]:
    """The 1-based lines that start with ``text``."""
    lines = document.read_text(encoding="utf-8").splitlines()
    return [index for index, line in enumerate(lines, 1) if line.startswith(text)]


def line_in(document: Path, text: str) -> int:
    """The 1-based line of the one line that starts with ``text``."""
    found = lines_in(document, text)
    assert len(found) == 1, (text, found)
    return found[0]


def spec_line(spec: Path, *path: str | int) -> int:
    loaded, _ = load_spec(spec)
    assert loaded is not None
    return loaded.line_of(path)


def test_the_documents_and_the_spec_agree(capsys: pytest.CaptureFixture[str]) -> None:
    assert drift(capsys, docs_dir(), SPEC) == (0, "")


# --- (a) a new optional input and a new output field --------------------------------------------


def test_a_new_optional_input_and_output_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = docs_copy(tmp_path)
    main_doc = docs / MAIN_DOC
    NEW_INPUT_AND_FIELD.edit_documents(docs)
    spec = spec_copy(tmp_path)

    code, out = drift(capsys, docs, spec)
    assert code == 1
    assert out.splitlines() == [
        "actions.SendSms.input.Priority: parameter 'Priority' is documented but missing from the"
        f" spec ({MAIN_DOC}:{line_in(main_doc, 'Priority')},"
        f" {spec}:{spec_line(spec, 'actions', 'SendSms', 'input')})",
        "types.SendStatus.fields.Segments: parameter 'Segments' is documented but missing from the"
        f" spec ({MAIN_DOC}:{line_in(main_doc, 'Segments')},"
        f" {spec}:{spec_line(spec, 'types', 'SendStatus', 'fields')})",
    ]

    # The spec edit that transcribes them: drift is silent again.
    NEW_INPUT_AND_FIELD.edit_spec(spec)
    assert drift(capsys, docs, spec) == (0, "")
    assert main(["validate", str(spec)]) == 0
    capsys.readouterr()
    assert main(["changes", str(SPEC), str(spec)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "info: actions.SendSms.input.Priority: added (optional integer)",
        "info: types.SendStatus.fields.Segments: added (optional integer)",
    ]


# --- (b) a new action with a new data type and a new error code ---------------------------------


def test_a_new_action_with_a_new_type_and_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = docs_copy(tmp_path)
    main_doc = docs / MAIN_DOC
    NEW_ACTION_WITH_TYPE_AND_CODE.edit_documents(docs)
    spec = spec_copy(tmp_path)

    code, out = drift(capsys, docs, spec)
    assert code == 1
    action_line = line_in(main_doc, "DescribeSmsQuota")
    # Printed in the action's table and the service list; drift names the list.
    code_line = lines_in(main_doc, "FailedOperation.QuotaQueryFail")[-1]
    found = out.splitlines()
    assert found[0] == (
        "actions.DescribeSmsQuota: action 'DescribeSmsQuota' is documented but missing from the"
        f" spec ({MAIN_DOC}:{action_line}, {spec}:{spec_line(spec, 'actions')})"
    )
    assert (
        "errors[\"FailedOperation.QuotaQueryFail\"]: error code 'FailedOperation.QuotaQueryFail'"
        f" is documented but missing from the spec ({MAIN_DOC}:{code_line},"
        f" {spec}:{spec_line(spec, 'errors')})"
    ) in found
    assert (
        "types.QuotaStatus: data type 'QuotaStatus' is documented but missing from the spec"
        f" ({MAIN_DOC}:{line_in(main_doc, 'QuotaStatus')}, {spec}:{spec_line(spec, 'types')})"
    ) in found
    # Each row of the new page is listed, with its line, for the transcriber.
    app_id_line = line_in(main_doc, "SmsSdkAppId\tYes\tString\tThe SMS SdkAppId.")
    request_id_line = line_in(main_doc, "RequestId\tString\tThe unique request ID.")
    package_line = line_in(main_doc, "PackageId\tInteger")
    remaining_line = line_in(main_doc, "Remaining\tInteger")
    rows = {line.split(": ", 1)[0]: line.rsplit("(", 1)[1].split(",")[0] for line in found}
    assert {path: rows[path] for path in rows if path.count(".") == 3} == {
        "actions.DescribeSmsQuota.input.SmsSdkAppId": f"{MAIN_DOC}:{app_id_line}",
        "actions.DescribeSmsQuota.output.QuotaSet": f"{MAIN_DOC}:{line_in(main_doc, 'QuotaSet')}",
        "actions.DescribeSmsQuota.output.RequestId": f"{MAIN_DOC}:{request_id_line}",
        "types.QuotaStatus.fields.PackageId": f"{MAIN_DOC}:{package_line}",
        "types.QuotaStatus.fields.Remaining": f"{MAIN_DOC}:{remaining_line}",
    }
    assert len(found) == len(NEW_ACTION_WITH_TYPE_AND_CODE.drift_paths)


# --- (c) a renamed code, a code dropped from an action, "Up to N" -> "Up to N/2" ----------------


def test_a_renamed_code_a_dropped_code_and_a_lower_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = docs_copy(tmp_path)
    main_doc = docs / MAIN_DOC
    RENAME_DROP_AND_LIMIT.edit_documents(docs)
    old, new = OLD_CODE, RENAMED_CODE
    spec = spec_copy(tmp_path)

    code, out = drift(capsys, docs, spec, "--format", "json")
    assert code == 1
    found = {(row["path"], row["doc"], row["spec"]) for row in json.loads(out)}
    lines = main_doc.read_text(encoding="utf-8").splitlines()
    heading = [i for i, line in enumerate(lines, 1) if line == "SendSms"][-1]  # not the contents
    renamed_rows = [i for i, line in enumerate(lines, 1) if line.startswith(new)]
    sendsms_errors = spec_line(spec, "actions", "SendSms", "errors")
    max_items = ("actions", "SendSms", "input", "PhoneNumberSet", "max_items")
    old_code_index = _index_in_action(spec, "SendSms", old)
    timeout_index = _index_in_action(spec, "SendSms", DROPPED_CODE)
    assert found == {
        (
            'actions.SendSms.errors["FailedOperation.ContainsSensitiveWord"]',
            f"{MAIN_DOC}:{renamed_rows[0]}",
            f"{spec}:{sendsms_errors}",
        ),
        (
            'actions.SendSms.errors["FailedOperation.ContainSensitiveWord"]',
            f"{MAIN_DOC}:{heading}",
            f"{spec}:{spec_line(spec, 'actions', 'SendSms', 'errors', old_code_index)}",
        ),
        (
            f'actions.SendSms.errors["{DROPPED_CODE}"]',
            f"{MAIN_DOC}:{heading}",
            f"{spec}:{spec_line(spec, 'actions', 'SendSms', 'errors', timeout_index)}",
        ),
        (
            'errors["FailedOperation.ContainsSensitiveWord"]',
            f"{MAIN_DOC}:{renamed_rows[-1]}",  # the service list
            f"{spec}:{spec_line(spec, 'errors')}",
        ),
        (
            'errors["FailedOperation.ContainSensitiveWord"]',
            None,
            f"{spec}:{spec_line(spec, 'errors', old)}",
        ),
        (
            "actions.SendSms.input.PhoneNumberSet.max_items",
            f"{MAIN_DOC}:{lines_in(main_doc, 'PhoneNumberSet.N')[0]}",  # SendSms's row
            f"{spec}:{spec_line(spec, *max_items)}",
        ),
    }

    # The spec edit that follows the documents: drift is silent, changes classifies it.
    RENAME_DROP_AND_LIMIT.edit_spec(spec)
    assert drift(capsys, docs, spec) == (0, "")
    assert main(["changes", str(SPEC), str(spec)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"info: actions.SendSms.errors: code {old} listed as {new} (renamed)",
        f"warning: actions.SendSms.errors: code {DROPPED_CODE} no longer listed",
        "breaking: actions.SendSms.input.PhoneNumberSet:"
        f" max_items {PHONE_LIMIT} -> {LOWER_PHONE_LIMIT}",
        f'warning: errors["{old}"]: renamed to {new}, old spelling kept as deprecated',
        f'info: errors["{new}"]: added (renamed from {old})',
    ]


def _index_in_action(spec: Path, action: str, code: str) -> int:
    loaded, _ = load_spec(spec)
    assert loaded is not None
    codes: list[str] = loaded.data["actions"][action]["errors"]
    return codes.index(code)


# --- output formats and exit codes --------------------------------------------------------------


def test_markdown_is_a_table_for_a_pull_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = docs_copy(tmp_path)
    rate = sms_spec()["actions"]["SendSms"]["rate_limit_per_second"]
    edit_document(
        docs / MAIN_DOC,
        f"A maximum of {rate} requests can be initiated per second",
        f"A maximum of {rate // 3} requests can be initiated per second",
    )
    code, out = drift(capsys, docs, SPEC, "--format", "markdown")
    assert code == 1
    assert out.splitlines()[:2] == [
        "| spec path | difference | document | spec |",
        "| --- | --- | --- | --- |",
    ]
    assert (
        f"`actions.SendSms.rate_limit_per_second` | documents say {rate // 3} requests per second,"
        in out
    )


def test_missing_documents_are_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["drift", "--docs", str(tmp_path), str(SPEC)]) == 2
    assert "no documents found" in capsys.readouterr().err


def test_a_spec_that_does_not_load_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: [\n", encoding="utf-8")
    assert main(["drift", "--docs", str(docs_dir()), str(broken)]) == 2
