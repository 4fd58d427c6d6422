"""``python -m tcsms.emulator`` in its own process, and a restart with ``--db`` that keeps state."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from emulator_support.raw import APP_ID

from tcsms import SmsClient
from tcsms.emulator import AdminClient

SECRET_ID = "AKIDcliEXAMPLE"
SECRET_KEY = "cli-secret-key"


@contextmanager
def running_cli(*extra: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tcsms.emulator",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--secret-id",
            SECRET_ID,
            "--secret-key",
            SECRET_KEY,
            *extra,
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        assert first.startswith("listening on http://127.0.0.1:"), first
        endpoint = first.removeprefix("listening on ")
        assert process.stdout.readline().strip() == f"inbox at {endpoint}/_inbox"
        yield endpoint, process
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(10)


def test_a_restart_with_db_keeps_all_state(tmp_path: Path) -> None:
    db = str(tmp_path / "state.sqlite")
    with running_cli("--db", db) as (endpoint, process):
        admin = AdminClient(endpoint)
        with SmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=endpoint) as client:
            sign_id = client.add_sms_sign(
                sign_name="Tencent",
                sign_type=0,
                document_type=0,
                international=0,
                sign_purpose=0,
                proof_image="aGVsbG8=",
            ).add_sign_status.sign_id
            template_id = client.add_sms_template(
                template_name="code",
                template_content="Code {1}",
                sms_type=3,
                international=0,
                remark="r",
            ).add_template_status.template_id
            admin.call("approve_sign", sign_id=sign_id)
            admin.call("approve_template", template_id=int(template_id), reply="fine")
            serial = (
                client.send_sms(
                    phone_number_set=["+8618511122266"],
                    sms_sdk_app_id=APP_ID,
                    template_id=template_id,
                    sign_name="Tencent",
                    template_param_set=["1"],
                )
                .send_status_set[0]
                .serial_no
            )
            admin.call(
                "inject_reply", phone_number="+8618511122266", text="hi", sms_sdk_app_id=APP_ID
            )
    with running_cli("--db", db) as (endpoint, process):
        with SmsClient(secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=endpoint) as client:
            signs = client.describe_sms_sign_list(sign_id_set=[sign_id], international=0)
            templates = client.describe_sms_template_list(
                international=0, template_id_set=[int(template_id)]
            )
            reports = client.pull_sms_send_status(limit=10, sms_sdk_app_id=APP_ID)
            replies = client.pull_sms_reply_status(limit=10, sms_sdk_app_id=APP_ID)
            conversion = client.report_conversion(sms_sdk_app_id=APP_ID, serial_no=serial)
        assert process.stdout is not None
        log_line = process.stdout.readline()
    assert signs.describe_sign_list_status_set[0].status_code == 0
    assert templates.describe_template_status_set[0].review_reply == "fine"
    assert reports.pull_sms_send_status_set[0].serial_no == serial
    assert replies.pull_sms_reply_status_set[0].reply_content == "hi"
    assert conversion.report_conversion_status.code == "ok"
    assert "DescribeSmsSignList OK" in log_line
