# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""E.164 numbers: country calling code, ISO code and the normalised form.

A small table of calling codes is enough for an emulator; a code it does not know gets the ISO code
``DEF``, as the documents say the service answers for an unidentified country or region.
"""

from __future__ import annotations

from typing import NamedTuple

# How the service reads a number's form is the clients' knowledge too: one reader serves both.
from tcsms._phone_numbers import MAINLAND_CODE, normalise

__all__ = ["MAINLAND_CODE", "UNKNOWN_ISO", "PhoneNumber", "normalise", "parse"]

UNKNOWN_ISO = "DEF"

# Calling code -> (ISO code, name). Longest prefix wins, so "852" is Hong Kong, not "85".
_COUNTRIES: dict[str, tuple[str, str]] = {
    "1": ("US", "United States"),
    "7": ("RU", "Russia"),
    "20": ("EG", "Egypt"),
    "27": ("ZA", "South Africa"),
    "33": ("FR", "France"),
    "34": ("ES", "Spain"),
    "39": ("IT", "Italy"),
    "44": ("GB", "United Kingdom"),
    "49": ("DE", "Germany"),
    "52": ("MX", "Mexico"),
    "55": ("BR", "Brazil"),
    "60": ("MY", "Malaysia"),
    "61": ("AU", "Australia"),
    "62": ("ID", "Indonesia"),
    "63": ("PH", "Philippines"),
    "64": ("NZ", "New Zealand"),
    "65": ("SG", "Singapore"),
    "66": ("TH", "Thailand"),
    "81": ("JP", "Japan"),
    "82": ("KR", "South Korea"),
    "84": ("VN", "Vietnam"),
    "86": ("CN", "China"),
    "90": ("TR", "Turkey"),
    "91": ("IN", "India"),
    "92": ("PK", "Pakistan"),
    "234": ("NG", "Nigeria"),
    "852": ("HK", "Hong Kong, China"),
    "853": ("MO", "Macao, China"),
    "855": ("KH", "Cambodia"),
    "880": ("BD", "Bangladesh"),
    "886": ("TW", "Taiwan, China"),
    "966": ("SA", "Saudi Arabia"),
    "971": ("AE", "United Arab Emirates"),
}


class PhoneNumber(NamedTuple):
    """A parsed number: ``+`` calling code and subscriber number, trunk ``0`` prefix removed."""

    nation_code: str
    subscriber: str
    iso_code: str
    iso_name: str

    @property
    def e164(self) -> str:
        return f"+{self.nation_code}{self.subscriber}"

    @property
    def mainland(self) -> bool:
        return self.nation_code == MAINLAND_CODE


def parse(number: str) -> PhoneNumber:
    """Parses any form ``normalise`` reads; ValueError for one it cannot."""
    e164 = normalise(number)
    if e164 is None:
        raise ValueError(f"not a phone number: {number!r}")
    digits = e164[1:]
    for length in (3, 2, 1):
        code = digits[:length]
        if code in _COUNTRIES:
            iso_code, iso_name = _COUNTRIES[code]
            return PhoneNumber(code, digits[length:].lstrip("0"), iso_code, iso_name)
    return PhoneNumber(digits[:1], digits[1:], UNKNOWN_ISO, "")
