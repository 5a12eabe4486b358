"""Rebuild the Word and PDF files of held-out set 17 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout17_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the markdown file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import (
    add_numbering,
    docx_bytes,
    set_numbering,
    text_table,
    write_fixtures,
)

# ---------------------------------------------------------------------------
# 1. Word liaison agreement: GOC, NHSCFA, NHSBSA
# ---------------------------------------------------------------------------

NUM_ID = 90

ABSTRACT = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)


def _para(document, text: str, level: int | None = None, style: str | None = None):
    p = document.add_paragraph(text, style=style)
    if level is not None:
        set_numbering(p, level, NUM_ID)
    p.paragraph_format.space_after = Pt(6)
    return p


def build_liaison() -> bytes:
    d = docx.Document()
    add_numbering(d, ABSTRACT, NUM_ID)
    cp = d.core_properties
    cp.author = "General Optical Council"
    cp.last_modified_by = "General Optical Council"
    cp.title = "Liaison Agreement - GOC, NHSCFA and NHSBSA"
    cp.created = dt.datetime(2025, 6, 2, 10, 0, 0)
    cp.modified = dt.datetime(2025, 6, 18, 16, 30, 0)
    cp.revision = 7

    d.add_heading(
        "Liaison Agreement between the General Optical Council, the NHS Counter Fraud "
        "Authority and the NHS Business Services Authority",
        level=0,
    )
    meta = _para(d, "Version 1.0 | June 2025")
    meta.alignment = WD_ALIGN_PARAGRAPH.LEFT

    n = lambda text: _para(d, text, level=0)  # noqa: E731
    sub = lambda text: _para(d, text, level=1)  # noqa: E731
    h = lambda text: d.add_heading(text, level=1)  # noqa: E731

    h("Introduction")
    n(
        "This liaison agreement is made between the General Optical Council (GOC), the NHS "
        "Counter Fraud Authority (NHSCFA) and the NHS Business Services Authority (NHSBSA). "
        "In this document they are referred to together as \u201cthe parties\u201d and "
        "individually as \u201ca party\u201d."
    )
    n(
        "It describes how the parties work together where there is a concern that an "
        "optometrist, a dispensing optician or an optical business registered with the GOC may "
        "have committed fraud, or other misconduct, in connection with General Ophthalmic "
        "Services (GOS) in England. This includes NHS sight tests, domiciliary visits and claims "
        "made for optical vouchers."
    )
    n(
        "The agreement takes effect on 1 July 2025. From that date it supersedes the exchange "
        "of letters between the GOC and the NHSCFA dated March 2019."
    )
    n(
        "Nothing in this agreement overrides the statutory functions of any party or creates "
        "rights or obligations that can be enforced in law. Each party remains responsible for "
        "its own decisions, including whether to investigate a concern, to seek a prosecution or "
        "to take regulatory action."
    )

    h("Roles of the parties")
    n(
        "The GOC is the statutory regulator of the optical professions in the United Kingdom "
        "under the Opticians Act 1989. It sets standards for optometrists, dispensing opticians, "
        "students and optical businesses, maintains the registers and investigates concerns about "
        "a registrant\u2019s fitness to practise, fitness to train or fitness to carry on business."
    )
    n(
        "The NHSCFA is a special health authority charged with identifying, investigating and "
        "preventing fraud, bribery and corruption in the NHS in England. Its investigators gather "
        "evidence to the criminal standard, and cases it investigates may be put forward for "
        "prosecution or dealt with through civil and disciplinary sanctions."
    )
    n(
        "The NHSBSA is a special health authority that delivers business services to the NHS. "
        "Its Provider Assurance service carries out post-payment verification of GOS claims on "
        "behalf of commissioners, identifying claims that are inaccurate, unsupported or "
        "irregular and supporting the recovery of overpayments."
    )

    h("Principles")
    n(
        "In carrying out the work covered by this agreement, the parties will be guided by the "
        "following principles:"
    )
    sub("the protection of patients and of public funds comes first;")
    sub("each party acts independently and within its own statutory powers;")
    sub("information is shared only where this is lawful, necessary and proportionate; and")
    sub(
        "concerns are dealt with promptly and without duplication, so that registrants and "
        "businesses are not subject to unnecessary parallel enquiries."
    )

    h("Referral of concerns")
    n(
        "Where post-payment verification by the NHSBSA identifies a pattern of GOS claims that "
        "suggests deliberate fraud rather than error, the NHSBSA will refer the matter to the "
        "NHSCFA within ten working days of reaching that view."
    )
    n(
        "If an NHSCFA investigation gives reasonable grounds to believe that a GOC registrant has "
        "acted dishonestly, the NHSCFA will notify the GOC of the concern as soon as doing so "
        "would not prejudice the investigation, and in any event before a charging decision is "
        "sought."
    )
    n("The GOC will tell the NHSCFA about:")
    sub(
        "any fitness to practise complaint it receives that alleges fraud against the NHS by a "
        "registrant or a registered business; and"
    )
    sub(
        "any registrant whose entry in the register is erased or suspended for reasons that "
        "involve dishonesty with NHS funds."
    )
    n(
        "Where a registrant or registered business is convicted of, or cautioned for, an offence "
        "following an NHSCFA investigation, the NHSCFA will refer the registrant or business to "
        "the GOC, supplying the certificate of conviction or the caution record and a summary of "
        "the case."
    )
    n("The table below sets out who tells whom, and by when, about key events in a case:")
    text_table(
        d,
        [
            ["Event", "Who tells whom", "When"],
            [
                "A registrant is interviewed under caution in a GOS fraud investigation",
                "NHSCFA tells the GOC",
                "Within 5 working days of the interview",
            ],
            [
                "The GOC makes an interim order against a registrant who provides GOS",
                "GOC tells the NHSCFA and the NHSBSA",
                "Within 2 working days of the order",
            ],
            [
                "The NHSBSA recommends that payments to a GOS contractor are withheld because "
                "fraud is suspected",
                "NHSBSA tells the NHSCFA",
                "The same working day",
            ],
            [
                "A party closes its case with no further action",
                "That party tells the other parties",
                "Within 10 working days of closure",
            ],
        ],
    )

    h("Information sharing")
    n(
        "The parties will share information with one another where it is necessary for the "
        "prevention, detection or investigation of fraud against the NHS, or for the GOC\u2019s "
        "fitness to practise and business regulation functions. Information shared may include:"
    )
    _para(d, "claim data and the findings of post-payment verification;", style="List Bullet")
    _para(d, "witness statements, interview records and exhibits;", style="List Bullet")
    _para(
        d,
        "registration history and the outcome of any fitness to practise proceedings.",
        style="List Bullet",
    )
    n(
        "Each party is a separate controller of the personal data it holds. Disclosures rely on "
        "the UK GDPR and the Data Protection Act 2018 including, where personal data is disclosed "
        "for the prevention or detection of crime, paragraph 2 of Schedule 2 to the 2018 Act. "
        "Each party keeps a record of the disclosures it makes under this agreement."
    )
    n(
        "No party will pass information received under this agreement to any other organisation "
        "without the agreement of the party that supplied it, unless the law requires the "
        "disclosure."
    )
    n(
        "Information received from another party will be held in confidence, stored securely "
        "and seen only by staff who need it for the purposes of this agreement."
    )
    n(
        "A party that receives a request under the Freedom of Information Act 2000 for "
        "information supplied by another party will consult that party before deciding whether "
        "to disclose it, and will allow at least five working days for a response."
    )

    h("Publicity")
    n(
        "Each party will give the others at least 48 hours\u2019 notice before issuing a press "
        "release or other public statement about a case in which another party has been involved."
    )
    n(
        "Hearing outcomes are published by the GOC in line with its publication policy. The GOC "
        "will send a copy of any determination that concerns NHS fraud to the NHSCFA and the "
        "NHSBSA on the day it is published."
    )

    h("Liaison arrangements")
    n(
        "Each party will appoint a liaison lead at senior manager level to oversee this agreement "
        "and to act as the first point of contact for the other parties. The current leads are "
        "listed in Annex A."
    )
    n(
        "The liaison leads will meet every six months to review open cases, discuss emerging "
        "fraud risks in the optical sector and consider whether this agreement is working as "
        "intended. Any lead may call an additional meeting."
    )
    n(
        "The NHSCFA will brief GOC investigation staff and NHSBSA Provider Assurance staff on "
        "indicators of fraud in optical claims at least once a year, and the GOC will offer newly "
        "appointed NHSCFA investigators an induction on its fitness to practise procedures."
    )

    h("Resolving disagreements")
    n(
        "Disagreements about the operation of this agreement should be settled at the lowest "
        "possible level. A disagreement that case officers cannot resolve will be referred to "
        "the liaison leads, then to the responsible directors and, if still unresolved, to the "
        "chief executives of the parties."
    )

    h("Review")
    n(
        "The liaison leads will review this agreement every two years. Any party may request an "
        "earlier review at any time, for example following a change in legislation or in the way "
        "GOS claims are processed."
    )

    h("Signatories")
    _para(d, "Signed on behalf of the parties as follows.")
    text_table(
        d,
        [
            ["Party", "Signed by", "Date"],
            ["General Optical Council", "Chief Executive and Registrar", "10 June 2025"],
            ["NHS Counter Fraud Authority", "Chief Executive Officer", "12 June 2025"],
            ["NHS Business Services Authority", "Chief Executive", "18 June 2025"],
        ],
    )

    h("Annex A \u2013 Liaison leads")
    text_table(
        d,
        [
            ["Party", "Liaison lead", "Deputy"],
            [
                "General Optical Council",
                "Director of Regulatory Operations",
                "Head of Case Progression",
            ],
            [
                "NHS Counter Fraud Authority",
                "Head of National Investigation Service",
                "Senior Investigation Manager",
            ],
            [
                "NHS Business Services Authority",
                "Head of Provider Assurance",
                "Ophthalmic Assurance Lead",
            ],
        ],
    )
    _para(
        d,
        "Each party will tell the others of any change to its liaison lead or deputy within one "
        "month of the change. This annex may be updated without the agreement being re-signed.",
    )

    return docx_bytes(d)


# ---------------------------------------------------------------------------
# 2. PDF information sharing agreement: Scottish Ambulance Service and PHS
# ---------------------------------------------------------------------------

WIDTH = 92

# (kind, text): "h" section heading, "c" numbered clause "1.1 ...", "i" lettered item "(a) ...",
# "p" plain paragraph, "s" signature line.
ISA_BODY: list[tuple[str, str]] = [
    ("h", "1. Parties and definitions"),
    (
        "c",
        "1.1 This agreement is made between the Scottish Ambulance Service (SAS), a Special "
        "Health Board constituted under the National Health Service (Scotland) Act 1978, and "
        "Public Health Scotland (PHS), the national public health body for Scotland established "
        "by the Public Health Scotland Order 2019. In this agreement SAS and PHS are together "
        "called the parties.",
    ),
    ("c", "1.2 In this agreement:"),
    (
        "i",
        "(a) shared data means the data items listed in Annex A that SAS supplies to PHS under "
        "this agreement;",
    ),
    (
        "i",
        "(b) CHI number means the Community Health Index number that identifies a patient in NHS "
        "Scotland;",
    ),
    (
        "i",
        "(c) named contacts means the officers identified in section 13 as responsible for the "
        "day-to-day operation of this agreement.",
    ),
    (
        "c",
        "1.3 Other terms used in this agreement have the meaning given to them in the UK GDPR "
        "and the Data Protection Act 2018.",
    ),
    ("h", "2. Purpose"),
    (
        "c",
        "2.1 SAS keeps a record of every emergency and urgent call it answers and of every "
        "ambulance response it makes. Linked with other national datasets, these records allow "
        "PHS to describe how patients move through unscheduled care, to monitor pressure on the "
        "health and care system and to support research in the public interest.",
    ),
    ("c", "2.2 The shared data will be used for the following purposes:"),
    (
        "i",
        "(a) the production of official and management statistics on unscheduled care, "
        "including the whole-system unscheduled care dashboards;",
    ),
    (
        "i",
        "(b) analysis commissioned by the Scottish Government or by NHS Boards to plan and "
        "evaluate services;",
    ),
    (
        "i",
        "(c) research approved by the Public Benefit and Privacy Panel for Health and Social "
        "Care, where that approval covers the shared data.",
    ),
    (
        "c",
        "2.3 This agreement does not cover data supplied by SAS for clinical audit or for "
        "national registries, which are governed by separate arrangements.",
    ),
    (
        "c",
        "2.4 The expected benefits include earlier warning of pressure on emergency departments, "
        "a better understanding of what happens to patients who are seen and treated at home, "
        "and evidence to support the redesign of urgent care pathways.",
    ),
    ("h", "3. Legal basis"),
    (
        "c",
        "3.1 SAS discloses the shared data, and PHS processes it, in the performance of tasks "
        "carried out in the public interest and in the exercise of official authority vested in "
        "each of them, within the meaning of Article 6(1)(e) of the UK GDPR.",
    ),
    (
        "c",
        "3.2 The shared data includes data concerning health. The parties rely on Article 9(2)(h) "
        "and Article 9(2)(i) of the UK GDPR, together with the conditions in paragraphs 2 and 3 of "
        "Part 1 of Schedule 1 to the Data Protection Act 2018.",
    ),
    (
        "c",
        "3.3 The Caldicott Guardian of SAS has approved the disclosure for the purposes in "
        "section 2, and the common law duty of confidentiality is addressed through that approval "
        "and the safeguards in section 6.",
    ),
    ("h", "4. Roles and responsibilities"),
    (
        "c",
        "4.1 Each party is a controller of the shared data that it holds. SAS remains the "
        "controller of its own records; once an extract is received, PHS is the controller of "
        "its copy in its own right. The parties are not joint controllers.",
    ),
    (
        "c",
        "4.2 SAS is responsible for the accuracy of the shared data at the time of extraction, "
        "and for explaining in its privacy notice that ambulance records are used by PHS for "
        "statistics and research.",
    ),
    (
        "c",
        "4.3 PHS is responsible for the security of its copy of the shared data, for the "
        "accuracy of any linkage it carries out and for every output it produces from the data, "
        "including the way ambulance activity is described in those outputs.",
    ),
    (
        "c",
        "4.4 Each party has completed a data protection impact assessment for its own part of "
        "the processing, and keeps it under review.",
    ),
    ("h", "5. Data to be shared"),
    ("c", "5.1 SAS will provide PHS with:"),
    (
        "i",
        "(a) a monthly extract of incident records for all emergency and urgent calls, containing "
        "the data items listed in Annex A;",
    ),
    (
        "i",
        "(b) a weekly summary of calls, incidents and hospital handover times for the unscheduled "
        "care dashboards;",
    ),
    (
        "i",
        "(c) the reference tables needed to interpret coded data items, updated whenever a code "
        "is added or changed.",
    ),
    (
        "c",
        "5.2 Each monthly extract will cover the previous calendar month and will be transferred "
        "to PHS by the tenth working day of the following month.",
    ),
    (
        "c",
        "5.3 SAS will not include free-text clinical notes, the names or addresses of patients, "
        "or the names of ambulance crew members in any extract.",
    ),
    ("h", "6. Security and confidentiality"),
    (
        "c",
        "6.1 All transfers under this agreement must use the NHS Scotland secure file transfer "
        "service and be encrypted in transit. Removable media and email are not to be used.",
    ),
    (
        "c",
        "6.2 PHS will hold the shared data in confidence and store it within its National Safe "
        "Haven or another secure analytical environment, with access limited to named analysts "
        "who need it for the purposes in section 2.",
    ),
    (
        "c",
        "6.3 PHS will not link the shared data to any dataset other than the national datasets "
        "named in Annex A without the prior written agreement of SAS.",
    ),
    (
        "c",
        "6.4 PHS will apply its statistical disclosure control protocol to every output and will "
        "not publish any figure from which an individual patient or crew member could be "
        "identified.",
    ),
    (
        "c",
        "6.5 Before an analyst is given access to the shared data, PHS will brief that analyst on "
        "the terms of this agreement and the restrictions it places on the use of the data.",
    ),
    (
        "c",
        "6.6 PHS keeps a log of every person who has accessed the record-level data, and reviews "
        "the list of named analysts every six months so that access ends when it is no longer "
        "needed.",
    ),
    ("h", "7. Data quality"),
    (
        "c",
        "7.1 SAS applies its standard validation checks to every extract before transfer and "
        "records the number of incidents in each file, so that PHS can confirm that the file "
        "has arrived complete.",
    ),
    (
        "c",
        "7.2 PHS will tell SAS about any data quality problem it finds in an extract, such as "
        "missing fields or duplicated incidents, and SAS will supply a corrected extract where it "
        "is able to do so.",
    ),
    (
        "c",
        "7.3 Where SAS plans to replace its computer-aided dispatch system or to change the way "
        "a data item is recorded, it will give PHS at least three months' notice of the change, "
        "so that PHS can assess the effect on its statistical series.",
    ),
    ("h", "8. Personal data breaches"),
    (
        "c",
        "8.1 Each party will notify the Data Protection Officer of the other party of any actual "
        "or suspected personal data breach affecting the shared data within 24 hours of becoming "
        "aware of it.",
    ),
    (
        "c",
        "8.2 Decisions on whether a breach is reportable to the Information Commissioner rest "
        "with the controller in whose custody the breach occurred, after consulting the other "
        "party.",
    ),
    ("h", "9. Publication"),
    (
        "c",
        "9.1 PHS will send SAS a draft of any report, paper or presentation that makes "
        "substantial use of the shared data, other than an official statistics release, at least "
        "14 days before it is published, so that SAS can comment on the interpretation of "
        "ambulance data.",
    ),
    (
        "c",
        "9.2 Official statistics that use the shared data are released in line with the Code of "
        "Practice for Statistics. Where SAS staff are given pre-release access to such "
        "statistics, SAS will keep them under embargo until the time of release.",
    ),
    ("h", "10. Requests for information and data subject rights"),
    (
        "c",
        "10.1 If PHS receives a request under the Freedom of Information (Scotland) Act 2002 for "
        "information derived from the shared data, other than published statistics, it will "
        "consult SAS before responding, within the statutory period of 20 working days.",
    ),
    (
        "c",
        "10.2 Subject access requests and other requests from data subjects will be handled by "
        "the party that receives them. That party will inform the other where a request concerns "
        "the shared data.",
    ),
    (
        "c",
        "10.3 The right to object does not apply where processing is necessary for statistical "
        "or research purposes in the public interest, but each party considers any objection it "
        "receives on its merits and explains its decision to the person concerned.",
    ),
    (
        "c",
        "10.4 The privacy notice of each party describes the sharing set out in this agreement, "
        "in line with Articles 13 and 14 of the UK GDPR.",
    ),
    ("h", "11. Retention and destruction"),
    (
        "c",
        "11.1 PHS will retain record-level shared data only for as long as it is needed for the "
        "purposes in section 2, and will review that need at least every five years.",
    ),
    (
        "c",
        "11.2 If this agreement ends, PHS will securely destroy the record-level data received "
        "under it within six months, unless the parties agree otherwise in writing. Aggregate "
        "outputs that have already been published may be kept.",
    ),
    ("h", "12. Compliance"),
    (
        "c",
        "12.1 Each party will check its own compliance with this agreement once a year and will "
        "share the findings with the other party before the annual review described in 13.4.",
    ),
    (
        "c",
        "12.2 SAS may ask to see evidence that the safeguards in section 6 are in place. Any "
        "shortcoming identified is recorded, with the action agreed to put it right and a date "
        "by which that action is to be completed.",
    ),
    ("h", "13. Governance and review"),
    (
        "c",
        "13.1 The Head of Information Governance at SAS and the Head of Data Management at PHS "
        "are the named contacts for this agreement and are responsible for its day-to-day "
        "operation.",
    ),
    (
        "c",
        "13.2 The named contacts will meet quarterly to discuss data quality, planned changes to "
        "SAS systems and the use made of the shared data.",
    ),
    (
        "c",
        "13.3 Any disagreement about this agreement will be raised first between the named "
        "contacts. If they cannot resolve it, it will be referred to the Caldicott Guardians of "
        "the two organisations and, failing agreement, to their Chief Executives.",
    ),
    (
        "c",
        "13.4 The named contacts will review this agreement every year. Either party may call "
        "for an earlier review, which must take place within two months of the request.",
    ),
    (
        "c",
        "13.5 Changes to this agreement, including updates to Annex A, are agreed in writing by "
        "the named contacts and recorded in the version history kept by PHS. A change to the "
        "purposes in section 2 needs the approval of both Caldicott Guardians.",
    ),
    ("h", "14. Commencement and termination"),
    (
        "c",
        "14.1 This agreement comes into force on 1 April 2025. It replaces the data sharing "
        "agreement between the parties dated May 2021.",
    ),
    (
        "c",
        "14.2 Either party may end this agreement by giving the other three months' notice in "
        "writing. Sections 6 and 11 continue to apply to any shared data that PHS still holds.",
    ),
    (
        "c",
        "14.3 Ending this agreement does not affect statistics that have already been published, "
        "or research approved before the date of termination, which may continue on the "
        "conditions of its approval.",
    ),
    ("h", "15. Signatures"),
    ("s", "Signed for the Scottish Ambulance Service by the Chief Executive on 24 March 2025."),
    ("s", "Signed for Public Health Scotland by the Chief Executive on 27 March 2025."),
]


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, break_on_hyphens=False)


ANNEX_LINES = [
    "Annex A: Data items",
    *_wrap(
        "Each monthly extract holds one record for each incident, with the data items shown in "
        "the table below. Items are supplied in the coded form used by SAS; the reference "
        "tables described in 5.1(c) give the meaning of each code."
    ),
    *_wrap(
        "PHS links the records, using the CHI number, to three national datasets only: the "
        "Unscheduled Care Datamart, the general acute inpatient and day case record SMR01 and "
        "death registrations held by National Records of Scotland. Linkage to any other dataset "
        "needs the written agreement of SAS under section 6.3."
    ),
    *_wrap(
        "The CHI number is used for linkage only. It is replaced by a study identifier before "
        "any analyst outside the PHS linkage team can see the linked records, and it never "
        "appears in an output."
    ),
    *_wrap(
        "The weekly summary described in 5.1(b) contains counts by NHS Board, call category and "
        "day, and holds no patient identifiers. The reference tables described in 5.1(c) cover "
        "call categories, chief complaint codes, outcome codes and hospital codes."
    ),
    *_wrap(
        "Adding a data item to the table is a change to this agreement, agreed and recorded as "
        "section 13.5 describes. An item that SAS no longer records can simply be dropped from "
        "later extracts."
    ),
    *_wrap(
        "Dates and times are given to the nearest minute in local time. Postcode sector is the "
        "outward code and first digit of the inward code; full postcodes and grid references "
        "are not supplied."
    ),
]

ANNEX_GRID = [
    ["Data item", "Description"],
    ["CHI number", "Patient identifier, used for linkage only"],
    ["Incident number", "Unique SAS reference for the incident"],
    ["Date and time of call", "When the 999 or 111 call was answered"],
    ["Call category", "Response category assigned at triage"],
    ["Chief complaint code", "Coded reason for the call"],
    ["Incident postcode sector", "Location of the incident, sector only"],
    ["Time at scene", "Arrival time of the first resource"],
    ["Outcome", "Conveyed, seen and treated, or referred"],
    ["Receiving hospital", "Code of the hospital the patient went to"],
    ["Handover time", "When care passed to hospital staff"],
    ["Age band and sex", "Five-year age band; sex as recorded"],
]

HEADER = "SAS and PHS Information Sharing Agreement: unscheduled care data        OFFICIAL"
LINES_PER_PAGE = 55  # y from 800 down to 44 at 14 pt leading
LAST_FOOTER_AT = 49  # y = 114, below the table's last row (y = 136)


def _isa_lines() -> list[str]:
    lines: list[str] = []
    for kind, text in ISA_BODY:
        wrapped = _wrap(text)
        for follow in wrapped[1:]:
            # a continuation line must not look like the start of a numbered clause or item
            assert not follow[0].isdigit() and not follow.startswith("("), follow
        lines += [("H:" if kind == "h" else "") + w for w in wrapped]
    for line in ANNEX_LINES[1:]:
        assert not line[0].isdigit() and not line.startswith("("), line
    return lines


def build_isa() -> bytes:
    body = _isa_lines()
    pages: list[list[str]] = []
    first = [
        "Information Sharing Agreement",
        "between the Scottish Ambulance Service and Public Health Scotland",
        "",
    ]
    current = first
    body_max = LINES_PER_PAGE - 2  # room for a blank line and the footer
    i = 0
    while i < len(body):
        line = body[i]
        # keep a heading with at least two lines of its section
        if line.startswith("H:") and len(current) + 3 > body_max:
            pages.append(current)
            current = [HEADER]
            continue
        if len(current) >= body_max:
            pages.append(current)
            current = [HEADER]
            continue
        current.append(line[2:] if line.startswith("H:") else line)
        i += 1
    pages.append(current)
    pages.append([HEADER, *ANNEX_LINES])
    total = len(pages)
    assert len(pages[-1]) <= 27, "annex text would run into the table"
    out = []
    for number, page in enumerate(pages, start=1):
        footer = f"Version 1.1    March 2025    Page {number} of {total}"
        # on the annex page the footer sits just below the ruled table
        footer_at = LAST_FOOTER_AT if number == total else LINES_PER_PAGE - 1
        padded = page + [""] * (footer_at - len(page))
        out.append([*padded, footer])
    return make_pdf(out, grid=ANNEX_GRID)


def main() -> None:
    write_fixtures(
        {
            "goc-nhscfa-nhsbsa-liaison.docx": build_liaison(),
            "sas-phs-isa.pdf": build_isa(),
        }
    )


if __name__ == "__main__":
    main()
