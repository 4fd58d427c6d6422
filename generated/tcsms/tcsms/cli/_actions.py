# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The commands of ``tcsms``: one per action of Short Message Service 2021-01-11.

Read by the command line (``cli``) for parsing, help texts and calls; see ``command_table``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .command_table import Command, Input, Paging

if TYPE_CHECKING:
    from ..client import SmsClient as Client

__all__ = ["ACTIONS", "TYPES", "Client", "client_class"]


def client_class() -> type[Client]:
    """The package's synchronous client, imported when a command calls the service."""
    from ..client import SmsClient

    return SmsClient


ACTIONS: dict[str, Command] = {
    "PullSmsReplyStatus": Command(
        "PullSmsReplyStatus",
        "pull_sms_reply_status",
        summary="Pulls SMS reply status",
        description=(
            "This API is used to pull SMS reply status. Currently, you can also "
            "configure the reply callback to get replies. Note: You need to contact "
            "SMS Helper to activate this API. Note: Because of the improved security "
            "of TencentCloud API 3.0, API authentication is more complicated. We "
            "recommend you use the Tencent Cloud SMS service with the SDK. You can "
            "run this API directly in API 3.0 Explorer, which eliminates the "
            "signature calculation steps. After it is executed successfully, API "
            "Explorer can automatically generate SDK code samples."
        ),
        inputs=(
            Input(
                "Limit",
                "limit",
                "integer",
                "integer",
                required=True,
                constraints="≤ 100",
                description="Maximum number of pulled entries. Maximum value: 100.",
                placeholder=0,
            ),
            Input(
                "SmsSdkAppId",
                "sms_sdk_app_id",
                "string",
                "string",
                required=True,
                description=(
                    "The SMS SdkAppId generated after an application is added in "
                    "the SMS console, such as 1400006666."
                ),
                placeholder="",
            ),
        ),
        paging=Paging(
            "queue",
            items="PullSmsReplyStatusSet",
            limit="Limit",
            set_inputs=("Limit",),
        ),
    ),
    "PullSmsReplyStatusByPhoneNumber": Command(
        "PullSmsReplyStatusByPhoneNumber",
        "pull_sms_reply_status_by_phone_number",
        summary="Pulls SMS reply status for one single number",
        description=(
            "This API is used to pull SMS reply status for one single number. "
            "Currently, you can also configure the reply callback to get replies. "
            "Note: because of the improved security of TencentCloud API 3.0, API "
            "authentication is more complicated. We recommend you use the Tencent "
            "Cloud SMS service with the SDK. You can run this API directly in API 3.0"
            " Explorer, which eliminates the signature calculation steps. After it is"
            " executed successfully, API Explorer can automatically generate SDK code"
            " samples."
        ),
        inputs=(
            Input(
                "BeginTime",
                "begin_time",
                "integer",
                "integer",
                required=True,
                constraints="UNIX time in seconds",
                description=(
                    "Pull start time in seconds in the format of UNIX timestamp. "
                    "Note: the data for the last 7 days can be pulled at most."
                ),
                placeholder=0,
            ),
            Input(
                "Offset",
                "offset",
                "integer",
                "integer",
                constraints="fixed at 0",
                description="Offset. Note: this parameter is currently fixed at 0.",
                placeholder=0,
            ),
            Input(
                "Limit",
                "limit",
                "integer",
                "integer",
                required=True,
                constraints="≤ 100",
                description="Maximum number of pulled entries. Maximum value: 100.",
                placeholder=0,
            ),
            Input(
                "PhoneNumber",
                "phone_number",
                "string",
                "string",
                required=True,
                constraints=("mobile number (E.164; the service normalises mainland " "numbers)"),
                description=(
                    "Target mobile number in the E.164 standard (+[country/region"
                    " code] [mobile number]), such as +8613711112222, which has a"
                    " + sign followed by 86 (country/region code) and then by "
                    "13711112222 (mobile number)."
                ),
                placeholder="",
            ),
            Input(
                "SmsSdkAppId",
                "sms_sdk_app_id",
                "string",
                "string",
                required=True,
                description=(
                    "The SMS SdkAppId generated after an application is added in "
                    "the SMS console, such as 1400006666."
                ),
                placeholder="",
            ),
            Input(
                "EndTime",
                "end_time",
                "integer",
                "integer",
                constraints="UNIX time in seconds",
                description="Pull end time in seconds in the format of UNIX timestamp.",
                placeholder=0,
            ),
        ),
        paging=Paging(
            "time_window",
            items="PullSmsReplyStatusSet",
            limit="Limit",
            set_inputs=("Limit", "Offset"),
        ),
    ),
    "PullSmsSendStatus": Command(
        "PullSmsSendStatus",
        "pull_sms_send_status",
        summary="Pulls SMS delivery status",
        description=(
            "This API is used to pull SMS delivery status. Currently, you can also "
            "configure the callback to get the delivery status. Note: you need to "
            "contact SMS Helper to activate this API. Note: because of the improved "
            "security of TencentCloud API 3.0, API authentication is more "
            "complicated. We recommend you use the Tencent Cloud SMS service with the"
            " SDK. You can run this API directly in API 3.0 Explorer, which "
            "eliminates the signature calculation steps. After it is executed "
            "successfully, API Explorer can automatically generate SDK code samples."
        ),
        inputs=(
            Input(
                "Limit",
                "limit",
                "integer",
                "integer",
                required=True,
                constraints="≤ 100",
                description="Maximum number of pulled entries. Maximum value: 100.",
                placeholder=0,
            ),
            Input(
                "SmsSdkAppId",
                "sms_sdk_app_id",
                "string",
                "string",
                required=True,
                description=(
                    "The SMS SdkAppId generated after an application is added in "
                    "the SMS console, such as 1400006666."
                ),
                placeholder="",
            ),
        ),
        paging=Paging(
            "queue",
            items="PullSmsSendStatusSet",
            limit="Limit",
            set_inputs=("Limit",),
        ),
    ),
    "PullSmsSendStatusByPhoneNumber": Command(
        "PullSmsSendStatusByPhoneNumber",
        "pull_sms_send_status_by_phone_number",
        summary="Pulls SMS delivery status for one single number",
        description=(
            "This API is used to pull SMS delivery status for one single number. "
            "Currently, you can also configure the callback to get the delivery "
            "status. Note: because of the improved security of TencentCloud API 3.0, "
            "API authentication is more complicated. We recommend you use the Tencent"
            " Cloud SMS service with the SDK. You can run this API directly in API "
            "3.0 Explorer to eliminate the need to calculate signatures. After it is "
            "executed successfully, API Explorer can automatically generate SDK code "
            "samples."
        ),
        inputs=(
            Input(
                "BeginTime",
                "begin_time",
                "integer",
                "integer",
                required=True,
                constraints="UNIX time in seconds",
                description=(
                    "Pull start time in seconds in the format of UNIX timestamp. "
                    "Note: the data for the last 7 days can be pulled at most."
                ),
                placeholder=0,
            ),
            Input(
                "Offset",
                "offset",
                "integer",
                "integer",
                constraints="fixed at 0",
                description="Offset. Note: this parameter is currently fixed at 0.",
                placeholder=0,
            ),
            Input(
                "Limit",
                "limit",
                "integer",
                "integer",
                required=True,
                constraints="≤ 100",
                description="Maximum number of pulled entries. Maximum value: 100.",
                placeholder=0,
            ),
            Input(
                "PhoneNumber",
                "phone_number",
                "string",
                "string",
                required=True,
                constraints=("mobile number (E.164; the service normalises mainland " "numbers)"),
                description=(
                    "Target mobile number in the E.164 standard (+[country/region"
                    " code] [mobile number]), such as +8613711112222, which has a"
                    " + sign followed by 86 (country/region code) and then by "
                    "13711112222 (mobile number)."
                ),
                placeholder="",
            ),
            Input(
                "SmsSdkAppId",
                "sms_sdk_app_id",
                "string",
                "string",
                required=True,
                description=(
                    "The SMS SdkAppId generated after an application is added in "
                    "the SMS console, such as 1400006666."
                ),
                placeholder="",
            ),
            Input(
                "EndTime",
                "end_time",
                "integer",
                "integer",
                constraints="UNIX time in seconds",
                description="Pull end time in seconds in the format of UNIX timestamp.",
                placeholder=0,
            ),
        ),
        paging=Paging(
            "time_window",
            items="PullSmsSendStatusSet",
            limit="Limit",
            set_inputs=("Limit", "Offset"),
        ),
    ),
    "SendStatusStatistics": Command(
        "SendStatusStatistics",
        "send_status_statistics",
        summary="Collects statistics on SMS delivery",
        description=(
            "This API is used to collect statistics on SMS messages sent by users. "
            "Note: because of the improved security of TencentCloud API 3.0, API "
            "authentication is more complicated. We recommend you use the Tencent "
            "Cloud SMS service with the SDK. You can run this API directly in API 3.0"
            " Explorer, which eliminates the signature calculation steps. After it is"
            " executed successfully, API Explorer can automatically generate SDK code"
            " samples."
        ),
        inputs=(
            Input(
                "BeginTime",
                "begin_time",
                "string",
                "string",
                required=True,
                constraints="yyyymmddhh hour",
                description=(
                    "Start time in the format of yyyymmddhh accurate to the hour,"
                    " such as 2021050113 (13:00 on May 1, 2021)."
                ),
                placeholder="",
            ),
            Input(
                "EndTime",
                "end_time",
                "string",
                "string",
                required=True,
                constraints="yyyymmddhh hour",
                description=(
                    "End time in the format of yyyymmddhh accurate to the hour, "
                    "such as 2021050118 (18:00 on May 1, 2021). Note: EndTime "
                    "must be after BeginTime."
                ),
                placeholder="",
            ),
            Input(
                "SmsSdkAppId",
                "sms_sdk_app_id",
                "string",
                "string",
                required=True,
                description=(
                    "The SMS SdkAppId generated after an application is added in "
                    "the SMS console, such as 1400006666."
                ),
                placeholder="",
            ),
            Input(
                "Limit",
                "limit",
                "integer",
                "integer",
                constraints="fixed at 0",
                description="Upper limit. Note: this parameter is currently fixed at 0.",
                placeholder=0,
            ),
            Input(
                "Offset",
                "offset",
                "integer",
                "integer",
                constraints="fixed at 0",
                description="Offset. Note: this parameter is currently fixed at 0.",
                placeholder=0,
            ),
        ),
    ),
    "CallbackStatusStatistics": Command(
        "CallbackStatusStatistics",
        "callback_status_statistics",
        summary="Collects statistics on receipts",
        description=(
            "This API is used to collect statistics on user receipts. Note: because "
            "of the improved security of TencentCloud API 3.0, API authentication is "
            "more complicated. We recommend you use the Tencent Cloud SMS service "
            "with the SDK. You can run this API directly in API 3.0 Explorer, which "
            "eliminates the signature calculation steps. After it is executed "
            "successfully, API Explorer can automatically generate SDK code samples."
        ),
        inputs=(
            Input(
                "BeginTime",
                "begin_time",
                "string",
                "string",
                required=True,
                constraints="yyyymmddhh hour",
                description=(
                    "Start time in the format of yyyymmddhh accurate to the hour,"
                    " such as 2021050113 (13:00 on May 1, 2021)."
                ),
                placeholder="",
            ),
            Input(
                "EndTime",
                "end_time",
                "string",
                "string",
                required=True,
                constraints="yyyymmddhh hour",
                description=(
                    "End time in the format of yyyymmddhh accurate to the hour, "
                    "such as 2021050118 (18:00 on May 1, 2021). Note: EndTime "
                    "must be after BeginTime, and the difference should not "
                    "exceed 32 days."
                ),
                placeholder="",
            ),
            Input(
                "SmsSdkAppId",
                "sms_sdk_app_id",
                "string",
                "string",
                required=True,
                description=(
                    "The SMS SdkAppId generated after an application is added in "
                    "the SMS console, such as 1400006666."
                ),
                placeholder="",
            ),
            Input(
                "Limit",
                "limit",
                "integer",
                "integer",
                constraints="fixed at 0",
                description="Upper limit. Note: this parameter is currently fixed at 0.",
                placeholder=0,
            ),
            Input(
                "Offset",
                "offset",
                "integer",
                "integer",
                constraints="fixed at 0",
                description="Offset. Note: this parameter is currently fixed at 0.",
                placeholder=0,
            ),
        ),
    ),
    "AddSmsSign": Command(
        "AddSmsSign",
        "add_sms_sign",
        summary="Adds SMS signature",
        description=(
            "This API is used to add an SMS signature. You need to read the Tencent "
            "Cloud SMS Signature Review Standards before starting an application. "
            "Note: individual users cannot use this API to apply for SMS signatures. "
            "For more information, see Identity Verification Overview. If your "
            "account identity is individual, you can log in to the console to apply "
            "for SMS signatures. Note: because of the improved security of "
            "TencentCloud API 3.0, API authentication is more complicated. We "
            "recommend you use the Tencent Cloud SMS service with the SDK. You can "
            "run this API directly in API 3.0 Explorer, which eliminates the "
            "signature calculation steps. After it is executed successfully, API "
            "Explorer can automatically generate SDK code samples."
        ),
        inputs=(
            Input(
                "SignName",
                "sign_name",
                "string",
                "string",
                required=True,
                description=(
                    "Signature name. Note: you cannot apply for an approved or "
                    "pending signature again."
                ),
                placeholder="",
            ),
            Input(
                "SignType",
                "sign_type",
                "integer",
                "integer",
                required=True,
                constraints=(
                    "one of 0 (company. Valid values of DocumentType include 0 "
                    "and 1), 1 (app. Valid values of DocumentType include 0, 1, "
                    "2, 3, and 4), 2 (website. Valid values of DocumentType "
                    "include 0, 1, 2, 3, and 5), 3 (WeChat Official Account. "
                    "Valid values of DocumentType include 0, 1, 2, 3, and 8), 4 "
                    "(trademark. Valid values of DocumentType include 7), 5 "
                    "(government/public institution/other. Valid values of "
                    "DocumentType include 2 and 3), 6 (WeChat Mini Program. Valid"
                    " values of DocumentType include 0, 1, 2, 3, and 6)"
                ),
                description=(
                    "Signature type. Each of these types is followed by their "
                    "DocumentType (identity certificate type) option: 0: company."
                    " Valid values of DocumentType include 0 and 1. 1: app. Valid"
                    " values of DocumentType include 0, 1, 2, 3, and 4. 2: "
                    "website. Valid values of DocumentType include 0, 1, 2, 3, "
                    "and 5. 3: WeChat Official Account. Valid values of "
                    "DocumentType include 0, 1, 2, 3, and 8. 4: trademark. Valid "
                    "values of DocumentType include 7. 5: government/public "
                    "institution/other. Valid values of DocumentType include 2 "
                    "and 3. 6: WeChat Mini Program. Valid values of DocumentType "
                    "include 0, 1, 2, 3, and 6. Note: the identity certificate "
                    "type must be selected according to the correspondence; "
                    "otherwise, the review will fail."
                ),
                placeholder=0,
            ),
            Input(
                "DocumentType",
                "document_type",
                "integer",
                "integer",
                required=True,
                constraints=(
                    "one of 0 (three-in-one licence), 1 (business license), 2 "
                    "(organization code certificate), 3 (social credit code "
                    "certificate), 4 (screenshot of application backend "
                    "management (for personal app)), 5 (screenshot of website ICP"
                    " filing backend (for personal website)), 6 (screenshot of "
                    "WeChat Mini Program settings page (for personal WeChat Mini "
                    "Program)), 7 (trademark registration certificate), 8 "
                    "(screenshot of WeChat Official Account settings page (for "
                    "personal WeChat Official Account))"
                ),
                description=(
                    "Identity certificate type: 0: three-in-one licence. 1: "
                    "business license. 2: organization code certificate. 3: "
                    "social credit code certificate. 4: screenshot of application"
                    " backend management (for personal app). 5: screenshot of "
                    "website ICP filing backend (for personal website). 6: "
                    "screenshot of WeChat Mini Program settings page (for "
                    "personal WeChat Mini Program). 7: trademark registration "
                    "certificate. 8: screenshot of WeChat Official Account "
                    "settings page (for personal WeChat Official Account)."
                ),
                placeholder=0,
            ),
            Input(
                "International",
                "international",
                "integer",
                "integer",
                required=True,
                constraints="one of 0 (Mainland China SMS), 1 (Global SMS)",
                description=("Whether it is Global SMS: 0: Mainland China SMS. 1: Global " "SMS."),
                placeholder=0,
            ),
            Input(
                "SignPurpose",
                "sign_purpose",
                "integer",
                "integer",
                required=True,
                constraints="one of 0 (for personal use), 1 (for others)",
                description="Signature purpose: 0: for personal use. 1: for others.",
                placeholder=0,
            ),
            Input(
                "ProofImage",
                "proof_image",
                "string",
                "string",
                required=True,
                constraints="base64 image",
                description=(
                    "You should Base64-encode the image of the identity "
                    "certificate corresponding to the signature first, remove the"
                    " prefix data:image/jpeg;base64, from the resulted string, "
                    "and then use it as the value of this parameter."
                ),
                placeholder="",
            ),
            Input(
                "CommissionImage",
                "commission_image",
                "string",
                "string",
                constraints="base64 image",
                description=(
                    "Power of attorney, which should be submitted if SignPurpose "
                    "is for use by others. You should Base64-encode the image "
                    "first, remove the prefix data:image/jpeg;base64, from the "
                    "resulted string, and then use it as the value of this "
                    "parameter. Note: this field will take effect only when "
                    "SignPurpose is 1 (for user by others)."
                ),
                placeholder="",
            ),
            Input(
                "Remark",
                "remark",
                "string",
                "string",
                description="Signature application remarks.",
                placeholder="",
            ),
        ),
    ),
    "DeleteSmsSign": Command(
        "DeleteSmsSign",
        "delete_sms_sign",
        summary="Deletes SMS signature",
        description=(
            "Note: individual users cannot use this API to delete SMS signatures. For"
            " more information, please see Identity Verification Overview. Please log"
            " in to the console to delete SMS signatures. Note: because of the "
            "improved security of TencentCloud API 3.0, API authentication is more "
            "complicated. We recommend you use the Tencent Cloud SMS service with the"
            " SDK. You can run this API directly in API 3.0 Explorer, which "
            "eliminates the signature calculation steps. After it is executed "
            "successfully, API Explorer can automatically generate SDK code samples."
        ),
        inputs=(
            Input(
                "SignId",
                "sign_id",
                "integer",
                "integer",
                required=True,
                description="ID of the signature to be deleted.",
                placeholder=0,
            ),
        ),
    ),
    "DescribeSmsSignList": Command(
        "DescribeSmsSignList",
        "describe_sms_sign_list",
        summary="Queries SMS signature status",
        description=(
            "Note: individual users cannot use this API to query SMS signatures. For "
            "more information, please see Identity Verification Overview. If your "
            "account identity is individual, you can log in to the console to query "
            "SMS signatures. Note: because of the improved security of TencentCloud "
            "API 3.0, API authentication is more complicated. We recommend you use "
            "the Tencent Cloud SMS service with the SDK. You can run this API "
            "directly in API 3.0 Explorer, which eliminates the signature calculation"
            " steps. After it is executed successfully, API Explorer can "
            "automatically generate SDK code samples."
        ),
        inputs=(
            Input(
                "SignIdSet",
                "sign_id_set",
                "integer",
                "list of integer",
                array=True,
                required=True,
                constraints="at most 100 items",
                description=(
                    "Signature ID array. Note: the maximum length of the array is"
                    " 100 by default."
                ),
                placeholder=0,
            ),
            Input(
                "International",
                "international",
                "integer",
                "integer",
                required=True,
                constraints="one of 0 (Mainland China SMS), 1 (Global SMS)",
                description=("Whether it is Global SMS: 0: Mainland China SMS. 1: Global " "SMS."),
                placeholder=0,
            ),
        ),
    ),
    "ModifySmsSign": Command(
        "ModifySmsSign",
        "modify_sms_sign",
        summary="Modifies SMS signature",
        description=(
            "This API is used to modify an SMS signature. Read the Tencent Cloud SMS "
            "signature review standards before making a modification. Note: "
            "Individual users cannot use this API to modify SMS signatures. For more "
            "information, see Identity Verification Guide. If your account identity "
            "is individual, you can log in to the console to modify SMS signatures. "
            "Modifications can be made only if the signature status is Pending Review"
            " or Rejected. Approved signatures cannot be modified. Note: Because of "
            "the improved security of TencentCloud API 3.0, API authentication is "
            "more complicated. We recommend you use the Tencent Cloud SMS service "
            "with the SDK. You can run this API directly in API 3.0 Explorer, which "
            "eliminates the signature calculation steps. After it is executed "
            "successfully, API Explorer can automatically generate SDK code samples."
        ),
        inputs=(
            Input(
                "SignId",
                "sign_id",
                "integer",
                "integer",
                required=True,
                description="ID of the signature to be modified.",
                placeholder=0,
            ),
            Input(
                "SignName",
                "sign_name",
                "string",
                "string",
                required=True,
                description="Signature name.",
                placeholder="",
            ),
            Input(
                "SignType",
                "sign_type",
                "integer",
                "integer",
                required=True,
                constraints=(
                    "one of 0 (company. Valid values of DocumentType include 0 "
                    "and 1), 1 (app. Valid values of DocumentType include 0, 1, "
                    "2, 3, and 4), 2 (website. Valid values of DocumentType "
                    "include 0, 1, 2, 3, and 5), 3 (WeChat Official Account. "
                    "Valid values of DocumentType include 0, 1, 2, 3, and 8), 4 "
                    "(trademark. Valid values of DocumentType include 7), 5 "
                    "(government/public institution/other. Valid values of "
                    "DocumentType include 2 and 3), 6 (WeChat Mini Program. Valid"
                    " values of DocumentType include 0, 1, 2, 3, and 6)"
                ),
                description=(
                    "Signature type. Each of these types is followed by their "
                    "DocumentType (identity certificate type) option: 0: company."
                    " Valid values of DocumentType include 0 and 1. 1: app. Valid"
                    " values of DocumentType include 0, 1, 2, 3, and 4. 2: "
                    "website. Valid values of DocumentType include 0, 1, 2, 3, "
                    "and 5. 3: WeChat Official Account. Valid values of "
                    "DocumentType include 0, 1, 2, 3, and 8. 4: trademark. Valid "
                    "values of DocumentType include 7. 5: government/public "
                    "institution/other. Valid values of DocumentType include 2 "
                    "and 3. 6: WeChat Mini Program. Valid values of DocumentType "
                    "include 0, 1, 2, 3, and 6. Note: the identity certificate "
                    "type must be selected according to the correspondence; "
                    "otherwise, the review will fail."
                ),
                placeholder=0,
            ),
            Input(
                "DocumentType",
                "document_type",
                "integer",
                "integer",
                required=True,
                constraints=(
                    "one of 0 (three-in-one), 1 (business license), 2 "
                    "(organization code certificate), 3 (social credit code "
                    "certificate), 4 (screenshot of application backend "
                    "management (for personal app)), 5 (screenshot of website ICP"
                    " filing backend (for personal website)), 6 (screenshot of "
                    "WeChat Mini Program settings page (for personal WeChat Mini "
                    "Program)), 7 (trademark registration certificate), 8 "
                    "(screenshot of WeChat Official Account settings page (for "
                    "personal WeChat Official Account))"
                ),
                description=(
                    "Identity certificate type: 0: three-in-one. 1: business "
                    "license. 2: organization code certificate. 3: social credit "
                    "code certificate. 4: screenshot of application backend "
                    "management (for personal app). 5: screenshot of website ICP "
                    "filing backend (for personal website). 6: screenshot of "
                    "WeChat Mini Program settings page (for personal WeChat Mini "
                    "Program). 7: trademark registration certificate. 8: "
                    "screenshot of WeChat Official Account settings page (for "
                    "personal WeChat Official Account)."
                ),
                placeholder=0,
            ),
            Input(
                "International",
                "international",
                "integer",
                "integer",
                required=True,
                constraints="one of 0 (Chinese mainland SMS), 1 (Global SMS)",
                description=(
                    "A parameter used to specify whether it is Global SMS: 0 : "
                    "Chinese mainland SMS. 1 : Global SMS. Note: the value of "
                    "this parameter must be consistent with the International "
                    "value of the signature to be modified. This parameter cannot"
                    " be used to directly change a Chinese mainland signature to "
                    "an international signature."
                ),
                placeholder=0,
            ),
            Input(
                "SignPurpose",
                "sign_purpose",
                "integer",
                "integer",
                required=True,
                constraints="one of 0 (for personal use), 1 (for others)",
                description="Signature purpose: 0: for personal use. 1: for others.",
                placeholder=0,
            ),
            Input(
                "ProofImage",
                "proof_image",
                "string",
                "string",
                required=True,
                constraints="base64 image",
                description=(
                    "You should Base64-encode the image of the identity "
                    "certificate corresponding to the signature first, remove the"
                    " prefix data:image/jpeg;base64, from the resulted string, "
                    "and then use it as the value of this parameter."
                ),
                placeholder="",
            ),
            Input(
                "CommissionImage",
                "commission_image",
                "string",
                "string",
                constraints="base64 image",
                description=(
                    "Power of attorney, which should be submitted if SignPurpose "
                    "is for use by others. You should Base64-encode the image "
                    "first, remove the prefix data:image/jpeg;base64, from the "
                    "resulted string, and then use it as the value of this "
                    "parameter. Note: this field will take effect only when "
                    "SignPurpose is 1 (for user by others)."
                ),
                placeholder="",
            ),
            Input(
                "Remark",
                "remark",
                "string",
                "string",
                description="Signature application remarks.",
                placeholder="",
            ),
        ),
    ),
    "SendSms": Command(
        "SendSms",
        "send_sms",
        summary="Sends SMS messages",
        description=(
            "This API is used to send SMS verification codes, notification, or "
            "marketing messages to users. Note: Because of the improved security of "
            "TencentCloud API 3.0, API authentication is more complicated. We "
            "recommend you use the Tencent Cloud SMS service with the SDK. Note: You "
            "can run this API directly in API 3.0 Explorer, which eliminates the "
            "signature calculation steps. After it is executed successfully, API "
            "Explorer can automatically generate SDK code samples."
        ),
        inputs=(
            Input(
                "PhoneNumberSet",
                "phone_number_set",
                "string",
                "list of string",
                array=True,
                required=True,
                constraints=(
                    "1 to 200 items; mobile number (E.164; the service normalises"
                    " mainland numbers)"
                ),
                description=(
                    "Target mobile number in the E.164 standard in the format of "
                    "+[country/region code][mobile number]. Up to 200 mobile "
                    "numbers are supported in one request (which should be all "
                    "Chinese mainland mobile numbers or all global mobile "
                    "numbers). For example, +60198890000, which has a + sign "
                    "followed by 60 (country/region code) and then by 198890000 "
                    "(mobile number)."
                ),
                placeholder="",
            ),
            Input(
                "SmsSdkAppId",
                "sms_sdk_app_id",
                "string",
                "string",
                required=True,
                description=(
                    "The SMS SdkAppId generated after an application is added in "
                    "the SMS console, such as 2400006666."
                ),
                placeholder="",
            ),
            Input(
                "TemplateId",
                "template_id",
                "string",
                "string",
                required=True,
                description=(
                    "Template ID, which can be viewed on the Body Templates page "
                    "in Global SMS. You must enter the ID of an approved "
                    "template."
                ),
                placeholder="",
            ),
            Input(
                "SignName",
                "sign_name",
                "string",
                "string",
                description=(
                    "SMS signature information which is encoded in UTF-8. You "
                    "must enter an approved signature (such as Tencent Cloud). "
                    "The signing information can be viewed on the Signatures page"
                    " in Global SMS."
                ),
                placeholder="",
            ),
            Input(
                "TemplateParamSet",
                "template_param_set",
                "string",
                "list of string",
                array=True,
                description=(
                    "Template parameter. If there is no template parameter, leave"
                    " this field empty. Note The number of template parameters "
                    "should be consistent with that of the template variables of "
                    "TemplateId."
                ),
                placeholder="",
            ),
            Input(
                "ExtendCode",
                "extend_code",
                "string",
                "string",
                description=(
                    "SMS code number extension, which is not activated by "
                    "default. If you need to activate it, you can contact SMS "
                    "Helper."
                ),
                placeholder="",
            ),
            Input(
                "SessionContext",
                "session_context",
                "string",
                "string",
                constraints="≤ 511 bytes",
                description=(
                    "User session content, which can carry context information "
                    "such as user-side ID and will be returned as-is by the "
                    "server. Note that the length must be less than 512 bytes."
                ),
                placeholder="",
            ),
            Input(
                "SenderId",
                "sender_id",
                "string",
                "string",
                description=(
                    "For Global SMS, if you have applied for a separate SenderId,"
                    " this parameter is required. By default, the public SenderId"
                    " is used, in which case you don't need to enter this "
                    "parameter. Note: If your monthly usage reaches the specified"
                    " threshold, you can apply for an independent SenderId. For "
                    "more information, contact SMS Helper."
                ),
                placeholder="",
            ),
        ),
    ),
    "DescribePhoneNumberInfo": Command(
        "DescribePhoneNumberInfo",
        "describe_phone_number_info",
        summary="Queries mobile number information",
        description=(
            "This API is used to query the information of a phone number, including "
            "country/region code and standardized E.164 format number. For example, "
            "if you query the number +86018845720123, you can get the country/region "
            "code 86 and the standardized E.164 number +8618845720123."
        ),
        inputs=(
            Input(
                "PhoneNumberSet",
                "phone_number_set",
                "string",
                "list of string",
                array=True,
                required=True,
                constraints=(
                    "at most 200 items; mobile number (E.164; the service "
                    "normalises mainland numbers)"
                ),
                description=(
                    "A parameter used to query mobile numbers in E.164 format "
                    "(+[country/region code][subscriber number]). Up to 200 "
                    "mobile numbers can be queried at a time. Take the number "
                    '+8613711112222 as an example. "86" is the country code (with'
                    ' a "+" sign in its front) and "13711112222" is the '
                    "subscriber number."
                ),
                placeholder="",
            ),
        ),
    ),
    "ReportConversion": Command(
        "ReportConversion",
        "report_conversion",
        summary="Reports the SMS conversion rate",
        description=(
            "This API is used to report the SMS conversion rate (SMS conversion rate "
            "= the number of returned verification codes / the number of verification"
            " codes sent) and report the serial numbers of received SMS messages to "
            "Tencent Cloud SMS. Note: To call this API, you need to be added to the "
            "allowlist first. If you have any questions, contact SMS Helper."
        ),
        inputs=(
            Input(
                "SmsSdkAppId",
                "sms_sdk_app_id",
                "string",
                "string",
                required=True,
                description=(
                    "The SMS SdkAppId generated after an application is created "
                    'in the SMS console, such as "1400006666".'
                ),
                placeholder="",
            ),
            Input(
                "SerialNo",
                "serial_no",
                "string",
                "string",
                required=True,
                description="The serial number returned for a message sent.",
                placeholder="",
            ),
            Input(
                "ConversionTime",
                "conversion_time",
                "integer",
                "integer",
                constraints="UNIX time in seconds",
                description=(
                    "The recipient's reply time in seconds in the format of UNIX " "timestamp."
                ),
                placeholder=0,
            ),
        ),
    ),
    "AddSmsTemplate": Command(
        "AddSmsTemplate",
        "add_sms_template",
        summary="Adds SMS template",
        description=(
            "This API is used to add an SMS template. You need to read the Tencent "
            "Cloud SMS Body Template Review Standards before starting an application."
            " Note: individual users cannot use this API to apply for SMS body "
            "templates. For more information, see Identity Verification Overview. If "
            "your account identity is individual, you can log in to the console to "
            "apply for SMS body templates. Note: because of the improved security of "
            "TencentCloud API 3.0, API authentication is more complicated. We "
            "recommend you use the Tencent Cloud SMS service with the SDK. You can "
            "run this API directly in API 3.0 Explorer, which eliminates the "
            "signature calculation steps. After it is executed successfully, API "
            "Explorer can automatically generate SDK code samples."
        ),
        inputs=(
            Input(
                "TemplateName",
                "template_name",
                "string",
                "string",
                required=True,
                description="Template name.",
                placeholder="",
            ),
            Input(
                "TemplateContent",
                "template_content",
                "string",
                "string",
                required=True,
                description="Template content.",
                placeholder="",
            ),
            Input(
                "SmsType",
                "sms_type",
                "integer",
                "integer",
                required=True,
                constraints="one of 1 (Marketing SMS), 2 (Notification SMS), 3 (OTP SMS)",
                description=(
                    "SMS type. 1: Marketing SMS, 2: Notification SMS, 3: OTP SMS."
                    ' Note: The "Regular SMS" type template currently still '
                    "supports submission. However, in order to further improve "
                    "the quality of SMS service and increase the approval rate of"
                    " SMS templates, it is recommended to apply for a new "
                    'template according to the "Notification SMS" type or the '
                    '"OTP SMS" type. You can Refer to Optimization of Tencent '
                    "Cloud SMS Template Types."
                ),
                placeholder=1,
            ),
            Input(
                "International",
                "international",
                "integer",
                "integer",
                required=True,
                constraints="one of 0 (Mainland China SMS), 1 (Global SMS)",
                description=("Whether it is Global SMS: 0: Mainland China SMS. 1: Global " "SMS."),
                placeholder=0,
            ),
            Input(
                "Remark",
                "remark",
                "string",
                "string",
                required=True,
                description=("Template remarks, such as reason for application and use " "case."),
                placeholder="",
            ),
        ),
    ),
    "DeleteSmsTemplate": Command(
        "DeleteSmsTemplate",
        "delete_sms_template",
        summary="Deletes SMS template",
        description=(
            "Note: individual users cannot use this API to delete SMS body templates."
            " Please log in to the console to do so. For more information, please see"
            " Identity Verification Overview. Note: because of the improved security "
            "of TencentCloud API 3.0, API authentication is more complicated. We "
            "recommend you use the Tencent Cloud SMS service with the SDK. You can "
            "run this API directly in API 3.0 Explorer, which eliminates the "
            "signature calculation steps. After it is executed successfully, API "
            "Explorer can automatically generate SDK code samples."
        ),
        inputs=(
            Input(
                "TemplateId",
                "template_id",
                "integer",
                "integer",
                required=True,
                description="ID of the template to be deleted.",
                placeholder=0,
            ),
        ),
    ),
    "DescribeSmsTemplateList": Command(
        "DescribeSmsTemplateList",
        "describe_sms_template_list",
        summary="Queries SMS template status",
        description=(
            "Note: individual users cannot use this API to query SMS body templates. "
            "For more information, please see Identity Verification Overview. Note: "
            "because of the improved security of TencentCloud API 3.0, API "
            "authentication is more complicated. We recommend you use the Tencent "
            "Cloud SMS service with the SDK. You can run this API directly in API 3.0"
            " Explorer, which eliminates the signature calculation steps. After it is"
            " executed successfully, API Explorer can automatically generate SDK code"
            " samples."
        ),
        inputs=(
            Input(
                "International",
                "international",
                "integer",
                "integer",
                required=True,
                constraints="one of 0 (Mainland China SMS), 1 (Global SMS)",
                description=("Whether it is Global SMS: 0: Mainland China SMS. 1: Global " "SMS."),
                placeholder=0,
            ),
            Input(
                "TemplateIdSet",
                "template_id_set",
                "integer",
                "list of integer",
                array=True,
                constraints="at most 100 items",
                description=(
                    "Array of template IDs. If the array is empty, the template "
                    "list information will be queried by default. You need to use"
                    " the Limit and Offset fields to set the query range. Note "
                    "The max array length is 100 by default."
                ),
                placeholder=0,
            ),
            Input(
                "Limit",
                "limit",
                "integer",
                "integer",
                constraints="≤ 100",
                description=(
                    "Upper limit. Maximum value: 100. Note: it is 0 by default "
                    "and is enabled when TemplateIdSet is empty."
                ),
                placeholder=0,
            ),
            Input(
                "Offset",
                "offset",
                "integer",
                "integer",
                description=(
                    "Offset. Note: it is 0 by default and is enabled when "
                    "TemplateIdSet is empty."
                ),
                placeholder=0,
            ),
        ),
        paging=Paging(
            "offset",
            items="DescribeTemplateStatusSet",
            limit="Limit",
            set_inputs=("Limit", "Offset"),
        ),
    ),
    "ModifySmsTemplate": Command(
        "ModifySmsTemplate",
        "modify_sms_template",
        summary="Modifies SMS template",
        description=(
            "This API is used to modify an SMS body template. Please read the Tencent"
            " Cloud SMS Body Template Review Standards before making a modification. "
            "Note: individual users cannot use this API to modify SMS body templates."
            " For more information, please see Identity Verification Overview. If "
            "your account identity is individual, you can log in to the console to "
            "modify SMS body templates. Modifications can be made only if the body "
            "template status is Pending Review or Rejected. Approved body templates "
            "cannot be modified. Note: because of the improved security of "
            "TencentCloud API 3.0, API authentication is more complicated. We "
            "recommend you use the Tencent Cloud SMS service with the SDK. You can "
            "run this API directly in API 3.0 Explorer, which eliminates the "
            "signature calculation steps. After it is executed successfully, API "
            "Explorer can automatically generate SDK code samples."
        ),
        inputs=(
            Input(
                "TemplateId",
                "template_id",
                "integer",
                "integer",
                required=True,
                description="ID of the template to be modified.",
                placeholder=0,
            ),
            Input(
                "TemplateName",
                "template_name",
                "string",
                "string",
                required=True,
                description="New template name.",
                placeholder="",
            ),
            Input(
                "TemplateContent",
                "template_content",
                "string",
                "string",
                required=True,
                description="New template content.",
                placeholder="",
            ),
            Input(
                "SmsType",
                "sms_type",
                "integer",
                "integer",
                required=True,
                constraints="one of 1 (Marketing SMS), 2 (Notification SMS), 3 (OTP SMS)",
                description=(
                    "SMS type. 1: Marketing SMS, 2: Notification SMS, 3: OTP SMS."
                    ' Note: The "Regular SMS" type template currently still '
                    "supports submission. However, in order to further improve "
                    "the quality of SMS service and increase the approval rate of"
                    " SMS templates, it is recommended to apply for a new "
                    'template according to the "Notification SMS" type or the '
                    '"OTP SMS" type. You can Refer to Optimization of Tencent '
                    "Cloud SMS Template Types."
                ),
                placeholder=1,
            ),
            Input(
                "International",
                "international",
                "integer",
                "integer",
                required=True,
                constraints="one of 0 (Mainland China SMS), 1 (Global SMS)",
                description=("Whether it is Global SMS: 0: Mainland China SMS. 1: Global " "SMS."),
                placeholder=0,
            ),
            Input(
                "Remark",
                "remark",
                "string",
                "string",
                required=True,
                description=("Template remarks, such as reason for application and use " "case."),
                placeholder="",
            ),
        ),
    ),
}

# The fields of each data type an input holds, directly or nested (for skeletons and help).
TYPES: dict[str, tuple[Input, ...]] = {}
