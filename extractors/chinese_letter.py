"""The wording of a Chinese employment certificate (在职证明, 工作证明, 离职证明).

Such a certificate is one sentence: "兹证明 李明轩（身份证号码：…）自 2018 年 3 月 1 日起至今在我公司工作，
现任产品研发中心高级产品经理，…" or "兹证明张雨桐，女，…，于 2016年7月11日 至 2021年6月30日 在我公司研发部任
软件工程师". The name follows 兹证明; the period follows 自/于/从 and ends with 至今 (still employed)
or 至 <date>; the post follows 现任/担任, or 任 right after the department. This module finds those
spans in the letter's text; the reference-letter extractor turns them into facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{4}[-./]\d{1,2}[-./]\d{1,2}"
_NAME = re.compile(
    r"(?:兹|茲)(?:证明|證明|有)\s*(?:我(?:公司|司|单位|單位)(?:员工|員工|职工|職工)?\s*)?"
    r"(?!上述|该|該|此|本|其|我)(?P<name>[\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3})\s*"
    r"(?:同志|先生|女士)?\s*(?=[（(，,]|自|于|於|从|從)"
)
_PERIOD = re.compile(
    rf"(?:自|于|於|从|從)\s*(?P<start>{_DATE})\s*(?:起|开始|開始|入职|入職|进入|進入|加入)?\s*"
    rf"(?:(?P<now>至今|至现在|至現在|迄今)|(?:至|到|—|-|~|～)\s*(?P<end>{_DATE}))"
)
# A start without its end in the same breath: "自2018年7月2日起在我公司担任 ..."
_STARTED = re.compile(rf"(?:自|于|於|从|從)\s*(?P<start>{_DATE})\s*(?:起|开始|開始|入职|入職|进入|進入|加入)")
# The day of leaving: "于2023年3月31日因个人原因离职"
_LEFT = re.compile(
    rf"(?:于|於|至)\s*(?P<end>{_DATE})\s*(?:因[^，。,]{{0,12}}?)?(?:正式)?(?:离职|離職|辞职|辭職|解除)"
)
_STILL = re.compile(r"至今|迄今|在职至今|在職至今")
# The post: after 现任/担任, 离职前任 (held when leaving), or 任 right after a department
# ("研发部任软件工程师"), up to the clause's end.
_TITLE = re.compile(
    r"(?:现任|現任|担任|擔任|职务为|職務為|职位为|職位為|岗位为|崗位為|(?<=离职前|離職前)任(?!务|務|何|期|职|職)"
    r"|(?<=[部门門处處科组組心室，,今\s])任(?!务|務|何|期|职期|職期))\s*"
    # (a list of posts held in turn, "会计主管、财务部经理", is cut to its last in _current_title)
    r"(?P<title>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9 、]{1,31}?)\s*"
    r"(?:一职|一職|职务|職務|职位|職位)?\s*(?=[，,。；;（(]|$)"
)


# A Chinese post ends with the noun of a job: 经理 (manager), 工程师 (engineer), 专员 (officer) ...
CHINESE_JOB_ENDING = re.compile(
    r"(?:经理|經理|工程师|工程師|师|師|员|員|主管|总监|總監|主任|专员|專員|顾问|顧問|助理|会计|會計|出纳|出納"
    r"|总裁|總裁|部长|部長|组长|組長|负责人|負責人|秘书|秘書|代表|董事|董事长|董事長|合伙人|合夥人|律师|律師"
    r"|医生|醫生|教授|主编|主編|编辑|編輯|官|长|長)$"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ChineseEmployment:
    name: Span | None
    title: Span | None
    start: Span | None  # the start date as written
    end: Span | None  # the end date as written; None while employed
    ongoing: bool  # 至今: still employed


def _span(m: re.Match[str] | None, group: str) -> Span | None:
    if m is None or m.group(group) is None:
        return None
    return Span(m.start(group), m.end(group), m.group(group))


def read_chinese_employment(text: str) -> ChineseEmployment | None:
    """The certificate's name, post and period as spans of ``text``; None when it has none of them.

    Of several periods the first is the start (a letter tells a career in order); a probation or
    the certificate's own validity ("试用期自 D 至 D", "本证明有效期自 D 至 D") is no employment. 至今
    anywhere keeps the employment running. Of several posts the current one: 现任, else one 至今
    introduces, else the last; an earlier duty (曾担任) never.
    """
    name = _NAME.search(text)
    periods = [m for m in _PERIOD.finditer(text) if not _other_period(text, m.start())]
    started = [m for m in _STARTED.finditer(text) if not _other_period(text, m.start())]
    firsts = sorted([*periods, *started], key=lambda m: m.start())
    start = _span(firsts[0], "start") if firsts else None
    still = any(not _other_period(text, m.start()) for m in _STILL.finditer(text))
    ended = [m for m in periods if m.group("end")]
    left = _LEFT.search(text)
    end = None if still else _span(left, "end") if left else _span(ended[-1], "end") if ended else None
    if end is not None and re.search(r"现任|現任", text[end.end :]):
        end = None  # "至2017年6月30日离职；后于2019年1月2日重新入职，现任…": employed again now
    title = _current_title(text)
    if not (name or start or title):
        return None
    return ChineseEmployment(name=_span(name, "name"), title=title, start=start, end=end, ongoing=still)


# Periods that are not the employment: a probation, an internship, a contract's or the letter's own term.
_OTHER_TERM = re.compile(
    r"(?:试用期|試用期|实习期|實習期|见习期|見習期|合同期|有效期|证明有效|證明有效)[^，。,]{0,4}$"
)
# "我公司市场部经理": "our company" (our bank 我行, our firm 我所) before a post is not part of it.
_OUR = re.compile(
    r"^(?:我公司|我司|本公司|我单位|我單位|本单位|本單位|我校|本校|我院|本院|我行|本行|我所|本所)\s*"
)


def _other_period(text: str, at: int) -> bool:
    return bool(_OTHER_TERM.search(text[max(0, at - 10) : at]))


def _current_title(text: str) -> Span | None:
    best: tuple[int, int, Span] | None = None
    for m in _TITLE.finditer(text):
        if text[max(0, m.start() - 1) : m.start()] in ("曾", "历", "歷"):
            continue  # 曾担任 / 历任: held before, not now
        rank = (
            3
            if m.group(0).startswith(("现任", "現任"))
            else 2
            if _STILL.search(text[max(0, m.start() - 8) : m.start()])
            else 1
        )
        our = _OUR.match(m.group("title"))
        cut = our.end() if our else 0
        # "先后担任会计主管、财务部经理": posts held in turn, the last the latest; "现任车间技术员、兼任
        # 工会小组长": posts held at once, the first the job; a list of duties ("担任项目管理、团队建设
        # 等工作") names no post
        title, stop = m.group("title"), len(m.group("title"))
        if "、" in title:
            in_turn = bool(re.search(r"先后|相继|陆续|陸續", text[max(0, m.start() - 4) : m.start()]))
            first, last = title.find("、"), title.rfind("、") + 1
            if in_turn:
                cut = max(cut, last)
            else:
                stop = first
            if not CHINESE_JOB_ENDING.search(title[cut:stop].strip()):
                continue
        span = Span(m.start("title") + cut, m.start("title") + stop, title[cut:stop])
        if best is None or (rank, m.start()) >= best[:2]:
            best = (rank, m.start(), span)
    return best[2] if best else None


# Characters a letter writes differently in simplified and traditional Chinese (证/證, 职/職 ...),
# the commonest of an employment certificate.
_SIMPLIFIED = frozenset("证书务员职门发为们这时现经业术国资级应进单营销总监财会计")
_TRADITIONAL = frozenset("證書務員職門發為們這時現經業術國資級應進單營銷總監財會計")


def written_in_simplified(text: str) -> bool:
    """Whether the text's Chinese is simplified (mainland China, Singapore, Malaysia): three or more
    of the simplified forms above, none of the traditional ones."""
    chars = set(text)
    return len(chars & _SIMPLIFIED) >= 3 and not chars & _TRADITIONAL
