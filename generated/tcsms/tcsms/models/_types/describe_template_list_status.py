# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The DescribeTemplateListStatus data type: its model, and the constraints of its fields as an
input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["DescribeTemplateListStatus"]


@dataclass(slots=True, kw_only=True)
class DescribeTemplateListStatus(WireModel):
    """Response for getting SMS template information

    Attributes:
        template_id: Template ID.
        international: Whether it is Global SMS. 0: Mainland China SMS; 1: Global SMS.
        status_code: Template application status. Valid values: 0: approved and effective; 1: under
            review; 2: approved but to be effective; -1: application rejected or failed.
        review_reply: Review reply, i.e., response given by the reviewer, which is usually the
            reason for rejection.
        template_name: Template name.
        create_time: Application submission time in the format of UNIX timestamp in seconds.
        template_content: Template content.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    template_id: int
    international: int
    status_code: int
    review_reply: str
    template_name: str
    create_time: int
    template_content: str

    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "integer"),
        Field("International", "international", "integer"),
        Field("StatusCode", "status_code", "integer"),
        Field("ReviewReply", "review_reply", "string"),
        Field("TemplateName", "template_name", "string"),
        Field("CreateTime", "create_time", "integer"),
        Field("TemplateContent", "template_content", "string"),
    )


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (
    Param("TemplateId", "template_id", "integer"),
    Param("International", "international", "integer", enum=(0, 1)),
    Param("StatusCode", "status_code", "integer", enum=(0, 1, 2, -1)),
    Param("ReviewReply", "review_reply", "string"),
    Param("TemplateName", "template_name", "string"),
    Param("CreateTime", "create_time", "integer", format="unix_seconds"),
    Param("TemplateContent", "template_content", "string"),
)
