"""Rebuild the Word and PDF files of held-out set 4 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout4_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the markdown file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes

OUT = Path(__file__).resolve().parent / "fixtures"
FIXED = (2026, 3, 2, 9, 0, 0)

# ---------------------------------------------------------------- 1. docx: Ofqual / OfS MoU

DOCX_TITLE = (
    "Memorandum of Understanding between the Office of Qualifications and Examinations "
    "Regulation (Ofqual) and the Office for Students (OfS)"
)

# (style, text); typed numbers as many departmental Word documents have them.
DOCX_BODY: list[tuple[str, str]] = [
    ("Heading 1", "1. Introduction"),
    ("Normal", "1.1 This memorandum of understanding (MoU) sets out the framework for co-operation "
     "between the Office of Qualifications and Examinations Regulation (Ofqual) and the Office for "
     "Students (OfS) where their regulatory interests meet, so that students and learners can have "
     "confidence in the qualifications they take and the providers that teach them. It "
     "covers both strategic and operational co-operation, and is supported by working-level "
     "guidance that each body may update from time to time."),
    ("Normal", "1.2 The MoU is a statement of intent. It is not legally binding and does not "
     "override or alter the statutory functions, powers or independence of either body."),
    ("Normal", "1.3 This MoU takes effect on 1 April 2026 and replaces the memorandum between the "
     "two bodies signed in 2019."),
    ("Heading 1", "2. Roles and statutory context"),
    ("Normal", "2.1 Ofqual is a non-ministerial government department established under the "
     "Apprenticeships, Skills, Children and Learning Act 2009. It regulates qualifications, "
     "examinations and assessments in England, and recognises the awarding organisations that "
     "offer them."),
    ("Normal", "2.2 The OfS is the independent regulator of higher education in England, "
     "established by the Higher Education and Research Act 2017. It registers higher education "
     "providers and monitors their compliance with the conditions of registration, including "
     "conditions on quality and standards."),
    ("Normal", "2.3 Areas of shared interest may include:"),
    ("List Bullet", "higher technical qualifications that are both regulated by Ofqual and "
     "delivered by registered higher education providers;"),
    ("List Bullet", "end-point assessment for degree apprenticeships;"),
    ("List Bullet", "the use of regulated qualifications as evidence of attainment in admissions "
     "to higher education."),
    ("Normal", "2.4 Both bodies also work with other organisations with an interest in these areas, "
     "including the Quality Assurance Agency for Higher Education and Skills England. Their "
     "roles are not covered by this MoU."),
    ("Heading 1", "3. Principles of co-operation"),
    ("Normal", "3.1 The working relationship between Ofqual and the OfS is founded on the following "
     "principles:"),
    ("Normal", "(a) respect for the independence of each body and for the decisions it takes "
     "within its own remit;"),
    ("Normal", "(b) openness about when co-operation is, and is not, considered appropriate;"),
    ("Normal", "(c) the proportionate use of public resources and the avoidance of unnecessary "
     "burden on awarding organisations and providers."),
    ("Normal", "3.2 Nothing in this MoU requires either body to disclose information that it is "
     "prohibited by law from disclosing, or that it considers would prejudice an investigation "
     "that is still under way."),
    ("Heading 1", "4. Exchange of information"),
    ("Normal", "4.1 Ofqual and the OfS will share information that is relevant to the other's "
     "regulatory functions where it is lawful and proportionate to do so, using the powers "
     "conferred by the Apprenticeships, Skills, Children and Learning Act 2009 and the Higher "
     "Education and Research Act 2017, and in accordance with the UK GDPR and the Data "
     "Protection Act 2018."),
    ("Normal", "4.2 The OfS shall notify Ofqual promptly where it becomes aware of a concern that a "
     "registered provider is delivering or assessing a regulated qualification in a way that may "
     "put learners at risk."),
    ("Normal", "4.3 Ofqual shall inform the OfS of any regulatory action it takes against an "
     "awarding organisation that is also a registered higher education provider."),
    ("Normal", "4.4 Information that identifies an individual student or learner must not be shared "
     "under this MoU unless it is necessary for the exercise of a statutory function and a lawful "
     "basis for the disclosure has been recorded."),
    ("Normal", "4.5 Each body is responsible for keeping information received from the other secure "
     "and confidential, and for ensuring that it is seen only by staff who need it for their work."),
    ("Normal", "4.6 Both bodies are public authorities for the purposes of the Freedom of "
     "Information Act 2000. Where either body receives a request for information that the other "
     "has supplied, it will consult the supplying body within five working days of receiving the "
     "request and before deciding whether to disclose the information."),
    ("Heading 1", "5. Publications and communications"),
    ("Normal", "5.1 Each body undertakes to give the other at least three working days' notice "
     "before publishing a report, consultation or statement that refers to the other's "
     "regulatory activity."),
    ("Normal", "5.2 Where a press release concerns a provider or awarding organisation regulated by "
     "both bodies, the body issuing it will send the final text to the other no later than 24 "
     "hours before release."),
    ("Normal", "5.3 Neither body will comment publicly on a regulatory decision of the other, or on "
     "a case that the other is still considering."),
    ("Heading 1", "6. Working arrangements"),
    ("Normal", "6.1 Ofqual's Director of Strategic Relationships and the OfS's Director of "
     "Regulation will act as the lead contacts for this MoU and are responsible for its "
     "day-to-day operation."),
    ("Normal", "6.2 Senior officials of both bodies will meet at least twice a year to discuss "
     "emerging risks and progress on shared work."),
    ("Normal", "6.3 Working-level contacts shall hold a call every month, with additional calls "
     "during the summer results period where needed."),
    ("Normal", "6.4 The two bodies commit to running a joint briefing once a year for staff in "
     "their regulatory teams on each other's approach to regulation."),
    ("Normal", "6.5 Secondments and shared projects may be arranged between the bodies by "
     "agreement."),
    ("Heading 1", "7. Resolving disagreements"),
    ("Normal", "7.1 Any disagreement about the operation of this MoU will normally be resolved at "
     "working level. If it cannot be resolved there it will be referred to the lead contacts "
     "named in paragraph 6.1 and, failing agreement, to the Chief Regulator of Ofqual and the "
     "Chief Executive of the OfS."),
    ("Heading 1", "8. Review"),
    ("Normal", "8.1 This MoU will be reviewed every three years, or sooner at the request of "
     "either body."),
    ("Normal", "8.2 Amendments take effect when they have been agreed in writing by both bodies."),
    ("Heading 1", "Signatures"),
    ("Normal", "Signed for the Office of Qualifications and Examinations Regulation: Chief "
     "Regulator, 20 March 2026"),
    ("Normal", "Signed for the Office for Students: Chief Executive, 24 March 2026"),
]  # fmt: skip


def build_docx() -> bytes:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author = "Ofqual"
    props.last_modified_by = "Ofqual"
    props.created = dt.datetime(2026, 3, 2, 9, 0, 0)
    props.modified = dt.datetime(2026, 3, 2, 9, 0, 0)
    props.revision = 1
    document.add_paragraph(DOCX_TITLE, style="Title")
    for style, text in DOCX_BODY:
        document.add_paragraph(text, style=style)
    return docx_bytes(document, FIXED)


# ---------------------------------------------------------------- 2. pdf: Gambling Commission / ASA ISA

PDF_HEADER = "OFFICIAL"
PDF_FOOTER = (
    "Gambling Commission and ASA information sharing agreement v1.2          Page {n} of {total}"
)

# Each entry is one paragraph (wrapped below); "" starts nothing, headings are short entries.
PDF_PARAS: list[str] = [
    "Information Sharing Agreement",
    "between the Gambling Commission and the Advertising Standards Authority",
    "Version 1.2, September 2025",
    "1. Purpose and scope",
    "1.1 This agreement sets out the arrangements under which the Gambling Commission (the "
    "Commission) and the Advertising Standards Authority (the ASA) exchange information about the "
    "advertising and marketing of gambling, so that each can act quickly on advertisements that "
    "breach the rules and on the operators responsible for them.",
    "1.2 The Commission regulates commercial gambling in Great Britain under the Gambling Act "
    "2005. Its Licence Conditions and Codes of Practice require licensed operators to comply with "
    "the UK Advertising Codes. The ASA is the independent regulator of advertising across all "
    "media and administers those Codes, which are written by the Committees of Advertising "
    "Practice.",
    "1.3 This agreement comes into effect on 1 October 2025. It records how the parties intend to "
    "work together and does not create legally enforceable obligations.",
    "1.4 The agreement covers advertising in all media, including social media and affiliate "
    "marketing, and sponsorship where it is used to promote gambling products. It does not cover "
    "the Commission's licensing decisions except where those decisions have been published.",
    "2. Definitions",
    "2.1 In this agreement:",
    "(a) \"licensee\" means the holder of an operating licence issued by the Commission;",
    "(b) \"relevant information\" means information about an advertisement, an advertiser or a "
    "complaint that is needed by the receiving party for its regulatory functions;",
    "(c) \"working day\" means a day other than a Saturday, a Sunday or a bank holiday in England "
    "and Wales.",
    "3. Legal basis",
    "3.1 The Commission may disclose information to the ASA using its powers under the Gambling "
    "Act 2005 where disclosure assists the ASA in the exercise of its functions. Personal data is "
    "shared by the Commission for the performance of a task carried out in the public interest "
    "under Article 6(1)(e) of the UK GDPR, and by the ASA on the basis of its legitimate interests "
    "under Article 6(1)(f).",
    "3.2 Information about criminal offences is shared only where a condition in Schedule 1 to the "
    "Data Protection Act 2018 is met. Each party has completed a data protection impact "
    "assessment for the sharing described in this agreement.",
    "4. Information to be shared",
    "4.1 The ASA will provide the Commission each quarter with a summary of its rulings and "
    "informally resolved cases about gambling advertisements, naming the advertiser in each case.",
    "4.2 The Commission shall pass to the ASA any complaint it receives about the content of a "
    "gambling advertisement, together with the complainant's contact details where the "
    "complainant has agreed to this.",
    "4.3 Where a licensee fails to comply with an ASA ruling, the ASA will notify the Commission "
    "within ten working days of the compliance deadline passing, so that the Commission can "
    "consider whether the licensee has breached its licence conditions.",
    "4.4 The Commission will tell the ASA when it opens an investigation into a licensee's "
    "marketing practices and when that investigation is concluded.",
    "4.5 Relevant information may include, for example:",
    "\u2022 copies or screenshots of the advertisement;",
    "\u2022 the media in which it appeared and the dates it ran;",
    "\u2022 the outcome of any earlier ASA investigation involving the same advertiser.",
    "4.6 Neither party will share with the other the personal details of a person who has "
    "excluded themselves from gambling, including through a multi-operator self-exclusion scheme, "
    "unless that person has given explicit consent.",
    "5. Handling and security",
    "5.1 Each party shall treat information received from the other as confidential, store it "
    "securely and restrict access to the staff who need it for their work.",
    "5.2 The receiving party will not pass information on to a third party without the written "
    "agreement of the party that supplied it, except where the law requires disclosure.",
    "5.3 Any loss or unauthorised disclosure of shared information must be reported to the "
    "supplying party within 24 hours of its discovery.",
    "6. Freedom of information",
    "6.1 The Commission is a public authority under the Freedom of Information Act 2000. The ASA "
    "is not a public authority under that Act, but it has agreed to the arrangement below so "
    "that information it supplies is handled with appropriate care.",
    "6.2 The Commission will consult the ASA before disclosing, in response to a request under "
    "the Act, any information that the ASA has supplied, and will allow the ASA at least five "
    "working days to give its views.",
    "7. Publication",
    "7.1 Each party agrees to give the other at least two working days' notice before publishing "
    "a ruling, statement or enforcement notice that names the other party or draws on "
    "information it has supplied.",
    "8. Governance",
    "8.1 The Commission's Head of Marketing Compliance and the ASA's Head of Investigations are "
    "responsible for managing this agreement on behalf of their organisations.",
    "8.2 The two leads will meet every four months to review the information exchanged and any "
    "issues arising from it.",
    "8.3 Staff of each party who handle shared information will complete data protection "
    "training annually.",
    "8.4 A dispute about the operation of this agreement shall be escalated in the following "
    "order:",
    "(a) between the two leads named in paragraph 8.1;",
    "(b) to the Commission's Executive Director of Enforcement and the ASA's Director of "
    "Complaints and Investigations;",
    "(c) to the Chief Executives of the two parties.",
    "8.5 This agreement will be reviewed annually by the leads, and at any other time at the "
    "request of either party.",
    "9. Signatures",
    "For the Gambling Commission: Chief Executive, 22 September 2025",
    "For the Advertising Standards Authority: Chief Executive, 24 September 2025",
]  # fmt: skip

LINES_PER_PAGE = 41


def build_pdf() -> bytes:
    lines: list[str] = []
    for para in PDF_PARAS:
        lines += textwrap.wrap(para, width=92) or [""]
    chunks = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    pages = [
        [PDF_HEADER, *chunk, PDF_FOOTER.format(n=n, total=len(chunks))]
        for n, chunk in enumerate(chunks, start=1)
    ]
    return make_pdf(pages)


# ---------------------------------------------------------------- 3. html: HMI Prisons / IMB / PPO JWP

# ---------------------------------------------------------------- 4. md: OPG / Leeds City Council liaison


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "ofqual-ofs-mou.docx").write_bytes(build_docx())
    (OUT / "gambling-commission-asa-isa.pdf").write_bytes(build_pdf())


if __name__ == "__main__":
    main()
