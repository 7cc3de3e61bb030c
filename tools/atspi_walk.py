#!/usr/bin/python3
"""What a screen reader gets from the reflexmap window over AT-SPI: the accessible tree, then
what a keyboard-only walk announces (focus changes and announcements), then the zone's
details by heading.

Needs an X server, a session bus with the accessibility bus, the system's pyatspi and xdotool
for the keys; it is not run by the tests. For example, on Debian (apt-get install xvfb
at-spi2-core python3-pyatspi dbus-x11 xdotool libxcb-cursor0):

    dbus-run-session -- sh -c 'Xvfb :99 -screen 0 1280x1024x24 & sleep 1;
        DISPLAY=:99 /usr/bin/python3 tools/atspi_walk.py .venv/bin/reflexmap'
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

SKIPPED_ROLES = {"menu bar", "scroll bar"}

heard: list[str] = []


def describe(obj: pyatspi.Accessible) -> str:
    text = f"[{obj.getRoleName()}] {obj.name!r}"
    if obj.getRoleName() == "heading":
        attributes = dict(a.split(":", 1) for a in obj.getAttributes())
        text += f" level {attributes.get('level')}"
    if obj.description:
        text += f" ({obj.description[:60]}{'...' if len(obj.description) > 60 else ''})"
    states = obj.getState()
    marks = [
        n
        for n, s in (("focused", pyatspi.STATE_FOCUSED), ("selected", pyatspi.STATE_SELECTED))
        if states.contains(s)
    ]
    return text + (f" {{{', '.join(marks)}}}" if marks else "")


def dump(obj: pyatspi.Accessible, depth: int = 0) -> None:
    if not obj.getState().contains(pyatspi.STATE_SHOWING) and depth > 1:
        return
    print("  " * depth + describe(obj))
    if obj.getRoleName() in SKIPPED_ROLES:
        return
    for child in obj:
        if child is not None:
            dump(child, depth + 1)


def listen(event: pyatspi.event.Event) -> None:
    source = event.source
    if event.type.startswith("object:announcement"):
        heard.append(f"announcement: {event.any_data!r}")
    elif event.type.startswith("object:state-changed:focused") and event.detail1:
        heard.append(f"focus: {describe(source)}")
    elif event.type.startswith("object:text-caret-moved") and source.getRoleName() == "text":
        # The line a screen reader reads where the cursor now is.
        text = source.queryText()
        line = text.getTextAtOffset(event.detail1, pyatspi.TEXT_BOUNDARY_LINE_START)[0]
        heard.append(f"caret: {source.name!r} at {event.detail1}: {line.strip()!r}")


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < end:
        context.iteration(False)
        time.sleep(0.01)


def press(key: str) -> None:
    """An X key name, as xdotool takes it (shift+Tab, ctrl+f)."""
    heard.append(f"-- {key}")
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True)
    pump(0.6)


def type_text(text: str) -> None:
    heard.append(f"-- type {text!r}")
    subprocess.run(["xdotool", "type", "--delay", "50", text], check=True)
    pump(1.5)  # results are announced once typing pauses


def find(obj: pyatspi.Accessible, test: object) -> pyatspi.Accessible | None:
    return pyatspi.findDescendant(obj, test, True)


def read_by_heading(page: pyatspi.Accessible) -> None:
    """The page's headings and the start of the text under each, in order."""
    for part in pyatspi.findAllDescendants(page, lambda o: o.getRoleName() in ("heading", "text")):
        if part.getRoleName() == "heading":
            print(describe(part))
        else:
            text = part.queryText()
            print(f"    {text.getText(0, min(70, text.characterCount))!r}...")


def main(command: list[str]) -> int:
    home = tempfile.mkdtemp()
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    env |= {"XDG_CONFIG_HOME": home, "XDG_CACHE_HOME": home, "HOME": home}
    # The safety notice of the first start is window-modal: it would take the keys.
    os.makedirs(os.path.join(home, "reflexmap"))
    with open(os.path.join(home, "reflexmap", "reflexmap.conf"), "w") as settings:
        settings.write("[General]\nnotice_shown=true\n")
    app_process = subprocess.Popen(command, env=env)
    try:
        app = None
        for _ in range(300):
            desktop = pyatspi.Registry.getDesktop(0)
            app = next((a for a in desktop if a is not None and a.name == "reflexmap"), None)
            if app is not None and app.childCount:
                break
            time.sleep(0.1)
        if app is None:
            print("reflexmap did not appear on the accessibility bus")
            return 1
        pyatspi.Registry.registerEventListener(
            listen,
            "object:announcement",
            "object:state-changed:focused",
            "object:text-caret-moved",
        )
        pump(2)
        # Without a window manager nothing gives the window the keyboard.
        subprocess.run(
            [
                "xdotool",
                "search",
                "--sync",
                "--onlyvisible",
                "--name",
                "^reflexmap",
                "windowfocus",
                "--sync",
            ],
            check=True,
        )
        pump(1)
        window = app[0]
        print("== The window's accessible tree")
        dump(window)
        map_view = find(window, lambda o: o.name == "Foot map")
        if map_view is not None:
            plantar = [c for c in map_view if c is not None]
            print(f"\n== The map has {len(plantar)} regions")
            box = plantar[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            centre = (box.x + box.width // 2, box.y + box.height // 2)
            hit = map_view.queryComponent().getAccessibleAtPoint(*centre, pyatspi.DESKTOP_COORDS)
            print(f"at {centre}: {describe(hit) if hit else None}")
        print("\n== A keyboard-only walk")
        heard.clear()
        for key in ("Down", "Down", "Right", "Tab", "Return", "shift+Tab", "shift+Tab"):
            press(key)
        type_text("chest pain")
        field = find(window, lambda o: o.name == "Search by symptom")
        if field is not None:
            text = field.queryText()
            print(f"the search field holds {text.getText(0, text.characterCount)!r}")
        notice = find(window, lambda o: o.getRoleName() == "alert")
        print(f"the notice: {describe(notice) if notice else None}")
        press("Escape")
        press("Escape")
        type_text("knee pain")
        press("Escape")
        press("Escape")
        type_text("headache")
        press("Down")
        press("Return")
        # From the results into the zone's details, then down through them.
        for key in ("Tab", "Down", "Down", "Down", "Down", "Down", "Down", "ctrl+Home"):
            press(key)
        for line in heard:
            print(line)
        details = find(window, lambda o: o.name == "Zone details")
        if details is not None:
            print(f"\n== The zone's details by heading: {describe(details)}")
            read_by_heading(details)
        return 0
    finally:
        app_process.terminate()
        app_process.wait(10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["reflexmap"]))
