"""The trigger engine: which event type a token mentions, by the first trigger record that fits."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events.checks import CHECKS
from kg.extract.events.context import EventContext
from kg.extract.events.lexicon import CheckCall, TriggerRule
from kg.extract.syntax import NOMINAL, hyphenated, lemma


def classify(token: Token, context: EventContext) -> TriggerRule | None:
    """The trigger record ``token`` fits (its event type, whether it only refers back to an event, whether
    it is an event of its own kind); ``None`` for none.

    Records of the token's part of speech and lemma (a noun also by its lower-case form, and by the
    hyphenated word the tokenizer split before it: "cease-fire")
    are tried in lexicon order; the first whose ``when`` checks all hold and none of whose
    ``unless`` checks holds decides. A veto of the part of speech that holds ("the Ministry of War")
    keeps every record from firing. Each token is classified once per document (``context.rules``).
    """
    if token.i not in context.rules:
        context.rules[token.i] = _classify(token, context)
    return context.rules[token.i]


def _classify(token: Token, context: EventContext) -> TriggerRule | None:
    pos = "NOUN" if token.pos_ in NOMINAL else token.pos_
    words = (lemma(token), token.lower_, hyphenated(token)) if pos == "NOUN" else (lemma(token),)
    rules = context.lexicon.rules_for(pos, words)
    if rules and any(_holds(check, token, context) for check in context.lexicon.vetoes_of(pos)):
        return None
    for rule in rules:
        if all(_holds(check, token, context) for check in rule.when) and not any(
            _holds(check, token, context) for check in rule.unless
        ):
            return rule
    return None


def _holds(check: CheckCall, token: Token, context: EventContext) -> bool:
    return CHECKS[check.name].run(token, check.args, context)
