"""What makes a reported clause an appeal: an obligation, another party's need, a wish to see another act.

An obligation (:func:`obliges`: "must", "should", "is obligated to", "it is time for the parties to sign", a
subjunctive "demanded that Israel withdraw", "the only way to peace is ..."; not a guess about the past: "we must
have missed the convoy"); another party's need or duty ("said Serbia needed to de-escalate", "said the rebel units
had to disarm", :func:`needs_others`); the speaker's wish to see what another party does ("would like to see the
United States take action", :func:`wishes_seen`). :func:`wanted_kind` is the appeal of a reported clause; which
kind a claim then takes is :mod:`.kinds`'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.codes import ClaimKind
from kg.extract.claims.accusation import purpose_infinitive
from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.foreseen_harm import adverse, people_of_state, perfect
from kg.extract.claims.hedges import negation
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.claims.sides import actor_keys, speaker_acts
from kg.extract.syntax import VERBAL, children, prep_objects, word_in
from kg.nlp.doccache import token_table
from kg.words import shared_words


def wanted_kind(
    main: list[Token], verbs: list[Token], kind: ClaimKind, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> ClaimKind | None:
    """An appeal in a reported clause: an obligation or another party's need ("said both sides must ...", "said Serbia
    needed to de-escalate"), the speaker's wish to see what another does ("told VOA he would like to see the United
    States take action against X"); another party's wish is reported, the cue's own kind; ``None`` when none."""
    if obliges(main, lexicon) or any(needs_others(verb, speaker, discourse, lexicon) or expects_of_others(verb, speaker, discourse, lexicon) for verb in verbs):
        return "appeal"
    wishing = [verb for verb in verbs if wishes_seen(verb, lexicon)]
    if not wishing:
        return None
    return "appeal" if any(speaker_acts(verb, speaker, discourse) for verb in wishing) else kind


def wishes_seen(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A volitional verb, not negated, whose wish infinitive has what it wishes to see as an object or a clause: an
    appeal for it ("would like to see the United States take action", "wants to see a ceasefire"; not "did not want to
    see the war spread", "would like to see"). Whose wish it is the caller checks."""
    if verb.lemma_.lower() not in lexicon.volitional_verbs or negation(verb):
        return False
    wishes = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.wish_infinitives]
    return any(g.dep_ in ("dobj", "ccomp", "xcomp") for c in wishes for g in c.children)


#: Dependencies of a copula's predicate ("it is time to ...", "it is necessary to ...").
_PREDICATE_DEPS = frozenset({"attr", "acomp"})


def obliges(tokens: list[Token], lexicon: ClaimLexicon) -> bool:
    """An obligation: "must", "should", "are to be ...", "the only way to peace is ..." (not a guess about
    the past: "we must have missed the convoy")."""
    deps = token_table(tokens[0].doc).dep if tokens else []
    for token in tokens:
        if token.dep_ == "aux" and token.lemma_.lower() in lexicon.obligation_words and not perfect(token.head):
            return True
        if _only_means(token, lexicon) or _only_settled(token, lexicon) or _mandative(token) or (deps[token.i] in _PREDICATE_DEPS and _time_to(token, lexicon)):
            return True
        if _urgently_needed(token, lexicon):
            return True
        if _duty_put(token, lexicon):
            return True
        if token.lemma_ == "be" and token.i + 2 < len(token.doc):
            doc = token.doc
            if doc[token.i + 1].lower_ == "to" and doc[token.i + 2].lemma_ == "be":
                return True  # "are to be surrendered"
    return False


def _duty_put(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A present passive participle of obligation with an infinitive: "Serbia is obligated to respect the law"
    (not "felt obliged to respond", nor the past "was obliged to retreat")."""
    if verb.lemma_.lower() not in lexicon.obligation_participles or verb.tag_ != "VBN" or negation(verb):
        return False
    present = any(c.dep_ == "auxpass" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return present and any(c.dep_ == "xcomp" for c in verb.children)


def _urgently_needed(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A passive need verb with an adverb of urgency and no negation: "international help is very urgently
    required", "aid is badly needed" (not "more evidence was needed", a lack told)."""
    if verb.lemma_.lower() not in lexicon.need_verbs or not any(c.dep_ == "nsubjpass" for c in verb.children) or negation(verb):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.urgency_adverbs for c in verb.children)


def _time_to(word: Token, lexicon: ClaimLexicon) -> bool:
    """ "It is time for the parties to sign", "it is high time to act", "it was necessary to resume the talks", "it is
    important for both sides to exercise restraint": an exhortation noun or a necessity adjective as the predicate of
    "it" with an infinitive ("it was the first time the rebels attacked", "it had been necessary to ..." are none)."""
    if word.dep_ == "attr" and word.lemma_.lower() in lexicon.exhortation_nouns:
        holders = [word]
    elif word.dep_ == "acomp" and word.lower_ in lexicon.necessity_adjectives:
        holders = [word, word.head]  # the parser hangs the infinitive on either
    else:
        return False
    copula = word.head
    if copula.lemma_ != "be" or perfect(copula) or not any(c.dep_ in ("nsubj", "expl") and c.lower_ in shared_words().pronouns.thing for c in copula.children):
        return False
    infinitives = ("relcl", "acl", "xcomp", "advcl")
    return any(c.dep_ in infinitives and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for h in holders for c in h.children)


def _mandative(verb: Token) -> bool:
    """A that-clause in the subjunctive: "insisted that the crossing be reopened", "demanded that Israel
    withdraw", "it is vital that aid be let in" (a bare verb or "be" + participle with a subject, no modal or
    tense, under a cue verb or a copula; "helped them carry the wounded" is a bare infinitive, no demand)."""
    if verb.dep_ != "ccomp" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.head.lemma_ != "be" and verb.head.lemma_.lower() not in claim_lexicon().verbs:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    plain = verb.head.lemma_ != "be" and verb.head.lemma_.lower() not in claim_lexicon().mandative_verbs
    if verb.tag_ == "VB" and verb.lemma_ != "be" and plain and _plural_subject(verb):
        return False  # "said that the developments underscore the concern": a plural present, no demand
    if verb.tag_ == "VB":
        return not auxiliaries
    return verb.tag_ == "VBN" and [a.lower_ for a in auxiliaries] == ["be"]


def _plural_subject(verb: Token) -> bool:
    """Whether a verb's subject is plural or a pronoun other than the third person singular ("the developments",
    "they", "we"): its present tense has the bare form, so the bare form shows no subjunctive."""
    pronouns = shared_words().pronouns
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.tag_ in ("NNS", "NNPS") or (s.pos_ == "PRON" and s.lower_ not in pronouns.third_person) for s in subjects)


def _only_means(token: Token, lexicon: ClaimLexicon) -> bool:
    """ "The only way/solution/path" as a copula's subject or predicate: what the speaker demands ("the only way
    to peace is the withdrawal of ...", "dialogue is the only solution"; "the only road to the town" is no means)."""
    return (
        token.lemma_.lower() in lexicon.means_nouns
        and token.dep_ in ("nsubj", "attr")
        and token.head.lemma_ == "be"
        and any(c.dep_ in ("amod", "advmod") and c.lower_ in lexicon.restricting_adverbs for c in token.children)
    )


def _only_settled(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A passive resolving verb with "can"/"could" whose means "only" restricts, on the verb or its means phrase: the
    only way, what the speaker demands ("the conflict can only be resolved through negotiations", "cannot be solved
    by force, but only by diplomatic means"; not "the dispute was only settled through talks in 2010", a past told,
    nor "can be resolved through talks", no "only"). The phrase must name a means or process (``resolving_means_nouns``):
    "can only be settled with difficulty" is a manner, "could only be resolved by the court" a doer."""
    if verb.lemma_.lower() not in lexicon.resolving_verbs or not children(verb, "auxpass"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in lexicon.ability_modals for c in verb.children):
        return False
    means = [
        p for p in children(verb, "prep")
        if p.lower_ in lexicon.resolving_prepositions and any(word_in(o, lexicon.resolving_means_nouns) for o in children(p, "pobj"))
    ]
    holders = [verb, *means] if means else []
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.restricting_adverbs for h in holders for c in h.children)


def needs_others(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A need verb with an infinitive whose subject is another party: "said Serbia needed to de-escalate" is an
    appeal; "said it needed to verify the reports" tells the speaker's own need."""
    if verb.lemma_.lower() in lexicon.obligation_verbs:
        return _duty_of_others(verb, speaker, discourse)
    if verb.lemma_.lower() not in lexicon.need_verbs or negation(verb):
        return False
    if not any(c.dep_ == "xcomp" or purpose_infinitive(c) for c in verb.children):  # the parser makes some advcl
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not speaker_acts(verb, speaker, discourse)


def expects_of_others(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """The speaker's side expecting another party to act: "said it expected the Somali government to hold talks",
    "Moscow expects Baku and Yerevan to implement the agreements, the spokeswoman said" demand it; not "expected the
    talks to last three days" (no party), "expected Russia to launch an offensive" (a hostile act foreseen), "expected
    Kenya to send troops" said by Kenya (its own plan), "is expected to" (no one's demand)."""
    if verb.lemma_.lower() not in lexicon.demand_expectation_verbs or negation(verb) or not speaker_acts(verb, speaker, discourse):
        return False
    if not children(verb, "nsubj"):
        return False
    acts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in VERBAL and any(a.tag_ == "TO" for a in c.children)]
    for act in acts:
        subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or act.lemma_.lower() in lexicon.hostile_verbs or adverse(list(act.subtree), lexicon):
            continue
        if speaker_acts(act, speaker, discourse):
            continue  # its own side: a plan
        if actor_keys(subject, discourse) or word_in(subject, lexicon.party_nouns | lexicon.collective_roles):
            return True
    return False


def _duty_of_others(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """ "Have to" with an infinitive whose subject is another party, not people: "said the rebel units had to disarm",
    "said the rebels would have to comply with the conditions" demand it; "said residents had to flee their homes", "said
    it had to postpone the vote", "said the rebels did not have to surrender", "the community had to suffer" do not."""
    if negation(verb) or speaker_acts(verb, speaker, discourse):
        return False
    lexicon = claim_lexicon()
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in VERBAL and any(a.tag_ == "TO" for a in c.children)]
    if not infinitives or any(c.lemma_.lower() in lexicon.suffering_verbs for c in infinitives):
        return False  # "the community had to suffer twice": what they went through
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    people = [subject] + prep_objects(subject, "of")  # "thousands of residents"
    return not any(p.lemma_.lower() in shared_words().people_nouns or people_of_state(p, discourse) for p in people)
