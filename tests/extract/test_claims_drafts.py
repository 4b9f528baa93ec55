"""The claim draft's construction (:class:`~kg.extract.claims.drafts.Draft`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.extract.claims.accusation import Blame
from kg.extract.claims.drafts import Draft


def _draft(decided) -> Draft:
    return Draft(None, 0, decided, None, (0, 0), (0, 0), "verb")  # type: ignore[arg-type]


@pytest.mark.parametrize("decided", ["assertion", Blame(("name:vestria",))])
def test_a_draft_is_replaced_with_what_was_decided_again(decided):
    # as the class docstring says: kind and blame are set from the InitVar, which replace needs again
    draft = _draft(decided)
    moved = replace(draft, method="quote", decided=draft.blame or draft.kind)
    assert (moved.kind, moved.blame, moved.method) == (draft.kind, draft.blame, "quote")


def test_a_draft_is_not_replaced_without_what_was_decided():
    with pytest.raises(ValueError):
        replace(_draft("assertion"), method="quote")
