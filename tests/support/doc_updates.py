"""Three doc updates a maintainer meets, each as an edit to a copy of the documents and the spec
edit that transcribes it:

- ``NEW_INPUT_AND_FIELD``: SendSms gets an optional input and SendStatus an output field;
- ``NEW_ACTION``: an action with a data type and an error code of its own;
- ``RENAME_DROP_AND_LIMIT``: a service code renamed, a code dropped from SendSms, and SendSms's
  "Up to N mobile numbers" halved.

Both edits work on copies: ``edit_documents`` takes the documents folder, ``edit_spec`` the spec
file. The values they change are read from the spec, so the scenarios follow the documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.doc_reader import MAIN_DOC
from support.documents import edit_document
from support.specs import sms_spec


@dataclass(frozen=True)
class DocUpdate:
    name: str
    edit_documents: Callable[[Path], None]
    edit_spec: Callable[[Path], None]
    # The spec paths drift reports after the document edit, before the spec edit.
    drift_paths: frozenset[str]


_SDK_VERSION = re.compile(r'^  sdk_version: "(\d+)\.(\d+)\.(\d+)"$', re.MULTILINE)


def bump_sdk_version(text: str, part: str) -> tuple[str, str]:
    """The spec text with ``service.sdk_version`` bumped (``major`` or ``minor``), and the new
    version: the release the update ships in, as ``changes`` asks."""
    found = _SDK_VERSION.search(text)
    assert found is not None, "the spec has no service.sdk_version"
    major, minor = int(found[1]), int(found[2])
    version = f"{major + 1}.0.0" if part == "major" else f"{major}.{minor + 1}.0"
    return text[: found.start()] + f'  sdk_version: "{version}"' + text[found.end() :], version


def _insert_before(text: str, anchor: str, new: str, *, start: int = 0) -> str:
    at = text.index(anchor, start)
    return text[:at] + new + text[at:]


# --- (a) a new optional input and a new output field --------------------------------------------

NEW_INPUT = "Priority\tNo\tInteger\tMessage priority. Maximum value: 9.\n"
NEW_INPUT_MAXIMUM = 9
NEW_FIELD = "Segments\tInteger\tNumber of billed message segments.\n"
_SENDER_ID_ROW = "SenderId\tNo\tString\t<p>For Global SMS"
_SESSION_CONTEXT_ROW = "SessionContext\tString\tUser session content.\n"  # a SendStatus field


def add_input_and_field_to_documents(docs: Path) -> None:
    main_doc = docs / MAIN_DOC
    text = main_doc.read_text(encoding="utf-8")
    sender_row = next(line for line in text.splitlines() if line.startswith(_SENDER_ID_ROW))
    edit_document(main_doc, sender_row + "\n", sender_row + "\n" + NEW_INPUT)
    edit_document(main_doc, _SESSION_CONTEXT_ROW, _SESSION_CONTEXT_ROW + NEW_FIELD)


def add_input_and_field_to_spec(spec: Path) -> None:
    text, _ = bump_sdk_version(spec.read_text(encoding="utf-8"), "minor")
    text = text.replace(
        "    output:\n      SendStatusSet:",
        "      Priority:\n        type: integer\n        description: 'Message priority. Maximum"
        f" value: {NEW_INPUT_MAXIMUM}.'\n        maximum: {NEW_INPUT_MAXIMUM}\n"
        "    output:\n      SendStatusSet:",
        1,
    )
    new_field = (
        "      Segments:\n        type: integer\n"
        "        description: Number of billed message segments.\n"
    )
    send_status = text.index("\n  SendStatus:\n")
    text = _insert_before(text, "      IsoCode:\n", new_field, start=send_status)
    spec.write_text(text, encoding="utf-8")


NEW_INPUT_AND_FIELD = DocUpdate(
    "new-input-and-field",
    add_input_and_field_to_documents,
    add_input_and_field_to_spec,
    frozenset({"actions.SendSms.input.Priority", "types.SendStatus.fields.Segments"}),
)


# --- (b) a new action with a new data type and a new error code ---------------------------------

NEW_ACTION_NAME = "DescribeSmsQuota"
NEW_TYPE_NAME = "QuotaStatus"
NEW_CODE_NAME = "FailedOperation.QuotaQueryFail"
NEW_ACTION_RATE = 20
# The documented example: what the generic emulator answers without a handler of its own.
QUOTA_EXAMPLE_PACKAGE_ID = 30211
QUOTA_EXAMPLE_REMAINING = 4998

NEW_ACTION = f"""{NEW_ACTION_NAME}

Last updated : 2025-01-01 00:00:00

1. API Description

This API is used to query the remaining SMS quota.

A maximum of {NEW_ACTION_RATE} requests can be initiated per second for this API.

2. Input Parameters

Parameter Name\tRequired\tType\tDescription
Action\tYes\tString\tCommon Params. The value used for this API: {NEW_ACTION_NAME}.
SmsSdkAppId\tYes\tString\tThe SMS SdkAppId.

3. Output Parameters

Parameter Name\tType\tDescription
QuotaSet\tArray of {NEW_TYPE_NAME}\tQuota per package.
RequestId\tString\tThe unique request ID.

4. Example

Example1 Querying the quota

Input Example

```
{{
  "SmsSdkAppId": "1400006666"
}}
```

Output Example

```
{{
  "Response": {{
    "QuotaSet": [
      {{
        "PackageId": {QUOTA_EXAMPLE_PACKAGE_ID},
        "Remaining": {QUOTA_EXAMPLE_REMAINING}
      }}
    ],
    "RequestId": "2f1d9c3e-6a4b-4f7e-9b0a-5c8d7e6f1a2b"
  }}
}}
```

6. Error Code

Error Code\tDescription
{NEW_CODE_NAME}\tFailed to query the quota.
MissingParameter\tMissing parameter.

"""
NEW_TYPE = f"""{NEW_TYPE_NAME}

Remaining quota of one package

Used by actions: {NEW_ACTION_NAME}.

Name\tType\tDescription
PackageId\tInteger\tPackage ID.
Remaining\tInteger\tMessages left.

"""
NEW_CODE = f"{NEW_CODE_NAME}\tFailed to query the quota.\n"
_DATA_TYPES = "Data Types\n\nLast updated : 2024-05-20 17:52:51\n\nAddSignStatus\n"
_ERROR_CODES = "Error Codes\n\nLast updated : 2024-05-20 17:52:51\n"
_SERVICE_CODES = "Service Error Codes\n\nError Code\tDescription\n"

NEW_ACTION_SPEC = f"""  {NEW_ACTION_NAME}:
    category: statistics
    description: This API is used to query the remaining SMS quota.
    rate_limit_per_second: {NEW_ACTION_RATE}
    effect: reads
    idempotent: true
    input:
      SmsSdkAppId:
        type: string
        required: true
        description: The SMS SdkAppId.
    output:
      QuotaSet:
        type: {NEW_TYPE_NAME}
        array: true
        description: Quota per package.
      RequestId:
        type: string
        description: The unique request ID.
    examples:
      - title: Example1 Querying the quota
        request:
          SmsSdkAppId: '1400006666'
        response:
          QuotaSet:
            - PackageId: {QUOTA_EXAMPLE_PACKAGE_ID}
              Remaining: {QUOTA_EXAMPLE_REMAINING}
          RequestId: 2f1d9c3e-6a4b-4f7e-9b0a-5c8d7e6f1a2b
    errors:
      - {NEW_CODE_NAME}
      - MissingParameter
"""
NEW_TYPE_SPEC = f"""  {NEW_TYPE_NAME}:
    description: Remaining quota of one package
    used_by:
      - {NEW_ACTION_NAME}
    fields:
      PackageId:
        type: integer
        description: Package ID.
      Remaining:
        type: integer
        description: Messages left.
"""
NEW_CODE_SPEC = f"""  {NEW_CODE_NAME}:
    kind: service
    description: "Failed to query the quota."
"""


def add_action_to_documents(docs: Path) -> None:
    main_doc = docs / MAIN_DOC
    edit_document(main_doc, _DATA_TYPES, NEW_ACTION + _DATA_TYPES)
    edit_document(main_doc, _ERROR_CODES, NEW_TYPE + _ERROR_CODES)
    edit_document(main_doc, _SERVICE_CODES, _SERVICE_CODES + NEW_CODE)


def add_action_to_spec(spec: Path) -> None:
    text, _ = bump_sdk_version(spec.read_text(encoding="utf-8"), "minor")
    text = _insert_before(text, "\ntypes:\n", NEW_ACTION_SPEC)
    text = _insert_before(text, "\nerrors:\n", NEW_TYPE_SPEC)
    first_service_code = text.index("    kind: service\n", text.index("\nerrors:\n"))
    code_entry = text.rindex("\n  ", 0, first_service_code) + 1
    spec.write_text(text[:code_entry] + NEW_CODE_SPEC + text[code_entry:], encoding="utf-8")


NEW_ACTION_WITH_TYPE_AND_CODE = DocUpdate(
    "new-action",
    add_action_to_documents,
    add_action_to_spec,
    frozenset(
        {
            f"actions.{NEW_ACTION_NAME}",
            f"actions.{NEW_ACTION_NAME}.input.SmsSdkAppId",
            f"actions.{NEW_ACTION_NAME}.output.QuotaSet",
            f"actions.{NEW_ACTION_NAME}.output.RequestId",
            f"types.{NEW_TYPE_NAME}",
            f"types.{NEW_TYPE_NAME}.fields.PackageId",
            f"types.{NEW_TYPE_NAME}.fields.Remaining",
            f'errors["{NEW_CODE_NAME}"]',
        }
    ),
)


# --- (c) a renamed code, a code dropped from an action, "Up to N" -> "Up to N/2" ----------------

OLD_CODE = "FailedOperation.ContainSensitiveWord"
RENAMED_CODE = "FailedOperation.ContainsSensitiveWord"
DROPPED_CODE = "InternalError.Timeout"
_DROPPED_ROW = f"{DROPPED_CODE}\tThe request to deliver an SMS message timed out."
# SendSms's PhoneNumberSet limit as the spec has it, and the lower one the documents now state.
PHONE_LIMIT: int = sms_spec()["actions"]["SendSms"]["input"]["PhoneNumberSet"]["max_items"]
LOWER_PHONE_LIMIT = PHONE_LIMIT // 2


def _phone_limit_phrase(limit: int) -> str:
    return f"Up to {limit} mobile numbers are supported"


def rename_drop_and_lower_in_documents(docs: Path) -> None:
    main_doc = docs / MAIN_DOC
    text = main_doc.read_text(encoding="utf-8")
    assert text.count(OLD_CODE) == 2  # SendSms's table and the service list
    text = text.replace(OLD_CODE, RENAMED_CODE)
    dropped = text.index(_DROPPED_ROW, text.index("\nSendSms\n\nLast updated"))
    text = text[:dropped] + text[text.index("\n", dropped) + 1 :]
    main_doc.write_text(text, encoding="utf-8")
    edit_document(
        main_doc, _phone_limit_phrase(PHONE_LIMIT), _phone_limit_phrase(LOWER_PHONE_LIMIT)
    )


def rename_drop_and_lower_in_spec(spec: Path) -> None:
    # A tighter input constraint breaks callers: a major release.
    text, version = bump_sdk_version(spec.read_text(encoding="utf-8"), "major")
    text = text.replace(OLD_CODE, RENAMED_CODE)
    # The old spelling stays as a deprecated name of the renamed code, so the rename itself
    # breaks no caller.
    entry = f"\n  {RENAMED_CODE}:\n"
    at = text.index("\n", text.index("    description:", text.index(entry) + len(entry))) + 1
    deprecated = (
        f"    deprecated:\n      - code: {OLD_CODE}\n        since: {version}\n"
        "        note: the documents now print the name with 'Contains'\n"
    )
    text = text[:at] + deprecated + text[at:]
    send_sms = text.index("\n  SendSms:\n")
    dropped_item = f"      - {DROPPED_CODE}\n"
    at = text.index(dropped_item, text.index("    errors:\n", send_sms))
    text = text[:at] + text[at + len(dropped_item) :]
    limit = f"max_items: {PHONE_LIMIT}\n"
    at = text.index(limit, send_sms)
    text = text[:at] + f"max_items: {LOWER_PHONE_LIMIT}\n" + text[at + len(limit) :]
    # The transcribed description follows the document's wording.
    text = text.replace(_phone_limit_phrase(PHONE_LIMIT), _phone_limit_phrase(LOWER_PHONE_LIMIT), 2)
    spec.write_text(text, encoding="utf-8")


RENAME_DROP_AND_LIMIT = DocUpdate(
    "rename-drop-and-limit",
    rename_drop_and_lower_in_documents,
    rename_drop_and_lower_in_spec,
    frozenset(
        {
            f'actions.SendSms.errors["{RENAMED_CODE}"]',
            f'actions.SendSms.errors["{OLD_CODE}"]',
            f'actions.SendSms.errors["{DROPPED_CODE}"]',
            f'errors["{RENAMED_CODE}"]',
            f'errors["{OLD_CODE}"]',
            "actions.SendSms.input.PhoneNumberSet.max_items",
        }
    ),
)

SCENARIOS = (NEW_INPUT_AND_FIELD, NEW_ACTION_WITH_TYPE_AND_CODE, RENAME_DROP_AND_LIMIT)
