"""What a number counts and what it measures: the counted noun and its class, the figure kind
from the trigger records, and the qualifier ("at least", "about")."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Token

from kg.codes import FigureKind, Qualifier
from kg.extract.figures.lexicon import FigureLexicon, KindRule
from kg.extract.figures.numbers import Number
from kg.extract.syntax import VERBAL, children, word_in
from kg.nlp.doccache import token_table


def counted_noun(number: Number, lexicon: FigureLexicon) -> Token | None:
    """The noun a number counts, or ``None`` when it is elided.

    The head of a ``nummod`` ("seven soldiers"), a model designator the tagger read as a number
    ("seized 18 AK-47": only a listed designator, not "18 4x4"), the object of a partitive "of"
    ("six of its citizens"), or the subject of a verb of measure ("refugees numbering 90,000").
    """
    head = number.head
    parent = head.head
    if head.dep_ == "compound" and parent.pos_ == "PROPN" and parent.dep_ in ("compound", "amod") and parent.head.i > parent.i:
        parent = parent.head  # "Seven Thai soldiers": the parser hung the number on the name before the noun
    elif (head.dep_ == "compound" and parent.pos_ == "NUM" and parent.dep_ in ("nummod", "compound")
          and any(char.isalpha() for char in parent.text) and parent.head.i > parent.i):
        parent = parent.head  # "30 AK-47 rifles": the parser hung the count on the model designator
    if head.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and parent.pos_ in ("NOUN", "PROPN"):
        return parent
    if head.dep_ == "nummod" and parent.pos_ == "NUM" and _designator_class(parent.lower_, lexicon) is not None:
        return parent  # "seized 18 AK-47": the tagger read the model designator as a number
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN", "PRON"):
                    return pobj
    if head.dep_ in ("dobj", "attr", "npadvmod") and parent.lemma_.lower() in lexicon.measure_verbs:
        if parent.dep_ in ("acl", "relcl") and parent.head.pos_ in ("NOUN", "PROPN"):
            return parent.head
        for child in parent.children:
            if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN"):
                return child
    return _tallied(number, lexicon)


def _tallied(number: Number, lexicon: FigureLexicon) -> Token | None:
    """What a tally counts: "the number of victims has reached 120", "the total of dead rose to 57", "This
    brings to five the number of peacekeepers killed"."""
    head = number.head
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if head.dep_ not in ("dobj", "attr", "pobj"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in lexicon.tally_verbs:
        tally_deps: tuple[str, ...] = ("nsubj",)
    elif lemma in lexicon.causative_tally_verbs and head.dep_ == "pobj" and head.head.lower_ == "to":
        tally_deps = ("dobj",)
    elif head.dep_ == "pobj" and head.head.lower_ == lexicon.placing_tally_verbs.get(lemma):
        tally_deps = ("dobj", "nsubjpass")  # "put the number of dead at 15", "the number of refugees was estimated at"
    else:
        return None
    for tally in verb.children:
        if tally.dep_ in tally_deps and tally.lemma_.lower() in lexicon.transparent_nouns:
            return next((obj for prep in tally.children if prep.lower_ == "of" for obj in prep.children if obj.dep_ == "pobj"), None)
    return None


def noun_class(noun: Token, lexicon: FigureLexicon, demonyms: frozenset[str]) -> str | None:
    """The counted-noun class of a noun (``people``, ``force``, ...), or ``None``."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ in ("compound", "amod"):  # "artillery pieces", "improvised explosive devices"
            found = lexicon.counted_class.get(f"{child.lemma_.lower()} {lemma}")
            if found:
                return found
    if lemma in lexicon.member_nouns and _of_fighters(noun, lexicon):
        return "force"  # "20 members of the rebel group"
    if lemma in lexicon.organisation_nouns and _organisation(noun, lexicon):
        return None  # "three UN bodies condemned the attack": organisations, no dead
    found = lexicon.counted_class.get(lemma) or lexicon.counted_class.get(noun.lower_) or lexicon.counted_class.get(_singular(noun.lower_, lexicon))
    if found:
        return found
    found = _designator_class(noun.lower_, lexicon)
    if found:
        return found  # "captured 27 AKM-47 and 5 PKM"
    if _armed_group(noun):
        return "force"  # "60 KDF killed"
    word = noun.lower_
    if noun.tag_ == "NNPS" or noun.tag_ == "NNS" and (word[:-1] in demonyms or word[:-2] in demonyms):
        return "people"  # a plural group name: "Armenians", "Azerbaijanis", "Kurds"
    if noun.tag_ == "NNP" and noun.text[:1].isupper() and (word in demonyms or word[:-1] in demonyms or word[:-2] in demonyms):
        return "people"  # a group name the tagger read as a singular name: "730,000 Rohingya fled", "5,000 Rohingyas"
    return None


def _organisation(noun: Token, lexicon: FigureLexicon) -> bool:
    """Whether a noun that also names an organisation ("bodies") names one here: a word of an organisation or a name of
    one modifies it ("three UN bodies", "two regional bodies"), it does what an organisation does as a subject ("the two
    bodies will meet", "bodies condemned the attack") or its "of" object is a thing ("two bodies of water")."""
    if any(word_in(child, lexicon.organisation_modifiers) or child.ent_type_ == "ORG" for child in children(noun, "compound", "amod")):
        return True
    if noun.dep_ == "nsubj" and noun.head.pos_ in VERBAL and word_in(noun.head, lexicon.organisation_acts):
        return True
    return any(word_in(obj, lexicon.organisation_things) for obj in _preposition_objects(noun, ("of",)))


def _of_fighters(noun: Token, lexicon: FigureLexicon) -> bool:
    """Whether a noun's "of" phrase names an armed group or a group its fighter word describes ("of the rebel
    group", "of the communist terrorist group", "of the NPA")."""
    for group in _preposition_objects(noun, ("of",)):
        if _armed_group(group) or any(_armed_group(child) for child in children(group, "compound", "poss")):
            return True
        words = [group.lemma_.lower(), *(child.lemma_.lower() for child in children(group, "compound", "amod"))]
        if any(lexicon.counted_class.get(word) == "force" for word in words):
            return True
    return False


_DESIGNATOR = re.compile(r"([a-z]+)(?:-?[0-9]+[a-z]?)?")


def _designator_class(word: str, lexicon: FigureLexicon) -> str | None:
    """The class of what a model designator names ("akm-47", "ak47", "pkm", "btr-80s"), or ``None``."""
    for form in (word, word.removesuffix("s")):
        shape = _DESIGNATOR.fullmatch(form)
        if shape is not None and shape.group(1) in lexicon.designator_class:
            return lexicon.designator_class[shape.group(1)]
    return None


def _singular(word: str, lexicon: FigureLexicon) -> str:
    """A plural the lemmatiser left as is, made singular by its ending ("servicemen" -> "serviceman")."""
    for plural, singular in lexicon.irregular_plurals.items():
        if word.endswith(plural):
            return word[: len(word) - len(plural)] + singular
    return word


def _armed_group(noun: Token) -> bool:
    """Whether the noun names a linked armed group ("KDF")."""
    entity = noun.doc._.kg_entities.get(noun.ent_kb_id_) if noun.ent_kb_id_ else None
    return entity is not None and entity.kind == "armed_group"


def measure_kind(noun: Token, lexicon: FigureLexicon) -> FigureKind | None:
    """The kind a counted noun is the measure of ("deaths", "injuries"), or the kind a noun counts beside
    a count of another kind ("3 deaths and 14 casualties": the wounded); ``None`` for other nouns."""
    lemma = noun.lemma_.lower()
    kind = lexicon.measure_nouns.get(lemma) or lexicon.measure_nouns.get(_singular(noun.lower_, lexicon))  # "corpses"
    if kind is not None or lemma not in lexicon.remainder_kinds:
        return kind
    beside = {lexicon.measure_nouns.get(other.lemma_.lower()) for other in _coordination(noun) if other != noun}
    return next((remainder for first, remainder in lexicon.remainder_kinds[lemma].items() if first in beside), None)


def population_owner(noun: Token, lexicon: FigureLexicon) -> bool:
    """Whether a count of people belongs to a place ("the nation's 11 million people", "Gaza's residents")."""
    for owner in noun.children:
        if owner.dep_ != "poss":
            continue
        entity = noun.doc._.kg_entities.get(owner.ent_kb_id_) if owner.ent_kb_id_ else None
        if owner.lemma_.lower() in lexicon.population_owners or (entity is not None and entity.kind in ("place", "state")):
            return True
    return False


def place_people(noun: Token, number_start: int, lexicon: FigureLexicon) -> bool:
    """Whether a definite count of people is the people of a place as the whole a share is taken from (the clause
    tells of the share): "of" a place ("half the 120,000 Armenians of Karabakh have left") or with a relative clause
    that places them there ("a quarter of the 120,000 Armenians that ... live in Karabakh"); not when another clause
    says what happened to them ("the 12 residents of Tarvo who were killed")."""
    if not any(child.dep_ == "det" and child.lower_ in lexicon.population_determiners for child in noun.children):
        return False
    resides = False
    for clause in noun.subtree:  # a clause on the people or on their place ("the 12 residents of the town who were killed")
        if clause.dep_ in ("relcl", "acl"):
            if not any(token.lemma_.lower() in lexicon.residing_verbs for token in clause.subtree):
                return False
            resides = True
    if not _whole_of_a_share(noun, number_start, lexicon):
        return False  # the whole count is what the clause tells of ("the 9,000 residents of the district were evacuated")
    return resides or any(
        child.dep_ == "prep" and child.lower_ in lexicon.population_prepositions
        and any(obj.dep_ == "pobj" and _place(obj, lexicon) for obj in child.children)
        for child in noun.children
    )


def _whole_of_a_share(noun: Token, number_start: int, lexicon: FigureLexicon) -> bool:
    """Whether a counted noun is the whole a share is taken from ("half the 120,000 Armenians", "a quarter of the
    120,000 Armenians", "most of the 40,000 residents")."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in lexicon.share_prepositions
        and noun.head.head.lemma_.lower() in lexicon.share_words
    ):
        return True
    return any(child.i < number_start and child.lower_ in lexicon.share_words for child in noun.children)


def _place(token: Token, lexicon: FigureLexicon) -> bool:
    """Whether a token names a place: a place or state entity, a place entity type, or a place noun ("the region")."""
    entity = token.doc._.kg_entities.get(token.ent_kb_id_) if token.ent_kb_id_ else None
    if entity is not None:
        return entity.kind in ("place", "state")
    return token.ent_type_ in ("GPE", "LOC") or token.lemma_.lower() in lexicon.population_owners


def default_kind(noun: Token, lexicon: FigureLexicon) -> FigureKind | None:
    """The kind a counted noun names by itself ("inhabitants", "refugees"), or ``None``."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ in ("compound", "amod"):
            found = lexicon.default_kinds.get(f"{child.lemma_.lower()} {lemma}")
            if found:
                return found
    singular = _singular(noun.lower_, lexicon)
    kind = lexicon.default_kinds.get(lemma) or lexicon.default_kinds.get(noun.lower_) or lexicon.default_kinds.get(singular)
    if kind is not None and (lemma in lexicon.displacement_defaults or singular in lexicon.displacement_defaults) \
            and not _displaced(noun, lexicon):
        return None  # "The airport handled 5,000 arrivals"
    return None if kind == "killed" and _alive(noun, lexicon) else kind


def _displaced(noun: Token, lexicon: FigureLexicon) -> bool:
    """Whether a noun of people who came ("arrivals") tells of displaced people: a nationality or a word of newness
    on it ("Burundian arrivals", "new arrivals"), a place it is in, at or from ("arrivals in Mbale"), or a word of
    refuge in its sentence ("at the border", "refugee", "camp")."""
    if any(child.dep_ in ("amod", "compound") and (child.ent_type_ == "NORP" or word_in(child, lexicon.displaced_modifiers))
           for child in noun.children):
        return True
    holders = [noun, noun.head] if noun.head.pos_ in VERBAL else [noun]  # the verb's place too: "There were 900 arrivals in Mbale"
    if any(child.dep_ == "prep" and child.lower_ in lexicon.displaced_prepositions
           and any(obj.dep_ == "pobj" and (_place(obj, lexicon) or (obj.pos_ == "PROPN" and obj.ent_type_ not in ("DATE", "TIME", "EVENT")))
                   for obj in child.children)
           for holder in holders for child in holder.children):
        return True
    return any(word_in(token, lexicon.displacement_context) for token in noun.sent)


def whole_kind(noun: Token, noun_class: str, lexicon: FigureLexicon) -> FigureKind | None:
    """The kind a counted noun gives by its own modifiers or by itself, not by the clause it is in ("the registered
    persons", "the victims")."""
    return _modifier_kind(noun, ("amod", "acl"), noun_class, lexicon) or default_kind(noun, lexicon)


def _alive(noun: Token, lexicon: FigureLexicon) -> bool:
    """Whether a modifier says the people a noun of the dead counts are alive ("two kidnapped victims")."""
    return any(
        child.dep_ in ("amod", "compound", "acl") and word_in(child, lexicon.living_modifiers)
        for child in noun.children
    )


def strong_force(number: Number) -> Token | None:
    """The noun of "a 2,000-strong force", when the number is such a modifier."""
    parent = number.head.head
    if parent.lower_ == "strong" and parent.head.pos_ in ("NOUN", "PROPN"):
        return parent.head
    return None


def figure_kind(anchor: Token, noun_class: str, lexicon: FigureLexicon) -> FigureKind | None:
    """The kind of a figure from the words that modify or govern its anchor, nearest first: its adjective or
    participle ("200 people displaced by the fighting"), the clause it is part of, then its relative clause
    ("Five soldiers who were deployed to the border were killed": killed; "the 300 people who fled are
    sheltering in schools": evacuated)."""
    modifier = _modifier_kind(anchor, ("amod", "acl"), noun_class, lexicon, descriptive=False)
    if modifier is not None and modifier not in lexicon.descriptive_kinds:
        return modifier
    # a modifier that only describes the count yields to its clause: "Three soldiers serving with the UN were killed",
    # "Three registered refugees were killed"
    modifier = modifier or _modifier_kind(anchor, ("amod", "acl"), noun_class, lexicon, descriptive=True)
    return (
        _governing_kind(anchor, noun_class, lexicon) or modifier or _modifier_kind(anchor, ("relcl",), noun_class, lexicon)
        or _tally_kind(anchor, noun_class, lexicon)
    )


def _modifier_kind(
    anchor: Token, relations: tuple[str, ...], noun_class: str, lexicon: FigureLexicon, descriptive: bool | None = None
) -> FigureKind | None:
    """The kind the first of the anchor's modifiers of ``relations`` gives; with ``descriptive`` given, only among
    the modifiers that only describe the people counted (``descriptive_modifiers``), or only among the others."""
    for coordinated in _coordination(anchor):
        for child in coordinated.children:
            describes = word_in(child, lexicon.descriptive_modifiers)
            if child.dep_ in relations and (descriptive is None or describes == descriptive):
                kind = _match(_with_complements(child, lexicon), noun_class, lexicon.kinds)
                if kind is not None:
                    return kind
    return None


def _passive(verb: Token) -> bool:
    return any(child.dep_ == "auxpass" for child in verb.children) or verb.tag_ == "VBN"


def _governing_kind(anchor: Token, noun_class: str, lexicon: FigureLexicon) -> FigureKind | None:
    current = anchor
    while current.head.i != current.i:
        relation, parent = current.dep_, current.head
        if relation in ("nsubj", "nsubjpass") and parent.dep_ in ("aux", "auxpass") and parent.head.pos_ in VERBAL:
            parent = parent.head  # the parser hung the subject on the auxiliary: "30 persons were on Thursday buried"
        if relation == "nsubj" and parent.dep_ in ("csubj", "csubjpass") and parent.tag_ == "VBG" and parent.head.pos_ in VERBAL:
            # "Two soldiers searching the house were killed": the parser made the participle that describes the
            # subject a clausal subject; the clause it is the subject of says what is counted first
            outer = _verb_kind(parent.head, "nsubjpass" if parent.dep_ == "csubjpass" else "nsubj", noun_class, lexicon)
            if outer is not None and outer not in lexicon.descriptive_kinds:
                return outer
        if parent.pos_ in VERBAL and parent.dep_ != "prep" and parent.lemma_.lower() not in lexicon.transparent:
            if relation == "prep" and current.lower_ in lexicon.destination_prepositions:
                relation = "destination"  # "took 290 patients to four medical facilities": the facilities are not taken
            if relation == "nsubj" and parent.lemma_.lower() in lexicon.aspectual_verbs:
                return _aspect_kind(parent, noun_class, lexicon)
            return _clause_kind(parent, relation, noun_class, lexicon)
        if parent.pos_ in VERBAL and relation == "dobj" and parent.lemma_.lower() in lexicon.transparent:
            kind = _match(_subject_lemmas(parent), noun_class, lexicon.kinds)  # "The dead included 50 children"
            if kind is not None:
                return kind
        if parent.lemma_.lower() not in lexicon.transparent_nouns and not _alive(parent, lexicon):
            kind = _match([parent.lemma_.lower(), *_compound_lemmas(parent)], noun_class, lexicon.kinds)
            if kind is not None:
                return kind
        current = parent
    return None


def _clause_kind(verb: Token, relation: str, noun_class: str, lexicon: FigureLexicon) -> FigureKind | None:
    """The kind a clause gives a number that is its verb's ``relation``: the verb's, or for a subject, acting or passive,
    whose verb gives none or a descriptive one, that of a later verb it shares ("Five soldiers fought back and were
    wounded", "304 people were shot and killed", "eight soldiers were ambushed and killed")."""
    kind = _verb_kind(verb, relation, noun_class, lexicon)
    if (kind is None or kind in lexicon.descriptive_kinds) and relation in ("nsubj", "nsubjpass"):
        shared = [other for other in verb.conjuncts if other.pos_ in VERBAL and other.i > verb.i
                  and not any(child.dep_ in ("nsubj", "nsubjpass") for child in other.children)]
        kind = next((k for other in shared if (k := _verb_kind(other, "nsubjpass" if _passive(other) else "nsubj", noun_class, lexicon))), None) or kind
    return kind


def _aspect_kind(verb: Token, noun_class: str, lexicon: FigureLexicon) -> FigureKind | None:
    """The kind a verb of aspect gives its subject: its verb complement's, the subject being the complement's, passive
    when the complement is ("200 troops started attacking the outpost", "200 soldiers continued to be attacked"); when
    that gives none or a descriptive one, the verb of aspect's own clause, its word and the verbs it shares ("200
    soldiers kept shouting and were attacked")."""
    complement = next((child for child in verb.children if child.dep_ == "xcomp" and child.pos_ in VERBAL), None)
    inner = None
    if complement is not None:
        passive = any(child.dep_ == "auxpass" for child in complement.children)
        inner = _clause_kind(complement, "nsubjpass" if passive else "nsubj", noun_class, lexicon)
        if inner is not None and inner not in lexicon.descriptive_kinds:
            return inner
    outer = _clause_kind(verb, "nsubj", noun_class, lexicon)
    return outer if outer is not None and outer not in lexicon.descriptive_kinds else inner or outer


def _verb_kind(verb: Token, relation: str, noun_class: str, lexicon: FigureLexicon) -> FigureKind | None:
    """The kind a clause's verb gives a number that is its ``relation``: its complements ("left 3 dead",
    "were among the injured"), then the place it carries to ("taken to a hospital"), then the verb ("fled their
    homes") unless the number is its agent, then the verb as the number's target or agent ("attacked 25 soldiers",
    "was attacked by 300 troops"), then its object ("sustained injuries"), then its subject ("the death toll rose
    to 45")."""
    lemma = verb.lemma_.lower()
    is_agent = (
        relation == "nsubj"
        and lemma not in lexicon.subject_undergoes
        and any(child.dep_ == "dobj" and not child.like_num for child in verb.children)
    )
    particles = _particle_lemmas(verb)
    # a speaker's verb of saying, or a verb whose destination the number counts, gives it no kind by its own word
    not_own = _speaker(verb, relation) or relation == "destination"
    own_lemmas = [] if not_own else [*particles, lemma, verb.lower_]
    own = (lexicon.agent_kinds if is_agent else lexicon.kinds, own_lemmas)
    # the force attacked or attacking in a passive: "attacked 25 soldiers", "was attacked by 300 troops"
    engaged = (lexicon.target_kinds if relation in ("dobj", "nsubjpass") else lexicon.agent_kinds if relation == "agent" else (), own_lemmas)
    for rules, lemmas in (
        (lexicon.kinds, _complements(verb, lexicon, objects=False)),
        (lexicon.carried_to_kinds, _carried_to(verb, lexicon)),  # before the verb: "transported to a hospital"
        own,
        engaged,
        (lexicon.kinds, _complements(verb, lexicon, objects=True)),
    ):
        kind = _match(lemmas, noun_class, rules)
        if kind is not None:
            return kind
    subjects = _subject_lemmas(verb, ("nsubj", "nsubjpass")) if relation not in ("nsubj", "nsubjpass") else []
    # a tally word gives no kind by itself ("that number was 84,770": not the verb "number" of a force's size)
    return _match([lemma for lemma in subjects if lemma not in lexicon.transparent_nouns], noun_class, lexicon.kinds)


def _tally_kind(anchor: Token, noun_class: str, lexicon: FigureLexicon) -> FigureKind | None:
    """The kind a tally subject gives the number its verb measures by what the tally counts: its "of" object's
    modifiers and lemma ("The number of injured people exceeds 40 persons": injured)."""
    verb = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
    if anchor.dep_ not in ("dobj", "attr", "pobj") or verb.pos_ not in VERBAL:
        return None
    lemmas = [
        lemma
        for subject in children(verb, "nsubj")
        if subject.lemma_.lower() in lexicon.transparent_nouns
        for obj in _preposition_objects(subject, ("of",))
        for lemma in (*(child.lemma_.lower() for child in children(obj, "amod", "acl", "compound")), obj.lemma_.lower())
    ]
    return _match(lemmas, noun_class, lexicon.kinds)


def bare_tally(anchor: Token, lexicon: FigureLexicon) -> bool:
    """Whether a number is the value of a tally that names nothing it counts ("that number was 84,770", "The total has
    since risen to 300", "The number had increased from 4,385", "DW puts this number at 435,000"), or a part the tally
    includes ("... and now includes 1,873 children"): the subject of a copula or tally verb, the object of a placing
    tally verb, or the subject of a transparent verb whose object the number is, is a tally noun without an "of"
    phrase ("the number stood at 5,500", "that number was estimated at 1,900"). Such a tally goes on counting what the
    figure before it counted."""
    verb = anchor.head
    lemma = verb.head.lemma_.lower()
    deps: tuple[str, ...]
    if anchor.dep_ == "pobj" and verb.lower_ == lexicon.placing_tally_verbs.get(lemma):
        verb, deps = verb.head, ("dobj", "nsubjpass")  # "puts this number at", "that number was estimated at"
    elif anchor.dep_ == "pobj" and verb.lower_ in lexicon.tally_value_prepositions:
        verb, deps = verb.head, ("nsubj",)
    elif anchor.dep_ in ("attr", "dobj"):
        deps = ("nsubj",)
    else:
        return False
    lemma = verb.lemma_.lower()
    if deps == ("nsubj",) and lemma not in lexicon.copulas | lexicon.tally_verbs | lexicon.transparent:
        return False
    tallies = children(verb, *deps)
    if not tallies and verb.dep_ == "conj" and deps == ("nsubj",):  # "The number had increased from 4,385 and now includes 1,873 children": a subject is shared, an object is not
        tallies = children(verb.head, *deps)
    return any(
        tally.lemma_.lower() in lexicon.transparent_nouns and not _preposition_objects(tally, ("of",)) for tally in tallies
    )


def counts(kind: FigureKind, noun_class: str, lexicon: FigureLexicon) -> bool:
    """Whether some trigger record of ``kind`` counts nouns of ``noun_class`` (``none``: an elided noun)."""
    return any(rule.kind == kind and noun_class in rule.counted for rule in lexicon.kinds)


def _speaker(verb: Token, relation: str) -> bool:
    """Whether a number that is the verb's subject is a speaker: the verb takes a clause right after it ("Two officials
    claimed 25 soldiers were killed": "claim" says, it does not claim lives)."""
    return relation == "nsubj" and any(
        child.dep_ == "ccomp" and child.i > verb.i and child.left_edge.i == verb.i + 1 for child in verb.children
    )


def _complements(verb: Token, lexicon: FigureLexicon, objects: bool) -> list[str]:
    """Lemmas of a verb's objects, or of its other complements, of the objects of its transparent
    prepositions ("were among the injured") and of the "for" object of a treatment verb ("were treated
    for gunshot wounds")."""
    if objects:  # a tally object says nothing by its own word ("puts this number at 435,000": no force "numbers")
        return [
            child.lemma_.lower() for child in verb.children
            if child.dep_ == "dobj" and not _alive(child, lexicon) and child.lemma_.lower() not in lexicon.transparent_nouns
        ]
    found = [child.lemma_.lower() for child in verb.children if child.dep_ in lexicon.complement_deps and child.dep_ != "dobj"]
    wholes = _preposition_objects(verb, lexicon.transparent)
    if verb.lemma_.lower() in lexicon.copulas:  # "Of the deceased, seven are men": the whole before the copula
        fronted = verb.head if verb.dep_ == "conj" and verb.head.lemma_.lower() in lexicon.copulas else verb  # "... and 10 are women"
        wholes += [obj for obj in _preposition_objects(fronted, lexicon.copula_whole_prepositions) if obj.i < fronted.i]
    for obj in wholes:
        # the group's own participle first: "was among the seven forces killed"; a pronoun's adjective: "among those dead"
        described = ("acl", "amod") if obj.pos_ == "PRON" or obj.tag_ == "DT" else ("acl",)
        found += [child.lemma_.lower() for child in children(obj, *described)] + ([] if _alive(obj, lexicon) else [obj.lemma_.lower()])
    if verb.lemma_.lower() in lexicon.treatment_verbs:
        found += _treated_for(verb)
    if verb.lemma_.lower() in lexicon.dying_verbs:
        found += _died_of(verb, lexicon)
    if verb.lemma_.lower() in lexicon.state_verbs:
        found += _state_in(verb, lexicon)
    if verb.lemma_.lower() in lexicon.siege_verbs:
        found += _siege_in(verb, lexicon)
    if verb.lemma_.lower() in lexicon.resultative_verbs:
        found += _result_participles(verb)
    return found


def _result_participles(verb: Token) -> list[str]:
    """Lemmas of the past participles a resultative verb leaves its object in, hung on the verb or on the object
    or on the object's "of" object ("left 14 people wounded", "left 12 of the 30 workers injured")."""
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    holders = [verb, *objects, *(obj for o in objects for obj in _preposition_objects(o, ("of",)))]
    deps = {verb.i: "advcl"}
    return [
        child.lemma_.lower()
        for holder in holders
        for child in holder.children
        if child.tag_ == "VBN" and child.dep_ == deps.get(holder.i, "acl")
    ]


def _state_in(verb: Token, lexicon: FigureLexicon) -> list[str]:
    """Lemmas of the objects of a state verb's ``state_prepositions`` phrases ("in", "under"), each also with its
    adjectives ("are in critical condition": "critical condition", "condition"; "remain under siege")."""
    found = []
    for obj in _preposition_objects(verb, lexicon.state_prepositions):
        lemma = obj.lemma_.lower()
        found += [f"{child.lemma_.lower()} {lemma}" for child in children(obj, "amod")] + [lemma]
    return found


def _siege_in(verb: Token, lexicon: FigureLexicon) -> list[str]:
    """The siege nouns among a siege verb's state objects ("trapped under a rebel siege"; not "trapped in
    their homes")."""
    return [lemma for lemma in _state_in(verb, lexicon) if lemma in lexicon.siege_nouns]


def _carried_to(verb: Token, lexicon: FigureLexicon) -> list[str]:
    """Lemmas of the "to" objects of a carrying verb ("taken to a hospital", "brought to the morgue")."""
    if verb.lemma_.lower() not in lexicon.carrying_verbs:
        return []
    return [obj.lemma_.lower() for obj in _preposition_objects(verb, ("to",))]


def _preposition_objects(token: Token, prepositions: Collection[str]) -> list[Token]:
    """The objects of the token's prepositions that are one of ``prepositions``, in order (no conjuncts, unlike
    :func:`kg.extract.syntax.prep_objects`)."""
    return [obj for preposition in children(token, "prep") if preposition.lower_ in prepositions for obj in children(preposition, "pobj")]


def _died_of(verb: Token, lexicon: FigureLexicon) -> list[str]:
    """"die" for a verb of dying whose preposition's object is a cause of death ("seven more succumbed to their
    injuries"; not "three guards succumbed to pressure")."""
    causes = _preposition_objects(verb, (lexicon.dying_verbs[verb.lemma_.lower()],))
    return ["die"] if any(obj.lemma_.lower() in lexicon.dying_causes for obj in causes) else []


def _treated_for(verb: Token) -> list[str]:
    """Lemmas of the "for" objects of a treatment verb, also where the parser hung "for" on the verb's object
    or on the place of treatment ("treated 30 people for injuries", "treated at a hospital for wounds")."""
    holders = [verb, *(child for child in verb.children if child.dep_ in ("dobj", "prep"))]
    holders += [obj for prep in holders if prep.dep_ == "prep" for obj in prep.children if obj.dep_ == "pobj"]
    return [
        conjunct.lemma_.lower()
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for conjunct in (obj, *obj.conjuncts)
    ]


def _with_complements(token: Token, lexicon: FigureLexicon) -> list[str]:
    """A modifier's lemma, with its particle ("mowed down"), and, for a verb, its complements' lemmas ("forced to flee")."""
    lemmas = [token.lemma_.lower(), token.lower_]
    lemmas += _particle_lemmas(token)  # "mowed down"
    if token.pos_ in VERBAL:
        lemmas += [child.lemma_.lower() for child in token.children if child.dep_ in lexicon.complement_deps]
        if token.lemma_.lower() in lexicon.state_verbs:  # "people remaining under siege"
            lemmas += _state_in(token, lexicon)
        if token.lemma_.lower() in lexicon.siege_verbs:  # "people trapped under siege"
            lemmas += _siege_in(token, lexicon)
    return lemmas


def _particle_lemmas(verb: Token) -> list[str]:
    """A verb's lemma with each of its particles ("gun down", "mow down")."""
    return [f"{verb.lemma_.lower()} {child.lower_}" for child in verb.children if child.dep_ == "prt"]


def _subject_lemmas(verb: Token, deps: tuple[str, ...] = ("nsubj",)) -> list[str]:
    """Lemmas of a verb's subjects of ``deps`` (active ones unless told) and their compounds; the relative pronoun
    subject of a relative clause is read as the noun the clause describes ("the official death toll, which is 432")."""
    subjects = [verb.head if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else child for child in verb.children if child.dep_ in deps]
    return [lemma for subject in subjects for lemma in (subject.lemma_.lower(), *_compound_lemmas(subject))]


def _compound_lemmas(token: Token) -> list[str]:
    return [child.lemma_.lower() for child in token.children if child.dep_ == "compound"]


def _coordination(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("seven vehicles, one tank and four mortars")."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = [first]
    stack = [first]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj":
                members.append(child)
                stack.append(child)
    return members


def _match(lemmas: list[str], noun_class: str, rules: tuple[KindRule, ...]) -> FigureKind | None:
    """The first kind (in lemma order) of ``rules`` that accepts ``noun_class`` with one of ``lemmas`` as trigger."""
    for lemma in lemmas:
        for rule in rules:
            if noun_class in rule.counted and lemma in rule.triggers:
                return rule.kind
    return None


# --------------------------------------------------------------------------- qualifiers


def qualifier(doc: Doc, number: Number, lexicon: FigureLexicon) -> tuple[Qualifier, int]:
    """The qualifier of a number phrase and the token index where the figure's text starts."""
    sentence_start = doc[number.start].sent.start
    lower = token_table(doc).lower
    for words, qualifier in lexicon.before:
        first = number.start - len(words)
        if first < sentence_start:
            continue
        if tuple(lower[first : number.start]) != words:
            continue
        last = doc[number.start - 1]
        governs_number = number.start <= last.head.i < number.end
        if last.lower_ in lexicon.preposition_qualifiers and last.dep_ in ("prep", "prt") and not governs_number:
            continue  # "control over 60 positions", "handed over 6 tanks"
        return qualifier, first
    for words, qualifier in lexicon.after:
        following = tuple(lower[number.end : number.end + len(words)])
        if following == words:
            return qualifier, number.start
    return "exact", number.start


