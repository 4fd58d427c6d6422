# Generated from spec/sms-legacy.v5.yaml by tcgen; do not edit.
"""Short Message Service (legacy pull API): the pre-3.0 API, for accounts that still use it.

This API is used to pull the SMS status, such as SMS delivery status and SMS reply. The pulled
content will not be returned again, which can be regarded as a message queue mechanism.

    from tcsms.legacy import LegacyPullClient

    with LegacyPullClient(sdk_app_id="1400000000", app_key="...") as client:
        for status in client.pull_delivery_status(max_entries=100):
            print(status.mobile, status.report_status)

Requests carry ``sdkappid`` and ``random`` in the query and a body signed with ``sig``; records have
the same shapes as the callbacks of API 3.0.
"""

from __future__ import annotations

import dataclasses
import hashlib
import http.client
import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import urlencode, urlsplit

PULL_URL = "https://yun.tim.qq.com/v5/tlssmssvr/pullstatus"
SIG_TEMPLATE = "appkey={appkey}&random={random}&time={time}"
MAX_ENTRIES = 100


def sig(*, appkey: str, random: str, time: int) -> str:
    """The body's ``sig``: lower-case hex SHA-256 of the documented template."""
    return hashlib.sha256(
        SIG_TEMPLATE.format(appkey=appkey, random=random, time=time).encode("utf-8")
    ).hexdigest()


@dataclass(slots=True, kw_only=True)
class DeliveryStatus:
    """One SMS delivery status record; the same shape as the delivery status notification callback.

    Attributes:
        user_receive_time: The time when the user actually receives the message
        nationcode: Country/Region code
        mobile: Mobile number
        report_status: Whether the SMS message is actually received. Valid values: SUCCESS
            (success), FAIL (failure)
        errmsg: Error message of receipt status code.
        description: Description of SMS receipt status.
        sid: Sending ID (corresponding to the SerialNo returned by the sending API)
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    user_receive_time: str
    nationcode: str
    mobile: str
    report_status: str
    errmsg: str
    description: str
    sid: str
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DeliveryStatus:
        """Builds the model from its JSON form; unknown names go to ``unknown_fields``."""
        return cls(
            user_receive_time=data["user_receive_time"],
            nationcode=data["nationcode"],
            mobile=data["mobile"],
            report_status=data["report_status"],
            errmsg=data["errmsg"],
            description=data["description"],
            sid=data["sid"],
            unknown_fields={k: v for k, v in data.items() if k not in _DELIVERY_STATUS_WIRE_NAMES},
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["user_receive_time"] = self.user_receive_time
        wire["nationcode"] = self.nationcode
        wire["mobile"] = self.mobile
        wire["report_status"] = self.report_status
        wire["errmsg"] = self.errmsg
        wire["description"] = self.description
        wire["sid"] = self.sid
        wire.update(self.unknown_fields)
        return wire


_DELIVERY_STATUS_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "user_receive_time",
        "nationcode",
        "mobile",
        "report_status",
        "errmsg",
        "description",
        "sid",
    }
)


@dataclass(slots=True, kw_only=True)
class Reply:
    """One SMS reply record; the same shape as the reply callback.

    Attributes:
        extend: Extended code of the channel, which is disabled by default (an null value must be
            entered)
        mobile: Mobile number
        nationcode: Country/Region code
        sign: SMS signature
        text: User reply
        time: Unix timestamp in seconds
        unknown_fields: Fields the service sent that this version does not know, kept as received.
    """

    extend: str
    mobile: str
    nationcode: str
    sign: str
    text: str
    time: int
    unknown_fields: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Reply:
        """Builds the model from its JSON form; unknown names go to ``unknown_fields``."""
        return cls(
            extend=data["extend"],
            mobile=data["mobile"],
            nationcode=data["nationcode"],
            sign=data["sign"],
            text=data["text"],
            time=data["time"],
            unknown_fields={k: v for k, v in data.items() if k not in _REPLY_WIRE_NAMES},
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON form (wire names); fields that are None are left out."""
        wire: dict[str, Any] = {}
        wire["extend"] = self.extend
        wire["mobile"] = self.mobile
        wire["nationcode"] = self.nationcode
        wire["sign"] = self.sign
        wire["text"] = self.text
        wire["time"] = self.time
        wire.update(self.unknown_fields)
        return wire


_REPLY_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "extend",
        "mobile",
        "nationcode",
        "sign",
        "text",
        "time",
    }
)


class LegacyApiError(Exception):
    """The legacy API answered with a non-zero ``result``."""

    def __init__(self, result: int, errmsg: str) -> None:
        super().__init__(f"[{result}] {errmsg}")
        self.result = result
        self.errmsg = errmsg


class LegacyPullClient:
    """Pulls delivery reports and replies; each pulled record is never returned again.

    Args:
        sdk_app_id: The SDK AppID (``sdkappid``).
        app_key: The App Key that signs requests; it never appears in a repr or error.
        url: The pull URL (``PULL_URL`` by default); an ``http://`` URL for a local server.
        timeout: Seconds to wait for a connection and for the answer.
    """

    def __init__(
        self, *, sdk_app_id: str, app_key: str, url: str = PULL_URL, timeout: float = 30.0
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"url: not an http(s) URL: {url!r}")
        self.sdk_app_id = sdk_app_id
        self._app_key = app_key
        self._scheme = parts.scheme
        self._host = parts.hostname
        self._port = parts.port
        self._path = parts.path or "/"
        self._timeout = timeout
        self._connection: http.client.HTTPConnection | None = None

    def __repr__(self) -> str:
        return f"LegacyPullClient(sdk_app_id={self.sdk_app_id!r}, url={self.url!r})"

    @property
    def url(self) -> str:
        port = f":{self._port}" if self._port else ""
        return f"{self._scheme}://{self._host}{port}{self._path}"

    def __enter__(self) -> LegacyPullClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def pull_delivery_status(self, *, max_entries: int = MAX_ENTRIES) -> list[DeliveryStatus]:
        """Pulls up to ``max_entries`` records of type 0 (SMS Delivery Status)."""
        return [DeliveryStatus.from_wire(record) for record in self._pull(0, max_entries)]

    def pull_reply(self, *, max_entries: int = MAX_ENTRIES) -> list[Reply]:
        """Pulls up to ``max_entries`` records of type 1 (SMS Reply)."""
        return [Reply.from_wire(record) for record in self._pull(1, max_entries)]

    def _pull(self, pull_type: int, max_entries: int) -> list[Mapping[str, Any]]:
        if not 1 <= max_entries <= MAX_ENTRIES:
            raise ValueError(f"max_entries: {max_entries} is not between 1 and {MAX_ENTRIES}")
        random = str(secrets.randbelow(9_000_000_000) + 1_000_000_000)
        now = int(time.time())
        body = {
            "max": max_entries,
            "sig": sig(appkey=self._app_key, random=random, time=now),
            "time": now,
            "type": pull_type,
        }
        query = urlencode({"sdkappid": self.sdk_app_id, "random": random})
        answer = self._post(f"{self._path}?{query}", json.dumps(body).encode("utf-8"))
        if answer.get("result", 0) != 0:
            raise LegacyApiError(int(answer["result"]), str(answer.get("errmsg", "")))
        records = answer.get("data") or []
        if not isinstance(records, list):
            raise LegacyApiError(-1, f"data is not a list: {records!r:.200}")
        return records

    def _post(self, target: str, body: bytes) -> dict[str, Any]:
        if self._connection is None:
            connection_class = (
                http.client.HTTPSConnection
                if self._scheme == "https"
                else http.client.HTTPConnection
            )
            self._connection = connection_class(self._host, self._port, timeout=self._timeout)
        headers = {"Content-Type": "application/json"}
        try:
            self._connection.request("POST", target, body, headers)
            response = self._connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        if response.will_close:
            self.close()
        answer = json.loads(data)
        if not isinstance(answer, dict):
            raise LegacyApiError(-1, f"HTTP {response.status}: not a JSON object")
        return answer
