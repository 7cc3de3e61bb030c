"""The interface's language: reflexmap's own translation and Qt's (its dialogs and standard
buttons), chosen at start and switched at run time.

Installing a translator sends every widget a LanguageChange event; the widgets then word
themselves again from the state they show.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..app.i18n import ENGLISH, LANGUAGES, language_of, set_active_language
from ..resources import translation_file

_translators: list[QTranslator] = []
"""The translators in use, reflexmap's first; kept here so that they live as long as used."""


def system_language() -> str:
    """The first of the system's interface languages that reflexmap speaks, else English."""
    return language_of(QLocale.system().uiLanguages())


def activate(language: str) -> None:
    """Speak ``language`` from now on: in the application, if there is one (Qt's dialogs
    too), and in what the Qt-free layers translate through ``app.i18n``."""
    if language not in LANGUAGES:
        raise ValueError(f"no interface language {language!r}")
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _translators:
            app.removeTranslator(translator)
    _translators[:] = _load(language)
    if not _translators:  # English, or a translation that could not be read: English
        language = ENGLISH
    system = QLocale.system()
    # Numbers and dates as the system writes them when it speaks this language; else the
    # language's own usage.
    same = language_of(system.uiLanguages()) == language
    locale = system if same else QLocale(language)
    QLocale.setDefault(locale)
    set_active_language(language, _translate, locale.decimalPoint(), locale.groupSeparator())
    if app is not None:
        for translator in _translators:
            app.installTranslator(translator)


def _load(language: str) -> list[QTranslator]:
    if language == ENGLISH:
        return []
    own = QTranslator()
    path = translation_file(language)
    if not own.load(str(path)):
        print(f"reflexmap: {path}: cannot read the translation", file=sys.stderr)
        return []
    translators = [own]
    qt = QTranslator()
    # Qt's own words (print and file dialogs, standard buttons), shipped with PySide6.
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", folder):
        translators.append(qt)
    return translators


def _translate(context: str, text: str) -> str:
    for translator in _translators:
        found = translator.translate(context, text)
        if found:
            return found
    return text
