"""How reflexmap scales with the chart: synthetic charts of 21, 500, 2,000 and 5,000 regions
(round regions spread over both soles, half as many zones, each with symptoms), the search
index at 10,000 zones / 50,000 terms, and the Western chart.

Whole processes (`validate`, the window's start with an empty and a filled cache) run
alternately with the bare PySide6 window of bench_startup, so machine noise hits them alike;
the window's own work (hover, repaint, typing a search, PDF export) is timed in a child
process per chart. Prints medians, ratios to the bare window, and for each measure its slope
from 500 to 5,000 regions (log of the time ratio over log 10: 1.0 is linear).

    python benchmarks/bench_scale.py [--runs N] [--sizes 21,500,2000,5000]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import synthetic, with_typo
from bench_startup import BARE_WINDOW, measure

SIZES = (21, 500, 2000, 5000)
WIDTH, HEIGHT = 600.0, 700.0
MARGIN = 20.0
KAPPA = 0.5523
"""Control-point distance of a cubic quarter circle, per unit of radius."""
WORDS = (
    "ache pain sore stiff tired swollen cramp tension numb burning itch cough cold sneeze "
    "headache migraine insomnia nausea bloating heartburn dizziness fatigue backache "
    "constipation congestion sinus throat neck shoulder knee hip wrist elbow ankle toe "
    "stomach liver kidney bladder lung heart eye ear nose jaw gum tooth skin scalp"
).split()


def circle(cx: float, cy: float, r: float) -> str:
    k = KAPPA * r
    return (
        f"M{cx + r:.2f},{cy:.2f} "
        f"C{cx + r:.2f},{cy + k:.2f} {cx + k:.2f},{cy + r:.2f} {cx:.2f},{cy + r:.2f} "
        f"C{cx - k:.2f},{cy + r:.2f} {cx - r:.2f},{cy + k:.2f} {cx - r:.2f},{cy:.2f} "
        f"C{cx - r:.2f},{cy - k:.2f} {cx - k:.2f},{cy - r:.2f} {cx:.2f},{cy - r:.2f} "
        f"C{cx + k:.2f},{cy - r:.2f} {cx + r:.2f},{cy - k:.2f} {cx + r:.2f},{cy:.2f} Z"
    )


def chart_files(folder: Path, regions: int) -> tuple[Path, Path]:
    """A zones file and its drawing with ``regions`` regions (one zone on both feet for each
    pair), written into ``folder``."""
    rng = random.Random(regions)
    zones = max(1, regions // 2)
    half = WIDTH / 2
    inner_w, inner_h = half - 2 * MARGIN, HEIGHT - 2 * MARGIN
    columns = max(1, round(math.sqrt(zones * inner_w / inner_h)))
    rows = math.ceil(zones / columns)
    cell_w, cell_h = inner_w / columns, inner_h / rows
    radius = 0.4 * min(cell_w, cell_h)
    shapes = []
    for side, left in (("left", 0.0), ("right", half)):
        outline = (
            f"M{left + MARGIN / 2},{MARGIN / 2} h{half - MARGIN} v{HEIGHT - MARGIN} "
            f"h-{half - MARGIN} Z"
        )
        shapes.append(f'<g class="artwork"><path id="{side}-sole" d="{outline}"/></g>')
        for i in range(zones):
            cx = left + MARGIN + (i % columns + 0.5) * cell_w
            cy = MARGIN + (i // columns + 0.5) * cell_h
            shapes.append(f'<path id="{side}-z{i}" class="region" d="{circle(cx, cy, radius)}"/>')
    svg = folder / f"foot-{regions}.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" '
        f'width="{WIDTH:g}" height="{HEIGHT:g}" viewBox="0 0 {WIDTH:g} {HEIGHT:g}">\n'
        + "\n".join(shapes)
        + "\n</svg>\n"
    )

    def words(count: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(count))

    lines = [
        "chart:",
        f"  name: Synthetic chart of {regions} regions",
        "  source: A benchmark",
        "  disclaimer: Traditional claims, not medical advice.",
        "techniques:",
        "  - id: pressing",
        "    name: Point pressing",
        "    how: Press and release.",
        "red_flags:",
        "  notice: Seek medical help now.",
        "  signs:",
        "    - term: chest pain",
        "      also: [crushing chest]",
        "contraindications:",
        "  - fever",
        "zones:",
    ]
    for i in range(zones):
        lines += [
            f"  - id: z{i}",
            f"    name: Zone {i} {words(1)}",
            "    sides: [left, right]",
            f"    location: On the sole, row {i // columns + 1}, column {i % columns + 1}.",
            f"    claim: >-\n      The tradition links this zone with the {words(1)}; {words(26)}.",
            f"    associations: [{words(1)}, {words(2)}]",
            "    symptoms:",
            *(f"      - term: {words(2)}\n        also: [{words(1)}, {words(2)}]" for _ in "abc"),
            "    technique:",
            "      movement: small circles",
            "      pressure: medium",
            "      duration: one minute",
            "      direction: towards the toes",
            "      uses: [pressing]",
            f"    source: Section {i}",
        ]
    yaml = folder / f"zones-{regions}.yaml"
    yaml.write_text("\n".join(lines) + "\n")
    return yaml, svg


# The window's own work, in a child process per chart.


def gui_measures(zones_file: Path | None, map_file: Path | None, chart_id: str) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QAccessible
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reflexmap.app.catalogue import ChartSource
    from reflexmap.app.chart_request import ChartRequest
    from reflexmap.app.state import AppState
    from reflexmap.core.loader import load_chart
    from reflexmap.render.chart_painter import render_chart
    from reflexmap.ui.main_window import MainWindow

    app = QApplication([])
    source = (
        ChartSource.of_files(zones_file, map_file)
        if zones_file
        else ChartSource.of_bundled(chart_id)
    )
    chart = load_chart(*source.files)
    state = AppState(chart, source)
    start = time.perf_counter()
    window = MainWindow(state)
    built = time.perf_counter() - start
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    viewport = window.map_view.viewport()
    start = time.perf_counter()
    state.prepare_search_index()  # as the window does once it shows
    state.search_index()
    index_ready = time.perf_counter() - start

    def settle() -> None:
        app.processEvents()
        app.processEvents()

    ids = [zone.id for zone in chart.zones]
    hover = []
    for i in range(60):
        start = time.perf_counter()
        state.hover(ids[(i * 7) % len(ids)])
        settle()
        hover.append(time.perf_counter() - start)
    repaint = []
    for _ in range(20):
        start = time.perf_counter()
        viewport.repaint()
        repaint.append(time.perf_counter() - start)
    # What a screen reader asks of every region on the map, as it walks them.
    start = time.perf_counter()
    interface = QAccessible.queryAccessibleInterface(window.map_view)
    for index in range(interface.childCount()):
        region = interface.child(index)
        region.text(QAccessible.Text.Name)
        region.text(QAccessible.Text.Description)
        region.rect()
        region.state()
        interface.indexOfChild(region)
    reader = time.perf_counter() - start
    switch = []
    for view in [*chart.views[1:], "plantar"] * 3 if len(chart.views) > 1 else []:
        start = time.perf_counter()
        state.show_view(view)
        settle()
        switch.append(time.perf_counter() - start)
    state.show_view("plantar")
    field = window.search.field
    field.setFocus()
    settle()
    keys = []
    first_key = 0.0
    queries = [chart.zones[len(ids) // 2].symptoms[0].term, "xylophone quartz"]
    for query in queries:
        for character in query:
            start = time.perf_counter()
            QTest.keyClicks(field, character)
            settle()
            elapsed = time.perf_counter() - start
            if first_key == 0.0:
                first_key = elapsed
            else:
                keys.append(elapsed)
        field.clear()
        settle()
    keys.sort()
    start = time.perf_counter()
    render_chart(chart, ".pdf", ChartRequest())
    pdf = time.perf_counter() - start
    return {
        "window build": built,
        "search index, built ahead": index_ready,
        "hover change": statistics.median(hover),
        "full repaint": statistics.median(repaint),
        "screen reader, every region": reader,
        "view switch": statistics.median(switch) if switch else math.nan,
        "first keystroke": first_key,
        "keystroke median": statistics.median(keys),
        "keystroke p95": keys[round(0.95 * (len(keys) - 1))],
        "PDF export": pdf,
    }


def child(*arguments: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if output.returncode != 0:
        sys.exit(output.stderr)
    result: dict[str, float] = json.loads(output.stdout)
    return result


# The search index at 10,000 zones.


def search_measures() -> dict[str, float]:
    from reflexmap.core.search import SymptomIndex

    rng = random.Random(7)
    data = synthetic(10_000, 5, rng)
    terms = [s.term for z in data.zones for s in z.symptoms]
    builds = []
    for _ in range(3):
        start = time.perf_counter()
        index = SymptomIndex(data)
        builds.append(time.perf_counter() - start)
    del index
    tracemalloc.start()
    index = SymptomIndex(data)
    memory = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()

    def median_query(queries: list[str]) -> float:
        samples = []
        for _ in range(20):
            for query in queries:
                start = time.perf_counter()
                index.search(query)
                samples.append(time.perf_counter() - start)
        return statistics.median(samples)

    matching = rng.sample(terms, 5) + [with_typo(t, rng) for t in rng.sample(terms, 5)]
    missing = ["nothing like this", "xylophone quartz", "zzzzzzzz qqqqqq", "constipation"]
    slowest = 0.0
    for query in [*matching, *missing]:
        start = time.perf_counter()
        index.search(query)
        slowest = max(slowest, time.perf_counter() - start)
    return {
        "terms": float(len(terms)),
        "build": statistics.median(builds),
        "memory MiB": memory,
        "query, matching": median_query(matching),
        "query, no match": median_query(missing),
        "slowest query": slowest,
    }


# Whole processes, alternately with the bare window.


def process_measures(
    folder: Path, files: dict[str, tuple[Path, Path] | str], runs: int
) -> dict[str, dict[str, float]]:
    """Median wall seconds of `validate` and of the window's cold and warm start, for each
    chart, and of the bare window."""
    cli = [sys.executable, "-m", "reflexmap"]
    home = folder / "home"
    os.environ.update(
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    cache = home / "cache"
    bare = [sys.executable, "-c", BARE_WINDOW, str(folder / "bare.png")]

    def chart_args(name: str) -> list[str]:
        given = files[name]
        if isinstance(given, str):
            return ["--chart", given]
        return ["--zones", str(given[0]), "--map", str(given[1])]

    commands: dict[tuple[str, str], tuple[list[str], bool]] = {("bare", "window"): (bare, False)}
    for name in files:
        shot = [*cli, *chart_args(name), "--screenshot", str(folder / "shot.png")]
        commands[name, "validate"] = ([*cli, *chart_args(name), "validate"], False)
        commands[name, "cold"] = (shot, True)
        commands[name, "warm"] = (shot, False)
    samples: dict[tuple[str, str], list[float]] = {key: [] for key in commands}
    for command, _ in commands.values():
        measure(command)  # bytecode and file caches
    for _ in range(runs):
        for key, (command, cold) in commands.items():
            if cold:
                shutil.rmtree(cache, ignore_errors=True)
            # A cold start leaves the cache filled for the warm start after it.
            samples[key].append(measure(command)[0])
    result: dict[str, dict[str, float]] = {}
    for (name, what), times in samples.items():
        result.setdefault(name, {})[what] = statistics.median(times)
    return result


def slope(small: float, large: float, sizes: tuple[int, int]) -> str:
    if not (small > 0 and large > 0) or math.isnan(small) or math.isnan(large):
        return "-"
    return f"{math.log(large / small) / math.log(sizes[1] / sizes[0]):.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=("charts", "search", "western"), action="append")
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "search":
            print(json.dumps(search_measures()))
        elif args.child[0] == "bundled":
            print(json.dumps(gui_measures(None, None, args.child[1])))
        else:
            print(json.dumps(gui_measures(Path(args.child[0]), Path(args.child[1]), "")))
        return 0
    parts = args.only or ["charts", "search", "western"]
    sizes = [int(s) for s in args.sizes.split(",")]
    folder = Path(tempfile.mkdtemp(prefix="reflexmap-bench-"))
    try:
        if "charts" in parts:
            files: dict[str, tuple[Path, Path] | str] = {
                str(n): chart_files(folder, n) for n in sizes
            }
            print_charts(folder, files, sizes, args.runs)
        if "search" in parts:
            print_search(child("search"))
        if "western" in parts:
            print_western(folder, args.runs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def print_charts(
    folder: Path, files: dict[str, tuple[Path, Path] | str], sizes: list[int], runs: int
) -> None:
    processes = process_measures(folder, files, runs)
    windows = {}
    for name, given in files.items():
        assert not isinstance(given, str)
        windows[name] = child(str(given[0]), str(given[1]))
    bare = processes["bare"]["window"]
    zones_size = {name: files[name][0].stat().st_size for name in files}  # type: ignore[union-attr]
    header = ["measure", *(f"{n:,} regions" for n in sizes), "slope 500->5,000"]
    rows: list[list[str]] = [
        ["zones file", *(f"{zones_size[str(n)] / 1e6:.2f} MB" for n in sizes), ""]
    ]

    def row(name: str, values: dict[str, float], unit: str = "ms", ratio: bool = False) -> None:
        cells = []
        for n in sizes:
            value = values[str(n)]
            text = f"{value:.2f} s" if unit == "s" else f"{value * 1000:.1f} ms"
            cells.append(text + (f" ({value / bare:.2f}x)" if ratio else ""))
        ends = (values.get("500", math.nan), values.get("5000", math.nan))
        rows.append([name, *cells, slope(*ends, (500, 5000))])

    row("validate, whole process", {n: processes[n]["validate"] for n in files}, "s")
    row("window start, cold", {n: processes[n]["cold"] for n in files}, "s", True)
    row("window start, warm", {n: processes[n]["warm"] for n in files}, "s", True)
    for measure_name in (
        "window build",
        "search index, built ahead",
        "hover change",
        "full repaint",
        "screen reader, every region",
        "first keystroke",
        "keystroke median",
        "keystroke p95",
        "PDF export",
    ):
        row(measure_name, {n: windows[n][measure_name] for n in files})
    print(f"bare PySide6 window: {bare:.2f} s (median of {runs}, measured alternately)")
    print_table(header, rows)


def print_search(values: dict[str, float]) -> None:
    print(
        f"\nsearch index, 10,000 zones / {values['terms']:,.0f} terms: built in "
        f"{values['build']:.2f} s, {values['memory MiB']:.0f} MiB; median query "
        f"{values['query, matching'] * 1000:.2f} ms matching, "
        f"{values['query, no match'] * 1000:.2f} ms matching nothing; slowest "
        f"{values['slowest query'] * 1000:.1f} ms"
    )


def print_western(folder: Path, runs: int) -> None:
    processes = process_measures(folder, {"western": "western"}, runs)
    window = child("bundled", "western")
    bare = processes["bare"]["window"]
    western = processes["western"]
    print(
        f"\nWestern chart: start cold {western['cold']:.2f} s ({western['cold'] / bare:.2f}x "
        f"the bare window), warm {western['warm']:.2f} s ({western['warm'] / bare:.2f}x); "
        f"hover change {window['hover change'] * 1000:.2f} ms, full repaint "
        f"{window['full repaint'] * 1000:.2f} ms, view switch "
        f"{window['view switch'] * 1000:.1f} ms (medians)"
    )


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for line in [header, ["-" * w for w in widths], *rows]:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |")


if __name__ == "__main__":
    sys.exit(main())
