# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What the emulator takes from the spec beyond the runtime's own tables.

Error messages, the error code each documented constraint is answered with, the regions the Region
parameter accepts, documented example answers, callback formats and receipt status codes. The
parameter tables themselves are the client's (``_validation.ACTION_PARAMS``), so the emulator and
the client read one source.
"""

from __future__ import annotations

import json
from typing import Any

from tcsms import _service

# Error code -> the spec's description of it, sent as the Message of an error answer.
ERROR_MESSAGES: dict[str, str] = {
    "ActionOffline": "This API has been deprecated.",
    "AuthFailure.InvalidAuthorization": "Authorization in the request header is invalid.",
    "AuthFailure.InvalidSecretId": "Invalid key (not a TencentCloud API key type).",
    "AuthFailure.MFAFailure": "MFA failed.",
    "AuthFailure.SecretIdNotFound": (
        "Key does not exist. Check if the key has been deleted or disabled in "
        "the console, and if not, check if the key is correctly entered. Note "
        "that whitespaces should not exist before or after the key."
    ),
    "AuthFailure.SignatureExpire": (
        "Signature expired. Timestamp and server time cannot differ by more "
        "than five minutes. Please ensure your current local time matches the "
        "standard time."
    ),
    "AuthFailure.SignatureFailure": (
        "Invalid signature. Signature calculation error. Please ensure you've "
        "followed the signature calculation process described in the Signature "
        "API documentation."
    ),
    "AuthFailure.TokenFailure": "Token error.",
    "AuthFailure.UnauthorizedOperation": (
        "The request is not authorized. For more information, see the CAM " "documentation."
    ),
    "DryRunOperation": (
        "DryRun Operation. It means that the request would have succeeded, but "
        "the DryRun parameter was used."
    ),
    "FailedOperation": "Operation failed.",
    "FailedOperation.ContainSensitiveWord": (
        "The SMS message contains sensitive words. You can contact SMS Helper " "for assistance."
    ),
    "FailedOperation.FailResolvePacket": (
        "Failed to parse the request packet. Usually, this is because that the "
        "API specification was not followed. Please see Detailed Explanation of"
        " Request Body Parsing Error 1004."
    ),
    "FailedOperation.ForbidAddMarketingTemplates": (
        "Individual users cannot apply for sending marketing SMS messages."
    ),
    "FailedOperation.InsufficientBalanceInSmsPackage": (
        "The package balance is insufficient. Please purchase an SMS package."
    ),
    "FailedOperation.JsonParseFail": "Failed to parse the request body.",
    "FailedOperation.MarketingSendTimeConstraint": (
        "Marketing SMS messages can only be sent between 8:00 and 22:00 in "
        "order not to disturb recipients."
    ),
    "FailedOperation.MissingSignature": (
        "You cannot apply for a template before you apply for a signature. "
        "Please create a signature first as instructed in Creating Signature."
    ),
    "FailedOperation.MissingSignatureList": (
        "Unable to identify the signature. Please check whether the signature "
        "has been approved. For more information, see the signature approval "
        "section in Getting Started."
    ),
    "FailedOperation.MissingSignatureToModify": (
        "This signature ID has not been submitted for approval or does not "
        "exist, so it cannot be modified. Please check whether the SignId is "
        "entered correctly."
    ),
    "FailedOperation.MissingTemplateList": (
        "Unable to identify the template. Please check whether the template has"
        " been approved. For more information, see the template approval "
        "section in Getting Started."
    ),
    "FailedOperation.MissingTemplateToModify": (
        "This template ID has not been submitted for approval or does not "
        "exist, so it cannot be modified. Please check whether the TemplateId "
        "is entered correctly."
    ),
    "FailedOperation.NotEnterpriseCertification": (
        "Individual users cannot use the APIs related to signatures and "
        "templates. You can change your account identity type to enterprise as "
        "instructed here. The change will take effect in about one hour."
    ),
    "FailedOperation.OtherError": (
        "Other error. Usually, this is because that the carried parameter is "
        "non-compliant. For more information, see the API description. If "
        "necessary, you can contact SMS Helper for assistance."
    ),
    "FailedOperation.ParametersOtherError": (
        "Unknown error. If necessary, you can contact SMS Helper for " "assistance."
    ),
    "FailedOperation.PhoneNumberInBlacklist": (
        "The mobile number is in the opt-out list. This may be because the "
        "recipient has unsubscribed from your service or the mobile number is "
        "in the carrier's opt-out list. To solve this problem, contact SMS "
        "Helper."
    ),
    "FailedOperation.PhoneNumberParseFail": (
        "Failed to parse the mobile number. Please check whether it meets the " "E.164 standard."
    ),
    "FailedOperation.ProhibitSubAccountUse": (
        "Non-Root accounts cannot use the template list pull feature. You can "
        "use the TencentCloud API key of your root account to call the API."
    ),
    "FailedOperation.SignIdNotExist": "The signature ID does not exist.",
    "FailedOperation.SignNumberLimit": "The number of signatures has reached the maximum value.",
    "FailedOperation.SignatureIncorrectOrUnapproved": (
        "The signature is not approved or in an incorrect format. (1) Log in to"
        " the SMS console and check whether the signature has been approved; "
        "(2) Check whether the signature is in compliance with the format "
        "specification, that is, it can contain 2–12 letters and digits. If you"
        " have any questions, contact SMS Helper for assistance."
    ),
    "FailedOperation.TemplateAlreadyPassedCheck": (
        "This template has been approved and cannot be modified again."
    ),
    "FailedOperation.TemplateIdNotExist": "The template ID does not exist.",
    "FailedOperation.TemplateIncorrectOrUnapproved": (
        "The template has not been approved or its content does not match that "
        "of the approved template. (1) Please log in to the SMS console to "
        "check whether the template has been reviewed and approved. (2) Please "
        "click here to check whether the template format is correct. If you "
        "have any questions, contact SMS Helper."
    ),
    "FailedOperation.TemplateNumberLimit": (
        "The number of templates has reached the maximum value."
    ),
    "FailedOperation.TemplateParamSetNotMatchApprovedTemplate": (
        "The request content does not match that of the approved template. "
        "Please check whether the number of parameters in the request is "
        "consistent with that in the approved template. If you have any "
        "questions, contact SMS Helper."
    ),
    "FailedOperation.TemplateUnapprovedOrNotExist": (
        "The template has not been approved or does not exist. Please log in to"
        " the SMS console to check whether the template has been reviewed and "
        "approved. If you have any questions, contact SMS Helper."
    ),
    "InternalError": "Internal error.",
    "InternalError.JsonParseFail": (
        "Failed to parse the user parameter. You can contact SMS Helper for " "assistance."
    ),
    "InternalError.OtherError": (
        "Other error. You can contact SMS Helper and provide the failed mobile "
        "number for assistance."
    ),
    "InternalError.ParseBackendResponseFail": (
        "Failed to parse the carrier's response packet. Please contact SMS "
        "Helper for assistance."
    ),
    "InternalError.RequestTimeException": (
        "The request was initiated in an exceptional time. Usually, this is "
        "because that the difference between your server time and Tencent Cloud"
        " server time exceeds 10 minutes. Please check whether the server time "
        "and the time field in the API are correct."
    ),
    "InternalError.RestApiInterfaceNotExist": (
        "This RESTful API does not exist. Please check the RESTful API " "description."
    ),
    "InternalError.SendAndRecvFail": (
        "The API timed out or SMS packet sending/receiving timed out. You need "
        "to check whether your network jitters or contact SMS Helper for "
        "assistance."
    ),
    "InternalError.SigFieldMissing": (
        "The request body in the backend body does not have a Sig field or the "
        "Sig field is empty."
    ),
    "InternalError.SigVerificationFail": "Backend check of Sig failed.",
    "InternalError.Timeout": (
        "The request to deliver an SMS message timed out. Please see Detailed "
        "Explanation of Error 60008."
    ),
    "InternalError.UnknownError": "Unknown error.",
    "InternalServerError": "Internal error.",
    "InvalidAction": "The API does not exist.",
    "InvalidParameter": "Incorrect parameter.",
    "InvalidParameter.AppidAndBizId": "The account does not match the application ID.",
    "InvalidParameter.DirtyWordFound": "There are sensitive words.",
    "InvalidParameter.InvalidParameters": (
        "Invalid parameter. If you have any questions, contact SMS Helper."
    ),
    "InvalidParameterValue": "Invalid parameter value.",
    "InvalidParameterValue.BeginTimeVerifyFail": "BeginTime parameter check failed.",
    "InvalidParameterValue.ContentLengthLimit": (
        "The content of the requested SMS message is too long. For message "
        "length calculation rule, please see SMS Length Calculation Rule."
    ),
    "InvalidParameterValue.EndTimeVerifyFail": "EndTime parameter check failed.",
    "InvalidParameterValue.ImageInvalid": (
        "The format of the uploaded transcoded image is incorrect. See the "
        "description of this field in the API description. If necessary, you "
        "can contact SMS Helper for assistance."
    ),
    "InvalidParameterValue.IncorrectPhoneNumber": "Incorrect mobile number format",
    "InvalidParameterValue.InvalidDocumentType": (
        "DocumentType field check failed. See the description of this field in "
        "the API description. If necessary, you can contact SMS Helper for "
        "assistance."
    ),
    "InvalidParameterValue.InvalidInternational": (
        "International field check failed. See the description of this field in"
        " the API description. If necessary, you can contact SMS Helper for "
        "assistance."
    ),
    "InvalidParameterValue.InvalidSignPurpose": (
        "SignPurpose field check failed. See the description of this field in "
        "the API description. If necessary, you can contact SMS Helper for "
        "assistance."
    ),
    "InvalidParameterValue.InvalidStartTime": (
        "Invalid start time or end time. The reason may be that the requested "
        "SendDateTime is later than EndDateTime."
    ),
    "InvalidParameterValue.InvalidTemplateFormat": (
        "The template format is incorrect. For more information, please see "
        "Body Template Review Standards."
    ),
    "InvalidParameterValue.InvalidUsedMethod": (
        "UsedMethod field check failed. See the description of this field in "
        "the API description. If necessary, you can contact SMS Helper for "
        "assistance."
    ),
    "InvalidParameterValue.LimitVerifyFail": "Limit parameter check failed.",
    "InvalidParameterValue.MarketingTemplateWithoutUnsubscribe": (
        "Marketing messages must include an unsubscribe method."
    ),
    "InvalidParameterValue.OffsetVerifyFail": "Offset parameter check failed.",
    "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter": (
        "URLs are not allowed in template variables."
    ),
    "InvalidParameterValue.SdkAppIdNotExist": "The SdkAppId does not exist.",
    "InvalidParameterValue.SignAlreadyPassedCheck": (
        "This signature has been approved and cannot be modified again."
    ),
    "InvalidParameterValue.SignExistAndUnapproved": (
        "The same signature pending review already exists."
    ),
    "InvalidParameterValue.SignNameLengthTooLong": "Too much signature content",
    "InvalidParameterValue.TemplateParameterFormatError": (
        "The parameter format of the verification code template is incorrect. "
        "For a verification code template, only 0–6 digits can be passed in as "
        "the template variable."
    ),
    "InvalidParameterValue.TemplateParameterLengthLimit": (
        "There are more than 12 characters in a single template variable. There"
        " is no upper limit of variable characters for enterprise users. You "
        "can change your account identity type to enterprise as instructed "
        "here. The limit change will take effect in about one hour."
    ),
    "InvalidParameterValue.TemplateWithDirtyWords": (
        "The template content contains sensitive words. For more information, "
        "please see Body Template Review Standards."
    ),
    "InvalidRequest": "The multipart format of the request body is incorrect.",
    "IpInBlacklist": "Your IP is in uin IP blacklist.",
    "IpNotInWhitelist": "Your IP is not in uin IP whitelist.",
    "LimitExceeded": "Quota limit exceeded.",
    "LimitExceeded.AppCountryOrRegionDailyLimit": (
        "The number of Global SMS messages sent to the specified country/region"
        " per day has exceeded the preset limit. You can adjust the message "
        "sending limit in Application Management > Basic Configuration in the "
        "SMS console."
    ),
    "LimitExceeded.AppCountryOrRegionInBlacklist": (
        "The Global SMS message failed to be sent because the recipient "
        "country/region is not included in the specified country/region list. "
        "You can adjust the country/region list in Application Management > "
        "Basic Configuration in the SMS console."
    ),
    "LimitExceeded.AppDailyLimit": (
        "The number of SMS messages delivered on the current day exceeds the "
        "set upper limit. You can adjust the SMS delivery rate limit policy in "
        "the console."
    ),
    "LimitExceeded.AppGlobalDailyLimit": (
        "The number of Global SMS messages sent per day has exceeded the preset"
        " limit. You can adjust the message sending threshold in Application "
        "Management > Basic Configuration in the SMS console."
    ),
    "LimitExceeded.AppMainlandChinaDailyLimit": (
        "The number of Chinese Mainland SMS messages sent per day has exceeded "
        "the preset limit. You can adjust the message sending threshold in "
        "Application Management > Basic Configuration in the SMS console."
    ),
    "LimitExceeded.DailyLimit": (
        "The number of SMS messages delivered on the current day exceeds the "
        "set upper limit (for Global SMS). If you want to adjust the limit, you"
        " can contact SMS Helper for assistance."
    ),
    "LimitExceeded.DeliveryFrequencyLimit": (
        "The SMS delivery hits the delivery rate limit policy. You can adjust "
        "the policy in the console. If you have other requirements, you can "
        "contact SMS Helper for assistance."
    ),
    "LimitExceeded.PhoneNumberCountLimit": (
        "The number of mobile numbers you query at a time exceeds 200. Please "
        "refer to the input parameter PhoneNumberSet."
    ),
    "LimitExceeded.PhoneNumberDailyLimit": (
        "The number of SMS messages delivered to a single mobile number on the "
        "current day exceeds the set upper limit. You can adjust the SMS "
        "delivery rate limit policy in the console."
    ),
    "LimitExceeded.PhoneNumberOneHourLimit": (
        "The number of SMS messages delivered to a single mobile number within "
        "1 hour exceeds the set upper limit. You can adjust the SMS delivery "
        "rate limit policy in the console."
    ),
    "LimitExceeded.PhoneNumberSameContentDailyLimit": (
        "The number of identical SMS messages delivered to a single mobile "
        "number exceeds the set upper limit. You can adjust the SMS delivery "
        "rate limit policy in the console."
    ),
    "LimitExceeded.PhoneNumberThirtySecondLimit": (
        "The number of SMS messages delivered to a single mobile number within "
        "30 seconds exceeds the set upper limit. You can adjust the SMS "
        "delivery rate limit policy in the console"
    ),
    "MissingParameter": "A parameter is missing.",
    "MissingParameter.EmptyPhoneNumberSet": (
        "The list of mobile numbers passed in is empty. Please check whether "
        "numbers are present in your parameters."
    ),
    "NoSuchProduct": "The product does not exist.",
    "NoSuchVersion": "The API version does not exist.",
    "RequestLimitExceeded": "The number of requests exceeds the frequency limit.",
    "RequestLimitExceeded.GlobalRegionUinLimitExceeded": "Uin exceeds the frequency limit.",
    "RequestLimitExceeded.IPLimitExceeded": (
        "The number of ip requests exceeds the frequency limit."
    ),
    "RequestLimitExceeded.UinLimitExceeded": (
        "The number of uin requests exceeds the frequency limit."
    ),
    "RequestSizeLimitExceeded": "The request size exceeds the upper limit.",
    "ResourceInUse": "Resource is in use.",
    "ResourceInsufficient": "Insufficient resource.",
    "ResourceNotFound": "The resource does not exist.",
    "ResourceUnavailable": "Resource is unavailable.",
    "ResponseSizeLimitExceeded": "The response size exceeds the upper limit.",
    "ServiceUnavailable": "Service is unavailable now.",
    "UnauthorizedOperation": "Unauthorized operation.",
    "UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny": (
        "Individual users do not have permission to send marketing SMS "
        "messages. Please see Differences in Rights."
    ),
    "UnauthorizedOperation.RequestIpNotInWhitelist": (
        "The requesting IP is not in the allowlist. You have configured the "
        "verification of request source IP, but the current requesting IP is "
        "not in the configured allowlist. If necessary, you can contact SMS "
        "Helper."
    ),
    "UnauthorizedOperation.RequestPermissionDeny": (
        "The request does not have permission. You can contact SMS Helper."
    ),
    "UnauthorizedOperation.SdkAppIdsDisabled": (
        "This SdkAppId is forbidden to provide services. If necessary, you can "
        "contact SMS Helper."
    ),
    "UnauthorizedOperation.ServiceSuspendDueToArrears": (
        "If the service is suspended due to outstanding fees, you can log in to"
        " Tencent Cloud to recharge and clear the debt on your own."
    ),
    "UnauthorizedOperation.SmsSdkAppIdVerifyFail": (
        "Failed to verify SmsSdkAppId. Please check whether SmsSdkAppId is "
        "under the account associated with the TencentCloud API key."
    ),
    "UnknownParameter": "Unknown parameter.",
    "UnsupportedOperation": "Unsupported operation.",
    "UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone": (
        "A Chinese Mainland SMS template cannot be used to sent messages to "
        "global numbers. Please use a Global SMS template instead."
    ),
    "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber": (
        "The group message request contains both Chinese mainland numbers and "
        "international numbers. Please check: (1) whether the message is sent "
        "to international numbers with a Chinese mainland signature or "
        "template; (2) whether the message is sent to Chinese mainland numbers "
        "with an international signature or template."
    ),
    "UnsupportedOperation.GlobalTemplateToChineseMainlandPhone": (
        "A Global SMS template cannot be used to sent messages to Chinese "
        "mainland numbers. Please use a Chinese Mainland SMS template instead."
    ),
    "UnsupportedOperation.UnsupportedRegion": "UnsupportedOperation.UnsupportedRegion error.",
    "UnsupportedProtocol": (
        "HTTP(S) request protocol error; only GET and POST requests are " "supported."
    ),
    "UnsupportedRegion": "API does not support the requested region.",
}

# Action -> parameter -> constraint -> the error code the documents give for breaking it. A
# constraint without an entry is answered with InvalidParameterValue.
VIOLATION_CODES: dict[str, dict[str, dict[str, str]]] = {
    "PullSmsReplyStatusByPhoneNumber": {
        "BeginTime": {"format": "InvalidParameterValue.BeginTimeVerifyFail"},
        "PhoneNumber": {"format": "InvalidParameterValue.IncorrectPhoneNumber"},
        "EndTime": {"format": "InvalidParameterValue.EndTimeVerifyFail"},
    },
    "PullSmsSendStatusByPhoneNumber": {
        "BeginTime": {"format": "InvalidParameterValue.BeginTimeVerifyFail"},
        "PhoneNumber": {"format": "InvalidParameterValue.IncorrectPhoneNumber"},
        "EndTime": {"format": "InvalidParameterValue.EndTimeVerifyFail"},
    },
    "SendStatusStatistics": {
        "BeginTime": {"format": "InvalidParameterValue.BeginTimeVerifyFail"},
        "EndTime": {"format": "InvalidParameterValue.EndTimeVerifyFail"},
        "Limit": {"fixed": "InvalidParameterValue.LimitVerifyFail"},
        "Offset": {"fixed": "InvalidParameterValue.OffsetVerifyFail"},
    },
    "CallbackStatusStatistics": {
        "BeginTime": {"format": "InvalidParameterValue.BeginTimeVerifyFail"},
        "EndTime": {"format": "InvalidParameterValue.EndTimeVerifyFail"},
        "Limit": {"fixed": "InvalidParameterValue.LimitVerifyFail"},
        "Offset": {"fixed": "InvalidParameterValue.OffsetVerifyFail"},
    },
    "AddSmsSign": {
        "DocumentType": {"enum": "InvalidParameterValue.InvalidDocumentType"},
        "International": {"enum": "InvalidParameterValue.InvalidInternational"},
        "ProofImage": {"format": "InvalidParameterValue.ImageInvalid"},
        "CommissionImage": {"format": "InvalidParameterValue.ImageInvalid"},
    },
    "ModifySmsSign": {
        "DocumentType": {"enum": "InvalidParameterValue.InvalidDocumentType"},
        "International": {"enum": "InvalidParameterValue.InvalidInternational"},
        "SignPurpose": {"enum": "InvalidParameterValue.InvalidSignPurpose"},
        "ProofImage": {"format": "InvalidParameterValue.ImageInvalid"},
        "CommissionImage": {"format": "InvalidParameterValue.ImageInvalid"},
    },
    "SendSms": {
        "PhoneNumberSet": {
            "max_items": "LimitExceeded.PhoneNumberCountLimit",
            "min_items": "MissingParameter.EmptyPhoneNumberSet",
            "format": "InvalidParameterValue.IncorrectPhoneNumber",
        },
    },
    "DescribePhoneNumberInfo": {
        "PhoneNumberSet": {
            "max_items": "LimitExceeded.PhoneNumberCountLimit",
            "format": "InvalidParameterValue.IncorrectPhoneNumber",
        },
    },
    "AddSmsTemplate": {
        "International": {"enum": "InvalidParameterValue.InvalidInternational"},
    },
    "DescribeSmsTemplateList": {
        "International": {"enum": "InvalidParameterValue.InvalidInternational"},
        "Limit": {"maximum": "InvalidParameterValue.LimitVerifyFail"},
    },
    "ModifySmsTemplate": {
        "International": {"enum": "InvalidParameterValue.InvalidInternational"},
    },
}

# The regions the Region parameter accepts: the documented list and the region of every endpoint.
# With neither documented, any region is accepted.
ACCEPTED_REGIONS: frozenset[str] = frozenset({*_service.REGIONS, *_service.REGIONAL_ENDPOINTS})

# Action -> its first documented example answer (RequestId left out), for actions the emulator
# has no behaviour of its own for.
EXAMPLE_RESPONSES: dict[str, dict[str, Any]] = {
    "PullSmsReplyStatus": json.loads(
        '{"PullSmsReplyStatusSet": [{"CountryCode": "86", "ExtendCode": "11", '
        '"PhoneNumber": "+8615291990000", "ReplyContent": "xxxxxx", '
        '"ReplyTime": 1620734188, "SignName": "Tencent Cloud", '
        '"SubscriberNumber": "15291990000"}, {"CountryCode": "86", '
        '"ExtendCode": "11", "PhoneNumber": "+8615291990001", "ReplyContent": '
        '"xxxxxx", "ReplyTime": 1620734189, "SignName": "Tencent Cloud", '
        '"SubscriberNumber": "15291990001"}], "RequestId": '
        '"a0aabda6-cf91-4f3e-a81f-9198114a2279"}'
    ),
    "PullSmsReplyStatusByPhoneNumber": json.loads(
        '{"PullSmsReplyStatusSet": [{"CountryCode": "86", "ExtendCode": "11", '
        '"PhoneNumber": "+8615291996666", "ReplyContent": "xxxxxx", '
        '"ReplyTime": 1620734188, "SignName": "Tencent Cloud", '
        '"SubscriberNumber": "15291996666"}, {"CountryCode": "86", '
        '"ExtendCode": "11", "PhoneNumber": "+8615291996666", "ReplyContent": '
        '"xxxxxx", "ReplyTime": 1620734189, "SignName": "Tencent Cloud", '
        '"SubscriberNumber": "15291996666"}], "RequestId": '
        '"a0aabda6-cf91-4f3e-a81f-9198114a2279"}'
    ),
    "PullSmsSendStatus": json.loads(
        '{"PullSmsSendStatusSet": [{"CountryCode": "86", "Description": '
        '"DELIVRD", "PhoneNumber": "+8615291990000", "ReportStatus": "SUCCESS",'
        ' "SerialNo": "14:19325917feb3914eb78b50d6182d7e452e", '
        '"SubscriberNumber": "15291990000", "UserReceiveTime": 1620734188}, '
        '{"CountryCode": "86", "Description": "DELIVRD", "PhoneNumber": '
        '"+8615291990001", "ReportStatus": "SUCCESS", "SerialNo": '
        '"14:19325917feb3914eb78b50d6182d7e462f", "SubscriberNumber": '
        '"15291990001", "UserReceiveTime": 1620734188}], "RequestId": '
        '"8979fc1e-9564-4fc9-bf7d-2958ce679b72"}'
    ),
    "PullSmsSendStatusByPhoneNumber": json.loads(
        '{"PullSmsSendStatusSet": [{"CountryCode": "86", "Description": '
        '"DELIVRD", "PhoneNumber": "+8615291996666", "ReportStatus": "SUCCESS",'
        ' "SerialNo": "14:19325917feb3914eb78b50d6182d7e452e", '
        '"SubscriberNumber": "15291996666", "UserReceiveTime": 1620734188}, '
        '{"CountryCode": "86", "Description": "DELIVRD", "PhoneNumber": '
        '"+8615291996666", "ReportStatus": "SUCCESS", "SerialNo": '
        '"14:19325917feb3914eb78b50d6182d7e456f", "SubscriberNumber": '
        '"15291996666", "UserReceiveTime": 1620734188}], "RequestId": '
        '"8979fc1e-9564-4fc9-bf7d-2958ce679b72"}'
    ),
    "SendStatusStatistics": json.loads(
        '{"RequestId": "f36e4f00-605e-49b1-ad0d-bfaba81c7325", '
        '"SendStatusStatistics": {"FeeCount": 1880, "RequestCount": 1880, '
        '"RequestSuccessCount": 1880}}'
    ),
    "CallbackStatusStatistics": json.loads(
        '{"CallbackStatusStatistics": {"BlackListCount": 0, "CallbackCount": '
        '1745, "CallbackFailCount": 401, "CallbackSuccessCount": 1344, '
        '"FrequencyLimitCount": 0, "InternalErrorCount": 0, '
        '"InvalidNumberCount": 0, "RequestSuccessCount": 1880, '
        '"ShutdownErrorCount": 401}, "RequestId": '
        '"3314836f-0b10-45cb-b7be-593e84c1c197"}'
    ),
    "AddSmsSign": json.loads(
        '{"AddSignStatus": {"SignId": 1110}, "RequestId": '
        '"f36e4f00-605e-49b1-ad0d-bfaba81c7325"}'
    ),
    "DeleteSmsSign": json.loads(
        '{"DeleteSignStatus": {"DeleteStatus": "return successfully!", '
        '"DeleteTime": 1578988506}, "RequestId": '
        '"f36e4f00-605e-49b1-ad0d-bfaba81c7325"}'
    ),
    "DescribeSmsSignList": json.loads(
        '{"DescribeSignListStatusSet": [{"CreateTime": 1617508800, '
        '"International": 0, "ReviewReply": "xxx", "SignId": 1110, "SignName": '
        '"Tencent Cloud", "StatusCode": 0}, {"CreateTime": 1617508801, '
        '"International": 1, "ReviewReply": "xxx", "SignId": 1111, "SignName": '
        '"Tencent Cloud", "StatusCode": 0}], "RequestId": '
        '"f36e4f00-605e-49b1-ad0d-bfaba81c7325"}'
    ),
    "ModifySmsSign": json.loads(
        '{"ModifySignStatus": {"SignId": 1110}, "RequestId": '
        '"f36e4f00-605e-49b1-ad0d-bfaba81c7325"}'
    ),
    "SendSms": json.loads(
        '{"RequestId": "a0aabda6-cf91-4f3e-a81f-9198114a2279", "SendStatusSet":'
        ' [{"Code": "Ok", "Fee": 1, "IsoCode": "CN", "Message": "send success",'
        ' "PhoneNumber": "+8618511122233", "SerialNo": '
        '"5000:1045710669157053657849499619", "SessionContext": "test"}, '
        '{"Code": "Ok", "Fee": 1, "IsoCode": "CN", "Message": "send success", '
        '"PhoneNumber": "+8618511122266", "SerialNo": '
        '"5000:1045710669157053657849499718", "SessionContext": "test"}]}'
    ),
    "DescribePhoneNumberInfo": json.loads(
        '{"PhoneNumberInfoSet": [{"Code": "Ok", "IsoCode": "CN", "IsoName": '
        '"China", "Message": "Describe success", "NationCode": "86", '
        '"PhoneNumber": "+8618511122266", "SubscriberNumber": "18511122266"}, '
        '{"Code": "Ok", "IsoCode": "CN", "IsoName": "China", "Message": '
        '"Describe success", "NationCode": "86", "PhoneNumber": '
        '"+8618511122233", "SubscriberNumber": "18511122233"}], "RequestId": '
        '"a0aabda6-cf91-4f3e-a81f-9198114a2279"}'
    ),
    "ReportConversion": json.loads(
        '{"ReportConversionStatus": {"Code": "ok", "Message": "report '
        'success"}, "RequestId": "a0aabda6-cf91-4f3e-a81f-9198114a2279"}'
    ),
    "AddSmsTemplate": json.loads(
        '{"AddTemplateStatus": {"TemplateId": "1110"}, "RequestId": '
        '"f36e4f00-605e-49b1-ad0d-bfaba81c7325"}'
    ),
    "DeleteSmsTemplate": json.loads(
        '{"DeleteTemplateStatus": {"DeleteStatus": "return successfully!", '
        '"DeleteTime": 1578988506}, "RequestId": '
        '"f36e4f00-605e-49b1-ad0d-bfaba81c7325"}'
    ),
    "DescribeSmsTemplateList": json.loads(
        '{"DescribeTemplateStatusSet": [{"CreateTime": 1617379200, '
        '"International": 0, "ReviewReply": "xxxx", "StatusCode": 0, '
        '"TemplateContent": "Your verification code is {1}", "TemplateId": '
        '1110, "TemplateName": "Verification code"}, {"CreateTime": 1617508800,'
        ' "International": 0, "ReviewReply": "xxxx", "StatusCode": 0, '
        '"TemplateContent": "Please join the {1} meeting as soon as possible", '
        '"TemplateId": 1111, "TemplateName": "Notification"}], "RequestId": '
        '"f36e4f00-605e-49b1-ad0d-bfaba81c7325"}'
    ),
    "ModifySmsTemplate": json.loads(
        '{"ModifyTemplateStatus": {"TemplateId": 1110}, "RequestId": '
        '"f36e4f00-605e-49b1-ad0d-bfaba81c7325"}'
    ),
}

# Callback -> its documented record fields, in order, and whether the payload is an array.
CALLBACK_FIELDS: dict[str, tuple[str, ...]] = {
    "SmsStatusNotification": (
        "user_receive_time",
        "nationcode",
        "mobile",
        "report_status",
        "errmsg",
        "description",
        "sid",
    ),
    "SmsReply": (
        "extend",
        "mobile",
        "nationcode",
        "sign",
        "text",
        "time",
    ),
}
CALLBACK_IS_ARRAY: dict[str, bool] = {
    "SmsStatusNotification": True,
    "SmsReply": False,
}

# Receipt status code -> what it means; a delivery report carries one as its errmsg.
RECEIPT_STATUS: dict[str, str] = {
    "-106": "The message is blocked by the carrier as it hits a keyword.",
    "002": (
        "The recipient's phone is powered off, out of service, unreachable, or " "out of area."
    ),
    "004": ("The recipient's mobile number is out of service, invalid, or " "suspended."),
    "BD:LSTO": "The carrier's gateway is exceptional.",
    "BST-209": "The recipient is on the carrier's blocklist.",
    "BST-210": "The message is blocked by the carrier as it hits a keyword.",
    "BWLIST_006": "The recipient is on the gateway's blocklist.",
    "DB:0108": "The carrier's gateway is exceptional.",
    "DB:13": "The recipient's phone has a reception exception.",
    "DB00141": "The message is blocked by the carrier as it hits a keyword.",
    "DELIVRD": "The message is successfully delivered to the recipient.",
    "DISTURB": "Too many messages have been sent to the recipient.",
    "ER:101": "The recipient is on the carrier's blocklist.",
    "ERR:111": "The carrier's gateway is exceptional.",
    "ERR-209": "The recipient is on the carrier's blocklist.",
    "ERR-210": "The message is blocked by the carrier as it hits a keyword.",
    "IB:0182": "The carrier's gateway is exceptional.",
    "IC-0054": "The message is blocked by the carrier as it hits a keyword.",
    "LN:9999": "The carrier's gateway is exceptional.",
    "MB:1013": "The message is blocked by the carrier's gateway.",
    "MX:0003": (
        "The number of messages sent to one single mobile number on the current"
        " day exceeds the upper limit."
    ),
    "MX:0012": "The recipient's mobile number is on the unsubscription blocklist.",
    "OVERDUE": "The recipient's phone has a reception exception.",
    "REJECTD": "The message is rejected for some reason.",
    "SC:0001": "The message is blocked by the carrier as it hits a keyword.",
    "SME13": "The recipient is on the carrier's blocklist.",
    "TD:0001": "The recipient is on the gateway's blocklist.",
    "TD:0004": "The message is suspiciously phishing and should be checked.",
    "TD:18": "The recipient's mobile number's carrier is unknown.",
    "TD:19": "The recipient's mobile number is on the blocklist.",
    "TE:0002": "Message submission to the gateway fails.",
    "TE:0003": (
        "The number of messages sent to one single mobile number on the current"
        " day exceeds the upper limit."
    ),
    "TE:0014": "Human review fails.",
    "TSBLACK": "The recipient is on the compliant blacklist.",
    "TX:2000": "Signature subcode acquisition fails.",
    "TX:2001": "Signature subcode acquisition times out.",
    "TX:2002": "Signature subcode acquisition fails.",
    "TX:2003": "Signature parsing fails.",
    "TX:3000": "Sending submission fails.",
    "TX:3001": "Sending times out.",
    "TX:4099": "The carrier's gateway is exceptional.",
    "TX:4100": "The carrier's gateway is exceptional.",
    "TX:4151": "The carrier's gateway is exceptional.",
    "WX-FAIL": "The recipient is on the carrier's blacklist.",
    "UNDELIVRD": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "XZ:0000": "The message is blocked by the carrier as it hits a keyword.",
    "YX:9006": "Message sending fails as the message contains multiple signatures.",
    "YY:0206": "The carrier's gateway is exceptional.",
    "XA:0001": "The message is blocked by the carrier's gateway.",
    "XA:0100": "The frequency limit is reached.",
    "XA:0139": "The recipient is on the carrier's blacklist.",
    "-9990": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "-9410": "The recipient is on the carrier's blocklist.",
    "-9409": "The recipient is on the carrier's blocklist.",
    "-9246": "The recipient is on the carrier's blocklist.",
    "-9236": "The carrier's frequency limit is reached.",
    "-9235": "The carrier's frequency limit is reached.",
    "-9234": "The carrier's frequency limit is reached.",
    "-9233": "The carrier's frequency limit is reached.",
    "-9231": "The carrier's frequency limit is reached.",
    "-9224": "The carrier's gateway is exceptional.",
    "-9223": "The message is blocked by the carrier as it hits a keyword.",
    "-9222": "The message is blocked by the carrier as it hits a keyword.",
    "-9220": "The recipient is on the carrier's blocklist.",
    "-9217": "The carrier's gateway is exceptional.",
    "-9212": "The recipient is on the carrier's blocklist.",
    "-9211": "The message is blocked by the carrier as it hits a keyword.",
    "-9203": "The recipient's mobile number does not exist.",
    "-9014": "The recipient is on the carrier's blocklist.",
    "-9013": "The recipient is on the carrier's blocklist.",
    "-9012": "The recipient is on the carrier's blocklist.",
    "-9009": "The carrier's gateway is exceptional.",
    "-9000": (
        "The recipient's mobile number is exceptional as it is ported to " "another carrier."
    ),
    "-1050": "The message is blocked by the carrier as it hits a keyword.",
    "-1033": (
        "Message sending fails as the recipient's mobile number is ported to " "another carrier."
    ),
    "-1023": (
        "Message sending fails as the recipient's mobile number is ported to " "another carrier."
    ),
    "-1021": "The message is blocked by the carrier as it hits a keyword.",
    "-1017": "The recipient's mobile number does not exist.",
    "-1016": "The message is blocked by the carrier's gateway.",
    "-1012": "The recipient is on the carrier's blocklist.",
    "-1005": "The recipient is on the carrier's blocklist.",
    "-1000": "The carrier's gateway is exceptional.",
    "-127": "The sent message contains garbled characters.",
    "-108": "The recipient's mobile number does not exist.",
    "-104": "The recipient is on the carrier's blocklist.",
    "-100": "The recipient's mobile number is out of area.",
    "-96": "The message is blocked by the carrier as it hits a keyword.",
    "-94": "The carrier's frequency limit is reached.",
    "-14": "The recipient is on the carrier's blocklist.",
    "-13": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "001": "The recipient's phone has a reception exception.",
    "00202": "The recipient's mobile number does not exist.",
    "03": "The message is blocked by the carrier's gateway.",
    "7": "The CMCC gateway is exceptional internally.",
    "76": "The message is blocked as it hits a keyword.",
    "115": "The message is blocked as it hits a keyword.",
    "144": "The recipient is on the blocklist.",
    "145": "The carrier's frequency limit is reached.",
    "188": "The carrier's gateway is exceptional.",
    "904": "The recipient's mobile number is out of service.",
    "1077": "The recipient is on the blocklist.",
    "1243": ("The recipient's mobile number is exceptional as it is ported to " "another carrier."),
    "431025": "The carrier's frequency limit is reached.",
    "431037": (
        "Message sending fails as the recipient's mobile number is ported to " "another carrier."
    ),
    "431082": "The recipient is on the carrier's blocklist.",
    "9992": (
        "The recipient's phone has a storage exception. The recipient is "
        "recommended to clear the inbox."
    ),
    "9994": "The recipient's phone has a reception exception.",
    "9997": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "9998": "The recipient's mobile number does not exist.",
    "9999": (
        "Message sending fails as the recipient's mobile number is ported to " "another carrier."
    ),
    "ADTFail": "The message is blocked by the carrier as it hits a keyword.",
    "AICHECK": "The message is blocked by the carrier as it hits a keyword.",
    "AUDIT:F": "The message is blocked by the carrier's gateway.",
    "BADSIGN": "The recipient's mobile number does not exist.",
    "BEYONDN": "An internal carrier error occurs.",
    "BD:0000": "The recipient's mobile number is ported to another carrier.",
    "BD:0001": "The frequency limit is reached.",
    "BD:0002": "The carrier's gateway is exceptional.",
    "BD:0003": "The message hits a carrier keyword.",
    "BLACK0": "The recipient's phone is powered off.",
    "BLKLIST": "The recipient is on the carrier's blocklist.",
    "BST--1": "The recipient is on the carrier's blocklist.",
    "BST-204": "The recipient is on the carrier's blocklist.",
    "BWLIST": "The recipient is on the gateway's blocklist.",
    "C100100": "The message hits a keyword.",
    "C100106": "The sending limit is exceeded.",
    "CA:0051": "The carrier's gateway is exceptional.",
    "CA:0052": "The carrier's gateway is exceptional.",
    "CA:0054": "An internal CMCC error occurs.",
    "CA:0111": "The carrier's gateway is exceptional.",
    "CA:8008": "The message is blocked by the carrier's gateway.",
    "CA:8027": "The recipient is on the carrier's blocklist.",
    "CA:9005": "The message is blocked by the carrier's gateway.",
    "CA:9023": "The recipient is on the carrier's blocklist.",
    "CB:0001": "The recipient's mobile number does not exist or is out of service.",
    "CB:0002": "The carrier's gateway is exceptional.",
    "CB:0005": "The carrier's gateway is exceptional.",
    "CB:0007": "The carrier's gateway is exceptional.",
    "CB:0010": "The sending limit is exceeded.",
    "CB:0013": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "CB:0015": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "CB:0016": "The carrier's gateway is exceptional.",
    "CB:0018": "The carrier's gateway is exceptional.",
    "CB:0022": "The carrier's gateway is exceptional.",
    "CB:0047": "The recipient's mobile number does not exist or is out of service.",
    "CB:0053": "The recipient's mobile number does not exist or is out of service.",
    "CB:0054": "The carrier's gateway is exceptional.",
    "CE:0211": "The message is blocked by the carrier's gateway.",
    "CE:0301": "The recipient's phone has a storage exception.",
    "CE:0501": "The message is blocked by the carrier's gateway.",
    "CHECK": "The message is blocked by the carrier as it hits a keyword.",
    "CL:105": "The message is blocked by the carrier's gateway.",
    "CL:116": "The message is blocked by the carrier as it hits a keyword.",
    "CJ:007": "The frequency limit is reached.",
    "CJ:0006": "The frequency limit is reached.",
    "CJ:0007": "The message is blocked by the carrier as it hits a keyword.",
    "CJ:0008": "The message is blocked by the carrier as it hits a keyword.",
    "CM:8003": "The message is blocked by the carrier as it hits a keyword.",
    "CMPP20ERR:": "The carrier's gateway is exceptional.",
    "CMPP30ERR:": "The recipient's mobile number does not exist or is out of service.",
    "CONTENT": "The message is blocked by the carrier as it hits a keyword.",
    "DA:0051": "The carrier's gateway is exceptional.",
    "DA:0052": "The carrier's gateway is exceptional.",
    "DA:0053": "The CMCC gateway is exceptional internally.",
    "DA:0054": "Response times out.",
    "DA:0084": "The carrier's gateway is exceptional.",
    "DB:0000": "The carrier's gateway is exceptional.",
    "DB:0001": "The recipient's phone is exceptional.",
    "DB:0002": "The carrier's gateway is exceptional.",
    "DB:0003": "The carrier's gateway is exceptional.",
    "DB:0004": "The carrier's gateway is exceptional.",
    "DB:0006": "The CMCC gateway is exceptional internally.",
    "DB:0007": "The CMCC gateway is exceptional internally.",
    "DB:0008": "The carrier's gateway is exceptional.",
    "DB:0009": "The CMCC gateway is exceptional internally.",
    "DB:0010": "An internal carrier error occurs.",
    "DB:0100": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0101": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0102": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0103": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0104": "The recipient is on the carrier's blocklist.",
    "DB:0105": "The carrier's gateway is exceptional.",
    "DB:0106": "The service code is incorrect.",
    "DB:0107": "An internal carrier error occurs.",
    "DB:0109": "The carrier's gateway is exceptional.",
    "DB:0110": "The carrier's gateway is exceptional.",
    "DB:0111": "The recipient's mobile number does not exist or is out of service.",
    "DB:0112": "The carrier's gateway is exceptional.",
    "DB:0113": "The carrier's gateway is exceptional.",
    "DB:0114": "The carrier's gateway is exceptional.",
    "DB:0115": "The recipient's mobile number is suspended.",
    "DB:0116": "The recipient's mobile number is suspended.",
    "DB:0117": "The recipient's mobile number is suspended.",
    "DB:0118": "The recipient's mobile number is suspended.",
    "DB:0119": "The recipient's mobile number is suspended.",
    "DB:0120": "The carrier's gateway is exceptional.",
    "DB:0121": "The carrier's gateway is exceptional.",
    "DB:0122": "The carrier's gateway is exceptional.",
    "DB:0123": "The carrier's gateway is exceptional.",
    "DB:0124": "The carrier's gateway is exceptional.",
    "DB:0125": "The carrier's gateway is exceptional.",
    "DB:0126": (
        "The recipient's mobile number is exceptional as it is ported to " "another carrier."
    ),
    "DB:0127": "The recipient's mobile number is out of service.",
    "DB:0128": "The recipient's mobile number is out of service.",
    "DB:0129": (
        "The recipient's mobile number is exceptional as it is ported to " "another carrier."
    ),
    "DB:0130": "The recipient's mobile number does not exist or is out of service.",
    "DB:0131": "The recipient's mobile number does not exist or is out of service.",
    "DB:0132": "The recipient's mobile number does not exist or is out of service.",
    "DB:0133": "The recipient's mobile number does not exist or is out of service.",
    "DB:0134": "The recipient's mobile number does not exist or is out of service.",
    "DB:0135": "The recipient's mobile number does not exist or is out of service.",
    "DB:0136": "The carrier's gateway is exceptional.",
    "DB:0137": "The carrier's gateway is exceptional.",
    "DB:0138": "The recipient's mobile number does not exist or is out of service.",
    "DB:0139": "The sending time period is non-compliant.",
    "DB:0140": (
        "The recipient is on the carrier's blocklist. / The CMCC gateway is "
        "exceptional internally."
    ),
    "DB:0141": (
        "The recipient is on the blocklist of China Mobile or MIIT due to " "repeated complaints."
    ),
    "DB:0142": "The daily maximum number of sent MTs is exceeded.",
    "DB:0143": "The daily maximum number of sent MTs is exceeded.",
    "DB:0144": "The recipient is on the global blocklist.",
    "DB:00144": "The recipient is on the carrier's blocklist.",
    "DB:0145": "The recipient is on the blocklist.",
    "DB:0146": "The recipient is on the blocklist.",
    "DB:0147": "The recipient's mobile number does not exist or is out of service.",
    "DB:0150": "The carrier's gateway is exceptional.",
    "DB:0151": "The carrier's gateway is exceptional.",
    "DB:0152": "The CMCC gateway is exceptional internally.",
    "DB:0153": "The carrier's gateway is exceptional.",
    "DB:0154": "The carrier's gateway is exceptional.",
    "DB:0155": "The carrier's gateway is exceptional.",
    "DB:0156": "The carrier's gateway is exceptional.",
    "DB:0164": "The recipient is on the carrier's blocklist.",
    "DB:0171": "The carrier's gateway is exceptional.",
    "DB:0182": "The recipient's mobile number is suspended.",
    "DB:0309": "The message is blocked by the carrier as it hits a keyword.",
    "DB:0318": "The recipient's mobile number does not exist.",
    "DB:0500": "The carrier's gateway is exceptional.",
    "DB:0501": "The CMCC gateway is exceptional internally.",
    "DB:0502": "The CMCC gateway is exceptional internally.",
    "DB:0503": "The carrier's gateway is exceptional.",
    "DB:0504": "The CMCC gateway is exceptional internally.",
    "DB:0505": "An internal carrier error occurs.",
    "DB:0506": "The carrier's gateway is exceptional.",
    "DB:1150": "The carrier's gateway is exceptional.",
    "DB:9001": "The carrier's gateway is exceptional.",
    "DB:9006": "The recipient is on the carrier's blocklist.",
    "DB:9005": "The carrier's gateway is exceptional.",
    "DB:9007": "The frequency limit is reached.",
    "DB:BACK": "The recipient is on the carrier's blocklist.",
    "DB:BLACK": "The recipient is on the carrier's blocklist.",
    "DB00143": "The carrier's frequency limit is reached.",
    "DB00144": "The recipient's mobile number is blocked by the global blocklist.",
    "DBBLACK": "The recipient is on the carrier's blocklist.",
    "DG:0001": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DG:0141": "The recipient is on the carrier's blocklist.",
    "DG:0142": "The carrier's frequency limit is reached.",
    "DI:0008": "The frequency limit is reached.",
    "DI:0029": "The frequency limit is reached.",
    "DI:0145": "The frequency limit is reached.",
    "DI:9402": "The recipient is on the carrier's blocklist.",
    "DI:9403": "The recipient is on the carrier's blocklist.",
    "DI:9413": "The frequency limit is reached.",
    "DI:9414": "The carrier's gateway is exceptional.",
    "DI:9415": "The message is blocked by the carrier as it hits a keyword.",
    "DI:9416": "The message is blocked by the carrier as it hits a keyword.",
    "DI:9422": "The message is blocked by the carrier as it hits a keyword.",
    "DI:9423": "The message is blocked by the carrier as it hits a keyword.",
    "DI:9427": "The message is blocked by the carrier as it hits a keyword.",
    "DI:9428": "The message is blocked by the carrier as it hits a keyword.",
    "DI:9429": "The message is blocked by the carrier as it hits a keyword.",
    "DI:9430": "The carrier's gateway is exceptional.",
    "DI:9431": "The message is blocked by the carrier as it hits a keyword.",
    "DI:9432": "The frequency limit is reached.",
    "DI:9433": "The frequency limit is reached.",
    "DI:9434": "The frequency limit is reached.",
    "DI:9501": "The recipient's mobile number does not exist.",
    "DI:9909": "The frequency limit is reached.",
    "E200020": (
        "The message is blocked by the carrier as it hits a keyword (an "
        "unsubscription method must be added in marketing SMS messages)."
    ),
    "E200038": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "E:BLACK": "The recipient is on the carrier's blocklist.",
    "E:CF": "The carrier's frequency limit is reached.",
    "E:CHAN": (
        "The recipient's mobile number is exceptional as it is ported to " "another carrier."
    ),
    "E:OCDDL": "The frequency limit is reached.",
    "E:OCDWL": "The frequency limit is reached.",
    "E:ODDL": "The frequency limit is reached.",
    "E:ODML": "The CMCC gateway is exceptional internally.",
    "E:RPTSD": "The frequency limit is reached.",
    "ERR:13": "The recipient's phone has a reception exception.",
    "ERR-204": "The recipient is on the carrier's blocklist.",
    "ERR_NUM": "The recipient's mobile number is incorrect or restricted.",
    "ERR_NUM_00": "The recipient's mobile number does not exist.",
    "ERR_NUM_006": "The recipient's mobile number is incorrect or restricted.",
    "ERRTIME": "The frequency limit is reached.",
    "ETOS:402": "The recipient is on the carrier's blocklist.",
    "EXPIRED": "The message has expired.",
    "EWTD": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "F123": "The recipient is on the carrier's blocklist.",
    "F1110": "The recipient's mobile number range does not exist.",
    "F1122": "The recipient is on the carrier's blocklist.",
    "F1123": "The recipient is on the carrier's blocklist.",
    "F11300": "The carrier's frequency limit is reached.",
    "F100007": "The message is blocked by the carrier as it hits a keyword.",
    "F1214B1": "The message is blocked by the carrier as it hits a keyword.",
    "F1214HN": "The message is blocked by the carrier as it hits a keyword.",
    "F1214JR": "The message hits a carrier keyword.",
    "F132200": "The recipient's mobile number does not exist.",
    "FAILD": "The carrier's gateway is exceptional.",
    "FAIL_RE": "The message is blocked by the carrier's gateway.",
    "GB:0003": "The frequency limit is reached.",
    "GB:0004": "The signature is non-compliant.",
    "GB:0007": "The carrier's gateway is exceptional.",
    "GB:0008": "The recipient is on the carrier's blocklist.",
    "GB:0010": "The recipient's mobile number is out of service.",
    "GB:0011": "The recipient is on the carrier's blocklist.",
    "GB:0012": "The message is blocked by the carrier as it hits a keyword.",
    "GB:0013": "The message is blocked by the carrier's gateway.",
    "GB:0016": (
        "The message is blocked by the carrier as it hits a keyword (an "
        "unsubscription method must be added in marketing SMS messages)."
    ),
    "GB:0024": "The message is blocked by the carrier as it hits a keyword.",
    "GB:0025": "The carrier's gateway is exceptional.",
    "GB:0026": "The carrier's gateway is exceptional.",
    "GB:0028": "The recipient is on the carrier's blocklist.",
    "GG:1000": "The carrier's gateway is exceptional.",
    "GL:0000": "The carrier's gateway is exceptional.",
    "HAVBEEN": "The recipient is on the carrier's blocklist.",
    "HD:0001": "The recipient is on the carrier's blocklist.",
    "HD:19": "The recipient is on the gateway's blocklist.",
    "HD:29": "The frequency limit is reached.",
    "HIGRISK": "The recipient is on the carrier's blocklist.",
    "HTTPERROR": "The carrier's gateway is exceptional.",
    "HTTPEXCEPT": "The carrier's gateway is exceptional.",
    "IA00054": "The carrier's gateway is exceptional.",
    "IA:0051": "An internal carrier error occurs.",
    "IA:0052": "The carrier's gateway is exceptional.",
    "IA:0053": "The CMCC gateway is exceptional internally.",
    "IA:0054": "Response times out.",
    "IA:0057": "The carrier's gateway is exceptional.",
    "IA:0073": "An internal carrier error occurs.",
    "IB:0001": "The carrier's gateway is exceptional.",
    "IB:0002": "The carrier's gateway is exceptional.",
    "IB:0003": "The carrier's gateway is exceptional.",
    "IB:0004": "The carrier's gateway is exceptional.",
    "IB:0005": "The carrier's gateway is exceptional.",
    "IB:0006": "The carrier's gateway is exceptional.",
    "IB:0007": "The carrier's gateway is exceptional.",
    "IB:0008": "An internal carrier error occurs.",
    "IB:0009": "An internal carrier error occurs.",
    "IB:0010": "The carrier's gateway is exceptional.",
    "IB:0011": "The message hits a carrier keyword.",
    "IB:0012": (
        "Message sending fails as the recipient's mobile number is ported to " "another carrier."
    ),
    "IB:0013": "An internal carrier error occurs.",
    "IB:0064": "The recipient's phone is powered off.",
    "IB:0070": "The carrier's gateway is exceptional.",
    "IB:0079": "The carrier's gateway is exceptional.",
    "IB:0100": "The carrier's gateway is exceptional.",
    "IB:0113": "The carrier's gateway is exceptional.",
    "IB:0168": (
        "Message sending fails as the recipient's mobile number is ported to " "another carrier."
    ),
    "IB:0169": "The CMCC gateway is exceptional internally.",
    "IB:0194": "The recipient's phone is powered off.",
    "IB:0225": "The carrier's gateway is exceptional.",
    "IB:0255": "An internal carrier error occurs.",
    "IB-0013": "The recipient's phone has a reception exception.",
    "IB-0099": "The recipient's phone has a reception exception.",
    "IC:0001": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "IC:0015": "An internal carrier error occurs.",
    "IC:0055": "An internal carrier error occurs.",
    "IC:0062": "The recipient's phone is exceptional.",
    "IC:0151": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "IC:0154": "The carrier's gateway is exceptional.",
    "ID:0000": "The CMCC gateway is exceptional internally.",
    "ID:0001": "The CMCC gateway is exceptional internally.",
    "ID:0002": "The carrier's gateway is exceptional.",
    "ID:0003": "The carrier's gateway is exceptional.",
    "ID:0004": "The CMCC gateway is exceptional internally.",
    "ID:0005": "The carrier's gateway is exceptional.",
    "ID:0006": "The CMCC gateway is exceptional internally.",
    "ID:0007": "The carrier's gateway is exceptional.",
    "ID:0008": "The CMCC gateway is exceptional internally.",
    "ID:0009": "The carrier's gateway is exceptional.",
    "ID:0010": "The carrier's gateway is exceptional.",
    "ID:0011": "The carrier's gateway is exceptional.",
    "ID:0012": "The billable address is incorrect.",
    "ID:0013": "An internal carrier error occurs.",
    "ID:0014": "The carrier's gateway is exceptional.",
    "ID:0020": "The CMCC gateway is exceptional internally.",
    "ID:0021": "The CMCC gateway is exceptional internally.",
    "ID:0043": (
        "The recipient's mobile number is exceptional as it is ported to " "another carrier."
    ),
    "ID:0044": "The carrier's gateway is exceptional.",
    "ID:0045": "The CMCC gateway is exceptional internally.",
    "ID:0046": "The CMCC gateway is exceptional internally.",
    "ID:0047": "The CMCC gateway is exceptional internally.",
    "ID:0048": "The CMCC gateway is exceptional internally.",
    "ID:0049": "The CMCC gateway is exceptional internally.",
    "ID:0051": "The carrier's gateway is exceptional.",
    "ID:0052": "The carrier's gateway is exceptional.",
    "ID:0053": "The carrier's gateway is exceptional.",
    "ID:0054": "The recipient's phone has a reception exception.",
    "ID:0055": "The recipient's phone has a reception exception.",
    "ID:0056": "The recipient's phone has a reception exception.",
    "ID:0061": "The carrier's gateway is exceptional.",
    "ID:0062": "The carrier's gateway is exceptional.",
    "ID:0063": "The carrier's gateway is exceptional.",
    "ID:0064": "The CMCC gateway is exceptional internally.",
    "ID:0065": "The CMCC gateway is exceptional internally.",
    "ID:0066": "The CMCC gateway is exceptional internally.",
    "ID:0067": "The CMCC gateway is exceptional internally.",
    "ID:0068": "The recipient's phone has a reception exception.",
    "ID:0069": "The recipient is on the blocklist.",
    "ID:0070": "An internal carrier error occurs.",
    "ID:0071": "The carrier's gateway is exceptional.",
    "ID:0072": "The carrier's gateway is exceptional.",
    "ID:0073": "The recipient's phone has a reception exception.",
    "ID:0074": "The CMCC gateway is exceptional internally.",
    "ID:0075": "The CMCC gateway is exceptional internally.",
    "ID:0076": "The message is blocked as it hits a keyword.",
    "ID:0077": "The carrier's gateway is exceptional.",
    "ID:0078": "The carrier's gateway is exceptional.",
    "ID:0079": "The carrier's gateway is exceptional.",
    "ID:0080": "The carrier's gateway is exceptional.",
    "ID:0081": "The carrier's gateway is exceptional.",
    "ID:0082": "The carrier's gateway is exceptional.",
    "ID:0083": "The carrier's gateway is exceptional.",
    "ID:0084": "The CMCC gateway is exceptional internally.",
    "ID:0085": "The CMCC gateway is exceptional internally.",
    "ID:0086": "The CMCC gateway is exceptional internally.",
    "ID:0087": "The CMCC gateway is exceptional internally.",
    "ID:0088": "The CMCC gateway is exceptional internally.",
    "ID:0089": "The CMCC gateway is exceptional internally.",
    "ID:0096": "The recipient is on the blocklist.",
    "ID:0097": "The recipient is on the blocklist.",
    "ID:0100": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "ID:0101": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "ID:0102": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "ID:0103": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "ID:0104": "The recipient's mobile number does not exist.",
    "ID:0105": "The carrier's gateway is exceptional.",
    "ID:0106": "The carrier's gateway is exceptional.",
    "ID:0107": "The carrier's gateway is exceptional.",
    "ID:0108": "The recipient's mobile number is suspended.",
    "ID:0109": "The carrier's gateway is exceptional.",
    "ID:0110": "The carrier's gateway is exceptional.",
    "ID:0111": "The carrier's gateway is exceptional.",
    "ID:0112": "The carrier's gateway is exceptional.",
    "ID:0113": "The carrier's gateway is exceptional.",
    "ID:0114": "The carrier's gateway is exceptional.",
    "ID:0115": "The recipient's mobile number is suspended.",
    "ID:0116": "The recipient's mobile number is suspended.",
    "ID:0117": "The recipient's mobile number is suspended.",
    "ID:0118": "The recipient's mobile number is suspended.",
    "ID:0119": "The recipient's mobile number is suspended.",
    "ID:0120": "The recipient's mobile number is suspended.",
    "ID:0121": "The recipient's mobile number is suspended.",
    "ID:0122": "The carrier's gateway is exceptional.",
    "ID:0123": "The carrier's gateway is exceptional.",
    "ID:0124": "The carrier's gateway is exceptional.",
    "ID:0125": "The carrier's gateway is exceptional.",
    "ID:0126": (
        "The recipient's mobile number is exceptional as it is ported to " "another carrier."
    ),
    "ID:0127": "The recipient's mobile number is out of service.",
    "ID:0128": "The recipient's mobile number is out of service.",
    "ID:0129": (
        "The recipient's mobile number is exceptional as it is ported to " "another carrier."
    ),
    "ID:0131": "The recipient's mobile number is out of service.",
    "ID:0132": "The recipient's mobile number does not exist.",
    "ID:0133": "The recipient's mobile number does not exist.",
    "ID:0134": "The recipient's mobile number does not exist.",
    "ID:0135": "The recipient's mobile number does not exist.",
    "ID:0136": "The carrier's gateway is exceptional.",
    "ID:0137": "The carrier's gateway is exceptional.",
    "ID:0138": "The carrier's gateway is exceptional.",
    "ID:0139": "The carrier's gateway is exceptional.",
    "ID:0140": "The recipient is on the carrier's blocklist.",
    "ID:0141": "The recipient is on the blocklist.",
    "ID:0142": "The sending limit is exceeded.",
    "ID:0143": "The sending limit is exceeded.",
    "ID:0199": "The recipient is on the blocklist.",
    "ID:0310": "The carrier's gateway is exceptional.",
    "ID:0311": "The sending limit is exceeded.",
    "ID:0312": "The carrier's gateway is exceptional.",
    "ID:0313": "The carrier's gateway is exceptional.",
    "ID:0314": "The carrier's gateway is exceptional.",
    "ID:0315": "The carrier's gateway is exceptional.",
    "ID:0317": "The carrier's gateway is exceptional.",
    "ID:0318": "The message is blocked as it hits a keyword.",
    "ID:1240": "The carrier's gateway is exceptional.",
    "ID:1241": "The carrier's gateway is exceptional.",
    "ID:1242": "The carrier's gateway is exceptional.",
    "ID:1243": "The carrier's gateway is exceptional.",
    "ID:1244": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "ID:1245": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "ID:1246": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "ID:1247": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "ID:1248": "The carrier's gateway is exceptional.",
    "ID:1249": "The carrier's gateway is exceptional.",
    "ID:1250": "The carrier's gateway is exceptional.",
    "ID:1251": "The carrier's gateway is exceptional.",
    "ID:6150": "The carrier's gateway is exceptional.",
    "ID:6151": "The recipient's phone has a reception exception.",
    "ID:6152": "The recipient's phone has a reception exception.",
    "ID:6153": "The recipient's phone has a reception exception.",
    "INCOMPL": "The carrier's gateway is exceptional.",
    "INVALID": (
        "The message is blocked by the carrier as it hits a keyword (an "
        "unsubscription method must be added in marketing SMS messages)."
    ),
    "JL:0013": "The recipient is on the carrier's blocklist.",
    "JL:0014": "The message hits a carrier keyword.",
    "JL:0017": "The recipient's mobile number does not exist or is out of service.",
    "JL:0026": "The recipient is on the carrier's blocklist.",
    "JL:0028": "The recipient is on the carrier's blocklist.",
    "KEY:FIL": "The message is blocked by the carrier as it hits a keyword.",
    "KEYWORD": "The message is blocked by the carrier's gateway.",
    "LIMIT": "The frequency limit is reached.",
    "LK:9414": "The message is blocked by the carrier as it hits a keyword.",
    "LT:0036": (
        "Message sending fails as the recipient's mobile number is ported to " "another carrier."
    ),
    "LU:0002": "The recipient's phone has a reception exception.",
    "LU:0003": "The recipient is on the carrier's blocklist.",
    "M2:0043": "The frequency limit is reached.",
    "M2:0045": "The recipient is on the carrier's blocklist.",
    "MA:0001": "An internal carrier error occurs.",
    "MA:0002": "The carrier's gateway is exceptional.",
    "MA:0003": "The carrier's gateway is exceptional.",
    "MA:0004": "The carrier's gateway is exceptional.",
    "MA:0005": "The carrier's gateway is exceptional.",
    "MA:0006": "The message hits a carrier keyword.",
    "MA:0009": "The carrier's gateway is exceptional.",
    "MA:0010": "The carrier's gateway is exceptional.",
    "MA:0011": "The carrier's gateway is exceptional.",
    "MA:0012": "The carrier's gateway is exceptional.",
    "MA:0013": "The carrier's gateway is exceptional.",
    "MA:0014": "The carrier's gateway is exceptional.",
    "MA:0021": "The recipient's mobile number does not exist.",
    "MA:0022": "An internal carrier error occurs.",
    "MA:0023": "The recipient is on the carrier's blocklist.",
    "MA:0026": "The message is blocked by the carrier as it hits a keyword.",
    "MA:0036": "The message is blocked by the carrier's gateway.",
    "MA:0039": "The message is blocked by the carrier as it hits a keyword.",
    "MA:0051": "An internal carrier error occurs.",
    "MA:0052": "The carrier's gateway is exceptional.",
    "MA:0053": "The recipient's phone has a reception exception.",
    "MA:0054": "An internal carrier error occurs.",
    "MA:0054?": "The CMCC gateway is exceptional internally.",
    "MA:0072": "The carrier's gateway is exceptional.",
    "MA:0073": "-",
    "MA:0191": "The carrier's gateway is exceptional.",
    "MA:0194": "The carrier's gateway is exceptional.",
    "MB:0000": "The recipient's phone has a reception exception.",
    "MB:0001": "The CMCC gateway is exceptional internally.",
    "MB:0002": "The carrier's gateway is exceptional.",
    "MB:0003": "The carrier's gateway is exceptional.",
    "MB:0004": "The carrier's gateway is exceptional.",
    "MB:0005": "The carrier's gateway is exceptional.",
    "MB:0006": "The carrier's gateway is exceptional.",
    "MB:0007": "The CMCC gateway is exceptional internally.",
    "MB:0008": "The CMCC gateway is exceptional internally.",
    "MB:0010": "The carrier's gateway is exceptional.",
    "MB:0011": "The carrier's gateway is exceptional.",
    "MB:0012": "The carrier's gateway is exceptional.",
    "MB:0013": "The carrier's gateway is exceptional.",
    "MB:0014": "The carrier's gateway is exceptional.",
    "MB:0015": "The carrier's gateway is exceptional.",
    "MB:0017": "The carrier's gateway is exceptional.",
    "MB:0018": "The carrier's gateway is exceptional.",
    "MB:0019": "The recipient's phone has a reception exception.",
    "MB:0020": "The carrier's gateway is exceptional.",
    "MB:0022": "The recipient is on the blocklist.",
    "MB:0027": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MB:0031": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MB:0032": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MB:0034": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MB:0051": "The carrier's gateway is exceptional.",
    "MB:0052": "The carrier's gateway is exceptional.",
    "MB:0069": "The recipient's phone is powered off.",
    "MB:0064": "The carrier's gateway is exceptional.",
    "MB:0065": "The carrier's gateway is exceptional.",
    "MB:0066": "The carrier's gateway is exceptional.",
    "MB:0067": "The carrier's gateway is exceptional.",
    "MB:0068": "The carrier's gateway is exceptional.",
    "MB:0070": "The carrier's gateway is exceptional.",
    "MB:0072": "The carrier's gateway is exceptional.",
    "MB:0073": "The carrier's gateway is exceptional.",
    "MB:0077": "The carrier's gateway is exceptional.",
    "MB:0080": "The carrier's gateway is exceptional.",
    "MB:0081": "The carrier's gateway is exceptional.",
    "MB:0083": "The carrier's gateway is exceptional.",
    "MB:0084": "The carrier's gateway is exceptional.",
    "MB:0085": "The carrier's gateway is exceptional.",
    "MB:0088": "An internal carrier error occurs.",
    "MB:0097": "The carrier's gateway is exceptional.",
    "MB:0098": "The carrier's gateway is exceptional.",
    "MB:0099": "The carrier's gateway is exceptional.",
    "MB:0100": "The carrier's gateway is exceptional.",
    "MB:0101": "The carrier's gateway is exceptional.",
    "MB:0102": "The carrier's gateway is exceptional.",
    "MB:0103": "The carrier's gateway is exceptional.",
    "MB:0145": "The carrier's gateway is exceptional.",
    "MB:0147": "The carrier's gateway is exceptional.",
    "MB:0192": "The carrier's gateway is exceptional.",
    "MB:0193": "The carrier's gateway is exceptional.",
    "MB:0194": "The carrier's gateway is exceptional.",
    "MB:0195": "The carrier's gateway is exceptional.",
    "MB:0196": "The carrier's gateway is exceptional.",
    "MB:0241": "The carrier's gateway is exceptional.",
    "MB:0244": "The carrier's gateway is exceptional.",
    "MB:0250": "The carrier's gateway is exceptional.",
    "MB:0254": "The recipient's phone is exceptional.",
    "MB:0255": "The CMCC gateway is exceptional internally.",
    "MB:1016": "The carrier's gateway is exceptional.",
    "MB:1024": "The carrier's gateway is exceptional.",
    "MB:1025": "The CMCC gateway is exceptional internally.",
    "MB:1026": (
        "SMC operating parameters (such as MO speed, MT speed, number of "
        "messages, and number of message entities) reach the maximum limit of "
        "the license."
    ),
    "MB:1031": (
        'The SMS center returns a "maximum number of sent messages exceeded" '
        "error. The reason may be that the storage of the recipient's phone is "
        "full."
    ),
    "MB:1034": "The CMCC gateway is exceptional internally.",
    "MB:1035": "The carrier's gateway is exceptional.",
    "MB:1036": "The recipient's phone has a reception exception.",
    "MB:1037": "The carrier's gateway is exceptional.",
    "MB:1038": "The recipient's mobile number is suspended.",
    "MB:1039": "The carrier's gateway is exceptional.",
    "MB:1040": "The recipient's mobile number is out of service.",
    "MB:1041": "The sending limit is exceeded.",
    "MB:1042": (
        "The number of messages cached in the SMC memory to be sent to the "
        "recipient exceeds the maximum number of messages deliverable to the "
        "recipient."
    ),
    "MB:1043": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MB:1044": "The carrier's gateway is exceptional.",
    "MB:1045": "The carrier's gateway is exceptional.",
    "MB:1046": "The carrier's gateway is exceptional.",
    "MB:1047": "The carrier's gateway is exceptional.",
    "MB:1048": "The carrier's gateway is exceptional.",
    "MB:1049": "The carrier's gateway is exceptional.",
    "MB:1050": "The carrier's gateway is exceptional.",
    "MB:1051": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MB:1052": "The carrier's gateway is exceptional.",
    "MB:1056": "The carrier's gateway is exceptional.",
    "MB:1057": "The carrier's gateway is exceptional.",
    "MB:1058": "The carrier's gateway is exceptional.",
    "MB:1060": "The carrier's gateway is exceptional.",
    "MB:1061": "The carrier's gateway is exceptional.",
    "MB:1062": "The carrier's gateway is exceptional.",
    "MB:1063": "The carrier's gateway is exceptional.",
    "MB:1064": "The carrier's gateway is exceptional.",
    "MB:1065": "The carrier's gateway is exceptional.",
    "MB:1069": "The CMCC gateway is exceptional internally.",
    "MB:1070": "The sending limit is exceeded.",
    "MB:1072": "The CMCC gateway is exceptional internally.",
    "MB:1073": "The CMCC gateway is exceptional internally.",
    "MB:1074": "The CMCC gateway is exceptional internally.",
    "MB:1075": "The CMCC gateway is exceptional internally.",
    "MB:1076": "The recipient is on the blocklist.",
    "MB:1077": (
        "The recipient has a record of malicious complaints against China "
        "Mobile and thus is on the blocklist."
    ),
    "MB:1078": "An internal carrier error occurs.",
    "MB:1079": "The message is rejected due to fraud.",
    "MB:1080": "The CMCC gateway is exceptional internally.",
    "MB:1081": "The CMCC gateway is exceptional internally.",
    "MB:1082": "The CMCC gateway is exceptional internally.",
    "MB:1083": "The message is rejected due to fraud.",
    "MB:1086": "The CMCC gateway is exceptional internally.",
    "MB:1279": "The CMCC gateway is exceptional internally.",
    "MB:8000": "The carrier's gateway is exceptional.",
    "MC:0001": "An unknown error occurs.",
    "MC:0055": (
        "Message sending fails as the recipient's mobile number is out of area "
        "or the storage of the recipient's phone is full."
    ),
    "MC:0055_000": (
        "Message sending fails as the recipient's mobile number is out of area "
        "or the storage of the recipient's phone is full."
    ),
    "MC:0055_006": (
        "Message sending fails as the recipient's mobile number is out of area "
        "or the storage of the recipient's phone is full."
    ),
    "MC:0062": "The recipient's mobile number is out of service.",
    "MC:0151": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MC00151": "An internal carrier error occurs.",
    "MC_T:55": "The carrier's gateway is exceptional.",
    "ME:-7": "The message is blocked by the carrier's gateway.",
    "MH:0004": "The recipient is on the carrier's blocklist.",
    "MH:0007": "The message is blocked by the carrier as it hits a keyword.",
    "MH:0008": "The message is blocked by the carrier as it hits a keyword.",
    "MH:18": "The recipient's mobile number does not exist.",
    "MH:19": "The recipient is on the blocklist.",
    "MH:20": "The recipient's phone has a reception exception.",
    "MH:999": "The message is blocked by the carrier as it hits a keyword.",
    "MI:XXXX": (
        "China Mobile error codes start with M, which are mostly caused by "
        "problems with the recipient's mobile phone/number; for example, the "
        "mobile number is out of service, out of area, or invalid, or the phone"
        " is powered off or has poor reception."
    ),
    "MI:0000": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0001": "The recipient's phone is powered off.",
    "MI:0002": "An internal carrier error occurs.",
    "MI:0004": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0005": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0008": "An internal CMCC gateway error occurs.",
    "MI:0009": "The recipient's phone is powered off.",
    "MI:0010": "The recipient's mobile number has expired.",
    "MI:0011": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0012": "The recipient's phone is invalid.",
    "MI:0013": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "MI:0015": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "MI:0017": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0020": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0022": "An internal CMCC gateway error occurs.",
    "MI:0023": "An internal carrier error occurs.",
    "MI:0024": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "MI:0029": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "MI:0030": "An internal carrier error occurs.",
    "MI:0036": "An internal CMCC gateway error occurs.",
    "MI:0038": "An internal carrier error occurs.",
    "MI:0041": "An internal carrier error occurs.",
    "MI:0044": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0043": "The recipient's phone is powered off.",
    "MI:0045": "An internal CMCC gateway error occurs.",
    "MI:0048": "An internal carrier error occurs.",
    "MI:0050": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "MI:0051": "The CMCC gateway is exceptional internally.",
    "MI:0052": "Roaming is restricted.",
    "MI:0053": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0054": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0055": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0056": "Response times out.",
    "MI:0057": "An internal carrier error occurs.",
    "MI:0059": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0063": "An internal carrier error occurs.",
    "MI:0064": "An internal carrier error occurs.",
    "MI:0075": "The recipient's phone has a reception exception.",
    "MI:0080": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0081": "An internal carrier error occurs.",
    "MI:0083": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0084": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MI:0089": "An internal carrier error occurs.",
    "MI:0090": 'VMSC returns a "remote address unreachable" error.',
    "MI:0098": "An internal carrier error occurs.",
    "MI:0099": 'VMSC returns an "unexpected response received" error.',
    "MI:0660": "The CMCC gateway is exceptional internally.",
    "MI:0999": "The CMCC gateway is exceptional internally.",
    "MI00000": "The message has expired in the SMS center.",
    "MI00020": "The carrier's gateway is exceptional.",
    "MI00022": "The storage of the recipient's phone is full.",
    "MI00029": "The carrier's gateway is exceptional.",
    "MI00036": "An internal carrier error occurs.",
    "MI0020": "Message sending fails: ErrorinMS.",
    "MILIMIT": "The recipient's mobile number is out of service.",
    "MK00001": "The recipient's mobile number does not exist.",
    "MK00011": "The recipient's mobile number is out of service.",
    "MK00013": "The recipient's mobile number is out of service.",
    "MK:0000": "The recipient's mobile number does not exist.",
    "MK:0001": (
        "The recipient's mobile number is not found in HLR, and the SMS center "
        'returns a status of "unable to identify the number", which means that '
        "the number is incorrect."
    ),
    "MK:0002": "The recipient's phone has a reception exception.",
    "MK:0003": (
        "The recipient is invalid. Recipient authentication fails during this "
        "message sending. The reason may be that MSC believes that the "
        "authentication password of the recipient's mobile number is invalid. "
        "The error code in MSC is 3, which is defined as 9 in the ETSI GSM 0902"
        " protocol."
    ),
    "MK:0004": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "MK:0005": (
        "The recipient's mobile number does not exist or is out of service or " "suspended."
    ),
    "MK:0006": "An internal carrier error occurs.",
    "MK:0007": "The recipient's phone is invalid.",
    "MK:0008": ("The recipient's region has poor reception, so the message cannot be " "received."),
    "MK:0009": "The recipient's mobile number is out of area: MWDSET",
    "MK:0010": "The recipient's mobile number is temporarily unreachable.",
    "MK:0011": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "MK:0012": "The recipient's mobile number does not exist.",
    "MK:0013": "The recipient's mobile number does not exist.",
    "MK:0015": (
        "The recipient's phone experiences a software issue when receiving the "
        "sent message; for example, after the phone is restarted, some software"
        " programs for processing messages have not been initialized, so "
        "messages cannot be processed normally at this time."
    ),
    "MK:0016": "The recipient's phone is invalid.",
    "MK:0017": "The storage of the recipient's phone is full.",
    "MK:0018": "The CMCC gateway is exceptional internally.",
    "MK:0019": "MS does not support the SMS termination service.",
    "MK:0020": "An internal carrier error occurs.",
    "MK:0021": "An internal carrier error occurs.",
    "MK:0022": "An internal carrier error occurs.",
    "MK:0023": "An internal carrier error occurs.",
    "MK:0024": (
        "Message sending fails as the recipient's phone is powered off when the" " message is sent."
    ),
    "MK:0025": "The CMCC gateway is exceptional internally.",
    "MK:0029": "The recipient's mobile number is temporarily unreachable.",
    "MK:0030": "The CMCC gateway is exceptional internally.",
    "MK:0031": "The CMCC gateway is exceptional internally.",
    "MK:0032": "The CMCC gateway is exceptional internally.",
    "MK:0033": "The CMCC gateway is exceptional internally.",
    "MK:0034": "The CMCC gateway is exceptional internally.",
    "MK:0035": "The CMCC gateway is exceptional internally.",
    "MK:0036": "An unknown error from MSC occurs.",
    "MK:0037": "The CMCC gateway is exceptional internally.",
    "MK:0038": "The carrier's gateway is exceptional.",
    "MK:0040": "The CMCC gateway is exceptional internally.",
    "MK:0041": "An internal carrier error occurs.",
    "MK:0043": "The recipient's phone is powered off.",
    "MK:0044": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:0045": "An internal carrier error occurs.",
    "MK:0046": "The CMCC gateway is exceptional internally.",
    "MK:0051": "An internal carrier error occurs.",
    "MK:0052": "The CMCC gateway is exceptional internally.",
    "MK:0053": "An internal carrier error occurs.",
    "MK:0054": "The CMCC gateway is exceptional internally.",
    "MK:0055": "An internal carrier error occurs.",
    "MK:0056": "An internal carrier error occurs.",
    "MK:0057": "An internal carrier error occurs.",
    "MK:0058": "The CMCC gateway is exceptional internally.",
    "MK:0061": "The CMCC gateway is exceptional internally.",
    "MK:0062": "The CMCC gateway is exceptional internally.",
    "MK:0063": "An internal carrier error occurs.",
    "MK:0065": "GIW response times out.",
    "MK:0066": "An internal carrier error occurs.",
    "MK:0068": "An internal carrier error occurs.",
    "MK:0069": "The CMCC gateway is exceptional internally.",
    "MK:0075": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:0077": "The CMCC gateway is exceptional internally.",
    "MK:0078": "The CMCC gateway is exceptional internally.",
    "MK:0079": (
        "The recipient's phone has a storage exception. The recipient is "
        "recommended to clear the inbox."
    ),
    "MK:0084": 'HLR returns an "unexpected response received" error.',
    "MK:0088": 'VMSC returns a "potential version mismatch" error.',
    "MK:0090": ("The recipient's mobile number is out of service or temporarily " "unreachable."),
    "MK:93": "The message is blocked by the carrier as it hits a keyword.",
    "MK:0098": "The recipient's phone is powered off.",
    "MK:0099": "The carrier's gateway is exceptional.",
    "MK:0115": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:0118": "The message is blocked as it hits a keyword.",
    "MK:0128": "The recipient's phone is invalid.",
    "MK:0130": "The CMCC gateway is exceptional internally.",
    "MK:0195": "The CMCC gateway is exceptional internally.",
    "MK:0196": "The CMCC gateway is exceptional internally.",
    "MK:0208": "The CMCC gateway is exceptional internally.",
    "MK:0209": (
        "The recipient's phone has a storage exception. The recipient is "
        "recommended to clear the inbox."
    ),
    "MK:0210": (
        "Message sending fails as the recipient's mobile number does not have "
        "the SMS feature activated."
    ),
    "MK:100C": "The recipient is on the carrier's blocklist.",
    "MK:100D": "The recipient is on the carrier's blocklist.",
    "MK:1002": "The carrier's gateway is exceptional.",
    "MK:1007": "The carrier's gateway is exceptional.",
    "MK:1009": "The recipient's phone has a reception exception.",
    "MK:1010": "The recipient is on the carrier's blocklist.",
    "ML:HMD": "The frequency limit is reached.",
    "ML:MBLJ": "The recipient's phone has a reception exception.",
    "ML:MYWG": "The recipient's mobile number is not a Chinese mainland number.",
    "ML:SHLJ": "The message is blocked by the carrier's gateway.",
    "MM:0000": "The recipient's phone is powered off.",
    "MM:0064": "The recipient is on the blocklist.",
    "MN:XXXX": (
        "China Mobile error codes start with M, which are mostly caused by "
        "problems with the recipient's mobile phone/number; for example, the "
        "mobile number is out of service, out of area, or invalid, or the phone"
        " is powered off or has poor reception."
    ),
    "MN:0000": "The message is blocked as it hits a keyword.",
    "MN00001": "An internal carrier error occurs.",
    "MN:0001": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MN:0009": "An internal carrier error occurs.",
    "MN:0011": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MN:0012": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MN:0013": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MN0013": "The recipient's mobile number is out of service.",
    "MN00013": "The recipient's phone has a cache exception.",
    "MN:0017": "The message is rejected.",
    "MN:0019": "An internal carrier error occurs.",
    "MN:0020": "An internal CMCC gateway error occurs.",
    "MN:0021": "The carrier's gateway is exceptional.",
    "MN:0022": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MN:0029": "An internal carrier error occurs.",
    "MN:0036": "The recipient's mobile number is out of area.",
    "MN:0041": "The recipient's phone is powered off or unreachable.",
    "MN:0044": "The recipient's phone is powered off.",
    "MN:0045": "The CMCC gateway is exceptional internally.",
    "MN:0050": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MN:0051": "The recipient's mobile number does not exist.",
    "MN:0052": "An internal carrier error occurs.",
    "MN:0053": "An internal carrier error occurs.",
    "MN:0054": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MN:0055": "An internal carrier error occurs.",
    "MN:0056": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MN:0059": "The recipient's mobile number is out of area.",
    "MN:0075": "An internal carrier error occurs.",
    "MN:0084": "The recipient's phone is powered off.",
    "MN:0090": "The recipient's phone is powered off.",
    "MN:0098": "The CMCC gateway is exceptional internally.",
    "MN:0099": "The message is rejected by the carrier manually.",
    "MN:0174": "The message is blocked as it hits a keyword.",
    "MN:0660": "The recipient's phone has a storage exception.",
    "MN:0999": "The message is blocked as it hits a keyword.",
    "MO:0008": "The message is blocked by the carrier as it hits a keyword.",
    "MO:0013": "The recipient's mobile number does not exist.",
    "MO:0016": "The carrier's gateway is exceptional.",
    "MOBILE_": "The recipient's mobile number does not exist.",
    "MOBLLE_": "The recipient is on the carrier's blocklist.",
    "MS:1009": "The carrier's gateway is exceptional.",
    "MT:9414": "The message is blocked by the carrier as it hits a keyword.",
    "MUSTNOT": "The recipient's mobile number does not exist.",
    "MX:0002": "Message submission to the upper-level channel fails.",
    "MX:0011": "The message is blocked by the carrier's gateway.",
    "NA:0001": "A mobile number range identification error occurs.",
    "NONE": "The carrier's gateway is exceptional.",
    "NOTITLE": (
        "The message is blocked by the carrier as it hits a keyword (an "
        "unsubscription method must be added in marketing SMS messages)."
    ),
    "NOROUTE": "Route finding fails.",
    "NO_ROUT": "The recipient's mobile number does not exist.",
    "NR-FAIL": "The message is blocked by the carrier as it hits a keyword.",
    "ODDL": "The carrier's frequency limit is reached.",
    "OVER_SE": "The gateway restricts the sending time (7:00–21:00).",
    "PARAMS": "The message is blocked by the carrier as it hits a keyword.",
    "PARAMS_": "The recipient's mobile number does not exist.",
    "PBLKP": "The message is blocked by the carrier as it hits a keyword.",
    "PHONERR": "The recipient's mobile number does not exist.",
    "R1:0010": "The carrier's gateway is exceptional.",
    "REJRCT": "The message is blocked by the carrier as it hits a keyword.",
    "ROUTERR": "The message is blocked by the carrier's gateway.",
    "RTE_ERR": "The recipient's phone has a reception exception.",
    "S:10000": "The carrier's gateway is exceptional.",
    "S::8": "The CMCC gateway is exceptional internally.",
    "S::13": "The message is blocked as it hits a keyword.",
    "S::15": "The message hits a carrier keyword.",
    "S::16": "The recipient's phone has a cache exception.",
    "S::37": "The message is blocked by the carrier's gateway.",
    "S::91": "The recipient is on the carrier's blocklist.",
    "S::92": "The carrier's frequency limit is reached.",
    "S::99": "The recipient's mobile number is out of service.",
    "S::FAIL (S::FAILED)": "The carrier's gateway is exceptional.",
    "S::TIME": "The carrier's gateway is exceptional.",
    "SC:0003": "The recipient is on the carrier's blocklist.",
    "SC:0005": "The recipient is on the carrier's blocklist.",
    "SC:0006": "The message hits a carrier keyword.",
    "SC:0010": "The message is blocked by the carrier's gateway.",
    "SC:0011": "The message is blocked by the carrier as it hits a keyword.",
    "SC:0016": "The recipient is on the carrier's blocklist.",
    "SD:0070": "The recipient's phone has a reception exception.",
    "SENDERR": "The carrier's gateway is exceptional.",
    "SIGNATU": "The province is not identified.",
    "SINLIM": "The carrier's gateway is exceptional.",
    "SINPER": "The carrier's frequency limit is reached.",
    "SMGP001": "The message is blocked by the carrier as it hits a keyword.",
    "SP_UNKN": "The recipient's mobile number does not exist.",
    "STATE:2": "The recipient's phone has a reception exception.",
    "TA:13": "The recipient's mobile number does not exist.",
    "TA:169": "The recipient's mobile number does not exist.",
    "TASNOOK": "The carrier's gateway is exceptional.",
    "TC:0001": "The recipient's mobile number is on the blocklist.",
    "TC:0007": "The message contains a sensitive word.",
    "TD:88": "The recipient is on the carrier's blocklist.",
    "TE:0008": "The recipient's mobile number is ported to another carrier.",
    "TE:0009": "The message is blocked by the carrier as it hits a keyword.",
    "TE:0011": "The message is blocked by the carrier as it hits a keyword.",
    "TE:0012": "The recipient is on the carrier's blocklist.",
    "TG:0013": "The recipient's mobile number does not exist.",
    "TE:0015": "The recipient is on the carrier's blocklist.",
    "TE:0016": "The recipient's mobile number does not exist.",
    "TREFUSE": "The message is blocked by the carrier as it hits a keyword.",
    "TUIDING": "The recipient is on the carrier's blocklist.",
    "UE:0003": "The recipient is on the carrier's blocklist.",
    "UE:0010": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "UNDELIV": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "UNKNOWN": "The message status is unknown.",
    "USER_RE": "The message is blocked by the carrier as it hits a keyword.",
    "VALVE:D": "The carrier's frequency limit is reached.",
    "VALVE:H": "The frequency limit is reached.",
    "VALVE:M": "The frequency limit is reached.",
    "WBLIST": "The recipient is on the carrier's blocklist.",
    "XA:0138": "The recipient is on the carrier's blocklist.",
    "XA:2040": "Cross-network sending is not supported.",
    "XA:2112": "Cross-network sending is not supported.",
    "XA:2138": "The recipient is on the carrier's blocklist.",
    "XA:2139": "The recipient is on the carrier's blocklist.",
    "XL:169": "The recipient's mobile number does not exist.",
    "XREJECT": "The recipient's mobile number does not exist.",
    "YF:031": "The recipient's phone has a reception exception.",
    "YF:032": "The recipient is on the carrier's blocklist.",
    "YF:0415": "The carrier's frequency limit is reached.",
    "YX:8007": "The message is blocked by the carrier's gateway.",
    "ZN:0418": "The message is blocked by the carrier as it hits a keyword.",
    "-201": "The carrier's gateway is exceptional.",
    "-103": "The recipient is on the carrier's blocklist.",
    "-99": "The recipient is on the carrier's blocklist.",
    "-74": "An internal carrier error occurs.",
    "-43": "The storage of the recipient's phone is full.",
    "-37": "The recipient's phone is powered off.",
    "-12": "The recipient is on the carrier's blocklist.",
    "-9": "The message hits a carrier keyword.",
    "-8": "The carrier's gateway is exceptional.",
    "-4": "The recipient's phone has a reception exception.",
    "-3": "The carrier's gateway is exceptional.",
    "-1": "An internal carrier error occurs.",
    "0.089583": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "0.103472": "The recipient's mobile number does not exist.",
    "0.1208": "The UNICOM gateway is exceptional internally.",
    "0.1299": "The recipient is on the carrier's blocklist.",
    "0.150694444": "The recipient is on the carrier's blocklist.",
    "0.209722": "The recipient's mobile number is out of service.",
    "0000001": "The recipient's mobile number does not exist.",
    "0000002": "The recipient's mobile number does not exist.",
    "0000003": "The recipient's mobile number is out of service.",
    "0000004": "The carrier's gateway is exceptional.",
    "0000005": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "0000008": "The recipient's mobile number does not exist.",
    "0000010": "The recipient's phone has a reception exception.",
    "0000011": "The message is blocked by the carrier as it hits a keyword.",
    "0000012": "The recipient's mobile number does not exist.",
    "0000015": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "0000017": "The recipient's phone is powered off.",
    "0000023": "The recipient's mobile number is suspended.",
    "0000024": "The recipient's mobile number is out of service.",
    "0000029": "The recipient's phone is powered off.",
    "0000030": "The carrier's gateway is exceptional.",
    "0000046": "The recipient's mobile number does not exist.",
    "0000048": "The recipient's phone has a reception exception.",
    "0000055": "The carrier's gateway is exceptional.",
    "0000056": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "0000072": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "0000074": "The recipient's phone has a reception exception.",
    "0000079": "The recipient is on the carrier's blocklist.",
    "0000086": "The recipient is on the carrier's blocklist.",
    "0000088": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "0000089": "The recipient's mobile number does not exist.",
    "0000093": "The recipient's mobile number is out of service.",
    "0000097": "The recipient is on the carrier's blocklist.",
    "0000099": "The recipient is on the carrier's blocklist.",
    "1": "The recipient's mobile number does not exist.",
    "2": "An internal carrier error occurs.",
    "3": "An internal carrier error occurs.",
    "4": "The recipient's phone is powered off.",
    "5": "The recipient's mobile number is out of service.",
    "6": "The carrier's gateway is exceptional.",
    "8": "The message length is incorrect.",
    "9": "The serial number is invalid (duplicate, incorrect format, etc.).",
    "10": (
        "The Src_ID is incorrect; for example, the recipient's mobile number "
        "does not exist or is restricted or forwarded to the China Unicom "
        "secretary service, or the recipient's phone is powered off."
    ),
    "11": "An internal carrier error occurs.",
    "12": (
        "The billable address is incorrect; for example, the recipient's mobile"
        " number does not exist or is restricted or forwarded to the China "
        "Unicom secretary service, or the recipient's phone is powered off."
    ),
    "13": (
        "The service code is not assigned, and the corresponding declaration "
        "item cannot be found according to the access number and service code "
        "on the MT list."
    ),
    "14": "An internal carrier error occurs.",
    "15": "The recipient's mobile number is out of area.",
    "16": "The recipient's mobile number does not exist.",
    "17": "An internal carrier error occurs.",
    "18": "The recipient does not subscribe to the message.",
    "19": "The recipient does not subscribe to the message.",
    "20": "The recipient's mobile number is temporarily out of service.",
    "21": "An internal carrier error occurs.",
    "22": "An internal carrier error occurs.",
    "23": "An internal carrier error occurs.",
    "24": "The billable mobile number is invalid (out of service).",
    "27": "The recipient's phone does not support SMS.",
    "29": "The recipient's mobile number is incorrect.",
    "31": "The recipient's phone is invalid.",
    "32": "An internal carrier error occurs.",
    "33": "The recipient's mobile number does not exist.",
    "34": "The recipient is on the carrier's blocklist.",
    "35": "The carrier's gateway is exceptional.",
    "36": "The recipient's mobile number is out of service.",
    "37": "The recipient's phone has a reception exception.",
    "38": "The carrier's gateway is exceptional.",
    "40": "An internal carrier error occurs.",
    "41": "The carrier's gateway is exceptional.",
    "43": "The storage of the recipient's phone is full.",
    "44": "The recipient's phone does not have the SMS feature.",
    "45": "The recipient's mobile number is out of service.",
    "46": "Contact SMS Helper for assistance.",
    "48": "An internal carrier error occurs.",
    "49": "The carrier's gateway is exceptional.",
    "50": "The recipient's mobile number is out of service.",
    "51": "The recipient's phone is exceptional.",
    "52": "The recipient's phone does not have the SMS feature.",
    "53": "The recipient's phone is powered off.",
    "54": "The recipient's phone is powered off.",
    "55": "The recipient's mobile number is out of area.",
    "56": "The recipient's mobile number is out of service.",
    "57": "An internal carrier error occurs.",
    "58": "The recipient's phone has a reception exception.",
    "59": "An internal carrier error occurs.",
    "61": "The recipient's mobile number does not exist.",
    "63": "The recipient's mobile number is suspended.",
    "64": "The recipient's mobile number is out of area.",
    "66": "The carrier's gateway is exceptional.",
    "67": "The recipient's mobile number does not exist.",
    "69": "The recipient is on the blocklist.",
    "70": "The recipient's mobile number is out of area.",
    "72": "The recipient's mobile number in the 145 range does not exist.",
    "73": "An internal carrier error occurs.",
    "75": "The recipient's mobile number is restricted.",
    "79": "The storage of the recipient's phone is full.",
    "83": "The carrier's gateway is exceptional.",
    "85": (
        "The recipient's mobile number does not exist, or the recipient's phone" " is powered off."
    ),
    "86": "The recipient's mobile number is out of area.",
    "88": "The recipient's mobile number is out of area.",
    "89": "The recipient's mobile number is out of area.",
    "90": "An internal carrier error occurs.",
    "92": "Contact SMS Helper for assistance.",
    "93": (
        "Monthly rent authentication fails as the recipient's mobile number is "
        "out of service or canceled."
    ),
    "95": (
        "Authentication fails as the recipient's mobile number does not exist " "or is canceled."
    ),
    "98": "The recipient's mobile number is temporarily out of service.",
    "99": "The recipient's mobile number is temporarily out of service.",
    "100": "Contact SMS Helper for assistance.",
    "100:97": "The recipient is on the carrier's blocklist.",
    "101": "The recipient's mobile number does not exist.",
    "102": "The recipient's mobile number is out of service.",
    "103": "Contact SMS Helper for assistance.",
    "104": "An internal carrier error occurs.",
    "105": ("The recipient's mobile number is out of service, suspended, or " "forbidden."),
    "106": "Authentication fails as the fees are invalid.",
    "107": "The UNICOM gateway is exceptional internally.",
    "110": "An internal carrier error occurs.",
    "114": "The carrier's gateway is exceptional.",
    "116": "An internal carrier error occurs.",
    "117": "Contact SMS Helper for assistance.",
    "118": "The recipient's phone does not have the SMS feature.",
    "121": "The carrier's gateway is exceptional.",
    "122": "The recipient's phone has a reception exception.",
    "124": (
        "The recipient's phone is powered off, or the recipient's mobile number"
        " is suspended or forbidden."
    ),
    "141": "The carrier's gateway is exceptional.",
    "148": "An internal carrier error occurs.",
    "164": "Contact SMS Helper for assistance.",
    "174": "The carrier's gateway is exceptional.",
    "181": "The carrier's gateway is exceptional.",
    "182": "The recipient's mobile number is suspended.",
    "193": "The carrier's gateway is exceptional.",
    "194": "The recipient's phone has a reception exception.",
    "210": "The carrier's gateway is exceptional.",
    "213": ("The recipient's mobile number is out of service, suspended, or " "forbidden."),
    "219": (
        "The message cannot be received as the recipient's mobile number is out"
        " of service or temporarily unreachable, or the recipient's phone is "
        "powered off."
    ),
    "222": "The message is blocked as it contains a sensitive word.",
    "227": "The carrier's gateway is exceptional.",
    "230": "The carrier's gateway is exceptional.",
    "237": "The recipient is on the blocklist.",
    "239": "The carrier's gateway is exceptional.",
    "245": "The recipient's mobile number does not exist.",
    "253": "The recipient's phone has a reception exception.",
    "254": "The carrier's gateway is exceptional.",
    "255": "Contact SMS Helper for assistance.",
    "706": "The recipient's mobile number does not exist.",
    "43497": (
        "The recipient's mobile number does not exist, or the recipient is on " "the blocklist."
    ),
    "2-67": "The message is blocked by the carrier.",
    "2-68": "The UNICOM gateway is exceptional internally.",
    "2:01": "The recipient's mobile number does not exist.",
    "2:05": "The recipient's phone is powered off.",
    "2:3": "The recipient's phone is powered off.",
    "2:4": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "2:8": "The recipient's phone has a reception exception.",
    "2:10": "The recipient's mobile number is out of service.",
    "2:11": "The recipient's phone has a reception exception.",
    "2:12": "The recipient's mobile number does not exist.",
    "2:13": "The recipient's mobile number is out of service.",
    "2:15": "The recipient's phone has a reception exception.",
    "2:17": "The recipient's phone has a cache exception.",
    "2:18": "The recipient's phone is powered off.",
    "2:19": "The recipient's mobile number does not exist.",
    "2:20": "The recipient's mobile number is out of service.",
    "2:21": "The recipient's mobile number does not exist.",
    "2:22": "The carrier's gateway is exceptional.",
    "2:23": "The recipient's mobile number is out of service.",
    "2:24": "The recipient's phone has a reception exception.",
    "2:36": "The recipient's mobile number is out of service.",
    "2:38": "The recipient's phone has a reception exception.",
    "2:40": "The carrier's gateway is exceptional.",
    "2:41": "The recipient's phone has a reception exception.",
    "2:44": "The recipient's mobile number is suspended.",
    "2:46": "The recipient's mobile number does not exist.",
    "2:53": "The recipient's phone is powered off.",
    "2:55": "The recipient's phone has a reception exception.",
    "2:56": "The recipient's mobile number is out of service.",
    "2:63": "The recipient's mobile number is out of service.",
    "2:86": "The recipient's phone has a reception exception.",
    "2:72": "The recipient's phone has a reception exception.",
    "2:75": "The recipient's phone has a reception exception.",
    "2:79": "The recipient's phone has a storage exception.",
    "2:83": "The recipient's phone has a reception exception.",
    "2:89": "The recipient's mobile number does not exist.",
    "2:93": "The recipient's mobile number is out of service.",
    "2:95": "The carrier's gateway is exceptional.",
    "2:98": "The recipient's mobile number is out of service.",
    "2:100": "The recipient's phone has a reception exception.",
    "2:182": "The recipient's mobile number is out of service.",
    "2:211": "The carrier's gateway is exceptional.",
    "2:213": "The recipient's mobile number is out of service.",
    "2:242": "The recipient's phone has a reception exception.",
    "2:23000": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "2:24000": "The recipient's mobile number is out of service.",
    "2:50000": "The recipient's mobile number does not exist.",
    "100:23": "The recipient's mobile number does not exist.",
    "100:29": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "100:101": "The recipient's mobile number does not exist.",
    "BLACK": "The recipient is on the carrier's blocklist.",
    "BWLISTS": "The recipient's mobile number does not exist.",
    "CJ:0005": "The recipient is on the carrier's blocklist.",
    "CU:0020": "The message is blocked by the carrier as it hits a keyword.",
    "DB:0005": "The recipient's phone is powered off.",
    "DB00108": "The carrier's gateway is exceptional.",
    "DJ:0141": "The recipient is on the carrier's blocklist.",
    "DJ:0255": "The message is blocked by the carrier as it hits a keyword.",
    "E:DISPR": "The recipient's mobile number does not exist.",
    "E:ONSUB": "The carrier's network fails.",
    "ERR:000": "The recipient's mobile number is out of service.",
    "ERR:004": "The message is blocked by the carrier as it hits a keyword.",
    "ERR:005": "The recipient's mobile number is out of service.",
    "ERR:008": "The recipient's phone is powered off.",
    "ERR:010": "The recipient's mobile number does not exist.",
    "ERR:012": "The recipient's mobile number is out of service.",
    "ERR:017": "The recipient's mobile number is out of service.",
    "ERR:032": "The message is blocked by the carrier as it hits a keyword.",
    "ERROR": "The recipient is on the carrier's blocklist.",
    "FAIL_BL": "The recipient is on the carrier's blocklist.",
    "FAIL_IN": "The recipient's mobile number does not exist.",
    "FAIL_MO": "The recipient's phone is powered off.",
    "FF:0001": "The recipient's mobile number does not exist.",
    "GB:0006": "The recipient's mobile number does not exist.",
    "GB:0015": "The carrier's gateway is exceptional.",
    "HONGZHA": "The recipient is on the carrier's blocklist.",
    "LT:0": "Message sending succeeds.",
    "LT:0000": "The recipient's mobile number is suspended.",
    "LT:0001": "The recipient's mobile number does not exist.",
    "LT:0002": (
        "A China Unicom failure occurs due to poor reception. If batch failures"
        " occur, the reason may be that the message contains a sensitive word. "
        "In this case, you need to confirm with the carrier."
    ),
    "LT:0003": "The recipient's mobile number is invalid.",
    "LT:0004": "The recipient's mobile number is out of service.",
    "LT:0005": "The message is blocked by the gateway.",
    "LT:0006": "The message is blocked by the carrier's gateway.",
    "LT:0008": "The storage of the recipient's phone is full.",
    "LT:0009": "The recipient's mobile number is invalid.",
    "LT:00-1": "The message is blocked by the gateway.",
    "LT:00-4": "The recipient's phone has a reception exception.",
    "LT:00-9": "The recipient's mobile number does not exist.",
    "LT:0010": "The recipient's mobile number does not exist.",
    "LT:0011": "The recipient's phone is powered off.",
    "LT:0012": "The recipient's mobile number does not exist.",
    "LT:0013": "The recipient's mobile number is out of service.",
    "LT:0015": "The message is blocked by the gateway.",
    "LT:0016": "The recipient's phone has a reception exception.",
    "LT:0017": "The message is blocked by the gateway.",
    "LT:0020": "The message is blocked by the gateway.",
    "LT:0022": "The message is blocked by the gateway.",
    "LT:0023": "The recipient's mobile number does not exist.",
    "LT:0024": "The recipient's phone is powered off.",
    "LT:0027": "The recipient's phone is powered off.",
    "LT:0029": "The recipient's phone is powered off.",
    "LT:0031": "The recipient's phone has a reception exception.",
    "LT:0040": "The recipient's mobile number does not exist.",
    "LT:0044": "The message is blocked by the gateway.",
    "LT:0046": "The message is blocked by the gateway.",
    "LT:0048": "Call fails.",
    "LT:0050": "The recipient's mobile number is temporarily unreachable.",
    "LT:0051": "The recipient's mobile number is temporarily unreachable.",
    "LT:0052": "The recipient's mobile number does not exist.",
    "LT:0053": "The recipient's mobile number is temporarily unreachable.",
    "LT:0054": "The recipient's phone is powered off.",
    "LT:0055": "Inbound call is restricted.",
    "LT:0057": "The message is blocked by the gateway.",
    "LT:0059": "The recipient's phone is powered off.",
    "LT:0061": "The message is blocked.",
    "LT:0069": "A China Unicom failure occurs.",
    "LT:0075": "The recipient's mobile number does not exist.",
    "LT:0079": "The message is blocked by the gateway.",
    "LT:0086": "The message is blocked by the gateway.",
    "LT:0089": "The recipient's mobile number is invalid.",
    "LT:0090": "The message is blocked by the gateway.",
    "LT:0092": "The message is blocked by the gateway.",
    "LT:0093": "The message is blocked by the gateway.",
    "LT:0098": "The message is blocked by the gateway.",
    "LT:0100": "The recipient's mobile number does not exist.",
    "LT:0104": "The recipient's phone is invalid.",
    "LT:0106": "An internal UNICOM gateway error occurs.",
    "LT:0117": "The message is blocked by the gateway.",
    "LT:0122": "An internal UNICOM gateway error occurs.",
    "LT:0-37": "The recipient's mobile number does not exist.",
    "LT:0-74": "The recipient's mobile number is out of service.",
    "LT:1": "The recipient's mobile number is invalid.",
    "LT:5": "The recipient's phone has a reception exception.",
    "LT:6": "The recipient's phone is invalid.",
    "LT:9": "The recipient's phone is invalid.",
    "LT:11": (
        "Message sending fails as the recipient's mobile number is ported to " "another carrier."
    ),
    "LT:12": "The recipient's phone is invalid.",
    "LT:13": "Call is forbidden.",
    "LT:23": (
        "Message sending fails as the recipient's mobile number is ported to " "another carrier."
    ),
    "LT:27": "An internal UNICOM gateway error occurs.",
    "LT:31": "The recipient's phone has a reception exception.",
    "LT:32": "The recipient's phone has a reception exception.",
    "LT:34": "The recipient's phone has a reception exception.",
    "LT:35": "The recipient's phone has a reception exception.",
    "LT:36": "The recipient's phone has a reception exception.",
    "LT:52": "The recipient's phone has a reception exception.",
    "LT:61": "An internal UNICOM gateway error occurs.",
    "LT:67": "The recipient is on the blocklist.",
    "LT:86": "The recipient is on the blocklist.",
    "LT:90": "The recipient's phone is faulty.",
    "LT:91": "The recipient's phone does not have the SMS feature.",
    "LT:92": "The storage of the recipient's phone is full.",
    "LT:100": "The recipient's phone has a reception exception.",
    "LT:101": "The recipient's phone is powered off.",
    "LT:102": "The recipient's phone has a reception exception.",
    "LT:103": "The recipient's mobile number does not exist.",
    "LT:104": "The recipient's mobile number is invalid.",
    "LT:106": "The recipient's phone has a reception exception.",
    "LT:107": "The recipient's mobile number is invalid.",
    "LT:110": "An internal UNICOM gateway error occurs.",
    "LT:111": "An internal UNICOM gateway error occurs.",
    "LT:112": "An internal UNICOM gateway error occurs.",
    "LT:113": "An internal UNICOM gateway error occurs.",
    "LT:114": "An internal UNICOM gateway error occurs.",
    "LT:115": "An internal UNICOM gateway error occurs.",
    "LT:116": "An internal UNICOM gateway error occurs.",
    "LT:117": "An internal UNICOM gateway error occurs.",
    "LT:118": "An internal UNICOM gateway error occurs.",
    "LT:119": "An internal UNICOM gateway error occurs.",
    "LT:120": "An internal UNICOM gateway error occurs.",
    "LT:121": "An internal UNICOM gateway error occurs.",
    "LT:122": "An internal UNICOM gateway error occurs.",
    "LT:181": "An internal UNICOM gateway error occurs.",
    "LT:182": "The operation is forbidden.",
    "LT:21": "The recipient's phone does not have the SMS feature.",
    "LT:215": "An internal UNICOM gateway error occurs.",
    "LT:217": "An internal UNICOM gateway error occurs.",
    "LT:218": "The recipient's number is invalid.",
    "LT:219": "The recipient's number is invalid.",
    "LT:220": "The recipient's phone is powered off.",
    "LT:221": "An internal UNICOM gateway error occurs.",
    "LT:222": "An internal UNICOM gateway error occurs.",
    "LT:223": "An internal UNICOM gateway error occurs.",
    "LT:225": "An internal UNICOM gateway error occurs.",
    "LT:226": "An internal UNICOM gateway error occurs.",
    "LT:227": "An internal UNICOM gateway error occurs.",
    "LT:228": "An internal UNICOM gateway error occurs.",
    "LT:229": "An internal UNICOM gateway error occurs.",
    "LT:230": "An internal UNICOM gateway error occurs.",
    "LT:231": "An internal UNICOM gateway error occurs.",
    "LT:232": "An internal UNICOM gateway error occurs.",
    "LT:233": "An internal UNICOM gateway error occurs.",
    "LT:234": "An internal UNICOM gateway error occurs.",
    "LT:235": "An internal UNICOM gateway error occurs.",
    "LT:236": "An internal UNICOM gateway error occurs.",
    "LT:237": "An internal UNICOM gateway error occurs.",
    "LT:238": "An internal UNICOM gateway error occurs.",
    "LT:239": "An internal UNICOM gateway error occurs.",
    "LT:240": "An internal UNICOM gateway error occurs.",
    "LT:241": "An internal UNICOM gateway error occurs.",
    "LT:242": "An internal UNICOM gateway error occurs.",
    "LT:243": "An internal UNICOM gateway error occurs.",
    "LT:244": "An internal UNICOM gateway error occurs.",
    "LT:245": "An internal UNICOM gateway error occurs.",
    "LT:246": "An internal UNICOM gateway error occurs.",
    "LT:247": "An internal UNICOM gateway error occurs.",
    "LT:248": "An internal UNICOM gateway error occurs.",
    "LT:249": "An internal UNICOM gateway error occurs.",
    "LT:250": "An internal UNICOM gateway error occurs.",
    "LT:251": "An internal UNICOM gateway error occurs.",
    "LT:252": "An internal UNICOM gateway error occurs.",
    "LT:253": "An internal UNICOM gateway error occurs.",
    "LT:254": "An internal UNICOM gateway error occurs.",
    "MA:0038": "The carrier's frequency limit is reached.",
    "MAXFREQ": "The carrier's frequency limit is reached.",
    "MC:000": "The recipient's phone is powered off.",
    "MK:-108": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:-74": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:-43": "The recipient's phone has a reception exception.",
    "MK:-37": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:-9": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:": "The carrier's gateway is exceptional.",
    "MK:1": "The recipient's mobile number is out of service.",
    "MK:2": "The recipient's phone has a reception exception.",
    "MK:3": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:5": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:7": "The recipient's phone has a reception exception.",
    "MK:8": "The recipient's phone has a reception exception.",
    "MK:9": "The recipient's mobile number is out of service.",
    "MK:10": "The recipient's phone has a reception exception.",
    "MK:11": "The recipient's phone has a reception exception.",
    "MK:12": "The recipient's phone has a reception exception.",
    "MK:13": "The recipient's phone has a reception exception.",
    "MK:15": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:17": "The recipient's phone has a reception exception.",
    "MK:19": "The recipient's phone has a reception exception.",
    "MK:20": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:21": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:23": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:24": "The recipient's mobile number does not have the SMS feature enabled.",
    "MK:25": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:27": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:29": "The recipient's phone has a reception exception.",
    "MK:44": "The recipient's phone has a reception exception.",
    "MK:53": "The recipient's phone has a reception exception.",
    "MK:54": "The recipient's phone has a reception exception.",
    "MK:55": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:56": "The recipient's phone has a reception exception.",
    "MK:57": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:63": "The recipient's phone has a reception exception.",
    "MK:75": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:90": "The recipient's phone has a reception exception.",
    "MK:92": "The recipient's phone has a reception exception.",
    "MK:100": "The recipient's phone has a reception exception.",
    "MK:122": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MK:1000": "The recipient's phone has a reception exception.",
    "MN:0082": "The recipient's mobile number is suspended.",
    "MO:0001": "The recipient's mobile number does not exist.",
    "MO:0032": "The carrier's gateway is exceptional.",
    "MO:0254": "The carrier's gateway is exceptional.",
    "MO:0084": "The recipient is on the carrier's blocklist.",
    "MO:0086": "The carrier's frequency limit is reached.",
    "MO:0094": "The recipient's phone is powered off.",
    "MO:0247": "The carrier's gateway is exceptional.",
    "MS:0005": "The recipient's mobile number does not exist.",
    "MS:1005": "The recipient's mobile number does not exist.",
    "MS:1007": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone has a reception exception."
    ),
    "MX:0001": "The message is blocked by the carrier as it hits a keyword.",
    "MX:0004": "The recipient is on the carrier's blocklist.",
    "MX:0005": "The carrier's gateway is exceptional.",
    "MX:0006": "The message is blocked by the carrier as it hits a keyword.",
    "MX:0007": "The recipient is on the carrier's blocklist.",
    "MX:0008": "The message is blocked by the carrier as it hits a keyword.",
    "MX:0009": "The recipient is on the carrier's blocklist.",
    "MX:0010": "The recipient's mobile number does not exist.",
    "MX:0013": "The recipient is on the carrier's blocklist.",
    "QM_FAIL": "The message is blocked by the carrier's gateway.",
    "R:00002": "The recipient's phone is powered off.",
    "R:00003": "The recipient's mobile number does not exist.",
    "R:00004": "The recipient's mobile number does not exist.",
    "R:00009": "The recipient's phone is powered off.",
    "R:00014": "The recipient's mobile number does not exist.",
    "R:00017": "The recipient's phone is powered off.",
    "R:00018": "The recipient's phone has a reception exception.",
    "R:00019": "The recipient's phone is powered off.",
    "R:00020": "The recipient's phone is powered off.",
    "R:00022": "The recipient's phone is powered off.",
    "R:00027": "The recipient's phone is powered off.",
    "R:00029": "The recipient's mobile number does not exist.",
    "R:00033": "The recipient's mobile number does not exist.",
    "R:00035": "The recipient's phone is powered off.",
    "R:00036": "The frequency limit is reached.",
    "R:00041": "The recipient's phone is powered off.",
    "R:00044": "The recipient's phone is powered off.",
    "R:00045": "The recipient's phone is powered off.",
    "R:00048": "The recipient's phone is powered off.",
    "R:00050": "The recipient's phone is powered off.",
    "R:00051": "The recipient's phone is powered off.",
    "R:00053": "The recipient's phone is powered off.",
    "R:00054": "The recipient's phone is powered off.",
    "R:00055": "The recipient's phone is powered off.",
    "R:00057": "The recipient's phone is powered off.",
    "R:00058": "The recipient's phone is powered off.",
    "R:00059": "The recipient's phone is powered off.",
    "R:00064": "The recipient's phone is powered off.",
    "R:00067": "The recipient's phone is powered off.",
    "R:00068": "The recipient's phone is powered off.",
    "R:00069": "The recipient's phone is powered off.",
    "R:00070": "The recipient's phone is powered off.",
    "R:00072": "The recipient's phone is powered off.",
    "R:00073": "The recipient's phone is powered off.",
    "R:00075": "The recipient's phone is powered off.",
    "R:00079": "The recipient's phone is powered off.",
    "R:00083": "The recipient's phone is powered off.",
    "R:00085": "The recipient's phone is powered off.",
    "R:00086": "The recipient's phone is powered off.",
    "R:00088": "The recipient's phone is powered off.",
    "R:00089": "The recipient's phone is powered off.",
    "R:00090": "The recipient's phone has a reception exception.",
    "R:00092": "The recipient's phone is powered off.",
    "R:00093": "The recipient's phone is powered off.",
    "R:00096": "The recipient's phone is powered off.",
    "R:00098": "The recipient's phone is powered off.",
    "R:00099": "The recipient's phone is powered off.",
    "R:00106": "The recipient's phone is powered off.",
    "R:00124": "The recipient's phone is powered off.",
    "R:00181": "The recipient's phone is powered off.",
    "R:00182": "The recipient's mobile number is out of service.",
    "R:00210": "The recipient's phone is powered off.",
    "R:00230": "The recipient's phone is powered off.",
    "R:00242": "The recipient's mobile number does not exist.",
    "R:00245": "The recipient's phone is powered off.",
    "R:00253": "The recipient's phone is powered off.",
    "R:00254": "The recipient's phone is powered off.",
    "R:00605": "The recipient's phone is powered off.",
    "R:00612": "The recipient's phone is powered off.",
    "R:00613": "The recipient's phone is powered off.",
    "R:00614": "The recipient's phone is powered off.",
    "R:00615": "The recipient's phone is powered off.",
    "R:00616": "The carrier's gateway is exceptional.",
    "R:00617": "The recipient's phone is powered off.",
    "R:00619": "The recipient's phone is powered off.",
    "R:00627": "The recipient's phone is powered off.",
    "R:00634": "The recipient's phone is powered off.",
    "R:00636": "The recipient's phone is powered off.",
    "R:00640": "The recipient's mobile number does not exist.",
    "R:00650": "The recipient's phone is powered off.",
    "R:00680": "The recipient's phone is powered off.",
    "R:00701": "The recipient's mobile number does not exist.",
    "R:00702": "The recipient's phone is powered off.",
    "R:00704": "The recipient's phone is powered off.",
    "R:00705": "The recipient's mobile number is out of service.",
    "R:00706": "The recipient's phone is powered off.",
    "R:00707": "The recipient's phone is powered off.",
    "R:00708": "The recipient's phone is powered off.",
    "R:00711": "The recipient's phone is powered off.",
    "R:00713": "The recipient's phone is powered off.",
    "R:00714": "The recipient's phone is powered off.",
    "R:00718": "The recipient's phone is powered off.",
    "R:00721": "The recipient's phone is powered off.",
    "R:00726": "The recipient's phone is powered off.",
    "R:00760": "The recipient's phone is powered off.",
    "R:00761": "The recipient's phone is powered off.",
    "R:00762": "The recipient's phone is powered off.",
    "R:00763": "The recipient's phone is powered off.",
    "R:00764": "The recipient's phone is powered off.",
    "R:00765": "The recipient's phone is powered off.",
    "R:00771": "The recipient's phone is powered off.",
    "R:00779": "The recipient's phone is powered off.",
    "R:00801": "The recipient's mobile number does not exist.",
    "R:00802": "The recipient's phone is powered off.",
    "R:00814": "The recipient's phone is powered off.",
    "R:00815": "The recipient's phone is powered off.",
    "R:00817": "The recipient's phone is powered off.",
    "R:00827": "The recipient's phone is powered off.",
    "R:00869": "The recipient's mobile number does not exist.",
    "R:00875": "The recipient's phone is powered off.",
    "R:00899": "The recipient's phone is powered off.",
    "R:00980": "The recipient's phone is powered off.",
    "R:00999": "The frequency limit is reached.",
    "R:04300": "The recipient's mobile number is out of service.",
    "R:04414": "The recipient's mobile number does not exist.",
    "R:04442": "The recipient's phone is powered off.",
    "R:04701": "The recipient's mobile number does not exist.",
    "R1:0013": "The recipient's mobile number does not exist.",
    "R1:0043": "The recipient's mobile number does not exist.",
    "R1:1011": "The recipient's mobile number does not exist.",
    "R2:0010": "The carrier's gateway is exceptional.",
    "R2:0011": "The carrier's gateway is exceptional.",
    "S:-19": "The recipient's phone is powered off.",
    "S:-9": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "S:-6": (
        "Message sending fails as the recipient's mobile number is ported to " "another carrier."
    ),
    "S:1": "The recipient's mobile number does not exist.",
    "S:9": "The message is blocked by the carrier as it hits a keyword.",
    "S:43": "The carrier's gateway is exceptional.",
    "SGIP:-74": "The recipient's mobile number is out of service.",
    "SGIP:-37": "The recipient's phone is powered off.",
    "SGIP:0": "The recipient's phone has a reception exception.",
    "SGIP:1": "The recipient's mobile number does not exist.",
    "SGIP:2": "The recipient's phone has a reception exception.",
    "SGIP:3": "The recipient's phone has a reception exception.",
    "SGIP:4": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "SGIP:5": "The recipient's mobile number is out of service.",
    "SGIP:7": "The recipient's phone has a reception exception.",
    "SGIP:8": "The recipient's mobile number does not exist.",
    "SGIP:9": "The carrier's gateway is exceptional.",
    "SGIP:11": "The recipient's mobile number is out of service.",
    "SGIP:12": "The recipient's mobile number does not exist.",
    "SGIP:13": "The recipient's mobile number is out of service.",
    "SGIP:15": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "SGIP:24": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "SGIP:27": "The recipient's phone has a reception exception.",
    "SGIP:29": "The recipient's mobile number does not exist.",
    "SGIP:51": "The recipient's phone has a reception exception.",
    "SGIP:54": "The recipient's phone has a reception exception.",
    "SGIP:57": "The carrier's gateway is exceptional.",
    "SGIP:75": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "SGIP:81": "The carrier's gateway is exceptional.",
    "SGIP:82": "The carrier's gateway is exceptional.",
    "SGIP:83": "The frequency limit is reached.",
    "SGIP:84": "The carrier's gateway is exceptional.",
    "SGIP:85": "The carrier's gateway is exceptional.",
    "SGIP:86": "The carrier's gateway is exceptional.",
    "SGIP:87": "The carrier's gateway is exceptional.",
    "SGIP:88": "The carrier's gateway is exceptional.",
    "SGIP:89": "The carrier's gateway is exceptional.",
    "SGIP:90": "The message is blocked by the carrier.",
    "SGIP:91": "The carrier's gateway is exceptional.",
    "SGIP:92": "The carrier's gateway is exceptional.",
    "SGIP:93": "The carrier's gateway is exceptional.",
    "SGIP:94": "The carrier's gateway is exceptional.",
    "SGIP:98": "The recipient's mobile number is out of service.",
    "SGIP:100": "The recipient's mobile number does not exist or is out of service.",
    "SK:8210": (
        "The recipient's mobile number is exceptional as it is ported to " "another carrier."
    ),
    "SME-9": "The recipient's mobile number does not exist.",
    "TE:0013": "The recipient is on the carrier's blocklist.",
    "U:-108": "The recipient's mobile number is out of service.",
    "U:-75": "The carrier's frequency limit is reached.",
    "U:-74": "The recipient's mobile number is suspended.",
    "U:-37": "The recipient's phone is powered off.",
    "U:-17": "The recipient's phone is powered off.",
    "U:1": "The recipient's mobile number does not exist.",
    "U:2": "The carrier's gateway is exceptional.",
    "U:3": "The carrier's gateway is exceptional.",
    "U:4": "The recipient's phone is powered off.",
    "U:5": "The recipient's mobile number is out of service.",
    "U:7": "The carrier's gateway is exceptional.",
    "U:8": "The message length exceeds the limit.",
    "U:9": "The recipient's mobile number does not exist.",
    "U:10": "The recipient's mobile number does not exist.",
    "U:11": "The carrier's gateway is exceptional.",
    "U:12": "The carrier's gateway is exceptional.",
    "U:13": "The carrier's gateway is exceptional.",
    "U:15": "The recipient's phone has a reception exception.",
    "U:17": "The carrier's gateway is exceptional.",
    "U:18": "The carrier's gateway is exceptional.",
    "U:20": "The recipient's mobile number is out of service.",
    "U:22": "The carrier's gateway is exceptional.",
    "U:23": "The carrier's gateway is exceptional.",
    "U:24": "The recipient's mobile number does not exist.",
    "U:29": "The recipient's mobile number does not exist.",
    "U:31": "The recipient's phone has a reception exception.",
    "U:36": "The recipient's mobile number is out of service.",
    "U:40": "The carrier's gateway is exceptional.",
    "U:44": "The recipient's mobile number is suspended.",
    "U:48": "The carrier's gateway is exceptional.",
    "U:51": "The recipient's phone is powered off.",
    "U:53": "The recipient's phone is powered off.",
    "U:54": "The recipient's phone is powered off.",
    "U:58": "The recipient's phone has a storage exception.",
    "U:59": "The carrier's gateway is exceptional.",
    "U:69": "The recipient is on the carrier's blocklist.",
    "U:75": "The carrier's frequency limit is reached.",
    "U:76": "The carrier's gateway is exceptional.",
    "U:98": "The recipient's mobile number is out of service.",
    "U:100": "The carrier's gateway is exceptional.",
    "U:115": "The carrier's gateway is exceptional.",
    "U:122": "The carrier's gateway is exceptional.",
    "U2:-108": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "U2:-82": "The recipient's phone is powered off.",
    "U2:-75": "The recipient's phone has a reception exception.",
    "U2:-74": "The recipient's mobile number is out of service.",
    "U2:-62": "The recipient's mobile number is out of service.",
    "U2:-37": "The recipient's mobile number is suspended.",
    "U2:-29": "The recipient's phone has a reception exception.",
    "U2:-26": "The recipient's phone is powered off.",
    "U2:-19": "The recipient is on the blocklist.",
    "U2:-17": "The recipient's phone is powered off.",
    "U2:-9": "The recipient's mobile number does not exist.",
    "U2:-2": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "U2:-3": "The recipient's phone is powered off.",
    "U2:1": "The recipient's mobile number does not exist.",
    "U2:2": "The UNICOM gateway is exceptional internally.",
    "U2:3": "The UNICOM gateway is exceptional internally.",
    "U2:4": "The recipient's phone is powered off.",
    "U2:5": "The recipient's mobile number is out of service.",
    "U2:6": "The recipient is on the carrier's blocklist.",
    "U2:7": "Message sending exceeds the limit.",
    "U2:8": "The message length exceeds the limit.",
    "U2:9": "The recipient's phone has a reception exception.",
    "U2:10": "The recipient's mobile number does not exist.",
    "U2:11": "The UNICOM gateway is exceptional internally.",
    "U2:12": "The UNICOM gateway is exceptional internally.",
    "U2:13": "The UNICOM gateway is exceptional internally.",
    "U2:15": "The recipient's mobile number is out of area.",
    "U2:16": "The recipient is on the carrier's blocklist.",
    "U2:17": "The UNICOM gateway is exceptional internally.",
    "U2:18": "The recipient's phone is powered off.",
    "U2:20": "The recipient's mobile number is out of service.",
    "U2:21": "The recipient's mobile number is out of service.",
    "U2:22": "The UNICOM gateway is exceptional internally.",
    "U2:23": "The UNICOM gateway is exceptional internally.",
    "U2:24": "The recipient's mobile number does not exist.",
    "U2:27": "The recipient's phone is powered off.",
    "U2:29": "The recipient's mobile number does not exist.",
    "U2:30": "The carrier's gateway is exceptional.",
    "U2:31": "The recipient's phone is exceptional.",
    "U2:32": "The carrier's gateway is exceptional.",
    "U2:35": "The recipient's mobile number is out of service.",
    "U2:36": "The recipient's mobile number is out of service.",
    "U2:38": "The carrier's gateway is exceptional.",
    "U2:40": "The carrier's gateway is exceptional.",
    "U2:43": "The recipient's mobile number is out of service.",
    "U2:44": "The recipient's phone has a reception exception.",
    "U2:45": "The recipient's mobile number is out of service.",
    "U2:46": "The recipient's phone has a reception exception.",
    "U2:48": "The recipient's mobile number does not exist.",
    "U2:50": "The recipient's mobile number is out of service.",
    "U2:51": "The UNICOM gateway is exceptional internally.",
    "U2:52": "The recipient's phone does not have the SMS feature.",
    "U2:53": "The recipient's phone is powered off.",
    "U2:54": "The recipient's phone is powered off.",
    "U2:55": "The recipient's mobile number is out of area.",
    "U2:56": "The recipient's phone is powered off.",
    "U2:57": "The UNICOM gateway is exceptional internally.",
    "U2:58": "The recipient's phone is exceptional.",
    "U2:59": "The UNICOM gateway is exceptional internally.",
    "U2:61": (
        "The recipient's mobile number does not exist, or the recipient's phone" " is powered off."
    ),
    "U2:63": "The carrier's gateway is exceptional.",
    "U2:66": "The recipient's phone has a storage exception.",
    "U2:67": "The recipient's mobile number does not exist.",
    "U2:69": "The recipient is on the carrier's blocklist.",
    "U2:72": "The recipient's mobile number does not exist.",
    "U2:73": "The carrier's gateway is exceptional.",
    "U2:74": "The recipient's phone is powered off.",
    "U2:75": "The carrier's frequency limit is reached.",
    "U2:79": "The recipient's mobile number is exceptional.",
    "U2:80": "The recipient's phone is powered off.",
    "U2:83": "The carrier's gateway is exceptional.",
    "U2:86": "The recipient's phone has a cache exception.",
    "U2:88": "The recipient's phone has a reception exception.",
    "U2:89": "The recipient's phone has a reception exception.",
    "U2:90": "The carrier's gateway is exceptional.",
    "U2:92": "The recipient's phone has a cache exception.",
    "U2:93": "The carrier's gateway is exceptional.",
    "U2:95": "The carrier's gateway is exceptional.",
    "U2:98": "The recipient's mobile number is out of service.",
    "U2:99": "The recipient's mobile number is out of service.",
    "U2:100": "The UNICOM gateway is exceptional internally.",
    "U2:106": "The recipient's mobile number is out of service.",
    "U2:115": "The carrier's gateway is exceptional.",
    "U2:116": "The recipient's phone has a reception exception.",
    "U2:117": "The carrier's gateway is exceptional.",
    "U2:121": "The recipient's phone has a reception exception.",
    "U2:122": "The recipient's phone is exceptional.",
    "U2:182": "The recipient's mobile number is out of service.",
    "U2:247": "The recipient's mobile number is out of service.",
    "U2:252": "The carrier's gateway is exceptional.",
    "W-BLACK": "The recipient is on the carrier's blocklist.",
    "XY:0000": "The recipient is on the carrier's blocklist.",
    "006": "The message is blocked by the carrier as it hits a keyword.",
    "010": "The recipient's phone has a reception exception.",
    "13-19": "The carrier's gateway is exceptional.",
    "23-29": "The carrier's gateway is exceptional.",
    "112-116": "The carrier's gateway is exceptional.",
    "128-255": "The carrier's gateway is exceptional.",
    "650(660\\99": "The frequency limit is reached.",
    "702": "The recipient's mobile number is out of service.",
    "705": "The recipient's mobile number is suspended.",
    "708": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "711": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "712": "The carrier's gateway is exceptional.",
    "713": "The message is blocked by the carrier as it hits a keyword.",
    "714": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "716": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "717": "The recipient's phone has a reception exception.",
    "718": "The recipient's phone has a reception exception.",
    "726": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "731": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "760": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "762": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "771": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "779": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "999": "The recipient's phone has a reception exception.",
    "1000": "The carrier's gateway is exceptional.",
    "1107": "The carrier's gateway is exceptional.",
    "1509949": "The recipient's phone is powered off.",
    "ACCEPTD": "The message has been received by the recipient.",
    "BLACKMB": "The recipient is on the carrier's blocklist.",
    "BLACKWD": "The recipient is on the carrier's blocklist.",
    "BWLISTSS163S": "The recipient is on the carrier's blocklist.",
    "DB:0612": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0613": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0614": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0615": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0618": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0620": "The recipient's phone has a reception exception.",
    "DB:0622": "The carrier's gateway is exceptional.",
    "DB:0627": "The carrier's gateway is exceptional.",
    "DB:0636": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0640": "The recipient's mobile number does not exist.",
    "DB:0650": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0899": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DB:0999": "The recipient's phone has a reception exception.",
    "DB:1037": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "DELIVER": "The recipient's mobile number does not exist.",
    "E:ODSL": "The carrier's frequency limit is reached.",
    "ERR:601": "The recipient's mobile number is out of service.",
    "ERR:602": "The recipient's phone is powered off.",
    "ERR:612": "The message is blocked by the carrier as it hits a keyword.",
    "ERR:613": "The recipient's mobile number does not exist.",
    "ERR:615": "The recipient's phone is powered off.",
    "ERR:617": "The recipient's phone has a reception exception.",
    "ERR:618": "The recipient's phone has a reception exception.",
    "ERR:627": "The recipient's phone has a reception exception.",
    "ERR:640": "The recipient's mobile number does not exist.",
    "ERR:660": "The recipient's phone has a reception exception.",
    "EXPIRED_76": "The recipient's mobile number is suspended.",
    "EXPIREDS001S": "The recipient's phone has a cache exception.",
    "EXPIREDS010S": "The recipient's phone is powered off.",
    "EXPIREDS601S": "The recipient's mobile number is out of service.",
    "EXPIREDS602S": "The recipient's phone is powered off.",
    "EXPIREDS608S": "The recipient's phone is powered off.",
    "EXPIREDS612S": "The recipient's phone has a reception exception.",
    "EXPIREDS613S": "The recipient's phone has a reception exception.",
    "EXPIREDS614S": "The recipient's phone has a reception exception.",
    "EXPIREDS615S": "The recipient's phone has a reception exception.",
    "EXPIREDS616S": "The recipient's phone has a reception exception.",
    "EXPIREDS617S": "The recipient's phone has a reception exception.",
    "EXPIREDS618S": "The recipient's phone has a reception exception.",
    "EXPIREDS619S": "The recipient's phone has a reception exception.",
    "EXPIREDS622S": "The recipient's phone has a reception exception.",
    "EXPIREDS636S": "The recipient's phone has a reception exception.",
    "EXPIREDS640S": "The recipient's mobile number does not exist.",
    "EXPIREDS650S": "The recipient's phone has a reception exception.",
    "EXPIREDS660S": "The recipient's phone is powered off.",
    "EXPIREDS702S": "The recipient's phone is powered off.",
    "EXPIREDS705S": "The recipient's mobile number is out of service.",
    "EXPIREDS711S": "The recipient's mobile number does not exist.",
    "EXPIREDS712S": "The recipient's phone has a reception exception.",
    "EXPIREDS713S": "The recipient's phone has a storage exception.",
    "EXPIREDS714S": (
        "No acknowledgment information is received. The recipient is "
        "recommended to clear the phone cache."
    ),
    "EXPIREDS716S": "The recipient's phone has a reception exception.",
    "EXPIREDS717S": "The recipient's phone has a reception exception.",
    "EXPIREDS726S": "The recipient's phone has a reception exception.",
    "EXPIREDS731S": "The recipient's phone has a reception exception.",
    "EXPIREDS760S": "The recipient's mobile number does not exist.",
    "EXPIREDS765S": "The recipient's mobile number does not exist.",
    "EXPIREO": "The recipient's mobile number does not exist.",
    "F000039": "The carrier's gateway is exceptional.",
    "F1120": "The recipient is on the carrier's blocklist.",
    "F1121": "The message is blocked by the carrier as it hits a keyword.",
    "F121420": "The message is blocked by the carrier as it hits a keyword.",
    "F1214H1": "The message is blocked by the carrier as it hits a keyword.",
    "F1214HY": "The message is blocked by the carrier as it hits a keyword.",
    "FAILED": "The carrier's gateway is exceptional.",
    "GB:0002": "The frequency limit is reached.",
    "GB:0014": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "MBBLACK": "The recipient is on the carrier's blocklist.",
    "ME:-3": "The recipient's phone is powered off.",
    "MK:1006": "The carrier's gateway is exceptional.",
    "MO:0009": "The message is blocked by the carrier as it hits a keyword.",
    "MOBILEBLAC": "The recipient is on the carrier's blocklist.",
    "MS:0002": "The carrier's frequency limit is reached.",
    "MS:219": "The recipient's phone has a reception exception.",
    "MS:1106": "The recipient's phone is powered off.",
    "NOPASS": "The message is blocked by the carrier manually.",
    "PBDQ": "The carrier's gateway is exceptional.",
    "RDBLACK": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "R:00000": "The recipient's mobile number does not exist.",
    "R:00001": "The recipient's mobile number does not exist.",
    "R:00005": "The recipient's mobile number is suspended.",
    "R:00006": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "R:00008": "The recipient's mobile number does not exist.",
    "R:00011": "The recipient's phone is powered off.",
    "R:00012": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "R:00013": "The recipient's mobile number is out of service.",
    "R:00023": "The recipient's phone is powered off.",
    "R:00056": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "R:00061": "The recipient's mobile number is suspended.",
    "R:00102": "The recipient's mobile number is out of service.",
    "R:00104": "The recipient's mobile number does not exist.",
    "R:00168": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "R:00601": "The recipient's mobile number is suspended.",
    "R:00602": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "R:00660": "The recipient's mobile number does not exist.",
    "REFUSED": "The frequency limit is reached.",
    "REJECT": "The message is rejected by the carrier manually.",
    "REJECTDS174S": "The recipient's phone has a reception exception.",
    "REJECTDS255S": "The recipient's phone has a reception exception.",
    "REJECTDS706S": "The recipient's phone is powered off, which causes data retention.",
    "REJECTDS726S": "The recipient's phone has a reception exception.",
    "REJECTDS900S": "The recipient's phone has a cache exception.",
    "REJECTE": "The message is blocked by the carrier manually.",
    "ROUTEERR": "The carrier's gateway is exceptional.",
    "S::TIMEOUT": "Submission times out.",
    "SGIP:10": "The recipient's phone is powered off.",
    "SMGP601": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "SMGP602": "The recipient's phone is powered off.",
    "SMGP603": "The recipient's phone is powered off.",
    "SMGP609": "The carrier's gateway is exceptional.",
    "SMGP614": "The recipient's phone has a reception exception.",
    "SMGP615": "The recipient's phone has a reception exception.",
    "SMGP624": "The frequency limit is reached.",
    "SMGP627": "The recipient's phone has a reception exception.",
    "SMGP628": "The recipient's mobile number is suspended.",
    "SMGP634": "The recipient's mobile number is suspended.",
    "SMGP640": "The recipient's mobile number does not exist.",
    "SMGP660": "The carrier's gateway is exceptional.",
    "SMGP701": "The recipient's mobile number does not exist.",
    "SMGP702": "The recipient's phone is powered off.",
    "SMGP703": "The recipient's phone is powered off.",
    "SMGP704": "The carrier's gateway is exceptional.",
    "SMGP705": "The recipient's mobile number is out of service.",
    "SMGP713": "The recipient's phone has a reception exception.",
    "SMGP714": "The recipient's phone has a cache exception.",
    "SMGP726": "The recipient's phone is exceptional.",
    "SMGP728": "The recipient's phone is exceptional.",
    "SMGP730": "The recipient's phone is exceptional.",
    "SMGP801": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "SMGP802": "The recipient's phone is powered off.",
    "SMGP815": "The recipient's mobile number is out of service.",
    "SMGP840": "The recipient's mobile number does not exist.",
    "SMGPERR:1": "The recipient's phone is exceptional.",
    "SMGPERR:10": "The carrier's gateway is exceptional.",
    "SMGPERR:11": "The carrier's gateway is exceptional.",
    "SMGPERR:12": "The carrier's gateway is exceptional.",
    "SMGPERR:13": "The carrier's gateway is exceptional.",
    "SMGPERR:14": "The carrier's gateway is exceptional.",
    "SMGPERR:15": "The carrier's gateway is exceptional.",
    "SMGPERR:16": "The carrier's gateway is exceptional.",
    "SMGPERR:17": "The carrier's gateway is exceptional.",
    "SMGPERR:18": "The carrier's gateway is exceptional.",
    "SMGPERR:19": "The carrier's gateway is exceptional.",
    "SMGPERR:2": "The carrier's gateway is exceptional.",
    "SMGPERR:20": "The carrier's gateway is exceptional.",
    "SMGPERR:21": "The carrier's gateway is exceptional.",
    "SMGPERR:22": "The carrier's gateway is exceptional.",
    "SMGPERR:23": "The carrier's gateway is exceptional.",
    "SMGPERR:24": "The carrier's gateway is exceptional.",
    "SMGPERR:25": "The carrier's gateway is exceptional.",
    "SMGPERR:26": "The carrier's gateway is exceptional.",
    "SMGPERR:27": "The carrier's gateway is exceptional.",
    "SMGPERR:28": "The carrier's gateway is exceptional.",
    "SMGPERR:29": "The carrier's gateway is exceptional.",
    "SMGPERR:3": "The carrier's gateway is exceptional.",
    "SMGPERR:30": "The carrier's gateway is exceptional.",
    "SMGPERR:31": "The carrier's gateway is exceptional.",
    "SMGPERR:32": "The carrier's gateway is exceptional.",
    "SMGPERR:33": "The carrier's gateway is exceptional.",
    "SMGPERR:34": "The carrier's gateway is exceptional.",
    "SMGPERR:35": "The carrier's gateway is exceptional.",
    "SMGPERR:36": "The carrier's gateway is exceptional.",
    "SMGPERR:37": "The carrier's gateway is exceptional.",
    "SMGPERR:38": "The carrier's gateway is exceptional.",
    "SMGPERR:39": "The carrier's gateway is exceptional.",
    "SMGPERR:4": "The carrier's gateway is exceptional.",
    "SMGPERR:40": "The carrier's gateway is exceptional.",
    "SMGPERR:43": "The carrier's gateway is exceptional.",
    "SMGPERR:44": "The carrier's gateway is exceptional.",
    "SMGPERR:45": "The carrier's gateway is exceptional.",
    "SMGPERR:46": "The carrier's gateway is exceptional.",
    "SMGPERR:47": "The carrier's gateway is exceptional.",
    "SMGPERR:48": "The carrier's gateway is exceptional.",
    "SMGPERR:49": "The carrier's gateway is exceptional.",
    "SMGPERR:50": "The carrier's gateway is exceptional.",
    "SMGPERR:51": "The carrier's gateway is exceptional.",
    "SMGPERR:52": "The carrier's gateway is exceptional.",
    "SMGPERR:53": "The carrier's gateway is exceptional.",
    "SMGPERR:54": "The carrier's gateway is exceptional.",
    "SMGPERR:55": "The carrier's gateway is exceptional.",
    "SMGPERR:56": "The carrier's gateway is exceptional.",
    "SPMSERR:10": "The recipient's mobile number does not exist.",
    "SPMSERR:11": "The recipient's mobile number is suspended.",
    "SPMSERR:12": "The carrier's gateway is exceptional.",
    "SPMSERR:13": "The carrier's gateway is exceptional.",
    "SPMSERR:14": "The carrier's gateway is exceptional.",
    "SPMSERR:15": "The carrier's gateway is exceptional.",
    "SPMSERR:16": "The carrier's gateway is exceptional.",
    "SPMSERR:25": "The carrier's gateway is exceptional.",
    "SPMSERR:30": "The carrier's gateway is exceptional.",
    "SPMSERR:31": "The carrier's gateway is exceptional.",
    "SPMSERR:99": "The carrier's gateway is exceptional.",
    "SUBFAIL": "The carrier's gateway is exceptional.",
    "SUPERWD": (
        "The recipient's mobile number does not exist or is out of service, or "
        "the recipient's phone is powered off."
    ),
    "SWITCH": "China Telecom does not support sending marketing SMS.",
    "TIMEUP": "The carrier's gateway is exceptional.",
    "UNDELIV_60": "The recipient's mobile number is suspended.",
    "UNDELIV_64": "The recipient's mobile number does not exist.",
    "UNDELIV_70": "The recipient's mobile number is suspended.",
    "UNDELIV_80": "The recipient's mobile number is suspended.",
    "UNDELIVS001S": "The recipient's mobile number does not exist.",
    "UNDELIVS010S": "The recipient's phone is powered off.",
    "UNDELIVS601S": "The recipient's mobile number does not exist.",
    "UNDELIVS602S": "The recipient's phone is powered off.",
    "UNDELIVS606S": "The message is blocked by the carrier's gateway.",
    "UNDELIVS608S": "The carrier is exceptional internally.",
    "UNDELIVS612S": (
        "The recipient's phone has a reception exception. The recipient is "
        "recommended to restart the phone."
    ),
    "UNDELIVS613S": "The recipient's phone has a reception exception.",
    "UNDELIVS614S": (
        "No acknowledgment information is received. The recipient is "
        "recommended to clear the phone cache."
    ),
    "UNDELIVS615S": "The recipient's phone has a reception exception.",
    "UNDELIVS616S": "The recipient's phone has a reception exception.",
    "UNDELIVS617S": "The recipient's phone has a reception exception.",
    "UNDELIVS618S": "The recipient's phone has a reception exception.",
    "UNDELIVS619S": "The recipient's phone has a reception exception.",
    "UNDELIVS620S": "The recipient's phone has a reception exception.",
    "UNDELIVS622S": "The recipient's phone has a reception exception.",
    "UNDELIVS625S": "The recipient's phone has a reception exception.",
    "UNDELIVS627S": "The recipient's phone has a reception exception.",
    "UNDELIVS634S": "The recipient's phone has a reception exception.",
    "UNDELIVS636S": "The recipient's phone has a reception exception.",
    "UNDELIVS640S": "The recipient's mobile number does not exist.",
    "UNDELIVS650S": "The recipient's phone has a reception exception.",
    "UNDELIVS660S": "The message is blocked as it hits a keyword.",
    "UNDELIVS680S": "The recipient's mobile number is out of service.",
    "UNDELIVS701S": "The recipient's mobile number does not exist or is out of service.",
    "UNDELIVS702S": "The recipient's phone has a reception exception.",
    "UNDELIVS704S": "The recipient's mobile number does not exist.",
    "UNDELIVS705S": "The recipient's mobile number is out of service.",
    "UNDELIVS706S": "The recipient's phone is powered off.",
    "UNDELIVS707S": "The recipient's phone has a reception exception.",
    "UNDELIVS711S": "The recipient's phone has a reception exception.",
    "UNDELIVS712S": "The recipient's phone has a reception exception.",
    "UNDELIVS713S": (
        "No acknowledgment information is received. The recipient is "
        "recommended to clear the phone cache."
    ),
    "UNDELIVS714S": "The recipient's phone has a reception exception.",
    "UNDELIVS716S": "The recipient's phone has a reception exception.",
    "UNDELIVS717S": "The recipient's phone has a reception exception.",
    "UNDELIVS718S": "The recipient's phone has poor reception when the message is sent.",
    "UNDELIVS719S": "The recipient's phone has a reception exception.",
    "UNDELIVS721S": "The recipient's phone has a reception exception.",
    "UNDELIVS726S": "The recipient's phone has a reception exception.",
    "UNDELIVS730S": "The recipient's phone has a reception exception.",
    "UNDELIVS731S": (
        "No acknowledgment information is received. The recipient is "
        "recommended to clear the phone cache."
    ),
    "UNDELIVS761S": "The recipient's phone has a reception exception.",
    "UNDELIVS762S": "The recipient's phone has a reception exception.",
    "UNDELIVS764S": "The recipient's phone is powered off.",
    "UNDELIVS765S": "The recipient's mobile number does not exist.",
    "UNDELIVS766S": "The recipient's phone is powered off.",
    "UNDELIVS767S": (
        "The recipient's mobile number is out of service, or the recipient's "
        "phone is powered off."
    ),
    "UNDELIVS768S": "The recipient's phone has a reception exception.",
    "UNDELIVS771S": "The recipient's mobile number does not exist.",
    "UNDELIVS779S": "The recipient's phone has a reception exception.",
    "UNDELIVS801S": "The recipient's mobile number is out of service.",
    "UNDELIVS802S": "The recipient's phone is powered off.",
    "UNDELIVS812S": "The recipient's phone has a reception exception.",
    "UNDELIVS813S": "The recipient's phone has a reception exception.",
    "UNDELIVS814S": "The recipient's phone is powered off when the message is sent.",
    "UNDELIVS815S": "The recipient's phone is exceptional.",
    "UNDELIVS817S": "The recipient's phone has a reception exception.",
    "UNDELIVS819S": "The recipient's phone has a reception exception.",
    "UNDELIVS822S": "The recipient's phone has a reception exception.",
    "UNDELIVS827S": "The recipient's phone has a reception exception.",
    "UNDELIVS836S": "The recipient's phone has a reception exception.",
    "UNDELIVS860S": "The recipient's mobile number does not exist.",
    "UNDELIVS869S": "The recipient's mobile number is out of service.",
    "UNDELIVS870S": "The recipient's mobile number does not exist.",
    "UNDELIVS880S": (
        "The recipient's phone is exceptional. The recipient is recommended to "
        "clear the cache and try again."
    ),
    "UNDELIVS899S": "No response is returned when the message is sent.",
    "UNDELIVS908S": "Message sending is jammed during peak hours.",
    "UNDELIVS999S": "The recipient's phone is powered off.",
    "UNKNOWN879S": "The recipient's phone has a reception exception.",
    "WZ:9413": "The frequency limit is reached.",
    "ZZ:9023": ("The carrier's frequency limit (one message every three days) is " "reached."),
}
