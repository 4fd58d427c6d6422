# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The SendStatusStatistics data type: its model, and the constraints of its fields as an input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["SendStatusStatistics"]


@dataclass(slots=True, kw_only=True)
class SendStatusStatistics(WireModel):
    """Delivery statistics response body

    Attributes:
        fee_count: Billable SMS message quantity; for example, in 100 successfully submitted SMS
            messages, if 20 ones are long messages (over 80 characters) and split into two messages
            each, then the billable quantity will be 80 * 1 + 20 * 2 = 120.
        request_count: Submitted SMS messages.
        request_success_count: Successfully submitted SMS messages.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    fee_count: int
    request_count: int
    request_success_count: int

    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("FeeCount", "fee_count", "integer"),
        Field("RequestCount", "request_count", "integer"),
        Field("RequestSuccessCount", "request_success_count", "integer"),
    )


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (
    Param("FeeCount", "fee_count", "integer"),
    Param("RequestCount", "request_count", "integer"),
    Param("RequestSuccessCount", "request_success_count", "integer"),
)
