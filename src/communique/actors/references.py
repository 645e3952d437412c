"""Words by which text refers to actors without naming them, from data/references.yaml."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from communique.data import DataFileError, load_yaml, require_keys


@dataclass(frozen=True)
class ReferenceWords:
    country_heads: frozenset[str]
    deictic_state_nouns: frozenset[str]
    description_nouns: frozenset[str]
    body_nouns: frozenset[str]
    counterpart_nouns: frozenset[str]
    state_plural_nouns: frozenset[str]
    quantity_words: frozenset[str]
    interview_words: frozenset[str]
    answered_questions: frozenset[str]
    first_person_state_nouns: frozenset[str]
    place_nouns: frozenset[str]
    capital_act_nouns: frozenset[str]
    capital_target_words: frozenset[str]
    office_taking_words: frozenset[str]
    deputy_words: frozenset[str]
    rank_words: frozenset[str]
    former_words: frozenset[str]
    government_of_leader_nouns: frozenset[str]
    quoted_organization_nouns: frozenset[str]
    party_nouns: frozenset[str]

    def introduces_interview(self, lemmas: set[str]) -> bool:
        """Does a lead sentence with these lemmas introduce an interview?"""
        return bool(self.interview_words & lemmas) or self.answered_questions <= lemmas


@cache
def reference_words() -> ReferenceWords:
    data = load_yaml("references.yaml")
    keys = tuple(f.name for f in fields(ReferenceWords))
    require_keys("references.yaml", data, keys)
    for key in keys:
        if not isinstance(data[key], list) or not all(isinstance(w, str) and w == w.lower() for w in data[key]):
            raise DataFileError(f"references.yaml: {key} must be a list of lower-case lemmas")
    return ReferenceWords(**{key: frozenset(data[key]) for key in keys})
