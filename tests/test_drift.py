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
from support.documents import docs_copy, docs_dir, edit_document

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

NEW_INPUT = "Priority\tNo\tInteger\tMessage priority. Maximum value: 9.\n"
NEW_FIELD = "Segments\tInteger\tNumber of billed message segments.\n"


def test_a_new_optional_input_and_output_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = docs_copy(tmp_path)
    main_doc = docs / MAIN_DOC
    sender_id = "SenderId\tNo\tString\t<p>For Global SMS"
    text = main_doc.read_text(encoding="utf-8")
    sender_row = next(line for line in text.splitlines() if line.startswith(sender_id))
    edit_document(main_doc, sender_row + "\n", sender_row + "\n" + NEW_INPUT)
    session_context = "SessionContext\tString\tUser session content.\n"  # a SendStatus field
    edit_document(main_doc, session_context, session_context + NEW_FIELD)
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
    text = spec.read_text(encoding="utf-8")
    text = text.replace(
        "    output:\n      SendStatusSet:",
        "      Priority:\n        type: integer\n        description: 'Message priority. Maximum"
        " value: 9.'\n        maximum: 9\n    output:\n      SendStatusSet:",
        1,
    )
    send_status = text.index("\n  SendStatus:\n")
    iso_code = text.index("      IsoCode:\n", send_status)
    new_field = (
        "      Segments:\n        type: integer\n"
        "        description: Number of billed message segments.\n"
    )
    text = text[:iso_code] + new_field + text[iso_code:]
    spec.write_text(text, encoding="utf-8")
    assert drift(capsys, docs, spec) == (0, "")
    assert main(["validate", str(spec)]) == 0
    capsys.readouterr()
    assert main(["changes", str(SPEC), str(spec)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "info: actions.SendSms.input.Priority: added (optional integer)",
        "info: types.SendStatus.fields.Segments: added (optional integer)",
    ]


# --- (b) a new action with a new data type and a new error code ---------------------------------

NEW_ACTION = """DescribeSmsQuota

Last updated : 2025-01-01 00:00:00

1. API Description

This API is used to query the remaining SMS quota.

A maximum of 20 requests can be initiated per second for this API.

2. Input Parameters

Parameter Name\tRequired\tType\tDescription
Action\tYes\tString\tCommon Params. The value used for this API: DescribeSmsQuota.
SmsSdkAppId\tYes\tString\tThe SMS SdkAppId.

3. Output Parameters

Parameter Name\tType\tDescription
QuotaSet\tArray of QuotaStatus\tQuota per package.
RequestId\tString\tThe unique request ID.

6. Error Code

Error Code\tDescription
FailedOperation.QuotaQueryFail\tFailed to query the quota.
MissingParameter\tMissing parameter.

"""
NEW_TYPE = """QuotaStatus

Remaining quota of one package

Used by actions: DescribeSmsQuota.

Name\tType\tDescription
PackageId\tInteger\tPackage ID.
Remaining\tInteger\tMessages left.

"""
NEW_CODE = "FailedOperation.QuotaQueryFail\tFailed to query the quota.\n"


def test_a_new_action_with_a_new_type_and_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = docs_copy(tmp_path)
    main_doc = docs / MAIN_DOC
    data_types = "Data Types\n\nLast updated : 2024-05-20 17:52:51\n\nAddSignStatus\n"
    edit_document(main_doc, data_types, NEW_ACTION + data_types)
    error_codes = "Error Codes\n\nLast updated : 2024-05-20 17:52:51\n"
    edit_document(main_doc, error_codes, NEW_TYPE + error_codes)
    service_header = "Service Error Codes\n\nError Code\tDescription\n"
    edit_document(main_doc, service_header, service_header + NEW_CODE)
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
    assert len(found) == 8


# --- (c) a renamed code, a code dropped from an action, "Up to 200" -> "Up to 100" -------------


def test_a_renamed_code_a_dropped_code_and_a_lower_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = docs_copy(tmp_path)
    main_doc = docs / MAIN_DOC
    text = main_doc.read_text(encoding="utf-8")
    old, new = "FailedOperation.ContainSensitiveWord", "FailedOperation.ContainsSensitiveWord"
    assert text.count(old) == 2  # SendSms's table and the service list
    text = text.replace(old, new)
    timeout = "InternalError.Timeout\tThe request to deliver an SMS message timed out."
    send_sms = text.index("\nSendSms\n\nLast updated")
    dropped = text.index(timeout, send_sms)
    text = text[:dropped] + text[text.index("\n", dropped) + 1 :]
    text = text.replace(
        "Up to 200 mobile numbers are supported", "Up to 100 mobile numbers are supported"
    )
    main_doc.write_text(text, encoding="utf-8")
    spec = spec_copy(tmp_path)

    code, out = drift(capsys, docs, spec, "--format", "json")
    assert code == 1
    found = {(row["path"], row["doc"], row["spec"]) for row in json.loads(out)}
    lines = main_doc.read_text(encoding="utf-8").splitlines()
    heading = next(i for i, line in enumerate(lines, 1) if line == "SendSms" and i > 100)
    renamed_rows = [i for i, line in enumerate(lines, 1) if line.startswith(new)]
    sendsms_errors = spec_line(spec, "actions", "SendSms", "errors")
    max_items = ("actions", "SendSms", "input", "PhoneNumberSet", "max_items")
    old_code_index = _index_in_action(spec, "SendSms", old)
    timeout_index = _index_in_action(spec, "SendSms", "InternalError.Timeout")
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
            'actions.SendSms.errors["InternalError.Timeout"]',
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
    text = spec.read_text(encoding="utf-8").replace(old, new)
    codes = text.index("    errors:\n", text.index("\n  SendSms:\n"))
    timeout_item = text.index("      - InternalError.Timeout\n", codes)
    text = text[:timeout_item] + text[timeout_item + len("      - InternalError.Timeout\n") :]
    text = text.replace("max_items: 200\n", "max_items: 100\n", 1)
    spec.write_text(text, encoding="utf-8")
    assert drift(capsys, docs, spec) == (0, "")
    assert main(["changes", str(SPEC), str(spec)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"warning: actions.SendSms.errors: code {old} no longer listed",
        f"info: actions.SendSms.errors: code {new} now listed",
        "warning: actions.SendSms.errors: code InternalError.Timeout no longer listed",
        "breaking: actions.SendSms.input.PhoneNumberSet: max_items 200 -> 100",
        f'breaking: errors["{old}"]: removed (maybe renamed to {new})',
        f'info: errors["{new}"]: added (maybe renamed from {old})',
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
    edit_document(
        docs / MAIN_DOC,
        "A maximum of 3000 requests can be initiated per second",
        "A maximum of 1000 requests can be initiated per second",
    )
    code, out = drift(capsys, docs, SPEC, "--format", "markdown")
    assert code == 1
    assert out.splitlines()[:2] == [
        "| spec path | difference | document | spec |",
        "| --- | --- | --- | --- |",
    ]
    assert (
        "`actions.SendSms.rate_limit_per_second` | documents say 1000 requests per second," in out
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
