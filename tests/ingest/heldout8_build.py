"""Rebuild the Word and PDF files of held-out set 8 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout8_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the text file of the set are kept as written, in
``tests/ingest/fixtures``. Each block carries the clause path its writer gave it; a PDF
paragraph path "#name" is numbered in document order.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import chunk_lines, docx_bytes, write_fixtures

# ---------------------------------------------------------------------------------------------
# 1. Word information sharing agreement (three agencies)
# ---------------------------------------------------------------------------------------------

ISA_TITLE = (
    "Information Sharing Agreement between the Driver and Vehicle Licensing Agency, "
    "the Driver and Vehicle Standards Agency and the Vehicle Certification Agency"
)

# (style, path, text) ; style: title | h1 | p | item | bullet | table
ISA: list[tuple] = [
    ("title", "title", ISA_TITLE),
    ("h1", "document-control", "Document control"),
    (
        "table",
        "document-control.t1",
        [
            ["Reference", "DfT-ISA-VS-0425"],
            ["Version", "1.0 (final)"],
            ["Status", "Agreed by all three agencies"],
            ["Document owner", "Vehicle Safety Standards team, DVSA"],
            ["Date agreed", "12 May 2025"],
            ["Next review due", "June 2027"],
            ["Security classification", "OFFICIAL"],
        ],
        False,
    ),
    ("h1", "1", "1. Parties"),
    ("p", "1.1", "1.1 This agreement is made between:"),
    (
        "item",
        "1.1.a",
        "(a) the Driver and Vehicle Licensing Agency (DVLA), an executive agency "
        "of the Department for Transport, of Longview Road, Morriston, Swansea SA6 7JL;",
    ),
    (
        "item",
        "1.1.b",
        "(b) the Driver and Vehicle Standards Agency (DVSA), an executive agency "
        "of the Department for Transport, of Berkeley House, Croydon Street, Bristol BS5 0DA; and",
    ),
    (
        "item",
        "1.1.c",
        "(c) the Vehicle Certification Agency (VCA), an executive agency of the "
        "Department for Transport, of 1 Eastgate Office Centre, Eastgate Road, Bristol BS5 6XX.",
    ),
    (
        "p",
        "1.2",
        "1.2 In this agreement DVLA, DVSA and VCA are together called \u201cthe "
        "agencies\u201d. \u201cThe supplying agency\u201d means the agency that provided the "
        "information in question and \u201cthe receiving agency\u201d means the agency to which it "
        "was provided.",
    ),
    (
        "p",
        "1.3",
        "1.3 Each agency is a separate controller, within the meaning of the UK General "
        "Data Protection Regulation (UK GDPR), of the personal data it holds, including personal "
        "data received under this agreement. The agencies are not joint controllers.",
    ),
    ("h1", "2", "2. Purpose"),
    (
        "p",
        "2.1",
        "2.1 DVSA runs the vehicle safety recall scheme on behalf of the Secretary of "
        "State for Transport. Manufacturers tell DVSA when they discover a safety defect, and DVSA "
        "monitors each recall until it closes. The registered keepers of affected vehicles are "
        "traced through the vehicle register maintained by DVLA. VCA is the approval authority "
        "for Great Britain: it approves vehicles, systems and components before they are placed "
        "on the market and can withdraw or amend an approval where a product does not conform.",
    ),
    ("p", "2.2", "2.2 The agencies exchange information under this agreement in order to:"),
    (
        "item",
        "2.2.a",
        "(a) identify the registered keepers of vehicles affected by a safety "
        "recall so that they can be told about the defect;",
    ),
    ("item", "2.2.b", "(b) measure how many recalled vehicles have been repaired;"),
    (
        "item",
        "2.2.c",
        "(c) check that vehicles and components conform to their approval, and "
        "act where they do not; and",
    ),
    (
        "item",
        "2.2.d",
        "(d) support market surveillance investigations into unsafe vehicles, parts and equipment.",
    ),
    (
        "p",
        "2.3",
        "2.3 As parts of the same Crown body the agencies cannot contract with one "
        "another, and nothing in this agreement is legally enforceable. It records how they have "
        "agreed to handle the information described below, and each agency accepts it as binding "
        "on its staff.",
    ),
    ("h1", "3", "3. Legal basis"),
    (
        "p",
        "3.1",
        "3.1 DVLA may release information from the vehicle register under regulation "
        "27 of the Road Vehicles (Registration and Licensing) Regulations 2002, which allows the "
        "Secretary of State to make particulars available to a local authority, a chief officer "
        "of police or any person who can show reasonable cause for wanting them.",
    ),
    (
        "p",
        "3.2",
        "3.2 DVSA carries out vehicle recall and market surveillance work under the "
        "General Product Safety Regulations 2005 and the Road Vehicles (Approval) Regulations "
        "2020, and in line with the Code of Practice on Vehicle Safety Defects and Recalls. VCA "
        "acts as approval authority under the 2020 Regulations.",
    ),
    (
        "p",
        "3.3",
        "3.3 The lawful basis for processing personal data under this agreement is "
        "Article 6(1)(e) of the UK GDPR (a task carried out in the public interest or in the "
        "exercise of official authority). No special category or criminal offence data is shared.",
    ),
    (
        "p",
        "3.4",
        "3.4 Each agency has completed a data protection impact assessment covering "
        "its part of the sharing described in this agreement.",
    ),
    ("h1", "4", "4. Information to be shared"),
    (
        "p",
        "4.1",
        "4.1 DVLA will provide DVSA with the name and address of the current "
        "registered keeper, together with the make, model and date of first registration, for "
        "each vehicle identification number (VIN) that DVSA submits in connection with a safety "
        "recall.",
    ),
    (
        "p",
        "4.2",
        "4.2 DVSA will send VCA details of every safety recall notified to it by a "
        "manufacturer, including the nature of the defect, the remedy and the number of vehicles "
        "affected, together with the results of any market surveillance test on a vehicle or "
        "component that holds a VCA approval.",
    ),
    (
        "p",
        "4.3",
        "4.3 When DVSA needs them to investigate a defect or a suspected "
        "non-conformity, VCA shall make available to DVSA the relevant approval records, "
        "including the information document, test reports and any variations to the approval.",
    ),
    (
        "p",
        "4.4",
        "4.4 VCA will let DVLA know whenever it withdraws or suspends an individual "
        "vehicle approval or a national small series approval, so that the vehicle record can be "
        "marked.",
    ),
    (
        "p",
        "4.5",
        "4.5 Under this agreement DVLA will not disclose driver licensing records, "
        "driver medical information or vehicle tax payment details. Requests for driver "
        "information fall outside its scope and must be made separately.",
    ),
    (
        "p",
        "4.6",
        "4.6 Each request and each transfer is limited to the data items needed for "
        "the purpose concerned. The data specification agreed between the single points of "
        "contact lists them.",
    ),
    ("h1", "5", "5. How information is exchanged"),
    (
        "p",
        "5.1",
        "5.1 DVSA makes keeper enquiries by uploading a file of VINs to DVLA\u2019s "
        "secure bulk enquiry service, and the results are returned through the same service, "
        "normally within five working days.",
    ),
    (
        "p",
        "5.2",
        "5.2 Recall and approval information passes between DVSA and VCA by secure "
        "file transfer or through a restricted shared workspace to which only named staff have "
        "access.",
    ),
    (
        "p",
        "5.3",
        "5.3 No agency will send personal data under this agreement by unencrypted "
        "email, by post or on removable media.",
    ),
    (
        "p",
        "5.4",
        "5.4 The receiving agency must hold shared information on systems accredited "
        "for OFFICIAL information and protect it in line with the Government Security "
        "Classifications policy.",
    ),
    ("h1", "6", "6. Confidentiality, disclosure and publication"),
    (
        "p",
        "6.1",
        "6.1 Information received under this agreement is to be treated in confidence "
        "and used only for the purpose for which it was supplied.",
    ),
    (
        "p",
        "6.2",
        "6.2 A receiving agency will not pass information supplied under this "
        "agreement to any third party, including a vehicle manufacturer, without the prior "
        "written agreement of the supplying agency, unless it is required to do so by law.",
    ),
    (
        "p",
        "6.3",
        "6.3 If an agency receives a request under the Freedom of Information Act 2000 "
        "or the Environmental Information Regulations 2004 for information that another agency "
        "supplied, it will consult the supplying agency before deciding whether to release it. "
        "The decision remains with the agency that received the request.",
    ),
    (
        "p",
        "6.4",
        "6.4 An agency that intends to publish statistics or a report drawing on "
        "information supplied by another agency will send that agency a draft at least seven days "
        "before the planned publication date.",
    ),
    ("h1", "7", "7. Security incidents"),
    (
        "p",
        "7.1",
        "7.1 If a receiving agency finds that information supplied under this "
        "agreement has been lost, stolen, accessed without authority or otherwise compromised, it "
        "must tell the supplying agency\u2019s single point of contact without delay and in any "
        "event within 24 hours of discovering it.",
    ),
    (
        "p",
        "7.2",
        "7.2 The decision whether to report the breach to the Information "
        "Commissioner rests with the supplying agency as controller of the original data.",
    ),
    (
        "p",
        "7.3",
        "7.3 Annex B lists further notifications between the agencies and the time "
        "allowed for each.",
    ),
    ("h1", "8", "8. Retention and deletion"),
    (
        "p",
        "8.1",
        "8.1 DVSA will delete keeper details received from DVLA for a recall 12 months "
        "after the recall campaign closes, or sooner if they are no longer needed.",
    ),
    (
        "p",
        "8.2",
        "8.2 Recall and approval records are kept by DVSA and VCA in line with their "
        "published retention schedules.",
    ),
    ("h1", "9", "9. Rights of individuals"),
    (
        "p",
        "9.1",
        "9.1 Each agency deals with requests from individuals under the UK GDPR for "
        "the personal data it holds, including data it has received from another agency.",
    ),
    (
        "p",
        "9.2",
        "9.2 Where an agency receives a subject access request that covers "
        "information supplied by another agency, it will inform that agency before responding, so "
        "that the supplying agency can identify any exemption that may apply.",
    ),
    ("h1", "10", "10. Roles and responsibilities"),
    (
        "p",
        "10.1",
        "10.1 DVSA is the lead agency for this agreement. Its Head of Vehicle Safety "
        "Standards is responsible for keeping the agreement up to date and for co-ordinating its "
        "review.",
    ),
    (
        "p",
        "10.2",
        "10.2 Each agency will nominate a single point of contact to manage "
        "day-to-day sharing under this agreement. The current contacts are listed in Annex A.",
    ),
    (
        "p",
        "10.3",
        "10.3 Each agency will make sure that staff who handle information under "
        "this agreement have completed data protection training within the last 12 months and "
        "have been briefed on the terms of this agreement before they are given access.",
    ),
    ("h1", "11", "11. Governance"),
    (
        "p",
        "11.1",
        "11.1 The single points of contact will meet quarterly to review volumes, "
        "turnaround times and any problems with the exchanges.",
    ),
    (
        "p",
        "11.2",
        "11.2 A deputy director from each agency will attend an annual meeting to "
        "consider how well the agreement is working and whether it is still needed.",
    ),
    (
        "p",
        "11.3",
        "11.3 Problems that the single points of contact cannot resolve will be "
        "escalated first to the responsible deputy directors and then, if they remain unresolved, "
        "to the chief executives of the three agencies, whose decision is final.",
    ),
    ("h1", "12", "12. Commencement, review and termination"),
    ("p", "12.1", "12.1 This agreement takes effect on 1 June 2025."),
    (
        "p",
        "12.2",
        "12.2 The agreement will be reviewed every two years. Any agency may ask for "
        "an earlier review at any time, for example following a change in the law or a serious "
        "data breach.",
    ),
    (
        "p",
        "12.3",
        "12.3 Changes may be made only with the written agreement of all three agencies.",
    ),
    (
        "p",
        "12.4",
        "12.4 An agency may withdraw from this agreement by giving the other two "
        "agencies three months\u2019 written notice.",
    ),
    ("h1", "signatures", "Signatures"),
    (
        "p",
        "signatures.p1",
        "Signed for and on behalf of each agency by a person authorised to do so:",
    ),
    (
        "table",
        "signatures.t1",
        [
            ["Agency", "Name", "Position", "Date signed"],
            ["DVLA", "Gwen Morgan-Price", "Director of Vehicles Services", "6 May 2025"],
            ["DVSA", "Daniel Okafor", "Director of Enforcement", "9 May 2025"],
            ["VCA", "Stephen Blackwood", "Chief Executive", "12 May 2025"],
        ],
        False,
    ),
    ("h1", "annex-a", "Annex A \u2013 Single points of contact"),
    (
        "table",
        "annex-a.t1",
        [
            ["Agency", "Role", "Team mailbox"],
            ["DVLA", "Data Sharing Manager, Vehicles Policy", "vehicle.datasharing@dvla.gov.uk"],
            [
                "DVSA",
                "Recalls Team Leader, Vehicle Safety Standards",
                "vehiclesafety.recalls@dvsa.gov.uk",
            ],
            ["VCA", "Conformity of Production Manager", "cop.enquiries@vca.gov.uk"],
        ],
        False,
    ),
    ("h1", "annex-b", "Annex B \u2013 Notifications between the agencies"),
    (
        "p",
        "annex-b.p1",
        "The table sets out the notifications that pass between the agencies, "
        "who gives them and the time allowed.",
    ),
    (
        "table",
        "annex-b.t1",
        [
            ["Event", "Who tells whom", "When"],
            [
                "A manufacturer notifies DVSA of a new safety recall",
                "DVSA tells VCA",
                "Within 5 working days",
            ],
            [
                "VCA withdraws, suspends or significantly amends an approval",
                "VCA tells DVSA and DVLA",
                "On the same working day",
            ],
            [
                "DVSA plans a press release or public warning about an unsafe vehicle or component",
                "DVSA sends the draft to VCA and DVLA",
                "At least 48 hours before release",
            ],
            [
                "A change to a data format, system or secure transfer route",
                "The agency making the change tells the other two",
                "At least one month before the change",
            ],
        ],
        True,
    ),
]


def _cell_text(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def build_isa() -> bytes:
    document = docx.Document()
    styles = document.styles
    styles["Normal"].font.name = "Arial"
    styles["Normal"].font.size = Pt(11)
    core = document.core_properties
    core.title = ISA_TITLE
    core.author = "Vehicle Safety Standards, DVSA"
    core.last_modified_by = "Vehicle Safety Standards, DVSA"
    core.revision = 3
    core.comments = ""
    core.created = dt.datetime(2025, 4, 14, 9, 0, 0)
    core.modified = dt.datetime(2025, 5, 12, 16, 30, 0)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "OFFICIAL"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.text = (
        "DVLA / DVSA / VCA information sharing agreement \u2013 version 1.0 \u2013 OFFICIAL"
    )
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for block in ISA:
        style, path = block[0], block[1]
        if style == "title":
            document.add_paragraph(block[2], style="Title")
        elif style == "h1":
            document.add_heading(block[2], level=1)
        elif style == "p":
            para = document.add_paragraph()
            number, _, rest = block[2].partition(" ")
            if re.fullmatch(r"\d+(\.\d+)*", number):
                para.add_run(number + "\t")
                para.add_run(rest)
                para.paragraph_format.left_indent = Cm(1.25)
                para.paragraph_format.first_line_indent = Cm(-1.25)
            else:
                para.add_run(block[2])
            para.paragraph_format.space_after = Pt(6)
        elif style == "item":
            para = document.add_paragraph()
            letter, _, rest = block[2].partition(" ")
            para.add_run(letter + "\t" + rest)
            para.paragraph_format.left_indent = Cm(2.25)
            para.paragraph_format.first_line_indent = Cm(-1.0)
            para.paragraph_format.space_after = Pt(3)
        elif style == "bullet":
            document.add_paragraph(block[2], style="List Bullet")
        elif style == "table":
            rows = block[2]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            head = path != "document-control.t1"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    _cell_text(
                        table.cell(r, c), text, bold=(r == 0 and head) or (not head and c == 0)
                    )
            document.add_paragraph()  # spacing after a table, as authors leave it
    return docx_bytes(document)


# ---------------------------------------------------------------------------------------------
# 2. PDF memorandum of understanding (National Highways and Transport Focus)
# ---------------------------------------------------------------------------------------------

MOU_TITLE = "Memorandum of Understanding between National Highways and Transport Focus"

# (kind, path, text): t = title line, h = heading line, p = paragraph (wrapped), i = list item
# (wrapped), l = a short line that belongs to the paragraph opened before it. A paragraph path
# "#name" is numbered in document order ("#. " in its text is replaced by that number); duties
# refer to it by the same name.
MOU: list[tuple[str, str | None, str]] = [
    ("t", "title", MOU_TITLE),
    ("h", "introduction", "Introduction"),
    (
        "p",
        "#parties",
        "#. This Memorandum of Understanding (MoU) is agreed between National "
        "Highways Limited (\u201cNational Highways\u201d) and Transport Focus. It describes how the "
        "two organisations will work together so that the views and experiences of the people "
        "who use England\u2019s motorways and major A roads shape the way the strategic road "
        "network is planned, operated, maintained and improved.",
    ),
    (
        "p",
        "#replaces",
        "#. The MoU replaces the previous memorandum between the two "
        "organisations. It reflects the start of the third road investment strategy period, the "
        "growth in Transport Focus\u2019s research programme on the network and the lessons both "
        "organisations have drawn from working together since 2015.",
    ),
    (
        "p",
        "#status",
        "#. This MoU is not legally binding and does not alter the statutory "
        "functions or duties of either organisation. National Highways and Transport Focus "
        "nevertheless intend to act in line with it in all their dealings with each other.",
    ),
    ("h", "roles-of-the-organisations", "Roles of the organisations"),
    (
        "p",
        "#nh",
        "#. National Highways is the government-owned company appointed as strategic "
        "highways company for England under the Infrastructure Act 2015. It operates, maintains "
        "and improves the strategic road network under a licence issued by the Secretary of State "
        "for Transport, and it delivers the road investment strategy set by the Department for "
        "Transport. Its performance against that strategy is monitored independently.",
    ),
    (
        "p",
        "#tf",
        "#. Transport Focus is the independent watchdog for transport users. Its remit "
        "was extended by the Infrastructure Act 2015 to cover users of the strategic road network, "
        "alongside rail passengers across Great Britain and bus, coach and tram passengers in "
        "England outside London. Its statutory name is the Passengers\u2019 Council. It gathers "
        "evidence about users\u2019 experiences, mainly through research, and uses that evidence "
        "to influence the decisions of operators, funders and government.",
    ),
    (
        "p",
        "#sponsor",
        "#. Transport Focus is sponsored by the Department for Transport. Its work "
        "on the strategic road network follows an annual work programme agreed with the "
        "Department, on which National Highways has the opportunity to comment in draft.",
    ),
    ("h", "scope", "Scope"),
    (
        "p",
        "#scope",
        "#. This MoU covers the strategic road network in England and the services "
        "that National Highways provides to its users, including traffic officers, information on "
        "journeys and roadworks, customer contact and the planning and delivery of new schemes. "
        "Local roads are the responsibility of local highway authorities and fall outside it.",
    ),
    (
        "p",
        "#funding",
        "#. The MoU does not cover the funding arrangements for Transport "
        "Focus\u2019s research, which are set out each year in a separate funding letter, or any "
        "commercial contract between the organisations.",
    ),
    ("h", "principles", "Principles"),
    (
        "p",
        "#principles",
        "#. The relationship between the two organisations rests on the following principles:",
    ),
    (
        "i",
        "#principles.a",
        "(a) respect for each other\u2019s independence and different roles, "
        "and in particular for Transport Focus\u2019s freedom to comment publicly on National "
        "Highways\u2019 performance;",
    ),
    (
        "i",
        "#principles.b",
        "(b) a shared focus on road users, including people who live and "
        "work near the network and those who walk, cycle or ride horses along or across it;",
    ),
    (
        "i",
        "#principles.c",
        "(c) openness about plans, findings and concerns, within the limits "
        "set by law and by commercial confidentiality;",
    ),
    (
        "i",
        "#principles.d",
        "(d) value for money, by avoiding duplicated research and "
        "unnecessary requests for information; and",
    ),
    ("i", "#principles.e", "(e) early and informal resolution of differences."),
    ("h", "research-and-insight", "Research and insight"),
    (
        "p",
        "#srus",
        "#. Transport Focus runs the Strategic Roads User Survey (SRUS), a continuous "
        "survey of drivers who have recently made a journey on the network. The questionnaire is "
        "reviewed jointly each year, but Transport Focus remains responsible for the design, "
        "conduct and reporting of the survey.",
    ),
    (
        "p",
        "#published",
        "#. SRUS results are published in spring and autumn each year. "
        "Results for each National Highways operational region are reported separately wherever "
        "the sample is large enough to be reliable.",
    ),
    (
        "p",
        "#dataset",
        "#. Transport Focus will give National Highways the anonymised "
        "respondent-level SRUS dataset for each quarter within 30 days of the end of that quarter, "
        "together with the weighting method used.",
    ),
    (
        "p",
        "#opdata",
        "#. National Highways will provide Transport Focus with the operational "
        "data it needs to interpret survey results, including data on roadworks, incident "
        "clearance times and journey time reliability for the routes and periods concerned.",
    ),
    (
        "p",
        "#drafts",
        "#. Transport Focus will send National Highways a draft of each SRUS "
        "results release, and of any other research report about the strategic road network, at "
        "least seven days before it is published. National Highways may use that time to check "
        "facts and prepare its response, but the final content is for Transport Focus alone.",
    ),
    (
        "p",
        "#joint",
        "#. Where their interests overlap, for example on the experience of drivers "
        "of heavy goods vehicles or of people using motorway service areas, the organisations "
        "will look for opportunities for joint research, agreeing in writing before fieldwork "
        "starts who owns the findings and how they will be published.",
    ),
    ("h", "road-investment-and-performance", "Road investment and performance"),
    (
        "p",
        "#ris",
        "#. Transport Focus advises the Department for Transport on what road users "
        "want from each road investment strategy. To support that advice, National Highways will "
        "supply Transport Focus with the evidence it reasonably asks for, including its route "
        "strategies, its assessment of user needs and the results of its own customer research.",
    ),
    (
        "p",
        "#measure",
        "#. National Highways reports publicly on its performance against the "
        "user-focused measures in its performance specification, one of which is the road user "
        "satisfaction score derived from SRUS. Any proposal to change the way that score is "
        "calculated is discussed between the organisations, and with the Department, before a "
        "decision is taken.",
    ),
    (
        "p",
        "#commentary",
        "#. Transport Focus may publish its own commentary on National "
        "Highways\u2019 performance at any time, including its response to the annual assessment "
        "of performance made by the independent monitor.",
    ),
    ("h", "road-user-concerns-and-complaints", "Road user concerns and complaints"),
    (
        "p",
        "#refer",
        "#. Transport Focus does not investigate individual complaints about the "
        "strategic road network. When a member of the public brings such a complaint to "
        "Transport Focus, it will refer that person to the National Highways customer contact "
        "centre and give them the details they need to get in touch.",
    ),
    (
        "p",
        "#wider",
        "#. If the contacts it receives point to a wider problem, such as repeated "
        "faults with signs on one stretch of motorway or confusion about a diversion route, "
        "Transport Focus will refer the matter to the relevant National Highways regional "
        "operations team.",
    ),
    (
        "p",
        "#incident",
        "#. National Highways will tell Transport Focus, as soon as practicable, "
        "about any incident or closure likely to cause prolonged disruption to road users, such "
        "as the closure of a motorway for more than 12 hours.",
    ),
    (
        "p",
        "#notice",
        "#. National Highways will also give Transport Focus early notice of "
        "proposed major schemes, changes to its customer service standards and public "
        "consultations that affect road users, so that Transport Focus can respond on their "
        "behalf.",
    ),
    ("h", "accessibility-and-inclusion", "Accessibility and inclusion"),
    (
        "p",
        "#psed",
        "#. Both organisations are subject to the public sector equality duty in "
        "section 149 of the Equality Act 2010. They recognise that the experience of disabled "
        "drivers, older drivers and people who walk, cycle or ride alongside the network is not "
        "always captured by surveys of drivers alone.",
    ),
    (
        "p",
        "#inclusive",
        "#. Transport Focus aims to include these groups in its research "
        "programme, using methods suited to each. Where National Highways has carried out its own "
        "research with such groups, it will share the findings with Transport Focus so that the "
        "two bodies of evidence can be read together.",
    ),
    ("h", "information-sharing", "Information sharing"),
    (
        "p",
        "#dp",
        "#. Each organisation handles information received under this MoU in line "
        "with the UK General Data Protection Regulation, the Data Protection Act 2018 and its "
        "own information security policies. Survey data is supplied in anonymised form.",
    ),
    (
        "p",
        "#nopersonal",
        "#. Neither organisation will pass personal data about individual "
        "road users to the other under this MoU.",
    ),
    (
        "p",
        "#requests",
        "#. National Highways will answer requests for information from "
        "Transport Focus that fall outside the regular exchanges described above within 15 working "
        "days, or explain within that time why it cannot provide what has been asked for.",
    ),
    (
        "p",
        "#foi",
        "#. Where either organisation receives a request under the Freedom of "
        "Information Act 2000 or the Environmental Information Regulations 2004 for information "
        "that it received from the other, it will consult the other organisation before it decides "
        "whether to disclose anything. Each organisation remains responsible for its own decisions on "
        "disclosure and for meeting the statutory deadlines.",
    ),
    ("h", "confidentiality-and-publicity", "Confidentiality and publicity"),
    (
        "p",
        "#confidential",
        "#. Drafts, unpublished data and other material provided in "
        "advance of publication will be kept confidential by the receiving organisation until the "
        "material is published or the providing organisation agrees otherwise.",
    ),
    (
        "p",
        "#press",
        "#. Each organisation will give the other at least 24 hours\u2019 notice of "
        "any press release that names the other organisation or comments on its work, and will "
        "share the text where it can.",
    ),
    (
        "p",
        "#independence",
        "#. Nothing in this MoU limits Transport Focus\u2019s ability to "
        "comment publicly and independently on the performance of National Highways or on the "
        "road investment strategy.",
    ),
    ("h", "working-arrangements", "Working arrangements"),
    (
        "p",
        "#ceos",
        "#. The Chief Executives of National Highways and Transport Focus will meet "
        "at least twice a year to discuss strategic issues, the findings of Transport Focus\u2019s "
        "research and priorities for the coming period.",
    ),
    (
        "p",
        "#liaison",
        "#. Officials from National Highways\u2019 customer and strategy "
        "directorate and from Transport Focus\u2019s roads team will hold a liaison meeting every "
        "month to plan research, review survey results and follow up issues raised by road users.",
    ),
    (
        "p",
        "#managers",
        "#. Each organisation will appoint a senior relationship manager who "
        "will be the main point of contact for this MoU and responsible for its day-to-day "
        "operation.",
    ),
    (
        "p",
        "#briefing",
        "#. National Highways will offer new Transport Focus staff a briefing on "
        "how the network is operated, including a visit to a regional operations centre, and "
        "Transport Focus will brief National Highways customer teams on its research methods and "
        "findings.",
    ),
    (
        "p",
        "#panels",
        "#. Transport Focus may be invited to observe National Highways\u2019 "
        "customer panels and scheme engagement events. Its attendance does not imply that it "
        "endorses any proposal.",
    ),
    ("h", "resolving-disagreements", "Resolving disagreements"),
    (
        "p",
        "#escalate",
        "#. Any disagreement about the operation of this MoU should first be "
        "discussed by the relationship managers. If it cannot be settled at that level, it will "
        "be referred to the responsible directors and, as a last resort, to the two Chief "
        "Executives.",
    ),
    (
        "p",
        "#deadlock",
        "#. Where the Chief Executives cannot agree, each organisation remains "
        "free to act within its own statutory remit.",
    ),
    ("h", "commencement-review-and-termination", "Commencement, review and termination"),
    (
        "p",
        "#commence",
        "#. This MoU takes effect on 1 April 2025 and remains in place until "
        "it is replaced or ended.",
    ),
    (
        "p",
        "#review",
        "#. The relationship managers will review the MoU every year to check "
        "that it is working as intended and to propose any changes to the Chief Executives.",
    ),
    (
        "p",
        "#end",
        "#. Either organisation may end this MoU by giving three months\u2019 notice "
        "in writing to the other.",
    ),
    ("h", "signatures", "Signatures"),
    ("l", "signatures.p1", "Signed on behalf of National Highways Limited"),
    ("l", None, "Rachel Ashworth"),
    ("l", None, "Chief Executive Officer"),
    ("l", None, "24 March 2025"),
    ("l", "signatures.p2", "Signed on behalf of Transport Focus"),
    ("l", None, "Owen Pritchard"),
    ("l", None, "Chief Executive"),
    ("l", None, "27 March 2025"),
]

MOU_WIDTH = 90
MOU_LINES_PER_PAGE = 36


def mou_numbers() -> dict[str, str]:
    """The printed number of each "#name" paragraph (and "#name.a" item)."""
    numbers: dict[str, str] = {}
    n = 0
    for kind, path, _text in MOU:
        if kind == "p" and path and path.startswith("#"):
            n += 1
            numbers[path] = str(n)
    for kind, path, _text in MOU:
        if kind == "i" and path and path.startswith("#"):
            name, _, letter = path.rpartition(".")
            numbers[path] = numbers[name] + "." + letter
    return numbers


def mou_lines() -> list[str]:
    numbers = mou_numbers()
    lines: list[str] = []
    for kind, path, text in MOU:
        if kind == "p" and path and path.startswith("#"):
            assert text.startswith("#. ")
            text = numbers[path] + text[1:]
        if kind in ("t", "h", "l"):
            lines.append(text)
            continue
        wrapped = textwrap.wrap(text, MOU_WIDTH, break_long_words=False, break_on_hyphens=False)
        for cont in wrapped[1:]:
            # a wrapped line must not look like the start of a clause or list item
            assert not re.match(r"\(?[0-9a-z]{1,3}[.)]\s", cont), cont
            assert not re.match(r"\d", cont), cont
        lines.extend(wrapped)
    return lines


def build_mou() -> bytes:
    body = mou_lines()
    chunks = chunk_lines(body, MOU_LINES_PER_PAGE)
    total = len(chunks)
    pages = []
    for n, chunk in enumerate(chunks, start=1):
        head = ["OFFICIAL", "National Highways and Transport Focus | MoU | March 2025"]
        foot = [
            f"Version 1.0                                                     Page {n} of {total}"
        ]
        pages.append(head + chunk + foot)
    return make_pdf(pages)


# ---------------------------------------------------------------------------------------------
# 3. GOV.UK HTML publication: joint working protocol (traffic commissioners and DVLA)
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# 4. Plain-text liaison agreement (London TravelWatch and TfL)
# ---------------------------------------------------------------------------------------------


def main() -> None:
    write_fixtures(
        {
            "dvla-dvsa-vca-isa.docx": build_isa(),
            "national-highways-transport-focus-mou.pdf": build_mou(),
        }
    )


if __name__ == "__main__":
    main()
