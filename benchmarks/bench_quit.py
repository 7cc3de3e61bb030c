"""Quitting: from the window's close until it is gone from the screen, and until its process
ends; reflexmap against a bare PySide6 window, run alternately offscreen. Prints medians.

Closing saves what the window remembers, and QSettings syncs the file to disk twice: on a
busy or slow disk each sync can take most of a second. `--slow-disk` makes every sync take
0.7 s (strace's fault injection) to show that the window still goes at once.
Target: the window gone within 2x the bare window's time.

    python benchmarks/bench_quit.py [--runs N] [--slow-disk]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 2.0
SLOW_SYNC_MICROSECONDS = 700_000

CLOSE_LATER = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
stamps = {}


class Hidden(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Hide and "hidden" not in stamps:
            stamps["hidden"] = time.time()
        return False


def close():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
    window.installEventFilter(hidden)
    stamps["closed"] = time.time()
    window.close()


def note():
    with open(sys.argv[1], "w") as file:
        file.write(repr((stamps["closed"], stamps["hidden"])))


hidden = Hidden()
app.aboutToQuit.connect(note)
QTimer.singleShot(800, close)
"""
"""Closes the main window once it is up, noting when it closed and when it was hidden."""

BARE_WINDOW = (
    CLOSE_LATER
    + """
window = QMainWindow()
window.resize(1200, 800)
window.show()
code = app.exec()
note()
sys.exit(code)
"""
)

REFLEXMAP = (
    CLOSE_LATER
    + """
from reflexmap.cli import main

code = main([])
note()
sys.exit(code)
"""
)


def quit_times(script: str, folder: Path, slow_disk: bool) -> tuple[float, float]:
    """Seconds from the window's close until it was hidden, and until its process ended."""
    stamp = folder / "stamps"
    config = folder / "config"
    (config / "reflexmap").mkdir(parents=True, exist_ok=True)
    (config / "reflexmap" / "reflexmap.conf").write_text("[General]\nnotice_shown=true\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-c", script, str(stamp)]
    if slow_disk:
        delay = f"inject=fdatasync,fsync:delay_exit={SLOW_SYNC_MICROSECONDS}"
        command = ["strace", "-f", "-o", os.devnull, "-e", "trace=fdatasync,fsync", "-e", delay]
        command += [sys.executable, "-c", script, str(stamp)]
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    ended = time.time()
    closed, hidden = (float(value) for value in stamp.read_text().strip("()").split(","))
    return hidden - closed, ended - closed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--slow-disk", action="store_true", help="every disk sync takes 0.7 s")
    options = parser.parse_args()
    if options.slow_disk and shutil.which("strace") is None:
        sys.exit("--slow-disk needs strace")
    folder = Path(tempfile.mkdtemp())
    scripts = {"bare PySide6": BARE_WINDOW, "reflexmap": REFLEXMAP}
    for script in scripts.values():
        quit_times(script, folder, options.slow_disk)  # warm the file cache and bytecode
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in scripts}
    for _ in range(options.runs):
        for name, script in scripts.items():
            samples[name].append(quit_times(script, folder, options.slow_disk))
    hidden = {name: statistics.median(h for h, _ in times) for name, times in samples.items()}
    for name, times in samples.items():
        ended = statistics.median(e for _, e in times)
        print(
            f"{name:14} close to hidden: median {hidden[name] * 1000:7.1f} ms, "
            f"to the process's end {ended * 1000:7.1f} ms  ({options.runs} runs)"
        )
    ratio = hidden["reflexmap"] / hidden["bare PySide6"]
    ok = ratio <= TARGET
    print(f"reflexmap's window gone in {ratio:.2f}x the bare window's time (target <= {TARGET}x):")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
