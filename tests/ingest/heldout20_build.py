"""Rebuild the Word and PDF files of held-out set 20 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout20_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the Markdown file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes, write_fixtures

# ---------------------------------------------------------------------------
# 1. Word memorandum: JCIO and JACO (bold headings, typed numbering)
# ---------------------------------------------------------------------------

JCIO_SECTIONS: list[tuple[str, list]] = [
    (
        "1. Parties and status",
        [
            ("1.1", "This Memorandum of Understanding (\u201cMoU\u201d) is made between:"),
            (
                "(a)",
                "the Judicial Conduct Investigations Office (\u201cthe JCIO\u201d), which supports the "
                "Lord Chancellor and the Lady Chief Justice in the exercise of their joint "
                "responsibility for judicial discipline under Part 4 of the Constitutional Reform "
                "Act 2005; and",
            ),
            (
                "(b)",
                "the Judicial Appointments and Conduct Ombudsman (\u201cthe Ombudsman\u201d), an "
                "independent office holder whose office was created by section 62 of the "
                "Constitutional Reform Act 2005.",
            ),
            (
                "1.2",
                "The Ombudsman is supported by a small office of investigators. References in this "
                "MoU to the Ombudsman include the Ombudsman\u2019s staff acting on the Ombudsman\u2019s "
                "behalf, except where a decision is reserved to the Ombudsman personally.",
            ),
            (
                "1.3",
                "This MoU takes effect on 1 April 2025. It replaces the memorandum agreed by the "
                "parties in October 2019, which ceases to have effect on that date.",
            ),
            (
                "1.4",
                "This MoU is a statement of how the parties intend to work together. It is not "
                "legally binding and does not create rights or obligations that are enforceable at "
                "law. Nothing in it affects the statutory functions of either party, the "
                "independence of the Ombudsman, or the constitutional responsibilities of the Lord "
                "Chancellor and the Lady Chief Justice.",
            ),
        ],
    ),
    (
        "2. Purpose",
        [
            (
                "2.1",
                "The purpose of this MoU is to set out the arrangements for co-operation between "
                "the JCIO and the Ombudsman when the Ombudsman considers a complaint about the way "
                "in which the JCIO dealt with a complaint about the conduct of a judicial office "
                "holder, and on wider matters of common interest.",
            ),
            ("2.2", "The arrangements are intended to ensure that:"),
            (
                "(a)",
                "complainants and judicial office holders can have confidence that complaints are "
                "handled fairly and in accordance with the prescribed procedures;",
            ),
            (
                "(b)",
                "the Ombudsman has timely access to the information needed to reach a sound "
                "decision on each complaint; and",
            ),
            (
                "(c)",
                "lessons from the Ombudsman\u2019s findings are taken into account in the JCIO\u2019s "
                "handling of future complaints.",
            ),
        ],
    ),
    (
        "3. Functions of the parties",
        [
            (
                "3.1",
                "The JCIO receives and considers complaints about the personal conduct of judicial "
                "office holders under the Judicial Conduct (Judicial and other office holders) "
                "Rules 2023 and the regulations made under them. It may dismiss a complaint, "
                "arrange for it to be investigated by a nominated judge, or advise the Lord "
                "Chancellor and the Lady Chief Justice that a disciplinary sanction should be "
                "considered.",
            ),
            (
                "3.2",
                "The Ombudsman investigates complaints that the prescribed procedures were not "
                "followed, or that there was some other maladministration, in the handling of a "
                "conduct complaint by the JCIO, a tribunal president or a magistrates\u2019 advisory "
                "committee. The Ombudsman does not consider the merits of a decision on a conduct "
                "complaint or of any sanction imposed.",
            ),
            (
                "3.3",
                "Where a complaint is upheld, the Ombudsman may recommend that the conduct "
                "complaint be reconsidered, that an apology be given, or that a payment be made "
                "for loss suffered as a result of maladministration.",
            ),
            (
                "3.4",
                "This MoU applies only to complaints about the JCIO\u2019s handling of conduct "
                "complaints. The Ombudsman\u2019s arrangements with tribunal presidents and with "
                "advisory committees, and the Ombudsman\u2019s functions in relation to judicial "
                "appointments, are outside its scope.",
            ),
        ],
    ),
    (
        "4. Principles of co-operation",
        [
            (
                "4.1",
                "In their dealings with each other the JCIO and the Ombudsman will be guided by the "
                "following principles:",
            ),
            (
                "(a)",
                "respect for the independence of the judiciary and for the independence of the "
                "Ombudsman;",
            ),
            (
                "(b)",
                "fairness to complainants and to the judicial office holders complained about;",
            ),
            ("(c)", "openness and candour in dealings between the two organisations; and"),
            ("(d)", "the efficient use of public resources, avoiding duplication of effort."),
        ],
    ),
    (
        "5. Notification and provision of case information",
        [
            (
                "5.1",
                "Within five working days of accepting a complaint for investigation, the Ombudsman "
                "will notify the JCIO in writing, giving the JCIO reference number, the name of the "
                "complainant and a summary of the points to be investigated.",
            ),
            (
                "5.2",
                "The JCIO will provide the Ombudsman with a complete copy of its file on the "
                "complaint, including correspondence with the complainant and the office holder, "
                "any report of a nominated or investigating judge, and the internal notes that "
                "record how decisions were reached, within 15 working days of receiving that "
                "notification.",
            ),
            (
                "5.3",
                "If the JCIO is unable to meet the timescale in paragraph 5.2, it shall inform the "
                "Ombudsman\u2019s investigating officer before the timescale expires, explaining the "
                "reason and giving a date by which the file will be provided.",
            ),
            (
                "5.4",
                "Other matters on which the parties keep each other informed are listed below:",
            ),
            (
                "TABLE",
                [
                    ["Matter", "Who notifies whom", "Timescale"],
                    [
                        "The Ombudsman decides, after initial assessment, not to investigate a complaint "
                        "about the JCIO",
                        "Ombudsman to JCIO",
                        "Within 10 working days of the decision",
                    ],
                    [
                        "A complainant who has complained to the Ombudsman starts legal proceedings about "
                        "the same matter",
                        "JCIO to Ombudsman, where the JCIO becomes aware of them",
                        "As soon as practicable",
                    ],
                    [
                        "The office holder complained about retires, resigns or dies while the Ombudsman\u2019s "
                        "investigation is open",
                        "JCIO to Ombudsman",
                        "Within 5 working days",
                    ],
                    [
                        "The Ombudsman receives information suggesting that an office holder may have "
                        "committed a criminal offence",
                        "Ombudsman to JCIO",
                        "Within 2 working days",
                    ],
                ],
            ),
            (
                "5.5",
                "Each party will nominate a named caseworker as its single point of contact for "
                "each investigation. The contacts for general enquiries are listed in Annex A.",
            ),
        ],
    ),
    (
        "6. Draft reports, recommendations and publication",
        [
            (
                "6.1",
                "Before finalising the report on any investigation, the Ombudsman will send the "
                "JCIO a copy of the draft so that it may comment on matters of fact. The JCIO will "
                "send any comments within 10 working days of receiving the draft.",
            ),
            (
                "6.2",
                "The JCIO will treat draft reports as confidential and will not disclose a draft, "
                "or any part of it, to the office holder concerned or to any other person without "
                "the Ombudsman\u2019s agreement.",
            ),
            (
                "6.3",
                "Where the Ombudsman makes a recommendation that concerns the JCIO, the JCIO will "
                "report to the Ombudsman within three months on the action it has taken in "
                "response, and will explain its reasons if a recommendation has not been accepted.",
            ),
            (
                "6.4",
                "The Ombudsman publishes an annual report and anonymised case studies. The "
                "Ombudsman will send the JCIO any passage that refers to the JCIO\u2019s handling of "
                "complaints at least one month before publication, so that factual errors can be "
                "corrected.",
            ),
            (
                "6.5",
                "If either party intends to issue a press release or other public statement that "
                "refers to the other, it will give the other party\u2019s press office sight of the "
                "text at least 24 hours before it is released.",
            ),
            (
                "6.6",
                "The JCIO publishes statements about disciplinary sanctions in accordance with its "
                "published policy. Nothing in this MoU requires the JCIO to consult the Ombudsman "
                "before publishing such a statement.",
            ),
        ],
    ),
    (
        "7. Information handling",
        [
            (
                "7.1",
                "Each party is a controller in its own right for the personal data it holds and is "
                "responsible for its own compliance with the UK General Data Protection Regulation "
                "and the Data Protection Act 2018. The legal basis for disclosures by the JCIO to "
                "the Ombudsman is the performance of the Ombudsman\u2019s statutory functions under "
                "the Constitutional Reform Act 2005.",
            ),
            (
                "7.2",
                "Case papers containing personal data are marked OFFICIAL-SENSITIVE and travel only "
                "by secure email or by a secure file transfer service agreed between the parties.",
            ),
            (
                "7.3",
                "Neither party will disclose information received from the other under this MoU to "
                "a third party without first consulting the party that supplied it, except where "
                "disclosure is required by law.",
            ),
            (
                "7.4",
                "Where either party receives a request under the Freedom of Information Act 2000 "
                "for information that it received from the other, it will consult the other "
                "before responding and will allow at least five working days for the other\u2019s "
                "views.",
            ),
            (
                "7.5",
                "A party that discovers the loss or unauthorised disclosure of information supplied "
                "by the other will notify the other party\u2019s data protection officer within 24 "
                "hours, and the parties will co-operate in any investigation of the incident.",
            ),
            (
                "7.6",
                "Each party will retain information received from the other only for as long as is "
                "necessary for the purpose for which it was supplied, in line with its own "
                "retention schedule.",
            ),
        ],
    ),
    (
        "8. Liaison, training and lessons learned",
        [
            (
                "8.1",
                "The Head of the JCIO and the Ombudsman\u2019s Head of Office will meet twice a year "
                "to discuss casework volumes, performance against the timescales in this MoU and "
                "any themes emerging from the Ombudsman\u2019s findings.",
            ),
            (
                "8.2",
                "The JCIO will provide a briefing on its procedures for each investigator who joins "
                "the Ombudsman\u2019s office, and the Ombudsman\u2019s office will deliver an annual "
                "session for JCIO caseworkers on the lessons from its investigations.",
            ),
            (
                "8.3",
                "Each party will keep the other informed of planned changes to its procedures, "
                "rules or guidance that may affect the other and will, where possible, do so before "
                "the changes are made.",
            ),
            (
                "8.4",
                "The Head of the JCIO and the Ombudsman\u2019s Head of Office are the owners of this "
                "MoU and are responsible for its day-to-day operation.",
            ),
        ],
    ),
    (
        "9. Resolving disagreements",
        [
            (
                "9.1",
                "The parties will try to resolve any disagreement about the operation of this MoU at "
                "the lowest possible level. A disagreement that cannot be resolved between "
                "caseworkers will be referred to the Head of the JCIO and the Ombudsman\u2019s Head of "
                "Office. If it remains unresolved, it will be referred to the Ombudsman and to the "
                "Chief Executive of the Judicial Office.",
            ),
            (
                "9.2",
                "Nothing in this section affects the Ombudsman\u2019s independence in reaching "
                "conclusions on any complaint.",
            ),
        ],
    ),
    (
        "10. Review and amendment",
        [
            (
                "10.1",
                "The owners of this MoU will review its operation every two years, the first "
                "review to be completed by April 2027. Either party may ask for an earlier review "
                "by writing to the other, and a review requested in this way will begin within "
                "two months.",
            ),
            (
                "10.2",
                "Amendments may be made at any time with the written agreement of both parties. "
                "Changes to the contact details in Annex A do not require formal agreement.",
            ),
        ],
    ),
    (
        "11. Signatures",
        [
            (
                "TABLE",
                [
                    [
                        "For the Judicial Conduct Investigations Office",
                        "For the Judicial Appointments and Conduct Ombudsman",
                    ],
                    ["Signed: [signature]", "Signed: [signature]"],
                    [
                        "Head of the Judicial Conduct Investigations Office",
                        "Judicial Appointments and Conduct Ombudsman",
                    ],
                    ["Date: 24 March 2025", "Date: 27 March 2025"],
                ],
            ),
        ],
    ),
    (
        "Annex A \u2013 Contacts",
        [
            ("P", "General enquiries about this MoU should be directed to the following:"),
            (
                "TABLE",
                [
                    ["Organisation", "Role", "Responsibility"],
                    [
                        "Judicial Conduct Investigations Office",
                        "Head of the JCIO",
                        "Owner of the MoU; escalated disagreements",
                    ],
                    [
                        "Judicial Conduct Investigations Office",
                        "Casework Team Leader",
                        "Requests for case files; day-to-day queries",
                    ],
                    [
                        "Judicial Appointments and Conduct Ombudsman",
                        "Head of Office",
                        "Owner of the MoU; escalated disagreements",
                    ],
                    [
                        "Judicial Appointments and Conduct Ombudsman",
                        "Senior Investigating Officer",
                        "Notifications of new investigations; draft reports",
                    ],
                ],
            ),
            (
                "P",
                "Each party will tell the other of any change to these contacts within 10 working "
                "days of the change.",
            ),
        ],
    ),
]


def _page_field(paragraph) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def build_jcio_docx() -> bytes:
    d = docx.Document()
    when = dt.datetime(2025, 3, 27, 9, 0, 0)
    cp = d.core_properties
    cp.author = "Judicial Conduct Investigations Office"
    cp.title = "MoU JCIO and JACO"
    cp.created = when
    cp.modified = when
    cp.last_modified_by = "JCIO"
    cp.revision = 3

    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.add_run("JCIO / JACO Memorandum of Understanding \u2013 v2.0          Page ")
    _page_field(fp)

    d.add_paragraph(
        "Memorandum of Understanding between the Judicial Conduct Investigations Office and "
        "the Judicial Appointments and Conduct Ombudsman",
        style="Title",
    )
    v = d.add_paragraph()
    r = v.add_run("Version 2.0 \u2013 agreed March 2025")
    r.italic = True

    for heading, items in JCIO_SECTIONS:
        hpara = d.add_paragraph()
        hpara.paragraph_format.space_before = Pt(12)
        hpara.paragraph_format.keep_with_next = True
        hr = hpara.add_run(heading)
        hr.bold = True
        hr.font.size = Pt(12)
        for num, body in items:
            if num == "TABLE":
                rows = body
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, cell in enumerate(row):
                        c = t.cell(i, j)
                        c.text = ""
                        run = c.paragraphs[0].add_run(cell)
                        if i == 0:
                            run.bold = True
                d.add_paragraph()  # spacing after table
                continue
            p = d.add_paragraph()
            if num == "P":
                p.add_run(body)
            elif num.startswith("("):
                p.paragraph_format.left_indent = Cm(1.9)
                p.paragraph_format.first_line_indent = Cm(-0.9)
                p.add_run(num + "\t" + body)
            else:
                p.paragraph_format.left_indent = Cm(1.0)
                p.paragraph_format.first_line_indent = Cm(-1.0)
                p.add_run(num + "\t" + body)
    return docx_bytes(d)


# ---------------------------------------------------------------------------
# 2. PDF information sharing agreement: NIPS, PBNI and the Parole Commissioners
# ---------------------------------------------------------------------------

NIPS_BLOCKS: list[tuple] = [
    ("T", "Information Sharing Agreement"),
    ("GAP",),
    (
        "T",
        "between the Northern Ireland Prison Service, the Probation Board for Northern Ireland "
        "and the Parole Commissioners for Northern Ireland",
    ),
    ("GAP",),
    ("H", "1. Introduction"),
    (
        "P",
        "1.1 This agreement sets out the arrangements under which the Northern Ireland Prison "
        "Service (NIPS), the Probation Board for Northern Ireland (PBNI) and the Parole "
        "Commissioners for Northern Ireland (the Commissioners) share information about prisoners "
        "whose cases are referred to the Commissioners. In this agreement NIPS, PBNI and the "
        'Commissioners are together referred to as "the parties".',
    ),
    (
        "P",
        "1.2 NIPS is an agency of the Department of Justice and is responsible for the custody of "
        "prisoners in Northern Ireland. PBNI is a non-departmental public body established by the "
        "Probation Board (Northern Ireland) Order 1982; it supervises offenders in the community "
        "and prepares reports for the courts and for the Commissioners. The Commissioners are an "
        "independent body constituted under the Life Sentences (Northern Ireland) Order 2001 and "
        "given further functions by the Criminal Justice (Northern Ireland) Order 2008.",
    ),
    (
        "P",
        "1.3 The Commissioners decide whether prisoners serving life sentences, indeterminate "
        "custodial sentences and extended custodial sentences can safely be released, and they "
        "review the cases of prisoners recalled to custody. They cannot carry out these functions "
        "without reliable and timely information from NIPS and PBNI.",
    ),
    (
        "P",
        "1.4 This agreement comes into force on 1 September 2025 and replaces version 2.0, dated "
        "June 2021. Although it is signed by all three parties, it is not a contract and is not "
        "intended to be legally binding.",
    ),
    ("H", "2. Purpose and scope"),
    (
        "P",
        "2.1 The purpose of this agreement is to make sure that the information needed at each "
        "stage of a parole or recall case reaches the right party in time, by a secure route and "
        "in a form that complies with data protection law.",
    ),
    ("P", "2.2 The agreement covers the sharing of information for the purposes of:"),
    ("I", "(a) referrals to the Commissioners for a decision on release;"),
    ("I", "(b) the review of prisoners whose licences have been revoked;"),
    ("I", "(c) directions, oral hearings and decisions on the papers; and"),
    ("I", "(d) the setting and variation of licence conditions recommended by the Commissioners."),
    (
        "P",
        "2.3 It does not cover information shared between NIPS and PBNI for sentence management "
        "purposes that do not involve the Commissioners. That sharing is governed by a separate "
        "agreement between those two parties.",
    ),
    ("H", "3. Legal basis"),
    (
        "P",
        "3.1 Each party processes the personal data shared under this agreement as a competent "
        "authority for the law enforcement purposes described in Part 3 of the Data Protection Act "
        "2018, which include the execution of criminal penalties. Where processing falls outside "
        "Part 3, the parties rely on Article 6(1)(e) of the UK General Data Protection Regulation, "
        "the performance of a task carried out in the public interest.",
    ),
    (
        "P",
        "3.2 The Parole Commissioners' Rules (Northern Ireland) 2009 set out the documents and "
        "reports that must be sent to the Commissioners when a case is referred. This agreement "
        "supplements those Rules and does not alter them.",
    ),
    (
        "P",
        "3.3 Much of the information shared is special category or criminal offence data, including "
        "health information, psychological and psychiatric assessments and details of offending. "
        "Each party has an appropriate policy document in place for sensitive processing, as the "
        "Act requires.",
    ),
    ("H", "4. Information to be shared"),
    ("P", "4.1 Following a referral, NIPS will provide the Commissioners with:"),
    (
        "I",
        "(a) the prisoner's sentence calculation, custodial history and current security category;",
    ),
    (
        "I",
        "(b) reports on the prisoner's conduct in custody, including adjudications and the results "
        "of drug testing;",
    ),
    ("I", "(c) the most recent psychology and psychiatric reports held by NIPS; and"),
    (
        "I",
        "(d) details of the prisoner's participation in offending behaviour programmes and of any "
        "outstanding sentence plan targets.",
    ),
    (
        "P",
        "4.2 The material in paragraph 4.1 is due within 12 weeks of the date of referral, or "
        "within such shorter period as a single Commissioner may direct.",
    ),
    (
        "P",
        "4.3 PBNI will prepare a parole assessment report for each referred case and will send it "
        "to the Commissioners, with a copy to NIPS, no later than eight weeks before the date set "
        "for the hearing. The report will include PBNI's assessment of risk and a proposed risk "
        "management plan.",
    ),
    (
        "P",
        "4.4 Where PBNI asks for a prisoner's licence to be revoked, it will send the recall report "
        "and supporting papers to the Commissioners on the same working day as the request is made "
        "to the Department of Justice.",
    ),
    (
        "P",
        "4.5 When a recalled prisoner is returned to custody, NIPS will tell the Commissioners the "
        "date of return within one working day.",
    ),
    (
        "P",
        "4.6 The Commissioners will send NIPS and PBNI a copy of every decision, direction and "
        "recommendation they make on a case within five working days of making it.",
    ),
    (
        "P",
        "4.7 Each party will tell the others without delay of any significant change in a "
        "prisoner's circumstances that may affect a pending decision, such as a further charge, "
        "a serious incident in custody or a change in the proposed release address.",
    ),
    ("P", "4.8 The data items exchanged at each stage are listed in Annex A."),
    ("H", "5. Damaging and sensitive information"),
    (
        "P",
        "5.1 A party that considers that information should not be disclosed to the prisoner, "
        "because disclosure would be likely to put a person at risk of harm, prejudice the "
        "prevention or detection of crime or damage the prisoner's own health, will apply to the "
        "Commissioners for that information to be withheld, setting out its reasons.",
    ),
    (
        "P",
        "5.2 Until the Commissioners have decided an application under paragraph 5.1, no party "
        "will disclose the information concerned to the prisoner or to the prisoner's "
        "representative.",
    ),
    (
        "P",
        "5.3 Information that the Commissioners direct should be withheld will be held in "
        "confidence by each party and will not be included in any copy of the dossier sent to "
        "the prisoner.",
    ),
    (
        "P",
        "5.4 The contact details of victims registered with the Prisoner Release Victim "
        "Information Scheme or the PBNI Victim Information Scheme must never be included in "
        "material that may be disclosed to the prisoner.",
    ),
    ("H", "6. Handling, security and retention"),
    (
        "P",
        "6.1 The Commissioners' secure case management portal is the standard route for the "
        "exchange of dossiers and reports. Secure email between criminal justice domains is used "
        "only where the portal is unavailable.",
    ),
    (
        "P",
        "6.2 Information shared under this agreement is classified OFFICIAL-SENSITIVE. Each party "
        "will restrict access to those members of staff, Commissioners and contracted report "
        "writers who need it for the purposes of this agreement.",
    ),
    (
        "P",
        "6.3 Each party will brief its staff who handle parole casework on this agreement, and on "
        "the handling of damaging information, when they first take up the role and at least "
        "once a year after that.",
    ),
    (
        "P",
        "6.4 Dossiers held by the Commissioners will be retained for seven years after the final "
        "decision in the case and then securely destroyed, unless continuing proceedings require "
        "a longer period. NIPS and PBNI will keep the information in line with their own "
        "retention and disposal schedules.",
    ),
    (
        "P",
        "6.5 Any security incident involving shared information, including loss, misdirection or "
        "unauthorised access, will be reported to the data protection officer of the party that "
        "supplied the information within 24 hours of its discovery. The parties will work "
        "together to contain the incident and to decide whether it must be reported to the "
        "Information Commissioner.",
    ),
    ("H", "7. Accuracy of information"),
    (
        "P",
        "7.1 Each party is responsible for the accuracy of the information it supplies. Where a party "
        "discovers that information it has supplied is inaccurate or out of date, it will notify "
        "each party that received it as soon as possible and, in any case, before the hearing.",
    ),
    (
        "P",
        "7.2 Where a panel identifies gaps in a dossier, the Commissioners' Secretariat will ask "
        "the party concerned for the further material needed, and that party will supply it "
        "within the time directed by the panel.",
    ),
    (
        "P",
        "7.3 Reports prepared for the Commissioners should distinguish clearly between fact, "
        "opinion and information from third parties, and should give the source and date of any "
        "information on which an assessment of risk relies.",
    ),
    ("H", "8. Rights of individuals and requests for information"),
    (
        "P",
        "8.1 Each party will answer subject access requests for the records it holds as "
        "controller.",
    ),
    (
        "P",
        "8.2 Prisoners are told about the sharing described in this agreement through the privacy "
        "notices published by each party and through the information given to them when their "
        "case is referred.",
    ),
    (
        "P",
        "8.3 A request made under the Freedom of Information Act 2000 for information that "
        "originated with another party will not be answered until that party has been consulted. "
        "The party consulted will give its view within five working days.",
    ),
    ("H", "9. Governance"),
    (
        "P",
        "9.1 Each party will nominate a single point of contact with responsibility for the "
        "operation of this agreement. The current contacts are listed in Annex B.",
    ),
    (
        "P",
        "9.2 The single points of contact will meet quarterly to review the timeliness and quality "
        "of the information exchanged, drawing on performance figures produced by the "
        "Commissioners' Secretariat.",
    ),
    (
        "P",
        "9.3 The Commissioners will give NIPS and PBNI sight of any passage of their annual report "
        "that comments on the timeliness or quality of dossiers at least 21 days before it is "
        "published.",
    ),
    (
        "P",
        "9.4 Problems that the single points of contact cannot resolve will be escalated, first to "
        "the NIPS Head of Offender Management Policy, the PBNI Director of Operations and the Head "
        "of the Commissioners' Secretariat, and then, if necessary, to the Director General of "
        "NIPS, the Chief Executive of PBNI and the Chief Commissioner.",
    ),
    ("H", "10. Review"),
    (
        "P",
        "10.1 This agreement will be reviewed annually by the single points of contact. Any party "
        "may ask for an earlier review at any time, and a review will take place in any event if "
        "the relevant legislation changes.",
    ),
    (
        "P",
        "10.2 Changes to the annexes may be agreed by the single points of contact. Changes to the "
        "body of the agreement require the approval of the signatories.",
    ),
    ("H", "11. Signatures"),
    (
        "P",
        "By signing below, each party confirms that it accepts this agreement and will put it into "
        "effect.",
    ),
    (
        "SIG",
        [
            "Signed on behalf of the Northern Ireland Prison Service",
            "Signature: ____________________",
            "Director General, Northern Ireland Prison Service",
            "Date: 18 August 2025",
        ],
    ),
    (
        "SIG",
        [
            "Signed on behalf of the Probation Board for Northern Ireland",
            "Signature: ____________________",
            "Chief Executive, Probation Board for Northern Ireland",
            "Date: 20 August 2025",
        ],
    ),
    (
        "SIG",
        [
            "Signed on behalf of the Parole Commissioners for Northern Ireland",
            "Signature: ____________________",
            "Chief Commissioner",
            "Date: 22 August 2025",
        ],
    ),
    ("PAGEBREAK",),
    ("H", "Annex A \u2013 Data items"),
    (
        "P",
        "This annex lists the principal data items exchanged under the agreement. It is not "
        "exhaustive, and a panel of Commissioners may direct that further material be provided.",
    ),
    ("P", "The dossier provided by NIPS on referral normally includes:"),
    ("B", "prisoner name, date of birth and prison number;"),
    ("B", "sentence details, tariff or custodial period and sentence expiry dates;"),
    ("B", "custodial conduct record, including adjudications;"),
    ("B", "security information assessed as suitable for disclosure;"),
    ("B", "psychology and healthcare reports; and"),
    ("B", "history of home leave and other temporary release."),
    ("P", "The PBNI parole assessment report normally includes:"),
    ("B", "an analysis of offending and of the risk of serious harm;"),
    ("B", "the outcome of structured risk assessment tools;"),
    ("B", "an assessment of the proposed release address; and"),
    ("B", "a proposed risk management plan and licence conditions."),
    (
        "P",
        "Decisions and directions issued by the Commissioners include the reasons for the decision "
        "and any licence conditions that the panel recommends.",
    ),
    ("GAP",),
    ("H", "Annex B \u2013 Contacts"),
    (
        "P",
        "Each party's single point of contact for this agreement is shown below. The parties will "
        "notify each other of any change by email.",
    ),
    (
        "P",
        "Northern Ireland Prison Service: Head of Offender Management Policy, Prison Service "
        "Headquarters, Dundonald House, Belfast.",
    ),
    (
        "P",
        "Probation Board for Northern Ireland: Head of Public Protection, 80-90 North Street, "
        "Belfast.",
    ),
    (
        "P",
        "Parole Commissioners for Northern Ireland: Head of the Commissioners' Secretariat, "
        "Belfast.",
    ),
]

PDF_WIDTH = 92
PDF_BODY_LINES = 47


def _pdf_lines(blocks: list[tuple]) -> list[object]:
    """Wrap blocks into lines; PAGEBREAK stays a marker."""
    out: list[object] = []
    for block in blocks:
        kind = block[0]
        if kind == "PAGEBREAK":
            out.append("\f")
        elif kind == "GAP":
            out.append("")
        elif kind == "H":
            out.append(("H", block[1]))
        elif kind == "SIG":
            out.append(("KEEP", list(block[1])))
        elif kind == "B":
            out.extend(textwrap.wrap("\u2022 " + block[1], PDF_WIDTH))
        else:
            out.extend(textwrap.wrap(block[1], PDF_WIDTH))
    return out


def build_nips_pdf() -> bytes:
    flow = _pdf_lines(NIPS_BLOCKS)
    pages: list[list[str]] = [[]]
    for item in flow:
        cur = pages[-1]
        if item == "\f":
            pages.append([])
            continue
        if isinstance(item, tuple) and item[0] == "H":
            # keep a heading with at least two lines after it
            if len(cur) + 3 > PDF_BODY_LINES:
                pages.append([])
                cur = pages[-1]
            cur.append(item[1])
            continue
        if isinstance(item, tuple) and item[0] == "KEEP":
            if len(cur) + len(item[1]) > PDF_BODY_LINES:
                pages.append([])
                cur = pages[-1]
            cur.extend(item[1])
            continue
        if len(cur) >= PDF_BODY_LINES:
            pages.append([])
            cur = pages[-1]
        if item == "" and not cur:
            continue
        cur.append(item)
    total = len(pages)
    out: list[list[str]] = []
    for n, body in enumerate(pages, start=1):
        head = ["OFFICIAL"]
        if n > 1:
            head.append("NIPS, PBNI and Parole Commissioners: Information Sharing Agreement v3.0")
        lines = [*head, "", *body]
        lines += [""] * (PDF_BODY_LINES - len(body))
        lines += ["", f"Page {n} of {total}", "OFFICIAL"]
        out.append(lines)
    return make_pdf(out)


def main() -> None:
    write_fixtures(
        {
            "jcio-jaco-mou.docx": build_jcio_docx(),
            "nips-pbni-pcni-isa.pdf": build_nips_pdf(),
        }
    )


if __name__ == "__main__":
    main()
