"""Reads the source documents (shared/docs) into plain data, without looking at the spec.

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
only markup (``<code>``, ``[text](#)``) and surplus whitespace are removed. Every row keeps the
1-based line where it starts, so a difference can name the document's file:line.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DOCS_DIR_VARIABLE = "TCGEN_DOCS_DIR"
# Where the documents sit next to a checkout: <repo>/../shared/docs.
SIBLING_DOCS_DIR = Path(__file__).resolve().parents[2] / "shared" / "docs"

MAIN_DOC = "003_c813d22a2e469ea7.txt"
SPACE_TABLE_DOC = "000_4767c4f6195df8ee.txt"
PIPE_TABLE_DOC = "001_22483f68f2800978.txt"
REPLY_DOC = "004_b56198a1733dba53.txt"
DOCUMENTS = (MAIN_DOC, SPACE_TABLE_DOC, PIPE_TABLE_DOC, REPLY_DOC)

COMMON_PARAMS = frozenset({"Action", "Version", "Region"})
CALLBACK_TITLES = ("SMS Sending Status Notification", "SMS Reply")

_RATE_LIMIT = re.compile(r"A maximum of (\d+) requests can be initiated per second")
_ACTION_VALUE = re.compile(r"The value used for this API: (\w+)\.")
_CATEGORY_ABBREVIATION = re.compile(r"\b([A-Z]+) \(([^)]+)\)")
_CONTINUATION_START = re.compile(r"[a-z\[`(<]")
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" ([.,;:])")
_SPACE_INPUT_ROW = re.compile(r"([A-Za-z]\w*(?:\.N)?) (Yes|No) (Array of \w+|\w+) (.*)")
_SPACE_OUTPUT_ROW = re.compile(r"([A-Za-z]\w*) (Array of \w+|[A-Z]\w*) (.*)")
_SPACE_ERROR_ROW = re.compile(r"([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]*)?) (\S.*)")


def find_docs_dir(explicit: Path | None = None) -> Path | None:
    """The documents folder: ``explicit``, else $TCGEN_DOCS_DIR, else ../shared/docs next to the
    repository; None when the chosen folder does not hold the main document."""
    from_environment = os.environ.get(DOCS_DIR_VARIABLE)
    candidate = explicit or (Path(from_environment) if from_environment else SIBLING_DOCS_DIR)
    return candidate if (candidate / MAIN_DOC).is_file() else None


@dataclass(frozen=True)
class ParamDoc:
    """One row of a parameter or field table; ``array`` for ``Name.N`` and ``Array of X``."""

    name: str
    line: int
    type: str
    array: bool
    required: bool | None  # None where the table has no Required column
    description: str


@dataclass(frozen=True)
class ErrorCodeDoc:
    code: str
    description: str
    line: int = 0


@dataclass(frozen=True)
class ActionDoc:
    """One action page: names as printed, common params and the ``.N`` suffix removed."""

    name: str
    source: str
    line: int
    rate_limit_per_second: int
    rate_limit_line: int
    params_in: tuple[ParamDoc, ...]
    params_out: tuple[ParamDoc, ...]
    errors: tuple[ErrorCodeDoc, ...]

    @property
    def inputs(self) -> tuple[str, ...]:
        return tuple(param.name for param in self.params_in)

    @property
    def outputs(self) -> tuple[str, ...]:
        return tuple(param.name for param in self.params_out)

    @property
    def error_codes(self) -> tuple[str, ...]:
        return tuple(error.code for error in self.errors)


@dataclass(frozen=True)
class TypeDoc:
    name: str
    line: int
    fields: tuple[ParamDoc, ...]


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
    line: int = 0


@dataclass(frozen=True)
class ReceiptStatusCode:
    code: str
    category: str
    description: str
    line: int = 0


@dataclass(frozen=True)
class CallbackDoc:
    title: str
    source: str
    line: int
    params: tuple[ParamDoc, ...]
    response_params: tuple[ParamDoc, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(param.name for param in self.params)

    @property
    def response_fields(self) -> tuple[str, ...]:
        return tuple(param.name for param in self.response_params)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...] = ()  # 1-based line where each row starts

    def first_column(self) -> list[str]:
        return [row[0] for row in self.rows]

    def line_of(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else 0


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


# --- parameter rows -----------------------------------------------------------------------------

_NAME_COLUMNS = ("Parameter Name", "Parameter", "Name")


def _column(header: Sequence[str], *names: str) -> int | None:
    for name in names:
        if name in header:
            return header.index(name)
    return None


def params_of(table: Table, skip: frozenset[str] = frozenset()) -> tuple[ParamDoc, ...]:
    """The rows of a parameter table as ``ParamDoc``s, whatever order its columns come in."""
    header = tuple(cell.strip() for cell in table.header)
    name_at = _column(header, *_NAME_COLUMNS) or 0
    type_at, required_at = _column(header, "Type"), _column(header, "Required")
    description_at = _column(header, "Description")
    params = []
    for index, row in enumerate(table.rows):
        if row[name_at] in skip:
            continue
        printed_type = row[type_at] if type_at is not None else ""
        params.append(
            ParamDoc(
                name=strip_array_suffix(row[name_at]),
                line=table.line_of(index),
                type=printed_type.removeprefix("Array of ").strip(),
                array=row[name_at].endswith(".N") or printed_type.startswith("Array"),
                required=None if required_at is None else row[required_at] == "Yes",
                description=row[description_at] if description_at is not None else "",
            )
        )
    return tuple(params)


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
    row_lines: list[int] = []
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
                row_lines.append(index + 1)
        elif _CONTINUATION_START.match(line) and rows:
            _extend_cells(rows[-1], [""] * (len(header) - 1) + [line], index + 1)
        else:
            break
    cleaned = tuple(tuple(clean(cell) for cell in row) for row in rows)
    return Table(header, cleaned, tuple(row_lines))


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


def _rate_limit(lines: Sequence[str], start: int, stop: int) -> tuple[int, int]:
    """The documented rate limit and its 1-based line."""
    for index in range(start, stop):
        match = _RATE_LIMIT.search(lines[index])
        if match:
            return int(match.group(1)), index + 1
    raise ValueError(f"no rate limit between lines {start + 1} and {stop}")


def _error_rows(table: Table) -> tuple[ErrorCodeDoc, ...]:
    return tuple(
        ErrorCodeDoc(row[0], row[1] if len(row) > 1 else "", table.line_of(index))
        for index, row in enumerate(table.rows)
    )


def _read_action(lines: Sequence[str], start: int, stop: int) -> ActionDoc:
    rate, rate_line = _rate_limit(lines, start, stop)
    return ActionDoc(
        name=lines[start].strip(),
        source=MAIN_DOC,
        line=start + 1,
        rate_limit_per_second=rate,
        rate_limit_line=rate_line,
        params_in=params_of(_table_after(lines, "2. Input Parameters", start, stop), COMMON_PARAMS),
        params_out=params_of(_table_after(lines, "3. Output Parameters", start, stop)),
        errors=_error_rows(_table_after(lines, "6. Error Code", start, stop)),
    )


def read_actions(docs_dir: Path) -> dict[str, ActionDoc]:
    """Every action page of 003, in document order."""
    lines = _main_lines(docs_dir)
    headings = _action_headings(lines)
    ends = [*headings[1:], _find_section(lines, "Data Types")]
    actions = (_read_action(lines, start, stop) for start, stop in zip(headings, ends, strict=True))
    return {action.name: action for action in actions}


# --- data types (003) ---------------------------------------------------------------------------


def read_type_docs(docs_dir: Path) -> dict[str, TypeDoc]:
    """Every data type with its fields; a type's name is the heading above its description."""
    lines = _main_lines(docs_dir)
    start = _find_section(lines, "Data Types")
    stop = _find_section(lines, "Error Codes", start)
    types = {}
    for index in range(start, stop):
        if lines[index].startswith("Used by actions:"):
            description = _previous_text_line(lines, index)
            heading = _previous_text_line(lines, description)
            name = lines[heading].strip()
            types[name] = TypeDoc(name, heading + 1, params_of(read_tab_table(lines, index + 1)))
    return types


def read_data_types(docs_dir: Path) -> dict[str, tuple[str, ...]]:
    """Field names of every data type."""
    return {
        name: tuple(field.name for field in type_doc.fields)
        for name, type_doc in read_type_docs(docs_dir).items()
    }


# --- global error codes (003) -------------------------------------------------------------------


def read_error_code_lists(docs_dir: Path) -> ErrorCodeLists:
    lines = _main_lines(docs_dir)
    responses = _find_section(lines, "Responses")
    error_codes = _find_section(lines, "Error Codes")
    return ErrorCodeLists(
        responses_common=_error_rows(_table_after(lines, "Common Error Codes", responses)),
        error_codes_common=_error_rows(_table_after(lines, "Common Error Codes", error_codes)),
        service=_error_rows(_table_after(lines, "Service Error Codes", error_codes)),
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
        SendingErrorCode(int(code), description, _solution(solution), table.line_of(index))
        for index, (code, description, solution) in enumerate(table.rows)
    ]


def _receipt_status_intro(lines: Sequence[str]) -> int:
    heading = _find_line(lines, "Error codes of receipt status", _callback_error_section(lines))
    return _next_text_line(lines, heading + 1)


def read_receipt_status_categories(docs_dir: Path) -> dict[str, str]:
    """Abbreviations named in the sentence before the receipt table, e.g. "CMCC (China Mobile)"."""
    lines = _main_lines(docs_dir)
    sentence = lines[_receipt_status_intro(lines)]
    return dict(_CATEGORY_ABBREVIATION.findall(sentence.split("abbreviations", 1)[1]))


def receipt_status_categories_line(docs_dir: Path) -> int:
    return _receipt_status_intro(_main_lines(docs_dir)) + 1


def read_receipt_status_codes(docs_dir: Path) -> list[ReceiptStatusCode]:
    """Every row of the receipt status table, duplicates included, in document order."""
    lines = _main_lines(docs_dir)
    table = read_tab_table(lines, _receipt_status_intro(lines) + 1)
    return [
        ReceiptStatusCode(row[0], row[1], row[2], table.line_of(index))
        for index, row in enumerate(table.rows)
    ]


def _read_callback(lines: Sequence[str], title: str) -> CallbackDoc:
    start = _find_section(lines, title)
    return CallbackDoc(
        title=title,
        source=MAIN_DOC,
        line=start + 1,
        params=params_of(_table_after(lines, "Request Parameters", start)),
        response_params=params_of(_table_after(lines, "Response Parameters", start)),
    )


def read_callbacks(docs_dir: Path) -> dict[str, CallbackDoc]:
    """The callbacks of 003, keyed by page title."""
    lines = _main_lines(docs_dir)
    return {title: _read_callback(lines, title) for title in CALLBACK_TITLES}


# --- 004: one cell per line ---------------------------------------------------------------------


def _vertical_table(lines: Sequence[str], title: str) -> Table:
    """A table printed one cell per line, header "Parameter/Required/Type/...".

    Cells are grouped by the header's width; every group must have Yes or No as its second cell.
    """
    header_start = _find_line(lines, "Parameter", _find_line(lines, title))
    header_end = _find_line(lines, "Description", header_start)
    width = header_end - header_start + 1
    header = tuple(line.strip() for line in lines[header_start : header_end + 1])
    cells: list[tuple[str, int]] = []
    for index in range(header_end + 1, len(lines)):
        if lines[index].startswith("Sample "):
            break
        if lines[index].strip():
            cells.append((lines[index].strip(), index + 1))
    rows = [cells[i : i + width] for i in range(0, len(cells), width)]
    for row in rows:
        if len(row) != width or row[1][0] not in {"Yes", "No"}:
            raise ValueError(f"{REPLY_DOC}: {title}: malformed row {row}")
    return Table(
        header,
        tuple(tuple(clean(cell) for cell, _ in row) for row in rows),
        tuple(row[0][1] for row in rows),
    )


def read_reply_callback_page(docs_dir: Path) -> CallbackDoc:
    """The SMS Reply callback as 004 prints it."""
    lines = _read_lines(docs_dir / REPLY_DOC)
    return CallbackDoc(
        title="SMS Reply",
        source=REPLY_DOC,
        line=1,
        params=params_of(_vertical_table(lines, "Request Parameters")),
        response_params=params_of(_vertical_table(lines, "Response Parameters")),
    )


# --- 000: cells separated by single spaces ------------------------------------------------------


def _space_table(
    lines: Sequence[str], title: str, row: re.Pattern[str], columns: tuple[str, ...]
) -> Table:
    """The rows that ``row`` recognises, from below the header after ``title`` to the first blank
    line; other lines continue the last cell of the row above."""
    header = _next_text_line(lines, _find_line(lines, title) + 1)
    while not lines[header].startswith(("Parameter Name ", "Error Code ")):
        header = _next_text_line(lines, header + 1)
    rows: list[list[str]] = []
    row_lines: list[int] = []
    for index in range(header + 1, len(lines)):
        if not lines[index].strip():
            break
        match = row.match(lines[index])
        if match:
            rows.append(list(match.groups()))
            row_lines.append(index + 1)
        elif rows:
            rows[-1][-1] = f"{rows[-1][-1]} {lines[index]}"
    cleaned = tuple(tuple(clean(cell) for cell in cells) for cells in rows)
    return Table(columns, cleaned, tuple(row_lines))


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
    rate, rate_line = _rate_limit(lines, 0, len(lines))
    inputs = _space_table(
        lines,
        "2. Input Parameters",
        _SPACE_INPUT_ROW,
        ("Parameter Name", "Required", "Type", "Description"),
    )
    outputs = _space_table(
        lines, "3. Output Parameters", _SPACE_OUTPUT_ROW, ("Parameter Name", "Type", "Description")
    )
    errors = _space_table(lines, "6. Error Code", _SPACE_ERROR_ROW, ("Error Code", "Description"))
    return ActionDoc(
        name=_action_name(lines, SPACE_TABLE_DOC),
        source=SPACE_TABLE_DOC,
        line=1,
        rate_limit_per_second=rate,
        rate_limit_line=rate_line,
        params_in=params_of(inputs, COMMON_PARAMS),
        params_out=params_of(outputs),
        errors=_error_rows(errors),
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
            rows = tuple(_pipe_cells(line) for line in lines[index + 2 : end])
            yield Table(header, rows, tuple(range(index + 3, end + 1)))
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
    rate, rate_line = _rate_limit(lines, 0, len(lines))
    inputs = _pipe_table(tables, ("Parameter Name", "Required", "Type", "Description"))
    outputs = _pipe_table(tables, ("Parameter Name", "Type", "Description"))
    errors = _pipe_table(tables, ("Error Code", "Description"))
    return ActionDoc(
        name=_action_name(lines, PIPE_TABLE_DOC),
        source=PIPE_TABLE_DOC,
        line=1,
        rate_limit_per_second=rate,
        rate_limit_line=rate_line,
        params_in=params_of(inputs, COMMON_PARAMS),
        params_out=params_of(outputs),
        errors=_error_rows(errors),
    )


def read_action_pages(docs_dir: Path) -> dict[str, ActionDoc]:
    """The separately captured action pages, keyed by document file name."""
    return {
        SPACE_TABLE_DOC: read_space_table_page(docs_dir),
        PIPE_TABLE_DOC: read_pipe_table_page(docs_dir),
    }
