# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The SendStatus data type: its model, and the constraints of its fields as an input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["SendStatus"]


@dataclass(slots=True, kw_only=True)
class SendStatus(WireModel):
    """SMS delivery status

    Attributes:
        serial_no: Delivery serial number.
        phone_number: Mobile number in the E.164 standard (+[country/region code][mobile number]),
            such as +8613711112222, which has a + sign followed by 86 (country/region code) and then
            by 13711112222 (mobile number).
        fee: Number of billable SMS messages. For billing rules, see Billing Policy.
        session_context: User session content.
        code: SMS request error code. For specific meanings, see Error Codes. Ok will be returned
            for successful delivery.
        message: SMS request error message.
        iso_code: Country/Region code, such as CN and US. For unrecognized country/region codes, DEF
            is returned by default. For the specific list of supported values, please see Global SMS
            Price Overview.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    serial_no: str
    phone_number: str
    fee: int
    session_context: str
    code: str
    message: str
    iso_code: str

    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("SerialNo", "serial_no", "string"),
        Field("PhoneNumber", "phone_number", "string"),
        Field("Fee", "fee", "integer"),
        Field("SessionContext", "session_context", "string"),
        Field("Code", "code", "string"),
        Field("Message", "message", "string"),
        Field("IsoCode", "iso_code", "string"),
    )


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (
    Param("SerialNo", "serial_no", "string"),
    Param("PhoneNumber", "phone_number", "string", format="e164"),
    Param("Fee", "fee", "integer"),
    Param("SessionContext", "session_context", "string"),
    Param("Code", "code", "string"),
    Param("Message", "message", "string"),
    Param("IsoCode", "iso_code", "string"),
)
