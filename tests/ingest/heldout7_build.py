"""Rebuild the Word file of held-out set 7 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout7_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the text file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.ingest.doc_builders import docx_bytes

OUT = Path(__file__).resolve().parent / "fixtures"
FIXED_ZIP_TIME = (2025, 5, 20, 9, 0, 0)

# ---------------------------------------------------------------- 1. docx MoU

FC_TITLE = "Memorandum of Understanding between the Forestry Commission and Norfolk County Council"

# (heading, [paragraphs]); paragraphs carry their printed numbers
FC_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "1. Introduction",
        [
            "1.1 This Memorandum of Understanding (MoU) sets out the framework for co-operation "
            "between the Forestry Commission (the Commission) and Norfolk County Council (the "
            "Council) on matters affecting woodland, hedgerow trees and forestry in the county of "
            "Norfolk, including the protection of ancient woodland and the creation of new "
            "woodland on land in public and private ownership.",
            "1.2 The MoU comes into effect on 1 June 2025 and replaces the letter of "
            "understanding exchanged between the parties in 2016. It is a statement of intent. "
            "It is not legally binding and does not override the statutory functions of either "
            "party.",
            "1.3 In this MoU, \u201cfelling licence\u201d means a licence granted under section 10 "
            "of the Forestry Act 1967; \u201ctree preservation order\u201d means an order made "
            "under section 198 of the Town and Country Planning Act 1990; and \u201clead "
            "officer\u201d means the person nominated by each party under paragraph 6.1.",
        ],
    ),
    (
        "2. Roles and responsibilities",
        [
            "2.1 The Commission is the government department responsible for protecting, "
            "expanding and improving woodland in England. It regulates tree felling through the "
            "felling licence regime, enforces against unlicensed felling and administers grants "
            "for woodland creation and management on behalf of the Department for Environment, "
            "Food and Rural Affairs.",
            "2.2 The Council is the highway authority and the lead local flood authority for "
            "Norfolk and the planning authority for minerals and waste development. It also "
            "owns and manages woodland on its county farms estate and at a number of country "
            "parks.",
            "2.3 Each party retains full responsibility for its own decisions, and nothing in "
            "this MoU fetters the discretion of either party in exercising its functions.",
        ],
    ),
    (
        "3. Principles",
        [
            "3.1 Co-operation between the parties rests on the following principles:",
            "(a) decisions are made on the best available evidence, including local knowledge "
            "of the landscape;",
            "(b) regulatory action is proportionate and avoids duplicating the work of the "
            "other party; and",
            "(c) landowners, contractors and the public receive clear and consistent messages "
            "from both parties.",
        ],
    ),
    (
        "4. Felling licences and tree preservation orders",
        [
            "4.1 Where an application for a felling licence relates to land on which a tree "
            "preservation order is in force, the Commission will notify the Council of the "
            "application within five working days of receiving it and will take account of any "
            "comments the Council makes within 28 days.",
            "4.2 The Council undertakes to tell the Commission promptly whenever it makes, "
            "varies or revokes a tree preservation order that covers woodland of more than half "
            "a hectare.",
            "4.3 Where either party becomes aware of suspected unlicensed felling in Norfolk, it "
            "will pass the details it holds, such as the location, the date, photographs and "
            "the names of any witnesses, to the other party as soon as practicable.",
            "4.4 Depending on the circumstances, the Commission\u2019s enforcement response may "
            "include:",
            "(a) a restocking notice requiring the land to be replanted;",
            "(b) an enforcement notice where the conditions of a licence have not been met; or",
            "(c) prosecution in the magistrates\u2019 court.",
        ],
    ),
    (
        "5. Sharing information",
        [
            "5.1 The parties will exchange woodland inventory updates, mapping data and "
            "information about grant schemes relevant to Norfolk on request and in any event at "
            "least once a year.",
            "5.2 Any sharing of personal data under this MoU is subject to the UK General Data "
            "Protection Regulation and the Data Protection Act 2018, and each party remains a "
            "separate controller of the personal data it holds.",
            "5.3 Neither party will disclose information received from the other to a third "
            "party without the prior written consent of the party that supplied it, unless the "
            "law requires the disclosure.",
            "5.4 Information marked as sensitive by the supplying party must be handled in "
            "confidence and stored securely by the receiving party.",
            "5.5 Where either party receives a request under the Freedom of Information Act "
            "2000 or the Environmental Information Regulations 2004 for information that "
            "originated with the other, it will consult that party before responding.",
        ],
    ),
    (
        "6. Working arrangements",
        [
            "6.1 Each party will nominate a lead officer who is responsible for managing this "
            "MoU and acts as the first point of contact for the other party.",
            "6.2 The lead officers shall meet quarterly, in person or online, to discuss current "
            "cases, forthcoming grant rounds and planning matters with a woodland interest.",
            "6.3 The Commission will offer the Council\u2019s planning, highways and estates "
            "staff an annual briefing on the felling licence regime and the UK Forestry "
            "Standard.",
            "6.4 The Commission\u2019s Area Director and the Council\u2019s Executive Director of "
            "Community and Environmental Services will meet once a year to consider the "
            "strategic direction of joint work, including the county\u2019s tree planting "
            "targets.",
        ],
    ),
    (
        "7. Communications",
        [
            "7.1 Each party will give the other at least two working days\u2019 notice before it "
            "issues a press release or public statement that refers to the other party or to "
            "joint work under this MoU.",
            "7.2 Joint press releases may be issued where both parties agree that a joint "
            "message would be helpful to the public.",
        ],
    ),
    (
        "8. Resolving disagreements",
        [
            "8.1 Any disagreement about the operation of this MoU should be resolved at working "
            "level wherever possible. If it cannot be resolved there, it will be referred to "
            "the lead officers and then, if necessary, to the Commission\u2019s Area Director and "
            "the Council\u2019s Executive Director of Community and Environmental Services.",
        ],
    ),
    (
        "9. Review and termination",
        [
            "9.1 This MoU will be reviewed every two years, or sooner at the request of either "
            "party.",
            "9.2 Either party may end this MoU by giving three months\u2019 notice in writing to "
            "the other.",
        ],
    ),
    (
        "10. Signatures",
        [
            "Signed for the Forestry Commission by the Area Director, East and East Midlands, "
            "on 20 May 2025.",
            "Signed for Norfolk County Council by the Executive Director of Community and "
            "Environmental Services on 22 May 2025.",
        ],
    ),
]


def build_docx() -> bytes:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author = "Jointwork held-out set 7"
    props.last_modified_by = "Jointwork held-out set 7"
    props.created = datetime(2025, 5, 20, 9, 0, 0)
    props.modified = datetime(2025, 5, 20, 9, 0, 0)
    props.revision = 1
    document.add_paragraph(FC_TITLE, style="Title")
    for heading, paragraphs in FC_SECTIONS:
        document.add_heading(heading, level=1)
        for text in paragraphs:
            document.add_paragraph(text)
    return docx_bytes(document, FIXED_ZIP_TIME)


# ---------------------------------------------------------------- 2. html JWP (three parties)

# ---------------------------------------------------------------- 3. txt ISA (local numbering)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "fc-norfolk-mou.docx").write_bytes(build_docx())


if __name__ == "__main__":
    main()
