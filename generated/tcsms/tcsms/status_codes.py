# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The documented status codes outside API errors: carriers' receipt statuses and sending codes.

A delivery report (``PullSmsSendStatus``, the status callback) carries a receipt status code such as
``DELIVRD``; ``describe_receipt`` says what it means. The same code can mean different things for
different carriers, so each entry has its carrier category (see ``CARRIER_CATEGORIES``).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "CARRIER_CATEGORIES",
    "RECEIPT_STATUSES",
    "SENDING_ERRORS",
    "ReceiptStatus",
    "SendingError",
    "describe_receipt",
    "receipt_statuses",
]


class ReceiptStatus(NamedTuple):
    code: str
    category: str
    description: str


class SendingError(NamedTuple):
    code: int
    description: str
    solution: str | None


# Carrier category -> the carriers it stands for.
CARRIER_CATEGORIES: dict[str, str] = {
    "CMCC": "China Mobile",
    "UNICOM": "China Unicom",
    "TELECOM": "China Telecom",
    "MTU": "China Mobile, China Telecom, and China Unicom",
}

RECEIPT_STATUSES: tuple[ReceiptStatus, ...] = (
    ReceiptStatus("-106", "MTU", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus(
        "002",
        "MTU",
        ("The recipient's phone is powered off, out of service, " "unreachable, or out of area."),
    ),
    ReceiptStatus(
        "004", "MTU", ("The recipient's mobile number is out of service, invalid, or" " suspended.")
    ),
    ReceiptStatus("BD:LSTO", "MTU", "The carrier's gateway is exceptional."),
    ReceiptStatus("BST-209", "MTU", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("BST-210", "MTU", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("BWLIST_006", "MTU", "The recipient is on the gateway's blocklist."),
    ReceiptStatus("DB:0108", "MTU", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:13", "MTU", "The recipient's phone has a reception exception."),
    ReceiptStatus("DB00141", "MTU", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("DELIVRD", "MTU", "The message is successfully delivered to the recipient."),
    ReceiptStatus("DISTURB", "MTU", "Too many messages have been sent to the recipient."),
    ReceiptStatus("ER:101", "MTU", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("ERR:111", "MTU", "The carrier's gateway is exceptional."),
    ReceiptStatus("ERR-209", "MTU", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("ERR-210", "MTU", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("IB:0182", "MTU", "The carrier's gateway is exceptional."),
    ReceiptStatus("IC-0054", "MTU", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("LN:9999", "MTU", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1013", "MTU", "The message is blocked by the carrier's gateway."),
    ReceiptStatus(
        "MX:0003",
        "MTU",
        (
            "The number of messages sent to one single mobile number on "
            "the current day exceeds the upper limit."
        ),
    ),
    ReceiptStatus(
        "MX:0012", "MTU", ("The recipient's mobile number is on the unsubscription " "blocklist.")
    ),
    ReceiptStatus("OVERDUE", "MTU", "The recipient's phone has a reception exception."),
    ReceiptStatus("REJECTD", "MTU", "The message is rejected for some reason."),
    ReceiptStatus("SC:0001", "MTU", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("SME13", "MTU", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("TD:0001", "MTU", "The recipient is on the gateway's blocklist."),
    ReceiptStatus("TD:0004", "MTU", "The message is suspiciously phishing and should be checked."),
    ReceiptStatus("TD:18", "MTU", "The recipient's mobile number's carrier is unknown."),
    ReceiptStatus("TD:19", "MTU", "The recipient's mobile number is on the blocklist."),
    ReceiptStatus("TE:0002", "MTU", "Message submission to the gateway fails."),
    ReceiptStatus(
        "TE:0003",
        "MTU",
        (
            "The number of messages sent to one single mobile number on "
            "the current day exceeds the upper limit."
        ),
    ),
    ReceiptStatus("TE:0014", "MTU", "Human review fails."),
    ReceiptStatus("TSBLACK", "MTU", "The recipient is on the compliant blacklist."),
    ReceiptStatus("TX:2000", "MTU", "Signature subcode acquisition fails."),
    ReceiptStatus("TX:2001", "MTU", "Signature subcode acquisition times out."),
    ReceiptStatus("TX:2002", "MTU", "Signature subcode acquisition fails."),
    ReceiptStatus("TX:2003", "MTU", "Signature parsing fails."),
    ReceiptStatus("TX:3000", "MTU", "Sending submission fails."),
    ReceiptStatus("TX:3001", "MTU", "Sending times out."),
    ReceiptStatus("TX:4099", "MTU", "The carrier's gateway is exceptional."),
    ReceiptStatus("TX:4100", "MTU", "The carrier's gateway is exceptional."),
    ReceiptStatus("TX:4151", "MTU", "The carrier's gateway is exceptional."),
    ReceiptStatus("WX-FAIL", "MTU", "The recipient is on the carrier's blacklist."),
    ReceiptStatus(
        "UNDELIVRD",
        "MTU",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("XZ:0000", "MTU", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus(
        "YX:9006", "MTU", ("Message sending fails as the message contains multiple " "signatures.")
    ),
    ReceiptStatus("YY:0206", "MTU", "The carrier's gateway is exceptional."),
    ReceiptStatus("XA:0001", "MTU", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("XA:0100", "MTU", "The frequency limit is reached."),
    ReceiptStatus("XA:0139", "MTU", "The recipient is on the carrier's blacklist."),
    ReceiptStatus(
        "-9990",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("-9410", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-9409", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-9246", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-9236", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("-9235", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("-9234", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("-9233", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("-9231", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("-9224", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("-9223", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("-9222", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("-9220", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-9217", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("-9212", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-9211", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("-9203", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("-9014", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-9013", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-9012", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-9009", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "-9000",
        "CMCC",
        ("The recipient's mobile number is exceptional as it is ported" " to another carrier."),
    ),
    ReceiptStatus("-1050", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus(
        "-1033",
        "CMCC",
        ("Message sending fails as the recipient's mobile number is " "ported to another carrier."),
    ),
    ReceiptStatus(
        "-1023",
        "CMCC",
        ("Message sending fails as the recipient's mobile number is " "ported to another carrier."),
    ),
    ReceiptStatus("-1021", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("-1017", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("-1016", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("-1012", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-1005", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-1000", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("-127", "CMCC", "The sent message contains garbled characters."),
    ReceiptStatus("-108", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("-104", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-100", "CMCC", "The recipient's mobile number is out of area."),
    ReceiptStatus("-96", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("-94", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("-14", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus(
        "-13",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("001", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("00202", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("03", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("7", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("76", "CMCC", "The message is blocked as it hits a keyword."),
    ReceiptStatus("115", "CMCC", "The message is blocked as it hits a keyword."),
    ReceiptStatus("144", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus("145", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("188", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("904", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus("1077", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus(
        "1243",
        "CMCC",
        ("The recipient's mobile number is exceptional as it is ported" " to another carrier."),
    ),
    ReceiptStatus("431025", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus(
        "431037",
        "CMCC",
        ("Message sending fails as the recipient's mobile number is " "ported to another carrier."),
    ),
    ReceiptStatus("431082", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus(
        "9992",
        "CMCC",
        (
            "The recipient's phone has a storage exception. The recipient"
            " is recommended to clear the inbox."
        ),
    ),
    ReceiptStatus("9994", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "9997",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("9998", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "9999",
        "CMCC",
        ("Message sending fails as the recipient's mobile number is " "ported to another carrier."),
    ),
    ReceiptStatus("ADTFail", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("AICHECK", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("AUDIT:F", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("BADSIGN", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("BEYONDN", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("BD:0000", "CMCC", "The recipient's mobile number is ported to another carrier."),
    ReceiptStatus("BD:0001", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("BD:0002", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("BD:0003", "CMCC", "The message hits a carrier keyword."),
    ReceiptStatus("BLACK0", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("BLKLIST", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("BST--1", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("BST-204", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("BWLIST", "CMCC", "The recipient is on the gateway's blocklist."),
    ReceiptStatus("C100100", "CMCC", "The message hits a keyword."),
    ReceiptStatus("C100106", "CMCC", "The sending limit is exceeded."),
    ReceiptStatus("CA:0051", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("CA:0052", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("CA:0054", "CMCC", "An internal CMCC error occurs."),
    ReceiptStatus("CA:0111", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("CA:8008", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("CA:8027", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("CA:9005", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("CA:9023", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus(
        "CB:0001", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus("CB:0002", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("CB:0005", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("CB:0007", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("CB:0010", "CMCC", "The sending limit is exceeded."),
    ReceiptStatus(
        "CB:0013",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "CB:0015",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("CB:0016", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("CB:0018", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("CB:0022", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "CB:0047", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus(
        "CB:0053", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus("CB:0054", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("CE:0211", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("CE:0301", "CMCC", "The recipient's phone has a storage exception."),
    ReceiptStatus("CE:0501", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("CHECK", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("CL:105", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("CL:116", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("CJ:007", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("CJ:0006", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("CJ:0007", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("CJ:0008", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("CM:8003", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("CMPP20ERR:", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "CMPP30ERR:",
        "CMCC",
        ("The recipient's mobile number does not exist or is out of " "service."),
    ),
    ReceiptStatus("CONTENT", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("DA:0051", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DA:0052", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DA:0053", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("DA:0054", "CMCC", "Response times out."),
    ReceiptStatus("DA:0084", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0000", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0001", "CMCC", "The recipient's phone is exceptional."),
    ReceiptStatus("DB:0002", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0003", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0004", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0006", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("DB:0007", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("DB:0008", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0009", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("DB:0010", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "DB:0100",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "DB:0101",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "DB:0102",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "DB:0103",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("DB:0104", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("DB:0105", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0106", "CMCC", "The service code is incorrect."),
    ReceiptStatus("DB:0107", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("DB:0109", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0110", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "DB:0111", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus("DB:0112", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0113", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0114", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0115", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("DB:0116", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("DB:0117", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("DB:0118", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("DB:0119", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("DB:0120", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0121", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0122", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0123", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0124", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0125", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "DB:0126",
        "CMCC",
        ("The recipient's mobile number is exceptional as it is ported" " to another carrier."),
    ),
    ReceiptStatus("DB:0127", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus("DB:0128", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus(
        "DB:0129",
        "CMCC",
        ("The recipient's mobile number is exceptional as it is ported" " to another carrier."),
    ),
    ReceiptStatus(
        "DB:0130", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus(
        "DB:0131", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus(
        "DB:0132", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus(
        "DB:0133", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus(
        "DB:0134", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus(
        "DB:0135", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus("DB:0136", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0137", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "DB:0138", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus("DB:0139", "CMCC", "The sending time period is non-compliant."),
    ReceiptStatus(
        "DB:0140",
        "CMCC",
        (
            "The recipient is on the carrier's blocklist. / The CMCC "
            "gateway is exceptional internally."
        ),
    ),
    ReceiptStatus(
        "DB:0141",
        "CMCC",
        (
            "The recipient is on the blocklist of China Mobile or MIIT "
            "due to repeated complaints."
        ),
    ),
    ReceiptStatus("DB:0142", "CMCC", "The daily maximum number of sent MTs is exceeded."),
    ReceiptStatus("DB:0143", "CMCC", "The daily maximum number of sent MTs is exceeded."),
    ReceiptStatus("DB:0144", "CMCC", "The recipient is on the global blocklist."),
    ReceiptStatus("DB:00144", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("DB:0145", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus("DB:0146", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus(
        "DB:0147", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus("DB:0150", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0151", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0152", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("DB:0153", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0154", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0155", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0156", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0164", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("DB:0171", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0182", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("DB:0309", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("DB:0318", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("DB:0500", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0501", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("DB:0502", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("DB:0503", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0504", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("DB:0505", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("DB:0506", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:1150", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:9001", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:9006", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("DB:9005", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:9007", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("DB:BACK", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("DB:BLACK", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("DB00143", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus(
        "DB00144", "CMCC", ("The recipient's mobile number is blocked by the global " "blocklist.")
    ),
    ReceiptStatus("DBBLACK", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus(
        "DG:0001",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("DG:0141", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("DG:0142", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("DI:0008", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("DI:0029", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("DI:0145", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("DI:9402", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("DI:9403", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("DI:9413", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("DI:9414", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DI:9415", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("DI:9416", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("DI:9422", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("DI:9423", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("DI:9427", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("DI:9428", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("DI:9429", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("DI:9430", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("DI:9431", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("DI:9432", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("DI:9433", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("DI:9434", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("DI:9501", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("DI:9909", "CMCC", "The frequency limit is reached."),
    ReceiptStatus(
        "E200020",
        "CMCC",
        (
            "The message is blocked by the carrier as it hits a keyword "
            "(an unsubscription method must be added in marketing SMS "
            "messages)."
        ),
    ),
    ReceiptStatus(
        "E200038",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("E:BLACK", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("E:CF", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus(
        "E:CHAN",
        "CMCC",
        ("The recipient's mobile number is exceptional as it is ported" " to another carrier."),
    ),
    ReceiptStatus("E:OCDDL", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("E:OCDWL", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("E:ODDL", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("E:ODML", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("E:RPTSD", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("ERR:13", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("ERR-204", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("ERR_NUM", "CMCC", "The recipient's mobile number is incorrect or restricted."),
    ReceiptStatus("ERR_NUM_00", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "ERR_NUM_006", "CMCC", "The recipient's mobile number is incorrect or restricted."
    ),
    ReceiptStatus("ERRTIME", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("ETOS:402", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("EXPIRED", "CMCC", "The message has expired."),
    ReceiptStatus(
        "EWTD",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("F123", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("F1110", "CMCC", "The recipient's mobile number range does not exist."),
    ReceiptStatus("F1122", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("F1123", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("F11300", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("F100007", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("F1214B1", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("F1214HN", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("F1214JR", "CMCC", "The message hits a carrier keyword."),
    ReceiptStatus("F132200", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("FAILD", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("FAIL_RE", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("GB:0003", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("GB:0004", "CMCC", "The signature is non-compliant."),
    ReceiptStatus("GB:0007", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("GB:0008", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("GB:0010", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus("GB:0011", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("GB:0012", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("GB:0013", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus(
        "GB:0016",
        "CMCC",
        (
            "The message is blocked by the carrier as it hits a keyword "
            "(an unsubscription method must be added in marketing SMS "
            "messages)."
        ),
    ),
    ReceiptStatus("GB:0024", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("GB:0025", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("GB:0026", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("GB:0028", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("GG:1000", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("GL:0000", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("HAVBEEN", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("HD:0001", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("HD:19", "CMCC", "The recipient is on the gateway's blocklist."),
    ReceiptStatus("HD:29", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("HIGRISK", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("HTTPERROR", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("HTTPEXCEPT", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IA00054", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IA:0051", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("IA:0052", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IA:0053", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("IA:0054", "CMCC", "Response times out."),
    ReceiptStatus("IA:0057", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IA:0073", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("IB:0001", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0002", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0003", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0004", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0005", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0006", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0007", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0008", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("IB:0009", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("IB:0010", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0011", "CMCC", "The message hits a carrier keyword."),
    ReceiptStatus(
        "IB:0012",
        "CMCC",
        ("Message sending fails as the recipient's mobile number is " "ported to another carrier."),
    ),
    ReceiptStatus("IB:0013", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("IB:0064", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("IB:0070", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0079", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0100", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0113", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "IB:0168",
        "CMCC",
        ("Message sending fails as the recipient's mobile number is " "ported to another carrier."),
    ),
    ReceiptStatus("IB:0169", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("IB:0194", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("IB:0225", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("IB:0255", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("IB-0013", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("IB-0099", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "IC:0001",
        "CMCC",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("IC:0015", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("IC:0055", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("IC:0062", "CMCC", "The recipient's phone is exceptional."),
    ReceiptStatus(
        "IC:0151",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("IC:0154", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0000", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0001", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0002", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0003", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0004", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0005", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0006", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0007", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0008", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0009", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0010", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0011", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0012", "CMCC", "The billable address is incorrect."),
    ReceiptStatus("ID:0013", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("ID:0014", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0020", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0021", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus(
        "ID:0043",
        "CMCC",
        ("The recipient's mobile number is exceptional as it is ported" " to another carrier."),
    ),
    ReceiptStatus("ID:0044", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0045", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0046", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0047", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0048", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0049", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0051", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0052", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0053", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0054", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("ID:0055", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("ID:0056", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("ID:0061", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0062", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0063", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0064", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0065", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0066", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0067", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0068", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("ID:0069", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus("ID:0070", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("ID:0071", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0072", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0073", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("ID:0074", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0075", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0076", "CMCC", "The message is blocked as it hits a keyword."),
    ReceiptStatus("ID:0077", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0078", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0079", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0080", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0081", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0082", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0083", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0084", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0085", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0086", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0087", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0088", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0089", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("ID:0096", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus("ID:0097", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus(
        "ID:0100",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "ID:0101",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "ID:0102",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "ID:0103",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("ID:0104", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("ID:0105", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0106", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0107", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0108", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("ID:0109", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0110", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0111", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0112", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0113", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0114", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0115", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("ID:0116", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("ID:0117", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("ID:0118", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("ID:0119", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("ID:0120", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("ID:0121", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("ID:0122", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0123", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0124", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0125", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "ID:0126",
        "CMCC",
        ("The recipient's mobile number is exceptional as it is ported" " to another carrier."),
    ),
    ReceiptStatus("ID:0127", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus("ID:0128", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus(
        "ID:0129",
        "CMCC",
        ("The recipient's mobile number is exceptional as it is ported" " to another carrier."),
    ),
    ReceiptStatus("ID:0131", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus("ID:0132", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("ID:0133", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("ID:0134", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("ID:0135", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("ID:0136", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0137", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0138", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0139", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0140", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("ID:0141", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus("ID:0142", "CMCC", "The sending limit is exceeded."),
    ReceiptStatus("ID:0143", "CMCC", "The sending limit is exceeded."),
    ReceiptStatus("ID:0199", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus("ID:0310", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0311", "CMCC", "The sending limit is exceeded."),
    ReceiptStatus("ID:0312", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0313", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0314", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0315", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0317", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:0318", "CMCC", "The message is blocked as it hits a keyword."),
    ReceiptStatus("ID:1240", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:1241", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:1242", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:1243", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "ID:1244",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "ID:1245",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "ID:1246",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "ID:1247",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("ID:1248", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:1249", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:1250", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:1251", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:6150", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ID:6151", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("ID:6152", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("ID:6153", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("INCOMPL", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "INVALID",
        "CMCC",
        (
            "The message is blocked by the carrier as it hits a keyword "
            "(an unsubscription method must be added in marketing SMS "
            "messages)."
        ),
    ),
    ReceiptStatus("JL:0013", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("JL:0014", "CMCC", "The message hits a carrier keyword."),
    ReceiptStatus(
        "JL:0017", "CMCC", ("The recipient's mobile number does not exist or is out of " "service.")
    ),
    ReceiptStatus("JL:0026", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("JL:0028", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("KEY:FIL", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("KEYWORD", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("LIMIT", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("LK:9414", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus(
        "LT:0036",
        "CMCC",
        ("Message sending fails as the recipient's mobile number is " "ported to another carrier."),
    ),
    ReceiptStatus("LU:0002", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("LU:0003", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("M2:0043", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("M2:0045", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("MA:0001", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MA:0002", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0003", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0004", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0005", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0006", "CMCC", "The message hits a carrier keyword."),
    ReceiptStatus("MA:0009", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0010", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0011", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0012", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0013", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0014", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0021", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("MA:0022", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MA:0023", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("MA:0026", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("MA:0036", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("MA:0039", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("MA:0051", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MA:0052", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0053", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("MA:0054", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MA:0054?", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MA:0072", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0073", "CMCC", "-"),
    ReceiptStatus("MA:0191", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MA:0194", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0000", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("MB:0001", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:0002", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0003", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0004", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0005", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0006", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0007", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:0008", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:0010", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0011", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0012", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0013", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0014", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0015", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0017", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0018", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0019", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("MB:0020", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0022", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus(
        "MB:0027",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MB:0031",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MB:0032",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MB:0034",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MB:0051", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0052", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0069", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("MB:0064", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0065", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0066", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0067", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0068", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0070", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0072", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0073", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0077", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0080", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0081", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0083", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0084", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0085", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0088", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MB:0097", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0098", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0099", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0100", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0101", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0102", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0103", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0145", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0147", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0192", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0193", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0194", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0195", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0196", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0241", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0244", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0250", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:0254", "CMCC", "The recipient's phone is exceptional."),
    ReceiptStatus("MB:0255", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:1016", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1024", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1025", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus(
        "MB:1026",
        "CMCC",
        (
            "SMC operating parameters (such as MO speed, MT speed, number"
            " of messages, and number of message entities) reach the "
            "maximum limit of the license."
        ),
    ),
    ReceiptStatus(
        "MB:1031",
        "CMCC",
        (
            'The SMS center returns a "maximum number of sent messages '
            'exceeded" error. The reason may be that the storage of the '
            "recipient's phone is full."
        ),
    ),
    ReceiptStatus("MB:1034", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:1035", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1036", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("MB:1037", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1038", "CMCC", "The recipient's mobile number is suspended."),
    ReceiptStatus("MB:1039", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1040", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus("MB:1041", "CMCC", "The sending limit is exceeded."),
    ReceiptStatus(
        "MB:1042",
        "CMCC",
        (
            "The number of messages cached in the SMC memory to be sent "
            "to the recipient exceeds the maximum number of messages "
            "deliverable to the recipient."
        ),
    ),
    ReceiptStatus(
        "MB:1043",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MB:1044", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1045", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1046", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1047", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1048", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1049", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1050", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "MB:1051",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MB:1052", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1056", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1057", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1058", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1060", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1061", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1062", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1063", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1064", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1065", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MB:1069", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:1070", "CMCC", "The sending limit is exceeded."),
    ReceiptStatus("MB:1072", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:1073", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:1074", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:1075", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:1076", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus(
        "MB:1077",
        "CMCC",
        (
            "The recipient has a record of malicious complaints against "
            "China Mobile and thus is on the blocklist."
        ),
    ),
    ReceiptStatus("MB:1078", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MB:1079", "CMCC", "The message is rejected due to fraud."),
    ReceiptStatus("MB:1080", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:1081", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:1082", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:1083", "CMCC", "The message is rejected due to fraud."),
    ReceiptStatus("MB:1086", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:1279", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MB:8000", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MC:0001", "CMCC", "An unknown error occurs."),
    ReceiptStatus(
        "MC:0055",
        "CMCC",
        (
            "Message sending fails as the recipient's mobile number is "
            "out of area or the storage of the recipient's phone is full."
        ),
    ),
    ReceiptStatus(
        "MC:0055_000",
        "CMCC",
        (
            "Message sending fails as the recipient's mobile number is "
            "out of area or the storage of the recipient's phone is full."
        ),
    ),
    ReceiptStatus(
        "MC:0055_006",
        "CMCC",
        (
            "Message sending fails as the recipient's mobile number is "
            "out of area or the storage of the recipient's phone is full."
        ),
    ),
    ReceiptStatus("MC:0062", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus(
        "MC:0151",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MC00151", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MC_T:55", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("ME:-7", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("MH:0004", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("MH:0007", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("MH:0008", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("MH:18", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("MH:19", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus("MH:20", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("MH:999", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus(
        "MI:XXXX",
        "CMCC",
        (
            "China Mobile error codes start with M, which are mostly "
            "caused by problems with the recipient's mobile phone/number;"
            " for example, the mobile number is out of service, out of "
            "area, or invalid, or the phone is powered off or has poor "
            "reception."
        ),
    ),
    ReceiptStatus(
        "MI:0000",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MI:0001", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("MI:0002", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "MI:0004",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MI:0005",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MI:0008", "CMCC", "An internal CMCC gateway error occurs."),
    ReceiptStatus("MI:0009", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("MI:0010", "CMCC", "The recipient's mobile number has expired."),
    ReceiptStatus(
        "MI:0011",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MI:0012", "CMCC", "The recipient's phone is invalid."),
    ReceiptStatus(
        "MI:0013",
        "CMCC",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MI:0015",
        "CMCC",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MI:0017",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MI:0020",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MI:0022", "CMCC", "An internal CMCC gateway error occurs."),
    ReceiptStatus("MI:0023", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "MI:0024",
        "CMCC",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MI:0029",
        "CMCC",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MI:0030", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MI:0036", "CMCC", "An internal CMCC gateway error occurs."),
    ReceiptStatus("MI:0038", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MI:0041", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "MI:0044",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MI:0043", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("MI:0045", "CMCC", "An internal CMCC gateway error occurs."),
    ReceiptStatus("MI:0048", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "MI:0050",
        "CMCC",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MI:0051", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MI:0052", "CMCC", "Roaming is restricted."),
    ReceiptStatus(
        "MI:0053",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MI:0054",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MI:0055",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MI:0056", "CMCC", "Response times out."),
    ReceiptStatus("MI:0057", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "MI:0059",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MI:0063", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MI:0064", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MI:0075", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "MI:0080",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MI:0081", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "MI:0083",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MI:0084",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MI:0089", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MI:0090", "CMCC", 'VMSC returns a "remote address unreachable" error.'),
    ReceiptStatus("MI:0098", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MI:0099", "CMCC", 'VMSC returns an "unexpected response received" error.'),
    ReceiptStatus("MI:0660", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MI:0999", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MI00000", "CMCC", "The message has expired in the SMS center."),
    ReceiptStatus("MI00020", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MI00022", "CMCC", "The storage of the recipient's phone is full."),
    ReceiptStatus("MI00029", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MI00036", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MI0020", "CMCC", "Message sending fails: ErrorinMS."),
    ReceiptStatus("MILIMIT", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus("MK00001", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("MK00011", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus("MK00013", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus("MK:0000", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "MK:0001",
        "CMCC",
        (
            "The recipient's mobile number is not found in HLR, and the "
            'SMS center returns a status of "unable to identify the '
            'number", which means that the number is incorrect.'
        ),
    ),
    ReceiptStatus("MK:0002", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "MK:0003",
        "CMCC",
        (
            "The recipient is invalid. Recipient authentication fails "
            "during this message sending. The reason may be that MSC "
            "believes that the authentication password of the recipient's"
            " mobile number is invalid. The error code in MSC is 3, which"
            " is defined as 9 in the ETSI GSM 0902 protocol."
        ),
    ),
    ReceiptStatus(
        "MK:0004",
        "CMCC",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MK:0005",
        "CMCC",
        ("The recipient's mobile number does not exist or is out of " "service or suspended."),
    ),
    ReceiptStatus("MK:0006", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0007", "CMCC", "The recipient's phone is invalid."),
    ReceiptStatus(
        "MK:0008",
        "CMCC",
        ("The recipient's region has poor reception, so the message " "cannot be received."),
    ),
    ReceiptStatus("MK:0009", "CMCC", "The recipient's mobile number is out of area: MWDSET"),
    ReceiptStatus("MK:0010", "CMCC", "The recipient's mobile number is temporarily unreachable."),
    ReceiptStatus(
        "MK:0011",
        "CMCC",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:0012", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("MK:0013", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "MK:0015",
        "CMCC",
        (
            "The recipient's phone experiences a software issue when "
            "receiving the sent message; for example, after the phone is "
            "restarted, some software programs for processing messages "
            "have not been initialized, so messages cannot be processed "
            "normally at this time."
        ),
    ),
    ReceiptStatus("MK:0016", "CMCC", "The recipient's phone is invalid."),
    ReceiptStatus("MK:0017", "CMCC", "The storage of the recipient's phone is full."),
    ReceiptStatus("MK:0018", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0019", "CMCC", "MS does not support the SMS termination service."),
    ReceiptStatus("MK:0020", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0021", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0022", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0023", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "MK:0024",
        "CMCC",
        (
            "Message sending fails as the recipient's phone is powered "
            "off when the message is sent."
        ),
    ),
    ReceiptStatus("MK:0025", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0029", "CMCC", "The recipient's mobile number is temporarily unreachable."),
    ReceiptStatus("MK:0030", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0031", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0032", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0033", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0034", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0035", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0036", "CMCC", "An unknown error from MSC occurs."),
    ReceiptStatus("MK:0037", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0038", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MK:0040", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0041", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0043", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus(
        "MK:0044",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:0045", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0046", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0051", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0052", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0053", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0054", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0055", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0056", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0057", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0058", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0061", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0062", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0063", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0065", "CMCC", "GIW response times out."),
    ReceiptStatus("MK:0066", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0068", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MK:0069", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus(
        "MK:0075",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:0077", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0078", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus(
        "MK:0079",
        "CMCC",
        (
            "The recipient's phone has a storage exception. The recipient"
            " is recommended to clear the inbox."
        ),
    ),
    ReceiptStatus("MK:0084", "CMCC", 'HLR returns an "unexpected response received" error.'),
    ReceiptStatus("MK:0088", "CMCC", 'VMSC returns a "potential version mismatch" error.'),
    ReceiptStatus(
        "MK:0090",
        "CMCC",
        ("The recipient's mobile number is out of service or " "temporarily unreachable."),
    ),
    ReceiptStatus("MK:93", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("MK:0098", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("MK:0099", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "MK:0115",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:0118", "CMCC", "The message is blocked as it hits a keyword."),
    ReceiptStatus("MK:0128", "CMCC", "The recipient's phone is invalid."),
    ReceiptStatus("MK:0130", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0195", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0196", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MK:0208", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus(
        "MK:0209",
        "CMCC",
        (
            "The recipient's phone has a storage exception. The recipient"
            " is recommended to clear the inbox."
        ),
    ),
    ReceiptStatus(
        "MK:0210",
        "CMCC",
        (
            "Message sending fails as the recipient's mobile number does "
            "not have the SMS feature activated."
        ),
    ),
    ReceiptStatus("MK:100C", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("MK:100D", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("MK:1002", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MK:1007", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MK:1009", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:1010", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("ML:HMD", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("ML:MBLJ", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "ML:MYWG", "CMCC", ("The recipient's mobile number is not a Chinese mainland " "number.")
    ),
    ReceiptStatus("ML:SHLJ", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("MM:0000", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("MM:0064", "CMCC", "The recipient is on the blocklist."),
    ReceiptStatus(
        "MN:XXXX",
        "CMCC",
        (
            "China Mobile error codes start with M, which are mostly "
            "caused by problems with the recipient's mobile phone/number;"
            " for example, the mobile number is out of service, out of "
            "area, or invalid, or the phone is powered off or has poor "
            "reception."
        ),
    ),
    ReceiptStatus("MN:0000", "CMCC", "The message is blocked as it hits a keyword."),
    ReceiptStatus("MN00001", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "MN:0001",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MN:0009", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "MN:0011",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MN:0012",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MN:0013",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MN0013", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus("MN00013", "CMCC", "The recipient's phone has a cache exception."),
    ReceiptStatus("MN:0017", "CMCC", "The message is rejected."),
    ReceiptStatus("MN:0019", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MN:0020", "CMCC", "An internal CMCC gateway error occurs."),
    ReceiptStatus("MN:0021", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "MN:0022",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MN:0029", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MN:0036", "CMCC", "The recipient's mobile number is out of area."),
    ReceiptStatus("MN:0041", "CMCC", "The recipient's phone is powered off or unreachable."),
    ReceiptStatus("MN:0044", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("MN:0045", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus(
        "MN:0050",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MN:0051", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("MN:0052", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MN:0053", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "MN:0054",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MN:0055", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus(
        "MN:0056",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MN:0059", "CMCC", "The recipient's mobile number is out of area."),
    ReceiptStatus("MN:0075", "CMCC", "An internal carrier error occurs."),
    ReceiptStatus("MN:0084", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("MN:0090", "CMCC", "The recipient's phone is powered off."),
    ReceiptStatus("MN:0098", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("MN:0099", "CMCC", "The message is rejected by the carrier manually."),
    ReceiptStatus("MN:0174", "CMCC", "The message is blocked as it hits a keyword."),
    ReceiptStatus("MN:0660", "CMCC", "The recipient's phone has a storage exception."),
    ReceiptStatus("MN:0999", "CMCC", "The message is blocked as it hits a keyword."),
    ReceiptStatus("MO:0008", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("MO:0013", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("MO:0016", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MOBILE_", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("MOBLLE_", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("MS:1009", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("MT:9414", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("MUSTNOT", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("MX:0002", "CMCC", "Message submission to the upper-level channel fails."),
    ReceiptStatus("MX:0011", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("NA:0001", "CMCC", "A mobile number range identification error occurs."),
    ReceiptStatus("NONE", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "NOTITLE",
        "CMCC",
        (
            "The message is blocked by the carrier as it hits a keyword "
            "(an unsubscription method must be added in marketing SMS "
            "messages)."
        ),
    ),
    ReceiptStatus("NOROUTE", "CMCC", "Route finding fails."),
    ReceiptStatus("NO_ROUT", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("NR-FAIL", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("ODDL", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("OVER_SE", "CMCC", "The gateway restricts the sending time (7:00–21:00)."),
    ReceiptStatus("PARAMS", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("PARAMS_", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("PBLKP", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("PHONERR", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("R1:0010", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("REJRCT", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("ROUTERR", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("RTE_ERR", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("S:10000", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("S::8", "CMCC", "The CMCC gateway is exceptional internally."),
    ReceiptStatus("S::13", "CMCC", "The message is blocked as it hits a keyword."),
    ReceiptStatus("S::15", "CMCC", "The message hits a carrier keyword."),
    ReceiptStatus("S::16", "CMCC", "The recipient's phone has a cache exception."),
    ReceiptStatus("S::37", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("S::91", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("S::92", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("S::99", "CMCC", "The recipient's mobile number is out of service."),
    ReceiptStatus("S::FAIL (S::FAILED)", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("S::TIME", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("SC:0003", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("SC:0005", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("SC:0006", "CMCC", "The message hits a carrier keyword."),
    ReceiptStatus("SC:0010", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("SC:0011", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("SC:0016", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("SD:0070", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("SENDERR", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("SIGNATU", "CMCC", "The province is not identified."),
    ReceiptStatus("SINLIM", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("SINPER", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("SMGP001", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("SP_UNKN", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("STATE:2", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("TA:13", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("TA:169", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("TASNOOK", "CMCC", "The carrier's gateway is exceptional."),
    ReceiptStatus("TC:0001", "CMCC", "The recipient's mobile number is on the blocklist."),
    ReceiptStatus("TC:0007", "CMCC", "The message contains a sensitive word."),
    ReceiptStatus("TD:88", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("TE:0008", "CMCC", "The recipient's mobile number is ported to another carrier."),
    ReceiptStatus("TE:0009", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("TE:0011", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("TE:0012", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("TG:0013", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("TE:0015", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("TE:0016", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("TREFUSE", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("TUIDING", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("UE:0003", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus(
        "UE:0010",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "UNDELIV",
        "CMCC",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("UNKNOWN", "CMCC", "The message status is unknown."),
    ReceiptStatus("USER_RE", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("VALVE:D", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("VALVE:H", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("VALVE:M", "CMCC", "The frequency limit is reached."),
    ReceiptStatus("WBLIST", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("XA:0138", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("XA:2040", "CMCC", "Cross-network sending is not supported."),
    ReceiptStatus("XA:2112", "CMCC", "Cross-network sending is not supported."),
    ReceiptStatus("XA:2138", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("XA:2139", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("XL:169", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("XREJECT", "CMCC", "The recipient's mobile number does not exist."),
    ReceiptStatus("YF:031", "CMCC", "The recipient's phone has a reception exception."),
    ReceiptStatus("YF:032", "CMCC", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("YF:0415", "CMCC", "The carrier's frequency limit is reached."),
    ReceiptStatus("YX:8007", "CMCC", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("ZN:0418", "CMCC", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("-201", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("-103", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-99", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-74", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("-43", "UNICOM", "The storage of the recipient's phone is full."),
    ReceiptStatus("-37", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("-12", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("-9", "UNICOM", "The message hits a carrier keyword."),
    ReceiptStatus("-8", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("-4", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("-3", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("-1", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus(
        "0.089583",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("0.103472", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("0.1208", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("0.1299", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("0.150694444", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("0.209722", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("0000001", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("0000002", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("0000003", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("0000004", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "0000005",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("0000008", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("0000010", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "0000011", "UNICOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus("0000012", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "0000015",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("0000017", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("0000023", "UNICOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("0000024", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("0000029", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("0000030", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("0000046", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("0000048", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("0000055", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "0000056",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "0000072",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("0000074", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("0000079", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("0000086", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus(
        "0000088",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("0000089", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("0000093", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("0000097", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("0000099", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("1", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("2", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("3", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("4", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("5", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("6", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("8", "UNICOM", "The message length is incorrect."),
    ReceiptStatus(
        "9", "UNICOM", ("The serial number is invalid (duplicate, incorrect format, " "etc.).")
    ),
    ReceiptStatus(
        "10",
        "UNICOM",
        (
            "The Src_ID is incorrect; for example, the recipient's mobile"
            " number does not exist or is restricted or forwarded to the "
            "China Unicom secretary service, or the recipient's phone is "
            "powered off."
        ),
    ),
    ReceiptStatus("11", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus(
        "12",
        "UNICOM",
        (
            "The billable address is incorrect; for example, the "
            "recipient's mobile number does not exist or is restricted or"
            " forwarded to the China Unicom secretary service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "13",
        "UNICOM",
        (
            "The service code is not assigned, and the corresponding "
            "declaration item cannot be found according to the access "
            "number and service code on the MT list."
        ),
    ),
    ReceiptStatus("14", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("15", "UNICOM", "The recipient's mobile number is out of area."),
    ReceiptStatus("16", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("17", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("18", "UNICOM", "The recipient does not subscribe to the message."),
    ReceiptStatus("19", "UNICOM", "The recipient does not subscribe to the message."),
    ReceiptStatus("20", "UNICOM", "The recipient's mobile number is temporarily out of service."),
    ReceiptStatus("21", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("22", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("23", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("24", "UNICOM", "The billable mobile number is invalid (out of service)."),
    ReceiptStatus("27", "UNICOM", "The recipient's phone does not support SMS."),
    ReceiptStatus("29", "UNICOM", "The recipient's mobile number is incorrect."),
    ReceiptStatus("31", "UNICOM", "The recipient's phone is invalid."),
    ReceiptStatus("32", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("33", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("34", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("35", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("36", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("37", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("38", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("40", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("41", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("43", "UNICOM", "The storage of the recipient's phone is full."),
    ReceiptStatus("44", "UNICOM", "The recipient's phone does not have the SMS feature."),
    ReceiptStatus("45", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("46", "UNICOM", "Contact SMS Helper for assistance."),
    ReceiptStatus("48", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("49", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("50", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("51", "UNICOM", "The recipient's phone is exceptional."),
    ReceiptStatus("52", "UNICOM", "The recipient's phone does not have the SMS feature."),
    ReceiptStatus("53", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("54", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("55", "UNICOM", "The recipient's mobile number is out of area."),
    ReceiptStatus("56", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("57", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("58", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("59", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("61", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("63", "UNICOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("64", "UNICOM", "The recipient's mobile number is out of area."),
    ReceiptStatus("66", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("67", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("69", "UNICOM", "The recipient is on the blocklist."),
    ReceiptStatus("70", "UNICOM", "The recipient's mobile number is out of area."),
    ReceiptStatus(
        "72", "UNICOM", ("The recipient's mobile number in the 145 range does not " "exist.")
    ),
    ReceiptStatus("73", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("75", "UNICOM", "The recipient's mobile number is restricted."),
    ReceiptStatus("79", "UNICOM", "The storage of the recipient's phone is full."),
    ReceiptStatus("83", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "85",
        "UNICOM",
        (
            "The recipient's mobile number does not exist, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("86", "UNICOM", "The recipient's mobile number is out of area."),
    ReceiptStatus("88", "UNICOM", "The recipient's mobile number is out of area."),
    ReceiptStatus("89", "UNICOM", "The recipient's mobile number is out of area."),
    ReceiptStatus("90", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("92", "UNICOM", "Contact SMS Helper for assistance."),
    ReceiptStatus(
        "93",
        "UNICOM",
        (
            "Monthly rent authentication fails as the recipient's mobile "
            "number is out of service or canceled."
        ),
    ),
    ReceiptStatus(
        "95",
        "UNICOM",
        ("Authentication fails as the recipient's mobile number does " "not exist or is canceled."),
    ),
    ReceiptStatus("98", "UNICOM", "The recipient's mobile number is temporarily out of service."),
    ReceiptStatus("99", "UNICOM", "The recipient's mobile number is temporarily out of service."),
    ReceiptStatus("100", "UNICOM", "Contact SMS Helper for assistance."),
    ReceiptStatus("100:97", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("101", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("102", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("103", "UNICOM", "Contact SMS Helper for assistance."),
    ReceiptStatus("104", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus(
        "105",
        "UNICOM",
        ("The recipient's mobile number is out of service, suspended, " "or forbidden."),
    ),
    ReceiptStatus("106", "UNICOM", "Authentication fails as the fees are invalid."),
    ReceiptStatus("107", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("110", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("114", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("116", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("117", "UNICOM", "Contact SMS Helper for assistance."),
    ReceiptStatus("118", "UNICOM", "The recipient's phone does not have the SMS feature."),
    ReceiptStatus("121", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("122", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "124",
        "UNICOM",
        (
            "The recipient's phone is powered off, or the recipient's "
            "mobile number is suspended or forbidden."
        ),
    ),
    ReceiptStatus("141", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("148", "UNICOM", "An internal carrier error occurs."),
    ReceiptStatus("164", "UNICOM", "Contact SMS Helper for assistance."),
    ReceiptStatus("174", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("181", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("182", "UNICOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("193", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("194", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("210", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "213",
        "UNICOM",
        ("The recipient's mobile number is out of service, suspended, " "or forbidden."),
    ),
    ReceiptStatus(
        "219",
        "UNICOM",
        (
            "The message cannot be received as the recipient's mobile "
            "number is out of service or temporarily unreachable, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("222", "UNICOM", "The message is blocked as it contains a sensitive word."),
    ReceiptStatus("227", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("230", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("237", "UNICOM", "The recipient is on the blocklist."),
    ReceiptStatus("239", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("245", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("253", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("254", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("255", "UNICOM", "Contact SMS Helper for assistance."),
    ReceiptStatus("706", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "43497",
        "UNICOM",
        ("The recipient's mobile number does not exist, or the " "recipient is on the blocklist."),
    ),
    ReceiptStatus("2-67", "UNICOM", "The message is blocked by the carrier."),
    ReceiptStatus("2-68", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("2:01", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("2:05", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("2:3", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus(
        "2:4",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("2:8", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:10", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:11", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:12", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("2:13", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:15", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:17", "UNICOM", "The recipient's phone has a cache exception."),
    ReceiptStatus("2:18", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("2:19", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("2:20", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:21", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("2:22", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("2:23", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:24", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:36", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:38", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:40", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("2:41", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:44", "UNICOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("2:46", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("2:53", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("2:55", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:56", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:63", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:86", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:72", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:75", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:79", "UNICOM", "The recipient's phone has a storage exception."),
    ReceiptStatus("2:83", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:89", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("2:93", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:95", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("2:98", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:100", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("2:182", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:211", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("2:213", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:242", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "2:23000",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("2:24000", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("2:50000", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("100:23", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "100:29",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("100:101", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("BLACK", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("BWLISTS", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("CJ:0005", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus(
        "CU:0020", "UNICOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus("DB:0005", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("DB00108", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("DJ:0141", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus(
        "DJ:0255", "UNICOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus("E:DISPR", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("E:ONSUB", "UNICOM", "The carrier's network fails."),
    ReceiptStatus("ERR:000", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus(
        "ERR:004", "UNICOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus("ERR:005", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("ERR:008", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("ERR:010", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("ERR:012", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("ERR:017", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus(
        "ERR:032", "UNICOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus("ERROR", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("FAIL_BL", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("FAIL_IN", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("FAIL_MO", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("FF:0001", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("GB:0006", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("GB:0015", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("HONGZHA", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("LT:0", "UNICOM", "Message sending succeeds."),
    ReceiptStatus("LT:0000", "UNICOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("LT:0001", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "LT:0002",
        "UNICOM",
        (
            "A China Unicom failure occurs due to poor reception. If "
            "batch failures occur, the reason may be that the message "
            "contains a sensitive word. In this case, you need to confirm"
            " with the carrier."
        ),
    ),
    ReceiptStatus("LT:0003", "UNICOM", "The recipient's mobile number is invalid."),
    ReceiptStatus("LT:0004", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("LT:0005", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0006", "UNICOM", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("LT:0008", "UNICOM", "The storage of the recipient's phone is full."),
    ReceiptStatus("LT:0009", "UNICOM", "The recipient's mobile number is invalid."),
    ReceiptStatus("LT:00-1", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:00-4", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:00-9", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("LT:0010", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("LT:0011", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("LT:0012", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("LT:0013", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("LT:0015", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0016", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:0017", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0020", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0022", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0023", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("LT:0024", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("LT:0027", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("LT:0029", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("LT:0031", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:0040", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("LT:0044", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0046", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0048", "UNICOM", "Call fails."),
    ReceiptStatus("LT:0050", "UNICOM", "The recipient's mobile number is temporarily unreachable."),
    ReceiptStatus("LT:0051", "UNICOM", "The recipient's mobile number is temporarily unreachable."),
    ReceiptStatus("LT:0052", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("LT:0053", "UNICOM", "The recipient's mobile number is temporarily unreachable."),
    ReceiptStatus("LT:0054", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("LT:0055", "UNICOM", "Inbound call is restricted."),
    ReceiptStatus("LT:0057", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0059", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("LT:0061", "UNICOM", "The message is blocked."),
    ReceiptStatus("LT:0069", "UNICOM", "A China Unicom failure occurs."),
    ReceiptStatus("LT:0075", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("LT:0079", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0086", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0089", "UNICOM", "The recipient's mobile number is invalid."),
    ReceiptStatus("LT:0090", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0092", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0093", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0098", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0100", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("LT:0104", "UNICOM", "The recipient's phone is invalid."),
    ReceiptStatus("LT:0106", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:0117", "UNICOM", "The message is blocked by the gateway."),
    ReceiptStatus("LT:0122", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:0-37", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("LT:0-74", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("LT:1", "UNICOM", "The recipient's mobile number is invalid."),
    ReceiptStatus("LT:5", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:6", "UNICOM", "The recipient's phone is invalid."),
    ReceiptStatus("LT:9", "UNICOM", "The recipient's phone is invalid."),
    ReceiptStatus(
        "LT:11",
        "UNICOM",
        ("Message sending fails as the recipient's mobile number is " "ported to another carrier."),
    ),
    ReceiptStatus("LT:12", "UNICOM", "The recipient's phone is invalid."),
    ReceiptStatus("LT:13", "UNICOM", "Call is forbidden."),
    ReceiptStatus(
        "LT:23",
        "UNICOM",
        ("Message sending fails as the recipient's mobile number is " "ported to another carrier."),
    ),
    ReceiptStatus("LT:27", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:31", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:32", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:34", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:35", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:36", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:52", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:61", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:67", "UNICOM", "The recipient is on the blocklist."),
    ReceiptStatus("LT:86", "UNICOM", "The recipient is on the blocklist."),
    ReceiptStatus("LT:90", "UNICOM", "The recipient's phone is faulty."),
    ReceiptStatus("LT:91", "UNICOM", "The recipient's phone does not have the SMS feature."),
    ReceiptStatus("LT:92", "UNICOM", "The storage of the recipient's phone is full."),
    ReceiptStatus("LT:100", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:101", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("LT:102", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:103", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("LT:104", "UNICOM", "The recipient's mobile number is invalid."),
    ReceiptStatus("LT:106", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("LT:107", "UNICOM", "The recipient's mobile number is invalid."),
    ReceiptStatus("LT:110", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:111", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:112", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:113", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:114", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:115", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:116", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:117", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:118", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:119", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:120", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:121", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:122", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:181", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:182", "UNICOM", "The operation is forbidden."),
    ReceiptStatus("LT:21", "UNICOM", "The recipient's phone does not have the SMS feature."),
    ReceiptStatus("LT:215", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:217", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:218", "UNICOM", "The recipient's number is invalid."),
    ReceiptStatus("LT:219", "UNICOM", "The recipient's number is invalid."),
    ReceiptStatus("LT:220", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("LT:221", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:222", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:223", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:225", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:226", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:227", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:228", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:229", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:230", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:231", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:232", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:233", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:234", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:235", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:236", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:237", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:238", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:239", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:240", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:241", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:242", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:243", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:244", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:245", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:246", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:247", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:248", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:249", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:250", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:251", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:252", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:253", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("LT:254", "UNICOM", "An internal UNICOM gateway error occurs."),
    ReceiptStatus("MA:0038", "UNICOM", "The carrier's frequency limit is reached."),
    ReceiptStatus("MAXFREQ", "UNICOM", "The carrier's frequency limit is reached."),
    ReceiptStatus("MC:000", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus(
        "MK:-108",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MK:-74",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:-43", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "MK:-37",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MK:-9",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("MK:1", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("MK:2", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "MK:3",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MK:5",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:7", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:8", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:9", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("MK:10", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:11", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:12", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:13", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "MK:15",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:17", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:19", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "MK:20",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MK:21",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MK:23",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MK:24",
        "UNICOM",
        ("The recipient's mobile number does not have the SMS feature " "enabled."),
    ),
    ReceiptStatus(
        "MK:25",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "MK:27",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:29", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:44", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:53", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:54", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "MK:55",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:56", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "MK:57",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:63", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "MK:75",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:90", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:92", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MK:100", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "MK:122",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MK:1000", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MN:0082", "UNICOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("MO:0001", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("MO:0032", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("MO:0254", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("MO:0084", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("MO:0086", "UNICOM", "The carrier's frequency limit is reached."),
    ReceiptStatus("MO:0094", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("MO:0247", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("MS:0005", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("MS:1005", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "MS:1007",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone has a reception exception."
        ),
    ),
    ReceiptStatus(
        "MX:0001", "UNICOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus("MX:0004", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("MX:0005", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "MX:0006", "UNICOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus("MX:0007", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus(
        "MX:0008", "UNICOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus("MX:0009", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("MX:0010", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("MX:0013", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("QM_FAIL", "UNICOM", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("R:00002", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00003", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00004", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00009", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00014", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00017", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00018", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("R:00019", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00020", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00022", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00027", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00029", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00033", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00035", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00036", "UNICOM", "The frequency limit is reached."),
    ReceiptStatus("R:00041", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00044", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00045", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00048", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00050", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00051", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00053", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00054", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00055", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00057", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00058", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00059", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00064", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00067", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00068", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00069", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00070", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00072", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00073", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00075", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00079", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00083", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00085", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00086", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00088", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00089", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00090", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("R:00092", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00093", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00096", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00098", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00099", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00106", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00124", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00181", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00182", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("R:00210", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00230", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00242", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00245", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00253", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00254", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00605", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00612", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00613", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00614", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00615", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00616", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("R:00617", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00619", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00627", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00634", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00636", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00640", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00650", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00680", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00701", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00702", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00704", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00705", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("R:00706", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00707", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00708", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00711", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00713", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00714", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00718", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00721", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00726", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00760", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00761", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00762", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00763", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00764", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00765", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00771", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00779", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00801", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00802", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00814", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00815", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00817", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00827", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00869", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00875", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00899", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00980", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:00999", "UNICOM", "The frequency limit is reached."),
    ReceiptStatus("R:04300", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("R:04414", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:04442", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("R:04701", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R1:0013", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R1:0043", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R1:1011", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R2:0010", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("R2:0011", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("S:-19", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus(
        "S:-9",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "S:-6",
        "UNICOM",
        ("Message sending fails as the recipient's mobile number is " "ported to another carrier."),
    ),
    ReceiptStatus("S:1", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("S:9", "UNICOM", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("S:43", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:-74", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("SGIP:-37", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("SGIP:0", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("SGIP:1", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("SGIP:2", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("SGIP:3", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "SGIP:4",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("SGIP:5", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("SGIP:7", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("SGIP:8", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("SGIP:9", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:11", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("SGIP:12", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("SGIP:13", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus(
        "SGIP:15",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "SGIP:24",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("SGIP:27", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("SGIP:29", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("SGIP:51", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("SGIP:54", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("SGIP:57", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "SGIP:75",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("SGIP:81", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:82", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:83", "UNICOM", "The frequency limit is reached."),
    ReceiptStatus("SGIP:84", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:85", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:86", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:87", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:88", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:89", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:90", "UNICOM", "The message is blocked by the carrier."),
    ReceiptStatus("SGIP:91", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:92", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:93", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:94", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SGIP:98", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus(
        "SGIP:100",
        "UNICOM",
        ("The recipient's mobile number does not exist or is out of " "service."),
    ),
    ReceiptStatus(
        "SK:8210",
        "UNICOM",
        ("The recipient's mobile number is exceptional as it is ported" " to another carrier."),
    ),
    ReceiptStatus("SME-9", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("TE:0013", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("U:-108", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U:-75", "UNICOM", "The carrier's frequency limit is reached."),
    ReceiptStatus("U:-74", "UNICOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("U:-37", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U:-17", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U:1", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U:2", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:3", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:4", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U:5", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U:7", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:8", "UNICOM", "The message length exceeds the limit."),
    ReceiptStatus("U:9", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U:10", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U:11", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:12", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:13", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:15", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("U:17", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:18", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:20", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U:22", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:23", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:24", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U:29", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U:31", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("U:36", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U:40", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:44", "UNICOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("U:48", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:51", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U:53", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U:54", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U:58", "UNICOM", "The recipient's phone has a storage exception."),
    ReceiptStatus("U:59", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:69", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("U:75", "UNICOM", "The carrier's frequency limit is reached."),
    ReceiptStatus("U:76", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:98", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U:100", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:115", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U:122", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "U2:-108",
        "UNICOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("U2:-82", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:-75", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("U2:-74", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:-62", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:-37", "UNICOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("U2:-29", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("U2:-26", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:-19", "UNICOM", "The recipient is on the blocklist."),
    ReceiptStatus("U2:-17", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:-9", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "U2:-2",
        "UNICOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("U2:-3", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:1", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U2:2", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("U2:3", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("U2:4", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:5", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:6", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("U2:7", "UNICOM", "Message sending exceeds the limit."),
    ReceiptStatus("U2:8", "UNICOM", "The message length exceeds the limit."),
    ReceiptStatus("U2:9", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("U2:10", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U2:11", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("U2:12", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("U2:13", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("U2:15", "UNICOM", "The recipient's mobile number is out of area."),
    ReceiptStatus("U2:16", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("U2:17", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("U2:18", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:20", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:21", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:22", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("U2:23", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("U2:24", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U2:27", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:29", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U2:30", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:31", "UNICOM", "The recipient's phone is exceptional."),
    ReceiptStatus("U2:32", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:35", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:36", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:38", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:40", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:43", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:44", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("U2:45", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:46", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("U2:48", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U2:50", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:51", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("U2:52", "UNICOM", "The recipient's phone does not have the SMS feature."),
    ReceiptStatus("U2:53", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:54", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:55", "UNICOM", "The recipient's mobile number is out of area."),
    ReceiptStatus("U2:56", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:57", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("U2:58", "UNICOM", "The recipient's phone is exceptional."),
    ReceiptStatus("U2:59", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus(
        "U2:61",
        "UNICOM",
        (
            "The recipient's mobile number does not exist, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("U2:63", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:66", "UNICOM", "The recipient's phone has a storage exception."),
    ReceiptStatus("U2:67", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U2:69", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("U2:72", "UNICOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("U2:73", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:74", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:75", "UNICOM", "The carrier's frequency limit is reached."),
    ReceiptStatus("U2:79", "UNICOM", "The recipient's mobile number is exceptional."),
    ReceiptStatus("U2:80", "UNICOM", "The recipient's phone is powered off."),
    ReceiptStatus("U2:83", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:86", "UNICOM", "The recipient's phone has a cache exception."),
    ReceiptStatus("U2:88", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("U2:89", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("U2:90", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:92", "UNICOM", "The recipient's phone has a cache exception."),
    ReceiptStatus("U2:93", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:95", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:98", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:99", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:100", "UNICOM", "The UNICOM gateway is exceptional internally."),
    ReceiptStatus("U2:106", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:115", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:116", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("U2:117", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("U2:121", "UNICOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("U2:122", "UNICOM", "The recipient's phone is exceptional."),
    ReceiptStatus("U2:182", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:247", "UNICOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("U2:252", "UNICOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("W-BLACK", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("XY:0000", "UNICOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("006", "TELECOM", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus("010", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("13-19", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("23-29", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("112-116", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("128-255", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("650(660\\99", "TELECOM", "The frequency limit is reached."),
    ReceiptStatus("702", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("705", "TELECOM", "The recipient's mobile number is suspended."),
    ReceiptStatus(
        "708",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "711",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("712", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("713", "TELECOM", "The message is blocked by the carrier as it hits a keyword."),
    ReceiptStatus(
        "714",
        "TELECOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "716",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("717", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("718", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "726",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "731",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "760",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "762",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "771",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "779",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("999", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("1000", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("1107", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("1509949", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("ACCEPTD", "TELECOM", "The message has been received by the recipient."),
    ReceiptStatus("BLACKMB", "TELECOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("BLACKWD", "TELECOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("BWLISTSS163S", "TELECOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus(
        "DB:0612",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "DB:0613",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "DB:0614",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "DB:0615",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "DB:0618",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("DB:0620", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("DB:0622", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("DB:0627", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "DB:0636",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("DB:0640", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "DB:0650",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus(
        "DB:0899",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("DB:0999", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "DB:1037",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("DELIVER", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("E:ODSL", "TELECOM", "The carrier's frequency limit is reached."),
    ReceiptStatus("ERR:601", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("ERR:602", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus(
        "ERR:612", "TELECOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus("ERR:613", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("ERR:615", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("ERR:617", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("ERR:618", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("ERR:627", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("ERR:640", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("ERR:660", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIRED_76", "TELECOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("EXPIREDS001S", "TELECOM", "The recipient's phone has a cache exception."),
    ReceiptStatus("EXPIREDS010S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("EXPIREDS601S", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("EXPIREDS602S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("EXPIREDS608S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("EXPIREDS612S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS613S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS614S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS615S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS616S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS617S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS618S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS619S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS622S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS636S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS640S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("EXPIREDS650S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS660S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("EXPIREDS702S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("EXPIREDS705S", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("EXPIREDS711S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("EXPIREDS712S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS713S", "TELECOM", "The recipient's phone has a storage exception."),
    ReceiptStatus(
        "EXPIREDS714S",
        "TELECOM",
        (
            "No acknowledgment information is received. The recipient is "
            "recommended to clear the phone cache."
        ),
    ),
    ReceiptStatus("EXPIREDS716S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS717S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS726S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS731S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("EXPIREDS760S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("EXPIREDS765S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("EXPIREO", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("F000039", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("F1120", "TELECOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus(
        "F1121", "TELECOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus(
        "F121420", "TELECOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus(
        "F1214H1", "TELECOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus(
        "F1214HY", "TELECOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus("FAILED", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("GB:0002", "TELECOM", "The frequency limit is reached."),
    ReceiptStatus(
        "GB:0014",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("MBBLACK", "TELECOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("ME:-3", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("MK:1006", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "MO:0009", "TELECOM", "The message is blocked by the carrier as it hits a keyword."
    ),
    ReceiptStatus("MOBILEBLAC", "TELECOM", "The recipient is on the carrier's blocklist."),
    ReceiptStatus("MS:0002", "TELECOM", "The carrier's frequency limit is reached."),
    ReceiptStatus("MS:219", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("MS:1106", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("NOPASS", "TELECOM", "The message is blocked by the carrier manually."),
    ReceiptStatus("PBDQ", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "RDBLACK",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("R:00000", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00001", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00005", "TELECOM", "The recipient's mobile number is suspended."),
    ReceiptStatus(
        "R:00006",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("R:00008", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("R:00011", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus(
        "R:00012",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("R:00013", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("R:00023", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus(
        "R:00056",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("R:00061", "TELECOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("R:00102", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("R:00104", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "R:00168",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("R:00601", "TELECOM", "The recipient's mobile number is suspended."),
    ReceiptStatus(
        "R:00602",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("R:00660", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("REFUSED", "TELECOM", "The frequency limit is reached."),
    ReceiptStatus("REJECT", "TELECOM", "The message is rejected by the carrier manually."),
    ReceiptStatus("REJECTDS174S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("REJECTDS255S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "REJECTDS706S",
        "TELECOM",
        ("The recipient's phone is powered off, which causes data " "retention."),
    ),
    ReceiptStatus("REJECTDS726S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("REJECTDS900S", "TELECOM", "The recipient's phone has a cache exception."),
    ReceiptStatus("REJECTE", "TELECOM", "The message is blocked by the carrier manually."),
    ReceiptStatus("ROUTEERR", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("S::TIMEOUT", "TELECOM", "Submission times out."),
    ReceiptStatus("SGIP:10", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus(
        "SMGP601",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("SMGP602", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("SMGP603", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("SMGP609", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGP614", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("SMGP615", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("SMGP624", "TELECOM", "The frequency limit is reached."),
    ReceiptStatus("SMGP627", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("SMGP628", "TELECOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("SMGP634", "TELECOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("SMGP640", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("SMGP660", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGP701", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("SMGP702", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("SMGP703", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("SMGP704", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGP705", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("SMGP713", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("SMGP714", "TELECOM", "The recipient's phone has a cache exception."),
    ReceiptStatus("SMGP726", "TELECOM", "The recipient's phone is exceptional."),
    ReceiptStatus("SMGP728", "TELECOM", "The recipient's phone is exceptional."),
    ReceiptStatus("SMGP730", "TELECOM", "The recipient's phone is exceptional."),
    ReceiptStatus(
        "SMGP801",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("SMGP802", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("SMGP815", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("SMGP840", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("SMGPERR:1", "TELECOM", "The recipient's phone is exceptional."),
    ReceiptStatus("SMGPERR:10", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:11", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:12", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:13", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:14", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:15", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:16", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:17", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:18", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:19", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:2", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:20", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:21", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:22", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:23", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:24", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:25", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:26", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:27", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:28", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:29", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:3", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:30", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:31", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:32", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:33", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:34", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:35", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:36", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:37", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:38", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:39", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:4", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:40", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:43", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:44", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:45", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:46", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:47", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:48", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:49", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:50", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:51", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:52", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:53", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:54", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:55", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SMGPERR:56", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SPMSERR:10", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("SPMSERR:11", "TELECOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("SPMSERR:12", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SPMSERR:13", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SPMSERR:14", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SPMSERR:15", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SPMSERR:16", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SPMSERR:25", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SPMSERR:30", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SPMSERR:31", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SPMSERR:99", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("SUBFAIL", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus(
        "SUPERWD",
        "TELECOM",
        (
            "The recipient's mobile number does not exist or is out of "
            "service, or the recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("SWITCH", "TELECOM", "China Telecom does not support sending marketing SMS."),
    ReceiptStatus("TIMEUP", "TELECOM", "The carrier's gateway is exceptional."),
    ReceiptStatus("UNDELIV_60", "TELECOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("UNDELIV_64", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("UNDELIV_70", "TELECOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("UNDELIV_80", "TELECOM", "The recipient's mobile number is suspended."),
    ReceiptStatus("UNDELIVS001S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("UNDELIVS010S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("UNDELIVS601S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("UNDELIVS602S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("UNDELIVS606S", "TELECOM", "The message is blocked by the carrier's gateway."),
    ReceiptStatus("UNDELIVS608S", "TELECOM", "The carrier is exceptional internally."),
    ReceiptStatus(
        "UNDELIVS612S",
        "TELECOM",
        (
            "The recipient's phone has a reception exception. The "
            "recipient is recommended to restart the phone."
        ),
    ),
    ReceiptStatus("UNDELIVS613S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "UNDELIVS614S",
        "TELECOM",
        (
            "No acknowledgment information is received. The recipient is "
            "recommended to clear the phone cache."
        ),
    ),
    ReceiptStatus("UNDELIVS615S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS616S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS617S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS618S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS619S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS620S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS622S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS625S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS627S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS634S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS636S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS640S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("UNDELIVS650S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS660S", "TELECOM", "The message is blocked as it hits a keyword."),
    ReceiptStatus("UNDELIVS680S", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus(
        "UNDELIVS701S",
        "TELECOM",
        ("The recipient's mobile number does not exist or is out of " "service."),
    ),
    ReceiptStatus("UNDELIVS702S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS704S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("UNDELIVS705S", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("UNDELIVS706S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("UNDELIVS707S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS711S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS712S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "UNDELIVS713S",
        "TELECOM",
        (
            "No acknowledgment information is received. The recipient is "
            "recommended to clear the phone cache."
        ),
    ),
    ReceiptStatus("UNDELIVS714S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS716S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS717S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "UNDELIVS718S",
        "TELECOM",
        ("The recipient's phone has poor reception when the message is" " sent."),
    ),
    ReceiptStatus("UNDELIVS719S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS721S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS726S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS730S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "UNDELIVS731S",
        "TELECOM",
        (
            "No acknowledgment information is received. The recipient is "
            "recommended to clear the phone cache."
        ),
    ),
    ReceiptStatus("UNDELIVS761S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS762S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS764S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("UNDELIVS765S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("UNDELIVS766S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus(
        "UNDELIVS767S",
        "TELECOM",
        (
            "The recipient's mobile number is out of service, or the "
            "recipient's phone is powered off."
        ),
    ),
    ReceiptStatus("UNDELIVS768S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS771S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("UNDELIVS779S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS801S", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("UNDELIVS802S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("UNDELIVS812S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS813S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus(
        "UNDELIVS814S",
        "TELECOM",
        ("The recipient's phone is powered off when the message is " "sent."),
    ),
    ReceiptStatus("UNDELIVS815S", "TELECOM", "The recipient's phone is exceptional."),
    ReceiptStatus("UNDELIVS817S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS819S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS822S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS827S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS836S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("UNDELIVS860S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus("UNDELIVS869S", "TELECOM", "The recipient's mobile number is out of service."),
    ReceiptStatus("UNDELIVS870S", "TELECOM", "The recipient's mobile number does not exist."),
    ReceiptStatus(
        "UNDELIVS880S",
        "TELECOM",
        (
            "The recipient's phone is exceptional. The recipient is "
            "recommended to clear the cache and try again."
        ),
    ),
    ReceiptStatus("UNDELIVS899S", "TELECOM", "No response is returned when the message is sent."),
    ReceiptStatus("UNDELIVS908S", "TELECOM", "Message sending is jammed during peak hours."),
    ReceiptStatus("UNDELIVS999S", "TELECOM", "The recipient's phone is powered off."),
    ReceiptStatus("UNKNOWN879S", "TELECOM", "The recipient's phone has a reception exception."),
    ReceiptStatus("WZ:9413", "TELECOM", "The frequency limit is reached."),
    ReceiptStatus(
        "ZZ:9023",
        "TELECOM",
        ("The carrier's frequency limit (one message every three days)" " is reached."),
    ),
)

SENDING_ERRORS: dict[int, SendingError] = {
    1001: SendingError(
        1001,
        "`sig` verification failed.",
        "Check the `sig` against the format requirements in the API.",
    ),
    1002: SendingError(
        1002, "The SMS message contains sensitive words.", "Contact SMS Helper for assistance."
    ),
    1003: SendingError(
        1003,
        "The request body has no `sig` field or the `sig` field is empty.",
        "Follow the API specification.",
    ),
    1004: SendingError(
        1004,
        (
            "Failed to parse the request packet. Usually, this is because that the "
            "API specification was not followed."
        ),
        "For more information, see What should I do if error 1004 is returned?.",
    ),
    1006: SendingError(
        1006,
        "The request has no permissions.",
        (
            "Check the error message for solution. If the problem persists, contact"
            " SMS Helper and provide the failed mobile number for assistance."
        ),
    ),
    1007: SendingError(
        1007,
        "Other errors.",
        (
            "Check the error message for solution. If the problem persists, contact"
            " SMS Helper and provide the failed mobile number for assistance."
        ),
    ),
    1008: SendingError(
        1008,
        "The request to send an SMS message timed out.",
        "The probability of this error is very low. You can retry to solve it.",
    ),
    1009: SendingError(
        1009,
        "The request IP is not on the allowlist.",
        (
            "You have configured the verification of request source IP, but the "
            "current requesting IP is not on the configured allowlist. If "
            "necessary, contact SMS Helper for assistance."
        ),
    ),
    1011: SendingError(
        1011, "This RESTful API does not exist.", "See the RESTful API description."
    ),
    1012: SendingError(
        1012,
        "The signature is in incorrect format or has not been approved.",
        (
            "The signature can contain only 2–12 letters and digits. If its format "
            "is correct, check whether it has been approved."
        ),
    ),
    1013: SendingError(
        1013,
        "The SMS sending hits the sending frequency limit policy.",
        (
            "You can adjust the policy in the console. If you have other "
            "requirements, contact SMS Helper for assistance."
        ),
    ),
    1014: SendingError(
        1014,
        (
            "The template content has not been approved or does not match the "
            "content of the approved template."
        ),
        "For more information, see What should I do if error 1014 is returned?.",
    ),
    1015: SendingError(
        1015,
        (
            "The mobile number is on the blocklist. Usually, this is because that "
            "the user unsubscribed or the carrier's blocklist was hit."
        ),
        "Contact SMS Helper for assistance.",
    ),
    1016: SendingError(
        1016,
        "The format of the mobile number is incorrect.",
        "For more information, see What should I do if error 1016 is returned?.",
    ),
    1017: SendingError(
        1017,
        "The content of the requested SMS message is too long.",
        "For message length calculation rule, see SMS Length Calculation Rule.",
    ),
    1019: SendingError(1019, "The `sdkappid` does not exist.", None),
    1020: SendingError(
        1020,
        "The `sdkappid` has been disabled.",
        (
            "This `sdkappid` is forbidden to provide services. If necessary, "
            "contact SMS Helper for assistance."
        ),
    ),
    1021: SendingError(
        1021,
        (
            "The request was initiated at an exceptional time. Usually, this is "
            "because that the time difference between your server and Tencent Cloud"
            " server exceeds 10 minutes."
        ),
        ("Check whether the server time and the time field in the API are " "correct."),
    ),
    1022: SendingError(
        1022,
        ("The number of SMS messages sent on the current day exceeds the set " "upper limit."),
        "You can adjust the SMS sending frequency limit policy in the console.",
    ),
    1023: SendingError(
        1023,
        (
            "The number of SMS messages sent to a single mobile number within 30 "
            "seconds exceeds the set upper limit."
        ),
        "You can adjust the SMS sending frequency limit policy in the console.",
    ),
    1024: SendingError(
        1024,
        (
            "The number of SMS messages sent to a single mobile number within 1 "
            "hour exceeds the set upper limit."
        ),
        "You can adjust the SMS sending frequency limit policy in the console.",
    ),
    1025: SendingError(
        1025,
        (
            "The number of SMS messages sent to a single mobile number on the "
            "current day exceeds the set upper limit."
        ),
        "You can adjust the SMS sending frequency limit policy in the console.",
    ),
    1026: SendingError(
        1026,
        (
            "The number of identical SMS messages sent to a single mobile number "
            "exceeds the set upper limit."
        ),
        "You can adjust the SMS sending frequency limit policy in the console.",
    ),
    1029: SendingError(
        1029,
        "The marketing SMS sending time is incorrect.",
        (
            "Marketing SMS messages can only be sent between 8:00 and 22:00 in "
            "order not to disturb recipients."
        ),
    ),
    1030: SendingError(1030, "The request is not supported.", None),
    1031: SendingError(1031, "The package balance is insufficient.", "Purchase an SMS package."),
    1032: SendingError(
        1032,
        ("Individual users do not have permission to send marketing SMS " "messages."),
        "See Differences in rights.",
    ),
    1033: SendingError(
        1033,
        "The service has been suspended due to overdue payments.",
        "You can log in to Tencent Cloud to make the payments.",
    ),
    1034: SendingError(
        1034,
        ("The group SMS request contains both Chinese mainland and global mobile" " numbers."),
        ("Send SMS messages to Chinese mainland and global mobile numbers " "separately."),
    ),
    1036: SendingError(
        1036,
        "There are more than 12 characters in a single template variable.",
        (
            "There is no upper limit of variable characters for enterprise users. "
            "You can change your account identity type to enterprise as instructed "
            "in Identity Verification Change Guide. The limit change will take "
            "effect in about one hour."
        ),
    ),
    1038: SendingError(
        1038,
        (
            "For a verification code template, only 0–6 digits can be passed in as "
            "the template variable."
        ),
        None,
    ),
    1045: SendingError(1045, "SMS sending to this region is not supported.", None),
    1046: SendingError(
        1046,
        (
            "There are more than 200 mobile numbers submitted in a single call of "
            "the bulk SMS sending API."
        ),
        "Follow the API specification.",
    ),
    1047: SendingError(
        1047,
        "The number of global SMS messages that can be sent per day is limited.",
        "To adjust the limit, contact SMS Helper for assistance.",
    ),
    1048: SendingError(1048, "URLs are not allowed in template variables.", None),
    1049: SendingError(
        1049,
        (
            "The number of Chinese mainland SMS messages sent on the current day "
            "exceeds the set upper limit."
        ),
        "You can adjust the SMS sending frequency limit policy in the console.",
    ),
    1050: SendingError(
        1050,
        (
            "The number of global SMS messages sent on the current day exceeds the "
            "set upper limit"
        ),
        "You can adjust the SMS sending frequency limit policy in the console.",
    ),
    1051: SendingError(
        1051,
        "The SMS sending target country/region is on the blocklist.",
        "You can adjust the SMS sending limit policy in the console.",
    ),
    1052: SendingError(
        1052,
        (
            "The number of SMS messages sent to the recipient's country/region on "
            "the current day exceeds the set upper limit"
        ),
        "You can adjust the SMS sending frequency limit policy in the console.",
    ),
    60008: SendingError(
        60008,
        "Request processing timed out.",
        ("For more information, see What should I do if error 60008 is " "returned?."),
    ),
}

_BY_CODE: dict[str, list[ReceiptStatus]] = {}
for _status in RECEIPT_STATUSES:
    _BY_CODE.setdefault(_status.code, []).append(_status)


def receipt_statuses(code: str) -> list[ReceiptStatus]:
    """Every documented meaning of a receipt status code, one per carrier category."""
    return list(_BY_CODE.get(code, ()))


def describe_receipt(code: str, category: str | None = None) -> str | None:
    """What ``code`` means (for ``category`` when given; else the general ``MTU`` entry first)."""
    statuses = _BY_CODE.get(code, [])
    if category is not None:
        statuses = [s for s in statuses if s.category == category]
    statuses = sorted(statuses, key=lambda s: s.category != "MTU")
    return statuses[0].description if statuses else None
