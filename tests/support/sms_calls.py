"""Arguments of documented example calls, and the credentials the loopback servers expect."""

from __future__ import annotations

import time
from typing import Any

SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
# Distinctive enough that finding it anywhere in text means it leaked.
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
TOKEN = "session-token-4f1c9d8e0b7a"

# Document 003, SendSms "Example1": the call that must never go out twice.
SEND_SMS: dict[str, Any] = {
    "phone_number_set": ["+8618511122266", "+8618511122233"],
    "sms_sdk_app_id": "1400006666",
    "template_id": "1234",
    "sign_name": "Tencent Cloud",
    "template_param_set": ["12345"],
    "session_context": "test",
}
# PullSmsSendStatus "Example1": a queue pull, each record handed out once.
PULL_SEND_STATUS: dict[str, Any] = {"limit": 2, "sms_sdk_app_id": "1400006874"}
PULL_REPLY_STATUS: dict[str, Any] = {"limit": 2, "sms_sdk_app_id": "1400006874"}


def pull_send_status_by_phone_number() -> dict[str, Any]:
    """PullSmsSendStatusByPhoneNumber "Example1", an idempotent time-window query, its window moved
    to the last minute (the documents allow pulling the last 7 days only)."""
    now = int(time.time())
    return {
        "begin_time": now - 60,
        "end_time": now,
        "offset": 0,
        "limit": 2,
        "phone_number": "+8615291996666",
        "sms_sdk_app_id": "1400006666",
    }
