"""Rebuild the Word and PDF files of held-out set 12 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout12_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the markdown file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes, run_table, write_fixtures

# ---------------------------------------------------------------------------
# 1. Word information sharing agreement: GLAA and HM Passport Office
# ---------------------------------------------------------------------------


def build_docx() -> bytes:
    d = docx.Document()
    cp = d.core_properties
    when = dt.datetime(2025, 5, 1, 9, 0, 0)
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.author = "GLAA Information Governance"
    cp.last_modified_by = "GLAA Information Governance"
    cp.title = "GLAA HMPO information sharing agreement"
    cp.revision = 3

    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "GLAA / HMPO information sharing agreement, version 1.0\tOFFICIAL"

    d.add_paragraph(
        "Information Sharing Agreement between the Gangmasters and Labour Abuse Authority "
        "and HM Passport Office",
        style="Title",
    )
    sub = d.add_paragraph()
    r = sub.add_run("Passports found during labour exploitation inspections and investigations")
    r.italic = True
    d.add_paragraph("Version 1.0  |  May 2025  |  Classification: OFFICIAL")

    def h(text: str) -> None:
        d.add_paragraph(text, style="Heading 1")

    def p(num: str, text: str) -> None:
        d.add_paragraph(f"{num}\t{text}")

    def b(text: str) -> None:
        d.add_paragraph(text, style="List Bullet")

    def table(rows: list[list[str]], widths: None = None) -> None:
        run_table(d, rows)

    h("1. Parties")
    p("1.1", "This agreement is made between:")
    b(
        'the Gangmasters and Labour Abuse Authority ("the GLAA"), a non-departmental public '
        "body sponsored by the Home Office, which licenses businesses that supply workers to "
        "agriculture, horticulture, shellfish gathering and associated processing and packaging, "
        "and investigates labour exploitation across the labour market in England and Wales; and"
    )
    b(
        'HM Passport Office ("HMPO"), part of the Home Office, which issues British passports '
        "and keeps the records of passports issued, lost, stolen and cancelled."
    )
    p(
        "1.2",
        'In this agreement "the parties" means the GLAA and HMPO, and "shared information" '
        "means any information passed between them under this agreement. Terms such as "
        '"controller", "personal data" and "processing" have the meanings given in the UK '
        "General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018.",
    )

    h("2. Purpose")
    p(
        "2.1",
        "Withholding a worker's passport is one of the most common means by which an "
        "unscrupulous labour provider controls the people it supplies. GLAA officers regularly "
        "find British passports, and foreign nationals' documents, in the possession of gangmasters, "
        "accommodation providers and others who have no right to hold them. A British passport "
        "remains the property of His Majesty's Government, and HMPO needs to know when one has "
        "been taken from its holder.",
    )
    p(
        "2.2",
        "This agreement sets out how the parties exchange information about British passports "
        "that the GLAA finds, seizes or recovers in the course of its licensing inspections and "
        "criminal investigations. The sharing has three aims:",
    )
    b("to return passports to their rightful holders, or to replace them, as quickly as possible;")
    b("to prevent withheld passports being used for fraud or to create false identities; and")
    b("to give the GLAA reliable evidence of identity when it investigates labour exploitation.")
    p(
        "2.3",
        "This agreement is not a contract and is not legally binding. It does not change the "
        "statutory functions of either party. Referrals of potential victims of modern slavery to "
        "the National Referral Mechanism are made under separate arrangements and fall outside "
        "this agreement.",
    )

    h("3. Legal basis")
    p(
        "3.1",
        "The GLAA shares and receives information in carrying out its functions under the "
        "Gangmasters (Licensing) Act 2004 and Part 1 of the Immigration Act 2016, including the "
        "investigation of offences under the Modern Slavery Act 2015 by its labour abuse "
        "prevention officers.",
    )
    p(
        "3.2",
        "HMPO issues, withdraws and cancels passports under the Royal Prerogative and shares "
        "passport information where this is necessary for the prevention or detection of crime "
        "or the protection of vulnerable people.",
    )
    p(
        "3.3",
        "Each party is a separate controller of the shared information it holds. Processing by "
        "the GLAA for the investigation of offences falls under Part 3 of the Data Protection Act "
        "2018. Other processing by either party relies on Article 6(1)(e) of the UK GDPR (a task "
        "carried out in the public interest or in the exercise of official authority). Where "
        "information about criminal offences is processed under the UK GDPR, the condition relied "
        "on is in Part 2 of Schedule 1 to the Data Protection Act 2018 (preventing or detecting "
        "unlawful acts).",
    )
    p(
        "3.4",
        "Each party has completed a data protection impact assessment for its part of the sharing "
        "described in this agreement.",
    )

    h("4. Information to be shared")
    p(
        "4.1",
        "The data items that may be shared, and the party that supplies each of them, are listed "
        "in Schedule 1. Nothing outside that list is covered by this agreement.",
    )
    p(
        "4.2",
        "The GLAA will notify HMPO within five working days whenever its officers find, seize or "
        "recover a British passport that is not in the possession of its holder.",
    )
    p(
        "4.3",
        "With each notification the GLAA will send HMPO the data items in Part A of Schedule 1, "
        "together with a clear photocopy of the passport's personal details page.",
    )
    p(
        "4.4",
        "On a written request from a GLAA investigating officer of at least Senior Investigating "
        "Officer grade, HMPO will provide the data items in Part B of Schedule 1 about the passport "
        "concerned and its holder.",
    )
    p(
        "4.5",
        "Neither party will use this agreement to share information about a person's immigration "
        "status or nationality applications. Requests of that kind are dealt with under the Home "
        "Office's own arrangements.",
    )

    h("5. Handling shared information")
    p(
        "5.1",
        "All transfers are made by secure email between the single points of contact (SPOCs) "
        "named in Schedule 2, or by such other secure means as the SPOCs agree in writing. "
        "Original passports are returned to HMPO by tracked secure courier.",
    )
    p(
        "5.2",
        "Each party will treat shared information as confidential, mark it OFFICIAL-SENSITIVE "
        "and store it on systems accredited to hold information at that level.",
    )
    p(
        "5.3",
        "The receiving party will not pass shared information to any third party without the "
        "written consent of the party that supplied it, unless the law requires the disclosure.",
    )
    p(
        "5.4",
        "The GLAA keeps notifications and responses with the case file for six years after the "
        "case is closed. HMPO keeps them with the passport record in line with its published "
        "retention schedule.",
    )

    h("6. Incidents and timescales")
    p(
        "6.1",
        "A security incident means any loss of shared information, or any access to it or "
        "disclosure of it that this agreement does not allow.",
    )
    p(
        "6.2",
        "Each party remains responsible for reporting its own personal data breaches to the "
        "Information Commissioner where the law requires it.",
    )
    p("6.3", "The following timescales apply:")
    table(
        [
            ["Event", "Who tells whom", "When"],
            [
                "Security incident involving shared information",
                "The party that holds the information tells the other party's SPOC",
                "Within 24 hours of becoming aware of it",
            ],
            [
                "Passport notified by the GLAA is found to be recorded as lost, stolen or cancelled",
                "HMPO tells the GLAA SPOC",
                "Within 2 working days of the check",
            ],
            [
                "Request for Part B data items",
                "HMPO replies to the requesting GLAA officer with the data items",
                "Within 5 working days, or 1 working day where a person is at immediate risk",
            ],
            [
                "Passport handed back to its holder by the GLAA",
                "The GLAA tells the HMPO SPOC",
                "Within 5 working days of the handover",
            ],
        ]
    )

    h("7. Freedom of information and subject access")
    p(
        "7.1",
        "Both parties are public authorities under the Freedom of Information Act 2000. Where "
        "either party receives a request for information that the other party supplied, it will "
        "consult that party before responding, allowing at least five working days for a reply.",
    )
    p(
        "7.2",
        "Each party handles requests from individuals for their own personal data under its own "
        "procedures. The decision whether to disclose rests with the party that received the "
        "request.",
    )

    h("8. Roles and responsibilities")
    p(
        "8.1",
        "Each party will nominate a single point of contact, named in Schedule 2, who will be "
        "responsible for the day-to-day running of this agreement.",
    )
    p(
        "8.2",
        "The senior responsible owners for this agreement are the GLAA's Head of Intelligence and "
        "HMPO's Head of Counter Fraud.",
    )
    p("8.3", "Each party will:")
    b(
        "make sure that every member of staff who handles shared information has been briefed "
        "on this agreement before doing so;"
    )
    b("keep a record of each disclosure it makes, showing what was disclosed, to whom and why; and")
    b(
        "tell the other party's SPOC promptly of any change to its own SPOC or senior "
        "responsible owner."
    )
    p(
        "8.4",
        "The SPOCs will meet every six months to go through the volume and timeliness of "
        "notifications and requests, and any difficulties that have arisen.",
    )

    h("9. Resolving problems")
    p(
        "9.1",
        "The SPOCs will try to settle any disagreement about this agreement between themselves. "
        "If they cannot do so within ten working days, it will be referred to the senior "
        "responsible owners, and if it is still unresolved, to the Chief Executive of the GLAA "
        "and the Director General responsible for HMPO.",
    )

    h("10. Commencement, review and termination")
    p("10.1", "This agreement takes effect on 1 June 2025.")
    p(
        "10.2",
        "The parties will review this agreement every two years, or sooner if either party asks "
        "for a review or there is a relevant change in the law.",
    )
    p(
        "10.3",
        "Either party may end this agreement by giving one month's notice in writing. Shared "
        "information already held when the agreement ends continues to be handled as set out "
        "in sections 5 and 6.",
    )

    h("11. Signatures")
    d.add_paragraph("By signing, the parties accept the terms of this agreement.")
    table(
        [
            ["", "Gangmasters and Labour Abuse Authority", "HM Passport Office"],
            ["Name", "A. Okonjo", "R. Penhaligon"],
            ["Role", "Chief Executive", "Director, Passport Services"],
            ["Date", "22 May 2025", "27 May 2025"],
        ]
    )

    h("Schedule 1 – Data items")
    d.add_paragraph(
        "Part A items are supplied by the GLAA with each notification under paragraph 4.3. "
        "Part B items are supplied by HMPO on request under paragraph 4.4."
    )
    table(
        [
            ["Ref", "Data item", "Part", "Why it is needed"],
            ["1", "Passport number", "A", "To identify the passport record"],
            [
                "2",
                "Holder's full name and date of birth as shown in the passport",
                "A",
                "To match the record and confirm the holder",
            ],
            [
                "3",
                "Date, place and circumstances in which the passport was found",
                "A",
                "To assess whether the passport should be cancelled",
            ],
            [
                "4",
                "Name of the person or business holding the passport, and their GLAA licence "
                "number if any",
                "A",
                "To identify possible misuse and related fraud",
            ],
            ["5", "GLAA case reference and officer in charge", "A", "For follow-up contact"],
            [
                "6",
                "Whether the passport has been retained as evidence",
                "A",
                "To agree when it is returned or replaced",
            ],
            [
                "7",
                "Status of the passport (valid, expired, lost, stolen, cancelled)",
                "B",
                "To establish whether the passport is genuine and current",
            ],
            ["8", "Date and place of issue, and expiry date", "B", "Evidence of identity"],
            [
                "9",
                "Holder's photograph from the passport record",
                "B",
                "To confirm the identity of a potential victim or suspect",
            ],
            [
                "10",
                "Previous passport numbers and any lost or stolen reports made by the holder",
                "B",
                "To show a pattern of passports being taken from the holder",
            ],
            [
                "11",
                "Holder's address and contact details given in the latest application",
                "B",
                "To contact the holder about return or replacement",
            ],
        ]
    )

    h("Schedule 2 – Contacts")
    table(
        [
            ["Role", "GLAA", "HMPO"],
            [
                "Single point of contact",
                "Intelligence Manager, GLAA Intelligence Hub (secure mailbox)",
                "Senior Officer, HMPO Counter Fraud Intelligence Team (secure mailbox)",
            ],
            [
                "Deputy single point of contact",
                "Intelligence Officer, GLAA Intelligence Hub",
                "Higher Officer, HMPO Counter Fraud Intelligence Team",
            ],
            ["Senior responsible owner", "Head of Intelligence", "Head of Counter Fraud"],
            [
                "Data protection officer",
                "GLAA Data Protection Officer",
                "Home Office Data Protection Officer",
            ],
            [
                "Return of original passports",
                "GLAA Property and Exhibits Officer",
                "HMPO Document Recovery Team, Durham",
            ],
        ]
    )

    return docx_bytes(d)


# ---------------------------------------------------------------------------
# 2. PDF memorandum of understanding: Defence Safety Authority and MAIB
# ---------------------------------------------------------------------------

MOU_BLOCKS: list[tuple[str, str]] = [
    ("line", "Memorandum of Understanding"),
    ("line", "between the Defence Safety Authority and the Marine Accident Investigation Branch"),
    ("gap", ""),
    ("head", "1. Introduction"),
    (
        "para",
        "1.1 This Memorandum of Understanding (MoU) is between the Defence Safety Authority "
        "(DSA) and the Marine Accident Investigation Branch (MAIB), referred to together as the "
        "parties. It sets out how the parties will work together when a marine accident involves "
        "both defence and civilian interests, so that each can carry out its own investigation "
        "effectively and without unnecessary duplication.",
    ),
    (
        "para",
        "1.2 The DSA is the independent regulator of health, safety and environmental protection in "
        "defence, acting on behalf of the Secretary of State for Defence under a charter. It includes "
        "the Defence Maritime Regulator and the Defence Accident Investigation Branch (DAIB). The DAIB "
        "carries out independent safety investigations of accidents involving defence equipment, "
        "personnel and activities, and supports Service Inquiries convened by the Director General "
        "of the DSA.",
    ),
    (
        "para",
        "1.3 The MAIB investigates marine accidents involving United Kingdom vessels anywhere in the "
        "world, and involving any vessel in United Kingdom territorial waters, under the Merchant "
        "Shipping Act 1995 and the Merchant Shipping (Accident Reporting and Investigation) "
        "Regulations 2012 (the 2012 Regulations). The sole objective of its investigations is to "
        "prevent future accidents; it does not apportion blame or determine liability. The MAIB is "
        "part of the Department for Transport but is functionally independent, and the Chief "
        "Inspector of Marine Accidents reports directly to the Secretary of State for Transport.",
    ),
    (
        "para",
        "1.4 This MoU is a statement of intent. It is not legally binding and does not override the "
        "statutory responsibilities or functions of either party. Nothing in it affects the work of "
        "the police, a coroner, the Procurator Fiscal or any prosecuting authority.",
    ),
    ("head", "2. Scope"),
    (
        "para",
        "2.1 This MoU applies to marine accidents in which both defence and civilian interests are "
        "engaged, including:",
    ),
    (
        "item",
        "(a) a collision or near miss between a warship, submarine or naval auxiliary and a "
        "merchant, fishing or leisure vessel;",
    ),
    (
        "item",
        "(b) an accident on board a vessel owned or chartered by the Ministry of Defence but "
        "operated by a civilian crew under contract, such as a vessel providing port, range or "
        "training services;",
    ),
    (
        "item",
        "(c) an accident to a civilian vessel during a defence exercise, trial or range activity, "
        "or in a naval base or dockyard; and",
    ),
    (
        "item",
        "(d) an accident in which defence personnel are killed or injured on board a civilian "
        "vessel.",
    ),
    (
        "para",
        "2.2 Accidents involving only warships and naval auxiliaries, and no civilian vessel, fall "
        "outside the 2012 Regulations and are investigated under defence arrangements. The DSA may "
        "nonetheless ask the MAIB for technical advice on such an accident, and the MAIB will "
        "consider any such request.",
    ),
    (
        "para",
        "2.3 Where an accident falls within the scope of this MoU, the parties will decide together, "
        "as early as possible, whether there are to be separate investigations, a joint investigation, "
        "or an investigation by one party with the other observing. The decision is recorded in "
        "writing by the party that leads.",
    ),
    ("head", "3. Principles of co-operation"),
    ("para", "3.1 The parties approach their work together on the basis that:"),
    ("item", "(a) each investigation is conducted for safety purposes only;"),
    ("item", "(b) each party is independent in reaching and publishing its findings;"),
    (
        "item",
        "(c) evidence should be gathered once wherever possible and made available to both "
        "investigations; and",
    ),
    ("item", "(d) the security of defence information must be protected at all times."),
    (
        "para",
        "3.2 Neither party will seek to direct, or to influence, the conduct or the conclusions of "
        "the other party's investigation.",
    ),
    ("head", "4. Notification of accidents"),
    (
        "para",
        "4.1 The DSA, through the DAIB duty co-ordinator, will notify the MAIB of any accident within "
        "the scope of this MoU as soon as reasonably practicable, and in any event within 24 hours of "
        "the DAIB becoming aware of it.",
    ),
    (
        "para",
        "4.2 The MAIB will notify the DAIB duty co-ordinator, within the same timescale, of any "
        "accident reported to it that involves a defence vessel, defence personnel or a defence "
        "establishment.",
    ),
    (
        "para",
        "4.3 Notification between the parties does not relieve masters, owners or commanding "
        "officers of any duty they have to report an accident under the 2012 Regulations or under "
        "defence regulations. The contact points for notification are given at Annex A.",
    ),
    ("head", "5. Conduct of investigations"),
    (
        "para",
        "5.1 Where both parties investigate the same accident, their investigators agree at the "
        "outset a plan covering attendance at the scene, the examination of vessels and equipment, "
        "and the interviewing of witnesses, so that those involved are not asked to give the same "
        "account twice without good reason.",
    ),
    (
        "para",
        "5.2 Where the parties carry out a joint investigation, its terms of reference, the make-up of "
        "the team and the arrangements for the final report are agreed in writing by the Chief "
        "Inspector of Marine Accidents and the Head of the DAIB before the investigation begins.",
    ),
    (
        "para",
        "5.3 Each party will give the other access to the evidence it holds about an accident within "
        "the scope of this MoU, including voyage data recorder and other electronic data, deck and "
        "engine logs, charts, maintenance records and physical evidence, subject to paragraphs 5.4 "
        "and 5.5.",
    ),
    (
        "para",
        "5.4 The MAIB will not disclose to the DSA any record that the 2012 Regulations protect from "
        "disclosure, including witness statements and declarations, except as those Regulations "
        "allow.",
    ),
    (
        "para",
        "5.5 The DSA will not release defence information classified SECRET or above to the MAIB, "
        "except to inspectors who hold the appropriate security clearance and only on defence "
        "premises.",
    ),
    (
        "para",
        "5.6 Where the Director General of the DSA convenes a Service Inquiry into an accident within "
        "the scope of this MoU, the DSA will inform the MAIB of the inquiry's terms of reference and "
        "its expected timetable.",
    ),
    (
        "para",
        "5.7 MAIB inspectors may attend a Service Inquiry as observers where the convening authority "
        "agrees.",
    ),
    ("head", "6. Reports and publication"),
    (
        "para",
        "6.1 Each party publishes its own report. The MAIB publishes its investigation reports and "
        "safety bulletins on GOV.UK; the DSA publishes Service Inquiry reports on GOV.UK, redacted "
        "where necessary.",
    ),
    (
        "para",
        "6.2 Each party will send the other a draft of any report about an accident within the scope "
        "of this MoU at least 28 days before the planned date of publication, so that the other can "
        "comment on its factual accuracy and identify any information that should not be published.",
    ),
    (
        "para",
        "6.3 The MAIB will not publish any information that the DSA has identified as classified, or "
        "whose release the DSA advises would harm national security, and will agree the wording of any "
        "redacted passage with the DSA.",
    ),
    (
        "para",
        "6.4 The press offices of the parties will share with each other the text of any press "
        "release about such a report at least 24 hours before it is issued.",
    ),
    ("para", "6.5 The final content of each report is a matter for the party publishing it."),
    ("head", "7. Bereaved families and the media"),
    (
        "para",
        "7.1 Where an accident results in a death, each party has its own arrangements for keeping the "
        "bereaved family informed of the progress of its investigation. The parties co-ordinate their contact with families so that "
        "a family receives consistent information and is not approached separately by both parties "
        "without good reason. Where the deceased was serving in the armed forces, contact is made "
        "through the family's visiting officer.",
    ),
    (
        "para",
        "7.2 Neither party will comment publicly on the findings of the other party's investigation "
        "before that party has published its report.",
    ),
    (
        "para",
        "7.3 Media enquiries about an investigation are a matter for the party conducting it. "
        "Enquiries about defence operations, capabilities or personnel are a matter for the Ministry of "
        "Defence, and the MAIB press office directs such enquiries accordingly.",
    ),
    ("head", "8. Handling of information"),
    (
        "para",
        "8.1 Each party will hold information received from the other in confidence, handle it in "
        "line with its protective marking, and use it only for the purposes of its own safety "
        "investigation.",
    ),
    (
        "para",
        "8.2 Each party is a controller for the personal data it holds and is responsible for its "
        "own compliance with the UK General Data Protection Regulation and the Data Protection Act "
        "2018.",
    ),
    (
        "para",
        "8.3 If either party receives a request under the Freedom of Information Act 2000 or the "
        "Environmental Information Regulations 2004 for information that originated with the other, "
        "it will consult the other before deciding whether to disclose that information.",
    ),
    ("head", "9. Safety recommendations"),
    (
        "para",
        "9.1 The MAIB will inform the DSA whenever it addresses a safety recommendation to the "
        "Ministry of Defence or any part of it, including the Royal Navy and the Royal Fleet "
        "Auxiliary.",
    ),
    (
        "para",
        "9.2 The DSA will co-ordinate the defence response to such a recommendation and will tell the "
        "MAIB, within 30 days of its receipt, what action is planned and by when.",
    ),
    ("head", "10. Liaison and training"),
    (
        "para",
        "10.1 The Chief Inspector of Marine Accidents and the Head of the DAIB are the senior points "
        "of contact for this MoU. Each of them nominates a working-level liaison officer.",
    ),
    (
        "para",
        "10.2 The parties will hold a liaison meeting at least once a year to discuss current "
        "investigations, the progress of recommendations and lessons learned.",
    ),
    (
        "para",
        "10.3 Each party will provide familiarisation briefings for the other's investigators on its "
        "procedures and, where security allows, on the vessels and operating environment it "
        "oversees.",
    ),
    ("head", "11. Resolving differences"),
    (
        "para",
        "11.1 The parties will try to resolve any disagreement about the operation of this MoU at "
        "working level, between the investigators or liaison officers concerned. A disagreement that "
        "cannot be resolved at that level will be referred to the Deputy Chief Inspector of Marine "
        "Accidents and the Deputy Head of the DAIB and, if it is still unresolved, to the Chief "
        "Inspector of Marine Accidents and the Director General of the DSA.",
    ),
    ("head", "12. Costs"),
    (
        "para",
        "12.1 Each party meets its own costs in carrying out this MoU. Where one party asks the other "
        "for specialist services, such as diving, salvage, laboratory analysis or the download of "
        "recorder data, any charge is agreed between the parties in advance.",
    ),
    (
        "para",
        "12.2 Where a vessel or its wreckage has to be recovered for examination, the party with the "
        "greater investigative interest normally arranges the recovery, after consulting the other.",
    ),
    ("head", "13. Review and duration"),
    (
        "para",
        "13.1 This MoU takes effect on the date of the last signature below and continues until "
        "either party ends it.",
    ),
    (
        "para",
        "13.2 The parties will review this MoU every three years. Either party may ask for an earlier "
        "review at any time, for instance after a significant change in legislation or in the "
        "organisation of either party.",
    ),
    (
        "para",
        "13.3 Any amendment must be agreed in writing by both parties. Either party may end this MoU "
        "by giving three months' notice in writing to the other.",
    ),
    ("head", "14. Signatures"),
    ("line", "Signed for the Defence Safety Authority by the Director General, 10 March 2025."),
    (
        "line",
        "Signed for the Marine Accident Investigation Branch by the Chief Inspector, 18 March 2025.",
    ),
    ("newpage", ""),
    ("head", "Annex A – Contact points"),
    (
        "para",
        "Notifications under section 4 should be made by telephone to the 24-hour contact point and "
        "then confirmed by secure email. The liaison officers and senior points of contact are shown "
        "in the table below.",
    ),
]

MOU_GRID = [
    ["Contact point", "Who answers"],
    ["MAIB 24-hour accident reporting line", "MAIB duty inspector"],
    ["DAIB 24-hour notification line", "DAIB duty co-ordinator"],
    ["MAIB liaison officer", "Principal Inspector (Operations)"],
    ["DAIB liaison officer", "Deputy Head of the DAIB (Maritime)"],
    ["Senior points of contact", "Chief Inspector / Head of the DAIB"],
]

WIDTH = 92
NUM_START = re.compile(r"^(\d+(\.\d+)*\.?\s|\(|[A-Z]\.\s|Annex\s|Signed)")


def _wrap_block(kind: str, text: str) -> list[str]:
    if kind in ("line", "head"):
        assert len(text) <= WIDTH, text
        return [text]
    if kind == "gap":
        return [""]
    if kind == "item":
        lines = textwrap.wrap(text, WIDTH - 4)
        return ["    " + lines[0]] + ["        " + ln for ln in lines[1:]]
    return textwrap.wrap(text, WIDTH)


def build_pdf() -> bytes:
    header = "DSA and MAIB  |  Memorandum of Understanding" + " " * 46 + "OFFICIAL"
    per_page = 45
    pages: list[list[str]] = [[]]
    for kind, text in MOU_BLOCKS:
        if kind == "newpage":
            pages.append([])
            continue
        lines = _wrap_block(kind, text)
        for ln in lines[1:]:
            assert not NUM_START.match(ln.strip() + " "), ln
        cur = pages[-1]
        # keep a heading with the first lines of what follows
        need = len(lines) + (2 if kind == "head" else 0)
        if len(cur) + need > per_page:
            room = per_page - len(cur)
            # split a paragraph over a page only where the next page starts in lower case
            if kind == "para" and room >= 2 and lines[room][:1].islower():
                cur.extend(lines[:room])
                pages.append(lines[room:])
                continue
            pages.append([])
            cur = pages[-1]
        cur.extend(lines)
    total = len(pages)
    out = []
    for i, body in enumerate(pages, start=1):
        footer = "Version 1.0, March 2025" + " " * 58 + f"Page {i} of {total}"
        if i == total:
            assert len(body) <= 24
            body = body + [""] * (50 - len(body))
        else:
            body = body + [""] * (per_page - len(body))
        out.append([header, "", *body, "", footer])
    return make_pdf(out, grid=MOU_GRID)


# ---------------------------------------------------------------------------
# 3. GOV.UK HTML publication: ICIBI and Border Force joint working protocol
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# 4. Markdown concordat: The Coal Authority, Network Rail and RAIB
# ---------------------------------------------------------------------------


def main() -> None:
    write_fixtures(
        {
            "glaa-hmpo-passports-isa.docx": build_docx(),
            "dsa-maib-mou.pdf": build_pdf(),
        }
    )


if __name__ == "__main__":
    main()
