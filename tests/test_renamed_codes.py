"""A renamed error code ships as non-breaking: the spec keeps the old spelling as ``deprecated``.

The old spelling still maps to the new class in the lookup table, its class name still works (with
a ``DeprecationWarning``), drift does not call it invented, and ``changes`` reports the rename as a
warning. ``tests/fixtures/second_service`` keeps one (``ResourceNotFound.ShortLinkNotFound``); its
package is generated into a temporary folder and imported in a subprocess.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.drift import find_drift
from generator.load import load_spec
from generator.validate import validate_spec
from support.documents import docs_dir
from support.specs import SMS_SPEC_PATH

ROOT = Path(__file__).resolve().parent.parent
SECOND = ROOT / "tests" / "fixtures" / "second_service" / "spec.yaml"
NOTES = ROOT / "tests" / "fixtures" / "notes" / "spec.yaml"

NEW_CODE, OLD_CODE = "ResourceNotFound.ShortLinkNotExist", "ResourceNotFound.ShortLinkNotFound"

# Runs in the subprocess with the generated root on sys.path; prints one JSON document.
_USES = textwrap.dedent("""
    import json, warnings
    from tcshortlink import errors

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        looked_up = errors.from_code("ResourceNotFound.ShortLinkNotFound")
        table = errors.ERRORS_BY_CODE["ResourceNotFound.ShortLinkNotFound"]
    quiet_lookup = not caught

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            raise errors.ResourceNotFoundShortLinkNotExist("gone", request_id="r")
        except errors.ResourceNotFoundShortLinkNotFound as error:
            caught_by_old_name = type(error).__name__
        from tcshortlink.errors import ResourceNotFoundShortLinkNotFound
    warned = [(w.category.__name__, str(w.message), w.filename) for w in caught]

    try:
        errors.NoSuchThing
    except AttributeError as error:
        missing = str(error)
    star = {}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        exec("from tcshortlink.errors import *", star)
    print(json.dumps({
        "looked_up": looked_up.__name__,
        "table": table.__name__,
        "quiet_lookup": quiet_lookup,
        "caught_by_old_name": caught_by_old_name,
        "imported": ResourceNotFoundShortLinkNotFound.__name__,
        "warned": warned,
        "missing": missing,
        "star_has_old_name": "ResourceNotFoundShortLinkNotFound" in star,
        "old_name_in_all": "ResourceNotFoundShortLinkNotFound" in errors.__all__,
    }))
    """)


@pytest.fixture(scope="module")
def uses(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("renamed") / "generated"
    assert main(["generate", str(SECOND), "--out", str(out)]) == 0
    script = out / "uses.py"
    script.write_text(_USES, encoding="utf-8")
    finished = subprocess.run(
        [sys.executable, str(script)],
        env={"PYTHONPATH": str(out / "tcshortlink"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    answers: dict[str, object] = json.loads(finished.stdout)
    return answers


def test_the_old_spelling_maps_to_the_new_class_without_a_warning(uses: dict[str, object]) -> None:
    # The service may still answer with the old spelling: that is no fault of the caller's.
    assert uses["looked_up"] == uses["table"] == "ResourceNotFoundShortLinkNotExist"
    assert uses["quiet_lookup"] is True


def test_the_old_class_name_still_catches_with_a_deprecation_warning(
    uses: dict[str, object],
) -> None:
    assert uses["caught_by_old_name"] == "ResourceNotFoundShortLinkNotExist"
    assert uses["imported"] == "ResourceNotFoundShortLinkNotExist"
    warned = uses["warned"]
    assert isinstance(warned, list) and len(warned) == 2  # the except clause and the import
    for category, message, filename in warned:
        assert category == "DeprecationWarning"
        assert message.startswith(f"ResourceNotFoundShortLinkNotFound ({OLD_CODE}) is deprecated")
        assert "since 1.0.0" in message and "use ResourceNotFoundShortLinkNotExist" in message
        assert filename.endswith("uses.py")  # points at the caller, not at errors.py


def test_other_names_still_fail_and_star_imports_stay_quiet(uses: dict[str, object]) -> None:
    assert uses["missing"] == "module 'tcshortlink.errors' has no attribute 'NoSuchThing'"
    assert uses["star_has_old_name"] is False
    assert uses["old_name_in_all"] is False


# --- validate -------------------------------------------------------------------------------------


def problems_with_deprecated(
    tmp_path: Path, entry: dict[str, str], code: str = NEW_CODE
) -> list[str]:
    data = yaml.safe_load(SECOND.read_text(encoding="utf-8"))
    data["errors"][code]["deprecated"] = [entry]
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    spec, problems = load_spec(path)
    assert spec is not None and not problems
    return [f"{p.path}: {p.message}" for p in validate_spec(spec)]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        pytest.param(
            {"code": "InternalError", "since": "1.0.0"},
            "'InternalError' is still a defined error code or category",
            id="still-a-code",
        ),
        pytest.param(
            {"code": "ResourceNotFound", "since": "1.0.0"},
            "'ResourceNotFound' is still a defined error code or category",
            id="still-a-category",
        ),
        pytest.param(
            {"code": "Server.Error", "since": "1.0.0"},
            "class name ServerError is already taken by the base classes",
            id="shadows-a-base-class",
        ),
        pytest.param(
            {"code": "ResourceNotFound.Gone", "since": "1.1.0"},
            "since 1.1.0 is after sdk_version 1.0.0",
            id="since-a-future-version",
        ),
    ],
)
def test_validate_refuses_a_deprecated_spelling_that_cannot_work(
    tmp_path: Path, entry: dict[str, str], expected: str
) -> None:
    problems = problems_with_deprecated(tmp_path, entry)
    assert any(problem.endswith(expected) for problem in problems), problems


def test_validate_refuses_an_action_that_lists_a_deprecated_spelling(tmp_path: Path) -> None:
    text = SECOND.read_text(encoding="utf-8")
    listed = f"      - {NEW_CODE}\n"
    assert listed in text
    path = tmp_path / "spec.yaml"
    path.write_text(text.replace(listed, f"      - {OLD_CODE}\n", 1), encoding="utf-8")
    spec, _ = load_spec(path)
    assert spec is not None
    messages = [problem.message for problem in validate_spec(spec)]
    assert f"{OLD_CODE!r} is a deprecated spelling: write {NEW_CODE!r}" in messages


def test_validate_refuses_a_malformed_since(tmp_path: Path) -> None:
    problems = problems_with_deprecated(tmp_path, {"code": OLD_CODE, "since": "soon"})
    assert any("deprecated[0].since" in problem for problem in problems), problems


# --- drift ----------------------------------------------------------------------------------------


def sms_copy_with(tmp_path: Path, code: str, deprecated: list[dict[str, str]]) -> Path:
    data = yaml.safe_load(SMS_SPEC_PATH.read_text(encoding="utf-8"))
    data["errors"][code]["deprecated"] = deprecated
    data["errors"][code].pop("aliases", None)
    path = tmp_path / SMS_SPEC_PATH.name
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def drift_messages(path: Path) -> list[str]:
    spec, _ = load_spec(path)
    assert spec is not None
    return [f"{d.path}: {d.message}" for d in find_drift(spec, docs_dir(), path.name)]


def test_drift_does_not_call_a_deprecated_spelling_invented(tmp_path: Path) -> None:
    old = {"code": "FailedOperation.ContainsSensitiveWords", "since": "1.0.0", "note": "renamed"}
    path = sms_copy_with(tmp_path, "FailedOperation.ContainSensitiveWord", [old])
    assert drift_messages(path) == []


def test_drift_reports_a_deprecated_spelling_the_documents_still_print(tmp_path: Path) -> None:
    # Renamed in the spec while the documents still print the old spelling: not retired yet.
    old, new = "FailedOperation.ContainSensitiveWord", "FailedOperation.ContainsSensitiveWords"
    data = yaml.safe_load(SMS_SPEC_PATH.read_text(encoding="utf-8"))
    data["errors"][new] = {
        **data["errors"].pop(old),
        "deprecated": [{"code": old, "since": "1.0.0"}],
    }
    for action in data["actions"].values():
        action["errors"] = [new if code == old else code for code in action["errors"]]
    path = tmp_path / SMS_SPEC_PATH.name
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    assert (
        f'errors["{new}"].deprecated[0]: deprecated spelling {old!r} is still printed in the'
        " documents: record it as an alias"
    ) in drift_messages(path)


# --- changes --------------------------------------------------------------------------------------

OLD_NOTE_CODE, NEW_NOTE_CODE = "LimitExceeded.NoteCountLimit", "LimitExceeded.NotesCountLimit"
NOTE_ENTRY = f"  {OLD_NOTE_CODE}:\n    kind: service\n    description: Too many notes.\n"


def renamed_notes(tmp_path: Path, new_code: str, keep: bool, name: str = "new") -> Path:
    text = NOTES.read_text(encoding="utf-8")
    assert text.count(NOTE_ENTRY) == 1
    entry = NOTE_ENTRY.replace(OLD_NOTE_CODE, new_code)
    if keep:
        entry += (
            f'    deprecated:\n      - {{code: {OLD_NOTE_CODE}, since: "1.1.0",'
            " note: renamed in the documents}\n"
        )
    text = text.replace(NOTE_ENTRY, entry).replace(f"- {OLD_NOTE_CODE}\n", f"- {new_code}\n")
    text = text.replace('sdk_version: "1.0.0"', 'sdk_version: "1.1.0"')
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def changes_lines(capsys: pytest.CaptureFixture[str], old: Path, new: Path) -> list[str]:
    assert main(["changes", "--fail-on-breaking", str(old), str(new)]) in (0, 1)
    return capsys.readouterr().out.splitlines()


def test_a_rename_that_keeps_the_old_spelling_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = renamed_notes(tmp_path, NEW_NOTE_CODE, keep=True)
    assert main(["validate", str(new)]) == 0
    capsys.readouterr()
    assert main(["changes", "--fail-on-breaking", str(NOTES), str(new)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"info: actions.AddNote.errors: code {OLD_NOTE_CODE} listed as {NEW_NOTE_CODE} (renamed)",
        f'warning: errors["{OLD_NOTE_CODE}"]: renamed to {NEW_NOTE_CODE},'
        " old spelling kept as deprecated",
        f'info: errors["{NEW_NOTE_CODE}"]: added (renamed from {OLD_NOTE_CODE})',
    ]


def test_a_rename_without_the_old_spelling_stays_breaking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = renamed_notes(tmp_path, NEW_NOTE_CODE, keep=False)
    lines = changes_lines(capsys, NOTES, new)
    assert (
        f'breaking: errors["{OLD_NOTE_CODE}"]: removed (maybe renamed to {NEW_NOTE_CODE})' in lines
    )


def test_a_rename_into_another_category_stays_breaking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = renamed_notes(tmp_path, "FailedOperation.NoteCountLimit", keep=True)
    lines = changes_lines(capsys, NOTES, new)
    assert (
        f'breaking: errors["{OLD_NOTE_CODE}"]: renamed to FailedOperation.NoteCountLimit, old'
        " spelling kept as deprecated, but in another category: `except LimitExceeded` no longer"
        " catches it"
    ) in lines


def test_dropping_a_deprecated_spelling_later_is_breaking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = renamed_notes(tmp_path, NEW_NOTE_CODE, keep=True, name="kept")
    dropped = renamed_notes(tmp_path, NEW_NOTE_CODE, keep=False, name="dropped")
    assert changes_lines(capsys, kept, dropped) == [
        f'breaking: errors["{NEW_NOTE_CODE}"]: deprecated spelling {OLD_NOTE_CODE} removed'
    ]
    assert changes_lines(capsys, dropped, kept) == [
        f'info: errors["{NEW_NOTE_CODE}"]: deprecated spelling {OLD_NOTE_CODE} added'
    ]
