"""The receipt status and sending code tables in the package match the spec, and answer lookups."""

from __future__ import annotations

from support.specs import sms_spec
from tcsms import status_codes

SPEC = sms_spec()


def test_tables_hold_every_documented_code() -> None:
    rows = {(s.code, s.category, s.description) for s in status_codes.RECEIPT_STATUSES}
    documented = {
        (r["code"], r["category"], r["description"]) for r in SPEC["receipt_status_codes"]
    }
    assert rows == documented
    assert {c: e.description for c, e in status_codes.SENDING_ERRORS.items()} == {
        e["code"]: e["description"] for e in SPEC["sending_error_codes"]
    }
    assert status_codes.CARRIER_CATEGORIES == SPEC["receipt_status_categories"]


def test_a_receipt_code_is_described_per_carrier_category() -> None:
    assert status_codes.describe_receipt("DELIVRD") == (
        "The message is successfully delivered to the recipient."
    )
    meanings = status_codes.receipt_statuses("DB:0140")
    assert [m.category for m in meanings] == ["CMCC"]
    assert status_codes.describe_receipt("DB:0140", "UNICOM") is None
    assert status_codes.describe_receipt("NO-SUCH-CODE") is None


def test_sending_codes_keep_a_missing_solution_as_none() -> None:
    assert status_codes.SENDING_ERRORS[1019].solution is None
    assert status_codes.SENDING_ERRORS[60008].description == "Request processing timed out."
