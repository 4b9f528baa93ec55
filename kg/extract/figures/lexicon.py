"""The schema of ``lexicons/figures.yaml``: number words, qualifiers, counted-noun classes and
figure trigger records."""

from __future__ import annotations

from functools import cached_property

from pydantic import model_validator

from kg.codes import EventType, FigureKind, Qualifier
from kg.resources import LexiconModel, Words, load_lexicon

LEXICON_FILE = "figures.yaml"


class NumberWords(LexiconModel):
    """Number words beyond the shared cardinals (``kg.words``): "dozen", "thousand"."""

    multipliers: dict[str, int]
    scales: dict[str, int]
    fractions: dict[str, tuple[int, int]] = {}
    vague: Words = frozenset()


class QualifierPhrases(LexiconModel):
    """Qualifier phrases written before and after a number."""

    before: dict[Qualifier, Words]
    after: dict[Qualifier, Words]


class KindRule(LexiconModel):
    """A figure trigger record: numbers of these counted-noun classes governed by one of these words are of ``kind``."""

    kind: FigureKind
    counted: Words
    triggers: Words


class FigureLexicon(LexiconModel):
    """The figures lexicon (see the comments in ``lexicons/figures.yaml``)."""

    numbers: NumberWords
    qualifiers: QualifierPhrases
    counted: dict[str, Words]
    default_kinds: dict[str, FigureKind]
    displacement_defaults: Words
    displaced_modifiers: Words
    displaced_prepositions: Words
    displacement_context: Words
    measure_nouns: dict[str, FigureKind]
    organisation_nouns: Words
    organisation_modifiers: Words
    organisation_acts: Words
    organisation_things: Words
    remainder_kinds: dict[str, dict[FigureKind, FigureKind]]
    kinds: tuple[KindRule, ...]
    agent_kinds: tuple[KindRule, ...]
    target_kinds: tuple[KindRule, ...]
    descriptive_kinds: frozenset[FigureKind]
    descriptive_modifiers: Words
    copulas: Words
    copula_whole_prepositions: Words
    measure_verbs: Words
    tally_verbs: Words
    tally_value_prepositions: Words
    causative_tally_verbs: Words
    placing_tally_verbs: dict[str, str]
    transparent: Words
    aspectual_verbs: Words
    treatment_verbs: Words
    dying_verbs: dict[str, str]
    dying_causes: Words
    state_verbs: Words
    state_prepositions: Words
    siege_verbs: Words
    siege_nouns: Words
    carrying_verbs: Words
    destination_prepositions: Words
    carried_to_kinds: tuple[KindRule, ...]
    transparent_nouns: Words
    population_owners: Words
    population_determiners: Words
    population_prepositions: Words
    residing_verbs: Words
    share_words: Words
    share_prepositions: Words
    conditional_markers: Words
    model_designators: dict[str, Words]
    member_nouns: Words
    unit_nouns: Words
    unit_classes: Words
    living_modifiers: Words
    irregular_plurals: dict[str, str]
    complement_deps: Words
    resultative_verbs: Words
    subject_undergoes: Words
    measures: dict[FigureKind, tuple[EventType, ...]]
    non_count_next: Words
    currency_symbols: frozenset[str]
    label_before: Words
    enumerator_marks: dict[str, str]
    preposition_qualifiers: Words
    number_joiners: Words
    owner_possessives: Words
    range_words: dict[str, Words]
    bare_range_joiners: Words
    change_openers: Words

    @model_validator(mode="after")
    def _known_classes(self) -> FigureLexicon:
        for name, rules in (("kinds", self.kinds), ("agent_kinds", self.agent_kinds), ("target_kinds", self.target_kinds)):
            for index, rule in enumerate(rules):
                unknown = rule.counted - set(self.counted) - {"none"}
                if unknown:
                    raise ValueError(f"{name}[{index}] ({rule.kind}).counted: unknown classes {sorted(unknown)}")
        for phrases in (self.qualifiers.before, self.qualifiers.after):
            if "exact" in phrases:
                raise ValueError("qualifiers: 'exact' is what a number without a qualifier phrase is")
        return self

    @cached_property
    def counted_class(self) -> dict[str, str]:
        """Counted noun (or "compound noun") -> its class; the first class listing a word wins."""
        found: dict[str, str] = {}
        for noun_class, words in self.counted.items():
            for word in sorted(words):
                found.setdefault(word, noun_class)
        return found

    @cached_property
    def designator_class(self) -> dict[str, str]:
        """Model designator prefix ("akm") -> the class of what it names."""
        return {prefix: noun_class for noun_class, prefixes in self.model_designators.items() for prefix in prefixes}

    @cached_property
    def before(self) -> tuple[tuple[tuple[str, ...], Qualifier], ...]:
        """Qualifier phrases before a number as token tuples, longest first ("well over" before "over")."""
        return _phrases(self.qualifiers.before)

    @cached_property
    def after(self) -> tuple[tuple[tuple[str, ...], Qualifier], ...]:
        return _phrases(self.qualifiers.after)

    def figure_kinds(self) -> frozenset[str]:
        """The figure kinds some trigger record gives."""
        return (
            frozenset(rule.kind for rule in (*self.kinds, *self.agent_kinds, *self.target_kinds))
            | frozenset(self.default_kinds.values())
            | frozenset(self.measure_nouns.values())
        )


def _phrases(table: dict[Qualifier, frozenset[str]]) -> tuple[tuple[tuple[str, ...], Qualifier], ...]:
    phrases = [(tuple(phrase.split()), qualifier) for qualifier, words in table.items() for phrase in sorted(words)]
    return tuple(sorted(phrases, key=lambda item: (-len(item[0]), item[0])))


def figure_lexicon() -> FigureLexicon:
    """The shipped figures lexicon (parsed and validated once)."""
    return load_lexicon(LEXICON_FILE, FigureLexicon)
