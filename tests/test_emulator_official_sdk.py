"""The official Tencent Cloud SDK, pointed at the emulator, cannot tell it from the service."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from emulator_support.raw import APP_ID
from tencentcloud.common.credential import Credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.sms.v20210111 import models, sms_client

from support.specs import action_names
from tcsms.emulator import Emulator


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(auto_approve=True, rate_limits=False) as running:
        yield running


def official(emulator: Emulator, secret_key: str | None = None) -> Any:
    profile = ClientProfile(
        httpProfile=HttpProfile(endpoint=f"127.0.0.1:{emulator.port}", protocol="http")
    )
    credential = Credential(
        emulator.credentials.secret_id, secret_key or emulator.credentials.secret_key
    )
    return sms_client.SmsClient(credential, "ap-guangzhou", profile)


def call(client: Any, action: str, params: dict[str, Any]) -> Any:
    request = getattr(models, f"{action}Request")()
    request._deserialize(params)
    return getattr(client, action)(request)


def test_every_action_of_the_spec_succeeds_through_the_official_sdk(emulator: Emulator) -> None:
    client = official(emulator)
    hour = time.strftime("%Y%m%d%H", time.gmtime(time.time() + 8 * 3600))
    sign = {
        "SignName": "Tencent",
        "SignType": 0,
        "DocumentType": 0,
        "International": 0,
        "SignPurpose": 0,
        "ProofImage": "aGVsbG8=",
    }
    template = {
        "TemplateName": "code",
        "TemplateContent": "Code {1}",
        "SmsType": 3,
        "International": 0,
        "Remark": "r",
    }
    sign_id = call(client, "AddSmsSign", sign).AddSignStatus.SignId
    template_id = int(call(client, "AddSmsTemplate", template).AddTemplateStatus.TemplateId)
    sent = call(
        client,
        "SendSms",
        {
            "PhoneNumberSet": ["+8618511122266"],
            "SmsSdkAppId": APP_ID,
            "TemplateId": str(template_id),
            "SignName": "Tencent",
            "TemplateParamSet": ["1234"],
        },
    )
    serial = sent.SendStatusSet[0].SerialNo
    emulator.admin.inject_reply("+8618511122266", "hi", APP_ID, sign_name="Tencent")
    window = {"BeginTime": hour, "EndTime": hour, "SmsSdkAppId": APP_ID, "Limit": 0, "Offset": 0}
    by_phone = {
        "BeginTime": int(time.time()) - 60,
        "Offset": 0,
        "Limit": 10,
        "PhoneNumber": "+8618511122266",
        "SmsSdkAppId": APP_ID,
    }
    answers = {
        "DescribeSmsSignList": call(
            client, "DescribeSmsSignList", {"SignIdSet": [sign_id], "International": 0}
        ),
        "DescribeSmsTemplateList": call(
            client, "DescribeSmsTemplateList", {"International": 0, "TemplateIdSet": [template_id]}
        ),
        "PullSmsSendStatus": call(
            client, "PullSmsSendStatus", {"Limit": 10, "SmsSdkAppId": APP_ID}
        ),
        "PullSmsSendStatusByPhoneNumber": call(client, "PullSmsSendStatusByPhoneNumber", by_phone),
        "PullSmsReplyStatus": call(
            client, "PullSmsReplyStatus", {"Limit": 10, "SmsSdkAppId": APP_ID}
        ),
        "PullSmsReplyStatusByPhoneNumber": call(
            client, "PullSmsReplyStatusByPhoneNumber", by_phone
        ),
        "SendStatusStatistics": call(client, "SendStatusStatistics", window),
        "CallbackStatusStatistics": call(client, "CallbackStatusStatistics", window),
        "DescribePhoneNumberInfo": call(
            client, "DescribePhoneNumberInfo", {"PhoneNumberSet": ["+8613711112222"]}
        ),
        "ReportConversion": call(
            client, "ReportConversion", {"SmsSdkAppId": APP_ID, "SerialNo": serial}
        ),
    }
    emulator.admin.reject_sign(sign_id, "retry")
    emulator.admin.reject_template(template_id, "retry")
    answers["ModifySmsSign"] = call(client, "ModifySmsSign", {**sign, "SignId": sign_id})
    answers["ModifySmsTemplate"] = call(
        client, "ModifySmsTemplate", {**template, "TemplateId": template_id}
    )
    answers["DeleteSmsSign"] = call(client, "DeleteSmsSign", {"SignId": sign_id})
    answers["DeleteSmsTemplate"] = call(client, "DeleteSmsTemplate", {"TemplateId": template_id})
    called_first = {"AddSmsSign", "AddSmsTemplate", "SendSms"}
    assert sorted(called_first | set(answers)) == sorted(action_names())
    assert all(answer.RequestId for answer in answers.values())
    assert answers["PullSmsSendStatus"].PullSmsSendStatusSet[0].SerialNo == serial
    assert answers["PullSmsReplyStatus"].PullSmsReplyStatusSet[0].ReplyContent == "hi"
    assert answers["SendStatusStatistics"].SendStatusStatistics.RequestSuccessCount == 1
    assert answers["ReportConversion"].ReportConversionStatus.Code == "ok"


def test_a_wrong_key_gets_signature_failure(emulator: Emulator) -> None:
    client = official(emulator, secret_key="not-the-key")
    with pytest.raises(TencentCloudSDKException) as caught:
        call(client, "DescribePhoneNumberInfo", {"PhoneNumberSet": ["+8613711112222"]})
    assert caught.value.code == "AuthFailure.SignatureFailure"
    assert caught.value.requestId


@pytest.mark.parametrize("sign_method", ["HmacSHA1", "HmacSHA256"])
@pytest.mark.parametrize("http_method", ["POST", "GET"])
def test_the_official_v1_signatures_are_verified(
    emulator: Emulator, sign_method: str, http_method: str
) -> None:
    """The official SDK's own v1 signing (form body or query) against the emulator's check."""
    profile = ClientProfile(
        httpProfile=HttpProfile(
            endpoint=f"127.0.0.1:{emulator.port}", protocol="http", reqMethod=http_method
        ),
        signMethod=sign_method,
    )
    credentials = emulator.credentials
    client = sms_client.SmsClient(
        Credential(credentials.secret_id, credentials.secret_key), "ap-guangzhou", profile
    )
    answer = call(
        client, "DescribePhoneNumberInfo", {"PhoneNumberSet": ["+8613711112222", "+60198890000"]}
    )
    assert [info.IsoCode for info in answer.PhoneNumberInfoSet] == ["CN", "MY"]
    wrong = sms_client.SmsClient(
        Credential(credentials.secret_id, "wrong"), "ap-guangzhou", profile
    )
    with pytest.raises(TencentCloudSDKException) as caught:
        call(wrong, "DescribePhoneNumberInfo", {"PhoneNumberSet": ["+8613711112222"]})
    assert caught.value.code == "AuthFailure.SignatureFailure"
