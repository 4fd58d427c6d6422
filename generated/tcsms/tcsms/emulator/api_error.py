# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/api_error.py; edit it there.
"""The error answer of the API: a documented code and the spec's description of it."""

from __future__ import annotations

from .spec_tables import ERROR_MESSAGES

__all__ = ["ApiError", "message_for"]


def message_for(code: str, detail: str | None = None) -> str:
    """The spec's description of ``code`` (or of its category), with ``detail`` after it."""
    text = ERROR_MESSAGES.get(code) or ERROR_MESSAGES.get(code.split(".")[0]) or code
    return f"{text} ({detail})" if detail else text


class ApiError(Exception):
    """Raised anywhere in request handling; the server answers it as ``Response.Error``."""

    def __init__(self, code: str, detail: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.message = message_for(code, detail)

    def to_wire(self) -> dict[str, str]:
        return {"Code": self.code, "Message": self.message}
