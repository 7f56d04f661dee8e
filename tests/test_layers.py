"""Imports point downwards only (docs/ARCHITECTURE.md §2, §6.1): checked on every module's import
statements."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "privacy_desk"

# For each part of the package, the import prefixes it must never use.
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "babel",
        "privacy_desk.storage",
        "privacy_desk.services",
        "privacy_desk.ui",
        "privacy_desk.intake",
        "privacy_desk.reports",
        "privacy_desk.i18n",
        "privacy_desk.app",
        "privacy_desk.cli",
        "privacy_desk.config",
    ),
    "storage": (
        "PySide6",
        "privacy_desk.services",
        "privacy_desk.ui",
        "privacy_desk.app",
        "privacy_desk.cli",
    ),
    "services": ("PySide6", "privacy_desk.ui", "privacy_desk.app", "privacy_desk.cli"),
    "intake": ("PySide6", "sqlalchemy", "privacy_desk.storage", "privacy_desk.services", "privacy_desk.ui"),
    "reports": ("PySide6", "sqlalchemy", "privacy_desk.storage", "privacy_desk.services", "privacy_desk.ui"),
    "mail": ("PySide6", "sqlalchemy", "privacy_desk.storage", "privacy_desk.services", "privacy_desk.ui"),
    "i18n": (
        "sqlalchemy",
        "PySide6.QtWidgets",
        "PySide6.QtGui",
        "privacy_desk.storage",
        "privacy_desk.services",
        "privacy_desk.ui",
    ),
    "ui": ("sqlalchemy", "alembic", "privacy_desk.storage"),
    "config.py": ("PySide6", "sqlalchemy"),
    "paths.py": ("PySide6", "sqlalchemy"),
    "errors.py": ("PySide6", "sqlalchemy"),
    "redact.py": ("PySide6", "sqlalchemy"),
    "logfile.py": ("PySide6", "sqlalchemy"),
    "resources_path.py": ("PySide6", "sqlalchemy", "privacy_desk"),  # reports use it: no Qt
    "cli": ("PySide6", "sqlalchemy"),
}


def imported_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def modules_of(part: str) -> list[Path]:
    target = PACKAGE / part
    return sorted(target.rglob("*.py")) if target.is_dir() else [target]


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_layer_imports_point_downwards(part):
    modules = modules_of(part)
    if not modules or not modules[0].exists():
        pytest.skip(f"{part} does not exist yet")
    violations = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules
        for name in sorted(imported_names(path))
        if any(name == banned or name.startswith(banned + ".") for banned in FORBIDDEN[part])
    ]
    assert violations == []


def test_only_the_qt_bridge_in_i18n_imports_qt():
    assert [
        p.name for p in modules_of("i18n") if any(n.startswith("PySide6") for n in imported_names(p))
    ] in (
        ["qt.py"],
        [],
    )


SERVICES = PACKAGE / "services"
FEATURES = sorted(p.name for p in SERVICES.iterdir() if (p / "__init__.py").exists() and p.name != "core")


def test_core_services_import_no_feature():
    violations = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((SERVICES / "core").rglob("*.py"))
        for name in sorted(imported_names(path))
        if name.startswith("privacy_desk.services.") and not name.startswith("privacy_desk.services.core")
    ]
    assert violations == []


@pytest.mark.parametrize("feature", FEATURES)
def test_a_feature_imports_core_and_only_the_public_face_of_another(feature):
    """Inside services/<feature>/: its own modules, services/core, and another feature's package itself
    (`from privacy_desk.services.tickets import …`), never that feature's modules."""
    own = f"privacy_desk.services.{feature}"
    violations = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((SERVICES / feature).rglob("*.py"))
        for name in sorted(imported_names(path))
        if name.startswith("privacy_desk.services.")
        and not (name == own or name.startswith(own + "."))
        and not name.startswith("privacy_desk.services.core")
        and name.count(".") > 2  # privacy_desk.services.<other> is the public face
        and name != "privacy_desk.services.container"  # the demo and the mail fetch take all the services
    ]
    assert violations == []


# -- ui/: views talk through the hub (docs/ARCHITECTURE.md §9) ---------------------------------------
# A view package (ui/inbox, ui/requests, ui/today, any later one) never imports another: it asks the hub
# to open an item and makes another view's form through the registry. The shared parts (ui/widgets,
# ui/dialogs) import no view. Imports inside functions and relative imports count too.

UI = PACKAGE / "ui"
SHARED = ("widgets", "dialogs")  # packages under ui/ that every view may use
VIEWS = sorted(p.name for p in UI.iterdir() if (p / "__init__.py").exists() and p.name not in SHARED)


def module_name(path: Path) -> str:
    parts = path.relative_to(UI.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_in(source: str, package: str) -> set[str]:
    """Every module `source` (a module of `package`) imports, relative imports made absolute, at any
    depth of the file; `from privacy_desk.ui import inbox` counts as importing privacy_desk.ui.inbox."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = parts[: len(parts) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def imports_of(path: Path) -> set[str]:
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return imports_in(path.read_text(encoding="utf-8"), package)


def view_of(name: str) -> str | None:
    parts = name.split(".")
    if parts[:2] == ["privacy_desk", "ui"] and len(parts) > 2 and parts[2] in VIEWS:
        return parts[2]
    return None


def test_the_views_are_found():
    assert {"inbox", "requests", "today"} <= set(VIEWS)


@pytest.mark.parametrize("view", VIEWS)
def test_a_view_package_imports_no_other_view(view):
    violations = [
        f"{path.relative_to(UI)} imports {name}"
        for path in sorted((UI / view).rglob("*.py"))
        for name in sorted(imports_of(path))
        if view_of(name) not in (None, view)
    ]
    assert violations == []


@pytest.mark.parametrize("shared", SHARED)
def test_the_shared_parts_import_no_view(shared):
    violations = [
        f"{path.relative_to(UI)} imports {name}"
        for path in sorted((UI / shared).rglob("*.py"))
        for name in sorted(imports_of(path))
        if view_of(name) is not None
    ]
    assert violations == []


def test_the_rule_sees_a_relative_and_a_nested_import():
    """The check itself: an import inside a function, and one written relative, are both caught."""
    source = "def f():\n    from ..requests.view import RequestsView\n    from privacy_desk.ui import today\n"
    assert {view_of(name) for name in imports_in(source, "privacy_desk.ui.inbox")} >= {"requests", "today"}
