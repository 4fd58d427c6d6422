# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/cli/bulk_report.py; edit it there.
"""``send-bulk``'s results: one record per number, in input order, as JSON lines or CSV.

Every number read from the input gets exactly one record, read from the send's journal after the
send (so a million numbers never sit in memory)::

    {"number": "+8613800000000", "outcome": "sent", "code": "Ok", "message": "send success",
     ...the other fields of the service's per-number result, such as "serial_no"}

``number`` is the line as given; ``outcome`` is one of

- ``sent``: the service accepted the number (``code`` is the success code);
- ``rejected``: the service refused the number, or its whole request for a reason that concerns
  its numbers (``code`` and ``message`` are the service's);
- ``unknown``: the request may have reached the service but no answer was recorded; the number is
  never sent again (``message`` says why);
- ``invalid``: refused before sending, as the service would refuse it (``message`` says why);
- ``duplicate``: the same number as an earlier line, in any spelling the service reads alike; only
  the earlier line was sent;
- ``unsent``: never attempted, because a refusal stopped the send; running the same command again
  with the same ``--journal`` sends these, and only these.

``code`` and ``message`` come from the service's per-number result (null for the outcomes the
service did not answer); the other fields of that result follow, by attribute name. CSV has the
same columns, with a header line.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from .._journal import Journal, State
from .._models import WireModel, model_named

if TYPE_CHECKING:
    from .. import _exceptions as errors
    from .._service import BulkInfo

__all__ = ["FORMATS", "OUTCOMES", "Report"]

FORMATS = ("jsonl", "csv")
OUTCOMES = {
    State.SENT: "sent",
    State.REJECTED: "rejected",
    State.UNKNOWN: "unknown",
    State.IN_FLIGHT: "unknown",  # only in a journal another run left; never after a send
    State.INVALID: "invalid",
    State.REPEATED: "duplicate",
    State.PENDING: "unsent",
}


class Report:
    """Turns the journal's rows into records of one bulk action's results."""

    def __init__(self, info: BulkInfo) -> None:
        self.info = info
        self.status_model = model_named(info.status_model)
        shown = {info.result_number_attr, info.code_attr, info.result_message_attr}
        self.extra = [f.name for f in self.status_model.FIELDS if f.name not in shown]
        self.columns = ["number", "outcome", "code", "message", *self.extra]

    def records(
        self, journal: Journal, stopped_by: errors.TencentCloudError | None
    ) -> Iterator[dict[str, Any]]:
        unsent = "never attempted"
        if stopped_by is not None:
            reason = getattr(stopped_by, "code", None) or type(stopped_by).__name__
            unsent = f"never attempted: sending stopped after {reason}"
        for number, state, detail in journal.in_input_order():
            record: dict[str, Any] = dict.fromkeys(self.columns)
            record["number"] = number
            record["outcome"] = OUTCOMES.get(state, state.name.lower())
            if state in (State.SENT, State.REJECTED) and isinstance(detail, dict):
                status = self.status_model.from_wire(detail)
                record["code"] = getattr(status, self.info.code_attr)
                record["message"] = getattr(status, self.info.result_message_attr)
                for name in self.extra:
                    record[name] = getattr(status, name)
            elif state == State.PENDING:
                record["message"] = unsent
            elif detail is not None:
                record["message"] = _reason(detail)
            yield record

    def write(self, records: Iterator[dict[str, Any]], stream: TextIO, fmt: str) -> None:
        if fmt == "csv":
            writer = csv.DictWriter(stream, fieldnames=self.columns, lineterminator="\n")
            writer.writeheader()
            for record in records:
                writer.writerow({key: _cell(value) for key, value in record.items()})
        else:
            for record in records:
                stream.write(json.dumps(record, ensure_ascii=False, default=_plain) + "\n")
        stream.flush()


def _reason(detail: Any) -> str:
    if isinstance(detail, dict) and "reason" in detail:
        return str(detail["reason"])
    return detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)


def _plain(value: object) -> Any:
    """A result's nested model as its JSON form."""
    if isinstance(value, WireModel):
        return value.to_wire()
    return repr(value)


def _cell(value: object) -> object:
    if value is None or isinstance(value, str | int | float):
        return "" if value is None else value
    return json.dumps(value, ensure_ascii=False, default=_plain)
