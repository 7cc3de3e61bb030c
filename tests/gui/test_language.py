"""The window in another language: chosen at start, switched at run time, Qt's own words too,
and room for texts longer than the English ones."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from reflexmap.app import catalogue
from reflexmap.app.actions import ACTIONS
from reflexmap.app.chart_request import ChartRequest
from reflexmap.app.i18n import active_language
from reflexmap.app.settings import Settings
from reflexmap.core.chart_layout import TextBox
from reflexmap.core.errors import ChartError, Problem
from reflexmap.core.model import Chart
from reflexmap.core.problems import Phrase
from reflexmap.render.chart_painter import sheet_layout_for
from reflexmap.ui import translation
from reflexmap.ui.app import WindowRequest, start_language
from reflexmap.ui.main_window import MainWindow

from .conftest import OpenWindow
from .test_printing import pdf_text

TS = Path(__file__).resolve().parents[2] / "reflexmap" / "translations" / "reflexmap_ru.ts"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    translation.activate("en")


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def choose(window: MainWindow, qtbot: QtBot, language: str, file_menu: str) -> None:
    """Choose a language in View > Language; Qt posts the LanguageChange to the window."""
    window.action(f"language-{language}").trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == file_menu)


def test_suggestions_on_show_are_reworded(window: MainWindow, qtbot: QtBot) -> None:
    # The buttons are kept while the suggestions stay the same: a new language makes them anew.
    window.state.search("sore knee")
    terms = [button.text() for button in window.search.suggestion_buttons()]
    assert terms
    translation.activate("de")  # the words only: the chart and its suggestions stay
    row = window.search.suggestions
    qtbot.waitUntil(lambda: "Meinten Sie:" in [label.text() for label in row.findChildren(QLabel)])
    assert [button.text() for button in window.search.suggestion_buttons()] == terms
    descriptions = {b.accessibleDescription() for b in window.search.suggestion_buttons()}
    assert descriptions == {"Stattdessen danach suchen"}


def test_the_captions_under_the_feet_follow_the_language(window: MainWindow, qtbot: QtBot) -> None:
    window.state.show_sides("left")
    assert [label.text for label in window.map_view.foot_labels()] == ["Left foot, sole"]
    translation.activate("de")  # the words only: the chart stays
    qtbot.waitUntil(lambda: window.map_view.foot_labels()[0].text != "Left foot, sole")
    assert [label.text for label in window.map_view.foot_labels()] == ["Linker Fuß, Sohle"]


def test_switching_language_rewords_the_window_and_keeps_what_it_shows(
    window: MainWindow, qtbot: QtBot
) -> None:
    state = window.state
    state.search("headache")
    state.select("toe-tips")
    state.show_sides("left")
    assert [label.text for label in window.map_view.foot_labels()] == ["Left foot, sole"]

    choose(window, qtbot, "ru", "&Файл")

    assert active_language() == "ru"
    assert _menu_titles(window) == ["&Файл", "&Правка", "&Вид", "&Карты", "С&еансы", "&Справка"]
    assert window.action("print").text() == "Пе&чать..."
    assert window.action("fit").statusTip() == "Показать рисунок целиком"
    assert window.action("language-ru").isChecked()
    assert not window.action("language-en").isChecked()
    details = window.panel.details.toPlainText()
    assert "Традиционное утверждение" in details
    assert "Рекомендуемая техника" in details
    # The chart's own texts follow: the zone's name and claim come from its translation.
    assert state.chart.zone("toe-tips").name == "Кончики пальцев"
    assert "Кончики пальцев" in details
    assert window.panel.contraindications_toggle.text() == "Общие противопоказания"
    assert window.search.field.placeholderText().startswith("Поиск по симптомам")
    assert state.query == "headache"  # kept as typed, searched again in the chart's words
    state.search("болит голова")
    assert window.search.info.text().startswith("Перечислены зоны")
    results = window.results_list
    tips = [results.item(row).toolTip() for row in range(results.count())]
    assert any(tip.startswith("Совпадение") for tip in tips), tips
    assert window.statusBar().currentMessage().startswith("Выбрано:")
    assert window.map_view.accessibleDescription().startswith("Обе стопы: подошва.")
    assert [label.text for label in window.map_view.foot_labels()] == ["Левая стопа, подошва"]
    assert window.banner.text().endswith("Об этих утверждениях</a>")
    # Nothing the window shows changed with the words.
    assert (state.selected, state.sides_key) == ("toe-tips", "left")
    assert window.remembered().language == "ru"

    choose(window, qtbot, "de", "&Datei")
    assert _menu_titles(window) == [
        "&Datei",
        "&Bearbeiten",
        "&Ansicht",
        "&Karten",
        "Si&tzungen",
        "&Hilfe",
    ]
    assert "Traditionelle Behauptung" in window.panel.details.toPlainText()

    choose(window, qtbot, "en", "&File")
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Charts", "&Sessions", "&Help"]
    assert "Traditional claim" in window.panel.details.toPlainText()
    assert state.chart.zone("toe-tips").name == "Toe tips"
    assert window.remembered().language == "en"


def test_the_language_submenu_names_each_language_in_itself(
    window: MainWindow, qtbot: QtBot
) -> None:
    choose(window, qtbot, "de", "&Datei")
    view_menu = window.menuBar().actions()[2].menu()
    assert isinstance(view_menu, QMenu)
    (language_menu,) = [a.menu() for a in view_menu.actions() if a.menu() is not None]
    assert isinstance(language_menu, QMenu)
    assert language_menu.title() == "S&prache"
    assert [a.text() for a in language_menu.actions()] == ["&English", "&Русский", "&Deutsch"]


def test_qt_standard_buttons_speak_the_language(window: MainWindow, qtbot: QtBot) -> None:
    choose(window, qtbot, "ru", "&Файл")
    dialog = window.show_about_claims()
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Закрыть"
    assert dialog.windowTitle() == "Об этих утверждениях"


def test_chart_problems_are_shown_in_the_language(window: MainWindow, qtbot: QtBot) -> None:
    choose(window, qtbot, "de", "&Datei")
    problem = Problem(
        "zones.yaml", "yaml.missing-key", {"what": Phrase("a zone"), "key": "id"}, 4, 3
    )
    box = window.show_problems(ChartError([problem]))
    qtbot.addWidget(box)
    assert box.windowTitle() == "Karte nicht geöffnet"
    assert box.informativeText() == "zones.yaml:4:3: eine Zone: Schlüssel „id“ fehlt"


def test_a_translation_that_cannot_be_read_leaves_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(translation, "translation_file", lambda code: tmp_path / "gone.qm")
    translation.activate("ru")
    assert active_language() == "en"
    assert "gone.qm: cannot read the translation" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("given", "remembered", "expected"),
    [("de", "ru", "de"), (None, "ru", "ru"), (None, "xx", "en"), (None, "", "en")],
)
def test_the_window_starts_in_the_given_then_the_remembered_then_the_system_language(
    given: str | None, remembered: str, expected: str
) -> None:
    # The tests' system language is English (tests/conftest.py).
    assert start_language(WindowRequest(language=given), Settings(language=remembered)) == expected


def test_screenshot_in_russian(tmp_path: Path) -> None:
    shot = tmp_path / "ru.png"
    result = subprocess.run(
        [sys.executable, "-m", "reflexmap", "--lang", "ru", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000


def test_russian_pdf_has_its_words_in_fonts_with_cyrillic(tmp_path: Path) -> None:
    out = tmp_path / "ru.pdf"
    made = subprocess.run(
        [sys.executable, "-m", "reflexmap", "--lang", "ru", "chart", "-o", str(out), "--guide"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    text = " ".join(pdf_text(out))
    for words in ("Источник:", "Левая стопа, подошва", "Техники", "Об этих утверждениях"):
        assert words in text
    # The date as Russian writes it, day first.
    assert re.search(r"Создано \d\d\.\d\d\.\d{4} в reflexmap", text)
    # Every font embedded (pdffonts' "emb"), so that the Cyrillic shows on any reader.
    resources: Any = PdfReader(out).pages[0]["/Resources"]
    fonts = [font.get_object() for font in resources["/Font"].values()]
    assert {str(font["/BaseFont"]) for font in fonts} == {"/DejaVuSans", "/DejaVuSans-Bold"}
    for font in fonts:
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()


@pytest.mark.parametrize("language", ["ru", "de"])
def test_the_disagreement_sheet_names_each_foot_on_one_line(language: str) -> None:
    """Its small maps leave a word of room under each foot: "rechts" broke in two."""
    translation.activate(language)
    pages = sheet_layout_for(
        catalogue.load_bundled(None), catalogue.load_disagreements(), ChartRequest()
    )
    feet = {QCoreApplication.translate("ChartRequest", side) for side in ("left", "right")}
    labels = [
        item
        for page in pages
        for item in page.items
        if isinstance(item, TextBox) and "".join(item.lines) in feet
    ]
    assert len(labels) >= 2 * 2 * 9  # both feet, both charts, every topic
    assert all(len(label.lines) == 1 for label in labels), {"".join(b.lines) for b in labels}


# A pseudo-translation: every text 40% longer and accented, its placeholders and accelerator
# kept, to find what has no room for a longer language.

_ACCENTED = str.maketrans("aeiouycnszAEIOUYCNSZ", "áéíóúýçñšžÁÉÍÓÚÝÇÑŠŽ")


def pseudo(text: str) -> str:
    parts = re.split(r"(\{[^{}]*\}|%\d+)", text)
    body = "".join(part if i % 2 else part.translate(_ACCENTED) for i, part in enumerate(parts))
    padding = "~" * max(1, round(len(text) * 0.4) - 3)
    return f"[{body} {padding}]"


@pytest.fixture
def pseudo_translation(tmp_path: Path) -> Iterator[None]:
    root = ET.parse(TS).getroot()
    for message in root.iter("message"):
        translation_element = message.find("translation")
        assert translation_element is not None
        translation_element.text = pseudo(message.findtext("source", ""))
    ts, qm = tmp_path / "pseudo.ts", tmp_path / "pseudo.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(tool), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


@pytest.mark.usefixtures("pseudo_translation")
def test_longer_texts_have_room_in_the_window(
    qtbot: QtBot, chart: Chart, settings: QSettings, open_window: OpenWindow
) -> None:
    window = open_window(chart, settings)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.state.select("heel")
    assert window.action("print").text() == "[&Príñt... ~]"

    # Every menu title on the bar, none pushed into its overflow button.
    bar = window.menuBar()
    for action in bar.actions():
        geometry = bar.actionGeometry(action)
        assert geometry.isValid(), action.text()
        assert geometry.right() <= bar.width(), action.text()
    overflow = bar.findChild(QToolButton, "qt_menubar_ext_button")
    assert overflow is None or not overflow.isVisible()
    # Every view button on the toolbar, none in its extension menu.
    toolbar = window._toolbar
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if action.isVisible() and not action.isSeparator():
            assert widget is not None
            assert widget.isVisible(), action.text()
            assert widget.geometry().right() <= toolbar.width(), action.text()
    # Buttons as wide as their text; menus narrower than a small screen.
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            assert button.width() >= needed, button.text()
    for menu in window.findChildren(QMenu):
        assert menu.sizeHint().width() <= 1024, menu.title()
    # The window needs no more width than it has, and the status line is cut to fit.
    assert window.minimumSizeHint().width() <= window.width()
    status = window.statusBar()
    message = status.currentMessage()
    assert status.fontMetrics().horizontalAdvance(message) <= window.width()
    assert "~" in window.panel.details.toPlainText()
    # Every action of the table was reworded.
    for spec in ACTIONS:
        if not spec.id.startswith("language-"):
            assert window.action(spec.id).text().startswith("["), spec.id


@pytest.mark.usefixtures("pseudo_translation")
def test_longer_texts_have_room_in_the_dialogs(window: MainWindow, qtbot: QtBot) -> None:
    for dialog in (window.show_about_claims(), window.show_shortcuts()):
        qtbot.addWidget(dialog)
        assert isinstance(dialog, QDialog)
        assert dialog.minimumSizeHint().width() <= dialog.width(), dialog.windowTitle()
        assert dialog.windowTitle().startswith("[")
