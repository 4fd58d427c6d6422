"""A certificate authority made for one test run, and a server certificate it signed.

Built with the ``openssl`` command line tool, like ``tests/test_runtime_tls.py``; the files live
in a temporary folder and are valid for one day.
"""

from __future__ import annotations

import ssl
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ServerCertificate:
    """The CA that clients should trust, and the chain and key the server presents."""

    ca: Path
    chain: Path
    key: Path

    def client_context(self) -> ssl.SSLContext:
        """Verifies certificates and host names, trusting only the throwaway CA."""
        return ssl.create_default_context(cafile=str(self.ca))

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.chain, self.key)
        return context


def _openssl(folder: Path, *args: str) -> None:
    subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)


def issue_server_certificate(folder: Path, dns_names: Iterable[str]) -> ServerCertificate:
    """A new CA in ``folder`` and a certificate it signed for every name of ``dns_names``."""
    names = list(dns_names)
    _openssl(
        folder,
        *("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
        *("-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=tcgen throwaway CA"),
    )
    _openssl(
        folder,
        *("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key"),
        *("-out", "server.csr", "-subj", f"/CN={names[0]}"),
    )
    alternative_names = ",".join(f"DNS:{name}" for name in names)
    (folder / "san.ext").write_text(
        f"subjectAltName={alternative_names}\nbasicConstraints=CA:FALSE\n", encoding="ascii"
    )
    _openssl(
        folder,
        *("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key"),
        *("-CAcreateserial", "-out", "server.pem", "-days", "1", "-extfile", "san.ext"),
    )
    return ServerCertificate(folder / "ca.pem", folder / "server.pem", folder / "server.key")
