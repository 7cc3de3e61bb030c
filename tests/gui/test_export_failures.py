"""Exports that cannot be written whole leave the earlier file as it was."""

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflexmap.app.chart_request import ChartRequest
from reflexmap.core.model import Chart
from reflexmap.render.chart_painter import ExportError, export_chart

OLD = b"an earlier chart the user kept"


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real file system with room for 24 kB: too little for any chart."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=24k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".svg"])
def test_a_full_disk_keeps_the_old_file(tiny_disk: Path, chart: Chart, suffix: str) -> None:
    # Regression: PDF and SVG exports reported success and left a truncated file.
    out = tiny_disk / f"chart{suffix}"
    out.write_bytes(OLD)
    with pytest.raises(ExportError, match="cannot write: No space left on device"):
        export_chart(chart, out, ChartRequest())
    assert out.read_bytes() == OLD
    assert os.listdir(tiny_disk) == [out.name]  # no stray temporary file


def test_a_failing_write_keeps_the_old_file(
    tmp_path: Path, chart: Chart, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "chart.pdf"
    out.write_bytes(OLD)

    def fail(*_: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(ExportError, match="Input/output error"):
        export_chart(chart, out, ChartRequest())
    assert out.read_bytes() == OLD
    assert os.listdir(tmp_path) == ["chart.pdf"]


def test_only_a_regular_file_is_replaced(tmp_path: Path, chart: Chart) -> None:
    pipe = tmp_path / "chart.pdf"
    os.mkfifo(pipe)
    with pytest.raises(ExportError, match="not a regular file"):
        export_chart(chart, pipe, ChartRequest())
    assert pipe.is_fifo()


def test_a_drawing_error_ends_the_painter_and_raises(
    tmp_path: Path, chart: Chart, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Regression: a painter left active when drawing raised crashed the process.
    from reflexmap.render import chart_painter

    def broken(*_: object) -> None:
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(chart_painter, "paint_page", broken)
    for suffix in (".pdf", ".png", ".svg"):
        with pytest.raises(RuntimeError, match="drawing failed"):
            export_chart(chart, tmp_path / f"x{suffix}", ChartRequest())
    assert list(tmp_path.iterdir()) == []
