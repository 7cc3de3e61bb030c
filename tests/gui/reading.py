"""What a screen reader gets of a page of text with headings, read through QAccessible."""

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget

Part = tuple[str, str, object]
"""A heading (its name and level) or a text (its whole text, no level)."""


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def described(iface: QAccessibleInterface) -> Part:
    if iface.role() == QAccessible.Role.Heading:
        attributes = iface.attributesInterface()
        assert attributes is not None
        level = attributes.attributeValue(QAccessible.Attribute.Level)
        return "heading", iface.text(QAccessible.Text.Name), level
    text = iface.textInterface()
    assert text is not None
    return "text", text.text(0, text.characterCount()), None


def reading_order(page: QWidget) -> list[Part]:
    """The page's headings and texts, walked through its accessible tree as a screen
    reader does, in order."""
    found = []

    def walk(iface: QAccessibleInterface) -> None:
        if iface.role() in (QAccessible.Role.Heading, QAccessible.Role.EditableText):
            found.append(described(iface))
            return
        for index in range(iface.childCount()):
            child = iface.child(index)
            if child is not None and not child.state().invisible:
                walk(child)

    root = QAccessible.queryAccessibleInterface(page)
    assert root is not None
    walk(root)
    return found
