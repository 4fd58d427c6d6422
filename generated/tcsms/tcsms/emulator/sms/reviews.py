# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Signatures and templates: submitted for review, reviewed, modified, deleted and listed.

A submission is under review until an admin call approves or rejects it, or approved at once when
the emulator auto-approves; an approved one cannot be modified.
"""

from __future__ import annotations

from typing import Any

from tcsms import models
from tcsms.emulator.api_error import ApiError
from tcsms.emulator.context import Context
from tcsms.emulator.sms.state import APPROVED, REJECTED, UNDER_REVIEW

__all__ = [
    "add_sms_sign",
    "add_sms_template",
    "delete_sms_sign",
    "delete_sms_template",
    "describe_sms_sign_list",
    "describe_sms_template_list",
    "modify_sms_sign",
    "modify_sms_template",
]


def _review_status(ctx: Context) -> int:
    return APPROVED if ctx.auto_approve else UNDER_REVIEW


# Signatures


def add_sms_sign(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    pending = ctx.store.one(
        "SELECT id FROM signs WHERE name = ? AND international = ? AND status != ?",
        (params["SignName"], params["International"], REJECTED),
    )
    if pending is not None:
        raise ApiError("InvalidParameterValue.SignExistAndUnapproved")
    sign_id = ctx.store.insert("signs", {**_sign_row(params), "create_time": int(ctx.now())})
    ctx.store.update("signs", "id", sign_id, {"status": _review_status(ctx)})
    return models.AddSmsSignResponse.partial(
        add_sign_status=models.AddSignStatus.partial(sign_id=sign_id), request_id=request_id
    ).to_wire()


def _sign_row(params: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": params["SignName"],
        "sign_type": params["SignType"],
        "document_type": params["DocumentType"],
        "international": params["International"],
        "sign_purpose": params["SignPurpose"],
        "proof_image": params["ProofImage"],
        "commission_image": params.get("CommissionImage"),
        "remark": params.get("Remark"),
        "status": UNDER_REVIEW,
        "review_reply": "",
    }


def modify_sms_sign(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    sign = ctx.store.one("SELECT status FROM signs WHERE id = ?", (params["SignId"],))
    if sign is None:
        raise ApiError("FailedOperation.MissingSignatureToModify")
    if sign["status"] == APPROVED:
        raise ApiError("InvalidParameterValue.SignAlreadyPassedCheck")
    changes = {**_sign_row(params), "status": _review_status(ctx)}
    ctx.store.update("signs", "id", params["SignId"], changes)
    return models.ModifySmsSignResponse.partial(
        modify_sign_status=models.ModifySignStatus.partial(sign_id=params["SignId"]),
        request_id=request_id,
    ).to_wire()


def delete_sms_sign(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    if not ctx.store.execute("DELETE FROM signs WHERE id = ?", (params["SignId"],)):
        raise ApiError("FailedOperation.SignIdNotExist")
    return models.DeleteSmsSignResponse.partial(
        delete_sign_status=models.DeleteSignStatus.partial(
            delete_status="return successfully", delete_time=int(ctx.now())
        ),
        request_id=request_id,
    ).to_wire()


def describe_sms_sign_list(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    ids = params["SignIdSet"]
    marks = ", ".join("?" for _ in ids)
    rows = ctx.store.query(
        f"SELECT * FROM signs WHERE international = ? AND id IN ({marks}) ORDER BY id",
        (params["International"], *ids),
    )
    if not rows:
        raise ApiError("FailedOperation.MissingSignatureList")
    return models.DescribeSmsSignListResponse.partial(
        describe_sign_list_status_set=[
            models.DescribeSignListStatus.partial(
                sign_id=row["id"],
                international=row["international"],
                status_code=row["status"],
                review_reply=row["review_reply"],
                sign_name=row["name"],
                create_time=row["create_time"],
            )
            for row in rows
        ],
        request_id=request_id,
    ).to_wire()


# Templates


def add_sms_template(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    row = {**_template_row(params), "create_time": int(ctx.now())}
    template_id = ctx.store.insert("templates", row)
    ctx.store.update("templates", "id", template_id, {"status": _review_status(ctx)})
    return models.AddSmsTemplateResponse.partial(
        add_template_status=models.AddTemplateStatus.partial(template_id=str(template_id)),
        request_id=request_id,
    ).to_wire()


def _template_row(params: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": params["TemplateName"],
        "content": params["TemplateContent"],
        "sms_type": params["SmsType"],
        "international": params["International"],
        "remark": params["Remark"],
        "status": UNDER_REVIEW,
        "review_reply": "",
    }


def modify_sms_template(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    template = ctx.store.one("SELECT status FROM templates WHERE id = ?", (params["TemplateId"],))
    if template is None:
        raise ApiError("FailedOperation.MissingTemplateToModify")
    if template["status"] == APPROVED:
        raise ApiError("FailedOperation.TemplateAlreadyPassedCheck")
    changes = {**_template_row(params), "status": _review_status(ctx)}
    ctx.store.update("templates", "id", params["TemplateId"], changes)
    return models.ModifySmsTemplateResponse.partial(
        modify_template_status=models.ModifyTemplateStatus.partial(
            template_id=params["TemplateId"]
        ),
        request_id=request_id,
    ).to_wire()


def delete_sms_template(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
    if not ctx.store.execute("DELETE FROM templates WHERE id = ?", (params["TemplateId"],)):
        raise ApiError("FailedOperation.TemplateIdNotExist")
    return models.DeleteSmsTemplateResponse.partial(
        delete_template_status=models.DeleteTemplateStatus.partial(
            delete_status="return successfully", delete_time=int(ctx.now())
        ),
        request_id=request_id,
    ).to_wire()


def describe_sms_template_list(
    ctx: Context, params: dict[str, Any], request_id: str
) -> dict[str, Any]:
    ids = params.get("TemplateIdSet") or []
    if ids:
        marks = ", ".join("?" for _ in ids)
        rows = ctx.store.query(
            f"SELECT * FROM templates WHERE international = ? AND id IN ({marks}) ORDER BY id",
            (params["International"], *ids),
        )
    else:
        rows = ctx.store.query(
            "SELECT * FROM templates WHERE international = ? ORDER BY id LIMIT ? OFFSET ?",
            (params["International"], params.get("Limit") or 0, params.get("Offset") or 0),
        )
    if ids and not rows:
        raise ApiError("FailedOperation.MissingTemplateList")
    return models.DescribeSmsTemplateListResponse.partial(
        describe_template_status_set=[
            models.DescribeTemplateListStatus.partial(
                template_id=row["id"],
                international=row["international"],
                status_code=row["status"],
                review_reply=row["review_reply"],
                template_name=row["name"],
                create_time=row["create_time"],
                template_content=row["content"],
            )
            for row in rows
        ],
        request_id=request_id,
    ).to_wire()
