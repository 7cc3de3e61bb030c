"""What assistive technology gets beyond Qt's own widgets: announcements, the seek-help notice
as an alert, and the map's regions as accessible objects of their own."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtGui
from PySide6.QtCore import QObject, QPoint, QRect, Qt, QUrl, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAccessibleWidget,
    QLabel,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QMouseEvent, QWindow

Announcer = Callable[[QAccessibleEvent], object]
VIEWPORT_NAME = "qt_scrollarea_viewport"

_handlers: list[Announcer] = []
_factories: dict[type[QWidget], Callable[[QWidget], QAccessibleInterface]] = {}


def add_announcement_handler(handler: Announcer) -> None:
    """Also give each announcement to ``handler`` (tests check what would be said)."""
    _handlers.append(handler)


def remove_announcement_handler(handler: Announcer) -> None:
    _handlers.remove(handler)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` now (assertive) or when they are idle (polite)."""
    event: QAccessibleEvent
    if hasattr(QtGui, "QAccessibleAnnouncementEvent"):  # Qt 6.8 and later
        event = QtGui.QAccessibleAnnouncementEvent(widget, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    else:
        # Before Qt 6.8: an alert is read at once; a changed name is read as the widget's
        # news, which is as near to polite as older bridges come.
        kind = QAccessible.Event.Alert if assertive else QAccessible.Event.NameChanged
        event = QAccessibleEvent(widget, kind)
    for handler in list(_handlers):
        handler(event)
    QAccessible.updateAccessibility(event)


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    for widget_class, make in _factories.items():
        if isinstance(obj, widget_class):
            return make(obj)
    return None


def register(widget_class: type[QWidget], make: Callable[[QWidget], QAccessibleInterface]) -> None:
    """Give widgets of ``widget_class`` the interface ``make`` returns."""
    if not _factories:
        QAccessible.installFactory(_factory)
    _factories[widget_class] = make


def caret_browsing(browser: QTextBrowser | QTextEdit) -> None:
    """Read-only text with a cursor the arrow keys move, so that it is read line by line;
    links are still followed with Tab and Enter."""
    browser.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """The scroll area's viewport, found by the name Qt gives it: asked for with viewport(),
    PySide6 loads every widget class to learn its type, which slows start-up by tens of ms.
    Once found, viewport() answers at once."""
    found = area.findChild(QWidget, VIEWPORT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else area.viewport()


class ReadingView(QTextEdit):
    """Read-only rich text with a text cursor, which screen readers read line by line.

    Not a QTextBrowser: Qt reports a text browser as a label, which screen readers announce
    by its name alone; a read-only text edit is read-only text whose content is its text.
    Links work as in a browser: clicked, or reached with Tab and followed with Enter.
    """

    anchorClicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        caret_browsing(self)
        viewport_of(self).setMouseTracking(True)
        self._pressed_link = ""

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

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab goes from link to link, then on to the next widget.
        if self.hasFocus() and self._select_next_link(next):
            return True
        return super().focusNextPrevChild(next)

    def links(self) -> list[tuple[int, int, str]]:
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

    def _link_at_cursor(self) -> str:
        cursor = self.textCursor()
        first, last = cursor.selectionStart(), cursor.selectionEnd()
        return next((h for s, e, h in self.links() if s <= first and last <= e), "")

    def _select_next_link(self, forward: bool) -> bool:
        at = self.textCursor().selectionStart()
        links = self.links()
        ahead = [link for link in links if link[0] > at] if forward else []
        behind = [] if forward else [link for link in links if link[0] < at]
        target = ahead[0] if ahead else behind[-1] if behind else None
        if target is None:
            return False
        cursor = self.textCursor()
        cursor.setPosition(target[0])
        cursor.setPosition(target[1], cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return True


# The seek-help notice.


class AlertLabel(QLabel):
    """A label that is an alert for assistive technology, its text its accessible text, and
    that is announced at once whenever it shows new text."""

    def show_alert(self, text: str) -> None:
        changed = text != self.text() or not self.isVisible()
        self.setText(text)
        self.setVisible(bool(text))
        if text and changed:
            announce(self, text, assertive=True)


class _AlertInterface(QAccessibleWidget):
    def __init__(self, label: QWidget) -> None:
        super().__init__(label, QAccessible.Role.AlertMessage)
        self._label = label

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name and isinstance(self._label, QLabel):
            return self._label.text()
        return super().text(t)


register(AlertLabel, _AlertInterface)


# The map's regions.


class RegionMap(Protocol):
    """What the map's interface needs of the map widget."""

    def accessible_regions(self) -> Sequence[str]:
        """The ids of the regions on show, in reading order."""

    def region_id_at(self, viewport_pos: QPoint) -> str | None: ...

    def region_screen_rect(self, region_id: str) -> QRect: ...

    def region_texts(self, region_id: str) -> tuple[str, str]:
        """The region's name and description."""

    def region_selected(self, region_id: str) -> bool: ...

    def focused_region(self) -> str | None:
        """The region with the keyboard focus, if the map has it."""


class RegionInterface(QAccessibleInterface):
    """One region of the map: a child of the map's interface, found again by its id."""

    def __init__(self, owner: MapInterface, region_id: str) -> None:
        super().__init__()
        self._owner = owner
        self.region_id = region_id

    def _map(self) -> RegionMap:
        return self._owner.region_map()

    def isValid(self) -> bool:
        return self._owner.isValid() and self.region_id in self._map().accessible_regions()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._owner.window()

    def parent(self) -> QAccessibleInterface:
        return self._owner

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def text(self, t: QAccessible.Text) -> str:
        if not self.isValid():
            return ""
        name, description = self._map().region_texts(self.region_id)
        if t == QAccessible.Text.Name:
            return name
        return description if t == QAccessible.Text.Description else ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass  # the chart's words are not edited here

    def rect(self) -> QRect:
        return self._map().region_screen_rect(self.region_id) if self.isValid() else QRect()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Graphic

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        if self.isValid():
            region_map = self._map()
            state.selected = region_map.region_selected(self.region_id)
            state.focused = region_map.focused_region() == self.region_id
        else:
            state.invisible = True
        return state


class MapInterface(QAccessibleWidget):
    """The map, whose children are its regions on show, so that review and hit-testing
    reach them."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Client)
        self._widget = widget
        # One interface per region id for the map's life: Qt caches them by address, and
        # nothing deletes an interface without an object, so they go with the map.
        self._children: dict[str, RegionInterface] = {}
        children = self._children
        widget.destroyed.connect(lambda: _forget(children.values()))

    def region_map(self) -> RegionMap:
        return self._widget  # type: ignore[return-value]

    def region(self, region_id: str) -> RegionInterface:
        if region_id not in self._children:
            self._children[region_id] = RegionInterface(self, region_id)
        return self._children[region_id]

    def childCount(self) -> int:
        return len(self.region_map().accessible_regions())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        regions = self.region_map().accessible_regions()
        return self.region(regions[index]) if 0 <= index < len(regions) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        regions = list(self.region_map().accessible_regions())
        if isinstance(child, RegionInterface) and child.region_id in regions:
            return regions.index(child.region_id)
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        viewport = self._widget.viewport() if hasattr(self._widget, "viewport") else self._widget
        region_id = self.region_map().region_id_at(viewport.mapFromGlobal(QPoint(x, y)))
        return self.region(region_id) if region_id is not None else None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        focused = self.region_map().focused_region()
        return self.region(focused) if focused is not None else None


def _forget(interfaces: Iterable[QAccessibleInterface]) -> None:
    for interface in list(interfaces):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def map_event(widget: QWidget, kind: QAccessible.Event, region_id: str | None) -> None:
    """Tell assistive technology about the map, or about one of its regions."""
    event = QAccessibleEvent(widget, kind)
    if region_id is not None:
        regions = list(widget.accessible_regions())  # type: ignore[attr-defined]
        if region_id not in regions:
            return
        event.setChild(regions.index(region_id))
    QAccessible.updateAccessibility(event)
