"""The terminal commands: zones, validate, and their exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reflexmap.cli import main
from tests.conftest import copy_bundled_chart


def test_zones_prints_a_table_of_the_bundled_zones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["zones"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["ID", "SIDES", "NAME", "TRADITIONALLY", "LINKED", "WITH"]
    assert "toe-crease-2-3  left, right  Crease of the 2nd and 3rd toes  eyes" in out
    assert "not medical advice" in out


def test_zones_json_has_one_object_per_zone(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["zones", "--json"]) == 0
    zones = json.loads(capsys.readouterr().out)
    assert len(zones) == 18
    heart = next(z for z in zones if z["id"] == "heart")
    assert heart["sides"] == ["left"]
    assert heart["chart"] == "article"
    assert heart["views"] == ["plantar"]
    ankle = next(z for z in zones if z["id"] == "ankle")
    assert (ankle["kind"], ankle["views"]) == ("area", ["dorsal", "medial", "lateral"])
    for key in ("id", "name", "sides", "claim", "associations", "symptoms", "technique", "source"):
        assert key in heart
    assert heart["claim"].startswith("Traditional charts")
    assert {"term", "synonyms"} <= heart["symptoms"][0].keys()


def test_zones_json_keeps_its_keys_their_order_and_nested_objects(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What scripts read: the zone's records are objects, not lists of their values."""
    assert main(["zones", "--json"]) == 0
    heart = next(z for z in json.loads(capsys.readouterr().out) if z["id"] == "heart")
    assert list(heart) == [
        *("id", "name", "sides", "location", "claim", "associations", "symptoms"),
        *("technique", "cautions", "source", "views", "kind", "note", "system", "chart"),
    ]
    assert list(heart["technique"]) == ["movement", "pressure", "duration", "direction", "uses"]
    assert heart["technique"]["uses"] == ["pressing", "stroking"]
    assert [list(symptom) for symptom in heart["symptoms"]] == [["term", "synonyms"]] * len(
        heart["symptoms"]
    )
    assert type(heart["symptoms"][0]["synonyms"]) is list


def test_validate_bundled_chart(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.strip().endswith("OK, 18 zones, 47 regions on 4 view(s)")


def test_validate_loads_no_qt_and_places_no_label_points() -> None:
    """Checking a chart needs neither the window's toolkit nor where labels go (a third of
    parsing a drawing)."""
    code = (
        "import sys\n"
        "from reflexmap.core import foot_map\n"
        "def fail(*args):\n"
        "    raise AssertionError('a label point placed')\n"
        "foot_map.label_point = fail\n"
        "from reflexmap.cli import main\n"
        "assert main(['--lang', 'en', 'validate']) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == "[]"


def test_validate_reports_each_problem_on_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zones, drawing = copy_bundled_chart(tmp_path)
    text = zones.read_text()
    zones.write_text(text.replace("  - id: heart\n", "  - id: hearth\n"))
    assert main(["validate", "--zones", str(zones)]) == 1
    lines = capsys.readouterr().out.splitlines()
    svg_line = drawing.read_text().splitlines()
    heart_line = next(n for n, line in enumerate(svg_line, 1) if 'id="left-heart"' in line)
    assert f"{drawing}:{heart_line}: region 'left-heart' has no zone 'heart' in {zones}" in lines
    hearth_line = text.splitlines().index("  - id: heart") + 1
    assert f"{zones}:{hearth_line}: zone 'hearth' has no region 'left-hearth' in {drawing}" in lines


def test_options_may_come_before_the_command(tmp_path: Path) -> None:
    missing = tmp_path / "missing.svg"
    assert main(["--map", str(missing), "validate"]) == 1


def test_unreadable_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--map", str(tmp_path / "nope.svg")]) == 1
    assert (
        capsys.readouterr().out
        == f"{tmp_path / 'nope.svg'}: cannot read: No such file or directory\n"
    )


@pytest.mark.parametrize("argv", [["--bogus"], ["zones", "--tables"], ["--size", "12"]])
def test_usage_errors_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2


def test_installed_command_finds_the_bundled_chart_from_any_directory(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reflexmap", "validate"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "OK, 18 zones, 47 regions on 4 view(s)" in result.stdout
