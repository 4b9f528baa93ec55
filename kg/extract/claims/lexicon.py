"""The schema of ``lexicons/reporting_cues.yaml``: cue records and the word classes that decide a
claim's kind and speaker."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Annotated

from pydantic import AfterValidator

from kg.codes import ClaimKind
from kg.resources import LexiconModel, Words, load_lexicon

LEXICON_FILE = "reporting_cues.yaml"
_COMPLEMENT = re.compile(r"^(clause|object|quoted|predicate|prep:(\*|[a-z]+))$")


def _complements(values: frozenset[str]) -> frozenset[str]:
    bad = sorted(value for value in values if not _COMPLEMENT.match(value))
    if bad:
        raise ValueError(f"unknown complements {bad}; valid: clause, object, quoted, predicate, prep:<preposition>, prep:*")
    return values


class CueRule(LexiconModel):
    """A cue record: verbs that report a claim of ``kind`` when they have one of the ``requires`` complements;
    with ``objects``, when they have no clause only with a direct object among these nouns ("sent condolences",
    not "sent troops"; "offered to mediate", "offered support", not "offered no explanation").
    A ``stance`` cue reports an act or attitude rather than speech: inside another claim's content it is part
    of that claim ("X noted that Baku has always supported the talks"). A ``statement_subject`` cue needs a
    statement noun as its subject ("the statement read: ...", not "he read the letter")."""

    kind: ClaimKind
    lemmas: Words
    particle: str | None = None
    requires: Annotated[frozenset[str], AfterValidator(_complements)] = frozenset({"clause", "object", "prep:*"})
    objects: Words | None = None
    stance: bool = False
    statement_subject: bool = False


class AttributionWord(LexiconModel):
    """The word an attributing preposition needs next to it: ``next`` ("according to") or ``previous`` ("as per")."""

    next: str | None = None
    previous: str | None = None


class ClaimLexicon(LexiconModel):
    """The claims lexicon (see the comments in ``lexicons/reporting_cues.yaml``)."""

    cues: tuple[CueRule, ...]
    noun_cues: dict[str, ClaimKind]
    light_verbs: Words
    enacting_noun_cues: Words
    conversation_modifiers: Words
    conversation_nouns: Words
    entitlement_nouns: Words
    enacting_verbs: Words
    enacted_nouns: Words
    enacting_reflexives: Words
    entitlement_prepositions: Words
    noun_speaker_prepositions: Words
    noun_content_prepositions: Words
    noun_addressee_prepositions: Words
    issuer_nouns: Words
    noun_clause_marks: Words
    adjective_cues: dict[str, ClaimKind]
    quoting_verbs: Words
    quoting_prepositions: Words
    attesting_participles: Words
    partitive_words: Words
    credit_labels: Words
    headline_comma_verbs: Words
    statement_nouns: Words
    adverse_outcome_words: Words
    paying_verbs: Words
    cost_words: Words
    target_nouns: Words
    likelihood_verbs: Words
    rising_verbs: Words
    toll_nouns: Words
    toll_verbs: Words
    toll_causing_verbs: Words
    issuer_statement_nouns: Words
    press_modifiers: Words
    referring_quantifiers: Words
    information_nouns: Words
    press_office_nouns: Words
    outlet_staff_nouns: Words
    joint_modifier_conjunctions: Words
    institution_voice_roles: Words
    voice_prepositions: Words
    voice_place_prepositions: Words
    past_role_modifiers: Words
    subordinate_ranks: Words
    unspecific_roles: Words
    role_hyponyms: dict[str, Words]
    role_phrases: dict[str, tuple[str, ...]]
    abbreviated_offices: dict[str, str]
    spokesperson_titles: Words
    statement_author_prepositions: Words
    expressed: dict[str, ClaimKind]
    expressing_verbs: Words
    commitment_objects: Words
    attesting_verbs: Words
    disposition_objects: Words
    renewal_verbs: Words
    renewed_commitment_objects: Words
    appeal_objects: Words
    obligation_words: Words
    obligation_participles: Words
    mandative_verbs: Words
    means_nouns: Words
    resolving_verbs: Words
    resolving_prepositions: Words
    resolving_means_nouns: Words
    ability_modals: Words
    condition_words: Words
    hostile_condition_marks: Words
    hypothetical_marks: Words
    restricting_adverbs: Words
    occasion_markers: Words
    sequel_markers: Words
    outbreak_verbs: Words
    hostile_nouns: Words
    hostile_verbs: Words
    armed_operation_nouns: Words
    rule_breaking_verbs: Words
    peace_harming_verbs: Words
    peace_effort_nouns: Words
    peace_harm_nouns: Words
    agreement_breaking_verbs: Words
    failing_verbs: Words
    keeping_verbs: Words
    kept_nouns: Words
    hostile_roles: Words
    blame_words: Words
    harm_nouns: Words
    armed_agent_nouns: Words
    wrongful_modifiers: Words
    infringement_nouns: Words
    infringement_prepositions: Words
    subjecting_prepositions: Words
    title_owner_prepositions: Words
    armed_title_prepositions: Words
    office_titles: Words
    transcript_nouns: Words
    transcript_prepositions: Words
    transcript_topic_prepositions: Words
    interview_verbs: Words
    risk_verbs: Words
    exhortation_nouns: Words
    necessity_adjectives: Words
    urgency_adverbs: Words
    amount_prepositions: Words
    instance_nouns: Words
    punishment_nouns: Words
    spreading_verbs: Words
    party_nouns: Words
    sponsorship_verbs: Words
    supplying_verbs: Words
    intimidation_verbs: Words
    intimidated_nouns: Words
    materiel_nouns: Words
    unattributed_words: Words
    commitment_capable: Words
    undertaking_verbs: Words
    perpetrating_verbs: Words
    perpetrated_nouns: Words
    continuing_verbs: Words
    toleration_verbs: Words
    denial_capable: Words
    collective_roles: Words
    source_nouns: Words
    quantifier_sources: Words
    group_nouns: Words
    person_plural_endings: Words
    affiliation_prepositions: Words
    source_place_prepositions: Words
    place_adverbs: Words
    momentary_state_adjectives: Words
    picture_nouns: Words
    generic_person_nouns: Words
    female_person_words: Words
    male_person_words: Words
    female_pronouns: Words
    male_pronouns: Words
    indefinite_determiners: Words
    state_nouns: Words
    state_government_nouns: Words
    presence_prepositions: Words
    named_place_prepositions: Words
    definite_articles: Words
    leader_roles: Words
    adviser_roles: Words
    state_head_roles: Words
    state_head_titles: Words
    title_chain_words: Words
    name_heads: Words
    media_nouns: Words
    group_anaphors: Words
    armed_group_anaphors: Words
    anonymous_voice_nouns: Words
    habitual_adverbs: Words
    attribution_marks: Words
    statement_place_prepositions: Words
    attribution_clause_verbs: Words
    colon_placeholders: Words
    raising_verbs: Words
    passive_raising_verbs: Words
    inverted_description_verbs: Words
    attribution_prepositions: dict[str, AttributionWord]
    question_marks: Words
    withholding_verbs: Words
    identity_words: Words
    confirming_verbs: Words
    disclosing_verbs: Words
    kin_nouns: Words
    inability_words: Words
    demonstrative_contents: Words
    demonstrative_adverbs: Words
    sentiment_objects: Words
    expectation_verbs: Words
    demand_expectation_verbs: Words
    volitional_verbs: Words
    wish_infinitives: Words
    need_verbs: Words
    obligation_verbs: Words
    extraposing_adjectives: Words
    complementisers: Words
    evaluative_adjectives: Words
    evaluative_nouns: Words
    judging_superlatives: Words
    record_event_nouns: Words
    record_scope_prepositions: Words
    record_time_nouns: Words
    superlative_adverbs: Words
    superlative_bases: Words
    weapon_nouns: Words
    untrue_adjectives: Words
    truth_adjectives: Words
    untrue_nouns: Words
    report_nouns: Words
    ground_verbs: Words
    untrue_verbs: Words
    suffering_verbs: Words
    act_verbs: Words
    seizing_verbs: Words
    plotting_verbs: Words
    launch_verbs: Words
    yielding_particles: Words
    sequence_nouns: Words
    coercion_verbs: Words
    starting_verbs: Words
    leaving_verbs: Words
    staying_verbs: Words
    course_nouns: Words
    sponsorship_nouns: Words
    sponsored_prepositions: Words
    sponsoring_prepositions: Words
    course_verbs: Words
    recourse_verbs: dict[str, str]
    body_synonyms: dict[str, str]
    attribution_verbs: Words
    news_cues: Words
    member_prepositions: Words
    outlet_words: Words
    news_word: str
    hypothetical_determiners: Words
    both_sides: Words
    state_side_nouns: Words
    pair_determiners: Words
    counterpart_prepositions: Words
    pair_prepositions: Words
    intention_verbs: Words
    conflict_nouns: Words
    causing_verbs: Words
    causal_auxiliaries: Words
    ending_nouns: Words
    halting_verbs: Words
    cabinet_titles: Words
    own_government_nouns: Words
    force_nouns: Words
    force_use_nouns: Words
    force_applying_verbs: Words
    force_means_nouns: Words
    totality_words: Words
    readiness_modifiers: Words
    hesitation_verbs: Words
    unanswered_words: Words
    retaliation_nouns: Words
    answer_nouns: Words
    forceful_modifiers: Words
    firm_modifiers: Words
    likelihood_adjectives: Words
    bystander_nouns: Words
    announcing_verbs: Words
    own_side_announcing_verbs: Words
    forced_choice_nouns: Words
    content_prepositions: Words
    recipient_cues: Words
    speech_words: Words
    speech_event_verbs: Words
    vessel_words: Words
    label_verbs: Words
    reason_participles: Words
    agent_prepositions: Words
    instigator_prepositions: Words
    stance_prepositions: Words
    refusing_verbs: Words
    accepting_verbs: Words
    refusal_prepositions: Words
    charge_nouns: Words
    attempt_nouns: Words
    conduct_nouns: Words
    fear_nouns: Words
    warning_report_cues: Words
    comparison_words: Words
    plan_nouns: Words
    hostile_adjectives: Words
    concessive_prepositions: Words

    @cached_property
    def verbs(self) -> dict[str, CueRule]:
        """Single-word cue verbs by lemma."""
        return {lemma: rule for rule in self.cues if rule.particle is None for lemma in sorted(rule.lemmas)}

    @cached_property
    def phrasal(self) -> dict[tuple[str, str], CueRule]:
        """Phrasal cues by (verb lemma, particle)."""
        return {(lemma, rule.particle): rule for rule in self.cues if rule.particle for lemma in sorted(rule.lemmas)}

    @cached_property
    def phrasal_lemmas(self) -> frozenset[str]:
        """The verb lemmas of the phrasal cues."""
        return frozenset(lemma for lemma, _ in self.phrasal)

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """The lemmas of every cue verb (single and phrasal) and noun (statement nouns too: "X's statement that ...")."""
        return (
            frozenset(self.verbs) | {lemma for lemma, _ in self.phrasal} | frozenset(self.noun_cues) | self.attribution_clause_verbs
            | self.statement_nouns
        )

    def is_stance(self, lemma: str) -> bool:
        """Whether a single-word cue is a stance cue (see :class:`CueRule`)."""
        rule = self.verbs.get(lemma)
        return rule is not None and rule.stance

    def is_cue_word(self, lemma: str, particles: list[str]) -> bool:
        return lemma in self.verbs or any((lemma, particle) in self.phrasal for particle in particles)

    def claim_kinds(self) -> frozenset[str]:
        """The claim kinds some cue gives."""
        return (
            frozenset(rule.kind for rule in self.cues)
            | frozenset(self.noun_cues.values())
            | frozenset(self.adjective_cues.values())
            | frozenset(self.expressed.values())
        )


def claim_lexicon() -> ClaimLexicon:
    """The shipped claims lexicon (parsed and validated once)."""
    return load_lexicon(LEXICON_FILE, ClaimLexicon)
