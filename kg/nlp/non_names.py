"""Names the model tags that name no actor: a community's adjective before a community noun ("armed Nuer youth") and
a weapon's or vehicle's model ("Katyusha rockets", "an RPG", "a Land Cruiser"). The linker links them to nothing."""

from __future__ import annotations

from spacy.tokens import Span

from kg.nlp.doccache import token_table
from kg.nlp.names import LinkingLexicon


def before_community_noun(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a one-word name the model took for an organisation or a group is a community's
    adjective: a community noun follows it, at once or after one lower-case word ("Nuer youth", "a
    Nuer armed youth group")."""
    if len(span) != 1 or span.label_ not in ("ORG", "NORP"):
        return False
    doc = span.doc
    for at in (span.end, span.end + 1):
        if at >= len(doc) or (at > span.end and not doc[span.end].is_lower):
            return False
        if doc[at].lower_ in lexicon.community_nouns:
            return True
    return False


def weapon_model(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a one-word name the gazetteer does not know is a weapon's model: right before a weapon
    noun ("a barrage of Katyusha rockets", "Kalibr missiles", "a Sten gun"), or the head of a noun phrase opened by an
    indefinite article ("an RPG", "a Kalashnikov"); not when the document writes the word elsewhere
    without either, as a name ("Fano drones hit ... Fano said"). A name of two words opened by an
    indefinite article and ending its noun phrase is a model too, of a vehicle or a weapon ("a Land
    Cruiser belonging to a contractor", "a Foton Tipper, was hit"), unlike "a Boko Haram attack"."""
    if len(span) == 2 and span.start > 0:
        doc = span.doc
        article, after = doc[span.start - 1], (doc[span.end] if span.end < len(doc) else None)
        return (
            article.pos_ == "DET" and article.morph.get("Definite", None) == ["Ind"]
            and not (after is not None and (after.pos_ in ("NOUN", "PROPN") or after.is_title))
            and span[-1].head.i != span.end
            and span.text.count(span[-1].text) == 1 and token_table(doc).text.count(span[-1].text) == 1
        )
    if len(span) != 1:
        return False
    doc, word = span.doc, span[0].text
    table = token_table(doc)

    def as_model(i: int) -> bool:
        after = table.lower[i + 1] if i + 1 < len(doc) else ""
        if after in lexicon.weapon_nouns:
            return True
        return i > 0 and doc[i - 1].morph.get("Definite", None) == ["Ind"] and doc[i - 1].pos_ == "DET" and doc[i].head.i != i + 1 and not (
            i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN"))

    return as_model(span.start) and all(as_model(i) for i, text in enumerate(table.text) if text == word)
