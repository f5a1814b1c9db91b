"""Labels that mean the same thing on every kind of certificate, in the wordings issuers use.

One list per meaning, shared by the extractors, so a wording learnt from one issuer (a Brazilian
"Last (Family) Name", an Egyptian "Born:") helps every kind of document at once. Longer phrases
come first: `find_labels` keeps the best-scoring phrase when two match the same words.
"""

from __future__ import annotations

FAMILY_NAME = (
    "Last (Family) Name",
    "Family Name",
    "Family Names",
    "Last Name",
    "Surname",
    "Apellidos",
    "Nachname",
    "Sobrenome",
)
GIVEN_NAMES = (
    "First (Given) Name",
    "First Name(s)",
    "First Names",
    "First Name",
    "Given Name(s)",
    "Given Names",
    "Given Name",
    "Other Names",
    "Forenames",
    "Vorname",
    "Prénom",
)
MIDDLE_NAMES = ("Middle Name(s)", "Middle Names", "Middle Name", "Patronymic")
FULL_NAME = (
    "Candidate Name",
    "Name of Candidate",
    "Test Taker Name",
    "Test taker",
    "Examinee Name",
    "Examinee",
    "Candidate",
    "Full Name",
    "Name",
    "考生姓名",
    "姓名",
    "氏名",
)
DATE_OF_BIRTH = (
    "Date of Birth",
    "Birth Date",
    "Birthdate",
    "DOB",
    "D.O.B.",
    "Born on",
    "Born",
    "Geburtsdatum",
    "Date de naissance",
    "Fecha de nacimiento",
    "Data de nascimento",
    "出生日期",
    "生年月日",
)
TEST_DATE = (
    "Test Date",
    "Date of Test",
    "Test taken on",
    "Date Taken",
    "Examination Date",
    "Exam Date",
    "Date of Examination",
    # Not "Administration Date": fuzzy matching takes it for an IELTS form's "Administrator Date",
    # the date the centre signed the form.
    "Administered",
    "Sitting Date",
    "考试日期",
    "考試日期",
    "考试时间",
    "考試時間",
    "测试时间",
    "测试日期",
    "測試日期",
    "測試時間",
    "受験日",
)
