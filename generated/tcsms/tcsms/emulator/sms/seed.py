# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What a test needs to send at once: an approved signature and template, in one admin call."""

from __future__ import annotations

from typing import Any

from tcsms.emulator.context import Context
from tcsms.emulator.sms.state import APPROVED

__all__ = ["DEFAULT_APP_ID", "seed"]

# Any SmsSdkAppId is accepted; this one is what ``seed`` hands out unless told another.
DEFAULT_APP_ID = "1400000000"


def seed(
    ctx: Context,
    sign_name: str,
    template_content: str,
    international: bool,
    sms_sdk_app_id: str,
) -> dict[str, Any]:
    """Stores an approved signature and template (the signature only once per name and kind,
    none when ``sign_name`` is empty, which only global numbers allow); returns the SendSms
    parameters that use them."""
    kind = int(international)
    now = int(ctx.now())
    with ctx.store.transaction():
        sign = ctx.store.one(
            "SELECT id FROM signs WHERE name = ? AND international = ? AND status = ?",
            (sign_name, kind, APPROVED),
        )
        if sign is None and sign_name:  # global numbers may be sent without one
            ctx.store.insert(
                "signs",
                {
                    "name": sign_name,
                    "sign_type": 0,
                    "document_type": 0,
                    "international": kind,
                    "sign_purpose": 0,
                    "status": APPROVED,
                    "create_time": now,
                },
            )
        template_id = ctx.store.insert(
            "templates",
            {
                "name": "seeded",
                "content": template_content,
                "sms_type": 0,
                "international": kind,
                "remark": "seeded by the admin API",
                "status": APPROVED,
                "create_time": now,
            },
        )
    return {
        "sms_sdk_app_id": sms_sdk_app_id,
        "sign_name": sign_name,
        "template_id": str(template_id),
    }
