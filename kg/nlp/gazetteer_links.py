"""Which gazetteer entry a name span denotes, if any.

- A span the gazetteer ruler matched is its entry; a model span is the entry of its name, of its name without a role
  prefix ("Azerbaijani President Ilham Aliyev"), or of an area's name with another area head ("Bryansk region") or
  without one; not where a word of another name is before it ("Bashir Hajiyev", "Lake Chad").
- A place run into its state's name is two names ("in Gedo Somalia"); a match that only modifies a noun after it
  ("Azerbaijani military operation") names nothing; a known body's name opened by its state's name mentions the
  state too ("Azerbaijan Defence Ministry").
- A surname alone after a leader's title is the one listed person of that surname ("President Ruto").
- A listed city is no link where the story names another state that has a city of its name ("Tripoli" in a story
  about Lebanon).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kg.nlp.gazetteer import SPACY_LABEL_BY_KIND, Gazetteer, GazetteerEntry, normalise_name, strip_name
from kg.nlp.links import CONFIDENCE, Link, entry_link
from kg.nlp.names import KINDS_BY_NER_LABEL, LinkingLexicon, compass_adjective, never_a_name_alone
from kg.nlp.spans import name_particle
from kg.records import Entity
from kg.words import shared_words


def link_known(span: Span, gazetteer: Gazetteer, lexicon: LinkingLexicon, nouns: frozenset[str]) -> Link | None:
    """The gazetteer entry of a span: the ruler's match, else a listed armed group's whole name of more than one
    token (a hyphenated word too: "al-Shabab") the model took for a person's, else its name without role prefixes, else
    for an area its name with another area head ("Bryansk region", "the Belgorod and Bryansk Regions":
    the row "Bryansk Oblast") or without one ("Surin province" is the row "Surin"), for a subdivision
    also without a capitalised "State" ("Zamfara State" is the row "Zamfara")."""
    if span.ent_id_ and span.ent_id_ in gazetteer.entries:
        method = "gazetteer" if gazetteer.lookup(span.text) else "gazetteer-pattern"
        return entry_link(gazetteer.entries[span.ent_id_], method, gazetteer)
    kinds = KINDS_BY_NER_LABEL.get(span.label_)
    if kinds is None:
        return None
    if span.label_ == "PERSON" and len(span) > 1 and (entry := gazetteer.lookup(span.text)) is not None and entry.kind == "armed_group":
        return entry_link(entry, "ner+gazetteer", gazetteer)  # "told Reuters al-Shabab also burned ...": the group, no person
    stem, _, head = strip_name(span.text).rpartition(" ")
    if stem and (head.lower() in lexicon.area_heads or head.lower().removesuffix("s") in lexicon.area_heads):  # "Bryansk Regions"
        for name in [span.text, *(f"{stem} {other}" for other in sorted(lexicon.area_heads)), stem]:
            entry = gazetteer.lookup(name)
            if entry is not None and entry.kind == "place":
                return entry_link(entry, "ner+gazetteer", gazetteer)
    if stem and head[:1].isupper() and head.lower() in lexicon.subdivision_heads:  # "Zamfara State": the subdivision, not a city of its name
        entry = gazetteer.lookup(stem)
        if entry is not None and entry.kind == "place" and entry.lat is None:
            return entry_link(entry, "ner+gazetteer", gazetteer)
    for start in range(len(span)):  # drop role prefixes one token at a time
        if _heads_an_of_name(span[:start], lexicon):
            break  # "the Gulf of Aden" is no Aden
        if never_a_name_alone(span[start:], lexicon):
            return None  # "in the North" is no region named North
        if start and span[start - 1].text == "-" and not span[start - 1].whitespace_:
            continue  # "Shah-e-Mardan" is no Mardan: the hyphen joins the name to what is before it
        entry = gazetteer.lookup(span[start:].text)
        if entry is not None and _common_noun_without_article(span[start:], entry, nouns):
            continue  # "the Cauca Valley", "from the Valley side": no "The Valley" (Anguilla's capital)
        if entry is not None and _name_word_before(span[:start], gazetteer, lexicon, entry):
            return None  # "Bashir Hajiyev" is not the gazetteer's Hikmet Hajiyev, "Lake Chad" not Chad
        if entry is not None and entry.kind in kinds:
            return entry_link(entry, "ner+gazetteer", gazetteer)
    return None


def _common_noun_without_article(name: Span, entry: GazetteerEntry, nouns: frozenset[str]) -> bool:
    """Whether ``name`` is one common noun or adjective (one the lemmatizer lists) that names the entry only with the
    capitalised "The" its name opens with ("The Valley", Anguilla's capital): "the Cauca Valley" and "from
    the Valley side" name no such place. A name that is no common noun keeps its entry without "The"
    ("Hague", "Gambia")."""
    word = strip_name(name.text)
    if " " in word or word.lower() not in nouns or name.text.startswith("The "):
        return False
    return any(written.startswith("The ") and strip_name(written).lower() == word.lower() for written in (entry.label, *entry.aliases))


def _name_word_before(prefix: Span, gazetteer: Gazetteer, lexicon: LinkingLexicon, entry: GazetteerEntry) -> bool:
    """Whether a prefix dropped before a known name ends in a word of another name: a capitalised
    word that is no title, role, function or compass word, and names no state or group ("Bashir"
    Hajiyev, "Lake" Chad, "Port" Sudan; not "President", "Thai", "Northern", "Muslim"), or a lower-case
    name particle after a capitalised word ("Mocimboa da" Praia). Before a
    body's name, words like "National" and "Federal" make another body ("Pakistan's National
    Security Council" is not the UN's "Security Council"), and so does the name of a state the body
    does not belong to ("the Kenya Red Cross" is not the International Committee of the Red Cross,
    "The Somalia Guardian" not The Guardian)."""
    if len(prefix) > 1 and prefix[-1].text in lexicon.name_particles and prefix[-2].text[:1].isupper():
        return True  # "Mocimboa da Praia" is no Praia, as "Shah-e-Mardan" is no Mardan: the particle joins the name
    if not len(prefix) or not prefix[-1].text[:1].isupper():
        return False
    word = prefix[-1].lower_.rstrip(".")
    not_names = lexicon.honorifics | lexicon.person_roles | lexicon.leader_titles | lexicon.generic_institutions
    if word in not_names or word in lexicon.name_function_words:
        return False
    if word in lexicon.non_name_words and entry.kind not in ("organization", "armed_group"):
        return False
    if any(word == group.lower() for group in shared_words().group_demonyms):
        return False  # "mainly Muslim Azerbaijan"
    named = gazetteer.lookup(word)
    if entry.kind == "organization" and named is not None and named.kind == "state" and not entry.part_of and not entry.stands_for:
        return True
    return gazetteer.state_of_demonym(word) is None and named is None


def _heads_an_of_name(prefix: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a prefix ends in "of" after a head that is no generic institution ("Gulf of", "University
    of"; not "Government of", which still names the state)."""
    words = [token.lower_ for token in prefix if token.lower_ != "the"]
    return len(words) >= 2 and words[-1] in lexicon.name_function_words and not set(words[:-1]) <= lexicon.generic_institutions


def split_place_and_state(spans: Iterable[Span], gazetteer: Gazetteer, lexicon: LinkingLexicon) -> list[Span]:
    """``spans`` with a place name the model ran into the name of its state without a comma cut in
    two ("in Gedo Somalia": Gedo, Somalia), also a place the gazetteer does not know run into a part
    of its state named by a compass adjective ("in Mpondwe Western Uganda": Mpondwe, Uganda); a name
    the gazetteer knows whole stays whole ("Belfast Northern Ireland" keeps "Northern Ireland"). A body's name ending
    in an organisation word run into a listed city is cut too ("Defence Headquarters Abuja": the body, Abuja)."""
    found: list[Span] = []
    for span in spans:
        cut, state_start = None, None
        if not span.ent_id_ and span.label_ in ("GPE", "LOC", "FAC") and len(span) > 1 and gazetteer.lookup(span.text) is None:
            cut = next((i for i in range(1, len(span)) if _known_kind(span[:i].text, gazetteer) == "place" and _known_kind(span[i:].text, gazetteer) == "state"), None)
            state_start = cut
            if cut is None and len(span) > 2 and compass_adjective(span[-2].lower_, lexicon) and span[-3].text[:1].isupper() \
                    and _known_kind(span[-1].text, gazetteer) == "state" and gazetteer.lookup(span[-2:].text) is None:
                cut, state_start = len(span) - 2, len(span) - 1
        elif not span.ent_id_ and span.label_ in ("ORG", "PERSON") and len(span) > 2 and span[-2].lower_ in lexicon.organization_words \
                and span[-2].text[:1].isupper() and _known_kind(span[-1].text, gazetteer) == "place" and gazetteer.lookup(span.text) is None:
            found.extend((Span(span.doc, span.start, span.end - 1, label="ORG"), Span(span.doc, span.end - 1, span.end, label="GPE")))
            continue  # "Defence Headquarters Abuja": the body, then the city it sits in
        if cut is None and not span.ent_id_:
            cut = _posted_place(span, gazetteer, lexicon)
            if cut is not None:  # "Ambassador to Manila Shambhu Kumaran": the post, then the person
                found.extend((Span(span.doc, span.start, span.start + cut, label="GPE"), Span(span.doc, span.start + cut, span.end, label="PERSON")))
                continue
        if cut is None or state_start is None:
            found.append(span)
        else:
            found.extend((Span(span.doc, span.start, span.start + cut, label="LOC"), Span(span.doc, span.start + state_start, span.end, label="GPE")))
    return found


def _posted_place(span: Span, gazetteer: Gazetteer, lexicon: LinkingLexicon) -> int | None:
    """Where a known place ends that opens a name the model ran on into the person's name after it, right after an
    office held at a post and its preposition ("Ambassador to [Manila Shambhu Kumaran]", "Consul in [Baku X Y]", "Envoy
    to the [Philippines X Y]"): the longest place or state at its start with two capitalised words or more after it, for
    a name the gazetteer does not know whole; not a name with no such title before it ("Paris Hilton", "Lima Mendes"), nor
    a body's name, the rest holding an organisation or armed-group word ("delegate to Kenya Red Cross Society")."""
    doc, before = span.doc, span.start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    if before < 1 or doc[before].lower_ not in lexicon.posting_prepositions or doc[before - 1].lower_ not in lexicon.posted_titles:
        return None
    if gazetteer.lookup(span.text) is not None:
        return None
    for cut in range(len(span) - 2, 0, -1):
        rest = span[cut:]
        if _known_kind(span[:cut].text, gazetteer) in ("place", "state") and all(t.is_alpha and t.text[:1].isupper() for t in rest) \
                and gazetteer.lookup(rest.text) is None and not lexicon.body_words & {t.lower_ for t in rest}:
            return cut
    return None


def _known_kind(name: str, gazetteer: Gazetteer) -> str | None:
    entry = gazetteer.lookup(name)
    return None if entry is None else entry.kind


def modifies_following_noun(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a match only modifies a noun after it: an adjective ("Azerbaijani military
    operation"), a force named as the kind of some people ("Azerbaijani police officers"), of its
    premises or of another body ("the Timba police station", "Honduras' national police
    investigation agency": the noun the compounds end in)."""
    last = span[-1]
    if last.head.i < span.end:
        return False
    if last.pos_ == "ADJ" and last.dep_ == "amod":
        return True
    if last.dep_ != "compound":
        return False
    if last.head.lower_ in lexicon.member_nouns:
        return True
    if last.lower_ not in lexicon.armed_group_words | lexicon.personal_bodies:
        return False  # "the Xinhua news agency", "Reuters news agency" still name the outlet
    head = last.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.lower_ in lexicon.premises_nouns | lexicon.facility_heads | lexicon.organization_words


def after_name_particle(span: Span, gazetteer: Gazetteer, lexicon: LinkingLexicon) -> Span | None:
    """A known name the ruler matched after a capitalised word and a lower-case name particle
    ("Mocimboa da [Praia]"), unmatched: the longer name it ends when no other span holds those words
    (or when the span holds them already), else the name alone; None for any other span."""
    doc, start = span.doc, span.start
    if not span.ent_id_:
        return None
    if gazetteer.lookup(span.text) is None and any(
            doc[i].text in lexicon.name_particles and doc[i - 1].text[:1].isupper() for i in range(start + 1, span.end - 1)):
        return Span(doc, start, span.end, label=span.label_)  # "[Quissanga da Praia]" matched as Praia
    if start < 2 or not name_particle(doc[start - 1], lexicon) or not doc[start - 2].text[:1].isupper():
        return None
    if doc[start - 2].ent_iob_ == "O" and doc[start - 1].ent_iob_ == "O" and doc[start - 2].is_alpha:
        return Span(doc, start - 2, span.end, label=span.label_)
    return Span(doc, start, span.end, label=span.label_)


def state_named_in(span: Span, link: Link, gazetteer: Gazetteer) -> list[tuple[Span, Link]]:
    """The state a known body belongs to, when the body's span opens with the state's own name ("the
    Russia Foreign Ministry", "Azerbaijan Defence Ministry"): a mention of the state too, as in a
    template reference ("Cambodia's defence ministry"). Not a demonym ("the Russian Foreign Ministry")."""
    state = gazetteer.related(link.entity, "part_of") if link.entity.kind in ("organization", "armed_group") else None
    if state is None or state.kind != "state":
        return []
    start = span.start + 1 if span[0].lower_ == "the" else span.start
    for name in (state.label, *state.aliases):
        words = name.split()
        end = start + len(words)
        if end < span.end and [token.text for token in span.doc[start:end]] == words:
            return [(span.doc[start:end], entry_link(state, "gazetteer", gazetteer))]
    return []


def known_title_field(field: Span, gazetteer: Gazetteer) -> list[tuple[Span, Link]]:
    """The field of a title cut off a person's name, when the gazetteer knows it ("Special Envoy for
    Sudan Tom Perriello": Sudan; "for the Horn of Africa")."""
    doc, start = field.doc, field.start
    if field[0].lower_ == "the":
        start += 1
    entry = gazetteer.lookup(doc[start : field.end].text) if start < field.end else None
    if entry is None:
        return []
    return [(Span(doc, start, field.end, label=SPACY_LABEL_BY_KIND[entry.kind]), entry_link(entry, "ner+gazetteer", gazetteer))]


def leader_by_surname(span: Span, gazetteer: Gazetteer, lexicon: LinkingLexicon) -> Link | None:
    """A surname alone after a leader's title is the one listed person of that surname ("President Ruto":
    William Ruto); none when several listed people share it ("President Kim")."""
    title = span.doc[span.start - 1] if span.start > 0 else None
    if len(span) != 1 or title is None or title.lower_ not in lexicon.leader_titles or not title.text[:1].isupper():
        return None
    entry = gazetteer.person_of_surname(span.text)
    return Link(gazetteer.entity(entry), "ner+surname", CONFIDENCE["ner+surname"]) if entry is not None else None


def without_foreign_namesakes(doc: Doc, linked: list[tuple[Span, Link]], gazetteer: Gazetteer) -> list[tuple[Span, Link]]:
    """A listed city is not linked where the story names a state that has another city of its name but
    never the city's own state ("clashes in Tripoli" in a story about Lebanon are not in Libya's capital,
    nor does that Tripoli stand for Libya); it stays a place of that name."""
    entries = [gazetteer.entries.get(link.entity.gazetteer_id or "") for _, link in linked]
    if not any(entry is not None and entry.namesakes_in for entry in entries):
        return linked
    named = _states_named(doc, entries, gazetteer)
    foreign = {
        entry.id for entry in entries
        if entry is not None and entry.namesakes_in and entry.located_in not in named and named.intersection(entry.namesakes_in)
    }
    return [(span, _unlisted_place(link) if link.entity.gazetteer_id in foreign else link) for span, link in linked]


def _states_named(doc: Doc, entries: Iterable[GazetteerEntry | None], gazetteer: Gazetteer) -> set[str]:
    """The gazetteer ids of the states a story names: by name, capital, body, unambiguous place or demonym."""
    named: set[str] = set()
    for entry in entries:
        if entry is not None and not entry.namesakes_in:
            named.update(ref for ref in (entry.id if entry.kind == "state" else None, entry.stands_for, entry.part_of, entry.located_in) if ref)
    demonyms = gazetteer.demonyms()
    for token in doc:
        if token.lower_ in demonyms:
            state = gazetteer.state_of_demonym(token.text)
            if state is not None:
                named.add(state.id)
    return named


def _unlisted_place(link: Link) -> Link:
    label = link.entity.label
    return Link(Entity(key=f"name:{normalise_name(label)}", label=label, kind="place"), "ner", CONFIDENCE["ner"])
