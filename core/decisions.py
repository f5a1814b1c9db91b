"""A person's decision about a fact, a document or a flag. Stored append-only, applied on every run."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel

from core.models import Scalar


class DecisionKind(StrEnum):
    accept_fact = "accept_fact"
    correct_fact = "correct_fact"
    reject_fact = "reject_fact"
    set_doc_type = "set_doc_type"
    resolve_flag = "resolve_flag"
    waive_flag = "waive_flag"


FACT_DECISIONS = {DecisionKind.accept_fact, DecisionKind.correct_fact, DecisionKind.reject_fact}
FLAG_DECISIONS = {DecisionKind.resolve_flag, DecisionKind.waive_flag}


class Decision(BaseModel):
    """Who decided what, when, with the value before and after.

    Fact and document decisions name the sha256 of the bytes they were made about: when the client
    uploads a new version of the file, the machine's reading of the new bytes stands until a person
    looks again; a re-run over the same bytes keeps the person's decision.
    """

    id: int | None = None
    case_id: str
    kind: DecisionKind
    file: str | None = None
    sha256: str | None = None
    field: str | None = None
    flag_code: str | None = None
    before: Scalar = None
    after: Scalar = None
    reason: str | None = None
    actor: str
    at: str
