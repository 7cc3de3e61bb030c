"""How a language's text is cut into the words a search compares: folding, word splitting,
words that say nothing, what joins two symptoms in one query, and the stemmer for the rest."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class WordForms:
    """A language's rules for turning a text into words a search can compare."""

    stemmer: str
    """The snowballstemmer algorithm that reduces a word to its stem."""
    word: re.Pattern[str]
    separator: re.Pattern[str]
    """Between two symptoms in one query ("headache and cold feet", "cough, sore throat")."""
    stop_words: frozenset[str]
    """Words that say nothing about which symptom is meant."""
    folds: tuple[tuple[str, str], ...] = ()
    """Letters written two ways, replaced after case folding (Russian ё and е)."""

    def fold(self, text: str) -> str:
        """Lower case, with apostrophes dropped so that "can't" and "cant" are one word."""
        text = text.casefold().replace("'", "").replace("\u2019", "")
        for written, meant in self.folds:
            text = text.replace(written, meant)
        return text

    def words(self, text: str) -> list[str]:
        return self.word.findall(self.fold(text))

    def content_words(self, folded: str) -> list[str]:
        """The words of an already folded text that name a symptom, each once."""
        stop_words = self.stop_words
        return [w for w in dict.fromkeys(self.word.findall(folded)) if w not in stop_words]

    def parts(self, query: str) -> list[str]:
        """The query, folded, cut into its symptoms; parts without a content word dropped."""
        return [p for p in self.separator.split(self.fold(query)) if self.content_words(p)]


# Letters and digits of any script: Cyrillic and umlauts are word characters.
_UNICODE_WORD = re.compile(r"[^\W_]+")

ENGLISH = WordForms(
    stemmer="english",
    word=re.compile(r"[a-z0-9]+"),
    separator=re.compile(r"\s*(?:[,;/+&]|\band\b|\bplus\b|\bwith\b|\balso\b)\s*"),
    # Not "severe" or "sudden": warning signs need them.
    stop_words=frozenset(
        "a an the my i im ive me have has had having got get getting feel feeling feels of in "
        "on at to for or is am are be been being very really some bit little lot from it its "
        "this that all always often keep keeps when after bad terrible awful horrible mild "
        "slight constant lots".split()
    ),
)

RUSSIAN = WordForms(
    stemmer="russian",
    word=_UNICODE_WORD,
    separator=re.compile(r"\s*(?:[,;/+&]|\bи\b|\bплюс\b|\bа также\b|\bтакже\b|\bещ[её]\b)\s*"),
    # Pronouns, prepositions, intensifiers, and "не могу": "не могу уснуть" is about sleep,
    # and "не могу дышать" must not match it half. Not "сильная" or "внезапная": warning
    # signs need them.
    stop_words=frozenset(
        "у меня мне я мой моя мое мои нас нам мы ты тебя вас вам он она его ее их есть был была "
        "было были быть в во на с к ко по о об от до за из при для под над через а но или же "
        "ли бы очень весь всё все всегда часто постоянно опять снова уже какой какая то "
        "немного слегка чуть просто прям прямо так такой такая как что это "
        "сильно ужасно ужасная жутко не могу".split()
    ),
    folds=(("ё", "е"),),
)

GERMAN = WordForms(
    stemmer="german",
    word=_UNICODE_WORD,
    separator=re.compile(
        r"\s*(?:[,;/+&]|\bund\b|\bmit\b|\bplus\b|\bsowie\b|\bauch\b|\baußerdem\b|\bausserdem\b)\s*"
    ),
    # "kann nicht" too: "kann nicht schlafen" is about sleep, and "kann nicht atmen" must not
    # match it half. Not "stark" or "plötzlich": warning signs need them.
    stop_words=frozenset(
        "ich mich mir mein meine meinen meinem meiner wir uns du habe hab hat haben hatte "
        "bin ist sind war bekomme bekommen kriege der die das den dem des ein eine einen einem "
        "einer im in am an auf zu zum zur bei beim von vom aus für über unter nach seit "
        "oder sehr so echt total ganz immer oft ständig dauernd wieder etwas bisschen "
        "leicht schlimm schlimme schlimmen furchtbar furchtbare schrecklich es kann nicht".split()
    ),
)

_BY_LANGUAGE = {"en": ENGLISH, "ru": RUSSIAN, "de": GERMAN}


def word_forms(language: str) -> WordForms:
    """The rules for a language code ("en", "ru", "de"); English for any other."""
    return _BY_LANGUAGE.get(language, ENGLISH)
