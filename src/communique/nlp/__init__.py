"""Stage 3, nlp: sentences, tokens (lemma, morphology, syntax) and NER spans with natasha.

Natasha's models ship inside its wheel (navec embeddings, slovnet taggers), so nothing is
downloaded. They are loaded once per process (`load_models`).
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from functools import cache

# natasha's numpy inference is slower and erratic with threaded BLAS on small machines.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from communique.nlp.language import DEFAULT_LANGUAGES, detect_language, foreign_segments, mask  # noqa: E402
from communique.records import Analysis, EntitySpan, Sentence, Token  # noqa: E402

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Models:
    segmenter: object
    morph_vocab: object
    morph_tagger: object
    syntax_parser: object
    ner_tagger: object


@cache
def load_models() -> Models:
    """Natasha's segmenter, morphology, syntax and NER models, loaded once."""
    from natasha import (
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    embedding = NewsEmbedding()
    return Models(
        segmenter=Segmenter(),
        morph_vocab=morph_vocab(),
        morph_tagger=NewsMorphTagger(embedding),
        syntax_parser=NewsSyntaxParser(embedding),
        ner_tagger=NewsNERTagger(embedding),
    )


def analyze(body: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Analysis:
    """Segment, tag, parse and run NER over a cleaned body; offsets are into `body`."""
    from natasha import Doc

    models = load_models()
    language = detect_language(body, languages)
    segments = foreign_segments(body, language, languages) if language == "ru" else []
    masked = mask(body, segments)
    sentences: list[Sentence] = []
    # Paragraph by paragraph: a sentence never runs across a paragraph break or a masked line.
    for paragraph in PARAGRAPH.finditer(masked):
        if not paragraph.group(0).strip():
            continue
        doc = Doc(paragraph.group(0))
        doc.segment(models.segmenter)
        doc.tag_morph(models.morph_tagger)
        doc.parse_syntax(models.syntax_parser)
        doc.tag_ner(models.ner_tagger)
        for sent in doc.sents:
            sentences.append(_sentence(len(sentences), sent, paragraph.start(), body, models))
    return Analysis(language=language, sentences=tuple(sentences),
                    foreign_segments=tuple((s.start, s.end, s.language) for s in segments))


def _sentence(index: int, sent, offset: int, body: str, models: Models) -> Sentence:
    """A natasha sentence as a record, with offsets shifted by its paragraph's start."""
    ids = {tok.id: i for i, tok in enumerate(sent.tokens)}
    tokens = []
    for i, tok in enumerate(sent.tokens):
        tok.lemmatize(models.morph_vocab)
        pos, lemma, feats = repair_proper_noun(tok.text, tok.pos or "X", tok.lemma or tok.text, dict(tok.feats or {}))
        tokens.append(
            Token(
                index=i,
                text=tok.text,
                start=offset + tok.start,
                end=offset + tok.stop,
                lemma=lemma.lower().replace("ё", "е"),
                pos=pos,
                feats=repair_feats(tok.text, pos, feats),
                head=ids.get(tok.head_id, -1),
                rel=tok.rel or "",
            )
        )
    entities = []
    for span in sent.spans:
        start, end = offset + span.start, offset + span.stop
        covered = [t.index for t in tokens if t.start >= start and t.end <= end]
        if covered:
            entities.append(EntitySpan(span.type, start, end, span.text, covered[0], covered[-1]))
    start, end = offset + sent.start, offset + sent.stop
    return Sentence(index, start, end, body[start:end], tuple(tokens), tuple(entities))


@cache
def morph_vocab():
    """Natasha's pymorphy vocabulary (OpenCorpora dictionaries), without the neural models."""
    from natasha import MorphVocab

    return MorphVocab()


@cache
def lemma_of(word: str) -> str:
    """Most likely dictionary form of a single word, lower-case, ё folded."""
    parses = morph_vocab().parse(word)
    return (parses[0].normal if parses else word).lower().replace("ё", "е")


@cache
def plural_only(word: str) -> bool:
    """Is the word a noun with no singular ("переговоры", "консультации" is not)?"""
    parses = morph_vocab().parse(word)
    return bool(parses) and "Pltm" in parses[0].tag


# Grammemes that mark a dictionary word as a name: such words may be proper nouns.
_NAME_GRAMMEMES = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}


def repair_proper_noun(text: str, pos: str, lemma: str, feats: dict[str, str]) -> tuple[str, str, dict[str, str]]:
    """A capitalized common word the tagger took for a proper noun gets the dictionary's reading.

    "Договорились провести ..." opening a sentence is tagged PROPN with lemma "договорились";
    the dictionary knows it only as a verb.
    """
    if pos != "PROPN" or not text[:1].isupper() or text.isupper():
        return pos, lemma, feats
    known = [p for p in morph_vocab().parse(text.lower()) if p.is_known]
    if not known or any(_NAME_GRAMMEMES & set(p.tag.grammemes) for p in known):
        return pos, lemma, feats
    best = known[0]
    return best.pos, best.normal, dict(best.feats)


# Paragraphs of a cleaned body: runs of text between blank lines.
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")

# Parts of speech whose case the neural tagger sometimes gets wrong for capitalized words
# ("Президенты договорились" tagged genitive singular).
_NOMINAL = {"NOUN", "PROPN", "ADJ"}


def repair_feats(text: str, pos: str, feats: dict[str, str]) -> dict[str, str]:
    """Replace a tagged case that the dictionary rules out for this word form.

    Only dictionary words are checked: for guessed (foreign) words pymorphy knows no better.
    """
    if pos not in _NOMINAL or "Case" not in feats:
        return feats
    known = [p for p in morph_vocab().parse(text) if p.is_known and "Case" in p.feats]
    if not known or feats["Case"] in {p.feats["Case"] for p in known}:
        return feats
    best = known[0].feats
    return {**feats, "Case": best["Case"], "Number": best.get("Number", feats.get("Number", ""))}


@cache
def is_person_name(word: str) -> bool:
    """Does the dictionary know this word as a first name, surname or patronymic?"""
    return any(p.is_known and {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in morph_vocab().parse(word))


@cache
def may_be_nominative(word: str) -> bool:
    """Could this word form be a nominative (a dictionary parse says so, or the word is unknown)?"""
    known = [p for p in morph_vocab().parse(word) if p.is_known]
    return not known or any(p.feats.get("Case") == "Nom" for p in known)
