"""Employment reference letters: employee, employer, positions and dates, country, letter date, seniority.

Letters are prose, so values come from wording ("certify that Mr X", "Ms X, born ..., was employed by
X from D to D", "employed with us since D as Title", "held the position of Title", "promoted to
Title"), from key/value rows ("Job Title | ...", "Date of Hire | ...") or from a positions table
(Position | From | To). The latest position is the contract's ``position``; earlier ones are named in
its note. ``senior_role`` is a derived judgement: accepted only when the latest title itself carries a
senior word (manager, head, director, principal, lead, chief, vice president, partner); duties alone
("leads a team of 12") make it a suggestion for a person.

Numeric dates such as 09/04/2025 read either way round: the order is taken from the letter itself (a
date like 06/13/2016 elsewhere on it, or a US address), and a date that could still be either stays
``needs_review``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import phonenumbers
import pycountry
import yaml

from core.models import Fact, Page, Word
from extractors import text_fields as tf
from extractors.base import DocumentInput, make_fact
from extractors.chinese_letter import CHINESE_JOB_ENDING, Span, read_chinese_employment, written_in_simplified
from extractors.dates import ParsedDate, find_dates, numeric_order, rewrite_dates

TITLES_FILE = Path(__file__).with_name("senior_titles.yaml")


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Courtesy titles, English and those of French and Spanish letters ("atteste que Madame ...").
_HONORIFIC = (
    r"(?i:Mr|Ms|Mrs|Miss|Dr|Mx|Prof|Herr|Frau|Madame|Monsieur|Mademoiselle|Mme|Mlle|Sra|Sr|Señora|Señor)"
)
_TITLE_PREFIX = rf"(?:{_HONORIFIC}\.?\s+)"
# Lower-case particles inside a name ("Aisha binti Rahman", "Ludwig van Beethoven"), only before a
# capitalised word so that "Erik Lindqvist worked" stops at "worked".
_PARTICLE = (
    r"(?:bin|binti|binte|bte|ibn|van|von|der|den|de|da|das|do|dos|du|del|della|di|le|la|al|el|ter|ten)"
)
_NAME_WORD = rf"[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][{tf.LATIN}'’-]+"
_NAME = rf"({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[A-Z]\.|{_PARTICLE}(?=\s+[A-Z]))){{0,5}})"
# The same within one line: a sentence subject found at a line's start must not take in the heading
# above it ("Re: ... Mr Liam Patrick O'Connor" / "Liam was employed").
_NAME_ON_LINE = rf"({_NAME_WORD}(?:[^\S\n]+(?:{_NAME_WORD}|[A-Z]\.|{_PARTICLE}(?=[^\S\n]+[A-Z]))){{0,5}})"
_EMPLOYMENT_VERB = (
    r"(?:(?:has|had)\s+been|was|is|has)\s+(?:employed|working|engaged|serving|worked|served)"
    r"|worked|served|joined"
)
# How a letter opens on the employee's name: "certify that NAME", "that Ms NAME", "Issued to NAME".
_EMPLOYEE_OPENINGS = [
    re.compile(
        rf"(?:(?:certify|confirm|certifies|confirms|verify|verifies)\s+that|(?:atteste|certifie|confirme)\s+que"
        rf"|(?:certifica|hace\s+constar)\s+que)\s+{_TITLE_PREFIX}?{_NAME}"
    ),
    re.compile(rf"\bthat\s+{_TITLE_PREFIX}{_NAME}"),
    # A post-Soviet certificate's opening: "Issued to Dmytro Oleksandrovych Kovalenko to certify that he ..."
    re.compile(rf"\b(?i:issued|given)\s+to\s+{_TITLE_PREFIX}?{_NAME}(?=\s+(?:to|that|in|for)\b|,)"),
]
# The subject of an employment sentence: "Ms Clara Weber, born 03.05.1990, was employed by ...". A
# name without an honorific counts only where a sentence starts.
_EMPLOYEE_SUBJECT = re.compile(
    rf"(?:(?<![\w.]){_TITLE_PREFIX}|^|(?<=[.!?:]\s)|(?<=\n)){_NAME_ON_LINE}"
    rf"(?:\s*\([^)]{{0,60}}\)|\s*,[^;]{{0,90}}?,)?\s+(?:{_EMPLOYMENT_VERB})\b"
)
# A heading on one line: "RE: EMPLOYMENT VERIFICATION – MR ZHANG WEI", "Employment reference - Erik L.".
_EMPLOYEE_HEADING = re.compile(
    rf"(?i:reference|verification|certificate|testimonial|confirmation|statement of service|service)"
    rf"(?:\s+(?i:for|of))?\s*[–—:-]?\s*"
    rf"{_TITLE_PREFIX}?([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][{tf.LATIN}'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][{tf.LATIN}'’.-]*|{_PARTICLE})){{1,5}})\s*$"
)
_EMPLOYEE_LABELS = ("Employee Name", "Name of Employee", "Employee's Name", "Staff Name", "Full Name")
_NOT_NAME_WORDS = _word_set(
    "the our this that we he she they his her to whom dear sir madam company employee employment staff"
    " reference verification certificate letter service of experience confirmation statement"
)
# Company legal forms. Long forms are matched in any case (letterheads print "PTE. LTD."); the short
# ones only as written, so that "as" or "se" in a sentence is never read as a company suffix.
_LONG_SUFFIX = (
    r"(?i:Co\.,?\s*Ltd\.?|Pvt\.?\s*Ltd\.?|Pte\.?\s*Ltd\.?|Pty\.?\s*Ltd\.?|Sdn\.?\s*Bhd\.?|Ltd\.?|Limited|"
    r"LLC|L\.L\.C\.|GmbH(?:\s*&\s*Co\.?\s*KG)?|Inc\.?|Incorporated|plc|LLP|Corporation|Corp\.?|Company|"
    r"S\.A\.(?:S\.)?|S\.p\.A\.|S\.r\.l\.|B\.V\.|N\.V\.|K\.K\.|PJSC|SARL|Partners|A/S|ApS|Oyj?"
    # Poland's limited company, "Sp. z o.o." (spółka z ograniczoną odpowiedzialnością)
    r"|Sp\.\s*z\s*o\.\s*o\."
    # "Co." ends a name only when no "Ltd" or "Limited" follows ("Trading Co., Limited" runs on).
    r"|Co\.,?\s*Limited|Co\.(?!,?\s*(?:Ltd|Limited)))"
)
_SHORT_SUFFIX = r"(?:AG|AB|AS|ASA|SA|SE|NV|BV|KG|eG|SpA|Srl|JSC|Bhd|Tbk)"
_COMPANY_SUFFIX = rf"(?:{_LONG_SUFFIX}|{_SHORT_SUFFIX})(?![\w])"
_LEGAL_WORDS = _word_set(
    "ab ag as asa sa se nv bv kg eg spa srl jsc bhd tbk ltd limited llc gmbh inc incorporated plc llp corp"
    " corporation pte pvt pty sdn sarl pjsc oy oyj aps kk"
)
# "(Macau)", "(Hong Kong)": the place a group's company is registered in, inside its name.
_PAREN_WORD = r"\([A-Z][\w .&'-]{1,30}\)"
_EMPLOYER_BODY = re.compile(
    r"(?:(?:employed|engaged|working)\s+(?:by|with|at)|worked\s+(?:for|at|with)|served\s+(?:at|with)|joined)"
    rf"\s+((?:(?:[A-Z][\w&.,'-]*|{_PAREN_WORD})\s+){{0,7}}?{_COMPANY_SUFFIX})"
)
# France's "SAS" only ends a letterhead line: in a sentence it is also a company's name ("SAS Institute").
_EMPLOYER_LINE = re.compile(
    rf"^\W*((?:(?:[A-Za-z][\w&.,'-]*|&|{_PAREN_WORD})\s+){{0,7}}?(?:{_COMPANY_SUFFIX}|SASU?(?!\w)))\W*$"
)
# Indonesia's legal form comes first: "PT NUSANTARA LOGISTIK DIGITAL", "PT Bank Central Asia Tbk".
_PREFIXED_EMPLOYER_LINE = re.compile(r"^\W*(P\.?T\.?(?:\s+[A-Z][\w&.'-]*){2,6})\W*$")
# A letterhead that runs the address on after the name ("Nordlicht Logistik GmbH Überseeallee 10 ...").
_EMPLOYER_THEN_ADDRESS = re.compile(
    rf"^\W*([A-Z][\w&.'-]*\s+(?:(?:[A-Z][\w&.'-]*|&)\s+){{0,4}}?{_COMPANY_SUFFIX})\s+(?=.*\d)"
)
_CJK_COMPANY = re.compile(
    # (a bank's branch after its legal form: "招商银行股份有限公司武汉分行")
    r"^\W*([\u3400-\u9fff（）()]{4,}(?:有限公司|有限责任公司|公司|集团)(?:[\u4e00-\u9fff]{2,6}?(?:分行|支行|分公司))?"
    # A Japanese company puts its legal form before or after the name, often in katakana:
    # "株式会社ミナトロボティクス", "トヨタ自動車株式会社".
    r"|(?:株式会社|有限会社|合同会社)[\u3040-\u30ff\u3400-\u9fffー・]{2,20}"
    r"|[\u3040-\u30ff\u3400-\u9fffー・]{2,20}?(?:株式会社|有限会社|合同会社))\W*$"
)
_BULLET = re.compile(
    r"(?:^|[•·\-–*]\s*)([A-Z][A-Za-z&/ ,-]+?),?\s+from\s+(.+?)\s+(?:to|until|till)\s+"
    r"(date|present|now|today|.+?)\s*$",
    re.IGNORECASE,
)
_ONGOING = re.compile(r"^(?:date|present|now|today|current|to date)$", re.IGNORECASE)
_CLOSING = re.compile(
    r"\b(Yours faithfully|Yours sincerely|Sincerely|Kind regards|Best regards|Verified by|Issued by"
    r"|wish (?:him|her|them) (?:every success|all the best|continued success))\b"
    # "... immigration application.  For Himalayan Codeworks Pvt. Ltd.  Anita Gurung": the signature
    r"|(?<=[.!?]\s)(?=(?-i:For\s+(?:[A-Z][\w&.'-]*\s+){1,6}?)" + _LONG_SUFFIX + r")",
    re.IGNORECASE,
)
_DUTY_HINTS = re.compile(
    r"\b(leads? (?:a|the) (?:team|group|department)|manages?|heads?|reports? to the (?:CEO|CTO|CFO|COO|Chief"
    r"[\w ]+Officer|Board))\b"
    # ... and in Chinese: "带领二十余人的设计团队" (leads a team), "向总经理汇报" (reports to the general
    # manager)
    r"|带领[^，。；]{0,12}团队|帶領[^，。；]{0,12}團隊|向(?:总经理|總經理|董事长|董事長|总裁|總裁|首席[^，。]{0,6}官)汇报",
    re.IGNORECASE,
)
COUNTRY_NAMES_FILE = Path(__file__).with_name("country_names.yaml")


@cache
def country_aliases() -> dict[str, str]:
    """Endonyms and short forms of countries (Italia, Deutschland, UAE) with their ISO alpha-3 codes."""
    data = yaml.safe_load(COUNTRY_NAMES_FILE.read_text(encoding="utf-8"))
    names = {str(k): str(v) for k, v in data["names"].items()}
    assert all(re.fullmatch(r"[A-Z]{3}", v) for v in names.values()), "country codes must be alpha-3"
    return names


# Country names that are also US states or regions: never accepted from an address alone.
_US_CITY_STATE_ZIP = re.compile(r"([A-Z][A-Za-z .'-]+),\s+([A-Z]{2})\s+\d{5}(?:-\d{4})?\b")
_AMBIGUOUS_PLACES = frozenset({"Georgia", "Jersey"})
# Where numeric dates are written month first; Canada writes both ways.
_MONTH_FIRST_COUNTRIES = frozenset(
    {"USA", "PHL", "FSM", "MHL", "PLW", "ASM", "GUM", "MNP", "PRI", "VIR", "UMI"}
)
_MIXED_ORDER_COUNTRIES = frozenset({"CAN"})
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)")
# Year first is read year-month-day everywhere; dates.py reads it only with dashes.
# Nouns that make a phrase a job title; a title without one is read but left for a person to confirm.
_FOREIGN_JOB_WORDS = _word_set(
    """directeur directrice ingénieur ingénieure chef responsable gérant gérante analyste comptable
    technicien technicienne conseiller conseillère chargé chargée adjoint adjointe
    ingeniero ingeniera director directora jefe jefa gerente analista contador contadora
    ingenieur leiter leiterin geschäftsführer geschäftsführerin"""
)
_JOB_NOUNS = _FOREIGN_JOB_WORDS | _word_set(
    """engineer manager analyst director officer head lead leader developer designer architect consultant
    specialist scientist researcher associate assistant executive administrator coordinator co-ordinator
    supervisor accountant auditor lawyer counsel attorney solicitor advisor adviser partner president vp
    chief principal lecturer professor teacher nurse physician doctor surgeon technician programmer
    representative clerk secretary intern trainee editor writer producer controller treasurer strategist
    planner buyer agent broker trader banker economist statistician operator surveyor pharmacist therapist
    instructor tutor fellow chairman chairperson chair founder owner superintendent foreman inspector
    mechanic chemist biologist physicist mathematician scientist underwriter actuary investigator
    paralegal journalist photographer curator librarian dentist veterinarian pilot captain officer
    commander sergeant steward receptionist cashier salesperson merchandiser recruiter
    expert owner marketer copywriter translator interpreter modeller modeler tester"""
)
# The job nouns of French, Spanish and German titles (as folded), and the English senior words that
# inside such a title may only grade the post ("Comptable Principal").
_FOREIGN_JOB_NOUNS = frozenset(tf.fold(w) for w in _FOREIGN_JOB_WORDS)
_ENGLISH_SENIOR_WORDS = {"principal", "lead", "head", "chief", "partner", "president", "vp", "vice president"}
_TITLE_TOKEN = r"(?:[A-Z][\w&/'’-]*|of|and|&|for|the|de)"
_TITLE = rf"[A-Z][\w&/'’-]*(?:\s+{_TITLE_TOKEN})*"
# ", Energy Trading" continues a title only when the clause then ends ("Team Lead, Energy Trading, and").
_NOT_TITLE_START = rf"(?!{_HONORIFIC}\b|He\b|She\b|They\b|We\b|His\b|Her\b)"
_TITLE_TAIL = rf"(?:,\s+{_NOT_TITLE_START}{_TITLE}(?=\s*[,.;]|\s+(?:and|with|from|since|in|at)\b|\s*$))?"
# (trigger, rank, explicit): rank 2 names the current role, 1 any role held. A title after an explicit
# trigger ("position of") is kept even without a job word, for review; after a bare "as" it must name a job.
_ARTICLE = r"(?:an?\s+|the\s+|our\s+|its\s+)?"
_TITLE_TRIGGERS: list[tuple[re.Pattern[str], int, bool]] = [
    (
        # "promoted on 1 January 2020 to Engineering Manager": a date may come between.
        re.compile(
            rf"\bpromoted\s+(?:(?:on|in|with\s+effect\s+from|effective)\s+[\w ,.]{{3,30}}?\s+)?to\s+"
            # "promoted to his current position, Engineering Team Lead, Perception"
            rf"(?:(?:the|his|her|their)\s+(?:(?:current|present|new)\s+)?(?:position|role|post)(?:\s+of|,)\s+)?"
            rf"{_ARTICLE}"
        ),
        2,
        True,
    ),
    # "is currently our Head of ...", "is currently the Director of Data Science"
    (
        re.compile(rf"\b(?:is|has\s+been)\s+(?:currently|now|presently)\s+(?:our\s+)?{_ARTICLE}(?=[A-Z])"),
        2,
        True,
    ),
    # "was appointed Senior Process Engineer in April 2020": an appointment is a promotion's wording.
    (re.compile(r"\bappointed\s+(?:as\s+)?(?:the\s+)?(?=[A-Z])"), 2, True),
    # "became a Process Engineer", "has been Director of Product from July 2021": a role taken up.
    (re.compile(r"\b(?:became|has\s+been|have\s+been)\s+(?:an?\s+|the\s+)?(?=[A-Z][a-z])"), 1, False),
    # "from 1st September 2020, he held the post of Network Planning Team Lead".
    (
        re.compile(
            r"\b(?:held|holds|has\s+held|took\s+up|assumed)\s+the\s+(?:post|position|role)\s+of\s+(?=[A-Z])"
        ),
        2,
        True,
    ),
    # "is presently designated as IT Analyst" (Indian letters name the current grade this way).
    (re.compile(rf"\b(?:presently|currently|now)\s+designated\s+as\s+{_ARTICLE}"), 2, True),
    # "since April 2019 he has been a Senior Engineer", "Since 1 April 2020 she has served as
    # Director of ...": a role held from a date on.
    (
        re.compile(
            # "... and since 1 July 2022 has been our Head of Machine Learning": the subject said before
            # ... not a relative clause about someone else ("Mr. Lau, who since 2019 has been our CIO").
            r"(?<!\bwho\s)(?<!\bwhich\s)\b[Ss]ince\s+[\w ,.]{3,30}?\s+(?:(?:he|she|they)\s+)?(?:has|have)\s+"
            r"(?:been\s+(?:an?\s+|the\s+|our\s+)|(?:served|worked|acted)\s+as\s+(?:an?\s+|the\s+|our\s+)?)(?=[A-Z])"
        ),
        2,
        True,
    ),
    # "promoted to Technical Lead on 1st April 2018 and to Delivery Manager on 1st October 2022"
    (
        re.compile(
            r"\bpromoted\s+to\s+[^.]{3,80}?\s+and\s+(?:later\s+|then\s+|subsequently\s+)?to\s+(?=[A-Z])"
        ),
        2,
        True,
    ),
    (
        re.compile(
            rf"\b(?:elevated|upgraded|re-?designated|moved\s+up)\s+(?:(?:on|in|with\s+effect\s+from)"
            rf"\s+[\w ,.]{{3,30}}?\s+)?(?:to|as)\s+(?:the\s+(?:position|role|post)\s+of\s+)?{_ARTICLE}"
        ),
        2,
        True,
    ),
    (
        re.compile(rf"\b(?:currently|now|presently)\s+(?:serves|works|acts|employed)\s+as\s+{_ARTICLE}"),
        2,
        True,
    ),
    (re.compile(rf"\bcurrent\s+(?:position|role|title|designation)\s+(?:is|of|as)\s+{_ARTICLE}"), 2, True),
    # "His last position was Software Engineer II in the Threat Research group"
    (
        re.compile(
            rf"\b(?:last|final|present|latest)\s+(?:position|role|title|designation)\s+(?:was|is)\s+{_ARTICLE}"
        ),
        2,
        True,
    ),
    # French letters: "Elle occupe actuellement le poste de Directrice Technique Adjointe", "a exercé
    # les fonctions d'Ingénieure Réseaux", "en qualité de Chef de projet".
    (re.compile(r"\boccupe\s+actuellement\s+(?:le\s+)?poste\s+d(?:e\s+|')(?=[A-ZÀ-Þ])"), 2, True),
    (
        re.compile(
            r"\b(?:occupe|occupait|a\s+occupé|exerce|exerçait|a\s+exercé)\s+(?:le\s+poste|les\s+fonctions)"
            r"\s+d(?:e\s+|')(?=[A-ZÀ-Þ])"
        ),
        1,
        True,
    ),
    # "Il a été promu Chef Comptable le 1 janvier 2019", "nommée au poste de Directrice".
    (
        re.compile(
            r"\b(?:promue?|nommée?)\s+(?:au\s+poste\s+d(?:e\s+|')|comme\s+|en\s+tant\s+que\s+)?(?=[A-ZÀ-Þ])"
        ),
        2,
        True,
    ),
    (re.compile(r"\b(?:au|le)\s+poste\s+d(?:e\s+|')(?=[A-ZÀ-Þ])"), 1, True),
    # Not the signer's own ("Je soussigné, M. X, agissant en qualité de Directeur Général").
    (re.compile(r"(?<!agissant )\ben\s+(?:qualité|tant\s+que)\s+(?:de\s+|d')?(?=[A-ZÀ-Þ])"), 1, True),
    (re.compile(rf"\b(?:position|role|post|title|designation|capacity)\s+(?:of|as)\s+{_ARTICLE}"), 1, True),
    (re.compile(rf"(?<!such )(?<!well )\bas\s+{_ARTICLE}(?=[A-Z])"), 1, False),
]
_EMPLOYMENT_CONTEXT = re.compile(r"\b(?:employ|work|serv|join|hire|appoint|engag|promot|position|role)", re.I)
_START_CUE = re.compile(
    r"\b(?:since|from|effective(?:\s+from)?|with\s+effect\s+from|w\.e\.f\.?|commencing(?:\s+on)?|"
    r"depuis(?:\s+le)?|desde(?:\s+el)?|seit(?:\s+dem)?|"
    r"starting(?:\s+(?:on|from))?|as\s+of|on|in)(?:\s+the)?\s*$",
    re.IGNORECASE,
)
_END_CUE = re.compile(r"(?:\b(?:to|until|till|through|thru|and)|[–—-])(?:\s+the)?\s*$", re.IGNORECASE)
_VERB_KIND = re.compile(
    r"\b(?:(employ\w*|work\w*|serv\w*|join\w*|hire\w*|engag\w*|start\w*|commenc\w*)"
    # "Her employment contract was signed in Hamburg on D": the nearest verb says what D dates.
    r"|(promot\w*|appoint\w*|transfer\w*|redesignat\w*)|(born|birth|DOB|issued|expir\w*|signed|dated))\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(\w*)[.!?;]\s+(?=[A-Z\u3400-\u9fff])")
# Words whose full stop ends no sentence ("Mr. Wang", "Zenith Tools Pvt. Ltd. since").
_ABBREVIATIONS = _word_set("mr ms mrs dr prof st no co pvt pte pty inc corp ltd bros jr sr dept sdn bhd")
# A label may follow its translation in another script ("到職日 Date Joined", "Должность Position").
_FOREIGN_PREFIX = r"(?:[^\x00-\x7F\s]+\s+)*"
# A form's own cell naming the employer: "회사명 Company | 한빛전자 주식회사 (Hanbit Electronics Co., Ltd.)".
_EMPLOYER_LABEL = re.compile(
    rf"^\W*{_FOREIGN_PREFIX}(?:Company(?:\s+Name)?|Name\s+of\s+(?:the\s+)?(?:Company|Employer)"
    r"|Employer(?:'s)?(?:\s+Name)?)\s*[:：]?$",
    re.IGNORECASE,
)
# "Sunrise Digital Pte. Ltd. (formerly Sunrise Media Pte. Ltd.)": the name it had is not the employer's.
_FORMER_NAME = re.compile(
    r"\s*[(（](?:formerly|previously|f\.?k\.?a\.?|former(?:ly)?\s+known\s+as)\b[^)）]*[)）]", re.I
)
# A table's heading cells, never an employer's name ("Company | Department | Position | Period").
_HEADING_WORDS = _word_set("department division team section position title role period date name location")
_LATIN_IN_BRACKETS = re.compile(r"[(（]([^()（）]*[A-Za-z]{3}[^()（）]*)[)）]")
_START_LABEL = re.compile(
    # "Original Hire Date" (a rehired employee's first day), "Most Recent Hire Date".
    rf"^\W*{_FOREIGN_PREFIX}(?:(?:Original|Most\s+Recent|Latest|Initial)\s+)?"
    r"(?:Date\s+of\s+(?:Hire|Joining|Employment|Appointment|Commencement|Entry)|"
    r"(?:Employment\s+)?Start\s+Date|Date\s+Joined|Joined\s+on|"
    r"Hire\s+Date|Join(?:ing)?\s+Date|Commencement\s+Date|Employed\s+(?:Since|From))\s*[:.\-–]?\s*",
    re.IGNORECASE,
)
_RECENT_START_LABEL = re.compile(
    rf"^\W*{_FOREIGN_PREFIX}(?:Most\s+Recent|Latest)\s+(?:Hire|Start|Joining)\s+Date|Re-?hire\s+Date\s*[:.\-–]?\s*",
    re.IGNORECASE,
)
_END_LABEL = re.compile(
    rf"^\W*{_FOREIGN_PREFIX}(?:(?:Employment\s+)?End\s+Date|Date\s+of\s+(?:Leaving|Separation|Termination|"
    r"Resignation|Relieving)|Date\s+Left|Employed\s+(?:Until|Till)|Relieving\s+Date|"
    r"Last\s+(?:Working\s+)?Day|Leaving\s+Date|Termination\s+Date|Separation\s+Date)\s*[:.\-–]?\s*",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(
    rf"^\W*{_FOREIGN_PREFIX}(?:(?:Current|Present|Last|Final|Latest)\s+)?(?:Job\s+Title|Position(?:\s+Held)?|Designation|Job\s+Role|Role|Title|Rank)"
    # "Job title / occupation": the form names the field twice.
    r"(?:\s*/\s*(?:occupation|designation|position|role|job\s+title|rank))?"
    r"\s*[:.\-–]?\s+(.{2,80}?)\s*$",
    re.IGNORECASE,
)
_LETTER_DATE_LABEL = re.compile(
    rf"^\W*{_FOREIGN_PREFIX}(?:(?:Letter\s+)?Date(?:\s+(?:Issued|of\s+Issue))?|Issue\s+Date|Issued\s+on|Dated)\s*[:.\-–]?\s*",
    re.IGNORECASE,
)
_WORK_PLACE_LABEL = re.compile(
    r"^\W*(?:Work\s+Location|Place\s+of\s+Work|Work\s+Place|Location|Country\s+of\s+Employment|Country)"
    r"\s*[:.\-–]?\s+(.+)$",
    re.IGNORECASE,
)


@cache
def _senior_titles_data() -> dict:
    return yaml.safe_load(TITLES_FILE.read_text(encoding="utf-8"))


def senior_words() -> tuple[str, ...]:
    return tuple(_senior_titles_data()["title_words"])


def not_senior_titles() -> tuple[str, ...]:
    return tuple(_senior_titles_data().get("not_senior_titles", ()))


@dataclass(frozen=True)
class _Day:
    """A date read from the letter; ``doubt`` says why its day/month order is only a guess."""

    parsed: ParsedDate
    doubt: str | None = None
    words: tuple[Word, ...] = ()  # where it is written, once known
    page: int | None = None

    @property
    def value(self) -> str:
        return self.parsed.value

    @property
    def start(self) -> int:
        return self.parsed.start

    @property
    def end(self) -> int:
        return self.parsed.end


@dataclass(frozen=True)
class _Convention:
    """How this letter writes numeric dates: day first or month first, and whether the letter says so."""

    day_first: bool = True
    known: bool = False
    why: str = "no date on the letter nor its country shows the day/month order"


@dataclass
class Position:
    title: str
    start: _Day | None
    end: _Day | None  # None while ongoing
    ongoing: bool
    words: list[Word]
    page: int | None
    doubt: str | None = None  # why a person should confirm the title
    rank: int = 0  # 2 when the wording names it the current role ("promoted to", "currently serves as")


@dataclass
class _Text:
    """The letter's lines as one text, with a map back to words for boxes."""

    lines: list[tuple[str, list[Word], int]]

    @property
    def flat(self) -> str:
        return "\n".join(t for t, _, _ in self.lines)

    def words_for(self, start: int, end: int) -> tuple[list[Word], int | None]:
        pos, picked, page = 0, [], None
        for text, words, page_no in self.lines:
            line_end = pos + len(text)
            if pos < end and line_end > start:
                cursor = 0
                for w in words:
                    idx = text.find(w.text, cursor)
                    if idx < 0:
                        continue
                    cursor = idx + len(w.text)
                    if pos + idx < end and pos + cursor > start:
                        picked.append(w)
                        page = page or page_no
            pos = line_end + 1
        return picked, page


def _text(pages: Sequence[Page]) -> _Text:
    return _Text([(tf.join_words(line), line, p.number) for p in pages for line in p.lines()])


def _text_joined(text: _Text) -> str:
    # Same offsets as ``flat``: each newline becomes one space, so prose that wraps reads as one.
    return text.flat.replace("\n", " ")


def _squash(value: str) -> str:
    return " ".join(value.split())


# --- dates -----------------------------------------------------------------------------------------


def _convention(flat: str, country: str | None) -> _Convention:
    """The letter's day/month order: from a numeric date that can be read only one way, else its country."""
    day_first_seen, month_first_seen = numeric_order(flat)
    if day_first_seen and month_first_seen:
        return _Convention(why="the letter writes dates both day first and month first")
    if day_first_seen or month_first_seen:
        order = "day" if day_first_seen else "month"
        return _Convention(day_first_seen, True, f"another date on the letter is written {order} first")
    if country in _MONTH_FIRST_COUNTRIES:
        return _Convention(False, True, f"a {country} letter writes the month first")
    if country and country not in _MIXED_ORDER_COUNTRIES:
        return _Convention(True, True, f"a {country} letter writes the day first")
    return _Convention()


def _find_dates(text: str, conv: _Convention) -> list[_Day]:
    """Every date in ``text`` in this letter's order, a doubt on those that could be read either way."""
    days = [_Day(p, _order_doubt(text, p, conv)) for p in find_dates(text, day_first=conv.day_first)]
    # A date that only reads the other way round ("06/13/2016" on a day-first letter) is still a date,
    # but one that contradicts the letter's own order: a person looks at it.
    against = f"written against the letter's day/month order ({conv.why})"
    others = [
        _Day(p, against) for p in find_dates(text, day_first=not conv.day_first) if p.style == "numeric"
    ]
    # Year-first dates (2025/03/15) read one way only; the rewrite keeps their offsets.
    others += [_Day(p) for p in find_dates(rewrite_dates(text))]
    for day in others:
        if not any(day.start < d.end and d.start < day.end for d in days):
            days.append(day)
    return sorted(days, key=lambda d: d.start)


def _order_doubt(text: str, parsed: ParsedDate, conv: _Convention) -> str | None:
    if parsed.style != "numeric" or conv.known:
        return None
    m = _NUMERIC_DATE.match(text, parsed.start)
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(3))
    if a == b or a > 12 or b > 12:
        return None
    return f"'{m.group(0)}' could be day or month first; {conv.why}"


def _leading_day(text: str, conv: _Convention) -> _Day | None:
    """A full date that opens ``text`` (after punctuation), as a labelled value must."""
    stripped = text.lstrip(" :.-–|")
    days = [d for d in _find_dates(stripped, conv) if d.parsed.precision == "day"]
    if days and days[0].start == 0:
        shift = len(text) - len(stripped)
        moved = replace(days[0].parsed, start=days[0].start + shift, end=days[0].end + shift)
        return replace(days[0], parsed=moved)
    return None


def _labelled_day(text: _Text, label: re.Pattern[str], conv: _Convention) -> _Day | None:
    """A date written right after a label on its own row ("Date of Hire   06/13/2016")."""
    for line, words, page in text.lines:
        m = label.match(line)
        if not m:
            continue
        day = _leading_day(line[m.end() :], conv)
        if day:
            span = _Text([(line, words, page)]).words_for(m.end() + day.start, m.end() + day.end)[0]
            return replace(day, words=tuple(span or words), page=page)
    return None


# --- employee --------------------------------------------------------------------------------------


def _clean_name(raw: str) -> str | None:
    name = re.split(r"\s+(?:has|was|is|holder|passport)\b|\s+[-–—]", _squash(raw))[0].strip(" ,-")
    tokens = name.split()
    # "Mr. He Junjie": He (何) is a Chinese family name, written capitalised before the given name.
    surname_he = tokens[:1] == ["He"] and len(tokens) >= 2 and tokens[1][:1].isupper()
    words = tokens[1:] if surname_he else tokens
    if len(tokens) < 2 or any(t.casefold().strip(".,") in _NOT_NAME_WORDS for t in words):
        return None
    return None if _is_legal_form(tokens[-1]) else name


def _employee(text: _Text, pages: Sequence[Page]) -> tuple[str, list[Word], int | None] | None:
    joined = _text_joined(text)
    for pattern in _EMPLOYEE_OPENINGS:
        found = _name_match(text, pattern.finditer(joined))
        if found:
            return found
    labelled = tf.value_near(pages, _EMPLOYEE_LABELS, _parse_person, ("right",))
    if labelled:
        return labelled.value, list(labelled.words), labelled.page
    for line, words, page in text.lines:
        m = _EMPLOYEE_HEADING.search(line)
        name = _clean_name(m.group(1)) if m else None
        if m and name:
            span = _Text([(line, words, page)]).words_for(m.start(1), m.start(1) + len(name))[0]
            return name, span, page
    # A form's "Name:" row last: the sentence naming the employee says more than any "Name" label.
    found = _name_match(text, _EMPLOYEE_SUBJECT.finditer(text.flat)) or _form_row_name(pages, text)
    chinese = None if found else read_chinese_employment(joined)
    if chinese and chinese.name:
        words, page = text.words_for(chinese.name.start, chinese.name.end)
        return chinese.name.text, words, page
    return found


def _name_match(text: _Text, matches: Iterable[re.Match[str]]) -> tuple[str, list[Word], int | None] | None:
    for m in matches:
        name = _clean_name(m.group(1))
        if name:
            words, page = text.words_for(m.start(1), m.start(1) + len(m.group(1).rstrip()))
            return name, words, page
    return None


# Short labels a certificate's form opens a row with ("Employee:", "姓名 Name"). Only at the start of
# a row: "Name" inside "Company Name" or a sentence labels nothing.
_FORM_NAME_LABELS = ("Employee", "Name", "Name of the Employee", "Staff")


def _form_row_name(pages: Sequence[Page], text: _Text) -> tuple[str, list[Word], int | None] | None:
    closing = _closing_y(text)
    for page in pages:
        for hit in tf.row_start_labels(page, _FORM_NAME_LABELS):
            if closing is not None and (page.number, hit.bbox[1]) > closing:
                continue  # "Yours faithfully, / Name: Jane Roe" names the signer
            value = [w for w in tf.right_of(page, hit) if not tf.has_cjk(w.text)]
            parsed = _parse_person(value)
            if parsed:
                return parsed[0], parsed[1], page.number
    return None


def _closing_y(text: _Text) -> tuple[int, float] | None:
    """(page, top) of the line that closes the letter ("Yours faithfully"), where the signer begins."""
    for line, words, page in text.lines:
        if _CLOSING.search(line) and words:
            return page, min(w.bbox[1] for w in words)
    return None


def _parse_person(words: list[Word]) -> tuple[str, list[Word]] | None:
    """A labelled name: at least two words, each capitalised (a sentence after "Employee" is not one)."""
    parsed = tf.parse_name(words)
    if not parsed:
        return None
    tokens = parsed[0].split()
    if not all(t[:1].isupper() or re.fullmatch(_PARTICLE, t) for t in tokens):
        return None
    name = _clean_name(parsed[0])
    return (name, parsed[1]) if name else None


# --- employer --------------------------------------------------------------------------------------


_GROUP_LINE = re.compile(r"^\W*(?:an?\s+)?(?:member|subsidiary|part|division|company)\s+of\b", re.IGNORECASE)
_TRANSLATOR_MARK = re.compile(r"^\s*\[[^\]]{1,30}\]\s*")


def _employer(text: _Text) -> tuple[str, list[Word], int | None, str] | None:
    joined = _text_joined(text)
    m = _EMPLOYER_BODY.search(joined)
    if m:
        name = m.group(1).strip(" ,")
        words, page = text.words_for(m.start(1), m.start(1) + len(name))
        return _squash(name), words, page, "wording"
    for pattern in (_EMPLOYER_LINE, _PREFIXED_EMPLOYER_LINE, _CJK_COMPANY, _EMPLOYER_THEN_ADDRESS):
        for at, (line, words, page) in enumerate(text.lines[:6]):
            # A letterhead in two languages gives each its own cell ("ТОВ «ДНІПРО СОФТВОРКС» | DNIPRO
            # SOFTWORKS LLC"): the whole line first, then each cell.
            cells = tf.cells(words, gap=2.0) if len(words) > 1 else []
            for part, part_words in [(line, words)] + [
                (tf.join_words(c), c) for c in cells if len(cells) > 1
            ]:
                if _GROUP_LINE.match(part):
                    continue  # "A member of China Resources Holdings Company Limited" names the group
                # A translation marks what it renders: "[Letterhead] ATELIERS ... SAS".
                lm = pattern.match(_TRANSLATOR_MARK.sub("", part))
                if lm and _addressee(text, at):
                    continue  # "株式会社ジェイエイシー" over "採用ご担当者様": whom the letter is for
                if lm:
                    return lm.group(1).strip(" ,"), part_words, page, "letterhead"
    labelled = _labelled_employer(text)
    if labelled is not None:
        return labelled
    for pattern, method in ((_CJK_EMPLOYER_LABEL, "label"), (_CJK_SEALED_COMPANY, "signature")):
        for line, words, page in text.lines:
            cm = pattern.match(line)
            if cm:
                found, _ = text.words_for(*_line_span(text, line, cm.span(1)))
                return cm.group(1), found or words, page, method
    for (line, words, page), (under, _, _) in itertools.pairwise(text.lines):
        cm = _CJK_COMPANY_LINE.fullmatch(line)
        if cm and _SEAL_MARK_LINE.match(under):
            return cm.group(1), words, page, "signature"
    for line, words, page in text.lines:
        lm = re.search(rf",\s*((?:[A-Z][\w&.'-]*\s+){{1,6}}?{_COMPANY_SUFFIX})\s*$", line)
        if lm:
            return lm.group(1), words, page, "signature"
    return None


# Marks of the addressee in Japanese and Chinese letters: 御中 (to the company), 様/殿 (to the person)
# after the name, 致： before it (not 致远互联, a company's name).
_ADDRESSED_TO = re.compile(r"(?:御中|様|殿)\W*$")
_ADDRESSED_TO_BEFORE = re.compile(r"^\W*致\s*[:：]")


def _addressee(text: _Text, at: int) -> bool:
    """Whether line ``at`` of the letter names whom it is addressed to: marked itself, or over a line
    that is ("株式会社…" over "採用ご担当者様")."""
    line = text.lines[at][0]
    following = text.lines[at + 1][0] if at + 1 < len(text.lines) else ""
    return bool(
        _ADDRESSED_TO.search(line) or _ADDRESSED_TO_BEFORE.search(line) or _ADDRESSED_TO.search(following)
    )


# "单位名称：山西晋阳能源装备有限公司（公章）": a Chinese certificate's own row naming its company.
_CJK_COMPANY_NAME = r"([\u3400-\u9fff（）()]{2,}?(?:有限责任公司|有限責任公司|有限公司|公司|集团|集團))"
_CJK_EMPLOYER_LABEL = re.compile(
    r"^\W*(?:单位名称|單位名稱|公司名称|公司名稱|用人单位|用人單位|工作单位|工作單位)\s*[:：]\s*"
    + _CJK_COMPANY_NAME
)


# The company over its seal at the foot of a Chinese certificate: "南昌赣江智联科技有限公司（盖章）".
_CJK_SEALED_COMPANY = re.compile(r"^\W*" + _CJK_COMPANY_NAME + r"\s*[（(](?:盖章|蓋章|公章|印章)[）)]")
# ... or with the seal's mark on the line under it ("珠海…科技有限公司" / "（盖章）")
_CJK_COMPANY_LINE = re.compile(r"\W*" + _CJK_COMPANY_NAME + r"\W*")
_SEAL_MARK_LINE = re.compile(r"^\W*[（(]?(?:盖章|蓋章|公章|印章)[）)]?\W*$")


def _line_span(text: _Text, line: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` of ``line`` as offsets in the letter's joined text."""
    offset = text.flat.find(line)
    return offset + span[0], offset + span[1]


def _labelled_employer(text: _Text) -> tuple[str, list[Word], int | None, str] | None:
    """The value cell after a "Company" label; of a name in two scripts, the one in brackets in Latin."""
    for _, words, page in text.lines:
        cells = tf.cells(words)
        for label, value in itertools.pairwise(cells):
            if not _EMPLOYER_LABEL.match(tf.join_words(label)):
                continue
            name = _FORMER_NAME.sub("", tf.join_words(value).lstrip(":： "))
            latin = _LATIN_IN_BRACKETS.search(name) if _EAST_ASIAN.search(name) else None
            name = _squash(latin.group(1) if latin else name)
            # A company, not the next heading of a table ("Company | Department | Position"): a legal
            # form, a name in another script, or at least two capitalised words.
            words_in = [t for t in name.split() if t[:1].isupper()]
            # One word may be the company ("Employer: Accenture") unless it heads a table's column.
            one_word = (
                name.split() == words_in[:1] and len(name) >= 4 and name.casefold() not in _HEADING_WORDS
            )
            if re.search(_COMPANY_SUFFIX, name) or _EAST_ASIAN.search(name) or len(words_in) >= 2 or one_word:
                return name, value, page, "label"
    return None


# --- positions -------------------------------------------------------------------------------------


_PRONOUNS = {"he", "she", "they", "i", "we", "it", "which", "that", "who", "his", "her", "their"}


def _is_title_shaped(title: str) -> bool:
    """Could ``title`` be a job title at all? A company's legal form ("AB", "GmbH") or a name is not."""
    tokens = [t.strip(",.;:()") for t in title.split()]
    if not tokens or any(re.search(r"\d", t) for t in tokens):
        return False
    if tokens[0] in _PRONOUNS:  # lower case: "IT Analyst" is a title
        return False  # "the position he currently holds": a clause, not a title
    if any(_is_legal_form(t) for t in title.split()):
        return False
    last = tokens[-1]
    if last.casefold() in {"company", "corporation", "limited"} or re.fullmatch(_HONORIFIC, last):
        return False
    return len(re.sub(r"[^A-Za-z]", "", title)) >= 3


def _is_legal_form(token: str) -> bool:
    """A company's legal form ("AB", "eG", "S.A.", "Ltd", "GMBH").

    Short forms count only as written, so "as" in a sentence is never a suffix.
    """
    token = token.strip(",;:()")
    folded = token.casefold().replace(".", "")
    if re.fullmatch(_SHORT_SUFFIX, token.rstrip(".")):
        return True
    return folded in _LEGAL_WORDS and (len(folded) > 2 or "." in token)


def _title_doubt(title: str) -> str | None:
    """Why a person should confirm a title-shaped phrase: it names no job word ("Regional Platforms")."""
    tokens = [t.strip(",.;:()").casefold() for t in title.split()]
    if any(t in _JOB_NOUNS or t.rstrip("s") in _JOB_NOUNS for t in tokens):
        return None
    if tokens and CHINESE_JOB_ENDING.search(tokens[-1]):
        return None
    return f"'{title}' has no word that names a job"


# Lower-case only: "Of Counsel" and "In-house Legal Counsel" are titles.
_SENTENCE_VERB = re.compile(r"(?:was|is|has|had|held|were|being|as|of|in|at)\b")
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# What a heading row names besides a title: "직위 이력 Position history".
_NOT_A_TITLE = _word_set("history details records record information")


def _latin_title(title: str) -> str:
    """The English of a bilingual title ("会计 Accountant", "팀장 (Team Leader)"): the senior words and
    the other documents are in English; a title in one script is kept as it is."""
    if not _EAST_ASIAN.search(title):
        return title
    # A comma after the other script's part stays: "Section Manager (課長), Connected Vehicle Platform".
    kept = [t if not _EAST_ASIAN.search(t) else ("," if t.endswith(",") else "") for t in title.split()]
    latin = _squash(" ".join(kept).replace(" ,", ",")).strip(" ()（）/|,")
    return latin if len(re.sub(r"[^A-Za-z]", "", latin)) >= 3 else title


def _positions(text: _Text, pages: Sequence[Page], conv: _Convention) -> list[Position]:
    bullets = _bullet_positions(text, pages, conv)
    if bullets:
        return bullets
    rows = _period_first_positions(text, pages, conv)
    if rows:
        # "held the following positions: D - D  QA Engineer ... Since 1 January 2023 he has served
        # as Head of Quality Assurance": a role the prose names as held now comes after the rows.
        titles = {row.title for row in rows}
        # Not when a row is still running: then the prose's role is one of the rows' past.
        later = [
            p
            for p in _prose_positions(text, pages, conv)
            if p.rank >= 2 and p.title not in titles and not any(row.ongoing for row in rows)
        ]
        for position in later:
            position.rank = 3  # after every row, whatever start the prose gave it
        return rows + later
    for finder in (_table_positions, _labelled_positions, _prose_positions, _chinese_positions):
        found = finder(text, pages, conv)
        if found:
            return found
    return []


def _chinese_positions(text: _Text, pages: Sequence[Page], conv: _Convention) -> list[Position]:
    """The post and period of a Chinese certificate's sentence (see ``chinese_letter``)."""
    chinese = read_chinese_employment(_text_joined(text))
    if chinese is None or chinese.title is None:
        return []
    words, page = text.words_for(chinese.title.start, chinese.title.end)
    start, end = (_chinese_day(text, span, conv) for span in (chinese.start, chinese.end))
    ongoing = chinese.ongoing or (start is not None and end is None and chinese.end is None)
    title = _squash(chinese.title.text)
    return [Position(title, start, end, ongoing, words, page, _title_doubt(title), rank=2)]


def _chinese_day(text: _Text, span: Span | None, conv: _Convention) -> _Day | None:
    if span is None:
        return None
    days = [d for d in _find_dates(span.text, conv) if d.parsed.precision in ("day", "month")]
    if len(days) != 1:
        return None
    day = days[0]
    parsed = replace(day.parsed, start=span.start + day.start, end=span.start + day.end)
    return _placed(text, replace(day, parsed=parsed))


def _bullet_positions(text: _Text, pages: Sequence[Page], conv: _Convention) -> list[Position]:
    found: list[Position] = []
    for line, words, page in text.lines:
        m = _BULLET.search(line)
        if not m:
            continue
        start = _first_date(m.group(2), conv)
        ongoing = bool(_ONGOING.match(m.group(3).strip(" .")))
        end = None if ongoing else _whole_date(m.group(3), conv)
        if start is None or (end is None and not ongoing):
            continue  # a sentence that runs on after "to <date>" is prose, not a row of positions
        title, title_words = m.group(1).strip(" ,"), list(words)
        if title[:1].islower():
            # A tilted photo splits a row: "Director" / "of Research, from ..." — rejoin the row.
            title, title_words = _rejoin_left(pages, page, words, title)
        if not _is_title_shaped(title):
            continue
        found.append(Position(title, start, end, ongoing, title_words, page, _title_doubt(title)))
    return found


# East Asian forms write a period with a tilde: "2014.03.03 ~ 2018.02.28".
_LEAVE = re.compile(r"\b(?:leave|sabbatical|absence|career\s+break|holiday)\b", re.IGNORECASE)
_SPAN_DASH = re.compile(r"\s*(?:[-–—~～]|\bto\b)\s*")
_SPAN_ONGOING = re.compile(r"(?:present|now|to\s+date|date|today)\b\.?", re.IGNORECASE)


def _period_first_positions(text: _Text, pages: Sequence[Page], conv: _Convention) -> list[Position]:
    """Rows that give the period before the title: "01.03.2017 - 30.06.2020    QA Engineer"."""
    found: list[Position] = []
    for line, words, page in text.lines:
        start = _first_date(line, conv)
        if start is None or line[: start.start].strip(" •·-*"):
            continue
        dash = _SPAN_DASH.match(line, start.end)
        if dash is None:
            continue
        rest = line[dash.end() :]
        ongoing = _SPAN_ONGOING.match(rest)
        end = None if ongoing else _first_date(rest, conv)
        if ongoing is None and (end is None or end.start > 0):
            continue
        title = rest[ongoing.end() if ongoing else end.end if end else 0 :].strip(" :,-–|")
        # The title is its own cell: "01.07.2020 - present | Senior QA Engineer | Berlin".
        cells = tf.cells(words)
        title_cell = next((c for c in cells if title.startswith(tf.join_words(c).strip(" :,-–|"))), None)
        if title_cell is not None and len(cells) > 2:
            title = tf.join_words(title_cell).strip(" :,-–|")
        title = _latin_title(title)
        if not title[:1].isupper() or not _is_title_shaped(title) or _find_dates(title, conv):
            continue
        found.append(
            Position(title, start, end, bool(ongoing), title_cell or words, page, _title_doubt(title))
        )
    if found and all(p.doubt for p in found) and any(_LEAVE.search(p.title) for p in found):
        return []  # "2020.02.01 ~ 2020.07.31  Maternity Leave": periods of something other than posts
    return found or _period_last_positions(text, conv)


def _period_last_positions(text: _Text, conv: _Convention) -> list[Position]:
    """A form's cells that give the title, then its period: "Positions held | Software Developer,
    01.09.2015 - 30.06.2018" / "| Team Lead, Payments Platform, 01.07.2018 - 31.05.2022". Needs two
    such rows: one is a single sentence's business."""
    found: list[Position] = []
    for _, words, page in text.lines:
        for cell in tf.cells(words):
            cell_text = tf.join_words(cell)
            m = _TITLE_THEN_SPAN.match(cell_text)
            if m is None:
                continue
            start = _first_date(m.group("start"), conv)
            ongoing = bool(_SPAN_ONGOING.fullmatch(m.group("end")))
            end = None if ongoing else _first_date(m.group("end"), conv)
            # "Position: Technical Lead, 01.06.2018 - 31.03.2024": the row's label is no part of it.
            title = re.sub(r"^[^:]{1,30}:\s*", "", m.group("title")).strip(" ,")
            if start is None or (end is None and not ongoing):
                continue
            if not _is_title_shaped(title) or _find_dates(title, conv):
                continue
            if _title_doubt(title):
                return []  # "Maternity Leave, D - D": periods of something other than posts
            found.append(Position(title, start, end, ongoing, cell, page, None))
    return found if len(found) >= 2 else []


_TITLE_THEN_SPAN = re.compile(
    r"^(?P<title>[A-Z][^\d]{2,80}?),?\s+(?P<start>\d{1,2}[./-]\d{1,2}[./-]\d{4})\s*[-–—]\s*"
    r"(?P<end>\d{1,2}[./-]\d{1,2}[./-]\d{4}|(?i:present|now|to\s+date|date|today))\s*\.?$"
)


def _whole_date(text: str, conv: _Convention) -> _Day | None:
    """The date that makes up ``text`` (trailing punctuation aside), or None when more follows it."""
    day = _first_date(text, conv)
    if day is None or len(text[day.end :].strip(" .,;)")) > 2:
        return None
    return day


def _rejoin_left(
    pages: Sequence[Page], page_no: int, words: list[Word], title: str
) -> tuple[str, list[Word]]:
    page = next(p for p in pages if p.number == page_no)
    first = words[0]
    h = tf.height(first.bbox)
    slope = tf.page_slope(page)
    left = [
        w
        for w in page.words
        if w.bbox[2] <= first.bbox[0] + 1
        and first.bbox[0] - w.bbox[2] <= 3 * h
        and abs(tf.centre_y(w.bbox) - (tf.centre_y(first.bbox) - slope * (first.bbox[0] - w.bbox[2])))
        <= 0.9 * h
    ]
    if not left:
        return title, words
    left.sort(key=lambda w: w.bbox[0])
    return " ".join(w.text for w in left) + " " + title, [*left, *words]


def _first_date(text: str, conv: _Convention) -> _Day | None:
    dates = _find_dates(text, conv)
    return dates[0] if dates else None


def _table_positions(text: _Text, pages: Sequence[Page], conv: _Convention) -> list[Position]:
    """Rows of a Position | From | To table: the title is the text left of the first date."""
    out: list[Position] = []
    for page in pages:
        # "Position:" with its value beside it is a form's row, not a table's heading.
        heads = [
            hd
            for hd in tf.find_labels(page, ("Position",))
            if not hd.words[-1].text.endswith(":") and _own_cell(page, hd) and not _colon_after(page, hd)
        ]
        for head in heads:
            h = tf.height(head.bbox)
            rows = tf.below(page, head, max_rows=6, slack=40.0)
            for row in rows:
                row_all = _full_row(page, row, h)
                line = tf.join_words(row_all)
                dates = _find_dates(line, conv)
                ongoing = bool(re.search(r"\b(present|to date|current)\b", line, re.IGNORECASE))
                if not dates:
                    if out:
                        break
                    continue
                title = line[: dates[0].start].strip(" :,-–")
                if not title or not re.match(r"[A-Z]", title) or not _is_title_shaped(title):
                    continue
                if any(p.match(title + ":") for p in (_START_LABEL, _END_LABEL, _LETTER_DATE_LABEL)):
                    continue  # "Employed since: 2018-03-12" is a dated label, not a title
                end = dates[1] if len(dates) > 1 else None
                out.append(Position(title, dates[0], None if ongoing else end, ongoing, row_all, page.number))
            if out:
                return out
    return out


def _colon_after(page: Page, hit: tf.LabelHit) -> bool:
    """Whether the next word on the heading's row opens with a colon ("Position   : Head of BI")."""
    right = [w for w in page.words if w.line == hit.line and w.bbox[0] >= hit.bbox[2] - 1]
    return bool(right) and min(right, key=lambda w: w.bbox[0]).text.startswith((":", "："))


def _own_cell(page: Page, hit: tf.LabelHit) -> bool:
    """Whether a heading stands in a cell of its own, not inside a sentence ("holds the position of")."""
    h = tf.height(hit.bbox)
    row = [w for w in page.words if w.line == hit.line and w not in hit.words]
    near = [
        w for w in row if -2 * h < w.bbox[0] - hit.bbox[2] < 2 * h or -2 * h < hit.bbox[0] - w.bbox[2] < 2 * h
    ]
    return not near


def _full_row(page: Page, row: list[Word], h: float) -> list[Word]:
    # A table row is wider than the heading's column: take every word on the row's level.
    y = sum(tf.centre_y(w.bbox) for w in row) / len(row)
    slope = tf.page_slope(page)
    x = (row[0].bbox[0] + row[-1].bbox[2]) / 2
    same = [
        w
        for w in page.words
        if abs(tf.centre_y(w.bbox) - (y + slope * ((w.bbox[0] + w.bbox[2]) / 2 - x))) <= 0.6 * h
    ]
    return sorted(same, key=lambda w: w.bbox[0])


def _labelled_positions(text: _Text, pages: Sequence[Page], conv: _Convention) -> list[Position]:
    """A verification form's rows: "Job Title | ...", "Date of Hire | ...", "End Date | ..."."""
    for line, words, page in text.lines:
        m = _TITLE_LABEL.match(line)
        if not m:
            continue
        title = _latin_title(_squash(m.group(1)))
        if not _is_title_shaped(title) or _find_dates(title, conv) or title.casefold() in _NOT_A_TITLE:
            continue
        if _SENTENCE_VERB.match(title):
            continue  # "last position was Senior Analyst in ...": a wrapped sentence, not a form's row
        title_words = _Text([(line, words, page)]).words_for(m.start(1), m.end(1))[0]
        start, end, ongoing = _period(text, conv)
        doubt = _title_doubt(title)
        return [Position(title, start, end, ongoing, title_words or words, page, doubt, rank=2)]
    return []


def _prose_positions(text: _Text, pages: Sequence[Page], conv: _Convention) -> list[Position]:
    """Titles named in sentences ("as Senior Product Manager", "promoted to Team Lead, Energy Trading")."""
    joined = _text_joined(text)
    body = _CLOSING.split(joined)[0]
    seen: dict[str, Position] = {}
    for trigger, rank, explicit in _TITLE_TRIGGERS:
        for m in trigger.finditer(body):
            position = _title_after(text, joined, m.end(), rank, explicit, conv, m.group(0))
            if position and position.title not in seen:
                seen[position.title] = position
    if not seen:
        return []
    start, end, ongoing = _period(text, conv)
    _mark_present(joined, seen)
    # "promoted to Senior Engineer on 1 April 2016 and later to Engineering Manager": a title the
    # letter names after a dated one came no earlier than it, not at the employment's start.
    dated = None
    for position in sorted(seen.values(), key=lambda p: joined.find(p.title)):
        if position.start is None and dated is not None:
            position.start = dated
        dated = position.start or dated
    # The current role last: named so by its wording ("promoted to"), else the last one the letter names.
    ordered = sorted(seen.values(), key=lambda p: (p.rank, joined.find(p.title)))
    for position in ordered:
        # A title without its own date began with the employment; the employment's first day is
        # the first title's start whatever date a role change gives.
        # "since 6 March 2017" is the same start as a first title's "from March 2017", said more precisely.
        same_month = (
            start is not None and position.start is not None and start.value.startswith(position.start.value)
        )
        if (
            position.start is None
            or same_month
            or (start and start.value < position.start.value and position is ordered[0])
        ):
            position.start = start
    ordered[-1].end, ordered[-1].ongoing = end, ongoing
    return ordered


# "currently working as X", "presently designated as X": the marker within a few words before it.
_PRESENT_BEFORE = re.compile(
    r"\b(?:currently|presently|now|at\s+present)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# "X, a position he holds to present", "X ... till date": the marker right after the title.
_PRESENT_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:to\s+(?:the\s+)?present|to\s+date|till\s+date|until\s+now"
    r"|(?:position|role|post|which|that)\s+(?:he|she|they)\s+(?:currently\s+|still\s+)?holds?)\b",
    re.IGNORECASE,
)


_CLAUSE_JOIN = re.compile(r"\s(?:and|but)\s")


def _mark_present(joined: str, seen: dict[str, Position]) -> None:
    """Rank a title highest when its own clause says it is held now ("a position he holds to present").

    The clause runs from the title's sentence start (or the previous title) to the sentence end, the
    next title or an "and", so a later "currently" about another title does not count for this one.
    """
    places = sorted((joined.find(title), title) for title in seen)
    for i, (at, title) in enumerate(places):
        begin = max(_sentence_start(joined, at), places[i - 1][0] + len(places[i - 1][1]) if i else 0)
        stop = _SENTENCE_END.search(joined, at + len(title))
        finish = min(
            stop.end(1) if stop else len(joined), places[i + 1][0] if i + 1 < len(places) else len(joined)
        )
        # "promoted to X ..., and is presently designated as Y": after "and" the clause is Y's.
        conjunction = _CLAUSE_JOIN.search(joined, at + len(title), finish)
        finish = conjunction.start() if conjunction else finish
        if _PRESENT_BEFORE.search(joined[begin:at]) or _PRESENT_AFTER.search(
            joined[at + len(title) : finish]
        ):
            seen[title].rank = max(seen[title].rank, 3)


_UNIT_AFTER_TITLE = r"\s+(?:of|in)\s+the\s+[\w &]+(?:Department|Division|Team|Unit|Office|Group)$"


# French titles are written in sentence case ("Chef de projet informatique", "Responsable des
# achats"): after a French trigger the title runs on over lower-case words to the clause's end.
_FRENCH_TRIGGER = re.compile(r"poste|fonctions|qualité|tant que|promue?|nommée?", re.IGNORECASE)
_FRENCH_TITLE = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?!(?:depuis|dans|au|aux|à|chez|pour|en|et|avec|le|la|les|il|elle|où|qui)\b)"
    r"[\w'’-]+){0,6}"
)


def _title_after(
    text: _Text, joined: str, at: int, rank: int, explicit: bool, conv: _Convention, trigger: str = ""
) -> Position | None:
    french = bool(_FRENCH_TRIGGER.search(trigger))
    m = (_FRENCH_TITLE if french else re.compile(rf"{_TITLE}{_TITLE_TAIL}")).match(joined, at)
    if not m:
        return None
    title = re.sub(r"(?:\s+(?:of|and|&|for|the|de))+$", "", _squash(m.group(0))).strip(" ,")
    # "Finance Manager of the Finance Department": the unit after "of the" is where, not what.
    # Unless that leaves a bare "Manager": then the unit is what the title manages.
    unitless = re.sub(_UNIT_AFTER_TITLE, "", title)
    title = unitless if len(unitless.split()) > 1 else title
    doubt = _title_doubt(title)
    sentence = joined[_sentence_start(joined, at) : at]
    # A bare "as X" counts only in an employment sentence and when X names a job ("such as", "as Singapore").
    if not _is_title_shaped(title) or (not explicit and (doubt or not _EMPLOYMENT_CONTEXT.search(sentence))):
        return None
    words, page = text.words_for(m.start(), m.start() + len(title))
    # The wording dates the role after its title, or within the words that named it ("Since 1 April
    # 2020 she has served as", "promoted on 1 January 2020 to").
    since = _role_start(joined[m.end() : m.end() + 60], conv) or _trigger_date(trigger, conv)
    return Position(title, since, None, False, words, page, doubt, rank=rank)


def _trigger_date(trigger: str, conv: _Convention) -> _Day | None:
    """The date that opens the words naming a role ("Since 1 April 2020 she has", "promoted on 1 May
    2019 to"); not a date later in them ("Since graduating in June 2010 she has worked as")."""
    m = _TRIGGER_DATED.match(trigger)
    return _leading_day(trigger[m.end() :], conv) if m else None


_TRIGGER_DATED = re.compile(
    r"\s*(?:[Ss]ince|promoted\s+(?:on|in|with\s+effect\s+from|effective))\s+(?=\d|[A-Z][a-z]+\s+\d)"
)


def _role_start(after: str, conv: _Convention) -> _Day | None:
    """The date a role began, when the wording gives it right after the title ("with effect from D")."""
    m = re.match(r"\W*(?:with\s+effect\s+from|effective(?:\s+from)?|since|from|on|as\s+of)\s+", after, re.I)
    return _leading_day(after[m.end() :], conv) if m else None


def _period(text: _Text, conv: _Convention) -> tuple[_Day | None, _Day | None, bool]:
    """(first day, last day or None, still employed) of the employment as the letter states it."""
    start, end = _prose_period(_CLOSING.split(_text_joined(text))[0], conv)
    # A rehired employee's current stint starts at the "Most Recent Hire Date", not the original one.
    start = (
        _labelled_day(text, _RECENT_START_LABEL, conv)
        or _labelled_day(text, _START_LABEL, conv)
        or _placed(text, start)
    )
    end = _labelled_day(text, _END_LABEL, conv) or _placed(text, end)
    return start, end, end is None


def _placed(text: _Text, day: _Day | None) -> _Day | None:
    """``day`` with the words it was read from (its offsets are in the letter's joined text)."""
    if day is None:
        return None
    words, page = text.words_for(day.start, day.end)
    return replace(day, words=tuple(words), page=page)


# Saudi letters give each date in both calendars: "from 15/01/2018G (28/04/1439H) until 30/06/2024G".
# The Hijri date and the G mark stand between the two dates of a period: they are blanked.
_OTHER_CALENDAR = re.compile(r"\(\s*\d{1,2}/\d{1,2}/1[34]\d{2}\s*H\s*\)|(?<=\d{4})G\b")


def _prose_period(body: str, conv: _Convention) -> tuple[_Day | None, _Day | None]:
    """The employment's start and end from "since D", "from D to D", "joined ... on D"."""
    starts: list[_Day] = []
    ends: dict[int, _Day] = {}
    previous: _Day | None = None
    body = _OTHER_CALENDAR.sub(lambda m: " " * len(m.group(0)), body)
    for day in _find_dates(body, conv):
        before = body[max(0, day.start - 40) : day.start]
        kind = _date_kind(body, day)
        gap = len(" ".join(body[previous.end : day.start].split())) if previous else 0
        if kind == "employment" and _START_CUE.search(before):
            starts.append(day)
        elif previous is not None and gap <= 12 and _END_CUE.search(before):
            ends[previous.start] = day
        elif starts and kind == "employment" and _UNTIL.search(before) and _same_stint(body, starts[-1], day):
            # "joined our company on D and worked as X in the Y Department until D"
            ends.setdefault(starts[-1].start, day)
        elif starts and _LEFT_ON.search(before):
            # "... from July 2, 2018. He resigned for personal reasons on March 31, 2023"
            ends.setdefault(starts[-1].start, day)
        previous = day if kind in ("employment", "role") else None
    if not starts:
        return None, None
    # Of starts in one month, the dated one: "since 6 March 2017" over "from March 2017".
    first = min(starts, key=lambda d: (d.value[:7], d.parsed.precision != "day"))
    return first, ends.get(first.start)


_LEFT_ON = re.compile(
    r"\b(?:resigned|left\s+(?:the|our)\s+(?:company|firm|organi[sz]ation|employ)|left\s+us)\b[^.;]{0,40}?\bon\s*$",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"\b(?:until|till|up\s+to)(?:\s+the)?\s*$", re.IGNORECASE)
# Between a start and an "until" date these make the date another thing's end: a contract's, a visa's.
_NOT_THE_STINT = re.compile(
    r"\b(?:valid\w*|contract\w*|expir\w*|visa|permit|probation\w*|will|shall|second\w*|assign\w*"
    r"|project|transfer\w*|posted|deploy\w*|promot\w*|currently)\b",
    re.I,
)
_WORKED = re.compile(r"\b(?:worked|served|was\s+employed|remained\s+with\s+us|stayed)\b", re.I)


def _same_stint(body: str, start: _Day, end: _Day) -> bool:
    """Whether ``end`` closes the employment ``start`` opened: the same sentence, nothing else ending."""
    between = body[start.end : end.start]
    after = body[end.end : end.end + 40]  # "until 30 June 2021, when he was promoted to ..."
    return (
        _sentence_start(body, end.start) <= start.start
        and bool(_WORKED.search(body[_sentence_start(body, start.start) : end.start]))
        and not _NOT_THE_STINT.search(between)
        and not _NOT_THE_STINT.search(after)
    )


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins; "Mr. Wang" or "Pvt. Ltd." does not end one."""
    ends = [m for m in _SENTENCE_END.finditer(text, 0, at) if m.group(1).casefold() not in _ABBREVIATIONS]
    return ends[-1].end() if ends else 0


def _date_kind(body: str, day: _Day) -> str:
    """What the nearest verb before a date in its sentence makes of it: employment, role, other."""
    verbs = list(_VERB_KIND.finditer(body, _sentence_start(body, day.start), day.start))
    if not verbs:
        return "other"
    last = verbs[-1]
    return "employment" if last.group(1) else "role" if last.group(2) else "other"


# --- country ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    code: str
    words: list[Word]
    page: int | None
    city: str | None
    source: str  # "wording" (where the employee works) or "address" (the letterhead)
    weak: bool = False


def _country(text: _Text) -> tuple[str, list[Word], int | None, str | None, str | None] | None:
    """Country (ISO alpha-3) from the work place the letter names, else from its address lines.

    Returns (code, words, page, city, doubt): a doubt when the letter names more than one country or
    only a place that is also a US state.
    """
    places = _work_places(text) + _address_places(text)
    if not places:
        return _phone_country(text) or _simplified_chinese_country(text)
    best = places[0]
    others = sorted({p.code for p in places} - {best.code})
    doubt = None
    if others:
        doubt = f"the letter also names {', '.join(others)}"
    elif best.weak:
        doubt = "the place name is also a US state"
    return best.code, best.words, best.page, best.city, doubt


def _phone_country(text: _Text) -> tuple[str, list[Word], int | None, str | None, str | None] | None:
    """A letter that names no place: the country of the international phone number it prints
    ("Tel: +86 791 8512 6630"), for a person to confirm (a head office's number may be abroad)."""
    flat = _text_joined(text)
    for match in phonenumbers.PhoneNumberMatcher(flat, None, leniency=phonenumbers.Leniency.POSSIBLE):
        region = phonenumbers.region_code_for_number(match.number)
        country = pycountry.countries.get(alpha_2=region) if region else None
        if country is not None:
            words, page = text.words_for(match.start, match.end)
            doubt = f"no place is named; the country of the phone number {match.raw_string}"
            return str(country.alpha_3), words, page, None, doubt
    return None


def _simplified_chinese_country(
    text: _Text,
) -> tuple[str, list[Word], int | None, str | None, str | None] | None:
    """A certificate in simplified Chinese that names no place: mainland China, for a person to
    confirm (Singapore and Malaysia write simplified Chinese too)."""
    if not written_in_simplified(text.flat):
        return None
    heading = next(((words, page) for line, words, page in text.lines if tf.has_cjk(line)), ([], None))
    return "CHN", heading[0], heading[1], None, "no place is named; the letter is in simplified Chinese"


def _work_places(text: _Text) -> list[_Place]:
    joined = _text_joined(text)
    places: list[_Place] = []
    for m in re.finditer(r"\bin\s+([A-Z][\w .'-]+?),\s+((?:[A-Z][\w.'-]*\s?){1,4})", joined):
        candidate = m.group(2).strip(" .,")
        code = _country_code(candidate)
        if code:
            words, page = text.words_for(m.start(2), m.start(2) + len(candidate))
            places.append(_Place(code, words, page, m.group(1).strip(), "wording"))
    for line, words, page in text.lines:
        lm = _WORK_PLACE_LABEL.match(line)
        if lm:
            places.extend(_segment_places(lm.group(1), words, page, "wording"))
    for m in re.finditer(r"\b(?:in|at)\s+((?:[A-Z][\w'-]*\s?){1,3})", joined):
        name = m.group(1).strip()
        code, weak = _country_exact(name)
        if code:
            words, page = text.words_for(m.start(1), m.start(1) + len(name))
            places.append(_Place(code, words, page, None, "wording", weak))
    return places


_TRANSLATOR = re.compile(r"\b(?:translated|translation|translator)\b", re.IGNORECASE)
# "To: Immigration Department, Hong Kong" (the addressee), "본점 / Head Office: ... Seoul".
_NOT_THE_WORK_PLACE = re.compile(r"^\W*To\b\s*:|\bHead\s+Office\b|본점|本店|總行|总行", re.IGNORECASE)


def _address_places(text: _Text) -> list[_Place]:
    places: list[_Place] = []
    for i, line_words_page in enumerate(text.lines):
        line, words, page = line_words_page
        if _TRANSLATOR.search(line) or _NOT_THE_WORK_PLACE.search(line):
            continue  # the translator's office, the addressee, a foreign head office: not the place of work
        # Cell by cell: "... Tel Aviv 6971012, Israel" then, a wide gap on, "Tel. +972-3-766-1200".
        found = []
        for cell in tf.cells(words) if len(words) > 1 else [words]:
            cell_text = tf.join_words(cell)
            found += _segment_places(cell_text, cell, page, "address") + _us_places(cell_text, cell, page)
        if not found and i < 3:
            found = _letterhead_country(line, words, page)
        places.extend(found or _chinese_address(line, words, page) or _korean_address(words, page))
    return places


# A Chinese address names its province or municipality; Hong Kong, Macau and Taiwan are not the CHN
# of an address ("河南省郑州市经开区第九大街36号").
_CN_PROVINCE = re.compile(
    r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海)省"
    r"|(?:内蒙古|广西(?:壮族)?|西藏|宁夏(?:回族)?|新疆(?:维吾尔)?)自治区|(?:北京|上海|天津|重庆)市"
)
_CN_ELSEWHERE = re.compile(
    r"香港|澳門|澳门|台灣|台湾|臺灣|台北|臺北|新北|桃园|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉义|嘉義|宜兰|宜蘭|花莲|花蓮"
)
_CN_CITY_DISTRICT = re.compile(r"(?<=地址)[：:]?\s*[\u4e00-\u9fff]{2,5}市[\u4e00-\u9fff]{1,5}区")
# An address line: a province is named with a city, district, road or number.
_CN_ADDRESS = re.compile(r"[市区县路街道号]")


def _chinese_address(line: str, words: list[Word], page: int) -> list[_Place]:
    # A labelled address in simplified characters names a mainland city and district without its
    # province: "地址：深圳市南山区粤海街道..." (Taiwan writes 區 and 號, Hong Kong and Macau say so).
    m = _CN_PROVINCE.search(line) or _CN_CITY_DISTRICT.search(line)
    if m is None or _CN_ELSEWHERE.search(line) or not _CN_ADDRESS.search(line[m.end() :]):
        return []
    if "地址" not in line and re.search(r"[。，；]", line):
        return []  # a sentence that mentions a province ("负责本公司在广东省深圳市的业务。") is no address
    span = [w for w in words if m.group(0) in w.text] or words
    return [_Place("CHN", span, page, None, "address")]


# A Korean address opens with its metropolitan city or province and then a city, county or district
# ("서울특별시 마포구 ...", "경기도 수원시 영통구 ..."): written in Hangul, it is in Korea.
_KR_ADDRESS = re.compile(
    r"(?:^|\s)(?:(?:서울|부산|대구|인천|광주|대전|울산)(?:특별시|광역시)|세종특별자치시"
    r"|(?:경기|강원|충청북|충청남|전라북|전라남|경상북|경상남)도|(?:제주|강원|전북)특별자치도)"
    r"\s+[가-힣]{1,6}(?:시|군|구)(?:\s|$)"
)


def _korean_address(words: list[Word], page: int) -> list[_Place]:
    for cell in tf.cells(words) if len(words) > 1 else [words]:
        m = _KR_ADDRESS.search(" ".join(w.text for w in cell))
        if m:
            span = [w for w in cell if w.text in m.group(0)] or cell
            return [_Place("KOR", span, page, None, "address")]
    return []


def _letterhead_country(line: str, words: list[Word], page: int) -> list[_Place]:
    """A letterhead written on one line without commas ends with its country ("20457 Hamburg Germany")."""
    tokens = line.split()
    for n in (2, 1):
        name = " ".join(tokens[-n:]).strip(" .")
        code, weak = _country_exact(name) if len(tokens) > n else (None, False)
        if code:
            return [_Place(code, words[-n:], page, None, "address", weak)]
    return []


def _us_places(line: str, words: list[Word], page: int) -> list[_Place]:
    """A US address writes "City, ST 12345": a state's postal code before a ZIP code names the USA."""
    places: list[_Place] = []
    for m in _US_CITY_STATE_ZIP.finditer(line):
        if pycountry.subdivisions.get(code=f"US-{m.group(2)}") is not None:
            span = _Text([(line, words, page)]).words_for(m.start(2), m.end())[0]
            places.append(_Place("USA", span or words, page, m.group(1), "address"))
    return places


def _segment_places(line: str, words: list[Word], page: int, source: str) -> list[_Place]:
    """Country names among the comma-separated parts of an address ("417 56 Göteborg, Sweden")."""
    places: list[_Place] = []
    # A letterhead also runs its parts together with spaced dashes ("Lyon, France - RCS Lyon ...").
    segments = [s.strip() for s in re.split(r"[,|·]|\s[-–—]\s", line)]
    for i, segment in enumerate(segments):
        name = re.sub(r"[\d#-]+", " ", segment).strip(" .")
        if i == len(segments) - 1:
            name = _country_before_codes(name)
        code, weak = _country_exact(_squash(name))
        if code:
            city = re.sub(r"[\d#-]+", " ", segments[i - 1]).strip() if i else None
            span = [w for w in words if w.text.strip(",.") in name.split()]
            places.append(_Place(code, span or words, page, city, source, weak))
    return places


# What an address line runs on with after its country: a registry code in capitals, a phone number.
# (Two capitals are a state's code: "Lebanon NH 03766" is in New Hampshire.)
_AFTER_COUNTRY = re.compile(r"^(?:[A-Z]{3,}\W*|[+(].*|Tel\.?:?|Fax\.?:?|Phone:?|E-?mail:?)$")


def _country_before_codes(segment: str) -> str:
    """ "Ukraine EDRPOU  +380 ..." -> "Ukraine": the last part of an address, cut where the company's
    codes or phone begin. Only there: "Jordan Road" earlier in an address stays a street."""
    tokens = segment.split()
    for n in range(1, min(3, len(tokens) - 1) + 1):
        name = " ".join(tokens[:n]).rstrip(".")  # "... Guangdong, China.  Tel: +86 ..."
        if _AFTER_COUNTRY.match(tokens[n]) and _country_exact(name)[0]:
            return name
    return segment


def _country_exact(name: str) -> tuple[str | None, bool]:
    """The code of a place written as a country name (no fuzzy match: an address is full of names)."""
    if name in country_aliases():
        return country_aliases()[name], False
    if len(name) <= 3:  # "CA", "WA", "IN" are states and words before they are countries
        return None, False
    try:
        code = str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None, False
    return code, name in _AMBIGUOUS_PLACES


def _country_code(name: str) -> str | None:
    words = name.split()
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n]).strip(" .,")
        if candidate in country_aliases():
            return country_aliases()[candidate]
        try:
            return str(pycountry.countries.lookup(candidate).alpha_3)
        except LookupError:
            try:
                matches = pycountry.countries.search_fuzzy(candidate) if len(candidate) >= 5 else []
            except LookupError:
                matches = []
            if len(matches) == 1 and candidate.lower() in matches[0].name.lower():
                return str(matches[0].alpha_3)
    return None


# --- letter date -----------------------------------------------------------------------------------


# Words that show the letter's body has begun, so a date after them is no letter date: English, and the
# French, Spanish and German of "born" and "since" ("née le 3 février 1990").
_BODY_STARTS = re.compile(
    r"\b(?:since|from|employed|joined|hired|appointed|born|birth|née?|nacid[oa]|geboren|atteste|certifie"
    r"|ingres\w*|labor\w*|recrutée?|embauchée?|entrée|sortie)\b"
    # "depuis le 2 mai", "desde el 15 de marzo": not a slogan's "desde 1950"
    r"|\b(?:depuis|desde|seit|sedan|siden)\s+(?:le\s+|el\s+|dem\s+)?\d"
    # Scandinavian letters: "Härmed intygas att ... är anställd ... sedan 2014-03-17"
    r"|\b(?:intygas|anställd\w*|ansatt\w*|ansat)\b",
    re.IGNORECASE,
)


def _letter_date(text: _Text, conv: _Convention) -> _Day | None:
    labelled = _labelled_day(text, _LETTER_DATE_LABEL, conv)
    if labelled:
        return labelled
    # Otherwise the first full date written on a line of its own or beside the reference, before the body.
    for line, words, page in text.lines:
        if _BODY_STARTS.search(line) or _CJK_EMPLOYMENT.search(line):
            break
        if _START_LABEL.match(line) or _END_LABEL.match(line) or _OTHER_DATE_LABEL.match(line):
            break  # a form's dated rows: the employment's dates, not the letter's
        dates = [d for d in _find_dates(line, conv) if d.parsed.precision == "day"]
        before = line[: dates[0].start] if dates else ""
        if dates and _EAST_ASIAN.search(before) and not _DATE_WORD.search(before):
            continue  # "생년월일 1990년 5월 17일", "入职日期 ...": a labelled row's date, not the letter's
        dash = _SPAN_DASH.match(line, dates[0].end) if dates else None
        if dash and (
            (len(dates) > 1 and dates[1].start == dash.end()) or _SPAN_ONGOING.match(line, dash.end())
        ):
            break  # a row of the career's periods ("2012.04.02 ~ 2016.12.31  Design Engineer")
        if dates:
            return replace(dates[0], words=tuple(words), page=page)
    # European letters date themselves by the signature: "Hamburg, 30 June 2024" on its own line.
    for line, words, page in text.lines:
        if _PLACE_AND_DATE.match(line):
            dates = [d for d in _find_dates(line, conv) if d.parsed.precision == "day"]
            if len(dates) == 1:
                return replace(dates[0], words=tuple(words), page=page)
    # "Issued in Lyon on 30 June 2022", "Done at Geneva this 3rd day of May 2021": the letter's own
    # wording of where and when it was made.
    for line, words, page in text.lines:
        im = _ISSUED_AT_ON.search(line)
        dates = [d for d in _find_dates(line[im.end() :], conv) if d.parsed.precision == "day"] if im else []
        if dates and dates[0].start <= 3:
            return replace(dates[0], words=tuple(words), page=page)
    # Or in the signature block, a date standing in a cell of its own beside the issuing department
    # ("HR Division    2024-01-05"): only a line that is little more than the date, never prose.
    for line, words, page in reversed(text.lines[-4:]):
        dates = [d for d in _find_dates(line, conv) if d.parsed.precision == "day"]
        if len(dates) != 1 or _START_LABEL.match(line) or _END_LABEL.match(line):
            continue
        rest = (line[: dates[0].start] + line[dates[0].end :]).split()
        if len(rest) <= 4 and not re.search(r"\b(?:was|is|were|paid|on|from|to|until|since)\b", line, re.I):
            date_words = [w for w in words if re.search(r"\d", w.text)]
            return replace(dates[0], words=tuple(date_words or words), page=page)
    return _date_under_seal(text, conv)


# A letter's own date labelled in English, Chinese, Japanese or Korean ("Date 日期:", 发证日期, 발행일).
_DATE_WORD = re.compile(r"(?i)\bdate\b|日期|発行|발행일|발급일|작성일")
_SEAL = re.compile(r"盖章|蓋章|（章）|\(章\)|公章|\bseal\b", re.IGNORECASE)


def _date_under_seal(text: _Text, conv: _Convention) -> _Day | None:
    """A Chinese certificate dates itself under its seal ("...有限公司（盖章）" / "2026年10月20日"),
    also when a translation follows it on the page."""
    for i, (line, words, page) in enumerate(text.lines):
        dates = [d for d in _find_dates(line, conv) if d.parsed.precision == "day"]
        if len(dates) != 1 or len(line.replace(" ", "")) > len(dates[0].parsed.value) + 4:
            continue  # only a line that is the date itself
        if any(_SEAL.search(prev) for prev, _, _ in text.lines[max(0, i - 2) : i]):
            return replace(dates[0], words=tuple(words), page=page)
    return None


# "Confirmation Date :", "Effective Date:": a form's row dating the employment, not the letter
# ("Print Date:" and "Letter Issue Date:" date the letter).
_OTHER_DATE_LABEL = re.compile(
    r"^\W*(?:[A-Za-z]+\s+){0,2}(?:Confirmation|Effective|Probation|Appointment|Transfer|Promotion|Resignation"
    r"|Exit|Retirement|Contract)(?:\s+[A-Za-z]+){0,2}\s+Date\s*[:：]",
    re.IGNORECASE,
)
# The Chinese of "since", "until now", "held the post of", "worked at", "born": a date on such a line
# dates the employment, not the letter.
_CJK_EMPLOYMENT = re.compile(r"自|起|至今|至|入职|工作|担任|任职|出生")
_ISSUED_AT_ON = re.compile(
    r"^\W*(?:(?i:issued|done|given|signed)\s+(?i:in|at)\s+[A-Z][\w .'-]{1,30}?,?\s+(?i:on|this)\s+"
    # "Fait à Abidjan, le 14 octobre 2026", "Dado en Salamanca, a 14 de septiembre de 2015"
    r"|(?i:fait)\s+(?:à|a)\s+[A-ZÀ-Þ][\w .'-]{1,30}?,?\s+(?i:le)\s+"
    r"|(?i:dado|expedido|hecho)\s+en\s+[A-ZÀ-Þ][\w .'-]{1,30}?,?\s+(?i:a|el)\s+)"
)
_PLACE_AND_DATE = re.compile(
    r"^\s*[A-ZÀ-Þ][\w .'-]{1,30},\s*(?:(?:den|le|am|on|el|a)\s+)?\d{1,2}\.?\s*(?:de\s+)?\w+\.?\s*"
    r"(?:de\s+|del\s+)?\d{4}\s*$"
    r"|^\s*[A-ZÀ-Þ][\w.'-]{1,30},?\s+\d{4}-\d{2}-\d{2}\s*$"  # "Stockholm 2026-10-05"
)


# --- assembly --------------------------------------------------------------------------------------


def extract_reference_letter(document: DocumentInput) -> list[Fact]:
    # Phone photos of letters arrive sideways; such a page is read again turned upright first.
    upright, turns = tf.upright_document(document)
    return tf.map_back(_extract(upright), turns)


def _extract(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    facts: list[Fact] = []
    if not pages:
        return facts
    text = _text(pages)
    employee = _employee(text, pages)
    if employee:
        name, words, page = employee
        doubt = tf.name_doubt(words)
        facts.append(
            tf.fact_from(
                "reference_letter.employee_name",
                name,
                words,
                page,
                "wording",
                note=doubt,
                force_review=bool(doubt) or not words,
            )
        )
    employer = _employer(text)
    if employer:
        name, words, page, method = employer
        facts.append(tf.fact_from("reference_letter.employer", name, words, page, method))
    country = _country(text)
    if country:
        code, words, page_no, city, doubt = country
        note = "; ".join(n for n in (f"city: {city}" if city else None, doubt) if n) or None
        facts.append(
            tf.fact_from(
                "reference_letter.country",
                code,
                words,
                page_no,
                "wording",
                note=note,
                force_review=bool(doubt),
            )
        )
    # A country in doubt must not decide the day/month order of every date in the letter.
    conv = _convention(text.flat, country[0] if country and not country[4] else None)
    letter_date = _letter_date(text, conv)
    if letter_date:
        facts.append(_date_fact("reference_letter.letter_date", letter_date, [], None, "label"))
    positions = _positions(text, pages, conv)
    # A letter that names no title still dates the employment: those facts are not lost with it.
    facts.extend(_position_facts(positions, text, conv) if positions else _period_facts(text, conv))
    return facts


def _period_facts(text: _Text, conv: _Convention) -> list[Fact]:
    start, end, _ = _period(text, conv)
    dated = [("reference_letter.start_date", start), ("reference_letter.end_date", end)]
    return [_date_fact(field, day, [], None) for field, day in dated if day]


def _date_fact(field: str, day: _Day, words: list[Word], page: int | None, method: str = "wording") -> Fact:
    """A date's fact, boxed on its own words when known, else on the words it came with (its row)."""
    words, page = (list(day.words), day.page) if day.words else (words, page)
    return tf.fact_from(field, day.value, words, page, method, note=day.doubt, force_review=bool(day.doubt))


def _to_the_day(month: _Day, day: _Day | None) -> _Day:
    """``day`` where it dates the same month as ``month`` to the day; else ``month`` as it was."""
    if (
        day is not None
        and month.parsed.precision == "month"
        and day.parsed.precision == "day"
        and day.value.startswith(month.value)
    ):
        return day
    return month


def _position_facts(positions: list[Position], text: _Text, conv: _Convention) -> list[Fact]:
    facts: list[Fact] = []
    if not positions:
        return facts
    # A title its own clause says is held now ends the list whatever its date (rank 3, _mark_present).
    ordered = sorted(positions, key=lambda p: (p.rank >= 3, p.start.value if p.start else "", p.rank))
    latest = ordered[-1]
    earlier = ordered[:-1]
    note = None
    if earlier:
        note = "earlier: " + "; ".join(
            f"{p.title} ({p.start.value if p.start else '?'} to "
            f"{p.end.value if p.end else 'present' if p.ongoing else '?'})"
            for p in earlier
        )
    # A title still starting in lower case lost its first word to the OCR ("of Research").
    cut = latest.title[:1].islower()
    if cut:
        note = "the title looks cut short; " + (note or "")
    doubt = latest.doubt
    facts.append(
        tf.fact_from(
            "reference_letter.position",
            latest.title,
            latest.words,
            latest.page,
            "wording",
            note="; ".join(n for n in (doubt, note) if n) or None,
            force_review=cut or bool(doubt),
        )
    )
    first = min(ordered, key=lambda p: p.start.value if p.start else "9999")
    # A table of positions by month ("April 2016 - March 2019") under prose dating the whole
    # employment to the day ("from 1 April 2016 to 31 August 2023"): the day, when the months agree.
    prose_start, prose_end, _ = _period(text, conv)
    if first.start:
        start = _to_the_day(first.start, prose_start)
        facts.append(_date_fact("reference_letter.start_date", start, first.words, first.page))
    if not latest.ongoing and latest.end:
        end = _to_the_day(latest.end, prose_end)
        facts.append(_date_fact("reference_letter.end_date", end, latest.words, latest.page))
    facts.append(_senior(latest, text))
    return facts


def _names_word(title: str, word: str) -> bool:
    """Whether a senior word stands in a title: a whole word, or for Chinese (no spaces between words)
    anywhere in it ("高级产品经理" names 经理)."""
    if tf.has_cjk(word):
        # Chinese puts a title's head noun last: 高级产品经理 is a manager, 总经理助理 an assistant. Of a
        # title with two posts (数学教师兼班主任) each part counts.
        parts = re.split(r"兼|、|及|和|/", title)
        return any(p.endswith(word) and not p.endswith(not_senior_titles()) for p in parts)
    return bool(re.search(rf"\b{re.escape(word)}\b", title, re.IGNORECASE))


def _senior(latest: Position, text: _Text) -> Fact:
    title_hit = next((w for w in senior_words() if _names_word(latest.title, w)), None)
    body = _CLOSING.split(_text_joined(text))[0]
    hints = sorted({m.group(0) for m in _DUTY_HINTS.finditer(body)})
    box = tf.union_bbox([w.bbox for w in latest.words])
    # A judgement on a title a person must still confirm is no firmer than the title.
    doubt = f"; the title itself is in doubt ({latest.doubt})" if latest.doubt else ""
    foreign = any(tf.fold(t) in _FOREIGN_JOB_NOUNS for t in latest.title.split())
    if title_hit and foreign and tf.fold(title_hit) in _ENGLISH_SENIOR_WORDS:
        # "Comptable Principal": an English senior word inside a French title may only grade the post.
        doubt += f"; '{title_hit}' is read in a title in another language"
    if title_hit:
        why = f"title '{latest.title}' contains '{title_hit}'" + (
            f"; duties: {', '.join(hints)}" if hints else ""
        )
        return make_fact(
            "reference_letter.senior_role", True, 0.85, "derived", latest.page, box, why + doubt, bool(doubt)
        )
    if hints:
        return make_fact(
            "reference_letter.senior_role",
            True,
            0.6,
            "derived",
            latest.page,
            box,
            f"title '{latest.title}' has no senior word, but the duties say: {', '.join(hints)}",
        )
    # A derived "no" rests on the absence of words, not on a clear title word: a person confirms it.
    conf = min(0.7, tf.value_confidence(latest.words))
    return make_fact(
        "reference_letter.senior_role",
        False,
        conf,
        "derived",
        latest.page,
        box,
        f"no senior word in the title '{latest.title}' nor in the duties",
    )
