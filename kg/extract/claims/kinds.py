"""The kind of a claim: the cue's default, refined from what it reports (GUIDELINES section 5).

A neutral cue reporting the speaker's own side negated, or a report called untrue or without
ground, is a denial; a hostile act (also sponsoring an armed party, an act done "illegally",
responsibility for a harm) attributed to another named party, or to unnamed forces by civilian
witnesses, an accusation; an obligation, "the only way" or another party's need an appeal; an
announced future action or an intention of the speaker's side a commitment (a warning when
conditional on a hostile act, when it is itself hostile, or when harm or hostilities are foreseen);
a judging predicate an evaluation.

This module is that decision, read top-down: its four entry points first (:func:`quote_kind` for a quotation,
:func:`content_kind` for a statement with no cue verb, :func:`noun_kind` for a noun cue, :func:`clause_kind` for a
verb cue's reported clause), each trying the kinds in order, then the helpers only they use. What each try reads is
in the modules they import: whether an act is laid at another party's door, :mod:`~kg.extract.claims.accusation`;
a denial, :mod:`~kg.extract.claims.denials`; an appeal, :mod:`~kg.extract.claims.appeals`; an announced act,
:mod:`~kg.extract.claims.commitments`; harm foreseen and conditions, :mod:`~kg.extract.claims.foreseen_harm`; a
performative in a quotation, :mod:`~kg.extract.claims.performatives`; a count of casualties,
:mod:`~kg.extract.claims.casualty_reports`; whose side the speaker is on, :mod:`~kg.extract.claims.sides`; whether
a verb is negated or only possible, :mod:`~kg.extract.claims.hedges`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span, Token

from kg.codes import ClaimKind
from kg.extract.claims.accusation import Blame, blame, blame_of, blamed, hostile_conduct, noun_agents, purpose_infinitive
from kg.extract.claims.appeals import needs_others, obliges, wanted_kind
from kg.extract.claims.casualty_reports import casualty_report
from kg.extract.claims.commitments import (
    agentless,
    announced_kind,
    forbids,
    hostile_deed,
    meant_kind,
    named_own_future,
    planned_own_act,
    threatens,
    vows_answer,
)
from kg.extract.claims.content import CLAUSE_DEPS, adjective_complement, content_tokens, verb_cue
from kg.extract.claims.denials import (
    denies,
    denies_own_act,
    discredited,
    discredits,
    dismisses,
    party_speaker,
    verbless_dismissal,
)
from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.foreseen_harm import (
    adverse,
    conditional,
    fears_hostilities,
    foreseen_harm,
    leads_to_hostilities,
    outside_relative_clauses,
    perfect,
    risks,
)
from kg.extract.claims.hedges import likely, negation, possible
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.claims.performatives import performative_kind, stands_on
from kg.extract.claims.quotes import is_quote_mark
from kg.extract.claims.sides import actor_keys, all_own, own_side, speaker_acts, title_phrases, title_words
from kg.extract.syntax import VERBAL, children, is_future, prep_objects, word_in
from kg.words import shared_words

#: What the kind decision returns: a kind, or for an accusation that lays a hostile act at another party's door the
#: :class:`~kg.extract.claims.accusation.Blame` it found, with the parties it blames (the kind "accusation").
Decided = ClaimKind | Blame


def quote_kind(cue: Token, quoted: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> Decided:
    """The kind of a quotation: its cue's, else a first-person performative inside it ("I condemn"), else
    what it says, as a reported clause (a report called untrue, a judging predicate, a hostile act of
    another party, an obligation, a foreseen harm)."""
    rule = lexicon.verbs.get(cue.lemma_.lower())
    if rule is not None and rule.kind != "assertion":
        return rule.kind
    performative = performative_kind(quoted, speaker, discourse, lexicon) or _relayed_kind(cue, quoted, speaker, discourse, lexicon)
    if performative is not None:
        return performative
    if any(dismisses(token, lexicon) or discredited(token, lexicon) or denies_own_act(token, speaker, discourse, lexicon) for token in quoted):
        return "denial"
    if any(_evaluates(token, lexicon) for token in quoted):
        return "evaluation"  # "“The siege is illegal and inhumane,”" as "said the siege was illegal"
    found = blame(quoted, speaker, discourse, lexicon)
    if found is not None:
        return found
    if any(_judges_by_noun(token, lexicon) for token in quoted):
        return "evaluation"  # "“The attack on the convoy is a war crime”"
    if obliges(quoted, lexicon):
        return "appeal"  # "“Russia must withdraw its troops”", "“The only way forward is a negotiated settlement”"
    verbs = [token for token in quoted if token.pos_ in VERBAL]
    if any(is_future(verb) or possible(verb) for verb in verbs) and (adverse(quoted, lexicon) or conditional(quoted, lexicon)):
        return "warning"  # "“The war will continue and escalate”", "“The situation could deteriorate”", "“If ... not ..., the operation will continue”"
    if any(leads_to_hostilities(verb, lexicon) or (forbids(verb, lexicon) and agentless(verb)) or vows_answer(verb, lexicon) for verb in verbs):
        return "warning"  # "“Such measures may include the use of force”", "“Such provocations will not be tolerated”"
    inside = {t.i for t in quoted}
    roots = [verb for verb in verbs if verb.head.i not in inside or verb.head == verb]
    if any(threatens(verb, lexicon) for verb in roots + [c for verb in roots for c in children(verb, "conj")]):
        return "warning"  # "“This strike will have a firm response”", "“The country will defend itself by all available means”"
    if party_speaker(speaker, discourse) and any(planned_own_act(verb, speaker, discourse) for verb in roots):
        return "commitment"  # "“Issues of security will be discussed at the meeting,” the statement said"
    return "assertion"


def content_kind(content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> Decided:
    """The kind of a statement with no cue verb ("according to X, ...", a headline "X: ..."): what it says."""
    inside = {t.i for t in content}
    roots = [t for t in content if t.head.i not in inside or t.head == t]
    verbs = [t for t in roots if t.pos_ in VERBAL] + [c for t in roots for c in t.children if c.dep_ == "conj" and c.pos_ in VERBAL]
    if any(dismisses(verb, lexicon) or discredited(verb, lexicon) or denies_own_act(verb, speaker, discourse, lexicon) for verb in verbs):
        return "denial"  # "Kremlin: reports of a drone attack are false", "Defence ministry: our army does not shell civilians"
    if any(_evaluates(verb, lexicon) for verb in verbs):
        return "evaluation"  # "according to the ministry, the strike was illegal"
    if any(vows_answer(verb, lexicon) for verb in verbs):
        return "warning"  # "Houthis: US strikes will not go unanswered"
    wrongful_only = casualty_report(verbs, lexicon)
    found = None if _is_outlet(speaker, discourse, lexicon) else blame(content, speaker, discourse, lexicon, wrongful_only)
    if found is not None:
        return found
    if any(_judges_by_noun(verb, lexicon) for verb in verbs):
        return "evaluation"  # "according to Amnesty, the arrests were a violation of international law"
    if obliges(content, lexicon) or any(needs_others(verb, speaker, discourse, lexicon) for verb in verbs):
        return "appeal"
    stance = _speakers_stance(verbs, speaker, discourse, lexicon)
    if stance is not None:
        return stance  # "A joint statement: We are ready to resume the talks if ...", as "said it was ready to ..."
    if foreseen_harm(verbs, content, lexicon):
        return "warning"  # "according to the UN, the situation could deteriorate"
    if any(is_future(token) for token in content if token.pos_ in VERBAL):
        return "warning" if conditional(content, lexicon) else "commitment"
    return "assertion"


def noun_kind(
    noun: Token, kind: ClaimKind, content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> Decided:
    """A noun cue's kind, an asserting one refined as a verb cue's by a hostile act its content lays on another party
    ("Azerbaijan's claim that Armenian forces had fired on its positions", "X's claim that Russia is partly
    responsible for the tensions": accusations; "the ministry's statement that the talks would resume" asserts), a
    warning as a warning cue's (see ``_warns_of_done_act``)."""
    if kind == "warning" and noun.lemma_.lower() in lexicon.warning_report_cues and content:
        done = _warns_of_done_act(content, speaker, discourse, lexicon)
        if done is not None:
            return done  # "issued a warning that the exodus is a result of Azerbaijan's policy of ethnic cleansing"
    if kind != "assertion" or not content or _is_outlet(speaker, discourse, lexicon):
        return kind
    main = _main_clause(content, lexicon)
    verbs = [token for token in main if token.pos_ in VERBAL]
    return blame(main, speaker, discourse, lexicon, wrongful_only=casualty_report(verbs, lexicon)) or kind


def clause_kind(
    cue: Token, kind: ClaimKind, content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> Decided:
    """Refine a cue's default kind from its object and complement."""
    if discredits(cue, lexicon):
        return "denial"
    by_object = _object_kind(cue, kind, lexicon) or meant_kind(cue, lexicon) or _charging_kind(cue, kind, content, speaker, discourse, lexicon)
    if by_object is not None:
        return by_object
    if kind != "assertion":
        return kind
    lemma = cue.lemma_.lower()
    main = _main_clause(content, lexicon)
    verbs = _clause_verbs(cue)
    if lemma in lexicon.denial_capable and (any(denies(verb, speaker, discourse, lexicon) for verb in verbs) or verbless_dismissal(cue, content, lexicon)):
        return "denial"
    if any(_evaluates(verb, lexicon) for verb in verbs):
        return "evaluation"
    if any((forbids(verb, lexicon) and (speaker_acts(verb, speaker, discourse) or agentless(verb))) or vows_answer(verb, lexicon) for verb in verbs):
        return "warning"  # "said Japan would never tolerate Pyongyang's provocations", "said the strikes would not go unanswered": a threat
    occasions = [c for verb in verbs for c in verb.children if c.dep_ == "advcl" and _tells_occasion(c, lexicon)]
    blamable = [] if _is_outlet(speaker, discourse, lexicon) else _blamable(lemma, main, verbs, lexicon)
    found = blame(blamable, speaker, discourse, lexicon, wrongful_only=casualty_report(verbs + occasions, lexicon)) if blamable else None
    if found is not None:
        return found
    if any(_judges_by_noun(verb, lexicon) for verb in verbs):
        return "evaluation"
    stance = wanted_kind(main, verbs, kind, speaker, discourse, lexicon) or _own_performative(verbs, speaker, discourse, lexicon)
    stance = stance or _speakers_stance(verbs, speaker, discourse, lexicon)
    if stance is not None:
        return stance  # "said that the US ... calls on Azerbaijan to cease", "said he was hopeful that ...", "said it was ready to ..."
    if lemma in lexicon.commitment_capable or lemma in lexicon.announcing_verbs or (
        lemma in lexicon.own_side_announcing_verbs and any(named_own_future(verb, speaker, discourse) for verb in verbs)
    ):
        announced = announced_kind(verbs, content, speaker, discourse, lexicon)
        if announced is not None:
            return announced
    return "warning" if _foreseen(verbs, main, content, speaker, discourse, lexicon) else kind


def _foreseen(
    verbs: list[Token], main: list[Token], content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> bool:
    """Whether a reported clause warns by what it foresees: a harm or hostilities ("the situation could deteriorate
    further"), a possible act put on a condition ("could use nuclear weapons if attacked"), a hostile act any party,
    the speaker's own too, may do, not looked back on ("noted that Azerbaijan may also use force against Armenia"), or a harm a future
    act of another than the speaker's side brings, whatever the cue ("added that such action will complicate the
    conflict"), in that verb's own clause (not "will send investigators to towns that suffered attacks")."""
    if foreseen_harm(verbs, content, lexicon) or (any(possible(verb) for verb in verbs) and conditional(content, lexicon)):
        return True
    if any(possible(verb) and not perfect(verb) and hostile_deed(verb, lexicon) for verb in verbs):
        return True
    inside = {t.i for t in main}
    return any(
        is_future(verb) and not speaker_acts(verb, speaker, discourse) and adverse(_own_words(verb, inside), lexicon) for verb in verbs
    )


def _own_words(verb: Token, inside: set[int]) -> list[Token]:
    """The words of a verb's own clause among ``inside``: its subtree without its relative clauses ("will send
    investigators to towns that suffered attacks": no "attacks")."""
    return outside_relative_clauses([t for t in verb.subtree if t.i in inside])


def _relayed_kind(cue: Token, quoted: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> Decided | None:
    """The kind of a readout: a quotation whose main verb is a cue of the speaker's principal, told in the third person
    ("“He called on President Aliyev to provide assurances ...,” the statement read" of the one who called; "“The head
    of state said the measures will stop once the weapons are laid down,” the presidency said"): the inner cue's kind,
    refined by its clause as a reported one; ``None`` when there is none or its subject is someone else ("“He called
    on us to surrender,” the commander said" of an enemy commander)."""
    inside = {t.i for t in quoted}
    for verb in (t for t in quoted if t.pos_ in VERBAL and t != cue and (t.head.i not in inside or t.head == t)):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = verb_cue(verb, lexicon) if subject is not None and _principal(subject, speaker, discourse, lexicon) else None
        if found is None:
            continue
        content = [t for t in content_tokens(verb, lexicon) if t.i in inside and t.i > verb.i]
        if content:  # the cue opens what it reports ("He called on ..."); a trailing "he noted" is the quotation's own
            return clause_kind(verb, found[0], content, speaker, discourse, lexicon)
    return None


def _principal(subject: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether the third-person subject of a quotation's cue is the speaker or, for an office or a body speaking, its
    head: "he"/"she" naming the speaker, or the last person named when the speaker is no person; a leader's role
    noun no other party owns ("the head of state", "the president")."""
    person_speaker = any(discourse.is_person_key(key) for key in speaker.keys)
    if subject.pos_ == "PROPN" and subject.head.tag_ in ("VBZ", "VBP"):
        return _speaks_for(subject, speaker, discourse)  # "“China urges all to resolve the issue through dialogue,” Hua said"
    if subject.lower_ in shared_words().pronouns.person:
        if not person_speaker:
            return True
        referent = discourse.last_person(subject.idx)
        return referent is not None and set(referent) <= set(speaker.keys)
    if person_speaker or subject.pos_ != "NOUN" or subject.lemma_.lower() not in lexicon.leader_roles | lexicon.office_titles:
        return False
    owners = [c for c in subject.children if c.dep_ == "poss"] + prep_objects(subject, "of")
    keys = {key for owner in owners for key in actor_keys(owner, discourse)}
    return not keys or all_own(keys, own_side(speaker, discourse), discourse)


def _own_performative(verbs: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind of a speech act the speaker's own side performs in the reported clause, in the present tense ("said
    that the United States is deeply concerned ... and calls on Azerbaijan to cease", "said Kenya urges both sides
    to ..."); ``None`` when there is none, or the act is another party's ("said Russia calls on ...")."""
    for verb in verbs:
        if verb.tag_ not in ("VBZ", "VBP"):
            continue
        holder = verb.head if verb.dep_ == "conj" and not children(verb, "nsubj") else verb  # "is concerned and calls on"
        if not children(holder, "nsubj") or negation(verb):
            continue
        inner = verb_cue(verb, lexicon)
        if inner and inner[0] != "assertion" and (speaker_acts(holder, speaker, discourse) or _quoted_principal(holder, speaker, discourse)):
            return inner[0]
    return None


def _quoted_principal(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether a reported verb's subject is a named state or body the speaker quotes as itself: a quotation mark opens at
    the subject (stated that “the European Union condemns ...”, stated that the “European Union condemns ...”) and
    :func:`_speaks_for` holds."""
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is None:
        return False
    opening = subject.doc[max(subject.left_edge.i - 1, 0) : subject.i]
    return any(is_quote_mark(token) for token in opening) and _speaks_for(subject, speaker, discourse)


def _speaks_for(subject: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether a named state or body, no person, subject of a speech act in the speaker's quoted words, is the one the
    speaker speaks for: the speaker is a person whose title is a voice of an institution (a spokeswoman, a minister, a
    representative; not "opposition leader") and the subject is its own side, or any when no state or body of the
    speaker is known ("“China urges all to resolve the issue through dialogue,” Foreign Ministry spokesperson Hua
    said")."""
    keys = actor_keys(subject, discourse)
    if subject.pos_ != "PROPN" or not keys or any(discourse.is_person_key(key) for key in keys) or not _institution_voice(speaker, discourse):
        return False
    own = own_side(speaker, discourse)
    if all_own(keys, own, discourse):
        return True
    bodies = {key for key in own if not discourse.is_person_key(key) and key not in discourse.sources}
    return not bodies  # the speaker is one person (:func:`_institution_voice`)


def _title_before(span: Span) -> list[Token]:
    """The words right before a name back to the first verb or punctuation of its sentence but a hyphen inside a word
    ("EU High Representative for Foreign Affairs and Security Policy and Commission Vice-President" before "Josep
    Borrell"; "spokesperson" in "..., in Brussels on Monday, spokesperson X")."""
    words: list[Token] = []
    for token in reversed(span.doc[span.sent.start : span.start]):
        joined = token.text == "-" and token.i > 0 and not token.whitespace_ and not token.nbor(-1).whitespace_  # "Vice-President"
        if token.pos_ in VERBAL or (token.is_punct and not joined):
            break
        words.append(token)
    return words


def _institution_voice(speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether the speaker is one person a title at one of their mentions calls a voice of an institution
    (``institution_voice_roles``: "Foreign Ministry spokesperson X", "EU High Representative X")."""
    if len(speaker.keys) != 1 or not discourse.is_person_key(speaker.keys[0]):
        return False
    roles = claim_lexicon().institution_voice_roles
    for span in discourse.spans_of(speaker.keys[0]):
        if any(word_in(word, roles) for phrase in title_phrases(span, heads_after=True) for word in title_words(phrase)):
            return True
        if any(word_in(word, roles) for word in _title_before(span) if word.pos_ in ("PROPN", "NOUN")):
            return True  # a title the parser did not hang on the name
    return False


def _charging_kind(
    cue: Token, kind: ClaimKind, content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> Blame | None:
    """An accusation an evaluating or warning cue makes: a label calling another party's conduct a hostile act
    ("Yerevan called Baku's actions “large-scale aggression”"), a warning of a hostile act done ("warned that the
    aggressive actions of Azerbaijan pursue one goal: ..."); else ``None``."""
    if kind == "evaluation":
        return _labels_hostile(cue, speaker, discourse, lexicon)
    if kind == "warning" and cue.lemma_.lower() in lexicon.warning_report_cues:
        return _warns_of_done_act(content, speaker, discourse, lexicon)
    return None


def _warns_of_done_act(content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> Blame | None:
    """A warning that foresees nothing but lays a hostile act done or going on at another party's door: an accusation
    ("warned that the aggressive actions of Azerbaijan pursue one goal", "issued a warning that the exodus is a result
    of Azerbaijan's policy of ethnic cleansing"; "warned that Russia could attack", "warned that the operation would
    continue until ...", "warned that Armenia is preparing a provocation", "warned that what is unfolding is a
    genocidal pattern" (no party named) stay warnings)."""
    compared = {t.i for c in content if c.lower_ in lexicon.comparison_words for t in c.subtree}
    main = [token for token in _main_clause(content, lexicon) if token.i not in compared]  # not "similar to Rwanda's 1994 genocide"
    verbs = [token for token in main if token.pos_ in VERBAL]
    if not verbs or any(is_future(verb) or possible(verb) or likely(verb, lexicon) or risks(verb, lexicon) for verb in verbs):
        return None
    plotting = lexicon.plotting_verbs | lexicon.intention_verbs | lexicon.plan_nouns
    if any(token.lemma_.lower() in plotting for token in main):
        return None  # a plan looks ahead: "warned that Armenia is preparing a provocation", "warned of Rwanda's plans"
    inside = {token.i for token in content}
    if any(c.dep_ == "aux" and c.tag_ == "TO" for verb in verbs if verb.head.i not in inside for c in verb.children):
        return None  # an infinitive looks ahead: "warned Kigali to withdraw its troops after they shelled Goma"
    if conditional(content, lexicon) or _is_outlet(speaker, discourse, lexicon):
        return None
    return blame(main, speaker, discourse, lexicon, wrongful_only=casualty_report(verbs, lexicon))


def _labels_hostile(cue: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> Blame | None:
    """A label verb calling another party's conduct a hostile act: "called Baku's actions “large-scale aggression”",
    "described Kigali's deployment as an invasion" (what is labelled is no hostile act itself: "described the assault
    as a “premeditated attack” by X" qualifies an attack named already, an evaluation)."""
    if cue.lemma_.lower() not in lexicon.label_verbs:
        return None
    predicates = [c for c in cue.children if c.dep_ in ("oprd", "xcomp")]
    predicates += [g for p in cue.children if p.dep_ == "prep" and p.lower_ == "as" for g in children(p, "pobj")]
    if not any(p.lemma_.lower() in lexicon.hostile_nouns or _instance_of_wrong(p, lexicon) for p in predicates):
        return None
    own = own_side(speaker, discourse)
    objects = [o for o in children(cue, "dobj") if not (o.lemma_.lower() in lexicon.hostile_nouns or hostile_conduct(o, lexicon))]
    found = [keys for obj in objects for agent in noun_agents(obj) if (keys := blamed(agent, obj, own, speaker, discourse, lexicon)) is not None]
    return blame_of(found, own, discourse) if found else None


def _speakers_stance(verbs: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind of a stance adjective with a complement whose subject is the speaker ("said he was hopeful that the
    talks would succeed", "said it was ready to mediate"); ``None`` when there is none or it is another's."""
    for verb in verbs:
        if stands_on(verb, lexicon) and not children(verb, "advcl") and speaker_acts(verb, speaker, discourse):
            if not any(key in discourse.sources for key in speaker.keys):  # not a witness: "said he was with his brother when ..."
                return "evaluation"  # "said Iran was against any change of borders"
        for adjective in (c for c in children(verb, "acomp") if c.lower_ in lexicon.adjective_cues):
            kind = lexicon.adjective_cues[adjective.lower_]
            if kind != "assertion" and adjective_complement(adjective) and speaker_acts(verb, speaker, discourse):
                if kind == "commitment" and any(hostile_deed(c, lexicon) for c in children(adjective, "xcomp") if not negation(c)):
                    return "warning"  # "said it was prepared to use force to defend its sovereignty", "ready to strike"
                return kind
    return None


def _blamable(cue_lemma: str, content: list[Token], verbs: list[Token], lexicon: ClaimLexicon) -> list[Token]:
    """The content tokens whose hostile acts a cue can lay on someone: all but a news cue's, which blames only by
    laying an act at someone's door ("reported 20 US airstrikes" relays news; "..., which it attributed to X" blames
    X) or by the verb of its clause with its doer ("reported that Armenian forces had fired on its positions"; not
    one relayed: "reported that the army said RSF fighters had looted the bank"). ``verbs``: the clause's verbs."""
    if cue_lemma not in lexicon.news_cues or any(token.lemma_.lower() in lexicon.attribution_verbs for token in content):
        return content
    return [verb for verb in verbs if verb.pos_ == "VERB"]


def _is_outlet(speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether the speaker is a news outlet, which relays hostile acts without blaming anyone (dev set
    convention 5): its name as written or its entity's label ends in an outlet word or has "news"
    ("al-Masirah TV", "Agence France-Presse", "the Sahel Voice news agency"; not "the press secretary")."""
    names = [speaker.text] + [entity.label for key in speaker.keys if (entity := discourse.entity_of(key)) is not None]
    for name in names:
        words = [word for word in re.split(r"[\s\-]+", name.lower()) if word]
        if words and (words[-1] in lexicon.outlet_words or lexicon.news_word in words):
            return True
    return False


def _evaluates(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula with a judging predicate: "the raid was “reckless and unlawful”", "the strike was illegal"."""
    if verb.lower_ in lexicon.evaluative_adjectives and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children):
        return True  # the parser's "were deeply worrying", "was biased"
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ"]
    predicates += [c for p in predicates for c in p.children if c.dep_ == "conj"]
    doc = verb.doc
    quoted = any(
        ((p.i > 0 and is_quote_mark(doc[p.i - 1])) or (p.i + 1 < len(doc) and is_quote_mark(doc[p.i + 1])))
        and lexicon.adjective_cues.get(p.lower_, "evaluation") == "evaluation"  # not a quoted undertaking: is “ready to help”
        for p in predicates[:1]
    )
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.tag_ == "VBN" and c.lower_ in lexicon.evaluative_adjectives for c in verb.children):
        return True  # a participle the tagger took for a verb: "said he ... is disappointed"
    return verb.lemma_ == "be" and bool(predicates) and (quoted or any(p.lemma_.lower() in lexicon.evaluative_adjectives for p in predicates))


def _judges_by_noun(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula with a judging noun as its predicate, or a noun a judging adjective modifies: "the launch was a
    grave threat to regional peace", "the arrests were a violation of the truce", "the agreement was a historic
    step" ("the mission was a show of resolve" only describes; "would be a disaster" foresees)."""
    if verb.lemma_ != "be" or is_future(verb) or possible(verb):  # "would be a disaster" foresees a harm
        return False
    if children(verb, "expl"):
        return False  # "there are violations by X" says they happen, judging no subject: whose they are decides
    if any(_ranks_best_or_worst(c, lexicon) for c in verb.children if c.dep_ == "attr"):
        return True  # "“It's the best we could have hoped for”", "the region is one of the most dangerous for aid workers"
    predicates = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    predicates += [c for p in predicates for c in p.children if c.dep_ == "conj"]
    return any(
        p.lemma_.lower() in lexicon.evaluative_nouns
        or any(a.dep_ == "amod" and a.lower_ in lexicon.evaluative_adjectives for a in p.children)
        or _instance_of_wrong(p, lexicon)
        for p in predicates
    )


def _ranks_best_or_worst(predicate: Token, lexicon: ClaimLexicon) -> bool:
    """A copula's predicate ranking its subject best or worst: a judging superlative ("the best"), a noun one modifies
    ("the worst crisis"), "most"/"least" with a judging adjective ("the most dangerous country"), also after "one of"
    ("one of the most dangerous countries"; "the largest city" ranks by size, judging nothing)."""
    ranked = [predicate] + (prep_objects(predicate, "of") if predicate.lower_ == "one" else [])
    bases = lexicon.evaluative_adjectives | lexicon.superlative_bases
    for word in ranked:
        modifiers = [word] + [c for c in word.children if c.dep_ == "amod"]
        if any(m.lower_ in lexicon.judging_superlatives for m in modifiers) and not _ranks_a_record(word, lexicon):
            return True
        if any(m.lower_ in bases and any(a.lower_ in lexicon.superlative_adverbs for a in children(m, "advmod")) for m in modifiers):
            return True
    return False


def _ranks_a_record(noun: Token, lexicon: ClaimLexicon) -> bool:
    """An event noun ranked within a span of time: a record, not a judgment ("the worst flooding in decades", "the
    worst attack since 2019"; not "the worst government in decades")."""
    if noun.lemma_.lower() not in lexicon.record_event_nouns | lexicon.hostile_nouns:
        return False
    scopes = [g for p in children(noun, "prep") if p.lower_ in lexicon.record_scope_prepositions for g in children(p, "pobj")]
    return any(g.like_num or g.lemma_.lower() in lexicon.record_time_nouns for g in scopes)


def _instance_of_wrong(noun: Token, lexicon: ClaimLexicon) -> bool:
    """ "an act of ethnic cleansing", "a case of genocide", "a form of collective punishment": an instance noun
    with a hostile or judging noun after "of" ("a case of faulty wiring" judges nothing)."""
    if noun.lemma_.lower() not in lexicon.instance_nouns:
        return False
    wrongs = lexicon.hostile_nouns | lexicon.evaluative_nouns | lexicon.punishment_nouns
    return any(g.lemma_.lower() in wrongs for p in noun.children if p.dep_ == "prep" and p.lower_ in lexicon.agent_prepositions for g in p.children if g.dep_ == "pobj")


def _object_kind(cue: Token, kind: ClaimKind, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind a cue's object gives: "express <noun>" by the noun, a commitment or appeal noun; a feeling the
    cue is said with ("noted with concern that ...") as "express" would give it."""
    for feeling in (g for c in cue.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"):
        if kind == "assertion" and feeling.lemma_.lower() in lexicon.expressed:
            return lexicon.expressed[feeling.lemma_.lower()]
    for obj in _objects(cue):
        noun = obj.lemma_.lower()
        if cue.lemma_.lower() in lexicon.expressing_verbs and noun in lexicon.fear_nouns and fears_hostilities(obj, lexicon):
            return "warning"  # "expressed concern that any conflict could lead to changes along the border"
        if cue.lemma_.lower() == "express":
            return lexicon.expressed.get(noun, "evaluation")
        if noun in lexicon.sentiment_objects:  # "offered condolences", "sent congratulations"
            return "evaluation"
        if kind == "assertion" and cue.lemma_.lower() in lexicon.renewal_verbs and noun in lexicon.renewed_commitment_objects:
            return "commitment"  # "reaffirmed its unwavering support for the mission"
        attests = cue.lemma_.lower() in lexicon.attesting_verbs and noun not in lexicon.disposition_objects
        if kind == "assertion" and not attests and (noun in lexicon.commitment_objects or _amount_of(obj, lexicon.commitment_objects, lexicon)):
            return "commitment"  # "announced a truce", "announced 50 million euros in aid"; "confirmed the ceasefire" attests it
        if kind == "assertion" and noun in lexicon.appeal_objects:
            return "appeal"
    return None


def _objects(cue: Token) -> list[Token]:
    """The cue's object, or in a passive with its agent the subject: "a truce was announced by the army" as
    "the army announced a truce" ("a truce was announced", with no agent, has no speaker to commit)."""
    if any(c.dep_ == "agent" for c in cue.children):
        return [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    return [c for c in cue.children if c.dep_ == "dobj"]


def _amount_of(obj: Token, nouns: frozenset[str], lexicon: ClaimLexicon) -> bool:
    """An amount of one of ``nouns``: "50 million euros in aid" ("the results of the investigation" is none)."""
    return any(
        p.dep_ == "prep" and p.lower_ in lexicon.amount_prepositions and any(g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in p.children)
        for p in obj.children
    )


def _clause_verbs(cue: Token) -> list[Token]:
    """The verbs of a cue's complement clause (with their conjuncts); for a parenthetical cue the clause it
    interrupts ("The army, Aguer stressed, would adhere to the ceasefire": "adhere")."""
    heads = [child for child in cue.children if child.dep_ in CLAUSE_DEPS]
    if not heads and cue.dep_ == "parataxis" and cue.head.pos_ in VERBAL:
        heads = [cue.head]
    verbs = []
    for head in heads:
        verbs.append(head)
        verbs.extend(c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return verbs


def _main_clause(content: list[Token], lexicon: ClaimLexicon) -> list[Token]:
    """Content tokens without subordinate adverbial clauses ("as X launched strikes"), but for one that says
    how the main event came about ("... were killed when Boko Haram attacked a military unit") and an
    infinitive the parser hangs as one ("came to bomb the village", "subjected the positions to fire"), and
    without a concession ("ready for talks despite the bombardment of its bases": what goes on regardless).

    An adverbial clause's subtree is the contiguous span between its edges; the spans are
    merged and looked up by bisection, so this is n log n in the content.
    """
    inside = {t.i for t in content}
    spans = sorted(
        (t.left_edge.i, t.right_edge.i)
        for t in content
        if t.head.i in inside
        and (
            (t.dep_ == "advcl" and not _tells_occasion(t, lexicon) and not purpose_infinitive(t))
            or (t.dep_ == "prep" and t.lower_ in lexicon.concessive_prepositions)
        )
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    starts = [start for start, _ in merged]

    def dropped(i: int) -> bool:
        at = bisect_right(starts, i) - 1
        return at >= 0 and i <= merged[at][1]

    return [t for t in content if not dropped(t.i)]


def _tells_occasion(clause: Token, lexicon: ClaimLexicon) -> bool:
    """Whether an adverbial clause tells how its head's event came about ("when gunmen stormed the post"), or what
    set off an outbreak ("the clashes occurred after militants opened fire")."""
    markers = {c.lower_ for c in clause.children if c.dep_ in ("advmod", "mark", "prep")}
    if markers & lexicon.occasion_markers:
        return True
    return bool(markers & lexicon.sequel_markers) and clause.head.lemma_.lower() in lexicon.outbreak_verbs  # "occurred after X opened fire"
