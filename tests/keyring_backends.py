"""Keychains for tests, so no test touches the real OS keychain.

`MemoryKeyring` lives in the test process. `FileKeyring` is for a CLI run in a subprocess: select it
with PYTHON_KEYRING_BACKEND=keyring_backends.FileKeyring (tests/ on PYTHONPATH) and point
PRIVACY_DESK_TEST_KEYRING at a JSON file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENVIRONMENT = "PRIVACY_DESK_TEST_KEYRING"


class MemoryKeyring(KeyringBackend):
    @classproperty
    def priority(cls) -> float:  # noqa: N805
        # keyring picks its default among every loaded backend class: never pick this one by itself.
        raise RuntimeError("a test keychain is only used when a test installs it")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class FileKeyring(MemoryKeyring):
    """A MemoryKeyring loaded from and saved to $PRIVACY_DESK_TEST_KEYRING (tests only: plain text)."""

    @classproperty
    def priority(cls) -> float:  # noqa: N805
        if ENVIRONMENT not in os.environ:
            raise RuntimeError(f"{ENVIRONMENT} is not set")
        return 0.5

    def __init__(self) -> None:
        super().__init__()
        self.path = Path(os.environ[ENVIRONMENT])
        if self.path.exists():
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.entries = {(service, user): password for service, user, password in data}

    def _save(self) -> None:
        data = [[service, user, password] for (service, user), password in self.entries.items()]
        self.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        super().delete_password(service, username)
        self._save()
