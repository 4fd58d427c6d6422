"""Requests and answers as text for DEBUG logs, with every secret, token and signature redacted.

The secret key itself never travels; what does travel and would let someone replay or forge a call
is masked: the ``Signature=`` of a TC3 ``Authorization`` header, the ``X-TC-Token`` header, and the
``Signature`` and ``Token`` parameters of a v1 form body or query string. The SecretId stays: it
names the key, as the official SDKs' debug logs show it. A proxy's credentials are added by the
transport as it writes the request, so they are never in what is logged; ``Proxy-Authorization``
is masked all the same.
"""

from __future__ import annotations

import re

from ._core import FORM_CONTENT_TYPE, PreparedRequest, RawResponse

__all__ = ["MASK", "MAX_LOGGED_BODY", "describe_answer", "describe_request"]

MASK = "***"
# A signature image can be megabytes: a log line shows the start and the size.
MAX_LOGGED_BODY = 4096
_SECRET_HEADERS = frozenset({"x-tc-token", "proxy-authorization"})
_SECRET_PARAMS = frozenset({"Signature", "Token"})
_TC3_SIGNATURE = re.compile(r"(Signature=)[^,\s]*")
_FORM_PAIR = re.compile(r"(?:^|(?<=&))([^=&]*)=([^&]*)")


def describe_request(request: PreparedRequest) -> str:
    """``METHOD target``, the headers and the body, each secret replaced by ``***``."""
    target = request.path
    if "?" in target:
        path, query = target.split("?", 1)
        target = f"{path}?{_redact_form(query)}"
    headers = ", ".join(
        f"{name}: {_redact_header(name, value)}" for name, value in request.headers.items()
    )
    body = request.body
    if request.headers.get("Content-Type") == FORM_CONTENT_TYPE:
        body = _redact_form(body.decode("ascii", "replace")).encode("ascii")
    return f"{request.method} {target} [{headers}] {_show_body(body)}"


def describe_answer(raw: RawResponse) -> str:
    """The status, headers and body of an answer (answers carry no secrets)."""
    headers = ", ".join(f"{name}: {value}" for name, value in raw.headers.items())
    return f"HTTP {raw.status} [{headers}] {_show_body(raw.body)}"


def _redact_header(name: str, value: str) -> str:
    lowered = name.lower()
    if lowered in _SECRET_HEADERS:
        return MASK
    if lowered == "authorization":
        return _TC3_SIGNATURE.sub(rf"\g<1>{MASK}", value)
    return value


def _redact_form(form: str) -> str:
    def mask(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"{name}={MASK}" if name in _SECRET_PARAMS else match.group(0)

    return _FORM_PAIR.sub(mask, form)


def _show_body(body: bytes) -> str:
    if len(body) <= MAX_LOGGED_BODY:
        return body.decode("utf-8", "replace")
    shown = body[:MAX_LOGGED_BODY].decode("utf-8", "replace")
    return f"{shown}... ({len(body)} bytes)"
