# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""A pytest fixture: ``pytest_plugins = ["tcsms.emulator.pytest_plugin"]`` in a
conftest.py, then take ``sms_emulator`` as an argument.

The emulator approves what the service reviews as it is submitted and does not enforce rate
limits, so tests can set up what they need quickly. It posts the service's callbacks to a
callback URL when a test gives one: mark the test (or module, with ``pytestmark``)
``@pytest.mark.sms_emulator(callback_url="http://127.0.0.1:8000/cb")``, or override the
``sms_callback_url`` fixture (in a conftest.py or a test module) to return the URL of a
receiver another fixture starts. The marker's other keyword arguments are ``Emulator``'s
(``auto_approve=False``, ``rate_limits=True``, ``db=...``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tcsms.emulator.server import Emulator

MARKER = "sms_emulator"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(callback_url=None, **options): how the {MARKER} fixture's emulator is made",
    )


def _marked(request: pytest.FixtureRequest) -> dict[str, Any]:
    marker = request.node.get_closest_marker(MARKER)
    return dict(marker.kwargs) if marker is not None else {}


@pytest.fixture
def sms_callback_url(request: pytest.FixtureRequest) -> str | None:
    """Where the emulator posts callbacks: the marker's ``callback_url``; None posts none."""
    url: str | None = _marked(request).get("callback_url")
    return url


@pytest.fixture
def sms_emulator(
    request: pytest.FixtureRequest, sms_callback_url: str | None
) -> Iterator[Emulator]:
    options: dict[str, Any] = {"auto_approve": True, "rate_limits": False, **_marked(request)}
    options["callback_url"] = sms_callback_url
    with Emulator(**options) as emulator:
        yield emulator
