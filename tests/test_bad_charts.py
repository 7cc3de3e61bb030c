"""A corpus of broken charts (tests/bad_charts): each gives its own clear message."""

from pathlib import Path

import pytest

from reflexmap.cli import main
from reflexmap.core.errors import ChartError
from reflexmap.core.foot_map import load_foot_map
from reflexmap.core.zones_file import load_zones

CORPUS = Path(__file__).parent / "bad_charts"
EXPECTED = {
    "alias-bomb.yaml": "1:4: anchors (&name) are not allowed",
    "bad-indent.yaml": "3:10: mapping values are not allowed here",
    "binary.yaml": " not UTF-8 text",
    "control-character.yaml": "2:10: control character U+0007 is not allowed",
    "deep-nesting.yaml": " nesting is too deep",
    "duplicate-key.yaml": "2:1: duplicate key 'chart'",
    "empty.yaml": " file is empty",
    "invalid-utf8.yaml": " not UTF-8 text",
    "list-root.yaml": "1:1: the zones file must be a mapping",
    "right-to-left.yaml": "2:9: chart name has an invisible text-direction character (U+202E)",
    "tabs.yaml": "2:1: a tab character here: indent YAML with spaces, not tabs",
    "lone-surrogate.yaml": "2:9: chart name has a lone surrogate (U+D800), which is not a",
    "escaped-control.yaml": "2:9: control character U+001B is not allowed",
    "escaped-nul.yaml": "2:9: control character U+0000 is not allowed",
    "invisible-name.yaml": "2:9: chart name is empty",
    "arabic-letter-mark.yaml": "2:9: chart name has an invisible text-direction character (U+061C)",
    "long-name.yaml": "2:9: chart name is longer than 100 characters; shorten it",
    "long-disclaimer.yaml": "2:15: disclaimer is longer than 1,000 characters; shorten it",
    "yaml-tag.yaml": "1:8: YAML tags (tag:yaml.org,2002:python/object:os.system) are not allowed",
    "bad-region-id.svg": "2:1: region id 'Heel' must be 'left-' or 'right-'",
    "billion-laughs.svg": "2:15: DOCTYPE and entity declarations are not allowed",
    "duplicate-region.svg": "3:1: duplicate region id 'left-heel'",
    "empty-path.svg": "2:1: region 'left-heel' is empty",
    "external-entity.svg": "2:15: DOCTYPE and entity declarations are not allowed",
    "hidden-region.svg": "3:1: region 'left-heel' is not drawn",
    "malformed-transform.svg": "2:1: malformed transform 'rotate(30'",
    "nan-coordinates.svg": "2:1: region 'left-heel' has coordinates that are not finite",
    "nested-groups.svg": "2:298: elements are nested more than 100 deep",
    "no-size.svg": " the drawing has no usable size",
    "not-svg.svg": "1:1: the root element is <html>, not an SVG <svg> element",
    "outside-drawing.svg": "2:1: region 'left-heel' reaches outside the drawing",
    "outside-foot.svg": "3:1: region 'left-heel' reaches outside the outline of the left foot",
    "unclosed-tag.svg": "4:3: not well-formed XML: mismatched tag",
    "use-cycle.svg": " a <use> element refers to itself",
    "use-bomb.svg": "7:35: <use> elements here expand the drawing to over 50,000 elements",
    "external-image.svg": "2:1: <image> refers to '/tmp/fifo' outside the drawing",
    "external-style.svg": "2:8: <style> refers to '@import' outside the drawing",
    "region-in-mask.svg": "2:14: region 'left-heel' is inside <mask>, which does not draw it",
    "region-in-switch.svg": "3:1: region 'left-heel' is inside <switch>",
    "region-in-symbol.svg": "3:1: region 'left-heel' is inside <symbol>",
    "transparent-region.svg": "3:1: region 'left-heel' is invisible (its opacity",
    "negative-rect.svg": "2:1: region 'left-heel' has a negative width, so it is not drawn",
    "negative-circle.svg": "2:1: region 'left-heel' has a negative r, so it is not drawn",
    "huge-arc.svg": "2:1: region 'left-heel' has coordinates that are not finite numbers",
    "huge-circle.svg": "2:1: region 'left-heel' has coordinates that are not finite numbers",
    "huge-control-point.svg": "2:1: region 'left-heel' has coordinates beyond 1,000,000,000",
    "stretched.svg": " the viewBox (100 by 50) and size (100 by 100) differ in proportions",
    "percent-size.svg": ' <svg> width="100%" needs a viewBox',
    "used-region.svg": "3:1: this <use> draws region 'left-heel' again",
    "nested-squares.svg": "128: too many regions lie on top of each other",
    "many-elements.svg": "2:199997: the drawing has over 50,000 elements",
    "transparent-by-style-sheet.svg": "3:1: region 'left-heel' is invisible",
    "external-style-sheet.svg": "2:1: processing instructions (<?xml-stylesheet ...?>) are not",
    "zero-area.svg": "2:1: region 'left-heel' is empty (its area is zero)",
}


def test_the_corpus_and_the_table_agree() -> None:
    assert {p.name for p in CORPUS.iterdir()} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_file_gets_its_message(name: str) -> None:
    path = CORPUS / name
    loader = load_zones if path.suffix == ".yaml" else load_foot_map
    with pytest.raises(ChartError) as caught:
        loader(path.read_bytes(), name)
    messages = [str(problem) for problem in caught.value.problems]
    assert any(m.startswith(f"{name}:{EXPECTED[name]}") for m in messages), messages


@pytest.mark.parametrize("name", ["binary.yaml", "use-cycle.svg", "billion-laughs.svg"])
def test_validate_reports_without_a_traceback(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    option = "--zones" if name.endswith(".yaml") else "--map"
    assert main(["validate", option, str(CORPUS / name)]) == 1
    out = capsys.readouterr()
    assert out.out.startswith(str(CORPUS / name))
    assert "Traceback" not in out.out + out.err


def test_many_regions_load_quickly_enough_and_too_many_are_refused() -> None:
    def drawing(count: int) -> bytes:
        paths = "".join(
            f'<path id="left-z{i}" class="region" d="M{i % 70},{i // 70} l0.9,0 l0,0.9 Z"/>'
            for i in range(count)
        )
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">{paths}</svg>'
        ).encode()

    assert len(load_foot_map(drawing(4000), "m.svg").regions) == 4000
    with pytest.raises(ChartError, match="more than 5,000 regions"):
        load_foot_map(drawing(5001), "m.svg")


def test_overdetailed_regions_are_refused() -> None:
    curves = "c30,30 60,-30 90,0 " * 20_000  # long curves: many points each
    data = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="2000000" height="100">'
        f'<path id="left-heel" class="region" d="M0,50 {curves}Z"/></svg>'
    ).encode()
    with pytest.raises(ChartError, match="too detailed"):
        load_foot_map(data, "m.svg")
