"""All 17 actions through AsyncSmsClient against the emulator, in the order a user meets them."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from tcsms import AsyncSmsClient
from tcsms.emulator import Emulator

APP_ID = "1400006666"
PROOF = "aGVsbG8="


def cst_hour(offset_hours: int = 0) -> str:
    """``yyyymmddhh`` in China Standard Time, as the statistics actions count hours."""
    return time.strftime("%Y%m%d%H", time.gmtime(time.time() + (8 + offset_hours) * 3600))


async def walk(client: AsyncSmsClient, emulator: Emulator) -> set[str]:
    called: set[str] = set()

    sign = await client.add_sms_sign(
        sign_name="Acme",
        sign_type=0,
        document_type=0,
        international=0,
        sign_purpose=0,
        proof_image=PROOF,
    )
    called.add("AddSmsSign")
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
    called.add("ModifySmsSign")
    emulator.admin.approve_sign(sign_id, reply="ok")
    signs = await client.describe_sms_sign_list(sign_id_set=[sign_id], international=0)
    called.add("DescribeSmsSignList")
    assert signs.describe_sign_list_status_set[0].status_code == 0

    added = await client.add_sms_template(
        template_name="code", template_content="Code {1}", sms_type=3, international=0, remark="r"
    )
    called.add("AddSmsTemplate")
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
    called.add("ModifySmsTemplate")
    emulator.admin.approve_template(template_id, reply="ok")
    templates = [t async for t in client.iter_describe_sms_template_list(international=0)]
    called.add("DescribeSmsTemplateList")
    assert [t.template_id for t in templates] == [template_id]

    sent = await client.send_sms(
        phone_number_set=["+8613711112222"],
        sms_sdk_app_id=APP_ID,
        template_id=str(template_id),
        sign_name="Acme",
        template_param_set=["1234"],
    )
    called.add("SendSms")
    serial_no = sent.send_status_set[0].serial_no
    pulled = await client.pull_sms_send_status(limit=10, sms_sdk_app_id=APP_ID)
    called.add("PullSmsSendStatus")
    assert [s.serial_no for s in pulled.pull_sms_send_status_set] == [serial_no]
    by_phone = await client.pull_sms_send_status_by_phone_number(
        begin_time=int(time.time()) - 60,
        offset=0,
        limit=10,
        phone_number="+8613711112222",
        sms_sdk_app_id=APP_ID,
    )
    called.add("PullSmsSendStatusByPhoneNumber")
    assert [s.serial_no for s in by_phone.pull_sms_send_status_set] == [serial_no]

    emulator.admin.inject_reply("+8613711112222", "STOP", APP_ID, sign_name="Acme")
    replies = await client.pull_sms_reply_status(limit=10, sms_sdk_app_id=APP_ID)
    called.add("PullSmsReplyStatus")
    assert [r.reply_content for r in replies.pull_sms_reply_status_set] == ["STOP"]
    emulator.admin.inject_reply("+8613711112222", "AGAIN", APP_ID, sign_name="Acme")
    replies_by_phone = await client.pull_sms_reply_status_by_phone_number(
        begin_time=int(time.time()) - 60,
        offset=0,
        limit=10,
        phone_number="+8613711112222",
        sms_sdk_app_id=APP_ID,
    )
    called.add("PullSmsReplyStatusByPhoneNumber")
    # A time-window query: both replies, each once, whatever the queue already handed out.
    contents = [r.reply_content for r in replies_by_phone.pull_sms_reply_status_set]
    assert sorted(contents) == ["AGAIN", "STOP"]

    window: dict[str, Any] = {
        "begin_time": cst_hour(-1),
        "end_time": cst_hour(),
        "sms_sdk_app_id": APP_ID,
    }
    sending = await client.send_status_statistics(**window, limit=0, offset=0)
    called.add("SendStatusStatistics")
    assert sending.send_status_statistics.request_success_count == 1
    receipts = await client.callback_status_statistics(**window, limit=0, offset=0)
    called.add("CallbackStatusStatistics")
    assert receipts.callback_status_statistics.callback_success_count == 1

    info = await client.describe_phone_number_info(phone_number_set=["+8613711112222"])
    called.add("DescribePhoneNumberInfo")
    assert info.phone_number_info_set[0].iso_code == "CN"
    conversion = await client.report_conversion(
        sms_sdk_app_id=APP_ID,
        serial_no=serial_no,
        conversion_time=int(time.time()),
    )
    called.add("ReportConversion")
    assert conversion.report_conversion_status.code.lower() == "ok"

    await client.delete_sms_template(template_id=template_id)
    called.add("DeleteSmsTemplate")
    await client.delete_sms_sign(sign_id=sign_id)
    called.add("DeleteSmsSign")
    return called


def test_every_action_works_through_the_async_client() -> None:
    with Emulator(rate_limits=False) as emulator:

        async def run() -> set[str]:
            async with emulator.async_client() as client:
                return await walk(client, emulator)

        called = asyncio.run(run())
    assert len(called) == 17
