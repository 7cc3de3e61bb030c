"""The start-up tweaks that pay for themselves, in one place, each with what it saves.

Measured with benchmarks/bench_startup.py and benchmarks/bench_repaint.py.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

SERIAL_FILLS = "QT_NO_GUI_THREADPOOL"


def fill_on_the_painting_thread() -> None:
    """Qt's raster engine hands each translucent fill of 96 or more spans to a thread pool and
    waits; for shapes the size of foot zones the hand-off costs more than the fill. Filling
    on the painting thread halves a repaint of the map (1.7 ms instead of 5.4 at 1200x800).
    Qt reads the variable when the first fill is made, so this must come before any painting;
    an explicit setting wins."""
    os.environ.setdefault(SERIAL_FILLS, "1")


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
    5,000 regions parsing takes 1.6 s instead of 4.5, and the index builds 3x faster.
    Nests inside long_lived(), leaving the collector as it found it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
