"""The schema of ``lexicons/event_triggers.yaml``: trigger records and the word classes they use."""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, model_validator

from kg.codes import EventType, Granularity
from kg.extract.events.checks import CHECKS
from kg.extract.syntax import squash
from kg.resources import LexiconModel, Words, load_lexicon
from kg.words import shared_words

LEXICON_FILE = "event_triggers.yaml"


class CheckCall(LexiconModel):
    """A named check with its arguments (``{modifier_in: war_exclusions}`` → ``modifier_in``, ``(war_exclusions,)``)."""

    name: str
    args: tuple[str, ...] = ()


def _check_call(value: Any) -> Any:
    """Read a check written as a name or as a one-key mapping of name to argument(s)."""
    if isinstance(value, str):
        return {"name": value}
    if isinstance(value, dict) and len(value) == 1:
        name, args = next(iter(value.items()))
        return {"name": name, "args": args if isinstance(args, list) else [args]}
    return value


Check = Annotated[CheckCall, BeforeValidator(_check_call)]
PartOfSpeech = Literal["NOUN", "VERB", "ADJ"]


class TriggerRule(LexiconModel):
    """One trigger record: words of a part of speech that mention an event of ``type`` when the checks hold."""

    type: EventType
    pos: tuple[PartOfSpeech, ...]
    lemmas: Words
    when: tuple[Check, ...] = ()
    unless: tuple[Check, ...] = ()
    anaphoric: bool = False
    own_event: bool = False
    #: The type of an event of the document the mention may tell by another sense of its word (a bare "the siege"
    #: of gunmen at a hotel is their attack): one with it when it fits (:mod:`.coreference`).
    redescribes: EventType | None = None
    #: A word class one of whose words that event must be told by, if given ("storm", "siege": a hotel's siege).
    redescribes_with: str = ""


class EventLexicon(LexiconModel):
    """The event lexicon (see the comments in ``lexicons/event_triggers.yaml``)."""

    triggers: tuple[TriggerRule, ...]
    vetoes: dict[PartOfSpeech, tuple[Check, ...]] = {}
    date_grains: dict[EventType, tuple[Granularity, ...]]
    span_dated_types: tuple[EventType, ...] = ()
    history_types: tuple[EventType, ...] = ()
    reason_dated_types: tuple[EventType, ...] = ()
    halt_undated_types: tuple[EventType, ...] = ()
    violated_types: tuple[EventType, ...] = ()
    speech_nouns: Words
    war_act_nouns: Words
    launch_verbs: Words
    operation_intensifying_verbs: Words
    operation_frame_prepositions: Words
    operation_announcing_verbs: Words
    announced_operation_nouns: Words
    campaign_verbs: Words
    campaign_nouns: Words
    humanitarian_modifiers: Words
    agreement_nouns: Words
    peace_modifiers: Words
    hostility_verbs: Words
    whole_conflict_nouns: Words
    additive_openers: Words
    exchanged_fire_nouns: Words
    endured_attack_verbs: Words
    headline_passive_verbs: Words
    commenting_verbs: Words
    appraising_verbs: Words
    topic_prepositions: Words
    telling_verbs: Words
    violation_verbs: Words
    violation_nouns: Words
    launch_nouns: Words
    halt_verbs: Words
    phrasal_halt_verbs: Words
    dispersal_verbs: Words
    crowd_dispersal_verbs: Words
    ongoing_adjectives: Words
    halt_nouns: Words
    halted_prepositions: Words
    hostility_nouns: Words
    phase_verbs: Words
    besieged_buildings: Words
    building_raid_words: Words
    naming_verbs: Words
    holding_verbs: Words
    meeting_subject_verbs: Words
    meeting_setting_prepositions: Words
    settling_verbs: Words
    agreement_object_verbs: Words
    striking_event_nouns: Words
    meeting_doer_prepositions: Words
    pair_words: Words
    side_nouns: Words
    generic_sides: dict[str, Words]
    state_side: str
    talks_modifiers: Words
    negotiator_nouns: Words
    side_representatives: Words
    publicity_modifiers: Words
    fire_weapons: Words
    riot_non_senses: Words
    met_non_parties: Words
    under_attack_nouns: Words
    under_attack_subjects: Words
    attacker_nouns: Words
    projectile_nouns: Words
    fired_projectile_nouns: Words
    fire_nouns: Words
    explosive_nouns: Words
    crowd_control_nouns: Words
    explosive_modifiers: Words
    attack_modifiers: Words
    meeting_bodies: Words
    phone_words: Words
    armed_confrontation_modifiers: Words
    combatant_nouns: Words
    celebration_verbs: Words
    killer_nouns: Words
    raider_nouns: Words
    leaving_fighter_nouns: Words
    left_state_nouns: Words
    setting_prepositions: Words
    market_movers: Words
    figurative_exploders: Words
    armed_man_nouns: Words
    elliptical_subjects: Words
    whereabouts_prepositions: Words
    rebel_doer_extra_nouns: Words
    coup_failure_words: Words
    war_start_verbs: Words
    captured_person_nouns: Words
    take_idiom_objects: Words
    take_into_idiom_objects: Words
    operation_hostility_nouns: Words
    crowd_clash_nouns: Words
    communal_clash_modifiers: Words
    deployment_objects: Words
    casualty_nouns: Words
    natural_causes: Words
    abandoned_places: Words
    refuge_nouns: Words
    hiding_places: Words
    idiom_hold_nouns: Words
    unexploded_mine_verbs: Words
    figurative_modifiers: Words
    non_war_violence_modifiers: Words
    abstract_foes: Words
    conflict_non_senses: Words
    proposal_nouns: Words
    acceptance_verbs: Words
    control_nouns: Words
    torched_objects: Words
    territory_nouns: Words
    armed_uprising_modifiers: Words
    taken_up_arms: Words
    force_nouns: Words
    mine_modifiers: Words
    mine_verbs: Words
    bomb_blast_verbs: Words
    #: Verbs of people killed or wounded in an episode ("killed during fresh violence").
    corridor_modifiers: Words
    evacuee_convoy_modifiers: Words
    destination_prepositions: Words
    protester_nouns: Words
    crowd_nouns: Words
    demonstrator_nouns: Words
    street_crowd_nouns: Words
    street_goer_nouns: Words
    thrown_weapon_nouns: Words
    police_force_nouns: Words
    lasting_adverbs: Words
    prison_nouns: Words
    protest_purposes: Words
    street_nouns: Words
    protest_sites: Words
    war_exclusions: Words
    attempt_verbs: Words
    attempted_event_types: Words
    dispersed_event_types: Words
    demand_verbs: Words
    continuation_verbs: Words
    demand_nouns: Words
    demanded_prepositions: Words
    negotiation_nouns: Words
    talks_aim_prepositions: Words
    irrealis_nouns: Words
    deny_verbs: Words
    refusal_verbs: Words
    prevention_verbs: Words
    failed_start_verbs: Words
    failure_verbs: Words
    announce_verbs: Words
    commitment_nouns: Words
    conditional_markers: Words
    time_limit_markers: Words
    absence_prepositions: Words
    unreal_auxiliaries: Words
    judging_verbs: Words
    restrictive_adverbs: Words
    temporal_prepositions: Words
    enclosing_prepositions: Words
    reference_prepositions: Words
    reason_prepositions: Words
    framing_prepositions: Words
    simultaneity_markers: Words
    range_words: Words
    presupposing_prepositions: Words
    ongoing_prepositions: Words
    force_leaving_nouns: Words
    evacuating_forces: Words
    medical_destinations: Words
    evacuated_casualties: Words
    partitive_heads: Words
    ongoing_object_verbs: Words
    presupposing_nouns: Words
    presupposing_noun_prepositions: Words
    reaction_nouns: Words
    counting_words: Words
    quantity_nouns: Words
    target_prepositions: Words
    aim_prepositions: Words
    advance_prepositions: Words
    raid_words: Words
    lone_person_pronouns: Words
    companion_nouns: Words
    recording_nouns: Words
    ruler_nouns: Words
    path_prepositions: Words
    incursion_prepositions: Words
    war_end_verbs: Words
    place_prepositions: Words
    participant_prepositions: Words
    argument_prepositions: Words
    compound_preposition_heads: Words
    mediation_verbs: Words
    operation_nouns: Words
    military_modifiers: Words
    result_verbs: Words
    fleeing_casualty_verbs: Words
    protest_targets: Words
    civil_operation_modifiers: Words
    armed_search_modifiers: Words
    attack_noun_exclusions: Words
    criticised_things: Words
    capture_non_objects: Words
    blockade_objects: Words
    disarmament_objects: Words
    hijacked_vehicles: Words
    withdrawal_non_sources: Words
    surrendering_polities: Words
    weapon_modifiers: Words
    campaign_attack_modifiers: Words
    striking_workers: Words
    protest_words: Words
    riot_words: Words
    institution_nouns: Words
    title_heads: Words
    perception_words: Words
    critic_words: Words
    device_modifiers: Words
    improvised_modifiers: Words
    means_nouns: Words
    causative_verbs: Words
    possibility_adjectives: Words
    expectation_words: Words
    frontier_nouns: Words
    intention_adjectives: Words
    readiness_adjectives: Words
    readiness_nouns: Words
    readiness_prepositions: Words
    outcome_prepositions: Words
    long_durations: Words
    equipment_nouns: Words
    single_owner_pronouns: Words
    lecture_verbs: Words
    shelter_nouns: Words
    non_event_heads: Words
    march_non_senses: Words
    lone_objectors: Words
    existential_verbs: Words
    participation_verbs: Words
    any_words: Words
    occurrence_verbs: Words
    generic_determiners: Words
    figurative_targets: Words
    natural_forces: Words
    criminal_attackers: Words
    safety_modifiers: Words
    safety_prepositions: Words
    departure_prepositions: Words
    internal_meeting_modifiers: Words
    armed_intervention_modifiers: Words

    @model_validator(mode="after")
    def _checks_exist(self) -> EventLexicon:
        for index, rule in enumerate(self.triggers):
            for check in (*rule.when, *rule.unless):
                _validate_check(self, check, f"triggers[{index}] ({', '.join(sorted(rule.lemmas)[:3])})")
            if rule.redescribes_with and rule.redescribes_with not in EventLexicon.model_fields:
                raise ValueError(f"triggers[{index}]: unknown word class {rule.redescribes_with!r} in redescribes_with")
        for pos, checks in self.vetoes.items():
            for check in checks:
                _validate_check(self, check, f"vetoes.{pos}")
        if self.state_side not in self.generic_sides:
            raise ValueError(f"state_side {self.state_side!r} is none of generic_sides")
        return self

    def word_class(self, name: str) -> frozenset[str]:
        """The word class called ``name``: the lexicon's own, else a shared one of ``lexicons/words.yaml``
        ("people_nouns", "casualty_verbs")."""
        value: frozenset[str] = getattr(self, name) if name in EventLexicon.model_fields else getattr(shared_words(), name)
        return value

    @cached_property
    def rebel_doer_nouns(self) -> frozenset[str]:
        """Nouns of doers who fight their state: those of the sides other than ``state_side``, and the extra ones."""
        sides = (nouns for side, nouns in self.generic_sides.items() if side != self.state_side)
        return frozenset().union(self.rebel_doer_extra_nouns, *sides)

    @cached_property
    def squashed_military_modifiers(self) -> tuple[str, ...]:
        return tuple(squash(word) for word in self.military_modifiers)

    def vetoes_of(self, pos: str) -> tuple[CheckCall, ...]:
        """The checks that keep any record of a part of speech from firing."""
        return next((checks for key, checks in self.vetoes.items() if key == pos), ())

    def event_types(self) -> frozenset[str]:
        """The event types some trigger record gives."""
        return frozenset(rule.type for rule in self.triggers)

    @cached_property
    def _index(self) -> dict[tuple[str, str], tuple[TriggerRule, ...]]:
        index: dict[tuple[str, str], list[TriggerRule]] = {}
        for rule in self.triggers:
            for pos in rule.pos:
                for word in rule.lemmas:
                    index.setdefault((pos, word), []).append(rule)
        return {key: tuple(rules) for key, rules in index.items()}

    @cached_property
    def trigger_words(self) -> dict[str, frozenset[str]]:
        """The words some record of a part of speech has (``rules_for`` finds nothing for others)."""
        found: dict[str, set[str]] = {}
        for pos, word in self._index:
            found.setdefault(pos, set()).add(word)
        return {pos: frozenset(words) for pos, words in found.items()}

    def rules_for(self, pos: str, words: tuple[str, ...]) -> tuple[TriggerRule, ...]:
        """The records of a part of speech for any of ``words``, in lexicon order (each answer
        that finds any computed once: a word of no record costs one lookup per word)."""
        found = self._rules_found.get((pos, words))
        if found is None:
            ids = {id(rule) for word in words for rule in self._index.get((pos, word), ())}
            if not ids:
                return ()
            found = self._rules_found[(pos, words)] = tuple(rule for rule in self.triggers if id(rule) in ids)
        return found

    @cached_property
    def _rules_found(self) -> dict[tuple[str, tuple[str, ...]], tuple[TriggerRule, ...]]:
        return {}

    def unconditional_type(self, lemma: str) -> str | None:
        """The type a noun mentions by itself ("shelling": Attack), or ``None``."""
        return next((r.type for r in self.triggers if "NOUN" in r.pos and lemma in r.lemmas and not (r.when or r.unless)), None)


def _validate_check(lexicon: EventLexicon, check: CheckCall, where: str) -> None:
    spec = CHECKS.get(check.name)
    if spec is None:
        raise ValueError(f"{where}: unknown check {check.name!r}; known: {', '.join(sorted(CHECKS))}")
    kinds = spec.params
    variadic = kinds[-1:] == ("literals",)
    if (len(check.args) < len(kinds)) if variadic else (len(check.args) != len(kinds)):
        raise ValueError(f"{where}: check {check.name!r} takes {len(kinds)} argument(s) ({', '.join(kinds)}), got {list(check.args)}")
    for kind, arg in zip(kinds, check.args):
        if kind == "word_class" and arg not in EventLexicon.model_fields and not isinstance(getattr(shared_words(), arg, None), frozenset):
            raise ValueError(f"{where}: check {check.name!r}: {arg!r} is no word class of the lexicon")


def event_lexicon() -> EventLexicon:
    """The shipped event lexicon (parsed and validated once)."""
    return load_lexicon(LEXICON_FILE, EventLexicon)
