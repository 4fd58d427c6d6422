"""What an emulator test asserts after it ran: the server logged no error and wrote no traceback.

``no_tracebacks`` is an autouse fixture: a test module that imports it has every test checked.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_tracebacks(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> Iterator[None]:
    """Fails the test when the server logged an error or wrote a traceback."""
    caplog.set_level(logging.DEBUG)
    yield
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
    assert not problems, [r.getMessage() for r in problems]
    assert "Traceback" not in capsys.readouterr().err
