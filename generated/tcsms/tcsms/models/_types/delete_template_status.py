# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The DeleteTemplateStatus data type: its model, and the constraints of its fields as an input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["DeleteTemplateStatus"]


@dataclass(slots=True, kw_only=True)
class DeleteTemplateStatus(WireModel):
    """Template deletion response

    Attributes:
        delete_status: Deletion status information.
        delete_time: Deleted time in seconds in the format of UNIX timestamp.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    delete_status: str
    delete_time: int

    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("DeleteStatus", "delete_status", "string"),
        Field("DeleteTime", "delete_time", "integer"),
    )


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (
    Param("DeleteStatus", "delete_status", "string"),
    Param("DeleteTime", "delete_time", "integer", format="unix_seconds"),
)
