"""Rebuild the Word and PDF files of held-out set 2 in ``tests/ingest/fixtures``:
``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout2_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The text file of the set is kept as written, in ``tests/ingest/fixtures``.
Output is byte-identical on rebuild (fixed zip timestamps and core properties
in the Word file).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes

OUT = Path(__file__).resolve().parent / "fixtures"

# ---------------------------------------------------------------------------------------------
# 1. Word: information sharing agreement, FCA and TPR (typed numbers in Heading 1 and paragraphs)
# ---------------------------------------------------------------------------------------------

FCA_TPR_TITLE = (
    "Information Sharing Agreement between the Financial Conduct Authority (FCA) and "
    "The Pensions Regulator (TPR)"
)

FCA_TPR_BODY: list[tuple[str, str]] = [
    (
        "Normal",
        "Version 2.0, approved by the executive committees of both regulators in September 2025.",
    ),
    ("Heading 1", "1. Introduction"),
    (
        "Normal",
        "1.1 The Financial Conduct Authority (FCA) and The Pensions Regulator (TPR) both oversee "
        "parts of the market for workplace and personal pensions. The FCA regulates the firms that "
        "provide, administer and advise on pension products, while TPR regulates occupational "
        "pension schemes, their trustees and the employers who sponsor them. Savers do not see the "
        "boundary between the two regimes, and harm often crosses it.",
    ),
    (
        "Normal",
        "1.2 This agreement sets out the practical arrangements under which the two regulators "
        "exchange information, keep each other informed and coordinate their public statements. It "
        "supports, and should be read alongside, the joint strategy the regulators published on "
        "regulating the pensions and retirement income sector.",
    ),
    (
        "Normal",
        "1.3 This agreement takes effect on 1 October 2025 and replaces the information sharing "
        "agreement between the regulators dated 2019. It is a statement of intent and does not "
        "create legally binding obligations or override either regulator's statutory duties.",
    ),
    ("Heading 1", "2. Statutory context"),
    (
        "Normal",
        "2.1 The FCA's functions derive from the Financial Services and Markets Act 2000 (FSMA). "
        "Section 348 of FSMA restricts the disclosure of confidential information the FCA receives "
        "in the course of its functions, and the Financial Services and Markets Act 2000 "
        "(Disclosure of Confidential Information) Regulations 2001 provide gateways that permit "
        "disclosure to TPR for the purpose of its functions.",
    ),
    (
        "Normal",
        "2.2 TPR's objectives are set out in section 5 of the Pensions Act 2004. Section 82 of that "
        "Act restricts the disclosure of restricted information held by TPR, and section 87 permits "
        "disclosure to the FCA to assist it in the discharge of its functions.",
    ),
    (
        "Normal",
        "2.3 Nothing in this agreement requires either regulator to disclose information where "
        "disclosure would be unlawful or would prejudice an investigation or prosecution.",
    ),
    ("Heading 1", "3. Definitions"),
    ("Normal", "3.1 In this agreement:"),
    (
        "List Bullet",
        "\u201cconfidential information\u201d means information received by either regulator that "
        "is subject to a statutory restriction on disclosure;",
    ),
    (
        "List Bullet",
        "\u201crelevant scheme\u201d means an occupational pension scheme, including a master trust, "
        "or a personal pension scheme that is offered to employees through their employer;",
    ),
    (
        "List Bullet",
        "\u201cworking day\u201d means a day other than a Saturday, a Sunday or a public holiday in "
        "England.",
    ),
    ("Heading 1", "4. Sharing information"),
    (
        "Normal",
        "4.1 Each regulator will share with the other, on request or on its own initiative, "
        "information that is relevant to the other's functions, in accordance with the UK GDPR, the "
        "Data Protection Act 2018 and the statutory gateways described in section 2.",
    ),
    ("Normal", "4.2 Information shared under this agreement may include:"),
    ("List Bullet", "concerns about the governance or financial position of a master trust;"),
    ("List Bullet", "intelligence about pension scams and the introducers who promote them;"),
    (
        "List Bullet",
        "the outcomes of supervisory reviews of firms that administer relevant schemes;",
    ),
    ("List Bullet", "data on transfers and consolidation activity across the market."),
    (
        "Normal",
        "4.3 The FCA will notify TPR promptly when it decides to take enforcement action against an "
        "authorised firm that administers, provides or advises on a relevant scheme.",
    ),
    (
        "Normal",
        "4.4 TPR undertakes to refer to the FCA any trustee, administrator or adviser it suspects of "
        "carrying on a regulated activity without the permission that FSMA requires.",
    ),
    (
        "Normal",
        "4.5 Requests for information are normally made by email to the contacts listed in Annex A, "
        "stating the purpose of the request and the statutory gateway relied on.",
    ),
    (
        "Normal",
        "4.6 Neither regulator shall pass information received under this agreement to any third "
        "party without the prior written consent of the regulator that supplied it, unless the law "
        "requires the disclosure.",
    ),
    (
        "Normal",
        "4.7 Each regulator is responsible for treating information received from the other as "
        "confidential, holding it securely and restricting access to the staff who need it for "
        "their work.",
    ),
    ("Heading 1", "5. Freedom of information and publication"),
    (
        "Normal",
        "5.1 Both regulators are public authorities for the purposes of the Freedom of Information "
        "Act 2000 and handle requests under that Act independently.",
    ),
    (
        "Normal",
        "5.2 Where either regulator receives a request under the Freedom of Information Act 2000 for "
        "information supplied by the other, it will consult the other regulator before deciding "
        "whether to disclose that information.",
    ),
    (
        "Normal",
        "5.3 The FCA and TPR shall give each other two working days' notice before publishing any "
        "report, final notice or statement that names the other regulator or comments on its "
        "regulatory activity.",
    ),
    (
        "Normal",
        "5.4 The press offices of the two regulators may contact each other at any time about "
        "media enquiries that touch on both regimes.",
    ),
    ("Heading 1", "6. Governance, meetings and training"),
    (
        "Normal",
        "6.1 The Director of Retirement Income Policy at the FCA and the Executive Director of "
        "Regulatory Policy at TPR are responsible for the operation of this agreement and for "
        "keeping the contacts in Annex A up to date.",
    ),
    (
        "Normal",
        "6.2 Senior representatives of the supervision teams of both regulators will meet quarterly "
        "to discuss emerging risks, shared cases and the operation of this agreement.",
    ),
    (
        "Normal",
        "6.3 A meeting between the chief executives of the FCA and TPR shall be held at least once "
        "a year to agree joint priorities.",
    ),
    (
        "Normal",
        "6.4 Each regulator will offer a briefing session each year to the other's supervision "
        "staff on its powers, its priorities and the information it can lawfully share.",
    ),
    (
        "Normal",
        "6.5 The regulators value the informal contact between their staff that takes place "
        "outside these arrangements and expect it to continue.",
    ),
    ("Heading 1", "7. Resolving disagreements"),
    (
        "Normal",
        "7.1 Any disagreement about the operation of this agreement will be raised first between "
        "the contacts in Annex A. If it is not resolved within ten working days, it will be escalated "
        "to the directors named in paragraph 6.1 and, if still unresolved, to the chief executives "
        "of both regulators.",
    ),
    ("Heading 1", "8. Review"),
    (
        "Normal",
        "8.1 This agreement will be reviewed every year by the directors named in paragraph 6.1, or "
        "sooner if either regulator requests it.",
    ),
    (
        "Normal",
        "8.2 Changes to this agreement take effect once both regulators have signed a revised "
        "version.",
    ),
    ("Heading 1", "Annex A \u2013 Contacts"),
    ("Normal", "The contacts below are correct at the date of signature."),
]

FCA_TPR_CONTACTS = [
    ("Role", "FCA", "TPR"),
    ("Working level", "Manager, Pensions Supervision", "Head of Market Oversight"),
    ("Director", "Director of Retirement Income Policy", "Executive Director of Regulatory Policy"),
    ("Chief executive", "Chief Executive, FCA", "Chief Executive, TPR"),
]

FIXED_TIME = (2025, 9, 30, 12, 0, 0)


def build_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(FCA_TPR_TITLE, style="Title")
    for style, text in FCA_TPR_BODY:
        document.add_paragraph(text, style=style)
    table = document.add_table(rows=len(FCA_TPR_CONTACTS), cols=3)
    for r, row in enumerate(FCA_TPR_CONTACTS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    props = document.core_properties
    props.author = "Jointwork held-out set 2"
    props.last_modified_by = "Jointwork held-out set 2"
    props.created = dt.datetime(2025, 9, 30, 12, 0, 0)
    props.modified = dt.datetime(2025, 9, 30, 12, 0, 0)
    props.revision = 1
    return docx_bytes(document, FIXED_TIME, mode=None)


# ---------------------------------------------------------------------------------------------
# 2. PDF: joint working protocol, police, fire and rescue service and a council (three parties)
# ---------------------------------------------------------------------------------------------

PDF_HEADER = "Plymouth Fire Safety Protocol                                   OFFICIAL"

# Each block: a heading line ("1. Purpose") or a paragraph that is wrapped to the page width.
PDF_BLOCKS: list[str] = [
    "#Joint Working Protocol on Fire Safety for Vulnerable Residents",
    "#Between Devon and Cornwall Police, Devon and Somerset Fire and Rescue Service and "
    "Plymouth City Council",
    "#1. Purpose and scope",
    "1.1 This protocol sets out how Devon and Cornwall Police (the Police), Devon and Somerset "
    "Fire and Rescue Service (the Fire Service) and Plymouth City Council (the Council) work "
    "together to reduce the risk of fire for residents of Plymouth who, because of age, "
    "disability, illness or their living conditions, are less able to protect themselves. "
    "Reviews of fatal fires in the South West have repeatedly found that the person who died "
    "was already known to at least one public body.",
    "1.2 The protocol comes into force on 1 April 2025 and replaces the hoarding and fire risk "
    "guidance that the Council and the Fire Service agreed in 2019.",
    "1.3 The protocol draws on the duty of fire and rescue authorities to promote fire safety "
    "under section 6 of the Fire and Rescue Services Act 2004, the Council's duty to make "
    "safeguarding enquiries under section 42 of the Care Act 2014, and the powers to share "
    "information for the prevention of crime and disorder in section 115 of the Crime and "
    "Disorder Act 1998. It does not alter any of those duties.",
    "1.4 The parties recognise that most fire deaths in the home happen to people who live "
    "alone, and that many of them had contact with police officers, care workers or housing "
    "staff in the months before the fire. Each of those contacts is a chance to reduce the risk.",
    "#2. Definitions and principles",
    "2.1 In this protocol a vulnerable resident is an adult living in Plymouth whose home shows "
    "signs of a high fire risk and who is unlikely to be able to reduce that risk or escape "
    "safely without support. A home fire safety visit is a visit by the Fire Service to assess "
    "the risk and to fit or check smoke alarms and other equipment.",
    "2.2 The joint working of the parties rests on the following principles:",
    "(a) the safety and wishes of the resident come first;",
    "(b) a referral is made on the basis of risk, not of the service that happens to notice it;",
    "(c) information is shared only where it is necessary and proportionate.",
    "#3. Referrals and information sharing",
    "3.1 The Council will refer to the Fire Service for a home fire safety visit any adult "
    "receiving care and support whom its social care staff or commissioned providers identify "
    "as being at high risk of fire.",
    "3.2 Police officers who attend an address and find signs of fire risk, such as hoarding, "
    "evidence of smoking in bed or smoke alarms that have been disabled, shall refer the "
    "occupier to the Fire Service within 48 hours of the visit.",
    "3.3 The Fire Service will inform the Council's adult safeguarding team whenever its staff "
    "have reason to believe that a resident they visit is at risk of abuse or neglect.",
    "3.4 The parties will share personal data about residents referred under this protocol "
    "with one another in accordance with the UK GDPR and the Data Protection Act 2018, relying "
    "on the public task basis in Article 6(1)(e) and, for health data, on the substantial "
    "public interest conditions in Schedule 1 to the Act.",
    "3.5 No party will share information about a resident's criminal record with another party "
    "unless that information bears directly on the safety of the staff who will visit the home.",
    "3.6 Information received under this protocol must be kept confidential, stored on secure "
    "systems and made available only to staff who need it to carry out their role.",
    "3.7 The Council shall notify the Police and the Fire Service within one working day when a "
    "resident discussed by the Fire Risk Panel moves to a new address.",
    "#4. Lead roles, meetings and training",
    "4.1 The Council's Head of Adult Safeguarding is the lead officer for this protocol and is "
    "responsible for keeping a record of the referrals made under it.",
    "4.2 The Fire Risk Panel, chaired by the Council, will meet monthly to consider residents at "
    "very high risk and to agree which party leads the response in each case.",
    "4.3 Cases brought to the Panel may include:",
    "(a) residents who have refused a home fire safety visit more than once;",
    "(b) homes where hoarding blocks the escape routes;",
    "(c) residents who use oxygen therapy and continue to smoke.",
    "4.4 The Fire Service will deliver fire risk awareness training to Council care staff and to "
    "police neighbourhood teams twice a year.",
    "#5. Communications and freedom of information",
    "5.1 Where a fatal or serious fire involves a resident known to any party, the parties agree "
    "to give each other at least 24 hours' notice before issuing a press release about the "
    "incident.",
    "5.2 Requests made under the Freedom of Information Act 2000 for information that another "
    "party provided will be passed to that party for its views before a response is sent.",
    "#6. Resolving disagreements",
    "6.1 Where the parties disagree about a referral or about the operation of this protocol, "
    "the matter will be escalated as follows:",
    "(a) first, between the officers who made and received the referral;",
    "(b) then, to the Head of Adult Safeguarding, the Fire Service Group Manager for Prevention "
    "and the Police Superintendent for Neighbourhood Policing;",
    "(c) finally, to the Chief Constable, the Chief Fire Officer and the Chief Executive of the "
    "Council.",
    "#7. Review and signature",
    "7.1 This protocol will be reviewed by the Fire Risk Panel every 12 months, or at any time "
    "at the request of any party.",
    "7.2 Signed on behalf of all three parties on 20 March 2025.",
]

PDF_PAGE_LINES = 45  # body lines per page before the footer


def _wrap(block: str) -> list[str]:
    if block.startswith("#"):
        return textwrap.wrap(block[1:], width=88)
    return textwrap.wrap(block, width=92)


def build_pdf() -> bytes:
    lines: list[str] = []
    for block in PDF_BLOCKS:
        lines.extend(_wrap(block))
    for line in lines:  # a wrapped continuation line must not start like a clause number
        assert not line[0].isdigit() or line[:2] in {"1.", "2.", "3.", "4.", "5.", "6.", "7."}
    chunks = [lines[i : i + PDF_PAGE_LINES] for i in range(0, len(lines), PDF_PAGE_LINES)]
    total = len(chunks)
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        footer = (
            f"Version 1.0  March 2025                                      Page {number} of {total}"
        )
        pages.append([PDF_HEADER, "", *chunk, "", footer])
    return make_pdf(pages)


# ---------------------------------------------------------------------------------------------
# 3. Plain text: MoU between Ofcom and the ICO (roman sections, paragraphs numbered throughout)
# ---------------------------------------------------------------------------------------------


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "fca-tpr-isa.docx").write_bytes(build_docx())
    (OUT / "plymouth-fire-safety-jwp.pdf").write_bytes(build_pdf())


if __name__ == "__main__":
    main()
