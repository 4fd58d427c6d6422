# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The AddSignStatus data type: its model, and the constraints of its fields as an input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["AddSignStatus"]


@dataclass(slots=True, kw_only=True)
class AddSignStatus(WireModel):
    """Signature addition response

    Attributes:
        sign_id: Signature ID.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    sign_id: int

    FIELDS: ClassVar[tuple[Field, ...]] = (Field("SignId", "sign_id", "integer"),)


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (Param("SignId", "sign_id", "integer"),)
