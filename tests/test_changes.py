"""``python -m generator changes OLD NEW``: what a spec update means for callers."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes" / "spec.yaml"
REAL = Path(__file__).resolve().parent.parent / "spec" / "sms.2021-01-11.yaml"


def changed(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = NOTES.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "new.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["changes", *args])
    return code, capsys.readouterr().out.splitlines()


def test_a_spec_has_no_changes_against_itself(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, str(REAL), str(REAL)) == (0, [])


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            (
                "      Tags:\n        type: string\n        array: true\n        max_items: 3\n",
                "      Tags:\n        type: string\n        array: true\n        max_items: 2\n",
            ),
            "actions.AddNote.input.Tags: max_items 3 -> 2 (breaking)",
        ),
        (
            (
                "      Tags:\n        type: string\n        array: true\n        max_items: 3\n",
                "      Tags:\n        type: string\n        array: true\n        max_items: 9\n",
            ),
            "actions.AddNote.input.Tags: max_items 3 -> 9",
        ),
        (
            (
                "      Tags:\n        type: string\n        array: true\n"
                "        description: Tags.\n",
                "",
            ),
            "types.Note.fields.Tags: removed (breaking)",
        ),
        (
            (
                "        description: Up to three tags.\n",
                "        description: Up to three tags.\n      Color:\n        type: string\n"
                "        required: true\n        description: Colour.\n",
            ),
            "actions.AddNote.input.Color: added (required string) (breaking)",
        ),
        (
            (
                "      Reviewer:\n        type: string\n        nullable: true\n",
                "      Reviewer:\n        type: integer\n        nullable: true\n",
            ),
            "types.Note.fields.Reviewer: type string -> integer (breaking)",
        ),
        (
            (
                "      NoteId:\n        type: string\n        description: Note ID.\n",
                "      NoteId:\n        type: string\n        nullable: true\n"
                "        description: Note ID.\n",
            ),
            "types.Note.fields.NoteId: nullable -> True (breaking)",
        ),
        (
            (
                "  LimitExceeded.NoteCountLimit:\n    kind: service\n"
                "    description: Too many notes.\n",
                "",
            ),
            'errors["LimitExceeded.NoteCountLimit"]: removed (breaking)',
        ),
    ],
)
def test_each_kind_of_change_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: tuple[str, str], expected: str
) -> None:
    if "LimitExceeded.NoteCountLimit:" in edit[0]:
        extra = ("      - LimitExceeded.NoteCountLimit\n", "")
        new = changed(tmp_path, edit, extra)
    else:
        new = changed(tmp_path, edit)
    code, lines = run(capsys, str(NOTES), str(new))
    assert code == 0
    assert expected in lines, lines


def test_enum_values_removed_from_inputs_break_callers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = changed(
        tmp_path,
        (
            "          - {value: 1, meaning: checklist}\n"
            '        description: "Note kind. 0: plain;',
            '        description: "Note kind. 0: plain;',
        ),
    )
    _, lines = run(capsys, str(NOTES), str(new))
    assert "actions.AddNote.input.Kind: enum value 1 removed (breaking)" in lines


def test_fail_on_breaking_exits_1_only_for_breaking_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    looser = changed(tmp_path, ("        max_items: 3\n", "        max_items: 9\n"))
    assert run(capsys, "--fail-on-breaking", str(NOTES), str(looser))[0] == 0
    tighter = changed(tmp_path, ("        max_items: 3\n", "        max_items: 2\n"))
    assert run(capsys, "--fail-on-breaking", str(NOTES), str(tighter))[0] == 1


def test_a_broken_spec_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: [\n")
    assert main(["changes", str(NOTES), str(broken)]) == 2


def test_base_compares_with_the_committed_version(capsys: pytest.CaptureFixture[str]) -> None:
    # The working tree may differ from HEAD while someone edits the spec; the plumbing is the point.
    assert main(["changes", "--base", "HEAD", str(REAL)]) == 0
    assert "change(s)" in capsys.readouterr().err


def test_an_unknown_base_revision_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["changes", "--base", "no-such-revision", str(REAL)]) == 2
    assert "no-such-revision" in capsys.readouterr().err


def test_changes_needs_two_specs_or_a_base(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["changes", str(REAL)]) == 2
    assert main(["changes", "--base", "HEAD", str(REAL), str(REAL)]) == 2


QUEUE = (
    "    effect: reads\n    idempotent: true\n",
    "    effect: consumes\n    idempotent: false\n    consumes_records: {records: NoteSet,"
    " source: 002_9d575683ea3e11f5.txt, quote: Each note is returned once.}\n",
)


def test_an_action_turned_into_a_queue_breaks_callers_who_relied_on_retries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = run(capsys, "--fail-on-breaking", str(NOTES), str(changed(tmp_path, QUEUE)))
    assert code == 1
    assert lines == [
        "actions.ListNotes: effect reads -> consumes: no longer safe to repeat (breaking)",
        "actions.ListNotes: no longer idempotent: never retried once it may have been sent"
        " (breaking)",
        "actions.ListNotes: now consumes what it returns (NoteSet): each record handed out once"
        " (breaking)",
    ]


def test_an_action_that_stops_consuming_or_becomes_idempotent_breaks_nobody(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queue = changed(tmp_path, QUEUE)
    code, lines = run(capsys, "--fail-on-breaking", str(queue), str(NOTES))
    assert code == 0
    assert lines == [
        "actions.ListNotes: effect consumes -> reads: now safe to repeat",
        "actions.ListNotes: no longer consumes what it returns",
        "actions.ListNotes: now idempotent: retried after it may have reached the service",
    ]


@pytest.mark.parametrize(
    ("before", "after", "breaking"),
    [("e164", "phone_number", False), ("phone_number", "e164", True), (None, "e164", True)],
)
def test_a_format_the_service_normalises_loosens_an_input(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    before: str | None,
    after: str,
    breaking: bool,
) -> None:
    tags = "      Tags:\n        type: string\n        array: true\n        max_items: 3\n"

    def with_format(name: str | None) -> Path:
        line = "" if name is None else f"        format: {name}\n"
        path = changed(tmp_path, (tags, tags + line))
        return path.rename(tmp_path / f"{name}.yaml")

    old, new = with_format(before), with_format(after)
    _, lines = run(capsys, str(old), str(new))
    expected = f"actions.AddNote.input.Tags: format {before} -> {after}"
    assert lines[0] == expected + (" (breaking)" if breaking else "")


def test_an_effect_that_changes_between_unsafe_ones_is_reported_and_breaks_nobody(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sends = changed(tmp_path, ("    effect: creates\n", "    effect: sends\n"))
    code, lines = run(capsys, "--fail-on-breaking", str(NOTES), str(sends))
    assert (code, lines) == (0, ["actions.AddNote: effect creates -> sends"])


def test_an_old_spec_from_before_a_required_field_still_compares(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = NOTES.read_text(encoding="utf-8")
    old_lines = [line for line in text.splitlines(keepends=True) if "effect:" not in line]
    assert len(old_lines) < len(text.splitlines())
    old = tmp_path / "old.yaml"
    old.write_text("".join(old_lines), encoding="utf-8")
    code, lines = run(capsys, str(old), str(NOTES))
    assert code == 0
    assert lines and all(" effect None -> " in line and "breaking" not in line for line in lines)
