"""Degree certificates and transcripts: holder, institution, degree title, level, field, award date.

Certificates are prose ("This is to certify that ... was admitted to the degree of ...", "The Senate
... hereby confers upon ...", "has been awarded the degree of ..."), so values are found by the
wording around them rather than by labels; transcripts have labels ("Name:", "Degree:",
"Date of Conferral:"). The level is read from the title, abbreviations included (BSc, MPhil, PhD),
and from Chinese wording (学士/硕士/博士学位) when there is no English title.

Dates are the trap: a certificate prints the holder's birth date, a transcript its issue date and a
date per course. A date counts as the award date by the words that label it (left of it on its line,
or above it in its column): birth labels rule it out, award wording makes it the answer, and a date
with no such wording is only a guess (reviewed unless it is the only one left on a certificate).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pycountry

from core.models import Fact, Page, Word
from extractors import text_fields as tf
from extractors import vocabulary as vocab
from extractors.base import DocumentInput
from extractors.dates import ParsedDate, find_dates, numeric_order, rewrite_dates

LEVEL_WORDS = {"bachelor": "bachelor", "master": "master", "doctor": "doctorate"}
# Abbreviations as printed on certificates (with or without dots) and the level they stand for.
ABBREVIATIONS = {
    "BA": "bachelor",
    "BSC": "bachelor",
    "BENG": "bachelor",
    "BTECH": "bachelor",
    "BE": "bachelor",
    "BCOM": "bachelor",
    "LLB": "bachelor",
    "BBA": "bachelor",
    "MA": "master",
    "MSC": "master",
    "MENG": "master",
    "MTECH": "master",
    "ME": "master",
    "MPHIL": "master",
    "MBA": "master",
    "LLM": "master",
    "MRES": "master",
    "MFA": "master",
    "PHD": "doctorate",
    "DPHIL": "doctorate",
    "EDD": "doctorate",
    "DBA": "doctorate",
    "MD": "doctorate",
}
# Titles in Spanish and Portuguese ("Licenciada en Ciencias de la Computación", "Mestre em Engenharia
# Civil"): the degree word gives the level. A Latin-American licenciatura and a Spanish grado are
# first degrees; "Licentiate", their English rendering, is also a Nordic postgraduate degree and is
# left out.
FOREIGN_LEVELS = {
    "licenciado": "bachelor", "licenciada": "bachelor", "licenciatura": "bachelor", "graduado": "bachelor",
    "graduada": "bachelor", "grado": "bachelor", "bacharel": "bachelor", "bachiller": "bachelor",
    "mestre": "master", "mestrado": "master", "master": "master", "magister": "master",
    "doctor": "doctorate", "doctora": "doctorate", "doutor": "doctorate", "doutora": "doctorate",
    "doutoramento": "doctorate", "doctorado": "doctorate",
}  # fmt: skip
_PROGRAMME_WORDS = {"licenciatura", "mestrado", "doutoramento", "doctorado", "grado"}
_FOREIGN_TITLE = re.compile(
    r"\b(?P<degree>(?i:licenciad[oa]|licenciatura|graduad[oa]|grado|bacharel|bachiller|mestre|mestrado"
    r"|m[aá]ster|mag[ií]ster|doctor[a]?|doutor[a]?|doutoramento|doctorado))"
    r"(?:\s+(?i:integrad[oa]|universit[aá]ri[oa]|oficial))?\s+(?i:en|em)\s+(?P<field>[A-ZÀ-Ý][\w-]*(?:\s+(?:(?i:de|del|da|do|das|dos|la|e|y)\s+)*[A-ZÀ-Ý][\w-]*){0,5})"
)
# Case matters after "of": the title's words are capitalised, the prose that follows is not (only the
# degree word itself may be in capitals, as on "DOCTOR OF PHILOSOPHY").
_TITLE = re.compile(
    r"\b((?i:bachelor|master|doctor))\s+(?i:of)\s+(?:the\s+)?((?:[A-Z][A-Za-z]+)(?:\s+(?:and\s+)?[A-Z][A-Za-z]+){0,3}?)"
    r"(?=\s*(?:\(|\)|,|\.|·|\b(?i:in)\b|\b(?i:with)\b|$|\s+[a-z]))"
)
_ABBREV = re.compile(
    r"\b(B\.?\s?A|B\.?\s?Sc|B\.?\s?Eng|B\.?\s?Tech|B\.E(?=\.)|M\.?\s?A|M\.?\s?Sc|M\.?\s?Eng|M\.?\s?Tech|M\.E(?=\.)"
    r"|M\.?\s?Phil|MBA|Ph\.?\s?D|D\.?\s?Phil)\b\.?"
)
_INSTITUTION = re.compile(
    # The words before the keyword are capitalised whatever the case of the rest: "el Rector de la
    # Universidad de Salamanca" names the Universidad de Salamanca.
    r"((?:The\s+)?(?-i:(?:[A-Z][\w&'.-]*\s+){0,4})(?:University|Institute|College|Universit[äa]t|École|Polytechnic"
    # The word for university in the languages certificates come in: the name's own spelling.
    r"|Universiteit|Universidade|Universidad|Universit[àáé]|Universitas|Universiti|Uniwersytet|Univerzita"
    r"|Politecnico|Instituto|Institut)"
    # "Universitat Politècnica de València", "Universidad Nacional de Colombia": the adjective that
    # Romance languages put between the keyword and "de ..." belongs to the name.
    r"(?:\s+(?:Polit[èée]cnic[ao]|Nacional|Nazionale|Nationale|Aut[óo]noma|Cat[óo]lica|T[ée]cnica"
    r"|Tecnol[óo]gica|Federal|Estadual|Estatal|Pontif[íi]cia|Complutense|Pedag[óo]gica|Abierta)"
    r"(?=\s+(?:de|di|do|da|du|des)\s))?"
    r"(?:\s+(?:of|de|van|di|degli|do|da|du|des)(?:\s+(?:[A-Z][\w&'.-]*|and|&)){1,4})?"
    # ... but not a signatory's office printed beside it ("Lanzhou University   Chairman of ...")
    r"(?:\s+(?!(?:Chairman|President|Dean|Registrar|Rector|Chancellor|Vice|Secretary|Director)\b)[A-Z][a-z]+)?)",
    re.IGNORECASE,
)
NAME_TRIGGERS = (
    "certify that",
    "confers upon",
    "conferred upon",
    "conferred on",
    "awarded to",
    "award to",
    "certifies that",
    "confer upon",
    "be it known that",
    "certified that",
    "hereby declares that",
    "declares that",  # "The Board of Examiners of the degree programme ... declares that" / NAME
    "testify that",
    "whereas",  # "WHEREAS Valentina Soledad FERREYRA, born in ..." (and the Spanish it translates)
    "por cuanto",
    "made known that",  # "It is hereby made known that NAME, of Portuguese nationality, ..."
    "faz-se saber que",  # ... and the Portuguese it translates
)
# Lines of prose that mention the university without being its name.
_NOT_INSTITUTION = re.compile(
    r"\b(senate|seal|hereby|certify|given under|registrar|faculty of)\b", re.IGNORECASE
)
# Lower-case words inside a person's name: "Jan Willem van den Berg", "João Pedro dos Santos",
# "Mohamed ben Salah", "Ahmad bin Ismail", "Juan García y López".
_NAME_PARTICLES = {
    "van", "von", "de", "der", "den", "ter", "ten", "da", "das", "do", "dos", "del", "della", "des", "di",
    "du", "la", "le", "y", "e", "bin", "binti", "bt", "ben", "bint", "al", "el", "zu", "af", "av",
}  # fmt: skip
# Pieces of one header line ("WESTBROOK UNIVERSITY - OFFICE OF THE REGISTRAR") are read separately.
_SEGMENT_BREAK = re.compile(r"\s+[-–—|·]\s+|\s*[|·]\s*")
# Words that follow an institution's name on headers ("... University Graduate School", "... Office of
# the Registrar") and are never its end.
_OFFICE_WORDS = {
    "graduate", "undergraduate", "postgraduate", "school", "office", "registrar", "transcript", "record",
    "records", "certificate", "diploma", "academic", "faculty", "department", "division", "admissions",
    "examinations", "registry", "official", "student", "students", "services", "board", "senate",
}  # fmt: skip
# Lower-case words that join the parts of a name: "École Polytechnique Fédérale de Lausanne".
_NAME_JOINERS = {
    "de",
    "du",
    "des",
    "del",
    "della",
    "di",
    "da",
    "do",
    "der",
    "für",
    "la",
    "le",
    "of",
    "and",
    "&",
}
_INSTITUTION_WORD = re.compile(r"Universit|Institute|College|École|Polytechnic", re.IGNORECASE)

# Words that label a date. Birth labels rule a date out; award wording makes it the award date; issue
# labels ("Issued:", "Date of issue") name another date a transcript carries.
_BIRTH_BEFORE = re.compile(
    # "born", and the word in the languages certificates come in ("nacida en Córdoba el ...")
    r"\bborn\b|\bbirth|\bd\.?\s?o\.?\s?b\b|出生|生于|geboren|\bnacid[oa]\b|\bnascid[oa]\b|\bnat[oa]\b"
    # "née le 3 mai": a birth; "Claire Martin, née Dupont, on ...": a maiden name
    r"|\bnée?(?=\s+(?:le|à|en|on|in)\b|\s*$)"
    r"|\burodzon[ya]\b",
    re.IGNORECASE,
)
_BIRTH_AFTER = re.compile(r"^\s*出?生")  # "1996年2月14日生": the Chinese birth mark follows the date
_AWARD_WORDING = re.compile(
    # "graduated", "graduation", not "Graduate Program"
    r"conferr|\bconfer\b|conferment|award|granted|graduat(?:ed|ion|es)\b|commencement|admitted to the degree"
    r"|授予|毕业|颁发|获(?:得)?学位|獲(?:得)?學位",
    re.IGNORECASE,
)
# A date a report or certificate is valid until is never its award: "验证报告有效期至", "Valid until".
_VALIDITY = re.compile(r"有效期|有效至|valid\s+(?:until|through|till|to)|expir", re.IGNORECASE)
# The start of studies, which certificates and transcripts also date: never the award.
# A label that is nothing but the degree's date ("Effective Date of Degree", "Degree Date").
_DEGREE_DATE_LABEL = re.compile(
    r"^\W*(?:effective\s+)?(?:date\s+of\s+(?:the\s+)?degree|degree\s+date)\s*[:：]?\s*$", re.IGNORECASE
)
# A date still to come is no award: "Expected Graduation Date", "Anticipated date of degree".
_PROSPECTIVE = re.compile(r"\b(?:expected|anticipated|projected|intended|estimated|planned)\b", re.IGNORECASE)
# "Commencement" is a graduation ceremony in the US, but "commencement of studies" is their start.
_STUDY_START = re.compile(r"commence\w*\s+of\s+(?:the\s+)?(?:stud|course|program|research|candidature)", re.I)
_START_WORDING = re.compile(
    r"matricul|enrol|\badmitted\b(?! to the degree)|\bentered\b|commenced|入学|immatrikul"
    r"|\bexam(?:en|ination)?\b",  # the examination passed before the award ("examen profesional")
    re.IGNORECASE,
)
_CONFERRAL = re.compile(r"conferr|conferment|\bconfer\b|award|授予|admitted to the degree", re.IGNORECASE)
_ISSUE_WORDING = re.compile(r"\bissued?\b|date of issue|\bprinted\b|\bprint date|签发|打印", re.IGNORECASE)
# Course rows and the header over them: on a transcript their dates are exam dates, never the award.
# ... but not a date's month and year ("15-NOV-2019").
_COURSE_CODE = re.compile(
    r"\b(?!(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[\s-]?\d{4}\b)[A-Z]{2,5}\s?-?\d{3,5}[A-Z]?\b"
)
_TABLE_HEADS = {
    "course", "code", "title", "credits", "credit", "ects", "grade", "grd", "units", "mark", "marks",
    "hours", "module", "subject", "points", "result", "session", "term", "semester", "weight",
}  # fmt: skip

# Field wording: after the title on its line or the next ("(BIOTECHNOLOGY)", "Major in Economics"),
# or in prose ("having completed the programme in Software Engineering at ...").
_FIELD_LEAD = re.compile(
    r"^(?:(?:major(?:ing)?|minor|speciali[sz](?:ation|ing)|concentration|field of study|subject)"
    r"\s*(?:in\b|:)?|in\b|of\b|at\b)\s*",
    re.IGNORECASE,
)
# Honours and classes written where a field could be: "(Hons)", "(With Distinction)", "magna cum laude".
_NOT_FIELD = re.compile(
    r"^(?:with\s+)?(?:hons?\b|honou?rs\b|distinction|merit|first class|second class|upper second"
    r"|lower second|third class|pass\b|ordinary\b|(?:summa |magna )?cum laude"
    r"|(?:très |assez )?bien\b|passable\b|(?:très )?honorable\b|satisfaction\b"
    r"|(?:la plus )?grande distinction|(?:highest|high|great|greatest)\s+distinction)",
    re.IGNORECASE,
)
_FIELD_TAIL = re.compile(
    r"\s+(?:at|from|with|by|on|under|and is|is|was)\s+.*$|,\s+(?=[a-z]).*$|[.;].*$"
    # "Maschinenbau Vertiefungsrichtung Produktionstechnik": German capitalises the specialisation too
    r"|\s+(?:mit|Vertiefungsrichtung|Vertiefung|Schwerpunkt|Studienschwerpunkt|Fachrichtung|Studienrichtung)\b.*$"
    # "Program Studi Ilmu Komputer Fakultas Ilmu Komputer": the faculty is named after the programme
    r"|\s+(?:Fakultas|Faculty|Fakultät)\b.*$"
)
# Capitals lines under a title that are not its field: award wording, honours, the institution.
_NOT_A_FIELD_LINE = re.compile(
    r"\b(?:CONFERRED|AWARDED|GRANTED|ADMITTED|HONOU?RS?|DISTINCTION|MERIT|CLASS|UNIVERSITY|COLLEGE"
    r"|INSTITUTE|WITH|ON|THE|DEGREE|OF\s+THE)\b"
)
# A field set on a line of its own in capitals, one to six words (no digits, no sentence).
_WORDS_LINE = re.compile(r"^\s*[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|and|of|&)){0,5}\s*$")
_CAPITALS_LINE = re.compile(r"^\s*[A-Z][A-Z&'-]+(?:\s+(?:[A-Z][A-Z&'-]*|AND|OF|&)){0,5}\s*$")
_NEXT_LINE_FIELD = re.compile(
    r"^\s*(?:\((?P<paren>[^)]+)\)"
    r"|(?i:major(?:ing)?|speciali[sz](?:ation|ing)|concentration)\s*(?i:in\b|:)\s*(?P<major>.+)"
    r"|in\s+[\"“«](?P<quoted>[^\"”»]+)[\"”»].*"  # in "Computational Physics" with the grade ...
    r"|in\s+(?P<bare>[A-Z].+))\s*$"
)
_PROSE_FIELD = re.compile(
    r"\b(?:(?i:programme|program|course|studies|study|major|majoring|speciali[sz]ing|concentration)"
    r"(?:\s+(?i:of)\s+(?i:research|study))?\s+in"  # "the approved programme of research in X"
    r"|(?i:discipline|field)\s+(?:\((?i:specialty|speciality|major)\)\s+)?of"
    # A programme named without "in", as German and Austrian certificates and their translations do:
    # "im Studiengang Elektrotechnik", "das Masterstudium Technische Physik (UE 066 461)", "the
    # degree programme Electrical Engineering," ...
    r"|(?i:(?:degree|master(?:'|’)?s|bachelor(?:'|’)?s|diploma|study)\s+programme)"
    r"|Program\s+Studi(?:\s+(?:Sarjana|Magister|Doktor))?"
    r"|Studiengang|Studienfach|Studienrichtung|(?:Master|Bachelor|Diplom|Doktorats)-?studium)\s+"
    # ... but not a programme's office ("the Master's Programme Director")
    r"(?!(?i:director|committee|coordinator|administrator|secretary|office|officer|board|leader|lead|manager"
    r"|head|chair|regulations|handbook|team|staff)\b)"
    r"(?P<field>[A-Z][\w&'-]*(?:\s+(?:(?:and|of|&|und)\s+)?[A-Z][\w&'-]*){0,5})"
)
# Level words outside an English title: "BACHELOR'S DEGREE", "学士学位", "工学硕士 学位".
_LEVEL_WORDING = (
    # ... and a Chinese degree's name, its discipline then its level: 文学学士, 工学硕士, 理学博士.
    (
        re.compile(r"\bbachelor(?:'|’)?s?\s+degree|学士\s*学位|[\u4e00-\u9fff]学学士", re.IGNORECASE),
        "bachelor",
    ),
    (re.compile(r"\bmaster(?:'|’)?s?\s+degree|硕士\s*学位|[\u4e00-\u9fff]学硕士", re.IGNORECASE), "master"),
    (
        re.compile(r"\bdoctor(?:al|ate)?\s+degree|博士\s*学位|[\u4e00-\u9fff]学博士", re.IGNORECASE),
        "doctorate",
    ),
)


@dataclass
class _Line:
    text: str
    words: list[Word]
    page: int
    height: float


def _lines(pages: Sequence[Page]) -> list[_Line]:
    out = []
    for page in pages:
        for words in page.lines():
            heights = sorted(tf.height(w.bbox) for w in words)
            out.append(_Line(tf.join_words(words), words, page.number, heights[len(heights) // 2]))
    return out


def _words_for(line: _Line, start: int, end: int) -> list[Word]:
    """The words of a line that cover characters start..end of its joined text."""
    picked, pos = [], 0
    for w in line.words:
        idx = line.text.find(w.text, pos)
        if idx < 0:
            continue
        if idx < end and idx + len(w.text) > start:
            picked.append(w)
        pos = idx + len(w.text)
    return picked or line.words


def level_of(title: str) -> str | None:
    m = re.match(r"\s*(bachelor|master|doctor)", title, re.IGNORECASE)
    if m:
        return LEVEL_WORDS[m.group(1).lower()]
    f = _FOREIGN_TITLE.match(title)
    if f:
        return FOREIGN_LEVELS[tf.fold(f.group("degree"))]
    key = re.sub(r"[^A-Za-z]", "", title).upper()
    return ABBREVIATIONS.get(key)


@dataclass
class _Title:
    title: str
    field: str | None
    line: _Line
    words: list[Word]
    field_words: list[Word]
    index: int
    field_doubt: str | None = None  # why a person should confirm the field read with the title


def _title(lines: list[_Line]) -> _Title | None:
    """The first title on the pages; when its own lines name no field and the title is printed again
    (a translation after the original), the field next to the repetition."""
    first = _title_from(lines, 0) or _foreign_title(lines)
    if first is None or first.field is not None:
        return first
    again = _title_from(lines, first.index + 1)
    while again is not None:
        if again.title == first.title and again.field is not None:
            # The award date is looked for after the first title, wherever the field was found.
            return replace(again, index=first.index)
        again = _title_from(lines, again.index + 1)
    return first


# A form's row of the degree a student held before ("Previous Degree: Bachelor of Science, ...").
_EARLIER_DEGREE = re.compile(
    r"^\W*(?i:previous|prior|qualifying|admission|entrance|entry)\s+(?i:degree|qualification)"
)


def _title_from(lines: list[_Line], begin: int) -> _Title | None:
    for i, whole in enumerate(lines[begin:], start=begin):
        if _EARLIER_DEGREE.match(whole.text):
            continue
        line, m = _title_match(whole)
        if m:
            subject = _without_abbreviation(m.group(2))
            end = m.start(2) + len(subject)
            title = f"{m.group(1).capitalize()} of {_title_case(subject)}"
            found = _field_after_title(line, end)
            below = lines[i + 1 : i + 4]
            if below and len(below) > 1 and _only_abbreviation(below[0].text):
                below = below[1:]  # "Master of Science" / "(MSc)" / "in Data Analytics"
            if len(below) > 2 and _NOT_FIELD.match(below[0].text.strip()) and below[1].text.strip() == "in":
                below = below[1:]  # "Master of Science" / "with Distinction" / "in" / "Marine Ecology"
            after_in = bool(below) and below[0].text.strip().lower() == "in" and len(below) > 1
            if after_in:
                below = below[1:]  # "MASTER OF SCIENCE" / "in" / "ARTIFICIAL INTELLIGENCE"
            if found is None and below and below[0].page == line.page:
                found = _field_below_title(below[0], m.group(0).isupper())
                if found is None and after_in and _WORDS_LINE.match(below[0].text):
                    # After a line that is only "in", a line of capitalised words is the field.
                    found = _field_from(
                        below[0], below[0].text.strip(), len(below[0].text) - len(below[0].text.lstrip())
                    )
            field, field_words = found if found else (None, [])
            nxt = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].page == line.page else None
            tail = re.fullmatch(r"\s*([A-Z][a-z][\w-]*)\.\s*", nxt.text) if nxt and field_words else None
            if tail and field_words[-1] is line.words[-1] and re.search(r"\band\s+\S+$", field or ""):
                # "... Doctor of Philosophy in Electrical and Computer" / "Engineering.": two modifiers
                # joined by "and" wait for their noun, a word into the next line ("in Economics" over
                # "Honours." is whole)
                field, field_words = f"{field} {tail.group(1)}", [*field_words, nxt.words[0]]
            doubt = None
            bracket = re.fullmatch(r"\s*\(([^)]+)\)\s*", nxt.text) if nxt and field else None
            branch = bracket.group(1) if bracket else ""
            if nxt and bracket and not _not_a_field_in_brackets(branch) and _branch_of(branch, field):
                # "Bachelor of Science in Engineering" over "(Electrical Power and Machines Engineering)":
                # the bracket names the branch of the title's broad field
                narrower = _field_from(nxt, branch, bracket.start(1))
                if narrower:
                    doubt = f"the title says '{title} in {field}'; the line under it names {narrower[0]}"
                    field, field_words = narrower
            return _Title(title, field, line, _words_for(line, m.start(), end), field_words, i, doubt)
    # Only then an abbreviation: "the MSc programme in Wind Energy" in the prose before "Master of
    # Science in Engineering" is not the title.
    for i, line in enumerate(lines[begin:], start=begin):
        a = _ABBREV.search(line.text)
        if a and level_of(a.group(1)):
            return _Title(a.group(0).strip(), None, line, _words_for(line, a.start(), a.end()), [], i)
    return None


def _foreign_title(lines: list[_Line]) -> _Title | None:
    """A title in Spanish or Portuguese, as printed, with its field: "LICENCIADA EN CIENCIAS DE LA
    COMPUTACIÓN" -> "Licenciada en Ciencias de la Computación", field "Ciencias de la Computación"."""
    found = [(i, line, m) for i, line in enumerate(lines) if (m := _FOREIGN_TITLE.search(line.text))]

    def rank(f: tuple[int, _Line, re.Match[str]]) -> tuple[bool, bool, int]:
        i, line, m = f
        before = f"{lines[i - 1].text if i else ''} {line.text[: m.start()]}"
        # The title conferred ("expide ... el título de Doctor en ...") over one the holder already
        # had ("Licenciado en ..., ha hecho constar"); the holder's title over the programme's name.
        held = bool(_HELD_TITLE.search(before[-50:]))
        conferred = bool(_CONFERRED_TITLE.search(before[-40:])) and not held
        return (held or not conferred, tf.fold(m.group("degree")) in _PROGRAMME_WORDS, i)

    for i, line, m in sorted(found, key=rank):
        stopped = _FIELD_STOP.split(m.group("field"))[0].strip()
        end = m.start("field") + len(stopped)
        # "Bachiller en Ciencias con mención en Ingeniería Civil": the mention is the field.
        mention = _MENTION.match(line.text, end)
        field_text, field_start = (
            (mention.group("field"), mention.start("field")) if mention else (stopped, m.start("field"))
        )
        text = line.text[m.start() : end]
        title = _title_case(text) if text.isupper() else text
        field = _title_case(field_text) if field_text.isupper() else field_text
        words = _words_for(line, m.start(), end)
        return _Title(
            title, field, line, words, _words_for(line, field_start, field_start + len(field_text)), i
        )
    return None


# "en posesión del título de Licenciado en ...": a title the holder already had.
_HELD_TITLE = re.compile(r"(?i:posesi[oó]n|poseedor[a]?|titular)\s+de[l]?\s+(?i:t[ií]tulo|grado)\s+de\s*$")
_CONFERRED_TITLE = re.compile(
    r"(?i:t[ií]tulo|grado(?:\s+acad[eé]mico)?|diploma|grau)\s+(?i:de|of)\s*$|(?i:expide|confiere|otorga|outorga)\b"
)
# Where a field in capitals stops: "DERECHO POR LA UNIVERSIDAD DE SALAMANCA", "... PELO INSTITUTO".
_FIELD_STOP = re.compile(
    r"\s+(?i:por|pela|pelo|con|com|by|at)\b.*$|\s+(?i:universidad|universidade|instituto|facultad)\b.*$"
)
_MENTION = re.compile(
    r"\s+(?i:con|com)\s+(?i:menci[oó]n|men[cç][aã]o)\s+(?i:en|em)\s+(?P<field>[A-ZÀ-Ý][\w -]*?)\s*[,.;]?$"
)


def _only_abbreviation(text: str) -> bool:
    """A line holding nothing but the title's abbreviation: "(MSc)", "M.Sc.", "[PhD]"."""
    bare = text.strip().strip("()[]").strip()
    return bool(bare) and " " not in bare and _is_abbreviation(bare)


def _title_match(line: _Line) -> tuple[_Line, re.Match[str] | None]:
    """The title on a line, else in one of its cells ("Degree Conferred: Doctor of Philosophy" with
    "Conferral Date: ..." far to its right, which would otherwise run on from the title)."""
    m = _TITLE.search(line.text)
    if m:
        return line, m
    cells = _cells(line)
    for cell in cells if len(cells) > 1 else []:
        sub = _Line(tf.join_words(cell), cell, line.page, line.height)
        m = _TITLE.search(sub.text)
        if m:
            return sub, m
    return line, None


def _without_abbreviation(subject: str) -> str:
    """ "Science MSc" -> "Science": the abbreviation printed after a title is not part of it."""
    words = subject.split()
    while len(words) > 1 and _is_abbreviation(words[-1]):
        words.pop()
    # rfind: the kept last word may also stand earlier ("Science Computer Science MSc").
    return subject[: subject.rfind(words[-1]) + len(words[-1])] if words else subject


def _is_abbreviation(word: str) -> bool:
    """A degree abbreviation ("MSc", "M.Sc.", "MBA"): two capitals or a dot, and a known key."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    shaped = sum(c.isupper() for c in letters) >= 2 or "." in word
    return shaped and letters.upper() in ABBREVIATIONS


# "in" and "with" in any case: a title in capitals runs on "DOCTOR OF PHILOSOPHY IN PHYSICS".
_TITLE_FIELD = re.compile(
    r"\s*(?:\(([^)]+)\)|,?\s*(?i:in)\s+(.+?)(?:\s+(?i:with)\b.*)?$|,\s*([A-Z][\w ,&-]+)$)"
)
# A bilingual title line: "Master of Science MSc en génie civil / in Civil Engineering". The English
# "in <field>" comes after a slash, following the other language's wording.
_SLASH_FIELD = re.compile(r"/\s*in\s+([A-Z].*?)\s*(?:/|$)")


def _field_after_title(line: _Line, end: int) -> tuple[str, list[Word]] | None:
    """The field written on the title's own line: "(Physics)", "in Physics", ", Chemistry"."""
    lead = re.match(r"\s*(\S+)", line.text[end:])
    if lead and _is_abbreviation(lead.group(1)):
        end += lead.end()  # "Master of Arts MA in History": the field follows the abbreviation
    rest = line.text[end:]
    fm = _TITLE_FIELD.match(rest)
    if fm and fm.group(1) and _not_a_field_in_brackets(fm.group(1)):
        # "Master of Arts (magister) in International Relations", "(B.Sc.)": look past the brackets.
        end += fm.end(1) + 1
        rest = line.text[end:]
        fm = _TITLE_FIELD.match(rest)
    if not fm:
        sm = _SLASH_FIELD.search(rest)
        return _field_from(line, sm.group(1), end + sm.start(1)) if sm else None
    raw = fm.group(1) or fm.group(2) or fm.group(3) or ""
    start = end + fm.start(fm.lastindex or 1)
    return _field_from(line, raw, start)


def _branch_of(narrower: str, field: str | None) -> bool:
    """A bracket that names a branch of the title's field shares a word with it ("Engineering" in
    "(Electrical Power and Machines Engineering)"), unlike "(Duplicate Certificate)"."""
    words = {w for w in re.findall(r"[^\W\d_]{4,}", (field or "").lower())}
    return bool(words & set(re.findall(r"[^\W\d_]{4,}", narrower.lower())))


def _not_a_field_in_brackets(text: str) -> bool:
    """Brackets after a title that hold its abbreviation or its name in the local language."""
    # "(Dr. rer. nat.)", "(Dr.-Ing.)": an abbreviation made of abbreviated words.
    clipped = all(t.endswith(".") and len(t) <= 6 for t in re.split(r"[\s-]+", text.strip()) if t)
    return _is_abbreviation(text) or bool(_ABBREV.fullmatch(text.strip())) or text[:1].islower() or clipped


def _field_below_title(line: _Line, title_in_capitals: bool = False) -> tuple[str, list[Word]] | None:
    """The field on the line under the title: "(BIOTECHNOLOGY)", "Major in Economics", "in Physics",
    or, under a title in capitals, a line of capitals of its own ("COMPUTER SCIENCE")."""
    fm = _NEXT_LINE_FIELD.match(line.text)
    if (
        not fm
        and title_in_capitals
        and _CAPITALS_LINE.match(line.text)
        and not _NOT_A_FIELD_LINE.search(line.text)
    ):
        return _field_from(line, line.text.strip(), len(line.text) - len(line.text.lstrip()))
    if not fm:
        return None
    group = next(g for g in ("paren", "major", "quoted", "bare") if fm.group(g))
    if group == "bare" and (_DATED_PLACE.search(fm.group(group)) or _is_country(fm.group(group))):
        return None  # "in Hong Kong on 12 November 2019": where the degree was conferred, not in what
    return _field_from(line, fm.group(group), fm.start(group))


_DATED_PLACE = re.compile(r"\s(?:on|this)\s+(?:\d|the\s+\d|[A-Z][a-z]+\s+\d)")


def _is_country(text: str) -> bool:
    name = text.strip(" .,")
    if len(name) <= 3:
        return False  # "in IT", "in ME": codes are subjects' abbreviations here, not countries
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def _prose_field(
    lines: list[_Line], wording: re.Pattern[str] | None = None
) -> tuple[str, list[Word], int] | None:
    """The field named in prose by ``wording`` (its group "field"): by default "having completed the
    programme in Software Engineering at ..."."""
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            nxt is not None
            and nxt.page == line.page
            and (
                _DANGLING.search(line.text)
                # "... im Studiengang" / "Elektrotechnik": a programme named on the next line
                or (_PROGRAMME_END.search(line.text) and not _NOT_A_RUN_ON.match(nxt.text))
            )
        ):
            # "... in the discipline of Control Science and" / "Engineering. In accordance ...": the
            # field runs on to the next line.
            line = _Line(f"{line.text} {nxt.text}", [*line.words, *nxt.words], line.page, line.height)
        fm = (wording or _PROSE_FIELD).search(line.text)
        if fm and fm.end("field") == len(line.text.rstrip()) and nxt is not None and nxt.page == line.page:
            # "... the Doctoral Programme in Informatics" / "Engineering with the classification ...":
            # a field that ends with its line runs on while the next line goes on in capitals
            joined = _Line(f"{line.text} {nxt.text}", [*line.words, *nxt.words], line.page, line.height)
            run_on = (wording or _PROSE_FIELD).search(joined.text)
            if (
                run_on
                and run_on.start("field") == fm.start("field")
                and not _NOT_A_RUN_ON.match(nxt.text)
                # and stops a word or two into the next line, where running text goes on ("Engineering
                # with the ..."): not at the next row's label ("Grade: Good"), a new sentence ("Given
                # under the seal", "Graduated on") or the holder's name ("Anna Nowak is admitted")
                and run_on.end("field") - len(line.text) - 1 <= len(" ".join(nxt.text.split()[:2]))
                and re.match(
                    r",?\s+(?:with|at|from|in|for|and|under\s+the\s+supervision)\b",
                    joined.text[run_on.end("field") :],
                )
            ):
                line, fm = joined, run_on
        if fm:
            found = _field_from(line, fm.group("field"), fm.start("field"))
            if found and not level_of(found[0]):  # "the degree programme Master of Science in ..."
                return found[0], found[1], line.page
    return None


_DANGLING = re.compile(r"\s(?:and|of|&|in)\s*$")
# Only German: "approved degree programme" / "Kwame Mensah Asante" and "Ketua Program Studi" / "Dr. ..."
# put a person on the next line as often as a subject.
_PROGRAMME_END = re.compile(r"\s(?:Studiengang|Studienfach|(?:Master|Bachelor|Diplom)studium)\s*$")
# A next line that starts a sentence or names the institution does not continue a field.
_NOT_A_RUN_ON = re.compile(
    r"\s*(?:The|This|That|It|He|She|His|Her|In|On|At|By|From|University|College|Institute|School"
    r"|Faculty|Academy)\b"
)


def _field_from(line: _Line, raw: str, start: int) -> tuple[str, list[Word]] | None:
    """A cleaned field and the words it was read from (``start`` is where ``raw`` sits in the line)."""
    field = clean_field(raw)
    if not field:
        return None
    # The cleaned field is a piece of ``raw`` (only its case may differ): its words are the evidence.
    begin = start + max(raw.lower().find(field.lower()), 0)
    return field, _words_for(line, begin, begin + len(field))


def clean_field(raw: str) -> str | None:
    """A subject without the connective words and prose around it.

    "in Economics" -> "Economics"; "Software Engineering at South China University" -> "Software
    Engineering"; "(BIOTECHNOLOGY)" -> "Biotechnology". None when nothing subject-like is left.
    """
    text = raw.strip(" .,;:()")
    halves = [h.strip() for h in text.split(" / ")]
    english = [h for h in halves if h.isascii()]
    if len(halves) == 2 and len(english) == 1 and english[0].lower().startswith("in "):
        # "in Innealtóireacht Mheicniúil / in Mechanical Engineering": the English half, which repeats
        # the "in" (not "Germanistik / Französisch", two subjects)
        text = english[0].strip(" .,;:()")
    previous = None
    while previous != text:  # "Major in Economics": both lead words go
        previous = text
        text = _FIELD_LEAD.sub("", text, count=1).strip(" .,;:()")
    text = _FIELD_TAIL.sub("", text).strip(" .,;:()")
    first, _, rest = text.partition(" ")
    if rest and _is_abbreviation(first):
        text = rest  # "the degree programme MSc Data Science": the abbreviation names the degree
    if not text or not text[0].isupper() or _NOT_FIELD.match(text):
        return None
    return _title_case(text) if text.isupper() else text


def _title_case(text: str) -> str:
    small = {"and", "of", "in", "en", "em", "de", "del", "la", "da", "do", "das", "dos", "e", "y"}
    return " ".join(w.lower() if w.lower() in small else w[:1].upper() + w[1:].lower() for w in text.split())


def _institution(lines: list[_Line]) -> tuple[str, list[Word], int, str | None] | None:
    """The institution's name, its words, page, and why its end is in doubt (None when it is not)."""
    candidates = []
    for i, whole in enumerate(lines):
        cells = _cells(whole)
        parts = (
            [_Line(tf.join_words(c), c, whole.page, whole.height) for c in cells] if len(cells) > 1 else []
        )
        # A header naming the institution in several languages, one cell each ("UNIVERSIDADE DE MACAU
        # | UNIVERSITY OF MACAU"): a cell's name, else the whole line's (a name spread by wide gaps).
        found = [c for part in parts for c in _institution_candidates(part, lines, i)]
        candidates += found or _institution_candidates(whole, lines, i)
    if not candidates:
        return None
    # The institution's own name is the largest text on a certificate (and the first on a transcript).
    _, name, words, page, doubt = max(candidates, key=lambda c: c[0])
    if name.isupper():
        name = _institution_case(name)
    return name, words, page, doubt


def _institution_candidates(
    line: _Line, lines: list[_Line], i: int
) -> list[tuple[float, str, list[Word], int, str | None]]:
    """Institution names in one line (or cell), with the line's text height: the largest wins."""
    candidates = []
    for offset, segment in _segments(line.text):
        m = _INSTITUTION.search(segment)
        if not m:
            continue
        # A header runs on after the name: "UNIVERSITY OF MICHIGAN Office of the Registrar".
        matched = _OFFICE_AFTER.split(m.group(1), maxsplit=1)[0]
        # Prose around a name ("Seal of the University", "Registrar, X University") is no header.
        if _NOT_INSTITUTION.search(segment[max(0, m.start(1) - 25) : m.start(1) + len(matched)]):
            continue
        lead, name = _trim_institution(matched)
        name = _drop_trailing_office(name.strip(" ,."))
        skip, name = _one_language(name)
        lead += skip
        if _INSTITUTION_LABEL.fullmatch(segment.strip() + " ") or len(name.split()) < 2:
            continue  # the form's label cell, "Name of Institution", names no institution
        start = offset + m.start(1) + lead
        extra, doubt = _name_tail(segment[start - offset + len(name) :])
        name += extra
        wrapped = _wrapped_tail(segment[start - offset + len(name) :], lines[i + 1 : i + 2])
        if wrapped:
            name = f"{name} of {wrapped}"  # "South China University of" / "Technology and ..."
        candidates.append((line.height, name, _words_for(line, start, start + len(name)), line.page, doubt))
    return candidates


def _one_language(name: str) -> tuple[int, str]:
    """One name of an institution printed in two languages on one run of text ("Universidade de
    Macau University of Macau"): the English one when it is there, else the first. Returns how many
    characters were dropped from the front and the name kept."""
    keys = list(re.finditer(r"\b(?i:universi\w*)", name))
    if len(keys) < 2 or keys[1].start() == 0:
        return 0, name
    first, second = name[: keys[1].start()].rstrip(), name[keys[1].start() :]
    if len(first.split()) < 2 or len(second.split()) < 2:
        return 0, name
    if second.lower().startswith("university"):
        return keys[1].start(), second
    return 0, first


def _wrapped_tail(rest: str, following: list[_Line]) -> str | None:
    """The rest of a name cut at a line's end after "of": the capitalised words opening the next line."""
    if not following or not re.fullmatch(r"\s+of\s*", rest):
        return None
    m = re.match(r"\s*((?:[A-Z][\w&'-]*)(?:\s+(?:and\s+)?[A-Z][\w&'-]*){0,3})", following[0].text)
    return m.group(1) if m else None


_OFFICE_AFTER = re.compile(r"\s+(?=(?:Office|Faculty|Department|Registrar|School)\s+(?:of|for)\b)")


def _drop_trailing_office(name: str) -> str:
    """ "Zhejiang University Graduate" -> "Zhejiang University": a word naming an office or a paper
    ("Graduate Transcript", "Registrar") follows the name on headers; it is never the name's end."""
    words = name.split()
    while len(words) > 2 and tf.fold(words[-1]) in _OFFICE_WORDS:
        words.pop()
    return " ".join(words) if len(words) < len(name.split()) else name


def _name_tail(tail: str) -> tuple[str, str | None]:
    """What of ``tail`` (the segment after a matched name) still belongs to the name, and any doubt.

    Names put their place or qualifier after the keyword ("École Polytechnique Fédérale de
    Lausanne", "Universidad Nacional de Colombia"), which the keyword pattern does not reach. A tail of
    only name-like words up to the end of the segment is taken in, but a person checks it; a tail that
    opens with an office word or prose ends the name for sure; anything else leaves the end in doubt.
    """
    words = re.findall(r"\S+", tail)
    if not words or not re.search(r"\w", tail):
        return "", None
    # Only a few capitalised words end the line after the comma ("..., SAN DIEGO"): "Fudan University,
    # Shanghai 200433, P.R. China" is an address.
    after_comma = re.fullmatch(r"\s*,\s*([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2})\s*", tail)
    if after_comma and all(
        w[:1].isupper() and tf.fold(w) not in _OFFICE_WORDS for w in after_comma.group(1).split()
    ):
        # "NATIONAL UNIVERSITY OF IRELAND, DUBLIN": a campus or city after a comma may be the name's
        return "", f"the name may go on after it ('{tail.strip()}')"
    first = words[0].strip(",.;:")
    if tf.fold(first) in _OFFICE_WORDS or not first[:1].isupper():
        return "", None
    taken = []
    for word in words:
        bare = word.strip(",.;:")
        if tf.fold(bare) in _OFFICE_WORDS or not (bare[:1].isupper() or bare.lower() in _NAME_JOINERS):
            return "", f"the name may go on after it ('{tail.strip()}')"
        taken.append(word)
    while taken and taken[-1].lower() in _NAME_JOINERS:
        taken.pop()
    lead = tail[: len(tail) - len(tail.lstrip())]
    extra = lead + tail.lstrip()[: len(" ".join(taken))] if taken else ""
    return extra.rstrip(" ,.;:"), "the name runs on past its keyword; check where it ends"


def _institution_case(name: str) -> str:
    """Title case for a name printed in capitals, joining words ("de", "of") in lower case."""
    return " ".join(
        w.lower() if w.lower() in _NAME_JOINERS else w[:1].upper() + w[1:].lower() for w in name.split()
    )


def _segments(text: str) -> list[tuple[int, str]]:
    """Pieces of a line split at " - ", "|" and "·", each with where it starts in the line."""
    out, start = [], 0
    for brk in _SEGMENT_BREAK.finditer(text):
        out.append((start, text[start : brk.start()]))
        start = brk.end()
    out.append((start, text[start:]))
    return [(i, piece) for i, piece in out if piece.strip()]


_INSTITUTION_LABEL = re.compile(
    r"(?:Name\s+of\s+(?:the\s+)?|(?:Degree\s+)?Awarding\s+)?Institution(?:\s+Name)?\s*[:：]?\s+",
    re.IGNORECASE,
)


def _trim_institution(name: str) -> tuple[int, str]:
    """Drop prose caught around the name: "Engineering at South China University" -> "South China University".

    The words before "University"/"College" are part of a name only when capitalised; a lower-case
    word there ("at", "in", "from", "the") is prose, and the name starts after the last one.
    Returns how many characters were dropped from the front and what is left.
    """
    kw = _INSTITUTION_WORD.search(name)
    if kw is None:
        return 0, name
    cut = 0
    for word in re.finditer(r"\S+", name[: kw.start()]):
        if word.group(0)[0].islower():
            cut = word.end()
    while cut < len(name) and name[cut].isspace():
        cut += 1
    # A form's label before the value: "Name of Institution  UNIVERSITY OF DHAKA".
    label = _INSTITUTION_LABEL.match(name[cut:])
    if label and _INSTITUTION_WORD.search(name[cut + label.end() :]):
        cut += label.end()
    # The same after it: "University of Oxford on 1 July" ends at "Oxford".
    kept = name[cut:]
    while (last := kept.rsplit(maxsplit=1))[-1][0].islower() and len(last) > 1:
        kept = last[0]
    return cut, kept


_TRANSLATOR_WORDS = re.compile(r"translat|sworn|notar", re.IGNORECASE)


def _holder(lines: list[_Line]) -> tuple[str, list[Word], int] | None:
    for i, line in enumerate(lines):
        low = line.text.lower()
        if i + 1 < len(lines):
            # "hereby confers" / "upon" broken over two lines: the trigger ends on the next line.
            low_joined = f"{low} {lines[i + 1].text.lower()}"
            split = [t for t in NAME_TRIGGERS if t not in low and t in low_joined]
            if split and lines[i + 1].text.lower().strip() in split[0]:
                for nxt in lines[i + 2 : i + 4]:
                    name = _name_run(nxt.words)
                    if name:
                        return " ".join(w.text.rstrip(",") for w in name), name, nxt.page
        for trigger in NAME_TRIGGERS:
            pos = low.find(trigger)
            if pos < 0 or _TRANSLATOR_WORDS.search(low[:pos]):
                continue  # "The undersigned, sworn translator ..., declares that": the translator speaks
            # "This is to certify that." (a stray mark read by OCR) still ends its line.
            after = line.text[pos + len(trigger) :].strip(" .,:;")
            if after:
                words = _words_for(line, pos + len(trigger), len(line.text))
                name = _name_run(words)
                if name:
                    return " ".join(w.text.rstrip(",") for w in name), name, line.page
                if not _HONORIFIC_ONLY.fullmatch(after) and not _NAMED_BELOW.fullmatch(after):
                    # "certify that the foregoing is a true translation": the sentence goes on about
                    # something else, and the next line (the translator, the notary) is no holder.
                    continue
            for nxt in lines[i + 1 : i + 3]:
                name = _name_run(nxt.words)
                if name:
                    return " ".join(w.text.rstrip(",") for w in name), name, nxt.page
    return _holder_after_upon(lines) or _holder_before_birth(lines)


def _holder_after_upon(lines: list[_Line]) -> tuple[str, list[Word], int] | None:
    """The name on the line after one that ends in "upon" ("conferred the degree of ... / upon / NAME").

    Certificates that set the degree between "conferred" and "upon" put "upon" on a line of its own.
    Only a line that is nothing but the name counts, so prose after "upon" never passes for one.
    """
    for i, line in enumerate(lines[:-1]):
        if not re.search(r"\bupon\s*$", line.text, re.IGNORECASE):
            continue
        nxt = lines[i + 1]
        name = _name_run(nxt.words)
        if nxt.page == line.page and name and len(name) == len(nxt.words):
            return " ".join(w.text.rstrip(",") for w in name), name, nxt.page
    return None


def _holder_before_birth(lines: list[_Line]) -> tuple[str, list[Word], int] | None:
    """The name a line opens with when its birth date follows: "Huang Siyuan, born on 14 February 1996".

    Certificates written as a statement about the holder (Chinese and German ones) name them this
    way instead of after "certify that". Only a line that is nothing but the name up to "born" counts.
    """
    for line in lines:
        born = re.search(r",?\s*\(?\b(?:born|nacid[oa]|nascid[oa])\b", line.text)
        if born is None or born.start() == 0:
            continue
        # "LIU Yang, male, born in May 1987": the sex between name and birth is not part of the name.
        before = re.sub(r",?\s*\b(?:male|female)\s*$", "", line.text[: born.start()], flags=re.IGNORECASE)
        # "Mr Haoran Li, M.Sc., born ...": a degree the holder already had follows the name.
        post = re.search(r",\s*(\S+?),?\s*$", before)
        if post and _is_abbreviation(post.group(1).rstrip(",")):
            before = before[: post.start()]
        # "GEORGIOS PAPADOPOULOS, son of NIKOLAOS, born in 1994": the father's name is not the holder's.
        before = re.sub(
            r",?\s*\b(?:(?:son|daughter)\s+of|hij[oa]\s+de|filh[oa]\s+de|fils\s+de|fille\s+de)\s+[^,]+$",
            "",
            before,
            flags=re.IGNORECASE,
        )
        # "... legislation, Ms Lucía Fernández Ortega, born on": the name after the last courtesy title.
        titled = list(_COURTESY_TITLE.finditer(before))
        start = titled[-1].end() if titled else 0
        words = _words_for(line, start, len(before))
        name = _name_run(words)
        if name and len(name) == len(words):
            return " ".join(w.text.rstrip(",") for w in name), name, line.page
    return _holder_over_birth_line(lines)


_COURTESY_TITLE = re.compile(r"(?<![\w.])(?:Mr|Ms|Mrs|Miss|Mx|Dr|Doña|Don|Sr|Sra|Srta|Dona)\.?\s+")


# "certify that the undermentioned candidate" / "the student named below" / NAME on the next line.
_NAMED_BELOW = re.compile(
    r"(?:the\s+)?(?:under-?mentioned|following|below-?named)?\s*(?:candidate|student|graduate|person)?"
    r"(?:\s+(?:named|mentioned)\s+below)?\s*[:,]?",
    re.IGNORECASE,
)
_HONORIFIC_ONLY = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?", re.IGNORECASE)
_HONORIFIC_LINE = re.compile(r"^(?:\S+\s*/\s*)?(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?\s+", re.IGNORECASE)


_BORN_LINE = re.compile(r"^(?:\S+\s*/\s*)?born\b", re.IGNORECASE)
_HEADING_WORDS = {"university", "college", "institute", "degree", "master", "bachelor", "doctor", "of", "the"}


def _holder_over_birth_line(lines: list[_Line]) -> tuple[str, list[Word], int] | None:
    """A line that is an honorific and a name, over a line giving the birth ("Pani / Ms Marta Zofia
    Kowalczyk" / "urodzona ... / born 14 May 1995 in Kraków")."""
    for line, nxt in itertools.pairwise(lines):
        m = _HONORIFIC_LINE.match(line.text)
        if nxt.page != line.page or not re.search(r"\bborn\b", nxt.text, re.IGNORECASE):
            continue
        if m is None:
            # A name set in capitals on its own line, over a line that opens with the birth
            # ("AINO MARIA VIRTANEN" / "syntynyt / born 12.4.1993"); never a heading's words.
            if not (_BORN_LINE.match(nxt.text) and line.text.isupper() and 2 <= len(line.words) <= 5):
                continue
            if any(w.text.casefold() in _OFFICE_WORDS | _HEADING_WORDS for w in line.words):
                continue
        words = _words_for(line, m.end() if m else 0, len(line.text))
        name = _name_run(words)
        if name and len(name) == len(words) and len(name) >= 2:
            return " ".join(w.text.rstrip(",") for w in name), name, line.page
    return None


def _particle(text: str) -> bool:
    """A lower-case word of a name: "van", "dos", or a prefix joined by a hyphen ("al-Rashid")."""
    return text.casefold() in _NAME_PARTICLES or bool(
        re.match(r"(?:al|el|ad|ar|as|ash|at|az|ben|bin)-\w", text)
    )


def _name_run(words: Sequence[Word]) -> list[Word] | None:
    """Capitalised name words until a comma, a lower-case word or the end ("ZHANG Wei, born ...")."""
    picked: list[Word] = []
    surname_first = False
    for w in words:
        text = w.text.strip()
        if not re.fullmatch(rf"[{tf.LATIN}'’.-]+,?", text):
            break
        if not text[0].isupper() and not _particle(text):
            break
        if not picked and tf.fold(text.rstrip(".,")) in _COURTESY_WORDS:
            continue
        if not picked and ((text.lower() in _NAME_PARTICLES and text[0].islower()) or text.lower() == "the"):
            return None  # "la Facultad de ...", "The Board of Trustees": no person's name opens so
        if surname_first and (tf.fold(text.rstrip(",.")) in _NOT_GIVEN_NAMES or len(picked) > 4):
            # "TAN, AH KOW HAS SATISFIED ...", "SUPARMAN, Student ID Number": the sentence or the
            # form goes on after the given names; a name that does not end is none
            return None if len(picked) > 4 else _enough(picked)
        picked.append(w)
        if text.endswith(","):
            if not _surname_first(picked):
                break
            surname_first = True
    return _enough(picked)


def _enough(picked: list[Word]) -> list[Word] | None:
    if any(tf.fold(w.text.strip(",.")) in _BODY_WORDS for w in picked):
        return None  # a faculty, board or university named where the holder might stand
    return picked if len(picked) >= 2 else None


# Words after "SURNAME," that end the given names: a sentence's verbs and a form's labels.
_NOT_GIVEN_NAMES = tf.FORM_WORDS | {
    "has", "have", "having", "had", "is", "was", "who", "whose", "the", "and", "with", "for", "in", "on",
    "at", "to", "upon", "ic", "nric", "matric", "reg", "registration",
}  # fmt: skip


def _surname_first(picked: list[Word]) -> bool:
    """A lone surname in capitals before its comma ("LIN, YI-CHUN, born on ..."): the given names follow."""
    text = picked[0].text.rstrip(",")
    return len(picked) == 1 and len(text) >= 2 and text.isupper()


_COURTESY_WORDS = {
    "mr",
    "ms",
    "mrs",
    "dr",
    "miss",
    "mx",
    "don",
    "dona",
    "sr",
    "sra",
    "srta",
    "senor",
    "senora",
}
# Words of bodies that confer degrees, never of a holder's name.
_BODY_WORDS = {
    "faculty", "facultad", "faculdade", "board", "trustees", "senate", "council", "committee", "university",
    "universidad", "universidade", "institute", "instituto", "school", "escuela", "department", "rector",
    "college", "academy", "ministry", "office",
}  # fmt: skip


@dataclass
class _Dated:
    """A full date on the page, with the words that label it."""

    parsed: ParsedDate
    line: _Line
    index: int  # of its line
    words: list[Word]
    label: str  # text before it on its line (since any earlier date), or the cell above it
    after: str  # text right after it on its line
    ambiguous: bool  # "05/06/2018" on a page that never shows which number is the day


@dataclass
class _Award:
    dated: _Dated
    review: str | None  # why a person should look, or None when the wording settles it


def _award_date(lines: list[_Line], after: int, transcript: bool) -> _Award | None:
    """The award date: labelled by award wording first, else (on a certificate) the date after the title."""
    tables = _table_lines(lines)
    candidates = [
        d
        for d in _dates(lines)
        if d.parsed.precision == "day"
        and (not _is_birth(d) or _admitted_to_the_degree(lines, d))
        and d.index not in tables
    ]
    labelled = [d for d in candidates if _award_label(d.label)]
    if labelled:
        # "毕业日期 Graduation 2019-07-01" beside "学位授予日期 Degree Conferred 2019-06-28": the degree's
        # date is its conferral, not the day the student left.
        labelled.sort(key=lambda d: not _CONFERRAL.search(d.label))
        return _Award(labelled[0], _ambiguity(labelled[0]))
    on_award_line = [
        d
        for d in candidates
        if _AWARD_WORDING.search(d.line.text)
        and not _ISSUE_WORDING.search(d.label)
        and not _PROSPECTIVE.search(d.line.text)
        and not _STUDY_START.search(d.line.text)
    ]
    if on_award_line:
        return _Award(on_award_line[0], _ambiguity(on_award_line[0]))
    under_heading = [d for d in candidates if _under_award_heading(lines, d)]
    if under_heading:
        return _Award(under_heading[0], _ambiguity(under_heading[0]))
    before_award = [
        d for d in candidates if _award_wording_follows(lines, d) and not _ISSUE_WORDING.search(d.label)
    ]
    if before_award:
        return _Award(before_award[0], _ambiguity(before_award[0]))
    rest = [
        d
        for d in candidates
        if d.index >= after and not _ISSUE_WORDING.search(d.label) and not _VALIDITY.search(d.label)
    ]
    if not rest:
        return None
    if transcript:
        # A transcript labels its conferral date; an unlabelled one may be an exam or print date.
        return _Award(rest[0], "no conferral wording next to this date")
    if len({d.parsed.value for d in rest}) > 1:
        return _Award(rest[0], "several dates after the degree title and none labelled as the award date")
    return _Award(rest[0], _ambiguity(rest[0]))


def _award_label(label: str) -> bool:
    label = re.split(r"[。]|\.\s", label)[-1]  # the clause the date closes, not the sentence before it
    if _ISSUE_WORDING.search(label) or _PROSPECTIVE.search(label) or _STUDY_START.search(label):
        return False
    if _VALIDITY.search(label):
        return False
    return bool(_AWARD_WORDING.search(label) or _DEGREE_DATE_LABEL.match(label))


def _under_award_heading(lines: list[_Line], dated: _Dated) -> bool:
    """A row under a short heading of award wording ("DEGREES AWARDED" / "Master of Science  05/14/2017")."""
    if dated.index == 0 or _ISSUE_WORDING.search(dated.label):
        return False
    above = lines[dated.index - 1]
    return (
        above.page == dated.line.page
        and len(above.text.split()) <= 4
        and bool(_AWARD_WORDING.search(above.text))
    )


_TO_THE_DEGREE = re.compile(r"\s*to\s+the\s+degree\b", re.IGNORECASE)


def _admitted_to_the_degree(lines: list[_Line], dated: _Dated) -> bool:
    """ "... was admitted on" / "9 December 2022" / "to the degree of": "admitted" is the award here,
    not the start of studies. Never for a birth date."""
    nxt = dated.index + 1
    return (
        not _BIRTH_BEFORE.search(dated.label[-30:])
        and not _BIRTH_AFTER.match(dated.after)
        and not dated.after.strip(" ,")
        and nxt < len(lines)
        and lines[nxt].page == dated.line.page
        and bool(_TO_THE_DEGREE.match(lines[nxt].text))
    )


def _award_wording_follows(lines: list[_Line], dated: _Dated) -> bool:
    """The sentence goes on to the award on the next line: "has on the 14th day of December 2019" /
    "conferred the degree of". Only a date that ends its line, with the next line opening on award wording."""
    nxt = dated.index + 1
    if dated.after.strip(" ,") or nxt >= len(lines) or lines[nxt].page != dated.line.page:
        return False
    # "... was admitted on" / "9 December 2022" / "to the degree of": the sentence resumes the award.
    return bool(_AWARD_WORDING.match(lines[nxt].text.strip()) or _TO_THE_DEGREE.match(lines[nxt].text))


def _ambiguity(dated: _Dated) -> str | None:
    return "day and month could be either way round" if dated.ambiguous else None


def _is_birth(dated: _Dated) -> bool:
    """A birth date, or the date studies began: neither can be the award date.

    Only the nearest words count: a prose line may name a birth place well before an award date.
    """
    near = dated.label[-30:]
    # "Datum examen / Date of graduation": a bilingual label's award wording names what the date is.
    started = _START_WORDING.search(near) and not _AWARD_WORDING.search(near)
    return bool(_BIRTH_BEFORE.search(near) or _BIRTH_AFTER.match(dated.after) or started)


def _dates(lines: list[_Line]) -> list[_Dated]:
    """Every date on the pages, in reading order, with its label."""
    day_first = _day_first(lines)
    out: list[_Dated] = []
    for i, line in enumerate(lines):
        found = _parse_dates(line.text, day_first)
        for n, (parsed, ambiguous) in enumerate(found):
            since = found[n - 1][0].end if n else 0
            label = line.text[since : parsed.start].strip()
            if not label and i > 0 and lines[i - 1].page == line.page:
                label = _cell_above(lines[i - 1], _words_for(line, parsed.start, parsed.end))
            words = _words_for(line, parsed.start, parsed.end)
            out.append(_Dated(parsed, line, i, words, label, line.text[parsed.end :], ambiguous))
        if not found and i + 1 < len(lines):
            out.extend(_split_date(lines, i, day_first))
    return out


def _split_date(lines: list[_Line], i: int, day_first: bool | None) -> list[_Dated]:
    """A date broken over two lines ("this 20th day of December" / "2013"), read from where it starts."""
    line, nxt = lines[i], lines[i + 1]
    joined = f"{line.text} {nxt.text}"
    out = []
    for parsed, ambiguous in _parse_dates(joined, day_first):
        if parsed.start < len(line.text) < parsed.end:
            words = _words_for(line, parsed.start, len(line.text)) + list(nxt.words)
            label = line.text[: parsed.start].strip()
            out.append(_Dated(parsed, line, i, words, label, joined[parsed.end :], ambiguous))
    return out


def _parse_dates(text: str, day_first: bool | None) -> list[tuple[ParsedDate, bool]]:
    """Dates in ``text`` read in the page's order; a numeric one is ambiguous when the order is unknown."""
    found = find_dates(rewrite_dates(text), day_first=day_first is not False)
    out = []
    for parsed in found:
        ambiguous = False
        if day_first is None and parsed.style == "numeric":
            other = find_dates(text[parsed.start : parsed.end], day_first=False)
            ambiguous = bool(other) and other[0].value != parsed.value
        out.append((parsed, ambiguous))
    return out


def _day_first(lines: list[_Line]) -> bool | None:
    """Whether numeric dates on these pages put the day first, as far as some date shows it.

    "11/23/1996" can only be month first, "25.01.2018" only day first; one such date settles the
    order for the page's other dates. None when no date (or contradictory dates) shows it.
    """
    day_first, month_first = numeric_order("\n".join(line.text for line in lines))
    return None if day_first == month_first else day_first


def _cell_above(above: _Line, words: list[Word]) -> str:
    """The text of the cell in the line above that sits over ``words`` (a label above its value)."""
    if not words:
        return ""
    x0, x1 = words[0].bbox[0], words[-1].bbox[2]
    for cell in _cells(above):
        if cell[0].bbox[0] <= x1 and cell[-1].bbox[2] >= x0:
            return tf.join_words(cell)
    return ""


def _cells(line: _Line) -> list[list[Word]]:
    """A line's words grouped into cells: a gap wider than one and a half text heights starts a new one."""
    return tf.cells(line.words)


def _table_lines(lines: list[_Line]) -> set[int]:
    """Indexes of course rows: lines with a course code, and rows of three or more cells under a header."""
    rows: set[int] = set()
    in_table = False
    for i, line in enumerate(lines):
        cells = _cells(line)
        heads = {tf.fold(w.text) for w in line.words} & _TABLE_HEADS
        if len(cells) >= 3 and len(heads) >= 2:
            in_table = True
        elif len(cells) < 3:
            in_table = False
        if in_table or _COURSE_CODE.search(line.text):
            rows.add(i)
    return rows


def _fields_common(prefix: str, pages: Sequence[Page], with_title: bool) -> list[Fact]:
    lines = _lines(pages)
    facts: list[Fact] = []
    holder = _holder(lines) if with_title else _labelled_holder(pages)
    if holder is None and not with_title:
        holder = _holder(lines)
    if holder is None and with_title:
        # No prose names the holder: a form-like certificate labels the name instead.
        holder = _labelled_holder(pages)
    chinese = _chinese_certificate(lines)
    holder = holder or chinese.get("holder")
    if holder:
        name, words, page = holder
        doubt = tf.name_doubt(words)
        facts.append(
            tf.fact_from(
                f"{prefix}.holder_name", name, words, page, "wording", note=doubt, force_review=bool(doubt)
            )
        )
    inst = _institution(lines)
    if inst is None and "institution" in chinese:
        inst = (*chinese["institution"], None)
    if inst:
        name, words, page, doubt = inst
        facts.append(
            tf.fact_from(
                f"{prefix}.institution", name, words, page, "wording", note=doubt, force_review=bool(doubt)
            )
        )
    title = _title(lines)
    stated = _stated_field(lines)
    if title and title.field and stated and tf.fold(stated[0]) != tf.fold(title.field):
        # "in the field of study of Computer Science" ... "(Master of Science in Engineering)": the
        # page states the field on its own, so the title's "in ..." is part of the degree's name.
        title = replace(
            title,
            title=f"{title.title} in {title.field}",
            words=[*title.words, *title.field_words],
            field=None,
            field_words=[],
        )
    if title and with_title:
        facts.append(tf.fact_from(f"{prefix}.title", title.title, title.words, title.line.page, "wording"))
    elif with_title and "title" in chinese:
        name, words, page = chinese["title"]
        facts.append(tf.fact_from(f"{prefix}.title", name, words, page, "wording"))
    if with_title:
        field_facts = _field_fact(prefix, pages, lines, title, stated)
        if not field_facts and "field" in chinese:
            name, words, page = chinese["field"]
            field_facts = [tf.fact_from(f"{prefix}.field", name, words, page, "wording")]
        facts += field_facts or _field_guess(prefix, lines, title)
    facts += _level_fact(prefix, lines, title)
    award = _award_date(lines, title.index if title else 0, transcript=not with_title)
    if award:
        dated = award.dated
        facts.append(
            tf.fact_from(
                f"{prefix}.award_date",
                dated.parsed.value,
                dated.words,
                dated.line.page,
                "wording",
                note=award.review,
                force_review=award.review is not None,
            )
        )
    return facts


# The wording of a mainland degree certificate (学位证书), fixed by the Regulations on Academic Degrees:
# "杜文博，男，1990年3月12日生。在西安交通大学电气工程学科（专业）已通过硕士学位的课程考试和论文答辩，
# 成绩合格。……授予工学硕士学位。" Read over the lines joined, since the sentence wraps anywhere.
# (The name ends where its suffix is not followed by another: 中国科学院大学, not 中国科学院.)
_CN_UNIVERSITY = r"(?!本校|我校)[\u4e00-\u9fff]{2,15}?(?:大学|学院|研究院|研究所|科学院)(?!大学|学院)"
_CN_DEGREE_PARTS = {
    "holder": re.compile(
        r"(?:^|[。\n）)])(?:兹证明|茲證明|学生|學生|研究生|毕业生|畢業生)?([\u4e00-\u9fff·]{2,8}?)[，,](?:男|女)[，,]"
    ),
    "institution": re.compile(rf"在({_CN_UNIVERSITY})"),
    # ... or without the school: "在船舶与海洋工程学科已通过硕士学位的课程考试"
    "field": re.compile(
        rf"在(?:{_CN_UNIVERSITY}|本校|我校|本院|我院)?(?!校|院|职|職|读|讀|期间|期間)"
        rf"((?:(?!大学|学院|期间|期間|所学|所學)[\u4e00-\u9fff]){{2,14}}?)(?:学科|专业)"
    ),
    "title": re.compile(r"授予([\u4e00-\u9fff]{1,4}?(?:学士|硕士|博士))(?:专业)?学位"),
}


_CN_DEGREE_ROWS = {
    "holder": (
        {"姓名"},
        re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3}"),
    ),
    "title": (
        {"所授学位", "授予学位", "学位"},
        re.compile(r"[\u4e00-\u9fff]{0,4}(?:学士|硕士|博士)(?:学位)?"),
    ),
    "field": (
        {"学科/专业", "学科专业", "专业", "学科", "专业名称"},
        re.compile(r"[\u4e00-\u9fff（）()]{2,16}"),
    ),
}


_CN_ROW_LABELS = {
    "姓名", "性别", "出生日期", "证件号码", "身份证号", "民族", "国籍", "学校名称", "学位授予单位",
    "所授学位", "学科", "专业", "学科/专业", "获学位日期", "学位证书编号", "毕业日期", "层次", "学历类别",
}  # fmt: skip


def _chinese_certificate(lines: list[_Line]) -> dict[str, tuple[str, list[Word], int]]:
    """Holder, institution, field and title from a mainland degree certificate's sentences."""
    joined, owners = "", []
    for line in lines:
        text = re.sub(r"\s+", "", line.text)
        if not tf.has_cjk(text):
            text = "\n"
        elif re.match(r"[\u4e00-\u9fff·]{2,12}[，,](?:男|女)[，,]", text):
            text = "\n" + text  # the holder's sentence opens its line
        joined += text
        owners += [line] * len(text)
    found: dict[str, tuple[str, list[Word], int]] = {}
    for key, pattern in _CN_DEGREE_PARTS.items():
        m = pattern.search(joined)
        if m and m.start(1) < len(owners):
            line = owners[m.start(1)]
            found[key] = (m.group(1), list(line.words), line.page)
    for key, (labels, value) in _CN_DEGREE_ROWS.items():
        if key in found:
            continue
        # A verification report (学信网) gives them as rows: "姓名  吴俊杰", "所授学位  工学硕士".
        for line in lines:
            cells = _cells(line)
            for label, cell in itertools.pairwise(cells):
                text = tf.join_words(cell)
                if (
                    re.sub(r"\s", "", tf.join_words(label)).rstrip(":：") in labels
                    and value.fullmatch(text)
                    and text not in _CN_ROW_LABELS  # "姓名 性别 出生日期" heads columns: 性别 is no name
                ):
                    found[key] = (re.sub(r"学位$", "", text), list(cell), line.page)
                    break
            if key in found:
                break
    if "institution" not in found:
        # "在本校..." names no school: the issuer's name stands on a line (or cell) of its own.
        for line in lines:
            for cell in _cells(line):
                text = tf.join_words(cell)
                if re.fullmatch(rf"{_CN_UNIVERSITY}", text):
                    found["institution"] = (text, list(cell), line.page)
                    break
            if "institution" in found:
                break
    return found


def _stated_field(lines: list[_Line]) -> tuple[str, list[Word], int] | None:
    """A field the page states in so many words: "in the field of study of Computer Science"."""
    return _prose_field(lines, _STATED_FIELD)


_STATED_FIELD = re.compile(
    r"\b(?i:field\s+of\s+stud(?:y|ies))(?:\s+(?i:of|in))?\s*:?\s+"
    r"(?P<field>[A-Z][\w&'-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w&'-]*){0,5})"
)


def _field_fact(
    prefix: str,
    pages: Sequence[Page],
    lines: list[_Line],
    title: _Title | None,
    stated: tuple[str, list[Word], int] | None,
) -> list[Fact]:
    """The field: ``stated`` as the field of study, else beside or under the title, else after a
    "Major" label, else in the prose."""
    if stated:
        field, words, page = stated
        return [tf.fact_from(f"{prefix}.field", field, words, page, "wording")]
    if title and title.field:
        prose = _prose_field(lines)
        if prose and tf.fold(prose[0]) != tf.fold(title.field):
            # "completed the MSc programme in Wind Energy ... the degree of Master of Science in
            # Engineering": the title's "in ..." may name the degree, the programme the field.
            field, words, page = prose
            note = f"the title says '{title.title} in {title.field}'; the programme named is {field}"
            return [
                tf.fact_from(f"{prefix}.field", field, words, page, "wording", note=note, force_review=True)
            ]
        labelled = _labelled_field(pages)
        if labelled and tf.fold(labelled[0]) != tf.fold(title.field):
            # "Master of Science (Technology)" over "Major  Control, Robotics and Autonomous Systems":
            # the bracket may qualify the degree; the form's own field row names the subject
            field, major = labelled
            note = f"the title says '{title.title} ({title.field})'; the form's field row says {field}"
            return [tf.fact_from(f"{prefix}.field", field, major.words, major.page, "label", note=note,
                                 force_review=True)]  # fmt: skip
        return [
            tf.fact_from(
                f"{prefix}.field",
                title.field,
                title.field_words,
                title.line.page,
                "wording",
                note=title.field_doubt,
                force_review=title.field_doubt is not None,
            )
        ]
    labelled = _labelled_field(pages)
    if labelled:
        field, major = labelled
        return [tf.fact_from(f"{prefix}.field", field, major.words, major.page, "label")]
    prose = _prose_field(lines)
    if prose:
        field, words, page = prose
        return [tf.fact_from(f"{prefix}.field", field, words, page, "wording")]
    return []


def _field_guess(prefix: str, lines: list[_Line], title: _Title | None) -> list[Fact]:
    """When no field is named: the title's subject, else the conferring faculty, for review."""
    subject = _title_subject(title)
    if subject and title is not None:
        # "Master of Information Technology": a title that is not a class of degree names its subject
        note = f"no field is named apart from the degree's title, {title.title}"
        return [tf.fact_from(f"{prefix}.field", subject, title.words, title.line.page, "wording", note=note,
                             force_review=True)]  # fmt: skip
    faculty = _prose_field(lines, _FACULTY)
    if faculty:
        # A German doctorate names only its class ("Doktor der Naturwissenschaften") and the faculty
        # that confers it; the faculty is the best answer there is, but it may be broader than the
        # subject ("Faculty of Engineering"), so a person confirms it.
        field, words, page = faculty
        note = f"no field is named; {field} is the faculty or department that confers the degree"
        return [tf.fact_from(f"{prefix}.field", field, words, page, "wording", note=note, force_review=True)]
    return []


# Title subjects that are a class of degree, not a subject: "Master of Science", "Doctor of Philosophy".
_GENERIC_SUBJECTS = {
    "science", "sciences", "arts", "philosophy", "letters", "applied science", "applied sciences",
    "liberal arts", "fine arts", "research", "studies", "advanced study", "advanced studies",
    # and the classes that leave the branch unsaid: "Bachelor of Engineering", "Doktor der
    # Naturwissenschaften" (Doctor of Natural Sciences)
    "engineering", "technology", "natural sciences", "engineering sciences", "social sciences",
}  # fmt: skip


def _title_subject(title: _Title | None) -> str | None:
    if title is None or " of " not in title.title:
        return None
    subject = title.title.split(" of ", 1)[1].strip()
    return subject if subject and subject.lower() not in _GENERIC_SUBJECTS else None


_FACULTY = re.compile(
    r"(?:\b(?i:faculty|department)\s+of|Fakultät\s+für|\bFachbereich)\s+"
    r"(?!(?i:graduate|postgraduate|doctoral|advanced|continuing|registry|admissions|academic)\b)"
    r"(?P<field>[A-Z][\w&'-]*(?:\s+(?:(?:and|of|&|und)\s+)?[A-Z][\w&'-]*){0,5})"
)


def _labelled_field(pages: Sequence[Page]) -> tuple[str, tf.Found[str]] | None:
    """The field after a "Major" label or in a form's programme row, cleaned."""
    # Only a label opening its row: "Subject" also heads a course table's column. A French master's
    # "Mention : Informatique" names its field (a bachelor's "Mention Bien" its grade: see _NOT_FIELD).
    labels = ("Major", "Field of Study", "Subject", "Mention")
    major = tf.value_near(pages, labels, tf.parse_name, ("right",), at_row_start=True)
    major = major or _row_field(pages)
    field = clean_field(tf.join_words(major.words)) if major else None  # its commas kept
    if field and level_of(field):
        return None  # "Programme: Bachelor of Science (Honours)" names the degree, not its field
    return (field, major) if major and field else None


def _row_field(pages: Sequence[Page]) -> tf.Found[str] | None:
    """A form row "Opleiding / Programme   Artificial Intelligence": these words label only there."""
    labels = ("Programme", "Program", "Discipline", "Specialisation", "Specialization")
    for page in pages:
        for hit in tf.row_start_labels(page, labels):
            value = tf.right_of(page, hit, next_gap=0.45 * page.width)
            # A cell of its own (a gap or a colon after the label), never "Programme Director".
            spaced = value and (
                hit.words[-1].text.endswith(":") or value[0].bbox[0] - hit.bbox[2] > 2 * tf.height(hit.bbox)
            )
            parsed = tf.parse_name(value) if spaced else None
            if parsed and not any(
                tf.fold(w.text) in _OFFICE_WORDS | {"director", "dean", "head", "chair"} for w in parsed[1]
            ):
                return tf.Found(parsed[0], tuple(parsed[1]), page.number, "right", hit)
    return None


def _level_fact(prefix: str, lines: list[_Line], title: _Title | None) -> list[Fact]:
    """The level from the title; from level wording (学士学位, "Bachelor's Degree") when there is none.

    Both are read so that a page saying two different things goes to a person.
    """
    worded = _worded_levels(lines)
    if title and (level := level_of(title.title)):
        others = {lv for lv in worded if lv != level}
        note = f"from the title '{title.title}'"
        if others:
            note += f"; the page also names a {'/'.join(sorted(others))} degree"
        return [
            tf.fact_from(
                f"{prefix}.level",
                level,
                title.words,
                title.line.page,
                "derived",
                note=note,
                force_review=bool(others),
            )
        ]
    if len(worded) == 1:
        level, (words, page) = next(iter(worded.items()))
        return [
            tf.fact_from(f"{prefix}.level", level, words, page, "wording", note="from the degree wording")
        ]
    return []


def _worded_levels(lines: list[_Line]) -> dict[str, tuple[list[Word], int]]:
    """Each level the page names outside a title, with the words of its first mention."""
    found: dict[str, tuple[list[Word], int]] = {}
    for line in lines:
        for pattern, level in _LEVEL_WORDING:
            m = pattern.search(line.text)
            if m and level not in found:
                found[level] = (_words_for(line, m.start(), m.end()), line.page)
    return found


_SURNAME_LABELS = ("Surname", "Family Name", "Last Name", "Nom", "Nachname", "Apellidos")
_GIVEN_LABELS = ("Given Name", "Given Names", "First Name", "First Names", "Forenames", "Prénom", "Vorname")


def _plain_surname_row(surname: tf.Found[str]) -> bool:
    """A surname row of the holder now: "Surname: Mohammadi", not "Surname at Birth: WILSON"."""
    if surname.label is None or not surname.value[:1].isupper():
        return False
    row = " ".join(w.text for w in surname.label.page.words if w.line == surname.label.line)
    return not re.search(r"\b(?:birth|former|maiden|previous|father|mother)", row, re.IGNORECASE)


def _split_name(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    """A name given as two labelled rows, surname and given names ("Nom / Name" + "Prénom / First name").

    Read before a bare "Name" label, which would otherwise take the given names alone.
    """
    surname = tf.value_near(pages, _SURNAME_LABELS, tf.parse_name, ("right",))
    given = tf.value_near(pages, _GIVEN_LABELS, tf.parse_name, ("right",))
    if surname is not None and given is None and _plain_surname_row(surname):
        # "Name: Reza" over "Surname: Mohammadi": beside a surname row, a bare "Name" row that opens its
        # row holds the given names ("Father's Name" does not open its row with "Name").
        given = tf.value_near(pages, ("Name",), tf.parse_name, ("right",), at_row_start=True)
    if surname is None or given is None or set(map(id, surname.words)) & set(map(id, given.words)):
        return None
    if (
        surname.label is not None
        and given.label is not None
        and surname.label.line == given.label.line
        and 0 <= given.label.bbox[0] - surname.label.bbox[2] < 3 * tf.height(surname.label.bbox)
    ):
        return None  # "Nom et prénom / Full name": one label for the whole name, not two cells
    # A third row, the middle name or patronymic ("Patronymic  Viktorovich"), stands between them.
    middle = tf.value_near(pages, vocab.MIDDLE_NAMES, tf.parse_name, ("right",))
    # ... in the column of the other parts: an empty row's next column holds another field ("Faculty").
    in_column = middle is not None and any(
        abs(middle.words[0].bbox[0] - part.words[0].bbox[0]) <= 2 * tf.height(part.words[0].bbox)
        for part in (given, surname)
    )
    if (
        middle is not None
        and in_column
        and not set(map(id, middle.words)) & set(map(id, [*surname.words, *given.words]))
    ):
        words = [*given.words, *middle.words, *surname.words]
        return f"{given.value} {middle.value} {surname.value}", words, given.page
    return f"{given.value} {surname.value}", [*given.words, *surname.words], given.page


def _labelled_holder(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    split = _split_name(pages)
    if split:
        return split
    found = tf.value_near(
        pages,
        (
            "Name",
            "Student Name",
            "Student",
            "Name of Student",
            "Name of the Candidate",
            "Candidate Name",
            "Record of",
            "Name of Graduate",
            "Graduate",
            "Full Name",
            "Nom et prénom",  # French: the whole name, where "Nom" alone is the surname
            "Nom et prénoms",
        ),
        _transcript_name,
        ("right", "above", "below"),
        at_row_start=True,  # "Student" and "Graduate" also stand in titles ("GRADUATE ACADEMIC TRANSCRIPT")
    )
    if found is None:
        return None
    return found.value, list(found.words), found.page


def _transcript_name(words: list[Word]) -> tuple[str, list[Word]] | None:
    picked = tf.name_words(words)
    if not picked or len(picked) < 2:
        return None
    if sum(tf.fold(w.text) in _TABLE_HEADS for w in picked) >= 2:
        return None  # "Course Title": a table's heading, not a name ("Mark Anthony" is one)
    if any(not w.text[:1].isupper() and not _particle(w.text) for w in picked):
        return None  # "hoort een diplomasupplement": a sentence, not a name
    return " ".join(w.text for w in picked), picked


def extract_degree(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    return _fields_common("degree", pages, with_title=True) if pages else []


def extract_transcript(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    if not pages:
        return []
    facts = _fields_common("transcript", pages, with_title=False)
    # A transcript repeats its header on every page; one reading of each field is enough.
    seen: set[str] = set()
    return [f for f in facts if not (f.field in seen or seen.add(f.field))]
