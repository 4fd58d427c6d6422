"""A doc update, end to end, as a maintainer walks it: the documents change (in a copy), ``drift``
reports every change, the spec edit that transcribes them validates and silences drift,
``generate`` writes a package that imports and whose new or changed action works against its own
emulator over loopback, and ``changes`` classifies the update for the pull request.

``tests/test_drift.py`` pins drift's messages and lines for the same updates
(``support.doc_updates``); here the whole path is walked. Run with ``-s`` to see how long each
update takes from the document edit to the reviewed diff.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from support.doc_updates import (
    LOWER_PHONE_LIMIT,
    NEW_ACTION_NAME,
    NEW_ACTION_WITH_TYPE_AND_CODE,
    NEW_CODE_NAME,
    NEW_INPUT_AND_FIELD,
    NEW_INPUT_MAXIMUM,
    NEW_TYPE_NAME,
    OLD_CODE,
    QUOTA_EXAMPLE_PACKAGE_ID,
    QUOTA_EXAMPLE_REMAINING,
    RENAME_DROP_AND_LIMIT,
    RENAMED_CODE,
    DocUpdate,
)
from support.documents import docs_copy
from support.specs import SMS_SPEC_PATH

PACKAGE = "tcsms"
OLD_CLASS = "FailedOperationContainSensitiveWord"  # the renamed code's class before

# What ``changes`` says about each update: "level: spec path" of every change it lists.
EXPECTED_CHANGES: dict[str, set[str]] = {
    NEW_INPUT_AND_FIELD.name: {
        "info: actions.SendSms.input.Priority",
        "info: types.SendStatus.fields.Segments",
    },
    NEW_ACTION_WITH_TYPE_AND_CODE.name: {
        f"info: actions.{NEW_ACTION_NAME}",
        f"info: types.{NEW_TYPE_NAME}",
        f'info: errors["{NEW_CODE_NAME}"]',
    },
    RENAME_DROP_AND_LIMIT.name: {
        "info: actions.SendSms.errors",  # listed under its new spelling
        "warning: actions.SendSms.errors",  # the dropped code
        "breaking: actions.SendSms.input.PhoneNumberSet",  # fewer numbers accepted
        f'warning: errors["{OLD_CODE}"]',  # renamed, the old spelling kept as deprecated
        f'info: errors["{RENAMED_CODE}"]',
    },
}

# Runs in a subprocess with the generated package root first on sys.path (the tree's own tcsms
# stays out of it); prints one JSON document. Each script starts with the emulator and a client.
_PRELUDE = """
    import json
    import tcsms
    from tcsms import CallOptions, ValidationError, errors
    from tcsms.emulator import Emulator

    APP_ID = "1400006666"
    answers = {"package": tcsms.__file__}
    with Emulator(auto_approve=True, rate_limits=False) as emulator, emulator.client() as client:
"""

# (a) The new input goes out and its documented maximum is checked; the new field is a model
# attribute. The hand-written SendSms handler does not know Segments yet, so it answers None.
_NEW_INPUT_AND_FIELD_CALLS = f"""
        client.add_sms_sign(sign_name="Acme", sign_type=0, document_type=0, international=0,
                            sign_purpose=0, proof_image="aGVsbG8=")
        added = client.add_sms_template(template_name="code", template_content="Code {{1}}",
                                        sms_type=3, international=0, remark="r")
        send = dict(phone_number_set=["+8613711112222"], sms_sdk_app_id=APP_ID,
                    template_id=str(added.add_template_status.template_id), sign_name="Acme",
                    template_param_set=["1234"])
        sent = client.send_sms(**send, priority={NEW_INPUT_MAXIMUM})
        answers["serial_no"] = sent.send_status_set[0].serial_no
        answers["segments"] = sent.send_status_set[0].segments
        try:
            client.send_sms(**send, priority={NEW_INPUT_MAXIMUM + 1})
        except ValidationError as error:
            answers["refused"] = list(error.problems)
        answers["received"] = emulator.admin.requests_received("SendSms")
"""

# (b) The new action answers its documented example through both clients; its code is a class.
_NEW_ACTION_CALLS = f"""
        import asyncio
        quota = client.describe_sms_quota(sms_sdk_app_id=APP_ID)
        answers["quota"] = [[q.package_id, q.remaining] for q in quota.quota_set]
        answers["request_id"] = bool(quota.request_id)

        async def through_async():
            async with emulator.async_client() as async_client:
                answer = await async_client.describe_sms_quota(sms_sdk_app_id=APP_ID)
            return [[q.package_id, q.remaining] for q in answer.quota_set]

        answers["async_quota"] = asyncio.run(through_async())
        emulator.admin.add_fault("{NEW_ACTION_NAME}", code="{NEW_CODE_NAME}")
        try:
            client.describe_sms_quota(sms_sdk_app_id=APP_ID)
        except errors.FailedOperation as error:
            answers["fault"] = [type(error).__name__, error.code]
        try:
            client.describe_sms_quota(sms_sdk_app_id=None)
        except ValidationError as error:
            answers["refused"] = list(error.problems)
"""

# (c) The lower limit is the client's and the emulator's; the new spelling is a class.
_RENAME_DROP_AND_LIMIT_CALLS = f"""
        numbers = ["+86137111%05d" % n for n in range({LOWER_PHONE_LIMIT} + 1)]
        send = dict(sms_sdk_app_id=APP_ID, template_id="1", sign_name="Acme")
        try:
            client.send_sms(phone_number_set=numbers, **send)
        except ValidationError as error:
            answers["refused"] = list(error.problems)
        try:
            client.send_sms(phone_number_set=numbers, **send, options=CallOptions(validate=False))
        except errors.TencentCloudError as error:
            answers["service_refused"] = error.code
        emulator.admin.add_fault("SendSms", code="{RENAMED_CODE}")
        try:
            client.send_sms(phone_number_set=numbers[:1], **send)
        except errors.FailedOperation as error:
            answers["fault"] = [type(error).__name__, error.code]
        import warnings
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            old_class = getattr(errors, "{OLD_CLASS}")
        answers["old_name"] = [old_class.__name__, [w.category.__name__ for w in caught]]
"""

CALLS = {
    NEW_INPUT_AND_FIELD.name: _NEW_INPUT_AND_FIELD_CALLS,
    NEW_ACTION_WITH_TYPE_AND_CODE.name: _NEW_ACTION_CALLS,
    RENAME_DROP_AND_LIMIT.name: _RENAME_DROP_AND_LIMIT_CALLS,
}


def run_generated(out: Path, calls: str) -> dict[str, Any]:
    """Runs ``calls`` against the package generated into ``out``; returns its answers."""
    script = textwrap.dedent(_PRELUDE) + textwrap.dedent(calls).replace("\n", "\n    ")
    finished = subprocess.run(
        [sys.executable, "-c", script + "\nprint(json.dumps(answers))\n"],
        cwd=out,
        env={"PYTHONPATH": str(out / PACKAGE), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    answers: dict[str, Any] = json.loads(finished.stdout)
    assert Path(answers["package"]).is_relative_to(out), answers["package"]
    return answers


def changed(report: str) -> set[str]:
    """``level: path`` of each change ``changes`` lists."""
    return {
        line.split(": ", 2)[0] + ": " + line.split(": ", 2)[1]
        for line in report.splitlines()
        if line.split(":", 1)[0] in {"breaking", "warning", "info"}
    }


def walk(
    update: DocUpdate,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pytestconfig: pytest.Config,
) -> Path:
    """From the document edit to the reviewed diff; returns the generated tree. Under ``-s``,
    prints how long each step took."""
    docs = docs_copy(tmp_path)
    spec = tmp_path / "spec" / SMS_SPEC_PATH.name
    spec.parent.mkdir()
    shutil.copyfile(SMS_SPEC_PATH, spec)
    out = tmp_path / "generated"
    capsys.readouterr()
    steps: list[tuple[str, float]] = []
    started = time.perf_counter()

    def step(name: str) -> None:
        steps.append((name, time.perf_counter() - started - sum(t for _, t in steps)))

    update.edit_documents(docs)
    code = main(["drift", "--docs", str(docs), "--format", "json", str(spec)])
    reported = {row["path"] for row in json.loads(capsys.readouterr().out)}
    step("drift")
    assert code == 1
    assert reported == update.drift_paths

    update.edit_spec(spec)
    assert main(["validate", str(spec)]) == 0, capsys.readouterr().out
    capsys.readouterr()
    step("spec edit + validate")
    assert main(["drift", "--docs", str(docs), str(spec)]) == 0
    assert capsys.readouterr().out == ""
    step("drift again")
    assert main(["generate", str(spec), "--out", str(out)]) == 0, capsys.readouterr().err
    step("generate")
    assert main(["changes", str(SMS_SPEC_PATH), str(spec)]) == 0, capsys.readouterr().err
    report, version_check = capsys.readouterr()
    step("changes")
    assert changed(report) == EXPECTED_CHANGES[update.name], report
    assert version_check.rstrip().endswith("makes it"), version_check  # the spec edit's bump

    total = time.perf_counter() - started
    detail = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in steps)
    if pytestconfig.getoption("capture") == "no":  # -s
        with capsys.disabled():
            print(f"\n{update.name}: doc edit to reviewed diff in {total:.2f} s ({detail})")
    return out


def test_a_new_optional_input_and_output_field_reach_the_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pytestconfig: pytest.Config
) -> None:
    out = walk(NEW_INPUT_AND_FIELD, tmp_path, capsys, pytestconfig)
    # The overlay's handlers build answers with ``partial``: a field they do not know yet is None
    # in the emulator's answer (the client logs it), never a crash.
    answers = run_generated(out, CALLS[NEW_INPUT_AND_FIELD.name])
    assert answers["serial_no"] and answers["segments"] is None
    assert answers["refused"] == [
        f"priority: {NEW_INPUT_MAXIMUM + 1} is above the maximum {NEW_INPUT_MAXIMUM}"
    ]
    assert answers["received"] == 1  # the refused call never left the client


def test_a_new_action_answers_its_documented_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pytestconfig: pytest.Config
) -> None:
    out = walk(NEW_ACTION_WITH_TYPE_AND_CODE, tmp_path, capsys, pytestconfig)
    answers = run_generated(out, CALLS[NEW_ACTION_WITH_TYPE_AND_CODE.name])
    example = [[QUOTA_EXAMPLE_PACKAGE_ID, QUOTA_EXAMPLE_REMAINING]]
    assert (answers["quota"], answers["async_quota"], answers["request_id"]) == (
        example,
        example,
        True,
    )
    assert answers["fault"] == ["FailedOperationQuotaQueryFail", NEW_CODE_NAME]
    # SmsSdkAppId is a client default wherever it is taken: the problem says so.
    assert answers["refused"] == [
        "sms_sdk_app_id: required, but None; pass it, or set it once in the client's defaults"
    ]


def test_a_renamed_code_a_dropped_code_and_a_lower_limit_reach_the_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pytestconfig: pytest.Config
) -> None:
    out = walk(RENAME_DROP_AND_LIMIT, tmp_path, capsys, pytestconfig)
    answers = run_generated(out, CALLS[RENAME_DROP_AND_LIMIT.name])
    limit = LOWER_PHONE_LIMIT
    assert answers["refused"] == [f"phone_number_set: {limit + 1} items, at most {limit} allowed"]
    assert answers["service_refused"] == "LimitExceeded.PhoneNumberCountLimit"
    assert answers["fault"] == ["FailedOperationContainsSensitiveWord", RENAMED_CODE]
    assert answers["old_name"] == ["FailedOperationContainsSensitiveWord", ["DeprecationWarning"]]
