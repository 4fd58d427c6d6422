# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The CallbackStatusStatistics data type: its model, and the constraints of its fields as an
input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._models import Field, WireModel
from ..._validation import Param

__all__ = ["CallbackStatusStatistics"]


@dataclass(slots=True, kw_only=True)
class CallbackStatusStatistics(WireModel):
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

    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("CallbackCount", "callback_count", "integer"),
        Field("RequestSuccessCount", "request_success_count", "integer"),
        Field("CallbackFailCount", "callback_fail_count", "integer"),
        Field("CallbackSuccessCount", "callback_success_count", "integer"),
        Field("InternalErrorCount", "internal_error_count", "integer"),
        Field("InvalidNumberCount", "invalid_number_count", "integer"),
        Field("ShutdownErrorCount", "shutdown_error_count", "integer"),
        Field("BlackListCount", "black_list_count", "integer"),
        Field("FrequencyLimitCount", "frequency_limit_count", "integer"),
    )


# The constraints checked when a request nests this type (see ``_validation``).
PARAMS: tuple[Param, ...] = (
    Param("CallbackCount", "callback_count", "integer"),
    Param("RequestSuccessCount", "request_success_count", "integer"),
    Param("CallbackFailCount", "callback_fail_count", "integer"),
    Param("CallbackSuccessCount", "callback_success_count", "integer"),
    Param("InternalErrorCount", "internal_error_count", "integer"),
    Param("InvalidNumberCount", "invalid_number_count", "integer"),
    Param("ShutdownErrorCount", "shutdown_error_count", "integer"),
    Param("BlackListCount", "black_list_count", "integer"),
    Param("FrequencyLimitCount", "frequency_limit_count", "integer"),
)
