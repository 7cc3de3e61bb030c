"""The running session's step in the application state, without Qt."""

from reflexmap.app.catalogue import ChartSource
from reflexmap.app.state import AppState
from reflexmap.core.model import Chart
from reflexmap.core.sessions import Step


def test_a_step_shows_its_view_and_foot_and_is_announced(chart: Chart) -> None:
    state = AppState(chart, ChartSource.of_bundled("article"))
    state.select("arch")
    seen: list[object] = []
    state.step_changed.connect(seen.append)
    state.view_changed.connect(seen.append)
    state.sides_changed.connect(seen.append)
    step = Step("achilles", "medial", "right", "stroking", "Stroke.", "light", 20, "knee")
    state.show_step(step)
    assert (state.view, state.sides, state.step) == ("medial", ("right",), step)
    assert seen == ["medial", ("right",), step]
    assert state.selected == "arch"  # the step lights its area; the selection stays
    state.show_step(step)
    assert len(seen) == 3  # the same step again announces nothing
    state.show_step(None)
    assert state.step is None
    assert seen[-1] is None
    assert state.view == "medial"  # ending leaves the view to whoever ends it
