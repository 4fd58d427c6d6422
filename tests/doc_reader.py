"""Reads the source documents in shared/docs into plain data, without looking at the spec.

The documents are text captures of web pages and a PDF. Tables in the main document (003) are
tab-separated; the capture breaks cells across lines and puts blank lines between chunks:

- a line that starts with a tab continues the row above, column by column
  (``"\\t\\tof String\\t..."`` adds "of String" to the third cell);
- a line without a tab that starts with a lower-case letter or a markup character continues the
  last cell of the row above;
- a header line repeated inside a table, and rows made only of dashes, are not rows;
- any other line without a tab (a heading, "Note :") ends the table.

000 prints its tables with single spaces between cells, 001 as pipe tables, and 004 one cell per
line. Codes and names are returned exactly as printed (``UnsupportedOperation.`` keeps its dot);
only markup (``<code>``, ``[text](#)``) and surplus whitespace are removed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DEFAULT_DOCS_DIR = Path(
    os.environ.get("TCGEN_DOCS_DIR", Path(__file__).resolve().parents[2] / "shared" / "docs")
)
MAIN_DOC = "003_c813d22a2e469ea7.txt"
SPACE_TABLE_DOC = "000_4767c4f6195df8ee.txt"
PIPE_TABLE_DOC = "001_22483f68f2800978.txt"
REPLY_DOC = "004_b56198a1733dba53.txt"

COMMON_PARAMS = frozenset({"Action", "Version", "Region"})
CALLBACK_TITLES = ("SMS Sending Status Notification", "SMS Reply")

_RATE_LIMIT = re.compile(r"A maximum of (\d+) requests can be initiated per second")
_ACTION_VALUE = re.compile(r"The value used for this API: (\w+)\.")
_CATEGORY_ABBREVIATION = re.compile(r"\b([A-Z]+) \(([^)]+)\)")
_CONTINUATION_START = re.compile(r"[a-z\[`(<]")
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" ([.,;:])")
_SPACE_INPUT_ROW = re.compile(r"([A-Za-z]\w*(?:\.N)?) (?:Yes|No) ")
_SPACE_OUTPUT_ROW = re.compile(r"([A-Za-z]\w*) (?:Array of )?[A-Z]\w* ")
_SPACE_ERROR_ROW = re.compile(r"([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]*)?) \S")


@dataclass(frozen=True)
class ActionDoc:
    """One action page: names as printed, common params and the ``.N`` suffix removed."""

    name: str
    rate_limit_per_second: int
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    error_codes: tuple[str, ...]


@dataclass(frozen=True)
class ErrorCodeDoc:
    code: str
    description: str


@dataclass(frozen=True)
class ErrorCodeLists:
    """The three global error code tables of 003."""

    responses_common: tuple[ErrorCodeDoc, ...]
    error_codes_common: tuple[ErrorCodeDoc, ...]
    service: tuple[ErrorCodeDoc, ...]

    def common_codes(self) -> set[str]:
        """Union of the two common error code tables."""
        return {e.code for e in (*self.responses_common, *self.error_codes_common)}


@dataclass(frozen=True)
class SendingErrorCode:
    code: int
    description: str
    solution: str | None


@dataclass(frozen=True)
class ReceiptStatusCode:
    code: str
    category: str
    description: str


@dataclass(frozen=True)
class CallbackDoc:
    title: str
    fields: tuple[str, ...]
    response_fields: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def first_column(self) -> list[str]:
        return [row[0] for row in self.rows]


# --- text helpers -------------------------------------------------------------------------------


def clean(text: str) -> str:
    """Removes HTML tags and Markdown links, collapses whitespace and drops the space the capture
    leaves where a link or tag stood before punctuation ("contact SMS Helper ." -> "...Helper.")."""
    collapsed = " ".join(_LINK.sub(r"\1", _TAG.sub(" ", text)).split())
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", collapsed)


def strip_array_suffix(name: str) -> str:
    return name.removesuffix(".N")


def _read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@cache
def _main_lines(docs_dir: Path) -> tuple[str, ...]:
    """Lines of 003 with fenced code blocks blanked, so line numbers stay and JSON is never read."""
    lines: list[str] = []
    in_code = False
    for line in _read_lines(docs_dir / MAIN_DOC):
        if line.startswith("```"):
            in_code = not in_code
            lines.append("")
        else:
            lines.append("" if in_code else line)
    return tuple(lines)


def _next_text_line(lines: Sequence[str], start: int) -> int:
    """Index of the first non-blank line at or after ``start``."""
    for index in range(start, len(lines)):
        if lines[index].strip():
            return index
    raise ValueError(f"no text after line {start + 1}")


def _previous_text_line(lines: Sequence[str], start: int) -> int:
    """Index of the last non-blank line before ``start``."""
    for index in range(start - 1, -1, -1):
        if lines[index].strip():
            return index
    raise ValueError(f"no text before line {start + 1}")


def _find_line(lines: Sequence[str], text: str, start: int = 0, stop: int | None = None) -> int:
    """Index of the first line equal to ``text`` in ``lines[start:stop]``."""
    end = len(lines) if stop is None else stop
    for index in range(start, end):
        if lines[index].strip() == text:
            return index
    raise ValueError(f"{text!r} not found between lines {start + 1} and {end}")


def _is_section_heading(lines: Sequence[str], index: int) -> bool:
    """True for a page heading: the next text line is "Last updated : ..."."""
    return bool(lines[index].strip()) and lines[_next_text_line(lines, index + 1)].startswith(
        "Last updated"
    )


def _find_section(lines: Sequence[str], title: str, start: int = 0) -> int:
    """Index of the page heading ``title`` (skips the table of contents)."""
    index = _find_line(lines, title, start)
    while not _is_section_heading(lines, index):
        index = _find_line(lines, title, index + 1)
    return index


# --- tab-separated tables (003) -----------------------------------------------------------------


def _is_separator_row(cells: Sequence[str]) -> bool:
    return all(cell.strip() and set(cell.strip()) == {"-"} for cell in cells)


def _extend_cells(row: list[str], pieces: Sequence[str], line_number: int) -> None:
    if len(pieces) > len(row):
        raise ValueError(f"line {line_number}: continuation has more cells than the table")
    for column, piece in enumerate(pieces):
        if piece.strip():
            row[column] = f"{row[column]} {piece}".strip()


def read_tab_table(lines: Sequence[str], start: int) -> Table:
    """Reads the first tab-separated table at or after line index ``start``."""
    header_index = next(i for i in range(start, len(lines)) if "\t" in lines[i])
    header = tuple(lines[header_index].split("\t"))
    rows: list[list[str]] = []
    for index in range(header_index + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        if line.startswith("\t") and rows:
            _extend_cells(rows[-1], line.split("\t"), index + 1)
        elif "\t" in line:
            cells = line.split("\t")
            if tuple(cells) != header and not _is_separator_row(cells):
                rows.append(cells + [""] * (len(header) - len(cells)))
        elif _CONTINUATION_START.match(line) and rows:
            _extend_cells(rows[-1], [""] * (len(header) - 1) + [line], index + 1)
        else:
            break
    return Table(header, tuple(tuple(clean(cell) for cell in row) for row in rows))


def _table_after(lines: Sequence[str], title: str, start: int, stop: int | None = None) -> Table:
    return read_tab_table(lines, _find_line(lines, title, start, stop) + 1)


# --- actions (003) ------------------------------------------------------------------------------


def _action_headings(lines: Sequence[str]) -> list[int]:
    """Indices of action page headings: a page heading whose page starts "1. API Description"."""
    headings = []
    for index in range(len(lines)):
        if lines[index].strip() == "1. API Description":
            updated = _previous_text_line(lines, index)
            headings.append(_previous_text_line(lines, updated))
    return headings


def _rate_limit(lines: Sequence[str], start: int, stop: int) -> int:
    for line in lines[start:stop]:
        match = _RATE_LIMIT.search(line)
        if match:
            return int(match.group(1))
    raise ValueError(f"no rate limit between lines {start + 1} and {stop}")


def _input_names(names: Sequence[str]) -> tuple[str, ...]:
    return tuple(strip_array_suffix(name) for name in names if name not in COMMON_PARAMS)


def _read_action(lines: Sequence[str], start: int, stop: int) -> ActionDoc:
    return ActionDoc(
        name=lines[start].strip(),
        rate_limit_per_second=_rate_limit(lines, start, stop),
        inputs=_input_names(_table_after(lines, "2. Input Parameters", start, stop).first_column()),
        outputs=tuple(_table_after(lines, "3. Output Parameters", start, stop).first_column()),
        error_codes=tuple(_table_after(lines, "6. Error Code", start, stop).first_column()),
    )


def read_actions(docs_dir: Path) -> dict[str, ActionDoc]:
    """Every action page of 003, in document order."""
    lines = _main_lines(docs_dir)
    headings = _action_headings(lines)
    ends = [*headings[1:], _find_section(lines, "Data Types")]
    actions = (_read_action(lines, start, stop) for start, stop in zip(headings, ends, strict=True))
    return {action.name: action for action in actions}


# --- data types (003) ---------------------------------------------------------------------------


def read_data_types(docs_dir: Path) -> dict[str, tuple[str, ...]]:
    """Field names of every data type; a type's name is the heading above its description."""
    lines = _main_lines(docs_dir)
    start = _find_section(lines, "Data Types")
    stop = _find_section(lines, "Error Codes", start)
    types = {}
    for index in range(start, stop):
        if lines[index].startswith("Used by actions:"):
            description = _previous_text_line(lines, index)
            name = lines[_previous_text_line(lines, description)].strip()
            types[name] = tuple(read_tab_table(lines, index + 1).first_column())
    return types


# --- global error codes (003) -------------------------------------------------------------------


def _error_codes(table: Table) -> tuple[ErrorCodeDoc, ...]:
    return tuple(ErrorCodeDoc(code, description) for code, description in table.rows)


def read_error_code_lists(docs_dir: Path) -> ErrorCodeLists:
    lines = _main_lines(docs_dir)
    responses = _find_section(lines, "Responses")
    error_codes = _find_section(lines, "Error Codes")
    return ErrorCodeLists(
        responses_common=_error_codes(_table_after(lines, "Common Error Codes", responses)),
        error_codes_common=_error_codes(_table_after(lines, "Common Error Codes", error_codes)),
        service=_error_codes(_table_after(lines, "Service Error Codes", error_codes)),
    )


# --- callback section (003) ---------------------------------------------------------------------


def _callback_error_section(lines: Sequence[str]) -> int:
    return _find_section(lines, "Error Codes for SMS Sending and Receipt Status")


def _solution(text: str) -> str | None:
    return None if text == "-" else text


def read_sending_error_codes(docs_dir: Path) -> list[SendingErrorCode]:
    lines = _main_lines(docs_dir)
    start = _callback_error_section(lines)
    table = _table_after(lines, "Error codes of SMS message sending", start)
    return [
        SendingErrorCode(int(code), description, _solution(solution))
        for code, description, solution in table.rows
    ]


def _receipt_status_intro(lines: Sequence[str]) -> int:
    heading = _find_line(lines, "Error codes of receipt status", _callback_error_section(lines))
    return _next_text_line(lines, heading + 1)


def read_receipt_status_categories(docs_dir: Path) -> dict[str, str]:
    """Abbreviations named in the sentence before the receipt table, e.g. "CMCC (China Mobile)"."""
    lines = _main_lines(docs_dir)
    sentence = lines[_receipt_status_intro(lines)]
    return dict(_CATEGORY_ABBREVIATION.findall(sentence.split("abbreviations", 1)[1]))


def read_receipt_status_codes(docs_dir: Path) -> list[ReceiptStatusCode]:
    """Every row of the receipt status table, duplicates included, in document order."""
    lines = _main_lines(docs_dir)
    table = read_tab_table(lines, _receipt_status_intro(lines) + 1)
    return [ReceiptStatusCode(*row) for row in table.rows]


def _read_callback(lines: Sequence[str], title: str) -> CallbackDoc:
    start = _find_section(lines, title)
    return CallbackDoc(
        title=title,
        fields=tuple(_table_after(lines, "Request Parameters", start).first_column()),
        response_fields=tuple(_table_after(lines, "Response Parameters", start).first_column()),
    )


def read_callbacks(docs_dir: Path) -> dict[str, CallbackDoc]:
    """The callbacks of 003, keyed by page title."""
    lines = _main_lines(docs_dir)
    return {title: _read_callback(lines, title) for title in CALLBACK_TITLES}


# --- 004: one cell per line ---------------------------------------------------------------------


def _vertical_table_names(lines: Sequence[str], title: str) -> tuple[str, ...]:
    """First cells of a table printed one cell per line, header "Parameter/Required/Type/...".

    Cells are grouped by the header's width; every group must have Yes or No as its second cell.
    """
    header_start = _find_line(lines, "Parameter", _find_line(lines, title))
    header_end = _find_line(lines, "Description", header_start)
    width = header_end - header_start + 1
    cells: list[str] = []
    for line in lines[header_end + 1 :]:
        if line.startswith("Sample "):
            break
        if line.strip():
            cells.append(line.strip())
    rows = [cells[i : i + width] for i in range(0, len(cells), width)]
    for row in rows:
        if len(row) != width or row[1] not in {"Yes", "No"}:
            raise ValueError(f"{REPLY_DOC}: {title}: malformed row {row}")
    return tuple(row[0] for row in rows)


def read_reply_callback_page(docs_dir: Path) -> CallbackDoc:
    """The SMS Reply callback as 004 prints it."""
    lines = _read_lines(docs_dir / REPLY_DOC)
    return CallbackDoc(
        title="SMS Reply",
        fields=_vertical_table_names(lines, "Request Parameters"),
        response_fields=_vertical_table_names(lines, "Response Parameters"),
    )


# --- 000: cells separated by single spaces ------------------------------------------------------


def _space_table_lines(lines: Sequence[str], title: str) -> list[str]:
    """Lines of the table after ``title``: from below its header to the first blank line."""
    header = _next_text_line(lines, _find_line(lines, title) + 1)
    while not lines[header].startswith(("Parameter Name ", "Error Code ")):
        header = _next_text_line(lines, header + 1)
    body = list(lines[header + 1 :])
    return body[: body.index("")] if "" in body else body


def _space_row_names(lines: Sequence[str], title: str, row: re.Pattern[str]) -> list[str]:
    """First cells of the rows that ``row`` recognises; other lines continue a description."""
    matches = (row.match(line) for line in _space_table_lines(lines, title))
    return [match.group(1) for match in matches if match]


def _action_name(lines: Sequence[str], source: str) -> str:
    for line in lines:
        if line.startswith("Action"):
            match = _ACTION_VALUE.search(line)
            if match:
                return match.group(1)
    raise ValueError(f"{source}: no Action row")


def read_space_table_page(docs_dir: Path) -> ActionDoc:
    """The action page 000."""
    lines = _read_lines(docs_dir / SPACE_TABLE_DOC)
    return ActionDoc(
        name=_action_name(lines, SPACE_TABLE_DOC),
        rate_limit_per_second=_rate_limit(lines, 0, len(lines)),
        inputs=_input_names(_space_row_names(lines, "2. Input Parameters", _SPACE_INPUT_ROW)),
        outputs=tuple(_space_row_names(lines, "3. Output Parameters", _SPACE_OUTPUT_ROW)),
        error_codes=tuple(_space_row_names(lines, "6. Error Code", _SPACE_ERROR_ROW)),
    )


# --- 001: pipe tables ---------------------------------------------------------------------------


def _pipe_cells(line: str) -> tuple[str, ...]:
    return tuple(clean(cell) for cell in line.strip().strip("|").split("|"))


def _starts_pipe_table(lines: Sequence[str], index: int) -> bool:
    """True for a header line: it has pipes and the next line is the ``---|`` rule."""
    return index + 1 < len(lines) and "|" in lines[index] and lines[index + 1].startswith("---|")


def _pipe_tables(lines: Sequence[str]) -> Iterator[Table]:
    """Every pipe table: a header line, a ``---|`` line, then rows until a line without pipes or
    the next table's header."""
    index = 0
    while index < len(lines):
        if _starts_pipe_table(lines, index):
            header = _pipe_cells(lines[index])
            end = index + 2
            while end < len(lines) and "|" in lines[end] and not _starts_pipe_table(lines, end):
                end += 1
            yield Table(header, tuple(_pipe_cells(line) for line in lines[index + 2 : end]))
            index = end
        else:
            index += 1


def _pipe_table(tables: Sequence[Table], header: tuple[str, ...]) -> Table:
    for table in tables:
        if table.header == header:
            return table
    raise ValueError(f"{PIPE_TABLE_DOC}: no table with header {header}")


def read_pipe_table_page(docs_dir: Path) -> ActionDoc:
    """The action page 001."""
    lines = _read_lines(docs_dir / PIPE_TABLE_DOC)
    tables = list(_pipe_tables(lines))
    inputs = _pipe_table(tables, ("Parameter Name", "Required", "Type", "Description"))
    outputs = _pipe_table(tables, ("Parameter Name", "Type", "Description"))
    errors = _pipe_table(tables, ("Error Code", "Description"))
    return ActionDoc(
        name=_action_name(lines, PIPE_TABLE_DOC),
        rate_limit_per_second=_rate_limit(lines, 0, len(lines)),
        inputs=_input_names(inputs.first_column()),
        outputs=tuple(outputs.first_column()),
        error_codes=tuple(errors.first_column()),
    )


def read_action_pages(docs_dir: Path) -> dict[str, ActionDoc]:
    """The separately captured action pages, keyed by document file name."""
    return {
        SPACE_TABLE_DOC: read_space_table_page(docs_dir),
        PIPE_TABLE_DOC: read_pipe_table_page(docs_dir),
    }
