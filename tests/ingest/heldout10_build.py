"""Rebuild the Word and PDF files of held-out set 10 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout10_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the text file of the set are kept as written, in
``tests/ingest/fixtures``. Each block carries the clause path its writer gave it.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import chunk_lines, docx_bytes, run_table, write_fixtures

# ---------------------------------------------------------------------------------------------
# 1. Word: joint working protocol, bold (not Heading-style) headings, typed numbering
# ---------------------------------------------------------------------------------------------

JWP = [
    (
        "title",
        "Joint Working Protocol between the Office of Gas and Electricity Markets, "
        "Citizens Advice and Citizens Advice Scotland",
    ),
    ("h", "1. Introduction", "1"),
    (
        "num",
        "1.1",
        "This joint working protocol (\u201cthe protocol\u201d) describes how the "
        "following organisations work together to protect gas and electricity consumers in "
        "Great Britain:",
        "1.1",
    ),
    (
        "item",
        "(a)",
        "the Office of Gas and Electricity Markets (\u201cOfgem\u201d), the "
        "independent regulator of the gas and electricity markets;",
        "1.1.a",
    ),
    (
        "item",
        "(b)",
        "Citizens Advice, the statutory consumer advocate for energy in England and Wales; and",
        "1.1.b",
    ),
    (
        "item",
        "(c)",
        "Citizens Advice Scotland (\u201cCAS\u201d), the statutory consumer "
        "advocate for energy in Scotland.",
        "1.1.c",
    ),
    (
        "num",
        "1.2",
        "In this protocol Citizens Advice and CAS are together called \u201cthe "
        "consumer advocates\u201d, and all three organisations are called \u201cthe "
        "parties\u201d.",
        "1.2",
    ),
    (
        "num",
        "1.3",
        "The protocol supplements the memorandum of understanding between the "
        "parties and the data sharing agreement that governs any exchange of personal data "
        "between them. Where the protocol and the data sharing agreement differ on a matter "
        "concerning personal data, the data sharing agreement prevails.",
        "1.3",
    ),
    (
        "num",
        "1.4",
        "The protocol is not a contract and creates no legal obligations. Nothing "
        "in it alters the statutory functions, powers or independence of any of the parties.",
        "1.4",
    ),
    ("h", "2. Roles of the parties", "2"),
    (
        "num",
        "2.1",
        "Ofgem acts on behalf of the Gas and Electricity Markets Authority. Its "
        "principal objective is to protect the interests of existing and future consumers of "
        "gas and electricity, including their interests in the reduction of greenhouse gas "
        "emissions and in the security of supply. It grants licences to energy suppliers, "
        "monitors their compliance with licence conditions and consumer protection law, and "
        "takes enforcement action where they fall short.",
        "2.1",
    ),
    (
        "num",
        "2.2",
        "Citizens Advice and CAS represent the interests of energy consumers under "
        "the Consumers, Estate Agents and Redress Act 2007, as amended. They give advice to "
        "consumers through their consumer services and local offices, carry out research into "
        "consumer detriment and publish regular assessments of how energy suppliers are "
        "performing.",
        "2.2",
    ),
    (
        "num",
        "2.3",
        "The Extra Help Unit, which CAS operates on behalf of the consumer advocates "
        "across Great Britain, investigates complaints from consumers in vulnerable situations, "
        "including those facing disconnection, and works with suppliers to resolve them. It can "
        "direct consumers whose complaints remain unresolved to the Energy Ombudsman.",
        "2.3",
    ),
    (
        "num",
        "2.4",
        "Ofgem does not resolve individual complaints. A consumer who remains "
        "dissatisfied after complaining to a supplier may take the complaint to the Energy "
        "Ombudsman once the supplier\u2019s complaints process has been exhausted or eight "
        "weeks have passed.",
        "2.4",
    ),
    ("h", "3. Principles of joint working", "3"),
    ("num", "3.1", "In carrying out this protocol the parties will:", "3.1"),
    (
        "item",
        "(a)",
        "respect one another\u2019s independence and their right to reach "
        "different conclusions on the same evidence;",
        "3.1.a",
    ),
    (
        "item",
        "(b)",
        "be open with one another about their priorities and about the limits of what each can do;",
        "3.1.b",
    ),
    (
        "item",
        "(c)",
        "avoid placing duplicate or conflicting demands on energy suppliers; and",
        "3.1.c",
    ),
    (
        "item",
        "(d)",
        "give priority to matters affecting consumers in vulnerable situations.",
        "3.1.d",
    ),
    ("h", "4. Sharing information", "4"),
    (
        "num",
        "4.1",
        "The parties will share information with each other where it is lawful, "
        "necessary and proportionate to do so, so that each can carry out its functions "
        "effectively. This covers intelligence on the conduct of suppliers, trends in "
        "complaints and enquiries, and the findings of research.",
        "4.1",
    ),
    (
        "num",
        "4.2",
        "Each month the consumer advocates will provide Ofgem with anonymised data "
        "from their consumer services and from the Extra Help Unit, showing the number of cases "
        "by supplier and by type of issue.",
        "4.2",
    ),
    (
        "num",
        "4.3",
        "The data sharing agreement mentioned in paragraph 1.3 sets out the lawful "
        "basis for exchanging personal data, the data items concerned, the security measures "
        "that apply and the periods for which the data is kept.",
        "4.3",
    ),
    (
        "num",
        "4.4",
        "The consumer advocates will not pass the name or contact details of an "
        "individual consumer to Ofgem without that consumer\u2019s consent, unless there is a "
        "risk of serious harm to the consumer or to others.",
        "4.4",
    ),
    (
        "num",
        "4.5",
        "Information that one party receives from another under this protocol will "
        "be treated as confidential by the party that receives it.",
        "4.5",
    ),
    (
        "num",
        "4.6",
        "Where a party receives a request under the Freedom of Information Act 2000 "
        "or the Freedom of Information (Scotland) Act 2002 for information that came from "
        "another party, it will consult that party before deciding whether to disclose it. The "
        "decision on disclosure remains with the party that received the request.",
        "4.6",
    ),
    ("h", "5. Telling each other about events", "5"),
    (
        "p",
        "The table below shows, for each event, who passes on the information, to whom, and "
        "by when. Working days exclude weekends and public holidays in the nation concerned.",
        "5.p1",
    ),
    (
        "table",
        [
            ["Event", "Who tells whom", "When"],
            [
                "Ofgem opens a compliance review or an enforcement investigation into an energy "
                "supplier",
                "Ofgem tells Citizens Advice and CAS",
                "Within 5 working days, unless telling them would prejudice the investigation",
            ],
            [
                "The consumer advocates identify an emerging pattern of consumer harm at a supplier, "
                "for example a rise in complaints about back-billing or prepayment meters",
                "The consumer advocate that identified the pattern tells Ofgem\u2019s Retail "
                "Compliance team",
                "Within 10 working days of identifying the pattern",
            ],
            [
                "The Extra Help Unit learns that a supplier has disconnected, or is about to "
                "disconnect, a consumer in a vulnerable situation",
                "CAS tells Ofgem",
                "The same working day",
            ],
            [
                "A supplier fails and Ofgem starts the Supplier of Last Resort process",
                "Ofgem tells Citizens Advice and CAS",
                "On the day the process starts",
            ],
            [
                "A consumer advocate plans to publish a report that names a supplier or comments on "
                "Ofgem\u2019s regulation",
                "That consumer advocate tells Ofgem and sends it the draft report",
                "At least 7 days before publication",
            ],
            [
                "Ofgem plans to issue a press release about enforcement action that followed a "
                "referral from a consumer advocate",
                "Ofgem tells the consumer advocate that made the referral",
                "At least 24 hours before the press release is issued",
            ],
            [
                "A party suffers a security breach affecting information it received under this "
                "protocol",
                "That party tells the party that supplied the information",
                "Within 24 hours of becoming aware of the breach",
            ],
        ],
        "5.t1",
    ),
    (
        "num",
        "5.1",
        "Notifications are normally sent by email to the protocol managers named in "
        "Annex A. Urgent matters may also be raised by telephone.",
        "5.1",
    ),
    (
        "num",
        "5.2",
        "Where Ofgem decides not to pursue a matter raised by a consumer advocate, "
        "it will explain its reasons to that consumer advocate in writing.",
        "5.2",
    ),
    ("h", "6. Meetings and points of contact", "6"),
    (
        "num",
        "6.1",
        "The chief executives of the three organisations will meet twice a year to "
        "review how the protocol is working and to agree shared priorities for the following "
        "period.",
        "6.1",
    ),
    (
        "num",
        "6.2",
        "Officials from Ofgem\u2019s Retail Compliance team, the consumer "
        "advocates\u2019 energy policy teams and the Extra Help Unit will hold an operational "
        "meeting every month to discuss emerging issues and individual suppliers.",
        "6.2",
    ),
    (
        "num",
        "6.3",
        "Each party will appoint a protocol manager, who is responsible for the "
        "day-to-day operation of the protocol and is the first point of contact for questions "
        "about it.",
        "6.3",
    ),
    (
        "num",
        "6.4",
        "Each party will make sure that its staff who handle energy complaints or "
        "monitor suppliers are briefed on the protocol when they join and whenever it is "
        "revised.",
        "6.4",
    ),
    ("h", "7. Publications and the media", "7"),
    (
        "num",
        "7.1",
        "Each party remains free to comment publicly on the energy market and on "
        "the performance of the others, in keeping with its statutory role.",
        "7.1",
    ),
    (
        "num",
        "7.2",
        "Draft material that one party shares with another ahead of publication "
        "will be treated in confidence until the day it is published.",
        "7.2",
    ),
    (
        "num",
        "7.3",
        "Where it is appropriate, the parties will try to coordinate the timing of "
        "announcements that concern the same supplier or the same market development.",
        "7.3",
    ),
    ("h", "8. Resolving disagreements", "8"),
    (
        "num",
        "8.1",
        "The parties will try to resolve any disagreement about the operation of "
        "this protocol informally between the protocol managers. A disagreement that remains "
        "unresolved after 15 working days will be referred to the relevant directors and, if it "
        "is still unresolved, to the chief executives of the three organisations.",
        "8.1",
    ),
    ("h", "9. Review", "9"),
    (
        "num",
        "9.1",
        "The protocol managers will review the protocol every 18 months. Any party "
        "may ask for an earlier review at any time, for example after a change in legislation or "
        "in the structure of the energy retail market.",
        "9.1",
    ),
    (
        "num",
        "9.2",
        "Amendments take effect once all three parties have agreed them in writing.",
        "9.2",
    ),
    ("h", "10. Commencement", "10"),
    (
        "num",
        "10.1",
        "This protocol takes effect on 1 June 2025 and replaces the joint working "
        "protocol between the parties dated 1 April 2022.",
        "10.1",
    ),
    ("h", "Signatories", "signatories"),
    (
        "p",
        "Signed on behalf of the Office of Gas and Electricity Markets: Helen Marsh, "
        "Director, Retail Markets and Consumer Protection, 19 May 2025",
        "signatories.p1",
    ),
    (
        "p",
        "Signed on behalf of Citizens Advice: Daniel Okafor, Director of Policy, 21 May 2025",
        "signatories.p2",
    ),
    (
        "p",
        "Signed on behalf of Citizens Advice Scotland: Fiona Reid, Chief Executive, 22 May 2025",
        "signatories.p3",
    ),
    ("h", "Annex A: Protocol managers", "annex-a"),
    ("p", "The protocol managers at the date of signature are:", "annex-a.p1"),
    (
        "table",
        [
            ["Organisation", "Role", "Team"],
            ["Ofgem", "Head of Retail Compliance Intelligence", "Retail Compliance"],
            ["Citizens Advice", "Energy Policy Manager", "Energy Policy and Advocacy"],
            ["Citizens Advice Scotland", "Extra Help Unit Manager", "Extra Help Unit"],
        ],
        "annex-a.t1",
    ),
]


def build_docx(blocks) -> bytes:
    d = docx.Document()
    cp = d.core_properties
    stamp = dt.datetime(2025, 5, 22, 9, 0, 0)
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.author = "Retail Compliance"
    cp.last_modified_by = "Retail Compliance"
    cp.title = "Joint Working Protocol"
    cp.revision = 3
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL\tVersion 3.0 \u2013 May 2025"
    sec.footer.paragraphs[
        0
    ].text = "Joint Working Protocol \u2013 Ofgem, Citizens Advice and Citizens Advice Scotland"
    for block in blocks:
        kind = block[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(block[1])
            r.bold = True
            r.font.size = Pt(16)
            p.paragraph_format.space_after = Pt(18)
        elif kind == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(block[1])
            r.bold = True
        elif kind == "num":
            p = d.add_paragraph(f"{block[1]}\t{block[2]}")
            p.paragraph_format.left_indent = Cm(1.25)
            p.paragraph_format.first_line_indent = Cm(-1.25)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
        elif kind == "item":
            p = d.add_paragraph(f"{block[1]}\t{block[2]}")
            p.paragraph_format.left_indent = Cm(2.25)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.25))
        elif kind == "p":
            d.add_paragraph(block[1])
        elif kind == "table":
            rows = block[1]
            run_table(d, rows, body_bold=False)
            d.add_paragraph()  # the usual empty paragraph after a Word table
        else:
            raise ValueError(kind)
    return docx_bytes(d)


# ---------------------------------------------------------------------------------------------
# 2. PDF: liaison agreement between three bodies; Parts with local numbering
# ---------------------------------------------------------------------------------------------

LIAISON = [
    ("title", "Liaison Agreement"),
    (
        "title",
        "between the North Sea Transition Authority, The Crown Estate and Crown Estate Scotland",
    ),
    ("h", "PART A \u2013 GENERAL", "A"),
    (
        "p",
        "1. This Liaison Agreement (the \u201cAgreement\u201d) is made between the North Sea "
        "Transition Authority (the \u201cNSTA\u201d), The Crown Estate (\u201cTCE\u201d) and "
        "Crown Estate Scotland (\u201cCES\u201d), together referred to as the \u201cParties\u201d "
        "and each as a \u201cParty\u201d.",
        "A.1",
    ),
    (
        "p",
        "2. The NSTA is the business name of the Oil and Gas Authority, a government company "
        "which exercises functions conferred by the Petroleum Act 1998, the Energy Act 2008 and "
        "the Energy Act 2016. It licenses exploration for and production of petroleum, the "
        "unloading and storage of combustible gas and the storage of carbon dioxide in the "
        "offshore area of the United Kingdom, and it oversees the decommissioning of offshore "
        "infrastructure. In exercising its functions it must have regard to the reduction of "
        "greenhouse gas emissions and to the Government\u2019s net zero target.",
        "A.2",
    ),
    (
        "p",
        "3. TCE is an independent commercial business established under the Crown Estate Act "
        "1961, whose surplus is paid to HM Treasury. It manages the seabed and much of the "
        "foreshore around England, Wales and Northern Ireland and grants the rights needed for "
        "offshore wind farms, cables and pipelines, marine aggregate extraction and other uses of "
        "the seabed. It also grants leases for the storage of carbon dioxide in the areas that it "
        "manages.",
        "A.3",
    ),
    (
        "p",
        "4. CES is a public corporation which manages the Crown Estate in Scotland on behalf "
        "of the Scottish Ministers under the Scottish Crown Estate Act 2019. Its responsibilities "
        "include the seabed out to twelve nautical miles and the rights to generate renewable "
        "energy on the seabed out to two hundred nautical miles, and it has awarded offshore wind "
        "option agreements through the ScotWind and INTOG leasing rounds.",
        "A.4",
    ),
    (
        "p",
        "5. The Parties recognise that offshore wind generation, oil and gas production and "
        "the transport and storage of carbon dioxide increasingly seek to use the same areas of "
        "seabed, and that the decisions of each Party can affect the value and deliverability of "
        "the programmes of the others. Where these activities share an area, the safe operation "
        "of one may constrain the other: wind turbines can limit the use of helicopters and "
        "seismic survey vessels, and the monitoring of a carbon dioxide store may require access "
        "to seabed that is also under lease for a wind farm.",
        "A.5",
    ),
    (
        "p",
        "6. The purpose of this Agreement is to set out how the Parties will liaise so that "
        "their licensing and leasing decisions take proper account of one another\u2019s "
        "interests, and so that the co-location of activities is achieved wherever it is safe and "
        "practicable. It builds on informal co-operation between the Parties since 2019 and on "
        "the recommendations of the cross-industry co-location forum.",
        "A.6",
    ),
    ("p", "7. In their liaison the Parties will be guided by the following principles:", "A.7"),
    (
        "p",
        "(a) the safety of people, of shipping and aviation and of offshore infrastructure "
        "comes first;",
        "A.7.a",
    ),
    (
        "p",
        "(b) potential conflicts are best identified early, before rights are offered or awarded;",
        "A.7.b",
    ),
    ("p", "(c) decisions should rest on the best available evidence; and", "A.7.c"),
    ("p", "(d) each Party remains responsible for its own decisions.", "A.7.d"),
    (
        "p",
        "8. This Agreement applies to the territorial sea adjacent to Great Britain and to the "
        "United Kingdom Continental Shelf. It does not apply to onshore licensing, to the "
        "territorial sea adjacent to Northern Ireland or to the management of the foreshore.",
        "A.8",
    ),
    (
        "p",
        "9. This Agreement is a statement of the Parties\u2019 intentions. It is not legally "
        "binding, and nothing in it fetters the discretion of any Party, requires a Party to act "
        "in a way that is inconsistent with its statutory duties or commercial obligations, or "
        "creates rights for any third party.",
        "A.9",
    ),
    ("p", "10. In this Agreement:", "A.10"),
    (
        "p",
        "(a) \u201cworking day\u201d means a day other than a Saturday, a Sunday or a public "
        "holiday in England or in Scotland;",
        "A.10.a",
    ),
    (
        "p",
        "(b) \u201coverlap\u201d means an area in which a licence or proposed licence granted "
        "by the NSTA and a lease, agreement for lease or proposed lease granted by TCE or CES "
        "coincide in whole or in part; and",
        "A.10.b",
    ),
    (
        "p",
        "(c) \u201cround\u201d means a licensing round held by the NSTA or a leasing round "
        "held by TCE or CES.",
        "A.10.c",
    ),
    ("h", "PART B \u2013 LIAISON AND INFORMATION SHARING", "B"),
    (
        "p",
        "1. Each Party shall appoint a Liaison Manager, who shall be responsible for the "
        "day-to-day operation of this Agreement and shall act as the first point of contact for "
        "the other Parties. The Liaison Managers at the date of this Agreement are listed in "
        "Annex 1.",
        "B.1",
    ),
    (
        "p",
        "2. The NSTA shall provide TCE and CES with current spatial data on licence areas, "
        "wells, pipelines and other offshore infrastructure, and on carbon storage licences and "
        "applications, and shall refresh that data at least once a quarter.",
        "B.2",
    ),
    (
        "p",
        "3. TCE and CES shall each provide the NSTA with current spatial data on their leases, "
        "agreements for lease and export cable routes, and on the areas that they are considering "
        "for future rounds.",
        "B.3",
    ),
    (
        "p",
        "4. Data exchanged under this Agreement is to follow the formats and coordinate "
        "reference systems agreed between the Liaison Managers. Each Party remains the owner of "
        "the data that it supplies and is responsible for its accuracy.",
        "B.4",
    ),
    (
        "p",
        "5. Each Party shall notify the other Parties of any round that it proposes to hold no "
        "later than six months before it invites applications, and shall provide the areas that "
        "it proposes to offer at the same time.",
        "B.5",
    ),
    (
        "p",
        "6. Where a Party identifies a potential overlap that has not previously been "
        "considered under this Agreement, it shall:",
        "B.6",
    ),
    (
        "p",
        "(a) notify the other Parties in writing within ten working days of identifying it;",
        "B.6.a",
    ),
    (
        "p",
        "(b) provide the other Parties with the spatial and technical information that it "
        "holds about the overlap; and",
        "B.6.b",
    ),
    (
        "p",
        "(c) not enter into any new commitment affecting the overlap area until the Parties "
        "have discussed it, unless the Party is required by law to do so.",
        "B.6.c",
    ),
    (
        "p",
        "7. Where an overlap is significant, the Parties may agree to carry out a joint "
        "spatial assessment, which may consider the safety case for co-location, the effect on "
        "aviation and shipping, and the options for agreements between developers and "
        "licensees.",
        "B.7",
    ),
    (
        "p",
        "8. For each joint spatial assessment the Steering Group will settle the terms of "
        "reference, the lead Party and the timetable. The Parties will normally invite the "
        "licensees and developers affected to contribute evidence, and the findings will be "
        "taken into account by each Party when it reaches its own decisions.",
        "B.8",
    ),
    (
        "p",
        "9. Before it awards a carbon storage licence over an area that overlaps a lease or an "
        "agreement for lease, the NSTA shall inform TCE or CES, as the case may be, of the "
        "proposed award and of any licence conditions that it intends to impose in order to "
        "manage the overlap.",
        "B.9",
    ),
    (
        "p",
        "10. The Parties will explore the publication of a combined map of seabed rights and "
        "licences, built from the data exchanged under clauses 2 and 3 of this Part, so that "
        "developers and licensees can see potential overlaps at an early stage.",
        "B.10",
    ),
    (
        "p",
        "11. The Parties acknowledge that information exchanged under this Agreement may "
        "include commercially sensitive information supplied by licensees, tenants and "
        "applicants. Each Party shall hold all such information in confidence.",
        "B.11",
    ),
    (
        "p",
        "12. No Party shall disclose information received from another Party under this "
        "Agreement to a licensee, tenant, applicant or any other third party without the prior "
        "written consent of the Party that supplied it, except where disclosure is required by "
        "law.",
        "B.12",
    ),
    (
        "p",
        "13. A Party that receives a request under the Freedom of Information Act 2000, the "
        "Freedom of Information (Scotland) Act 2002, the Environmental Information Regulations "
        "2004 or the Environmental Information (Scotland) Regulations 2004 for information "
        "supplied by another Party shall consult that Party before responding. The decision "
        "whether to disclose the information rests with the Party that received the request.",
        "B.13",
    ),
    (
        "p",
        "14. The Parties do not expect to exchange personal data under this Agreement. Should "
        "it become necessary to do so, they will first agree a data sharing agreement that meets "
        "the requirements of data protection legislation, including the UK General Data "
        "Protection Regulation.",
        "B.14",
    ),
    ("h", "PART C \u2013 GOVERNANCE", "C"),
    (
        "p",
        "1. The Parties shall establish a Co-existence Steering Group, made up of a director "
        "from each Party and chaired by each Party in turn for a year at a time. The Steering "
        "Group shall meet every quarter to review overlaps, forthcoming rounds and the operation "
        "of this Agreement. The matters that it is expected to consider are listed in Annex 2.",
        "C.1",
    ),
    (
        "p",
        "2. The Liaison Managers shall meet monthly, in person or by video conference, to "
        "exchange information on current cases and to prepare business for the Steering "
        "Group.",
        "C.2",
    ),
    (
        "p",
        "3. The chief executives of the Parties shall meet once a year to agree the "
        "Parties\u2019 shared priorities for co-existence and to consider a report from the "
        "Steering Group on the operation of this Agreement.",
        "C.3",
    ),
    (
        "p",
        "4. The Steering Group may invite officials of the Department for Energy Security and "
        "Net Zero, of the Scottish Government and of other public bodies with an interest in the "
        "use of the seabed to attend its meetings as observers.",
        "C.4",
    ),
    (
        "p",
        "5. The Steering Group shall prepare a short annual report on the operation of this "
        "Agreement, describing the overlaps considered during the year and how each was "
        "handled.",
        "C.5",
    ),
    (
        "p",
        "6. A Party that proposes to publish a report, plan or map which refers to the "
        "activities or decisions of another Party shall send that Party a copy of the draft at "
        "least fourteen days before publication.",
        "C.6",
    ),
    (
        "p",
        "7. Each Party shall give the other Parties no less than 24 hours\u2019 notice of any "
        "press release that refers to them or to this Agreement, together with the text of the "
        "release.",
        "C.7",
    ),
    (
        "p",
        "8. Each Party shall offer an annual briefing on its licensing or leasing processes, "
        "and on its forthcoming work, to the staff of the other Parties who work on the matters "
        "covered by this Agreement.",
        "C.8",
    ),
    (
        "p",
        "9. Any disagreement arising under this Agreement shall be raised first between the "
        "Liaison Managers. A disagreement which is not resolved within twenty working days shall "
        "be referred to the Steering Group and, if it remains unresolved, to the chief executives "
        "of the Parties.",
        "C.9",
    ),
    (
        "p",
        "10. Each Party shall bear its own costs in connection with this Agreement, including "
        "the costs of preparing and supplying data.",
        "C.10",
    ),
    (
        "p",
        "11. This Agreement shall be reviewed by the Steering Group annually. Any Party may "
        "also request a review at any time by giving written notice to the other Parties.",
        "C.11",
    ),
    (
        "p",
        "12. Any amendment to this Agreement shall be made in writing and agreed by all of the "
        "Parties.",
        "C.12",
    ),
    (
        "p",
        "13. Any Party may withdraw from this Agreement by giving three months\u2019 written "
        "notice to the other Parties.",
        "C.13",
    ),
    (
        "p",
        "14. This Agreement comes into effect on the date on which it has been signed by all "
        "of the Parties.",
        "C.14",
    ),
    ("h", "PART D \u2013 SIGNATURES", "D"),
    ("line", "Signed for the NSTA: Martin Ashworth, Chief Executive, 3 March 2025", "D.p1"),
    ("line", "Signed for The Crown Estate: Priya Nair, Chief Executive, 10 March 2025", "D.p2"),
    ("line", "Signed for Crown Estate Scotland: Euan Ross, Chief Executive, 17 March 2025", "D.p3"),
    ("h", "ANNEX 1 \u2013 LIAISON MANAGERS", "annex-1"),
    (
        "p",
        "1. North Sea Transition Authority: Head of Offshore Spatial Planning, Aberdeen.",
        "annex-1.1",
    ),
    (
        "p",
        "2. The Crown Estate: Head of Seabed Co-existence, Marine Directorate, London.",
        "annex-1.2",
    ),
    (
        "p",
        "3. Crown Estate Scotland: Head of Marine Planning and Co-existence, Edinburgh.",
        "annex-1.3",
    ),
    (
        "p",
        "4. A Party that changes its Liaison Manager shall notify the other Parties in writing "
        "within ten working days of the change.",
        "annex-1.4",
    ),
    ("h", "ANNEX 2 \u2013 MATTERS FOR THE STEERING GROUP", "annex-2"),
    (
        "p",
        "At each of its meetings the Steering Group is expected to consider, among other things:",
        "annex-2.p1",
    ),
    (
        "p",
        "(a) overlaps identified under Part B since its last meeting and the progress of any "
        "joint spatial assessment;",
        "annex-2.a",
    ),
    ("p", "(b) the timetable of forthcoming licensing and leasing rounds;", "annex-2.b"),
    (
        "p",
        "(c) the quality and currency of the spatial data exchanged between the Parties;",
        "annex-2.c",
    ),
    (
        "p",
        "(d) lessons from co-location projects in the United Kingdom and elsewhere; and",
        "annex-2.d",
    ),
    ("p", "(e) any disagreement referred to it under Part C.", "annex-2.e"),
]

PDF_WIDTH = 90
PDF_BODY_LINES = 38
PDF_HEADER = "Liaison Agreement \u2013 Offshore Co-existence \u2013 Version 1.0"


def pdf_lines(blocks) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            lines.append(block[1])
            continue
        text = block[1]
        if kind in ("h", "line"):
            assert len(text) <= PDF_WIDTH, text
            lines.append(text)
        else:
            wrapped = textwrap.wrap(text, PDF_WIDTH)
            for cont in wrapped[1:]:
                # no wrapped line may look like the start of a clause or item
                assert not re.match(r"^(\(?[0-9ivxa-z]{1,4}[.)]|PART|ANNEX|\d)", cont), cont
            lines += wrapped
    return lines


def build_pdf(blocks) -> bytes:
    lines = pdf_lines(blocks)
    chunks = chunk_lines(lines, PDF_BODY_LINES)
    total = len(chunks)
    pages = []
    for n, chunk in enumerate(chunks, start=1):
        pages.append([PDF_HEADER, *chunk, "OFFICIAL", f"Page {n} of {total}"])
    return make_pdf(pages)


# ---------------------------------------------------------------------------------------------
# 3. HTML: GOV.UK publication page of an information sharing agreement
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# 4. Plain text: memorandum of understanding as a smaller body publishes it
# ---------------------------------------------------------------------------------------------


def main() -> None:
    write_fixtures(
        {
            "ofgem-citizens-advice-jwp.docx": build_docx(JWP),
            "nsta-crown-estate-liaison.pdf": build_pdf(LIAISON),
        }
    )


if __name__ == "__main__":
    main()
