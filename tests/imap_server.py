"""A real IMAP server for tests: Debian's dovecot on loopback with its own config and throw-away maildirs.

A test module loads it as a plugin (`pytest_plugins = ["imap_server"]`, with tests/ on sys.path).
`imap_server` (one per test session) starts `dovecot -F -c <tmp>/dovecot.conf` on free ports
of 127.0.0.1: plain IMAP (which also offers STARTTLS) and, when `openssl` can make a self-signed
certificate, IMAPS. `imap_mailbox` gives each test its own user and maildir. Mail is delivered the way
an MTA does it: a file written into `tmp/` and renamed into `new/`. The tests are skipped when dovecot is
not installed (`apt-get install dovecot-imapd`).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.header import Header
from pathlib import Path

import pytest

from privacy_desk.intake.imap import ImapAccount, Security

DOVECOT = Path("/usr/sbin/dovecot")
STARTUP_DEADLINE_S = 30.0
PASSWORD = 'pass "wörd" 秘密'  # quotes and non-ASCII: the client must quote and encode properly


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _self_signed_certificate(folder: Path) -> tuple[Path, Path] | None:
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    done = subprocess.run(
        [
            *(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost"),
            *("-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"),
        ],
        capture_output=True,
        timeout=60,
    )
    return (cert, key) if done.returncode == 0 else None


@dataclass
class ImapTestServer:
    port: int
    tls_port: int | None
    cafile: Path | None
    root: Path
    shared: Path
    log: Path
    mail_uid: int
    mail_gid: int
    host: str = "127.0.0.1"

    _users = itertools.count(1)

    def add_user(self, password: str = PASSWORD) -> ImapTestMailbox:
        # One password file per user (the passdb path has %u in it): dovecot reads a new file on the
        # first login, while an edited file is noticed only once per second.
        user = f"desk{next(self._users)}"
        users = self.shared / "users"
        (users / user).write_text(f"{user}:{{PLAIN}}{password}\n", encoding="utf-8")
        (users / user).chmod(0o644)
        mailbox = ImapTestMailbox(self, user, password, self.shared / "mail" / user)
        mailbox.create()
        return mailbox

    def own(self, path: Path) -> None:
        """Files the test writes as root must belong to the mail user, as dovecot renames them."""
        if os.geteuid() == 0:
            os.chown(path, self.mail_uid, self.mail_gid)


@dataclass
class ImapTestMailbox:
    server: ImapTestServer
    user: str
    password: str
    maildir: Path

    _names = itertools.count(1)

    def account(self, security: Security = Security.NONE, *, folder: str = "INBOX") -> ImapAccount:
        port = self.server.tls_port if security is Security.IMAPS else self.server.port
        if port is None:
            pytest.skip("no TLS certificate for the test IMAP server (openssl missing)")
        return ImapAccount(self.server.host, port, security, self.user, folder)

    def create(self) -> None:
        for part in ("", "tmp", "new", "cur"):
            (self.maildir / part).mkdir(mode=0o700, parents=True, exist_ok=True)
            self.server.own(self.maildir / part)

    def deliver(self, raw: bytes) -> None:
        name = f"{time.time_ns()}.P{os.getpid()}Q{next(self._names):06d}.pdtest"
        staged = self.maildir / "tmp" / name
        staged.write_bytes(raw)
        self.server.own(staged)
        staged.rename(self.maildir / "new" / name)

    def message_files(self) -> list[Path]:
        return sorted([*(self.maildir / "cur").iterdir(), *(self.maildir / "new").iterdir()])

    def recreate(self) -> None:
        """Delete and recreate the folder with the same messages: the server must give a new
        UIDVALIDITY. Its `dovecot-uidvalidity` record is kept, so the new value is always larger."""
        saved = [(path.name.split(":")[0], path.read_bytes()) for path in self.message_files()]
        for entry in self.maildir.iterdir():
            if entry.name.startswith("dovecot-uidvalidity"):
                continue
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        self.create()
        for name, raw in saved:
            staged = self.maildir / "tmp" / name
            staged.write_bytes(raw)
            self.server.own(staged)
            staged.rename(self.maildir / "new" / name)


def _config(server: ImapTestServer, certificate: tuple[Path, Path] | None) -> str:
    root, shared = server.root, server.shared
    lines = [
        f"base_dir = {root}/run",
        f"state_dir = {root}/state",
        f"instance_name = privacy-desk-test-{server.port}",
        f"log_path = {server.log}",
        "protocols = imap",
        "listen = 127.0.0.1",
        "disable_plaintext_auth = no",
        "auth_mechanisms = plain login",
        "auth_failure_delay = 0",
        "first_valid_uid = 0",
        "first_valid_gid = 0",
        f"mail_uid = {server.mail_uid}",
        f"mail_gid = {server.mail_gid}",
        f"mail_location = maildir:{shared}/mail/%u",
        # A folder the server marks \\Sent (RFC 6154) when a test creates it: the desk finds it by the mark.
        "namespace inbox {",
        "  inbox = yes",
        "  mailbox 送信済みアイテム {",
        "    special_use = \\Sent",
        "  }",
        "}",
        "passdb {",
        "  driver = passwd-file",
        f"  args = scheme=PLAIN username_format=%u {shared}/users/%u",
        "}",
        "userdb {",
        "  driver = static",
        f"  args = home={shared}/mail/%u",
        "}",
        # No growing delay after the wrong-password test (dovecot's documented way to turn it off).
        "service anvil {",
        "  chroot =" if os.geteuid() != 0 else "",
        "  unix_listener anvil-auth-penalty {",
        "    mode = 0",
        "  }",
        "}",
        "service imap-login {",
        "  chroot =" if os.geteuid() != 0 else "",
        "  inet_listener imap {",
        "    address = 127.0.0.1",
        f"    port = {server.port}",
        "  }",
        "  inet_listener imaps {",
        "    address = 127.0.0.1",
        f"    port = {server.tls_port or 0}",
        "    ssl = yes" if certificate else "",
        "  }",
        "}",
    ]
    if certificate:
        cert, key = certificate
        lines += ["ssl = yes", f"ssl_cert = <{cert}", f"ssl_key = <{key}", "ssl_min_protocol = TLSv1.2"]
    else:
        lines.append("ssl = no")
    if os.geteuid() != 0:  # dovecot's "rootless" mode: every process runs as the calling user
        me = pwd.getpwuid(os.geteuid()).pw_name
        lines += [
            f"default_internal_user = {me}",
            f"default_login_user = {me}",
        ]
    return "\n".join(line for line in lines if line) + "\n"


def _start(tmp: Path) -> tuple[ImapTestServer, subprocess.Popen]:
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")  # dovecot never lets a mail process run as root
        uid, gid = nobody.pw_uid, nobody.pw_gid
    else:
        uid, gid = os.geteuid(), os.getegid()
    # The maildirs and the password file must be reachable by the unprivileged dovecot processes,
    # which pytest's private tmp folder is not: they go into their own world-traversable folder.
    shared = Path(tempfile.mkdtemp(prefix="privacy-desk-imap-"))
    shared.chmod(0o755)
    (shared / "mail").mkdir()
    if os.geteuid() == 0:
        os.chown(shared / "mail", uid, gid)
    (shared / "users").mkdir(mode=0o755)
    certificate = _self_signed_certificate(tmp)
    server = ImapTestServer(
        port=free_port(),
        tls_port=free_port() if certificate else None,
        cafile=certificate[0] if certificate else None,
        root=tmp,
        shared=shared,
        log=tmp / "dovecot.log",
        mail_uid=uid,
        mail_gid=gid,
    )
    conf = tmp / "dovecot.conf"
    conf.write_text(_config(server, certificate), encoding="utf-8")
    with (tmp / "dovecot.stderr").open("wb") as stderr:
        process = subprocess.Popen(
            [str(DOVECOT), "-F", "-c", str(conf)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,  # its own process group: teardown stops dovecot and its children
        )
    return server, process


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)


def _wait_until_ready(server: ImapTestServer, process: subprocess.Popen) -> str | None:
    """None once every port accepts; otherwise why it did not start (bounded by a deadline)."""
    ports = [p for p in (server.port, server.tls_port) if p]
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return f"dovecot exited with status {process.returncode}"
        if all(_accepts(port) for port in ports):
            return None
        time.sleep(0.05)
    return f"dovecot did not accept connections within {STARTUP_DEADLINE_S:.0f} s"


def _diagnostics(tmp: Path) -> str:
    texts = []
    for name in ("dovecot.stderr", "dovecot.log"):
        path = tmp / name
        if path.exists():
            texts.append(path.read_text(encoding="utf-8", errors="replace")[-3000:])
    return "\n".join(texts)


@pytest.fixture(scope="session")
def imap_server(tmp_path_factory) -> Iterator[ImapTestServer]:
    if not DOVECOT.exists():
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd)")
    failure = ""
    for _attempt in range(3):  # a free port can be taken between probing and dovecot's bind
        tmp = tmp_path_factory.mktemp("dovecot")
        server, process = _start(tmp)
        failure = _wait_until_ready(server, process) or ""
        if not failure:
            break
        _stop(process)
        shutil.rmtree(server.shared, ignore_errors=True)
        failure += "\n" + _diagnostics(tmp)
    else:
        pytest.fail(f"the test IMAP server did not start: {failure}")
    try:
        yield server
    finally:
        _stop(process)
        shutil.rmtree(server.shared, ignore_errors=True)


@pytest.fixture
def imap_mailbox(imap_server) -> ImapTestMailbox:
    """A fresh user with an empty INBOX on the test server."""
    return imap_server.add_user()


def sample_message(index: int, *, subject: str | None = None) -> bytes:
    """A small Japanese inquiry with a unique Message-ID, CRLF line ends as IMAP serves them."""
    subject = subject or f"お問い合わせ {index}"
    lines = [
        f"Message-ID: <inquiry-{index}-{os.getpid()}@example.jp>",
        "From: =?UTF-8?B?5bGx55Sw5aSq6YOO?= <taro.yamada@example.jp>",
        "To: info@gmo-c.jp",
        f"Subject: {Header(subject, 'utf-8').encode()}",
        "Date: Mon, 01 Jun 2026 10:00:00 +0900",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        f"個人情報の開示をお願いします。({index})",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")
