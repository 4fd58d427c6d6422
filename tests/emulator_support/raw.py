"""Raw signed requests, for what our clients refuse to send (they validate before sending)."""

from __future__ import annotations

import http.client
import json
from typing import Any

from tcsms._core import Endpoint, RequestBuilder
from tcsms._credentials import Credentials
from tcsms.emulator import Emulator

APP_ID = "1400006666"


def send_raw(
    emulator: Emulator,
    method: str,
    target: str,
    headers: dict[str, str],
    body: bytes = b"",
) -> dict[str, Any]:
    """One HTTP request; returns the parsed ``Response`` object (asserting HTTP 200)."""
    connection = http.client.HTTPConnection(emulator.host, emulator.port, timeout=10)
    try:
        connection.request(method, target, body=body, headers=headers)
        answer = connection.getresponse()
        assert answer.status == 200, answer.status
        document = json.loads(answer.read())
    finally:
        connection.close()
    response: dict[str, Any] = document["Response"]
    return response


def call_raw(
    emulator: Emulator,
    action: str,
    payload: dict[str, Any],
    *,
    secret_id: str | None = None,
    secret_key: str | None = None,
    token: str | None = None,
    region: str = "ap-guangzhou",
    sign_method: Any = "TC3-HMAC-SHA256",
    http_method: Any = "POST",
    timestamp: int | None = None,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Signs ``payload`` as our clients do, without their validation, and sends it."""
    credentials = Credentials(
        secret_id or emulator.credentials.secret_id,
        secret_key or emulator.credentials.secret_key,
        token if token is not None else emulator.credentials.token,
    )
    builder = RequestBuilder(
        region,
        Endpoint.parse(emulator.endpoint),
        sign_method=sign_method,
        http_method=http_method,
    )
    prepared = builder.prepare(action, payload, credentials, timestamp=timestamp)
    return send_raw(
        emulator,
        prepared.method,
        prepared.path,
        {**prepared.headers, **(headers or {})},
        prepared.body,
    )


def error_code(response: dict[str, Any]) -> str | None:
    error = response.get("Error")
    return None if error is None else str(error["Code"])


def sign_payload(name: str = "Tencent", international: int = 0) -> dict[str, Any]:
    return {
        "SignName": name,
        "SignType": 0,
        "DocumentType": 0,
        "International": international,
        "SignPurpose": 0,
        "ProofImage": "aGVsbG8=",
    }


def template_payload(content: str = "Your code is {1}", international: int = 0) -> dict[str, Any]:
    return {
        "TemplateName": "code",
        "TemplateContent": content,
        "SmsType": 3,
        "International": international,
        "Remark": "for tests",
    }


def setup_sending(emulator: Emulator, content: str = "Your code is {1}") -> str:
    """An approved mainland signature "Tencent" and template; returns the template id."""
    for call, payload in (
        ("AddSmsSign", sign_payload()),
        ("AddSmsTemplate", template_payload(content)),
    ):
        response = call_raw(emulator, call, payload)
        assert error_code(response) is None, response
    templates = emulator.admin.templates()
    for sign in emulator.admin.signs():
        emulator.admin.approve_sign(sign["id"])
    emulator.admin.approve_template(templates[-1]["id"])
    return str(templates[-1]["id"])
