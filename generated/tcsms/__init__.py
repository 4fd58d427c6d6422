# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Short Message Service (API 2021-01-11): a typed client generated from the documented spec.

from tcsms import SmsClient

with SmsClient(secret_id="...", secret_key="...") as client:
    response = client.pull_sms_reply_status(...)
"""

from tcsms import errors, models
from tcsms.client import SmsClient
from tcsms.errors import (
    ClientError,
    NetworkError,
    RequestTimeoutError,
    ServerError,
    TencentCloudError,
    ValidationError,
)

__all__ = [
    "ClientError",
    "NetworkError",
    "RequestTimeoutError",
    "ServerError",
    "SmsClient",
    "TencentCloudError",
    "ValidationError",
    "errors",
    "models",
]
