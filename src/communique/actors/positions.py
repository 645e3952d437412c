"""Position words ("министр", "начальник", "экс-председатель") and the case of the organization each
governs, from data/positions.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from communique.data import DataFileError, load_yaml
from communique.nlp import morph_vocab
from communique.records import Token


@dataclass(frozen=True)
class PositionLexicon:
    governs: dict[str, str]  # position lemma -> case of its organization (Gen, Ins)
    prefixes: tuple[str, ...]
    copulas: frozenset[str]
    posts: frozenset[str]

    def head_of(self, token: Token) -> str | None:
        """The position lemma a token stands for ("Экс-председатель" -> "председатель"), or None."""
        if not token.text[:1].isalpha():
            return None
        for lemma in (token.lemma, *_noun_lemmas(token.text)):
            for prefix in ("", *self.prefixes):
                if lemma.startswith(prefix) and lemma[len(prefix):] in self.governs:
                    return lemma[len(prefix):]
        return None


@cache
def _noun_lemmas(word: str) -> tuple[str, ...]:
    """Dictionary forms of a word read as a noun, or as an adjective or participle used as one
    ("управляющим" -> "управляющий", "командующего" -> "командующий")."""
    lemmas = []
    for p in morph_vocab().parse(word.lower()):
        if p.pos == "NOUN":
            lemmas.append(p.normal)
        elif p.pos in ("ADJ", "VERB") and "Case" in p.feats:
            form = p.inflect({"Nom", "Sing", "Masc"})
            if form is not None:
                lemmas.append(form.word)
    return tuple(dict.fromkeys(w.replace("ё", "е") for w in lemmas))


@cache
def position_lexicon() -> PositionLexicon:
    """The position words of data/positions.yaml, validated."""
    data = load_yaml("positions.yaml")
    governs: dict[str, str] = {}
    for entry in data["positions"]:
        lemma, case = (entry, "Gen") if isinstance(entry, str) else (entry.get("lemma"), entry.get("governs", "Gen"))
        if not lemma or " " in lemma or case not in ("Gen", "Ins", "Dat"):
            raise DataFileError(f"positions.yaml: bad position entry {entry!r}")
        if lemma in governs:
            raise DataFileError(f"positions.yaml: position {lemma!r} listed twice")
        governs[lemma] = case
    return PositionLexicon(governs, tuple(data.get("prefixes", ())), frozenset(data.get("copulas", ())),
                           frozenset(data.get("posts", ())))
