"""The emulator's state rules, end to end through our sync and async clients."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest
from emulator_support.raw import APP_ID, setup_sending

from tcsms import errors
from tcsms.emulator import Emulator

PROOF = "aGVsbG8="


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(rate_limits=False) as running:
        yield running


def _cst_hour(offset_hours: int = 0) -> str:
    return time.strftime("%Y%m%d%H", time.gmtime(time.time() + 8 * 3600 + offset_hours * 3600))


def test_signatures_are_reviewed_and_approved_ones_cannot_change(emulator: Emulator) -> None:
    with emulator.client() as client:
        sign_id = client.add_sms_sign(
            sign_name="Tencent",
            sign_type=0,
            document_type=0,
            international=0,
            sign_purpose=0,
            proof_image=PROOF,
        ).add_sign_status.sign_id
        listed = client.describe_sms_sign_list(sign_id_set=[sign_id], international=0)
        assert listed.describe_sign_list_status_set[0].status_code == 1  # under review
        emulator.admin.reject_sign(sign_id, reply="blurry proof")
        listed = client.describe_sms_sign_list(sign_id_set=[sign_id], international=0)
        assert listed.describe_sign_list_status_set[0].status_code == -1
        assert listed.describe_sign_list_status_set[0].review_reply == "blurry proof"
        client.modify_sms_sign(
            sign_id=sign_id,
            sign_name="Tencent",
            sign_type=0,
            document_type=0,
            international=0,
            sign_purpose=0,
            proof_image=PROOF,
        )
        emulator.admin.approve_sign(sign_id, reply="ok")
        with pytest.raises(errors.InvalidParameterValueSignAlreadyPassedCheck):
            client.modify_sms_sign(
                sign_id=sign_id,
                sign_name="Other",
                sign_type=0,
                document_type=0,
                international=0,
                sign_purpose=0,
                proof_image=PROOF,
            )
        with pytest.raises(errors.FailedOperationMissingSignatureToModify):
            client.modify_sms_sign(
                sign_id=999,
                sign_name="Other",
                sign_type=0,
                document_type=0,
                international=0,
                sign_purpose=0,
                proof_image=PROOF,
            )
        client.delete_sms_sign(sign_id=sign_id)
        with pytest.raises(errors.FailedOperationSignIdNotExist):
            client.delete_sms_sign(sign_id=sign_id)


def test_templates_are_reviewed_and_approved_ones_cannot_change(emulator: Emulator) -> None:
    with emulator.client() as client:
        added = client.add_sms_template(
            template_name="code",
            template_content="Code {1}",
            sms_type=3,
            international=0,
            remark="r",
        )
        template_id = int(added.add_template_status.template_id)
        client.modify_sms_template(
            template_id=template_id,
            template_name="code",
            template_content="Your code {1}",
            sms_type=3,
            international=0,
            remark="r",
        )
        emulator.admin.approve_template(template_id)
        with pytest.raises(errors.FailedOperationTemplateAlreadyPassedCheck):
            client.modify_sms_template(
                template_id=template_id,
                template_name="x",
                template_content="x",
                sms_type=3,
                international=0,
                remark="r",
            )
        listed = client.describe_sms_template_list(international=0, limit=10, offset=0)
        status = listed.describe_template_status_set[0]
        assert (status.status_code, status.template_content) == (0, "Your code {1}")
        by_id = client.describe_sms_template_list(international=0, template_id_set=[template_id])
        assert len(by_id.describe_template_status_set) == 1
        client.delete_sms_template(template_id=template_id)
        with pytest.raises(errors.FailedOperationTemplateIdNotExist):
            client.delete_sms_template(template_id=template_id)


def test_send_sms_needs_approved_sign_and_template_and_matching_parameters(
    emulator: Emulator,
) -> None:
    with emulator.client() as client:
        with pytest.raises(errors.FailedOperationTemplateUnapprovedOrNotExist):
            client.send_sms(
                phone_number_set=["+8618511122266"],
                sms_sdk_app_id=APP_ID,
                template_id="1",
                sign_name="Tencent",
                template_param_set=["1"],
            )
        template_id = setup_sending(emulator)
        with pytest.raises(errors.FailedOperationSignatureIncorrectOrUnapproved):
            client.send_sms(
                phone_number_set=["+8618511122266"],
                sms_sdk_app_id=APP_ID,
                template_id=template_id,
                sign_name="Unknown",
                template_param_set=["1"],
            )
        with pytest.raises(errors.FailedOperationTemplateParamSetNotMatchApprovedTemplate):
            client.send_sms(
                phone_number_set=["+8618511122266"],
                sms_sdk_app_id=APP_ID,
                template_id=template_id,
                sign_name="Tencent",
                template_param_set=["1", "2"],
            )
        with pytest.raises(errors.UnsupportedOperationContainDomesticAndInternationalPhoneNumber):
            client.send_sms(
                phone_number_set=["+8618511122266", "+6591234567"],
                sms_sdk_app_id=APP_ID,
                template_id=template_id,
                sign_name="Tencent",
                template_param_set=["1"],
            )
        with pytest.raises(errors.UnsupportedOperationChineseMainlandTemplateToGlobalPhone):
            client.send_sms(
                phone_number_set=["+6591234567"],
                sms_sdk_app_id=APP_ID,
                template_id=template_id,
                sign_name="Tencent",
                template_param_set=["1"],
            )
        sent = client.send_sms(
            phone_number_set=["+8618511122266", "+8618511122233"],
            sms_sdk_app_id=APP_ID,
            template_id=template_id,
            sign_name="Tencent",
            template_param_set=["1234"],
            session_context="ctx",
        )
    statuses = sent.send_status_set
    assert [s.code for s in statuses] == ["Ok", "Ok"]
    assert all(s.serial_no.startswith("5000:") and s.fee == 1 for s in statuses)
    assert {s.iso_code for s in statuses} == {"CN"}
    assert statuses[0].session_context == "ctx"


def test_long_messages_are_billed_per_80_characters(emulator: Emulator) -> None:
    template_id = setup_sending(emulator, content="Notice: {1}")
    with emulator.client() as client:
        short = client.send_sms(
            phone_number_set=["+8618511122266"],
            sms_sdk_app_id=APP_ID,
            template_id=template_id,
            sign_name="Tencent",
            template_param_set=["x" * 40],
        )
        long = client.send_sms(
            phone_number_set=["+8618511122266"],
            sms_sdk_app_id=APP_ID,
            template_id=template_id,
            sign_name="Tencent",
            template_param_set=["x" * 100],
        )
        stats = client.send_status_statistics(
            begin_time=_cst_hour(), end_time=_cst_hour(), sms_sdk_app_id=APP_ID, limit=0, offset=0
        ).send_status_statistics
    assert short.send_status_set[0].fee == 1
    assert long.send_status_set[0].fee == 2
    assert (stats.request_count, stats.request_success_count, stats.fee_count) == (2, 2, 3)


def test_the_queue_hands_a_report_out_once_and_by_phone_number_every_time(
    emulator: Emulator,
) -> None:
    template_id = setup_sending(emulator)
    with emulator.client() as client:
        client.send_sms(
            phone_number_set=["+8618511122266"],
            sms_sdk_app_id=APP_ID,
            template_id=template_id,
            sign_name="Tencent",
            template_param_set=["1"],
        )
        first = client.pull_sms_send_status(limit=10, sms_sdk_app_id=APP_ID)
        again = client.pull_sms_send_status(limit=10, sms_sdk_app_id=APP_ID)
        begin = int(time.time()) - 60
        by_phone = client.pull_sms_send_status_by_phone_number(
            begin_time=begin,
            offset=0,
            limit=10,
            phone_number="+8618511122266",
            sms_sdk_app_id=APP_ID,
        )
        by_phone_again = client.pull_sms_send_status_by_phone_number(
            begin_time=begin,
            offset=0,
            limit=10,
            phone_number="+8618511122266",
            sms_sdk_app_id=APP_ID,
        )
        with pytest.raises(errors.InvalidParameterValueBeginTimeVerifyFail):
            client.pull_sms_send_status_by_phone_number(
                begin_time=begin - 8 * 86400,
                offset=0,
                limit=10,
                phone_number="+8618511122266",
                sms_sdk_app_id=APP_ID,
            )
    report = first.pull_sms_send_status_set[0]
    assert (report.report_status, report.phone_number, report.country_code) == (
        "SUCCESS",
        "+8618511122266",
        "86",
    )
    assert again.pull_sms_send_status_set == []
    assert len(by_phone.pull_sms_send_status_set) == 1
    assert by_phone_again.pull_sms_send_status_set == by_phone.pull_sms_send_status_set


def test_failed_deliveries_and_blocked_numbers_show_in_statistics(emulator: Emulator) -> None:
    template_id = setup_sending(emulator)
    emulator.admin.fail_delivery("+8618511122233", "DB:0141", reason="blacklist")
    emulator.admin.block_number("+8618511100000")
    with emulator.client() as client:
        sent = client.send_sms(
            phone_number_set=["+8618511122266", "+8618511122233", "+8618511100000"],
            sms_sdk_app_id=APP_ID,
            template_id=template_id,
            sign_name="Tencent",
            template_param_set=["1"],
        )
        reports = client.pull_sms_send_status(limit=10, sms_sdk_app_id=APP_ID)
        window: dict[str, Any] = {
            "begin_time": _cst_hour(-1),
            "end_time": _cst_hour(),
            "sms_sdk_app_id": APP_ID,
            "limit": 0,
            "offset": 0,
        }
        sending = client.send_status_statistics(**window).send_status_statistics
        callback = client.callback_status_statistics(**window).callback_status_statistics
        earlier = client.send_status_statistics(
            **{**window, "begin_time": _cst_hour(-5), "end_time": _cst_hour(-3)}
        ).send_status_statistics
    assert [s.code for s in sent.send_status_set] == [
        "Ok",
        "Ok",
        "FailedOperation.PhoneNumberInBlacklist",
    ]
    assert sent.send_status_set[2].fee == 0
    assert sorted(r.report_status for r in reports.pull_sms_send_status_set) == ["FAIL", "SUCCESS"]
    assert (sending.request_count, sending.request_success_count, sending.fee_count) == (3, 2, 2)
    assert (
        callback.callback_count,
        callback.callback_success_count,
        callback.callback_fail_count,
        callback.black_list_count,
    ) == (2, 1, 1, 1)
    assert earlier.request_count == 0


def test_replies_are_pulled_once_from_the_queue_and_by_phone_number_every_time(
    emulator: Emulator,
) -> None:
    emulator.admin.inject_reply("+8618511122266", "STOP", APP_ID, sign_name="Tencent")
    with emulator.client() as client:
        replies = client.pull_sms_reply_status(limit=10, sms_sdk_app_id=APP_ID)
        again = client.pull_sms_reply_status(limit=10, sms_sdk_app_id=APP_ID)
        window: dict[str, Any] = {
            "begin_time": int(time.time()) - 60,
            "offset": 0,
            "limit": 10,
            "phone_number": "+8618511122266",
            "sms_sdk_app_id": APP_ID,
        }
        by_phone = client.pull_sms_reply_status_by_phone_number(**window)
        by_phone_again = client.pull_sms_reply_status_by_phone_number(**window)
    reply = replies.pull_sms_reply_status_set[0]
    assert (reply.reply_content, reply.sign_name, reply.subscriber_number) == (
        "STOP",
        "Tencent",
        "18511122266",
    )
    assert again.pull_sms_reply_status_set == []
    assert by_phone.pull_sms_reply_status_set == [reply]
    assert by_phone_again.pull_sms_reply_status_set == by_phone.pull_sms_reply_status_set


def test_phone_numbers_are_normalised_to_e164(emulator: Emulator) -> None:
    with emulator.client() as client:
        info = client.describe_phone_number_info(
            phone_number_set=["+86018845720123", "+85291234567", "+9991234"]
        ).phone_number_info_set
    assert [(i.phone_number, i.nation_code, i.iso_code) for i in info] == [
        ("+8618845720123", "86", "CN"),
        ("+85291234567", "852", "HK"),
        ("+9991234", "9", "DEF"),
    ]
    assert info[0].subscriber_number == "18845720123"


def test_mainland_numbers_without_plus_86_are_read_as_the_service_reads_them(
    emulator: Emulator,
) -> None:
    forms = ["13711112222", "8613711112222", "008613711112222", "+8613711112222", "0060198890000"]
    with emulator.client() as client:
        info = client.describe_phone_number_info(phone_number_set=forms).phone_number_info_set
    assert [i.phone_number for i in info] == ["+8613711112222"] * 4 + ["+60198890000"]


def test_send_sms_takes_mainland_numbers_without_plus_86(emulator: Emulator) -> None:
    template_id = setup_sending(emulator)
    with emulator.client() as client:
        sent = client.send_sms(
            phone_number_set=["13711112222", "8613711112223", "008613711112224"],
            sms_sdk_app_id=APP_ID,
            template_id=template_id,
            sign_name="Tencent",
            template_param_set=["1234"],
        )
    assert [s.code for s in sent.send_status_set] == ["Ok"] * 3
    assert [m["phone"] for m in emulator.admin.messages()] == [
        "+8613711112222",
        "+8613711112223",
        "+8613711112224",
    ]


def test_report_conversion_accepts_known_serial_numbers(emulator: Emulator) -> None:
    template_id = setup_sending(emulator)
    with emulator.client() as client:
        serial = (
            client.send_sms(
                phone_number_set=["+8618511122266"],
                sms_sdk_app_id=APP_ID,
                template_id=template_id,
                sign_name="Tencent",
                template_param_set=["1"],
            )
            .send_status_set[0]
            .serial_no
        )
        status = client.report_conversion(sms_sdk_app_id=APP_ID, serial_no=serial)
        with pytest.raises(errors.InvalidParameterValue):
            client.report_conversion(sms_sdk_app_id=APP_ID, serial_no="5000:0")
        with pytest.raises(errors.UnauthorizedOperationSmsSdkAppIdVerifyFail):
            client.report_conversion(sms_sdk_app_id="1400000000", serial_no=serial)
    assert status.report_conversion_status.code == "ok"
    assert emulator.admin.messages()[0]["conversion_time"] is not None


def test_the_async_client_sees_the_same_behaviour(emulator: Emulator) -> None:
    template_id = setup_sending(emulator)

    async def scenario() -> None:
        async with emulator.async_client() as client:
            sent = await client.send_sms(
                phone_number_set=["+8618511122266"],
                sms_sdk_app_id=APP_ID,
                template_id=template_id,
                sign_name="Tencent",
                template_param_set=["1"],
            )
            assert sent.send_status_set[0].code == "Ok"
            pulled = await client.pull_sms_send_status(limit=5, sms_sdk_app_id=APP_ID)
            assert len(pulled.pull_sms_send_status_set) == 1
            with pytest.raises(errors.FailedOperationTemplateParamSetNotMatchApprovedTemplate):
                await client.send_sms(
                    phone_number_set=["+8618511122266"],
                    sms_sdk_app_id=APP_ID,
                    template_id=template_id,
                    sign_name="Tencent",
                )

    asyncio.run(scenario())


def test_auto_approve_approves_on_submission() -> None:
    with Emulator(auto_approve=True, rate_limits=False) as running, running.client() as client:
        sign_id = client.add_sms_sign(
            sign_name="Tencent",
            sign_type=0,
            document_type=0,
            international=0,
            sign_purpose=0,
            proof_image=PROOF,
        ).add_sign_status.sign_id
        listed = client.describe_sms_sign_list(sign_id_set=[sign_id], international=0)
    assert listed.describe_sign_list_status_set[0].status_code == 0
