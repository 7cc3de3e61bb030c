"""What a screen reader gets, read in process through QAccessible: roles, names, text, the
map's regions and the announcements, with no screen reader running."""

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from reflexmap.core.model import Chart
from reflexmap.ui import accessibility
from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.reading_page import ReadingPage, ReadingView

from .reading import Part, focused, reading_order

Said = tuple[str, bool]
"""An announcement: its text, and whether it interrupts (assertive)."""


@pytest.fixture
def said() -> Iterator[list[Said]]:
    """What the window announces, as a screen reader would receive it."""
    heard: list[Said] = []

    def hear(event: QAccessibleEvent) -> None:
        assert event.type() == QAccessible.Event.Announcement
        assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive  # type: ignore[attr-defined]
        heard.append((event.message(), assertive))  # type: ignore[attr-defined]

    accessibility.add_announcement_handler(hear)
    yield heard
    accessibility.remove_announcement_handler(hear)


def interface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


def name(iface: QAccessibleInterface) -> str:
    return iface.text(QAccessible.Text.Name)


def selected_text() -> str:
    widget = focused()
    return widget.textCursor().selectedText() if isinstance(widget, ReadingView) else ""


def full_text(iface: QAccessibleInterface) -> str:
    text = iface.textInterface()
    assert text is not None
    return text.text(0, text.characterCount())


def search(qtbot: QtBot, window: MainWindow, query: str) -> None:
    """Enter a whole query at once, as a paste does: typed letter by letter, a slow machine
    pauses long enough mid-word for the words typed so far to be announced."""
    window.action("find").trigger()
    window.search.field.insert(query)


# 1. The seek-help notice, the disclaimer and the contraindications.


def test_the_seek_help_notice_is_an_alert_read_at_once(
    qtbot: QtBot, window: MainWindow, said: list[Said]
) -> None:
    search(qtbot, window, "chest pain")
    notice = interface(window.search.notice)
    assert notice.role() == QAccessible.Role.AlertMessage
    assert name(notice).startswith("Seek medical help now")
    assert name(notice) == window.search.notice.text()
    assert (window.search.notice.text(), True) in said
    assert sum(assertive for _, assertive in said) == 1  # once, not at every key


def test_the_disclaimer_and_contraindications_are_read_as_their_text(
    window: MainWindow, chart: Chart
) -> None:
    assert chart.info.disclaimer in name(interface(window.banner))
    window.panel.contraindications_toggle.click()
    shown = name(interface(window.panel.contraindications))
    assert chart.zone_data.contraindications[0] in shown


# 2. Search results.


def test_search_results_are_announced_politely(
    qtbot: QtBot, window: MainWindow, said: list[Said]
) -> None:
    search(qtbot, window, "cough and headache")
    qtbot.waitUntil(lambda: bool(said))
    assert len(said) == 1  # once typing pauses
    text, assertive = said[0]
    result = window.state.result
    assert result is not None
    assert text.startswith(f"{len(result.results)} zones found.")
    more = sum(len(found.result.results) for found in window.state.elsewhere)
    assert more
    assert f"{more} more in the other charts, listed after them." in text
    assert not assertive


def test_no_match_and_suggestions_are_announced_and_reachable_by_keyboard(
    qtbot: QtBot, window: MainWindow, said: list[Said]
) -> None:
    search(qtbot, window, "knee pain")
    qtbot.waitUntil(lambda: bool(said))
    text, assertive = said[-1]
    assert not assertive
    assert text.startswith('No zone in this chart is linked with "knee pain".')
    assert "1 found in the other charts, listed under their names." in text
    assert "Did you mean:" in text
    buttons = window.search.suggestion_buttons()
    assert buttons
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert all(name(interface(b)) == b.text() for b in buttons)
    buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    term = buttons[0].text()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Space)
    assert window.search.query() == term


# 3. The map's regions.


def test_each_region_on_show_is_a_child_of_the_map(window: MainWindow, chart: Chart) -> None:
    view = window.map_view
    map_iface = interface(view)
    assert map_iface.childCount() == len(chart.foot_map.regions) == 21
    for index in range(map_iface.childCount()):
        child = map_iface.child(index)
        assert child is not None
        assert child.parent() is map_iface
        assert map_iface.indexOfChild(child) == index
        assert child.role() == QAccessible.Role.Graphic
        region = next(r for r in chart.foot_map.regions if r.id == view.accessible_regions()[index])
        zone = chart.zone(region.zone_id)
        assert name(child) == f"{zone.name}, zone {chart.number(zone.id)}"
        description = child.text(QAccessible.Text.Description)
        assert description.startswith(f"{region.side} foot, the sole. ")
        anchor = view.viewport().mapToGlobal(view.mapFromScene(QPointF(*region.anchor)))
        assert child.rect().contains(anchor)


def test_hit_testing_finds_the_region_not_the_drawing(window: MainWindow, chart: Chart) -> None:
    view = window.map_view
    map_iface = interface(view)
    for region in chart.foot_map.regions:
        at = view.viewport().mapToGlobal(view.mapFromScene(QPointF(*region.anchor)))
        hit = map_iface.childAt(at.x(), at.y())
        assert hit is not None
        expected = view.region_at(view.viewport().mapFromGlobal(at))
        assert expected is not None
        assert hit is map_iface.child(view.accessible_regions().index(expected.region.id))
    corner = view.viewport().mapToGlobal(QPoint(2, 2))
    assert map_iface.childAt(corner.x(), corner.y()) is None


def test_one_foot_shown_has_only_its_regions(window: MainWindow, chart: Chart) -> None:
    window.action("sides-right").trigger()
    map_iface = interface(window.map_view)
    right = [r for r in chart.foot_map.regions if r.side == "right"]
    assert map_iface.childCount() == len(right)
    for index in range(map_iface.childCount()):
        child = map_iface.child(index)
        assert child is not None
        assert child.text(QAccessible.Text.Description).startswith("right foot")


def test_selected_and_focused_states(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map_view
    map_iface = interface(view)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    focused = map_iface.focusChild()
    assert focused is not None
    assert focused.state().focused
    assert not focused.state().selected
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert focused.state().selected
    others = [map_iface.child(i) for i in range(map_iface.childCount())]
    assert sum(bool(c and c.state().focused) for c in others) == 1


def anchor_of(window: MainWindow) -> tuple[tuple[float, float], str]:
    """Where the focused region is, and on which foot."""
    focused = window.map_view.focused_region()
    assert focused is not None
    item = next(i for i in window.map_view.region_items() if i.region.id == focused)
    return item.region.anchor, item.region.side


def test_arrow_keys_move_by_position_within_one_foot(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map_view
    view.setFocus()
    for key, axis, sign in (
        (Qt.Key.Key_Down, 1, 1),
        (Qt.Key.Key_Down, 1, 1),
        (Qt.Key.Key_Right, 0, 1),
        (Qt.Key.Key_Up, 1, -1),
        (Qt.Key.Key_Left, 0, -1),
    ):
        before = anchor_of(window)
        qtbot.keyClick(view, key)
        after = anchor_of(window)
        assert after[1] == before[1] == "left"
        if after != before:  # at the edge of the foot the focus stays
            assert (after[0][axis] - before[0][axis]) * sign > 0, key
    lit = [i for i in view.region_items() if i.pen().widthF() > 1]
    assert {i.region.zone_id for i in lit} == {window.state.hovered}  # one zone, both feet


def test_tab_goes_to_the_other_foot_then_on(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert anchor_of(window)[1] == "left"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.hasFocus()
    assert anchor_of(window)[1] == "right"
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert anchor_of(window)[1] == "left"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.zone_list


def test_enter_selects_and_says_so(qtbot: QtBot, window: MainWindow, said: list[Said]) -> None:
    view = window.map_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    selected = window.state.selected
    assert selected is not None
    assert (f"{window.state.chart.zone(selected).name} selected", False) in said


def test_the_focused_region_has_a_focus_ring(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    zone = window.state.hovered
    ringed = view.viewport().grab().toImage()
    window.zone_list.setFocus()
    window.state.hover(zone)  # the same look but for the ring
    assert view.viewport().grab().toImage() != ringed


def test_also_at_this_spot_is_reachable_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.state.select("deep-arch")
    details = window.panel.details
    assert "Also at this spot: Arch" in details.toPlainText()
    details.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)  # back to the last link
    for _ in range(4):
        if selected_text() == "Arch":
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert selected_text() == "Arch"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert window.state.selected == "arch"
    # The focus stays in the details, now at the new zone's name.
    assert focused() is details.headings()[0]
    assert details.headings()[0].text() == "Arch"


# 4. The details panel and the help texts.


def test_details_are_text_with_a_cursor_and_no_stray_characters(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.state.select("heel")
    texts = window.panel.details.texts()
    text = "\n".join(full_text(interface(part)) for part in texts)
    assert "Movement: " in text
    assert "\ufdd0" not in text
    assert "\ufdd1" not in text
    technique = next(part for part in texts if "Movement: " in part.toPlainText())
    technique.setFocus()
    cursor = interface(technique).textInterface()
    assert cursor is not None
    start = cursor.cursorPosition()
    qtbot.keyClick(technique, Qt.Key.Key_Down)
    assert cursor.cursorPosition() > start


def test_help_texts_have_a_cursor_and_no_stray_characters(window: MainWindow) -> None:
    for dialog in (window.show_shortcuts(), window.show_contraindications()):
        page = dialog.findChild(ReadingPage)
        assert isinstance(dialog, QDialog)
        assert page is not None
        texts = page.texts()
        dialog.close()  # open, it would keep the next window from the mouse
        assert texts
        for part in texts:
            flags = part.textInteractionFlags()
            assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
            # Read-only text, read line by line; a text browser is reported as a label.
            assert interface(part).role() == QAccessible.Role.EditableText
            assert interface(part).state().readOnly
            text = full_text(interface(part))
            assert text
            assert "\ufdd0" not in text


def test_the_details_have_the_zone_and_its_sections_as_headings(window: MainWindow) -> None:
    window.state.select("heel")
    order = reading_order(window.panel.details)
    assert [(text, level) for kind, text, level in order if kind == "heading"] == [
        ("Heel centre", 2),
        ("Traditional claim", 4),
        ("Suggested technique", 4),
        ("Cautions", 4),
    ]
    assert [kind for kind, _, _ in order] == ["heading", "text"] * 4  # each with its text
    texts = [text for kind, text, _ in order if kind == "text"]
    assert texts[0] == "Left and right foot. The middle of the heel pad, on both feet."
    assert texts[1].startswith("Traditional charts link the centre of the heel")
    assert texts[2].startswith("Movement: Tap the heel")
    assert "Where other charts put this" in texts[3]


def test_with_nothing_selected_the_chart_name_is_a_heading(window: MainWindow) -> None:
    order = reading_order(window.panel.details)
    assert order[0] == ("heading", window.state.chart.info.name, 3)
    assert order[1][0] == "text"
    assert order[1][1].startswith("Click a region of the foot")


def read_and_close(dialog: QDialog) -> list[Part]:
    """A help dialog's page as a screen reader reads it; the dialog is closed after."""
    page = dialog.findChild(ReadingPage)
    assert page is not None
    order = reading_order(page)
    dialog.close()  # open, it would keep the next window from the mouse
    return order


def test_the_help_pages_have_their_sections_as_headings(window: MainWindow) -> None:
    order = read_and_close(window.show_about_claims())
    headings = [(text, level) for kind, text, level in order if kind == "heading"]
    assert headings[0] == ("About these claims", 2)
    assert ("No convincing evidence for any medical condition.", 4) in headings
    assert ("Staying safe.", 4) in headings
    # Each heading has its text after it.
    kinds = [kind for kind, _, _ in order]
    assert kinds[-1] == "text"
    assert all(after == "text" for kind, after in itertools.pairwise(kinds) if kind == "heading")
    evidence = order[kinds.index("heading", 1) + 1][1]
    assert evidence.startswith("A systematic review of 18 randomised trials")


def test_the_about_box_names_reflexmap_as_its_heading(window: MainWindow) -> None:
    order = read_and_close(window.show_about())
    assert order[0][0] == "heading"
    assert order[0][1].startswith("reflexmap ")
    assert order[0][2] == 2


def test_tab_into_the_details_reaches_the_zone_name_heading(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.state.select("heel")
    window.zone_list.setFocus()  # the results are hidden with no search
    qtbot.keyClick(window.zone_list, Qt.Key.Key_Tab)
    heading = window.panel.details.headings()[0]
    assert focused() is heading
    assert interface(heading).state().focused
    assert name(interface(heading)) == "Heel centre"


# 5. Focus, keys and names.


def test_tabbing_into_the_zone_list_selects_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.map_view.setFocus()
    qtbot.keyClick(window.map_view, Qt.Key.Key_Tab)  # to the right foot
    qtbot.keyClick(window.map_view, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.zone_list
    assert window.state.selected is None


def test_type_ahead_in_the_zone_list_goes_by_name(
    qtbot: QtBot, window: MainWindow, chart: Chart
) -> None:
    window.zone_list.setFocus()
    qtbot.keyClicks(window.zone_list, "deep")
    assert window.state.selected == "deep-arch"
    assert chart.zone("deep-arch").name.lower().startswith("deep")


def test_esc_in_the_completer_keeps_the_query(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "head")
    popup = window.search.field.popup()
    assert popup is not None
    assert popup.isVisible()
    assert name(interface(popup)) == "Known symptoms"
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.search.query() == "head"
    assert window.state.query == "head"


def test_down_from_the_search_goes_to_the_results(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "headache")
    popup = window.search.field.popup()
    assert popup is not None
    popup.hide()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert window.focusWidget() is window.results_list
    assert window.state.selected is None


def test_down_in_the_completer_goes_to_the_results(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "headache")
    popup = window.search.field.popup()
    assert popup is not None
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert not popup.isVisible()
    assert window.focusWidget() is window.results_list
    assert window.search.query() == "headache"


def test_a_warning_sign_is_not_followed_by_a_count(
    qtbot: QtBot, window: MainWindow, said: list[Said]
) -> None:
    search(qtbot, window, "chest pain")
    qtbot.wait(800)
    assert "zones found" not in " ".join(text for text, _ in said)


def test_a_window_closed_before_the_count_is_read_says_nothing(
    qtbot: QtBot, window: MainWindow, said: list[Said]
) -> None:
    # A closed window's late count was heard over the next window's warning notice.
    search(qtbot, window, "headache")
    window.close()
    qtbot.wait(800)
    assert said == []


def test_handles_and_buttons_are_named_and_the_toggle_is_a_button(window: MainWindow) -> None:
    assert name(interface(window.splitter.handle(1)))
    assert name(interface(window.side_splitter.handle(1)))
    clear = [w for w in window.search.field.findChildren(QWidget) if name(interface(w))]
    assert any(name(interface(w)) == "Clear the search" for w in clear)
    toggle = interface(window.panel.contraindications_toggle)
    assert toggle.role() == QAccessible.Role.Button
    assert name(toggle) == "Show general contraindications"
    window.panel.contraindications_toggle.click()
    assert name(toggle) == "Hide general contraindications"


def test_the_details_are_read_only_text_not_a_label(window: MainWindow) -> None:
    # A QTextBrowser is reported as a label: focusing it said only "Zone details label".
    window.state.select("heel")
    page = interface(window.panel.details)
    assert page.role() == QAccessible.Role.Document
    assert name(page) == "Zone details"
    for text in window.panel.details.texts():
        details = interface(text)
        assert details.role() == QAccessible.Role.EditableText
        assert details.state().readOnly
        assert details.state().multiLine
        assert details.state().focusable
    first = interface(window.panel.details.texts()[0])
    assert full_text(first).startswith("Left and right foot.")


def test_the_details_links_are_reached_with_tab_and_followed_with_enter(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.state.select("toe-tips")
    details = window.panel.details
    links = [(text, link) for text in details.texts() for link in text.links()]
    assert len(links) >= 1
    details.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    text, (start, end, href) = links[0]
    assert focused() is text
    cursor = text.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, end)
    with qtbot.waitSignal(details.anchorClicked) as followed:
        qtbot.keyClick(text, Qt.Key.Key_Return)
    assert followed.args[0].toString() == href
    for _ in links:  # past the last link, Tab leaves the details
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert not details.isAncestorOf(focused())
