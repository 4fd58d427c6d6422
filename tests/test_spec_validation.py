"""Broken specs: every kind of problem gives exit status 2 and `file:line: path: message`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.model import REPEATABLE_EFFECTS
from generator.validate import REPEATED_EFFECT, SCHEMA_FILE

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "notes" / "spec.yaml"
REAL_SPECS = sorted((ROOT / "spec").glob("*.yaml"))

OFFSET_PARAM = (
    "      Offset:\n        type: integer\n        required: true\n        description: Offset.\n"
)


def consumes_records(records: str) -> str:
    return (
        f"    consumes_records: {{records: {records}, source: 002_9d575683ea3e11f5.txt,"
        " quote: Each record is returned once.}\n"
    )


# ListNotes as the fixture has it, and turned into a queue that is declared as one.
READS = "    effect: reads\n    idempotent: true\n"
CONSUMES = "    effect: consumes\n    idempotent: false\n"


@dataclass(frozen=True)
class Breakage:
    """Replace ``old`` by ``new``; expect ``message`` at ``path`` on the line of ``anchor``."""

    kind: str
    old: str
    new: str
    anchor: str
    path: str
    message: str


BREAKAGES = [
    Breakage(
        "yaml syntax error",
        "request: {NotebookId: 7, Text: hello, Tags: [a]}",
        "request: {NotebookId: 7, Text: hello, Tags: [a}",
        "Tags: [a}",
        "<root>",
        "YAML syntax error",
    ),
    Breakage(
        "unknown type reference",
        "        type: Note\n",
        "        type: Note2\n",
        "type: Note2",
        "actions.ListNotes.output.NoteSet.type",
        "unknown type 'Note2'",
    ),
    Breakage(
        "duplicate action",
        "  ListNotes:\n    category: notes\n",
        "  AddNote:\n    category: notes\n",
        "  AddNote:\n    category: notes\n    summary: Lists notes",
        "actions.AddNote",
        "duplicate key 'AddNote'",
    ),
    Breakage(
        "missing required key",
        "    description: Lists the notes of a notebook.\n",
        "",
        "  ListNotes:",
        "actions.ListNotes",
        "'description' is a required property",
    ),
    Breakage(
        "wrong value type",
        "rate_limit_per_second: 20",
        "rate_limit_per_second: fast",
        "rate_limit_per_second: fast",
        "actions.ListNotes.rate_limit_per_second",
        "'fast' is not of type 'number'",
    ),
    Breakage(
        "bad enum value",
        "protocol: tc3-api",
        "protocol: soap",
        "protocol: soap",
        "protocol",
        "'soap' is not one of",
    ),
    Breakage(
        "unknown format",
        "        max_bytes: 511\n",
        "        format: phone\n",
        "format: phone",
        "actions.AddNote.input.Text.format",
        "'phone' is not one of",
    ),
    Breakage(
        "alias collides with a defined code",
        "      - code: UnsupportedOperation.\n",
        "      - code: LimitExceeded.NoteCountLimit\n",
        "- code: LimitExceeded.NoteCountLimit",
        "errors.UnsupportedOperation.aliases[0].code",
        "is itself a defined error code",
    ),
    Breakage(
        "alias claimed by two codes",
        "      - code: UnsupportedOperation.\n",
        "      - code: ResourceNotFound.NoteBookNotExist\n",
        "      - code: ResourceNotFound.NoteBookNotExist\n        sources: [003",
        "errors.UnsupportedOperation.aliases[0].code",
        "already an alias of 'ResourceNotFound.NotebookNotExist'",
    ),
    Breakage(
        "action lists an undefined error code",
        "      - ResourceNotFound.NotebookNotExist\n",
        "      - ResourceNotFound.NoteNotExist\n",
        "- ResourceNotFound.NoteNotExist",
        "actions.ListNotes.errors[0]",
        "'ResourceNotFound.NoteNotExist' is not defined in 'errors'",
    ),
    Breakage(
        "action lists an alias instead of the code",
        "      - ResourceNotFound.NotebookNotExist\n",
        "      - ResourceNotFound.NoteBookNotExist\n",
        "      - ResourceNotFound.NoteBookNotExist\n",
        "actions.ListNotes.errors[0]",
        "is an alias: write 'ResourceNotFound.NotebookNotExist'",
    ),
    Breakage(
        "unknown key",
        "    idempotent: true\n",
        "    idempotent: true\n    retries: 3\n",
        "    retries: 3",
        "actions.ListNotes.retries",
        "unknown key",
    ),
    Breakage(
        "unknown category",
        "    category: notes\n    summary: Lists notes",
        "    category: memos\n    summary: Lists notes",
        "category: memos",
        "actions.ListNotes.category",
        "unknown category 'memos'",
    ),
    Breakage(
        "duplicate enum value",
        "          - {value: 1, meaning: checklist}\n        description: Note kind.",
        "          - {value: 0, meaning: checklist}\n        description: Note kind.",
        "{value: 0, meaning: checklist}\n        description: Note kind.",
        "types.Note.fields.Kind.enum[1].value",
        "duplicate enum value 0",
    ),
    Breakage(
        "enum value of the wrong type",
        "          - {value: 1, meaning: checklist}\n        description: Note kind.",
        "          - {value: '1', meaning: checklist}\n        description: Note kind.",
        "{value: '1', meaning: checklist}",
        "types.Note.fields.Kind.enum[1].value",
        "is not of the parameter's type integer",
    ),
    Breakage(
        "example names an unknown parameter",
        "request: {NotebookId: 7, Limit: 1, Offset: 0}",
        "request: {NotebookId: 7, Limit: 1, Offset: 0, Page: 2}",
        "Page: 2",
        "actions.ListNotes.examples[0].request.Page",
        "not an input parameter",
    ),
    Breakage(
        "an outcome whose code field is not a string field",
        "used_by: [ListNotes]",
        "used_by: [ListNotes]\n    outcome: {code_field: NoteId2, success: Ok, quote: x,"
        " source: 001_0000000000000000.txt}",
        "outcome: {code_field: NoteId2",
        "types.Note.outcome.code_field",
        "'NoteId2' is not a string field of Note",
    ),
    Breakage(
        "used_by names an unknown action",
        "used_by: [ListNotes]",
        "used_by: [ListAllNotes]",
        "used_by: [ListAllNotes]",
        "types.Note.used_by[0]",
        "unknown action 'ListAllNotes'",
    ),
    Breakage(
        "version written as a YAML date",
        'api_version: "2020-02-02"',
        "api_version: 2020-02-02",
        "api_version: 2020-02-02",
        "service.api_version",
        "is not of type 'string'",
    ),
    Breakage(
        "names that collide in snake_case",
        OFFSET_PARAM,
        OFFSET_PARAM + "      offset:\n        type: integer\n        description: Offset again.\n",
        "      offset:",
        "actions.ListNotes.input.offset",
        "clashes with 'Offset'",
    ),
    Breakage(
        "rule names a missing parameter",
        "    paging: {limit: Limit, offset: Offset, items: NoteSet}\n",
        "    paging: {limit: Limit, offset: Offset, items: NoteSet}\n    rules:\n"
        "      - {kind: max_age_days, params: [Since], days: 7, description: d}\n",
        "      - {kind: max_age_days",
        "actions.ListNotes.rules[0]",
        "'Since' is not an input parameter",
    ),
    Breakage(
        "rule over parameters that are not times",
        "    paging: {limit: Limit, offset: Offset, items: NoteSet}\n",
        "    paging: {limit: Limit, offset: Offset, items: NoteSet}\n    rules:\n"
        "      - {kind: not_before, params: [Limit, Offset], description: d}\n",
        "      - {kind: not_before",
        "actions.ListNotes.rules[0]",
        "a rule compares times of one format",
    ),
    Breakage(
        "paging names a missing parameter",
        "paging: {limit: Limit, offset: Offset, items: NoteSet}",
        "paging: {limit: Limit, offset: Offset, items: Notes}",
        "paging: {limit",
        "actions.ListNotes.paging.items",
        "'Notes' is not an output parameter",
    ),
    Breakage(
        "a queue declared idempotent",
        READS,
        "    effect: consumes\n    idempotent: true\n" + consumes_records("NoteSet"),
        "    idempotent: true\n    consumes_records",
        "actions.ListNotes.idempotent",
        "must be false: an action whose effect is consumes is not safe to repeat (it hands each"
        " record out once",
    ),
    Breakage(
        "a queue's records are not an output",
        READS,
        CONSUMES + consumes_records("Notes"),
        "    consumes_records",
        "actions.ListNotes.consumes_records.records",
        "'Notes' is not an output parameter",
    ),
    Breakage(
        "a queue's records are not an array",
        READS,
        CONSUMES + consumes_records("RequestId"),
        "    consumes_records",
        "actions.ListNotes.consumes_records.records",
        "'RequestId' is not an array",
    ),
    Breakage(
        "a queue without the sentence that says so",
        READS,
        CONSUMES + "    consumes_records: {records: NoteSet, source: 002_9d575683ea3e11f5.txt}\n",
        "    consumes_records",
        "actions.ListNotes.consumes_records",
        "'quote' is a required property",
    ),
    Breakage(
        "an action without an effect",
        READS,
        "    idempotent: true\n",
        "  ListNotes:",
        "actions.ListNotes",
        "'effect' is a required property",
    ),
    Breakage(
        "an unknown effect",
        READS,
        "    effect: browses\n    idempotent: true\n",
        "    effect: browses",
        "actions.ListNotes.effect",
        "'browses' is not one of",
    ),
    Breakage(
        "a creating action declared idempotent",
        "    effect: creates\n    idempotent: false\n",
        "    effect: creates\n    idempotent: true\n",
        "    idempotent: true\n    input:",
        "actions.AddNote.idempotent",
        "must be false: an action whose effect is creates is not safe to repeat",
    ),
    Breakage(
        "a reading action declared not idempotent",
        READS,
        "    effect: reads\n    idempotent: false\n",
        "    idempotent: false\n    paging:",
        "actions.ListNotes.idempotent",
        "must be true: an action whose effect is reads is safe to repeat",
    ),
    Breakage(
        "an action that consumes without consumes_records",
        READS,
        CONSUMES,
        "    effect: consumes",
        "actions.ListNotes.effect",
        "effect consumes needs consumes_records",
    ),
    Breakage(
        "consumes_records on an action whose effect is not consumes",
        READS,
        READS + consumes_records("NoteSet"),
        "    effect: reads\n    idempotent: true\n    consumes_records",
        "actions.ListNotes.effect",
        "hands each record out once: its effect is consumes, not reads",
    ),
]


def _line_of(text: str, anchor: str) -> int:
    index = text.index(anchor)
    return (
        text.count("\n", 0, index)
        + 1
        + anchor[: len(anchor) - len(anchor.lstrip("\n"))].count("\n")
    )


@pytest.mark.parametrize("breakage", BREAKAGES, ids=[b.kind for b in BREAKAGES])
def test_broken_spec_reports_file_line_and_path(
    breakage: Breakage, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = FIXTURE.read_text(encoding="utf-8")
    assert original.count(breakage.old) == 1, "the breakage must apply to exactly one place"
    broken = original.replace(breakage.old, breakage.new)
    spec_file = tmp_path / "broken.yaml"
    spec_file.write_text(broken, encoding="utf-8")

    assert main(["validate", str(spec_file)]) == 2

    reported = capsys.readouterr().err.splitlines()
    expected_prefix = f"{spec_file}:{_line_of(broken, breakage.anchor)}: {breakage.path}: "
    matching = [line for line in reported if line.startswith(expected_prefix)]
    assert matching, f"expected a line starting {expected_prefix!r}, got:\n" + "\n".join(reported)
    assert any(breakage.message in line for line in matching), "\n".join(matching)


def test_every_problem_is_reported_not_just_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = (
        FIXTURE.read_text(encoding="utf-8")
        .replace("used_by: [ListNotes]", "used_by: [Nope]")
        .replace("      - ResourceNotFound.NotebookNotExist\n", "      - Nope.Nope\n")
        .replace("        type: Note\n", "        type: Nope\n")
    )
    spec_file = tmp_path / "broken.yaml"
    spec_file.write_text(broken, encoding="utf-8")
    assert main(["validate", str(spec_file)]) == 2
    err = capsys.readouterr().err
    assert "unknown action 'Nope'" in err
    assert "'Nope.Nope' is not defined" in err
    assert "unknown type 'Nope'" in err


def test_missing_and_empty_files_are_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert main(["validate", str(empty), str(tmp_path / "absent.yaml")]) == 2
    err = capsys.readouterr().err
    assert f"{empty}:1: <root>: spec is empty" in err
    assert "absent.yaml:1: <root>: cannot read spec" in err


def test_valid_fixture_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(FIXTURE)]) == 0


@pytest.mark.parametrize("spec_file", REAL_SPECS, ids=[p.name for p in REAL_SPECS])
def test_real_specs_are_valid(spec_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(spec_file)]) == 0, capsys.readouterr().err


SMS_SPEC = ROOT / "spec" / "sms.2021-01-11.yaml"


def _flip_idempotent(text: str, action: str) -> tuple[str, int]:
    """``text`` with ``action``'s idempotent flag inverted, and the line of the flag."""
    start = text.index(f"\n  {action}:\n") + 1
    flag = text.index("\n    idempotent: ", start) + 1
    end = text.index("\n", flag)
    value = text[flag:end].split(": ")[1]
    flipped = {"true": "false", "false": "true"}[value]
    return text[:flag] + f"    idempotent: {flipped}" + text[end:], text.count("\n", 0, flag) + 1


def test_send_sms_marked_idempotent_is_refused_with_file_line_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken, line = _flip_idempotent(SMS_SPEC.read_text(encoding="utf-8"), "SendSms")
    spec_file = tmp_path / SMS_SPEC.name
    spec_file.write_text(broken, encoding="utf-8")
    assert main(["validate", str(spec_file)]) == 2
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{spec_file}:{line}: actions.SendSms.idempotent: must be false: an action whose effect"
        " is sends is not safe to repeat (a repeat sends the messages again)"
    )


def test_every_real_action_with_its_idempotent_flag_flipped_is_refused_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SMS_SPEC.read_text(encoding="utf-8")
    actions = yaml.safe_load(text)["actions"]
    expected = []
    for action in actions:
        text, line = _flip_idempotent(text, action)
        expected.append(f"{line}: actions.{action}.idempotent: must be ")
    spec_file = tmp_path / SMS_SPEC.name
    spec_file.write_text(text, encoding="utf-8")
    assert main(["validate", str(spec_file)]) == 2
    *reported, summary = capsys.readouterr().err.splitlines()
    assert summary == f"{len(actions)} problem(s) found"
    assert len(reported) == len(expected) == len(actions)
    for got, want in zip(reported, expected, strict=True):  # both in file order
        assert got.startswith(f"{spec_file}:{want}"), (got, want)


# What each kind of action does to the service's state, from the documents' descriptions; the
# names say it, so a spec edit that changes an effect (and idempotent with it) fails here.
EFFECT_BY_NAME: list[tuple[str, str]] = [  # the first pattern that matches the whole name
    (r".+Statistics", "reads"),
    (r"Describe.+", "reads"),
    (r"Pull.+ByPhoneNumber", "reads"),
    (r"Pull.+", "consumes"),
    (r"Send.+", "sends"),
    (r"Add.+", "creates"),
    (r"Modify.+", "modifies"),
    (r"Delete.+", "deletes"),
    (r"Report.+", "reports"),
]


def test_each_real_actions_effect_is_what_its_name_says_it_does() -> None:
    actions = yaml.safe_load(SMS_SPEC.read_text(encoding="utf-8"))["actions"]
    for name, action in actions.items():
        expected = next((e for pattern, e in EFFECT_BY_NAME if re.fullmatch(pattern, name)), None)
        assert expected is not None, f"{name}: add what it does to EFFECT_BY_NAME"
        assert action["effect"] == expected, name
    idempotent = {name for name, action in actions.items() if action["idempotent"]}
    assert idempotent == {
        "CallbackStatusStatistics",
        "DescribePhoneNumberInfo",
        "DescribeSmsSignList",
        "DescribeSmsTemplateList",
        "PullSmsReplyStatusByPhoneNumber",
        "PullSmsSendStatusByPhoneNumber",
        "SendStatusStatistics",
    }


def test_every_effect_the_schema_allows_has_a_reason_and_reads_alone_is_repeatable() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    effects = schema["$defs"]["action"]["properties"]["effect"]["enum"]
    assert sorted(effects) == sorted(REPEATED_EFFECT)
    assert REPEATABLE_EFFECTS == {"reads"}
    description = schema["$defs"]["action"]["properties"]["effect"]["description"]
    assert all(f"{effect}: " in description for effect in effects)


def test_command_line_exit_status(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: [\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(broken)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert f"{broken}:2: <root>: YAML syntax error" in result.stderr
