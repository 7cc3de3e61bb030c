"""Quitting: from the window's close to the end of the process, reflexmap against a bare
PySide6 window, both run alternately offscreen; prints medians and the ratio.

The close path is what a user waits for: the window saves what it remembers, the event loop
returns, and Python and Qt tear down. Target: at most 2x the bare window's.

    python benchmarks/bench_quit.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 2.0
CLOSE_AFTER_MS = 800

CLOSE_LATER = f"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])


def close():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
    with open(sys.argv[1], "w") as stamp:
        stamp.write(repr(time.time()))
    window.close()


QTimer.singleShot({CLOSE_AFTER_MS}, close)
"""
"""Closes the main window once it is up, noting when."""

BARE_WINDOW = (
    CLOSE_LATER
    + """
window = QMainWindow()
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
"""
)

REFLEXMAP = (
    CLOSE_LATER
    + """
from reflexmap.cli import main

sys.exit(main([]))
"""
)


def close_to_exit(script: str, folder: Path) -> float:
    """Seconds from the window's close to the end of its process."""
    stamp = folder / "closed-at"
    config = folder / "config"
    (config / "reflexmap").mkdir(parents=True, exist_ok=True)
    (config / "reflexmap" / "reflexmap.conf").write_text("[General]\nnotice_shown=true\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-c", script, str(stamp)], env=env, check=True, stdout=subprocess.DEVNULL
    )
    ended = time.time()
    return ended - float(stamp.read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp())
    scripts = {"bare PySide6": BARE_WINDOW, "reflexmap": REFLEXMAP}
    for script in scripts.values():
        close_to_exit(script, folder)  # warm the file cache and bytecode
    samples: dict[str, list[float]] = {name: [] for name in scripts}
    for _ in range(runs):
        for name, script in scripts.items():
            samples[name].append(close_to_exit(script, folder))
    medians = {name: statistics.median(times) for name, times in samples.items()}
    for name, seconds in medians.items():
        print(f"{name:14} close to exit: median {seconds * 1000:6.1f} ms  ({runs} runs)")
    ratio = medians["reflexmap"] / medians["bare PySide6"]
    ok = ratio <= TARGET
    print(
        f"reflexmap: {ratio:.2f}x the bare window (target <= {TARGET}x): {'PASS' if ok else 'FAIL'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
