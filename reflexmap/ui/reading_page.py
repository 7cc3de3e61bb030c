"""Read-only pages of rich text with headings: the zone's details, the help pages, a session.

Qt's text edit tells assistive technology nothing of the headings in its text, and the part
of its accessible interface that could is out of Python's reach. So a page is laid out as a
column of parts: each heading a label that is a heading of its level, the text under it a
read-only text edit with a cursor. The column scrolls as one page and looks as the same HTML
does in one text edit; the keyboard goes through it as through one text.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAccessibleWidget,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from . import accessibility
from .accessibility import HeadingLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QMouseEvent, QShowEvent, QTextBlock

VIEWPORT_NAME = "qt_scrollarea_viewport"

Link = tuple[int, int, str]
"""A link's start and end in its text, and where it goes."""

_MODIFIER_KEYS = frozenset((Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta))
"""Keys pressed on the way to a shortcut: they leave a selection of the whole page as it is."""

_MOVES = {
    Qt.Key.Key_Down: QTextCursor.MoveOperation.Down,
    Qt.Key.Key_Right: QTextCursor.MoveOperation.Right,
    Qt.Key.Key_Up: QTextCursor.MoveOperation.Up,
    Qt.Key.Key_Left: QTextCursor.MoveOperation.Left,
}


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """The scroll area's viewport, found by the name Qt gives it: asked for with viewport(),
    PySide6 loads every widget class to learn its type, which slows start-up by tens of ms.
    Once found, viewport() answers at once."""
    found = area.findChild(QWidget, VIEWPORT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else area.viewport()


class ReadingView(QTextEdit):
    """The text of a page between two headings: read-only rich text with a text cursor, which
    screen readers read line by line, as tall as its text (the page scrolls, not the text).

    Not a QTextBrowser: Qt reports a text browser as a label, which screen readers announce
    by its name alone; a read-only text edit is read-only text whose content is its text.
    Links work as in a browser: clicked, or reached with Tab and followed with Enter.
    """

    anchorClicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # A cursor the arrow keys move, so that the text is read line by line.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        viewport_of(self).setMouseTracking(True)
        self._pressed_link = ""
        self.document().setUndoRedoEnabled(False)  # the text is replaced, never edited
        self._heights: dict[int, int] = {}
        self.textChanged.connect(self._text_changed)

    def show_document(self, document: QTextDocument) -> None:
        """Show a copy of ``document``, the cursor at its start. Copied into the text's own
        document, not given as a new one: that takes a text edit twice as long to show."""
        own = self.document()
        own.clear()
        own.setDefaultFont(document.defaultFont())
        own.rootFrame().setFrameFormat(document.rootFrame().frameFormat())
        start = self.textCursor()
        start.setKeepPositionOnInsert(True)  # not moved on by the copy, nor heard moving
        self.setTextCursor(start)
        # A copy of a whole document keeps its first block's format (one of a part does not).
        QTextCursor(own).insertFragment(QTextDocumentFragment(document))
        start = self.textCursor()
        start.clearSelection()  # the end the copy moved on
        self.setTextCursor(start)
        self._text_changed()

    def _text_changed(self) -> None:
        self._heights.clear()
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            text_width = max(1, width - 2 * self.frameWidth())
            document = self.document()
            if document.textWidth() != text_width:
                # Measured on a copy: the text edit lays out its own text at its own width.
                document = document.clone()
                document.setTextWidth(text_width)
            self._heights[width] = math.ceil(document.size().height()) + 2 * self.frameWidth()
        return self._heights[width]

    def sizeHint(self) -> QSize:
        # As wide as it is: a layout asks for the height at this width, which a text laid out
        # at another would measure on a copy.
        return QSize(self.width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        # Its height is its text's at its width, not a scroll area's least.
        return QSize(super().minimumSizeHint().width(), 0)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        on_link = bool(self.anchorAt(event.position().toPoint()))
        shape = Qt.CursorShape.PointingHandCursor if on_link else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_link = self.anchorAt(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        link = self.anchorAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and link and link == self._pressed_link:
            self.anchorClicked.emit(QUrl(link))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        link = self._link_at_cursor()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and link:
            self.anchorClicked.emit(QUrl(link))
        else:
            super().keyPressEvent(event)

    def links(self) -> list[Link]:
        """Each link's start and end in the text, and where it goes."""
        found = []
        block = self.document().begin()
        while block.isValid():
            piece = block.begin()
            while not piece.atEnd():
                fragment = piece.fragment()
                form = fragment.charFormat()
                if form.isAnchor() and form.anchorHref():
                    start = fragment.position()
                    found.append((start, start + fragment.length(), form.anchorHref()))
                piece += 1
            block = block.next()
        return found

    def select(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _link_at_cursor(self) -> str:
        cursor = self.textCursor()
        first, last = cursor.selectionStart(), cursor.selectionEnd()
        return next((h for s, e, h in self.links() if s <= first and last <= e), "")


class ReadingPage(QScrollArea):
    """Read-only rich text as one scrolling page, whose headings (``<h1>`` to ``<h6>``) are
    headings for assistive technology and whose text between them is read-only text with a
    cursor.

    The arrow keys go on from the last line of a text to the heading after it, and back;
    Page Up and Page Down turn the whole page, Ctrl+Home and Ctrl+End go to its start and
    end. Tab goes from link to link across the page, then on to the next widget. Only the
    part last in focus is a Tab stop: Tab comes back to where the reader left the page.
    Select All selects the whole page, and Copy then copies all of it, headings included.
    """

    anchorClicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A click between the parts focuses the page, which hands the focus on.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        viewport_of(self).setBackgroundRole(QPalette.ColorRole.Base)
        self._column = QWidget(self)
        self._layout = QVBoxLayout(self._column)
        self._layout.setSpacing(0)
        self.setWidget(self._column)
        self._parts: list[QWidget] = []
        self._filter = _PartEvents(self)
        self._whole_selected = False
        """Whether the whole page is selected (Select All), rather than text in one part."""

    def sizeHint(self) -> QSize:
        # As a text edit: the page's length does not decide the size of the window's panes.
        return QAbstractScrollArea.sizeHint(self)

    def setHtml(self, html: str) -> None:
        """Show ``html``: each heading a heading, the text between two headings a text."""
        had_focus = self.hasFocus() or any(part.hasFocus() for part in self._parts)
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setHtml(html)
        old, self._parts = self._parts, []
        while self._layout.takeAt(0) is not None:
            pass
        # The parts shown are shown again with the new text, each kind in its order: making
        # widgets takes most of the time of showing a page.
        headings = [part for part in old if isinstance(part, HeadingLabel)]
        texts = [part for part in old if isinstance(part, ReadingView)]
        margin = round(document.documentMargin())
        self._layout.setContentsMargins(0, margin, 0, margin)
        name, below = self.accessibleName(), 0.0  # below: the space the part above asks for
        for first, last in _runs(document):
            if first.blockFormat().headingLevel():
                part: QWidget = self._heading(first, margin, headings.pop(0) if headings else None)
                name = first.text()
            else:
                part = self._text(document, first, last, texts.pop(0) if texts else None)
                part.setAccessibleName(name)  # its heading's
            if self._parts:
                self._layout.addSpacing(round(max(below, first.blockFormat().topMargin())))
            self._layout.addWidget(part)
            part.show()  # now, not when the layout gets round to it: it may take the focus
            self._parts.append(part)
            below = last.blockFormat().bottomMargin()
        self._layout.addStretch(1)
        if self._parts != old:
            self._chain()
        self._make_entry(self._parts[0] if self._parts else None)
        if had_focus and self._parts:
            self._parts[0].setFocus(Qt.FocusReason.OtherFocusReason)
        for part in headings + texts:
            part.hide()
            part.deleteLater()
        if self.isVisible():
            # Laid out now, as a text edit's new text is, not when Qt gets round to the
            # posted request: the window's next paint (a screenshot's) may come first.
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))
        self.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        self.setHtml("")

    def parts(self) -> list[QWidget]:
        """The headings and texts, in reading order."""
        return list(self._parts)

    def texts(self) -> list[ReadingView]:
        return [part for part in self._parts if isinstance(part, ReadingView)]

    def headings(self) -> list[HeadingLabel]:
        return [part for part in self._parts if isinstance(part, HeadingLabel)]

    def toPlainText(self) -> str:
        return "\n".join(
            part.toPlainText() if isinstance(part, ReadingView) else part.text()
            for part in self._parts
            if isinstance(part, (ReadingView, HeadingLabel))
        )

    def content_height(self, width: int) -> int:
        """How tall the page's content is at ``width`` (the width inside its frame)."""
        return self._column.heightForWidth(width)

    def showEvent(self, event: QShowEvent) -> None:
        self._chain()  # the window may have moved the page in the Tab order since
        super().showEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        entry = next((p for p in self._parts if p.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
        if entry is not None:
            entry.setFocus(event.reason())

    def select_all(self) -> None:
        """Select the text of every part, as Select All does in one text."""
        self._whole_selected = False  # each part's selection change below leaves the rest
        for part in self._parts:
            if isinstance(part, ReadingView):
                part.selectAll()
            elif isinstance(part, HeadingLabel):
                part.setSelection(0, len(part.text()))
        self._whole_selected = True  # after selectAll(), whose selection change ends it

    def whole_selected(self) -> bool:
        """Whether the whole page is selected, by Select All."""
        return self._whole_selected

    def copy_all(self) -> None:
        """Copy the whole page's text, headings included, as one text's would be copied."""
        QGuiApplication.clipboard().setText(self.toPlainText())

    def _select_in(self, part: QWidget) -> None:
        """Text is selected in ``part`` alone now: the page's other parts lose theirs."""
        if not self._whole_selected:
            return
        self._whole_selected = False
        for other in self._parts:
            if other is part:
                continue
            if isinstance(other, ReadingView):
                cursor = other.textCursor()
                cursor.clearSelection()
                other.setTextCursor(cursor)
            elif isinstance(other, HeadingLabel):
                other.setSelection(0, 0)

    def _end_selection(self, part: QWidget, key: Qt.Key) -> bool:
        """A key pressed while the whole page is selected ends the selection, as in one text;
        whether that took the key: an arrow in a text only puts the cursor at the selection's
        end (or start)."""
        self._select_in(part)
        if isinstance(part, HeadingLabel):
            part.setSelection(0, 0)
        elif isinstance(part, ReadingView) and key in _MOVES:
            cursor = part.textCursor()
            forward = key in (Qt.Key.Key_Down, Qt.Key.Key_Right)
            cursor.setPosition(cursor.selectionEnd() if forward else cursor.selectionStart())
            part.setTextCursor(cursor)
            return True
        return False

    def _entered(self, part: QWidget) -> None:
        self._make_entry(part)
        self._show(part)

    def _chain(self) -> None:
        """Put the parts just after the page in the Tab order: Qt puts a new widget last."""
        previous: QWidget = self
        for part in self._parts:
            QWidget.setTabOrder(previous, part)
            previous = part

    def _heading(self, block: QTextBlock, margin: int, label: HeadingLabel | None) -> HeadingLabel:
        """The heading ``block`` in ``label``, or in a new label."""
        if label is None:
            label = HeadingLabel(block.text(), block.blockFormat().headingLevel(), self._column)
            label.setForegroundRole(QPalette.ColorRole.Text)
            # Selectable, as a heading in one text is: Select All shows it selected.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            label.installEventFilter(self._filter)
        else:
            label.setText(block.text())
            label.level = block.blockFormat().headingLevel()
        # The font the text would lay the heading out in; the format sets only what the
        # HTML changes (size, weight), which a widget's font takes only when set one by one.
        laid_out = block.begin().fragment().charFormat().font()
        font = self.font()
        if laid_out.pointSizeF() > 0:
            font.setPointSizeF(laid_out.pointSizeF())
        else:
            font.setPixelSize(laid_out.pixelSize())
        font.setWeight(laid_out.weight())
        font.setItalic(laid_out.italic())
        label.setFont(font)
        label.setContentsMargins(margin, 0, margin, 0)
        return label

    def _text(
        self, document: QTextDocument, first: QTextBlock, last: QTextBlock, text: ReadingView | None
    ) -> ReadingView:
        """The blocks from ``first`` to ``last`` in ``text``, or in a new text."""
        own = _blocks(document, first, last)
        # The page keeps the space above and below each part, as one text edit would.
        frame = own.rootFrame().frameFormat()
        frame.setTopMargin(0)
        frame.setBottomMargin(0)
        own.rootFrame().setFrameFormat(frame)
        top = own.firstBlock().blockFormat()
        top.setTopMargin(0)
        QTextCursor(own.firstBlock()).setBlockFormat(top)
        bottom = own.lastBlock().blockFormat()
        bottom.setBottomMargin(0)
        QTextCursor(own.lastBlock()).setBlockFormat(bottom)
        if text is None:
            text = ReadingView(self._column)
            text.installEventFilter(self._filter)
            text.anchorClicked.connect(self.anchorClicked)
            shown = text
            text.cursorPositionChanged.connect(lambda: self._show(shown))
            text.selectionChanged.connect(lambda: self._select_in(shown))
        text.show_document(own)
        return text

    def _make_entry(self, entry: QWidget | None) -> None:
        for part in self._parts:
            part.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if part is entry else Qt.FocusPolicy.ClickFocus
            )

    def _show(self, part: QWidget) -> None:
        if not part.hasFocus():
            return
        if isinstance(part, ReadingView):
            rect = part.cursorRect()
            centre = part.viewport().mapTo(self._column, rect.center())
            self.ensureVisible(centre.x(), centre.y(), 0, rect.height())
        else:
            self.ensureWidgetVisible(part, 0, 0)

    def _key(self, part: QWidget, event: QKeyEvent) -> bool:
        """Whether the page took a key from ``part``: Tab, arrows that leave a part, and
        Select All and Copy, which work on the whole page."""
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
            return True
        if event.matches(QKeySequence.StandardKey.Copy) and self._whole_selected:
            self.copy_all()
            return True
        key = Qt.Key(event.key())
        if self._whole_selected and key not in _MODIFIER_KEYS and self._end_selection(part, key):
            return True
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        index = self._parts.index(part)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not modifiers & ~(
            Qt.KeyboardModifier.ShiftModifier
        ):
            self._next_link(part, key == Qt.Key.Key_Tab and not modifiers)
            return True
        if modifiers == Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        ):
            self._go(-1 if key == Qt.Key.Key_End else 0, at_end=key == Qt.Key.Key_End)
            return True
        if modifiers == Qt.KeyboardModifier.NoModifier and key in (
            Qt.Key.Key_PageDown,
            Qt.Key.Key_PageUp,
        ):
            self._turn(part, forward=key == Qt.Key.Key_PageDown)
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier or key not in _MOVES:
            return False
        if isinstance(part, ReadingView) and part.textCursor().movePosition(_MOVES[key]):
            return False  # the cursor moves within the text
        forward = key in (Qt.Key.Key_Down, Qt.Key.Key_Right)
        target = index + (1 if forward else -1)
        if 0 <= target < len(self._parts):
            self._go(target, at_end=not forward)
        return True

    def _go(self, index: int, *, at_end: bool) -> None:
        part = self._parts[index]
        if isinstance(part, ReadingView):
            part.moveCursor(
                QTextCursor.MoveOperation.End if at_end else QTextCursor.MoveOperation.Start
            )
        part.setFocus(Qt.FocusReason.OtherFocusReason)

    def _turn(self, part: QWidget, *, forward: bool) -> None:
        """Scroll the page by a page, the cursor staying where it is on screen, as in a text
        edit; at the page's end (or start), to its last (or first) line."""
        if isinstance(part, ReadingView):
            at = part.viewport().mapTo(self.viewport(), part.cursorRect().center())
        else:
            at = part.mapTo(self.viewport(), part.rect().center())
        bar = self.verticalScrollBar()
        before = bar.value()
        bar.setValue(before + (bar.pageStep() if forward else -bar.pageStep()))
        if bar.value() == before:
            self._go(-1 if forward else 0, at_end=forward)
            return
        # The part at that height now, or the one after the space it fell in.
        viewport = self.viewport()
        bottoms = ((p, p.mapTo(viewport, p.rect().bottomLeft()).y()) for p in self._parts)
        target = next((p for p, bottom in bottoms if bottom >= at.y()), self._parts[-1])
        if isinstance(target, ReadingView):
            point = target.viewport().mapFrom(self.viewport(), at)
            target.setTextCursor(target.cursorForPosition(point))
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next_link(self, part: QWidget, forward: bool) -> None:
        """Select the next (or previous) link of the page, or leave the page."""
        index = self._parts.index(part)
        here = (index, part.textCursor().selectionStart() if isinstance(part, ReadingView) else -1)
        links = [
            (at, start, end)
            for at, text in enumerate(self._parts)
            if isinstance(text, ReadingView)
            for start, end, _ in text.links()
        ]
        if forward:
            target = next((link for link in links if link[:2] > here), None)
        else:
            target = next((link for link in reversed(links) if link[:2] < here), None)
        if target is None:
            # Only the focused part is a Tab stop: Qt goes on past the others.
            QWidget.focusNextPrevChild(part, forward)
            return
        text = self._parts[target[0]]
        assert isinstance(text, ReadingView)
        text.select(target[1], target[2])
        text.setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        )


class _PartEvents(QObject):
    """Hands a page the focus and the keys of its parts."""

    def __init__(self, page: ReadingPage) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._page._entered(watched)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            return self._page._key(watched, event)
        elif kind == QEvent.Type.MouseButtonPress and isinstance(watched, HeadingLabel):
            self._page._select_in(watched)  # a text's clicks change its selection, heard there
        return False


def _blocks(document: QTextDocument, first: QTextBlock, last: QTextBlock) -> QTextDocument:
    """A document of the blocks from ``first`` to ``last`` of ``document``, each in its
    format. A copy that begins at a block loses that block's format, so the copy begins at
    the paragraph break before it, which is then taken away; the first block of all is
    copied with the whole document, cut after ``last``."""
    end = last.position() + last.length() - 1
    if first.position() == 0:
        blocks = document.clone()
        cursor = QTextCursor(blocks)
        cursor.setPosition(end)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        return blocks
    cursor = QTextCursor(document)
    cursor.setPosition(first.position() - 1)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    blocks = QTextDocument()
    blocks.setDefaultFont(document.defaultFont())
    blocks.rootFrame().setFrameFormat(document.rootFrame().frameFormat())
    copy = QTextCursor(blocks)
    copy.insertFragment(cursor.selection())
    copy.setPosition(0)
    copy.setPosition(1, QTextCursor.MoveMode.KeepAnchor)
    copy.removeSelectedText()
    copy.setBlockCharFormat(first.charFormat())  # not the break's, which it took over
    return blocks


def _runs(document: QTextDocument) -> list[tuple[QTextBlock, QTextBlock]]:
    """The document's headings, each a run of one block, and the runs of blocks between."""
    runs: list[tuple[QTextBlock, QTextBlock]] = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            runs.append((block, block))
        elif runs and not runs[-1][1].blockFormat().headingLevel():
            runs[-1] = (runs[-1][0], block)
        else:
            runs.append((block, block))
        block = block.next()
    if len(runs) == 1 and not document.toPlainText():
        return []  # nothing to read
    return runs


class _PageInterface(QAccessibleWidget):
    """A page is a document for assistive technology, named as its text."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page, QAccessible.Role.Document)


accessibility.register(ReadingPage, _PageInterface)
