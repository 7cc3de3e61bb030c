"""Hostile and huge charts: the time and peak memory of each, at the size limits.

Each case runs in a fresh process (the command line, or a few lines of Python), so its peak
memory is its own. Every case should finish within 10 s and 500 MB. Not a test: it prints a
table.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "bad_charts"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
REGION = '<path id="left-heel" class="region" d="M10,10 L50,10 L50,50 Z"/>'


def use_bomb(levels: int, copies: int) -> str:
    groups = "".join(
        f'<g id="a{i}">' + f'<use xlink:href="#a{i - 1}"/>' * copies + "</g>"
        for i in range(1, levels + 1)
    )
    return f'{SVG}width="100" height="100"><path id="a0" d="M0,0 L1,1"/>{groups}{REGION}</svg>'


def squares(count: int) -> str:
    paths = "".join(
        f'<path id="left-z{i}" class="region" d="M{500 - i * 0.1:g},{500 - i * 0.1:g} '
        f'h{i * 0.2 + 0.1:g} v{i * 0.2 + 0.1:g} h-{i * 0.2 + 0.1:g} Z"/>'
        for i in range(count)
    )
    return f'{SVG}width="1000" height="1000">{paths}</svg>'


def grid(count: int, points: int) -> str:
    """``count`` regions of ``points`` points each, side by side."""
    shapes = []
    for i in range(count):
        x, y = i % 70 * 10, i // 70 * 10
        ring = " ".join(
            f"{x + 5 + 4 * math.cos(2 * math.pi * k / points):.3f},"
            f"{y + 5 + 4 * math.sin(2 * math.pi * k / points):.3f}"
            for k in range(points)
        )
        shapes.append(f'<polygon id="left-z{i}" class="region" points="{ring}"/>')
    return f'{SVG}width="700" height="750">{"".join(shapes)}</svg>'


def big_zones(limit: int) -> str:
    """The bundled zones file with its zones copied (new ids) to just under ``limit`` bytes."""
    head, zones = (ROOT / "data" / "zones.yaml").read_text().split("\nzones:\n", 1)
    copies: list[str] = []
    while len(head) + sum(map(len, copies)) + len(zones) < limit:
        n = len(copies)
        copies.append(re.sub(r"^  - id: (\S+)", rf"  - id: \1-x{n}", zones, flags=re.MULTILINE))
    return head + "\nzones:\n" + "".join(copies)


def run(work: Path) -> list[tuple[str, list[str]]]:
    """The cases: a name and the command that runs it."""
    cli = [sys.executable, "-m", "reflexmap"]

    def drawing(name: str, text: str) -> Path:
        path = work / name
        path.write_text(text)
        return path

    fifo = work / "fifo"
    os.mkfifo(fifo)
    sparse = work / "sparse.yaml"
    with sparse.open("wb") as file:
        file.truncate(3_000_000_000)
    image = drawing(
        "image.svg",
        f'{SVG}width="100" height="100"><image xlink:href="{fifo}" '
        f'width="10" height="10"/>{REGION}</svg>',
    )
    big = drawing("big.svg", f'{SVG}width="100" height="100">' + "<g/>" * 1_240_000 + "</svg>")
    search = (
        "from reflexmap.core.loader import load_chart; from reflexmap.resources import *; "
        "from reflexmap.core.search import SymptomIndex; "
        "c = load_chart(bundled_zones_file(), bundled_map_file()); "
        "SymptomIndex(c.zone_data).search({!r})"
    )
    wrap = (
        "from reflexmap.core.chart_layout import wrap; "
        "wrap('x' * 4000, 50.0, 8.0, False, lambda t, s, b: len(t) * s * 0.2)"
    )
    cache = work / "cache"
    poisoned = (
        "import json, os; from pathlib import Path; from reflexmap.core.loader import load_chart; "
        "from reflexmap.resources import *; from reflexmap.core.search import SymptomIndex; "
        f"cache = Path({str(cache)!r}); files = (bundled_zones_file(), bundled_map_file()); "
        "load_chart(*files, cache); (entry,) = cache.iterdir(); d = json.loads(entry.read_text()); "
        "d['zone_data']['zones'][0]['name'] = 'x' * 10_000_000; entry.write_text(json.dumps(d)); "
        "c = load_chart(*files, cache); SymptomIndex(c.zone_data).search('heel pain')"
    )
    fifo_entry = (
        "import os; from pathlib import Path; from reflexmap.core.loader import load_chart; "
        "from reflexmap.resources import *; "
        f"cache = Path({str(work / 'fifo-cache')!r}); files = (bundled_zones_file(), "
        "bundled_map_file()); load_chart(*files, cache); (entry,) = cache.iterdir(); "
        f"entry.unlink(); entry.symlink_to({str(fifo)!r}); load_chart(*files, cache)"
    )
    surrogate = drawing(
        "surrogate.yaml",
        (ROOT / "data" / "zones.yaml")
        .read_text()
        .replace("name: Heel centre", 'name: "Heel \\ud800"'),
    )
    return [
        (
            "<use> bomb, 7 levels of 10 (1.5 kB)",
            [*cli, "validate", "--map", str(BAD / "use-bomb.svg")],
        ),
        (
            "<use> bomb, 8 levels of 10 (1.7 kB)",
            [*cli, "validate", "--map", str(drawing("bomb.svg", use_bomb(8, 10)))],
        ),
        ("--zones /dev/zero", [*cli, "validate", "--zones", "/dev/zero"]),
        ("--zones 3 GB sparse file", [*cli, "validate", "--zones", str(sparse)]),
        ("--zones FIFO", [*cli, "validate", "--zones", str(fifo)]),
        ("<image> of a FIFO, validate", [*cli, "validate", "--map", str(image)]),
        ("1,000 nested squares", [*cli, "validate", "--map", str(BAD / "nested-squares.svg")]),
        (
            "5,000 nested squares",
            [*cli, "validate", "--map", str(drawing("sq.svg", squares(5000)))],
        ),
        (
            "4,999 regions, 99,980 points",
            [*cli, "validate", "--map", str(drawing("grid.svg", grid(4999, 19)))],
        ),
        ("5 MB drawing of <g/>", [*cli, "validate", "--map", str(big)]),
        (
            "2 MB zones file (1,700 zones)",
            [*cli, "validate", "--zones", str(drawing("big.yaml", big_zones(1_990_000)))],
        ),
        ("search: a 1,200-letter word", [sys.executable, "-c", search.format("a" * 1200)]),
        (
            "search: 800 letters after a word",
            [sys.executable, "-c", search.format("heel " + "b" * 800)],
        ),
        (
            "search: 100,000 characters",
            [sys.executable, "-c", search.format("headache, " * 10_000)],
        ),
        ("wrap a 4,000-letter word", [sys.executable, "-c", wrap]),
        ("arc radius 1e300", [*cli, "validate", "--map", str(BAD / "huge-arc.svg")]),
        ("circle radius 1e300", [*cli, "validate", "--map", str(BAD / "huge-circle.svg")]),
        ("control point 1.7e308", [*cli, "validate", "--map", str(BAD / "huge-control-point.svg")]),
        ("lone surrogate, zones", [*cli, "--zones", str(surrogate), "zones"]),
        ("10,000-character name", [*cli, "validate", "--zones", str(BAD / "long-name.yaml")]),
        ("cache entry with a 10 MB name", [sys.executable, "-c", poisoned]),
        ("cache entry linked to a FIFO", [sys.executable, "-c", fifo_entry]),
    ]


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return elapsed, peak, os.waitstatus_to_exitcode(status)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "XDG_CACHE_HOME": str(work / "xdg"), "QT_QPA_PLATFORM": "offscreen"}
        print(f"{'case':<40} {'time':>8} {'peak':>9}  exit")
        for name, command in run(work):
            elapsed, peak, code = measure(command, env)
            print(f"{name:<40} {elapsed:>7.2f}s {peak:>6.0f} MB  {code}")


if __name__ == "__main__":
    main()
