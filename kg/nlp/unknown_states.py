"""States the gazetteer does not know, found by how the text refers to them, and the names that are those states.

A name is an unknown state when a template reference names it ("Ruritania" and "the Ruritanian army"; "Velmora's
army", "the Norland government"), when it follows "Government of" ("the Government of Zandria"), or when a place
name the model tagged accuses, denies or condemns as a state does ("Ostrelia accused Zarvania"). Every mention of
such a name is the state, whatever the model tagged it, and its demonym alone names nothing ("Velmoran drones").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from kg.nlp.coreference import fold
from kg.nlp.doccache import token_table
from kg.nlp.gazetteer import SPACY_LABEL_BY_KIND, Gazetteer, GazetteerEntry, strip_name
from kg.nlp.links import Link, entry_link
from kg.nlp.names import KINDS_BY_NER_LABEL, LinkingLexicon, NameRules, linking_lexicon, may_name_a_state
from kg.nlp.templates import StateReference


def find_unknown_states(doc: Doc, references: dict[tuple[int, int], StateReference], gazetteer: Gazetteer,
                        rules: NameRules, spans: list[Span]) -> dict[str, GazetteerEntry]:
    """States the gazetteer does not know, by folded name, that template references name: a name
    the document uses whose demonym is a reference's ("Ruritania" and "the Ruritanian army": a
    person has no demonym), or a name that a reference makes possessive or follows "the" in one
    ("Ruritania's interior ministry", "the Norland government"), or that follows "Government of"
    in a name span of ``spans`` ("the Government of Zandria"), which the model tags as a place (GPE) or that may
    name a state (:func:`may_name_a_state`: "Velmora's army" the model tagged as an organisation)."""
    governments = [at for span in spans if span.label_ in KINDS_BY_NER_LABEL and not span.ent_id_ and (at := government_of(span, gazetteer)) is not None]
    ents = doc.ents  # rebuilt on every access
    acting = _places_acting_as_states(ents, gazetteer)
    if not governments and not acting and all(reference.unknown is None for reference in references.values()):
        return {}  # no reference names a state the gazetteer lacks
    names = {fold(span.text): strip_name(span.text) for span in ents if span.label_ in KINDS_BY_NER_LABEL and not span.ent_id_}
    stems = names | _untagged_names(doc)  # "the Ruritanian army" of a "Ruritania" the model left untagged
    places_named = {fold(span.text) for span in ents if span.label_ == "GPE"}
    places = {folded: name for folded, name in names.items() if folded in places_named}
    person_words = {word for span in ents if span.label_ == "PERSON" and len(span) > 1 for word in span.text.replace("-", " ").split()}
    found: dict[str, GazetteerEntry] = {}
    by_demonym = set()
    for bounds, reference in references.items():
        word = reference.unknown
        name = _demonym_of(fold(word), stems) if word is not None and reference.name_end is None else None
        if word is not None and name is not None:
            found[fold(name)] = GazetteerEntry("", name, None, "state", (), None, None, (word,))
            by_demonym.add(bounds)
    for (start, end), reference in references.items():
        if reference.unknown is None or (start, end) in by_demonym or (reference.name_end is None and not reference.bare):
            continue
        if fold(reference.unknown) in gazetteer.state_name_ends:
            continue  # "Congo": a known state's short form
        name = places.get(fold(reference.unknown))
        if name is not None and reference.unknown in person_words:
            name = None  # "President Abd-Rabbu Mansour Hadi ... Hadi's government": a person's, whatever the model tagged
        plain = reference.name_end is not None and " " not in reference.unknown  # not a demonym: "the Houthi authorities"
        if name is None and plain and may_name_a_state(doc, start, reference.head_start, reference.bare, rules, _known(gazetteer)):
            name = reference.unknown
        if name is not None:
            found.setdefault(fold(name), GazetteerEntry("", name, None, "state", (), None, None))
    for folded, name in acting.items():  # "Ostrelia accused Zarvania of ..."
        found.setdefault(folded, GazetteerEntry("", name, None, "state", (), None, None))
    for at in governments:  # "the Government of Zandria"
        if fold(doc[at].text) in gazetteer.state_name_ends:
            continue  # "the government of Congo": a known state's short form
        if fold(doc[at].text) in places or may_name_a_state(doc, at, at - 2, False, rules, _known(gazetteer)):
            found.setdefault(fold(doc[at].text), GazetteerEntry("", doc[at].text, None, "state", (), None, None))
    return found


def _untagged_names(doc: Doc) -> dict[str, str]:
    """One-word proper nouns outside the model's entities ("Ruritania", which it may not tag), by folded form."""
    return {fold(token.text): token.text for token in doc
            if not token.ent_type_ and token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and token.text[1:].islower()}


def with_untagged_state_names(doc: Doc, spans: list[Span], states: dict[str, GazetteerEntry]) -> list[Span]:
    """``spans`` with a place span on each untagged mention of an unknown state's one-word name."""
    if not states:
        return spans
    covered = {i for span in spans for i in range(span.start, span.end)}
    added = [Span(doc, token.i, token.i + 1, label="GPE") for token in doc
             if token.i not in covered and token.text[:1].isupper() and fold(token.text) in states]
    return sorted(spans + added, key=lambda span: span.start) if added else spans


def _places_acting_as_states(ents: Sequence[Span], gazetteer: Gazetteer) -> dict[str, str]:
    """Unknown one-word names the model tags a place that are the subject of a state's act ("Ostrelia accused
    Zarvania of shelling Marrow", "Vorland denied it"), by folded name; not a name the gazetteer knows."""
    acts = linking_lexicon().state_act_verbs
    return {
        fold(span.text): strip_name(span.text)
        for span in ents
        if span.label_ in ("GPE", "LOC") and len(span) == 1 and not span.ent_id_ and span.root.pos_ == "PROPN"
        and span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in acts and gazetteer.lookup(span.text) is None
    }


def government_of(span: Span, gazetteer: Gazetteer) -> int | None:
    """The index of the state's name in "the Government of Zandria" (a word of a template that
    denotes the state, "of", one capitalised word), the span the whole phrase or the name alone;
    else ``None``."""
    table = token_table(span.doc)
    start, name = span.start, span.end - 1
    if name < 2 or table.lower[name - 1] != "of" or table.lower[name - 2] not in gazetteer.state_heads:
        return None
    if table.lower[start] == "the":
        start += 1
    return name if start in (name - 2, name) and table.text[name][:1].isupper() and table.alpha[name] else None


def _known(gazetteer: Gazetteer) -> Callable[[str], bool]:
    return lambda word: gazetteer.lookup(word) is not None


def _unknown_state_name(reference: StateReference, names: dict[str, str]) -> str | None:
    """The name (of ``names``, by folded form) an unknown state slot stands for: the same name, or
    a shorter name its demonym is made of ("Ruritanian": "Ruritania"; "Zemblan": "Zembla"; not
    "Houthi": "Houthis", a group), or after "the" the same name ("the Dastan government")."""
    if reference.unknown is None:
        return None
    word = fold(reference.unknown)
    if reference.name_end is not None:
        return names.get(word)
    return _demonym_of(word, names) or (names.get(word) if reference.bare else None)


def unknown_state(reference: StateReference, states: dict[str, GazetteerEntry]) -> GazetteerEntry | None:
    """The state of ``states`` (by folded name) that a reference to an unknown state stands for, else ``None``."""
    name = _unknown_state_name(reference, {folded: state.label for folded, state in states.items()})
    return states[fold(name)] if name is not None else None


def without_unknown_demonyms(linked: list[tuple[Span, Link]], lexicon: LinkingLexicon) -> list[tuple[Span, Link]]:
    """``linked`` without the one-word names that are the demonym of a state no reference list knows
    ("the Kalmari embassy" of "the Republic of Kalmar"): an adjective of nationality names nothing."""
    states = {fold(link.entity.label.split()[-1]): link.entity.label for _, link in linked
              if link.entity.kind == "state" and not link.entity.qid and not link.entity.gazetteer_id}
    if not states:
        return linked
    return [(span, link) for span, link in linked if link.entity.kind == "state" or link.entity.gazetteer_id or not demonym_alone(span, states, lexicon)]


def demonym_alone(span: Span, state_names: dict[str, str], lexicon: LinkingLexicon) -> bool:
    """Whether a one-word name is the demonym of a state the gazetteer does not know ("Velmoran" of "Velmora")."""
    word = fold(strip_name(span.text))
    return " " not in word and any(word.endswith(ending) for ending in lexicon.demonym_endings) and _demonym_of(word, state_names) is not None


def unknown_state_of_demonym(word: str, names: dict[str, str]) -> str | None:
    """The value of ``names`` (by a state's folded name; states no reference list knows) that a one-word demonym
    is made of ("Korvathi" of "Korvath", "Tessarian" of "Tessaria"), else ``None``."""
    folded = fold(word)
    if " " in folded or not folded.endswith(tuple(linking_lexicon().demonym_endings)):
        return None
    return _demonym_of(folded, names)


def _demonym_of(word: str, names: dict[str, str]) -> str | None:
    """The name of ``names`` a demonym is made of: a longer word on the name's stem ("ruritanian": "Ruritania"),
    or the name in "-ia" without its last letter ("somali": "Somalia", "kessari": "Kessaria")."""
    return next((name for folded, name in names.items() if 4 <= len(folded) and word.startswith(folded[:-1])
                 and (len(folded) < len(word) or (word == folded[:-1] and folded.endswith("ia")))), None)


def with_unknown_state_references(spans: list[Span], references: dict[tuple[int, int], StateReference],
                                  states: dict[str, GazetteerEntry]) -> list[Span]:
    """The entity spans with the references to unknown states in place of the model's spans they overlap."""
    if not spans:
        return spans
    names = {folded: state.label for folded, state in states.items()}
    accepted = [Span(spans[0].doc, start, end, label=SPACY_LABEL_BY_KIND[ref.template.kind])
                for (start, end), ref in references.items() if ref.unknown and _unknown_state_name(ref, names)]
    kept = [span for span in spans if not any(span.start < a.end and a.start < span.end for a in accepted)]
    return sorted(kept + accepted, key=lambda span: span.start)


def as_states(linked: list[tuple[Span, Link]], states: dict[str, GazetteerEntry], gazetteer: Gazetteer) -> list[tuple[Span, Link]]:
    """Names of an unknown state of the document (the model may tag them as anything) are that state."""
    found = []
    for span, link in linked:
        state = states.get(fold(link.entity.label)) if not link.entity.gazetteer_id and not link.entity.qid else None
        found.append((span, entry_link(state, "context", gazetteer) if state else link))
    return found
