"""Descriptions that name an entity without its name, linked by what the text names around them.

- A template reference to a state (``kg.nlp.templates``: "the Thai army", "Cambodia's defence ministry", "the
  country's police") is the state's body, or the state; one to a role ("the Thai prime minister") is the person
  last named in that role, else the state.
- An unqualified government body ("the Ministry of Defense", "the MoD") is the body of the state whose statement it
  makes, else of the state the document names most.
- A title alone ("the Secretary-General") is the person last named with it, else the holder the lexicon names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from kg.nlp.coreference import fold
from kg.nlp.doccache import children, doc_text, token_table
from kg.nlp.gazetteer import Gazetteer, GazetteerEntry, normalise_name, strip_name
from kg.nlp.links import CONFIDENCE, Link, entry_link
from kg.nlp.names import LinkingLexicon, linking_lexicon
from kg.nlp.templates import POSSESSIVES, StateReference, Template, body_names, referred_state
from kg.nlp.unknown_states import unknown_state
from kg.records import Entity


def link_references(
    referring: list[tuple[Span, StateReference]],
    linked: list[tuple[Span, Link]],
    home_state: GazetteerEntry | None,
    gazetteer: Gazetteer,
    unknown_states: dict[str, GazetteerEntry],
    names: Sequence[tuple[str, str]] = (),
) -> list[tuple[Span, Link]]:
    """Template references ("the Thai army", "Cambodia's defence ministry", "the country's police",
    "the Thai prime minister"): the state's body, the state, or the person named in that role. A
    state's name in a reference ("Cambodia's") is a mention of the state too."""
    named_states = [link.entity.gazetteer_id for _, link in sorted(linked, key=lambda p: p[0].start) if link.entity.kind == "state"]
    found = []
    bodies: dict[tuple[str, str], Link] = {}  # one entity per body and state: the first reference names it
    for span, reference in referring:
        state = _state_of(reference, [s for s in named_states if s], home_state, gazetteer, unknown_states)
        if state is None:
            continue
        template = reference.template
        if template.refers == "role":
            person = _person_in_role(span, reference, linked, state, gazetteer)
            found.append((span, person or entry_link(state, "context", gazetteer)))
        elif template.refers == "state":
            found.append((span, entry_link(state, "gazetteer-pattern", gazetteer)))
            continue
        else:
            surface = strip_name(span.text) if reference.states or reference.unknown else None  # "the country's army" names no state
            if (template.name, state.key) not in bodies:
                bodies[template.name, state.key] = _state_body(template, state, surface, gazetteer, names)
            found.append((span, bodies[template.name, state.key]))
        name_end = reference.name_end or (reference.head_start if reference.bare and fold(reference.unknown or "") == fold(state.label) else None)
        if name_end is not None:
            found.append((span.doc[span.start : name_end], entry_link(state, "gazetteer", gazetteer)))
    return found


def _state_of(reference: StateReference, named_states: list[str], home_state: GazetteerEntry | None, gazetteer: Gazetteer,
              unknown_states: dict[str, GazetteerEntry]) -> GazetteerEntry | None:
    """The state a reference names: an unknown state's, the state in focus for "the country's", else
    the gazetteer state (of a shared demonym, the one the document names)."""
    if reference.unknown is not None:
        return unknown_state(reference, unknown_states)
    if not reference.states:
        return home_state
    state_id = referred_state(reference, named_states)
    return gazetteer.entries[state_id] if state_id else None


def _state_body(template: Template, state: GazetteerEntry, surface: str | None, gazetteer: Gazetteer,
                names: Sequence[tuple[str, str]] = ()) -> Link:
    """The gazetteer entry of a state's body by one of its canonical names, else a new entity that
    belongs to the state, labelled by its own name when the document gives one (``names``: "Royal
    Thai Army" for "the Thai army"), else as the template says (as written: ``surface``, when given)."""
    candidates = body_names(template.names, state, surface or "")
    for name in candidates:
        entry = gazetteer.lookup(name)
        if entry is not None and entry.kind == template.kind:
            return entry_link(entry, "gazetteer-pattern", gazetteer)
    if template.label:
        own = _own_name(template, state, names) if surface else None
    else:
        own = _named_variant(candidates, state, names)
    label = own or (body_names((template.label,), state, surface) if template.label and surface else candidates)[0]
    entity = Entity(key=f"name:{normalise_name(label)}", label=label, kind=template.kind, part_of=gazetteer.entity(state).key)
    return Link(entity, "context", CONFIDENCE["context"])


#: Spellings of one word that name variants may differ by (American forms to British ones).
_SPELLINGS = {"defense": "defence"}


def _spelled(folded: str) -> str:
    return " ".join(_SPELLINGS.get(word, word) for word in folded.split())


def _named_variant(candidates: list[str], state: GazetteerEntry, names: Sequence[tuple[str, str]]) -> str | None:
    """The one of a template's name variants that the document itself uses without the state
    ("the Ministry of National Defense said ... Cambodia's defence ministry": "Ministry of National
    Defence of Cambodia", not the template's first variant "Ministry of Defence of Cambodia")."""
    used = {_spelled(folded.removeprefix("the ")) for _, folded in names}
    for name in candidates:
        bare = name.removesuffix(f" of {state.label}")
        if bare != name and _spelled(fold(bare)) in used:
            return name
    return None


def _own_name(template: Template, state: GazetteerEntry, names: Sequence[tuple[str, str]]) -> str | None:
    """The one name of the document (with its folded form) that names a state's force after the
    state and with the template's head word ("Kenya Defence Forces", "Ethiopian National Defense
    Force", "Haitian National Police")."""
    state_words = {fold(word) for word in (state.label, *state.demonyms)}
    heads = {fold(head[-1]).removesuffix("s") for head in template.heads}
    found = {
        folded: name
        for name, folded in names
        if len(words := folded.split()) > 1 and state_words & set(words) and words[-1].removesuffix("s") in heads
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _person_in_role(
    span: Span, reference: StateReference, linked: list[tuple[Span, Link]], state: GazetteerEntry, gazetteer: Gazetteer
) -> Link | None:
    """The last person named before ``span`` with the reference's role words next to the name
    ("Thai Prime Minister Anutin", "Anutin, Thailand's prime minister") and no other state's at any of their mentions; a
    reference that only says "leader" takes any leader's title ("President Ruto ... the Kenyan leader")."""
    lexicon = linking_lexicon()
    role = {token.lower_ for token in span.doc[reference.head_start : span.end]}
    generic = role <= lexicon.leader_words
    for person, link in sorted(linked, key=lambda pair: pair[0].start, reverse=True):
        if link.entity.kind != "person" or person.start >= span.start:
            continue
        context = _role_context(person)
        words = {token.lower_ for token in context}
        holds_role = bool(words & lexicon.leader_titles) if generic else role <= words
        if not holds_role:
            continue
        # no mention of the person names another state ("US President X ... President X": not "the Ukrainian president")
        mentions = [other for other, other_link in linked if other.start < span.start and other_link.entity.key == link.entity.key]
        if not any(_context_names_other_state(_role_context(other), state, gazetteer) for other in mentions):
            return Link(link.entity, "context", CONFIDENCE["context"])
    return None


def _role_context(person: Span) -> list[Token]:
    """The words that give a person's role: up to four tokens before the name in its sentence
    ("Thai Prime Minister"), the name, and its appositions ("..., Thailand's prime minister")."""
    doc = person.doc
    start = max(person.sent.start, person.start - 4)
    words = list(doc[start : person.end])
    for child in children(person.root):
        if child.dep_ == "appos":
            words.extend(doc[child.left_edge.i : child.right_edge.i + 1])
    return words


def _context_names_other_state(context: list[Token], state: GazetteerEntry, gazetteer: Gazetteer) -> bool:
    """Whether a person's role words name a state other than ``state``: by one word ("Kenyan", "Kenya's") or by a
    name of two or three capitalised words ("United States President Donald Trump")."""
    if any(_names_other_state(token.text, state, gazetteer) for token in context):
        return True
    for size in (2, 3):
        for at in range(len(context) - size + 1):
            words = context[at : at + size]
            if all(token.text[:1].isupper() for token in words) and _names_other_state(" ".join(t.text for t in words), state, gazetteer):
                return True
    return False


def _names_other_state(word: str, state: GazetteerEntry, gazetteer: Gazetteer) -> bool:
    """Whether a word is a demonym or the name of a state other than ``state``."""
    states = gazetteer.states_of_demonym(word)
    if states:
        return state.id not in states
    entry = gazetteer.lookup(word) if word[:1].isupper() else None
    return entry is not None and entry.kind == "state" and entry.id != state.id


def most_named_state(linked: list[tuple[Span, Link]], gazetteer: Gazetteer, unknown: Iterable[tuple[GazetteerEntry, int]] = ()) -> GazetteerEntry | None:
    """The state a document names most often, by its name or its capital's ("Tbilisi"): whose
    government an unqualified "Ministry of Health" is; ``unknown`` are states the gazetteer does not
    know, with how often the document names them."""
    counts: dict[str, int] = {}  # in order of first mention: a tie goes to the state named first
    states: dict[str, GazetteerEntry] = {}
    for _, link in sorted(linked, key=lambda pair: pair[0].start):
        entry = _named_state(link, gazetteer)
        if entry is not None:
            counts[entry.key] = counts.get(entry.key, 0) + 1
            states[entry.key] = entry
    for entry, count in unknown:
        counts[entry.key], states[entry.key] = counts.get(entry.key, 0) + count, entry
    return states[max(counts, key=lambda key: counts[key])] if counts else None


def _subject_state(span: Span, linked: list[tuple[Span, Link]], gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The state that is the subject of the statement an unqualified body is said to make before its
    cue ("Armenia will appeal to the court, the foreign ministry announced": Armenia's), or ``None``."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    statements = [c for c in root.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i]
    subjects = {s.i for c in statements for s in c.children if s.dep_ in ("nsubj", "nsubjpass")}
    found: dict[str, GazetteerEntry] = {}
    for other, link in linked:
        entry = _named_state(link, gazetteer) if other.root.i in subjects else None
        if entry is not None:
            found[entry.key] = entry
    return next(iter(found.values())) if len(found) == 1 else None


def _named_state(link: Link, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The state a linked mention names: the state itself, or the one its capital stands for ("Yerevan")."""
    entry = gazetteer.entries[link.entity.gazetteer_id] if link.entity.gazetteer_id else None
    if entry is not None and entry.kind != "state":
        entry = gazetteer.related(link.entity, "stands_for")
    return entry if entry is not None and entry.kind == "state" else None


def link_government_body(
    span: Span, home_state: GazetteerEntry | None, linked: list[tuple[Span, Link]], gazetteer: Gazetteer, lexicon: LinkingLexicon,
    names: Sequence[tuple[str, str]] = (),
) -> Link | None:
    """An unqualified government body ("the Ministry of Defense", "the Prosecutor General's Office")
    is the body of the state whose statement it makes (:func:`_subject_state`), else of the state the
    document names most: named as its template names it ("Ministry of Defence of Syria") or the
    gazetteer's entry, else a new organisation "<body> of <state>" that belongs to that state. A body
    with another owner ("the enclave's health ministry") is not."""
    label = strip_name(span.text)
    words = lexicon.body_abbreviations.get(label, label).lower().split()  # "MoD": "defence ministry"
    is_body = len(words) >= 2 and (words[0] in lexicon.government_body_starts or words[-1] == "ministry")
    if span.label_ != "ORG" or not is_body or _has_owner(span) or _names_owner(words, gazetteer) or _owner_after(words, label, gazetteer):
        return None
    home_state = _subject_state(span, linked, gazetteer) or home_state
    if home_state is None:
        return None
    if gazetteer.lookup(label) is not None or any(gazetteer.lookup(word) for word in label.split()):
        return None  # names a known body or a state itself ("Armenian Foreign Ministry")
    template = gazetteer.body_template(tuple(words))
    if template is not None:
        return (_earlier_body(span, template, linked, gazetteer, names) or _earlier_unknown_body(span, template, linked, gazetteer)
                or _state_body(template, home_state, label, gazetteer, names))
    qualified = f"{label} of {home_state.label}"
    entry = gazetteer.lookup(qualified)
    if entry is not None:
        return entry_link(entry, "context", gazetteer)
    entity = Entity(key=f"name:{normalise_name(qualified)}", label=qualified, kind="organization", part_of=home_state.key)
    return Link(entity, "context", CONFIDENCE["context"])


def _earlier_body(span: Span, template: Template, linked: list[tuple[Span, Link]], gazetteer: Gazetteer,
                  names: Sequence[tuple[str, str]] = ()) -> Link | None:
    """The same body of a state named before ``span`` ("the Azerbaijani Defense Ministry ... The MoD
    also urged"): the last such mention's link; for a body in a headline line, else the first one named
    after it ("... provocations by Armenian side - MFA" above "The Azerbaijani Foreign Ministry has
    issued a statement"); or ``None``."""
    ordered = sorted(linked, key=lambda pair: pair[0].start, reverse=True)
    later = [pair for pair in reversed(ordered) if pair[0].start > span.start] if _in_headline(span) else []
    for other, link in [*(pair for pair in ordered if pair[0].start < span.start), *later]:
        state = gazetteer.related(link.entity, "part_of")
        if state is not None and state.kind == "state" and link.entity.key == _state_body(template, state, None, gazetteer, names).entity.key:
            return link
    return None


def _earlier_unknown_body(span: Span, template: Template, linked: list[tuple[Span, Link]], gazetteer: Gazetteer) -> Link | None:
    """The same body named before ``span`` with the demonym or name of a state no gazetteer row knows ("the Dravian
    Defense Ministry released a statement ... The MoD also urged"): the last such mention's link, an organisation of
    one capitalised word before the template's head; or ``None``."""
    for other, link in sorted(linked, key=lambda pair: pair[0].start, reverse=True):
        entity = link.entity
        if other.start >= span.start or entity.kind != "organization" or entity.qid or entity.gazetteer_id or entity.part_of:
            continue
        words = entity.label.split()
        if len(words) >= 3 and words[0][:1].isupper() and gazetteer.body_template(tuple(word.lower() for word in words[1:])) is template:
            return link
    return None


def _in_headline(span: Span) -> bool:
    """Whether a span stands in a headline: the document's first line, a line of its own that ends with no full stop."""
    text = doc_text(span.doc)
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return span.end_char <= start + len(line) and not line.endswith((".", "!", "?"))


def _names_owner(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether a body's name starts with its owner's: words before a body template's head ("Hamas"
    Health Ministry, "Gaza" Health Ministry)."""
    return any(gazetteer.body_template(tuple(words[start:])) for start in range(1, len(words)))


def _owner_after(words: list[str], label: str, gazetteer: Gazetteer) -> bool:
    """Whether a body's name ends with its owner's after "of": a body template's head, "of" and a capitalised
    name ("Ministry of Defense of Norland", "Ministry of Defence of the Republic of Vestria"), whatever the model
    tagged the name; not a body whose own name has "of" ("Ministry of Defense")."""
    written = label.split()
    return len(written) == len(words) and any(
        words[at] == "of" and gazetteer.body_template(tuple(words[:at])) is not None
        and written[at + 1 if words[at + 1 : at + 2] != ["the"] else at + 2][:1].isupper()
        for at in range(2, len(words) - 1)
    )


def _has_owner(span: Span) -> bool:
    """Whether a possessive stands before the span ("the enclave's Health Ministry"), a compound
    naming who runs it ("the Hamas-run health ministry", "the Houthi-controlled interior ministry"),
    or a state's name after "of" inside it ("... of the Republic of Kalmar")."""
    doc, before = span.doc, span.start - 1
    if any(token.lower_ == "of" and token.i + 1 < span.end and doc[token.i + 1].ent_type_ == "GPE" for token in span):
        return True  # "the Ministry of Foreign Affairs of the Republic of Kalmar"
    if before < 0:
        return False
    if doc[before].lower_ in POSSESSIVES:
        return True
    return before >= 2 and doc[before - 1].text == "-" and doc[before - 2].text[:1].isupper() and doc[before].pos_ in ("VERB", "ADJ")


def link_lone_titles(doc: Doc, linked: list[tuple[Span, Link]], gazetteer: Gazetteer, lexicon: LinkingLexicon) -> list[tuple[Span, Link]]:
    """A title alone after "the" ("the Secretary-General said"): the person last named with that
    title ("NATO Secretary-General Mark Rutte"), else the holder the lexicon names for it (the UN's);
    not a title before a name or an "of" ("the Secretary-General of the Arab League")."""
    table = token_table(doc)
    covered = {i for span, _ in linked for i in range(span.start, span.end)}
    found = []
    for title, holder in lexicon.lone_titles.items():
        words = tuple(re.findall(r"\w+|-", title.lower()))
        for i in range(1, len(table.lower) - len(words) + 1):
            end = i + len(words)
            if tuple(table.lower[i:end]) != words or table.lower[i - 1] != "the" or not covered.isdisjoint(range(i, end)):
                continue
            after = doc[end] if end < len(doc) else None
            if after is not None and (after.lower_ == "of" or (after.pos_ == "PROPN" and after.text[:1].isupper())):
                continue
            span = doc[i:end]
            entry = gazetteer.lookup(holder)
            link = _titled_person(span, words, linked) or (entry_link(entry, "context", gazetteer) if entry is not None else None)
            if link is not None:
                found.append((span, link))
    return found


def _titled_person(span: Span, words: tuple[str, ...], linked: list[tuple[Span, Link]]) -> Link | None:
    """The last person named before ``span`` with the title ``words`` next to the name."""
    for person, link in sorted(linked, key=lambda pair: pair[0].start, reverse=True):
        if link.entity.kind == "person" and person.start < span.start and set(words) <= {t.lower_ for t in _role_context(person)}:
            return Link(link.entity, "context", CONFIDENCE["context"])
    return None
