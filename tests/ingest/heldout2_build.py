"""Rebuild held-out set 2 (three agreements) in ``tests/ingest/fixtures``:
``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout2_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). Output is byte-identical on rebuild (fixed zip timestamps and core properties
in the Word file).
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
import zipfile
from pathlib import Path

from tests.ingest.builders import make_pdf

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
    raw = io.BytesIO()
    document.save(raw)
    # python-docx stamps zip entries with the current time: rewrite them with a fixed one.
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src,
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


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

OFCOM_ICO_TEXT = """\
Memorandum of Understanding on Online Safety and Data Protection
Between the Office of Communications (Ofcom) and the Information Commissioner's Office (ICO)

I. INTRODUCTION

1. The Office of Communications (Ofcom) is the regulator for online safety under the Online Safety Act 2023, as well as for broadcasting, telecommunications and postal services. The Information Commissioner's Office (ICO) is the independent regulator for data protection and freedom of information in the United Kingdom. Many of the services that Ofcom regulates process large volumes of personal data, and the design choices that keep users safe online often have consequences for their privacy.

2. This memorandum comes into effect on 2 June 2025. It sets out how the two regulators will work together where their responsibilities meet, and replaces the joint statement on online safety and data protection that they published in 2022.

3. The memorandum is not legally binding. It does not create rights or duties for any third party and does not limit the independence of either regulator or the exercise of its statutory powers.

II. ROLES AND STATUTORY FRAMEWORK

4. Ofcom's functions under the Online Safety Act 2023 include issuing codes of practice, supervising the providers of regulated user-to-user and search services, and taking enforcement action where a provider fails to meet its safety duties. Its general duties are set out in section 3 of the Communications Act 2003. The Online Safety Act 2023 requires Ofcom to consult the Information Commissioner when it prepares codes of practice and guidance that bear on privacy, so that the two regimes fit together from the outset.

5. The ICO enforces the UK GDPR and the Data Protection Act 2018, including the Age Appropriate Design Code, and the Privacy and Electronic Communications Regulations 2003. It may issue information notices, assessment notices, enforcement notices and penalty notices. Its approach to regulatory action is set out in its published regulatory action policy, which gives priority to cases involving children, vulnerable people and high volumes of sensitive data.

6. Areas where the functions of the two regulators overlap may include:
(a) age assurance and age verification technologies;
(b) automated content moderation that relies on the processing of personal data;
(c) the use of children's data in recommender systems;
(d) user reporting and complaints processes.

III. CO-OPERATION

7. The regulators aim to give regulated services clear and consistent messages, and recognise that a provider may be subject to both regimes at the same time.

8. Each regulator shall alert the other where, in the course of its work, it identifies a possible breach of legislation that the other regulator enforces.

9. Where Ofcom intends to open an investigation into a provider that is likely to raise significant data protection questions, it will inform the ICO before the investigation is opened.

10. The ICO will likewise notify Ofcom before it issues a penalty notice to the provider of a regulated user-to-user or search service.

IV. INFORMATION SHARING

11. The regulators will share information with each other, including personal data where this is necessary, relying on section 393 of the Communications Act 2003 and section 105 of the Online Safety Act 2023 for Ofcom, and on section 132 of the Data Protection Act 2018 for the ICO. All sharing will comply with the data protection principles.

12. The regulators will not disclose to each other:
(a) information obtained under a statutory notice where the legislation concerned forbids its onward disclosure;
(b) the identity of a whistleblower or complainant, unless that person has consented;
(c) material that is subject to legal professional privilege.

13. Information received from the other regulator will be treated in confidence, protected with security measures appropriate to its classification and kept no longer than necessary.

14. Where either regulator receives a request under the Freedom of Information Act 2000 for information that originated with the other, it shall consult the other regulator before making any disclosure.

V. PUBLICATIONS AND THE MEDIA

15. Each regulator will give the other at least 48 hours' notice before publishing guidance, research or an enforcement outcome that concerns the remit of the other.

16. Where the ICO takes enforcement action against a provider that Ofcom regulates for online safety, the ICO will give Ofcom five working days' notice before announcing that action.

VI. LIAISON AND TRAINING

17. Each regulator will nominate a relationship manager who is responsible for the day-to-day management of this memorandum and acts as the first point of contact for the other.

18. The relationship managers will meet every two months to review shared work and emerging issues.

19. The Chief Executive of Ofcom and the Information Commissioner will meet at least twice a year.

20. The regulators commit to running a joint training session for their online safety and data protection staff once a year.

21. Secondments and staff exchanges between the regulators may be arranged where both consider them useful. Joint research, for example on the effectiveness of age assurance or on how users understand privacy settings, may also be commissioned where it serves the objectives of both regulators.

VII. DISAGREEMENTS AND REVIEW

22. Any disagreement between the regulators about the operation of this memorandum will be escalated first to the relationship managers, then to the responsible Executive Directors, and finally to the Chief Executive of Ofcom and the Information Commissioner.

23. This memorandum will be reviewed at least every two years, or earlier at the request of either regulator.

24. Signed for the Office of Communications by its Chief Executive and for the Information Commissioner's Office by the Information Commissioner on 29 May 2025.
"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "fca-tpr-isa.docx").write_bytes(build_docx())
    (OUT / "plymouth-fire-safety-jwp.pdf").write_bytes(build_pdf())
    (OUT / "ofcom-ico-mou.txt").write_text(OFCOM_ICO_TEXT, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
