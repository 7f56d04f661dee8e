"""Before the main window exists: a missing system library of Qt's xcb plugin is named, with the package
that holds it, instead of Qt aborting the process (issue #10 item 5). The parsing is checked on real
`ldd` runs: against the plugin PySide6 ships, and against a library built here whose dependency was
then removed (no LD_LIBRARY_PATH involved)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_desk import platform_probe
from privacy_desk.i18n.qt import catalogue

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux's")
needs_ldd = pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd is not installed")
needs_cc = pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler to build the test library")


@needs_ldd
def test_the_real_plugin_is_found_and_ldd_output_on_it_parses():
    plugin = platform_probe.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    assert "libQt6XcbQpa" in output  # a real listing of what it needs
    missing = platform_probe.parse_ldd(output)
    assert missing == [line.split()[0] for line in output.splitlines() if "not found" in line]
    assert platform_probe.missing_libraries(plugin) == missing


@pytest.fixture
def broken_library(tmp_path: Path) -> Path:
    """libuser.so needs libpdgone.so.1, which was there when it was linked and is gone now."""
    gone = tmp_path / "gone"
    gone.mkdir()
    (tmp_path / "gone.c").write_text("int pd_gone(void) { return 1; }\n")
    (tmp_path / "user.c").write_text("int pd_gone(void);\nint pd_user(void) { return pd_gone(); }\n")
    subprocess.run(
        ["cc", "-shared", "-fPIC", "-Wl,-soname,libpdgone.so.1", "-o", str(gone / "libpdgone.so.1"),
         str(tmp_path / "gone.c")],
        check=True,
    )  # fmt: skip
    (gone / "libpdgone.so").symlink_to("libpdgone.so.1")
    user = tmp_path / "libuser.so"
    subprocess.run(
        ["cc", "-shared", "-fPIC", "-o", str(user), str(tmp_path / "user.c"), f"-L{gone}", "-lpdgone"],
        check=True,
    )
    shutil.rmtree(gone)
    return user


@needs_ldd
@needs_cc
def test_a_missing_library_is_reported_with_its_package_in_japanese(broken_library):
    assert platform_probe.missing_libraries(broken_library) == ["libpdgone.so.1"]

    problem = platform_probe.probe(broken_library)
    assert problem is not None
    assert "libpdgone.so.1" in problem.error  # what the dynamic loader said
    assert problem.missing == ("libpdgone.so.1",) and problem.packages() == ["libpdgone1"]
    message = platform_probe.report(problem, catalogue("ja"))
    assert "インストールされていません：libpdgone.so.1" in message
    assert "sudo apt-get install libpdgone1" in message


@needs_ldd
@needs_cc
def test_the_gui_says_so_on_stderr_and_exits_instead_of_qt_aborting(broken_library, isolated_home):
    """run_gui with xcb asked for and the plugin standing in for one whose library is gone."""
    import os

    code = (
        "from pathlib import Path\n"
        "from privacy_desk import platform_probe\n"
        f"platform_probe.xcb_plugin = lambda: Path({str(broken_library)!r})\n"
        "from privacy_desk.app import run_gui\n"
        "raise SystemExit(run_gui(None))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PRIVACY_DESK_HOME": str(isolated_home)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("Privacy Desk のウィンドウを開けません")
    assert "libpdgone.so.1" in done.stderr and "apt-get install libpdgone1" in done.stderr


def test_ldd_lines_and_package_names():
    output = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxkbcommon-x11.so.0 => not found\n"
        "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
    )
    assert platform_probe.parse_ldd(output) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    assert platform_probe.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert platform_probe.debian_package("libxcb-xinerama.so.0") == "libxcb-xinerama0"  # by the rule
    assert platform_probe.debian_package("libfoo2.so.0") == "libfoo2-0"


def test_only_an_xcb_start_on_linux_is_probed():
    assert platform_probe.uses_xcb({}, "linux")
    assert platform_probe.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert platform_probe.uses_xcb({"QT_QPA_PLATFORM": "xcb;wayland"}, "linux")
    assert not platform_probe.uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert not platform_probe.uses_xcb(wayland, "linux")
    assert not platform_probe.uses_xcb({}, "win32")


def test_the_plugin_that_ships_loads_here():
    assert platform_probe.probe() is None  # this machine has the libraries (README.md lists them)
