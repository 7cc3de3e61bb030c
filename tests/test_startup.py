"""Starting the window: Qt's libraries checked before Qt starts, and Qt's own options."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reflexmap import startup
from reflexmap.cli import main, parser, split_qt_options
from reflexmap.startup import missing_libraries, qt_platform

X11 = {"DISPLAY": ":0"}


def test_the_platform_is_the_one_qt_will_try_first() -> None:
    assert qt_platform(["-platform", "offscreen"], {"QT_QPA_PLATFORM": "xcb"}) == "offscreen"
    assert qt_platform([], {"QT_QPA_PLATFORM": "offscreen:size=800x600"}) == "offscreen"
    assert qt_platform([], {"QT_QPA_PLATFORM": "XCB;wayland"}) == "xcb"
    if sys.platform.startswith("linux"):
        assert qt_platform([], X11) == "xcb"
        assert qt_platform([], {**X11, "WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
        assert qt_platform([], {"XDG_SESSION_TYPE": "wayland"}) == "wayland"


def test_the_real_lookup_finds_what_the_linker_finds() -> None:
    assert startup.loadable("libc.so.6")
    assert not startup.loadable("libreflexmap-not-a-library.so.0")
    assert not startup.loadable("/nonexistent/lib/libxcb-cursor.so.0")


@pytest.fixture
def without_xcb_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    """A system without libxcb-cursor0, the library a minimal Debian lacks."""
    monkeypatch.setattr(startup, "loadable", lambda soname: soname != "libxcb-cursor.so.0")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's libraries")
@pytest.mark.usefixtures("without_xcb_cursor")
def test_only_xcb_needs_the_xcb_libraries() -> None:
    assert [library.soname for library in missing_libraries("xcb")] == ["libxcb-cursor.so.0"]
    assert missing_libraries("offscreen") == []
    assert missing_libraries("wayland") == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's libraries")
@pytest.mark.usefixtures("without_xcb_cursor")
def test_a_missing_xcb_library_names_the_packages_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "not installed: libxcb-cursor.so.0." in err
    assert "Debian, Ubuntu:  sudo apt install libxcb-cursor0\n" in err
    assert "Fedora:          sudo dnf install xcb-util-cursor\n" in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's libraries")
def test_a_missing_qt_gui_library_is_named_when_qt_cannot_load(tmp_path: Path) -> None:
    # PySide6 fails to import as it does without libEGL; only then are QtGui's checked.
    code = (
        "import sys, reflexmap.startup as s\n"
        "s.loadable = lambda soname: soname != 'libEGL.so.1'\n"
        "assert s.missing_libraries('offscreen') == []\n"
        "sys.modules['PySide6.QtGui'] = None\n"
        "from reflexmap.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "--screenshot", str(tmp_path / "shot.png")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 1
    assert "not installed: libEGL.so.1." in result.stderr
    assert "sudo apt install libegl1\n" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_message_lists_each_package_once() -> None:
    missing = [lib for lib in startup.XCB_LIBRARIES if lib.fedora == "libxcb"]
    message = startup.missing_libraries_message(missing)
    assert "sudo dnf install libxcb\n" in message
    assert "sudo apt install libxcb1 libxcb-randr0 libxcb-render0" in message


def run_without_xcb_cursor(*options: str) -> subprocess.CompletedProcess[str]:
    """reflexmap in a process of its own whose library lookup lacks libxcb-cursor."""
    code = (
        "import sys, reflexmap.startup as s\n"
        "s.loadable = lambda soname: soname != 'libxcb-cursor.so.0'\n"
        "from reflexmap.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    unset = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")
    env = {key: value for key, value in os.environ.items() if key not in unset}
    env["DISPLAY"] = ":99"  # an X11 session: the platform will be xcb
    return subprocess.run(
        [sys.executable, "-c", code, *options],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's libraries")
def test_before_qt_starts_no_traceback_no_abort(tmp_path: Path) -> None:
    result = run_without_xcb_cursor()
    assert result.returncode == 1
    assert "sudo apt install libxcb-cursor0" in result.stderr
    assert "Traceback" not in result.stderr
    assert "qt.qpa" not in result.stderr  # Qt never got to try
    # A screenshot is taken offscreen, which needs no xcb library.
    shot = tmp_path / "shot.png"
    assert run_without_xcb_cursor("--screenshot", str(shot)).returncode == 0
    assert shot.stat().st_size > 0
    # So is a window asked for on another platform.
    result = run_without_xcb_cursor("-platform", "offscreen", "--screenshot", str(shot))
    assert result.returncode == 0


def test_qt_options_are_taken_out_with_their_values() -> None:
    qt, rest = split_qt_options(
        ["-style", "Fusion", "--chart", "western", "-reverse", "-stylesheet=a.qss", "--", "-x"],
        parser(),
    )
    assert qt == ["-style", "Fusion", "-reverse", "-stylesheet", "a.qss"]
    assert rest == ["--chart", "western", "--", "-x"]


def test_qt_options_are_for_the_window(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["zones", "-style", "Fusion"])
    assert raised.value.code == 2
    assert "-style is an option of Qt, for the window" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-style"], "Qt's option -style needs a value"),
        (["--stylesheet=x.qss"], "unrecognized arguments: --stylesheet=x.qss"),
        (["-bogus"], "unrecognized arguments: -bogus"),
    ],
)
def test_other_options_are_still_refused(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11's display")
def test_with_no_display_it_says_so_before_qt_aborts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(startup, "loadable", lambda soname: True)
    assert main([]) == 1
    assert "no display to open the window on (DISPLAY is not set)" in capsys.readouterr().err


def test_the_window_keeps_no_copy_of_its_modules_sources(tmp_path: Path) -> None:
    """PySide6 reads each module's source as it is imported; the window lets them go."""
    code = (
        "import linecache, sys\n"
        "from reflexmap.cli import main\n"
        "main(['--screenshot', sys.argv[1]])\n"  # the chart cache is filled by this run
        "main(['--screenshot', sys.argv[1]])\n"
        "print(sum('reflexmap' in name for name in linecache.cache))\n"
    )
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(shot)], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0"]
