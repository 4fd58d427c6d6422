"""The README's emulator example, kept runnable: what a user writes to test their own code."""

from __future__ import annotations

from tcsms import SmsClient
from tcsms.emulator import Emulator
from tcsms.emulator.pytest_plugin import sms_callback_url, sms_emulator  # noqa: F401 (fixtures)


def send_login_code(client: SmsClient, template_id: str, phone: str, code: str) -> str:
    """Stands for the user's code under test."""
    response = client.send_sms(
        phone_number_set=[phone],
        sms_sdk_app_id="1400006666",
        template_id=template_id,
        sign_name="Acme",
        template_param_set=[code],
    )
    return response.send_status_set[0].serial_no


def test_sends_a_code() -> None:
    with Emulator(auto_approve=True) as emulator, emulator.client() as client:
        client.add_sms_sign(
            sign_name="Acme",
            sign_type=0,
            document_type=0,
            international=0,
            sign_purpose=0,
            proof_image="aGVsbG8=",
        )
        added = client.add_sms_template(
            template_name="code",
            template_content="Your code is {1}",
            sms_type=3,
            international=0,
            remark="login",
        )
        serial = send_login_code(
            client, str(added.add_template_status.template_id), "+8613711112222", "4321"
        )
        [message] = emulator.admin.messages()
    assert message["serial_no"] == serial
    assert message["phone"] == "+8613711112222"
    assert "4321" in message["content"]


def test_the_pytest_plugin_gives_a_ready_emulator(sms_emulator: Emulator) -> None:  # noqa: F811
    with sms_emulator.client() as client:
        info = client.describe_phone_number_info(phone_number_set=["+8613711112222"])
    assert info.phone_number_info_set[0].nation_code == "86"
