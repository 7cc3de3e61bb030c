"""The start-up tweaks that pay for themselves, in one place, each with what it saves; and
the check, before Qt starts, that the system has the libraries Qt needs.

Measured with benchmarks/bench_startup.py and benchmarks/bench_repaint.py.
"""

from __future__ import annotations

import gc
import linecache
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import NamedTuple

SERIAL_FILLS = "QT_NO_GUI_THREADPOOL"


def fill_on_the_painting_thread() -> None:
    """Qt's raster engine hands each translucent fill of 96 or more spans to a thread pool and
    waits; for shapes the size of foot zones the hand-off costs more than the fill. Filling
    on the painting thread halves a repaint of the map (1.7 ms instead of 5.4 at 1200x800).
    Qt reads the variable when the first fill is made, so this must come before any painting;
    an explicit setting wins."""
    os.environ.setdefault(SERIAL_FILLS, "1")


def forget_module_sources() -> None:
    """PySide6 reads the source of every module imported after it, looking for its name (for
    its optional "__feature__" switches), and the line cache keeps them all: 2 MiB of the
    window's peak memory that it never reads. A traceback reads its lines again."""
    linecache.clearcache()


@contextmanager
def long_lived() -> Iterator[None]:
    """Around starting the window, which makes some 30,000 objects that live until it closes:
    modules, classes, Qt's enum types, the chart.

    Collecting garbage while they are made finds next to none, so the collector waits, and
    afterwards leaves them out of its passes for good: start-up saves some 4 ms, a full
    collection in the running window takes 0.1 ms instead of 5, and exit is shorter.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Around parsing a chart or building its search index, which make hundreds of thousands
    of objects that all live on: the collector's passes over them find nothing to free. At
    5,000 regions parsing takes 1.6 s instead of 4.5, and the index builds 3x faster. Around
    printing a chart too, whose laid-out pages live until the last is painted: at 5,000
    regions a PDF takes 0.1 s less. Nests inside long_lived(), leaving the collector as it
    found it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class SharedLibrary(NamedTuple):
    """A system library that Qt's wheels link and do not bring, with the packages that
    install it."""

    soname: str
    debian: str
    """Debian's and Ubuntu's package."""
    fedora: str


QT_GUI_LIBRARIES = (
    SharedLibrary("libEGL.so.1", "libegl1", "libglvnd-egl"),
    SharedLibrary("libGL.so.1", "libgl1", "libglvnd-glx"),
    SharedLibrary("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    SharedLibrary("libfreetype.so.6", "libfreetype6", "freetype"),
    SharedLibrary("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    SharedLibrary("libX11.so.6", "libx11-6", "libX11"),
    SharedLibrary("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    SharedLibrary("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)
"""What QtGui links, on any platform (offscreen included)."""

XCB_LIBRARIES = (
    SharedLibrary("libxcb.so.1", "libxcb1", "libxcb"),
    SharedLibrary("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    SharedLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    SharedLibrary("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    SharedLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    SharedLibrary("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    SharedLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    SharedLibrary("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    SharedLibrary("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    SharedLibrary("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    SharedLibrary("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    SharedLibrary("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    SharedLibrary("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    SharedLibrary("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    SharedLibrary("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    SharedLibrary("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
)
"""What Qt's xcb platform plugin (X11) links besides QtGui's. Without them Qt aborts with
"no Qt platform plugin could be initialized"."""


def qt_platform(qt_options: Sequence[str], environ: Mapping[str, str]) -> str | None:
    """The platform plugin Qt will try first on this system: `-platform`, else
    QT_QPA_PLATFORM, else Linux's default (wayland in a Wayland session, else xcb); None
    elsewhere. Its name only, without the plugin's options (`offscreen:size=...`)."""
    chosen = None
    if "-platform" in qt_options[:-1]:
        chosen = qt_options[qt_options.index("-platform") + 1]
    chosen = chosen or environ.get("QT_QPA_PLATFORM")
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip().lower()
    if not sys.platform.startswith("linux"):
        return None
    wayland = environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland"
    return "wayland" if wayland else "xcb"


def missing_libraries(platform: str | None, *, import_failed: bool = False) -> list[SharedLibrary]:
    """The system libraries that Qt needs for ``platform`` and cannot load, on Linux.

    Qt itself would abort on a missing xcb library, so those are checked before Qt starts.
    Without one of QtGui's, PySide6 fails to import: those are checked, with
    ``import_failed``, only once it has (on every start they would cost some 3 ms).
    """
    if not sys.platform.startswith("linux"):
        return []
    needed = (QT_GUI_LIBRARIES if import_failed else ()) + (
        XCB_LIBRARIES if platform == "xcb" else ()
    )
    return [library for library in needed if not loadable(library.soname)]


def loadable(soname: str) -> bool:
    """Whether the dynamic linker finds and loads the library, as it will for Qt. Qt loads
    them a moment later anyway: the check adds some 6 ms to a start (a screenshot's median,
    12 runs each way: 633 ms against 627)."""
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries_message(missing: Sequence[SharedLibrary]) -> str:
    """What to install, for the terminal: the libraries, then one command per family."""
    names = ", ".join(library.soname for library in missing)
    debian = " ".join(dict.fromkeys(library.debian for library in missing))
    fedora = " ".join(dict.fromkeys(library.fedora for library in missing))
    return (
        f"reflexmap: the window needs system libraries that are not installed: {names}.\n"
        "Install them, then start reflexmap again:\n"
        f"  Debian, Ubuntu:  sudo apt install {debian}\n"
        f"  Fedora:          sudo dnf install {fedora}\n"
    )
