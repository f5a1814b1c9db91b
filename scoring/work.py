"""Work experience from the jobs: graduate-level, senior, international, renowned-enterprise and
priority-sector years, each counted once across overlapping jobs.

"Graduate level" and "senior" have no official definition. Graduate-level work is work after the first
degree's award date; a role is senior when the reference letter says so or, failing that, when its title
holds a senior-role word. Both are derived judgements and every reason says so.

Each tally keeps two numbers: the years the evidence establishes, and the years it could reach if every
unsure job (country not stated, employer not on the list, first degree undated) turned out in the
client's favour. The gap is what a person or a further document could still add.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from pydantic import BaseModel, Field

from core.profile import Job, Profile, Qualification
from scoring.countries import alpha3
from scoring.education import first_degree
from scoring.matching import contains_keyword, match_name, normalise
from scoring.reference import enterprises, excluded_nationalities, priority_sectors, senior_roles
from scoring.timeline import Interval, clip, years_in


class Tally(BaseModel):
    years: float = 0.0
    possible_years: float = 0.0
    evidence: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # per job, why it counted or was unsure


class WorkSummary(BaseModel):
    jobs: int
    first_degree_date: date | None
    first_degree_evidence: list[str] = Field(default_factory=list)
    graduate: Tally
    senior: Tally
    international: Tally
    enterprise: Tally
    sector: Tally
    notes: list[str] = Field(default_factory=list)


# A judgement about one job: True (counts), False (does not), None (cannot tell from the evidence),
# with a few words saying why.
Judgement = tuple[bool | None, str]


def job_interval(job: Job, application_date: date) -> Interval | None:
    """The job as [start, end): an end date on a letter is the last day worked, so it is included; a job
    still held runs to the application date."""
    if job.start_date is None:
        return None
    end = job.end_date + timedelta(days=1) if job.end_date else application_date
    return clip((job.start_date, end), None, application_date)


def _label(job: Job) -> str:
    return f"{job.position or 'a role'} at {job.employer or 'an unnamed employer'}"


def is_senior(job: Job) -> Judgement:
    if job.senior_role is not None:
        return (
            job.senior_role,
            "senior per the reference letter" if job.senior_role else "not senior per the letter",
        )
    if not job.position:
        return None, "no job title"
    data = senior_roles()
    title = normalise(job.position)
    prefix = next((p for p in data.not_senior_prefixes if title.startswith(normalise(p) + " ")), None)
    word = contains_keyword(job.position, data.words)
    if word and not prefix:
        return True, f"derived: title {job.position!r} holds {word!r}"
    return False, f"derived: title {job.position!r} holds no senior-role word"


def is_international(job: Job, nationality: str | None) -> Judgement:
    nat, place = alpha3(nationality), alpha3(job.country)
    if nat is None:
        return None, "nationality not known"
    if place is None:
        return None, "country of the job not stated"
    domestic = {nat, *excluded_nationalities().domestic_also.get(nat, [])}
    if place in domestic:
        return False, f"{place} is not outside {nat}"
    return True, f"{place} is outside the country of nationality {nat}"


def is_renowned_enterprise(job: Job) -> Judgement:
    data = enterprises()
    match = match_name(job.employer, [(e.name, e.aliases) for e in data.enterprises], company=True)
    if match.canonical:
        how = "" if match.method == "exact" else f", {match.method} match"
        return True, f"derived: {job.employer!r} is {match.canonical} on the enterprise list{how}"
    return None, f"{job.employer or 'employer'} not on the enterprise list: needs review, not a no"


def in_priority_sector(job: Job) -> Judgement:
    data = enterprises()
    match = match_name(job.employer, [(e.name, e.aliases) for e in data.enterprises], company=True)
    tagged = next((e.sector for e in data.enterprises if e.name == match.canonical and e.sector), None)
    if tagged:
        return True, f"derived: {match.canonical} is tagged {tagged}"
    for sector, words in priority_sectors().sectors.items():
        hit = contains_keyword(f"{job.employer or ''} / {job.position or ''}", words)
        if hit:
            return True, f"derived: {hit!r} in employer or title ({sector})"
    return None, "no priority-sector keyword in employer or title: needs review"


def _tally(
    jobs: list[Job],
    application_date: date,
    since: date | None,
    judge: Callable[[Job], Judgement],
) -> Tally:
    counted: list[Interval] = []
    possible: list[Interval] = []
    tally = Tally()
    for job in jobs:
        span = job_interval(job, application_date)
        if span is None:
            continue
        verdict, why = judge(job)
        tally.notes.append(f"{_label(job)}: {why}")
        if verdict is False:
            continue
        # Without a dated first degree nothing is established as graduate level, but the whole job could be.
        upper_bound = clip(span, since, application_date)
        if upper_bound:
            possible.append(upper_bound)
        if verdict is True and since is not None and upper_bound:
            counted.append(upper_bound)
            tally.evidence.extend(e for e in job.evidence if e not in tally.evidence)
    tally.years = years_in(counted)
    tally.possible_years = max(years_in(possible), tally.years)
    return tally


def summarise_work(profile: Profile, degrees: list[Qualification], application_date: date) -> WorkSummary:
    first = first_degree(degrees)
    since = first.award_date if first else None
    jobs = profile.jobs
    nationality = profile.identity.nationality
    notes = [f"{_label(j)}: no start date, not counted" for j in jobs if j.start_date is None]
    if since is None and jobs:
        notes.append("no dated degree: graduate-level years cannot be established (counted as possible only)")

    return WorkSummary(
        jobs=len(jobs),
        first_degree_date=since,
        first_degree_evidence=list(first.evidence) if first else [],
        graduate=_tally(jobs, application_date, since, lambda j: (True, "after the first degree")),
        senior=_tally(jobs, application_date, since, is_senior),
        international=_tally(jobs, application_date, since, lambda j: is_international(j, nationality)),
        enterprise=_tally(jobs, application_date, since, is_renowned_enterprise),
        sector=_tally(jobs, application_date, since, in_priority_sector),
        notes=notes,
    )
