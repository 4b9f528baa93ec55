"""Where a cue names its source: the head token of the source phrase, before any actor is looked up.

``source_phrase(cue)`` is the syntax step of deciding a speaker (:mod:`.speakers` turns the phrase into
speakers). In order: the cue's subject (the nearest, for a relative pronoun the noun it describes), the "by"
agent of a passive cue ("was announced by X"), the object of "according to", a name right after an inverted
cue ("..., reported AFP"), or, for a cue that shares its subject (a conjoined "... and denied", a participle
"..., stating that", a "by" gerund "responded by saying"), the subject of the verb it hangs on (a raised
subject too: "X is reported to have said"); the object of a relaying verb for the cue of its "as" clause
("quoted security sources as saying"); a subject the parser misplaced (a name set off by commas in an opening
"Speaking ..." clause, a name just before a trailing "said"). A noun cue names its speaker by a possessor, a
"by/from/of" phrase or a light verb's subject (:func:`noun_sources`); a stance adjective by its copula's
subject (:func:`adjective_subject`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.content import (
    headline_holder,
    inverted_source,
    relayed_source,
    stranded_head,
    trailing_subject,
)
from kg.extract.claims.described import is_source_noun
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.claims.quotes import is_quote_mark
from kg.extract.syntax import ACTOR_ENTITY_TYPES, PLURAL_TAGS, RELATIVE_TAGS, VERBAL, children
from kg.nlp.names import linking_lexicon
from kg.words import shared_words


def source_phrase(cue: Token) -> Token | None:
    """The head token of the phrase naming who speaks through ``cue``."""
    if cue.lower_ in claim_lexicon().attribution_prepositions:
        return attribution_object(cue)
    return inverted_source(cue) or _subject_of(cue)


def attribution_object(token: Token) -> Token | None:
    """The object of an attributing preposition with the word it needs ("according to X", "as per X")."""
    rule = claim_lexicon().attribution_prepositions.get(token.lower_)
    doc = token.doc
    if rule is None or (rule.previous is not None and (token.i == 0 or doc[token.i - 1].lower_ != rule.previous)):
        return None
    holder: Token | None = token
    if rule.next is not None:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        holder = following if following is not None and following.lower_ == rule.next and following.head == token else None
    return next((grand for grand in holder.children if grand.dep_ == "pobj"), None) if holder is not None else None


def statement_place(cue: Token) -> Token | None:
    """The statement noun a passive cue with no agent in an "as" clause says something in ("as stated in the
    decree", "as noted in the report"), else ``None`` (not "It was reported in a statement that ...")."""
    lexicon = claim_lexicon()
    if cue.tag_ != "VBN" or any(child.dep_ in ("agent", "nsubj", "nsubjpass") for child in cue.children):
        return None
    if not any(child.dep_ == "mark" and child.lower_ in lexicon.attribution_marks for child in cue.children):
        return None
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in lexicon.statement_place_prepositions:
            for noun in children(prep, "pobj"):
                if noun.lemma_.lower() in lexicon.statement_nouns:
                    return noun
    return None


def noun_sources(noun: Token, lexicon: ClaimLexicon) -> list[tuple[Token, Token | None]]:
    """Where a noun cue's speaker may be named, in order, each with the preposition that introduces it:
    its possessor, a "by/from/of" object, the subject of the light verb whose object it is (the agent of
    the passive one whose subject it is: "the announcement was made by X")."""
    found: list[tuple[Token, Token | None]] = [(child, None) for child in noun.children if child.dep_ == "poss"]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in lexicon.noun_speaker_prepositions:
            found.extend((obj, child) for obj in child.children if obj.dep_ == "pobj")
    found.extend((child, None) for child in noun.children if _compound_issuer(child, noun))
    head = noun.head if noun.dep_ == "conj" else noun
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
    if head.dep_ == "nsubjpass" and verb.lemma_.lower() in lexicon.light_verbs:  # "the announcement was made by X"
        found.extend((obj, None) for agent in verb.children if agent.dep_ == "agent" for obj in agent.children if obj.dep_ == "pobj")
    if head.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lexicon.light_verbs:
        subject = _subject_of(verb)
        if subject is not None and subject.lemma_.lower() not in lexicon.statement_nouns:  # not "the announcement raised concerns"
            found.append((subject, None))
    return found


def _compound_issuer(child: Token, noun: Token) -> bool:
    """A named actor or a body set as a noun modifier before a noun cue, which names whose the act is as a
    possessor does ("a U.S. call for talks", "a UN demand that ...", "government calls to surrender"): the
    last modifier right before the noun (not "a ceasefire call", which says what is called for)."""
    if child.dep_ != "compound" or child.i != noun.i - 1 or any(c.dep_ == "poss" for c in noun.children):
        return False
    return child.ent_type_ in ACTOR_ENTITY_TYPES or child.pos_ == "NOUN" and child.lemma_.lower() in claim_lexicon().issuer_nouns


def adjective_subject(adjective: Token) -> Token | None:
    """Whose stance an adjective states: the subject of its copula ("officials are confident"), its
    own subject ("Guterres was outraged by ..."), or in a headline with no verb the noun it follows
    ("Guterres alarmed by escalation in Congo")."""
    for child in adjective.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return _nominal_subject(child)
    if adjective.dep_ == "acomp":
        return next((c for c in adjective.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return headline_holder(adjective)


def _subject_of(verb: Token) -> Token | None:
    cue = verb
    if _reduced_passive(verb):  # "Two militants believed to be members of the outfit were killed": said of them
        return None
    placed_apart = trailing_subject(verb) or _fronted_phrase_subject(verb)  # "..., an adviser said"; "In Y, X forces accepted"
    if placed_apart is not None:
        return placed_apart
    for _ in range(4):
        subjects = [child for child in verb.children if child.dep_ == "nsubj"] or _compound_read_as_clause(verb)
        if subjects:  # the nearest: a quotation before the cue may hold a misparsed subject of its own
            nearest = min(subjects, key=lambda child: abs(child.i - verb.i))
            return name_before_role(nearest) or _name_closing_before(verb, nearest) or _name_in_title(nearest) or _nominal_subject(nearest)
        for child in verb.children:
            if child.dep_ == "agent" and child.lower_ == "by":  # not "declared between Israel and Hamas"
                return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
        placed = statement_place(verb)
        if placed is not None:  # "as stated in the decree": the decree, whoever issued it
            return placed
        if any(child.dep_ == "nsubjpass" for child in verb.children):
            return None
        if verb.dep_ == "acomp" and cue.head != verb:
            return None  # only the adjective of the cue itself: "was quick to deny", not "was careful to avoid blaming"
        if verb.dep_ in ("conj", "advcl", "xcomp", "acomp") and verb.head != verb or _asyndetic(verb):
            raising = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in claim_lexicon().raising_verbs
            raised = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None) if raising else None
            if raised is not None:  # "Petro is reported to have said ...", "the minister was forced to admit ..."
                return _nominal_subject(raised)
            controller = _controlling_object(verb)
            if controller is not None:  # "forcing the separatist authorities to agree to ...": they agree
                return controller
            verb = _coordinated_cue(verb) or _trailing_participle_cue(verb) or verb.head
            continue
        relayed = relayed_source(verb, claim_lexicon())
        if relayed is not None:  # "quoted security sources as saying": the sources speak
            return relayed
        if (acting := _acting_verb(verb)) is not None:  # "responded by declaring"; "issued a statement accusing ...": the issuer
            verb = acting
            continue
        return _absorbed_subject(verb) or _stranded_subject(verb) or _swallowed_subject(verb)
    return None


def _acting_verb(verb: Token) -> Token | None:
    """The verb whose subject speaks through a cue that has none of its own: the verb of its means preposition
    ("responded by declaring ..."), or the light verb of the statement it elaborates (:func:`_issued_statement`)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in shared_words().means_prepositions:
        return verb.head.head
    return _issued_statement(verb)


def _issued_statement(participle: Token) -> Token | None:
    """The light verb of a statement noun a cue participle elaborates ("issued a statement saying that ...",
    "released a statement accusing X of ..."), whose subject speaks, else ``None``; not one inside a clause that may
    be another statement's content ("He stressed that while various actors have issued statements condemning ...":
    part of his claim)."""
    lexicon = claim_lexicon()
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or noun.i > participle.i or noun.lemma_.lower() not in lexicon.statement_nouns:
        return None
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon.light_verbs:
        return None
    return None if any(t.dep_ in ("ccomp", "advcl") for t in (verb, *verb.ancestors)) else verb


def name_before_role(subject: Token) -> Token | None:
    """The person named right before a role subject after a quotation, which the parser hung on the quotation
    ("“...,” Sheikh Adam, the humanitarian coordinator for the movement told Reuters", the comma after the role
    left out; the name hung on the quotation or made a second subject of the cue): the role is the name's
    apposition, the person speaks."""
    doc = subject.doc
    edge = subject.left_edge.i
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in shared_words().person_roles or edge < 3 or doc[edge - 1].text != ",":
        return None
    name = doc[edge - 2]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or edge <= name.head.i < subject.i:
        return None
    opening = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    return name if opening is not None and is_quote_mark(opening) else None


def _fronted_phrase_subject(verb: Token) -> Token | None:
    """A subject noun the parser hung inside the fronted phrase before it, as the object of its last preposition
    ("In the wake of X's offensive in Y, ethnic-Armenian forces have accepted ...", "Hours after the army launched
    an offensive in Y, rebel forces have agreed ...": "forces" read as the object of "in"), when the cue has no subject
    of its own and is the main verb, or a conjunct of a verb its own conjunction subordinates: the noun right before
    the cue and its auxiliaries, if any ("forces have agreed", "forces agreed"), its modifiers opening right after a
    comma."""
    doc = verb.doc
    if any(child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in verb.children):
        return None
    if not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and any(c.dep_ == "mark" for c in verb.head.children)):
        return None
    at = verb.i - 1
    while at > 0 and doc[at].head == verb and doc[at].dep_ in ("aux", "auxpass", "neg"):
        at -= 1
    noun = doc[at]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.i > noun.i:
        return None
    before = noun.i - 1
    while before > 0 and doc[before].text != "," and noun.is_ancestor(doc[before]):
        before -= 1  # its own modifiers ("ethnic-Armenian"), not the place the parser hung on it before the comma
    return noun if doc[before].text == "," else None


def _swallowed_subject(verb: Token) -> Token | None:
    """The person named right before a main verb left with no subject, when the parser hung the subject phrase inside
    a fronted phrase ("To ensure the survival of those injured, the region's ombudsman, X, emphasized the need to
    ...": the ombudsman read as an object of "of"): the name set off by commas, in apposition to a noun before it."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i < 3 or doc[verb.i - 1].text != "," or any(
        child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in verb.children
    ):
        return None
    name = doc[verb.i - 2]
    if name.ent_type_ != "PERSON" or name.dep_ != "appos" or name.head.i >= name.i or name.head.dep_ not in ("pobj", "dobj"):
        return None
    return name


def _name_after_title(subject: Token) -> Token | None:
    """The person named after an abbreviated title the parser made the subject on its own, its full stop split off
    ("..., said military spokesman Brig. Daya Ratnayake": Brig, then Daya Ratnayake as a second subject): the name."""
    doc = subject.doc
    after = subject.i + 2
    if subject.lower_ not in linking_lexicon().title_abbreviations or after >= len(doc) or doc[subject.i + 1].text != ".":
        return None
    name = doc[after]
    if name.ent_type_ != "PERSON" or name.ent_iob_ != "B":
        return None
    span = next((ent for ent in doc.ents if ent.start == after), None)
    return span.root if span is not None else None


def _name_in_title(subject: Token) -> Token | None:
    """The person named in a title subject: after an abbreviated title or after the place of a post."""
    return _name_after_title(subject) or _holder_after_posted_place(subject)


def _holder_after_posted_place(subject: Token) -> Token | None:
    """The person named after the place of an office held at a post, which the parser hung with that place on the
    post's preposition ("the consul in Baku Tom Reed said": Tom Reed the object of "in"): the person speaks."""
    lexicon = linking_lexicon()
    if subject.lower_ not in lexicon.posted_titles:
        return None
    preposition = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ in lexicon.posting_prepositions), None)
    name = None if preposition is None else next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if name is None or name.ent_type_ != "PERSON":
        return None
    person = next((ent for ent in name.doc.ents if ent.start <= name.i < ent.end), None)
    return name if person is not None and name.left_edge.i < person.start else None


def _name_closing_before(verb: Token, subject: Token) -> Token | None:
    """A person named right before a cue that closes its sentence, set off from the statement by a comma, when the
    parser coordinated the name with the statement's last noun and gave the cue a noun of the statement as subject
    ("The blast hit a convoy 20 km east of the town of X, military spokesman Major-General Y said."): the name."""
    doc = verb.doc
    name = doc[verb.i - 1] if verb.i > 0 else None
    if name is None or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.dep_ not in ("conj", "appos") or name.head.i >= name.i:
        return None
    start = name.left_edge.i
    if start < 1 or doc[start - 1].text != "," or subject.i >= start or subject.ent_type_ == "PERSON":
        return None
    rest = doc[verb.i + 1 : verb.sent.end]
    return name if all(token.is_punct or token.is_space for token in rest) else None


def _reduced_passive(verb: Token) -> bool:
    """A participle of a verb that only raises in the passive, with no auxiliary, followed by its infinitive and
    nothing it reports ("Three militants, said to be locals, were killed", "a man believed to be the gunman"; the
    parser may make it the root with the noun as its subject): what others say of the noun, which says nothing."""
    if verb.lemma_.lower() not in claim_lexicon().passive_raising_verbs or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(child.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for child in children(verb)):
        return False  # a clause after the infinitive is the sentence's own verb misparsed ("... were killed")
    return any(child.dep_ == "xcomp" and child.i > verb.i and any(g.dep_ == "aux" and g.i == verb.i + 1 for g in children(child)) for child in children(verb))


def _controlling_object(verb: Token) -> Token | None:
    """The object of the verb an infinitive cue completes, which does what the infinitive says (object control:
    "forcing the rebels to agree to a truce", "persuaded the commanders to accept the proposal": the rebels agree,
    not who forced them). Not when that verb is a cue itself ("urged the rebels to agree": what is urged)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.pos_ not in VERBAL or head.lemma_.lower() in claim_lexicon().verbs:
        return None
    return next((child for child in head.children if child.dep_ == "dobj" and child.i < verb.i), None)


def _asyndetic(verb: Token) -> bool:
    """A verb after a comma that the parser left as a loose dependent of the verb before it, for a
    coordination without "and" ("Rebels launch attack, warn Morocco of escalation"): it shares that verb's subject."""
    return verb.dep_ == "dep" and verb.head.pos_ == "VERB" and verb.head.i < verb.i and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _compound_read_as_clause(verb: Token) -> list[Token]:
    """A subject the parser read as a clause: a sentence-initial noun taken for a base-form verb with the
    noun after it as its object ("Aid workers in Tigray said ...": "Aid" a clausal subject, "workers" its object)."""
    for clause in (child for child in verb.children if child.dep_ == "csubj" and child.tag_ == "VB" and child.is_sent_start):
        return [obj for obj in clause.children if obj.dep_ == "dobj" and obj.i == clause.i + 1 and obj.pos_ == "NOUN"]
    return []


def _absorbed_subject(verb: Token) -> Token | None:
    """A subject the parser hung inside an opening participle clause as an apposition ("Speaking in the
    capital Phnom Penh, Gen. Maly Socheata, the spokeswoman, said ..."): the first name set off by a comma;
    or inside the clause it reports, as the name just before the cue ("..., deputy secretary Cristobal Castaneda said",
    "..., the region's governor, Alexander Bogomaz, said")."""
    at = verb.i - 1
    while at > 0 and verb.doc[at].text == ",":  # "..., Alexander Bogomaz, said"
        at -= 1
    before = verb.doc[at] if verb.i > 0 else None
    reported = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    if before is not None and before.pos_ == "PROPN" and before.dep_ in ("appos", "conj") and reported:
        return before
    top = _phrase_top(before) if before is not None else None
    if top is not None and top.dep_ == "appos" and reported and top.head.i < top.i and is_source_noun(top, claim_lexicon()):
        if top.left_edge.i > 0 and verb.doc[top.left_edge.i - 1].text == ",":
            return top  # "..., killed 12 civilians, including four women, two military officials in the region said"
    if top is not None and top.dep_ == "conj" and reported:
        listed = _trailing_conjuncts(top)  # "..., residents and a rights group said": a list the parser hung on the statement's last noun
        if listed is not None:
            return listed
    for clause in (child for child in verb.lefts if child.dep_ == "advcl" and child.tag_ == "VBG"):
        for token in clause.subtree:
            if token.dep_ == "appos" and token.pos_ == "PROPN" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ",":
                return token
    return None


def _phrase_top(last: Token) -> Token:
    """The noun whose phrase ends with a word right before a cue, climbing out of its own prepositional phrases
    ("..., three security officials in the restive country said": "officials", not "country")."""
    top = last
    while top.dep_ in ("pobj", "prep") and top.head.i < top.i and top.head.right_edge.i == last.i:
        top = top.head
    return top


def _trailing_conjuncts(last: Token) -> Token | None:
    """The first of the sources listed right before a subjectless cue, which the parser coordinated with the
    last noun of the statement before them ("... took the town from the militia, residents and a rights group
    said", "... next to arms depots and opposition activists said ..."): the first conjunct set off by a comma,
    else the last one alone; only when one of them is a source noun or a name."""
    chain = [last]
    while chain[0].dep_ == "conj" and chain[0].head.i < chain[0].i:
        chain.insert(0, chain[0].head)
    doc = last.doc
    first = next((t for t in chain[1:] if t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","), last)
    listed = chain[chain.index(first):]
    lexicon = claim_lexicon()
    return first if any(t.pos_ == "PROPN" or is_source_noun(t, lexicon) for t in listed) else None


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a sentence the parser rooted in its subject noun after a comma-set clause ("Russia,
    which has troops there, called on both sides ..." parsed with "called" as a participle of "Russia";
    the clause may hang on a noun inside the subject: "A resident of Gondar, who ..., shared ...")."""
    return stranded_head(verb)


def _trailing_participle_cue(verb: Token) -> Token | None:
    """For a cue participle set off by a comma at the end of what another cue reports ("reported that two
    districts had fallen, noting that ...", "said A, adding B", parsed as a clause of A's verb): that outer
    cue, whose subject speaks both (not the subject of A)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in claim_lexicon().verbs:
        return None
    if verb.i == 0 or verb.doc[verb.left_edge.i - 1].text != "," or verb.head.i > verb.i:
        return None
    clause = verb.head
    lexicon = claim_lexicon()
    if clause.dep_ != "ccomp" or clause.head.i > clause.i or clause.head.lemma_.lower() not in lexicon.verbs:
        return None
    for subject in children(clause, "nsubj", "nsubjpass"):  # people in the clause may be the ones speaking:
        if subject.pos_ == "PRON" or subject.ent_type_ == "PERSON" or is_source_noun(subject, lexicon):
            return None  # "witnesses said the soldiers fired, shouting that ..."
        if subject.lemma_.lower() in shared_words().person_roles:
            return None
    return clause.head


def _coordinated_cue(verb: Token) -> Token | None:
    """For a subjectless cue conjoined inside another cue's clause ("said that A had ceased and
    urged B", misparsed as coordinated with "ceased"): that outer cue."""
    cues = claim_lexicon().verbs
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.lower() in cues:
        return None
    for _ in range(4):
        if head.dep_ not in ("conj", "ccomp", "xcomp") or head.head == head:
            return None
        head = head.head
        if head.lemma_.lower() in cues and head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _nominal_subject(subject: Token) -> Token | None:
    """The subject, or when the parser made a verb the subject (headline ellipsis: "X launches an
    offensive, vows to ..."), that verb's own subject; for a relative pronoun ("Hamas officials, who
    have accused Israel"), the noun its clause describes."""
    if subject.tag_ in RELATIVE_TAGS and subject.head.dep_ in ("relcl", "acl"):
        return _agreeing_antecedent(subject.head)
    if subject.pos_ not in ("VERB", "AUX"):
        return subject
    return next((child for child in subject.children if child.dep_ == "nsubj"), None)


def _agreeing_antecedent(clause: Token) -> Token:
    """The noun a relative clause describes; when the parser hung a clause whose verb is singular ("has", "is",
    "demands") on a plural in an "of" phrase, the singular noun that phrase belongs to ("an armed group of current
    and former police officers that has demanded ...": the group)."""
    noun = clause.head
    verbs = [clause, *(child for child in children(clause) if child.dep_ in ("aux", "auxpass"))]
    finite = next((verb for verb in verbs if verb.tag_ in ("VBZ", "VBP", "VBD")), None)
    if finite is None or finite.tag_ != "VBZ" or noun.tag_ not in PLURAL_TAGS:
        return noun
    of = noun.head if noun.dep_ == "pobj" else None
    owner = of.head if of is not None and of.lower_ == "of" else None
    return owner if owner is not None and owner.pos_ == "NOUN" and owner.tag_ not in PLURAL_TAGS else noun
