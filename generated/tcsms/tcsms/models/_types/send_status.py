# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The SendStatus data type: its model, and the constraints of its fields as an input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

if TYPE_CHECKING:
    from ..._exceptions import ServerError

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

    @property
    def ok(self) -> bool:
        """Whether this item succeeded: ``code`` is ``'Ok'``."""
        return self.code == "Ok"

    @property
    def error(self) -> type[ServerError] | None:
        """The error class of ``code`` when this item failed (``errors.from_code``), else None."""
        code = self.code
        if self.ok or not isinstance(code, str) or not code:
            return None
        from ...errors import from_code  # the table of codes, on first use

        return from_code(code)


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
