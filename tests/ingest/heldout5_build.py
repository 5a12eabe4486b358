"""Rebuild the Word and PDF files of held-out set 5 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout5_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the text file of the set are kept as
written, in ``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes, text_table

OUT = Path(__file__).resolve().parent / "fixtures"

# ---------------------------------------------------------------------------------------------
# 1. Word: information sharing agreement, CAA and AAIB
# ---------------------------------------------------------------------------------------------
DOCX_TITLE = (
    "Information Sharing Agreement between the Civil Aviation Authority and the Air Accidents "
    "Investigation Branch"
)
# (style, text): "H" heading 1, "P" normal paragraph, "B" bullet.
DOCX_BODY: list[tuple[str, str]] = [
    ("H", "1. Introduction"),
    (
        "P",
        "1.1 This agreement is made between the Civil Aviation Authority (CAA) and the Air "
        "Accidents Investigation Branch (AAIB). It records the arrangements under which the two "
        "organisations exchange information about civil aircraft accidents, serious incidents "
        "and the safety issues that arise from them.",
    ),
    (
        "P",
        "1.2 The AAIB is a branch of the Department for Transport. It investigates accidents "
        "and serious incidents involving civil aircraft in the United Kingdom under the Civil "
        "Aviation (Investigation of Air Accidents and Incidents) Regulations 2018. The sole "
        "objective of an AAIB investigation is the prevention of future accidents; it is not to "
        "apportion blame or liability.",
    ),
    (
        "P",
        "1.3 The CAA is the UK's specialist aviation regulator. It certificates aircraft, "
        "licenses pilots, engineers and air traffic controllers, approves operators and "
        "aerodromes, and takes enforcement action where the law is broken. The CAA may open "
        "its own inquiry into an occurrence that the AAIB is investigating, but the two are "
        "kept separate so that the independence of the safety investigation is preserved.",
    ),
    (
        "P",
        "1.4 This agreement takes effect on 1 October 2025 and replaces the information sharing "
        "arrangements agreed between the parties in 2019. It does not create legal obligations "
        "and does not override either party's statutory duties.",
    ),
    ("H", "2. Definitions and legal basis"),
    ("P", "2.1 In this agreement:"),
    (
        "B",
        "\u201coccurrence\u201d means any safety-related event which endangers, or which, if "
        "not corrected or addressed, could endanger an aircraft, its occupants or any other "
        "person;",
    ),
    (
        "B",
        "\u201csafety recommendation\u201d means a proposal made by the AAIB, on the basis of "
        "information derived from an investigation, with the intention of preventing accidents "
        "and incidents;",
    ),
    (
        "B",
        "\u201cprotected records\u201d means the records described in Article 14 of Regulation "
        "(EU) No 996/2010 as it forms part of retained UK law, including witness statements, "
        "cockpit voice recordings and medical information about persons involved.",
    ),
    (
        "P",
        "2.2 Each party shares personal data under this agreement as a separate controller. The "
        "lawful basis is Article 6(1)(e) of the UK GDPR, the performance of a task carried out "
        "in the public interest, read with the Data Protection Act 2018. Where special category "
        "data is involved, the condition relied on is the substantial public interest condition "
        "for statutory and government purposes.",
    ),
    ("H", "3. Notification and sharing of information"),
    (
        "P",
        "3.1 The AAIB will notify the CAA of each accident or serious incident that it decides "
        "to investigate, as soon as practicable and in any event within 24 hours of that "
        "decision.",
    ),
    (
        "P",
        "3.2 The CAA will forward to the AAIB without delay every mandatory occurrence report it "
        "receives which indicates that an accident or serious incident may have taken place.",
    ),
    (
        "P",
        "3.3 When asked by the AAIB, the CAA shall provide the records it holds that are "
        "relevant to an investigation. Such records may include:",
    ),
    ("B", "airworthiness and maintenance records for the aircraft concerned;"),
    ("B", "licensing and medical certification records for flight crew; and"),
    ("B", "the approval and oversight history of the operator or maintenance organisation."),
    (
        "P",
        "3.4 If, in the course of an investigation, the AAIB identifies a safety issue that in "
        "its view calls for urgent action, it will tell the CAA immediately rather than waiting "
        "for the publication of a special bulletin or final report.",
    ),
    (
        "P",
        "3.5 Neither party will disclose protected records to the other for any purpose other "
        "than accident or incident investigation, unless the High Court has ordered their "
        "disclosure under the 2018 Regulations.",
    ),
    (
        "P",
        "3.6 Where the AAIB addresses a safety recommendation to the CAA, the CAA must respond "
        "in writing within 90 days of receiving it, setting out the action it has taken or "
        "intends to take, or its reasons for taking none.",
    ),
    ("H", "4. Confidentiality, publication and freedom of information"),
    (
        "P",
        "4.1 Each party will treat the information it receives from the other as confidential "
        "and will use it only for the purpose for which it was provided.",
    ),
    (
        "P",
        "4.2 The AAIB will send the CAA a copy of any final report that contains a safety "
        "recommendation addressed to the CAA at least five working days before the report is "
        "published.",
    ),
    (
        "P",
        "4.3 Each party will give the other a minimum of 24 hours' notice of any press release "
        "concerning an accident or incident in which the other has an interest.",
    ),
    (
        "P",
        "4.4 Both parties are public authorities for the purposes of the Freedom of Information "
        "Act 2000. A party that receives a request for information which it obtained from the "
        "other will consult the other before deciding whether the information should be "
        "released, and will take account of its views.",
    ),
    ("H", "5. Management of the agreement"),
    (
        "P",
        "5.1 Each party will appoint a senior manager to be accountable for the operation of this "
        "agreement and a liaison officer to handle day-to-day contact.",
    ),
    (
        "P",
        "5.2 The liaison officers will meet quarterly to review current investigations, "
        "outstanding safety recommendations and any difficulties with the exchange of "
        "information.",
    ),
    (
        "P",
        "5.3 The Chief Inspector of Air Accidents and the Chief Executive of the CAA will meet "
        "at least once a year.",
    ),
    (
        "P",
        "5.4 The AAIB will provide an annual briefing for CAA inspectors on its investigation "
        "methods and on the handling of protected records.",
    ),
    (
        "P",
        "5.5 Any disagreement about the operation of this agreement should be raised first "
        "between the liaison officers. If it cannot be resolved at that level it will be "
        "referred to the Deputy Chief Inspector of Air Accidents and the CAA's Director of "
        "Safety and Airspace Regulation, and then, if necessary, to the Chief Inspector and "
        "the Chief Executive.",
    ),
    (
        "P",
        "5.6 This agreement will be reviewed every two years, or at any earlier time at the "
        "request of either party.",
    ),
    ("H", "Annex A \u2013 Contacts"),
    ("P", "The first points of contact for this agreement are:"),
]
DOCX_TABLE = [
    ("Role", "Civil Aviation Authority", "Air Accidents Investigation Branch"),
    ("Liaison officer", "Accident Liaison Manager, Safety and Airspace Regulation Group",
     "Operations Manager, AAIB Farnborough"),
    ("Senior manager", "Head of Safety Intelligence", "Deputy Chief Inspector of Air Accidents"),
    ("Out of hours", "CAA duty officer via the Aviation Safety Hotline",
     "AAIB duty coordinator, 24-hour reporting line"),
]  # fmt: skip

FIXED = (2025, 9, 15, 9, 0, 0)


def build_docx() -> bytes:
    import docx

    document = docx.Document()
    props = document.core_properties
    stamp = dt.datetime(*FIXED)
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
    props.author = "Joint liaison team"
    props.last_modified_by = "Joint liaison team"
    props.revision = 1
    document.add_paragraph(DOCX_TITLE, style="Title")
    for style, text in DOCX_BODY:
        if style == "H":
            document.add_heading(text, level=1)
        elif style == "B":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    text_table(document, DOCX_TABLE, bold_header=False)
    return docx_bytes(document, FIXED)


# ---------------------------------------------------------------------------------------------
# 2. PDF: memorandum of understanding, MMO, MCA and Natural England
# ---------------------------------------------------------------------------------------------
PDF_TITLE = [
    "Memorandum of Understanding between the Marine Management Organisation, the",
    "Maritime and Coastguard Agency and Natural England",
]
# Each entry is one block: a heading line or a paragraph to be wrapped.
PDF_BLOCKS: list[str] = [
    "1. Introduction",
    "1.1 This Memorandum of Understanding (MoU) is agreed between the Marine Management "
    "Organisation (MMO), the Maritime and Coastguard Agency (MCA) and Natural England. It "
    "describes how the three bodies co-operate on marine licensing, on the response to pollution "
    "at sea and on the protection of marine sites in English inshore and offshore waters.",
    "1.2 The MMO is the marine licensing authority for England under Part 4 of the Marine and "
    "Coastal Access Act 2009. It also approves oil spill treatment products and the use of "
    "dispersants in shallow waters, and enforces fisheries and marine conservation byelaws.",
    "1.3 The MCA is an executive agency of the Department for Transport. It is responsible for "
    "the National Contingency Plan for marine pollution from shipping and offshore installations, "
    "for the safety of navigation and for HM Coastguard search and rescue.",
    "1.4 Natural England is the government's adviser on the natural environment in England and "
    "the statutory nature conservation body for English inshore waters. It is a statutory "
    "consultee on marine licence applications that may affect a marine protected area.",
    "1.5 This MoU comes into effect on 1 April 2025. It is a statement of intent and is not "
    "legally binding; nothing in it limits the statutory powers or duties of any party.",
    "2. Principles",
    "2.1 The parties' co-operation under this MoU rests on the following principles:",
    "(a) each body remains accountable for its own decisions and acts within its own powers;",
    "(b) decisions should be informed by the best available evidence, shared as early as the "
    "circumstances allow;",
    "(c) duplication of effort and of requests made of industry should be avoided wherever "
    "possible; and",
    "(d) the parties should speak with one voice to the public during a pollution incident.",
    "3. Marine licensing and compliance",
    "3.1 The MMO will send Natural England and the MCA copies of any monitoring reports that a "
    "licence holder submits under a licence condition relating to a protected site or to the "
    "safety of navigation, within ten working days of receiving them.",
    "3.2 Natural England will inform the MMO promptly where it becomes aware of licensable "
    "activity being carried out without a marine licence, or in breach of the conditions of a "
    "licence, in or near a marine protected area.",
    "3.3 The MCA shall notify the MMO of any wreck, obstruction or change to charted depths that "
    "is reported to it within an area covered by a current marine licence.",
    "3.4 Advice that Natural England gives on a licence application is published with the "
    "application on the MMO's public register, subject to any redactions the law requires.",
    "4. Pollution incidents",
    "4.1 When the MCA is alerted to a pollution incident at sea which may affect a marine protected "
    "area, it will inform Natural England and the MMO without delay, and in any event before "
    "any decision is taken to use dispersants.",
    "4.2 During a significant incident the MCA may convene an Environment Group, in which Natural "
    "England, the MMO and other bodies provide environmental advice to those directing the "
    "response. The Environment Group is chaired by a nominee of the relevant environment body.",
    "4.3 Once an incident for which an Environment Group was convened has closed, the parties will "
    "exchange the environmental monitoring data and sampling results that each of them holds "
    "about it, so that the long-term effects can be assessed.",
    "5. Information sharing and confidentiality",
    "5.1 The parties will share with each other the information needed for the exercise of their "
    "statutory functions, in accordance with the UK GDPR, the Data Protection Act 2018 and the "
    "Environmental Information Regulations 2004.",
    "5.2 No party will pass personal data obtained under this MoU to a third party without the "
    "consent of the party that supplied it, unless it is required by law to do so.",
    "5.3 Information marked OFFICIAL-SENSITIVE must be handled, stored and destroyed in line with "
    "the Government Security Classifications Policy, and access to it must be limited to staff "
    "with a need to know.",
    "5.4 Where a party receives a request under the Freedom of Information Act 2000 or the "
    "Environmental Information Regulations 2004 for information that it obtained from another "
    "party, it will consult that party before making any disclosure.",
    "6. Publications and media",
    "6.1 Each party will give the others at least two working days' notice before publishing any "
    "report or guidance that refers to the functions of another party or to joint work under "
    "this MoU.",
    "6.2 Where one party intends to issue a press release about a pollution incident or licensing "
    "decision in which another party is involved, it will share the text with that party no less "
    "than 24 hours before release, unless the urgency of an incident makes this impossible.",
    "7. Governance",
    "7.1 Each party will nominate a relationship manager, who will be responsible for the day-to-day "
    "operation of this MoU and will act as the first point of contact for the others.",
    "7.2 The relationship managers will meet at least twice a year to review joint work, lessons "
    "from recent incidents and any changes in legislation or policy.",
    "7.3 The parties will hold a joint training exercise on their pollution response arrangements "
    "every two years.",
    "7.4 Disagreements should be resolved at the lowest level possible. If the relationship managers "
    "cannot reach agreement, the matter will be escalated to the directors responsible and, "
    "exceptionally, to the chief executives of the parties.",
    "7.5 This MoU will be reviewed by the relationship managers every three years. Any party may "
    "ask for an earlier review, and amendments take effect once all three parties have agreed "
    "them in writing.",
    "8. Signatures",
]
PDF_SIGNATURES = [
    "Signed on behalf of the Marine Management Organisation: Chief Executive, 24 March 2025",
    "Signed on behalf of the Maritime and Coastguard Agency: Chief Executive, 25 March 2025",
    "Signed on behalf of Natural England: Chief Executive, 27 March 2025",
]
PDF_HEADER = "MoU: Marine Management Organisation, Maritime and Coastguard Agency, Natural England"
PDF_LINES_PER_PAGE = 41
WRAP = 92


def _pdf_lines() -> list[str]:
    lines = list(PDF_TITLE)
    for block in PDF_BLOCKS:
        lines += textwrap.wrap(block, WRAP)
    return lines + PDF_SIGNATURES


def build_pdf() -> bytes:
    lines = _pdf_lines()
    chunks = [lines[i : i + PDF_LINES_PER_PAGE] for i in range(0, len(lines), PDF_LINES_PER_PAGE)]
    total = len(chunks)
    pages = [
        [
            PDF_HEADER,
            *chunk,
            f"OFFICIAL                                                      Page {n} of {total}",
        ]
        for n, chunk in enumerate(chunks, start=1)
    ]
    return make_pdf(pages)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "caa-aaib-isa.docx").write_bytes(build_docx())
    (OUT / "mmo-mca-ne-mou.pdf").write_bytes(build_pdf())


if __name__ == "__main__":
    main()
