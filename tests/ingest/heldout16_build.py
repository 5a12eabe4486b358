"""Rebuild the Word and PDF files of held-out set 16 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout16_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the markdown file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime
import re
import textwrap

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
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
# 1. Word MoU: UK Anti-Doping, Sport England and UK Sport (automatic numbering)
# ---------------------------------------------------------------------------

NUM_ID = 90

ABSTRACT = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">
  <w:nsid w:val="5A3C1E90"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="1B2C3D90"/>
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
</w:abstractNum>"""


MOU_DOCX = [
    ("h", "Introduction"),
    ("1", "This Memorandum of Understanding (MoU) is made between:"),
    (
        "a",
        "UK Anti-Doping (UKAD), the National Anti-Doping Organisation for the United Kingdom, "
        "a company limited by guarantee and an arm's length body of the Department for Culture, "
        "Media and Sport;",
    ),
    (
        "a",
        "Sport England, the arm's length body responsible for investing National Lottery and "
        "Exchequer funding in grassroots sport and physical activity in England; and",
    ),
    (
        "a",
        "UK Sport, the arm's length body responsible for investing in Olympic and Paralympic "
        "sport at the elite level and for supporting the hosting of major sporting events in the "
        "United Kingdom.",
    ),
    (
        "1",
        "In this MoU Sport England and UK Sport are referred to together as \u201cthe funding "
        "partners\u201d, and all three bodies as \u201cthe parties\u201d.",
    ),
    (
        "1",
        "Public investment in sport comes with an expectation that the organisations receiving "
        "it protect the integrity of their sport and the welfare of their athletes. The parties "
        "share a commitment to clean sport, and this MoU records how they will co-ordinate their "
        "work so that the anti-doping requirements attached to funding are applied consistently "
        "and fairly across the sports they invest in.",
    ),
    (
        "1",
        "This MoU is a statement of intent. It is not legally binding and does not create "
        "rights or obligations that can be enforced by any party or by any third party. It does "
        "not alter the statutory, contractual or charter functions of the parties, or the terms "
        "of any funding agreement.",
    ),
    ("h", "Roles and responsibilities"),
    (
        "1",
        "UKAD is responsible for implementing the UK National Anti-Doping Policy (the Policy) "
        "and for ensuring that the United Kingdom meets its obligations under the World "
        "Anti-Doping Code. Its functions include education, testing, intelligence gathering, "
        "investigations and the management of results, including bringing charges for "
        "anti-doping rule violations.",
    ),
    (
        "1",
        "UKAD assesses whether national governing bodies of sport (governing bodies) meet the "
        "requirements that the Policy places on them, and publishes an annual summary of the "
        "outcome of those assessments.",
    ),
    (
        "1",
        "The funding partners invest public money in governing bodies and other organisations "
        "through funding agreements. Those agreements require recipients to meet the Code for "
        "Sports Governance and to adopt and comply with the Policy. The funding partners alone "
        "decide whether, and on what conditions, to invest.",
    ),
    (
        "1",
        "Each party remains responsible for its own decisions. In particular, UKAD takes its "
        "decisions on individual cases independently, and nothing in this MoU gives the funding "
        "partners any part in results management.",
    ),
    ("h", "Principles"),
    ("1", "The parties will be guided in their joint work by the following principles:"),
    ("b", "protecting the rights of athletes who compete clean;"),
    ("b", "respecting the operational independence of UKAD;"),
    ("b", "acting proportionately, lawfully and on the basis of evidence;"),
    (
        "b",
        "being open with one another, so that no party is taken by surprise by the actions of "
        "another; and",
    ),
    (
        "b",
        "making the best use of public money by avoiding duplicated requests to governing bodies.",
    ),
    ("h", "Compliance of funded bodies"),
    (
        "1",
        "UKAD will assess each funded governing body against the Policy at least once in each "
        "investment cycle and will share the outcome of every assessment with the funding "
        "partner or partners concerned.",
    ),
    (
        "1",
        "Where an assessment finds that a governing body does not meet the Policy, UKAD will "
        "notify the funding partner in writing within 10 working days, setting out the areas of "
        "non-compliance and the actions and deadlines it has agreed with the governing body.",
    ),
    (
        "1",
        "The funding partners will take any such notification into account when making "
        "investment decisions. They may attach conditions to funding, or suspend or withhold it, "
        "in line with their own policies, and they will tell UKAD of any decision they take as a "
        "result.",
    ),
    (
        "1",
        "The funding partners will not ask governing bodies for evidence of anti-doping "
        "compliance that UKAD already holds, and will rely instead on UKAD's assessment.",
    ),
    ("h", "Information sharing"),
    (
        "1",
        "The parties will share information with one another where it is necessary for the "
        "purposes set out in this MoU and where they have a lawful basis for doing so.",
    ),
    ("1", "In particular:"),
    (
        "a",
        "UKAD will provide each funding partner every quarter with a summary of the compliance "
        "status of the governing bodies that partner funds;",
    ),
    (
        "a",
        "the funding partners will provide UKAD with an up-to-date list of the governing bodies "
        "and other organisations they fund, and will send a revised list whenever an "
        "organisation is added or removed; and",
    ),
    (
        "a",
        "UKAD will inform the relevant funding partner, as soon as the Policy allows, when a "
        "funded athlete or athlete support person is charged with an anti-doping rule violation "
        "or provisionally suspended.",
    ),
    (
        "1",
        "No party will disclose to another information about an anti-doping case that has not "
        "yet been made public, except to the extent permitted by the Policy and the World "
        "Anti-Doping Code.",
    ),
    (
        "1",
        "Information received from another party under this MoU will be held in confidence and "
        "used only for the purpose for which it was provided.",
    ),
    (
        "1",
        "The parties will process any personal data in accordance with the UK General Data "
        "Protection Regulation and the Data Protection Act 2018. Where personal data is to pass "
        "between them routinely, the parties concerned will first put in place a data sharing "
        "agreement setting out the lawful basis, the data involved and the security "
        "arrangements.",
    ),
    (
        "1",
        "If a party receives a request under the Freedom of Information Act 2000 or the "
        "Environmental Information Regulations 2004 for information that originated from another "
        "party, it will consult that party before deciding whether the information should be "
        "released.",
    ),
    ("h", "Publications and media"),
    (
        "1",
        "Where a party intends to issue a press release or public statement that refers to the "
        "role of another party in an anti-doping matter, it will give that party at least 48 "
        "hours' notice and a copy of the proposed text.",
    ),
    (
        "1",
        "UKAD will send the funding partners a draft of its annual summary of governing body "
        "compliance at least 14 days before it is published, so that they can check the factual "
        "accuracy of any reference to their investment.",
    ),
    ("1", "Final decisions on the content of any publication rest with the party publishing it."),
    ("h", "Governance"),
    (
        "1",
        "Each party will appoint a senior lead for this MoU, who will be responsible for its "
        "day-to-day operation and will act as the first point of contact for the other parties. "
        "The leads at the date this MoU takes effect are listed in Annex A.",
    ),
    (
        "1",
        "The leads will meet at least twice a year to discuss the operation of this MoU, "
        "current compliance issues and forthcoming investment decisions. Any lead may call an "
        "additional meeting.",
    ),
    (
        "1",
        "Each party will ensure that staff in its investment, governance and compliance teams "
        "are briefed on this MoU, and on the functions of the other parties, within three months "
        "of the MoU taking effect and as part of the induction of new staff.",
    ),
    ("h", "Resolving disagreements"),
    (
        "1",
        "The parties will aim to resolve any disagreement about the operation of this MoU "
        "quickly and informally, between the staff directly involved.",
    ),
    (
        "1",
        "A disagreement that cannot be resolved in that way will be escalated through the "
        "levels set out below. If it is not settled within 20 working days at one level, it "
        "will move to the next:",
    ),
    (
        "t",
        [
            ["Level", "UK Anti-Doping", "Sport England", "UK Sport"],
            ["1", "Head of Compliance", "Strategic Lead, Governance", "Head of Governance"],
            ["2", "Director of Operations", "Executive Director, Sport", "Director of Performance"],
            ["3", "Chief Executive", "Chief Executive", "Chief Executive"],
        ],
    ),
    (
        "1",
        "A disagreement about this MoU does not affect UKAD's independent handling of any "
        "individual case.",
    ),
    ("h", "Review and duration"),
    (
        "1",
        "This MoU takes effect on 1 July 2025 and will remain in place until the parties "
        "replace or end it.",
    ),
    (
        "1",
        "The leads will review this MoU every two years and report any proposed changes to the "
        "parties' chief executives. A review may also be requested by any party at any time, for "
        "example following a change to the World Anti-Doping Code or to the funding partners' "
        "investment principles.",
    ),
    (
        "1",
        "The MoU may be amended only with the written agreement of all three parties. A party "
        "may withdraw from it by giving the other parties three months' notice in writing.",
    ),
    ("H", "Signatures"),
    ("p", "Signed on behalf of UK Anti-Doping by the Chief Executive on 23 June 2025"),
    ("p", "Signed on behalf of Sport England by the Chief Executive on 24 June 2025"),
    ("p", "Signed on behalf of UK Sport by the Chief Executive on 26 June 2025"),
    ("H", "Annex A: MoU leads"),
    ("p", "The senior leads for this MoU on the date it takes effect are:"),
    (
        "t",
        [
            ["Organisation", "MoU lead", "Team"],
            ["UK Anti-Doping", "Head of Compliance", "Compliance and Governance"],
            ["Sport England", "Strategic Lead, Governance", "Sport Investment"],
            ["UK Sport", "Head of Governance", "Performance Investment"],
        ],
    ),
    ("p", "A party may change its lead at any time by writing to the other leads."),
    ("H", "Annex B: Notifications"),
    (
        "p",
        "The table below brings together the main notifications that the parties have agreed to "
        "give one another under this MoU.",
    ),
    (
        "t",
        [
            ["Event", "Who tells whom", "When"],
            [
                "A funded governing body is assessed as not meeting the Policy",
                "UKAD tells the funding partner or partners",
                "Within 10 working days of the assessment",
            ],
            [
                "A funded athlete or athlete support person is charged or provisionally suspended",
                "UKAD tells the relevant funding partner",
                "As soon as the Policy allows",
            ],
            [
                "Funding is made conditional, suspended or withheld on anti-doping grounds",
                "The funding partner tells UKAD",
                "Within 5 working days of the decision",
            ],
            [
                "An organisation is added to or removed from a funding partner's portfolio",
                "The funding partner tells UKAD",
                "Within one month",
            ],
        ],
    ),
]


def build_docx() -> bytes:
    document = docx.Document()
    add_numbering(document, ABSTRACT, NUM_ID)
    props = document.core_properties
    stamp = datetime.datetime(2025, 6, 26, 9, 0, 0)
    props.author = "UK Anti-Doping"
    props.last_modified_by = "UK Anti-Doping"
    props.title = "MoU: UKAD, Sport England and UK Sport"
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
    props.revision = 3
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    document.add_paragraph(
        "Memorandum of Understanding between UK Anti-Doping, Sport England and UK Sport",
        style="Title",
    )
    sub = document.add_paragraph(
        "Anti-doping conditions of public investment in sport | Version 1.0, June 2025"
    )
    sub.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for kind, content in MOU_DOCX:
        if kind == "h":
            set_numbering(document.add_paragraph(content, style="Heading 1"), 0, NUM_ID)
        elif kind == "H":
            document.add_paragraph(content, style="Heading 1")
        elif kind == "1":
            set_numbering(document.add_paragraph(content), 1, NUM_ID)
        elif kind == "a":
            set_numbering(document.add_paragraph(content), 2, NUM_ID)
        elif kind == "b":
            document.add_paragraph(content, style="List Bullet")
        elif kind == "p":
            document.add_paragraph(content)
        elif kind == "t":
            run_table(document, content, body_bold=False)
        else:
            raise ValueError(kind)
    document.add_paragraph("")  # Word ends the body with a paragraph after a final table
    return docx_bytes(document)


# ---------------------------------------------------------------------------
# 2. PDF joint working protocol: SGSA and Rotherham Metropolitan Borough Council
# ---------------------------------------------------------------------------

JWP = [
    ("line", "Joint Working Protocol"),
    (
        "line",
        "between the Sports Grounds Safety Authority and Rotherham Metropolitan Borough Council",
    ),
    ("head", "1. Purpose and scope"),
    (
        "para",
        "1.1 This protocol sets out how the Sports Grounds Safety Authority (the SGSA) and "
        "Rotherham Metropolitan Borough Council (the Council) will work together to secure "
        "the safety of spectators at sports grounds in the borough of Rotherham that are "
        "subject to safety certification. It replaces the protocol agreed between the parties "
        "in 2019, and takes account of the changes made since then to the Guide to Safety at "
        "Sports Grounds.",
    ),
    ("para", "1.2 The protocol applies to:"),
    (
        "bullet",
        "the AESSEAL New York Stadium, which is a designated sports ground under the "
        "Safety of Sports Grounds Act 1975 (the 1975 Act) and at which the SGSA licenses the admission of "
        "spectators to designated football matches under the Football Spectators Act 1989 "
        "(the 1989 Act); and",
    ),
    (
        "bullet",
        "any other sports ground or regulated stand in the borough that requires a safety "
        "certificate under the 1975 Act or the Fire Safety and Safety of Places of Sport Act "
        "1987 (the 1987 Act), where the Council asks for the SGSA's advice.",
    ),
    (
        "para",
        "1.3 The protocol is not a contract and is not intended to be legally binding. It "
        "does not change the statutory functions of either party, and nothing in it fetters "
        "the discretion of the Council as certifying authority.",
    ),
    (
        "para",
        "1.4 In this protocol \u201cground management\u201d means the holder of the general "
        "safety certificate for a ground and anyone acting on its behalf, and \u201cdesignated "
        "football match\u201d has the meaning given in the 1989 Act.",
    ),
    ("head", "2. Roles of the parties"),
    (
        "para",
        "2.1 The SGSA is the Government's adviser on safety at sports grounds. Under section "
        "13 of the 1989 Act it keeps under review the way in which local authorities "
        "discharge their functions under the 1975 and 1987 Acts, and it may make "
        "recommendations to them. It also issues licences to admit spectators to grounds "
        "where designated football matches are played, and publishes guidance, including "
        "the Guide to Safety at Sports Grounds (the Green Guide).",
    ),
    (
        "para",
        "2.2 The Council is the certifying authority for sports grounds in the borough. It "
        "determines applications for general and special safety certificates, sets the "
        "terms and conditions of those certificates, inspects grounds and may take "
        "enforcement action, including the service of prohibition notices under section 10 of "
        "the 1975 Act. The Council's certification functions are carried out by its "
        "Licensing Service on behalf of the Licensing Board.",
    ),
    (
        "para",
        "2.3 The Council convenes and chairs the Rotherham Safety Advisory Group (the SAG), "
        "which brings together the Council, the emergency services, the ground management and "
        "other agencies to advise the Council on its certification functions. The SGSA "
        "inspector for the area attends the SAG in an advisory capacity and is not a voting "
        "member.",
    ),
    (
        "para",
        "2.4 Responsibility for the safety of spectators at a ground rests at all times with "
        "the ground management. Nothing in this protocol transfers that responsibility to "
        "either party, or relieves the ground management of its duties under the general "
        "safety certificate.",
    ),
    (
        "para",
        "2.5 Other bodies, including South Yorkshire Police and South Yorkshire Fire and "
        "Rescue, have their own responsibilities at sports grounds. This protocol does not "
        "affect those responsibilities or any arrangements that either party has with those "
        "bodies.",
    ),
    ("head", "3. Principles"),
    (
        "para",
        "3.1 In carrying out this protocol the SGSA and the Council will observe the following "
        "principles:",
    ),
    ("bullet", "decisions are taken by the body that has the legal power to take them;"),
    (
        "bullet",
        "advice is given early, in writing where it matters, and is based on the Green Guide "
        "and other recognised guidance;",
    ),
    ("bullet", "each party is open with the other and avoids surprises; and"),
    ("bullet", "the demands made of ground management are limited to what is needed for safety."),
    ("head", "4. Certification and inspection"),
    (
        "para",
        "4.1 The Council will send the SGSA a copy of every general or special safety "
        "certificate that it issues, amends, replaces or transfers for a ground covered by "
        "this protocol, within seven days of the certificate taking effect.",
    ),
    (
        "para",
        "4.2 Before issuing a new or substantially amended general safety certificate for the "
        "New York Stadium, the Council will provide the SGSA with a draft of the certificate "
        "and will allow at least 28 days for comments, except where urgent action is needed "
        "to protect the public.",
    ),
    (
        "para",
        "4.3 The SAG will meet at least four times a year, and in addition before the start of "
        "each football season. The Council will invite the SGSA inspector to every meeting.",
    ),
    (
        "para",
        "4.4 The SGSA may inspect any ground covered by this protocol, with or without notice, "
        "and may observe events in progress. It will share the written findings of each "
        "inspection or observation with the Council within 14 days, copied to the ground "
        "management where appropriate.",
    ),
    (
        "para",
        "4.5 If an SGSA inspector identifies a serious and imminent risk to spectators, the "
        "inspector will alert the Council's Safety Certification Officer without delay by "
        "telephone, and the SGSA will confirm the matter in writing by the end of the next "
        "working day.",
    ),
    (
        "para",
        "4.6 The Council remains responsible for determining the safe capacity of each part of "
        "a ground. The conditions of the SGSA's licence that relate to seating and capacity "
        "are set by reference to the general safety certificate, and the SGSA does not set a "
        "capacity of its own.",
    ),
    (
        "para",
        "4.7 Concerts and other non-sporting events held at a designated ground need a special "
        "safety certificate or a variation of the general safety certificate. The Council may "
        "ask the SGSA for advice on an application for such an event, particularly where the "
        "event would use the pitch for standing spectators.",
    ),
    ("head", "5. Incidents and enforcement"),
    (
        "para",
        "5.1 The Council will notify the SGSA within 24 hours of becoming aware of any of the "
        "following at a ground covered by this protocol:",
    ),
    (
        "bullet",
        "a death, or an injury requiring hospital treatment, that arises from the condition "
        "of the ground or the management of the crowd;",
    ),
    ("bullet", "a crowd incident that causes an event to be stopped, suspended or abandoned; or"),
    (
        "bullet",
        "a structural failure, a fire or the failure of a safety system while spectators "
        "are present.",
    ),
    (
        "para",
        "5.2 Where the Council proposes to serve a prohibition notice, or to take other "
        "enforcement action in respect of a general safety certificate, it will tell the SGSA "
        "of its proposal beforehand if time allows, and in any event on the same day.",
    ),
    (
        "para",
        "5.3 The SGSA will inform the Council before it makes any recommendation under "
        "section 13 of the 1989 Act about the Council's certification functions, and will "
        "give the Council an opportunity to respond.",
    ),
    (
        "para",
        "5.4 Neither party will comment publicly on enforcement action taken by the other, "
        "beyond confirming facts that are already in the public domain.",
    ),
    ("head", "6. Information and confidentiality"),
    (
        "para",
        "6.1 The parties will exchange information that is relevant to the safety of "
        "spectators at grounds covered by this protocol, including inspection reports, "
        "stewarding and safety management plans, crowd capacity calculations and records of "
        "incidents.",
    ),
    (
        "para",
        "6.2 Most of the information exchanged under this protocol does not identify "
        "individuals. Neither party will share personal data with the other unless the "
        "sharing is necessary for a function described in this protocol and complies with "
        "the UK General Data Protection Regulation and the Data Protection Act 2018.",
    ),
    (
        "para",
        "6.3 Information supplied in confidence by a club or by ground management, such as "
        "commercial or security information, will be kept confidential by the party that "
        "receives it, and will not be passed to any third party without the agreement of the "
        "party that supplied it.",
    ),
    (
        "para",
        "6.4 If either party receives a request under the Freedom of Information Act 2000 or "
        "the Environmental Information Regulations 2004 for information that it received "
        "from the other, it will consult the other party before deciding whether to disclose "
        "it, and will take its views into account.",
    ),
    (
        "para",
        "6.5 Each party will keep information received under this protocol only for as long as "
        "it needs it for the purpose for which it was supplied, in line with its own retention "
        "schedule.",
    ),
    ("head", "7. Publications and media"),
    (
        "para",
        "7.1 The SGSA will provide the Council with a draft of any report that it intends to "
        "publish commenting on the Council's performance of its certification functions, at "
        "least 14 days before publication, so that factual errors can be corrected.",
    ),
    (
        "para",
        "7.2 Each party will give the other at least 24 hours' notice before issuing a press "
        "release about safety at a ground covered by this protocol, unless an emergency makes "
        "this impossible.",
    ),
    ("head", "8. Liaison and training"),
    (
        "para",
        "8.1 Each party will appoint a lead officer for this protocol. For the SGSA the lead "
        "officer is the inspector for the area; for the Council it is the Safety "
        "Certification Officer in the Licensing Service.",
    ),
    (
        "para",
        "8.2 The lead officers will meet at least once a year, before the start of the "
        "football season, to discuss the coming season's fixtures and events and any lessons "
        "from the previous season.",
    ),
    (
        "para",
        "8.3 The SGSA will offer training to Council officers and SAG members on the Green "
        "Guide and on its supplementary guidance at least once every two years, and at any "
        "other time on request.",
    ),
    ("head", "9. Resolving differences"),
    (
        "para",
        "9.1 The parties will try to resolve differences at the level at which they arise. A "
        "difference that the lead officers cannot resolve will be referred to the SGSA's Head "
        "of Inspection and the Council's Head of Licensing. If it remains unresolved, it will "
        "be referred to the Chief Executive of the SGSA and the Council's Strategic Director, "
        "Regeneration and Environment, whose joint decision will be final.",
    ),
    ("head", "10. Review"),
    (
        "para",
        "10.1 The lead officers will review this protocol every year, after the end of the "
        "football season, and will also review it following any significant change in "
        "legislation or guidance.",
    ),
    (
        "para",
        "10.2 Any amendment to this protocol will be agreed in writing by both parties. The "
        "protocol takes effect on the date on which it has been signed by both parties.",
    ),
    ("head", "11. Signatures"),
    ("line", "Signed on behalf of the Sports Grounds Safety Authority"),
    ("line", "Chief Executive"),
    ("line", "Date: 14 March 2025"),
    ("line", "Signed on behalf of Rotherham Metropolitan Borough Council"),
    ("line", "Strategic Director, Regeneration and Environment"),
    ("line", "Date: 21 March 2025"),
]

PDF_WIDTH = 92
PDF_BODY_LINES = 46


def _pdf_blocks() -> list[list[str]]:
    blocks = []
    for kind, text in JWP:
        if kind in ("line", "head"):
            blocks.append([text])
        elif kind == "para":
            blocks.append(textwrap.wrap(text, PDF_WIDTH))
        elif kind == "bullet":
            blocks.append(textwrap.wrap("\u2022 " + text, PDF_WIDTH))
    for block in blocks:
        for line in block[1:]:
            # a wrapped line must not open with a number or a bullet
            assert not re.match(r"[\d\u2022]", line), line
    return blocks


def build_pdf() -> bytes:
    blocks = _pdf_blocks()
    pages: list[list[str]] = [[]]
    kinds = [k for k, _ in JWP]
    for i, block in enumerate(blocks):
        page = pages[-1]
        need = len(block)
        # keep a heading with the first lines of what follows it
        if kinds[i] == "head" and i + 1 < len(blocks):
            need += min(2, len(blocks[i + 1]))
        if len(page) + need > PDF_BODY_LINES:
            room = PDF_BODY_LINES - len(page)
            # split a paragraph across pages only where the rest opens in lower case
            if kinds[i] != "head" and room >= 2 and block[room][:1].islower():
                page.extend(block[:room])
                pages.append(block[room:])
                continue
            pages.append([])
            page = pages[-1]
        page.extend(block)
    total = len(pages)
    out = []
    for number, body in enumerate(pages, start=1):
        out.append(
            [
                "SGSA / Rotherham MBC: Joint Working Protocol",
                *body,
                f"Version 2.0, March 2025 - Page {number} of {total}",
            ]
        )
    return make_pdf(out)


def main() -> None:
    write_fixtures(
        {
            "ukad-sport-england-uk-sport-mou.docx": build_docx(),
            "sgsa-rotherham-jwp.pdf": build_pdf(),
        }
    )


if __name__ == "__main__":
    main()
