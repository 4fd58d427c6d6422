# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The ModifyTemplateStatus data type: its model, and the constraints of its fields as an input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["ModifyTemplateStatus"]


@dataclass(slots=True, kw_only=True)
class ModifyTemplateStatus(WireModel):
    """Template parameter modification response

    Attributes:
        template_id: Template ID.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    template_id: int

    FIELDS: ClassVar[tuple[Field, ...]] = (Field("TemplateId", "template_id", "integer"),)


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (Param("TemplateId", "template_id", "integer"),)
