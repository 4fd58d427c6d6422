# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What the spec says about the service: version, endpoints, regions, and each action's limits."""

from __future__ import annotations

from typing import NamedTuple

SERVICE = "sms"
API_VERSION = "2021-01-11"
DEFAULT_ENDPOINT = "sms.tencentcloudapi.com"
DEFAULT_REGION = "ap-singapore"
MAX_CLOCK_SKEW_SECONDS = 300
# Signature method -> largest request in bytes per HTTP method.
SIGNING_METHODS: dict[str, dict[str, int]] = {
    "TC3-HMAC-SHA256": {"GET": 32768, "POST": 10485760},
    "HmacSHA256": {"GET": 32768, "POST": 1048576},
    "HmacSHA1": {"GET": 32768, "POST": 1048576},
}

# Region -> host of the endpoint pinned to that region.
REGIONAL_ENDPOINTS: dict[str, str] = {
    # South China (Guangzhou)
    "ap-guangzhou": "sms.ap-guangzhou.tencentcloudapi.com",
    # East China (Shanghai)
    "ap-shanghai": "sms.ap-shanghai.tencentcloudapi.com",
    # North China (Beijing)
    "ap-beijing": "sms.ap-beijing.tencentcloudapi.com",
    # Southwest China (Chengdu)
    "ap-chengdu": "sms.ap-chengdu.tencentcloudapi.com",
    # Southwest China (Chongqing)
    "ap-chongqing": "sms.ap-chongqing.tencentcloudapi.com",
    # Hong Kong, Macao, Taiwan (Hong Kong, China)
    "ap-hongkong": "sms.ap-hongkong.tencentcloudapi.com",
    # Southeast Asia (Singapore)
    "ap-singapore": "sms.ap-singapore.tencentcloudapi.com",
    # Southeast Asia (Bangkok)
    "ap-bangkok": "sms.ap-bangkok.tencentcloudapi.com",
    # South Asia (Mumbai)
    "ap-mumbai": "sms.ap-mumbai.tencentcloudapi.com",
    # Northeast Asia (Seoul)
    "ap-seoul": "sms.ap-seoul.tencentcloudapi.com",
    # Northeast Asia (Tokyo)
    "ap-tokyo": "sms.ap-tokyo.tencentcloudapi.com",
    # U.S. East Coast (Virginia)
    "na-ashburn": "sms.na-ashburn.tencentcloudapi.com",
    # U.S. West Coast (Silicon Valley)
    "na-siliconvalley": "sms.na-siliconvalley.tencentcloudapi.com",
    # North America (Toronto)
    "na-toronto": "sms.na-toronto.tencentcloudapi.com",
    # Europe (Frankfurt)
    "eu-frankfurt": "sms.eu-frankfurt.tencentcloudapi.com",
}

# Values the documents list for the Region common parameter.
REGIONS: dict[str, str] = {
    "ap-singapore": "Southeast Asia (Singapore)",
}


class ActionInfo(NamedTuple):
    """Per-action facts from the spec that the runtime acts on."""

    rate_limit_per_second: float
    idempotent: bool
    # A queue: each record is handed out once, so the call is never sent again once it may have
    # reached the service, and a failure says that records may be lost.
    consumes_records: bool


ACTIONS: dict[str, ActionInfo] = {
    "PullSmsReplyStatus": ActionInfo(100, False, True),
    "PullSmsReplyStatusByPhoneNumber": ActionInfo(20, True, False),
    "PullSmsSendStatus": ActionInfo(100, False, True),
    "PullSmsSendStatusByPhoneNumber": ActionInfo(20, True, False),
    "SendStatusStatistics": ActionInfo(10, True, False),
    "CallbackStatusStatistics": ActionInfo(10, True, False),
    "AddSmsSign": ActionInfo(1, False, False),
    "DeleteSmsSign": ActionInfo(1, False, False),
    "DescribeSmsSignList": ActionInfo(20, True, False),
    "ModifySmsSign": ActionInfo(1, False, False),
    "SendSms": ActionInfo(3000, False, False),
    "DescribePhoneNumberInfo": ActionInfo(1000, True, False),
    "ReportConversion": ActionInfo(1000, False, False),
    "AddSmsTemplate": ActionInfo(2, False, False),
    "DeleteSmsTemplate": ActionInfo(1, False, False),
    "DescribeSmsTemplateList": ActionInfo(20, True, False),
    "ModifySmsTemplate": ActionInfo(20, False, False),
}


# Formats the service normalises instead of refusing (a mainland number without +86): clients send
# such values as given and never check them.
SERVICE_NORMALISED_FORMATS = frozenset(
    {
        "phone_number",
    }
)
