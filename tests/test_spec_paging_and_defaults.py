"""The spec's paging kinds and client defaults are validated against the actions they name."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.load import load_spec
from generator.validate import validate_spec
from support.specs import sms_spec

Edit = Callable[[dict[str, Any]], None]


def problems_after(edit: Edit, tmp_path: Path) -> list[str]:
    data = copy.deepcopy(sms_spec())
    edit(data)
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    spec, problems = load_spec(path)
    assert spec is not None and not problems
    return [f"{p.path}: {p.message}" for p in validate_spec(spec)]


def paging_of(action: str, **paging: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        data["actions"][action]["paging"] = paging

    return edit


def defaults(*entries: dict[str, Any]) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        data["service"]["client_defaults"] = list(entries)

    return edit


def test_the_real_spec_is_valid(tmp_path: Path) -> None:
    assert problems_after(lambda data: None, tmp_path) == []


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        pytest.param(
            paging_of("SendStatusStatistics", kind="queue", limit="Limit", items="RequestId"),
            "actions.SendStatusStatistics.paging.kind: queue paging needs a queue",
            id="queue-without-consumes-records",
        ),
        pytest.param(
            paging_of(
                "PullSmsSendStatus", limit="Limit", offset="Limit", items="PullSmsSendStatusSet"
            ),
            "actions.PullSmsSendStatus.paging.kind: offset paging asks for records again",
            id="offset-paging-of-a-queue",
        ),
        pytest.param(
            paging_of(
                "PullSmsSendStatusByPhoneNumber",
                limit="Limit",
                offset="Offset",
                items="PullSmsSendStatusSet",
            ),
            "actions.PullSmsSendStatusByPhoneNumber.paging.offset: 'Offset' is fixed at 0",
            id="offset-paging-over-a-fixed-offset",
        ),
        pytest.param(
            paging_of(
                "DescribeSmsTemplateList",
                kind="time_window",
                limit="Limit",
                offset="Offset",
                begin="International",
                end="International",
                items="DescribeTemplateStatusSet",
                source="003_c813d22a2e469ea7.txt",
                quote="x",
            ),
            "actions.DescribeSmsTemplateList.paging.offset: 'Offset' is not fixed",
            id="time-window-with-a-free-offset",
        ),
        pytest.param(
            paging_of(
                "PullSmsSendStatusByPhoneNumber",
                kind="time_window",
                limit="Limit",
                offset="Offset",
                begin="BeginTime",
                end="EndTime",
                items="PullSmsSendStatusSet",
            ),
            "actions.PullSmsSendStatusByPhoneNumber.paging: 'source' is a required property",
            id="time-window-without-its-source",
        ),
        pytest.param(
            paging_of(
                "DescribeSmsTemplateList",
                limit="Limit",
                offset="Offset",
                items="DescribeTemplateStatusSet",
                unless="International",
            ),
            "actions.DescribeSmsTemplateList.paging.unless: 'International' is not an array",
            id="unless-not-an-array",
        ),
        pytest.param(
            paging_of(
                "PullSmsSendStatus",
                kind="queue",
                limit="Limit",
                items="PullSmsSendStatusSet",
                unless="SmsSdkAppId",
            ),
            "actions.PullSmsSendStatus.paging.unless: queue paging takes no unless",
            id="unless-on-a-queue",
        ),
    ],
)
def test_paging_must_fit_its_kind(edit: Edit, expected: str, tmp_path: Path) -> None:
    problems = problems_after(edit, tmp_path)
    assert [p for p in problems if p.startswith(expected)], problems


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        pytest.param(defaults({"param": "Nothing"}), "no action takes 'Nothing'", id="unknown"),
        pytest.param(
            defaults({"param": "SignName", "actions": ["PullSmsSendStatus"]}),
            "PullSmsSendStatus takes no 'SignName'",
            id="not-an-input-of-the-action",
        ),
        pytest.param(
            defaults({"param": "TemplateId"}),
            "'TemplateId' has more than one type",
            id="types-differ",
        ),
        pytest.param(
            defaults({"param": "Offset", "actions": ["SendStatusStatistics"]}),
            "SendStatusStatistics.Offset is fixed at 0: it needs no default",
            id="fixed",
        ),
        pytest.param(
            defaults({"param": "PhoneNumberSet", "actions": ["SendSms"]}),
            "SendSms.PhoneNumberSet is no single value of a primitive type",
            id="array",
        ),
        pytest.param(
            defaults({"param": "SmsSdkAppId"}, {"param": "SmsSdkAppId"}),
            "'SmsSdkAppId' is listed twice",
            id="twice",
        ),
    ],
)
def test_client_defaults_name_one_typed_input_of_the_actions_they_apply_to(
    edit: Edit, expected: str, tmp_path: Path
) -> None:
    problems = problems_after(edit, tmp_path)
    assert [
        p for p in problems if p.startswith("service.client_defaults") and expected in p
    ], problems
