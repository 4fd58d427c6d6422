# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The PullSmsSendStatus data type: its model, and the constraints of its fields as an input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["PullSmsSendStatus"]


@dataclass(slots=True, kw_only=True)
class PullSmsSendStatus(WireModel):
    """SMS delivery status details

    Attributes:
        user_receive_time: Actual time of SMS receipt by user in seconds in the format of UNIX
            timestamp.
        country_code: Country (or region) code.
        subscriber_number: User's mobile number in a common format such as 13711112222.
        phone_number: Mobile number in the E.164 standard ([country/region code][mobile number]),
            such as +8613711112222, which has a + sign followed by 86 (country/region code) and then
            by 13711112222 (mobile number).
        serial_no: ID of the current delivery.
        report_status: Whether the SMS message is actually received. Valid values: SUCCESS
            (success), FAIL (failure).
        description: Description of SMS receipt by user.
        session_context: User session content, which is the same as the SessionContext in the
            request and is empty by default. If you need to activate it, contact SMS Helper. Note:
            This field may return null, indicating that no valid values can be obtained.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    user_receive_time: int
    country_code: str
    subscriber_number: str
    phone_number: str
    serial_no: str
    report_status: str
    description: str
    session_context: str | None = None

    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("UserReceiveTime", "user_receive_time", "integer"),
        Field("CountryCode", "country_code", "string"),
        Field("SubscriberNumber", "subscriber_number", "string"),
        Field("PhoneNumber", "phone_number", "string"),
        Field("SerialNo", "serial_no", "string"),
        Field("ReportStatus", "report_status", "string"),
        Field("Description", "description", "string"),
        Field("SessionContext", "session_context", "string", optional=True),
    )


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (
    Param("UserReceiveTime", "user_receive_time", "integer", format="unix_seconds"),
    Param("CountryCode", "country_code", "string"),
    Param("SubscriberNumber", "subscriber_number", "string"),
    Param("PhoneNumber", "phone_number", "string", format="e164"),
    Param("SerialNo", "serial_no", "string"),
    Param("ReportStatus", "report_status", "string", enum=("SUCCESS", "FAIL")),
    Param("Description", "description", "string"),
    Param("SessionContext", "session_context", "string"),
)
