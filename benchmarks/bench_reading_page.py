"""Showing a zone's details, as each selection does: the page of headings and texts against
one read-only text edit with the same HTML (what the details were before they had headings).

Both are shown side by side in the panel's size; each zone's details are set and laid out,
ready to paint, and painted. Prints the medians and their ratio.

    python benchmarks/bench_reading_page.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QTextEdit

from reflexmap.app.catalogue import ChartSource
from reflexmap.app.state import AppState
from reflexmap.core.loader import load_chart
from reflexmap.ui.reading_page import ReadingPage
from reflexmap.ui.zone_panel import ZonePanel

SIZE = (480, 420)  # the details in a 1200x800 window


def shown(widget: ReadingPage | QTextEdit) -> None:
    widget.resize(*SIZE)
    widget.show()


def show(widget: ReadingPage | QTextEdit, html: str) -> float:
    """Milliseconds to set ``html``, lay it out and paint it."""
    start = time.perf_counter()
    widget.setHtml(html)
    QCoreApplication.sendPostedEvents()  # the layouts Qt has put off
    widget.repaint()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    app = QApplication([])
    source = ChartSource.of_bundled("western")  # the larger bundled chart
    state = AppState(load_chart(*source.files), source)
    panel = ZonePanel(state)
    pages = []
    for zone in state.chart.zones:
        state.select(zone.id)
        selection = state.selection
        assert selection is not None
        also = [state.chart.zone(z) for z in selection.also]
        pages.append(panel._zone_html(zone, also))
    page, text = ReadingPage(), QTextEdit()
    text.setReadOnly(True)
    shown(page)
    shown(text)
    app.processEvents()
    samples: dict[str, list[float]] = {"page": [], "text edit": []}
    for _ in range(args.rounds):
        for html in pages:  # alternately, so that neither has the quieter moments
            samples["page"].append(show(page, html))
            samples["text edit"].append(show(text, html))
    ours, before = (statistics.median(samples[way]) for way in ("page", "text edit"))
    print(
        f"{len(pages)} zones x {args.rounds}: details shown in a median {ours:.2f} ms as a page "
        f"of headings, {before:.2f} ms as one text edit ({ours / before:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
