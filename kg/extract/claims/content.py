"""What a reporting cue says and where: cue records matched to verbs, the reported content, the
evidence clause, and cues coordinated with it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.codes import ClaimKind
from kg.extract.claims.described import is_source_noun
from kg.extract.claims.lexicon import ClaimLexicon, CueRule, claim_lexicon
from kg.extract.claims.quotes import closes_quotation, is_quote_mark, opens_quotation
from kg.extract.syntax import ACTOR_ENTITY_TYPES, DASHES, RELATIVE_TAGS, VERBAL, children
from kg.nlp.doccache import blocks, sentence_numbers, sentences, subtree_indices, token_table

#: The dependencies of a cue clause that ``coordinated`` or ``_relative_cue`` finds.
_CLAUSE_DEPS = frozenset({"conj", "advcl", "relcl"})

#: Dependencies of a cue's complement clause.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})

#: Penn tags of the wh-words that open an indirect question ("how", "who", "which").
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def verb_cue(token: Token, lexicon: ClaimLexicon) -> tuple[ClaimKind, int] | None:
    """(default kind, end offset of the cue) when ``token`` is a reporting verb with its complement:
    the cue record of its lemma (a phrasal one when its particle follows) decides."""
    if token.pos_ not in VERBAL or token.tag_ == "VBN" and token.dep_ == "amod":
        return None
    if token.tag_ == "VBN" and token.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in token.children):
        return None  # "Asked whether the army would withdraw, Pashinyan said ...": the one asked, not asking
    if any(child.dep_ == "dobj" and child.tag_ in RELATIVE_TAGS for child in token.children) or _fronted_wh_object(token):
        return None  # "what it describes as ...", "what it called ... on Tuesday", "what it referred to as ...": a label, not a claim
    lemma = token.lemma_.lower()
    particles = [*token.children, *_object_predicates(token), *_clause_marks(token)] if lemma in lexicon.phrasal_lemmas else []
    for child in particles:
        phrasal = lexicon.phrasal.get((lemma, child.lower_))
        if phrasal is not None and (_particle(child) or child.dep_ == "mark") and child.i > token.i and not _dated(child):
            return phrasal.kind, child.idx + len(child.text)
    rule = lexicon.verbs.get(lemma) or (_ISSUED_STATEMENT if issued_statement_body(token, lexicon) else None)  # "issued the following statement:"
    trailing, attested = rule is not None and trailing_subject(token) is not None, _attested(token, lexicon)
    if rule is None or rule.kind == "assertion" and _participle(token) and not (trailing or attested):
        return None  # "images published by local media": a thing reported, not a claim ("the aid requested by X" is one)
    has = _complement_types(token) | ({"clause"} if trailing else set()) | ({"object"} if attested else set())  # "..., the portal reported"
    if relayed_clause(token, lexicon) is not None:
        passive = any(child.dep_ == "nsubjpass" for child in token.children)
        if passive and not any(child.dep_ == "agent" for child in token.children) or quotes_named(token, lexicon):
            return None  # "X was quoted as saying ...", "Interfax quoted Prime Minister X as saying": X's claim only
        has.add("clause")  # "quoted security sources as saying that ..."
    if relative_object(token, lexicon) is not None:
        has.add("object")  # "a claim Baku denied"
    met = _met_requirements(token, rule, has)
    if not met:
        return None
    has |= met & {"clause"}  # a clause listed after a colon
    if rule.objects is not None and "clause" not in has and met <= {"object"} and not any(c.dep_ == "dobj" and c.lemma_.lower() in rule.objects for c in token.children):
        return None  # "sent troops", "agreed the date": reported only through an object that is none of its nouns
    if rule.statement_subject and not any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.statement_nouns for c in token.children):
        return None  # "the statement read: ...", not "she read the letter"
    if rule.stance and any(child.lower_ in lexicon.habitual_adverbs for child in token.children):
        return None  # "has always supported": a disposition, not a stance taken
    if _says_nothing(token, has, lexicon):
        return None  # "did not confirm whether ...", "neither confirm nor deny", "not confirmed by X", "until X guarantees", "declared a curfew"
    return rule.kind, token.idx + len(token.text)


def _met_requirements(token: Token, rule: CueRule, has: set[str]) -> set[str]:
    """The complement types of ``rule.requires`` that ``token`` has; a clause also when a colon ending its paragraph
    lists it ("The rebels announced:\n\nThe town is under our control."); empty when none."""
    met = {need for need in rule.requires if need in has or (need == "prep:*" and any(h.startswith("prep:") for h in has))}
    if not met and "clause" in rule.requires and listed_after_colon(token):
        return {"clause"}
    return met


#: The cue record of a verb that issues a statement whose body follows a colon (see ``issued_statement_body``).
_ISSUED_STATEMENT = CueRule(kind="assertion", lemmas=frozenset(), requires=frozenset({"clause"}))

#: How many paragraphs a cue ending with a colon may introduce (a list of points).
MAX_LISTED_PARAGRAPHS = 6
#: Marks that open a list item paragraph.
_LIST_MARKS = DASHES | {"•", "*", "·"}


def issued_statement_body(verb: Token, lexicon: ClaimLexicon) -> list[Token]:
    """When ``verb`` issues a statement whose body follows the colon ending its paragraph, unquoted ("The Foreign
    Ministry issued the following statement:\n\nThe attack is a violation ..."), that body, else none: the body
    is the issuer's claim, as a quotation after the colon is (GUIDELINES 5: one claim per cue)."""
    if verb.lemma_.lower() not in lexicon.light_verbs or not any(
        child.dep_ == "dobj" and child.lemma_.lower() in lexicon.statement_nouns for child in verb.children
    ):
        return []
    return listed_after_colon(verb)


def listed_after_colon(cue: Token) -> list[Token]:
    """What a cue that ends its paragraph with a colon introduces, unquoted: the next paragraph, and the list
    items after it ("The ministry said in a statement:\n- 12 soldiers were killed.\n- Three tanks were destroyed.")."""
    doc, paragraph = cue.doc, blocks(cue.doc)
    end = sentences(doc)[sentence_numbers(doc)[cue.i]][1]
    while end > cue.i + 1 and doc[end - 1].is_space:
        end -= 1
    if doc[end - 1].text != ":" or end >= len(doc) or paragraph[end] == paragraph[end - 1] and not doc[end].is_space:
        return []
    found: list[Token] = []
    block = paragraph[end - 1]
    for token in doc[end : end + 400]:
        if token.is_space:
            continue
        if paragraph[token.i] != block:
            first = not found
            if not first and (token.text not in _LIST_MARKS and not token.like_num) or paragraph[token.i] - paragraph[end - 1] > MAX_LISTED_PARAGRAPHS:
                break
            block = paragraph[token.i]
        found.append(token)
    return [t for t in found if not t.is_punct or t.text not in _LIST_MARKS]


def relayed_clause(verb: Token, lexicon: ClaimLexicon) -> Token | None:
    """The cue of the "as" clause of a relaying verb ("quoted security sources as saying that ..."): ``saying``."""
    if verb.lemma_.lower() not in lexicon.quoting_verbs:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in lexicon.quoting_prepositions:
            for clause in prep.children:
                if clause.dep_ == "pcomp" and lexicon.is_cue_word(clause.lemma_.lower(), [c.lower_ for c in clause.children]):
                    return clause
    return None


def relayed_source(cue: Token, lexicon: ClaimLexicon) -> Token | None:
    """Whose words a relaying verb quotes, for the cue of its "as" clause: the verb's object ("quoted security
    sources as saying"), its passive subject ("the commander was quoted by Reuters as saying")."""
    verb = cue.head.head
    if cue.dep_ != "pcomp" or relayed_clause(verb, lexicon) != cue:
        return None
    return next((child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")), None)


def quotes_named(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a relaying verb quotes a source the text names: a person, body or state, or a voice of a named body
    other than an anonymous one ("Interfax quoted Prime Minister X as saying", "quoted a DPR defence ministry
    spokesman as saying"). The relayer only passes such a source's words on; described people ("security sources",
    "a senior Tavian army officer", "a police chief in Kano", "a Hamas official") it vouches for as a source of its own."""
    source = next((child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")), None)
    if source is None or source.lemma_.lower() in lexicon.anonymous_voice_nouns:
        return False
    placed = {t.i for prep in source.children if prep.dep_ == "prep" and prep.lower_ not in lexicon.voice_prepositions for t in prep.subtree}
    return any(t.ent_type_ in ACTOR_ENTITY_TYPES and t.ent_type_ != "NORP" and t.i not in placed for t in source.subtree)


def _particle(child: Token) -> bool:
    """The particle, preposition or predicate adjective of a phrasal cue ("point out", "call for", "made clear")."""
    return child.dep_ in ("prt", "prep") or child.pos_ == "ADJ" and child.dep_ in ("oprd", "ccomp", "acomp", "amod")


def _gives_a_name(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a verb of calling (an evaluation cue) only gives something a proper name: its predicate (the object
    predicate, or the object of its "as") is a proper noun and it has no clause ("referred to as Stepanakert by
    Armenians", "called Kurti by Georgia"): a label (GUIDELINES section 5: framing), not "called the attack a massacre"."""
    rule = lexicon.verbs.get(verb.lemma_.lower())
    if rule is None or rule.kind != "evaluation" or any(child.dep_ in CLAUSE_DEPS for child in verb.children):
        return False
    preps = [child for child in verb.children if child.dep_ == "prep"]
    names = [child for child in verb.children if child.dep_ == "oprd"]
    names += [obj for prep in preps if prep.lower_ == "as" for obj in prep.children if obj.dep_ == "pobj"]
    return bool(names) and all(name.pos_ == "PROPN" for name in names)


def _clause_marks(verb: Token) -> list[Token]:
    """The word right after the verb that the parser made the mark of the verb's clause: the particle of "called for
    the peacekeepers to intervene", read as "for the peacekeepers to intervene" (a clause with its own subject)."""
    return [mark for clause in verb.children if clause.dep_ in ("advcl", "ccomp", "xcomp") for mark in clause.children
            if mark.dep_ == "mark" and mark.i == verb.i + 1]


def _object_predicates(verb: Token) -> list[Token]:
    """Adjectives after the verb's object that the parser attached to it: "held the rebels responsible"."""
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    return [adj for obj in objects for adj in obj.rights if adj.dep_ == "amod" and adj.pos_ == "ADJ"]


def _dated(preposition: Token) -> bool:
    """A preposition introducing a date or time ("called ... on Tuesday"), not a phrasal verb's particle."""
    return any(child.dep_ == "pobj" and child.ent_type_ in ("DATE", "TIME") for child in preposition.children)


def _leaves_open(cue: Token, lexicon: ClaimLexicon) -> bool:
    """A negated or withheld cue whose clause is an open question ("did not say whether ...", "declined to
    say how many ..."): no claim is made."""
    if not _held_back(cue, lexicon):
        return False
    clauses = [child for child in cue.children if child.dep_ in CLAUSE_DEPS]
    return bool(clauses) and all(_open_question(clause, lexicon) for clause in clauses)


def _says_nothing(cue: Token, has: set[str], lexicon: ClaimLexicon) -> bool:
    """A cue that puts forward no proposition: one that leaves its question open, "neither ... nor", a negated passive
    with its agent, a condition, an enacting document, the source's own anonymity, a confirmation not given, a name given,
    pictures published."""
    return (_leaves_open(cue, lexicon) or _neither_nor(cue) or _negated_passive_agent(cue) or _hypothetical(cue, lexicon)
            or _enacts(cue, has, lexicon) or _own_identity(cue, lexicon) or _unconfirmed(cue, lexicon) or _gives_a_name(cue, lexicon)
            or _publishes_pictures(cue, has, lexicon) or _kept_back(cue, has, lexicon))


def _kept_back(cue: Token, has: set[str], lexicon: ClaimLexicon) -> bool:
    """A disclosing cue negated or withheld with no clause ("did not disclose the number of soldiers killed",
    "refused to reveal the names"): information kept back, no claim."""
    if cue.lemma_.lower() not in lexicon.disclosing_verbs or "clause" in has:
        return False
    return _held_back(cue, lexicon)


def _held_back(cue: Token, lexicon: ClaimLexicon) -> bool:
    """A cue negated ("did not say") or the infinitive of a withholding verb ("declined to say")."""
    withheld = cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lexicon.withholding_verbs
    return withheld or any(child.dep_ == "neg" for child in cue.children)


def _publishes_pictures(cue: Token, has: set[str], lexicon: ClaimLexicon) -> bool:
    """A cue whose only complement is an object naming pictures ("Local media published images of bodies ..."): an
    act of publishing, not a claim."""
    objects = [child for child in cue.children if child.dep_ == "dobj"]
    return has <= {"object", "prep:of", "prep:in", "prep:on"} and bool(objects) and all(
        obj.lemma_.lower() in lexicon.picture_nouns for obj in objects)


def _own_identity(cue: Token, lexicon: ClaimLexicon) -> bool:
    """A cue in a relative clause on a source noun whose complement is about the source's own identity ("a
    resident, who requested anonymity, said ...", "a teacher who did not want to give his name", "an officer who
    asked not to be named"): how the source dealt with the reporter, no proposition of its own."""
    if cue.dep_ != "relcl" or not is_source_noun(cue.head, lexicon):
        return False
    words = {token.lower_ for child in cue.children if child.dep_ not in ("nsubj", "punct") for token in child.subtree}
    return bool(words & lexicon.identity_words)


def _unconfirmed(cue: Token, lexicon: ClaimLexicon) -> bool:
    """A confirming cue negated, under a word of inability or rarity, or the infinitive of one ("Reuters was unable
    to confirm the report", "could not independently verify", "has seldom confirmed such losses"): nothing is
    confirmed, so nothing is claimed."""
    if cue.lemma_.lower() not in lexicon.confirming_verbs:
        return False
    denying = lexicon.inability_words | lexicon.withholding_verbs
    if any(child.dep_ == "neg" or child.lower_ in denying for child in cue.children):
        return True
    governor = cue.head  # "was unable to confirm", "did not manage to verify", "refused to confirm"
    return cue.dep_ == "xcomp" and (
        governor.lemma_.lower() in denying or any(child.dep_ == "neg" for child in governor.children))


def _negated_passive_agent(cue: Token) -> bool:
    """A negated passive cue with its agent ("could not be confirmed by other sources", "they have not been
    informed by any party"): the agent said nothing, so no claim is its own (the clause around it may be
    someone else's)."""
    kids = [child.dep_ for child in cue.children]
    return "neg" in kids and "auxpass" in kids and "agent" in kids


def _hypothetical(cue: Token, lexicon: ClaimLexicon) -> bool:
    """Whether the cue opens a condition or a time yet to come: nothing is said yet ("until Kasmir guarantees
    access", "if the army promises safe passage")."""
    return any(child.dep_ == "mark" and child.lower_ in lexicon.hypothetical_marks for child in cue.children)


def _neither_nor(cue: Token) -> bool:
    """A cue in "neither ... nor" ("would neither confirm nor deny the report"): nothing is said."""
    head = cue.head if cue.dep_ == "conj" else cue
    if "neither" not in token_table(cue.doc).lower[max(0, head.i - 4) : head.i]:
        return False
    return any(child.lower_ == "neither" for child in children(head, "preconj"))


def _open_question(clause: Token, lexicon: ClaimLexicon) -> bool:
    """A clause opened by "whether"/"if" or by a wh-word ("how many people ...", "who fired")."""
    return clause.left_edge.tag_ in WH_TAGS or any(g.dep_ == "mark" and g.lower_ in lexicon.question_marks for g in clause.children)


def _complement_types(token: Token) -> set[str]:
    has = {"clause"} if fronted_content(token) or inverted_source(token) is not None or parenthetical_content(token) else set()
    if (any(child.dep_ == "nsubjpass" for child in token.children) or _participle(token)) and any(child.dep_ == "agent" for child in token.children):
        has.add("object")  # "X has been accused by Y", "the aid requested by Y": the passive subject is the object
    if medium_clause(token) or demonstrative_content(token, claim_lexicon()) is not None:
        has.add("clause")  # (what "this" stands for: "This was stated by X", as for "reported")
    for child in token.children:
        if child.dep_ == "ccomp" and _statement_complement(token, child, claim_lexicon()):
            continue
        if (child.dep_ in CLAUSE_DEPS and not _bare_noun(child)) or (child.dep_ == "advmod" and any(g.dep_ in CLAUSE_DEPS for g in child.children)):
            has.add("clause")
        elif child.dep_ == "dobj":
            has.add("object")
            if any(is_quote_mark(token) for token in child.subtree):
                has.add("quoted")  # "described a “cowardly attack”"
            for grand in child.children:
                if grand.dep_ in ("xcomp", "ccomp"):
                    has.add("clause")
                elif grand.dep_ == "prep" and grand.lower_ == "as":
                    has.add("prep:as")  # "described the move as ..."
        elif child.dep_ == "prep" and any(grand.dep_ in ("pobj", "pcomp") or child.lower_ == "as" for grand in child.children):
            has.add(f"prep:{child.lower_}")
        elif child.dep_ == "oprd":
            has.add("predicate")  # "called the decision incorrect"
        if child.dep_ in ("dobj", "prep") and _participle_as(child):
            has.add("prep:as")  # "blasted calls for talks made by some countries as “nonsense”", "referred to those involved as ..."
    if not has and (_time_clauses(token) or fronted_clause(token, [])):
        has.add("clause")  # a statement the parser hung on the cue's time phrase or as an adverbial clause before it
    return has


def _statement_complement(cue: Token, clause: Token, lexicon: ClaimLexicon) -> bool:
    """A "that" clause the parser hung on the cue after the statement noun of one of its content prepositions: the
    statement's content, not the cue's ("commented on the announcement of X, Deputy Minister, that “...”"; "said in a
    statement that ..." keeps its clause)."""
    if not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return False
    return any(
        noun.lemma_.lower() in lexicon.statement_nouns and prep.i < clause.i
        for prep in children(cue, "prep") if prep.lower_ in lexicon.content_prepositions
        for noun in children(prep, "pobj")
    )


def _fronted_wh_object(verb: Token) -> bool:
    """A free relative pronoun ("what", not "which") before the verb as the object of its preposition: a label, "from what
    it referred to as “Azerbaijani territories”" (GUIDELINES section 5: framing, not a claim)."""
    return any(g.tag_ == "WP" and g.i < verb.i for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")


def _enacts(verb: Token, has: set[str], lexicon: ClaimLexicon) -> bool:
    """An enacting verb whose object (its head, an "of" noun or a conjunct) names what it enacts, with no clause
    or predicate: "declared a 60-day state of emergency and nightly curfew"; not "declared victory"; or with a
    reflexive object: "declared himself the new leader"."""
    if verb.lemma_.lower() not in lexicon.enacting_verbs:
        return False
    if any(c.i > verb.i and c.left_edge.lower_ in lexicon.enacting_reflexives for c in verb.children if c.dep_ in ("dobj", "ccomp", "oprd")):
        return True  # the parser may read "himself Niger's new leader" as a clause
    if has & {"clause", "predicate", "prep:as"}:
        return False
    for obj in children(verb, "dobj"):
        nouns = [obj, *children(obj, "conj")]
        nouns += [pobj for noun in list(nouns) for prep in children(noun, "prep") if prep.lower_ == "of" for pobj in children(prep, "pobj")]
        if any(noun.lemma_.lower() in lexicon.enacted_nouns for noun in nouns):
            return True
    return False


def _participle_as(phrase: Token) -> bool:
    """Whether the parser hung a cue's "as" phrase on a participle inside its object ("blasted calls made by
    some countries as “nonsense”", "referred to those involved in the turmoil as “terrorists”")."""
    return any(t.dep_ == "prep" and t.lower_ == "as" and t.head.dep_ == "acl" and t.head.tag_ == "VBN" and t.head.i > phrase.i for t in phrase.subtree)


def _bare_noun(clause: Token) -> bool:
    """A "clause" that is one noun with no word under it: the parser's reading of a headline's object ("Kenya
    recalls envoy"), not reported content ("declared the election void" has one)."""
    return clause.pos_ in ("NOUN", "PROPN") and not any(c.pos_ not in ("PUNCT", "SPACE") for c in clause.children)


def content_tokens(cue: Token, lexicon: ClaimLexicon) -> list[Token]:
    """The tokens of the reported proposition: clause, object and content prepositions."""
    lemma = cue.lemma_.lower()
    rule = lexicon.verbs.get(lemma)
    to_content = rule is not None and "prep:to" in rule.requires  # "committed to ..."
    tokens: list[Token] = []
    marked = {mark.head.i for mark in _clause_marks(cue) if (lemma, mark.lower_) in lexicon.phrasal}  # "called for X to intervene"
    for child in cue.children:
        if child.dep_ in CLAUSE_DEPS or child.dep_ in ("oprd", "attr") or _appeal_infinitive(child, rule) or child.i in marked:
            tokens.extend(child.subtree)
        elif child.dep_ == "dobj" and lemma not in lexicon.recipient_cues:
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and (
            child.lower_ in lexicon.content_prepositions or (child.lower_ == "to" and to_content) or _phrasal_target(child) or _participle_as(child)
        ):
            if not any(grand.ent_type_ in ("DATE", "TIME") for grand in child.children):
                tokens.extend(child.subtree)
    for child in cue.children:  # "She said later that ...": a clause the parser hung on an adverb
        if child.dep_ == "advmod":
            tokens.extend(t for grand in child.children if grand.dep_ in CLAUSE_DEPS for t in grand.subtree)
    tokens.extend(t for clause in _time_clauses(cue) for t in clause.subtree)
    tokens.extend(t for clause in medium_clause(cue) for t in clause.subtree)
    antecedent = relative_object(cue, lexicon)
    if antecedent is not None:  # "a claim" of "a claim Baku denied": the noun phrase before the relative clause
        tokens.extend(t for t in antecedent.subtree if t.i < cue.left_edge.i)
    tokens.extend(_passive_content(cue, lexicon))
    speaker = inverted_source(cue)
    if speaker is not None:  # "..., reported AFP": the statement is what precedes the cue
        tokens = [t for t in cue.sent if t.i < cue.i - 1]
    trailing = trailing_subject(cue)
    if trailing is not None:  # "..., an adviser to the governor said on Friday": what precedes the subject's comma
        tokens = [t for t in cue.sent if t.i < trailing.left_edge.i - 1]
    tokens.extend(fronted_content(cue))
    tokens.extend(fronted_clause(cue, tokens))
    tokens.extend(parenthetical_content(cue))
    excluded = _coordinated_cue_tokens(cue, lexicon)
    return same_paragraph(sorted((t for t in tokens if t.i not in excluded), key=lambda t: t.i), cue)


def _time_clauses(cue: Token) -> list[Token]:
    """A content clause the parser hung on the cue's time phrase as a relative clause ("had stated the previous day
    that Baku would be represented")."""
    return [grand for child in cue.children if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME")
            for grand in child.children if _marked_relative(grand)]


def _marked_relative(clause: Token) -> bool:
    """A clause the parser made a relative clause though a subordinating conjunction opens it, as a content clause's
    does ("the previous day that Baku would be represented"), not a relative pronoun."""
    return clause.dep_ == "relcl" and any(g.dep_ == "mark" and g.tag_ == "IN" and g.i == clause.left_edge.i for g in clause.children)


def _phrasal_target(prep: Token) -> bool:
    """The target of a phrasal cue of criticism ("lashed out at the opposition")."""
    cue = prep.head
    if prep.lower_ != "at" or not children(cue, "prt"):
        return False
    return not any(c.dep_ in CLAUSE_DEPS for c in cue.children) and not medium_clause(cue)  # not "pointed out at a briefing that"


def _appeal_infinitive(child: Token, rule: CueRule | None) -> bool:
    """The infinitive of an appeal the parser made an adverbial clause ("appealed to both sides to spare civilians")."""
    return rule is not None and rule.kind == "appeal" and child.dep_ == "advcl" and child.tag_ == "VB" and any(
        grand.dep_ == "aux" and grand.tag_ == "TO" for grand in child.children
    )


def relative_object(cue: Token, lexicon: ClaimLexicon) -> Token | None:
    """The statement noun a relative-clause cue without an object of its own reports on ("..., a claim
    Baku denied", "an accusation Moscow rejected"): the clause's object."""
    noun = cue.head.lemma_.lower()
    if cue.dep_ != "relcl" or (noun not in lexicon.statement_nouns and noun not in lexicon.noun_cues):
        return None
    if any(child.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for child in cue.children):
        return None
    return cue.head


def medium_clause(cue: Token) -> list[Token]:
    """A "that" clause the parser hung on the noun of a prepositional phrase after the cue ("said in a
    statement that ...", "wrote on Telegram that ...", "told a news conference in Kyiv that ...", "said in a
    readout of the call that ...") or on the
    addressee ("assured residents that ..."): the cue's complement. A relative clause ("a report that was
    published") has no "that" marker."""
    nouns = [child for child in cue.children if child.dep_ == "dobj" and child.i > cue.i]
    nouns += [noun for prep in cue.children if prep.dep_ == "prep" and prep.i > cue.i for noun in prep.children if noun.dep_ == "pobj"]
    found = _that_clauses(nouns)
    stranded = stranded_head(cue)
    if stranded is not None:  # "A resident, who asked not to be named, shared with AFP that ...": on the subject
        found += [clause for clause in _that_clauses([stranded]) if clause.i > cue.i]
    sentence_end = sentences(cue.doc)[sentence_numbers(cue.doc)[cue.i]][1]
    if found or not nouns or "that" not in token_table(cue.doc).lower[cue.i + 1 : sentence_end]:
        return found
    return _that_clauses([inner for noun in nouns for prep in children(noun, "prep") for inner in children(prep, "pobj")])


def stranded_head(verb: Token) -> Token | None:
    """The subject of a sentence the parser rooted in its subject noun after a comma-set clause, with the
    verb a participle of it ("Russia, which has troops there, called on both sides ..."; "A resident of
    Gondar, who requested anonymity, shared with the paper that ...", the clause also hung on the noun)."""
    head = verb.head
    while head.dep_ in ("pobj", "prep") and head.head.i < head.i:  # hung on the noun of its "of/from/in" phrase
        head = head.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("PROPN", "NOUN") or verb.tag_ not in ("VBD", "VBN"):
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if not any(t.dep_ in ("relcl", "appos") and t.i < verb.i for t in head.subtree):
        return None
    return head


def _that_clauses(nouns: list[Token]) -> list[Token]:
    """The "that" clauses the parser hung on these nouns."""
    return [
        clause
        for noun in nouns
        for clause in noun.children
        if clause.dep_ in ("acl", "relcl", "ccomp") and clause.i > noun.i
        and any(mark.dep_ == "mark" and mark.lower_ == "that" for mark in clause.children)
    ]


def _passive_content(cue: Token, lexicon: ClaimLexicon) -> list[Token]:
    """A passive cue with its agent ("X has been accused by Y of Z", "the aid requested by Y"): the passive
    subject or the noun the participle describes, and content phrases the parser hung on the agent."""
    agents = [g for child in cue.children if child.dep_ == "agent" and child.lower_ == "by" for g in child.children if g.dep_ == "pobj"]
    if not agents:
        return []
    found = [t for child in cue.children if child.dep_ == "nsubjpass" for t in child.subtree]
    if _participle(cue):  # "the humanitarian aid requested by X": the noun phrase it describes
        found += [t for t in cue.head.subtree if t.i < cue.left_edge.i]
    elif _set_off_attestation(cue, lexicon):  # "Under the agreement, confirmed by both sides, the rebels will disarm"
        found += [t for t in cue.head.subtree if not cue.left_edge.i - 1 <= t.i <= cue.right_edge.i + 1]
    found += [t for child in agents[0].children if child.dep_ == "prep" and child.lower_ in lexicon.content_prepositions for t in child.subtree]
    return found


def _attested(verb: Token, lexicon: ClaimLexicon) -> bool:
    """An attesting verb with its agent ("the agreement, confirmed by both sides"): what it confirms, the noun its
    participle describes or the clause it is set off in, is its object."""
    return verb.lemma_.lower() in lexicon.attesting_participles and bool(children(verb, "agent"))


def _set_off_attestation(cue: Token, lexicon: ClaimLexicon) -> bool:
    """An attesting participle set off by commas that the parser hung on the clause after it ("Under the agreement,
    confirmed by both sides, the rebels will disarm"): the agent confirms what that clause reports."""
    return (
        cue.dep_ == "advcl" and cue.tag_ == "VBN" and cue.head.i > cue.i and cue.i > 0 and cue.doc[cue.i - 1].text == ","
        and cue.lemma_.lower() in lexicon.attesting_participles
    )


def _participle(cue: Token) -> bool:
    """A past participle after the noun it describes ("the aid requested by ..."); not the main verb the parser
    hung on a subject set off by a comma-set clause ("A resident, who ..., shared with AFP that ...")."""
    if cue.dep_ != "acl" or cue.tag_ != "VBN" or cue.head.i > cue.i:
        return False
    return stranded_head(cue) is None or bool(children(cue, "agent"))


def inverted_source(cue: Token) -> Token | None:
    """The name right after a cue that follows the statement and a comma, when the parser took it
    for the object: "The militia seized the airport, reported AFP"; after a quotation closed by a comma, any
    noun phrase right after the cue ("“...,” warned another lawmaker, Lilit Minasian")."""
    quoted = cue.i > 1 and is_quote_mark(cue.doc[cue.i - 1]) and cue.doc[cue.i - 2].text == ","
    if cue.i == 0 or (cue.doc[cue.i - 1].text != "," and not quoted):
        return None
    subject = _inverted_subject(cue)
    if subject is not None:
        return subject
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    if cue.lemma_.lower() in claim_lexicon().recipient_cues and (not quoted or cue.tag_ == "VBG"):
        # "..., Col. X, the local police chief, told Reuters" however parsed, "..., telling AFP that ...": the name is
        # told, never the source (after a quotation it is: "“...,” assured the representative of the president")
        return None
    name = next(
        (c for c in cue.children if c.dep_ in ("dobj", "attr") and (_name_right_after(c, cue) or quoted and c.left_edge.i == cue.i + 1)), None
    )
    if name is None:  # "..., said two witnesses": people described right after a verb that takes no person as object
        name = next((c for c in cue.children if c.dep_ == "dobj" and _described_right_after(c, cue)), None)
    if name is None:
        return None
    # "..., warn Morocco of escalation", "..., accused Kinshasa of failing": a content preposition after the name
    # (not a time: "said Reuters on Tuesday") makes the name whom the cue addresses, not its source
    # After a quotation the quotation is the content: the name's own "of" phrase describes it ("“...,” assured
    # the representative of the president"); only a phrase on the cue is whom it addresses.
    lexicon = claim_lexicon()
    preps = [c for c in (*cue.children, *(() if quoted else name.children)) if c.dep_ == "prep" and c.i > name.i]
    if any(prep.lower_ in lexicon.content_prepositions and not _time_phrase(prep) for prep in preps):
        return None
    return name


def _inverted_subject(cue: Token) -> Token | None:
    """The subject right after a cue that closes the sentence after the statement and a comma, when the parser
    conjoined the cue with the statement's verb and left it no clause ("The fighting broke out in X, said two army
    officers and an intelligence official."): the cue is inverted, the statement before it is its content."""
    if cue.dep_ not in ("conj", "parataxis", "advcl") or cue.head.i > cue.i or any(c.dep_ in CLAUSE_DEPS for c in cue.children):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.left_edge.i == cue.i + 1), None)
    if subject is None:
        return None
    rest = cue.doc[subject.right_edge.i + 1 : cue.sent.end]
    return subject if all(token.is_punct or token.is_space for token in rest) else None


def trailing_subject(cue: Token) -> Token | None:
    """The subject of a cue that closes its sentence after the statement and a comma, when the parser hung
    that subject on the statement as an apposition of its last noun, the cue a participle of it or conjoined
    with the statement's verb ("..., Armenian news portal 24News reported on Wednesday", "..., an adviser to
    the governor said on Friday"), or made the cue a clause of the statement's verb with its own subject
    ("..., local broadcaster Radio X reported on Monday"). Nothing but a time, adverbs and the final stop may follow the cue."""
    blocking = {"nsubjpass", "ccomp", "xcomp", "agent"} | (set() if cue.lemma_.lower() in claim_lexicon().recipient_cues else {"dobj"})
    if cue.i < 3 or cue.tag_ not in ("VBD", "VBN", "VBZ") or any(c.dep_ in blocking for c in cue.children):
        return None  # an addressee may follow: "..., his wife told the agency"
    if not _closes_sentence(cue):
        return None
    subject = _trailing_candidate(cue)
    if subject is None or subject.i >= cue.i:
        return None
    if subject.pos_ not in ("NOUN", "PROPN") and subject.ent_type_ not in ("ORG", "PERSON", "NORP", "GPE"):
        return None
    start = subject.left_edge.i
    last = max(t.i for t in subject.subtree if t.i < cue.i)
    if start < 2 or cue.doc[start - 1].text != "," or not (last == _before_time(cue) - 1 or last == cue.i - 2 and cue.doc[cue.i - 1].text == ","):
        return None  # (the comma that closes an apposition may hang on the noun before it: "..., Lusa, a news agency, reported")
    earlier = max((c.i for c in cue.head.children if c.dep_ == "conj" and c.i < cue.i), default=-1)
    if cue.dep_ == "conj" and any(c.dep_ == "cc" and c.i > earlier for c in cue.head.children):
        return None  # "..., the mayor and his deputy fled": a coordination, not a cue after a comma (the "and" of
        # an earlier conjunct is the statement's own: "Rebels planted a bomb and set it off, X told reporters")
    return subject


def _closes_sentence(cue: Token) -> bool:
    """Whether only a time, adverbs, punctuation, the addressee of a cue that takes one and the statement or speech it
    was made in follow the cue in its sentence ("said on Friday.", "told the agency.", "said in a statement.")."""
    addressee = {t.i for c in children(cue, "dobj") for t in c.subtree} if cue.lemma_.lower() in claim_lexicon().recipient_cues else set()
    lexicon = claim_lexicon()
    citing = {t.i for c in children(cue, "advcl") if c.tag_ == "VBG" and c.lemma_.lower() in lexicon.quoting_verbs for t in c.subtree}
    media = {lexicon.statement_nouns, lexicon.speech_words}
    medium = {  # "..., the EU's foreign policy chief said in a statement."
        t.i for prep in children(cue, "prep") if any(o.lemma_.lower() in words for o in children(prep, "pobj") for words in media)
        for t in prep.subtree
    }
    return all(
        t.is_punct or t.is_space or t.dep_ == "advmod" or t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" and _time_phrase(t)
        or t.i in addressee or t.i in citing or t.i in medium  # "..., the agency reported, citing residents"
        for t in cue.doc[cue.i + 1 : cue.sent.end]
    )


def _trailing_candidate(cue: Token) -> Token | None:
    """Where the parser put the subject of a sentence-closing cue: its own subject, when the cue is a clause of
    the statement's verb or conjoined with it after a comma (no subordinator: not "before the rebels retreated"); the noun it describes as a
    participle; or, for a cue conjoined with the statement's verb, the apposition just before it. A cue the parser
    made the complement of a reporting verb before it relays that report ("..., the envoy said in an interview,
    Radio X reported on Monday")."""
    own = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if own:
        relay = cue.dep_ == "ccomp" and cue.head.lemma_.lower() in claim_lexicon().verbs
        plain = (cue.dep_ in ("advcl", "conj") or relay) and len(own) == 1 and cue.head.i < cue.i and not any(c.dep_ == "mark" for c in cue.children)
        return own[0] if plain or len(own) == 1 and _unattached_statement(cue, own[0]) else None
    if cue.dep_ == "acl":
        subject = cue.head
    elif cue.dep_ == "conj" and cue.head.i < cue.i or _clause_of_statement(cue):
        # (a cue the parser made a clause of the statement's verb: "Militants raided the post, killing five officers, local officials today told AFP")
        at = _before_time(cue)
        subject = cue.doc[at - 2] if cue.doc[at - 1].text == "," else cue.doc[at - 1]
        while subject.dep_ not in ("appos", "npadvmod") and subject.head.i < subject.i and subject.head != subject:
            subject = subject.head
        while subject.dep_ == "appos" and subject.head.dep_ == "appos" and subject.head.i < subject.i:
            subject = subject.head  # "..., Lusa, a Portuguese news agency, reported": the name the description is of
    else:
        return None
    return subject if subject.dep_ in ("appos", "npadvmod") else None


def _clause_of_statement(cue: Token) -> bool:
    """Whether the parser made a subjectless cue after the statement a clause of the statement's verb, with no
    conjunction ("Rebels overran the post, killing four officers, provincial officials today told AFP"; not a cue
    reported by another: "said officials told him")."""
    if cue.dep_ not in ("ccomp", "advcl") or cue.head.i > cue.i or cue.head.lemma_.lower() in claim_lexicon().verbs:
        return False
    return not any(c.dep_ in ("mark", "advmod") and c.tag_ in ("IN", "WRB") for c in cue.children)


def _before_time(cue: Token) -> int:
    """Where the words before a cue start once a bare time word between its subject and it is left out ("..., local
    officials today told AFP": "today")."""
    at = cue.i
    while at > 1 and cue.doc[at - 1].ent_type_ in ("DATE", "TIME") and cue.doc[at - 1].dep_ in ("npadvmod", "advmod") and cue.doc[at - 1].head == cue:
        at -= 1
    return at


def _unattached_statement(cue: Token, subject: Token) -> bool:
    """Whether the sentence before a closing cue's subject and its comma is a statement the parser left hanging on
    the cue as an unlabelled dependent ("The ambushed squad - a unit for teachers - was surprised by insurgents,
    Army spokesman X said": the statement's subject a "dep" of the cue, its verb below it), not a clause."""
    if cue.dep_ != "ROOT" or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children):
        return False
    first = next((t for t in cue.sent if not t.is_punct and not t.is_space), None)
    return first is not None and any(
        c.dep_ == "dep" and c.i < subject.i and c.left_edge.i == first.i and any(t.pos_ in ("VERB", "AUX") for t in c.subtree)
        for c in cue.children
    )


def _name_right_after(head: Token, cue: Token) -> bool:
    """Whether a noun phrase right after the cue is a name: "AFP", also one with a determiner and a noun
    the recogniser counts in the name ("reported the Anadolu news agency")."""
    return head.left_edge.i == cue.i + 1 and (head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "GPE", "PERSON"))


def _described_right_after(head: Token, cue: Token) -> bool:
    """Whether the object right after a cue that never takes a person as its object ("said") names people
    the text describes ("..., said two witnesses", "..., said local residents"; not a medium: "reported the
    local radio" is left to the names)."""
    lexicon = claim_lexicon()
    if head.left_edge.i != cue.i + 1 or cue.lemma_.lower() not in lexicon.inverted_description_verbs:
        return False
    return is_source_noun(head, lexicon) and not {head.lemma_.lower(), head.lower_} & lexicon.media_nouns


def _time_phrase(prep: Token) -> bool:
    """Whether a prepositional phrase names a time ("on Tuesday", "on 3 March")."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def demonstrative_content(cue: Token, lexicon: ClaimLexicon) -> Token | None:
    """A bare demonstrative that is a cue's passive subject or object and stands for the text before ("This was
    reported by X", "This is stated in the statement of X"; also for a passive cue coordinated with such a cue:
    "This was stated by X and then confirmed by Y"), or a demonstrative adverb before it ("X has thus commented on
    ..."); ``None`` when the cue has a clause of its own."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None
    heads = [cue, cue.head] if cue.dep_ == "conj" and cue.tag_ == "VBN" and not any(c.dep_ == "nsubjpass" for c in cue.children) else [cue]
    for head in heads:
        clauses = [c.i for c in head.children if c.dep_ in ("advcl", "parataxis")]
        for child in head.children:
            if child.dep_ in ("nsubjpass", "dobj") and child.lower_ in lexicon.demonstrative_contents and not child.n_lefts + child.n_rights:
                if child.dep_ == "dobj" and any(i > child.i for i in clauses):
                    continue  # a complementizer read as the object: "reminds that last week, ..., the rebels surrendered"
                return child
    for child in cue.children:  # "Hajiyev has thus commented on ...": the adverb before the cue points back
        if child.dep_ == "advmod" and child.i < cue.i and child.lower_ in lexicon.demonstrative_adverbs and not child.n_lefts + child.n_rights:
            return child
    return None


def fronted_content(cue: Token) -> list[Token]:
    """In an inverted attribution ("Talks to resume next week, says Qatari mediator"), what comes before
    the cue's comma when the parser made it a subject instead of the cue's clause."""
    subjects = [child for child in cue.children if child.dep_ == "nsubj"]
    if cue.i == 0 or cue.doc[cue.i - 1].text != "," or not any(child.i > cue.i for child in subjects):
        return []
    fronted = [child for child in subjects if child.i < cue.i]
    return [t for child in fronted for t in child.subtree if t.i < cue.i - 1]


def fronted_clause(cue: Token, found: list[Token]) -> list[Token]:
    """The statement before a trailing cue that the parser hung on it as an adverbial clause, when a fronted phrase
    opens it ("As of 5am on Monday, more than 2,900 people had crossed into Armenia, the government said"): a finite
    clause with a subject of its own and no conjunction, ended by the comma before the cue's subject; none when the
    cue has other content ("After the talks failed, the envoy said that ...")."""
    if found:
        return []
    subject = next((child for child in cue.children if child.dep_ == "nsubj" and child.i < cue.i), None)
    if subject is None or subject.left_edge.i < 1 or cue.doc[subject.left_edge.i - 1].text != ",":
        return []
    for clause in cue.children:
        if clause.dep_ != "advcl" or clause.right_edge.i != subject.left_edge.i - 2 and clause.right_edge.i != subject.left_edge.i - 1:
            continue
        grands = list(clause.children)
        if any(g.dep_ == "mark" for g in grands) or not any(g.dep_ in ("nsubj", "nsubjpass") for g in grands):
            continue
        if clause.tag_ not in ("VBD", "VBZ", "VBP") and not any(g.dep_ in ("aux", "auxpass") and g.tag_ != "TO" for g in grands):
            continue  # a participle or infinitive phrase is no statement
        return [t for t in clause.subtree if t.i < subject.left_edge.i - 1]
    return []


def parenthetical_content(cue: Token) -> list[Token]:
    """A cue set off by a comma inside the statement it reports, which the parser hung on that statement's
    verb ("The rebels seized the town, the army said, two days after the talks collapsed"): the statement
    before the comma; also a cue set off by commas between the statement's subject and its verb ("Efforts to
    end the fighting, he added, had failed", "The insurgents, he said, are faceless individuals"): the
    statement around it."""
    start = next(t.i for t in cue.subtree if not t.is_punct)  # the parser may hang the comma on the cue
    if cue.dep_ != "parataxis" or start == 0 or cue.doc[start - 1].text != ",":
        return []
    if not any(child.dep_ == "nsubj" for child in cue.children) or any(child.dep_ in CLAUSE_DEPS for child in cue.children):
        return []
    if cue.head.i > cue.i:
        return _interrupted_statement(cue, start)
    if cue.head.i >= start:
        return []
    return [t for t in cue.head.subtree if t.i < start - 1]


def _interrupted_statement(cue: Token, start: int) -> list[Token]:
    """The statement a cue interrupts between its subject and its verb: the verb's subject ends right before
    the cue's opening comma and a comma closes the cue ("The rebels, the army said, had attacked the town")."""
    verb = cue.head
    end = cue.right_edge.i
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass") and child.i < start), None)
    closing = end if cue.doc[end].text == "," else end + 1  # the parser may leave the closing comma to the verb
    if subject is None or subject.right_edge.i != start - 2 or closing >= len(cue.doc) or cue.doc[closing].text != ",":
        return []
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    inside = {t.i for t in cue.subtree} | {start - 1, closing}
    return [t for t in verb.subtree if t.i not in inside]


def same_paragraph(tokens: list[Token], anchor: Token) -> list[Token]:
    """The tokens on the anchor's side of any line break (headlines and broken lines end a clause)."""
    paragraph = blocks(anchor.doc)
    return [t for t in tokens if paragraph[t.i] == paragraph[anchor.i] and not t.is_space]


def cue_evidence(cue: Token, lexicon: ClaimLexicon) -> tuple[int, int]:
    """The cue's clause: its subtree without conjoined or participial cue clauses."""
    excluded = _coordinated_cue_tokens(cue, lexicon)
    paragraph, space = blocks(cue.doc), token_table(cue.doc).space
    own = paragraph[cue.i]  # as ``same_paragraph``, on indices (no ``Token`` per index)
    return _trimmed_bounds({i for i in subtree_indices(cue) if i not in excluded and paragraph[i] == own and not space[i]}, cue)


def _coordinated_cue_tokens(cue: Token, lexicon: ClaimLexicon) -> set[int]:
    """Token indices of the cue clauses coordinated with ``cue`` or in its subject's relative clause
    (each a claim of its own)."""
    excluded: set[int] = set()
    dep = token_table(cue.doc).dep
    for i in subtree_indices(cue):
        if dep[i] in _CLAUSE_DEPS and i not in excluded and i != cue.i:  # ``coordinated`` and ``_relative_cue`` need one
            token = cue.doc[i]
            if i > cue.i and coordinated(token, cue, lexicon) or _relative_cue(token, lexicon):
                excluded.update(range(token.left_edge.i, token.right_edge.i + 1))  # a subtree is a contiguous span
    return excluded


def _relative_cue(token: Token, lexicon: ClaimLexicon) -> bool:
    """A cue in a relative clause of the subject ("Hamas officials, who have accused Israel, ..."): its own claim."""
    return token.dep_ == "relcl" and token.head.dep_ in ("nsubj", "nsubjpass") and _is_cue_word(token, lexicon)


def coordinated(token: Token, cue: Token, lexicon: ClaimLexicon) -> bool:
    """A cue of its own sharing this cue's subject: "... and denied", "..., stating that"."""
    if token.dep_ not in ("conj", "advcl") or not _is_cue_word(token, lexicon):
        return False
    if token.head == cue:
        return True
    # a subjectless cue deeper in the clause shares the outer subject ("said that A had ceased and urged B"),
    # unless it is a stance, which goes with the verb it is coordinated with ("... had backed X and agreed to")
    return not lexicon.is_stance(token.lemma_.lower()) and not any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children)


def _is_cue_word(token: Token, lexicon: ClaimLexicon) -> bool:
    return lexicon.is_cue_word(token.lemma_.lower(), [child.lower_ for child in token.children])


def _trimmed_bounds(kept: set[int], anchor: Token) -> tuple[int, int]:
    """The character bounds of the run of ``kept`` token indices around the anchor, without punctuation,
    white space and conjunctions at its ends."""
    # keep the span contiguous around the anchor: stop at a gap
    ids = kept | {anchor.i}
    first = last = anchor.i
    while first - 1 in ids:
        first -= 1
    while last + 1 in ids:
        last += 1
    doc = anchor.doc
    while first < last and (doc[first].is_punct or doc[first].is_space or doc[first].dep_ == "cc") and not opens_quotation(doc[first]):
        first += 1
    while last > first and (doc[last].is_space or doc[last].is_punct or doc[last].dep_ == "cc") and not closes_quotation(doc[last]):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def bounds(tokens: list[Token]) -> tuple[int, int]:
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last.text)


def noun_content(noun: Token, lexicon: ClaimLexicon, speaker_prep: Token | None) -> list[Token]:
    """What a noun cue says: its content phrases and clause ("pledge of safe passage", "allegations ...
    that it is fomenting"), the phrase it stands in apposition to ("an end to the war, the main demand
    of Hamas"); after a light verb with none of these, the noun phrase itself ("made an appeal", "the
    announcement was made by X")."""
    tokens: list[Token] = []
    for child in noun.children:
        if child is speaker_prep:
            continue
        if child.dep_ == "prep" and child.lower_ in lexicon.noun_content_prepositions and _addressee(noun, child, lexicon):
            continue  # "Armenia's appeal to the Security Council": to whom, not what
        if child.dep_ == "prep" and child.lower_ in lexicon.noun_content_prepositions or child.dep_ in ("acl", "ccomp", "xcomp"):
            tokens.extend(child.subtree)
        elif child.dep_ in ("relcl", "advcl") and child.i > noun.i and any(m.dep_ == "mark" and m.lower_ in lexicon.noun_clause_marks for m in child.children):
            tokens.extend(child.subtree)  # a content clause the parser took for a relative or adverbial one ("a demand that they withdraw", "a call for X to end ...")
    if not tokens and noun.dep_ == "dobj":  # "ignored army calls to lay down their weapons": the clause hung on the verb
        tokens.extend(
            t for clause in children(noun.head, "advcl", "xcomp")
            if clause.left_edge.i == noun.right_edge.i + 1 and clause.left_edge.lower_ in lexicon.noun_clause_marks for t in clause.subtree
        )
    if noun.dep_ == "appos":
        tokens.extend(t for t in noun.head.subtree if t.i < noun.left_edge.i)
    if not tokens and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.light_verbs:
        for prep in children(noun.head, "prep"):  # "signed a decree on the dissolution ...", the phrase hung on the verb
            dated = any(obj.ent_type_ in ("DATE", "TIME") for obj in children(prep, "pobj"))  # not "on Monday"
            if prep.i == noun.right_edge.i + 1 and prep.lower_ in lexicon.noun_content_prepositions and not dated:
                tokens.extend(prep.subtree)
    enacting = noun.lemma_.lower() in lexicon.enacting_noun_cues  # "signed a decree" says nothing by itself
    if not tokens and not enacting and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in lexicon.light_verbs:
        tokens = list(noun.subtree)  # "made an appeal", "the announcement was made by X"
    return same_paragraph(sorted({t.i: t for t in tokens if not t.is_punct}.values(), key=lambda t: t.i), noun)


def _addressee(noun: Token, preposition: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a noun cue's preposition phrase is whom it is addressed to, not what it says: an addressee preposition
    whose only object names an actor ("appeal to the Security Council", "a plea to the international community"), not
    a thing ("a call to arms"); an evaluation is its own content ("condolences to the families")."""
    if preposition.lower_ not in lexicon.noun_addressee_prepositions or lexicon.noun_cues.get(noun.lemma_.lower()) == "evaluation":
        return False
    objects = [child for child in preposition.children if child.dep_ in ("pobj", "pcomp")]
    if len(objects) != 1 or objects[0].dep_ != "pobj":
        return False
    actor = objects[0]
    # a content phrase or clause the parser hung on the addressee stays the content: "appeal to ECOWAS for an end to ..."
    hung = any(c.dep_ in ("acl", "relcl", "advcl") or (c.dep_ == "prep" and c.lower_ != "of") for c in actor.children)
    return not hung and (actor.ent_type_ in ACTOR_ENTITY_TYPES or actor.lemma_.lower() in lexicon.group_nouns)


def headline_holder(adjective: Token) -> Token | None:
    """The noun a stance adjective follows in a verbless sentence, the headline's copula left out ("Guterres
    alarmed by escalation", "Kenya ready to lead mission")."""
    head = adjective.head
    if adjective.dep_ not in ("amod", "acl") or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or adjective.i < head.i:
        return None
    finite = ("VBD", "VBZ", "VBP", "MD")
    return None if any(t.tag_ in finite and t.pos_ in VERBAL and t.is_alpha for t in adjective.sent) else head


def adjective_complement(adjective: Token) -> list[Token]:
    """The complement of a stance adjective: a clause ("confident they can ..."), an infinitive ("ready
    to talk") or a phrase ("outraged by the killings", "concerned about ..."); none for a participle with a direct
    object, a verb ("the army committed the killings without ...", "the rebels prepared an attack with ...")."""
    if any(c.dep_ == "dobj" for c in adjective.children):
        return []
    holders = [adjective]
    if headline_holder(adjective) is not None:  # "Guterres alarmed by escalation": the parser hangs "by ..." on the noun
        holders.append(adjective.head)
    tokens = [
        t
        for holder in holders
        for child in holder.children
        if child.i > adjective.i
        and (child.dep_ in ("ccomp", "xcomp", "agent") or (child.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in child.children)))
        for t in child.subtree
    ]
    return same_paragraph(sorted(tokens, key=lambda t: t.i), adjective)
