"""Prints the spec's sending_error_codes, receipt_status_categories and receipt_status_codes, read
from the documents by doc_reader, as YAML in the spec's layout.

    python tests/transcribe_tables.py [DOCS_DIR] > tables.yaml

Receipt rows come one per line as flow mappings with quoted codes. The receipt table repeats some
(code, category) pairs, which the spec keys on: a verbatim repeat is printed once, and a pair listed
with different descriptions is printed once with the descriptions joined by " / ". A comment above
the row says which.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from generator.doc_reader import (
    ReceiptStatusCode,
    SendingErrorCode,
    find_docs_dir,
    read_receipt_status_categories,
    read_receipt_status_codes,
    read_sending_error_codes,
)


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is a subset of it)."""
    return json.dumps(text, ensure_ascii=False)


def sending_error_code_lines(codes: Sequence[SendingErrorCode]) -> Iterator[str]:
    yield "sending_error_codes:"
    for code in codes:
        yield f"  - code: {code.code}"
        yield f"    description: {quoted(code.description)}"
        yield f"    solution: {'null' if code.solution is None else quoted(code.solution)}"


def category_lines(categories: dict[str, str]) -> Iterator[str]:
    yield "receipt_status_categories:"
    for abbreviation, meaning in categories.items():
        yield f"  {abbreviation}: {quoted(meaning)}"


def group_receipt_codes(
    codes: Sequence[ReceiptStatusCode],
) -> dict[tuple[str, str], list[ReceiptStatusCode]]:
    """Rows grouped by (code, category), in order of first appearance."""
    groups: dict[tuple[str, str], list[ReceiptStatusCode]] = {}
    for code in codes:
        groups.setdefault((code.code, code.category), []).append(code)
    return groups


def duplicate_note(rows: Sequence[ReceiptStatusCode]) -> str | None:
    if len(rows) == 1:
        return None
    if len({row.description for row in rows}) == 1:
        return f"# {rows[0].code} ({rows[0].category}) is listed {len(rows)} times verbatim."
    return (
        f"# {rows[0].code} ({rows[0].category}) is listed {len(rows)} times with different"
        " descriptions, joined here by ' / '."
    )


def receipt_code_line(rows: Sequence[ReceiptStatusCode]) -> str:
    descriptions = " / ".join(dict.fromkeys(row.description for row in rows))
    first = rows[0]
    return (
        f"  - {{code: {quoted(first.code)}, category: {first.category},"
        f" description: {quoted(descriptions)}}}"
    )


def receipt_code_lines(codes: Sequence[ReceiptStatusCode]) -> Iterator[str]:
    yield "receipt_status_codes:"
    for rows in group_receipt_codes(codes).values():
        note = duplicate_note(rows)
        if note:
            yield f"  {note}"
        yield receipt_code_line(rows)


def transcribe(docs_dir: Path) -> str:
    lines = [
        *sending_error_code_lines(read_sending_error_codes(docs_dir)),
        *category_lines(read_receipt_status_categories(docs_dir)),
        *receipt_code_lines(read_receipt_status_codes(docs_dir)),
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str]) -> None:
    docs_dir = find_docs_dir(Path(argv[1]) if len(argv) > 1 else None)
    if docs_dir is None:
        sys.exit("no documents found: give DOCS_DIR or set TCGEN_DOCS_DIR")
    sys.stdout.write(transcribe(docs_dir))


if __name__ == "__main__":
    main(sys.argv)
