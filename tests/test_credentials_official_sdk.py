"""The official SDK's role providers against the same loopback fakes as ours.

What the official ``CVMRoleCredential``, ``STSAssumeRoleCredential`` and ``OIDCRoleArnCredential``
get from the metadata and STS fakes must be what ours get, and the requests they make must carry
the same action, version, region and parameters: the fakes speak the protocol the official
clients speak, and so do our providers. The official clients are pointed at the fakes the only
ways they allow: the metadata service through ``http_proxy`` (its urllib honours it), STS through
``endpoint=`` over TLS with a throwaway CA in place of certifi's bundle.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from tencentcloud.common import credential as official

from support.credential_servers import MetadataServer, StsCall, StsServer
from support.proxy_server import TlsTerminator
from support.sms_calls import SECRET_ID, SECRET_KEY
from support.throwaway_ca import ServerCertificate, issue_server_certificate
from tcsms import CvmRoleCredentials, OidcRoleArnCredentials, StsAssumeRoleCredentials

ROLE = "sms-sender"
ROLE_ARN = "qcs::cam::uin/100000000001:roleName/sms-sender"
PROVIDER_ID = "tke-oidc"
WEB_TOKEN = "eyJ.pod-token.sig"
COMPARED_HEADERS = ("x-tc-action", "x-tc-version", "x-tc-region", "content-type")


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> ServerCertificate:
    return issue_server_certificate(tmp_path_factory.mktemp("sts-tls"), ["localhost"])


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    path = tmp_path / "token"
    path.write_text(WEB_TOKEN)
    return path


@pytest.fixture
def sts(token_file: Path) -> Iterator[StsServer]:
    with StsServer(
        {SECRET_ID: SECRET_KEY}, {ROLE_ARN}, provider_id=PROVIDER_ID, token_file=token_file
    ) as server:
        yield server


@pytest.fixture
def sts_over_tls(
    sts: StsServer, certificate: ServerCertificate, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """``localhost:PORT``: the fake behind TLS, its CA the one the official client trusts."""
    import certifi

    port = int(sts.endpoint.rpartition(":")[2])
    # The official client verifies against certifi's bundle, whatever the environment says.
    monkeypatch.setattr(certifi, "where", lambda: str(certificate.ca))
    for name in ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with TlsTerminator(certificate.server_context(), port) as terminator:
        yield f"localhost:{terminator.port}"


def same_request(official_call: StsCall, our_call: StsCall) -> None:
    for header in COMPARED_HEADERS:
        assert (
            our_call.headers.get(header, "").split(";")[0]
            == official_call.headers.get(header, "").split(";")[0]
        ), header
    assert our_call.payload.keys() == official_call.payload.keys()
    for name in ("RoleArn", "DurationSeconds", "ProviderId", "WebIdentityToken"):
        assert our_call.payload.get(name) == official_call.payload.get(name), name


def test_the_instance_role_reads_as_the_official_sdk_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with MetadataServer(ROLE) as metadata:
        # The official client asks metadata.tencentyun.com through urllib, which honours
        # http_proxy: the fake answers those absolute-form requests. A fresh opener reads it.
        monkeypatch.setenv("http_proxy", metadata.endpoint)
        monkeypatch.setenv("no_proxy", "")
        monkeypatch.setattr(urllib.request, "_opener", None)
        theirs = official.CVMRoleCredential().get_credential_info()
        ours = CvmRoleCredentials(metadata_endpoint=metadata.endpoint).get()
    issued = metadata.issued[-1]
    assert theirs == (issued.secret_id, issued.secret_key, issued.token)
    assert (ours.secret_id, ours.secret_key, ours.token) == theirs
    assert ours.expires_at == issued.expired_time
    assert metadata.paths[:2] == metadata.paths[2:]  # the same two requests, in the same order


def test_assume_role_requests_match_the_official_sdks(sts: StsServer, sts_over_tls: str) -> None:
    theirs = official.STSAssumeRoleCredential(
        SECRET_ID, SECRET_KEY, ROLE_ARN, "campaign", endpoint=sts_over_tls
    ).get_credential_info()
    official_call = sts.calls[-1]
    assert official_call.verification is not None and official_call.verification.ok
    assert theirs == (sts.issued[-1].secret_id, sts.issued[-1].secret_key, sts.issued[-1].token)

    ours = StsAssumeRoleCredentials(
        ROLE_ARN, "campaign", secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=sts.endpoint
    ).get()
    our_call = sts.calls[-1]
    assert our_call.verification is not None and our_call.verification.ok
    assert ours.secret_id == sts.issued[-1].secret_id
    same_request(official_call, our_call)


def test_web_identity_requests_match_the_official_sdks(
    sts: StsServer, sts_over_tls: str, token_file: Path
) -> None:
    theirs = official.OIDCRoleArnCredential(
        "ap-guangzhou", PROVIDER_ID, WEB_TOKEN, ROLE_ARN, "pod", endpoint=sts_over_tls
    ).get_credential_info()
    official_call = sts.calls[-1]
    assert official_call.headers["authorization"] == "SKIP"
    assert theirs[0] == sts.issued[-1].secret_id

    ours = OidcRoleArnCredentials(
        region="ap-guangzhou",
        provider_id=PROVIDER_ID,
        role_arn=ROLE_ARN,
        web_identity_token_file=token_file,
        role_session_name="pod",
        endpoint=sts.endpoint,
    ).get()
    our_call = sts.calls[-1]
    assert our_call.headers["authorization"] == "SKIP"
    assert ours.secret_id == sts.issued[-1].secret_id
    same_request(official_call, our_call)
