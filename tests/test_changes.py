"""``python -m generator changes OLD NEW``: what a spec update means for callers, each change
with its level (breaking / warning / info)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes" / "spec.yaml"
REAL = Path(__file__).resolve().parent.parent / "spec" / "sms.2021-01-11.yaml"

TAGS = "      Tags:\n        type: string\n        array: true\n        max_items: 3\n"
# ListNotes takes a filter: a data type on the request side only.
FILTER_INPUT = (
    "      Offset:\n        type: integer\n        required: true\n        description: Offset.\n",
    "      Offset:\n        type: integer\n        required: true\n        description: Offset.\n"
    "      Filters:\n        type: Filter\n        array: true\n        description: Filters.\n",
)
FILTER_TYPE = (
    "types:\n",
    "types:\n  Filter:\n    description: A filter.\n    used_by: [ListNotes]\n    fields:\n"
    "      Name:\n        type: string\n        required: true\n        max_bytes: 64\n"
    "        description: Filter name.\n",
)


def changed(tmp_path: Path, *edits: tuple[str, str], base: Path = NOTES, name: str = "new") -> Path:
    text = base.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["changes", *args])
    return code, capsys.readouterr().out.splitlines()


def test_a_spec_has_no_changes_against_itself(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, str(REAL), str(REAL)) == (0, [])


REMOVED_CODE = (
    "  LimitExceeded.NoteCountLimit:\n    kind: service\n    description: Too many notes.\n",
    "",
)
DROPPED_FROM_ADDNOTE = ("      - LimitExceeded.NoteCountLimit\n", "")


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        pytest.param(
            [(TAGS, TAGS.replace("3", "2"))],
            "breaking: actions.AddNote.input.Tags: max_items 3 -> 2",
            id="tighter-input-constraint",
        ),
        pytest.param(
            [(TAGS, TAGS.replace("3", "9"))],
            "info: actions.AddNote.input.Tags: max_items 3 -> 9",
            id="looser-input-constraint",
        ),
        pytest.param(
            [
                (
                    "      Tags:\n        type: string\n        array: true\n"
                    "        description: Tags.\n",
                    "",
                )
            ],
            "breaking: types.Note.fields.Tags: removed",
            id="removed-output-field",
        ),
        pytest.param(
            [
                (
                    "        description: Up to three tags.\n",
                    "        description: Up to three tags.\n      Color:\n        type: string\n"
                    "        required: true\n        description: Colour.\n",
                )
            ],
            "breaking: actions.AddNote.input.Color: added (required string)",
            id="new-required-input",
        ),
        pytest.param(
            [
                (
                    "        description: Up to three tags.\n",
                    "        description: Up to three tags.\n      Color:\n        type: string\n"
                    "        description: Colour.\n",
                )
            ],
            "info: actions.AddNote.input.Color: added (optional string)",
            id="new-optional-input",
        ),
        pytest.param(
            [
                (
                    "      Reviewer:\n        type: string\n",
                    "      Reviewer:\n        type: integer\n",
                )
            ],
            "breaking: types.Note.fields.Reviewer: type string -> integer",
            id="changed-type",
        ),
        pytest.param(
            [
                (
                    "      NoteId:\n        type: string\n        description: Note ID.\n",
                    "      NoteId:\n        type: string\n        nullable: true\n"
                    "        description: Note ID.\n",
                )
            ],
            "breaking: types.Note.fields.NoteId: nullable -> True",
            id="nullable-output",
        ),
        pytest.param(
            [REMOVED_CODE, DROPPED_FROM_ADDNOTE],
            'breaking: errors["LimitExceeded.NoteCountLimit"]: removed',
            id="removed-error-code",
        ),
        pytest.param(
            [DROPPED_FROM_ADDNOTE],
            "warning: actions.AddNote.errors: code LimitExceeded.NoteCountLimit no longer listed",
            id="code-dropped-from-action",
        ),
        pytest.param(
            [
                (
                    "      NotebookId:\n        type: integer\n        required: true\n"
                    "        minimum: 1\n",
                    "      NotebookId:\n        type: integer\n        required: true\n"
                    "        minimum: 1\n        enum:\n          - {value: 7, meaning: default}\n",
                )
            ],
            "breaking: actions.AddNote.input.NotebookId: enum added: [7]",
            id="enum-on-a-free-input",
        ),
        pytest.param(
            [
                (
                    "          - {value: 1, meaning: checklist}\n        description: Note kind.\n",
                    "          - {value: 1, meaning: checklist}\n"
                    "          - {value: 2, meaning: list}\n"
                    "        description: Note kind.\n",
                )
            ],
            "warning: types.Note.fields.Kind: enum value 2 added",
            id="response-enum-value-added",
        ),
        pytest.param(
            [("    rate_limit_per_second: 20\n", "    rate_limit_per_second: 10\n")],
            "warning: actions.ListNotes: rate limit 20 -> 10 requests per second",
            id="lower-rate-limit",
        ),
        pytest.param(
            [("    rate_limit_per_second: 20\n", "    rate_limit_per_second: 50\n")],
            "info: actions.ListNotes: rate limit 20 -> 50 requests per second",
            id="higher-rate-limit",
        ),
        pytest.param(
            [("    paging: {limit: Limit, offset: Offset, items: NoteSet}\n", "")],
            "breaking: actions.ListNotes: paging removed: its iter_* method disappears",
            id="paging-removed",
        ),
        pytest.param(
            [
                (
                    "    paging: {limit: Limit, offset: Offset, items: NoteSet}\n",
                    "    paging: {limit: Limit, offset: Offset, items: NoteSet}\n    rules:\n"
                    "      - {kind: max_age_days, params: [Since], days: 7,"
                    " description: A week.}\n",
                ),
                (
                    "      Offset:\n        type: integer\n        required: true\n",
                    "      Since:\n        type: integer\n        format: unix_seconds\n"
                    "        description: Since.\n"
                    "      Offset:\n        type: integer\n        required: true\n",
                ),
            ],
            "breaking: actions.ListNotes: rule max_age_days(Since) 7 days added",
            id="rule-added",
        ),
        pytest.param(
            [('  api_version: "2020-02-02"\n', '  api_version: "2021-02-02"\n')],
            "warning: service.api_version: API version 2020-02-02 -> 2021-02-02",
            id="api-version",
        ),
        pytest.param(
            [
                (
                    "    - host: notes.ap-guangzhou.tencentcloudapi.com\n"
                    "      region: ap-guangzhou\n"
                    "      area: South China (Guangzhou)\n",
                    "",
                )
            ],
            "breaking: service.endpoints: endpoint notes.ap-guangzhou.tencentcloudapi.com removed",
            id="endpoint-removed",
        ),
        pytest.param(
            [
                (
                    "  regions:\n    - value: ap-guangzhou\n      name: South China (Guangzhou)\n",
                    "  regions:\n    - value: ap-shanghai\n      name: East China (Shanghai)\n",
                )
            ],
            "breaking: service.regions: region ap-guangzhou removed",
            id="region-removed",
        ),
    ],
)
def test_each_kind_of_change_has_its_level(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    edits: list[tuple[str, str]],
    expected: str,
) -> None:
    code, lines = run(capsys, str(NOTES), str(changed(tmp_path, *edits)))
    assert code == 0
    assert expected in lines, lines


def test_a_removed_signing_method_breaks_clients_that_use_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    v1 = (
        "      max_request_bytes: {POST: 10485760}\n",
        "      max_request_bytes: {POST: 10485760}\n    - method: HmacSHA256\n      version: 1\n"
        "      content_types: [application/x-www-form-urlencoded]\n"
        "      max_request_bytes: {POST: 1048576}\n",
    )
    with_v1 = changed(tmp_path, v1, name="old")
    _, lines = run(capsys, str(with_v1), str(NOTES))
    assert "breaking: service.signing: signing method HmacSHA256 removed" in lines


# --- request side or response side: reachability of data types ----------------------------------


def test_a_required_field_added_to_an_input_type_breaks_callers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = changed(tmp_path, FILTER_INPUT, FILTER_TYPE, name="old")
    new = changed(
        tmp_path,
        (
            "        description: Filter name.\n",
            "        description: Filter name.\n      Values:\n        type: string\n"
            "        array: true\n        required: true\n        description: Values.\n",
        ),
        base=old,
    )
    _, lines = run(capsys, str(old), str(new))
    assert lines == ["breaking: types.Filter.fields.Values: added (required string[])"]


def test_a_constraint_tightened_on_an_input_type_breaks_callers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = changed(tmp_path, FILTER_INPUT, FILTER_TYPE, name="old")
    new = changed(tmp_path, ("max_bytes: 64\n", "max_bytes: 32\n"), base=old)
    _, lines = run(capsys, str(old), str(new))
    assert lines == ["breaking: types.Filter.fields.Name: max_bytes 64 -> 32"]


def test_a_required_field_added_to_an_output_type_breaks_nobody(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = changed(
        tmp_path,
        (
            "      NoteId:\n        type: string\n        description: Note ID.\n",
            "      Owner:\n        type: string\n        required: true\n"
            "        description: Owner.\n"
            "      NoteId:\n        type: string\n        description: Note ID.\n",
        ),
    )
    code, lines = run(capsys, "--fail-on-breaking", str(NOTES), str(new))
    assert (code, lines) == (0, ["info: types.Note.fields.Owner: added (required string)"])


def test_a_type_used_in_inputs_and_outputs_takes_the_stricter_level(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = changed(tmp_path, FILTER_INPUT, FILTER_TYPE, name="old")
    echoed = changed(
        tmp_path,
        (
            "        description: Notes.\n",
            "        description: Notes.\n      Filter:\n        type: Filter\n"
            "        description: The filter applied.\n",
        ),
        base=old,
        name="echoed",
    )
    new = changed(tmp_path, ("max_bytes: 64\n", "max_bytes: 32\n"), base=echoed)
    _, lines = run(capsys, str(echoed), str(new))
    assert lines == ["breaking: types.Filter.fields.Name: max_bytes 64 -> 32"]
    looser = changed(tmp_path, ("max_bytes: 64\n", "max_bytes: 128\n"), base=echoed, name="loose")
    _, lines = run(capsys, str(echoed), str(looser))
    assert lines == ["info: types.Filter.fields.Name: max_bytes 64 -> 128"]


# --- rename hints -------------------------------------------------------------------------------


def test_a_renamed_error_code_gets_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = changed(
        tmp_path,
        ("  LimitExceeded.NoteCountLimit:\n", "  LimitExceeded.NotesCountLimit:\n"),
        ("      - LimitExceeded.NoteCountLimit\n", "      - LimitExceeded.NotesCountLimit\n"),
    )
    _, lines = run(capsys, str(NOTES), str(new))
    assert lines == [
        "warning: actions.AddNote.errors: code LimitExceeded.NoteCountLimit no longer listed",
        "info: actions.AddNote.errors: code LimitExceeded.NotesCountLimit now listed",
        'breaking: errors["LimitExceeded.NoteCountLimit"]: removed'
        " (maybe renamed to LimitExceeded.NotesCountLimit)",
        'info: errors["LimitExceeded.NotesCountLimit"]: added'
        " (maybe renamed from LimitExceeded.NoteCountLimit)",
    ]


def test_a_renamed_field_gets_a_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = changed(tmp_path, ("      Reviewer:\n", "      ReviewedBy:\n"))
    _, lines = run(capsys, str(NOTES), str(new))
    assert lines == [
        "info: types.Note.fields.ReviewedBy: added (optional string) (maybe renamed from Reviewer)",
        "breaking: types.Note.fields.Reviewer: removed (maybe renamed to ReviewedBy)",
    ]


# --- formats and exit codes ---------------------------------------------------------------------


def test_markdown_puts_breaking_changes_first_for_a_pull_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = changed(
        tmp_path,
        (TAGS, TAGS.replace("3", "2")),
        ("    rate_limit_per_second: 20\n", "    rate_limit_per_second: 50\n"),
    )
    _, lines = run(capsys, "--format", "markdown", str(NOTES), str(new))
    assert lines == [
        "**API changes**: 1 breaking, 0 warning, 1 info",
        "",
        "**SDK version**: needs a major bump; sdk_version 1.0.0 -> 1.0.0 does not make it:"
        " make it at least 2.0.0",
        "",
        "### Breaking",
        "",
        "| where | change |",
        "| --- | --- |",
        "| `actions.AddNote.input.Tags` | max_items 3 -> 2 |",
        "",
        "### Info",
        "",
        "| where | change |",
        "| --- | --- |",
        "| `actions.ListNotes` | rate limit 20 -> 50 requests per second |",
    ]


def test_json_lists_level_path_change_and_hint_and_the_version_bump(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = changed(
        tmp_path, (TAGS, TAGS.replace("3", "2")), ('sdk_version: "1.0.0"', 'sdk_version: "2.0.0"')
    )
    code = main(["changes", "--format", "json", str(NOTES), str(new)])
    assert code == 0
    assert json.loads(capsys.readouterr().out) == {
        "changes": [
            {
                "level": "breaking",
                "path": "actions.AddNote.input.Tags",
                "change": "max_items 3 -> 2",
                "hint": None,
            }
        ],
        "version": {
            "old": "1.0.0",
            "new": "2.0.0",
            "needed_bump": "major",
            "made_bump": "major",
            "reflected": True,
            "suggested": "2.0.0",
        },
    }


def test_fail_on_breaking_exits_1_only_for_breaking_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    looser = changed(tmp_path, ("        max_items: 3\n", "        max_items: 9\n"))
    assert run(capsys, "--fail-on-breaking", str(NOTES), str(looser))[0] == 0
    warning = changed(tmp_path, DROPPED_FROM_ADDNOTE)
    assert run(capsys, "--fail-on-breaking", str(NOTES), str(warning))[0] == 0
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


CLIENT_DEFAULT = (
    "  default_endpoint: notes.tencentcloudapi.com\n",
    "  default_endpoint: notes.tencentcloudapi.com\n  client_defaults: [{param: NotebookId}]\n",
)


def test_a_client_default_added_is_a_feature_and_one_dropped_breaks_callers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_default = changed(tmp_path, CLIENT_DEFAULT)
    assert run(capsys, str(NOTES), str(with_default)) == (
        0,
        ["info: service.client_defaults: NotebookId added: a client may give it once"],
    )
    code, lines = run(capsys, "--fail-on-breaking", str(with_default), str(NOTES))
    assert (code, lines) == (
        1,
        [
            "breaking: service.client_defaults: NotebookId no longer a client default: calls must"
            " pass it again"
        ],
    )


# --- retries ------------------------------------------------------------------------------------

# Offset paging goes with it: over a queue it would skip what each pull took.
QUEUE = (
    "    effect: reads\n    idempotent: true\n"
    "    paging: {limit: Limit, offset: Offset, items: NoteSet}\n",
    "    effect: consumes\n    idempotent: false\n    consumes_records: {records: NoteSet,"
    " source: 002_9d575683ea3e11f5.txt, quote: Each note is returned once.}\n",
)


def test_an_action_turned_into_a_queue_breaks_callers_who_relied_on_retries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = run(capsys, "--fail-on-breaking", str(NOTES), str(changed(tmp_path, QUEUE)))
    assert code == 1
    assert lines == [
        "breaking: actions.ListNotes: effect reads -> consumes: no longer safe to repeat",
        "breaking: actions.ListNotes: no longer idempotent: never retried once it may have been"
        " sent",
        "breaking: actions.ListNotes: now consumes what it returns (NoteSet): each record handed"
        " out once",
        "breaking: actions.ListNotes: paging removed: its iter_* method disappears",
    ]


def test_an_action_that_stops_consuming_or_becomes_idempotent_breaks_nobody(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queue = changed(tmp_path, QUEUE)
    code, lines = run(capsys, "--fail-on-breaking", str(queue), str(NOTES))
    assert code == 0
    assert lines == [
        "warning: actions.ListNotes: effect consumes -> reads: now safe to repeat",
        "info: actions.ListNotes: no longer consumes what it returns",
        "info: actions.ListNotes: now idempotent: retried after it may have reached the service",
        "info: actions.ListNotes: paging added: a new iter_* method",
    ]


@pytest.mark.parametrize(
    ("before", "after", "level"),
    [
        ("e164", "phone_number", "info"),
        ("phone_number", "e164", "breaking"),
        (None, "e164", "breaking"),
    ],
)
def test_a_format_the_service_normalises_loosens_an_input(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    before: str | None,
    after: str,
    level: str,
) -> None:
    def with_format(name: str | None) -> Path:
        line = "" if name is None else f"        format: {name}\n"
        return changed(tmp_path, (TAGS, TAGS + line), name=str(name))

    old, new = with_format(before), with_format(after)
    _, lines = run(capsys, str(old), str(new))
    assert lines == [f"{level}: actions.AddNote.input.Tags: format {before} -> {after}"]


def test_an_effect_that_changes_between_unsafe_ones_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sends = changed(tmp_path, ("    effect: creates\n", "    effect: sends\n"))
    code, lines = run(capsys, "--fail-on-breaking", str(NOTES), str(sends))
    assert (code, lines) == (0, ["warning: actions.AddNote: effect creates -> sends"])


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
    assert lines and all(
        line.startswith("warning: ") and " effect None -> " in line for line in lines
    )
