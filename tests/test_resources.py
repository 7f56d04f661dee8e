"""resources/ (icons, fonts and the fonts' licence) reaches users: the wheel carries it inside the
package, an installed wheel finds it there, the frozen build's spec bundles the same files, and the
app loads its icons from it (docs/ARCHITECTURE.md §2)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import types
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from privacy_desk.resources_path import icons_dir, resources_dir

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
# What setuptools reads to build the wheel. A copy is built, so that the build's build/ and *.egg-info
# stay out of the shared checkout and a stale build/lib there cannot slip old files into the wheel.
SOURCES = ("pyproject.toml", "setup.py", "README.md", "privacy_desk", "resources")
# pip's words when the build backend cannot be fetched: the only failure that is not the project's.
OFFLINE = ("Could not find a version that satisfies the requirement", "No matching distribution found")
FONTS = ("ipaexg.ttf", "IPA_Font_License_Agreement_v1.0.txt")
ICON_NAMES = ("privacy-desk", "today", "inbox", "requests")


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """The project's wheel, built once per test session."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist")
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode and any(words in done.stderr for words in OFFLINE):
        pytest.skip("pip wheel cannot fetch the build backend (setuptools>=68) offline")
    assert done.returncode == 0, done.stderr
    (built,) = (work / "dist").glob("privacy_desk-*.whl")
    archive = zipfile.ZipFile(built)
    yield archive
    archive.close()


def test_the_wheel_carries_the_icons_both_fonts_and_their_licence(wheel):
    names = set(wheel.namelist())
    icons = sorted(p.name for p in (RESOURCES / "icons").glob("*.png"))
    assert len(icons) >= 4 * len(ICON_NAMES)
    assert {f"privacy_desk/resources/icons/{name}" for name in icons} <= names
    assert {f"privacy_desk/resources/fonts/{name}" for name in FONTS} | {
        "privacy_desk/resources/README.md"
    } <= names
    # The licence allows redistribution of the fonts unaltered only, with the agreement attached.
    for name in FONTS:
        assert wheel.read(f"privacy_desk/resources/fonts/{name}") == (RESOURCES / "fonts" / name).read_bytes()
    agreement = wheel.read("privacy_desk/resources/fonts/IPA_Font_License_Agreement_v1.0.txt").decode()
    assert "IPAフォントライセンスv1.0" in agreement and "IPA Font License Agreement v1.0" in agreement


def test_the_wheel_still_carries_every_module_of_the_package(wheel):
    """setup.py's package discovery replaced pyproject.toml's: nothing of privacy_desk may drop out."""
    names = set(wheel.namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "privacy_desk").rglob("*.py")}
    assert modules - names == set()
    data = {"privacy_desk/i18n/qm/privacy_desk_ja.qm", "privacy_desk/storage/migrations/script.py.mako"}
    assert data <= names


def test_an_installed_wheel_finds_its_resources_inside_the_package(wheel, tmp_path):
    site = tmp_path / "site"
    wheel.extractall(site)
    probe = (
        "from privacy_desk import resources_path as r;"
        "print(r.resources_dir());"
        "print(sorted(p.name for p in r.fonts_dir().iterdir()));"
        "print(len(list(r.icons_dir().glob('*.png'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},  # ahead of the checkout's editable install
        capture_output=True,
        text=True,
        check=True,
    )
    folder, fonts, icons = done.stdout.splitlines()
    assert Path(folder) == site / "privacy_desk" / "resources"
    assert fonts == str(sorted(FONTS))
    assert int(icons) == len(list((RESOURCES / "icons").glob("*.png")))


def run_spec(monkeypatch) -> list[tuple[str, str]]:
    """packaging/privacy_desk.spec's data files, read by running the spec with PyInstaller's build
    steps replaced by placeholders (PyInstaller itself is only installed with the `package` extra)."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: []
    hooks.collect_submodules = lambda package: []
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)

    def step(*args, **kwargs):
        return SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])

    spec = ROOT / "packaging" / "privacy_desk.spec"
    namespace = {"SPECPATH": str(spec.parent), "__file__": str(spec)}
    namespace.update(dict.fromkeys(("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"), step))
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return namespace["datas"]


def test_the_frozen_build_bundles_the_same_resource_files_as_the_wheel(wheel, monkeypatch):
    bundled = {
        f"{target}/{Path(source).name}"
        for source, target in run_spec(monkeypatch)
        if target.startswith("privacy_desk/resources")
    }
    shipped = {
        name
        for name in wheel.namelist()
        if name.startswith("privacy_desk/resources/") and not name.endswith(".py")
    }
    assert bundled == shipped
    assert "privacy_desk/resources/fonts/ipaexg.ttf" in bundled


def test_the_app_finds_its_icons_in_resources(qapp):
    from privacy_desk.ui.icons import app_icon, resource_icon

    assert resources_dir() == RESOURCES and icons_dir() == RESOURCES / "icons"
    for name in ICON_NAMES:
        icon = resource_icon(name)
        sides = {size.width() for size in icon.availableSizes()}
        assert {16, 24, 32, 48} <= sides, name
        assert not icon.pixmap(48, 48).isNull(), name
    assert 256 in {size.width() for size in app_icon().availableSizes()}
