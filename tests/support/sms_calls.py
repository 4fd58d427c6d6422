"""Arguments of documented example calls, and the credentials the loopback servers expect."""

from __future__ import annotations

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
# PullSmsSendStatus "Example1": an idempotent read.
PULL_SEND_STATUS: dict[str, Any] = {"limit": 2, "sms_sdk_app_id": "1400006874"}
PULL_REPLY_STATUS: dict[str, Any] = {"limit": 2, "sms_sdk_app_id": "1400006874"}
