# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The synchronous client of Short Message Service 2021-01-11: one method per action."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, cast

from tcsms import _exceptions as errors
from tcsms import _service
from tcsms._base import CallOptions, ClientSettings, RateLimit
from tcsms._core import HttpMethod, SignMethod
from tcsms._providers import current_credentials
from tcsms._proxy import FROM_ENVIRONMENT, proxy_for
from tcsms._service import ClientDefaults

if TYPE_CHECKING:
    import os
    import ssl
    from collections.abc import Callable, Iterable

    from tcsms import models
    from tcsms._bulk import BulkCounts, BulkResult
    from tcsms._credentials import CredentialsProvider
    from tcsms._proxy import ProxyArgument

__all__ = ["SmsClient"]


class SmsClient:
    """Calls Short Message Service (API 2021-01-11) with signed requests.

    Args:
        secret_id: The SecretId of the API key. With ``secret_key`` and ``token`` left out, the
            credentials come from the environment or the profile file (see ``resolve_credentials``).
        secret_key: The SecretKey; it never appears in a repr, log line or error.
        token: The session token of temporary credentials.
        profile: The section of ``~/.tencentcloud/credentials`` to use.
        credentials: Any credentials provider (an object whose ``get()`` returns ``Credentials``):
            ``Credentials`` for fixed keys, ``CvmRoleCredentials``, ``StsAssumeRoleCredentials``,
            ``OidcRoleArnCredentials``, ``DefaultCredentialsChain`` or one of your own. Temporary
            credentials are refreshed before they expire. Not with ``secret_id`` or ``profile``.
        region: The Region common parameter.
        endpoint: A host (``sms.tencentcloudapi.com``) or a full URL (``http://127.0.0.1:8080``).
        regional_endpoint: Send to the documented endpoint of ``region`` instead of the default
            ``sms.tencentcloudapi.com`` (which resolves to the nearest region).
        sign_method: ``TC3-HMAC-SHA256`` (JSON body) or v1 ``HmacSHA256``/``HmacSHA1`` (form).
        http_method: ``POST``, or ``GET`` with a v1 sign method.
        language: Language of the service's messages (sent as ``X-TC-Language``).
        timeout: The deadline of each attempt, in seconds: connecting, sending and reading the
            whole answer must fit in it (a retry gets a fresh one). A finite number above 0.
        connect_timeout: Seconds allowed for connecting (TLS included) within that deadline; at
            most ``timeout``. By default only the deadline bounds it.
        max_response_bytes: The largest answer body accepted (default 16 MiB); a longer one
            raises ``ResponseTooLargeError`` and is not retried.
        max_attempts: Attempts per call, the first included; retries follow ``_retry.may_retry``.
        rate_limit: True for the documented per-action rates, a mapping of action to requests per
            second, or a ``RateLimiter`` shared between clients.
        ssl_context: The TLS context for https endpoints (a private CA, client certificates);
            by default the system's, verifying certificates and host names.
        proxy: The http proxy to go through: ``"http://host:3128"`` (``"host:3128"`` too; the
            port defaults to 1080), with ``user:password@`` before the host if it needs them (sent
            as ``Proxy-Authorization``, never shown in a repr, log line or error). https endpoints
            are reached through a CONNECT tunnel. By default (``FROM_ENVIRONMENT``) the proxy comes
            from ``https_proxy``/``http_proxy``/``all_proxy`` and ``no_proxy``, in either case, as
            curl reads them; None connects directly whatever the environment says. A given URL
            applies to every request, ``no_proxy`` notwithstanding.
        validate: Check arguments against the documented constraints before sending (False
            leaves every check to the service, for the day the documents and the service
            disagree). Only what the service refuses the same way is checked.
        strict_responses: Raise ``ResponseParseError`` when an answer differs from the documented
            shape; by default a missing field is None and a value of another type is kept as
            received (logged once at WARNING), so a processed call is never lost to its answer.
        defaults: Values of the inputs most calls repeat, for every call that leaves them out
            (an explicit argument wins): ``sms_sdk_app_id``, ``sign_name``.
            An unknown name, or a value of the wrong type, raises ValidationError here.

    The client keeps connections alive between calls and is safe to share between threads; close
    it, or use it as a context manager.
    """

    def __init__(
        self,
        *,
        secret_id: str | None = None,
        secret_key: str | None = None,
        token: str | None = None,
        profile: str | None = None,
        credentials: CredentialsProvider | None = None,
        region: str = _service.DEFAULT_REGION,
        endpoint: str | None = None,
        regional_endpoint: bool = False,
        sign_method: SignMethod = "TC3-HMAC-SHA256",
        http_method: HttpMethod = "POST",
        language: Literal["zh-CN", "en-US"] | None = None,
        timeout: float = 60.0,
        connect_timeout: float | None = None,
        max_response_bytes: int = 16 * 1024 * 1024,
        max_attempts: int = 3,
        rate_limit: RateLimit = None,
        ssl_context: ssl.SSLContext | None = None,
        proxy: ProxyArgument = FROM_ENVIRONMENT,
        validate: bool = True,
        strict_responses: bool = False,
        defaults: ClientDefaults | None = None,
    ) -> None:
        self._settings = ClientSettings(
            secret_id=secret_id,
            secret_key=secret_key,
            token=token,
            profile=profile,
            credentials=credentials,
            region=region,
            endpoint=endpoint,
            regional_endpoint=regional_endpoint,
            sign_method=sign_method,
            http_method=http_method,
            language=language,
            timeout=timeout,
            connect_timeout=connect_timeout,
            max_response_bytes=max_response_bytes,
            max_attempts=max_attempts,
            rate_limit=rate_limit,
            validate=validate,
            strict_responses=strict_responses,
            defaults=defaults,
        )
        # Imported here, not with the package: the transport is needed once a client exists.
        from tcsms._transport import SyncTransport

        self._transport = SyncTransport(
            self._settings.endpoint,
            timeout=self._settings.limits.timeout,
            connect_timeout=self._settings.limits.connect_timeout,
            max_response_bytes=self._settings.limits.max_response_bytes,
            ssl_context=ssl_context,
            proxy=proxy_for(self._settings.endpoint, proxy),
        )

    def __repr__(self) -> str:
        via = self._transport.proxy
        proxied = "" if via is None else f", proxy={via.url!r}"
        return f"{type(self).__name__}({self._settings.describe()}{proxied})"

    def __enter__(self) -> SmsClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Closes the kept-alive connections."""
        self._transport.close()

    def _call(self, action: str, arguments: dict[str, Any]) -> Any:
        """Calls ``action`` with the keyword arguments of its method (the method's ``locals()``).

        Every method hands its arguments over unchanged, so this one body serves them all: the
        client's ``defaults`` fill what was left out, the action's request model turns them into
        the payload, its response model reads the answer.
        """
        from tcsms import models  # loaded on first use: keeps the import fast

        request_model, model = models._action_models(action)
        arguments = self._settings.with_defaults(action, arguments)
        payload = request_model.from_arguments(arguments).to_wire()
        options: CallOptions | None = arguments["options"]
        settings = self._settings
        plan = settings.plan(action, payload, options, model)
        limits = settings.limits_for(options)
        while True:
            if settings.rate_limiter is not None:
                settings.rate_limiter.acquire(action)
            request = plan.next_request(current_credentials(settings.credentials))
            try:
                raw = self._transport.send(
                    request,
                    timeout=limits.timeout,
                    connect_timeout=limits.connect_timeout,
                    max_response_bytes=limits.max_response_bytes,
                )
            except (errors.NetworkError, errors.ResponseTooLargeError) as error:
                plan.failed(error)
            else:
                result = plan.answered(raw)
                if result is not None:
                    return result
            time.sleep(plan.delay)

    def pull_sms_reply_status(
        self,
        *,
        limit: int,
        sms_sdk_app_id: str | None = None,
        options: CallOptions | None = None,
    ) -> models.PullSmsReplyStatusResponse:
        """Pulls SMS reply status.

        This API is used to pull SMS reply status. Currently, you can also configure the reply
        callback to get replies. Note: You need to contact SMS Helper to activate this API. Note:
        Because of the improved security of TencentCloud API 3.0, API authentication is more
        complicated. We recommend you use the Tencent Cloud SMS service with the SDK. You can run
        this API directly in API 3.0 Explorer, which eliminates the signature calculation steps.
        After it is executed successfully, API Explorer can automatically generate SDK code samples.

        Rate limit: 100 requests per second.
        Hands each record out once: never retried once the request may have reached the service;
        then the error's ``records_may_be_lost`` is True.

        Args:
            limit: Maximum number of pulled entries. Maximum value: 100.
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 1400006666. Left out, the client's ``defaults`` give it.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast("models.PullSmsReplyStatusResponse", self._call("PullSmsReplyStatus", locals()))

    def iter_pull_sms_reply_status(
        self,
        *,
        sms_sdk_app_id: str | None = None,
        page_size: int = 100,
        options: CallOptions | None = None,
    ) -> Iterator[list[models.PullSmsReplyStatus]]:
        """The records of ``pull_sms_reply_status``, a pulled page at a time, until a pull comes
        back empty.

        Each record is handed out once, so the iterator yields whole pages (never an empty one),
        each as soon as it is pulled, and pulls the next only when asked for it: a consumer that
        stops early, even inside a page, has every record the service handed out. A failed pull
        raises its error; ``records_may_be_lost`` says whether that pull's records may be gone.

        Args:
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 1400006666. Left out, the client's ``defaults`` give it.
            page_size: Records per pull (limit), at most 100.
            options: Per-call overrides (attempts, timeouts), for every pull.
        """
        from tcsms._paging import check_page_size

        check_page_size(page_size)
        while True:
            page = self.pull_sms_reply_status(
                limit=page_size,
                sms_sdk_app_id=sms_sdk_app_id,
                options=options,
            )
            records = page.pull_sms_reply_status_set or []
            if not records:
                return
            yield records

    def pull_sms_reply_status_by_phone_number(
        self,
        *,
        begin_time: int,
        offset: int = 0,
        limit: int,
        phone_number: str,
        sms_sdk_app_id: str | None = None,
        end_time: int | None = None,
        options: CallOptions | None = None,
    ) -> models.PullSmsReplyStatusByPhoneNumberResponse:
        """Pulls SMS reply status for one single number.

        This API is used to pull SMS reply status for one single number. Currently, you can also
        configure the reply callback to get replies. Note: because of the improved security of
        TencentCloud API 3.0, API authentication is more complicated. We recommend you use the
        Tencent Cloud SMS service with the SDK. You can run this API directly in API 3.0 Explorer,
        which eliminates the signature calculation steps. After it is executed successfully, API
        Explorer can automatically generate SDK code samples.

        Rate limit: 20 requests per second.

        Args:
            begin_time: Pull start time in seconds in the format of UNIX timestamp. Note: the data
                for the last 7 days can be pulled at most.
            offset: Offset. Note: this parameter is currently fixed at 0. Leave it out: the
                documented value is sent (currently fixed at 0).
            limit: Maximum number of pulled entries. Maximum value: 100.
            phone_number: Target mobile number in the E.164 standard (+[country/region code] [mobile
                number]), such as +8613711112222, which has a + sign followed by 86 (country/region
                code) and then by 13711112222 (mobile number).
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 1400006666. Left out, the client's ``defaults`` give it.
            end_time: Pull end time in seconds in the format of UNIX timestamp.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast(
            "models.PullSmsReplyStatusByPhoneNumberResponse",
            self._call("PullSmsReplyStatusByPhoneNumber", locals()),
        )

    def iter_pull_sms_reply_status_by_phone_number(
        self,
        *,
        begin_time: int,
        phone_number: str,
        sms_sdk_app_id: str | None = None,
        end_time: int | None = None,
        page_size: int = 100,
        options: CallOptions | None = None,
    ) -> Iterator[models.PullSmsReplyStatus]:
        """Every record of ``pull_sms_reply_status_by_phone_number`` from ``begin_time`` to
        ``end_time`` (now when left out), oldest first.

        ``offset`` is fixed at 0, so no second page can be asked for: a window whose page comes back
        full is split in two halves sharing their middle second (the documents do not say whether
        the bounds are inclusive), and a record of the later half equal to one of the earlier window
        is dropped. A full window of one second cannot be split: its page is yielded and a WARNING
        logged, as records of that second may be missing.

        Args:
            begin_time: Pull start time in seconds in the format of UNIX timestamp. Note: the data
                for the last 7 days can be pulled at most.
            phone_number: Target mobile number in the E.164 standard (+[country/region code] [mobile
                number]), such as +8613711112222, which has a + sign followed by 86 (country/region
                code) and then by 13711112222 (mobile number).
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 1400006666. Left out, the client's ``defaults`` give it.
            end_time: Pull end time in seconds in the format of UNIX timestamp.
            page_size: Records per request (limit), at most 100.
            options: Per-call overrides (attempts, timeouts), for every request.
        """
        from tcsms._paging import TimeWindows

        windows: TimeWindows[models.PullSmsReplyStatus] = TimeWindows(
            "PullSmsReplyStatusByPhoneNumber", begin_time, end_time, page_size
        )
        while (window := windows.next_window()) is not None:
            page = self.pull_sms_reply_status_by_phone_number(
                begin_time=window.begin,
                limit=page_size,
                phone_number=phone_number,
                sms_sdk_app_id=sms_sdk_app_id,
                end_time=window.end,
                options=options,
            )
            yield from windows.received(page.pull_sms_reply_status_set or [])

    def pull_sms_send_status(
        self,
        *,
        limit: int,
        sms_sdk_app_id: str | None = None,
        options: CallOptions | None = None,
    ) -> models.PullSmsSendStatusResponse:
        """Pulls SMS delivery status.

        This API is used to pull SMS delivery status. Currently, you can also configure the callback
        to get the delivery status. Note: you need to contact SMS Helper to activate this API. Note:
        because of the improved security of TencentCloud API 3.0, API authentication is more
        complicated. We recommend you use the Tencent Cloud SMS service with the SDK. You can run
        this API directly in API 3.0 Explorer, which eliminates the signature calculation steps.
        After it is executed successfully, API Explorer can automatically generate SDK code samples.

        Rate limit: 100 requests per second.
        Hands each record out once: never retried once the request may have reached the service;
        then the error's ``records_may_be_lost`` is True.

        Args:
            limit: Maximum number of pulled entries. Maximum value: 100.
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 1400006666. Left out, the client's ``defaults`` give it.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast("models.PullSmsSendStatusResponse", self._call("PullSmsSendStatus", locals()))

    def iter_pull_sms_send_status(
        self,
        *,
        sms_sdk_app_id: str | None = None,
        page_size: int = 100,
        options: CallOptions | None = None,
    ) -> Iterator[list[models.PullSmsSendStatus]]:
        """The records of ``pull_sms_send_status``, a pulled page at a time, until a pull comes back
        empty.

        Each record is handed out once, so the iterator yields whole pages (never an empty one),
        each as soon as it is pulled, and pulls the next only when asked for it: a consumer that
        stops early, even inside a page, has every record the service handed out. A failed pull
        raises its error; ``records_may_be_lost`` says whether that pull's records may be gone.

        Args:
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 1400006666. Left out, the client's ``defaults`` give it.
            page_size: Records per pull (limit), at most 100.
            options: Per-call overrides (attempts, timeouts), for every pull.
        """
        from tcsms._paging import check_page_size

        check_page_size(page_size)
        while True:
            page = self.pull_sms_send_status(
                limit=page_size,
                sms_sdk_app_id=sms_sdk_app_id,
                options=options,
            )
            records = page.pull_sms_send_status_set or []
            if not records:
                return
            yield records

    def pull_sms_send_status_by_phone_number(
        self,
        *,
        begin_time: int,
        offset: int = 0,
        limit: int,
        phone_number: str,
        sms_sdk_app_id: str | None = None,
        end_time: int | None = None,
        options: CallOptions | None = None,
    ) -> models.PullSmsSendStatusByPhoneNumberResponse:
        """Pulls SMS delivery status for one single number.

        This API is used to pull SMS delivery status for one single number. Currently, you can also
        configure the callback to get the delivery status. Note: because of the improved security of
        TencentCloud API 3.0, API authentication is more complicated. We recommend you use the
        Tencent Cloud SMS service with the SDK. You can run this API directly in API 3.0 Explorer to
        eliminate the need to calculate signatures. After it is executed successfully, API Explorer
        can automatically generate SDK code samples.

        Rate limit: 20 requests per second.

        Args:
            begin_time: Pull start time in seconds in the format of UNIX timestamp. Note: the data
                for the last 7 days can be pulled at most.
            offset: Offset. Note: this parameter is currently fixed at 0. Leave it out: the
                documented value is sent (currently fixed at 0).
            limit: Maximum number of pulled entries. Maximum value: 100.
            phone_number: Target mobile number in the E.164 standard (+[country/region code] [mobile
                number]), such as +8613711112222, which has a + sign followed by 86 (country/region
                code) and then by 13711112222 (mobile number).
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 1400006666. Left out, the client's ``defaults`` give it.
            end_time: Pull end time in seconds in the format of UNIX timestamp.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast(
            "models.PullSmsSendStatusByPhoneNumberResponse",
            self._call("PullSmsSendStatusByPhoneNumber", locals()),
        )

    def iter_pull_sms_send_status_by_phone_number(
        self,
        *,
        begin_time: int,
        phone_number: str,
        sms_sdk_app_id: str | None = None,
        end_time: int | None = None,
        page_size: int = 100,
        options: CallOptions | None = None,
    ) -> Iterator[models.PullSmsSendStatus]:
        """Every record of ``pull_sms_send_status_by_phone_number`` from ``begin_time`` to
        ``end_time`` (now when left out), oldest first.

        ``offset`` is fixed at 0, so no second page can be asked for: a window whose page comes back
        full is split in two halves sharing their middle second (the documents do not say whether
        the bounds are inclusive), and a record of the later half equal to one of the earlier window
        is dropped. A full window of one second cannot be split: its page is yielded and a WARNING
        logged, as records of that second may be missing.

        Args:
            begin_time: Pull start time in seconds in the format of UNIX timestamp. Note: the data
                for the last 7 days can be pulled at most.
            phone_number: Target mobile number in the E.164 standard (+[country/region code] [mobile
                number]), such as +8613711112222, which has a + sign followed by 86 (country/region
                code) and then by 13711112222 (mobile number).
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 1400006666. Left out, the client's ``defaults`` give it.
            end_time: Pull end time in seconds in the format of UNIX timestamp.
            page_size: Records per request (limit), at most 100.
            options: Per-call overrides (attempts, timeouts), for every request.
        """
        from tcsms._paging import TimeWindows

        windows: TimeWindows[models.PullSmsSendStatus] = TimeWindows(
            "PullSmsSendStatusByPhoneNumber", begin_time, end_time, page_size
        )
        while (window := windows.next_window()) is not None:
            page = self.pull_sms_send_status_by_phone_number(
                begin_time=window.begin,
                limit=page_size,
                phone_number=phone_number,
                sms_sdk_app_id=sms_sdk_app_id,
                end_time=window.end,
                options=options,
            )
            yield from windows.received(page.pull_sms_send_status_set or [])

    def send_status_statistics(
        self,
        *,
        begin_time: str,
        end_time: str,
        sms_sdk_app_id: str | None = None,
        limit: int = 0,
        offset: int = 0,
        options: CallOptions | None = None,
    ) -> models.SendStatusStatisticsResponse:
        """Collects statistics on SMS delivery.

        This API is used to collect statistics on SMS messages sent by users. Note: because of the
        improved security of TencentCloud API 3.0, API authentication is more complicated. We
        recommend you use the Tencent Cloud SMS service with the SDK. You can run this API directly
        in API 3.0 Explorer, which eliminates the signature calculation steps. After it is executed
        successfully, API Explorer can automatically generate SDK code samples.

        Rate limit: 10 requests per second.

        Args:
            begin_time: Start time in the format of yyyymmddhh accurate to the hour, such as
                2021050113 (13:00 on May 1, 2021).
            end_time: End time in the format of yyyymmddhh accurate to the hour, such as 2021050118
                (18:00 on May 1, 2021). Note: EndTime must be after BeginTime.
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 1400006666. Left out, the client's ``defaults`` give it.
            limit: Upper limit. Note: this parameter is currently fixed at 0. Leave it out: the
                documented value is sent (currently fixed at 0).
            offset: Offset. Note: this parameter is currently fixed at 0. Leave it out: the
                documented value is sent (currently fixed at 0).
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast(
            "models.SendStatusStatisticsResponse", self._call("SendStatusStatistics", locals())
        )

    def callback_status_statistics(
        self,
        *,
        begin_time: str,
        end_time: str,
        sms_sdk_app_id: str | None = None,
        limit: int = 0,
        offset: int = 0,
        options: CallOptions | None = None,
    ) -> models.CallbackStatusStatisticsResponse:
        """Collects statistics on receipts.

        This API is used to collect statistics on user receipts. Note: because of the improved
        security of TencentCloud API 3.0, API authentication is more complicated. We recommend you
        use the Tencent Cloud SMS service with the SDK. You can run this API directly in API 3.0
        Explorer, which eliminates the signature calculation steps. After it is executed
        successfully, API Explorer can automatically generate SDK code samples.

        Rate limit: 10 requests per second.

        Args:
            begin_time: Start time in the format of yyyymmddhh accurate to the hour, such as
                2021050113 (13:00 on May 1, 2021).
            end_time: End time in the format of yyyymmddhh accurate to the hour, such as 2021050118
                (18:00 on May 1, 2021). Note: EndTime must be after BeginTime, and the difference
                should not exceed 32 days.
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 1400006666. Left out, the client's ``defaults`` give it.
            limit: Upper limit. Note: this parameter is currently fixed at 0. Leave it out: the
                documented value is sent (currently fixed at 0).
            offset: Offset. Note: this parameter is currently fixed at 0. Leave it out: the
                documented value is sent (currently fixed at 0).
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast(
            "models.CallbackStatusStatisticsResponse",
            self._call("CallbackStatusStatistics", locals()),
        )

    def add_sms_sign(
        self,
        *,
        sign_name: str,
        sign_type: Literal[0, 1, 2, 3, 4, 5, 6],
        document_type: Literal[0, 1, 2, 3, 4, 5, 6, 7, 8],
        international: Literal[0, 1],
        sign_purpose: Literal[0, 1],
        proof_image: str,
        commission_image: str | None = None,
        remark: str | None = None,
        options: CallOptions | None = None,
    ) -> models.AddSmsSignResponse:
        """Adds SMS signature.

        This API is used to add an SMS signature. You need to read the Tencent Cloud SMS Signature
        Review Standards before starting an application. Note: individual users cannot use this API
        to apply for SMS signatures. For more information, see Identity Verification Overview. If
        your account identity is individual, you can log in to the console to apply for SMS
        signatures. Note: because of the improved security of TencentCloud API 3.0, API
        authentication is more complicated. We recommend you use the Tencent Cloud SMS service with
        the SDK. You can run this API directly in API 3.0 Explorer, which eliminates the signature
        calculation steps. After it is executed successfully, API Explorer can automatically
        generate SDK code samples.

        Rate limit: 1 requests per second.
        Not idempotent: never retried once the request may have reached the service.

        Args:
            sign_name: Signature name. Note: you cannot apply for an approved or pending signature
                again.
            sign_type: Signature type. Each of these types is followed by their DocumentType
                (identity certificate type) option: 0: company. Valid values of DocumentType include
                0 and 1. 1: app. Valid values of DocumentType include 0, 1, 2, 3, and 4. 2: website.
                Valid values of DocumentType include 0, 1, 2, 3, and 5. 3: WeChat Official Account.
                Valid values of DocumentType include 0, 1, 2, 3, and 8. 4: trademark. Valid values
                of DocumentType include 7. 5: government/public institution/other. Valid values of
                DocumentType include 2 and 3. 6: WeChat Mini Program. Valid values of DocumentType
                include 0, 1, 2, 3, and 6. Note: the identity certificate type must be selected
                according to the correspondence; otherwise, the review will fail.
            document_type: Identity certificate type: 0: three-in-one licence. 1: business license.
                2: organization code certificate. 3: social credit code certificate. 4: screenshot
                of application backend management (for personal app). 5: screenshot of website ICP
                filing backend (for personal website). 6: screenshot of WeChat Mini Program settings
                page (for personal WeChat Mini Program). 7: trademark registration certificate. 8:
                screenshot of WeChat Official Account settings page (for personal WeChat Official
                Account).
            international: Whether it is Global SMS: 0: Mainland China SMS. 1: Global SMS.
            sign_purpose: Signature purpose: 0: for personal use. 1: for others.
            proof_image: You should Base64-encode the image of the identity certificate
                corresponding to the signature first, remove the prefix data:image/jpeg;base64, from
                the resulted string, and then use it as the value of this parameter.
            commission_image: Power of attorney, which should be submitted if SignPurpose is for use
                by others. You should Base64-encode the image first, remove the prefix
                data:image/jpeg;base64, from the resulted string, and then use it as the value of
                this parameter. Note: this field will take effect only when SignPurpose is 1 (for
                user by others).
            remark: Signature application remarks.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast("models.AddSmsSignResponse", self._call("AddSmsSign", locals()))

    def delete_sms_sign(
        self,
        *,
        sign_id: int,
        options: CallOptions | None = None,
    ) -> models.DeleteSmsSignResponse:
        """Deletes SMS signature.

        Note: individual users cannot use this API to delete SMS signatures. For more information,
        please see Identity Verification Overview. Please log in to the console to delete SMS
        signatures. Note: because of the improved security of TencentCloud API 3.0, API
        authentication is more complicated. We recommend you use the Tencent Cloud SMS service with
        the SDK. You can run this API directly in API 3.0 Explorer, which eliminates the signature
        calculation steps. After it is executed successfully, API Explorer can automatically
        generate SDK code samples.

        Rate limit: 1 requests per second.
        Not idempotent: never retried once the request may have reached the service.

        Args:
            sign_id: ID of the signature to be deleted.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast("models.DeleteSmsSignResponse", self._call("DeleteSmsSign", locals()))

    def describe_sms_sign_list(
        self,
        *,
        sign_id_set: Sequence[int],
        international: Literal[0, 1],
        options: CallOptions | None = None,
    ) -> models.DescribeSmsSignListResponse:
        """Queries SMS signature status.

        Note: individual users cannot use this API to query SMS signatures. For more information,
        please see Identity Verification Overview. If your account identity is individual, you can
        log in to the console to query SMS signatures. Note: because of the improved security of
        TencentCloud API 3.0, API authentication is more complicated. We recommend you use the
        Tencent Cloud SMS service with the SDK. You can run this API directly in API 3.0 Explorer,
        which eliminates the signature calculation steps. After it is executed successfully, API
        Explorer can automatically generate SDK code samples.

        Rate limit: 20 requests per second.

        Args:
            sign_id_set: Signature ID array. Note: the maximum length of the array is 100 by
                default.
            international: Whether it is Global SMS: 0: Mainland China SMS. 1: Global SMS.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast(
            "models.DescribeSmsSignListResponse", self._call("DescribeSmsSignList", locals())
        )

    def modify_sms_sign(
        self,
        *,
        sign_id: int,
        sign_name: str,
        sign_type: Literal[0, 1, 2, 3, 4, 5, 6],
        document_type: Literal[0, 1, 2, 3, 4, 5, 6, 7, 8],
        international: Literal[0, 1],
        sign_purpose: Literal[0, 1],
        proof_image: str,
        commission_image: str | None = None,
        remark: str | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifySmsSignResponse:
        """Modifies SMS signature.

        This API is used to modify an SMS signature. Read the Tencent Cloud SMS signature review
        standards before making a modification. Note: Individual users cannot use this API to modify
        SMS signatures. For more information, see Identity Verification Guide. If your account
        identity is individual, you can log in to the console to modify SMS signatures.
        Modifications can be made only if the signature status is Pending Review or Rejected.
        Approved signatures cannot be modified. Note: Because of the improved security of
        TencentCloud API 3.0, API authentication is more complicated. We recommend you use the
        Tencent Cloud SMS service with the SDK. You can run this API directly in API 3.0 Explorer,
        which eliminates the signature calculation steps. After it is executed successfully, API
        Explorer can automatically generate SDK code samples.

        Rate limit: 1 requests per second.
        Not idempotent: never retried once the request may have reached the service.

        Args:
            sign_id: ID of the signature to be modified.
            sign_name: Signature name.
            sign_type: Signature type. Each of these types is followed by their DocumentType
                (identity certificate type) option: 0: company. Valid values of DocumentType include
                0 and 1. 1: app. Valid values of DocumentType include 0, 1, 2, 3, and 4. 2: website.
                Valid values of DocumentType include 0, 1, 2, 3, and 5. 3: WeChat Official Account.
                Valid values of DocumentType include 0, 1, 2, 3, and 8. 4: trademark. Valid values
                of DocumentType include 7. 5: government/public institution/other. Valid values of
                DocumentType include 2 and 3. 6: WeChat Mini Program. Valid values of DocumentType
                include 0, 1, 2, 3, and 6. Note: the identity certificate type must be selected
                according to the correspondence; otherwise, the review will fail.
            document_type: Identity certificate type: 0: three-in-one. 1: business license. 2:
                organization code certificate. 3: social credit code certificate. 4: screenshot of
                application backend management (for personal app). 5: screenshot of website ICP
                filing backend (for personal website). 6: screenshot of WeChat Mini Program settings
                page (for personal WeChat Mini Program). 7: trademark registration certificate. 8:
                screenshot of WeChat Official Account settings page (for personal WeChat Official
                Account).
            international: A parameter used to specify whether it is Global SMS: 0 : Chinese
                mainland SMS. 1 : Global SMS. Note: the value of this parameter must be consistent
                with the International value of the signature to be modified. This parameter cannot
                be used to directly change a Chinese mainland signature to an international
                signature.
            sign_purpose: Signature purpose: 0: for personal use. 1: for others.
            proof_image: You should Base64-encode the image of the identity certificate
                corresponding to the signature first, remove the prefix data:image/jpeg;base64, from
                the resulted string, and then use it as the value of this parameter.
            commission_image: Power of attorney, which should be submitted if SignPurpose is for use
                by others. You should Base64-encode the image first, remove the prefix
                data:image/jpeg;base64, from the resulted string, and then use it as the value of
                this parameter. Note: this field will take effect only when SignPurpose is 1 (for
                user by others).
            remark: Signature application remarks.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast("models.ModifySmsSignResponse", self._call("ModifySmsSign", locals()))

    def send_sms(
        self,
        *,
        phone_number_set: Sequence[str],
        sms_sdk_app_id: str | None = None,
        template_id: str,
        sign_name: str | None = None,
        template_param_set: Sequence[str] | None = None,
        extend_code: str | None = None,
        session_context: str | None = None,
        sender_id: str | None = None,
        options: CallOptions | None = None,
    ) -> models.SendSmsResponse:
        """Sends SMS messages.

        This API is used to send SMS verification codes, notification, or marketing messages to
        users. Note: Because of the improved security of TencentCloud API 3.0, API authentication is
        more complicated. We recommend you use the Tencent Cloud SMS service with the SDK. Note: You
        can run this API directly in API 3.0 Explorer, which eliminates the signature calculation
        steps. After it is executed successfully, API Explorer can automatically generate SDK code
        samples.

        Rate limit: 3000 requests per second.
        Not idempotent: never retried once the request may have reached the service.

        Args:
            phone_number_set: Target mobile number in the E.164 standard in the format of
                +[country/region code][mobile number]. Up to 200 mobile numbers are supported in one
                request (which should be all Chinese mainland mobile numbers or all global mobile
                numbers). For example, +60198890000, which has a + sign followed by 60
                (country/region code) and then by 198890000 (mobile number).
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 2400006666. Left out, the client's ``defaults`` give it.
            template_id: Template ID, which can be viewed on the Body Templates page in Global SMS.
                You must enter the ID of an approved template.
            sign_name: SMS signature information which is encoded in UTF-8. You must enter an
                approved signature (such as Tencent Cloud). The signing information can be viewed on
                the Signatures page in Global SMS. Left out, the client's ``defaults`` give it.
            template_param_set: Template parameter. If there is no template parameter, leave this
                field empty. Note The number of template parameters should be consistent with that
                of the template variables of TemplateId.
            extend_code: SMS code number extension, which is not activated by default. If you need
                to activate it, you can contact SMS Helper.
            session_context: User session content, which can carry context information such as
                user-side ID and will be returned as-is by the server. Note that the length must be
                less than 512 bytes.
            sender_id: For Global SMS, if you have applied for a separate SenderId, this parameter
                is required. By default, the public SenderId is used, in which case you don't need
                to enter this parameter. Note: If your monthly usage reaches the specified
                threshold, you can apply for an independent SenderId. For more information, contact
                SMS Helper.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast("models.SendSmsResponse", self._call("SendSms", locals()))

    def send_bulk(
        self,
        phone_numbers: Iterable[str],
        *,
        sms_sdk_app_id: str | None = None,
        template_id: str,
        sign_name: str | None = None,
        template_param_set: Sequence[str] | None = None,
        extend_code: str | None = None,
        session_context: str | None = None,
        sender_id: str | None = None,
        journal: str | os.PathLike[str] | None = None,
        concurrency: int = 8,
        progress: Callable[[BulkCounts], object] | None = None,
        keep_sent: bool = False,
        options: CallOptions | None = None,
    ) -> BulkResult[models.SendStatus]:
        """Sends SMS messages to any number of numbers, each once, in requests of at most 200.

        Numbers are read as the service reads them: repeats of one number (in any spelling) are
        sent once, and Chinese mainland and global numbers go in separate requests. Up to
        ``concurrency`` requests are in flight, spaced by the client's rate limiter; each is
        attempted like a call of ``send_sms`` (so never sent twice).

        Every number ends in exactly one list of the result, in input order: ``sent`` and
        ``rejected`` (its ``SendStatus``; a refusal of a whole request gives each
        of its numbers that code), ``unknown`` (the request may have reached the service without
        an answer: never sent again), ``invalid`` (refused before sending), or is counted as a
        duplicate or as ``unsent`` (a refusal that concerns every request stopped sending;
        ``stopped_by`` holds it).

        Args:
            phone_numbers: Any iterable of numbers, read once as it goes (a generator of a
                million is fine).
            sms_sdk_app_id: The SMS SdkAppId generated after an application is added in the SMS
                console, such as 2400006666. Left out, the client's ``defaults`` give it.
            template_id: Template ID, which can be viewed on the Body Templates page in Global SMS.
                You must enter the ID of an approved template.
            sign_name: SMS signature information which is encoded in UTF-8. You must enter an
                approved signature (such as Tencent Cloud). The signing information can be viewed on
                the Signatures page in Global SMS. Left out, the client's ``defaults`` give it.
            template_param_set: Template parameter. If there is no template parameter, leave this
                field empty. Note The number of template parameters should be consistent with that
                of the template variables of TemplateId.
            extend_code: SMS code number extension, which is not activated by default. If you need
                to activate it, you can contact SMS Helper.
            session_context: User session content, which can carry context information such as
                user-side ID and will be returned as-is by the server. Note that the length must be
                less than 512 bytes.
            sender_id: For Global SMS, if you have applied for a separate SenderId, this parameter
                is required. By default, the public SenderId is used, in which case you don't need
                to enter this parameter. Note: If your monthly usage reaches the specified
                threshold, you can apply for an independent SenderId. For more information, contact
                SMS Helper.
            journal: A file recording every request before it is sent and each number's outcome
                after. Calling again with the same file, numbers and arguments (after a crash, a
                Ctrl-C or a refusal that stopped sending) sends only the numbers never attempted.
            concurrency: Requests in flight at once.
            progress: Called with the counts (``BulkCounts``) before the first request and after
                each request's outcome is recorded, on the calling thread.
            keep_sent: Also list each sent number's result (``sent``); the counts are always
                there, and the journal holds every result.
            options: Per-call overrides (attempts, timeouts, validation, strictness), for every
                request.

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            JournalError: the journal is unreadable, in use, or another send's; nothing was sent.
        """
        from tcsms import _bulk

        campaign: _bulk.Campaign[models.SendStatus] = _bulk.Campaign(
            self._settings,
            "SendSms",
            _service.BULK_ACTIONS["SendSms"],
            {
                "sms_sdk_app_id": sms_sdk_app_id,
                "template_id": template_id,
                "sign_name": sign_name,
                "template_param_set": template_param_set,
                "extend_code": extend_code,
                "session_context": session_context,
                "sender_id": sender_id,
                "options": options,
            },
            journal=journal,
            progress=progress,
            keep_sent=keep_sent,
        )
        return _bulk.send(
            campaign,
            phone_numbers,
            lambda arguments: self._call("SendSms", arguments),
            concurrency,
        )

    def describe_phone_number_info(
        self,
        *,
        phone_number_set: Sequence[str],
        options: CallOptions | None = None,
    ) -> models.DescribePhoneNumberInfoResponse:
        """Queries mobile number information.

        This API is used to query the information of a phone number, including country/region code
        and standardized E.164 format number. For example, if you query the number +86018845720123,
        you can get the country/region code 86 and the standardized E.164 number +8618845720123.

        Rate limit: 1000 requests per second.

        Args:
            phone_number_set: A parameter used to query mobile numbers in E.164 format
                (+[country/region code][subscriber number]). Up to 200 mobile numbers can be queried
                at a time. Take the number +8613711112222 as an example. "86" is the country code
                (with a "+" sign in its front) and "13711112222" is the subscriber number.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast(
            "models.DescribePhoneNumberInfoResponse",
            self._call("DescribePhoneNumberInfo", locals()),
        )

    def report_conversion(
        self,
        *,
        sms_sdk_app_id: str | None = None,
        serial_no: str,
        conversion_time: int | None = None,
        options: CallOptions | None = None,
    ) -> models.ReportConversionResponse:
        """Reports the SMS conversion rate.

        This API is used to report the SMS conversion rate (SMS conversion rate = the number of
        returned verification codes / the number of verification codes sent) and report the serial
        numbers of received SMS messages to Tencent Cloud SMS. Note: To call this API, you need to
        be added to the allowlist first. If you have any questions, contact SMS Helper.

        Rate limit: 1000 requests per second.
        Not idempotent: never retried once the request may have reached the service.

        Args:
            sms_sdk_app_id: The SMS SdkAppId generated after an application is created in the SMS
                console, such as "1400006666". Left out, the client's ``defaults`` give it.
            serial_no: The serial number returned for a message sent.
            conversion_time: The recipient's reply time in seconds in the format of UNIX timestamp.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast("models.ReportConversionResponse", self._call("ReportConversion", locals()))

    def add_sms_template(
        self,
        *,
        template_name: str,
        template_content: str,
        sms_type: Literal[1, 2, 3],
        international: Literal[0, 1],
        remark: str,
        options: CallOptions | None = None,
    ) -> models.AddSmsTemplateResponse:
        """Adds SMS template.

        This API is used to add an SMS template. You need to read the Tencent Cloud SMS Body
        Template Review Standards before starting an application. Note: individual users cannot use
        this API to apply for SMS body templates. For more information, see Identity Verification
        Overview. If your account identity is individual, you can log in to the console to apply for
        SMS body templates. Note: because of the improved security of TencentCloud API 3.0, API
        authentication is more complicated. We recommend you use the Tencent Cloud SMS service with
        the SDK. You can run this API directly in API 3.0 Explorer, which eliminates the signature
        calculation steps. After it is executed successfully, API Explorer can automatically
        generate SDK code samples.

        Rate limit: 2 requests per second.
        Not idempotent: never retried once the request may have reached the service.

        Args:
            template_name: Template name.
            template_content: Template content.
            sms_type: SMS type. 1: Marketing SMS, 2: Notification SMS, 3: OTP SMS. Note: The
                "Regular SMS" type template currently still supports submission. However, in order
                to further improve the quality of SMS service and increase the approval rate of SMS
                templates, it is recommended to apply for a new template according to the
                "Notification SMS" type or the "OTP SMS" type. You can Refer to Optimization of
                Tencent Cloud SMS Template Types.
            international: Whether it is Global SMS: 0: Mainland China SMS. 1: Global SMS.
            remark: Template remarks, such as reason for application and use case.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast("models.AddSmsTemplateResponse", self._call("AddSmsTemplate", locals()))

    def delete_sms_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> models.DeleteSmsTemplateResponse:
        """Deletes SMS template.

        Note: individual users cannot use this API to delete SMS body templates. Please log in to
        the console to do so. For more information, please see Identity Verification Overview. Note:
        because of the improved security of TencentCloud API 3.0, API authentication is more
        complicated. We recommend you use the Tencent Cloud SMS service with the SDK. You can run
        this API directly in API 3.0 Explorer, which eliminates the signature calculation steps.
        After it is executed successfully, API Explorer can automatically generate SDK code samples.

        Rate limit: 1 requests per second.
        Not idempotent: never retried once the request may have reached the service.

        Args:
            template_id: ID of the template to be deleted.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast("models.DeleteSmsTemplateResponse", self._call("DeleteSmsTemplate", locals()))

    def describe_sms_template_list(
        self,
        *,
        international: Literal[0, 1],
        template_id_set: Sequence[int] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeSmsTemplateListResponse:
        """Queries SMS template status.

        Note: individual users cannot use this API to query SMS body templates. For more
        information, please see Identity Verification Overview. Note: because of the improved
        security of TencentCloud API 3.0, API authentication is more complicated. We recommend you
        use the Tencent Cloud SMS service with the SDK. You can run this API directly in API 3.0
        Explorer, which eliminates the signature calculation steps. After it is executed
        successfully, API Explorer can automatically generate SDK code samples.

        Rate limit: 20 requests per second.

        Args:
            international: Whether it is Global SMS: 0: Mainland China SMS. 1: Global SMS.
            template_id_set: Array of template IDs. If the array is empty, the template list
                information will be queried by default. You need to use the Limit and Offset fields
                to set the query range. Note The max array length is 100 by default.
            limit: Upper limit. Maximum value: 100. Note: it is 0 by default and is enabled when
                TemplateIdSet is empty.
            offset: Offset. Note: it is 0 by default and is enabled when TemplateIdSet is empty.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast(
            "models.DescribeSmsTemplateListResponse",
            self._call("DescribeSmsTemplateList", locals()),
        )

    def iter_describe_sms_template_list(
        self,
        *,
        international: Literal[0, 1],
        template_id_set: Sequence[int] | None = None,
        page_size: int = 100,
        options: CallOptions | None = None,
    ) -> Iterator[models.DescribeTemplateListStatus]:
        """Every item of ``describe_sms_template_list``, fetching pages of ``page_size`` as needed.

        Args:
            international: Whether it is Global SMS: 0: Mainland China SMS. 1: Global SMS.
            template_id_set: Array of template IDs. If the array is empty, the template list
                information will be queried by default. You need to use the Limit and Offset fields
                to set the query range. Note The max array length is 100 by default.
            page_size: Items per request (limit).
            options: Per-call overrides (attempts, timeouts), for every page.
        """
        from tcsms._paging import check_page_size

        check_page_size(page_size)
        offset = 0
        if template_id_set:
            # With TemplateIdSet given the service ignores Limit and Offset: one call answers.
            page = self.describe_sms_template_list(
                international=international,
                template_id_set=template_id_set,
                limit=page_size,
                offset=offset,
                options=options,
            )
            yield from page.describe_template_status_set or []
            return
        while True:
            page = self.describe_sms_template_list(
                international=international,
                template_id_set=template_id_set,
                limit=page_size,
                offset=offset,
                options=options,
            )
            items = page.describe_template_status_set or []
            yield from items
            if len(items) < page_size:
                return
            offset += len(items)

    def modify_sms_template(
        self,
        *,
        template_id: int,
        template_name: str,
        template_content: str,
        sms_type: Literal[1, 2, 3],
        international: Literal[0, 1],
        remark: str,
        options: CallOptions | None = None,
    ) -> models.ModifySmsTemplateResponse:
        """Modifies SMS template.

        This API is used to modify an SMS body template. Please read the Tencent Cloud SMS Body
        Template Review Standards before making a modification. Note: individual users cannot use
        this API to modify SMS body templates. For more information, please see Identity
        Verification Overview. If your account identity is individual, you can log in to the console
        to modify SMS body templates. Modifications can be made only if the body template status is
        Pending Review or Rejected. Approved body templates cannot be modified. Note: because of the
        improved security of TencentCloud API 3.0, API authentication is more complicated. We
        recommend you use the Tencent Cloud SMS service with the SDK. You can run this API directly
        in API 3.0 Explorer, which eliminates the signature calculation steps. After it is executed
        successfully, API Explorer can automatically generate SDK code samples.

        Rate limit: 20 requests per second.
        Not idempotent: never retried once the request may have reached the service.

        Args:
            template_id: ID of the template to be modified.
            template_name: New template name.
            template_content: New template content.
            sms_type: SMS type. 1: Marketing SMS, 2: Notification SMS, 3: OTP SMS. Note: The
                "Regular SMS" type template currently still supports submission. However, in order
                to further improve the quality of SMS service and increase the approval rate of SMS
                templates, it is recommended to apply for a new template according to the
                "Notification SMS" type or the "OTP SMS" type. You can Refer to Optimization of
                Tencent Cloud SMS Template Types.
            international: Whether it is Global SMS: 0: Mainland China SMS. 1: Global SMS.
            remark: Template remarks, such as reason for application and use case.
            options: Per-call overrides (attempts, timeouts, validation, strictness).

        Raises:
            ValidationError: an argument breaks the documented constraints; nothing was sent.
            ServerError: the service refused the call (a subclass per documented code).
            ClientError: the call failed on this side (network, timeout, unreadable response).
        """
        return cast("models.ModifySmsTemplateResponse", self._call("ModifySmsTemplate", locals()))
