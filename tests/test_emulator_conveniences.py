"""What makes the emulator quick to test with: ``admin.seed()`` gives an approved signature and
template in one call, the pytest fixture takes a callback URL from a marker, and mainland numbers
written without +86 are stored as the service stores them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from emulator_support.receivers import callback_receiver

from tcsms.emulator import AdminClient, Emulator

INNER_PYTEST = [sys.executable, "-m", "pytest", "-p", "tcsms.emulator.pytest_plugin", "-q"]
INNER_PYTEST += ["--strict-markers", "-p", "no:cacheprovider"]


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[Any]]]:
    """A callback receiver on loopback: its URL and the payloads it took."""
    with callback_receiver() as received:
        yield received


def test_seed_then_send_at_once() -> None:
    with Emulator() as emulator, emulator.client() as client:
        seeded = emulator.admin.seed()
        # The README's form: what seed() returns is SendSms's keyword arguments.
        answer = client.send_sms(
            phone_number_set=["+8613711112222"], template_param_set=["4321"], **seeded
        )
        [status] = answer.send_status_set or []
        assert status.code == "Ok"
        [message] = emulator.admin.messages()
    assert message["content"] == "【Tencent】Your code is 4321"


def test_seed_over_http_with_a_template_of_ones_own() -> None:
    with Emulator() as emulator, emulator.client() as client:
        admin = AdminClient(emulator.endpoint)
        first = admin.call("seed", sign_name="Acme", template_content="Hi {1}, {2}")
        second = admin.call("seed", sign_name="Acme", template_content="Bye")
        assert first["template_id"] != second["template_id"]
        assert len(emulator.admin.signs()) == 1
        client.send_sms(
            phone_number_set=["+8613711112222"],
            sms_sdk_app_id=first["sms_sdk_app_id"],
            sign_name="Acme",
            template_id=first["template_id"],
            template_param_set=["Ann", "Bo"],
        )
        [message] = emulator.admin.messages()
    assert message["content"] == "【Acme】Hi Ann, Bo"


@pytest.mark.parametrize("written", ["13711112222", "8613711112222", "008613711112222"])
def test_mainland_numbers_without_plus_86_are_stored_as_plus_86(written: str) -> None:
    with Emulator() as emulator, emulator.client() as client:
        seeded = emulator.admin.seed()
        answer = client.send_sms(
            phone_number_set=[written],
            sms_sdk_app_id=seeded["sms_sdk_app_id"],
            sign_name=seeded["sign_name"],
            template_id=seeded["template_id"],
            template_param_set=["1"],
        )
        [status] = answer.send_status_set or []
        [message] = emulator.admin.messages()
    assert status.phone_number == message["phone"] == "+8613711112222"
    assert (message["nation_code"], message["subscriber"]) == ("86", "13711112222")


def test_the_fixture_takes_a_callback_url_from_a_marker(
    tmp_path: Path, receiver: tuple[str, list[Any]]
) -> None:
    url, payloads = receiver
    (tmp_path / "test_marked.py").write_text(textwrap.dedent(f"""
        import pytest

        @pytest.mark.sms_emulator(callback_url={url!r})
        def test_send(sms_emulator):
            seeded = sms_emulator.admin.seed()
            with sms_emulator.client() as client:
                client.send_sms(
                    phone_number_set=["13711112222"],
                    sms_sdk_app_id=seeded["sms_sdk_app_id"],
                    sign_name=seeded["sign_name"],
                    template_id=seeded["template_id"],
                    template_param_set=["1"],
                )
            assert sms_emulator.admin.flush_callbacks()
            [message] = sms_emulator.admin.messages()
            assert message["callback_ok"] == 1

        def test_unmarked(sms_emulator, sms_callback_url):
            assert sms_callback_url is None and sms_emulator.context.callbacks is None
        """))
    run = subprocess.run(
        [*INNER_PYTEST, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout
    [[record]] = payloads
    assert record["mobile"] == "13711112222" and record["nationcode"] == "86"


def test_seed_for_global_numbers_without_a_signature() -> None:
    with Emulator() as emulator, emulator.client() as client:
        seeded = emulator.admin.seed(sign_name="", international=True, template_content="Hi")
        answer = client.send_sms(phone_number_set=["+14155550100"], **seeded)
        [status] = answer.send_status_set or []
        assert status.code == "Ok" and emulator.admin.signs() == []
