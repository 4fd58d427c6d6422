# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/_phone_numbers.py; edit it there.
"""Reading phone numbers the way the service reads them, without refusing any.

The service takes E.164 (``+8613711112222``), ``00`` for ``+``, and a Chinese mainland number as
its 11 digits or with ``86`` in front (the spec's ``discrepancies`` give the sources). Clients never
refuse a number for its form; they read numbers only to keep apart what one request may not mix
and to know two spellings of one number for one number.
"""

from __future__ import annotations

__all__ = ["MAINLAND_CODE", "is_mainland", "normalise"]

MAINLAND_CODE = "86"
_MAINLAND_DIGITS = 11  # a mainland mobile number without its country code
_MIN_DIGITS = 3  # a calling code and at least one more digit
_MAX_DIGITS = 15  # E.164


def normalise(number: str) -> str | None:
    """The E.164 form of a number as the service reads it, or None when it cannot be read."""
    if number.startswith("+"):
        digits = number[1:]
    elif number.startswith("00"):
        digits = number[2:]
    elif len(number) == _MAINLAND_DIGITS and number.startswith("1"):
        digits = MAINLAND_CODE + number
    elif len(number) == len(MAINLAND_CODE) + _MAINLAND_DIGITS and number.startswith("861"):
        digits = number
    else:
        return None
    if not (digits.isascii() and digits.isdigit()) or not _MIN_DIGITS <= len(digits) <= _MAX_DIGITS:
        return None  # [0-9] only: str.isdigit alone also takes other scripts' digits
    return None if digits.startswith("0") else "+" + digits


def is_mainland(e164: str) -> bool:
    """Whether a normalised number is a Chinese mainland one (+86)."""
    return e164.startswith("+" + MAINLAND_CODE)
