# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The ReportConversionStatus data type: its model, and the constraints of its fields as an
input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["ReportConversionStatus"]


@dataclass(slots=True, kw_only=True)
class ReportConversionStatus(WireModel):
    """Response for conversion rate reporting

    Attributes:
        code: Error code. ok is returned if the conversion rate is successfully reported.
        message: Error code description.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    code: str
    message: str

    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("Code", "code", "string"),
        Field("Message", "message", "string"),
    )


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (
    Param("Code", "code", "string"),
    Param("Message", "message", "string"),
)
