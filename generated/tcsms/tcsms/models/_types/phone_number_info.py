# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The PhoneNumberInfo data type: its model, and the constraints of its fields as an input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["PhoneNumberInfo"]


@dataclass(slots=True, kw_only=True)
class PhoneNumberInfo(WireModel):
    """Mobile number information.

    Attributes:
        code: Error code for mobile number information query. OK will be returned if the query is
            successful.
        message: Description of the error code for mobile number information query.
        nation_code: Country (or region) code.
        subscriber_number: Subscriber number in normal format such as 13711112222, without any
            prefix (country or region code).
        phone_number: The standardized mobile number in E.164 format after parsing, which is
            consistent with the parsed number for SMS message delivery. If the parsing fails, the
            original number will be returned.
        iso_code: Country or region code such as CN and US. If the country or region code cannot be
            identified, DEF will be returned by default.
        iso_name: Country code or region name such as China. For more information, see Global SMS
            Price Overview
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    code: str
    message: str
    nation_code: str
    subscriber_number: str
    phone_number: str
    iso_code: str
    iso_name: str

    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("Code", "code", "string"),
        Field("Message", "message", "string"),
        Field("NationCode", "nation_code", "string"),
        Field("SubscriberNumber", "subscriber_number", "string"),
        Field("PhoneNumber", "phone_number", "string"),
        Field("IsoCode", "iso_code", "string"),
        Field("IsoName", "iso_name", "string"),
    )


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (
    Param("Code", "code", "string"),
    Param("Message", "message", "string"),
    Param("NationCode", "nation_code", "string"),
    Param("SubscriberNumber", "subscriber_number", "string"),
    Param("PhoneNumber", "phone_number", "string"),
    Param("IsoCode", "iso_code", "string"),
    Param("IsoName", "iso_name", "string"),
)
