# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Errors raised by tcsms.

``TencentCloudError`` is the base of everything. ``ServerError`` and its subclasses are errors the
service returned: one class per documented code under a class per category, so
``except LimitExceeded`` catches every ``LimitExceeded.*`` code. A code this version does not know
falls back to its category's class. Client-side problems (validation, network, unreadable
responses) are ``ClientError`` subclasses.
"""

from __future__ import annotations

from tcsms._exceptions import (
    ClientError,
    CredentialsError,
    CredentialsServiceError,
    NetworkError,
    RequestTimeoutError,
    ResponseParseError,
    ResponseTooLargeError,
    ServerError,
    TencentCloudError,
    ValidationError,
)

__all__ = [
    "ERRORS_BY_CODE",
    "ActionOffline",
    "AuthFailure",
    "AuthFailureInvalidAuthorization",
    "AuthFailureInvalidSecretId",
    "AuthFailureMFAFailure",
    "AuthFailureSecretIdNotFound",
    "AuthFailureSignatureExpire",
    "AuthFailureSignatureFailure",
    "AuthFailureTokenFailure",
    "AuthFailureUnauthorizedOperation",
    "ClientError",
    "CredentialsError",
    "CredentialsServiceError",
    "DryRunOperation",
    "FailedOperation",
    "FailedOperationContainSensitiveWord",
    "FailedOperationFailResolvePacket",
    "FailedOperationForbidAddMarketingTemplates",
    "FailedOperationInsufficientBalanceInSmsPackage",
    "FailedOperationJsonParseFail",
    "FailedOperationMarketingSendTimeConstraint",
    "FailedOperationMissingSignature",
    "FailedOperationMissingSignatureList",
    "FailedOperationMissingSignatureToModify",
    "FailedOperationMissingTemplateList",
    "FailedOperationMissingTemplateToModify",
    "FailedOperationNotEnterpriseCertification",
    "FailedOperationOtherError",
    "FailedOperationParametersOtherError",
    "FailedOperationPhoneNumberInBlacklist",
    "FailedOperationPhoneNumberParseFail",
    "FailedOperationProhibitSubAccountUse",
    "FailedOperationSignIdNotExist",
    "FailedOperationSignNumberLimit",
    "FailedOperationSignatureIncorrectOrUnapproved",
    "FailedOperationTemplateAlreadyPassedCheck",
    "FailedOperationTemplateIdNotExist",
    "FailedOperationTemplateIncorrectOrUnapproved",
    "FailedOperationTemplateNumberLimit",
    "FailedOperationTemplateParamSetNotMatchApprovedTemplate",
    "FailedOperationTemplateUnapprovedOrNotExist",
    "InternalError",
    "InternalErrorJsonParseFail",
    "InternalErrorOtherError",
    "InternalErrorParseBackendResponseFail",
    "InternalErrorRequestTimeException",
    "InternalErrorRestApiInterfaceNotExist",
    "InternalErrorSendAndRecvFail",
    "InternalErrorSigFieldMissing",
    "InternalErrorSigVerificationFail",
    "InternalErrorTimeout",
    "InternalErrorUnknownError",
    "InternalServerError",
    "InvalidAction",
    "InvalidParameter",
    "InvalidParameterAppidAndBizId",
    "InvalidParameterDirtyWordFound",
    "InvalidParameterInvalidParameters",
    "InvalidParameterValue",
    "InvalidParameterValueBeginTimeVerifyFail",
    "InvalidParameterValueContentLengthLimit",
    "InvalidParameterValueEndTimeVerifyFail",
    "InvalidParameterValueImageInvalid",
    "InvalidParameterValueIncorrectPhoneNumber",
    "InvalidParameterValueInvalidDocumentType",
    "InvalidParameterValueInvalidInternational",
    "InvalidParameterValueInvalidSignPurpose",
    "InvalidParameterValueInvalidStartTime",
    "InvalidParameterValueInvalidTemplateFormat",
    "InvalidParameterValueInvalidUsedMethod",
    "InvalidParameterValueLimitVerifyFail",
    "InvalidParameterValueMarketingTemplateWithoutUnsubscribe",
    "InvalidParameterValueOffsetVerifyFail",
    "InvalidParameterValueProhibitedUseUrlInTemplateParameter",
    "InvalidParameterValueSdkAppIdNotExist",
    "InvalidParameterValueSignAlreadyPassedCheck",
    "InvalidParameterValueSignExistAndUnapproved",
    "InvalidParameterValueSignNameLengthTooLong",
    "InvalidParameterValueTemplateParameterFormatError",
    "InvalidParameterValueTemplateParameterLengthLimit",
    "InvalidParameterValueTemplateWithDirtyWords",
    "InvalidRequest",
    "IpInBlacklist",
    "IpNotInWhitelist",
    "LimitExceeded",
    "LimitExceededAppCountryOrRegionDailyLimit",
    "LimitExceededAppCountryOrRegionInBlacklist",
    "LimitExceededAppDailyLimit",
    "LimitExceededAppGlobalDailyLimit",
    "LimitExceededAppMainlandChinaDailyLimit",
    "LimitExceededDailyLimit",
    "LimitExceededDeliveryFrequencyLimit",
    "LimitExceededPhoneNumberCountLimit",
    "LimitExceededPhoneNumberDailyLimit",
    "LimitExceededPhoneNumberOneHourLimit",
    "LimitExceededPhoneNumberSameContentDailyLimit",
    "LimitExceededPhoneNumberThirtySecondLimit",
    "MissingParameter",
    "MissingParameterEmptyPhoneNumberSet",
    "NetworkError",
    "NoSuchProduct",
    "NoSuchVersion",
    "RequestLimitExceeded",
    "RequestLimitExceededGlobalRegionUinLimitExceeded",
    "RequestLimitExceededIPLimitExceeded",
    "RequestLimitExceededUinLimitExceeded",
    "RequestSizeLimitExceeded",
    "RequestTimeoutError",
    "ResourceInUse",
    "ResourceInsufficient",
    "ResourceNotFound",
    "ResourceUnavailable",
    "ResponseParseError",
    "ResponseSizeLimitExceeded",
    "ResponseTooLargeError",
    "ServerError",
    "ServiceUnavailable",
    "TencentCloudError",
    "UnauthorizedOperation",
    "UnauthorizedOperationIndividualUserMarketingSmsPermissionDeny",
    "UnauthorizedOperationRequestIpNotInWhitelist",
    "UnauthorizedOperationRequestPermissionDeny",
    "UnauthorizedOperationSdkAppIdsDisabled",
    "UnauthorizedOperationServiceSuspendDueToArrears",
    "UnauthorizedOperationSmsSdkAppIdVerifyFail",
    "UnknownParameter",
    "UnsupportedOperation",
    "UnsupportedOperationChineseMainlandTemplateToGlobalPhone",
    "UnsupportedOperationContainDomesticAndInternationalPhoneNumber",
    "UnsupportedOperationGlobalTemplateToChineseMainlandPhone",
    "UnsupportedOperationUnsupportedRegion",
    "UnsupportedProtocol",
    "UnsupportedRegion",
    "ValidationError",
    "from_code",
]


class ActionOffline(ServerError):
    """This API has been deprecated."""


class AuthFailure(ServerError):
    """AuthFailure error."""


class AuthFailureInvalidAuthorization(AuthFailure):
    """Authorization in the request header is invalid."""


class AuthFailureInvalidSecretId(AuthFailure):
    """Invalid key (not a TencentCloud API key type)."""


class AuthFailureMFAFailure(AuthFailure):
    """MFA failed."""


class AuthFailureSecretIdNotFound(AuthFailure):
    """Key does not exist. Check if the key has been deleted or disabled in the console, and if
    not, check if the key is correctly entered. Note that whitespaces should not exist before or
    after the key."""


class AuthFailureSignatureExpire(AuthFailure):
    """Signature expired. Timestamp and server time cannot differ by more than five minutes.
    Please ensure your current local time matches the standard time."""


class AuthFailureSignatureFailure(AuthFailure):
    """Invalid signature. Signature calculation error. Please ensure you've followed the
    signature calculation process described in the Signature API documentation."""


class AuthFailureTokenFailure(AuthFailure):
    """Token error."""


class AuthFailureUnauthorizedOperation(AuthFailure):
    """The request is not authorized. For more information, see the CAM documentation."""


class DryRunOperation(ServerError):
    """DryRun Operation. It means that the request would have succeeded, but the DryRun parameter
    was used."""


class FailedOperation(ServerError):
    """Operation failed."""


class FailedOperationContainSensitiveWord(FailedOperation):
    """The SMS message contains sensitive words. You can contact SMS Helper for assistance."""


class FailedOperationFailResolvePacket(FailedOperation):
    """Failed to parse the request packet. Usually, this is because that the API specification
    was not followed. Please see Detailed Explanation of Request Body Parsing Error 1004."""


class FailedOperationForbidAddMarketingTemplates(FailedOperation):
    """Individual users cannot apply for sending marketing SMS messages."""


class FailedOperationInsufficientBalanceInSmsPackage(FailedOperation):
    """The package balance is insufficient. Please purchase an SMS package."""


class FailedOperationJsonParseFail(FailedOperation):
    """Failed to parse the request body."""


class FailedOperationMarketingSendTimeConstraint(FailedOperation):
    """Marketing SMS messages can only be sent between 8:00 and 22:00 in order not to disturb
    recipients."""


class FailedOperationMissingSignature(FailedOperation):
    """You cannot apply for a template before you apply for a signature. Please create a
    signature first as instructed in Creating Signature."""


class FailedOperationMissingSignatureList(FailedOperation):
    """Unable to identify the signature. Please check whether the signature has been approved.
    For more information, see the signature approval section in Getting Started."""


class FailedOperationMissingSignatureToModify(FailedOperation):
    """This signature ID has not been submitted for approval or does not exist, so it cannot be
    modified. Please check whether the SignId is entered correctly."""


class FailedOperationMissingTemplateList(FailedOperation):
    """Unable to identify the template. Please check whether the template has been approved. For
    more information, see the template approval section in Getting Started."""


class FailedOperationMissingTemplateToModify(FailedOperation):
    """This template ID has not been submitted for approval or does not exist, so it cannot be
    modified. Please check whether the TemplateId is entered correctly."""


class FailedOperationNotEnterpriseCertification(FailedOperation):
    """Individual users cannot use the APIs related to signatures and templates. You can change
    your account identity type to enterprise as instructed here. The change will take effect in
    about one hour."""


class FailedOperationOtherError(FailedOperation):
    """Other error. Usually, this is because that the carried parameter is non-compliant. For
    more information, see the API description. If necessary, you can contact SMS Helper for
    assistance."""


class FailedOperationParametersOtherError(FailedOperation):
    """Unknown error. If necessary, you can contact SMS Helper for assistance."""


class FailedOperationPhoneNumberInBlacklist(FailedOperation):
    """The mobile number is in the opt-out list. This may be because the recipient has
    unsubscribed from your service or the mobile number is in the carrier's opt-out list. To
    solve this problem, contact SMS Helper."""


class FailedOperationPhoneNumberParseFail(FailedOperation):
    """Failed to parse the mobile number. Please check whether it meets the E.164 standard."""


class FailedOperationProhibitSubAccountUse(FailedOperation):
    """Non-Root accounts cannot use the template list pull feature. You can use the TencentCloud
    API key of your root account to call the API."""


class FailedOperationSignIdNotExist(FailedOperation):
    """The signature ID does not exist."""


class FailedOperationSignNumberLimit(FailedOperation):
    """The number of signatures has reached the maximum value."""


class FailedOperationSignatureIncorrectOrUnapproved(FailedOperation):
    """The signature is not approved or in an incorrect format. (1) Log in to the SMS console and
    check whether the signature has been approved; (2) Check whether the signature is in
    compliance with the format specification, that is, it can contain 2–12 letters and digits. If
    you have any questions, contact SMS Helper for assistance."""


class FailedOperationTemplateAlreadyPassedCheck(FailedOperation):
    """This template has been approved and cannot be modified again."""


class FailedOperationTemplateIdNotExist(FailedOperation):
    """The template ID does not exist."""


class FailedOperationTemplateIncorrectOrUnapproved(FailedOperation):
    """The template has not been approved or its content does not match that of the approved
    template. (1) Please log in to the SMS console to check whether the template has been
    reviewed and approved. (2) Please click here to check whether the template format is correct.
    If you have any questions, contact SMS Helper."""


class FailedOperationTemplateNumberLimit(FailedOperation):
    """The number of templates has reached the maximum value."""


class FailedOperationTemplateParamSetNotMatchApprovedTemplate(FailedOperation):
    """The request content does not match that of the approved template. Please check whether the
    number of parameters in the request is consistent with that in the approved template. If you
    have any questions, contact SMS Helper."""


class FailedOperationTemplateUnapprovedOrNotExist(FailedOperation):
    """The template has not been approved or does not exist. Please log in to the SMS console to
    check whether the template has been reviewed and approved. If you have any questions, contact
    SMS Helper."""


class InternalError(ServerError):
    """Internal error."""


class InternalErrorJsonParseFail(InternalError):
    """Failed to parse the user parameter. You can contact SMS Helper for assistance."""


class InternalErrorOtherError(InternalError):
    """Other error. You can contact SMS Helper and provide the failed mobile number for
    assistance."""


class InternalErrorParseBackendResponseFail(InternalError):
    """Failed to parse the carrier's response packet. Please contact SMS Helper for assistance."""


class InternalErrorRequestTimeException(InternalError):
    """The request was initiated in an exceptional time. Usually, this is because that the
    difference between your server time and Tencent Cloud server time exceeds 10 minutes. Please
    check whether the server time and the time field in the API are correct."""


class InternalErrorRestApiInterfaceNotExist(InternalError):
    """This RESTful API does not exist. Please check the RESTful API description."""


class InternalErrorSendAndRecvFail(InternalError):
    """The API timed out or SMS packet sending/receiving timed out. You need to check whether
    your network jitters or contact SMS Helper for assistance."""


class InternalErrorSigFieldMissing(InternalError):
    """The request body in the backend body does not have a Sig field or the Sig field is empty."""


class InternalErrorSigVerificationFail(InternalError):
    """Backend check of Sig failed."""


class InternalErrorTimeout(InternalError):
    """The request to deliver an SMS message timed out. Please see Detailed Explanation of Error
    60008."""


class InternalErrorUnknownError(InternalError):
    """Unknown error."""


class InternalServerError(ServerError):
    """Internal error."""


class InvalidAction(ServerError):
    """The API does not exist."""


class InvalidParameter(ServerError):
    """Incorrect parameter."""


class InvalidParameterAppidAndBizId(InvalidParameter):
    """The account does not match the application ID."""


class InvalidParameterDirtyWordFound(InvalidParameter):
    """There are sensitive words."""


class InvalidParameterInvalidParameters(InvalidParameter):
    """Invalid parameter. If you have any questions, contact SMS Helper."""


class InvalidParameterValue(ServerError):
    """Invalid parameter value."""


class InvalidParameterValueBeginTimeVerifyFail(InvalidParameterValue):
    """BeginTime parameter check failed."""


class InvalidParameterValueContentLengthLimit(InvalidParameterValue):
    """The content of the requested SMS message is too long. For message length calculation rule,
    please see SMS Length Calculation Rule."""


class InvalidParameterValueEndTimeVerifyFail(InvalidParameterValue):
    """EndTime parameter check failed."""


class InvalidParameterValueImageInvalid(InvalidParameterValue):
    """The format of the uploaded transcoded image is incorrect. See the description of this
    field in the API description. If necessary, you can contact SMS Helper for assistance."""


class InvalidParameterValueIncorrectPhoneNumber(InvalidParameterValue):
    """Incorrect mobile number format"""


class InvalidParameterValueInvalidDocumentType(InvalidParameterValue):
    """DocumentType field check failed. See the description of this field in the API description.
    If necessary, you can contact SMS Helper for assistance."""


class InvalidParameterValueInvalidInternational(InvalidParameterValue):
    """International field check failed. See the description of this field in the API
    description. If necessary, you can contact SMS Helper for assistance."""


class InvalidParameterValueInvalidSignPurpose(InvalidParameterValue):
    """SignPurpose field check failed. See the description of this field in the API description.
    If necessary, you can contact SMS Helper for assistance."""


class InvalidParameterValueInvalidStartTime(InvalidParameterValue):
    """Invalid start time or end time. The reason may be that the requested SendDateTime is later
    than EndDateTime."""


class InvalidParameterValueInvalidTemplateFormat(InvalidParameterValue):
    """The template format is incorrect. For more information, please see Body Template Review
    Standards."""


class InvalidParameterValueInvalidUsedMethod(InvalidParameterValue):
    """UsedMethod field check failed. See the description of this field in the API description.
    If necessary, you can contact SMS Helper for assistance."""


class InvalidParameterValueLimitVerifyFail(InvalidParameterValue):
    """Limit parameter check failed."""


class InvalidParameterValueMarketingTemplateWithoutUnsubscribe(InvalidParameterValue):
    """Marketing messages must include an unsubscribe method."""


class InvalidParameterValueOffsetVerifyFail(InvalidParameterValue):
    """Offset parameter check failed."""


class InvalidParameterValueProhibitedUseUrlInTemplateParameter(InvalidParameterValue):
    """URLs are not allowed in template variables."""


class InvalidParameterValueSdkAppIdNotExist(InvalidParameterValue):
    """The SdkAppId does not exist."""


class InvalidParameterValueSignAlreadyPassedCheck(InvalidParameterValue):
    """This signature has been approved and cannot be modified again."""


class InvalidParameterValueSignExistAndUnapproved(InvalidParameterValue):
    """The same signature pending review already exists."""


class InvalidParameterValueSignNameLengthTooLong(InvalidParameterValue):
    """Too much signature content"""


class InvalidParameterValueTemplateParameterFormatError(InvalidParameterValue):
    """The parameter format of the verification code template is incorrect. For a verification
    code template, only 0–6 digits can be passed in as the template variable."""


class InvalidParameterValueTemplateParameterLengthLimit(InvalidParameterValue):
    """There are more than 12 characters in a single template variable. There is no upper limit
    of variable characters for enterprise users. You can change your account identity type to
    enterprise as instructed here. The limit change will take effect in about one hour."""


class InvalidParameterValueTemplateWithDirtyWords(InvalidParameterValue):
    """The template content contains sensitive words. For more information, please see Body
    Template Review Standards."""


class InvalidRequest(ServerError):
    """The multipart format of the request body is incorrect."""


class IpInBlacklist(ServerError):
    """Your IP is in uin IP blacklist."""


class IpNotInWhitelist(ServerError):
    """Your IP is not in uin IP whitelist."""


class LimitExceeded(ServerError):
    """Quota limit exceeded."""


class LimitExceededAppCountryOrRegionDailyLimit(LimitExceeded):
    """The number of Global SMS messages sent to the specified country/region per day has
    exceeded the preset limit. You can adjust the message sending limit in Application Management
    > Basic Configuration in the SMS console."""


class LimitExceededAppCountryOrRegionInBlacklist(LimitExceeded):
    """The Global SMS message failed to be sent because the recipient country/region is not
    included in the specified country/region list. You can adjust the country/region list in
    Application Management > Basic Configuration in the SMS console."""


class LimitExceededAppDailyLimit(LimitExceeded):
    """The number of SMS messages delivered on the current day exceeds the set upper limit. You
    can adjust the SMS delivery rate limit policy in the console."""


class LimitExceededAppGlobalDailyLimit(LimitExceeded):
    """The number of Global SMS messages sent per day has exceeded the preset limit. You can
    adjust the message sending threshold in Application Management > Basic Configuration in the
    SMS console."""


class LimitExceededAppMainlandChinaDailyLimit(LimitExceeded):
    """The number of Chinese Mainland SMS messages sent per day has exceeded the preset limit.
    You can adjust the message sending threshold in Application Management > Basic Configuration
    in the SMS console."""


class LimitExceededDailyLimit(LimitExceeded):
    """The number of SMS messages delivered on the current day exceeds the set upper limit (for
    Global SMS). If you want to adjust the limit, you can contact SMS Helper for assistance."""


class LimitExceededDeliveryFrequencyLimit(LimitExceeded):
    """The SMS delivery hits the delivery rate limit policy. You can adjust the policy in the
    console. If you have other requirements, you can contact SMS Helper for assistance."""


class LimitExceededPhoneNumberCountLimit(LimitExceeded):
    """The number of mobile numbers you query at a time exceeds 200. Please refer to the input
    parameter PhoneNumberSet."""


class LimitExceededPhoneNumberDailyLimit(LimitExceeded):
    """The number of SMS messages delivered to a single mobile number on the current day exceeds
    the set upper limit. You can adjust the SMS delivery rate limit policy in the console."""


class LimitExceededPhoneNumberOneHourLimit(LimitExceeded):
    """The number of SMS messages delivered to a single mobile number within 1 hour exceeds the
    set upper limit. You can adjust the SMS delivery rate limit policy in the console."""


class LimitExceededPhoneNumberSameContentDailyLimit(LimitExceeded):
    """The number of identical SMS messages delivered to a single mobile number exceeds the set
    upper limit. You can adjust the SMS delivery rate limit policy in the console."""


class LimitExceededPhoneNumberThirtySecondLimit(LimitExceeded):
    """The number of SMS messages delivered to a single mobile number within 30 seconds exceeds
    the set upper limit. You can adjust the SMS delivery rate limit policy in the console"""


class MissingParameter(ServerError):
    """A parameter is missing."""


class MissingParameterEmptyPhoneNumberSet(MissingParameter):
    """The list of mobile numbers passed in is empty. Please check whether numbers are present in
    your parameters."""


class NoSuchProduct(ServerError):
    """The product does not exist."""


class NoSuchVersion(ServerError):
    """The API version does not exist."""


class RequestLimitExceeded(ServerError):
    """The number of requests exceeds the frequency limit."""


class RequestLimitExceededGlobalRegionUinLimitExceeded(RequestLimitExceeded):
    """Uin exceeds the frequency limit."""


class RequestLimitExceededIPLimitExceeded(RequestLimitExceeded):
    """The number of ip requests exceeds the frequency limit."""


class RequestLimitExceededUinLimitExceeded(RequestLimitExceeded):
    """The number of uin requests exceeds the frequency limit."""


class RequestSizeLimitExceeded(ServerError):
    """The request size exceeds the upper limit."""


class ResourceInUse(ServerError):
    """Resource is in use."""


class ResourceInsufficient(ServerError):
    """Insufficient resource."""


class ResourceNotFound(ServerError):
    """The resource does not exist."""


class ResourceUnavailable(ServerError):
    """Resource is unavailable."""


class ResponseSizeLimitExceeded(ServerError):
    """The response size exceeds the upper limit."""


class ServiceUnavailable(ServerError):
    """Service is unavailable now."""


class UnauthorizedOperation(ServerError):
    """Unauthorized operation."""


class UnauthorizedOperationIndividualUserMarketingSmsPermissionDeny(UnauthorizedOperation):
    """Individual users do not have permission to send marketing SMS messages. Please see
    Differences in Rights."""


class UnauthorizedOperationRequestIpNotInWhitelist(UnauthorizedOperation):
    """The requesting IP is not in the allowlist. You have configured the verification of request
    source IP, but the current requesting IP is not in the configured allowlist. If necessary,
    you can contact SMS Helper."""


class UnauthorizedOperationRequestPermissionDeny(UnauthorizedOperation):
    """The request does not have permission. You can contact SMS Helper."""


class UnauthorizedOperationSdkAppIdsDisabled(UnauthorizedOperation):
    """This SdkAppId is forbidden to provide services. If necessary, you can contact SMS Helper."""


class UnauthorizedOperationServiceSuspendDueToArrears(UnauthorizedOperation):
    """If the service is suspended due to outstanding fees, you can log in to Tencent Cloud to
    recharge and clear the debt on your own."""


class UnauthorizedOperationSmsSdkAppIdVerifyFail(UnauthorizedOperation):
    """Failed to verify SmsSdkAppId. Please check whether SmsSdkAppId is under the account
    associated with the TencentCloud API key."""


class UnknownParameter(ServerError):
    """Unknown parameter."""


class UnsupportedOperation(ServerError):
    """Unsupported operation."""


class UnsupportedOperationChineseMainlandTemplateToGlobalPhone(UnsupportedOperation):
    """A Chinese Mainland SMS template cannot be used to sent messages to global numbers. Please
    use a Global SMS template instead."""


class UnsupportedOperationContainDomesticAndInternationalPhoneNumber(UnsupportedOperation):
    """The group message request contains both Chinese mainland numbers and international
    numbers. Please check: (1) whether the message is sent to international numbers with a
    Chinese mainland signature or template; (2) whether the message is sent to Chinese mainland
    numbers with an international signature or template."""


class UnsupportedOperationGlobalTemplateToChineseMainlandPhone(UnsupportedOperation):
    """A Global SMS template cannot be used to sent messages to Chinese mainland numbers. Please
    use a Chinese Mainland SMS template instead."""


class UnsupportedOperationUnsupportedRegion(UnsupportedOperation):
    """UnsupportedOperation.UnsupportedRegion error."""


class UnsupportedProtocol(ServerError):
    """HTTP(S) request protocol error; only GET and POST requests are supported."""


class UnsupportedRegion(ServerError):
    """API does not support the requested region."""


# Class, code, other spellings of it, and what it says about retrying (None: its category's).
_CODES: tuple[tuple[type[ServerError], str, tuple[str, ...], str | None], ...] = (
    (ActionOffline, "ActionOffline", (), None),
    (AuthFailure, "AuthFailure", (), None),
    (AuthFailureInvalidAuthorization, "AuthFailure.InvalidAuthorization", (), None),
    (AuthFailureInvalidSecretId, "AuthFailure.InvalidSecretId", (), None),
    (AuthFailureMFAFailure, "AuthFailure.MFAFailure", (), None),
    (AuthFailureSecretIdNotFound, "AuthFailure.SecretIdNotFound", (), None),
    (AuthFailureSignatureExpire, "AuthFailure.SignatureExpire", (), None),
    (AuthFailureSignatureFailure, "AuthFailure.SignatureFailure", (), None),
    (AuthFailureTokenFailure, "AuthFailure.TokenFailure", (), None),
    (AuthFailureUnauthorizedOperation, "AuthFailure.UnauthorizedOperation", (), None),
    (DryRunOperation, "DryRunOperation", (), None),
    (FailedOperation, "FailedOperation", (), None),
    (FailedOperationContainSensitiveWord, "FailedOperation.ContainSensitiveWord", (), None),
    (FailedOperationFailResolvePacket, "FailedOperation.FailResolvePacket", (), None),
    (
        FailedOperationForbidAddMarketingTemplates,
        "FailedOperation.ForbidAddMarketingTemplates",
        (),
        None,
    ),
    (
        FailedOperationInsufficientBalanceInSmsPackage,
        "FailedOperation.InsufficientBalanceInSmsPackage",
        (),
        None,
    ),
    (FailedOperationJsonParseFail, "FailedOperation.JsonParseFail", (), None),
    (
        FailedOperationMarketingSendTimeConstraint,
        "FailedOperation.MarketingSendTimeConstraint",
        (),
        None,
    ),
    (FailedOperationMissingSignature, "FailedOperation.MissingSignature", (), None),
    (FailedOperationMissingSignatureList, "FailedOperation.MissingSignatureList", (), None),
    (FailedOperationMissingSignatureToModify, "FailedOperation.MissingSignatureToModify", (), None),
    (FailedOperationMissingTemplateList, "FailedOperation.MissingTemplateList", (), None),
    (FailedOperationMissingTemplateToModify, "FailedOperation.MissingTemplateToModify", (), None),
    (
        FailedOperationNotEnterpriseCertification,
        "FailedOperation.NotEnterpriseCertification",
        (),
        None,
    ),
    (FailedOperationOtherError, "FailedOperation.OtherError", (), None),
    (FailedOperationParametersOtherError, "FailedOperation.ParametersOtherError", (), None),
    (FailedOperationPhoneNumberInBlacklist, "FailedOperation.PhoneNumberInBlacklist", (), None),
    (FailedOperationPhoneNumberParseFail, "FailedOperation.PhoneNumberParseFail", (), None),
    (FailedOperationProhibitSubAccountUse, "FailedOperation.ProhibitSubAccountUse", (), None),
    (FailedOperationSignIdNotExist, "FailedOperation.SignIdNotExist", (), None),
    (FailedOperationSignNumberLimit, "FailedOperation.SignNumberLimit", (), None),
    (
        FailedOperationSignatureIncorrectOrUnapproved,
        "FailedOperation.SignatureIncorrectOrUnapproved",
        (),
        None,
    ),
    (
        FailedOperationTemplateAlreadyPassedCheck,
        "FailedOperation.TemplateAlreadyPassedCheck",
        (),
        None,
    ),
    (FailedOperationTemplateIdNotExist, "FailedOperation.TemplateIdNotExist", (), None),
    (
        FailedOperationTemplateIncorrectOrUnapproved,
        "FailedOperation.TemplateIncorrectOrUnapproved",
        (),
        None,
    ),
    (FailedOperationTemplateNumberLimit, "FailedOperation.TemplateNumberLimit", (), None),
    (
        FailedOperationTemplateParamSetNotMatchApprovedTemplate,
        "FailedOperation.TemplateParamSetNotMatchApprovedTemplate",
        (),
        None,
    ),
    (
        FailedOperationTemplateUnapprovedOrNotExist,
        "FailedOperation.TemplateUnapprovedOrNotExist",
        (),
        None,
    ),
    (InternalError, "InternalError", (), "maybe_processed"),
    (InternalErrorJsonParseFail, "InternalError.JsonParseFail", (), "never"),
    (InternalErrorOtherError, "InternalError.OtherError", (), "maybe_processed"),
    (
        InternalErrorParseBackendResponseFail,
        "InternalError.ParseBackendResponseFail",
        (),
        "maybe_processed",
    ),
    (InternalErrorRequestTimeException, "InternalError.RequestTimeException", (), "never"),
    (InternalErrorRestApiInterfaceNotExist, "InternalError.RestApiInterfaceNotExist", (), "never"),
    (InternalErrorSendAndRecvFail, "InternalError.SendAndRecvFail", (), "maybe_processed"),
    (InternalErrorSigFieldMissing, "InternalError.SigFieldMissing", (), "never"),
    (InternalErrorSigVerificationFail, "InternalError.SigVerificationFail", (), "never"),
    (InternalErrorTimeout, "InternalError.Timeout", (), "maybe_processed"),
    (InternalErrorUnknownError, "InternalError.UnknownError", (), "maybe_processed"),
    (InternalServerError, "InternalServerError", (), "maybe_processed"),
    (InvalidAction, "InvalidAction", (), None),
    (InvalidParameter, "InvalidParameter", (), None),
    (InvalidParameterAppidAndBizId, "InvalidParameter.AppidAndBizId", (), None),
    (InvalidParameterDirtyWordFound, "InvalidParameter.DirtyWordFound", (), None),
    (InvalidParameterInvalidParameters, "InvalidParameter.InvalidParameters", (), None),
    (InvalidParameterValue, "InvalidParameterValue", (), None),
    (
        InvalidParameterValueBeginTimeVerifyFail,
        "InvalidParameterValue.BeginTimeVerifyFail",
        (),
        None,
    ),
    (InvalidParameterValueContentLengthLimit, "InvalidParameterValue.ContentLengthLimit", (), None),
    (InvalidParameterValueEndTimeVerifyFail, "InvalidParameterValue.EndTimeVerifyFail", (), None),
    (InvalidParameterValueImageInvalid, "InvalidParameterValue.ImageInvalid", (), None),
    (
        InvalidParameterValueIncorrectPhoneNumber,
        "InvalidParameterValue.IncorrectPhoneNumber",
        (),
        None,
    ),
    (
        InvalidParameterValueInvalidDocumentType,
        "InvalidParameterValue.InvalidDocumentType",
        (),
        None,
    ),
    (
        InvalidParameterValueInvalidInternational,
        "InvalidParameterValue.InvalidInternational",
        (),
        None,
    ),
    (InvalidParameterValueInvalidSignPurpose, "InvalidParameterValue.InvalidSignPurpose", (), None),
    (InvalidParameterValueInvalidStartTime, "InvalidParameterValue.InvalidStartTime", (), None),
    (
        InvalidParameterValueInvalidTemplateFormat,
        "InvalidParameterValue.InvalidTemplateFormat",
        (),
        None,
    ),
    (InvalidParameterValueInvalidUsedMethod, "InvalidParameterValue.InvalidUsedMethod", (), None),
    (InvalidParameterValueLimitVerifyFail, "InvalidParameterValue.LimitVerifyFail", (), None),
    (
        InvalidParameterValueMarketingTemplateWithoutUnsubscribe,
        "InvalidParameterValue.MarketingTemplateWithoutUnsubscribe",
        (),
        None,
    ),
    (InvalidParameterValueOffsetVerifyFail, "InvalidParameterValue.OffsetVerifyFail", (), None),
    (
        InvalidParameterValueProhibitedUseUrlInTemplateParameter,
        "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter",
        (),
        None,
    ),
    (InvalidParameterValueSdkAppIdNotExist, "InvalidParameterValue.SdkAppIdNotExist", (), None),
    (
        InvalidParameterValueSignAlreadyPassedCheck,
        "InvalidParameterValue.SignAlreadyPassedCheck",
        (),
        None,
    ),
    (
        InvalidParameterValueSignExistAndUnapproved,
        "InvalidParameterValue.SignExistAndUnapproved",
        (),
        None,
    ),
    (
        InvalidParameterValueSignNameLengthTooLong,
        "InvalidParameterValue.SignNameLengthTooLong",
        (),
        None,
    ),
    (
        InvalidParameterValueTemplateParameterFormatError,
        "InvalidParameterValue.TemplateParameterFormatError",
        (),
        None,
    ),
    (
        InvalidParameterValueTemplateParameterLengthLimit,
        "InvalidParameterValue.TemplateParameterLengthLimit",
        (),
        None,
    ),
    (
        InvalidParameterValueTemplateWithDirtyWords,
        "InvalidParameterValue.TemplateWithDirtyWords",
        (),
        None,
    ),
    (InvalidRequest, "InvalidRequest", (), None),
    (IpInBlacklist, "IpInBlacklist", (), None),
    (IpNotInWhitelist, "IpNotInWhitelist", (), None),
    (LimitExceeded, "LimitExceeded", (), None),
    (
        LimitExceededAppCountryOrRegionDailyLimit,
        "LimitExceeded.AppCountryOrRegionDailyLimit",
        (),
        None,
    ),
    (
        LimitExceededAppCountryOrRegionInBlacklist,
        "LimitExceeded.AppCountryOrRegionInBlacklist",
        (),
        None,
    ),
    (LimitExceededAppDailyLimit, "LimitExceeded.AppDailyLimit", (), None),
    (LimitExceededAppGlobalDailyLimit, "LimitExceeded.AppGlobalDailyLimit", (), None),
    (LimitExceededAppMainlandChinaDailyLimit, "LimitExceeded.AppMainlandChinaDailyLimit", (), None),
    (LimitExceededDailyLimit, "LimitExceeded.DailyLimit", (), None),
    (LimitExceededDeliveryFrequencyLimit, "LimitExceeded.DeliveryFrequencyLimit", (), None),
    (LimitExceededPhoneNumberCountLimit, "LimitExceeded.PhoneNumberCountLimit", (), None),
    (LimitExceededPhoneNumberDailyLimit, "LimitExceeded.PhoneNumberDailyLimit", (), None),
    (LimitExceededPhoneNumberOneHourLimit, "LimitExceeded.PhoneNumberOneHourLimit", (), None),
    (
        LimitExceededPhoneNumberSameContentDailyLimit,
        "LimitExceeded.PhoneNumberSameContentDailyLimit",
        (),
        None,
    ),
    (
        LimitExceededPhoneNumberThirtySecondLimit,
        "LimitExceeded.PhoneNumberThirtySecondLimit",
        (),
        None,
    ),
    (MissingParameter, "MissingParameter", (), None),
    (MissingParameterEmptyPhoneNumberSet, "MissingParameter.EmptyPhoneNumberSet", (), None),
    (NoSuchProduct, "NoSuchProduct", (), None),
    (NoSuchVersion, "NoSuchVersion", (), None),
    (RequestLimitExceeded, "RequestLimitExceeded", (), "not_processed"),
    (
        RequestLimitExceededGlobalRegionUinLimitExceeded,
        "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
        (),
        "not_processed",
    ),
    (
        RequestLimitExceededIPLimitExceeded,
        "RequestLimitExceeded.IPLimitExceeded",
        (),
        "not_processed",
    ),
    (
        RequestLimitExceededUinLimitExceeded,
        "RequestLimitExceeded.UinLimitExceeded",
        (),
        "not_processed",
    ),
    (RequestSizeLimitExceeded, "RequestSizeLimitExceeded", (), None),
    (ResourceInUse, "ResourceInUse", (), None),
    (ResourceInsufficient, "ResourceInsufficient", (), None),
    (ResourceNotFound, "ResourceNotFound", (), None),
    (ResourceUnavailable, "ResourceUnavailable", (), None),
    (ResponseSizeLimitExceeded, "ResponseSizeLimitExceeded", (), None),
    (ServiceUnavailable, "ServiceUnavailable", (), "maybe_processed"),
    (UnauthorizedOperation, "UnauthorizedOperation", (), None),
    (
        UnauthorizedOperationIndividualUserMarketingSmsPermissionDeny,
        "UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny",
        (),
        None,
    ),
    (
        UnauthorizedOperationRequestIpNotInWhitelist,
        "UnauthorizedOperation.RequestIpNotInWhitelist",
        (),
        None,
    ),
    (
        UnauthorizedOperationRequestPermissionDeny,
        "UnauthorizedOperation.RequestPermissionDeny",
        (),
        None,
    ),
    (
        UnauthorizedOperationSdkAppIdsDisabled,
        "UnauthorizedOperation.SdkAppIdsDisabled",
        ("UnauthorizedOperation.SdkAppIdIsDisabled",),
        None,
    ),
    (
        UnauthorizedOperationServiceSuspendDueToArrears,
        "UnauthorizedOperation.ServiceSuspendDueToArrears",
        ("UnauthorizedOperation.SerivceSuspendDueToArrears",),
        None,
    ),
    (
        UnauthorizedOperationSmsSdkAppIdVerifyFail,
        "UnauthorizedOperation.SmsSdkAppIdVerifyFail",
        (),
        None,
    ),
    (UnknownParameter, "UnknownParameter", (), None),
    (UnsupportedOperation, "UnsupportedOperation", ("UnsupportedOperation.",), None),
    (
        UnsupportedOperationChineseMainlandTemplateToGlobalPhone,
        "UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone",
        (),
        None,
    ),
    (
        UnsupportedOperationContainDomesticAndInternationalPhoneNumber,
        "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber",
        (),
        None,
    ),
    (
        UnsupportedOperationGlobalTemplateToChineseMainlandPhone,
        "UnsupportedOperation.GlobalTemplateToChineseMainlandPhone",
        (),
        None,
    ),
    (UnsupportedOperationUnsupportedRegion, "UnsupportedOperation.UnsupportedRegion", (), None),
    (UnsupportedProtocol, "UnsupportedProtocol", (), None),
    (UnsupportedRegion, "UnsupportedRegion", (), None),
)
# Descriptions the docstrings cannot carry as they are (unusual spacing).
_DESCRIPTIONS: dict[type[ServerError], str] = {}


def _describe() -> None:
    """Sets each class's code, aliases, description and retryability from the tables."""
    for error_class, code, aliases, retryable in _CODES:
        error_class.code = code
        # Always set, so a subclass never inherits its category's spellings.
        error_class.aliases = aliases
        error_class.description = _DESCRIPTIONS.get(error_class) or " ".join(
            (error_class.__doc__ or "").split()
        )
        if retryable is not None:
            error_class.retryable = retryable


_describe()

# Every documented spelling, aliases included, to its class.
ERRORS_BY_CODE: dict[str, type[ServerError]] = {
    spelling: error_class
    for error_class, code, aliases, _ in _CODES
    for spelling in (code, *aliases)
}


def from_code(code: str) -> type[ServerError]:
    """The class for ``code``: its own, an alias's, its category's, or ``ServerError``."""
    known = ERRORS_BY_CODE.get(code)
    if known is not None:
        return known
    return ERRORS_BY_CODE.get(code.split(".", 1)[0], ServerError)
