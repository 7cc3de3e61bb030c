"""The session card: one page with the steps, a small map of each, the times and the safety
notes, read back as text, page size and pixels."""

import unicodedata
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from reflexmap.cli import main
from reflexmap.core.model import Chart
from reflexmap.core.palette import SELECTION_COLOUR
from reflexmap.core.sessions import Session, Step, stroke_direction
from reflexmap.core.sessions_file import read_sessions_file
from reflexmap.render.session_card import paint_card, paint_step_arrow
from reflexmap.resources import bundled_sessions_file


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def bundled(session_id: str) -> Session:
    return next(s for s in read_sessions_file(bundled_sessions_file()) if s.id == session_id)


def text_of(path: Path) -> tuple[str, tuple[int, int], int]:
    reader = pypdf.PdfReader(path)
    page = reader.pages[0]
    text = " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
    return text, (round(page.mediabox.width), round(page.mediabox.height)), len(reader.pages)


@pytest.mark.parametrize("session_id", ["classic", "lying-down"])
def test_the_card_has_every_step_and_the_safety_notes(
    tmp_path: Path, chart: Chart, session_id: str
) -> None:
    out = tmp_path / "card.pdf"
    assert main(["session", "print", session_id, "-o", str(out)]) == 0
    text, size, pages = text_of(out)
    assert (size, pages) == ((595, 842), 1)  # one A4 page
    session = bundled(session_id)
    assert session.name in text
    assert f"{session.minutes:g} minutes, {len(session.steps)} steps" in text
    for number, step in enumerate(session.steps, 1):
        foot = f"{step.side} foot"
        seconds = f"{step.seconds // 60}:{step.seconds % 60:02d}"
        assert f"{number}." in text
        assert f"{seconds} {chart.zone(step.zone).name}: {foot}" in text, step
    for item in chart.zone_data.contraindications:
        assert item in text
    assert " ".join(chart.info.disclaimer.split()) in text
    assert "it does not treat any illness" in text


def test_letter_paper_and_bad_requests(tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    assert main(["session", "print", "toe-work", "-o", str(out), "--page-size", "Letter"]) == 0
    assert text_of(out)[1:] == ((612, 792), 1)
    assert main(["session", "print", "no-such", "-o", str(tmp_path / "x.pdf")]) == 1
    assert main(["session", "print", "toe-work", "-o", str(tmp_path / "x.png")]) == 1
    assert not (tmp_path / "x.pdf").exists()
    assert not (tmp_path / "x.png").exists()


def test_each_small_map_lights_its_step(chart: Chart) -> None:
    """Painted at 60 dpi, the card's first thumbnail (top left) holds the selection's colour,
    and so does the first of the second column."""
    session = bundled("classic")
    image = QImage(496, 702, QImage.Format.Format_RGB32)  # A4 at 60 dpi
    image.setDotsPerMeterX(round(60 / 0.0254))
    image.setDotsPerMeterY(round(60 / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_card(painter, chart, session, 210, 297)
    painter.end()
    lit = QColor(SELECTION_COLOUR)

    def lit_pixels(left: int, right: int) -> int:
        return sum(
            1
            for x in range(left, right)
            for y in range(90, 190)
            if abs(image.pixelColor(x, y).hue() - lit.hue()) < 20
            and image.pixelColor(x, y).saturation() > 80
        )

    assert lit_pixels(40, 110) > 50
    assert lit_pixels(270, 340) > 50
    assert lit_pixels(150, 250) == 0  # the words between them are not lit


@pytest.mark.parametrize(
    ("view", "side", "toward", "expected"),
    [
        ("plantar", "left", "toes", (0.0, -1.0)),
        ("dorsal", "right", "ankle", (0.0, 1.0)),
        ("dorsal", "left", "little-toe", (-1.0, 0.0)),
        ("dorsal", "right", "little-toe", (1.0, 0.0)),
        ("medial", "left", "knee", (0.0, -1.0)),
        ("medial", "left", "toes", (1.0, 0.0)),
        ("lateral", "left", "toes", (-1.0, 0.0)),
        ("lateral", "right", "heel", (-1.0, 0.0)),
    ],
)
def test_the_arrow_points_the_way_of_the_strokes(
    view: str, side: str, toward: str, expected: tuple[float, float]
) -> None:
    step = Step("heel", view, side, "stroking", "Stroke.", "light", 30, toward)  # type: ignore[arg-type]
    assert stroke_direction(step) == expected
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_step_arrow(painter, QRectF(50, 50, 100, 100), step, QPointF(100, 100))
    painter.end()
    dx, dy = expected
    # The head is filled at the tip's end, and the tail end is only the thin shaft.
    head = image.pixelColor(round(100 + dx * 32 + dy * 5), round(100 + dy * 32 + dx * 5))
    tail = image.pixelColor(round(100 - dx * 32 + dy * 5), round(100 - dy * 32 + dx * 5))
    assert head.lightness() < 100
    assert tail.lightness() > 200
