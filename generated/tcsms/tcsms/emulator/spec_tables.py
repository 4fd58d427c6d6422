# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What the emulator takes from the spec beyond the runtime's own tables.

Error messages, the error code each documented constraint is answered with, the regions the Region
parameter accepts, documented example answers and callback formats. The
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

# Action -> its first documented example answer (RequestId left out), or the smallest answer its
# documented fields allow, for actions the emulator has no behaviour of its own for.
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
