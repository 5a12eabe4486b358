"""Rebuild the two binary documents of blind set 2 (``tests/ingest/fixtures``).

``PYTHONPATH=src .venv/bin/python -m tests.ingest.blind2_build`` writes ``ofsted-la-isa.docx``
(Word without heading styles: bold Normal paragraphs as headings, typed numbers restarting at 1
in each Part, a contacts table) and ``hos-rsh-liaison.pdf`` (a text PDF wrapped at about 90
characters, with a running header and footer and words hyphenated across line ends). The other
three documents of the set are text files kept as they are. The expected results were written
by hand from the text below, without running the parser.

Readings chosen where docs/ingest.md "Clause paths" is silent (all five expected files):
- a wholly bold Normal paragraph (Word) or bold line (markdown) is a marked heading; the first
  one is the document's title (path ``title``);
- "Part A — ..." is clause ``A``; typed numbers restarting at 1 under each Part are local to it
  (``C.4``); "4.2(a)" is ``4.2.a``; an HTML ``<ol>`` or a markdown "1." list inside an unnumbered
  section is local to that section (``sharing-information.3``, nested ``<ol type="a">``
  ``.3.a``, nested ``<ul>`` ``.3.b1``);
- page chrome (GOV.UK header, breadcrumbs, "Contents" nav, feedback box, footer), contents lists,
  running headers and footers are not clauses; a plain-text title block is ``p1``..``p3``;
- a table is one clause (``notifications.t1``); a table whose rows are separate duties gives one
  expected obligation per row, all citing that clause.
"""

from __future__ import annotations

import io
from pathlib import Path

from tests.ingest.builders import make_pdf

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# --- ofsted-la-isa.docx ---------------------------------------------------------------------
# Each part: (bold heading, [paragraph or ("bullets", [items])]); paragraphs carry their typed
# number. A heading starting "Signatures" or "Annex" is followed by plain paragraphs.
DOCX_TITLE = (
    "Information sharing agreement: Ofsted and Eastbridge Metropolitan Borough Council "
    "Children’s Services"
)
DOCX_PREAMBLE = "Version 1.1 — OFFICIAL — Date of agreement: 22 April 2025"
DOCX_PARTS: list[tuple[str, list[str | tuple[str, list[str]]]]] = [
    (
        "Part A — About this agreement",
        [
            "1. This information sharing agreement is made between the Office for Standards in "
            "Education, Children’s Services and Skills (Ofsted) and Eastbridge Metropolitan "
            "Borough Council (the Council), acting through its Children’s Services directorate. "
            "In this agreement they are called “the parties”.",
            "2. Ofsted inspects local authority children’s services under the Inspecting Local "
            "Authority Children’s Services (ILACS) framework, and registers and inspects "
            "children’s homes, independent fostering agencies and other children’s social care "
            "providers under the Care Standards Act 2000. The Council has statutory duties to "
            "safeguard and promote the welfare of children in need in its area under the "
            "Children Act 1989, and it commissions placements for children in its care from "
            "providers that Ofsted regulates.",
            "3. Both parties therefore hold information that the other needs. The purpose of "
            "this agreement is to set out what information the parties exchange, when and how "
            "they exchange it, and the safeguards that apply, so that children are protected "
            "and each party can carry out its functions well.",
            "4. This agreement takes effect on 1 May 2025. It is not a contract, it does not "
            "create legally enforceable obligations, and it does not change the statutory "
            "functions of either party.",
            "5. In this agreement: “personal data” and “special category data” have the "
            "meanings given in the UK GDPR; a “serious incident notification” is the "
            "notification that a local authority must make to the Child Safeguarding Practice "
            "Review Panel under section 16C of the Children Act 2004, a copy of which is sent "
            "to Ofsted, when a child dies or is seriously harmed and abuse or neglect is known "
            "or suspected; and a “provider” is a person registered with Ofsted to carry on a "
            "children’s home, a fostering agency or another regulated children’s social care "
            "service.",
        ],
    ),
    (
        "Part B — Principles and legal basis",
        [
            "1. The parties will be guided by the following principles when deciding whether "
            "to share information:",
            (
                "bullets",
                [
                    "information is shared only where it is necessary and proportionate for a "
                    "purpose set out in this agreement",
                    "the least amount of personal data needed for the purpose is shared",
                    "the welfare of the child is the paramount consideration",
                    "each party will be open with the other about any limits on what it can share",
                ],
            ),
            "2. Ofsted processes personal data under Article 6(1)(e) of the UK GDPR in carrying "
            "out its functions under the Education and Inspections Act 2006 and the Care "
            "Standards Act 2000. The Council processes personal data under Article 6(1)(e) of "
            "the UK GDPR in carrying out its functions under the Children Act 1989 and the "
            "Children Act 2004. Special category data is processed under Article 9(2)(g) of the "
            "UK GDPR and Part 2 of Schedule 1 to the Data Protection Act 2018.",
            "3. Each party is a separate controller of the personal data it holds. Nothing in "
            "this agreement requires either party to share information that the law prevents "
            "it from sharing.",
        ],
    ),
    (
        "Part C — Information the Council shares with Ofsted",
        [
            "1. The Council will notify Ofsted of every serious incident notification within "
            "one working day of making it, using Ofsted’s online notification form.",
            "2. When Ofsted announces an inspection of the Council’s children’s services, the "
            "Council will provide Ofsted with the data and case lists set out in the inspection "
            "framework, within the timescales that the framework sets.",
            "3. The information provided under paragraph 2 may include, for example:",
            (
                "bullets",
                [
                    "lists of children in need, children subject to a child protection plan and "
                    "children in care",
                    "details of allegations against people who work with children that have "
                    "been referred to the local authority designated officer",
                    "the Council’s most recent self-evaluation of the quality and impact of its "
                    "social work practice",
                ],
            ),
            "4. Where the Council has concerns about the safety or quality of care provided to a "
            "child by a provider, it shall inform Ofsted without delay and shall share with "
            "Ofsted the record of any strategy discussion held about a child placed with that "
            "provider.",
        ],
    ),
    (
        "Part D — Information Ofsted shares with the Council",
        [
            "1. Ofsted will share with the Council, as soon as possible and in any event within "
            "one working day, any information it receives that suggests a child in the "
            "Council’s area may be at risk of significant harm. It will do so by telephone to "
            "the Council’s multi-agency safeguarding hub, confirmed in writing by secure email.",
            "2. Where Ofsted receives a complaint or a whistleblowing disclosure about the "
            "Council’s children’s services, it will tell the Council about the concern, unless "
            "doing so would place a child or the person who raised the concern at risk.",
            "3. Ofsted will not disclose to the Council the identity of a person who has made a "
            "whistleblowing disclosure unless that person has given consent.",
            "4. Ofsted will send the Council a draft of each inspection report or monitoring "
            "visit letter about its children’s services so that the Council can check it for "
            "factual accuracy before it is published. The Council may comment on the draft "
            "within five working days of receiving it. The Council shall keep the draft "
            "confidential and shall not share it beyond the officers who need to see it before "
            "publication.",
            "5. Ofsted will give the Council at least 24 hours’ notice of the date and time of "
            "publication of any inspection report about its children’s services.",
            "6. Ofsted publishes its inspection reports on its website. Ofsted is responsible "
            "for the content of its reports and for its judgements.",
        ],
    ),
    (
        "Part E — Handling and security of information",
        [
            "1. Information shared under this agreement shall be sent by secure email or "
            "through Ofsted’s secure portal, and shall be stored on systems that meet each "
            "party’s information security standards.",
            "2. Each party shall notify the other within 24 hours of becoming aware of any "
            "loss, unauthorised disclosure or other personal data breach involving information "
            "received from the other party.",
            "3. Personal data received under this agreement shall be kept only for as long as "
            "it is needed for the purpose for which it was shared, in line with each party’s "
            "retention schedule.",
            "4. Requests made under the Freedom of Information Act 2000 for information that the "
            "other party supplied shall be referred to that party for its views before any "
            "decision on disclosure is made.",
            "5. Both parties shall ensure that every member of staff who handles information "
            "under this agreement refreshes their data protection training annually.",
        ],
    ),
    (
        "Part F — Working together",
        [
            "1. Ofsted’s Senior His Majesty’s Inspector for the Council and the Council’s "
            "Director of Children’s Services will hold an annual engagement meeting to discuss "
            "the Council’s self-evaluation and Ofsted’s planned inspection activity.",
            "2. Keeping-in-touch meetings between Ofsted’s link inspector and the Council’s "
            "Head of Quality Assurance will take place three times a year.",
            "3. The Council’s Head of Quality Assurance is responsible for the operation of "
            "this agreement on behalf of the Council, and Ofsted’s Regional Director for the "
            "North West is responsible for it on behalf of Ofsted.",
            "4. Any difficulty in the operation of this agreement will first be discussed by "
            "the lead officers named in paragraph 3. Matters that they cannot resolve within "
            "ten working days shall be escalated to the Council’s Director of Children’s "
            "Services and Ofsted’s Regional Director and, if still unresolved, to the Council’s "
            "Chief Executive and Ofsted’s National Director, Social Care.",
            "5. This agreement shall be reviewed annually by the lead officers, and at any time "
            "at the request of either party.",
            "6. Either party may end this agreement by giving the other one month’s notice in "
            "writing.",
        ],
    ),
    (
        "Signatures",
        [
            "Signed for Ofsted: Yvonne Ashworth, Regional Director, North West, 14 April 2025",
            "Signed for Eastbridge Metropolitan Borough Council: Martin Devlin, Director of "
            "Children’s Services, 22 April 2025",
        ],
    ),
    (
        "Annex 1 — Contacts",
        [
            "The contacts for this agreement at the date of signature are listed below. Each "
            "party will tell the other of any change to its contacts within 10 working days.",
        ],
    ),
]
DOCX_CONTACTS = [
    ("Name", "Role", "Email", "Phone"),
    ("Yvonne Ashworth", "Regional Director, North West, Ofsted",
     "yvonne.ashworth@ofsted.gov.uk", "01632 960 114"),
    ("Declan Hurst", "Senior HMI (link inspector), Ofsted",
     "declan.hurst@ofsted.gov.uk", "01632 960 276"),
    ("Martin Devlin", "Director of Children’s Services, Eastbridge MBC",
     "martin.devlin@eastbridge.gov.uk", "0161 496 0123"),
    ("Sara Quigley", "Head of Quality Assurance, Eastbridge MBC",
     "sara.quigley@eastbridge.gov.uk", "0161 496 0457"),
    ("Duty team", "Multi-agency safeguarding hub, Eastbridge MBC",
     "mash@eastbridge.gov.uk", "0161 496 0999"),
]  # fmt: skip


def make_ofsted_docx() -> bytes:
    """No heading styles: headings are bold Normal paragraphs; numbers are typed text."""
    import docx
    from docx.shared import Pt

    document = docx.Document()

    def bold(text: str, size: int | None = None) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold = True
        if size:
            run.font.size = Pt(size)

    bold(DOCX_TITLE, size=16)
    document.add_paragraph(DOCX_PREAMBLE)
    for heading, blocks in DOCX_PARTS:
        bold(heading)
        for block in blocks:
            if isinstance(block, tuple):
                for item in block[1]:
                    document.add_paragraph(item, style="List Bullet")
            else:
                document.add_paragraph(block)
    table = document.add_table(rows=len(DOCX_CONTACTS), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(DOCX_CONTACTS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- hos-rsh-liaison.pdf ----------------------------------------------------------------------
PDF_TITLE = [
    "Liaison agreement between the Housing Ombudsman Service and the Regulator of",
    "Social Housing",
]
# (number as printed or None for an unnumbered paragraph, text); "Clause n — ..." are headings.
PDF_BODY: list[tuple[str | None, str]] = [
    ("Clause 1 — Introduction", ""),
    ("1.1", "This agreement sets out how the Housing Ombudsman Service (the Ombudsman) and the "
     "Regulator of Social Housing (the Regulator) work together to improve the way social "
     "landlords in England treat their residents. It has effect from 1 April 2025 and replaces "
     "the memorandum of understanding that the two bodies signed in 2022."),
    ("1.2", "The Ombudsman and the Regulator have distinct but complementary roles. The "
     "Ombudsman resolves individual disputes between residents and the landlords that are "
     "members of the Housing Ombudsman Scheme. The Regulator regulates registered providers of "
     "social housing to make sure that they are well governed, financially viable and deliver "
     "the outcomes in its consumer standards. The work of each body produces information that "
     "helps the other to identify landlords whose services are failing their residents."),
    ("1.3", "This agreement is not legally binding. It does not affect the independence of "
     "either body or limit the exercise of any statutory function."),
    ("Clause 2 — Roles and principles", ""),
    ("2.1", "The Ombudsman's role is set out in section 51 of, and Schedule 2 to, the Housing "
     "Act 1996 and in the Housing Ombudsman Scheme approved by the Secretary of State. Since 1 "
     "April 2024 members of the Scheme must comply with the Ombudsman's Complaint Handling "
     "Code, which has a statutory footing under the Social Housing (Regulation) Act 2023."),
    ("2.2", "The Regulator's objectives, powers and standards are set out in Part 2 of the "
     "Housing and Regeneration Act 2008. The Regulator may take enforcement action against a "
     "registered provider that fails to meet its standards, including issuing enforcement "
     "notices and imposing fines. Residents who contact the Regulator about a dispute with "
     "their landlord are directed to the landlord's complaints process and then to the "
     "Ombudsman, as the Regulator does not resolve individual complaints."),
    ("2.3", "The bodies will work to the following principles:"),
    ("2.3(a)", "the interests of residents come first;"),
    ("2.3(b)", "each body decides for itself what action to take on information it receives;"),
    ("2.3(c)", "information is shared promptly, and only where it is lawful, necessary and "
     "proportionate."),
    ("Clause 3 — Sharing information", ""),
    ("3.1", "Each body must share with the other information that is relevant to the other's "
     "functions, where it is lawful to do so. All sharing under this agreement must comply "
     "with the UK GDPR and the Data Protection Act 2018."),
    ("3.2", "The Ombudsman will:"),
    ("3.2(a)", "refer to the Regulator any case in which it finds evidence that a landlord may "
     "have failed to meet the regulatory standards, including failings found through a wider "
     "investigation into the landlord's practices;"),
    ("3.2(b)", "send the Regulator each month a summary of its findings of severe "
     "maladministration against registered providers;"),
    ("3.2(c)", "tell the Regulator within 5 working days when it issues a complaint handling "
     "failure order to a registered provider."),
    ("3.3", "The Regulator will:"),
    ("3.3(a)", "notify the Ombudsman when it begins an investigation into a possible breach of "
     "the consumer standards by a landlord;"),
    ("3.3(b)", "share with the Ombudsman the findings of its inspections of landlords where "
     "those findings are relevant to complaints that the Ombudsman is considering."),
    ("3.4", "Information exchanged between the bodies may include, for example, complaint "
     "volumes and outcomes, themes from casework, tenant satisfaction measures and the "
     "gradings given after inspections. This list is not exhaustive."),
    ("3.5", "Neither body shall disclose to the other the name of a resident, or any "
     "information from which a resident could be identified, unless the resident has "
     "consented or the disclosure is necessary to protect someone from serious harm."),
    ("3.6", "Information received from the other body shall be held in confidence and used "
     "only for the purpose for which it was provided."),
    ("3.7", "Both bodies are public authorities under the Freedom of Information Act 2000. "
     "Where either receives a request for information that originated with the other, it "
     "shall consult the other body within 3 working days of receiving the request and before "
     "deciding whether to disclose it."),
    ("Clause 4 — Publications and the media", ""),
    ("4.1", "Where the Ombudsman intends to publish a special report, or a decision that names a "
     "landlord which is subject to regulatory action, it will send the Regulator a copy of the "
     "report or decision at least 10 working days before publication."),
    ("4.2", "The Regulator will give the Ombudsman at least 48 hours' notice before it "
     "publishes a regulatory judgement or regulatory notice that refers to the way a "
     "landlord handles complaints."),
    ("4.3", "Press releases that refer to the work of the other body will be shared with it "
     "in advance, normally no less than 24 hours before issue."),
    ("4.4", "Documents shared before publication under this clause must be kept confidential "
     "until they are published."),
    ("4.5", "Each body is responsible for its own publications and for responding to media "
     "enquiries about its own work."),
    ("Clause 5 — Meetings and contacts", ""),
    ("5.1", "The Housing Ombudsman and the Chief Executive of the Regulator will meet twice a "
     "year to discuss strategic matters, including emerging risks in the sector."),
    ("5.2", "Operational leads from both bodies will hold a liaison meeting every six weeks to "
     "discuss individual landlords of concern and the information exchanged under Clause 3."),
    ("5.3", "Each body shall designate a relationship manager, who is the first point of "
     "contact for the other body and is responsible for keeping this agreement up to date."),
    ("5.4", "Additional meetings may be arranged at short notice, for example where a large "
     "landlord faces a serious failure of its services."),
    ("Clause 6 — Training and shared learning", ""),
    ("6.1", "The Ombudsman will deliver a briefing to the Regulator's consumer regulation staff "
     "at least once a year on the Complaint Handling Code and the themes emerging from its "
     "casework."),
    ("6.2", "The bodies may hold joint events for landlords and residents' groups where this "
     "would help to raise standards."),
    ("Clause 7 — Resolving disagreements", ""),
    ("7.1", "The bodies will seek to resolve disagreements informally and at the lowest "
     "appropriate level."),
    ("7.2", "A disagreement that is not resolved will be escalated in the following order:"),
    ("7.2(a)", "between the relationship managers, who will try to resolve it within 15 working "
     "days;"),
    ("7.2(b)", "to the Ombudsman's Director of Casework and the Regulator's Director of Consumer "
     "Regulation;"),
    ("7.2(c)", "to the Housing Ombudsman and the Chief Executive of the Regulator."),
    ("Clause 8 — Review and termination", ""),
    ("8.1", "The Housing Ombudsman and the Chief Executive of the Regulator will review this "
     "agreement every two years, or sooner if the law governing either body changes."),
    ("8.2", "Either body may end this agreement by giving three months' notice in writing to "
     "the other."),
    ("Clause 9 — Signature", ""),
    (None, "Signed for the Housing Ombudsman Service by Anita Forsyth, Housing Ombudsman, and "
     "for the Regulator of Social Housing by Gareth Pennock, Chief Executive, on 20 March "
     "2025."),
]  # fmt: skip
PDF_WIDTH = 90
PDF_LINES_PER_PAGE = 40
# Break points used when one of these words does not fit at the end of a line, as a typesetter
# would hyphenate it.
HYPHENATION = {
    "consult": 3,
    "publication": 5,
    "investigation": 5,
    "disclosure": 3,
    "complaints": 3,
    "functions": 4,
}


def wrap(text: str, width: int = PDF_WIDTH) -> list[str]:
    """Greedy wrap that hyphenates the words in HYPHENATION when they do not fit."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= width:
            line = candidate
            continue
        bare = word.rstrip(".,;:")
        cut = HYPHENATION.get(bare)
        if cut and len(f"{line} {word[:cut]}-") <= width:
            lines.append(f"{line} {word[:cut]}-")
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def pdf_lines() -> list[str]:
    lines = list(PDF_TITLE)
    for number, text in PDF_BODY:
        if number and number.startswith("Clause"):
            lines.append(number)
        else:
            lines += wrap(f"{number} {text}" if number else text)
    return lines


def make_hos_pdf() -> bytes:
    """Running header and footer on every page; clauses run on across page breaks."""
    body = pdf_lines()
    chunks = [body[i : i + PDF_LINES_PER_PAGE] for i in range(0, len(body), PDF_LINES_PER_PAGE)]
    pages = [
        ["OFFICIAL", *chunk, f"Page {n} of {len(chunks)}"]
        for n, chunk in enumerate(chunks, start=1)
    ]
    return make_pdf(pages)


def main() -> None:
    hyphenated = [line for line in pdf_lines() if line.endswith("-")]
    assert len(hyphenated) >= 2, hyphenated
    (FIXTURES / "ofsted-la-isa.docx").write_bytes(make_ofsted_docx())
    (FIXTURES / "hos-rsh-liaison.pdf").write_bytes(make_hos_pdf())


if __name__ == "__main__":
    main()
