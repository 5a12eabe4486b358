"""Rebuild the Word and PDF files of held-out set 13 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout13_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the text file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import docx
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import (
    add_numbering,
    docx_bytes,
    run_table,
    set_numbering,
    write_fixtures,
)

# ---------------------------------------------------------------------------
# 1. Word: joint working protocol, OIA and Medr (automatic list numbering)
# ---------------------------------------------------------------------------

NUM_ID = 90

ABSTRACT = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="2">
    <w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr>
  </w:lvl>
</w:abstractNum>
"""


# (kind, text): title, p (plain), H (numbered Heading 1), h (unnumbered Heading 1),
# n1 (auto-numbered clause 1.1), n2 (auto-lettered item (a)), table (rows)
JWP = [
    (
        "title",
        "Joint Working Protocol between the Office of the Independent Adjudicator for "
        "Higher Education and the Commission for Tertiary Education and Research",
    ),
    ("p", "Version 1.0 \u2013 effective from 1 September 2025"),
    ("H", "Parties and purpose"),
    (
        "n1",
        "This protocol is agreed between the Office of the Independent Adjudicator for Higher "
        "Education (\u201cthe OIA\u201d) and the Commission for Tertiary Education and Research "
        "(\u201cMedr\u201d). In this document they are called \u201cthe parties\u201d.",
    ),
    (
        "n1",
        "The OIA and Medr both have responsibilities towards students at higher education "
        "providers in Wales, but those responsibilities are different and complementary. This "
        "protocol explains how the parties will work together where their roles meet, so that "
        "students are directed to the right body, concerns come to light early, and information "
        "moves between the two organisations lawfully and in proportion to the need.",
    ),
    (
        "n1",
        "The protocol applies to providers in Wales that are registered with Medr and are "
        "members of the OIA\u2019s scheme. It does not apply to further education or "
        "apprenticeship provision, which fall outside the OIA\u2019s remit.",
    ),
    (
        "n1",
        "This protocol is a statement of how the parties intend to work together. It is not "
        "legally binding, creates no contractual rights and does not limit the discretion of "
        "either party in carrying out its statutory functions.",
    ),
    ("H", "Roles of the parties"),
    (
        "n1",
        "The OIA is the designated operator of the student complaints scheme under Part 2 of the "
        "Higher Education Act 2004. It is independent of government and of the providers it "
        "covers. It reviews complaints from students and former students that have been "
        "through a provider\u2019s internal procedures, decides whether each complaint is "
        "justified, and may recommend that the provider puts things right.",
    ),
    (
        "n1",
        "Medr was established by the Tertiary Education and Research (Wales) Act 2022 and took "
        "on its main functions in August 2024. It funds, oversees and regulates tertiary "
        "education and research in Wales. Its regulatory work covers the quality of education, "
        "financial sustainability, governance and the protection of learners\u2019 interests at "
        "registered providers.",
    ),
    (
        "n1",
        "Neither party will investigate or decide a matter that falls to the other. Medr does "
        "not consider individual complaints from students, and the OIA does not make findings "
        "about whether a provider meets the conditions of its registration with Medr.",
    ),
    ("H", "Principles"),
    (
        "n1",
        "The parties will be guided by the following principles in all their dealings under "
        "this protocol:",
    ),
    (
        "n2",
        "respect for the independence of each organisation and for the limits of its "
        "statutory remit;",
    ),
    ("n2", "putting the interests of students and learners at the centre of decisions;"),
    ("n2", "openness with each other about when joint working is, and is not, appropriate;"),
    (
        "n2",
        "proportionality, so that providers are not asked for the same information twice "
        "without good reason; and",
    ),
    ("n2", "handling information securely and only as far as the purpose requires."),
    ("H", "Relationship management"),
    (
        "n1",
        "Each party will appoint a relationship manager, who is responsible for the day-to-day "
        "operation of this protocol and acts as the first point of contact for the other party. "
        "The relationship managers at the date of this protocol are named in Annex A.",
    ),
    (
        "n1",
        "The relationship managers will meet every six months. Their meetings will look at how "
        "the protocol is working, at emerging themes from complaints and regulatory activity, "
        "and at any joint work planned for the following period.",
    ),
    (
        "n1",
        "The Independent Adjudicator and Medr\u2019s Chief Executive will meet at least once a "
        "year to discuss strategic matters affecting students in Wales.",
    ),
    (
        "n1",
        "Staff of either party may contact their counterparts at any time where a matter needs "
        "to be discussed and cannot wait for a scheduled meeting.",
    ),
    ("H", "Information sharing"),
    (
        "n1",
        "Information passed between the parties under this protocol must be handled in line "
        "with the UK General Data Protection Regulation, the Data Protection Act 2018 and each "
        "party\u2019s information governance policies. Each party remains responsible, as "
        "controller, for its own compliance.",
    ),
    ("n1", "The OIA will provide Medr with:"),
    (
        "n2",
        "an annual summary, by provider, of the complaints it has received from students in "
        "Wales and of their outcomes;",
    ),
    ("n2", "the case summaries it publishes that relate to providers in Wales; and"),
    ("n2", "statistics on the time taken to close complaints from students in Wales."),
    (
        "n1",
        "Medr will keep the OIA informed of changes to its register, including providers that "
        "join or leave the register, so that the OIA\u2019s membership records stay accurate.",
    ),
    (
        "n1",
        "Where the OIA\u2019s work on complaints points to a possible systemic problem with the "
        "quality of education, or with the protection of students\u2019 interests, at a "
        "provider, the OIA will refer the matter to Medr. It will do so whether or not the "
        "individual complaint has been resolved.",
    ),
    (
        "n1",
        "Medr will not disclose to the OIA information about a provider\u2019s financial "
        "position that the provider gave it in confidence, unless the provider agrees or the "
        "law requires disclosure.",
    ),
    (
        "n1",
        "A student who contacts Medr with an individual complaint that is within the OIA\u2019s "
        "remit will be told about the OIA\u2019s scheme and, with the student\u2019s consent, "
        "referred to the OIA together with any documents the student has supplied.",
    ),
    (
        "n1",
        "Each party will securely delete personal data received from the other once it is no "
        "longer needed for the purpose for which it was shared.",
    ),
    ("H", "Notifications"),
    (
        "n1",
        "Early warning helps both organisations to respond in good time and avoids students "
        "receiving conflicting messages.",
    ),
    ("n1", "The notifications each party has agreed to make to the other are set out below:"),
    (
        "table",
        [
            ["Event", "Who tells whom", "When"],
            [
                "The OIA decides to accept a group complaint from students at a provider in Wales",
                "The OIA tells Medr",
                "Within 5 working days of the decision",
            ],
            [
                "A provider in Wales has not complied with an OIA recommendation by the deadline set",
                "The OIA tells Medr",
                "Within 10 working days of the deadline passing",
            ],
            [
                "Medr opens a formal investigation into, or imposes a sanction on, a provider in Wales",
                "Medr tells the OIA",
                "Before the decision is made public, where the law allows",
            ],
            [
                "A provider in Wales plans to close, merge or stop recruiting students to a course",
                "Medr tells the OIA",
                "As soon as Medr becomes aware",
            ],
            [
                "Either party plans to publish a report or statement that refers to the other",
                "The publishing party sends the other a draft",
                "At least 48 hours before publication",
            ],
            [
                "Information shared under this protocol is lost, stolen or disclosed without authority",
                "The party that discovers the breach tells the other party\u2019s data protection officer",
                "Within 24 hours of discovery",
            ],
        ],
    ),
    (
        "n1",
        "Notifications are made by email to the relationship manager of the party receiving "
        "them. Messages containing personal data must be marked OFFICIAL-SENSITIVE and sent by "
        "a secure route.",
    ),
    (
        "n1",
        "If in doubt, staff are encouraged to discuss a matter informally with their "
        "counterparts before deciding whether it needs formal notification.",
    ),
    ("H", "Freedom of information, publication and the media"),
    (
        "n1",
        "Both parties are public authorities for the purposes of the Freedom of Information Act "
        "2000. Where either receives a request for information that it obtained from the other, "
        "it will consult the other before deciding whether to disclose it. The decision on "
        "disclosure stays with the party that received the request, which remains responsible "
        "for meeting the statutory time limit.",
    ),
    (
        "n1",
        "Each party will keep confidential any draft report, finding or decision shared with it "
        "by the other before publication, and will not disclose it to anyone outside its own "
        "organisation.",
    ),
    (
        "n1",
        "The parties\u2019 press offices will liaise on media enquiries that concern the work of "
        "both organisations. Each party will send the other a copy of any press release that "
        "names the other at least 24 hours before it is issued.",
    ),
    ("H", "Staff awareness"),
    (
        "n1",
        "Each party will make sure that staff who deal with complaints, casework or the "
        "monitoring of providers in Wales are briefed on this protocol, and on the role of the "
        "other organisation, as part of their induction.",
    ),
    (
        "n1",
        "The OIA will offer Medr\u2019s staff an annual briefing on its approach to complaints "
        "from students in Wales, and Medr will brief OIA staff on any significant change to its "
        "regulatory framework.",
    ),
    ("H", "Resolving disagreements"),
    (
        "n1",
        "The parties will try to resolve any disagreement about this protocol at the lowest "
        "possible level. A disagreement that the relationship managers cannot settle will be "
        "referred to the OIA\u2019s Deputy Chief Executive and Medr\u2019s Director of "
        "Regulation and, if it is still not resolved, to the Independent Adjudicator and "
        "Medr\u2019s Chief Executive.",
    ),
    ("H", "Review"),
    (
        "n1",
        "This protocol takes effect on 1 September 2025 and replaces the informal arrangements "
        "that existed between the OIA and the Higher Education Funding Council for Wales.",
    ),
    (
        "n1",
        "The parties will review this protocol every two years. Either party may ask for an "
        "earlier review at any time, for example if legislation changes the responsibilities "
        "of either party.",
    ),
    (
        "n1",
        "Changes to this protocol must be agreed in writing by both parties, except changes to "
        "Annex A, which either party may make by notice to the other.",
    ),
    ("h", "Signatories"),
    (
        "table",
        [
            [
                "For the Office of the Independent Adjudicator for Higher Education",
                "For the Commission for Tertiary Education and Research",
            ],
            ["Name: Dr Hannah Ellery", "Name: Rhodri Llewellyn"],
            ["Independent Adjudicator and Chief Executive", "Chief Executive"],
            ["Date: 18 August 2025", "Date: 26 August 2025"],
        ],
    ),
    ("h", "Annex A: Contacts"),
    (
        "table",
        [
            ["Role", "OIA", "Medr"],
            [
                "Relationship manager",
                "Head of Policy and External Relations",
                "Head of Regulation and Learner Protection",
            ],
            ["Escalation contact", "Deputy Chief Executive", "Director of Regulation"],
            ["Data protection officer", "dpo@oiahe.org.uk", "dpo@medr.cymru"],
            ["Press office", "press@oiahe.org.uk", "press@medr.cymru"],
        ],
    ),
    (
        "p",
        "Either party may update its contacts by emailing the other party\u2019s relationship "
        "manager.",
    ),
]


def build_docx() -> bytes:
    document = docx.Document()
    add_numbering(document, ABSTRACT, NUM_ID)

    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    for kind, value in JWP:
        if kind == "title":
            document.add_heading(value, level=0)
        elif kind == "p":
            document.add_paragraph(value)
        elif kind == "H":
            set_numbering(document.add_heading(value, level=1), 0, NUM_ID)
        elif kind == "h":
            document.add_heading(value, level=1)
        elif kind == "n1":
            set_numbering(document.add_paragraph(value), 1, NUM_ID)
        elif kind == "n2":
            set_numbering(document.add_paragraph(value), 2, NUM_ID)
        elif kind == "table":
            run_table(document, value)
        else:
            raise ValueError(kind)

    props = document.core_properties
    props.title = "Joint Working Protocol: OIA and Medr"
    props.author = "OIA Policy and External Relations"
    props.last_modified_by = "OIA Policy and External Relations"
    props.created = dt.datetime(2025, 8, 26, 9, 0, 0)
    props.modified = dt.datetime(2025, 8, 26, 9, 0, 0)
    props.revision = 3
    return docx_bytes(document)


# ---------------------------------------------------------------------------
# 2. PDF: information sharing agreement, UKRI and SLC (contents list on page 1)
# ---------------------------------------------------------------------------

WIDTH = 92

# ("H", "1. Introduction and parties") heading line; ("P", text) wrapped paragraph;
# ("L", text) single line kept as is
ISA = [
    ("H", "1. Introduction and parties"),
    (
        "P",
        "1.1 This agreement is made between UK Research and Innovation (\u201cUKRI\u201d), a "
        "non-departmental public body established by the Higher Education and Research Act "
        "2017, and Student Loans Company Limited (\u201cSLC\u201d), a non-profit-making company "
        "owned by the Department for Education and the devolved governments, which "
        "administers student finance in the United Kingdom.",
    ),
    (
        "P",
        "1.2 UKRI, through its research councils, funds doctoral studentships at universities "
        "and research organisations across the United Kingdom. A studentship pays the "
        "student\u2019s tuition fees and a tax-free maintenance stipend for the period of the "
        "award.",
    ),
    (
        "P",
        "1.3 SLC administers Postgraduate Doctoral Loans on behalf of the Department for "
        "Education and the Welsh Government. Under the regulations that govern those loans, a "
        "student who already receives funding from a research council for the same course is "
        "not eligible for a loan.",
    ),
    (
        "P",
        "1.4 This agreement sets out the data the parties exchange to check eligibility, the "
        "legal basis for the exchange and the safeguards that apply. It replaces the agreement "
        "the parties signed in 2021.",
    ),
    (
        "P",
        "1.5 In this agreement, \u201cshared data\u201d means personal data passed between the "
        "parties under it, and \u201cworking day\u201d means a day other than a Saturday, a Sunday "
        "or a public holiday in England.",
    ),
    ("H", "2. Purpose"),
    ("P", "2.1 The purposes of the data sharing are:"),
    (
        "P",
        "(a) to identify students who have applied for a Postgraduate Doctoral Loan while "
        "holding a UKRI-funded studentship for the same course;",
    ),
    ("P", "(b) to prevent public money being paid twice for the same period of study; and"),
    ("P", "(c) to support the recovery of any overpayment that has already been made."),
    (
        "P",
        "2.2 Data shared under this agreement will not be used for any other purpose, including "
        "marketing, profiling or the assessment of a student\u2019s academic progress.",
    ),
    (
        "P",
        "2.3 The parties expect the sharing to benefit students as well as the public purse, by "
        "identifying duplicate funding early, before a large debt builds up.",
    ),
    ("H", "3. Legal basis"),
    (
        "P",
        "3.1 UKRI discloses data in the exercise of its functions under Part 3 of the Higher "
        "Education and Research Act 2017, which include the funding of research training. SLC "
        "receives and discloses data in carrying out student support functions on behalf of "
        "the Secretary of State and the Welsh Ministers under the Teaching and Higher Education "
        "Act 1998 and the regulations made under it.",
    ),
    (
        "P",
        "3.2 For the purposes of the UK General Data Protection Regulation, both parties rely on "
        "Article 6(1)(e): the processing is necessary for the performance of a task carried out "
        "in the public interest or in the exercise of official authority vested in the "
        "controller. No special category data or criminal offence data is shared.",
    ),
    (
        "P",
        "3.3 Each party is a separate controller of the personal data it holds. Neither party "
        "processes data on behalf of the other.",
    ),
    ("H", "4. Data to be shared"),
    (
        "P",
        "4.1 UKRI will provide SLC each month with the data items listed in Annex A for every "
        "student who holds, or has accepted the offer of, a UKRI-funded doctoral studentship.",
    ),
    (
        "P",
        "4.2 SLC will return to UKRI, within 10 working days of receiving each file, the details "
        "of any student in that file who has applied for or received a Postgraduate Doctoral "
        "Loan, with the amounts paid and the dates of payment.",
    ),
    (
        "P",
        "4.3 Neither party will share information about a student\u2019s health, disability, "
        "ethnicity or any other special category data under this agreement, even where it "
        "appears in an application.",
    ),
    (
        "P",
        "4.4 Data items may be added to Annex A only by written agreement of both information "
        "asset owners.",
    ),
    ("H", "5. Transfer of data"),
    (
        "P",
        "5.1 All transfers of files under this agreement take place through SLC\u2019s secure "
        "file transfer service, with files encrypted in transit and at rest. Data will not be "
        "sent by email, on removable media or by any other route.",
    ),
    (
        "P",
        "5.2 The receiving party will check each file on arrival and will tell the sending party "
        "without delay if a file is incomplete, corrupt or cannot be read.",
    ),
    ("H", "6. Security and handling"),
    (
        "P",
        "6.1 Each party will hold shared data only on systems that meet the Government\u2019s "
        "Minimum Cyber Security Standard, and will restrict access to named staff who need it "
        "for the purposes of this agreement.",
    ),
    (
        "P",
        "6.2 Staff with access to shared data will have completed data protection training "
        "within the previous 12 months and will be briefed on the terms of this agreement before "
        "they are given access.",
    ),
    (
        "P",
        "6.3 Each party will keep the data it receives confidential and will not disclose it to "
        "any third party, other than a processor acting under a written contract, unless the "
        "law requires disclosure.",
    ),
    (
        "P",
        "6.4 SLC will keep matched records for as long as the related loan account remains open "
        "and for six years afterwards. UKRI will delete the details of unmatched students "
        "returned by SLC within three months of receipt.",
    ),
    (
        "P",
        "6.5 Each party will check at least once a year that access to shared data is limited "
        "to authorised staff, and will record the result of the check.",
    ),
    ("H", "7. Individuals\u2019 rights and transparency"),
    (
        "P",
        "7.1 Each party will describe this data sharing in its privacy notice and will keep that "
        "description up to date.",
    ),
    (
        "P",
        "7.2 A party that receives a request from an individual to exercise their rights under "
        "data protection law, where the request covers data received from the other party, "
        "will tell the other party within five working days.",
    ),
    (
        "P",
        "7.3 Requests under the Freedom of Information Act 2000 that concern this agreement, or "
        "information supplied by the other party, will be answered by the party that receives "
        "them, but only after it has consulted the other party.",
    ),
    ("H", "8. Personal data breaches"),
    (
        "P",
        "8.1 A party that becomes aware of a personal data breach affecting shared data will "
        "notify the other party\u2019s data protection officer within 24 hours and will "
        "co-operate fully with any investigation.",
    ),
    (
        "P",
        "8.2 Each party will decide for itself, as controller, whether a breach must be reported "
        "to the Information Commissioner and to the individuals affected.",
    ),
    ("H", "9. Roles and contacts"),
    (
        "P",
        "9.1 Each party will name an information asset owner for the data it supplies and a "
        "single point of contact who is responsible for the day-to-day operation of this "
        "agreement. Their roles are listed in Annex B.",
    ),
    (
        "P",
        "9.2 The single points of contact will meet every quarter, by video call or in person, "
        "to review match rates, errors, complaints and any changes to the funding rules.",
    ),
    (
        "P",
        "9.3 The single points of contact will keep a log of files sent and received, of "
        "matches found and of errors corrected.",
    ),
    ("H", "10. Matches and overpayments"),
    (
        "P",
        "10.1 Where a match shows that a student has received both a studentship and a loan for "
        "the same period, SLC will decide whether to suspend or recover the loan in line with "
        "its own procedures and will tell UKRI the outcome within 30 days.",
    ),
    (
        "P",
        "10.2 UKRI will not withdraw or reduce a studentship on the basis of a match alone, "
        "without first checking the facts with the research organisation at which the student "
        "is registered.",
    ),
    ("H", "11. Resolving disputes"),
    (
        "P",
        "11.1 Disputes between the parties about this agreement will be raised first between "
        "the single points of contact. If they cannot agree within 20 working days, the dispute "
        "will go to the information asset owners and then, if it is still unresolved, to "
        "UKRI\u2019s Chief Operating Officer and SLC\u2019s Chief Executive Officer.",
    ),
    ("H", "12. Review and termination"),
    (
        "P",
        "12.1 This agreement comes into effect on the date of the last signature below and "
        "remains in force until it is terminated.",
    ),
    (
        "P",
        "12.2 The single points of contact will review this agreement every year. Either party "
        "may ask for a review at any other time, for instance after a change in the law or in "
        "the funding rules.",
    ),
    (
        "P",
        "12.3 Either party may end this agreement by giving three months\u2019 notice in "
        "writing. On termination, each party will securely destroy the data it has received "
        "from the other.",
    ),
    ("H", "13. Signatures"),
    (
        "L",
        "Signed for UK Research and Innovation: Dr Helen Okafor, Chief Operating Officer, "
        "3 March 2025.",
    ),
    (
        "L",
        "Signed for Student Loans Company Limited: Alan Petrie, Chief Executive Officer, "
        "17 March 2025.",
    ),
    ("H", "Annex A \u2013 Data items supplied by UKRI"),
    ("P", "Each monthly file contains the following fields for each student:"),
    ("L", "\u2022 Surname, forenames and any previous surname"),
    ("L", "\u2022 Date of birth"),
    ("L", "\u2022 Research organisation and its UK Provider Reference Number"),
    ("L", "\u2022 Studentship reference and the research council funding the award"),
    ("L", "\u2022 Start date and expected end date of the award"),
    ("L", "\u2022 Status of the award (active, suspended, terminated or completed)"),
    (
        "P",
        "Each field is as recorded in UKRI\u2019s funding service on the date the file is "
        "produced.",
    ),
    ("H", "Annex B \u2013 Contacts"),
    ("L", "UKRI information asset owner: Director of Funding Operations."),
    ("L", "UKRI single point of contact: Head of Studentship Operations."),
    ("L", "SLC information asset owner: Director of Customer Operations."),
    ("L", "SLC single point of contact: Counter Fraud and Data Sharing Manager."),
]

CONTENTS = [
    ("1. Introduction and parties", 2),
    ("2. Purpose", 2),
    ("3. Legal basis", 2),
    ("4. Data to be shared", 3),
    ("5. Transfer of data", 3),
    ("6. Security and handling", 3),
    ("7. Individuals\u2019 rights and transparency", 4),
    ("8. Personal data breaches", 4),
    ("9. Roles and contacts", 4),
    ("10. Matches and overpayments", 4),
    ("11. Resolving disputes", 4),
    ("12. Review and termination", 5),
    ("13. Signatures", 5),
    ("Annex A \u2013 Data items supplied by UKRI", 5),
    ("Annex B \u2013 Contacts", 5),
]

HEADER = "OFFICIAL                                   UKRI / SLC Information Sharing Agreement"
BODY_LINES = 36


def _isa_lines() -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for kind, text in ISA:
        if kind in ("H", "L"):
            lines.append((kind, text))
        else:
            for i, line in enumerate(textwrap.wrap(text, WIDTH)):
                lines.append(("P" if i == 0 else "C", line))
    return lines


def build_pdf() -> bytes:
    body = _isa_lines()
    # continuation lines must not look like the start of a clause or item
    for kind, line in body:
        if kind == "C":
            assert not line[0].isdigit() and not line.startswith("("), line
    pages_body: list[list[str]] = [[]]
    for kind, line in body:
        page = pages_body[-1]
        room = BODY_LINES - len(page)
        if room <= 0 or (kind == "H" and room < 3):
            pages_body.append([])
            page = pages_body[-1]
        page.append(line)
    first = [
        "Information Sharing Agreement",
        "between UK Research and Innovation and Student Loans Company Limited",
        "Contents",
    ]
    for heading, pno in CONTENTS:
        dots = "." * max(4, 70 - len(heading))
        first.append(f"{heading} {dots} {pno}")
    total = 1 + len(pages_body)
    pages = []
    for n, content in enumerate([first, *pages_body], start=1):
        pages.append([HEADER, *content, f"Version 2.0  |  Page {n} of {total}", "OFFICIAL"])
    return make_pdf(pages)


def main() -> None:
    write_fixtures(
        {
            "oia-medr-jwp.docx": build_docx(),
            "ukri-slc-isa.pdf": build_pdf(),
        }
    )


if __name__ == "__main__":
    main()
