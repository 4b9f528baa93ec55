"""Entity linking: decide which real-world entity each named-entity span denotes.

The rules, in order (first that applies wins):

1. A span the gazetteer ruler matched carries its gazetteer id: that entry.
2. A model NER span whose name, or name without a role prefix ("Azerbaijani
   President Ilham Aliyev"), is a gazetteer name of a compatible kind: that entry
   (``kg.nlp.gazetteer_links``).
3. An acronym defined in the text ("... Shared Future (PRCCSF)", "African Union Mission in
   Somalia (AMISOM)") is the entity it abbreviates (``kg.nlp.acronyms``).
4. Any other person, organisation or place name becomes an unknown entity keyed
   by its normalised name.
5. Spellings and short forms of one name in a document are one entity (a lone surname is the
   person with that full name; ``kg.nlp.coreference``).
6. A title alone ("the Secretary-General") is the person last named with it, else the holder the
   lexicon names.

Descriptions of a state's bodies and roles ("the Thai army", "the Ministry of Defense") and titles
alone are linked by ``kg.nlp.descriptive_references``, also for states the gazetteer does not know
(``kg.nlp.unknown_states``). Spans the rules reject (nationality adjectives, dates, headline noise,
a community's adjective or a weapon's model: ``kg.nlp.non_names``) link to nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.nlp.acronyms import acronym_definitions, acronym_of_common_noun, defined_titles, place_acronyms
from kg.nlp.coreference import VariantRules, fold, merge_variants, missed_short_forms
from kg.nlp.descriptive_references import link_government_body, link_lone_titles, link_references, most_named_state
from kg.nlp.doccache import token_table
from kg.nlp.gazetteer import Gazetteer, normalise_name, strip_name
from kg.nlp.gazetteer_links import (
    after_name_particle,
    known_title_field,
    leader_by_surname,
    link_known,
    modifies_following_noun,
    split_place_and_state,
    state_named_in,
    without_foreign_namesakes,
)
from kg.nlp.intervals import Intervals
from kg.nlp.links import CONFIDENCE, Link, entry_link
from kg.nlp.names import (
    UNKNOWN_KIND_BY_NER_LABEL,
    LinkingLexicon,
    NameRules,
    extends_name,
    plain_given_name,
    title_field,
    unknown_name,
    without_title_field,
)
from kg.nlp.non_names import before_community_noun, weapon_model
from kg.nlp.spans import corrected_spans
from kg.nlp.templates import STATE_REFERENCES, StateReference
from kg.nlp.unknown_states import (
    as_states,
    demonym_alone,
    find_unknown_states,
    government_of,
    with_unknown_state_references,
    with_untagged_state_names,
    without_unknown_demonyms,
)
from kg.records import Entity
from kg.words import shared_words

#: The kinds the model gives an armed group's name that another mention shows to be one ("Varga fighters").
_ARMED_ELSEWHERE_KINDS = frozenset({"organization", "person"})


def link_entities(doc: Doc, gazetteer: Gazetteer, lexicon: LinkingLexicon, common: frozenset[str] = frozenset(),
                  fields: frozenset[str] = frozenset()) -> list[tuple[Span, Link]]:
    """Link the named-entity spans of ``doc``; returns the linked spans in text order.

    An acronym definition adds its long name as a span when the model missed it,
    replacing the model spans inside it.
    """
    linked: list[tuple[Span, Link]] = []
    pending: list[Span] = []
    references = doc.user_data.get(STATE_REFERENCES, {})
    rules = NameRules(lexicon, gazetteer.demonym_words, common, fields)
    spans = corrected_spans(doc, lexicon, references, gazetteer.stands_for_state)
    unknown_states = find_unknown_states(doc, references, gazetteer, rules, spans)
    spans = with_untagged_state_names(doc, spans, unknown_states)
    referring: list[tuple[Span, StateReference]] = []
    for span in split_place_and_state(with_unknown_state_references(spans, references, unknown_states), gazetteer, lexicon):
        reference = None if span.ent_id_ else references.get((span.start, span.end))
        if (span.ent_id_ or reference) and modifies_following_noun(span, lexicon):
            if reference is not None and reference.name_end is not None and len(reference.states) == 1:
                state = gazetteer.entries[reference.states[0]]  # "Honduras' national police investigation agency" names Honduras
                linked.append((doc[span.start : reference.name_end], entry_link(state, "gazetteer", gazetteer)))
            continue  # "Azerbaijani military operation": an adjective, not the armed forces
        if reference is not None:
            referring.append((span, reference))
            continue
        particle_name = after_name_particle(span, gazetteer, lexicon)
        if particle_name is not None:
            span = particle_name  # "Mocimboa da [Praia]": the end of a longer name, not the known place
        link = None if particle_name is not None else link_known(span, gazetteer, lexicon, fields)
        if link is not None:
            linked.append((span, link))
            linked.extend(state_named_in(span, link, gazetteer))
        elif span.label_ in UNKNOWN_KIND_BY_NER_LABEL:
            pending.append(span)
    bodies = [(span, reference) for span, reference in referring if reference.template.refers != "role"]
    named = Counter(fold(strip_name(span.text)) for span in doc.ents) if unknown_states else Counter[str]()
    unknown_counts = [(state, named[folded]) for folded, state in unknown_states.items()]
    own_names = [(name, fold(name)) for name in _last_first(strip_name(span.text) for span in pending)]
    linked.extend(link_references(bodies, linked, most_named_state(linked, gazetteer, unknown_counts), gazetteer, unknown_states, own_names))
    known = {(span.start_char, span.end_char): link for span, link in linked}
    definitions = acronym_definitions(doc, known, lexicon)
    by_acronym = {acronym: link for _, acronym, link in definitions}
    long_names = [name for name, _, _ in definitions]
    # the text's own definition of an acronym beats the gazetteer's: "Armed Forces of the Philippines (AFP)" ... "the AFP said"
    linked = [(span, by_acronym.get(span.text, link)) for span, link in linked if not any(_inside(span, name) for name in long_names)]
    linked.extend((name, link) for name, _, link in definitions if (name.start_char, name.end_char) not in known)
    linked.extend(place_acronyms(doc, definitions, linked))
    home_state = most_named_state(linked, gazetteer, unknown_counts)
    state_names = {folded: state.label for folded, state in unknown_states.items()}
    titles = defined_titles(doc, lexicon)
    # a piece of a defined long name (the long name stands for it), or of a defined title or its acronym
    # ("Director of Defence Media Operations (DDMO)" ... "the DDMO said": a title and its words, no body)
    defined = Intervals([(name.start, name.end) for name in [*long_names, *titles.values()]])
    for span in pending:
        if span.text in titles or defined.overlaps(span.start, span.end):
            continue
        if state_names and demonym_alone(span, state_names, lexicon):
            continue  # "Velmoran drones": an adjective of nationality names nothing
        if before_community_noun(span, lexicon):
            continue  # "armed Nuer youth": an ethnic group's adjective names no actor
        if weapon_model(span, lexicon) or acronym_of_common_noun(span):
            continue  # "Katyusha rockets", "an RPG", "a rocket-propelled grenade (RPG)": a weapon names no actor
        at = government_of(span, gazetteer) if unknown_states else None
        if at is not None and fold(span.doc[at].text) in unknown_states:
            linked.append((span.doc[at : at + 1], entry_link(unknown_states[fold(span.doc[at].text)], "context", gazetteer)))
            continue  # "the Government of Zandria" is Zandria, as "the Government of Sudan" is Sudan
        name = without_title_field(span, rules)
        if name is not span:
            linked.extend(known_title_field(doc[span.start : name.start], gazetteer))  # "Envoy for [Sudan] Tom Perriello"
            span = name
        elif title_field(span, rules):
            continue  # "Chief of Army Staff General Asim Munir": the title's field names nothing
        link = (
            by_acronym.get(span.text)
            or link_government_body(span, home_state, linked, gazetteer, lexicon, own_names)
            or leader_by_surname(span, gazetteer, lexicon)
            or _link_unknown(span, rules)
        )
        if link is not None:
            linked.append((span, link))
    linked = without_unknown_demonyms(_one_entity_per_key(as_states(linked, unknown_states, gazetteer)), lexicon)
    linked = _with_aliases(doc, sorted(linked, key=lambda pair: pair[0].start), lexicon)
    linked = merge_variants(linked, _entity_of, _relinked, _variant_rules(gazetteer, lexicon))
    found = missed_short_forms(doc, [(span, link.entity) for span, link in linked])
    linked.extend((span, _relinked(Link(entity, "ner", 0.0), entity)) for span, entity in found)
    roles = [(span, reference) for span, reference in referring if reference.template.refers == "role"]
    linked.extend(link_references(roles, linked, home_state, gazetteer, unknown_states))
    linked.extend(link_lone_titles(doc, linked, gazetteer, lexicon))
    linked = _namesakes_in_titles(doc, linked, gazetteer, rules)
    linked = _surnames_of_named_people(sorted(linked, key=lambda pair: pair[0].start), lexicon)
    return sorted(without_foreign_namesakes(doc, linked, gazetteer), key=lambda pair: pair[0].start_char)


def _namesakes_in_titles(doc: Doc, linked: list[tuple[Span, Link]], gazetteer: Gazetteer, rules: NameRules) -> list[tuple[Span, Link]]:
    """``linked`` with a listed person's surname alone after another given name the model missed (at the end
    of a long title: "Deputy Minister of Territorial Administration and Infrastructure Hovhannes Harutyunyan
    said": not the listed Arayik Harutyunyan) replaced by the given name and surname, a person of their own.
    The given name is a capitalised proper noun outside every linked span that is no title, role or known
    name, and none of the listed person's own names."""
    lexicon = rules.lexicon
    taken = Intervals([(span.start, span.end) for span, _ in linked])
    result = []
    for span, link in linked:
        entity = link.entity
        given = doc[span.start - 1] if span.start > 0 else None
        if len(span) != 1 or entity.kind != "person" or not (entity.gazetteer_id or entity.qid) or given is None \
                or taken.overlaps(given.i, given.i + 1) or span.text == entity.label.split()[0]:
            result.append((span, link))
            continue
        if not plain_given_name(given, lexicon) or given.text in entity.label.split() \
                or gazetteer.lookup(given.text) is not None or gazetteer.state_of_demonym(given.text) is not None \
                or extends_name(doc, span.end, lexicon):
            result.append((span, link))
            continue
        full = Span(doc, given.i, span.end, label="PERSON")
        own = _link_unknown(full, rules)
        result.append((full, own) if own is not None and own.entity.kind == "person" else (span, link))
    return result


def _surnames_of_named_people(linked: list[tuple[Span, Link]], lexicon: LinkingLexicon) -> list[tuple[Span, Link]]:
    """``linked`` (in text order) with a person's surname alone, decided per mention: the person the text last
    named before it in full or after a title with that surname ("Prosecutor General Kamran Aliyev said ...
    Aliyev told reporters": not the listed Ilham Aliyev; "Hovhannes Harutyunyan, a resident, said ...
    Harutyunyan added": not the listed Arayik Harutyunyan; "Interim President Kambou said ... Kambou left",
    after "the farmer Moussa Kambou": the listed president again; not a relative named by the namesake's surname:
    "Bongo's late father, President Omar Bongo ... Bongo had won" is still the son). A surname before every such name is
    the listed person of the gazetteer alias, unless the text never names that person otherwise and names
    exactly one other person of that surname in full. A surname after a title ("President Aliyev") keeps its
    link; a lone surname no reference list knows, left apart because the text names several people of it
    ("Mwangi" after "Peter Mwangi" and "Jomo Mwangi"), is the last of them named before it."""
    named_listed = {link.entity.key for span, link in linked if link.entity.kind == "person" and (len(span) > 1 or _after_title(span, lexicon))}
    in_full: dict[str, dict[str, Entity]] = {}  # people named in full or after a title, by surname
    for span, link in linked:
        entity = link.entity
        if _named_in_full(span, entity, lexicon):
            in_full.setdefault(fold(entity.label.split()[-1]), {})[entity.key] = entity
    last_named: dict[str, Entity] = {}
    result = []
    for span, link in linked:
        entity = link.entity
        if entity.kind != "person":
            result.append((span, link))
            continue
        if _named_in_full(span, entity, lexicon):
            last_named[fold(entity.label.split()[-1])] = entity
        if len(entity.label.split()) > 1 and (len(span) > 1 or _after_title(span, lexicon)):
            result.append((span, link))
            continue
        listed = entity.gazetteer_id is not None or entity.qid is not None
        lone = not listed and fold(entity.label) == fold(span.text)  # a surname left apart: several fuller names
        if len(span) != 1 or not (listed or lone):
            result.append((span, link))
            continue
        surname = fold(span.text)
        other = last_named.get(surname)
        if other is None and listed and entity.key not in named_listed:
            others = [person for key, person in in_full.get(surname, {}).items() if key != entity.key]
            other = others[0] if len(others) == 1 else None
        if other is not None and other.key != entity.key:
            link = _relinked(link, other)
        result.append((span, link))
    return result


def _named_in_full(span: Span, entity: Entity, lexicon: LinkingLexicon) -> bool:
    """Whether a mention names a person in full or after a title, other than as a relative of a namesake
    named by the same surname ("Bongo's late father, President Omar Bongo": the story's Bongo is still the son)
    or by a pronoun and a noun of kin ("his father, Omar Bongo")."""
    if entity.kind != "person" or len(entity.label.split()) < 2 or not (len(span) > 1 or _after_title(span, lexicon)):
        return False
    root = span.root
    if root.dep_ != "appos":
        return True
    surname = fold(entity.label.split()[-1])
    kin = root.head.lemma_.lower() in lexicon.kin_nouns
    pronouns = shared_words().pronouns.person
    return not any(
        child.dep_ == "poss" and (fold(child.text) == surname or (kin and child.lower_ in pronouns)) for child in root.head.children
    )


def _after_title(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a title, honorific or role word comes right before a name ("President Aliyev")."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1].lower_.rstrip(".")
    return word in lexicon.leader_titles or word in lexicon.person_roles


def _variant_rules(gazetteer: Gazetteer, lexicon: LinkingLexicon) -> VariantRules:
    """The word classes and the state words that spellings of one name may differ by."""

    def state_of_word(word: str) -> str | None:
        entry = gazetteer.state_of_demonym(word) or gazetteer.lookup(word)
        return entry.id if entry is not None and entry.kind == "state" else None

    return VariantRules(
        lexicon.area_heads | lexicon.settlement_words, lexicon.facility_heads,
        lexicon.body_words, state_of_word, lexicon.subdivision_heads,
    )


def _last_first(names: Iterable[str]) -> list[str]:
    """Distinct names in the order of their last occurrence."""
    return list(dict.fromkeys(reversed(list(names))))[::-1]


def _with_aliases(doc: Doc, linked: list[tuple[Span, Link]], lexicon: LinkingLexicon) -> list[tuple[Span, Link]]:
    """``linked`` (in text order) with a second name given right after a name by an alias cue ("Ali
    Mohamed Hussein, also known as Ali Jabal", "Loije (also known as Lwegel)") linked, wherever it
    stands, to the entity of the name before the cue: one entity, not two. Only a name the gazetteer
    does not list is taken for an alias (two listed entities stay two)."""
    cues = [tuple(cue.split()) for cue in lexicon.alias_cues]
    lower = token_table(doc).lower
    by_end = {span.end: link for span, link in linked}
    alias_of: dict[str, Entity] = {}
    for span, link in linked:
        if link.entity.qid is not None or link.entity.gazetteer_id is not None:
            continue
        for cue in cues:
            start = span.start - len(cue)
            if start < 1 or tuple(lower[start : span.start]) != cue:
                continue
            end = start - 1 if lower[start - 1] in (",", "(") else start
            named = by_end.get(end)
            if named is not None and named.entity.key != link.entity.key:
                alias_of.setdefault(link.entity.key, named.entity)
            break
    if not alias_of:
        return linked
    return [(span, _relinked(link, alias_of[link.entity.key]) if link.entity.key in alias_of else link) for span, link in linked]


def _entity_of(link: Link) -> Entity:
    return link.entity


def _relinked(link: Link, entity: Entity) -> Link:
    """A variant's link to the entity of the first spelling (``kg.nlp.coreference``)."""
    method = "ner+surname" if entity.kind == "person" else "ner+variant"
    return Link(entity, method, CONFIDENCE[method])


def _one_entity_per_key(linked: list[tuple[Span, Link]]) -> list[tuple[Span, Link]]:
    """Links of one key share one entity: the one that knows the state it belongs to, else the first one not
    written in capitals only (a dateline's "PORT HALVEN" is labelled as the text's "Port Halven"; one word in
    capitals may be an acronym, and keeps its form). An unknown name that one mention shows to be an armed
    group ("Varga fighters") is one in all of them, also where another mention came first, where the model
    took it for an organisation or a person ("Varga launch attacks ... several Varga fighters were killed"). An
    unknown name (no Wikidata or gazetteer entry) that one mention shows to be a place ("rallies were held in Tarsk",
    "El Kardun, the capital of West Varda") is a place in all of them where the model took it for an organisation
    ("attacks on El Kardun") or, for a one-word name, for a person ("Tarsk, in turn, said ...": a city speaking)."""
    best: dict[str, Entity] = {}
    for _, link in linked:
        known = best.get(link.entity.key)
        if known is None or (link.entity.part_of and not known.part_of):
            best[link.entity.key] = link.entity
        elif _shouted(known.label) and not link.entity.label.isupper() and bool(link.entity.part_of) == bool(known.part_of):
            best[link.entity.key] = link.entity
    armed = {link.entity.key for _, link in linked if link.entity.kind == "armed_group" and link.method == "ner"}
    for key in armed & best.keys():
        if best[key].kind in _ARMED_ELSEWHERE_KINDS and best[key].qid is None:
            best[key] = replace(best[key], kind="armed_group")
    places = {link.entity.key for _, link in linked if link.entity.kind == "place" and link.method == "ner"}
    for key in places & best.keys():  # "Tarsk, in turn, said ..." ... "rallies were held in Tarsk": a city speaking
        if best[key].qid is not None or best[key].gazetteer_id is not None:
            continue
        if (best[key].kind == "person" and " " not in best[key].label) or best[key].kind == "organization":
            best[key] = replace(best[key], kind="place")
    return [(span, link if best[link.entity.key] is link.entity else Link(best[link.entity.key], link.method, link.confidence)) for span, link in linked]


def _shouted(label: str) -> bool:
    """A name of two or more words written in capitals only ("PORT HALVEN")."""
    return label.isupper() and " " in label.strip()


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end and len(span) < len(outer)


def _link_unknown(span: Span, rules: NameRules) -> Link | None:
    """A new entity for a person, organisation or place name the gazetteer does not know."""
    name = unknown_name(span, rules)
    if name is None:
        return None
    label, kind = name
    return Link(Entity(key=f"name:{normalise_name(label)}", label=label, kind=kind), "ner", CONFIDENCE["ner"])


def acts_for_government(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a place name is used as an actor ("Baku asserted", "according to Moscow")."""
    root = span.root
    dep = root.dep_
    while dep == "conj" and root.head != root:
        root = root.head
        dep = root.dep_
    if dep in ("nsubj", "nsubjpass", "agent"):
        return root.head.pos_ in ("VERB", "AUX") and root.head.lemma_ not in lexicon.location_verbs
    if dep == "pobj":
        preposition = root.head
        return preposition.lower_ == "by" or (preposition.lower_ == "to" and preposition.head.lower_ == "according")
    return False
