# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The PullSmsReplyStatus data type: its model, and the constraints of its fields as an input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["PullSmsReplyStatus"]


@dataclass(slots=True, kw_only=True)
class PullSmsReplyStatus(WireModel):
    """SMS reply status

    Attributes:
        extend_code: SMS code number extension, which is not activated by default. If you need to
            activate it, please contact SMS Helper.
        country_code: Country (or region) code.
        phone_number: Mobile number in the E.164 standard ([country/region code][mobile number]),
            such as +8613711112222, which has a + sign followed by 86 (country/region code) and then
            by 13711112222 (mobile number).
        sign_name: SMS signature name.
        reply_content: User reply.
        reply_time: Reply time in seconds in the format of UNIX timestamp.
        subscriber_number: User's mobile number in a common format such as 13711112222.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    extend_code: str
    country_code: str
    phone_number: str
    sign_name: str
    reply_content: str
    reply_time: int
    subscriber_number: str

    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("ExtendCode", "extend_code", "string"),
        Field("CountryCode", "country_code", "string"),
        Field("PhoneNumber", "phone_number", "string"),
        Field("SignName", "sign_name", "string"),
        Field("ReplyContent", "reply_content", "string"),
        Field("ReplyTime", "reply_time", "integer"),
        Field("SubscriberNumber", "subscriber_number", "string"),
    )


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (
    Param("ExtendCode", "extend_code", "string"),
    Param("CountryCode", "country_code", "string"),
    Param("PhoneNumber", "phone_number", "string", format="e164"),
    Param("SignName", "sign_name", "string"),
    Param("ReplyContent", "reply_content", "string"),
    Param("ReplyTime", "reply_time", "integer", format="unix_seconds"),
    Param("SubscriberNumber", "subscriber_number", "string"),
)
