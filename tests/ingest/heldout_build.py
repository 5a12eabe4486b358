"""Rebuild the held-out ingestion corpus (four agreements in four layouts) in
``tests/ingest/fixtures``: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, and kept outside the repository until it was measured once (docs/ingest.md). The
output is byte-identical on every run.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.shared import Cm, Pt

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes, text_table

OUT = Path(__file__).resolve().parent / "fixtures"


# ---------------------------------------------------------------------------------------------
# A. Word: data sharing agreement, two parties, typed decimal numbers with tabs, Word bullets,
#    a document-control table, a signature table and two annex tables.
# ---------------------------------------------------------------------------------------------
DOCX_NAME = "charity-commission-hmrc-dsa.docx"

DOCX_BODY: list[tuple[str, ...]] = [
    ("h", "1. Introduction"),
    (
        "n",
        "1.1",
        "This agreement sets out the arrangements under which the Commission and HMRC exchange "
        "information about charities, their trustees and the tax reliefs that charities claim. It records "
        "the legal gateways that each party relies on, the information that will normally pass between "
        "them and the safeguards that apply to it.",
    ),
    (
        "n",
        "1.2",
        "The Commission is the registrar and regulator of charities in England and Wales under the "
        "Charities Act 2011. Its objectives include increasing public trust and confidence in charities and "
        "promoting compliance by charity trustees with their legal obligations. HMRC is responsible for "
        "administering the tax reliefs available to charities, including Gift Aid, and for deciding whether "
        "an organisation meets the conditions for those reliefs, among them the management condition in "
        "the Finance Act 2010.",
    ),
    (
        "n",
        "1.3",
        "This agreement is not a contract and is not legally binding. It does not create any new "
        "power to disclose information, and each party remains responsible for its own compliance with "
        "the law.",
    ),
    (
        "n",
        "1.4",
        "This agreement takes effect on 1 October 2024. It replaces the agreement between the "
        "parties dated 3 April 2019, which ceases to have effect on that date.",
    ),
    ("h", "2. Legal basis for sharing"),
    (
        "n",
        "2.1",
        "Sections 54 to 59 of the Charities Act 2011 provide gateways under which the Commission "
        "and other public authorities, including HMRC, may disclose information to each other for the "
        "purposes of their respective functions.",
    ),
    (
        "n",
        "2.2",
        "Disclosures by HMRC are also subject to section 18 of the Commissioners for Revenue and "
        "Customs Act 2005, which prohibits HMRC officials from disclosing information held in connection "
        "with HMRC's functions unless an exception applies. Section 19 of that Act makes the wrongful "
        "disclosure of information relating to an identifiable person a criminal offence.",
    ),
    (
        "n",
        "2.3",
        "Each party must ensure that any personal data it shares under this agreement is "
        "processed lawfully, fairly and transparently, in accordance with the UK General Data Protection "
        "Regulation (UK GDPR) and the Data Protection Act 2018. The parties rely on Article 6(1)(e) of the "
        "UK GDPR (public task) and, for criminal offence data, on Schedule 1 to the Data Protection Act "
        "2018.",
    ),
    ("h", "3. Information to be shared"),
    (
        "n",
        "3.1",
        "HMRC will notify the Commission, with reasons, whenever it decides that a charity does not "
        "meet the management condition or that a person connected with a charity is not a fit and proper "
        "person to be a manager of it.",
    ),
    ("n", "3.2", "The Commission will tell HMRC as soon as practicable where it:"),
    (
        "l",
        "(a)",
        "opens a statutory inquiry into a charity under section 46 of the Charities Act 2011;",
    ),
    ("l", "(b)", "removes a charity from the register of charities; or"),
    ("l", "(c)", "disqualifies a person from acting as a charity trustee, or removes a trustee."),
    (
        "n",
        "3.3",
        "In addition, each party will provide the other on request with information it holds that "
        "is relevant to the other's functions in relation to a named charity, unless the disclosure would "
        "be unlawful or would prejudice an investigation.",
    ),
    (
        "n",
        "3.4",
        "HMRC will send the Commission, every quarter, a list of the charities whose Gift Aid "
        "claims HMRC has rejected or recovered in that quarter, together with the data items listed in "
        "Annex A.",
    ),
    ("n", "3.5", "Examples of other information that may be relevant include:"),
    ("b", "concerns that a charity is being used as a vehicle for tax avoidance or fraud;"),
    ("b", "links between the trustees of a charity under inquiry and other registered charities;"),
    ("b", "patterns of Gift Aid claims that suggest abuse of the relief; and"),
    ("b", "information that a charity has repeatedly failed to file its annual return on time."),
    ("h", "4. Handling, security and retention"),
    (
        "n",
        "4.1",
        "Neither party shall send personal data under this agreement by unencrypted email, by fax "
        "or on removable media; bulk exchanges use the secure file transfer service described in Annex A.",
    ),
    (
        "n",
        "4.2",
        "Each party will treat information received from the other as confidential, will restrict "
        "access to staff who need it for the purposes set out in section 2, and will retain it only for as "
        "long as those purposes require.",
    ),
    (
        "n",
        "4.3",
        "The Commission must not disclose information that it has received from HMRC to any other "
        "person without HMRC's prior written consent, except where the law requires disclosure.",
    ),
    (
        "n",
        "4.4",
        "Staff of either party who handle information under this agreement are expected to "
        "complete their organisation's data protection and information security training every year.",
    ),
    (
        "n",
        "4.5",
        "Any security incident or suspected personal data breach involving information shared "
        "under this agreement shall be reported to the other party's data protection officer within 24 "
        "hours of its discovery.",
    ),
    (
        "n",
        "4.6",
        "Decisions on whether a breach must be reported to the Information Commissioner's Office "
        "under Article 33 of the UK GDPR rest with the controller concerned.",
    ),
    ("h", "5. Leads and meetings"),
    (
        "n",
        "5.1",
        "The Commission's Head of Intelligence and HMRC's Head of Charities Compliance are the "
        "named leads for this agreement. They are responsible for its day-to-day operation and for keeping "
        "the contact list in Annex B up to date.",
    ),
    (
        "n",
        "5.2",
        "The named leads will meet every two months, in person or online, to review the volume "
        "and quality of the exchanges and any difficulties that have arisen.",
    ),
    (
        "n",
        "5.3",
        "Case teams may also discuss individual cases with each other at any time, using the "
        "contacts in Annex B.",
    ),
    ("h", "6. Freedom of information and publication"),
    (
        "n",
        "6.1",
        "Both parties are public authorities for the purposes of the Freedom of Information Act "
        "2000. Where either party receives a request for information that it obtained from the other, it "
        "will consult the other party within five working days of receiving the request, and in any event "
        "before deciding whether to disclose.",
    ),
    (
        "n",
        "6.2",
        "The Commission will give HMRC at least ten working days' notice before it publishes an "
        "inquiry report or a regulatory case report that contains information provided by HMRC.",
    ),
    (
        "n",
        "6.3",
        "Statistical summaries of the exchanges under this agreement, which do not identify any "
        "charity or person, may be published in either party's annual report.",
    ),
    ("h", "7. Resolving problems"),
    (
        "n",
        "7.1",
        "Problems with the operation of this agreement should first be resolved by the named "
        "leads. Any issue that they cannot resolve within 20 working days will be escalated to the "
        "Commission's Director of Investigations and Inquiries and HMRC's Deputy Director, Charities and "
        "Mid-sized Business Compliance, and, if it remains unresolved, to the Commission's Chief Executive "
        "and HMRC's Director General, Customer Compliance.",
    ),
    ("h", "8. Review and amendment"),
    (
        "n",
        "8.1",
        "The named leads will review this agreement annually, and earlier if either party requests "
        "a review or if there is a material change in the law.",
    ),
    ("n", "8.2", "Any amendment to this agreement must be agreed in writing by both parties."),
    (
        "n",
        "8.3",
        "Either party may terminate this agreement by giving three months' written notice to the "
        "other.",
    ),
]

DOC_CONTROL = [
    ("Version", "Date", "Summary of changes"),
    ("1.0", "3 April 2019", "First agreement"),
    ("2.0", "12 September 2024", "Revised for the UK GDPR; quarterly Gift Aid exchange added"),
]
SIGNATURES = [
    ("For the Charity Commission for England and Wales", "For HM Revenue and Customs"),
    ("Name: Chief Executive", "Name: Director General, Customer Compliance"),
    ("Signature: [signed]", "Signature: [signed]"),
    ("Date: 16 September 2024", "Date: 19 September 2024"),
]
ANNEX_A = [
    ("Data item", "Description", "Format"),
    ("Charity registration number", "Number on the register of charities, where known", "Numeric"),
    ("HMRC charity reference", "HMRC's own reference for the organisation", "Alphanumeric"),
    ("Outcome", "Claim rejected, repaid or recovered, and the tax period concerned", "Code list"),
    ("Amount", "Value of Gift Aid rejected or recovered", "Pounds sterling"),
]
ANNEX_B = [
    ("Role", "Charity Commission", "HMRC"),
    ("Named lead", "Head of Intelligence", "Head of Charities Compliance"),
    (
        "First escalation",
        "Director of Investigations and Inquiries",
        "Deputy Director, Charities and Mid-sized Business Compliance",
    ),
    ("Final escalation", "Chief Executive", "Director General, Customer Compliance"),
    ("Data protection officer", "Data Protection Officer", "HMRC Data Protection Officer"),
]


def build_docx() -> bytes:
    document = docx.Document()
    stamp = datetime(2024, 9, 12, 10, 0, tzinfo=UTC)  # fixed, so rebuilds are identical
    props = document.core_properties
    props.author = props.last_modified_by = "Charity Commission"
    props.created = props.modified = stamp
    props.title = "Data sharing agreement: Charity Commission and HMRC"
    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL"
    section.footer.paragraphs[
        0
    ].text = "Charity Commission and HMRC data sharing agreement, version 2.0"
    document.add_paragraph(
        "Data sharing agreement between the Charity Commission for England and Wales and HM Revenue "
        "and Customs",
        style="Title",
    )
    intro = document.add_paragraph()
    intro.add_run(
        "This agreement is made between the Charity Commission for England and Wales (\u201cthe "
        "Commission\u201d) and HM Revenue and Customs (\u201cHMRC\u201d), together \u201cthe parties\u201d."
    ).bold = True
    document.add_heading("Document control", level=1)
    text_table(document, DOC_CONTROL)
    for item in DOCX_BODY:
        kind = item[0]
        if kind == "h":
            document.add_heading(item[1], level=1)
        elif kind == "n":
            p = document.add_paragraph(f"{item[1]}\t{item[2]}")
            p.paragraph_format.left_indent = Cm(1.25)
            p.paragraph_format.first_line_indent = Cm(-1.25)
            p.paragraph_format.space_after = Pt(6)
        elif kind == "l":
            p = document.add_paragraph(f"{item[1]}\t{item[2]}")
            p.paragraph_format.left_indent = Cm(2.5)
            p.paragraph_format.first_line_indent = Cm(-1.0)
        elif kind == "b":
            p = document.add_paragraph(item[1], style="List Bullet")
            p.paragraph_format.left_indent = Cm(2.0)
    document.add_heading("Signatures", level=1)
    document.add_paragraph("Signed on behalf of the parties by their authorised signatories.")
    text_table(document, SIGNATURES)
    document.add_heading("Annex A: Data items in the quarterly exchange", level=1)
    document.add_paragraph(
        "The exchange described in paragraph 3.4 contains the data items below for each charity. "
        "Files are sent through the secure file transfer service operated by HMRC."
    )
    text_table(document, ANNEX_A)
    document.add_heading("Annex B: Contacts and escalation", level=1)
    text_table(document, ANNEX_B)
    return docx_bytes(document, (2024, 9, 12, 10, 0, 0), mode=None)


# ---------------------------------------------------------------------------------------------
# B. Text PDF: three-party MoU, decimal numbering, lettered and bulleted items, running header and
#    footer on every page, a page break in mid-sentence, one hyphenated line break, one clause
#    number extracted on its own line, and a ruled contacts table in the annex.
# ---------------------------------------------------------------------------------------------
PDF_NAME = "hta-hfea-mhra-mou.pdf"
PDF_HEADER = "HTA, HFEA and MHRA: Memorandum of Understanding"
PDF_WIDTH = 92

PDF_BODY: list[tuple[str, ...]] = [
    (
        "x",
        "Memorandum of Understanding between the Human Tissue Authority (HTA), the Human Fertilisation "
        "and Embryology Authority (HFEA) and the Medicines and Healthcare products Regulatory Agency (MHRA)",
    ),
    ("x", "Version 1.0, published April 2025."),
    ("h", "1. Introduction and purpose"),
    (
        "n",
        "1.1",
        "This memorandum of understanding (MoU) sets out how the HTA, the HFEA and the MHRA "
        "(together, \u201cthe parties\u201d) work together where their responsibilities meet, in particular "
        "in the regulation of human tissues, cells, gametes and embryos, and of the medicinal products and "
        "medical devices that are made from them or used with them.",
    ),
    (
        "n",
        "1.2",
        "The HTA regulates the removal, storage and use of human tissue under the Human Tissue Act "
        "2004 and licenses estab|lishments that procure, test, process, store and distribute tissues and "
        "cells for patient treatment. The HFEA licenses and inspects clinics that provide fertility "
        "treatment and centres that carry out human embryo research, under the Human Fertilisation and "
        "Embryology Act 1990. The MHRA regulates medicines, medical devices and blood components for "
        "transfusion, including advanced therapy medicinal products made from human cells.",
    ),
    (
        "n",
        "1.3",
        "The parties recognise that some establishments hold licences or authorisations from more "
        "than one of them, and that patients and donors are best protected when the parties act on a "
        "shared understanding of risk.",
    ),
    (
        "n",
        "1.4",
        "This MoU is a statement of principle. It does not override the statutory functions of any "
        "party, is not enforceable in law and does not create new legal powers. It comes into force on 1 "
        "May 2025 and remains in place until it is replaced or withdrawn.",
    ),
    ("h", "2. Principles"),
    ("n", "2.1", "In their work together the parties are guided by the following principles:"),
    ("l", "(a)", "each party makes its own decisions within its statutory remit;"),
    (
        "l",
        "(b)",
        "the parties act openly with one another and share information where it is lawful and "
        "proportionate to do so;",
    ),
    (
        "l",
        "(c)",
        "the parties seek to avoid duplication and to minimise the burden on establishments "
        "regulated by more than one of them; and",
    ),
    ("l", "(d)", "the safety of patients and donors comes first."),
    ("h", "3. Information sharing"),
    (
        "n",
        "3.1",
        "Each party will share with the others, as soon as is reasonably practicable, information "
        "about a licensed or authorised establishment where it identifies a risk to the safety of patients "
        "or donors that falls within another party's remit.",
    ),
    (
        "n",
        "3.2",
        "The HTA undertakes to notify the MHRA without delay when it suspends, revokes or varies "
        "the licence of an establishment that supplies tissues or cells as starting materials for advanced "
        "therapy medicinal products.",
    ),
    (
        "n",
        "3.3",
        "The HFEA shall inform the HTA and the MHRA of any serious adverse event or serious adverse "
        "reaction reported to it that may involve a medical device, a medicinal product or tissue "
        "regulated by either of them.",
    ),
    (
        "n",
        "3.4",
        "Information about serious adverse reactions in blood donors that is received by the MHRA "
        "under the Blood Safety and Quality Regulations 2005 will be passed to the HTA where tissue from "
        "the same donor may have been used.",
    ),
    (
        "n",
        "3.5",
        "All sharing under this MoU will comply with the UK General Data Protection Regulation, the "
        "Data Protection Act 2018 and, for the HFEA, the restrictions on disclosure in section 33A of the "
        "Human Fertilisation and Embryology Act 1990, which protects information iden|tifying patients, "
        "donors and children born as a result of treatment.",
    ),
    (
        "n",
        "3.6",
        "No party will disclose information that identifies a donor, a patient or a child born "
        "following treatment, unless the disclosure is permitted under section 33A of the 1990 Act or is "
        "otherwise required by law.",
    ),
    ("n", "3.7", "Examples of information that may be shared under this section include:"),
    ("b", "findings from inspections of establishments licensed by more than one party;"),
    (
        "b",
        "intelligence about unlicensed activity, such as the online sale of donor gametes or unproven "
        "stem cell treatments;",
    ),
    ("b", "trends in adverse incident reports; and"),
    ("b", "details of enforcement action taken against an establishment."),
    ("h", "4. Inspection and enforcement"),
    (
        "n",
        "4.1",
        "Where an establishment holds a licence from more than one party, the parties may agree to "
        "carry out a joint or coordinated inspection, planned in advance by the inspectors concerned.",
    ),
    (
        "n",
        "4.2",
        "Before a party takes enforcement action that is likely to affect an establishment "
        "regulated by another party, it must inform that party of the proposed action and the reasons for "
        "it, unless doing so would prejudice a criminal investigation or put a patient at risk.",
    ),
    ("n", "4.3", "Inspection reports are published by each party under its own arrangements."),
    ("h", "5. Publications and the media"),
    (
        "n",
        "5.1",
        "Each party will give the other parties at least 48 hours' notice before publishing a "
        "report or statement that names an establishment regulated by another party.",
    ),
    (
        "n",
        "5.2",
        "A party that intends to issue a press release about joint work, or about an establishment "
        "regulated by more than one party, will tell the others at least 24 hours before it is issued.",
    ),
    (
        "n",
        "5.3",
        "Drafts shared before publication are provided in confidence and will be kept confidential "
        "by the receiving party until the publication date.",
    ),
    (
        "n",
        "5.4",
        "Each party remains responsible for the content of its own publications and for its press "
        "office's handling of media enquiries.",
    ),
    ("h", "6. Freedom of information"),
    (
        "n",
        "6.1",
        "Each party is a public authority for the purposes of the Freedom of Information Act 2000.",
    ),
    (
        "nl",
        "6.2",
        "Where a party receives a request under that Act for information that it obtained from "
        "another party, it will consult that party before deciding whether to disclose the information. "
        "The decision on disclosure rests with the party that received the request.",
    ),
    ("h", "7. Working arrangements"),
    (
        "n",
        "7.1",
        "Each party will appoint a relationship lead at head of function level. The relationship "
        "leads are responsible for the management of this MoU and for keeping the contact details in "
        "Annex A up to date.",
    ),
    (
        "n",
        "7.2",
        "The relationship leads will meet at least twice a year to review how the MoU is working "
        "and to discuss emerging risks.",
    ),
    (
        "n",
        "7.3",
        "The chief executives of the parties will meet once a year to discuss strategic matters "
        "of joint interest.",
    ),
    (
        "n",
        "7.4",
        "The parties will hold a joint training session every year for inspectors and regulatory "
        "staff who work with establishments regulated by more than one party.",
    ),
    ("h", "8. Resolving disagreements and review"),
    (
        "n",
        "8.1",
        "Any disagreement about the application of this MoU will be resolved at working level "
        "wherever possible. If it cannot be resolved, it will be referred to the relationship leads, then "
        "to the directors responsible, and finally to the chief executives of the parties concerned.",
    ),
    (
        "n",
        "8.2",
        "This MoU will be reviewed every three years, or sooner at the request of any party.",
    ),
    ("n", "8.3", "Any amendment requires the written agreement of all three parties."),
    ("h", "9. Signatures"),
    ("x", "Signed for the Human Tissue Authority by its Chief Executive, 24 April 2025"),
    (
        "x",
        "Signed for the Human Fertilisation and Embryology Authority by its Chief Executive, 25 April 2025",
    ),
    (
        "x",
        "Signed for the Medicines and Healthcare products Regulatory Agency by its Chief Executive, "
        "28 April 2025",
    ),
    ("page",),
    ("h", "Annex A \u2013 Relationship leads"),
    ("x", "The relationship leads at the date of signature are listed below."),
]
PDF_GRID = [
    ["Party", "Relationship lead"],
    ["Human Tissue Authority", "Director of Regulation"],
    ["Human Fertilisation and Embryology Authority", "Director of Compliance"],
    ["Medicines and Healthcare products Regulatory Agency", "Director of Healthcare Quality"],
]
PDF_PAGE_LINES = 47  # body lines that fit between the running header and footer


def wrap(text: str, width: int, first_prefix: str = "") -> list[str]:
    """Greedy line fill as a typesetter would; '|' marks where a word may be hyphenated."""
    words = text.split(" ")
    lines: list[str] = []
    line = first_prefix
    for word in words:
        candidate = f"{line} {word}".strip() if line else word
        plain = candidate.replace("|", "")
        if len(plain) <= width:
            line = candidate
            continue
        if "|" in word:
            head, tail = word.split("|", 1)
            with_head = f"{line} {head}-".strip()
            if len(with_head.replace("|", "")) <= width:
                lines.append(with_head)
                line = tail
                continue
        lines.append(line.replace("|", ""))
        line = word.replace("|", "")
    if line:
        lines.append(line.replace("|", ""))
    return lines


def pdf_pages() -> list[list[str]]:
    """Lay the blocks out on pages: paragraphs split across pages where they fall, but a heading
    is kept with the text after it."""
    pages: list[list[str]] = [[]]
    for item in PDF_BODY:
        kind = item[0]
        if kind == "page":
            pages.append([])
            continue
        label = item[1]
        if kind in ("x", "h"):
            lines = wrap(label, PDF_WIDTH)
        elif kind == "n":
            lines = wrap(item[2], PDF_WIDTH, first_prefix=label)
        elif kind == "nl":  # clause number extracted on a line of its own (tab-set numbering)
            lines = [label, *wrap(item[2], PDF_WIDTH)]
        elif kind == "l":
            lines = wrap(item[2], PDF_WIDTH - 6, first_prefix=label)
        else:
            lines = wrap(item[1], PDF_WIDTH - 4, first_prefix="\u2022")
        if kind == "h" and len(pages[-1]) > PDF_PAGE_LINES - 4:
            pages.append([])
        for line in [*lines, ""]:  # "" is paragraph spacing
            if len(pages[-1]) >= PDF_PAGE_LINES:
                pages.append([])
            if line or pages[-1]:
                pages[-1].append(line)
    return pages


def build_pdf() -> bytes:
    pages = pdf_pages()
    total = len(pages)
    finished = []
    for number, body in enumerate(pages, start=1):
        while body and body[-1] == "":
            body.pop()
        assert len(body) <= PDF_PAGE_LINES, (number, len(body))
        header = [PDF_HEADER if number > 1 else "", ""]
        padding = [""] * (PDF_PAGE_LINES - len(body))  # footer sits at the foot of the page
        footer = ["", f"OFFICIAL{' ' * 60}Page {number} of {total}"]
        finished.append(header + body + padding + footer)
    return make_pdf(finished, grid=PDF_GRID)


# ---------------------------------------------------------------------------------------------
# C. HTML: a GOV.UK-style HTML publication (cookie banner, header, breadcrumbs, metadata, a
#    contents list, feedback form and footer) around a joint working protocol with unnumbered
#    h2 sections, bullet lists, a lettered ordered list and a contacts table.
# ---------------------------------------------------------------------------------------------
HTML_NAME = "rsh-housing-ombudsman-jwp.html"
HTML_TITLE = "Joint working protocol between the Regulator of Social Housing and the Housing Ombudsman Service"

HTML_SECTIONS: list[tuple[str, list[tuple[str, object]]]] = [
    (
        "Background",
        [
            (
                "p",
                "The Regulator is the regulator of registered providers of social housing in England. Its "
                "powers are set out in Part 2 of the Housing and Regeneration Act 2008, as amended by the "
                "Social Housing (Regulation) Act 2023. Since 1 April 2024 the Regulator has proactively "
                "regulated the consumer standards, which require landlords to provide safe, good quality "
                "homes and to treat tenants with fairness and respect.",
            ),
            (
                "p",
                "The Ombudsman runs the Housing Ombudsman Scheme under Schedule 2 to the Housing Act 1996. "
                "It investigates complaints from residents about their landlords and can order a landlord "
                "to put things right. Landlords that are members of the Scheme must comply with the "
                "Ombudsman\u2019s Complaint Handling Code.",
            ),
            (
                "p",
                "The two organisations have distinct roles. The Ombudsman resolves individual disputes; the "
                "Regulator acts where there is evidence that a landlord has breached its standards in a "
                "way that has caused, or could cause, serious detriment to tenants. Neither organisation "
                "is an appeal route from the other.",
            ),
        ],
    ),
    (
        "Purpose and status",
        [
            (
                "p",
                "This protocol sets out the practical arrangements for sharing information, referring "
                "cases, coordinating publications and resolving disagreements. It takes effect on 1 April "
                "2025 and replaces the memorandum of understanding signed by the two organisations in "
                "June 2019.",
            ),
            (
                "p",
                "The protocol is not legally binding and does not affect the statutory duties or the "
                "independence of either organisation. Nothing in it requires either organisation to share "
                "information where doing so would be unlawful.",
            ),
        ],
    ),
    (
        "Definitions",
        [
            ("p", "In this protocol:"),
            (
                "ul",
                [
                    "\u201clandlord\u201d means a registered provider of social housing, whether a local "
                    "authority or a private registered provider",
                    "\u201csevere maladministration\u201d has the meaning given in the Ombudsman\u2019s "
                    "published guidance on its determinations",
                    "\u201cworking day\u201d means any day other than a Saturday, a Sunday or a bank holiday "
                    "in England",
                ],
            ),
        ],
    ),
    (
        "Principles",
        [
            ("p", "Our joint working is based on the following principles:"),
            (
                "ul",
                [
                    "tenants come first: we aim to resolve problems for tenants quickly and to stop them "
                    "happening again",
                    "we respect each other\u2019s independence and statutory remit",
                    "we share information openly, lawfully and in good time",
                    "we tell each other early about emerging risks to tenants",
                    "we avoid duplicating each other\u2019s work or asking landlords for the same information "
                    "twice",
                ],
            ),
        ],
    ),
    (
        "Sharing information",
        [
            (
                "p",
                "The Ombudsman commits to sharing with the Regulator information from its casework, "
                "including patterns of complaints, that suggests a landlord may be failing to meet the "
                "consumer standards.",
            ),
            (
                "p",
                "The Regulator will inform the Ombudsman when it publishes a regulatory judgement or a "
                "regulatory notice about a landlord that is the subject of a complaint the Ombudsman is "
                "investigating.",
            ),
            (
                "p",
                "Personal data will be shared under Article 6(1)(e) of the UK GDPR, because sharing is "
                "necessary for the performance of each organisation\u2019s public tasks, and special "
                "category data under Article 9(2)(g) of the UK GDPR and Schedule 1 to the Data Protection "
                "Act 2018. Each organisation is responsible for making sure that its own disclosures are "
                "lawful.",
            ),
            (
                "p",
                "Neither organisation will pass personal data received under this protocol to a landlord, "
                "or to any other third party, without the agreement of the organisation that provided it.",
            ),
            ("p", "Information that may be shared includes:"),
            (
                "ul",
                [
                    "the names of landlords with repeated findings of maladministration",
                    "information about failures in landlords\u2019 complaint handling",
                    "themes from the Regulator\u2019s inspections",
                    "tenant satisfaction measures data",
                ],
            ),
        ],
    ),
    (
        "Referrals and notifications",
        [
            ("p", "Each organisation has agreed to the following:"),
            (
                "ol",
                [
                    "The Ombudsman will notify the Regulator, within 10 working days of its decision, of any "
                    "finding of severe maladministration against a registered provider.",
                    "The Regulator will acknowledge each referral from the Ombudsman and tell it within one "
                    "month whether it intends to take regulatory action.",
                    "Both organisations will keep each other informed of significant changes to their policies, "
                    "procedures or powers that may affect the other.",
                ],
            ),
        ],
    ),
    (
        "Publications and the media",
        [
            (
                "p",
                "Where either organisation intends to publish a report, special investigation or "
                "regulatory notice that names a landlord in which the other has a current interest, it "
                "will send the other a copy three working days before publication.",
            ),
            (
                "p",
                "Press statements about a landlord with which both organisations are dealing will be "
                "shared with the other organisation\u2019s press office 24 hours before they are issued.",
            ),
            (
                "p",
                "Copies provided in advance are embargoed, and the recipient will keep them confidential "
                "until publication.",
            ),
            ("p", "Each organisation decides independently what it publishes and when."),
        ],
    ),
    (
        "Requests for information",
        [
            (
                "p",
                "Both organisations are subject to the Freedom of Information Act 2000 and the Data "
                "Protection Act 2018. If either receives a request for information that came from the "
                "other, it will seek the other\u2019s views before responding.",
            ),
            (
                "p",
                "The organisation that received the request remains responsible for deciding what to "
                "disclose and for meeting the statutory deadline.",
            ),
        ],
    ),
    (
        "Meetings and contacts",
        [
            (
                "p",
                "Each organisation has appointed a relationship manager, who is responsible for the "
                "day-to-day operation of this protocol and is the first point of contact for the other "
                "organisation.",
            ),
            (
                "p",
                "The relationship managers will speak monthly about live cases and emerging risks.",
            ),
            (
                "p",
                "A liaison meeting between the Regulator\u2019s Director of Consumer Regulation and the "
                "Ombudsman\u2019s Director of Casework will be held every quarter.",
            ),
            (
                "p",
                "The Chief Executive of the Regulator and the Housing Ombudsman may meet whenever either "
                "considers it useful.",
            ),
            ("p", "Contact details are in Annex A."),
        ],
    ),
    (
        "Staff learning",
        [
            (
                "p",
                "Each organisation will offer places on its induction programme to the other\u2019s new "
                "caseworkers and regulatory staff.",
            ),
            (
                "p",
                "A joint learning event will be held at least once a year to share lessons from casework "
                "and regulation.",
            ),
        ],
    ),
    (
        "Resolving disagreements",
        [
            (
                "p",
                "We expect most disagreements to be resolved by the staff involved. If they cannot agree, "
                "the matter will be escalated first to the relationship managers, then to the relevant "
                "directors and, as a last resort, to the Chief Executive of the Regulator and the Housing "
                "Ombudsman.",
            ),
        ],
    ),
    (
        "Review",
        [
            (
                "p",
                "The relationship managers will review this protocol every two years, or earlier if either "
                "organisation asks, and any revised version will be published on GOV.UK.",
            ),
        ],
    ),
    (
        "Annex A: contacts",
        [
            ("p", "The contacts below were correct at the date of publication."),
            (
                "table",
                [
                    ("Role", "Regulator of Social Housing", "Housing Ombudsman Service"),
                    (
                        "Relationship manager",
                        "Head of Consumer Regulation Liaison",
                        "Head of Stakeholder Engagement",
                    ),
                    ("Director", "Director of Consumer Regulation", "Director of Casework"),
                    ("Chief executive", "Chief Executive", "Housing Ombudsman"),
                ],
            ),
        ],
    ),
]

HTML_INTRO = (
    "This protocol is agreed between the Regulator of Social Housing (\u201cthe Regulator\u201d) and the "
    "Housing Ombudsman Service (\u201cthe Ombudsman\u201d). It describes how we work together so that "
    "tenants of social housing are protected and landlords are held to account."
)


def slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-").replace("--", "-")


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_html() -> str:
    body: list[str] = [f"<p>{esc(HTML_INTRO)}</p>"]
    contents: list[str] = []
    for heading, blocks in HTML_SECTIONS:
        anchor = slug(heading)
        contents.append(
            f'<li class="gem-c-contents-list__list-item"><a class="govuk-link" '
            f'href="#{anchor}">{esc(heading)}</a></li>'
        )
        body.append(f'<h2 id="{anchor}">{esc(heading)}</h2>')
        for kind, value in blocks:
            if kind == "p":
                body.append(f"<p>{esc(value)}</p>")
            elif kind == "ul":
                body.append("<ul>\n" + "\n".join(f"  <li>{esc(v)}</li>" for v in value) + "\n</ul>")
            elif kind == "ol":
                body.append(
                    '<ol type="a" class="legal-list">\n'
                    + "\n".join(f"  <li><p>{esc(v)}</p></li>" for v in value)
                    + "\n</ol>"
                )
            elif kind == "table":
                head, *rows = value
                html = [
                    '<table class="govuk-table">',
                    "  <thead><tr>"
                    + "".join(f'<th scope="col">{esc(c)}</th>' for c in head)
                    + "</tr></thead>",
                    "  <tbody>",
                ]
                for row in rows:
                    html.append("    <tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
                html += ["  </tbody>", "</table>"]
                body.append("\n".join(html))
    nav = "\n".join(contents)
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>{esc(HTML_TITLE)} - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="description" content="How the Regulator of Social Housing and the Housing Ombudsman share information, refer cases and resolve disagreements.">
  <link rel="stylesheet" href="/assets/static/application.css">
  <script type="application/ld+json">
  {{"@context": "http://schema.org", "@type": "Article", "headline": "{esc(HTML_TITLE)}",
    "datePublished": "2025-03-14T09:30:00+00:00", "dateModified": "2025-03-14T09:30:00+00:00",
    "publisher": {{"@type": "Organization", "name": "GOV.UK"}}}}
  </script>
</head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region" aria-label="Cookies on GOV.UK">
  <div class="govuk-cookie-banner__message govuk-width-container">
    <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
    <p class="govuk-body">We use some essential cookies to make this website work.</p>
    <p class="govuk-body">We\u2019d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
    <p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p>
    <div class="govuk-button-group">
      <button class="gem-c-button govuk-button" type="submit">Accept additional cookies</button>
      <button class="gem-c-button govuk-button" type="submit">Reject additional cookies</button>
      <a class="govuk-link" href="/help/cookies">View cookies</a>
    </div>
  </div>
</div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header">
  <div class="gem-c-layout-super-navigation-header__container govuk-width-container">
    <a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.uk/">GOV.UK</a>
    <nav aria-labelledby="super-navigation-menu-heading">
      <h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
      <ul>
        <li><a href="/browse">Topics</a></li>
        <li><a href="/government/organisations">Government activity</a></li>
        <li><a href="/search">Search GOV.UK</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="govuk-width-container">
  <nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb">
    <ol class="govuk-breadcrumbs__list">
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/housing-local-and-community">Housing, local and community</a></li>
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/housing-local-and-community/social-housing">Social housing</a></li>
    </ol>
  </nav>
  <main role="main" id="main-content" class="govuk-main-wrapper" lang="en">
    <div class="gem-c-inverse-header">
      <span class="govuk-caption-xl">Policy paper</span>
      <h1 class="gem-c-heading__text govuk-heading-xl">{esc(HTML_TITLE)}</h1>
      <div class="gem-c-metadata">
        <dl>
          <dt class="gem-c-metadata__term">From:</dt>
          <dd class="gem-c-metadata__definition"><a href="/government/organisations/regulator-of-social-housing">Regulator of Social Housing</a> and <a href="/government/organisations/housing-ombudsman">Housing Ombudsman Service</a></dd>
          <dt class="gem-c-metadata__term">Published</dt>
          <dd class="gem-c-metadata__definition">14 March 2025</dd>
        </dl>
      </div>
    </div>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-quarter-from-desktop contents-list-container">
        <nav class="gem-c-contents-list" aria-label="Contents" role="navigation">
          <h2 class="gem-c-contents-list__title">Contents</h2>
          <ol class="gem-c-contents-list__list">
{nav}
          </ol>
        </nav>
      </div>
      <div class="govuk-grid-column-three-quarters-from-desktop">
        <div class="govspeak" data-module="govspeak">
{content}
        </div>
        <a class="govuk-link print-link" href="#" onclick="window.print()">Print this page</a>
      </div>
    </div>
  </main>
  <div class="gem-c-feedback govuk-!-display-none-print">
    <h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
    <button class="govuk-button">Yes</button> <button class="govuk-button">No</button>
    <a class="govuk-link" href="/contact/govuk">Report a problem with this page</a>
  </div>
</div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo">
  <div class="govuk-width-container">
    <h2 class="govuk-visually-hidden">Support links</h2>
    <ul class="govuk-footer__inline-list">
      <li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li>
      <li><a href="/help/cookies">Cookies</a></li><li><a href="/help/accessibility-statement">Accessibility statement</a></li>
      <li><a href="/contact">Contact</a></li><li><a href="/help/terms-conditions">Terms and conditions</a></li>
    </ul>
    <p>All content is available under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated</p>
    <p>\u00a9 Crown copyright</p>
  </div>
</footer>
<script src="/assets/static/application.js" type="module"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# D. Markdown: four-party concordat, document-wide numbered paragraphs under unnumbered ##
#    headings, nested bullets and lettered items, a terms-of-reference annex whose numbering
#    restarts, and an escalation table.
# ---------------------------------------------------------------------------------------------
MD_NAME = "nuclear-regulators-concordat.md"
MD_TEXT = """\
# Concordat between the Office for Nuclear Regulation, the Environment Agency, Natural Resources Wales and the Scottish Environment Protection Agency

*Regulating nuclear sites and radioactive waste in Great Britain: version 3.0, in force from 1 June 2025.*

## Introduction

1. This concordat sets out how the Office for Nuclear Regulation (ONR), the Environment Agency (EA), Natural Resources Wales (NRW) and the Scottish Environment Protection Agency (SEPA) work together to regulate nuclear licensed sites and the radioactive waste that they produce. In this concordat EA, NRW and SEPA are referred to together as "the environment agencies", and all four bodies as "the parties".

2. ONR is the independent regulator of nuclear safety, nuclear security and the transport of civil nuclear material in Great Britain, with functions under Part 3 of the Energy Act 2013. The environment agencies regulate disposals of radioactive waste from nuclear sites: EA in England and NRW in Wales under the Environmental Permitting (England and Wales) Regulations 2016, and SEPA in Scotland under the Environmental Authorisations (Scotland) Regulations 2018.

3. Site licensees are themselves required, by their licence conditions and permits, to notify the relevant regulators of incidents and to keep records of radioactive discharges. This concordat does not change those requirements.

4. This concordat replaces the memorandum of understanding agreed between ONR and the environment agencies in 2015. It is not legally binding and does not alter any party's statutory functions or powers. It comes into force on 1 June 2025.

## Shared aims

5. The parties share the following aims:

   - protecting people and the environment from the harmful effects of ionising radiation;
   - regulating in a way that is proportionate, consistent and targeted at the greatest risks;
   - sharing information and intelligence openly, so that each party can act on it quickly;
   - avoiding duplicate requests to licensees and, where practicable, taking joint decisions on matters that affect more than one party.

## Working together on sites

6. ONR undertakes to inform the relevant environment agency before it grants, varies or revokes a nuclear site licence, or consents to the start of decommissioning on a site.

7. Each environment agency will notify ONR within 24 hours of becoming aware of an unplanned release of radioactivity from a nuclear licensed site in its area.

8. Each year the parties will share with each other their intervention plans for the coming year, so that inspections at the same site can be coordinated.

9. Inspectors from more than one party may carry out a joint inspection where this will reduce the burden on a licensee or improve the quality of regulatory decisions.

## Information and intelligence

10. The parties will share information and intelligence that is relevant to each other's functions, including the results of inspections, assessments of licensees' safety cases and investigations.

11. Disclosures by ONR are made under the information provisions of the Energy Act 2013, and disclosures by EA and SEPA under their general powers in the Environment Act 1995 and by NRW under the Natural Resources Body for Wales (Functions) Order 2013. Where personal data are involved, each party shall process them in accordance with the UK GDPR and the Data Protection Act 2018.

12. The following safeguards apply to information received under this concordat:

   (a) each party will hold sensitive nuclear information in confidence and handle it in line with the Nuclear Industries Security Regulations 2003 and the Government Security Classifications;

   (b) no party will release information it has received from ONR about security arrangements at a site without ONR's written agreement;

   (c) personal data received from another party will not be passed to licensees or published.

13. Examples of information that may be shared include:

   - notifications of abnormal discharges or incidents;
   - the results of environmental monitoring around sites;
   - information about the management of radioactive waste stores;
   - intelligence about threats to the security of nuclear material.

## Freedom of information

14. Each party is a public authority for the purposes of the Freedom of Information Act 2000 or, in the case of SEPA, the Freedom of Information (Scotland) Act 2002, and is subject to the Environmental Information Regulations 2004 or the Environmental Information (Scotland) Regulations 2004.

15. A party that receives a request for information provided by another party shall consult the provider before releasing it, and shall take particular care over information whose release could affect national security or the security of nuclear material.

## Public statements

16. The parties will give each other at least two working days' notice of any announcement about enforcement action at a nuclear site, and will agree joint lines where the action involves more than one party.

17. In an emergency at a nuclear site, public communications are coordinated by the strategic coordinating group under the site's off-site emergency plan, and the parties contribute through that group.

## Governance

18. ONR's Chief Nuclear Inspector is the senior sponsor of this concordat, and each environment agency will name a director as its lead for it.

19. The Nuclear Regulators' Liaison Group, made up of the parties' leads, will meet three times a year. Its terms of reference are at Annex 1.

20. Each party will brief its inspectors on this concordat when it comes into force and will include it in the induction of new inspectors.

21. Each party will tell the others within one month of any change to its lead or to the contacts in Annex 2.

## Disagreements

22. A disagreement between the parties should be raised first between the inspectors concerned. If they cannot resolve it, it will be referred to the Liaison Group, then to the relevant directors and, finally, to ONR's Chief Nuclear Inspector and the chief executives of the environment agencies concerned.

## Review

23. The Liaison Group will review this concordat at least every two years, and sooner if the law or the functions of any party change.

24. Any party may withdraw from this concordat by giving three months' notice in writing to the others.

## Signatories

Signed for the Office for Nuclear Regulation by the Chief Nuclear Inspector, 20 May 2025.

Signed for the Environment Agency by the Chief Executive, 21 May 2025.

Signed for Natural Resources Wales by the Chief Executive, 21 May 2025.

Signed for the Scottish Environment Protection Agency by the Chief Executive, 23 May 2025.

## Annex 1: Liaison Group terms of reference

1. **Purpose.** The Group oversees the operation of this concordat, agrees priorities for joint work and considers lessons from incidents and inspections.

2. **Membership.** The parties' leads for this concordat, with other staff invited as the agenda requires.

3. **Chair.** The chair rotates between the parties each year.

4. **Secretariat.** ONR provides the secretariat.

5. **Quorum.** A representative of ONR and representatives of at least two of the environment agencies.

## Annex 2: Escalation contacts

The levels below apply to disagreements under paragraph 22.

| Level | ONR | EA | NRW | SEPA |
|---|---|---|---|---|
| Working level | Site inspector | Nuclear regulation officer | Nuclear regulation officer | Radioactive substances specialist |
| Liaison Group | Head of regulatory liaison | Nuclear regulation manager | Head of industry regulation | Radioactive substances unit manager |
| Directors | Director of Regulation | Director of Regulated Industry | Head of Regulation and Permitting | Chief Officer, Regulatory Services |
| Heads of body | Chief Nuclear Inspector | Chief Executive | Chief Executive | Chief Executive |
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / DOCX_NAME).write_bytes(build_docx())
    (OUT / PDF_NAME).write_bytes(build_pdf())
    (OUT / HTML_NAME).write_text(build_html(), encoding="utf-8")
    (OUT / MD_NAME).write_text(MD_TEXT, encoding="utf-8")
    for name in (DOCX_NAME, PDF_NAME, HTML_NAME, MD_NAME):
        print(name, (OUT / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
