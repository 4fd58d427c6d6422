"""The SDK has a version of its own (``service.sdk_version``), the API version stays metadata, and
``changes`` says which bump a change set needs and whether the new spec's version makes it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import yaml

import tcsms
from generator.changes import Bump, Change, Level, VersionCheck, needed_bump
from generator.cli import main
from generator.load import load_spec
from generator.validate import validate_spec
from support.specs import SMS_SPEC_PATH, sms_spec

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "fixtures" / "notes" / "spec.yaml"
TAGS = "      Tags:\n        type: string\n        array: true\n        max_items: 3\n"


def test_the_package_knows_its_own_version_and_the_api_version() -> None:
    service = sms_spec()["service"]
    assert tcsms.__version__ == service["sdk_version"]
    assert tcsms.API_VERSION == service["api_version"]
    assert "API_VERSION" in tcsms.__all__


def test_the_distribution_is_versioned_by_the_sdk_version() -> None:
    project = tomllib.loads((ROOT / "generated" / "tcsms" / "pyproject.toml").read_text())
    service = sms_spec()["service"]
    assert project["project"]["version"] == service["sdk_version"]
    assert service["api_version"] in project["project"]["description"]


def spec_problems(tmp_path: Path, **service: object) -> list[str]:
    data = yaml.safe_load(SMS_SPEC_PATH.read_text(encoding="utf-8"))
    data["service"].update(service)
    data["service"] = {k: v for k, v in data["service"].items() if v is not None}
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    spec, problems = load_spec(path)
    assert spec is not None and not problems
    return [f"{p.path}: {p.message}" for p in validate_spec(spec)]


def test_a_tc3_spec_must_say_its_sdk_version(tmp_path: Path) -> None:
    problems = spec_problems(tmp_path, sdk_version=None)
    assert any("'sdk_version' is a required property" in p for p in problems), problems


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "1.0.0rc1", "01.0.0", "2021-01-11"])
def test_an_sdk_version_is_major_minor_patch(tmp_path: Path, version: str) -> None:
    problems = spec_problems(tmp_path, sdk_version=version)
    assert any(p.startswith("service.sdk_version") for p in problems), problems


# --- the rule: breaking -> major, warning or addition -> minor, else patch ----------------------


def change(level: Level, adds: bool = False) -> Change:
    return Change("actions.X", "something", level, adds=adds)


@pytest.mark.parametrize(
    ("changes", "bump"),
    [
        pytest.param([], None, id="nothing"),
        pytest.param([change(Level.INFO)], Bump.PATCH, id="a-loosening"),
        pytest.param([change(Level.INFO, adds=True)], Bump.MINOR, id="an-addition"),
        pytest.param([change(Level.INFO), change(Level.WARNING)], Bump.MINOR, id="a-warning"),
        pytest.param(
            [change(Level.INFO, adds=True), change(Level.BREAKING)], Bump.MAJOR, id="a-breaking"
        ),
    ],
)
def test_the_bump_follows_the_most_severe_change(changes: list[Change], bump: Bump | None) -> None:
    assert needed_bump(changes) == bump


@pytest.mark.parametrize(
    ("old", "new", "needed", "reflected", "suggested"),
    [
        ("1.2.3", "2.0.0", Bump.MAJOR, True, "2.0.0"),
        ("1.2.3", "1.3.0", Bump.MAJOR, False, "2.0.0"),
        ("1.2.3", "1.3.0", Bump.MINOR, True, "1.3.0"),
        ("1.2.3", "1.2.4", Bump.MINOR, False, "1.3.0"),
        ("1.2.3", "1.2.4", Bump.PATCH, True, "1.2.4"),
        ("1.2.3", "1.2.3", Bump.PATCH, False, "1.2.4"),
        ("1.2.3", "1.2.3", None, True, None),
        ("1.2.3", "1.1.0", Bump.PATCH, False, "1.2.4"),
        (None, "1.0.0", Bump.MAJOR, None, None),
    ],
)
def test_the_new_version_makes_the_bump_or_says_what_would(
    old: str | None, new: str, needed: Bump | None, reflected: bool | None, suggested: str | None
) -> None:
    check = VersionCheck(old, new, needed)
    assert (check.reflected, check.suggested) == (reflected, suggested)


# --- the changes command ------------------------------------------------------------------------


def edited(tmp_path: Path, name: str, *edits: tuple[str, str]) -> Path:
    text = NOTES.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


TIGHTER = (TAGS, TAGS.replace("3", "2"))
NEW_OPTIONAL_FIELD = (
    "      NoteId:\n        type: string\n        description: Note ID.\n",
    "      Pinned:\n        type: boolean\n        description: Pinned.\n"
    "      NoteId:\n        type: string\n        description: Note ID.\n",
)


def sdk(version: str) -> tuple[str, str]:
    return 'sdk_version: "1.0.0"', f'sdk_version: "{version}"'


def test_changes_says_the_bump_and_whether_the_spec_makes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unbumped = edited(tmp_path, "unbumped", TIGHTER)
    assert main(["changes", str(NOTES), str(unbumped)]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == (
        "1 change(s), 1 breaking; needs a major bump; sdk_version 1.0.0 -> 1.0.0 does not make"
        " it: make it at least 2.0.0"
    )
    bumped = edited(tmp_path, "bumped", NEW_OPTIONAL_FIELD, sdk("1.1.0"))
    assert main(["changes", str(NOTES), str(bumped)]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == (
        "1 change(s), 0 breaking; needs a minor bump; sdk_version 1.0.0 -> 1.1.0 makes it"
    )


def test_fail_on_version_exits_1_until_the_version_is_bumped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unbumped = edited(tmp_path, "unbumped", NEW_OPTIONAL_FIELD)
    assert main(["changes", "--fail-on-version", str(NOTES), str(unbumped)]) == 1
    patch_only = edited(tmp_path, "patch", NEW_OPTIONAL_FIELD, sdk("1.0.1"))
    assert main(["changes", "--fail-on-version", str(NOTES), str(patch_only)]) == 1
    bumped = edited(tmp_path, "bumped", NEW_OPTIONAL_FIELD, sdk("1.1.0"))
    assert main(["changes", "--fail-on-version", str(NOTES), str(bumped)]) == 0
    # A release with no API change (a fix of the SDK itself) needs nothing more than it has.
    assert main(["changes", "--fail-on-version", str(NOTES), str(edited(tmp_path, "same"))]) == 0
    capsys.readouterr()
