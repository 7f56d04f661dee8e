"""Files in and out of the views through one seam (docs/ARCHITECTURE.md §6.14, §10).

`Files` belongs to one page (the Inbox, the case page): it asks where to read or save, asks Yes or No,
writes temporary copies into a folder of its own, hands a copy to the system's program — asking first
when the file could run (`open_checked`) — and says in the page's notice line what went wrong. Its
`ask_*`, `open_path` and `confirm` are plain attributes, so a test replaces one (or the whole object)
and no real dialog opens and no program starts. `FileHook` lets a page offer them under its own name
(`page.open_path = fake`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from privacy_desk.domain.attachments import HEAD_BYTES, assess, safe_filename, visible_name
from privacy_desk.ui.widgets import MessageKind
from privacy_desk.ui.widgets.opening import RiskBox
from privacy_desk.ui.widgets.plain_text import ask_yes_no

if TYPE_CHECKING:
    from privacy_desk.ui.widgets import InlineMessage

translate = QCoreApplication.translate


def choose_file_to_open(parent: QWidget, title: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", translate("Files", "All files (*)"))
    return path or None


def choose_files_to_open(parent: QWidget, title: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return paths


def choose_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def open_with_system(path: str) -> bool:
    """Hand the file to the program the system opens its type with (tests replace this: it may run)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def read_file(path: str) -> bytes:
    """The file's bytes; InvalidInput with the reason when it cannot be read."""
    from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput

    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Could not read {path}: {reason}"),
            path=path,
            reason=error.strerror or str(error),
        ) from error


def human_size(size: int) -> str:
    if size < 1024:
        return translate("Files", "%n byte(s)", None, size)
    if size < 1024 * 1024:
        return translate("Files", "{size} KB").format(size=f"{size / 1024:.0f}")
    return translate("Files", "{size} MB").format(size=f"{size / 1024 / 1024:.1f}")


class Files:
    """The file seam of one page: `owner` parents the dialogs (and holds the risk question in
    `owner.dialog` while it is open); `notice` says what went wrong or where a file was saved."""

    def __init__(self, owner: QWidget, notice: InlineMessage) -> None:
        self.owner = owner
        self.notice = notice
        self.ask_open_path: Callable[[QWidget, str], str | None] = choose_file_to_open
        self.ask_open_paths: Callable[[QWidget, str, str], list[str]] = choose_files_to_open
        self.ask_save_path: Callable[[QWidget, str, str, str], str | None] = choose_save_path
        self.open_path: Callable[[str], bool] = open_with_system
        self.confirm: Callable[[QWidget, str, str], bool] = ask_yes_no
        self._temp: QTemporaryDir | None = None
        self._copies: list[tuple[Hashable, Path]] = []  # (key, path) of each temporary copy

    # -- temporary copies --------------------------------------------------------------------------

    def temp_folder(self) -> Path | None:
        """A folder of this page's own, deleted when the app quits."""
        if self._temp is None:
            self._temp = QTemporaryDir()
        if not self._temp.isValid():
            self.notice.show_error(translate("Files", "No temporary folder could be made for the file."))
            return None
        return Path(self._temp.path())

    def temp_copy(self, name: str, data: bytes, *, key: Hashable = None) -> str | None:
        """A temporary copy of a file to open, under a name safe on every system; `discard_copies`
        deletes those of other keys (a case's copies once the page shows another case)."""
        folder = self.temp_folder()
        if folder is None:
            return None
        target = folder / safe_filename(name)
        number = 1
        while target.exists():
            number += 1
            target = folder / f"{Path(safe_filename(name)).stem}~{number}{target.suffix}"
        if not self.write(target, data, quiet=True):
            return None
        self._copies.append((key, target))
        return str(target)

    def discard_copies(self, *, keep: Hashable = None) -> None:
        """Delete the temporary copies of every key but `keep` (an opened file may show an individual
        number not masked yet). A copy a program still holds open (Windows) is tried again next time."""
        left = []
        for key, path in self._copies:
            if key == keep and keep is not None:
                left.append((key, path))
                continue
            try:
                path.unlink(missing_ok=True)
            except OSError:
                left.append((key, path))
        self._copies = left

    # -- writing -----------------------------------------------------------------------------------

    def write(self, path: Path, data: bytes, *, quiet: bool = False) -> bool:
        try:
            path.write_bytes(data)
        except OSError as error:
            self.notice.show_error(
                translate("Files", "Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        if not quiet:
            self.saved(path)
        return True

    def saved(self, path: Path | str) -> None:
        self.notice.show_message(
            translate("Files", "Saved as {path}.").format(path=path), MessageKind.SUCCESS
        )

    def save_as(self, data: bytes, suggested: str, *, title: str, filters: str = "") -> bool:
        """Ask where, then write (Save As… runs nothing: no question about the file's type)."""
        path = self.ask_save_path(
            self.owner, title, safe_filename(suggested), filters or translate("Files", "All files (*)")
        )
        if not path:
            return False
        return self.write(Path(path), data)

    # -- opening -----------------------------------------------------------------------------------

    def open_checked(self, name: str, data: bytes, open_copy: Callable[[], None]) -> None:
        """Open the file `name` with bytes `data` by calling `open_copy()`: at once when it cannot run,
        otherwise only after "Open Anyway" in a window-modal RiskBox (Cancel the default). The type is
        judged on the name the copy gets on disk and on the first bytes."""
        risk = assess(safe_filename(name), data[:HEAD_BYTES])
        if risk is None:
            open_copy()
            return
        owner = self.owner
        box = RiskBox(owner, name, risk)
        setattr(owner, "dialog", box)  # noqa: B010 - the page's open dialog, which QWidget does not declare

        def finished(_result: int) -> None:
            if getattr(owner, "dialog", None) is box:
                setattr(owner, "dialog", None)  # noqa: B010
            chosen = box.chose_open()
            box.deleteLater()
            if chosen:
                open_copy()

        box.finished.connect(finished)
        box.open()

    def open_copy(
        self, name: str, data: bytes, *, key: Hashable = None, wanted: Callable[[], bool] = lambda: True
    ) -> None:
        """A temporary copy opened by the system's program, asked first when it can run; `wanted()` is
        asked again once the user answered (the page may show something else by then)."""

        def open_now() -> None:
            if not wanted():
                return
            path = self.temp_copy(name, data, key=key)
            if path is not None and not self.open_path(path):
                self.notice.show_error(
                    translate(
                        "Files", "No program on this computer opens {name}. Use Save As… instead."
                    ).format(name=visible_name(name))
                )

        self.open_checked(name, data, open_now)


class FileHook:
    """A page attribute that is one function of the page's `files` (reading it gives the function,
    setting it replaces it there): `page.open_path = fake` reaches every file the page opens."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, page, owner=None):
        return self if page is None else getattr(page.files, self.name)

    def __set__(self, page, value) -> None:
        setattr(page.files, self.name, value)


__all__ = [
    "FileHook",
    "Files",
    "choose_file_to_open",
    "choose_files_to_open",
    "choose_save_path",
    "human_size",
    "open_with_system",
    "read_file",
]
