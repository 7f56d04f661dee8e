"""What the main window shows: a registry of views (and of reports for the self-test), built by the
composition root and passed to the window. No globals: two windows could hold two registries.

A view is a QWidget made by `factory(context)` the first time it is shown, and keeps the `FeatureView`
contract (docs/ARCHITECTURE.md §9). Other views never import it: they ask the hub to open an item
(`ChangeHub.open_requested(kind, id)`) and the main window routes the request to the view whose spec
says it opens that kind; a form a view offers to the others (Requests' new case from a ticket) is
named in its spec's `forms` and made through the registry (`ViewRegistry.form(key)`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from privacy_desk.ui.hub import ChangeHub
from privacy_desk.ui.operations import Operations
from privacy_desk.ui.work import Work

if TYPE_CHECKING:
    from privacy_desk.services.container import Services
    from privacy_desk.ui.dialogs.settings_pages import SettingsPageMaker

VIEW_CONTEXT = "Views"
MAX_SHORTCUT_VIEWS = 9


def today_from_system() -> date:
    return date.today()


@dataclass
class ViewContext:
    """What every view may use. `services` is None until the database is open (it opens after the
    window is shown); views learn of it from `hub.services_did_open`. `work` builds the operations that
    run every service call (ui/work.py) on `operations`, the thread pool's runner."""

    hub: ChangeHub
    operations: Operations
    clock: Callable[[], date] = today_from_system
    services: Services | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    views: ViewRegistry | None = None  # set by the main window: whom to ask for an item of a kind
    work: Work = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.work = Work(self)


class FeatureView(Protocol):
    """What the main window may ask of every view."""

    def refresh(self) -> None:
        """Read again what the view shows (F5)."""

    def retranslate(self) -> None:
        """Set every text again in the current language (called from the view's own changeEvent)."""


class OpensItems(FeatureView, Protocol):
    """A view whose spec lists item kinds in `opens`."""

    def open_item(self, item_id: int) -> None:
        """Show the item `item_id` (of a kind the view's spec opens), as if the user had picked it."""


@dataclass(frozen=True)
class ViewCommand:
    """A File-menu command a view brings (File › Import mail…): listed whether or not the view was made
    yet; choosing it shows the view and calls `run(view)`. `source_text` is an English source text in
    the translation context `context`; `shortcut` a key sequence such as "Ctrl+I"."""

    key: str
    context: str
    source_text: str
    run: Callable[[Any], None]
    shortcut: str | None = None

    def text(self) -> str:
        return QCoreApplication.translate(self.context, self.source_text)


@dataclass(frozen=True)
class ViewSpec:
    """`title_source_text` is an English source text in the "Views" translation context (mark it with
    QT_TRANSLATE_NOOP where it is declared); `shortcut_index` n gives the view Ctrl+n (1–9); `icon` names
    a picture in resources/icons (`ui.icons.resource_icon`); `commands` go to the File menu;
    `opens` are the item kinds ("ticket", "case" …) the view shows when the hub is asked to open one,
    and `find(services, ref)` their id by reference (for pages that know items by reference, as Today);
    `forms` are (key, make) pairs: `make(context, *args, parent=…)` returns a form (a FormDialog) that
    another view opens as its own, e.g. ("case_from_ticket", …) for the Inbox; `settings_pages` are the
    makers (`make(parent)`, a `ui/dialogs/settings_pages.SettingsPage`) of the tabs the feature adds to
    File › Settings after the dialog's own, e.g. Requests' fee and identity documents."""

    key: str
    title_source_text: str
    factory: Callable[[ViewContext], QWidget]
    shortcut_index: int
    icon: str | None = None
    commands: tuple[ViewCommand, ...] = ()
    opens: tuple[str, ...] = ()
    find: Callable[[Services, str], int] | None = None  # the id of an item of `opens` by its reference
    forms: tuple[tuple[str, Callable[..., QWidget]], ...] = ()
    settings_pages: tuple[SettingsPageMaker, ...] = ()

    def title(self) -> str:
        return QCoreApplication.translate(VIEW_CONTEXT, self.title_source_text)

    @classmethod
    def declared_in(cls, package: str, view_class: str, shortcut_index: int, **more: Any) -> ViewSpec:
        """The spec a view package declares by its module's names (docs/ARCHITECTURE.md §9): `KEY`, `TITLE`
        and, where it has them, `COMMANDS`, `KINDS` (the item kinds it opens), `find` and `FORMS`; the
        view is `<package>.view.<view_class>`, imported when first shown; the icon is named as the key.
        `more` gives the rest (settings pages)."""
        names = vars(importlib.import_module(package))
        return cls(
            names["KEY"],
            names["TITLE"],
            imported(f"{package}.view", view_class),
            shortcut_index,
            **{
                "icon": names["KEY"],
                "commands": names.get("COMMANDS", ()),
                "opens": names.get("KINDS", ()),
                "find": names.get("find"),
                "forms": names.get("FORMS", ()),
                **more,
            },
        )


def imported(module: str, name: str) -> Callable[..., Any]:
    """A maker for a spec (a view's `factory`, a settings page) that imports `module` only when it is
    first called: start-up imports no view's widgets until the view is shown (start-up is benchmarked).
    Only a view's own package is named this way; the frozen app bundles every module of privacy_desk
    (packaging/privacy_desk.spec)."""

    def make(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    make.__qualname__ = f"imported({module}.{name})"
    return make


@dataclass(frozen=True)
class ReportSpec:
    """A report the self-test renders: `render(services, language, folder) -> Path` writes one sample
    document (a PDF) into `folder` and returns its path."""

    key: str
    title_source_text: str
    render: Callable[[Services, str, Path], Path]


SpecT = TypeVar("SpecT", ViewSpec, ReportSpec)


class Registry(Generic[SpecT]):
    """An ordered set of specs with unique keys."""

    def __init__(self, specs: list[SpecT] | tuple[SpecT, ...] = ()) -> None:
        self._specs: dict[str, SpecT] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: SpecT) -> None:
        if spec.key in self._specs:
            raise ValueError(f"{spec.key!r} is registered twice")
        if isinstance(spec, ViewSpec) and not 1 <= spec.shortcut_index <= MAX_SHORTCUT_VIEWS:
            raise ValueError(f"view {spec.key!r}: shortcut index must be 1–{MAX_SHORTCUT_VIEWS}")
        if isinstance(spec, ViewSpec) and any(
            isinstance(other, ViewSpec) and other.shortcut_index == spec.shortcut_index
            for other in self._specs.values()
        ):
            raise ValueError(f"view {spec.key!r}: Ctrl+{spec.shortcut_index} is taken")
        if isinstance(spec, ViewSpec) and any(
            isinstance(other, ViewSpec) and set(other.opens) & set(spec.opens)
            for other in self._specs.values()
        ):
            raise ValueError(f"view {spec.key!r}: another view already opens one of {spec.opens}")
        if isinstance(spec, ViewSpec) and any(self.form(key) for key, _make in spec.forms):
            raise ValueError(f"view {spec.key!r}: another view already offers one of its forms")
        self._specs[spec.key] = spec

    def __iter__(self) -> Iterator[SpecT]:
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def get(self, key: str) -> SpecT | None:
        return self._specs.get(key)

    def keys(self) -> list[str]:
        return list(self._specs)

    def opening(self, kind: str) -> SpecT | None:
        """The view that opens items of `kind`."""
        return next((s for s in self._specs.values() if kind in getattr(s, "opens", ())), None)

    def form(self, key: str) -> Callable[..., QWidget] | None:
        """The maker of the form `key` that a view offers to the others (None when none does)."""
        makers = (dict(getattr(spec, "forms", ())).get(key) for spec in self._specs.values())
        return next((make for make in makers if make is not None), None)

    def settings_pages(self) -> tuple[SettingsPageMaker, ...]:
        """The makers of the pages the views add to File › Settings, in the views' order."""
        return tuple(make for spec in self._specs.values() for make in getattr(spec, "settings_pages", ()))


ViewRegistry = Registry[ViewSpec]
ReportRegistry = Registry[ReportSpec]
