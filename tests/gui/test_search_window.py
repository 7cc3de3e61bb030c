"""Searching in the window: typing lights up zones, lists them, warns, and clears with Esc."""

from collections.abc import Callable, Iterator
from functools import partial

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflexmap.ui import map_view
from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.map_view import MapRegion
from reflexmap.ui.zone_lists import CHART_ROLE


def type_query(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.action("find").trigger()  # Ctrl+F
    assert window.search.field.hasFocus()
    qtbot.keyClicks(window.search.field, text)


def lit_zones(window: MainWindow) -> set[str]:
    return {
        item.region.zone_id
        for item in window.map_view.region_items()
        if item.brush().color().alpha() == 150
    }


def results(window: MainWindow) -> list[str]:
    """Every line of the list: the zones and the charts' names above them."""
    return [window.results_list.item(i).text() for i in range(window.results_list.count())]


def this_chart(window: MainWindow) -> list[str]:
    """The zones found in the chart shown."""
    items = [window.results_list.item(i) for i in range(window.results_list.count())]
    return [i.text() for i in items if i.flags() and not i.data(CHART_ROLE)]


def test_typing_lights_up_matching_zones_and_lists_them(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "can't slepe")
    assert lit_zones(window) == {"arch"}
    assert window.side_stack.currentWidget() is window.results_list
    assert this_chart(window) == ["Arch: can't sleep"]
    faded = [i for i in window.map_view.region_items() if i.region.zone_id != "arch"]
    assert all(i.brush().color().alpha() == 25 for i in faded)


def test_several_symptoms_rank_and_general_is_said(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "cough and headache and sore throat")
    assert this_chart(window)[0] == "Outer edge: cough, sore throat"
    assert this_chart(window)[1] == "Toe tips: headache"
    window.search.set_query("low mood")
    assert results(window) == []
    assert window.side_stack.currentWidget() is window.zone_list
    assert "in general for low mood, without naming a zone" in window.search.info.text()


def test_choosing_a_result_selects_the_zone(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "stuffy nose")
    window.results_list.setFocus()
    assert window.state.selected is None  # coming to the list chooses nothing
    qtbot.keyClick(window.results_list, Qt.Key.Key_Return)
    assert window.state.selected == "toe-pads"
    assert "Toe pads" in window.panel.details.toPlainText()


def test_esc_clears_the_search_then_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "headache")
    window.state.select("toe-tips")
    window.action("clear").trigger()  # Esc
    assert window.search.query() == ""
    assert window.state.matched_zones() is None
    assert window.side_stack.currentWidget() is window.zone_list
    assert window.state.selected == "toe-tips"
    window.action("clear").trigger()
    assert window.state.selected is None


def test_warning_sign_shows_the_notice_first(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "chest pain")
    assert window.search.notice.isVisible()
    assert window.search.notice.text().startswith("Seek medical help now")
    assert window.search.notice.y() < window.search.info.y() or not window.search.info.isVisible()
    window.search.set_query("headache")
    assert not window.search.notice.isVisible()


def test_no_match_offers_suggestions_as_buttons(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "sore knee")
    assert "No zone in this chart is linked with" in window.search.info.text()
    buttons = {b.text(): b for b in window.search.suggestion_buttons()}
    assert "sore eyes" in buttons
    qtbot.mouseClick(buttons["sore eyes"], Qt.MouseButton.LeftButton)
    assert window.search.query() == "sore eyes"
    assert lit_zones(window) == {"toe-crease-2-3"}


def test_completer_offers_known_symptoms(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "insom")
    completer = window.search.field.completer()
    assert completer is not None
    completer.setCompletionPrefix("insom")
    assert completer.currentCompletion() == "insomnia"


def test_esc_in_the_field_closes_the_suggestions_and_keeps_the_query(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Where the popup gets no keyboard grab, Esc reaches the field: it used to clear the
    # search under the popup and leave the popup open over the map.
    type_query(qtbot, window, "head")
    popup = window.search.field.popup()
    assert popup is not None
    assert popup.isVisible()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.search.query() == "head"
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)  # the popup is closed: clears
    assert window.search.query() == ""
    assert not popup.isVisible()


def test_a_search_cleared_elsewhere_closes_the_suggestions(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_query(qtbot, window, "head")
    popup = window.search.field.popup()
    assert popup is not None
    assert popup.isVisible()
    window.state.clear()
    assert not popup.isVisible()


def test_results_of_the_other_chart_follow_under_its_name(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "headache")
    names = results(window)
    article, western = window.state.chart.info.name, "Foot reflex zones, common Western chart"
    assert names[:2] == [article, "Toe tips: headache"]
    assert names[2] == western
    assert "Brain: headache" in names[3:]
    headings = [window.results_list.item(i) for i in (0, 2)]
    assert all(not item.flags() & Qt.ItemFlag.ItemIsSelectable for item in headings)
    assert "other bundled charts' zones follow" in window.search.info.text()
    assert lit_zones(window) == {"toe-tips"}  # the map shows this chart's zones only


def test_going_past_another_charts_zone_keeps_the_chart(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "headache")
    window.results_list.setFocus()
    for _ in range(window.results_list.count()):
        qtbot.keyClick(window.results_list, Qt.Key.Key_Down)
    assert window.results_list.currentRow() == window.results_list.count() - 1
    assert window.state.source.bundled == "article"
    assert window.state.selected is None  # going past chooses nothing
    qtbot.keyClick(window.results_list, Qt.Key.Key_Return)  # Enter does
    assert window.state.source.bundled == "western"


def test_choosing_another_charts_zone_shows_that_chart_with_it_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_query(qtbot, window, "headache")
    row = results(window).index("Brain: headache")
    item = window.results_list.item(row)
    box = window.results_list.visualItemRect(item)
    qtbot.mouseClick(window.results_list.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert window.state.source.bundled == "western"
    assert window.state.selected == "brain"
    assert window.search.query() == "headache"
    names = results(window)
    assert names[0] == "Foot reflex zones, common Western chart"  # now the chart shown
    assert names[names.index("Foot reflex zones, home foot-massage chart") + 1] == (
        "Toe tips: headache"
    )
    assert window.results_list.currentItem().text() == "Brain: headache"


class _Resizes(QObject):
    """Counts the resizes of a widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


def summary_readable(window: MainWindow) -> bool:
    """The summary and the suggestions have the room their lines need, in the search box."""
    box, info, suggestions = window.search, window.search.info, window.search.suggestions
    layout = box.layout()
    assert layout is not None
    # Its lines right under the field (or the notice), whatever the room kept below them.
    above = box.notice if box.notice.isVisible() else box.field
    return (
        info.height() == info.heightForWidth(info.width())
        and info.y() <= above.geometry().bottom() + 1 + layout.spacing()
        and box.rect().contains(info.geometry())
        and box.height() >= layout.totalHeightForWidth(box.width())
        and all(
            suggestions.rect().contains(button.geometry())
            for button in window.search.suggestion_buttons()
        )
    )


def type_over(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Zones found here and in the other chart, nothing here with suggestions, a symptom
    named only in general: each typed over the last (select all, then type), key by key.
    Yields the summary and whether suggestions show, at each key."""
    type_query(qtbot, window, "c")
    qtbot.wait(10)
    for query in ("cough", "knee pain", "low mood"):
        qtbot.keyClick(window.search.field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        for key in query:
            qtbot.keyClicks(window.search.field, key)
            qtbot.wait(1)
            yield f"{window.search.info.text()} {window.search.suggestions.isVisible()}"


@pytest.mark.parametrize("size", [(1200, 800), (1366, 768)])
def test_the_map_keeps_its_size_and_scale_as_results_change(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    # The summary under the field changes its lines as the results change: the map under
    # it used to be resized, re-fitted and repainted whole at nearly every key.
    window.resize(*size)
    typing = type_over(qtbot, window)
    states = {next(typing)}
    view = window.map_view
    transform, height = view.transform(), view.height()
    resizes = _Resizes(view)
    for state in typing:
        states.add(state)
        assert summary_readable(window), window.search.query()
        assert (view.height(), view.transform()) == (height, transform), window.search.query()
    assert len(states) >= 5
    assert any(state.endswith("True") for state in states)  # suggestions were shown
    assert resizes.count == 0


def test_on_a_small_window_suggestions_wrap_and_the_map_only_shrinks(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A row of suggestions as wide as its words widened the map's column, and narrowed it
    # again when they went.
    window.resize(800, 600)
    typing = type_over(qtbot, window)
    next(typing)
    view = window.map_view
    width, height = view.width(), view.height()
    for _ in typing:
        assert summary_readable(window), window.search.query()
        assert view.width() == width, window.search.query()
        assert view.height() <= height, window.search.query()
        height = view.height()


def test_the_room_kept_for_the_summary_goes_with_the_search(
    qtbot: QtBot, window: MainWindow
) -> None:
    height = window.map_view.height()
    type_query(qtbot, window, "headache")
    qtbot.waitUntil(lambda: window.map_view.height() < height)
    window.action("clear").trigger()
    qtbot.waitUntil(lambda: window.map_view.height() == height)


def test_a_summary_longer_than_usual_is_shown_whole(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(800, 600)
    type_query(qtbot, window, "c")
    qtbot.wait(10)
    usual = window.search.height()
    window.search.field.setText("the pins and needles in my big toes " * 3)
    qtbot.waitUntil(lambda: window.search.height() > usual)
    assert window.search.info.text().startswith("No zone in this chart is linked with")
    assert summary_readable(window)


def test_a_new_result_restyles_only_the_regions_whose_look_changes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Restyling every region at each key took tens of milliseconds at 5,000 regions.
    type_query(qtbot, window, "headache")
    items = window.map_view.region_items()
    before = {item: item.look for item in items}
    restyled: list[MapRegion] = []
    set_look = MapRegion.set_look

    def counted(item: MapRegion, **look: bool | None) -> None:
        restyled.append(item)
        set_look(item, **look)  # type: ignore[arg-type]

    monkeypatch.setattr(MapRegion, "set_look", counted)
    window.state.search("headache and cough")
    changed = {item for item in items if item.look != before[item]}
    assert changed
    assert len(changed) < len(items)
    assert sorted(map(id, restyled)) == sorted(map(id, changed))


def test_a_key_that_finds_the_same_zones_keeps_the_list(qtbot: QtBot, window: MainWindow) -> None:
    # Made anew at every key, a large chart's thousands of results took tens of milliseconds.
    type_query(qtbot, window, "headache")
    listed = [window.results_list.item(row) for row in range(window.results_list.count())]
    qtbot.keyClicks(window.search.field, " ")
    assert window.state.query == "headache "
    assert [window.results_list.item(r) for r in range(window.results_list.count())] == listed
    qtbot.keyClicks(window.search.field, "and cough")
    assert "Outer edge: cough" in results(window)


@pytest.mark.parametrize(
    ("many", "boxes", "fresh"),
    [(0, 10**6, 0), (map_view.MANY_RESTYLED, 0, 0), (map_view.MANY_RESTYLED, 16, 10**6)],
)
def test_the_map_as_painted_shows_each_result_and_hover(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    many: int,
    boxes: int,
    fresh: int,
) -> None:
    # A large chart's picture is painted afresh for a change of many regions, and only the
    # boxes of the regions changed for one of a few; a small chart is painted straight in
    # the part of the map exposed: every way, what is on screen is what painting every
    # region afresh gives.
    monkeypatch.setattr(map_view, "MANY_RESTYLED", many)
    monkeypatch.setattr(map_view, "BOXES_PER_PICTURE", boxes)
    monkeypatch.setattr(map_view, "FRESH_PICTURE", fresh)
    view = window.map_view.viewport()
    changes: list[Callable[[], None]] = [
        *(partial(window.search.set_query, q) for q in ("cough", "cough and headache", "")),
        *(partial(window.state.hover, zone) for zone in ("big-toe", "toe-tips", "heel", None)),
        partial(window.state.select, "toe-tips"),
        *(partial(window.search.set_query, q) for q in ("headache", "can't sleep", "")),
    ]
    for change in changes:
        change()
        qtbot.wait(20)
        shown = (
            window.screen()
            .grabWindow(window.winId())
            .copy(
                view.mapTo(window, view.rect().topLeft()).x(),
                view.mapTo(window, view.rect().topLeft()).y(),
                view.width(),
                view.height(),
            )
        )
        window.map_view.region_layer().forget()  # painted afresh, every region
        assert shown.toImage() == view.grab().toImage(), change
