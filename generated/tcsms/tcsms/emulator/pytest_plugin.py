# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""A pytest fixture: ``pytest_plugins = ["tcsms.emulator.pytest_plugin"]`` in a
conftest.py, then take ``sms_emulator`` as an argument.

The emulator approves what the service reviews as it is submitted and does not enforce rate
limits, so tests can set up what they need quickly. It posts the service's callbacks to
``sms_callback_url`` when that fixture gives one: override it (in a conftest.py or a test
module) to return your receiver's URL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tcsms.emulator.server import Emulator


@pytest.fixture
def sms_callback_url() -> str | None:
    """Where the emulator posts callbacks; None (the default) posts none."""
    return None


@pytest.fixture
def sms_emulator(sms_callback_url: str | None) -> Iterator[Emulator]:
    with Emulator(auto_approve=True, rate_limits=False, callback_url=sms_callback_url) as emulator:
        yield emulator
