"""The interface's translations: complete, current, packed in the wheel, used by the commands.

Read as XML and through Qt's own tools (pyside6-lupdate, pyside6-lrelease, which come with
PySide6-Essentials); no Qt is imported here.
"""

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from reflexmap.app.actions import ACTIONS, MENUS
from reflexmap.app.i18n import (
    LANGUAGES,
    active_language,
    decimal,
    environment_languages,
    language_of,
    set_active_language,
    translate,
)
from reflexmap.resources import translation_file

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "reflexmap" / "translations"
TRANSLATED = [code for code in LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+")
TOOLS = Path(sys.executable).parent


def _tool(name: str) -> str:
    """A Qt tool PySide6 installs beside the interpreter (or on PATH)."""
    found = shutil.which(name, path=str(TOOLS)) or shutil.which(name)
    assert found, f"{name} comes with PySide6-Essentials"
    return found


def _messages(code: str) -> list[tuple[str, str, ET.Element | None]]:
    """(context, source, translation element) for every message of the language's .ts."""
    root = ET.parse(FOLDER / f"reflexmap_{code}.ts").getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(code: str) -> dict[tuple[str, str], str]:
    return {(c, s): t.text or "" for c, s, t in _messages(code) if t is not None}


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_and_none_is_left_over(code: str) -> None:
    messages = _messages(code)
    assert len(messages) > 300
    for context, source, translation in messages:
        assert translation is not None
        kind = translation.get("type")
        assert kind not in ("unfinished", "vanished", "obsolete"), (context, source, kind)
        assert (translation.text or "").strip(), (context, source)


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_placeholders_and_one_accelerator(code: str) -> None:
    for (context, source), text in _translations(code).items():
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        accelerators = source.replace("&&", "").count("&")
        if context == "Actions" and accelerators:
            assert text.replace("&&", "").count("&") == 1, (source, text)
        assert "<" not in text or "<" in source, text  # translations add no markup


@pytest.mark.parametrize("code", ["en", *TRANSLATED])
def test_accelerators_are_unique_in_each_menu(code: str) -> None:
    words = _translations(code) if code != "en" else {}

    def shown(text: str) -> str:
        return words.get(("Actions", text), text)

    def key(text: str) -> str:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        assert match, f"no accelerator in {text!r}"
        return match.group(1).casefold()

    top = [shown(menu.title) for menu in MENUS if menu.parent is None]
    assert len({key(t) for t in top}) == len(top), top
    for menu in MENUS:
        entries = [shown(spec.text) for spec in ACTIONS if spec.menu == menu.id]
        entries += [shown(sub.title) for sub in MENUS if sub.parent == menu.id]
        keys = [key(entry) for entry in entries]
        assert len(set(keys)) == len(keys), (code, menu.id, entries)


@pytest.mark.parametrize("code", TRANSLATED)
def test_ts_sources_hold_every_text_of_the_code(code: str, tmp_path: Path) -> None:
    """lupdate over the package changes nothing: no new, changed or vanished text."""
    copy = tmp_path / f"reflexmap_{code}.ts"
    shutil.copy(FOLDER / copy.name, copy)
    lupdate = [_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none"]
    subprocess.run(
        [*lupdate, str(ROOT / "reflexmap"), "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert copy.read_text(encoding="utf-8") == (FOLDER / copy.name).read_text(encoding="utf-8"), (
        "the interface's texts changed: run the lupdate command of README's Translations "
        "section, translate, then lrelease"
    )


@pytest.mark.parametrize("code", TRANSLATED)
def test_qm_files_are_compiled_from_the_current_ts(code: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"reflexmap_{code}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(FOLDER / f"reflexmap_{code}.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert compiled.read_bytes() == translation_file(code).read_bytes()


def test_the_wheel_carries_the_compiled_translations_and_they_are_found_from_it(
    tmp_path: Path,
) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("reflexmap-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for code in TRANSLATED:
        assert f"reflexmap/translations/reflexmap_{code}.qm" in names
    assert not [name for name in names if name.endswith(".ts")]
    installed = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(installed)
    result = subprocess.run(
        [sys.executable, "-m", "reflexmap", "--lang", "de", "search", "xyzzy"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Keine Zone dieser Karte ist mit „xyzzy“ verbunden." in result.stdout


def _reflexmap(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reflexmap", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_lang_ru_prints_search_results_in_russian() -> None:
    result = _reflexmap("--lang", "ru", "search", "болит", "голова", "и", "xyzzy")
    assert result.returncode == 0, result.stderr
    assert re.search(r"оценка \d,\d\d  совпало", result.stdout), result.stdout  # 0,85 not 0.85
    assert "Кончики пальцев (toe-tips)" in result.stdout  # the chart speaks Russian too
    assert "совпало: болит голова" in result.stdout
    nothing = _reflexmap("--lang", "ru", "search", "xyzzy")
    assert "Ни одна зона этой карты не связана с «xyzzy»." in nothing.stdout


def test_lang_de_reports_problems_in_german_with_their_place(tmp_path: Path) -> None:
    zones = tmp_path / "zones.yaml"
    zones.write_text("chart:\n  name: x\n\tbad: 1\n", encoding="utf-8")
    result = _reflexmap("--lang", "de", "validate", "--zones", str(zones))
    assert result.returncode == 1
    assert result.stdout.strip() == (
        f"{zones}:3:1: hier steht ein Tabulator: YAML mit Leerzeichen einrücken, nicht mit "
        "Tabulatoren"
    )


def test_lang_ru_words_tables_and_summaries_in_russian() -> None:
    zones = _reflexmap("--lang", "ru", "zones")
    assert zones.stdout.split("\n")[0].split() == [
        "ID", "СТОРОНЫ", "НАЗВАНИЕ", "ТРАДИЦИОННО", "СВЯЗЫВАЮТ", "С"
    ]  # fmt: skip
    validated = _reflexmap("--lang", "ru", "validate")
    assert validated.stdout.rstrip().endswith(": OK, зон: 18, участков: 47, видов: 4")


def test_commands_follow_the_environment_language_and_lang_overrides_it() -> None:
    german = _reflexmap("search", "xyzzy", env={"LANGUAGE": "de_DE:en"})
    assert "Keine Zone dieser Karte" in german.stdout
    english = _reflexmap("--lang", "en", "search", "xyzzy", env={"LANGUAGE": "ru"})
    assert 'No zone in this chart is linked with "xyzzy".' in english.stdout


@pytest.mark.parametrize(
    ("names", "code"),
    [
        (["de_AT.UTF-8"], "de"),
        (["ru-RU", "en-US"], "ru"),
        (["fr_FR", "de"], "de"),
        (["fr_FR"], "en"),
        (["C.UTF-8", "ru_RU"], "en"),
        ([], "en"),
    ],
)
def test_the_first_language_spoken_is_chosen(names: list[str], code: str) -> None:
    assert language_of(names) == code


def test_environment_languages_in_posix_order() -> None:
    environ = {"LANG": "de_DE.UTF-8", "LANGUAGE": "ru:en", "LC_MESSAGES": "fr_FR"}
    assert environment_languages(environ) == ["ru", "en", "fr_FR", "de_DE.UTF-8"]


def test_active_language_and_translate_follow_what_was_set() -> None:
    try:
        set_active_language("de", lambda context, text: text.upper(), ",")
        assert active_language() == "de"
        assert translate("SearchText", "abc") == "ABC"
        assert decimal(2.5, 2) == "2,50"
        with pytest.raises(ValueError, match="no interface language"):
            set_active_language("xx")
    finally:
        set_active_language("en")
    assert translate("SearchText", "abc") == "abc"
    assert decimal(1, 2) == "1.00"
