# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The DescribeSignListStatus data type: its model, and the constraints of its fields as an
input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["DescribeSignListStatus"]


@dataclass(slots=True, kw_only=True)
class DescribeSignListStatus(WireModel):
    """Response for getting SMS signature information

    Attributes:
        sign_id: Signature ID.
        international: Whether it is Global SMS. 0: Mainland China SMS; 1: Global SMS.
        status_code: Signature application status. Valid values: 0: approved; 1: under review. -1:
            application rejected or failed.
        review_reply: Review reply, i.e., response given by the reviewer, which is usually the
            reason for rejection.
        sign_name: Signature name.
        create_time: Application submission time in the format of UNIX timestamp in seconds.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    sign_id: int
    international: int
    status_code: int
    review_reply: str
    sign_name: str
    create_time: int

    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("SignId", "sign_id", "integer"),
        Field("International", "international", "integer"),
        Field("StatusCode", "status_code", "integer"),
        Field("ReviewReply", "review_reply", "string"),
        Field("SignName", "sign_name", "string"),
        Field("CreateTime", "create_time", "integer"),
    )


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (
    Param("SignId", "sign_id", "integer"),
    Param("International", "international", "integer", enum=(0, 1)),
    Param("StatusCode", "status_code", "integer", enum=(0, 1, -1)),
    Param("ReviewReply", "review_reply", "string"),
    Param("SignName", "sign_name", "string"),
    Param("CreateTime", "create_time", "integer", format="unix_seconds"),
)
