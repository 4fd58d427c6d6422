"""The generated README is the API reference a reviewer reads as a diff: one line per error code
and per field, so each spec change shows as a few changed lines."""

from __future__ import annotations

import copy
import difflib
import re
from pathlib import Path
from typing import Any

import yaml

from generator.pipeline import render_tree
from support.specs import ROOT, SMS_SPEC_PATH, sms_spec

README = "tcsms/README.md"


def readme_of(data: dict[str, Any], tmp_path: Path) -> str:
    path = tmp_path / SMS_SPEC_PATH.name
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return render_tree([path])[README]


def changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def section(readme: str, heading: str) -> str:
    start = readme.index(f"\n{heading}\n")
    following = re.search(r"\n#{1,3} ", readme[start + len(heading) + 2 :])
    end = start + len(heading) + 2 + following.start() if following else len(readme)
    return readme[start:end]


def test_each_code_an_action_lists_is_a_line_of_its_own() -> None:
    readme = (ROOT / "generated" / README).read_text(encoding="utf-8")
    for name, action in sms_spec()["actions"].items():
        text = section(readme, f"### `{re.sub(r'(?<!^)(?=[A-Z])', '_', name).lower()}` ({name})")
        listed = re.findall(r"^- `([^`]+)`$", text, re.MULTILINE)
        assert listed == action["errors"], name


def test_each_data_type_has_a_section_with_its_fields() -> None:
    readme = (ROOT / "generated" / README).read_text(encoding="utf-8")
    for name, data_type in sms_spec()["types"].items():
        text = section(readme, f"### `{name}`")
        rows = re.findall(r"^\| `\w+` \| (\w+) \| (.+?) \| (yes|no) \| ", text, re.MULTILINE)
        assert [wire for wire, _, _ in rows] == list(data_type["fields"]), name
        for wire, shown_type, nullable in rows:
            field = data_type["fields"][wire]
            assert (nullable == "yes") == field.get("nullable", False), (name, wire)
            assert ("list of " in shown_type) == field.get("array", False), (name, wire)


def test_a_new_output_field_is_one_added_line(tmp_path: Path) -> None:
    data = sms_spec()
    before = readme_of(data, tmp_path)
    edited = copy.deepcopy(data)
    fields = edited["types"]["SendStatus"]["fields"]
    fields["Segments"] = {
        "type": "integer",
        "nullable": True,
        "description": "Number of segments the message was split into.",
    }
    assert changed_lines(before, readme_of(edited, tmp_path)) == [
        "+| `segments` | Segments | `int` | yes | Number of segments the message was split into. |"
    ]


def test_a_code_dropped_from_an_action_is_one_removed_line(tmp_path: Path) -> None:
    data = sms_spec()
    before = readme_of(data, tmp_path)
    edited = copy.deepcopy(data)
    dropped = edited["actions"]["SendSms"]["errors"].pop()
    assert changed_lines(before, readme_of(edited, tmp_path)) == [f"-- `{dropped}`"]


def test_every_callback_has_a_section_with_its_fields() -> None:
    text = (ROOT / "generated" / README).read_text(encoding="utf-8")
    callbacks = sms_spec()["callbacks"]
    assert "## Callbacks" in text
    for name, callback in callbacks.items():
        section = text.split(f"### `{name}`", 1)[1].split("\n### ", 1)[0]
        for wire_name in callback["fields"]:
            assert f"| {wire_name} |" in section, (name, wire_name)
