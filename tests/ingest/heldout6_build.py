"""Rebuild the Word and PDF files of held-out set 6 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout6_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the markdown file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes, text_table

OUT = Path(__file__).resolve().parent / "fixtures"

# ---------------------------------------------------------------------------------------------
# 1. Word: information sharing agreement, Pensions Ombudsman and Money and Pensions Service
# ---------------------------------------------------------------------------------------------

TPO_MAPS_TITLE = (
    "Information Sharing Agreement between the Pensions Ombudsman and the Money and Pensions "
    "Service"
)

# (style, text): "H" a numbered heading, "P" a numbered paragraph, "I" an indented sub-item,
# "N" a plain paragraph, "T" the contacts table.
TPO_MAPS_BODY: list[tuple[str, str]] = [
    ("H", "1. Introduction"),
    (
        "P",
        "1.1 This information sharing agreement (the agreement) is made between the Pensions "
        "Ombudsman (TPO) and the Money and Pensions Service (MaPS). It sets out what information the "
        "two organisations exchange about members of pension schemes and about the schemes "
        "themselves, why they exchange it, and how it is to be handled.",
    ),
    (
        "P",
        "1.2 TPO is an independent statutory body established under the Pension Schemes Act "
        "1993. It investigates and determines complaints and disputes about occupational and "
        "personal pension schemes, and it also acts as the Pension Protection Fund Ombudsman. Its "
        "determinations are final and binding, subject to an appeal on a point of law.",
    ),
    (
        "P",
        "1.3 MaPS is an arm's-length body sponsored by the Department for Work and Pensions and "
        "established under the Financial Guidance and Claims Act 2018. It provides free and "
        "impartial money and pensions guidance to the public, including through its pensions "
        "helpline and the Pension Wise service.",
    ),
    (
        "P",
        "1.4 This agreement takes effect on 1 April 2025 and replaces the exchange of letters "
        "between the two organisations dated 9 May 2019. It is not legally binding and nothing in it "
        "affects the statutory functions or the independence of either organisation.",
    ),
    ("H", "2. Purpose of the information sharing"),
    (
        "P",
        "2.1 Members of pension schemes often contact one organisation when the help they need "
        "is better given by the other. Sharing information allows each organisation to direct "
        "people to the right service quickly, to avoid asking them to repeat their story, and to "
        "identify recurring problems in the way schemes are administered.",
    ),
    ("P", "2.2 Information shared under this agreement may include:"),
    (
        "I",
        "(a) anonymised summaries of the enquiries MaPS receives about the administration of "
        "particular schemes;",
    ),
    ("I", "(b) themes arising from TPO's determinations and from its early resolution work;"),
    (
        "I",
        "(c) with the individual's consent, the name, contact details and a short account of "
        "the complaint of a person whom one organisation passes to the other.",
    ),
    ("H", "3. Referrals between the organisations"),
    (
        "P",
        "3.1 Where a caller to the MaPS pensions helpline wishes to complain about a pension "
        "scheme and has been unable to resolve the matter with the scheme, MaPS will, with the "
        "caller's consent, refer the caller to TPO through the secure referral route agreed between "
        "the parties.",
    ),
    (
        "P",
        "3.2 TPO shall let MaPS know within five working days of receiving a referral whether "
        "the complaint has been accepted for consideration or whether the caller has been directed "
        "elsewhere.",
    ),
    (
        "P",
        "3.3 Where an enquiry received by TPO concerns a need for guidance rather than a "
        "complaint, TPO will signpost the enquirer to MaPS and, where the enquirer agrees, pass their "
        "contact details to MaPS so that a guidance specialist can call them back.",
    ),
    (
        "P",
        "3.4 Neither party will make a referral without the consent of the individual "
        "concerned, except where it reasonably believes that there is a risk of serious harm to "
        "that individual or to others.",
    ),
    ("H", "4. Legal basis and data protection"),
    (
        "P",
        "4.1 Each party is a separate controller for the personal data it holds and for the "
        "personal data it receives under this agreement. Neither party processes personal data on "
        "behalf of the other.",
    ),
    (
        "P",
        "4.2 TPO shares personal data under this agreement in the performance of a task carried "
        "out in the public interest under Article 6(1)(e) of the UK GDPR. MaPS relies on the same "
        "lawful basis in connection with its functions under section 3 of the Financial Guidance "
        "and Claims Act 2018. Both parties comply with the Data Protection Act 2018.",
    ),
    (
        "P",
        "4.3 Personal data shared under this agreement is limited to what is necessary for the "
        "purpose for which it is shared and is sent by secure email or through the agreed secure "
        "referral route, never by ordinary post.",
    ),
    (
        "P",
        "4.4 Each party will treat information received from the other as confidential and "
        "will hold it securely in line with its own information security policies.",
    ),
    (
        "P",
        "4.5 Neither party will pass information received under this agreement to a third party "
        "without the written agreement of the party that provided it, unless it is required to do "
        "so by law.",
    ),
    (
        "P",
        "4.6 Where a party becomes aware of a personal data breach involving information shared "
        "under this agreement, it will notify the other party's data protection officer without "
        "undue delay and in any case within 48 hours.",
    ),
    ("H", "5. Subject access and freedom of information requests"),
    (
        "P",
        "5.1 Both parties are public authorities for the purposes of the Freedom of Information "
        "Act 2000, and individuals have a right of access to their personal data held by either "
        "party.",
    ),
    (
        "P",
        "5.2 Where either party receives a request for information that it holds because of this "
        "agreement, it will consult the other party within five working days of receipt and take "
        "its views into account before deciding whether to disclose. The decision rests with the "
        "party that received the request.",
    ),
    ("H", "6. Governance and review"),
    (
        "P",
        "6.1 Each party will nominate a single point of contact who is responsible for the "
        "day-to-day operation of this agreement. The contacts at the date of signature are listed in "
        "Annex A.",
    ),
    (
        "P",
        "6.2 The single points of contact will meet every quarter to review referral volumes, "
        "the time taken to respond to referrals and any themes emerging from the information "
        "shared.",
    ),
    (
        "P",
        "6.3 MaPS will provide TPO with a quarterly summary of the number and nature of concerns "
        "about pension schemes reported to its helpline, no later than four weeks after the end of "
        "each quarter.",
    ),
    (
        "P",
        "6.4 Once a year TPO will provide MaPS with a summary of the themes arising from its "
        "determinations that are relevant to the guidance MaPS gives to the public.",
    ),
    (
        "P",
        "6.5 Staff of each party who handle referrals will be briefed on this agreement when "
        "they join and refreshed at least once a year.",
    ),
    (
        "P",
        "6.6 Any difficulty in the operation of this agreement should first be raised between "
        "the single points of contact. If it cannot be resolved within 20 working days, it will be "
        "referred to the Head of Operations at MaPS and the Deputy Pensions Ombudsman and, if "
        "necessary, to the Chief Executive of MaPS and the Pensions Ombudsman.",
    ),
    (
        "P",
        "6.7 This agreement will be reviewed every two years, or earlier if either party asks "
        "for a review or there is a material change in the law.",
    ),
    ("H", "7. Signatures"),
    ("N", "Signed for the Pensions Ombudsman by the Chief Executive and Ombudsman, 24 March 2025."),
    ("N", "Signed for the Money and Pensions Service by the Chief Executive, 24 March 2025."),
    ("H", "Annex A – Single points of contact"),
    ("N", "The following contacts are correct at the date of signature."),
    ("T", ""),
]

TPO_MAPS_CONTACTS = [
    ("Organisation", "Role", "Email"),
    ("Pensions Ombudsman", "Head of Casework Support", "casework.support@pensions-ombudsman.org.uk"),
    ("Money and Pensions Service", "Pensions Guidance Operations Manager",
     "partnerships@maps.org.uk"),
]  # fmt: skip


def build_docx() -> bytes:
    import docx
    from docx.shared import Cm

    document = docx.Document()
    props = document.core_properties
    fixed = datetime(2025, 3, 24, 9, 0, 0)
    props.created = fixed
    props.modified = fixed
    props.last_printed = fixed
    props.author = "Pensions Ombudsman"
    props.last_modified_by = "Pensions Ombudsman"
    props.revision = 1
    document.add_paragraph(TPO_MAPS_TITLE, style="Title")
    for kind, text in TPO_MAPS_BODY:
        if kind == "H":
            document.add_heading(text, level=1)
        elif kind == "I":
            paragraph = document.add_paragraph(text)
            paragraph.paragraph_format.left_indent = Cm(1.25)
        elif kind == "T":
            text_table(document, TPO_MAPS_CONTACTS, bold_header=False)
        else:
            document.add_paragraph(text)
    return docx_bytes(document, (2025, 3, 24, 9, 0, 0))


# ---------------------------------------------------------------------------------------------
# 2. PDF: liaison agreement, IOPC, PCC for Avon and Somerset, Avon and Somerset Constabulary
# ---------------------------------------------------------------------------------------------

IOPC_TITLE = (
    "Liaison Agreement between the Independent Office for Police Conduct, the Police and Crime "
    "Commissioner for Avon and Somerset and Avon and Somerset Constabulary"
)

# Headings as bare strings; paragraphs and items as ("P", text).
IOPC_BODY: list[str | tuple[str, str]] = [
    "Introduction",
    (
        "P",
        "1. This agreement sets out how the Independent Office for Police Conduct (IOPC), the "
        "Police and Crime Commissioner for Avon and Somerset (the PCC) and Avon and Somerset "
        "Constabulary (the Constabulary) work together in handling complaints, conduct matters and "
        "death or serious injury matters involving persons serving with the police in Avon and "
        "Somerset.",
    ),
    (
        "P",
        "2. It takes effect on 1 April 2025 and replaces the local protocol agreed in 2021. It "
        "does not alter the statutory responsibilities of any party under Part 2 of the Police "
        "Reform Act 2002, the Police (Complaints and Misconduct) Regulations 2020 or the IOPC's "
        "Statutory Guidance.",
    ),
    "Roles of the parties",
    (
        "P",
        "3. The IOPC oversees the police complaints system in England and Wales. It sets the "
        "standards by which complaints are handled and investigates the most serious matters, "
        "including deaths and serious injuries following contact with the police.",
    ),
    (
        "P",
        "4. The PCC holds the Chief Constable to account for the policing of the area. Under the "
        "model the PCC has adopted, the PCC's office is the relevant review body for complaint "
        "reviews that do not fall to the IOPC, and it handles complaints about the Chief Constable.",
    ),
    (
        "P",
        "5. The Constabulary's Professional Standards Department records complaints and conduct "
        "matters, handles those that are not referred, and carries out investigations that the IOPC "
        "directs it to conduct locally.",
    ),
    "Principles",
    ("P", "6. The parties recognise that the following principles underpin this agreement:"),
    (
        "P",
        "(a) the independence of the IOPC's decisions on whether and how a matter is investigated;",
    ),
    ("P", "(b) timely, open and honest communication with complainants and bereaved families;"),
    ("P", "(c) proportionate use of public resources; and"),
    ("P", "(d) learning from complaints and investigations to improve policing."),
    "Referrals and notifications",
    (
        "P",
        "7. The Constabulary will refer to the IOPC every case that meets the mandatory referral "
        "criteria, no later than the end of the working day after the day on which it becomes clear "
        "that the criteria are met.",
    ),
    (
        "P",
        "8. Where a death or serious injury occurs following police contact, the Constabulary "
        "will notify the IOPC's on-call operations team by telephone as soon as practicable and in "
        "any event within one hour of becoming aware of it.",
    ),
    (
        "P",
        "9. The IOPC will tell the Constabulary and the PCC in writing which mode of "
        "investigation it has decided on, normally within five working days of receiving a "
        "referral.",
    ),
    (
        "P",
        "10. Where a complaint is made about the Chief Constable, the PCC will record the "
        "complaint and, where it meets the referral criteria, refer it to the IOPC.",
    ),
    (
        "P",
        "11. The Constabulary will inform the PCC's office of any complaint that has attracted, "
        "or is likely to attract, significant public or media interest.",
    ),
    "Information sharing",
    (
        "P",
        "12. The parties will share with one another the information each reasonably needs to "
        "carry out its functions under Part 2 of the Police Reform Act 2002, including case files, "
        "body-worn video footage and custody records requested by the IOPC.",
    ),
    (
        "P",
        "13. The Constabulary will provide material requested by IOPC investigators within ten "
        "working days of the request unless a different timescale is agreed.",
    ),
    (
        "P",
        "14. Personal data is shared in accordance with the UK GDPR and Part 3 of the Data "
        "Protection Act 2018. Each party will handle material received from another party as "
        "confidential and will store it only on systems accredited for OFFICIAL-SENSITIVE "
        "material.",
    ),
    (
        "P",
        "15. No party will disclose to a complainant, an interested person or the media any "
        "material supplied by another party without first obtaining the consent of that party, "
        "except where disclosure is required by law.",
    ),
    (
        "P",
        "16. Requests under the Freedom of Information Act 2000 for information that originated "
        "with another party will be passed to that party's information rights team within two "
        "working days of receipt, and the receiving party will take account of its views before "
        "responding.",
    ),
    "Communications and publication",
    (
        "P",
        "17. Before publishing an investigation report or a learning recommendation that concerns "
        "Avon and Somerset, the IOPC will send a copy to the Constabulary and the PCC at least "
        "three working days in advance.",
    ),
    (
        "P",
        "18. The parties will give each other at least 24 hours' notice of any press release or "
        "public statement about a matter covered by this agreement, save where urgent public "
        "safety messaging is needed.",
    ),
    "Liaison arrangements",
    (
        "P",
        "19. The IOPC's Operations Manager for the South West will act as the principal point of "
        "contact for the Constabulary's Head of Professional Standards and for the PCC's Chief "
        "Executive.",
    ),
    (
        "P",
        "20. The Head of Professional Standards and the IOPC Operations Manager will hold "
        "monthly case review meetings, which the PCC's complaints lead may attend.",
    ),
    (
        "P",
        "21. The three parties will meet twice a year at senior level to consider performance "
        "data, themes from investigations and the Constabulary's response to learning "
        "recommendations.",
    ),
    (
        "P",
        "22. The IOPC will offer an annual briefing to the Constabulary's professional standards "
        "staff and the PCC's complaints team on changes to the Statutory Guidance and on its "
        "recent learning.",
    ),
    "Resolving disagreements",
    (
        "P",
        "23. Disagreements about the operation of this agreement will be resolved at the lowest "
        "possible level. Where they cannot be resolved between the points of contact named in "
        "paragraph 19, they will be escalated to the IOPC Regional Director, the Deputy Chief "
        "Constable and the PCC's Chief Executive, and then to the IOPC Director General, the Chief "
        "Constable and the PCC.",
    ),
    "Review",
    (
        "P",
        "24. This agreement will be reviewed annually by the points of contact named in "
        "paragraph 19, and at any time at the request of any party. Amendments require the "
        "written agreement of all three parties.",
    ),
    "Signatures",
    (
        "S",
        "Signed for the Independent Office for Police Conduct by the Regional Director, 20 March 2025",
    ),
    ("S", "Signed by the Police and Crime Commissioner for Avon and Somerset, 20 March 2025"),
    ("S", "Signed for Avon and Somerset Constabulary by the Chief Constable, 20 March 2025"),
]

PDF_WIDTH = 92
PDF_LINES_PER_PAGE = 50
PDF_HEADER = "IOPC, PCC and Avon and Somerset Constabulary: liaison agreement"
PDF_FOOTER = (
    "OFFICIAL                                                                  Page {n} of {total}"
)


def build_pdf() -> bytes:
    lines: list[str] = textwrap.wrap(IOPC_TITLE, PDF_WIDTH)
    for item in IOPC_BODY:
        if isinstance(item, str):
            lines.append(item)
        else:
            lines += textwrap.wrap(item[1], PDF_WIDTH)
    chunks = [lines[i : i + PDF_LINES_PER_PAGE] for i in range(0, len(lines), PDF_LINES_PER_PAGE)]
    pages = [
        [PDF_HEADER, *chunk, PDF_FOOTER.format(n=n, total=len(chunks))]
        for n, chunk in enumerate(chunks, start=1)
    ]
    return make_pdf(pages)


# ---------------------------------------------------------------------------------------------
# 3. HTML: memorandum of understanding, EHRC and SHRC, as a web page with site chrome
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# 4. Markdown: joint working protocol, UKHSA and London Port Health Authority
# ---------------------------------------------------------------------------------------------


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "tpo-maps-isa.docx").write_bytes(build_docx())
    (OUT / "iopc-avon-somerset-liaison.pdf").write_bytes(build_pdf())


if __name__ == "__main__":
    main()
