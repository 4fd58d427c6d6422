"""The README's callback receiver is complete, short, and receives the documented callbacks."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from support.specs import ROOT, callback_spec
from support.wsgi_calls import call_wsgi
from tcsms import callbacks

# The bound for a complete receiver.
MAX_RECEIVER_LINES = 14


def _receiver_code() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Receiving callbacks", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None
    return match.group(1)


def test_the_readme_receiver_is_under_fifteen_lines() -> None:
    assert len(_receiver_code().splitlines()) <= MAX_RECEIVER_LINES


def test_the_readme_receiver_takes_both_documented_callbacks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Everything but the line that serves forever.
    code, serving = _receiver_code().rstrip().rsplit("\n", 1)
    assert "serve_forever" in serving
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    app: callbacks.WsgiApp = namespace["app"]
    status = callback_spec("SmsStatusNotification")
    reply = callback_spec("SmsReply")
    for callback in (status, reply):
        body = json.dumps(callback["example"]).encode()
        assert call_wsgi(app, body)[1] == callback["response"]["example"]
    printed = capsys.readouterr().out
    assert status["example"][0]["sid"] in printed and "delivered" in printed.lower()
    assert reply["example"]["text"] in printed
