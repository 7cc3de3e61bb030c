"""The zones file loader: strict, and every problem reported with its line and column."""

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from yaml.nodes import MappingNode, Node, ScalarNode

from reflexmap.core import loader, zones_file
from reflexmap.core.errors import ChartError
from reflexmap.core.zones_file import MAX_BYTES, load_zones

MINIMAL = """\
chart:
  name: Test chart
  source: A test
  disclaimer: Claims only.
techniques:
  - id: pressing
    name: Pressing
    how: Press.
red_flags:
  notice: Seek help.
  signs:
    - term: chest pain
contraindications: [fever]
zones:
  - id: heel
    name: Heel
    sides: [left, right]
    location: The heel.
    claim: Traditional charts link the heel with rest.
    associations: [rest]
    symptoms:
      - term: tiredness
        also: [fatigue]
    technique:
      movement: Press.
      pressure: Firm.
      duration: A minute.
      direction: Upward.
      uses: [pressing]
    source: A section
"""


def problems(text: str | bytes) -> list[str]:
    with pytest.raises(ChartError) as caught:
        load_zones(text, "z.yaml")
    return [str(p) for p in caught.value.problems]


def test_minimal_file_loads_into_records() -> None:
    data = load_zones(MINIMAL, "z.yaml")
    zone = data.zones[0]
    assert zone.id == "heel"
    assert zone.sides == ("left", "right")
    assert zone.symptoms[0].term == "tiredness"
    assert zone.symptoms[0].synonyms == ("fatigue",)
    assert zone.technique.uses == ("pressing",)
    assert zone.line == 15
    assert data.contraindications == ("fever",)
    assert data.red_flags.signs[0].term == "chest pain"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "    sides: [left, right]",
            "    sides: [left, no]",
            "z.yaml:17:19: side 'no' would be read as a yes/no value; put it in quotes",
        ),
        (
            "    name: Heel\n",
            "    name: Heel\n    colour: red\n",
            "z.yaml:17:5: unknown key 'colour' in a zone (expected: id, name, sides,",
        ),
        (
            "    name: Heel\n",
            "    name: Heel\n    name: Foot\n",
            "z.yaml:17:5: duplicate key 'name' in a zone",
        ),
        ("    location: The heel.\n", "", "z.yaml:15:5: a zone is missing 'location'"),
        (
            "      duration: A minute.",
            "      duration: 2",
            "z.yaml:27:17: duration '2' would be read as a number; put it in quotes",
        ),
        (
            "  name: Test chart",
            "  name: !!str Test chart",
            "z.yaml:2:9: YAML tags (tag:yaml.org,2002:str) are not allowed",
        ),
        (
            "  name: Test chart",
            "  name: &n Test chart",
            "z.yaml:2:9: anchors (&name) are not allowed",
        ),
        ("    name: Heel", "    name: *n", "z.yaml:16:11: aliases (*name) are not allowed"),
        (
            "    sides: [left, right]",
            "    sides: [left, middle]",
            "z.yaml:17:19: side 'middle' must be 'left' or 'right'",
        ),
        (
            "      uses: [pressing]",
            "      uses: [pinching]",
            "z.yaml:29:14: unknown technique 'pinching' (not in techniques)",
        ),
        (
            "  - id: heel",
            "  - id: Heel Centre",
            "z.yaml:15:9: zone id 'Heel Centre' must be lower-case words joined by '-'",
        ),
        (
            "    symptoms:\n",
            "    symptoms: tiredness\n    unused:\n",
            "z.yaml:21:15: symptoms must be a list, not 'tiredness'",
        ),
        (
            "    name: Pressing",
            "    name: [Pressing]",
            "z.yaml:7:11: technique name must be text, not a list",
        ),
        (
            "  name: Test chart",
            "  name: Test chart\n\tbad: tab",
            "z.yaml:3:1: a tab character here: indent YAML with spaces, not tabs",
        ),
        ("  name: Test chart", "  name: 'unclosed", "z.yaml:"),
    ],
)
def test_each_mistake_is_reported_with_its_place(old: str, new: str, expected: str) -> None:
    assert old in MINIMAL
    found = problems(MINIMAL.replace(old, new, 1))
    assert any(p.startswith(expected) for p in found), found


def test_sides_and_views_read_in_one_order_whatever_the_files() -> None:
    text = MINIMAL.replace(
        "    sides: [left, right]", "    sides: [right, left]\n    views: [medial, plantar]"
    )
    zone = load_zones(text, "z.yaml").zones[0]
    assert zone.sides == ("left", "right")
    assert zone.views == ("plantar", "medial")


def test_all_problems_are_reported_at_once() -> None:
    text = (
        MINIMAL.replace("    sides: [left, right]", "    sides: [left, left]").replace(
            "      pressure: Firm.\n", ""
        )
        + MINIMAL[MINIMAL.index("  - id: heel") :]
    )
    found = problems(text)
    assert "z.yaml:17:19: side 'left' is listed twice" in found
    assert "z.yaml:25:7: technique is missing 'pressure'" in found
    assert "z.yaml:30:9: duplicate zone id 'heel'" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "z.yaml: file is empty"),
        ("# only a comment\n", "z.yaml: file is empty"),
        ("- a\n- b\n", "z.yaml:1:1: the zones file must be a mapping"),
        (b"\xff\xfe\x00garbage", "z.yaml: not UTF-8 text"),
        (
            "a: 1\n---\nb: 2\n",
            "z.yaml:2:1: expected a single document in the stream, but found another document",
        ),
        ("a: [" * 5000, "z.yaml: nesting is too deep"),
    ],
)
def test_unusable_files(text: str | bytes, expected: str) -> None:
    assert problems(text)[0].startswith(expected)


def test_oversized_file_is_refused_before_parsing() -> None:
    found = problems("#" * (MAX_BYTES + 1))
    assert found == ["z.yaml: file is larger than 2 MB; a zones file is much smaller"]


def test_quoted_yaml_words_stay_text() -> None:
    data = load_zones(MINIMAL.replace("    name: Heel", "    name: 'no'"), "z.yaml")
    assert data.zones[0].name == "no"


def test_bundled_file_has_no_line_over_100_characters() -> None:
    # Practitioners edit this file by hand: keep it readable.
    path = Path(__file__).parent.parent / "data" / "zones.yaml"
    long = [n for n, line in enumerate(path.read_text().splitlines(), 1) if len(line) > 100]
    assert long == []


def test_problem_format_is_file_line_column() -> None:
    found = problems(MINIMAL.replace("    name: Heel", "    name: yes"))
    assert re.fullmatch(r"z\.yaml:\d+:\d+: .+", found[0])


def bundled_text() -> str:
    return (Path(__file__).parent.parent / "data" / "zones.yaml").read_text()


def big_file() -> str:
    """The bundled zones, copied under new ids until the file is large enough for libyaml."""
    head, zones = (
        (Path(__file__).parent.parent / "data" / "zones.yaml").read_text().split("\nzones:\n", 1)
    )
    copies = [re.sub(r"^  - id: (\S+)", rf"  - id: \1-x{n}", zones, flags=re.M) for n in range(17)]
    return head + "\nzones:\n" + "".join(copies)


def _outcome(text: str) -> object:
    try:
        data = load_zones(text, "z.yaml")
    except ChartError as error:
        return [str(p) for p in error.problems]
    return data, [zone.line for zone in data.zones]


_CHANGES = [
    ("", ""),
    ("    name: Heel centre", "    name: yes"),
    ("    name: Heel centre", "    name: &x Heel"),
    ("    name: Heel centre", '    name: "Heel \\e"'),
    ("    name: Heel centre", "    name: Heel\x07"),
    ("    name: Heel centre", "    colour: red"),
    ("    name: Heel centre", "    name: [Heel]"),
    ("    name: Heel centre", "    name: Heel centre\n    name: Heel"),
    ("    sides: [left, right]", "    sides: [left, left]"),
    ("    sides: [left, right]", "    sides:\n      left"),
]
_SYNTAX_ERRORS = [
    ("    name: Heel centre", "    name: 'Heel' centre"),
    ("chart:\n", "chart:\n\tname: x\n"),
]
"""Only a small file is read again for the pure-Python parser's message: a large one keeps
libyaml's, as reading it again would take seconds."""


@pytest.mark.parametrize(
    ("old", "new", "size"),
    [
        *((old, new, size) for old, new in _CHANGES for size in ("bundled", "large")),
        *((old, new, "bundled") for old, new in _SYNTAX_ERRORS),
    ],
)
def test_libyaml_reads_a_file_as_the_pure_python_parser_does(
    old: str, new: str, size: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same records, same problems at the same places: libyaml composes every file where
    PyYAML has it, and a small file it refuses is read again for the exact message."""
    if not zones_file._LIBYAML:
        pytest.skip("PyYAML without libyaml")
    base = big_file() if size == "large" else bundled_text()
    assert (len(base) > zones_file._EXACT_BELOW) == (size == "large")
    text = base.replace(old, new, 1)
    assert text != base or not old
    fast = _outcome(text)
    monkeypatch.setattr(zones_file, "_LIBYAML", False)
    assert fast == _outcome(text)


@pytest.mark.parametrize(
    "path", sorted((Path(__file__).parent / "bad_charts").glob("*.yaml")), ids=lambda p: p.name
)
def test_each_bad_zones_file_reads_the_same_with_libyaml(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not zones_file._LIBYAML:
        pytest.skip("PyYAML without libyaml")
    content = path.read_bytes()

    def outcome() -> object:
        try:
            return load_zones(content, path.name)
        except ChartError as error:
            return [str(p) for p in error.problems]

    fast = outcome()
    monkeypatch.setattr(zones_file, "_LIBYAML", False)
    assert fast == outcome()


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("a: [b, {c: d}]\n", True),
        ("a: Seek help now! Head & neck, rest*, then 2 * 3.\n", True),
        ("a: &x b\n", False),
        ("a: *x\n", False),
        ("a: !!str b\n", False),
        ("a: [b,!!str c]\n", False),
        ('{"a":!!str b}\n', False),
        ("- &x b\n- *x\n", False),
        ("a:\n  # why\n  !!int b\n", False),
        ("\ufeff!!str a\n", False),
        ("a: b\n---\nc: d\n", False),
        ("a: " + "[" * 150 + "]" * 150 + "\n", False),
        ("a: [b\n", False),
    ],
)
def test_the_plain_composer_takes_only_plain_files(text: str, plain: bool) -> None:
    """Anything else (tags, anchors, aliases, several documents, deep nesting, errors) is left
    to the strict composer, which reports it."""
    if not zones_file._LIBYAML:
        pytest.skip("PyYAML without libyaml")
    assert (zones_file._compose_plainly(text) is not None) == plain


def test_the_bundled_charts_are_composed_plainly() -> None:
    if not zones_file._LIBYAML:
        pytest.skip("PyYAML without libyaml")
    data = Path(__file__).parent.parent / "data"
    for name in ("zones.yaml", "western.yaml"):
        assert zones_file._compose_plainly((data / name).read_text()) is not None


def _tree(node: Node) -> object:
    """A composed node as plain data: its kind, tag, style, place and contents."""
    place = (node.start_mark.line, node.start_mark.column)
    if isinstance(node, ScalarNode):
        return ("scalar", node.tag, node.style, place, node.value)
    if isinstance(node, MappingNode):
        return ("mapping", node.tag, place, [(_tree(k), _tree(v)) for k, v in node.value])
    return ("sequence", node.tag, place, [_tree(item) for item in node.value])


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (Path(__file__).parent.parent / "data").glob("*.yaml"))
)
def test_every_bundled_file_composes_to_the_same_nodes_with_libyaml(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Zones, sessions and disagreements files alike: the readers look at tags and styles."""
    if not zones_file._LIBYAML:
        pytest.skip("PyYAML without libyaml")
    text = (Path(__file__).parent.parent / "data" / name).read_text()
    fast = _tree(zones_file.compose(text, name))
    monkeypatch.setattr(zones_file, "_LIBYAML", False)
    assert fast == _tree(zones_file.compose(text, name))


@given(
    st.text(
        st.characters() | st.sampled_from("\u200b\u202e\u061c\x07\x85\ud800\u00ad\ufeff "),
        max_size=8,
    ),
    st.integers(0, 8),
)
def test_a_text_is_let_through_unchecked_only_if_no_check_would_find_a_fault(
    value: str, limit: int
) -> None:
    """A text most texts are like passes one match; any other gets every check."""
    fault = (
        len(value) > limit
        or loader._INVISIBLE.fullmatch(value) is not None
        or loader._DIRECTION_CONTROLS.search(value) is not None
        or loader._NOT_TEXT.search(value) is not None
    )
    assert bool(loader.text_faults(value, limit)) == fault
