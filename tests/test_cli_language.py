"""The terminal in the user's language: --help, argparse's own words, and what the session and
journal commands print."""

import argparse
import inspect
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reflexmap.cli import asked_language, main, parser
from reflexmap.cli.argparse_words import WORDS
from reflexmap.core.journal import Journal
from reflexmap.core.sessions import SessionRun, StepOutcome


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """The next test speaks English again, Qt's default locale included."""
    yield
    if "reflexmap.ui.translation" in sys.modules:
        from reflexmap.ui import translation

        translation.activate("en")


def output(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def record_a_run() -> None:
    run = SessionRun(
        "classic",
        "Classic foot massage",
        datetime(2025, 3, 1, 20, 0, tzinfo=UTC),
        (
            StepOutcome("heel", "plantar", "left", "kneading", 75, 70.0, "done"),
            StepOutcome("heel", "plantar", "right", "kneading", 75, 0.0, "skipped"),
        ),
        "Relaxed.",
        4,
    )
    with Journal.open() as journal:
        journal.record(run)


def help_text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--help"])
    assert exited.value.code == 0
    return capsys.readouterr().out


def test_the_journals_help_names_the_windows_folder_as_written(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown = " ".join(help_text(capsys, "journal").split())
    assert "%APPDATA%\\reflexmap on Windows" in shown
    assert "%%" not in shown


CHART_COMMANDS = [
    ["zones"],
    ["search", "heel"],
    ["chart", "-o", "x.pdf"],
    ["validate"],
    ["session", "show", "classic"],
    ["session", "print", "classic", "-o", "x.pdf"],
    ["session", "import", "x.yaml"],
]
OTHER_COMMANDS = [
    ["charts"],
    ["compare", "heart"],
    ["session", "list"],
    ["session", "export", "classic"],
    ["journal"],
    ["journal", "export"],
    ["journal", "delete", "--all"],
]


@pytest.mark.parametrize("command", CHART_COMMANDS + OTHER_COMMANDS)
def test_lang_is_taken_before_or_after_every_command(command: list[str]) -> None:
    assert parser().parse_args([*command, "--lang", "de"]).lang == "de"
    assert parser().parse_args(["--lang", "ru", *command]).lang == "ru"


@pytest.mark.parametrize("command", CHART_COMMANDS)
def test_chart_is_taken_after_the_commands_that_use_a_chart(command: list[str]) -> None:
    assert parser().parse_args([*command, "--chart", "western"]).chart == "western"


def test_argparse_is_left_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    words = argparse._  # type: ignore[attr-defined]
    help_text(capsys, "--lang", "ru")
    assert argparse._ is words  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("argv", "language"),
    [
        (["--lang", "ru"], "ru"),
        (["--lang=de", "zones"], "de"),
        (["zones", "--json", "--lang", "ru"], "ru"),
        (["--lang", "ru", "session", "list", "--lang", "de"], "de"),  # the last, as argparse
        (["--lan", "de"], "de"),  # argparse takes a prefix of the option too
        (["--lang", "fr"], None),  # the parser says it is no choice
        (["--lang"], None),
        (["search", "--", "--lang", "ru"], None),  # a word searched for, not an option
        (["--language", "ru"], None),
        ([], None),
    ],
)
def test_the_language_is_found_before_the_parser_is_built(
    argv: list[str], language: str | None
) -> None:
    assert asked_language(argv) == language


@pytest.mark.parametrize(
    ("argv", "translated", "english"),
    [
        (
            ["--lang", "ru"],
            ["Интерактивная карта рефлекторных зон стопы", "--zones ФАЙЛ", "показать версию"],
            ["An interactive map", "the bundled chart by default", "FILE"],
        ),
        (
            ["--lang", "de"],
            ["Eine interaktive Karte der Reflexzonen", "die mitgelieferte Karte", "Befehle:"],
            ["An interactive map", "the bundled chart by default", "commands:"],
        ),
        (
            ["zones", "--lang", "ru"],
            ["Вывести зоны карты таблицей или в JSON.", "по объекту на зону"],
            ["List the chart's zones", "one object per zone"],
        ),
        (
            ["--lang", "de", "session"],
            ["Die angeleiteten Massagesitzungen", "Aktionen:", "die Sitzungen auflisten"],
            ["The guided massage sessions", "actions:", "list the sessions"],
        ),
        (
            ["journal", "export", "--lang", "ru"],
            ["JSON: проведённые сеансы", "-o ФАЙЛ", "файл вместо стандартного вывода"],
            ["JSON: the runs", "a file, not stdout"],
        ),
        (
            ["--lang", "de", "chart"],
            ["--page-size GRÖSSE", "im Querformat drucken", "Die Zonenkarte schreiben"],
            ["print in landscape", "Write the zone chart"],
        ),
    ],
)
def test_help_is_in_the_language_asked_for(
    capsys: pytest.CaptureFixture[str], argv: list[str], translated: list[str], english: list[str]
) -> None:
    shown = " ".join(help_text(capsys, *argv).split())
    for words in translated:
        assert words in shown
    for words in english:
        assert words not in shown


def test_argparses_own_words_are_translated_too(capsys: pytest.CaptureFixture[str]) -> None:
    shown = help_text(capsys, "--lang", "ru")
    assert shown.startswith("использование: reflexmap [-h]")
    assert "\nпараметры:\n  -h, --help            показать эту справку и выйти\n" in shown
    shown = help_text(capsys, "search", "--lang", "de")
    assert "\nPositionsargumente:\n  Suche " in shown
    for english in ("usage:", "options:", "positional arguments:", "show this help"):
        assert english not in shown


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (
            ["--lang", "ru", "zones", "--tables"],
            "reflexmap: ошибка: неизвестные аргументы: --tables",
        ),
        (
            ["journal", "export", "--json", "--csv", "--lang", "de"],
            "reflexmap journal export: Fehler: Argument --csv: nicht zusammen mit dem Argument "
            "--json erlaubt",
        ),
        (
            ["--lang", "ru", "--size", "12"],
            "reflexmap: ошибка: аргумент --size: «12» — не ШИРИНАxВЫСОТА, например 1200x800",
        ),
        (
            ["--lang", "de", "chart"],
            "reflexmap chart: Fehler: diese Argumente fehlen: -o/--output",
        ),
    ],
)
def test_usage_errors_are_in_the_language_asked_for(
    capsys: pytest.CaptureFixture[str], argv: list[str], error: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == error


def test_help_follows_the_environment_without_lang(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "de_DE:en")
    assert "Zonen nach Symptom finden" in help_text(capsys)
    assert "find zones by symptom" in help_text(capsys, "--lang", "en")


def test_argparse_words_are_argparses_own() -> None:
    source = inspect.getsource(argparse)
    for text in WORDS:
        assert f"_({text!r})" in source


def test_english_help_loads_no_qt() -> None:
    """The window's start (and help in English) builds the parser without the translator."""
    script = (
        "import sys\n"
        "from reflexmap.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(name for name in sys.modules if name.startswith('PySide6')))\n"
    )
    english = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert english.stdout.splitlines()[-1] == "[]"
    russian = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "LANGUAGE": "ru"},
    )
    assert "использование:" in russian.stdout
    assert "PySide6.QtCore" in russian.stdout.splitlines()[-1]


def test_session_list_and_show_in_russian(capsys: pytest.CaptureFixture[str]) -> None:
    listed = output(capsys, "--lang", "ru", "session", "list")
    assert re.search(r"^classic +17,0 мин  шагов: 14  Классический массаж стоп$", listed, re.M)
    shown = output(capsys, "session", "show", "classic", "--lang", "ru")
    lines = shown.splitlines()
    assert lines[:2] == [
        "Классический массаж стоп",
        "17 мин, шагов: 14. Источник: Классический массаж стоп.",
    ]
    assert lines[2].startswith("Традиционное утверждение: ")
    assert lines[3] == "  1.  0:30  Тыльная сторона стопы: левая стопа, тыльная сторона стопы"
    assert lines[4].startswith("            Поглаживание, лёгкий нажим, к лодыжке: ")
    for english in ("min", "steps", "left", "light", "toward", "Traditional claim", "plantar"):
        assert english not in shown


def test_session_show_in_german_names_the_zones_of_the_chart_asked_for(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown = output(capsys, "--lang", "de", "session", "show", "toe-work")
    assert "  1.  0:20  Zehenoberseiten: linker Fuß, der Fußrücken" in shown
    assert "Streichen, leichter Druck, zu den Zehen hin: " in shown
    # The Western chart has no area "toes-top": its id stands in for the name.
    western = output(capsys, "--lang", "de", "session", "show", "toe-work", "--chart", "western")
    assert "  1.  0:20  toes-top: linker Fuß, der Fußrücken" in western


def test_journal_in_german_and_russian(capsys: pytest.CaptureFixture[str]) -> None:
    assert output(capsys, "journal", "--lang", "de") == "Noch keine Sitzungen aufgezeichnet.\n"
    record_a_run()
    german = output(capsys, "--lang", "de", "journal")
    assert (
        "2025-03-01 20:00  Classic foot massage: 1,2 von 2,5 Min., 1 Schritt(e) übersprungen  "
        "Bewertung 4/5" in german
    )
    assert "Pro Woche:\n  2025-W09  1 Sitzung(en), 1,2 Min.\n" in german
    russian = output(capsys, "journal", "--lang", "ru")
    assert "Classic foot massage: 1,2 из 2,5 мин, пропущено шагов: 1  оценка 4/5" in russian
    assert "По неделям:\n  2025-W09  сеансов: 1, 1,2 мин\n" in russian
    for english in ("of", "min", "skipped", "rated", "Per week", "session(s)"):
        assert english not in russian.replace("Classic foot massage", "")
    assert output(capsys, "--lang", "ru", "journal", "delete", "1") == "Запись 1 удалена.\n"
    assert main(["--lang", "ru", "journal", "delete", "1"]) == 1
    assert capsys.readouterr().err == "reflexmap: нет записи 1\n"
    assert output(capsys, "journal", "delete", "--all", "--lang", "de") == "Das Journal ist leer.\n"


def test_session_mistakes_in_russian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "ru", "session", "show", "nope"]) == 1
    assert "нет сеанса «nope»; их перечисляет `reflexmap session list`" in capsys.readouterr().err
    assert main(["--lang", "ru", "session", "print", "classic", "-o", str(tmp_path / "a.png")]) == 1
    assert "карточка сеанса — это PDF; назовите файл ФАЙЛ.pdf" in capsys.readouterr().err
    mine = tmp_path / "mine.yaml"
    mine.write_text("sessions: []\n")
    assert main(["--lang", "ru", "session", "import", str(mine)]) == 1
    assert capsys.readouterr().err == f"{mine}:1:11: sessions: нужен минимум 1 элемент(ов)\n"


def test_the_session_card_is_printed_in_the_language_asked_for(tmp_path: Path) -> None:
    card = tmp_path / "card.pdf"
    command = ["--lang", "ru", "session", "print", "classic", "-o", str(card)]
    printed = subprocess.run(
        [sys.executable, "-m", "reflexmap", *command],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout == f"{card}: карточка сеанса «Классический массаж стоп», 17 мин\n"
    text = subprocess.run(
        ["pdftotext", str(card), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "17 мин, шагов: 14. Источник: Классический массаж стоп." in text
    assert "лёгкий нажим" in " ".join(text.split())
    for english in ("minutes", "Traditional claim", "left foot", "light pressure"):
        assert english not in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's libraries")
@pytest.mark.parametrize("language", [["--lang", "ru"], []])
def test_when_qt_cannot_load_the_terminal_speaks_english_and_names_the_library(
    tmp_path: Path, language: list[str]
) -> None:
    # PySide6 fails to import as it does without libglib: the translation cannot load either.
    code = (
        "import sys, reflexmap.startup as s\n"
        "s.loadable = lambda soname: soname != 'libglib-2.0.so.0'\n"
        "sys.modules['PySide6.QtCore'] = None\n"
        "from reflexmap.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *language, "--screenshot", str(tmp_path / "shot.png")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "LANGUAGE": "de"},
    )
    assert result.returncode == 1
    assert "not installed: libglib-2.0.so.0." in result.stderr
    assert "Traceback" not in result.stderr
    listed = subprocess.run(
        [sys.executable, "-c", code, *language, "session", "list"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "LANGUAGE": "de"},
    )
    assert listed.returncode == 0, listed.stderr
    assert "17.0 min  14 steps  Classic foot massage" in listed.stdout


@pytest.mark.parametrize(
    ("language", "limit"), [("en", "50,000"), ("ru", "50\u00a0000"), ("de", "50.000")]
)
def test_a_chart_problem_writes_its_numbers_as_the_language_does(
    language: str, limit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    drawing = Path(__file__).parent / "bad_charts" / "many-elements.svg"
    assert main(["--lang", language, "validate", "--map", str(drawing)]) == 1
    out = capsys.readouterr().out
    assert f" {limit} " in out, out


def test_compare_names_the_feet_in_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "ru", "compare", "thyroid"]) == 0
    out = capsys.readouterr().out
    assert "(обе стопы; " in out
    assert "left" not in out
    assert "right" not in out
