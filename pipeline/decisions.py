"""Apply people's decisions over the machine's reading: the latest decision about a thing wins."""

from __future__ import annotations

from core.decisions import FACT_DECISIONS, FLAG_DECISIONS, Decision, DecisionKind
from core.models import DocType, Fact, FactStatus, Flag


def _latest(decisions: list[Decision], kinds: set[DecisionKind]) -> dict[tuple, Decision]:
    latest: dict[tuple, Decision] = {}
    for decision in sorted(decisions, key=lambda d: d.id or 0):
        if decision.kind not in kinds:
            continue
        if decision.kind in FLAG_DECISIONS:
            key = (decision.flag_code, decision.file, decision.field)
        else:
            key = (decision.file, decision.sha256, decision.field)
        latest[key] = decision
    return latest


def doc_type_overrides(decisions: list[Decision]) -> dict[tuple[str, str], DocType]:
    """(file, sha256) -> the type a person set."""
    chosen = _latest(decisions, {DecisionKind.set_doc_type})
    return {(file, sha): DocType(d.after) for (file, sha, _), d in chosen.items() if file and sha}


def apply_fact_decisions(facts: list[tuple[str, Fact]], decisions: list[Decision]) -> list[tuple[str, Fact]]:
    """Facts paired with their file's sha256, with accepted / corrected / rejected values applied.

    A correction of a field the machine did not read at all adds that fact.
    """
    chosen = _latest(decisions, FACT_DECISIONS)
    result: list[tuple[str, Fact]] = []
    seen: set[tuple] = set()
    for sha, fact in facts:
        key = (fact.file, sha, fact.field)
        seen.add(key)
        decision = chosen.get(key)
        result.append((sha, _decided(fact, decision) if decision else fact))
    for (file, sha, field), decision in chosen.items():
        if (file, sha, field) not in seen and decision.kind == DecisionKind.correct_fact and file and field:
            added = Fact(
                file=file,
                field=field,
                value=decision.after,
                confidence=1.0,
                status=FactStatus.accepted,
                method="human",
                decided_by=decision.actor,
                note=f"entered by {decision.actor}: {decision.reason or 'no reason given'}",
            )
            result.append((sha or "", added))
    return result


def _decided(fact: Fact, decision: Decision) -> Fact:
    note = f"{decision.kind.value.replace('_', ' ')} by {decision.actor}" + (
        f": {decision.reason}" if decision.reason else ""
    )
    if decision.kind == DecisionKind.accept_fact:
        return fact.model_copy(
            update={"status": FactStatus.accepted, "decided_by": decision.actor, "note": note}
        )
    if decision.kind == DecisionKind.reject_fact:
        return fact.model_copy(
            update={"status": FactStatus.rejected, "decided_by": decision.actor, "note": note}
        )
    return fact.model_copy(
        update={
            "value": decision.after,
            "status": FactStatus.accepted,
            "confidence": 1.0,
            "method": f"{fact.method}+human",
            "decided_by": decision.actor,
            "note": note,
        }
    )


def apply_flag_decisions(flags: list[Flag], decisions: list[Decision]) -> list[Flag]:
    chosen = _latest(decisions, FLAG_DECISIONS)
    result = []
    for flag in flags:
        decision = chosen.get((flag.code, flag.file, flag.field))
        if decision is None:
            result.append(flag)
            continue
        status = "resolved" if decision.kind == DecisionKind.resolve_flag else "waived"
        result.append(
            flag.model_copy(
                update={"status": status, "decided_by": decision.actor, "decision_reason": decision.reason}
            )
        )
    return result
