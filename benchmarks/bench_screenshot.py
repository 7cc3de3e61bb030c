"""`reflexmap --screenshot` as a whole process against a bare PySide6 window screenshot.

Runs both alternately, so machine noise hits both alike, and prints medians and ratios.
Target: reflexmap's median wall time and peak memory at most 1.5x the bare script's.

    python benchmarks/bench_screenshot.py [--runs N]
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

TARGET = 1.5
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1], "PNG")
"""


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one run of ``command``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    out = Path(tempfile.mkdtemp()) / "shot.png"
    commands = {
        "bare PySide6": [sys.executable, "-c", BARE_WINDOW, str(out)],
        "reflexmap": [sys.executable, "-m", "reflexmap", "--screenshot", str(out)],
    }
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for command in commands.values():
        measure(command)  # warm the file cache
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(measure(command))
    medians = {
        name: (statistics.median(t for t, _ in runs_), statistics.median(m for _, m in runs_))
        for name, runs_ in results.items()
    }
    for name, (seconds, mib) in medians.items():
        print(f"{name:14} median {seconds * 1000:7.1f} ms  peak {mib:6.1f} MiB  ({runs} runs)")
    time_ratio = medians["reflexmap"][0] / medians["bare PySide6"][0]
    memory_ratio = medians["reflexmap"][1] / medians["bare PySide6"][1]
    passed = time_ratio <= TARGET and memory_ratio <= TARGET
    print(
        f"ratio: time {time_ratio:.2f}x, memory {memory_ratio:.2f}x "
        f"(target <= {TARGET}x): {'PASS' if passed else 'FAIL'}"
    )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
