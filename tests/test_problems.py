"""Problems as codes with arguments: one table of English templates, translated at the edge."""

import ast
import re
from pathlib import Path

import pytest

from reflexmap.core.errors import MAX_SHOWN, ChartError, Problem
from reflexmap.core.problems import CONTEXT, MESSAGES, PHRASES, Phrase
from reflexmap.core.zones_file import load_zones

CORE = Path(__file__).parent.parent / "reflexmap" / "core"
CODE = re.compile(r"(?:file|yaml|svg|chart|session|journal|translation)\.(?!sqlite3$)[a-z0-9-]+")
"""A problem code; the journal's file name looks like one and is not."""


GERMAN = {
    MESSAGES[
        "yaml.read-as"
    ]: "{what} '{value}' würde als {read_as} gelesen; in Anführungszeichen setzen",
    "side": "Seite",
    "a yes/no value": "ein Ja/Nein-Wert",
}


def german(context: str, text: str) -> str:
    assert context == CONTEXT
    return GERMAN.get(text, text)


def test_str_is_file_line_column_and_the_english_message() -> None:
    problem = Problem(
        "z.yaml", "yaml.duplicate-key", {"key": "name", "what": Phrase("a zone")}, 3, 5
    )
    assert str(problem) == "z.yaml:3:5: duplicate key 'name' in a zone"
    assert problem.message() == "duplicate key 'name' in a zone"
    assert str(Problem("m.svg", "svg.no-size")) == (
        "m.svg: the drawing has no usable size: give <svg> a width and height, or a viewBox"
    )
    assert str(Problem("m.svg", "svg.too-many-regions", {"limit": 5000}, 2)) == (
        "m.svg:2: more than 5,000 regions"
    )


def test_translate_applies_to_the_template_and_phrases_but_not_values() -> None:
    problem = Problem(
        "z.yaml",
        "yaml.read-as",
        {"what": Phrase("side"), "value": "no", "read_as": Phrase("a yes/no value")},
        1,
        2,
    )
    expected = "Seite 'no' würde als ein Ja/Nein-Wert gelesen; in Anführungszeichen setzen"
    assert problem.message(german) == expected
    assert problem.located(german) == f"z.yaml:1:2: {expected}"
    assert str(problem) == "z.yaml:1:2: side 'no' would be read as a yes/no value; put it in quotes"


def test_problems_with_arguments_are_hashed_and_told_apart_by_them() -> None:
    """validate gathers every problem once, through a dict."""
    one = Problem("z.yaml", "yaml.duplicate-key", {"key": "name", "what": "a zone"}, 3, 5)
    same = Problem("z.yaml", "yaml.duplicate-key", {"key": "name", "what": "a zone"}, 3, 5)
    other = Problem("z.yaml", "yaml.duplicate-key", {"key": "id", "what": "a zone"}, 3, 5)
    assert list(dict.fromkeys([one, same, other])) == [one, other]
    assert Problem("z.yaml", "yaml.empty").args == {}


def test_thousands_are_grouped_with_the_separator_of_the_language() -> None:
    many = Problem("m.svg", "svg.too-many-regions", {"limit": 5000})
    assert many.message() == "more than 5,000 regions"
    assert many.message(separator=".") == "more than 5.000 regions"
    assert many.located(separator="\u00a0") == "m.svg: more than 5\u00a0000 regions"
    # Only a place that groups its number is grouped.
    steps = Problem("s.yaml", "session.too-many-steps", {"limit": 5000})
    assert steps.message(separator=".") == "a session has more than 5000 steps"


def test_long_values_are_cut_and_control_characters_shown_as_escapes() -> None:
    long = Problem("z.yaml", "yaml.bad-id", {"what": Phrase("zone id"), "value": "x" * 10_000})
    assert len(long.message()) < MAX_SHOWN + 60
    escaped = Problem("z.yaml", "yaml.bad-id", {"what": Phrase("zone id"), "value": "a\x1b[31mb"})
    assert "\x1b" not in escaped.message()
    assert "a\\u001b[31mb" in escaped.message()


def test_loader_problems_carry_codes_and_arguments() -> None:
    with pytest.raises(ChartError) as caught:
        load_zones("chart: [1]\n", "z.yaml")
    problem = next(p for p in caught.value.problems if p.code == "yaml.not-mapping")
    assert (problem.code, problem.line, problem.column) == ("yaml.not-mapping", 1, 8)
    assert problem.args == {"what": "chart", "kind": "a list"}
    assert all(isinstance(v, Phrase) for v in problem.args.values())


def core_sources() -> list[tuple[str, ast.Module]]:
    return [(path.name, ast.parse(path.read_text())) for path in sorted(CORE.glob("*.py"))]


def test_every_code_the_loaders_use_has_a_template_and_every_template_is_used() -> None:
    used = {
        node.value
        for name, tree in core_sources()
        if name != "problems.py"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and CODE.fullmatch(node.value)
    }
    assert used == set(MESSAGES)


def test_every_phrase_is_in_the_table() -> None:
    """Phrases are the literals given to Phrase() and the ``what`` of the zones file reader."""
    what_position = {"mapping": 1, "sequence": 1, "text": 1, "texts": 1, "identifier": 1}
    what_position |= {"symptom": 1, "report": 2, "choice": 1}
    found = []
    for _name, tree in core_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if node.func.id == "Phrase":
                    found.append(node.args[0])
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                position = what_position.get(node.func.attr, len(node.args))
                found += node.args[position : position + 1]
            elif isinstance(node, ast.FunctionDef) and node.name in what_position:
                found += node.args.defaults
    literals = {n.value for n in found if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    assert len(literals) > 40
    assert literals - PHRASES == set()


def test_every_template_formats_with_its_own_places() -> None:
    for code, template in MESSAGES.items():
        places = set(re.findall(r"{(\w+)", template))
        Problem("f", code, {place: 1 for place in places}).message()


def test_each_marked_text_is_one_string_literal_lupdate_can_read() -> None:
    source = (CORE / "problems.py").read_text()
    literal = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
    single = re.findall(rf'QT_TRANSLATE_NOOP\(\s*"Problem",\s*{literal}\s*,?\s*\)', source)
    assert len(single) == len(MESSAGES) + len(PHRASES)
