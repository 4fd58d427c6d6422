# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Typed models of Short Message Service 2021-01-11: data types, requests and responses.

Attribute names are the snake_case of the documented wire names; ``from_wire`` and ``to_wire`` map
between the two. Unknown fields in a response are kept in ``unknown_fields``, so a newer service
never breaks this version.

The annotations describe the documented answer. ``from_wire`` builds a model from whatever the
service sent: a documented field it left out is None and a value of another type is kept as
received (the client logs both, or raises with ``strict_responses=True``; see ``_decode``).

Each action's models live in a module of their own (``_actions``), and so does each data type
(``_types``): a model is imported with the module that defines it, on first use, so a call never
loads the models of every other action.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._models import Request, Response
    from ._actions.add_sms_sign import AddSmsSignRequest, AddSmsSignResponse
    from ._actions.add_sms_template import AddSmsTemplateRequest, AddSmsTemplateResponse
    from ._actions.callback_status_statistics import (
        CallbackStatusStatisticsRequest,
        CallbackStatusStatisticsResponse,
    )
    from ._actions.delete_sms_sign import DeleteSmsSignRequest, DeleteSmsSignResponse
    from ._actions.delete_sms_template import DeleteSmsTemplateRequest, DeleteSmsTemplateResponse
    from ._actions.describe_phone_number_info import (
        DescribePhoneNumberInfoRequest,
        DescribePhoneNumberInfoResponse,
    )
    from ._actions.describe_sms_sign_list import (
        DescribeSmsSignListRequest,
        DescribeSmsSignListResponse,
    )
    from ._actions.describe_sms_template_list import (
        DescribeSmsTemplateListRequest,
        DescribeSmsTemplateListResponse,
    )
    from ._actions.modify_sms_sign import ModifySmsSignRequest, ModifySmsSignResponse
    from ._actions.modify_sms_template import ModifySmsTemplateRequest, ModifySmsTemplateResponse
    from ._actions.pull_sms_reply_status import (
        PullSmsReplyStatusRequest,
        PullSmsReplyStatusResponse,
    )
    from ._actions.pull_sms_reply_status_by_phone_number import (
        PullSmsReplyStatusByPhoneNumberRequest,
        PullSmsReplyStatusByPhoneNumberResponse,
    )
    from ._actions.pull_sms_send_status import PullSmsSendStatusRequest, PullSmsSendStatusResponse
    from ._actions.pull_sms_send_status_by_phone_number import (
        PullSmsSendStatusByPhoneNumberRequest,
        PullSmsSendStatusByPhoneNumberResponse,
    )
    from ._actions.report_conversion import ReportConversionRequest, ReportConversionResponse
    from ._actions.send_sms import SendSmsRequest, SendSmsResponse
    from ._actions.send_status_statistics import (
        SendStatusStatisticsRequest,
        SendStatusStatisticsResponse,
    )
    from ._types.add_sign_status import AddSignStatus
    from ._types.add_template_status import AddTemplateStatus
    from ._types.callback_status_statistics import CallbackStatusStatistics
    from ._types.delete_sign_status import DeleteSignStatus
    from ._types.delete_template_status import DeleteTemplateStatus
    from ._types.describe_sign_list_status import DescribeSignListStatus
    from ._types.describe_template_list_status import DescribeTemplateListStatus
    from ._types.modify_sign_status import ModifySignStatus
    from ._types.modify_template_status import ModifyTemplateStatus
    from ._types.phone_number_info import PhoneNumberInfo
    from ._types.pull_sms_reply_status import PullSmsReplyStatus
    from ._types.pull_sms_send_status import PullSmsSendStatus
    from ._types.report_conversion_status import ReportConversionStatus
    from ._types.send_status import SendStatus
    from ._types.send_status_statistics import SendStatusStatistics

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

# Action -> its module, its request model and its response model.
_ACTIONS: dict[str, tuple[str, str, str]] = {
    "PullSmsReplyStatus": (
        "pull_sms_reply_status",
        "PullSmsReplyStatusRequest",
        "PullSmsReplyStatusResponse",
    ),
    "PullSmsReplyStatusByPhoneNumber": (
        "pull_sms_reply_status_by_phone_number",
        "PullSmsReplyStatusByPhoneNumberRequest",
        "PullSmsReplyStatusByPhoneNumberResponse",
    ),
    "PullSmsSendStatus": (
        "pull_sms_send_status",
        "PullSmsSendStatusRequest",
        "PullSmsSendStatusResponse",
    ),
    "PullSmsSendStatusByPhoneNumber": (
        "pull_sms_send_status_by_phone_number",
        "PullSmsSendStatusByPhoneNumberRequest",
        "PullSmsSendStatusByPhoneNumberResponse",
    ),
    "SendStatusStatistics": (
        "send_status_statistics",
        "SendStatusStatisticsRequest",
        "SendStatusStatisticsResponse",
    ),
    "CallbackStatusStatistics": (
        "callback_status_statistics",
        "CallbackStatusStatisticsRequest",
        "CallbackStatusStatisticsResponse",
    ),
    "AddSmsSign": ("add_sms_sign", "AddSmsSignRequest", "AddSmsSignResponse"),
    "DeleteSmsSign": ("delete_sms_sign", "DeleteSmsSignRequest", "DeleteSmsSignResponse"),
    "DescribeSmsSignList": (
        "describe_sms_sign_list",
        "DescribeSmsSignListRequest",
        "DescribeSmsSignListResponse",
    ),
    "ModifySmsSign": ("modify_sms_sign", "ModifySmsSignRequest", "ModifySmsSignResponse"),
    "SendSms": ("send_sms", "SendSmsRequest", "SendSmsResponse"),
    "DescribePhoneNumberInfo": (
        "describe_phone_number_info",
        "DescribePhoneNumberInfoRequest",
        "DescribePhoneNumberInfoResponse",
    ),
    "ReportConversion": (
        "report_conversion",
        "ReportConversionRequest",
        "ReportConversionResponse",
    ),
    "AddSmsTemplate": ("add_sms_template", "AddSmsTemplateRequest", "AddSmsTemplateResponse"),
    "DeleteSmsTemplate": (
        "delete_sms_template",
        "DeleteSmsTemplateRequest",
        "DeleteSmsTemplateResponse",
    ),
    "DescribeSmsTemplateList": (
        "describe_sms_template_list",
        "DescribeSmsTemplateListRequest",
        "DescribeSmsTemplateListResponse",
    ),
    "ModifySmsTemplate": (
        "modify_sms_template",
        "ModifySmsTemplateRequest",
        "ModifySmsTemplateResponse",
    ),
}
# Data type -> its module.
_TYPES: dict[str, str] = {
    "AddSignStatus": "add_sign_status",
    "AddTemplateStatus": "add_template_status",
    "CallbackStatusStatistics": "callback_status_statistics",
    "DeleteSignStatus": "delete_sign_status",
    "DeleteTemplateStatus": "delete_template_status",
    "DescribeSignListStatus": "describe_sign_list_status",
    "DescribeTemplateListStatus": "describe_template_list_status",
    "ModifySignStatus": "modify_sign_status",
    "ModifyTemplateStatus": "modify_template_status",
    "PhoneNumberInfo": "phone_number_info",
    "PullSmsReplyStatus": "pull_sms_reply_status",
    "PullSmsSendStatus": "pull_sms_send_status",
    "ReportConversionStatus": "report_conversion_status",
    "SendStatus": "send_status",
    "SendStatusStatistics": "send_status_statistics",
}
# Model -> the module that defines it, relative to this package.
_MODULES: dict[str, str] = {
    **{name: f"_types.{module}" for name, module in _TYPES.items()},
    **{name: f"_actions.{module}" for module, *names in _ACTIONS.values() for name in names},
}


def __getattr__(name: str) -> Any:
    """A model, from its own module: imported on first use."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    model = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = model  # later look-ups skip this function
    return model


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _action_module(action: str) -> ModuleType:
    """The module of ``action``'s models and input constraints; KeyError for an unknown action."""
    return importlib.import_module(f"{__name__}._actions.{_ACTIONS[action][0]}")


_MODELS_OF: dict[str, tuple[type[Request], type[Response]]] = {}


def _action_models(action: str) -> tuple[type[Request], type[Response]]:
    """``action``'s request and response models; KeyError for an unknown action."""
    found = _MODELS_OF.get(action)
    if found is None:
        _, request, response = _ACTIONS[action]
        module = _action_module(action)
        found = _MODELS_OF[action] = (getattr(module, request), getattr(module, response))
    return found


def _type_module(name: str) -> ModuleType:
    """The module of data type ``name``; KeyError for an unknown type."""
    return importlib.import_module(f"{__name__}._types.{_TYPES[name]}")


def _action_names() -> tuple[str, ...]:
    return tuple(_ACTIONS)


def _type_names() -> tuple[str, ...]:
    return tuple(_TYPES)


def _response_names() -> tuple[str, ...]:
    """Every model an answer is read into: each action's response and each data type."""
    return (*(response for _, _, response in _ACTIONS.values()), *_TYPES)
