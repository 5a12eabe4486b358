"""Rebuild the Word and PDF files of held-out set 19 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout19_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the text file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes, text_table, write_fixtures

# ---------------------------------------------------------------------------------------------
# 1. Word: information sharing agreement, FLS / NatureScot / HES
# ---------------------------------------------------------------------------------------------

ISA_TITLE = (
    "Information Sharing Agreement between Forestry and Land Scotland, NatureScot and "
    "Historic Environment Scotland"
)

# (kind, text): kind is h1, h2, p, bullet
ISA_BODY: list[tuple[str, str]] = [
    ("p", "Version 2.0  |  Effective from 1 July 2025"),
    ("h1", "1. Parties and definitions"),
    (
        "p",
        "1.1 This agreement is made between the following bodies (together, \u201cthe parties\u201d):",
    ),
    (
        "bullet",
        "Forestry and Land Scotland (\u201cFLS\u201d), the executive agency of the Scottish "
        "Government responsible for managing Scotland\u2019s national forests and land;",
    ),
    (
        "bullet",
        "NatureScot, the operating name of Scottish Natural Heritage, which advises Scottish "
        "Ministers on the natural heritage and is responsible for notifying and designating protected "
        "sites; and",
    ),
    (
        "bullet",
        "Historic Environment Scotland (\u201cHES\u201d), the lead public body established to "
        "investigate, care for and promote Scotland\u2019s historic environment.",
    ),
    (
        "p",
        "1.2 In this agreement, \u201cdesignated site\u201d means a Site of Special Scientific "
        "Interest (SSSI), a Special Area of Conservation (SAC) or a Special Protection Area (SPA); "
        "\u201cheritage asset\u201d means a scheduled monument, a listed building, a site on the "
        "Inventory of Gardens and Designed Landscapes or the Inventory of Historic Battlefields, or "
        "any other site recorded in the national record of the historic environment; and "
        "\u201cworking day\u201d means any day other than a Saturday, a Sunday or a public holiday in "
        "Scotland.",
    ),
    (
        "p",
        "1.3 \u201cThe supplying party\u201d is the party that first provided the information in "
        "question, and \u201cthe receiving party\u201d is any party to which it was provided.",
    ),
    ("h1", "2. Purpose and scope"),
    (
        "p",
        "2.1 The national forests and land cover a significant share of Scotland\u2019s land area. "
        "They contain many designated sites and several thousand recorded heritage assets, from "
        "prehistoric cairns and hut circles to townships abandoned in the nineteenth century, as well "
        "as important populations of species such as capercaillie, red squirrel and Scottish wildcat.",
    ),
    (
        "p",
        "2.2 Managing that land well depends on the three bodies having accurate and timely "
        "information from one another. This agreement records what information the parties exchange, "
        "for what purposes and on what terms, so that decisions on the ground are made with the best "
        "available knowledge of the natural and cultural heritage.",
    ),
    ("p", "2.3 Information is exchanged under this agreement for the following purposes:"),
    (
        "p",
        "(a) planning and carrying out forestry, deer management, renewable energy and other land "
        "management operations in a way that protects designated sites and heritage assets;",
    ),
    (
        "p",
        "(b) enabling NatureScot and HES to advise on, and where relevant to consent to, operations "
        "that affect the features for which they are responsible;",
    ),
    (
        "p",
        "(c) monitoring the condition of designated sites and heritage assets on the national "
        "forests and land; and",
    ),
    ("p", "(d) responding to incidents in which those features are damaged or put at risk."),
    (
        "p",
        "2.4 This agreement does not cover applications for scheduled monument consent or for "
        "species licences, which continue to be handled under the published procedures of HES and "
        "NatureScot respectively. Nor does it cover the administration of forestry grant schemes.",
    ),
    ("h1", "3. Legal basis"),
    (
        "p",
        "3.1 Each party is a Scottish public authority. FLS acts under the Forestry and Land "
        "Management (Scotland) Act 2018; NatureScot under the Natural Heritage (Scotland) Act 1991 and "
        "the Nature Conservation (Scotland) Act 2004; and HES under the Historic Environment Scotland "
        "Act 2014. Each has the powers it needs to obtain, hold and disclose the information described "
        "in this agreement.",
    ),
    (
        "p",
        "3.2 Most of the information covered by this agreement is environmental information about "
        "places, habitats, species and monuments rather than personal data. Where personal data is "
        "involved, the lawful basis for processing is that it is necessary for the performance of a task "
        "carried out in the public interest or in the exercise of official authority vested in the "
        "controller (Article 6(1)(e) of the UK General Data Protection Regulation).",
    ),
    (
        "p",
        "3.3 Each party is a separate controller of the personal data it holds and remains "
        "responsible for its own compliance with data protection law.",
    ),
    ("h1", "4. Information to be shared"),
    ("h2", "4.1 Natural heritage information"),
    (
        "p",
        "4.1.1 NatureScot will provide FLS with updated boundary and notified feature data for "
        "designated sites within 20 working days of any change being confirmed.",
    ),
    (
        "p",
        "4.1.2 Where NatureScot\u2019s site condition monitoring finds a feature on the national "
        "forests and land in unfavourable condition as a result of management, FLS and NatureScot will "
        "agree remedial action through the land management plan for the forest concerned.",
    ),
    (
        "p",
        "4.1.3 FLS will share with NatureScot the results of the protected species surveys it "
        "carries out on the national forests and land, including its records of capercaillie, red "
        "squirrel, pine marten and Scottish wildcat.",
    ),
    (
        "p",
        "4.1.4 Locations of the breeding sites of sensitive species, such as nesting golden eagles, "
        "ospreys and other birds listed on Schedule 1 to the Wildlife and Countryside Act 1981, must not "
        "be published or passed to anyone outside the parties without the agreement of the supplying "
        "party.",
    ),
    ("h2", "4.2 Historic environment information"),
    (
        "p",
        "4.2.1 HES will supply FLS with an extract of the national record of the historic "
        "environment and of its designation records covering the national forests and land, refreshed "
        "at least every six months.",
    ),
    (
        "p",
        "4.2.2 FLS will notify HES within 10 working days of the discovery, during forestry or other "
        "operations, of any archaeological site or feature that is not already recorded.",
    ),
    (
        "p",
        "4.2.3 If FLS operations have damaged, or may have damaged, a scheduled monument, FLS will "
        "report the incident to HES as soon as possible and in any event within two working days, and "
        "will stop work in the affected area until HES has advised on the next steps.",
    ),
    ("h2", "4.3 Personal data"),
    (
        "p",
        "4.3.1 Personal data is exchanged under this agreement only where it is needed for one of the "
        "purposes in paragraph 2.3: for example, the names and contact details of contractors, agents, "
        "tenants, or members of the public who report a find or an incident.",
    ),
    (
        "p",
        "4.3.2 The parties will not share special category personal data or criminal offence data "
        "under this agreement.",
    ),
    (
        "p",
        "4.3.3 A receiving party will use personal data only for the purpose for which it was "
        "provided, will keep it no longer than that purpose requires, and will then delete it securely.",
    ),
    ("h1", "5. Handling and security"),
    ("h2", "5.1 Methods of transfer"),
    (
        "p",
        "5.1.1 The preferred format for spatial data is GeoPackage or shapefile in British National "
        "Grid, transferred through the parties\u2019 secure file transfer services rather than by email.",
    ),
    (
        "p",
        "5.1.2 Email may be used for individual records and day-to-day correspondence. Messages that "
        "give the location of a sensitive species must be marked OFFICIAL-SENSITIVE and must not be "
        "forwarded outside the parties.",
    ),
    ("h2", "5.2 Security"),
    (
        "p",
        "5.2.1 Each party will hold information received under this agreement securely, restrict "
        "access to staff who need it for the purposes in paragraph 2.3, and keep it confidential.",
    ),
    (
        "p",
        "5.2.2 Any loss of, or unauthorised access to, information supplied by another party must be "
        "reported to the supplying party\u2019s information sharing lead within 24 hours of its "
        "discovery.",
    ),
    ("h2", "5.3 Freedom of information"),
    (
        "p",
        "5.3.1 All three parties are subject to the Freedom of Information (Scotland) Act 2002 and "
        "the Environmental Information (Scotland) Regulations 2004.",
    ),
    (
        "p",
        "5.3.2 Where a party receives a request for information that was supplied by another party, "
        "it will consult the supplying party before responding, allowing it at least five working days "
        "to give its views.",
    ),
    (
        "p",
        "5.3.3 The decision whether to release the information rests with the party that received "
        "the request.",
    ),
    ("h1", "6. Roles, meetings and training"),
    (
        "p",
        "6.1 Each party will nominate an information sharing lead, named in Schedule 2, who is "
        "responsible for the operation of this agreement within that party.",
    ),
    (
        "p",
        "6.2 The information sharing leads will meet every six months to discuss how the "
        "arrangements are working in practice, resolve practical problems and agree any changes to "
        "Schedule 1.",
    ),
    (
        "p",
        "6.3 Each party will ensure that staff who handle shared information, including forest "
        "planners, ecologists and archaeologists, receive a briefing on this agreement and on the "
        "handling rules for sensitive species and heritage records.",
    ),
    (
        "p",
        "6.4 Disagreements about the operation of this agreement will be resolved at the lowest "
        "possible level. A disagreement that the information sharing leads cannot settle within 20 "
        "working days will be referred to the relevant heads of service, and one that still cannot be "
        "settled will be referred to the chief executives of the three bodies.",
    ),
    ("h1", "7. Publication"),
    (
        "p",
        "7.1 Where a party intends to publish a report, map or dataset that relies substantially on "
        "information supplied by another party, it will send a draft to the supplying party at least 14 "
        "days before publication.",
    ),
    (
        "p",
        "7.2 Any such publication will acknowledge the supplying party as the source of the "
        "information.",
    ),
    ("h1", "8. Commencement, review and termination"),
    (
        "p",
        "8.1 This agreement takes effect on 1 July 2025 and replaces version 1.0, which the "
        "parties agreed in 2021.",
    ),
    (
        "p",
        "8.2 The parties will review this agreement every year. Any party may ask for an earlier "
        "review, for example after a change in the law or a significant data incident.",
    ),
    (
        "p",
        "8.3 The agreement may be varied at any time with the written agreement of all three "
        "parties. A party may withdraw from it by giving the others three months\u2019 notice in "
        "writing.",
    ),
    ("h1", "9. Signatures"),
    ("table", "signatures"),
    ("h1", "Schedule 1 \u2013 Regular information flows"),
    (
        "p",
        "The table below sets out the information that the parties exchange on a routine basis. It "
        "does not limit the other sharing described in section 4.",
    ),
    ("table", "flows"),
    ("h1", "Schedule 2 \u2013 Information sharing leads"),
    (
        "p",
        "Each party will tell the others promptly of any change to its information sharing lead.",
    ),
    ("table", "leads"),
]

ISA_TABLES = {
    "signatures": [
        ["Organisation", "Position", "Signature", "Date"],
        ["Forestry and Land Scotland", "Chief Executive", "[signed]", "18 June 2025"],
        ["NatureScot", "Chief Executive", "[signed]", "20 June 2025"],
        ["Historic Environment Scotland", "Chief Executive", "[signed]", "26 June 2025"],
    ],
    "flows": [
        ["Information", "Provided by", "Provided to", "When"],
        [
            "Changes to designated site boundaries and notified features",
            "NatureScot",
            "FLS",
            "Within 20 working days of confirmation",
        ],
        [
            "Protected species survey results",
            "FLS",
            "NatureScot",
            "Within three months of the end of the survey season",
        ],
        [
            "Extract of the national record and designation records",
            "HES",
            "FLS",
            "Every six months",
        ],
        [
            "Notification of newly discovered archaeological features",
            "FLS",
            "HES",
            "Within 10 working days of discovery",
        ],
        [
            "Report of damage to a scheduled monument or designated site feature",
            "FLS",
            "HES or NatureScot, as appropriate",
            "Within two working days",
        ],
    ],
    "leads": [
        ["Organisation", "Role", "Team"],
        ["Forestry and Land Scotland", "Head of Environment", "Environment and Heritage"],
        ["NatureScot", "Data Sharing Manager", "Data and Evidence"],
        ["Historic Environment Scotland", "Information Governance Manager", "Heritage Directorate"],
    ],
}


def build_isa() -> bytes:
    d = docx.Document()
    cp = d.core_properties
    when = dt.datetime(2025, 6, 26, 9, 0, 0)
    cp.author = "Forestry and Land Scotland"
    cp.last_modified_by = "Forestry and Land Scotland"
    cp.title = "Information Sharing Agreement"
    cp.created = when
    cp.modified = when
    cp.revision = 4
    section = d.sections[0]
    head = section.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = section.footer.paragraphs[0]
    foot.text = "FLS / NatureScot / HES Information Sharing Agreement  \u2013  Version 2.0"
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_paragraph(ISA_TITLE, style="Title")
    for kind, text in ISA_BODY:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            text_table(d, ISA_TABLES[text])
            d.add_paragraph("")
        else:
            para = d.add_paragraph(text)
            para.paragraph_format.space_after = Pt(6)
    return docx_bytes(d)


# ---------------------------------------------------------------------------------------------
# 2. PDF: joint working protocol, OEP / ESS
# ---------------------------------------------------------------------------------------------

JWP_BLOCKS: list[str] = [
    "Joint Working Protocol",
    "between the Office for Environmental Protection and Environmental Standards Scotland",
    "1. Background",
    "1.1 The Office for Environmental Protection (OEP), set up under the Environment Act 2021, "
    "holds government and other public authorities to account on their compliance with "
    "environmental law in England and Northern Ireland, and on certain matters reserved to the UK "
    "Parliament, and it reports on progress against environmental improvement plans and targets.",
    "1.2 Environmental Standards Scotland (ESS) was established by the UK Withdrawal from the "
    "European Union (Continuity) (Scotland) Act 2021. It monitors and scrutinises the compliance of "
    "public authorities in Scotland with environmental law, and the effectiveness of that law and of "
    "the way in which it is implemented and applied.",
    "1.3 Both bodies were created following the United Kingdom's departure from the European Union, "
    "to carry out oversight functions previously exercised by the European Commission and the Court "
    "of Justice of the European Union. Their remits are separate but adjoin one another: a good deal "
    "of environmental law applies on both sides of the border, and some of it is implemented "
    "through schemes that operate across the United Kingdom.",
    "1.4 This protocol sets out how the OEP and ESS will work together in practice. It should be "
    "read alongside the memorandum of understanding between the two bodies, which sets out the "
    "principles of their relationship at a strategic level.",
    "1.5 The protocol is not legally binding. Nothing in it affects the independence of either body "
    "or the exercise of any of its statutory functions, and each body remains accountable to its own "
    "Parliament for the way in which it carries out those functions.",
    "2. Scope",
    "2.1 This protocol applies where:",
    "(a) one body receives a complaint or representation that concerns, in whole or in part, a "
    "matter within the other body's remit;",
    "(b) a matter under consideration by one body concerns a cross-border or UK-wide regime, such as "
    "the UK Emissions Trading Scheme, a common framework or the regulation of chemicals; or",
    "(c) either body is planning monitoring work, an investigation or a report on a subject of "
    "shared interest.",
    "2.2 Arrangements between either body and the Interim Environmental Protection Assessor for "
    "Wales are outside the scope of this protocol.",
    "3. Principles",
    "3.1 In their joint working, the OEP and ESS will be guided by the following principles:",
    "(a) respect for each body's independence and statutory remit;",
    "(b) openness with each other about work that may affect the other;",
    "(c) avoiding duplication of effort and keeping to a minimum the burden on public authorities "
    "that deal with both bodies;",
    "(d) consistency of approach on shared issues, so far as the law in each jurisdiction allows; and",
    "(e) making sure that no complainant falls between the two bodies' remits.",
    "4. Complaints and representations",
    "4.1 Complainants sometimes approach the wrong body, particularly where a public authority "
    "works on both sides of the border or where the law in question forms part of a UK-wide regime. "
    "The two bodies will deal with such cases in the way described in this section.",
    "4.2 Where the OEP receives a complaint that relates wholly to the compliance of a Scottish "
    "public authority with environmental law in Scotland, it will, with the complainant's consent, "
    "refer the complaint to ESS within 10 working days and tell the complainant that it has done so.",
    "4.3 In the same way, ESS will refer to the OEP, with the complainant's consent, any complaint "
    "it receives that relates wholly to matters within the OEP's remit.",
    "4.4 Where a complaint concerns matters within both remits, the body that received it will "
    "notify the other within five working days. The two bodies will then agree whether one of them "
    "should lead or whether each will consider the aspects that fall within its own remit.",
    "4.5 Neither body will pass a complainant's name or contact details to the other without the "
    "complainant's consent, unless it is required or permitted by law to do so.",
    "4.6 Each body remains responsible for deciding whether a complaint meets its own admissibility "
    "criteria and what action, if any, to take on it.",
    "5. Monitoring, investigations and reports",
    "5.1 The OEP and ESS will share their draft annual work programmes with each other before they "
    "are finalised, so that areas of common interest can be identified early and, where appropriate, "
    "the timing of related work can be aligned.",
    "5.2 Where either body decides to begin an investigation into a matter that has implications in "
    "the other's jurisdiction, it will inform the other body as soon as practicable after the "
    "decision is taken.",
    "5.3 Where the subject matter allows, the bodies may agree to carry out joint or parallel pieces "
    "of work. Terms of reference for any joint work will be agreed in writing before it begins, "
    "including the arrangements for publication and for handling representations.",
    "5.4 Each body will send the other a copy of any report it intends to publish or to lay before "
    "Parliament that deals with matters in the other's jurisdiction, no less than seven days before "
    "publication.",
    "5.5 Copies of reports received under paragraph 5.4 will be held under embargo until they are "
    "published. Any comments on factual accuracy will be returned within the time available.",
    "5.6 Each body will give the other at least 24 hours' notice of any press release that refers to "
    "the other body or to joint work before it is issued.",
    "6. Sharing information",
    "6.1 Subject to the law, the OEP and ESS will exchange information where this helps either body "
    "to carry out its functions, including information about complaints, the responses of public "
    "authorities and emerging issues.",
    "6.2 Information received from the other body will be used only for the purpose for which it was "
    "given, and will not be disclosed to a third party without the consent of the body that provided "
    "it, except where the law requires disclosure.",
    "6.3 The OEP is subject to the Freedom of Information Act 2000 and the Environmental Information "
    "Regulations 2004, and ESS to their Scottish equivalents: the Freedom of Information (Scotland) "
    "Act 2002 and the Environmental Information (Scotland) Regulations 2004.",
    "6.4 Where either body receives a request under that legislation for information provided by the "
    "other, it will consult the other body before deciding whether to release it.",
    "6.5 Each body will notify the other without delay if it becomes aware of any loss or "
    "unauthorised disclosure of information that the other provided.",
    "6.6 Each body will handle any personal data it receives in accordance with the UK General Data "
    "Protection Regulation and the Data Protection Act 2018.",
    "7. Liaison and governance",
    "7.1 Each body will appoint a senior member of staff as its protocol lead, who will be the first "
    "point of contact for the other body and will oversee the operation of this protocol.",
    "7.2 The protocol leads will hold liaison meetings every quarter to discuss current casework, "
    "planned reports and the operation of the protocol.",
    "7.3 The Chief Executives of the OEP and ESS will meet at least once a year to discuss strategic "
    "priorities and matters of common interest.",
    "7.4 Each body will brief its complaints, investigations and monitoring staff on this protocol, "
    "and will include it in the induction of new staff joining those teams.",
    "7.5 Any disagreement about the operation of this protocol will be resolved by the protocol leads "
    "wherever possible. If they cannot resolve it, it will be escalated to the Chief Executives and, "
    "as a last resort, to the Chair of the OEP and the Chair of ESS.",
    "8. Review",
    "8.1 The protocol leads will review this protocol every two years, or earlier if there is a "
    "significant change to the functions of either body.",
    "8.2 This protocol comes into effect on the date on which it has been signed by both bodies.",
    "9. Signatures",
    "SIG:Signed on behalf of the Office for Environmental Protection|Chief Executive|Date: 14 March 2025",
    "SIG:Signed on behalf of Environmental Standards Scotland|Chief Executive|Date: 21 March 2025",
]

JWP_HEADER = "OEP and ESS Joint Working Protocol"
JWP_BODY_LINES = 44


def _jwp_lines() -> list[tuple[str, bool]]:
    """Body lines as (text, is_heading); blank strings between blocks."""
    lines: list[tuple[str, bool]] = []
    for i, block in enumerate(JWP_BLOCKS):
        if block.startswith("SIG:"):
            for part in block[4:].split("|"):
                lines.append((part, False))
            lines.append(("", False))
            continue
        item = block.startswith("(")
        if (
            item
            and lines
            and lines[-1][0] == ""
            and (JWP_BLOCKS[i - 1].startswith("(") or JWP_BLOCKS[i - 1].endswith(":"))
        ):
            lines.pop()
        heading = i < 2 or (block[0].isdigit() and ". " in block[:4] and len(block) < 60)
        for w in textwrap.wrap(block, 92):
            lines.append((w, heading))
        if i != 0:
            lines.append(("", False))
    while lines and lines[-1][0] == "":
        lines.pop()
    return lines


def build_jwp() -> bytes:
    lines = _jwp_lines()
    pages: list[list[str]] = []
    current: list[str] = []
    i = 0
    while i < len(lines):
        text, heading = lines[i]
        room = JWP_BODY_LINES - len(current)
        # keep a heading with the first lines that follow it
        if heading and text and room < 4:
            pages.append(current)
            current = []
            continue
        if room <= 0:
            pages.append(current)
            current = []
            continue
        if not current and text == "":
            i += 1
            continue
        current.append(text)
        i += 1
    if current:
        pages.append(current)
    total = len(pages)
    out = []
    for n, body in enumerate(pages, start=1):
        while body and body[-1] == "":
            body = body[:-1]
        out.append([JWP_HEADER, "", *body, "", f"OFFICIAL          Page {n} of {total}"])
    return make_pdf(out)


def main() -> None:
    write_fixtures(
        {
            "fls-naturescot-hes-isa.docx": build_isa(),
            "oep-ess-joint-working-protocol.pdf": build_jwp(),
        }
    )


if __name__ == "__main__":
    main()
