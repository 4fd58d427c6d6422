# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The SMS actions that change or read the emulator's state, as the documents describe them.

Answers are built with the generated response models' ``to_wire()``, so they have the documented
shape. An action not listed here answers its documented example (the generic emulator's default).
"""

from __future__ import annotations

from tcsms.emulator.context import Handler
from tcsms.emulator.sms import messages, reports, reviews

__all__ = ["HANDLERS"]

HANDLERS: dict[str, Handler] = {
    "AddSmsSign": reviews.add_sms_sign,
    "ModifySmsSign": reviews.modify_sms_sign,
    "DeleteSmsSign": reviews.delete_sms_sign,
    "DescribeSmsSignList": reviews.describe_sms_sign_list,
    "AddSmsTemplate": reviews.add_sms_template,
    "ModifySmsTemplate": reviews.modify_sms_template,
    "DeleteSmsTemplate": reviews.delete_sms_template,
    "DescribeSmsTemplateList": reviews.describe_sms_template_list,
    "SendSms": messages.send_sms,
    "PullSmsSendStatus": messages.pull_sms_send_status,
    "PullSmsSendStatusByPhoneNumber": messages.pull_sms_send_status_by_phone_number,
    "PullSmsReplyStatus": messages.pull_sms_reply_status,
    "PullSmsReplyStatusByPhoneNumber": messages.pull_sms_reply_status_by_phone_number,
    "SendStatusStatistics": reports.send_status_statistics,
    "CallbackStatusStatistics": reports.callback_status_statistics,
    "DescribePhoneNumberInfo": reports.describe_phone_number_info,
    "ReportConversion": reports.report_conversion,
}
