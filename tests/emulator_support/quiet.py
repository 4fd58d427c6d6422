"""What an emulator test asserts after it ran: the server logged no error and wrote no traceback."""

from __future__ import annotations

import logging

import pytest


def assert_quiet(caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> None:
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
    assert not problems, [r.getMessage() for r in problems]
    assert "Traceback" not in capsys.readouterr().err
