"""Paging helpers over Limit/Offset, against a server holding two and a half pages of templates at
the documented maximum page size."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from support.fault_server import FaultServer
from support.sms_calls import SECRET_ID, SECRET_KEY
from support.specs import input_constraint, sms_spec
from tcsms import AsyncSmsClient, SmsClient, ValidationError, models

SPEC = sms_spec()
MAX_PAGE = input_constraint("DescribeSmsTemplateList", "Limit", "maximum")
HALF_PAGE = MAX_PAGE // 2
TEMPLATE_COUNT = 5 * HALF_PAGE  # a multiple of HALF_PAGE, not of MAX_PAGE
FULL_PAGES = [(MAX_PAGE, offset) for offset in range(0, TEMPLATE_COUNT, MAX_PAGE)]
TEMPLATE_IDS = [1000 + number for number in range(TEMPLATE_COUNT)]


def template(template_id: int) -> dict[str, Any]:
    """One DescribeTemplateStatusSet item, shaped like the documented example's."""
    return {
        "TemplateName": f"Template {template_id}",
        "TemplateId": template_id,
        "International": 0,
        "ReviewReply": "xxxx",
        "CreateTime": 1617379200 + template_id,
        "TemplateContent": "Your verification code is {1}",
        "StatusCode": 0,
    }


def template_page(params: dict[str, Any]) -> dict[str, Any]:
    """DescribeSmsTemplateList by Limit and Offset (both default to 0, as documented), or every
    template of a non-empty TemplateIdSet, Limit and Offset ignored ("enabled when
    TemplateIdSet is empty")."""
    wanted = params.get("TemplateIdSet")
    if wanted:
        page = [template(template_id) for template_id in TEMPLATE_IDS if template_id in wanted]
        return {"DescribeTemplateStatusSet": page, "RequestId": "by-id"}
    limit, offset = params.get("Limit", 0), params.get("Offset", 0)
    page = [template(template_id) for template_id in TEMPLATE_IDS[offset : offset + limit]]
    return {"DescribeTemplateStatusSet": page, "RequestId": f"page-at-{offset}"}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SPEC, responders={"DescribeSmsTemplateList": template_page}) as running:
        yield running


def client_of(server: FaultServer) -> SmsClient:
    return SmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint)


def pages_requested(server: FaultServer) -> list[tuple[int, int]]:
    return [
        (request.params["Limit"], request.params["Offset"])
        for request in server.received("DescribeSmsTemplateList")
    ]


def test_the_iterator_yields_every_template_in_order_one_request_per_page(
    server: FaultServer,
) -> None:
    with client_of(server) as client:
        items = list(client.iter_describe_sms_template_list(international=0, page_size=MAX_PAGE))
    assert all(isinstance(item, models.DescribeTemplateListStatus) for item in items)
    assert [item.template_id for item in items] == TEMPLATE_IDS
    assert pages_requested(server) == FULL_PAGES
    assert all(r.params["International"] == 0 for r in server.received())


def test_the_iterator_fetches_lazily(server: FaultServer) -> None:
    with client_of(server) as client:
        iterator = client.iter_describe_sms_template_list(international=0, page_size=MAX_PAGE)
        assert server.received() == []
        first = next(iterator)
        assert first.template_id == TEMPLATE_IDS[0]
        assert pages_requested(server) == FULL_PAGES[:1]


def test_a_page_size_dividing_the_total_ends_after_an_empty_page(server: FaultServer) -> None:
    with client_of(server) as client:
        items = list(client.iter_describe_sms_template_list(international=0, page_size=HALF_PAGE))
    assert [item.template_id for item in items] == TEMPLATE_IDS
    assert [offset for _, offset in pages_requested(server)] == list(
        range(0, TEMPLATE_COUNT + 1, HALF_PAGE)
    )


def test_a_page_size_above_the_documented_maximum_is_refused_before_sending(
    server: FaultServer,
) -> None:
    with client_of(server) as client:
        above = f"limit: {MAX_PAGE + 1} is above the maximum {MAX_PAGE}"
        with pytest.raises(ValidationError, match=above):
            next(client.iter_describe_sms_template_list(international=0, page_size=MAX_PAGE + 1))
    assert server.connection_count == 0


def test_async_iteration_yields_every_template_in_order_one_request_per_page(
    server: FaultServer,
) -> None:
    async def main() -> list[int]:
        async with AsyncSmsClient(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint
        ) as client:
            return [
                item.template_id
                async for item in client.iter_describe_sms_template_list(
                    international=0, page_size=MAX_PAGE
                )
            ]

    assert asyncio.run(main()) == TEMPLATE_IDS
    assert pages_requested(server) == FULL_PAGES


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_with_template_ids_the_iterator_makes_one_call_however_many_they_are(
    server: FaultServer, use_async: bool
) -> None:
    # Limit and Offset apply only when TemplateIdSet is empty: a page of ids at least as long
    # as page_size would otherwise be asked for again and again.
    wanted = TEMPLATE_IDS[: HALF_PAGE + 1]

    async def read_async() -> list[int]:
        async with AsyncSmsClient(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint
        ) as client:
            return [
                item.template_id
                async for item in client.iter_describe_sms_template_list(
                    international=0, template_id_set=wanted, page_size=HALF_PAGE
                )
            ]

    if use_async:
        found = asyncio.run(read_async())
    else:
        with client_of(server) as client:
            found = [
                item.template_id
                for item in client.iter_describe_sms_template_list(
                    international=0, template_id_set=wanted, page_size=HALF_PAGE
                )
            ]
    assert found == wanted
    assert len(server.received("DescribeSmsTemplateList")) == 1
