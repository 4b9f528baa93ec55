"""The word classes several extractors share (``lexicons/words.yaml``): pronouns, group
demonyms, person roles, future auxiliaries."""

from __future__ import annotations

from functools import cached_property

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


class SharedWords(LexiconModel):
    """The schema of ``lexicons/words.yaml``."""

    pronouns: Pronouns
    group_demonyms: Words
    person_roles: Words
    future_auxiliaries: Words


def shared_words() -> SharedWords:
    """The shared word classes (parsed and validated once)."""
    return load_lexicon("words.yaml", SharedWords)
