"""Every action of the spec through AsyncSmsClient against the emulator, in the order a user meets
them. The list of actions comes from the spec, so an action added to it fails here until the walk
calls it."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from support.specs import action_names
from tcsms import AsyncSmsClient
from tcsms.emulator import Emulator

APP_ID = "1400006666"
PROOF = "aGVsbG8="


def cst_hour(offset_hours: int = 0) -> str:
    """``yyyymmddhh`` in China Standard Time, as the statistics actions count hours."""
    return time.strftime("%Y%m%d%H", time.gmtime(time.time() + (8 + offset_hours) * 3600))


async def walk(client: AsyncSmsClient, emulator: Emulator) -> None:
    sign = await client.add_sms_sign(
        sign_name="Acme",
        sign_type=0,
        document_type=0,
        international=0,
        sign_purpose=0,
        proof_image=PROOF,
    )
    sign_id = sign.add_sign_status.sign_id
    emulator.admin.reject_sign(sign_id, reply="blurry")
    await client.modify_sms_sign(
        sign_id=sign_id,
        sign_name="Acme",
        sign_type=0,
        document_type=0,
        international=0,
        sign_purpose=0,
        proof_image=PROOF,
    )
    emulator.admin.approve_sign(sign_id, reply="ok")
    signs = await client.describe_sms_sign_list(sign_id_set=[sign_id], international=0)
    assert signs.describe_sign_list_status_set[0].status_code == 0

    added = await client.add_sms_template(
        template_name="code", template_content="Code {1}", sms_type=3, international=0, remark="r"
    )
    template_id = int(added.add_template_status.template_id)
    emulator.admin.reject_template(template_id, reply="unclear")
    await client.modify_sms_template(
        template_id=template_id,
        template_name="code",
        template_content="Your code {1}",
        sms_type=3,
        international=0,
        remark="r",
    )
    emulator.admin.approve_template(template_id, reply="ok")
    templates = [t async for t in client.iter_describe_sms_template_list(international=0)]
    assert [t.template_id for t in templates] == [template_id]

    sent = await client.send_sms(
        phone_number_set=["+8613711112222"],
        sms_sdk_app_id=APP_ID,
        template_id=str(template_id),
        sign_name="Acme",
        template_param_set=["1234"],
    )
    serial_no = sent.send_status_set[0].serial_no
    pulled = await client.pull_sms_send_status(limit=10, sms_sdk_app_id=APP_ID)
    assert [s.serial_no for s in pulled.pull_sms_send_status_set] == [serial_no]
    by_phone = await client.pull_sms_send_status_by_phone_number(
        begin_time=int(time.time()) - 60,
        offset=0,
        limit=10,
        phone_number="+8613711112222",
        sms_sdk_app_id=APP_ID,
    )
    assert [s.serial_no for s in by_phone.pull_sms_send_status_set] == [serial_no]

    emulator.admin.inject_reply("+8613711112222", "STOP", APP_ID, sign_name="Acme")
    replies = await client.pull_sms_reply_status(limit=10, sms_sdk_app_id=APP_ID)
    assert [r.reply_content for r in replies.pull_sms_reply_status_set] == ["STOP"]
    emulator.admin.inject_reply("+8613711112222", "AGAIN", APP_ID, sign_name="Acme")
    replies_by_phone = await client.pull_sms_reply_status_by_phone_number(
        begin_time=int(time.time()) - 60,
        offset=0,
        limit=10,
        phone_number="+8613711112222",
        sms_sdk_app_id=APP_ID,
    )
    # A time-window query: both replies, each once, whatever the queue already handed out.
    contents = [r.reply_content for r in replies_by_phone.pull_sms_reply_status_set]
    assert sorted(contents) == ["AGAIN", "STOP"]

    window: dict[str, Any] = {
        "begin_time": cst_hour(-1),
        "end_time": cst_hour(),
        "sms_sdk_app_id": APP_ID,
    }
    sending = await client.send_status_statistics(**window, limit=0, offset=0)
    assert sending.send_status_statistics.request_success_count == 1
    receipts = await client.callback_status_statistics(**window, limit=0, offset=0)
    assert receipts.callback_status_statistics.callback_success_count == 1

    info = await client.describe_phone_number_info(phone_number_set=["+8613711112222"])
    assert info.phone_number_info_set[0].iso_code == "CN"
    conversion = await client.report_conversion(
        sms_sdk_app_id=APP_ID,
        serial_no=serial_no,
        conversion_time=int(time.time()),
    )
    assert conversion.report_conversion_status.code.lower() == "ok"

    await client.delete_sms_template(template_id=template_id)
    await client.delete_sms_sign(sign_id=sign_id)


def test_every_action_works_through_the_async_client() -> None:
    with Emulator(rate_limits=False) as emulator:

        async def run() -> None:
            async with emulator.async_client() as client:
                await walk(client, emulator)

        asyncio.run(run())
        not_called = [a for a in action_names() if emulator.admin.requests_received(a) == 0]
    assert not_called == [], f"the walk does not call {not_called}"
