# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What the spec says about the service: version, endpoints, regions, and each action's limits."""

from __future__ import annotations

from typing import NamedTuple, TypedDict

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


class BulkInfo(NamedTuple):
    """How an action sends to a capped list of numbers (the spec's ``bulk``), for ``_bulk``."""

    # The clients' method that sends to any number of numbers (its first parameter takes them).
    method: str
    numbers_attr: str
    max_numbers: int
    results_attr: str
    status_model: str
    result_number_attr: str
    result_message_attr: str
    # A result succeeded when its code_attr is success (its type's outcome).
    code_attr: str
    success: str
    # Refusals of a whole request that concern its numbers only, and every number of its kind.
    number_codes: frozenset[str]
    kind_codes: frozenset[str]


BULK_ACTIONS: dict[str, BulkInfo] = {
    "SendSms": BulkInfo(
        method="send_bulk",
        numbers_attr="phone_number_set",
        max_numbers=200,
        results_attr="send_status_set",
        status_model="SendStatus",
        result_number_attr="phone_number",
        result_message_attr="message",
        code_attr="code",
        success="Ok",
        number_codes=frozenset(
            {
                "FailedOperation.PhoneNumberInBlacklist",
                "InvalidParameterValue.IncorrectPhoneNumber",
                "LimitExceeded.AppCountryOrRegionDailyLimit",
                "LimitExceeded.AppCountryOrRegionInBlacklist",
                "LimitExceeded.DeliveryFrequencyLimit",
                "LimitExceeded.PhoneNumberDailyLimit",
                "LimitExceeded.PhoneNumberOneHourLimit",
                "LimitExceeded.PhoneNumberSameContentDailyLimit",
                "LimitExceeded.PhoneNumberThirtySecondLimit",
                "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber",
            }
        ),
        kind_codes=frozenset(
            {
                "LimitExceeded.AppGlobalDailyLimit",
                "LimitExceeded.AppMainlandChinaDailyLimit",
                "UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone",
                "UnsupportedOperation.GlobalTemplateToChineseMainlandPhone",
            }
        ),
    ),
}


class ClientDefaults(TypedDict, total=False):
    """What a client's ``defaults=`` takes: inputs most calls repeat, given once.

    A method that takes one of them and is called without it gets the client's value; an explicit
    argument wins.
    """

    sms_sdk_app_id: str
    sign_name: str


class ClientDefault(NamedTuple):
    """An input ``defaults=`` may give: its wire name, and its spec type and enum to check it by."""

    wire_name: str
    type_name: str
    enum: tuple[str | int, ...] = ()


# Argument name -> the input ``ClientDefaults`` names.
CLIENT_DEFAULTS: dict[str, ClientDefault] = {
    "sms_sdk_app_id": ClientDefault("SmsSdkAppId", "string"),
    "sign_name": ClientDefault("SignName", "string"),
}

# Action -> the arguments a client's defaults fill when a call leaves them out.
ACTION_DEFAULTS: dict[str, tuple[str, ...]] = {
    "PullSmsReplyStatus": ("sms_sdk_app_id",),
    "PullSmsReplyStatusByPhoneNumber": ("sms_sdk_app_id",),
    "PullSmsSendStatus": ("sms_sdk_app_id",),
    "PullSmsSendStatusByPhoneNumber": ("sms_sdk_app_id",),
    "SendStatusStatistics": ("sms_sdk_app_id",),
    "CallbackStatusStatistics": ("sms_sdk_app_id",),
    "SendSms": (
        "sms_sdk_app_id",
        "sign_name",
    ),
    "ReportConversion": ("sms_sdk_app_id",),
}


# Formats the service normalises instead of refusing (a mainland number without +86): clients send
# such values as given and never check them.
SERVICE_NORMALISED_FORMATS = frozenset(
    {
        "phone_number",
    }
)
