# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Typed models of Short Message Service 2021-01-11: data types, requests and responses.

Attribute names are the snake_case of the documented wire names; ``from_wire`` and ``to_wire`` map
between the two. Unknown fields in a response are kept in ``unknown_fields``, so a newer service
never breaks this version.

The annotations describe the documented answer. ``from_wire`` builds a model from whatever the
service sent: a documented field it left out is None and a value of another type is kept as
received (the client logs both, or raises with ``strict_responses=True``; see ``_decode``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tcsms._core import RawResponse

__all__ = [
    "AddSignStatus",
    "AddSmsSignRequest",
    "AddSmsSignResponse",
    "AddSmsTemplateRequest",
    "AddSmsTemplateResponse",
    "AddTemplateStatus",
    "CallbackStatusStatistics",
    "CallbackStatusStatisticsRequest",
    "CallbackStatusStatisticsResponse",
    "DeleteSignStatus",
    "DeleteSmsSignRequest",
    "DeleteSmsSignResponse",
    "DeleteSmsTemplateRequest",
    "DeleteSmsTemplateResponse",
    "DeleteTemplateStatus",
    "DescribePhoneNumberInfoRequest",
    "DescribePhoneNumberInfoResponse",
    "DescribeSignListStatus",
    "DescribeSmsSignListRequest",
    "DescribeSmsSignListResponse",
    "DescribeSmsTemplateListRequest",
    "DescribeSmsTemplateListResponse",
    "DescribeTemplateListStatus",
    "ModifySignStatus",
    "ModifySmsSignRequest",
    "ModifySmsSignResponse",
    "ModifySmsTemplateRequest",
    "ModifySmsTemplateResponse",
    "ModifyTemplateStatus",
    "PhoneNumberInfo",
    "PullSmsReplyStatus",
    "PullSmsReplyStatusByPhoneNumberRequest",
    "PullSmsReplyStatusByPhoneNumberResponse",
    "PullSmsReplyStatusRequest",
    "PullSmsReplyStatusResponse",
    "PullSmsSendStatus",
    "PullSmsSendStatusByPhoneNumberRequest",
    "PullSmsSendStatusByPhoneNumberResponse",
    "PullSmsSendStatusRequest",
    "PullSmsSendStatusResponse",
    "ReportConversionRequest",
    "ReportConversionResponse",
    "ReportConversionStatus",
    "SendSmsRequest",
    "SendSmsResponse",
    "SendStatus",
    "SendStatusStatistics",
    "SendStatusStatisticsRequest",
    "SendStatusStatisticsResponse",
]


def _shape(model: Any, value: Any) -> Any:
    """A nested data type from its JSON object; any other value is kept as received."""
    return model.from_wire(value) if isinstance(value, dict) else value


def _shape_list(model: Any, value: Any) -> Any:
    """A list of data types from JSON objects; items (or a value) of another kind are kept."""
    if not isinstance(value, list):
        return value
    return [model.from_wire(item) if isinstance(item, dict) else item for item in value]


# Data types


@dataclass(slots=True, kw_only=True)
class AddSignStatus:
    """Signature addition response

    Attributes:
        sign_id: Signature ID.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    sign_id: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> AddSignStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            sign_id=wire.get("SignId"),
            unknown_fields={k: v for k, v in data.items() if k not in _ADD_SIGN_STATUS_WIRE_NAMES},
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["SignId"] = self.sign_id
        wire.update(self.unknown_fields)
        return wire


_ADD_SIGN_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "SignId",
    }
)


@dataclass(slots=True, kw_only=True)
class AddTemplateStatus:
    """Template parameter addition response

    Attributes:
        template_id: Template ID.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    template_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> AddTemplateStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            template_id=wire.get("TemplateId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _ADD_TEMPLATE_STATUS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["TemplateId"] = self.template_id
        wire.update(self.unknown_fields)
        return wire


_ADD_TEMPLATE_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "TemplateId",
    }
)


@dataclass(slots=True, kw_only=True)
class CallbackStatusStatistics:
    """Receipt statistics response body

    Attributes:
        callback_count: Messages with receipt.
        request_success_count: Successfully submitted SMS messages.
        callback_fail_count: Failed receipts.
        callback_success_count: Successful receipts.
        internal_error_count: Carrier's internal error.
        invalid_number_count: Invalid numbers.
        shutdown_error_count: Errors such as out-of-service or power-off.
        black_list_count: Blocked mobile numbers.
        frequency_limit_count: Carrier rate limit hits.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    callback_count: int
    request_success_count: int
    callback_fail_count: int
    callback_success_count: int
    internal_error_count: int
    invalid_number_count: int
    shutdown_error_count: int
    black_list_count: int
    frequency_limit_count: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> CallbackStatusStatistics:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            callback_count=wire.get("CallbackCount"),
            request_success_count=wire.get("RequestSuccessCount"),
            callback_fail_count=wire.get("CallbackFailCount"),
            callback_success_count=wire.get("CallbackSuccessCount"),
            internal_error_count=wire.get("InternalErrorCount"),
            invalid_number_count=wire.get("InvalidNumberCount"),
            shutdown_error_count=wire.get("ShutdownErrorCount"),
            black_list_count=wire.get("BlackListCount"),
            frequency_limit_count=wire.get("FrequencyLimitCount"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _CALLBACK_STATUS_STATISTICS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["CallbackCount"] = self.callback_count
        wire["RequestSuccessCount"] = self.request_success_count
        wire["CallbackFailCount"] = self.callback_fail_count
        wire["CallbackSuccessCount"] = self.callback_success_count
        wire["InternalErrorCount"] = self.internal_error_count
        wire["InvalidNumberCount"] = self.invalid_number_count
        wire["ShutdownErrorCount"] = self.shutdown_error_count
        wire["BlackListCount"] = self.black_list_count
        wire["FrequencyLimitCount"] = self.frequency_limit_count
        wire.update(self.unknown_fields)
        return wire


_CALLBACK_STATUS_STATISTICS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "CallbackCount",
        "RequestSuccessCount",
        "CallbackFailCount",
        "CallbackSuccessCount",
        "InternalErrorCount",
        "InvalidNumberCount",
        "ShutdownErrorCount",
        "BlackListCount",
        "FrequencyLimitCount",
    }
)


@dataclass(slots=True, kw_only=True)
class DeleteSignStatus:
    """Signature deletion response

    Attributes:
        delete_status: Deletion status information.
        delete_time: Deleted time in seconds in the format of UNIX timestamp.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    delete_status: str
    delete_time: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DeleteSignStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            delete_status=wire.get("DeleteStatus"),
            delete_time=wire.get("DeleteTime"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _DELETE_SIGN_STATUS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["DeleteStatus"] = self.delete_status
        wire["DeleteTime"] = self.delete_time
        wire.update(self.unknown_fields)
        return wire


_DELETE_SIGN_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "DeleteStatus",
        "DeleteTime",
    }
)


@dataclass(slots=True, kw_only=True)
class DeleteTemplateStatus:
    """Template deletion response

    Attributes:
        delete_status: Deletion status information.
        delete_time: Deleted time in seconds in the format of UNIX timestamp.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    delete_status: str
    delete_time: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DeleteTemplateStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            delete_status=wire.get("DeleteStatus"),
            delete_time=wire.get("DeleteTime"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _DELETE_TEMPLATE_STATUS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["DeleteStatus"] = self.delete_status
        wire["DeleteTime"] = self.delete_time
        wire.update(self.unknown_fields)
        return wire


_DELETE_TEMPLATE_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "DeleteStatus",
        "DeleteTime",
    }
)


@dataclass(slots=True, kw_only=True)
class DescribeSignListStatus:
    """Response for getting SMS signature information

    Attributes:
        sign_id: Signature ID.
        international: Whether it is Global SMS. 0: Mainland China SMS; 1: Global SMS.
        status_code: Signature application status. Valid values: 0: approved; 1: under review. -1:
            application rejected or failed.
        review_reply: Review reply, i.e., response given by the reviewer, which is usually the
            reason for rejection.
        sign_name: Signature name.
        create_time: Application submission time in the format of UNIX timestamp in seconds.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    sign_id: int
    international: int
    status_code: int
    review_reply: str
    sign_name: str
    create_time: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DescribeSignListStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            sign_id=wire.get("SignId"),
            international=wire.get("International"),
            status_code=wire.get("StatusCode"),
            review_reply=wire.get("ReviewReply"),
            sign_name=wire.get("SignName"),
            create_time=wire.get("CreateTime"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _DESCRIBE_SIGN_LIST_STATUS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["SignId"] = self.sign_id
        wire["International"] = self.international
        wire["StatusCode"] = self.status_code
        wire["ReviewReply"] = self.review_reply
        wire["SignName"] = self.sign_name
        wire["CreateTime"] = self.create_time
        wire.update(self.unknown_fields)
        return wire


_DESCRIBE_SIGN_LIST_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "SignId",
        "International",
        "StatusCode",
        "ReviewReply",
        "SignName",
        "CreateTime",
    }
)


@dataclass(slots=True, kw_only=True)
class DescribeTemplateListStatus:
    """Response for getting SMS template information

    Attributes:
        template_id: Template ID.
        international: Whether it is Global SMS. 0: Mainland China SMS; 1: Global SMS.
        status_code: Template application status. Valid values: 0: approved and effective; 1: under
            review; 2: approved but to be effective; -1: application rejected or failed.
        review_reply: Review reply, i.e., response given by the reviewer, which is usually the
            reason for rejection.
        template_name: Template name.
        create_time: Application submission time in the format of UNIX timestamp in seconds.
        template_content: Template content.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    template_id: int
    international: int
    status_code: int
    review_reply: str
    template_name: str
    create_time: int
    template_content: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DescribeTemplateListStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            template_id=wire.get("TemplateId"),
            international=wire.get("International"),
            status_code=wire.get("StatusCode"),
            review_reply=wire.get("ReviewReply"),
            template_name=wire.get("TemplateName"),
            create_time=wire.get("CreateTime"),
            template_content=wire.get("TemplateContent"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _DESCRIBE_TEMPLATE_LIST_STATUS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["TemplateId"] = self.template_id
        wire["International"] = self.international
        wire["StatusCode"] = self.status_code
        wire["ReviewReply"] = self.review_reply
        wire["TemplateName"] = self.template_name
        wire["CreateTime"] = self.create_time
        wire["TemplateContent"] = self.template_content
        wire.update(self.unknown_fields)
        return wire


_DESCRIBE_TEMPLATE_LIST_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "TemplateId",
        "International",
        "StatusCode",
        "ReviewReply",
        "TemplateName",
        "CreateTime",
        "TemplateContent",
    }
)


@dataclass(slots=True, kw_only=True)
class ModifySignStatus:
    """Signature modification response

    Attributes:
        sign_id: Signature ID.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    sign_id: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ModifySignStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            sign_id=wire.get("SignId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _MODIFY_SIGN_STATUS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["SignId"] = self.sign_id
        wire.update(self.unknown_fields)
        return wire


_MODIFY_SIGN_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "SignId",
    }
)


@dataclass(slots=True, kw_only=True)
class ModifyTemplateStatus:
    """Template parameter modification response

    Attributes:
        template_id: Template ID.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    template_id: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ModifyTemplateStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            template_id=wire.get("TemplateId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _MODIFY_TEMPLATE_STATUS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["TemplateId"] = self.template_id
        wire.update(self.unknown_fields)
        return wire


_MODIFY_TEMPLATE_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "TemplateId",
    }
)


@dataclass(slots=True, kw_only=True)
class PhoneNumberInfo:
    """Mobile number information.

    Attributes:
        code: Error code for mobile number information query. OK will be returned if the query is
            successful.
        message: Description of the error code for mobile number information query.
        nation_code: Country (or region) code.
        subscriber_number: Subscriber number in normal format such as 13711112222, without any
            prefix (country or region code).
        phone_number: The standardized mobile number in E.164 format after parsing, which is
            consistent with the parsed number for SMS message delivery. If the parsing fails, the
            original number will be returned.
        iso_code: Country or region code such as CN and US. If the country or region code cannot be
            identified, DEF will be returned by default.
        iso_name: Country code or region name such as China. For more information, see Global SMS
            Price Overview
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    code: str
    message: str
    nation_code: str
    subscriber_number: str
    phone_number: str
    iso_code: str
    iso_name: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PhoneNumberInfo:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            code=wire.get("Code"),
            message=wire.get("Message"),
            nation_code=wire.get("NationCode"),
            subscriber_number=wire.get("SubscriberNumber"),
            phone_number=wire.get("PhoneNumber"),
            iso_code=wire.get("IsoCode"),
            iso_name=wire.get("IsoName"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _PHONE_NUMBER_INFO_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["Code"] = self.code
        wire["Message"] = self.message
        wire["NationCode"] = self.nation_code
        wire["SubscriberNumber"] = self.subscriber_number
        wire["PhoneNumber"] = self.phone_number
        wire["IsoCode"] = self.iso_code
        wire["IsoName"] = self.iso_name
        wire.update(self.unknown_fields)
        return wire


_PHONE_NUMBER_INFO_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "Code",
        "Message",
        "NationCode",
        "SubscriberNumber",
        "PhoneNumber",
        "IsoCode",
        "IsoName",
    }
)


@dataclass(slots=True, kw_only=True)
class PullSmsReplyStatus:
    """SMS reply status

    Attributes:
        extend_code: SMS code number extension, which is not activated by default. If you need to
            activate it, please contact SMS Helper.
        country_code: Country (or region) code.
        phone_number: Mobile number in the E.164 standard ([country/region code][mobile number]),
            such as +8613711112222, which has a + sign followed by 86 (country/region code) and then
            by 13711112222 (mobile number).
        sign_name: SMS signature name.
        reply_content: User reply.
        reply_time: Reply time in seconds in the format of UNIX timestamp.
        subscriber_number: User's mobile number in a common format such as 13711112222.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    extend_code: str
    country_code: str
    phone_number: str
    sign_name: str
    reply_content: str
    reply_time: int
    subscriber_number: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PullSmsReplyStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            extend_code=wire.get("ExtendCode"),
            country_code=wire.get("CountryCode"),
            phone_number=wire.get("PhoneNumber"),
            sign_name=wire.get("SignName"),
            reply_content=wire.get("ReplyContent"),
            reply_time=wire.get("ReplyTime"),
            subscriber_number=wire.get("SubscriberNumber"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _PULL_SMS_REPLY_STATUS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["ExtendCode"] = self.extend_code
        wire["CountryCode"] = self.country_code
        wire["PhoneNumber"] = self.phone_number
        wire["SignName"] = self.sign_name
        wire["ReplyContent"] = self.reply_content
        wire["ReplyTime"] = self.reply_time
        wire["SubscriberNumber"] = self.subscriber_number
        wire.update(self.unknown_fields)
        return wire


_PULL_SMS_REPLY_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ExtendCode",
        "CountryCode",
        "PhoneNumber",
        "SignName",
        "ReplyContent",
        "ReplyTime",
        "SubscriberNumber",
    }
)


@dataclass(slots=True, kw_only=True)
class PullSmsSendStatus:
    """SMS delivery status details

    Attributes:
        user_receive_time: Actual time of SMS receipt by user in seconds in the format of UNIX
            timestamp.
        country_code: Country (or region) code.
        subscriber_number: User's mobile number in a common format such as 13711112222.
        phone_number: Mobile number in the E.164 standard ([country/region code][mobile number]),
            such as +8613711112222, which has a + sign followed by 86 (country/region code) and then
            by 13711112222 (mobile number).
        serial_no: ID of the current delivery.
        report_status: Whether the SMS message is actually received. Valid values: SUCCESS
            (success), FAIL (failure).
        description: Description of SMS receipt by user.
        session_context: User session content, which is the same as the SessionContext in the
            request and is empty by default. If you need to activate it, contact SMS Helper. Note:
            This field may return null, indicating that no valid values can be obtained.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    user_receive_time: int
    country_code: str
    subscriber_number: str
    phone_number: str
    serial_no: str
    report_status: str
    description: str
    session_context: str | None = None
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PullSmsSendStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            user_receive_time=wire.get("UserReceiveTime"),
            country_code=wire.get("CountryCode"),
            subscriber_number=wire.get("SubscriberNumber"),
            phone_number=wire.get("PhoneNumber"),
            serial_no=wire.get("SerialNo"),
            report_status=wire.get("ReportStatus"),
            description=wire.get("Description"),
            session_context=wire.get("SessionContext"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _PULL_SMS_SEND_STATUS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["UserReceiveTime"] = self.user_receive_time
        wire["CountryCode"] = self.country_code
        wire["SubscriberNumber"] = self.subscriber_number
        wire["PhoneNumber"] = self.phone_number
        wire["SerialNo"] = self.serial_no
        wire["ReportStatus"] = self.report_status
        wire["Description"] = self.description
        if self.session_context is not None:
            wire["SessionContext"] = self.session_context
        wire.update(self.unknown_fields)
        return wire


_PULL_SMS_SEND_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "UserReceiveTime",
        "CountryCode",
        "SubscriberNumber",
        "PhoneNumber",
        "SerialNo",
        "ReportStatus",
        "Description",
        "SessionContext",
    }
)


@dataclass(slots=True, kw_only=True)
class ReportConversionStatus:
    """Response for conversion rate reporting

    Attributes:
        code: Error code. ok is returned if the conversion rate is successfully reported.
        message: Error code description.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    code: str
    message: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ReportConversionStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            code=wire.get("Code"),
            message=wire.get("Message"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _REPORT_CONVERSION_STATUS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["Code"] = self.code
        wire["Message"] = self.message
        wire.update(self.unknown_fields)
        return wire


_REPORT_CONVERSION_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "Code",
        "Message",
    }
)


@dataclass(slots=True, kw_only=True)
class SendStatus:
    """SMS delivery status

    Attributes:
        serial_no: Delivery serial number.
        phone_number: Mobile number in the E.164 standard (+[country/region code][mobile number]),
            such as +8613711112222, which has a + sign followed by 86 (country/region code) and then
            by 13711112222 (mobile number).
        fee: Number of billable SMS messages. For billing rules, see Billing Policy.
        session_context: User session content.
        code: SMS request error code. For specific meanings, see Error Codes. Ok will be returned
            for successful delivery.
        message: SMS request error message.
        iso_code: Country/Region code, such as CN and US. For unrecognized country/region codes, DEF
            is returned by default. For the specific list of supported values, please see Global SMS
            Price Overview.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    serial_no: str
    phone_number: str
    fee: int
    session_context: str
    code: str
    message: str
    iso_code: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> SendStatus:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            serial_no=wire.get("SerialNo"),
            phone_number=wire.get("PhoneNumber"),
            fee=wire.get("Fee"),
            session_context=wire.get("SessionContext"),
            code=wire.get("Code"),
            message=wire.get("Message"),
            iso_code=wire.get("IsoCode"),
            unknown_fields={k: v for k, v in data.items() if k not in _SEND_STATUS_WIRE_NAMES},
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["SerialNo"] = self.serial_no
        wire["PhoneNumber"] = self.phone_number
        wire["Fee"] = self.fee
        wire["SessionContext"] = self.session_context
        wire["Code"] = self.code
        wire["Message"] = self.message
        wire["IsoCode"] = self.iso_code
        wire.update(self.unknown_fields)
        return wire


_SEND_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "SerialNo",
        "PhoneNumber",
        "Fee",
        "SessionContext",
        "Code",
        "Message",
        "IsoCode",
    }
)


@dataclass(slots=True, kw_only=True)
class SendStatusStatistics:
    """Delivery statistics response body

    Attributes:
        fee_count: Billable SMS message quantity; for example, in 100 successfully submitted SMS
            messages, if 20 ones are long messages (over 80 characters) and split into two messages
            each, then the billable quantity will be 80 * 1 + 20 * 2 = 120.
        request_count: Submitted SMS messages.
        request_success_count: Successfully submitted SMS messages.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    fee_count: int
    request_count: int
    request_success_count: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> SendStatusStatistics:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            fee_count=wire.get("FeeCount"),
            request_count=wire.get("RequestCount"),
            request_success_count=wire.get("RequestSuccessCount"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _SEND_STATUS_STATISTICS_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["FeeCount"] = self.fee_count
        wire["RequestCount"] = self.request_count
        wire["RequestSuccessCount"] = self.request_success_count
        wire.update(self.unknown_fields)
        return wire


_SEND_STATUS_STATISTICS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "FeeCount",
        "RequestCount",
        "RequestSuccessCount",
    }
)


# Requests and responses


@dataclass(slots=True, kw_only=True)
class PullSmsReplyStatusRequest:
    """Input of PullSmsReplyStatus.

    Attributes:
        limit: Maximum number of pulled entries. Maximum value: 100.
        sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS console,
            such as 1400006666.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    limit: int
    sms_sdk_app_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PullSmsReplyStatusRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            limit=wire.get("Limit"),
            sms_sdk_app_id=wire.get("SmsSdkAppId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _PULL_SMS_REPLY_STATUS_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["Limit"] = self.limit
        wire["SmsSdkAppId"] = self.sms_sdk_app_id
        wire.update(self.unknown_fields)
        return wire


_PULL_SMS_REPLY_STATUS_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "Limit",
        "SmsSdkAppId",
    }
)


@dataclass(slots=True, kw_only=True)
class PullSmsReplyStatusResponse:
    """Output of PullSmsReplyStatus.

    Attributes:
        pull_sms_reply_status_set: Reply status response set.
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    pull_sms_reply_status_set: list[PullSmsReplyStatus]
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PullSmsReplyStatusResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            pull_sms_reply_status_set=_shape_list(
                PullSmsReplyStatus, wire.get("PullSmsReplyStatusSet")
            ),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _PULL_SMS_REPLY_STATUS_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["PullSmsReplyStatusSet"] = [item.to_wire() for item in self.pull_sms_reply_status_set]
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_PULL_SMS_REPLY_STATUS_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "PullSmsReplyStatusSet",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class PullSmsReplyStatusByPhoneNumberRequest:
    """Input of PullSmsReplyStatusByPhoneNumber.

    Attributes:
        begin_time: Pull start time in seconds in the format of UNIX timestamp. Note: the data for
            the last 7 days can be pulled at most.
        offset: Offset. Note: this parameter is currently fixed at 0.
        limit: Maximum number of pulled entries. Maximum value: 100.
        phone_number: Target mobile number in the E.164 standard (+[country/region code] [mobile
            number]), such as +8613711112222, which has a + sign followed by 86 (country/region
            code) and then by 13711112222 (mobile number).
        sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS console,
            such as 1400006666.
        end_time: Pull end time in seconds in the format of UNIX timestamp.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    begin_time: int
    offset: int
    limit: int
    phone_number: str
    sms_sdk_app_id: str
    end_time: int | None = None
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PullSmsReplyStatusByPhoneNumberRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            begin_time=wire.get("BeginTime"),
            offset=wire.get("Offset"),
            limit=wire.get("Limit"),
            phone_number=wire.get("PhoneNumber"),
            sms_sdk_app_id=wire.get("SmsSdkAppId"),
            end_time=wire.get("EndTime"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _PULL_SMS_REPLY_STATUS_BY_PHONE_NUMBER_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["BeginTime"] = self.begin_time
        wire["Offset"] = self.offset
        wire["Limit"] = self.limit
        wire["PhoneNumber"] = self.phone_number
        wire["SmsSdkAppId"] = self.sms_sdk_app_id
        if self.end_time is not None:
            wire["EndTime"] = self.end_time
        wire.update(self.unknown_fields)
        return wire


_PULL_SMS_REPLY_STATUS_BY_PHONE_NUMBER_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "BeginTime",
        "Offset",
        "Limit",
        "PhoneNumber",
        "SmsSdkAppId",
        "EndTime",
    }
)


@dataclass(slots=True, kw_only=True)
class PullSmsReplyStatusByPhoneNumberResponse:
    """Output of PullSmsReplyStatusByPhoneNumber.

    Attributes:
        pull_sms_reply_status_set: Reply status response set.
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    pull_sms_reply_status_set: list[PullSmsReplyStatus]
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PullSmsReplyStatusByPhoneNumberResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            pull_sms_reply_status_set=_shape_list(
                PullSmsReplyStatus, wire.get("PullSmsReplyStatusSet")
            ),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _PULL_SMS_REPLY_STATUS_BY_PHONE_NUMBER_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["PullSmsReplyStatusSet"] = [item.to_wire() for item in self.pull_sms_reply_status_set]
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_PULL_SMS_REPLY_STATUS_BY_PHONE_NUMBER_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "PullSmsReplyStatusSet",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class PullSmsSendStatusRequest:
    """Input of PullSmsSendStatus.

    Attributes:
        limit: Maximum number of pulled entries. Maximum value: 100.
        sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS console,
            such as 1400006666.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    limit: int
    sms_sdk_app_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PullSmsSendStatusRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            limit=wire.get("Limit"),
            sms_sdk_app_id=wire.get("SmsSdkAppId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _PULL_SMS_SEND_STATUS_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["Limit"] = self.limit
        wire["SmsSdkAppId"] = self.sms_sdk_app_id
        wire.update(self.unknown_fields)
        return wire


_PULL_SMS_SEND_STATUS_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "Limit",
        "SmsSdkAppId",
    }
)


@dataclass(slots=True, kw_only=True)
class PullSmsSendStatusResponse:
    """Output of PullSmsSendStatus.

    Attributes:
        pull_sms_send_status_set: Delivery status response set.
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    pull_sms_send_status_set: list[PullSmsSendStatus]
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PullSmsSendStatusResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            pull_sms_send_status_set=_shape_list(
                PullSmsSendStatus, wire.get("PullSmsSendStatusSet")
            ),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _PULL_SMS_SEND_STATUS_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["PullSmsSendStatusSet"] = [item.to_wire() for item in self.pull_sms_send_status_set]
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_PULL_SMS_SEND_STATUS_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "PullSmsSendStatusSet",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class PullSmsSendStatusByPhoneNumberRequest:
    """Input of PullSmsSendStatusByPhoneNumber.

    Attributes:
        begin_time: Pull start time in seconds in the format of UNIX timestamp. Note: the data for
            the last 7 days can be pulled at most.
        offset: Offset. Note: this parameter is currently fixed at 0.
        limit: Maximum number of pulled entries. Maximum value: 100.
        phone_number: Target mobile number in the E.164 standard (+[country/region code] [mobile
            number]), such as +8613711112222, which has a + sign followed by 86 (country/region
            code) and then by 13711112222 (mobile number).
        sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS console,
            such as 1400006666.
        end_time: Pull end time in seconds in the format of UNIX timestamp.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    begin_time: int
    offset: int
    limit: int
    phone_number: str
    sms_sdk_app_id: str
    end_time: int | None = None
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PullSmsSendStatusByPhoneNumberRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            begin_time=wire.get("BeginTime"),
            offset=wire.get("Offset"),
            limit=wire.get("Limit"),
            phone_number=wire.get("PhoneNumber"),
            sms_sdk_app_id=wire.get("SmsSdkAppId"),
            end_time=wire.get("EndTime"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _PULL_SMS_SEND_STATUS_BY_PHONE_NUMBER_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["BeginTime"] = self.begin_time
        wire["Offset"] = self.offset
        wire["Limit"] = self.limit
        wire["PhoneNumber"] = self.phone_number
        wire["SmsSdkAppId"] = self.sms_sdk_app_id
        if self.end_time is not None:
            wire["EndTime"] = self.end_time
        wire.update(self.unknown_fields)
        return wire


_PULL_SMS_SEND_STATUS_BY_PHONE_NUMBER_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "BeginTime",
        "Offset",
        "Limit",
        "PhoneNumber",
        "SmsSdkAppId",
        "EndTime",
    }
)


@dataclass(slots=True, kw_only=True)
class PullSmsSendStatusByPhoneNumberResponse:
    """Output of PullSmsSendStatusByPhoneNumber.

    Attributes:
        pull_sms_send_status_set: Delivery status response set.
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    pull_sms_send_status_set: list[PullSmsSendStatus]
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PullSmsSendStatusByPhoneNumberResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            pull_sms_send_status_set=_shape_list(
                PullSmsSendStatus, wire.get("PullSmsSendStatusSet")
            ),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _PULL_SMS_SEND_STATUS_BY_PHONE_NUMBER_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["PullSmsSendStatusSet"] = [item.to_wire() for item in self.pull_sms_send_status_set]
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_PULL_SMS_SEND_STATUS_BY_PHONE_NUMBER_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "PullSmsSendStatusSet",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class SendStatusStatisticsRequest:
    """Input of SendStatusStatistics.

    Attributes:
        begin_time: Start time in the format of yyyymmddhh accurate to the hour, such as 2021050113
            (13:00 on May 1, 2021).
        end_time: End time in the format of yyyymmddhh accurate to the hour, such as 2021050118
            (18:00 on May 1, 2021). Note: EndTime must be after BeginTime.
        sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS console,
            such as 1400006666.
        limit: Upper limit. Note: this parameter is currently fixed at 0.
        offset: Offset. Note: this parameter is currently fixed at 0.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    begin_time: str
    end_time: str
    sms_sdk_app_id: str
    limit: int
    offset: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> SendStatusStatisticsRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            begin_time=wire.get("BeginTime"),
            end_time=wire.get("EndTime"),
            sms_sdk_app_id=wire.get("SmsSdkAppId"),
            limit=wire.get("Limit"),
            offset=wire.get("Offset"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _SEND_STATUS_STATISTICS_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["BeginTime"] = self.begin_time
        wire["EndTime"] = self.end_time
        wire["SmsSdkAppId"] = self.sms_sdk_app_id
        wire["Limit"] = self.limit
        wire["Offset"] = self.offset
        wire.update(self.unknown_fields)
        return wire


_SEND_STATUS_STATISTICS_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "BeginTime",
        "EndTime",
        "SmsSdkAppId",
        "Limit",
        "Offset",
    }
)


@dataclass(slots=True, kw_only=True)
class SendStatusStatisticsResponse:
    """Output of SendStatusStatistics.

    Attributes:
        send_status_statistics: Delivery statistics response body.
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    send_status_statistics: SendStatusStatistics
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> SendStatusStatisticsResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            send_status_statistics=_shape(SendStatusStatistics, wire.get("SendStatusStatistics")),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _SEND_STATUS_STATISTICS_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["SendStatusStatistics"] = self.send_status_statistics.to_wire()
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_SEND_STATUS_STATISTICS_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "SendStatusStatistics",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class CallbackStatusStatisticsRequest:
    """Input of CallbackStatusStatistics.

    Attributes:
        begin_time: Start time in the format of yyyymmddhh accurate to the hour, such as 2021050113
            (13:00 on May 1, 2021).
        end_time: End time in the format of yyyymmddhh accurate to the hour, such as 2021050118
            (18:00 on May 1, 2021). Note: EndTime must be after BeginTime, and the difference should
            not exceed 32 days.
        sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS console,
            such as 1400006666.
        limit: Upper limit. Note: this parameter is currently fixed at 0.
        offset: Offset. Note: this parameter is currently fixed at 0.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    begin_time: str
    end_time: str
    sms_sdk_app_id: str
    limit: int
    offset: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> CallbackStatusStatisticsRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            begin_time=wire.get("BeginTime"),
            end_time=wire.get("EndTime"),
            sms_sdk_app_id=wire.get("SmsSdkAppId"),
            limit=wire.get("Limit"),
            offset=wire.get("Offset"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _CALLBACK_STATUS_STATISTICS_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["BeginTime"] = self.begin_time
        wire["EndTime"] = self.end_time
        wire["SmsSdkAppId"] = self.sms_sdk_app_id
        wire["Limit"] = self.limit
        wire["Offset"] = self.offset
        wire.update(self.unknown_fields)
        return wire


_CALLBACK_STATUS_STATISTICS_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "BeginTime",
        "EndTime",
        "SmsSdkAppId",
        "Limit",
        "Offset",
    }
)


@dataclass(slots=True, kw_only=True)
class CallbackStatusStatisticsResponse:
    """Output of CallbackStatusStatistics.

    Attributes:
        callback_status_statistics: Receipt statistics response body.
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    callback_status_statistics: CallbackStatusStatistics
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> CallbackStatusStatisticsResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            callback_status_statistics=_shape(
                CallbackStatusStatistics, wire.get("CallbackStatusStatistics")
            ),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _CALLBACK_STATUS_STATISTICS_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["CallbackStatusStatistics"] = self.callback_status_statistics.to_wire()
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_CALLBACK_STATUS_STATISTICS_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "CallbackStatusStatistics",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class AddSmsSignRequest:
    """Input of AddSmsSign.

    Attributes:
        sign_name: Signature name. Note: you cannot apply for an approved or pending signature
            again.
        sign_type: Signature type. Each of these types is followed by their DocumentType (identity
            certificate type) option: 0: company. Valid values of DocumentType include 0 and 1. 1:
            app. Valid values of DocumentType include 0, 1, 2, 3, and 4. 2: website. Valid values of
            DocumentType include 0, 1, 2, 3, and 5. 3: WeChat Official Account. Valid values of
            DocumentType include 0, 1, 2, 3, and 8. 4: trademark. Valid values of DocumentType
            include 7. 5: government/public institution/other. Valid values of DocumentType include
            2 and 3. 6: WeChat Mini Program. Valid values of DocumentType include 0, 1, 2, 3, and 6.
            Note: the identity certificate type must be selected according to the correspondence;
            otherwise, the review will fail.
        document_type: Identity certificate type: 0: three-in-one licence. 1: business license. 2:
            organization code certificate. 3: social credit code certificate. 4: screenshot of
            application backend management (for personal app). 5: screenshot of website ICP filing
            backend (for personal website). 6: screenshot of WeChat Mini Program settings page (for
            personal WeChat Mini Program). 7: trademark registration certificate. 8: screenshot of
            WeChat Official Account settings page (for personal WeChat Official Account).
        international: Whether it is Global SMS: 0: Mainland China SMS. 1: Global SMS.
        sign_purpose: Signature purpose: 0: for personal use. 1: for others.
        proof_image: You should Base64-encode the image of the identity certificate corresponding to
            the signature first, remove the prefix data:image/jpeg;base64, from the resulted string,
            and then use it as the value of this parameter.
        commission_image: Power of attorney, which should be submitted if SignPurpose is for use by
            others. You should Base64-encode the image first, remove the prefix
            data:image/jpeg;base64, from the resulted string, and then use it as the value of this
            parameter. Note: this field will take effect only when SignPurpose is 1 (for user by
            others).
        remark: Signature application remarks.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    sign_name: str
    sign_type: int
    document_type: int
    international: int
    sign_purpose: int
    proof_image: str
    commission_image: str | None = None
    remark: str | None = None
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> AddSmsSignRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            sign_name=wire.get("SignName"),
            sign_type=wire.get("SignType"),
            document_type=wire.get("DocumentType"),
            international=wire.get("International"),
            sign_purpose=wire.get("SignPurpose"),
            proof_image=wire.get("ProofImage"),
            commission_image=wire.get("CommissionImage"),
            remark=wire.get("Remark"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _ADD_SMS_SIGN_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["SignName"] = self.sign_name
        wire["SignType"] = self.sign_type
        wire["DocumentType"] = self.document_type
        wire["International"] = self.international
        wire["SignPurpose"] = self.sign_purpose
        wire["ProofImage"] = self.proof_image
        if self.commission_image is not None:
            wire["CommissionImage"] = self.commission_image
        if self.remark is not None:
            wire["Remark"] = self.remark
        wire.update(self.unknown_fields)
        return wire


_ADD_SMS_SIGN_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "SignName",
        "SignType",
        "DocumentType",
        "International",
        "SignPurpose",
        "ProofImage",
        "CommissionImage",
        "Remark",
    }
)


@dataclass(slots=True, kw_only=True)
class AddSmsSignResponse:
    """Output of AddSmsSign.

    Attributes:
        add_sign_status: Signature addition response
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    add_sign_status: AddSignStatus
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> AddSmsSignResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            add_sign_status=_shape(AddSignStatus, wire.get("AddSignStatus")),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _ADD_SMS_SIGN_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["AddSignStatus"] = self.add_sign_status.to_wire()
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_ADD_SMS_SIGN_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "AddSignStatus",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class DeleteSmsSignRequest:
    """Input of DeleteSmsSign.

    Attributes:
        sign_id: ID of the signature to be deleted.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    sign_id: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DeleteSmsSignRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            sign_id=wire.get("SignId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _DELETE_SMS_SIGN_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["SignId"] = self.sign_id
        wire.update(self.unknown_fields)
        return wire


_DELETE_SMS_SIGN_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "SignId",
    }
)


@dataclass(slots=True, kw_only=True)
class DeleteSmsSignResponse:
    """Output of DeleteSmsSign.

    Attributes:
        delete_sign_status: Signature deletion response
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    delete_sign_status: DeleteSignStatus
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DeleteSmsSignResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            delete_sign_status=_shape(DeleteSignStatus, wire.get("DeleteSignStatus")),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _DELETE_SMS_SIGN_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["DeleteSignStatus"] = self.delete_sign_status.to_wire()
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_DELETE_SMS_SIGN_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "DeleteSignStatus",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class DescribeSmsSignListRequest:
    """Input of DescribeSmsSignList.

    Attributes:
        sign_id_set: Signature ID array. Note: the maximum length of the array is 100 by default.
        international: Whether it is Global SMS: 0: Mainland China SMS. 1: Global SMS.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    sign_id_set: list[int]
    international: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DescribeSmsSignListRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            sign_id_set=wire.get("SignIdSet"),
            international=wire.get("International"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _DESCRIBE_SMS_SIGN_LIST_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["SignIdSet"] = self.sign_id_set
        wire["International"] = self.international
        wire.update(self.unknown_fields)
        return wire


_DESCRIBE_SMS_SIGN_LIST_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "SignIdSet",
        "International",
    }
)


@dataclass(slots=True, kw_only=True)
class DescribeSmsSignListResponse:
    """Output of DescribeSmsSignList.

    Attributes:
        describe_sign_list_status_set: Response for getting signature information
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    describe_sign_list_status_set: list[DescribeSignListStatus]
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DescribeSmsSignListResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            describe_sign_list_status_set=_shape_list(
                DescribeSignListStatus, wire.get("DescribeSignListStatusSet")
            ),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _DESCRIBE_SMS_SIGN_LIST_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["DescribeSignListStatusSet"] = [
            item.to_wire() for item in self.describe_sign_list_status_set
        ]
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_DESCRIBE_SMS_SIGN_LIST_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "DescribeSignListStatusSet",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class ModifySmsSignRequest:
    """Input of ModifySmsSign.

    Attributes:
        sign_id: ID of the signature to be modified.
        sign_name: Signature name.
        sign_type: Signature type. Each of these types is followed by their DocumentType (identity
            certificate type) option: 0: company. Valid values of DocumentType include 0 and 1. 1:
            app. Valid values of DocumentType include 0, 1, 2, 3, and 4. 2: website. Valid values of
            DocumentType include 0, 1, 2, 3, and 5. 3: WeChat Official Account. Valid values of
            DocumentType include 0, 1, 2, 3, and 8. 4: trademark. Valid values of DocumentType
            include 7. 5: government/public institution/other. Valid values of DocumentType include
            2 and 3. 6: WeChat Mini Program. Valid values of DocumentType include 0, 1, 2, 3, and 6.
            Note: the identity certificate type must be selected according to the correspondence;
            otherwise, the review will fail.
        document_type: Identity certificate type: 0: three-in-one. 1: business license. 2:
            organization code certificate. 3: social credit code certificate. 4: screenshot of
            application backend management (for personal app). 5: screenshot of website ICP filing
            backend (for personal website). 6: screenshot of WeChat Mini Program settings page (for
            personal WeChat Mini Program). 7: trademark registration certificate. 8: screenshot of
            WeChat Official Account settings page (for personal WeChat Official Account).
        international: A parameter used to specify whether it is Global SMS: 0 : Chinese mainland
            SMS. 1 : Global SMS. Note: the value of this parameter must be consistent with the
            International value of the signature to be modified. This parameter cannot be used to
            directly change a Chinese mainland signature to an international signature.
        sign_purpose: Signature purpose: 0: for personal use. 1: for others.
        proof_image: You should Base64-encode the image of the identity certificate corresponding to
            the signature first, remove the prefix data:image/jpeg;base64, from the resulted string,
            and then use it as the value of this parameter.
        commission_image: Power of attorney, which should be submitted if SignPurpose is for use by
            others. You should Base64-encode the image first, remove the prefix
            data:image/jpeg;base64, from the resulted string, and then use it as the value of this
            parameter. Note: this field will take effect only when SignPurpose is 1 (for user by
            others).
        remark: Signature application remarks.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    sign_id: int
    sign_name: str
    sign_type: int
    document_type: int
    international: int
    sign_purpose: int
    proof_image: str
    commission_image: str | None = None
    remark: str | None = None
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ModifySmsSignRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            sign_id=wire.get("SignId"),
            sign_name=wire.get("SignName"),
            sign_type=wire.get("SignType"),
            document_type=wire.get("DocumentType"),
            international=wire.get("International"),
            sign_purpose=wire.get("SignPurpose"),
            proof_image=wire.get("ProofImage"),
            commission_image=wire.get("CommissionImage"),
            remark=wire.get("Remark"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _MODIFY_SMS_SIGN_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["SignId"] = self.sign_id
        wire["SignName"] = self.sign_name
        wire["SignType"] = self.sign_type
        wire["DocumentType"] = self.document_type
        wire["International"] = self.international
        wire["SignPurpose"] = self.sign_purpose
        wire["ProofImage"] = self.proof_image
        if self.commission_image is not None:
            wire["CommissionImage"] = self.commission_image
        if self.remark is not None:
            wire["Remark"] = self.remark
        wire.update(self.unknown_fields)
        return wire


_MODIFY_SMS_SIGN_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "SignId",
        "SignName",
        "SignType",
        "DocumentType",
        "International",
        "SignPurpose",
        "ProofImage",
        "CommissionImage",
        "Remark",
    }
)


@dataclass(slots=True, kw_only=True)
class ModifySmsSignResponse:
    """Output of ModifySmsSign.

    Attributes:
        modify_sign_status: Signature modification response
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    modify_sign_status: ModifySignStatus
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ModifySmsSignResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            modify_sign_status=_shape(ModifySignStatus, wire.get("ModifySignStatus")),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _MODIFY_SMS_SIGN_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["ModifySignStatus"] = self.modify_sign_status.to_wire()
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_MODIFY_SMS_SIGN_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ModifySignStatus",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class SendSmsRequest:
    """Input of SendSms.

    Attributes:
        phone_number_set: Target mobile number in the E.164 standard in the format of
            +[country/region code][mobile number]. Up to 200 mobile numbers are supported in one
            request (which should be all Chinese mainland mobile numbers or all global mobile
            numbers). For example, +60198890000, which has a + sign followed by 60 (country/region
            code) and then by 198890000 (mobile number).
        sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS console,
            such as 2400006666.
        template_id: Template ID, which can be viewed on the Body Templates page in Global SMS. You
            must enter the ID of an approved template.
        sign_name: SMS signature information which is encoded in UTF-8. You must enter an approved
            signature (such as Tencent Cloud). The signing information can be viewed on the
            Signatures page in Global SMS.
        template_param_set: Template parameter. If there is no template parameter, leave this field
            empty. Note The number of template parameters should be consistent with that of the
            template variables of TemplateId.
        extend_code: SMS code number extension, which is not activated by default. If you need to
            activate it, you can contact SMS Helper.
        session_context: User session content, which can carry context information such as user-side
            ID and will be returned as-is by the server. Note that the length must be less than 512
            bytes.
        sender_id: For Global SMS, if you have applied for a separate SenderId, this parameter is
            required. By default, the public SenderId is used, in which case you don't need to enter
            this parameter. Note: If your monthly usage reaches the specified threshold, you can
            apply for an independent SenderId. For more information, contact SMS Helper.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    phone_number_set: list[str]
    sms_sdk_app_id: str
    template_id: str
    sign_name: str | None = None
    template_param_set: list[str] | None = None
    extend_code: str | None = None
    session_context: str | None = None
    sender_id: str | None = None
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> SendSmsRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            phone_number_set=wire.get("PhoneNumberSet"),
            sms_sdk_app_id=wire.get("SmsSdkAppId"),
            template_id=wire.get("TemplateId"),
            sign_name=wire.get("SignName"),
            template_param_set=wire.get("TemplateParamSet"),
            extend_code=wire.get("ExtendCode"),
            session_context=wire.get("SessionContext"),
            sender_id=wire.get("SenderId"),
            unknown_fields={k: v for k, v in data.items() if k not in _SEND_SMS_REQUEST_WIRE_NAMES},
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["PhoneNumberSet"] = self.phone_number_set
        wire["SmsSdkAppId"] = self.sms_sdk_app_id
        wire["TemplateId"] = self.template_id
        if self.sign_name is not None:
            wire["SignName"] = self.sign_name
        if self.template_param_set is not None:
            wire["TemplateParamSet"] = self.template_param_set
        if self.extend_code is not None:
            wire["ExtendCode"] = self.extend_code
        if self.session_context is not None:
            wire["SessionContext"] = self.session_context
        if self.sender_id is not None:
            wire["SenderId"] = self.sender_id
        wire.update(self.unknown_fields)
        return wire


_SEND_SMS_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "PhoneNumberSet",
        "SmsSdkAppId",
        "TemplateId",
        "SignName",
        "TemplateParamSet",
        "ExtendCode",
        "SessionContext",
        "SenderId",
    }
)


@dataclass(slots=True, kw_only=True)
class SendSmsResponse:
    """Output of SendSms.

    Attributes:
        send_status_set: SMS delivery status.
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    send_status_set: list[SendStatus]
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> SendSmsResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            send_status_set=_shape_list(SendStatus, wire.get("SendStatusSet")),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _SEND_SMS_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["SendStatusSet"] = [item.to_wire() for item in self.send_status_set]
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_SEND_SMS_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "SendStatusSet",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class DescribePhoneNumberInfoRequest:
    """Input of DescribePhoneNumberInfo.

    Attributes:
        phone_number_set: A parameter used to query mobile numbers in E.164 format (+[country/region
            code][subscriber number]). Up to 200 mobile numbers can be queried at a time. Take the
            number +8613711112222 as an example. "86" is the country code (with a "+" sign in its
            front) and "13711112222" is the subscriber number.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    phone_number_set: list[str]
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DescribePhoneNumberInfoRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            phone_number_set=wire.get("PhoneNumberSet"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _DESCRIBE_PHONE_NUMBER_INFO_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["PhoneNumberSet"] = self.phone_number_set
        wire.update(self.unknown_fields)
        return wire


_DESCRIBE_PHONE_NUMBER_INFO_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "PhoneNumberSet",
    }
)


@dataclass(slots=True, kw_only=True)
class DescribePhoneNumberInfoResponse:
    """Output of DescribePhoneNumberInfo.

    Attributes:
        phone_number_info_set: A parameter used to obtain mobile number information.
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    phone_number_info_set: list[PhoneNumberInfo]
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DescribePhoneNumberInfoResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            phone_number_info_set=_shape_list(PhoneNumberInfo, wire.get("PhoneNumberInfoSet")),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _DESCRIBE_PHONE_NUMBER_INFO_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["PhoneNumberInfoSet"] = [item.to_wire() for item in self.phone_number_info_set]
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_DESCRIBE_PHONE_NUMBER_INFO_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "PhoneNumberInfoSet",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class ReportConversionRequest:
    """Input of ReportConversion.

    Attributes:
        sms_sdk_app_id: The SMS SdkAppId generated after an application is created in the SMS
            console, such as "1400006666".
        serial_no: The serial number returned for a message sent.
        conversion_time: The recipient's reply time in seconds in the format of UNIX timestamp.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    sms_sdk_app_id: str
    serial_no: str
    conversion_time: int | None = None
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ReportConversionRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            sms_sdk_app_id=wire.get("SmsSdkAppId"),
            serial_no=wire.get("SerialNo"),
            conversion_time=wire.get("ConversionTime"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _REPORT_CONVERSION_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["SmsSdkAppId"] = self.sms_sdk_app_id
        wire["SerialNo"] = self.serial_no
        if self.conversion_time is not None:
            wire["ConversionTime"] = self.conversion_time
        wire.update(self.unknown_fields)
        return wire


_REPORT_CONVERSION_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "SmsSdkAppId",
        "SerialNo",
        "ConversionTime",
    }
)


@dataclass(slots=True, kw_only=True)
class ReportConversionResponse:
    """Output of ReportConversion.

    Attributes:
        report_conversion_status: Response packet for conversion rate reporting.
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    report_conversion_status: ReportConversionStatus
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ReportConversionResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            report_conversion_status=_shape(
                ReportConversionStatus, wire.get("ReportConversionStatus")
            ),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _REPORT_CONVERSION_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["ReportConversionStatus"] = self.report_conversion_status.to_wire()
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_REPORT_CONVERSION_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ReportConversionStatus",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class AddSmsTemplateRequest:
    """Input of AddSmsTemplate.

    Attributes:
        template_name: Template name.
        template_content: Template content.
        sms_type: SMS type. 1: Marketing SMS, 2: Notification SMS, 3: OTP SMS. Note: The "Regular
            SMS" type template currently still supports submission. However, in order to further
            improve the quality of SMS service and increase the approval rate of SMS templates, it
            is recommended to apply for a new template according to the "Notification SMS" type or
            the "OTP SMS" type. You can Refer to Optimization of Tencent Cloud SMS Template Types.
        international: Whether it is Global SMS: 0: Mainland China SMS. 1: Global SMS.
        remark: Template remarks, such as reason for application and use case.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    template_name: str
    template_content: str
    sms_type: int
    international: int
    remark: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> AddSmsTemplateRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            template_name=wire.get("TemplateName"),
            template_content=wire.get("TemplateContent"),
            sms_type=wire.get("SmsType"),
            international=wire.get("International"),
            remark=wire.get("Remark"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _ADD_SMS_TEMPLATE_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["TemplateName"] = self.template_name
        wire["TemplateContent"] = self.template_content
        wire["SmsType"] = self.sms_type
        wire["International"] = self.international
        wire["Remark"] = self.remark
        wire.update(self.unknown_fields)
        return wire


_ADD_SMS_TEMPLATE_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "TemplateName",
        "TemplateContent",
        "SmsType",
        "International",
        "Remark",
    }
)


@dataclass(slots=True, kw_only=True)
class AddSmsTemplateResponse:
    """Output of AddSmsTemplate.

    Attributes:
        add_template_status: SMS template addition response body
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    add_template_status: AddTemplateStatus
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> AddSmsTemplateResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            add_template_status=_shape(AddTemplateStatus, wire.get("AddTemplateStatus")),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _ADD_SMS_TEMPLATE_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["AddTemplateStatus"] = self.add_template_status.to_wire()
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_ADD_SMS_TEMPLATE_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "AddTemplateStatus",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class DeleteSmsTemplateRequest:
    """Input of DeleteSmsTemplate.

    Attributes:
        template_id: ID of the template to be deleted.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    template_id: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DeleteSmsTemplateRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            template_id=wire.get("TemplateId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _DELETE_SMS_TEMPLATE_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["TemplateId"] = self.template_id
        wire.update(self.unknown_fields)
        return wire


_DELETE_SMS_TEMPLATE_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "TemplateId",
    }
)


@dataclass(slots=True, kw_only=True)
class DeleteSmsTemplateResponse:
    """Output of DeleteSmsTemplate.

    Attributes:
        delete_template_status: Template deletion response
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    delete_template_status: DeleteTemplateStatus
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DeleteSmsTemplateResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            delete_template_status=_shape(DeleteTemplateStatus, wire.get("DeleteTemplateStatus")),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _DELETE_SMS_TEMPLATE_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["DeleteTemplateStatus"] = self.delete_template_status.to_wire()
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_DELETE_SMS_TEMPLATE_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "DeleteTemplateStatus",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class DescribeSmsTemplateListRequest:
    """Input of DescribeSmsTemplateList.

    Attributes:
        international: Whether it is Global SMS: 0: Mainland China SMS. 1: Global SMS.
        template_id_set: Array of template IDs. If the array is empty, the template list information
            will be queried by default. You need to use the Limit and Offset fields to set the query
            range. Note The max array length is 100 by default.
        limit: Upper limit. Maximum value: 100. Note: it is 0 by default and is enabled when
            TemplateIdSet is empty.
        offset: Offset. Note: it is 0 by default and is enabled when TemplateIdSet is empty.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    international: int
    template_id_set: list[int] | None = None
    limit: int | None = None
    offset: int | None = None
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DescribeSmsTemplateListRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            international=wire.get("International"),
            template_id_set=wire.get("TemplateIdSet"),
            limit=wire.get("Limit"),
            offset=wire.get("Offset"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _DESCRIBE_SMS_TEMPLATE_LIST_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["International"] = self.international
        if self.template_id_set is not None:
            wire["TemplateIdSet"] = self.template_id_set
        if self.limit is not None:
            wire["Limit"] = self.limit
        if self.offset is not None:
            wire["Offset"] = self.offset
        wire.update(self.unknown_fields)
        return wire


_DESCRIBE_SMS_TEMPLATE_LIST_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "International",
        "TemplateIdSet",
        "Limit",
        "Offset",
    }
)


@dataclass(slots=True, kw_only=True)
class DescribeSmsTemplateListResponse:
    """Output of DescribeSmsTemplateList.

    Attributes:
        describe_template_status_set: Response for getting SMS template information
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    describe_template_status_set: list[DescribeTemplateListStatus]
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DescribeSmsTemplateListResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            describe_template_status_set=_shape_list(
                DescribeTemplateListStatus, wire.get("DescribeTemplateStatusSet")
            ),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v
                for k, v in data.items()
                if k not in _DESCRIBE_SMS_TEMPLATE_LIST_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["DescribeTemplateStatusSet"] = [
            item.to_wire() for item in self.describe_template_status_set
        ]
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_DESCRIBE_SMS_TEMPLATE_LIST_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "DescribeTemplateStatusSet",
        "RequestId",
    }
)


@dataclass(slots=True, kw_only=True)
class ModifySmsTemplateRequest:
    """Input of ModifySmsTemplate.

    Attributes:
        template_id: ID of the template to be modified.
        template_name: New template name.
        template_content: New template content.
        sms_type: SMS type. 1: Marketing SMS, 2: Notification SMS, 3: OTP SMS. Note: The "Regular
            SMS" type template currently still supports submission. However, in order to further
            improve the quality of SMS service and increase the approval rate of SMS templates, it
            is recommended to apply for a new template according to the "Notification SMS" type or
            the "OTP SMS" type. You can Refer to Optimization of Tencent Cloud SMS Template Types.
        international: Whether it is Global SMS: 0: Mainland China SMS. 1: Global SMS.
        remark: Template remarks, such as reason for application and use case.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    template_id: int
    template_name: str
    template_content: str
    sms_type: int
    international: int
    remark: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ModifySmsTemplateRequest:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            template_id=wire.get("TemplateId"),
            template_name=wire.get("TemplateName"),
            template_content=wire.get("TemplateContent"),
            sms_type=wire.get("SmsType"),
            international=wire.get("International"),
            remark=wire.get("Remark"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _MODIFY_SMS_TEMPLATE_REQUEST_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["TemplateId"] = self.template_id
        wire["TemplateName"] = self.template_name
        wire["TemplateContent"] = self.template_content
        wire["SmsType"] = self.sms_type
        wire["International"] = self.international
        wire["Remark"] = self.remark
        wire.update(self.unknown_fields)
        return wire


_MODIFY_SMS_TEMPLATE_REQUEST_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "TemplateId",
        "TemplateName",
        "TemplateContent",
        "SmsType",
        "International",
        "Remark",
    }
)


@dataclass(slots=True, kw_only=True)
class ModifySmsTemplateResponse:
    """Output of ModifySmsTemplate.

    Attributes:
        modify_template_status: Template parameter modification response
        request_id: The unique request ID, generated by the server, will be returned for every
            request (if the request fails to reach the server for other reasons, the request will
            not obtain a RequestId). RequestId is required for locating a problem.
        unknown_fields: Fields the service sent that this version does not know, kept as received.
        http_response: The HTTP status, headers and body the response was read from.
    """

    modify_template_status: ModifyTemplateStatus
    request_id: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    # The HTTP exchange this response came from: status, headers and raw body.
    http_response: RawResponse | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ModifySmsTemplateResponse:
        """The model of its JSON form, as received; unknown names go to ``unknown_fields``."""
        wire: Any = data  # values are kept as received, whatever their type
        return cls(
            modify_template_status=_shape(ModifyTemplateStatus, wire.get("ModifyTemplateStatus")),
            request_id=wire.get("RequestId"),
            unknown_fields={
                k: v for k, v in data.items() if k not in _MODIFY_SMS_TEMPLATE_RESPONSE_WIRE_NAMES
            },
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["ModifyTemplateStatus"] = self.modify_template_status.to_wire()
        wire["RequestId"] = self.request_id
        wire.update(self.unknown_fields)
        return wire


_MODIFY_SMS_TEMPLATE_RESPONSE_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ModifyTemplateStatus",
        "RequestId",
    }
)
