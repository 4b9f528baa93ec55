"""The word classes several extractors share (``lexicons/words.yaml``): pronouns, group
demonyms, nouns of people, person roles, means prepositions, indefinite articles, definite and negative
determiners, possibility, modal and future auxiliaries, subjecting and casualty verbs, cardinal number words."""

from __future__ import annotations

import re
from functools import cached_property

from kg.codes import EventType
from kg.resources import LexiconModel, Words, load_lexicon


class Pronouns(LexiconModel):
    """Pronouns by what they refer to."""

    person: Words
    thing: Words
    group: Words
    first_person: Words
    negative: Words

    @cached_property
    def third_person(self) -> frozenset[str]:
        """Pronouns that refer back to an actor named before (he, it, they, ...)."""
        return self.person | self.thing | self.group


class Cardinals(LexiconModel):
    """Cardinal number words with their values: units (zero to nineteen) and tens."""

    units: dict[str, int]
    tens: dict[str, int]

    def value(self, words: str) -> int | None:
        """The value of a cardinal written in lower-case words: a unit, or a ten with an optional unit
        after a hyphen or a space ("twenty-one"); ``None`` for anything else."""
        if words in self.units:
            return self.units[words]
        parts = re.split(r"[-\s]", words)
        if parts[0] not in self.tens:
            return None
        return self.tens[parts[0]] + (self.units.get(parts[1], 0) if len(parts) > 1 else 0)


class SharedWords(LexiconModel):
    """The schema of ``lexicons/words.yaml``."""

    pronouns: Pronouns
    group_demonyms: Words
    person_roles: Words
    name_clashing_roles: Words
    people_nouns: Words
    means_prepositions: Words
    indefinite_articles: Words
    possibility_auxiliaries: Words
    subjecting_verbs: Words
    casualty_verbs: Words
    negative_determiners: Words
    definite_determiners: Words
    modal_auxiliaries: Words
    future_auxiliaries: Words
    future_periphrases: Words
    arrangement_exceptions: Words
    ending_verbs: Words
    ending_goal_verbs: Words
    ending_goal_nouns: Words
    lasting_event_types: tuple[EventType, ...]
    tally_minimum: int
    cardinals: Cardinals


def shared_words() -> SharedWords:
    """The shared word classes (parsed and validated once)."""
    return load_lexicon("words.yaml", SharedWords)
