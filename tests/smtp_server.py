"""A real SMTP server for tests: aiosmtpd on a free port of 127.0.0.1, in its own thread.

A test module loads it as a plugin (`pytest_plugins = ["smtp_server"]`, with tests/ on sys.path).
`smtp_ca` (one per session) is a certificate authority made by trustme with a certificate for
127.0.0.1 and localhost; `client_context` trusts only it. `smtp_server` starts a server that offers
STARTTLS and requires it before AUTH; `smtp_tls_server` speaks TLS from the first byte. Both take the
login USER / PASSWORD, refuse any recipient at REFUSED_DOMAIN and keep what they received in
`received`; `smtp_plain_server` is a relay without TLS or login. `closed_port` is a port nothing
listens on; `silent_port` accepts connections and never answers (a server that hangs).
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "desk@gmo-c.jp"
PASSWORD = 'pass "wörd" 秘密'  # quotes and non-ASCII: sent as UTF-8 SASL PLAIN
REFUSED_DOMAIN = "refused.example.jp"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Received:
    sender: str
    recipients: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.raw, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Handler:
    received: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address.lower().endswith("@" + REFUSED_DOMAIN):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        self.logins.append(login)
        # handled=False: aiosmtpd then answers a failure with 535 itself (True means "already answered")
        return AuthResult(success=login == USER and password == PASSWORD, handled=False)


@dataclass
class SmtpTestServer:
    host: str
    port: int
    handler: Handler

    @property
    def received(self) -> list[Received]:
        return self.handler.received


@pytest.fixture(scope="session")
def smtp_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def client_context(smtp_ca) -> ssl.SSLContext:
    """What the desk would use, trusting only the test's authority (the real default context would
    refuse the self-signed chain, which one test checks)."""
    context = ssl.create_default_context()
    smtp_ca.configure_trust(context)
    return context


def _server_context(smtp_ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    smtp_ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


def _run(handler: Handler, **options) -> Iterator[SmtpTestServer]:
    options = {
        "authenticator": handler.authenticate,
        "auth_required": True,
        "auth_require_tls": True,
        **options,
    }
    for _attempt in range(3):  # a free port can be taken between probing and the server's bind
        port = free_port()
        controller = Controller(
            handler,
            hostname="127.0.0.1",
            port=port,
            **options,
        )
        try:
            controller.start()
        except (OSError, RuntimeError):
            continue
        break
    else:
        pytest.fail("the test SMTP server did not start")
    try:
        yield SmtpTestServer("127.0.0.1", port, handler)
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(smtp_ca) -> Iterator[SmtpTestServer]:
    """Plain SMTP that offers STARTTLS and takes AUTH only after it."""
    yield from _run(Handler(), tls_context=_server_context(smtp_ca), require_starttls=True)


@pytest.fixture
def smtp_tls_server(smtp_ca) -> Iterator[SmtpTestServer]:
    """SMTP over TLS from the first byte (port 465 style)."""
    # aiosmtpd 1.4 counts only STARTTLS as TLS for AUTH: on a TLS port it would hide AUTH, so AUTH is
    # offered without being required (the client still logs in, which the test checks).
    context = _server_context(smtp_ca)
    yield from _run(Handler(), ssl_context=context, auth_required=False, auth_require_tls=False)


@pytest.fixture
def smtp_plain_server() -> Iterator[SmtpTestServer]:
    """A relay on this computer: no TLS, no login (what security "none" is allowed for)."""
    yield from _run(Handler(), authenticator=None, auth_required=False, auth_require_tls=False)


@pytest.fixture
def closed_port() -> int:
    return free_port()


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A listening socket that never accepts: the kernel completes the connection, no greeting comes."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        yield listener.getsockname()[1]
