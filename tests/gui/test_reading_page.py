"""A page of text with headings: headings for assistive technology, the look of one text edit,
and a keyboard that goes through it as through one text."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reflexmap.ui.accessibility import HeadingLabel
from reflexmap.ui.reading_page import ReadingPage, ReadingView

from .reading import described, focused, reading_order

HTML = (
    "<h2>Heel centre</h2><p>Left and right foot. The middle of the heel pad.</p>"
    "<h4>Traditional claim</h4><p>Linked with the ovaries.</p>"
    "<p><b>Symptoms:</b> period pain</p>"
    "<h4>Suggested technique</h4><p><b>Movement:</b> Tap the heel.</p>"
    "<ul><li><b>Pats</b>: light, quick taps</li><li><b>Rubbing</b>: move the skin</li></ul>"
    "<h4>Cautions</h4><ul><li>Stop if pressing hurts.</li></ul>"
    "<p><b>Also at this spot:</b> <a href='zone:arch'>Arch</a>, <a href='zone:deep'>Deep</a></p>"
    "<p><a href='compare:heel'>Where other charts put this</a></p>"
    "<p><small>Source: an article</small></p>"
)


class Around(QWidget):
    """A page between two fields, as in a window."""

    def __init__(self) -> None:
        super().__init__()
        self.before = QLineEdit(self)
        self.page = ReadingPage(self)
        self.page.setAccessibleName("Zone details")
        self.after = QLineEdit(self)
        layout = QVBoxLayout(self)
        for widget in (self.before, self.page, self.after):
            layout.addWidget(widget)
        self.page.setHtml(HTML)


@pytest.fixture
def around(qtbot: QtBot) -> Around:
    widget = Around()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> QWidget:
    """Press ``key`` where the focus is; the widget with the focus after it."""
    if modifier is None:
        qtbot.keyClick(focused(), key)
    else:
        qtbot.keyClick(focused(), key, modifier)
    return focused()


def test_headings_are_headings_of_their_level_each_followed_by_its_text(
    around: Around,
) -> None:
    page = QAccessible.queryAccessibleInterface(around.page)
    assert page is not None
    assert page.role() == QAccessible.Role.Document
    assert page.text(QAccessible.Text.Name) == "Zone details"
    parts = reading_order(around.page)
    assert [(kind, level) for kind, _, level in parts] == [
        ("heading", 2), ("text", None), ("heading", 4), ("text", None),
        ("heading", 4), ("text", None), ("heading", 4), ("text", None),
    ]  # fmt: skip
    assert [text for kind, text, _ in parts if kind == "heading"] == [
        "Heel centre",
        "Traditional claim",
        "Suggested technique",
        "Cautions",
    ]
    texts = [text for kind, text, _ in parts if kind == "text"]
    assert texts[0] == "Left and right foot. The middle of the heel pad."
    assert texts[1] == "Linked with the ovaries.\nSymptoms: period pain"
    assert texts[2].startswith("Movement: Tap the heel.\nPats: light, quick taps")
    assert texts[3].startswith("Stop if pressing hurts.\nAlso at this spot: Arch, Deep")
    assert not any("\ufdd0" in text or "\ufffc" in text for _, text, _ in parts)


def test_each_text_is_read_only_text_named_by_its_heading(around: Around) -> None:
    for text in around.page.texts():
        iface = QAccessible.queryAccessibleInterface(text)
        assert iface is not None
        assert iface.role() == QAccessible.Role.EditableText
        assert iface.state().readOnly
        assert iface.state().focusable
    names = [text.accessibleName() for text in around.page.texts()]
    assert names == ["Heel centre", "Traditional claim", "Suggested technique", "Cautions"]


def test_text_before_any_heading_is_named_as_the_page(around: Around) -> None:
    around.page.setHtml("<p>Do not massage the feet with any of these:</p><ul><li>gout</li></ul>")
    assert [type(part) for part in around.page.parts()] == [ReadingView]
    assert around.page.texts()[0].accessibleName() == "Zone details"


@pytest.mark.parametrize("size", [(400, 300), (260, 700), (700, 160)])
def test_the_page_looks_as_one_text_edit_with_its_html(qtbot: QtBot, size: tuple[int, int]) -> None:
    page, text = ReadingPage(), QTextEdit()
    text.setReadOnly(True)
    for widget in (page, text):
        qtbot.addWidget(widget)
        widget.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # neither in focus
        widget.setHtml(HTML)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
    QApplication.processEvents()  # the page's scroll bar, once its column is laid out
    drawn = [w.grab().toImage().convertToFormat(QImage.Format.Format_RGB32) for w in (page, text)]
    assert drawn[0] == drawn[1]
    # Not two blank pictures: the heading is drawn in the text's colour at the top left.
    ink = text.palette().text().color().rgb()
    assert any(drawn[0].pixel(x, y) == ink for x in range(4, 60) for y in range(4, 24))


def test_the_arrow_keys_go_on_from_a_text_to_the_heading_after_it_and_back(
    qtbot: QtBot, around: Around
) -> None:
    page = around.page
    headings, texts = page.headings(), page.texts()
    page.setFocus()
    assert focused() is headings[0]
    assert press(qtbot, Qt.Key.Key_Down) is texts[0]
    assert texts[0].textCursor().position() == 0
    assert press(qtbot, Qt.Key.Key_Down) is headings[1]  # a one-line text: its last line
    assert press(qtbot, Qt.Key.Key_Up) is texts[0]
    assert texts[0].textCursor().atEnd()
    assert press(qtbot, Qt.Key.Key_Up) is headings[0]
    assert press(qtbot, Qt.Key.Key_Up) is headings[0]  # the start of the page
    assert press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier) is texts[-1]
    assert texts[-1].textCursor().atEnd()
    assert press(qtbot, Qt.Key.Key_Down) is texts[-1]  # the end of the page
    assert press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier) is headings[0]


def test_within_a_text_the_arrow_keys_move_the_cursor(qtbot: QtBot, around: Around) -> None:
    text = around.page.texts()[2]  # four lines
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.Start)
    assert press(qtbot, Qt.Key.Key_Down) is text
    assert text.textCursor().block().text().startswith("Pats")
    assert press(qtbot, Qt.Key.Key_Right) is text
    assert text.textCursor().positionInBlock() == 1


def test_a_heading_in_focus_is_scrolled_to_and_framed(qtbot: QtBot, around: Around) -> None:
    page = around.page
    last = page.headings()[-1]
    before = last.grab().toImage()
    above = page.texts()[-2]
    above.setFocus()
    above.moveCursor(above.textCursor().MoveOperation.End)
    assert press(qtbot, Qt.Key.Key_Down) is last
    top = last.mapTo(page.viewport(), QPoint(0, 0))
    assert top.y() >= 0
    assert top.y() + last.height() <= page.viewport().height()
    assert last.grab().toImage() != before  # the focus frame
    iface = QAccessible.queryAccessibleInterface(last)
    assert iface is not None
    assert iface.state().focused


def test_tab_goes_from_link_to_link_across_the_page_then_on(qtbot: QtBot, around: Around) -> None:
    page = around.page
    around.before.setFocus()
    assert press(qtbot, Qt.Key.Key_Tab) is page.headings()[0]  # the page's start
    hrefs = []
    for _ in range(3):
        text = press(qtbot, Qt.Key.Key_Tab)
        assert isinstance(text, ReadingView)
        hrefs.append(text._link_at_cursor())
    assert hrefs == ["zone:arch", "zone:deep", "compare:heel"]
    with qtbot.waitSignal(page.anchorClicked) as followed:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert followed.args[0].toString() == "compare:heel"
    assert press(qtbot, Qt.Key.Key_Tab) is around.after
    # Back into the page where the reader left it, and back out before the first link.
    assert press(qtbot, Qt.Key.Key_Backtab) is page.texts()[-1]
    assert press(qtbot, Qt.Key.Key_Backtab) is page.texts()[-1]
    assert press(qtbot, Qt.Key.Key_Backtab) is page.texts()[-1]
    assert page.texts()[-1]._link_at_cursor() == "zone:arch"
    assert press(qtbot, Qt.Key.Key_Backtab) is around.before


def test_headings_are_not_tab_stops(qtbot: QtBot, around: Around) -> None:
    page = around.page
    page.texts()[1].setFocus()
    # No link before it: Shift+Tab leaves the page, passing the headings above.
    assert press(qtbot, Qt.Key.Key_Backtab) is around.before
    assert press(qtbot, Qt.Key.Key_Tab) is page.texts()[1]
    assert [h.focusPolicy() for h in page.headings()] == [Qt.FocusPolicy.ClickFocus] * 4


def test_a_new_text_keeps_the_place_in_the_tab_order_and_the_focus(
    qtbot: QtBot, around: Around
) -> None:
    page = around.page
    page.texts()[-1].setFocus()
    page.setHtml("<h2>Arch</h2><p>The arch of the foot.</p>")
    assert focused() is page.headings()[0]  # not lost with the text that had it
    around.after.setFocus()
    assert press(qtbot, Qt.Key.Key_Backtab) is page.headings()[0]
    around.before.setFocus()
    assert press(qtbot, Qt.Key.Key_Tab) is page.headings()[0]
    assert press(qtbot, Qt.Key.Key_Tab) is around.after  # no links


def test_the_wheel_over_a_text_scrolls_the_page(around: Around) -> None:
    page = around.page
    assert page.verticalScrollBar().maximum() > 0
    text = page.texts()[0]
    at = QPointF(text.viewport().rect().center())
    wheel = QWheelEvent(
        at,
        QPointF(text.viewport().mapToGlobal(at.toPoint())),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(text.viewport(), wheel)
    assert not wheel.isAccepted()  # the text has nothing to scroll: Qt gives it to the page
    assert page.verticalScrollBar().value() == 0
    wheel.setAccepted(True)
    QApplication.sendEvent(page.viewport(), wheel)
    assert page.verticalScrollBar().value() > 0


def test_an_empty_page_has_no_parts_and_a_heading_alone_is_one(around: Around) -> None:
    around.page.clear()
    assert around.page.parts() == []
    assert around.page.toPlainText() == ""
    around.page.setHtml("<h3>Nothing here</h3>")
    assert [type(part) for part in around.page.parts()] == [HeadingLabel]
    assert around.page.toPlainText() == "Nothing here"


def test_a_new_text_is_laid_out_at_once(around: Around) -> None:
    # A screenshot taken at once showed a text cut short and no scroll bar.
    page = around.page
    page.setHtml("<h2>Arch</h2><p>The arch of the foot.</p>")
    QApplication.processEvents()
    page.setHtml(HTML)  # no events processed: laid out before the next paint all the same
    column = page.widget()
    assert column is not None
    assert column.height() == page.content_height(page.viewport().width())
    for text in page.texts():
        assert text.height() == text.heightForWidth(text.width())
    assert page.verticalScrollBar().maximum() == column.height() - page.viewport().height()


def cursor_height(page: ReadingPage) -> int:
    """How far down the page's viewport the focus (the cursor in a text) is."""
    widget = focused()
    if isinstance(widget, ReadingView):
        return widget.viewport().mapTo(page.viewport(), widget.cursorRect().center()).y()
    return widget.mapTo(page.viewport(), widget.rect().center()).y()


def test_page_down_turns_the_whole_page_the_cursor_staying_on_screen(
    qtbot: QtBot, around: Around
) -> None:
    page = around.page
    around.resize(400, 200)
    QApplication.processEvents()
    bar = page.verticalScrollBar()
    assert bar.maximum() > bar.pageStep()  # more than two pages
    page.texts()[0].setFocus()
    height = cursor_height(page)
    went_through = {press(qtbot, Qt.Key.Key_PageDown)}
    assert bar.value() == bar.pageStep()
    line = page.fontMetrics().lineSpacing()
    assert abs(cursor_height(page) - height) <= 2 * line  # where it was on screen
    for _ in range(4):
        went_through.add(press(qtbot, Qt.Key.Key_PageDown))
    assert bar.value() == bar.maximum()
    assert focused() is page.texts()[-1]
    assert page.texts()[-1].textCursor().atEnd()
    assert len(went_through) >= 2  # not stuck at the end of the first text
    for _ in range(5):
        press(qtbot, Qt.Key.Key_PageUp)
    assert bar.value() == 0
    assert focused() is page.headings()[0]


def test_a_heading_shown_again_with_new_text_reports_its_new_name_and_level(
    around: Around,
) -> None:
    page = around.page
    page.setHtml("<h3>Foot reflex zones</h3><p>Click a region of the foot.</p>")
    heading = page.headings()[0]
    iface = QAccessible.queryAccessibleInterface(heading)
    assert iface is not None
    assert described(iface) == ("heading", "Foot reflex zones", 3)
    page.setHtml(HTML)
    assert page.headings()[0] is heading  # the same label, with the new text
    assert described(iface) == ("heading", "Heel centre", 2)
    for text in page.texts():  # the cursor at the start of each new text, nothing selected
        assert (text.textCursor().position(), text.textCursor().hasSelection()) == (0, False)


@pytest.mark.parametrize("start", ["heading", "text"])
def test_select_all_selects_the_whole_page_and_copy_copies_it(
    qtbot: QtBot, around: Around, start: str
) -> None:
    page = around.page
    headings, texts = page.headings(), page.texts()
    (headings[1] if start == "heading" else texts[2]).setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.whole_selected()
    assert all(text.textCursor().selectedText() for text in texts)
    assert all(heading.selectedText() == heading.text() for heading in headings)
    QApplication.clipboard().clear()
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert copied == page.toPlainText()
    assert copied.startswith("Heel centre\nLeft and right foot.")
    assert "Suggested technique\nMovement: Tap the heel." in copied
    assert copied.endswith("Source: an article")


def test_a_selected_heading_is_drawn_selected(qtbot: QtBot, around: Around) -> None:
    heading = around.page.headings()[0]
    before = heading.grab().toImage()
    around.page.select_all()
    after = heading.grab().toImage()
    highlight = heading.palette().color(heading.palette().ColorRole.Highlight)
    assert before != after
    assert any(
        after.pixelColor(x, heading.height() // 2) == highlight for x in range(heading.width())
    )


def test_after_select_all_a_key_or_a_selection_in_one_part_leaves_the_rest(
    qtbot: QtBot, around: Around
) -> None:
    page = around.page
    headings, texts = page.headings(), page.texts()
    texts[1].setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Right)
    assert not page.whole_selected()
    assert not any(text.textCursor().hasSelection() for text in texts)
    assert not any(heading.hasSelectedText() for heading in headings)
    page.select_all()
    texts[0].select(0, 4)  # as a mouse selects a word
    assert not page.whole_selected()
    assert [text.textCursor().selectedText() for text in texts[:2]] == ["Left", ""]
    assert not headings[0].hasSelectedText()
    # Copy is then the text's own: the word.
    texts[0].setFocus()
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "Left"


def test_after_select_all_tab_still_goes_to_the_next_link(qtbot: QtBot, around: Around) -> None:
    page = around.page
    page.headings()[0].setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    text = press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(text, ReadingView)
    assert text.textCursor().selectedText() == "Arch"  # the first link, and nothing else
    assert not page.whole_selected()
    assert sum(part.textCursor().hasSelection() for part in page.texts()) == 1
