"""Which person a role or person noun refers to, when the text names that person elsewhere.

Whose a role is by its possessive or "of" owner (:func:`role_possessor`: "his spokesman", "President of Azerbaijan"
after "Ilham Aliyev"); the person a relative first mentioned unnamed is named as later ("his wife" before "Veronika
Zonabend, X's wife"); the described person or people a definite noun repeats ("the resident", "the officials" after
"X and Y"); the holder of the same role, or the person whose title has a definite role's words ("the Army
official" after "Army spokesman X"); a state's role and its holder ("the Kenyan leader" after "President Ruto",
:func:`role_referent`; "the head of state", :func:`leader_referent`); the person a first unnamed role is named as next
("a rebel spokesman said" before "X, spokesman of the rebels", :func:`introduced_later`). The order in which these
are tried is :mod:`.speakers`'.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from kg.extract.claims.described import left_modifiers
from kg.extract.claims.discourse import MAX_DISTANCE, Discourse, mention_context
from kg.extract.claims.lexicon import claim_lexicon
from kg.extract.claims.named_actors import modifier_actor
from kg.extract.claims.sides import title_phrases, title_words
from kg.extract.claims.speaker_phrases import SpeakerPart, sentence_start_before
from kg.extract.claims.voices import office_owners, voice_named_before
from kg.extract.syntax import PLURAL_TAGS, children, prep_objects
from kg.nlp.doccache import sentence_numbers, sentences
from kg.words import shared_words


def role_possessor(head: Token, discourse: Discourse) -> tuple[tuple[str, ...] | None, str | None]:
    """Whose a role noun is by its possessive: the person a pronoun refers to ("his spokesman"), or the
    actor a named possessor names ("Azerbaijan's prosecutor-general"); a single role "of" a state is the person the
    text names as its holder (:func:`_state_role_holder`: "President of Azerbaijan hoped" after "Ilham Aliyev"),
    else that state."""
    owner = next((child for child in head.children if child.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PRON":
        return (discourse.last_person(head.idx) if owner.lower_ in shared_words().pronouns.person else None), None
    if owner is None:
        owners = office_owners(head, discourse)
        if owners is not None and len(owners) == 1 and head.tag_ not in PLURAL_TAGS and discourse.is_state(owners[0]):
            return _state_role_holder(head, head.lemma_.lower(), owners[0], discourse) or owners, None  # "President of Azerbaijan"
        return (voice_named_before(head, owners, discourse) if owners is not None else None) or owners, None
    return None, modifier_actor(head, discourse)


def state_modifier(head: Token, discourse: Discourse) -> str | None:
    """The state a name before a role noun names ("the US president": the United States)."""
    key = modifier_actor(head, discourse)
    return key if key is not None and discourse.is_state(key) else None


def nationality_modifier(head: Token, discourse: Discourse) -> str | None:
    """The state a demonym before a noun names ("the Kenyan leader": Kenya)."""
    for child in left_modifiers(head):
        if child.head == head and child.dep_ in ("amod", "compound"):
            key = discourse.nationality(child.lower_)
            if key is not None:
                return key
    return None


def kin_named_later(head: Token, principal: tuple[str, ...] | None, discourse: Discourse) -> tuple[str, ...] | None:
    """The person a relative first mentioned unnamed ("his wife told RBC", ``principal`` the one whose relative) is,
    named at the text's next mention of the same relative of the same person: the name it is the apposition of or
    that follows it ("Veronika Zonabend, Vardanyan's wife, said"; "his wife Veronika Zonabend")."""
    lemma = head.lemma_.lower()
    if principal is None or lemma not in claim_lexicon().kin_nouns:
        return None
    for token in head.doc[head.i + 1 :]:
        if token.idx > head.idx + MAX_DISTANCE:
            break
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or token.tag_ in PLURAL_TAGS:
            continue
        owner = next((child for child in token.children if child.dep_ == "poss"), None)
        if owner is None and token.i > 0 and token.doc[token.i - 1].tag_ == "POS":
            owner = token.doc[token.i - 1].head  # the possessive the parser hung elsewhere ("X, Y's brother,")
        owner_span = discourse.entity_at.get(owner.i) if owner is not None else None
        if owner_span is None or owner_span.kb_id_ not in principal:
            return None  # another's relative, or one whose we cannot tell
        span = _titled_person(token, discourse)
        return (span.kb_id_,) if span is not None else None
    return None


def described_person_before(head: Token, lemma: str, state: str | None, discourse: Discourse) -> tuple[str, ...] | None:
    """ "the resident" after "a resident" (a described source with the same noun, though a named person came
    between: "according to the group's leader and a resident. ... Its leader X said ... The resident said"); "the
    official" after "a senior military source" (nouns of an unnamed voice), when nobody was named since; not a role
    of a state ("the Kenyan official")."""
    if state is not None or not _bare_definite(head) or not any(child.lower_ in shared_words().definite_determiners for child in head.children):
        return None
    same = discourse.last_described_person(head.idx, frozenset({lemma}))
    voices = claim_lexicon().anonymous_voice_nouns
    if same is not None or lemma not in voices:
        return same
    return discourse.last_described_person(head.idx, voices, latest=True)


def named_together(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The coordinated people named in the four sentences before a definite plural role with nothing else ("X and Y
    discussed the crisis ... . The officials urged ...": X and Y)."""
    if head.tag_ not in PLURAL_TAGS or head.lemma_.lower() not in shared_words().person_roles or not _bare_definite(head):
        return None
    return discourse.last_people(head.idx, sentence_start_before(head, 4))


def same_role_holder(head: Token, state: str | None, owned_by: str | None, discourse: Discourse) -> tuple[str, ...] | None:
    """The person last introduced with a role noun's role, of its state, affiliation and rank ("the deputy minister" is
    no minister named before, "the secretary" no deputy secretary)."""
    subordinate = any(token.lower_ in claim_lexicon().subordinate_ranks for token in left_modifiers(head))
    return discourse.last_person(head.idx, head.lemma_.lower(), state=state, of_state=owned_by is not None,
                                 affiliation=_affiliation(head), subordinate=subordinate)


def _affiliation(head: Token) -> str | None:
    """The noun of a role noun's "of" phrase ("the representative of Karabakh Armenians": ``armenians``)."""
    return next((obj.lower_ for obj in prep_objects(head, "of")), None)


def titled_before(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The named person last mentioned before a definite unspecific role whose title has the role's modifiers, its
    words ("the Army official said" after "local Army spokesman Lt. Col. Jo Ponce said"; "the State police spokesman"
    after "the State Police Public Relations Officer Ada Bello"), when that person was introduced with a person role."""
    lexicon = claim_lexicon()
    if head.lemma_.lower() not in lexicon.unspecific_roles or head.tag_ in PLURAL_TAGS:
        return None
    if not any(child.dep_ == "det" and child.lower_ in lexicon.definite_articles for child in head.children):
        return None
    words = {t.lower_ for t in left_modifiers(head) if t.dep_ in ("compound", "amod") and t.is_alpha}
    if not words:
        return None
    before = discourse.observations_before(head.idx)
    people = [item for item in before if item.person and len(item.keys) == 1 and item.keys[0] not in discourse.sources]
    if not people:
        return None
    key = people[-1].keys[0]
    title = {token.lower_ for span in discourse.spans_of(key) if span.end <= head.i for token in _title_before(span)}
    spokesperson = head.lemma_.lower() in lexicon.spokesperson_titles
    roles = lexicon.spokesperson_titles if spokesperson else lexicon.spokesperson_titles | shared_words().person_roles
    return people[-1].keys if words <= title and title & roles else None


def _title_before(span: Span) -> list[Token]:
    """The tokens of the title written right before a name, back to its article or a comma ("the State Police Public
    Relations Officer (PPRO) SP" before "Ada Bello"; "local Army spokesman Lt. Col." before "Jo Ponce")."""
    tokens: list[Token] = []
    for token in reversed(span.doc[span.sent.start : span.start]):
        if token.dep_ == "det" or token.pos_ not in ("PROPN", "NOUN", "ADJ", "PUNCT") or token.text in (",", ";", ":"):
            break
        tokens.append(token)
    return tokens


def adviser_referent(head: Token, state: str | None, discourse: Discourse) -> tuple[str, ...] | None:
    """The person a single adviser's role (``adviser_roles``: adviser, aide, assistant, ...) refers to when nobody was
    described with its own word: the one titled with any word for an adviser, the last named before it, else the first
    named after it, in the title before the name or its apposition ("presidential aide says" before "Assistant to the
    President of X Y said"; "the foreign policy adviser said" after "Y, an aide to the president"), not one whose title
    names another state than the role's."""
    words = claim_lexicon().adviser_roles
    if head.lemma_.lower() not in words or head.tag_ in PLURAL_TAGS:
        return None

    def titled(span: Span) -> bool:
        title = [word for phrase in title_phrases(span, heads_after=True) for word in title_words(phrase)]
        title += _adviser_title_over(span, words)
        if not {word.lower_ for word in title} & words:
            return False
        return state is None or discourse.states_named(" ".join(word.lower_ for word in title)) <= {state}

    return _titled_around(head, titled, discourse)


def _adviser_title_over(span: Span, words: frozenset[str]) -> list[Token]:
    """The adviser's title the parser hung a name on as the object of its "to" when a title-case adviser word with no
    determiner opens the phrase, the name that object or in apposition to it ("Assistant to the Azerbaijani President
    Hikmet Hajiyev said": the parser reads Hajiyev as the one assisted, the outlets mean him as the assistant; not "an
    adviser to President X", who is advised)."""
    node = span.root.head if span.root.dep_ == "appos" else span.root  # "... President [appos] Hikmet Hajiyev"
    to = node.head if node.dep_ == "pobj" else None
    adviser = to.head if to is not None and to.lower_ == "to" and to.dep_ == "prep" else None
    if adviser is None or adviser.lower_ not in words or not adviser.text[:1].isupper():
        return []
    if any(child.dep_ in ("det", "poss") for child in adviser.children) or span.end < len(span.doc) and span.doc[span.end].dep_ == "prep":
        return []
    return [adviser]


def sex_referent(lemma: str, position: int, discourse: Discourse) -> tuple[str, ...] | None:
    """The person last introduced with a word of the sex a generic person noun names ("the woman" after "his wife
    Veronika Zonabend" or "Chidera's wife")."""
    lexicon = claim_lexicon()
    words = lexicon.female_person_words if lemma in lexicon.female_person_words else lexicon.male_person_words
    return discourse.last_person_called(position, words)


def role_referent(head: Token, role: str, state: str | None, owned: bool, discourse: Discourse) -> SpeakerPart | None:
    """Whom a person role nobody was described with before stands for: the person the text next names with it as
    a title ("the president" before "President X"), the actor it serves ("the Artsakh ombudsman", "Iran's health
    minister"), or for a bare "the expert" the named person the text is about (not "the ombudsman")."""
    bare, compounds = _bare_definite(head), _compound_title(head)
    later = _next_titled_person(head, role, state, discourse, compounds) if owned or bare or compounds else None
    if later is not None:
        return later, "description", None
    modifier = modifier_actor(head, discourse)
    owner = state or (modifier if modifier is not None and discourse.is_state(modifier) else None)
    holder = _state_role_holder(head, role, owner, discourse) if owner is not None else None
    if holder is not None:
        return holder, "description", None
    named = voice_named_before(head, (modifier,), discourse) if modifier is not None else None
    if named is not None:  # "the State Department representative" after "State Department spokesman X"
        return named, "description", None
    if modifier is not None:
        return (modifier,), "nationality" if modifier not in discourse.entity_keys() else "entity", None
    earlier = _office_referent(head, role, discourse) if bare else None
    return (earlier, "description", None) if earlier is not None else None


def _office_referent(head: Token, role: str, discourse: Discourse) -> tuple[str, ...] | None:
    """Whom a bare definite role said with nobody named in it before refers back to: for an office (``office_titles``)
    the last person titled with it, also abbreviated (``abbreviated_offices``: "the general" after "Gen. X"), or with a
    title it covers (``role_hyponyms``: "the envoy" after "Ambassador X"), else the named
    person the text is about unless titled with another office ("The ambassador said" after "Foreign Minister X" is not
    X; "the minister" after "President X" is not X: a described source; a generic title that covers it may be its: "the
    ambassador" after "diplomat X"); for another role ("the expert") that person."""
    lexicon = claim_lexicon()
    earlier = discourse.last_person(head.idx, named=True)
    if role not in lexicon.office_titles:
        return earlier
    covered = lexicon.role_hyponyms.get(role, frozenset())
    generic = {word for word, covers in lexicon.role_hyponyms.items() if role in covers}  # "diplomat X" for "the ambassador"
    allowed = _allowed_roles(role) | generic

    def offices(key: str) -> set[str]:
        words = {word.rstrip(".") for c in _role_contexts(key, role, discourse) for word in c.split()}
        words |= {part for word in words for part in word.split("-")}
        return {lexicon.abbreviated_offices.get(word, word) for word in words} & lexicon.office_titles

    for item in reversed(discourse.observations_before(head.idx)):
        key = item.keys[0] if item.person and len(item.keys) == 1 else None
        if key is not None and key not in discourse.sources and offices(key) & ({role} | covered):
            return item.keys
    return earlier if earlier is not None and not offices(earlier[0]) - allowed else None


def _allowed_roles(role: str) -> frozenset[str]:
    """A role with the roles it covers (``role_hyponyms``) and, for a head of state's role, every such role."""
    lexicon = claim_lexicon()
    heads = lexicon.state_head_roles if role in lexicon.state_head_roles else frozenset()
    return frozenset({role}) | lexicon.role_hyponyms.get(role, frozenset()) | heads


def _role_contexts(key: str, role: str, discourse: Discourse) -> list[str]:
    """The words around a person's mentions and descriptions, a phrase of ``role`` said as the role's one word."""
    phrases = claim_lexicon().role_phrases.get(role, ())
    return [_one_word_role(c, role, phrases) for c in discourse.mention_contexts(key) + discourse.described_as(key)]


def _state_role_holder(head: Token, role: str, state: str, discourse: Discourse) -> tuple[str, ...] | None:
    """The person a state's role nobody was named with stands for ("Azerbaijan's president said", "the Rwandan
    president cautioned"): the last person a subject or speaker in the two sentences before, else the first person
    named in the two sentences after ("Egypt's foreign minister said ... . X said in an interview"), whose every
    mention has no other role (a state's head may be titled by another head's role: "head of state X"; "Secretary-General
    X" is no prosecutor-general) and names no other state; one named with the state first ("the US president said" before "Zelensky met US President X")."""
    allowed, roles = _allowed_roles(role), shared_words().person_roles

    def fits(key: str, named: bool) -> bool:
        if key in discourse.sources or not discourse.is_person_key(key):
            return False
        contexts = _role_contexts(key, role, discourse)
        if any((set(c.replace("-", " ").split()) & roles) - allowed or discourse.states_named(c) - {state} for c in contexts):
            return False
        return not named or any(state in discourse.states_named(c) for c in contexts)

    doc = head.doc
    bounds, number = sentences(doc), sentence_numbers(doc)[head.i]
    first = doc[bounds[max(0, number - 2)][0]].idx
    before = [item.keys[0] for item in reversed(discourse.observations_before(head.idx))
              if item.position >= first and item.person and item.salient and len(item.keys) == 1]
    end = bounds[min(len(bounds) - 1, number + 2)][1]
    after = [span.kb_id_ for token in doc[head.i + 1 : end] if (span := discourse.entity_at.get(token.i)) is not None
             and span.start == token.i and discourse.is_person(span) and not discourse.in_quote(span.start_char)]
    for named in (True, False):
        for key in (*before, *after):
            if fits(key, named):
                return (key,)
    return None


def _one_word_role(context: str, role: str, phrases: tuple[str, ...]) -> str:
    """A mention's context with the titles of several words a one-word role stands for written as that role ("armenian
    prime minister nikol pashinyan" for "premier": "armenian premier nikol pashinyan")."""
    for phrase in phrases:
        context = context.replace(phrase, role)
    return context


def _compound_title(head: Token) -> tuple[str, ...]:
    """The lower-case nouns before a definite role noun that make its title with it ("the government spokesperson":
    ``government``), when nothing else describes it; else none."""
    lexicon = claim_lexicon()
    modifiers = [child for child in head.children if child.dep_ not in ("punct", "relcl", "acl", "appos", "prep")]
    articles = [child for child in modifiers if child.dep_ == "det" and child.lower_ in lexicon.definite_articles]
    nouns = [child for child in modifiers if child.dep_ == "compound" and child.pos_ == "NOUN" and child.is_lower]
    return tuple(noun.lower_ for noun in nouns) if len(articles) == 1 and nouns and len(articles) + len(nouns) == len(modifiers) else ()


def _next_titled_person(head: Token, role: str, state: str | None, discourse: Discourse,
                        words: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The first person named after ``head`` with ``role`` as a title in the three words before the name, also in a
    quotation ("the president" said before "He called on President Aliyev"), not one whose title has another state's
    demonym than ``state``; with ``words``, one whose title has them too ("the government spokesperson said" before
    "government spokesperson X said")."""
    doc = head.doc
    for token in doc[head.i + 1 :]:
        if token.idx > head.idx + MAX_DISTANCE:
            break
        span = discourse.entity_at.get(token.i)
        if span is None or span.start != token.i or not discourse.is_person(span):
            continue
        title = [t.lower_ for t in doc[max(span.sent.start, span.start - 3) : span.end - 1]]  # the span may hold it
        if role not in title or not set(words) <= set(title):
            continue
        if state is not None and not {discourse.nationality(word) for word in title} - {None} <= {state}:
            continue
        return (span.kb_id_,)
    return None


def introduced_later(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The person a first unnamed mention of a role ("a military spokesman said" in a lead, "according to the state
    minister of information", with a plain article and no word of its own anonymity) is, named at the text's next
    mention of that role: a person it is the title or apposition of ("Army spokesman Lt. Col. Jo Ponce said", "Abu
    Samad, spokesman of the Free Fighters, said"), not one of another state's demonym; none when that next mention
    describes someone again ("a military spokesman in Swat told Reuters"), the role has a body of its own ("the president
    of the court") or was named before."""
    lexicon = claim_lexicon()
    role = head.lemma_.lower()
    articles = [child for child in head.children if child.dep_ == "det"]
    plain = shared_words().indefinite_articles | lexicon.definite_articles
    if role not in shared_words().person_roles or len(articles) != 1 or articles[0].lower_ not in plain:
        return None
    if any(token.lower_ in lexicon.identity_words for child in children(head, "relcl") for token in child.subtree):
        return None  # "a military source who requested anonymity"
    if any(children(obj, "det") for prep in children(head, "prep") for obj in children(prep, "pobj")):
        return None  # "the president of the court": a body's, not a portfolio ("the minister of information")
    if discourse.last_person(head.idx, role) is not None:
        return None
    state = nationality_modifier(head, discourse)
    doc = head.doc
    for token in doc[head.i + 1 :]:
        if token.idx > head.idx + MAX_DISTANCE:
            break
        if token.lemma_.lower() != role or token.pos_ not in ("NOUN", "PROPN"):
            continue
        span = _titled_person(token, discourse)
        if span is None or _other_body(head, span):
            return None
        title = {discourse.nationality(word) for word in mention_context(span).split()} - {None}
        return (span.kb_id_,) if state is None or title <= {state} else None
    return None


def _other_body(head: Token, span: Span) -> bool:
    """Whether a role's noun modifiers and those before the same role in the title before a name share none: another
    body's ("the government spokesperson" is not "army spokesperson X"; "a military spokesman" may be "Army spokesman X")."""
    role = head.lemma_.lower()
    own = {t.lower_ for t in left_modifiers(head) if t.pos_ in ("NOUN", "PROPN")}
    title = _title_before(span)
    at = next((t.i for t in title if t.lemma_.lower() == role), None)  # the words before the role in the title
    named = {t.lower_ for t in title if at is not None and t.i < at and t.pos_ in ("NOUN", "PROPN")}
    return bool(own and named and not own & named)


def _titled_person(role: Token, discourse: Discourse) -> Span | None:
    """The named person a role noun describes: the name it is in apposition to ("X, spokesman of Y") or a compound
    of ("spokesman Lt. Col. X"), the name in apposition to it ("the spokesman, X,") or the name right after it, past
    title words."""
    candidates = [role.head] if role.dep_ in ("appos", "compound") else []  # "X, spokesman of Y"; "spokesman Lt. Col. X"
    candidates.extend(children(role, "appos"))
    for token in role.doc[role.i + 1 : min(role.i + 6, role.sent.end)]:
        if token.i in discourse.entity_at:
            candidates.append(token)
            break
        if token.pos_ != "PROPN":
            break
    for token in candidates:
        span = discourse.entity_at.get(token.i)
        if span is not None and discourse.is_person(span):
            return span
    return None


def _bare_definite(head: Token) -> bool:
    """ "the expert": a definite article and the noun, nothing else that would describe someone new; the
    capitalised words of a title count as its noun ("The Prime Minister", "the Foreign Secretary"; not a
    nationality or name: "the Kenyan President"); also a singular role with no article at all, as headlines write it
    ("..., president says")."""
    modifiers = [child for child in head.children if child.dep_ not in ("punct", "relcl", "acl", "appos")]
    if head.text[:1].isupper():
        modifiers = [child for child in modifiers if not _title_word(child)]
    if not modifiers:
        return head.tag_ not in PLURAL_TAGS
    return len(modifiers) == 1 and modifiers[0].lower_ in shared_words().definite_determiners


def _title_word(token: Token) -> bool:
    """A capitalised word of an office's title before its head ("Prime" in "the Prime Minister"), not a name."""
    return token.dep_ == "compound" and token.i < token.head.i and token.text[:1].isupper() and not token.ent_type_ and not token.n_lefts


def leader_referent(head: Token, state: str | None, discourse: Discourse) -> tuple[str, ...] | None:
    """Whom a leader role refers to: for a role "of" a state noun ("the head of state", "the head of the state") the
    person named with a state head's title (:func:`state_head_before`), else the last person introduced with a title
    ("the Kenyan leader" after "President Ruto")."""
    if any(obj.lemma_.lower() in claim_lexicon().state_nouns for obj in prep_objects(head, "of")):
        return state_head_before(head, discourse)
    return discourse.last_person(head.idx, titled=True, state=state)


def state_head_before(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The person "the head of state" refers to: the last one named before it with a state head's title, in the
    capitalised title chain before the name ("President of the Republic of Azerbaijan Ilham Aliyev") or its
    apposition, not another titled person ("Secretary of State Antony Blinken made a phone call to ...", "army chief
    Karl Brandt", "President Ruto's spokesman X"); else the
    first person named so after it ("The head of state noted ... . President Ilham Aliyev underscored ...")."""
    heads = claim_lexicon().state_head_titles

    def titled(span: Span) -> bool:
        return bool(heads & ({t.lower_ for t in _title_chain(span)} | _apposition_words(span)))

    return _titled_around(head, titled, discourse)


def _apposition_words(span: Span) -> set[str]:
    """The words of the phrases in apposition to a name ("Paul Vance, the president")."""
    return {token.lower_ for child in span.root.children if child.dep_ == "appos" for token in child.subtree}


def _title_chain(span: Span) -> list[Token]:
    """The capitalised title written right before a name, with its "of" phrases ("President of the Republic of
    Azerbaijan" before "Ilham Aliyev"), back to the first word that is none of them."""
    tokens: list[Token] = []
    words = claim_lexicon().title_chain_words
    for token in reversed(span.doc[span.sent.start : span.start]):
        if not (token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN")) and token.lower_ not in words:
            break
        tokens.append(token)
    return tokens


def _titled_around(head: Token, titled: Callable[[Span], bool], discourse: Discourse) -> tuple[str, ...] | None:
    """The last person named before ``head`` (not a speaker already) whose mention there is titled so, else the first
    person named so after it, within ``MAX_DISTANCE`` characters."""
    for item in reversed(discourse.observations_before(head.idx)):
        if not item.person or len(item.keys) != 1 or item.keys[0] in discourse.sources:
            continue
        if any(titled(span) for span in discourse.spans_of(item.keys[0]) if span.end <= head.i):
            return item.keys
    for token in head.doc[head.i + 1 :]:
        if token.idx > head.idx + MAX_DISTANCE:
            break
        span = discourse.entity_at.get(token.i)
        if span is not None and span.start == token.i and discourse.is_person(span) and titled(span):
            return (span.kb_id_,)
    return None
