"""Rebuild the Word and PDF files of held-out set 9 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout9_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the markdown file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as dt
import textwrap

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes, text_table, write_fixtures

# ---------------------------------------------------------------------------
# 1. Word memorandum of understanding: Children's Commissioner for England and YJB
# ---------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _letter_numbering(document) -> tuple[object, int]:
    """Add an abstract numbering definition for "(a)", "(b)" lists; return (part element, id)."""
    from lxml import etree

    numbering = document.part.numbering_part.element
    existing = [int(a.get(_w("abstractNumId"))) for a in numbering.findall(_w("abstractNum"))]
    abstract_id = max([*existing, 0]) + 1
    abstract = etree.SubElement(numbering, _w("abstractNum"))
    abstract.set(_w("abstractNumId"), str(abstract_id))
    multi = etree.SubElement(abstract, _w("multiLevelType"))
    multi.set(_w("val"), "singleLevel")
    lvl = etree.SubElement(abstract, _w("lvl"))
    lvl.set(_w("ilvl"), "0")
    for tag, val in (
        ("start", "1"),
        ("numFmt", "lowerLetter"),
        ("lvlText", "(%1)"),
        ("lvlJc", "left"),
    ):
        el = etree.SubElement(lvl, _w(tag))
        el.set(_w("val"), val)
    ppr = etree.SubElement(lvl, _w("pPr"))
    ind = etree.SubElement(ppr, _w("ind"))
    ind.set(_w("left"), "1134")
    ind.set(_w("hanging"), "567")
    # abstractNum elements must come before the first num element
    first_num = numbering.find(_w("num"))
    if first_num is not None:
        numbering.remove(abstract)
        first_num.addprevious(abstract)
    return numbering, abstract_id


def _new_list(numbering, abstract_id: int) -> int:
    """A fresh w:num over the letter definition that restarts at (a)."""
    from lxml import etree

    ids = [int(n.get(_w("numId"))) for n in numbering.findall(_w("num"))]
    num_id = max([*ids, 0]) + 1
    num = etree.SubElement(numbering, _w("num"))
    num.set(_w("numId"), str(num_id))
    ab = etree.SubElement(num, _w("abstractNumId"))
    ab.set(_w("val"), str(abstract_id))
    override = etree.SubElement(num, _w("lvlOverride"))
    override.set(_w("ilvl"), "0")
    start = etree.SubElement(override, _w("startOverride"))
    start.set(_w("val"), "1")
    return num_id


def _set_num(paragraph, num_id: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


DOCX_BODY = [
    ("h", "1. Introduction and parties"),
    (
        "n",
        "1.1",
        "This Memorandum of Understanding (MoU) is made between the Children's "
        "Commissioner for England (the Commissioner) and the Youth Justice Board for England and "
        'Wales (the YJB). In this MoU the Commissioner and the YJB are together called "the '
        'parties".',
    ),
    (
        "n",
        "1.2",
        "The MoU sets out how the parties intend to work together, each within its own "
        "statutory remit, to promote and protect the rights and interests of children who come into "
        "contact with the youth justice system in England, including children who are remanded or "
        "sentenced to custody.",
    ),
    (
        "n",
        "1.3",
        "The Commissioner is a corporation sole established under Part 1 of the Children "
        "Act 2004. The Commissioner's primary function is promoting and protecting the rights of "
        "children in England, with particular regard to children living away from home, children in "
        "care and other children whose rights are most at risk. In carrying out that function the "
        "Commissioner may enter premises, other than private dwellings, where children are "
        "accommodated or cared for, and may request information from public bodies.",
    ),
    (
        "n",
        "1.4",
        "The YJB is an executive non-departmental public body sponsored by the Ministry "
        "of Justice and established under section 41 of the Crime and Disorder Act 1998. Its "
        "functions include monitoring the operation of the youth justice system and the provision of "
        "youth justice services, advising the Secretary of State for Justice, and identifying and "
        "promoting good practice among youth justice services.",
    ),
    (
        "n",
        "1.5",
        "Matters concerning children in Wales fall within the remit of the Children's "
        "Commissioner for Wales and are outside the scope of this MoU, although the functions of the "
        "YJB extend to Wales.",
    ),
    (
        "n",
        "1.6",
        "This MoU is a statement of intent. It is not legally binding and does not "
        "override the statutory functions or the independence of either party.",
    ),
    ("h", "2. Principles"),
    ("n", "2.1", "In their work together the parties will be guided by the following principles:"),
    (
        "a",
        [
            "the best interests of the child are a primary consideration in all joint activity;",
            "each party's independence, including the Commissioner's role in holding public bodies "
            "to account, is respected;",
            "information is handled lawfully, fairly and securely;",
            "demands made of youth justice services and secure settings are co-ordinated so that "
            "they are not duplicated; and",
            "the parties are open with each other, including where their views differ.",
        ],
    ),
    (
        "n",
        "2.2",
        "Both parties are committed to listening to children in the youth justice "
        "system and to making sure that what children say shapes their work.",
    ),
    ("h", "3. Areas of joint work"),
    ("n", "3.1", "The parties will co-operate in particular on:"),
    (
        "a",
        [
            "the experiences of children in custody, on remand and serving sentences in the "
            "community;",
            "the use of restraint, single separation and segregation in the children's secure "
            "estate;",
            "the over-representation of Black and mixed heritage children, and of children in care, "
            "in the youth justice system;",
            "education, health and resettlement support for children leaving custody; and",
            "research and evidence on preventing offending by children.",
        ],
    ),
    (
        "n",
        "3.2",
        "The YJB will provide the Commissioner with the following, on request and in "
        "any event at least once a year:",
    ),
    (
        "b",
        [
            "its quarterly data on the number of children in custody, broken down by type of "
            "establishment, age, ethnicity and legal status;",
            "a summary of the themes arising from its oversight of youth justice services, "
            "including any services it has identified as a cause for concern; and",
            "copies of any reports it commissions on safeguarding in the children's secure estate.",
        ],
    ),
    (
        "n",
        "3.3",
        "The Commissioner will share with the YJB the main findings of visits made by "
        "the Commissioner or the Commissioner's staff to young offender institutions, secure "
        "training centres, secure children's homes and secure schools, normally within one month of "
        "the visit.",
    ),
    (
        "n",
        "3.4",
        "If either party becomes aware of a serious concern about the safety or welfare "
        "of a child in the youth justice system which falls within the remit of the other, it will "
        "alert the other party promptly, and in any event within two working days. This does not "
        "replace the duty of any person to refer a child at risk of harm to the local authority or "
        "the police.",
    ),
    (
        "n",
        "3.5",
        "The YJB will inform the Commissioner in advance of significant changes to the "
        "youth secure estate of which it is aware, such as the opening or closure of an "
        "establishment or a change in the age range or sex of the children it accommodates.",
    ),
    (
        "n",
        "3.6",
        "The parties will consider case by case whether joint work, for example joint "
        "research or a joint response to a consultation, would add value, and will agree the terms "
        "of any such work in writing.",
    ),
    ("h", "4. Sharing information"),
    (
        "n",
        "4.1",
        "The parties will share information with each other where it is lawful, "
        "necessary and proportionate to do so in support of this MoU. All sharing will comply with "
        "the UK General Data Protection Regulation, the Data Protection Act 2018, the Human Rights "
        "Act 1998 and the common law duty of confidentiality.",
    ),
    (
        "n",
        "4.2",
        "Information will normally be shared in aggregate or anonymised form. Neither "
        "party will share information that identifies an individual child unless this is necessary "
        "to protect that child or another person from harm, or the child has agreed to it.",
    ),
    (
        "n",
        "4.3",
        "Each party will treat information received from the other in confidence and "
        "will use it only for the purpose for which it was provided. It will not pass such "
        "information to a third party without the agreement of the party that provided it, unless "
        "the law requires it to do so.",
    ),
    (
        "n",
        "4.4",
        "Where either party receives a request under the Freedom of Information Act 2000 "
        "for information that it holds only because the other party provided it, it will consult "
        "the other party before deciding whether to disclose it. The decision on disclosure remains "
        "with the party that received the request.",
    ),
    (
        "n",
        "4.5",
        "If information provided by one party is lost, or is disclosed without "
        "authority, while it is held by the other, the party holding it will notify the party that "
        "provided it as soon as possible and in any event within 24 hours of becoming aware of the "
        "incident.",
    ),
    ("h", "5. Meetings, leads and briefing"),
    (
        "n",
        "5.1",
        "The Commissioner, the Chair of the YJB and the YJB's Chief Executive will meet "
        "at least twice a year to discuss strategic priorities and the operation of this MoU.",
    ),
    (
        "n",
        "5.2",
        "Officials of both parties will hold liaison meetings every quarter. The YJB "
        "will provide the secretariat for these meetings.",
    ),
    (
        "n",
        "5.3",
        "Each party will appoint a named lead who is responsible for the day-to-day "
        "operation of this MoU. The leads at the date of signature are listed in Annex A. Each party "
        "will tell the other promptly if its named lead changes.",
    ),
    (
        "n",
        "5.4",
        "The YJB will offer a briefing each year for the Commissioner's staff on the "
        "youth justice system, the national standards for children in the youth justice system and "
        "the YJB's oversight framework. The Commissioner's office will in turn brief YJB staff on its "
        "current programme of work.",
    ),
    ("h", "6. Publications and the media"),
    (
        "n",
        "6.1",
        "Each party publishes reports, data and statements in its own name and under its "
        "own governance arrangements.",
    ),
    (
        "n",
        "6.2",
        "Where either party intends to publish a report that comments on the work or "
        "functions of the other, it will send the other the relevant draft text at least five "
        "working days before publication so that factual accuracy can be checked.",
    ),
    (
        "n",
        "6.3",
        "Wherever possible, each party will let the other know about any press release "
        "or media statement that directly concerns the other at least 24 hours before it is "
        "issued.",
    ),
    (
        "n",
        "6.4",
        "Drafts and advance copies shared under this section will be treated as "
        "confidential by the party receiving them until the material is published.",
    ),
    (
        "n",
        "6.5",
        "The Commissioner remains free to comment publicly on any aspect of the youth "
        "justice system, and nothing in this section limits that freedom.",
    ),
    ("h", "7. Resolving disagreements"),
    (
        "n",
        "7.1",
        "The parties will try to resolve any disagreement about the operation of this "
        "MoU informally between the named leads. A disagreement that the named leads cannot resolve "
        "will be referred to the Commissioner's Director of Policy and the YJB's Director of Policy "
        "and Practice Improvement and, if it is still unresolved, to the Commissioner and the YJB's "
        "Chief Executive.",
    ),
    (
        "n",
        "7.2",
        "Nothing in this section prevents either party from raising a concern about an "
        "individual child directly with the body responsible for that child.",
    ),
    ("h", "8. Commencement, review and termination"),
    ("n", "8.1", "This MoU comes into effect on the date on which the second party signs it."),
    (
        "n",
        "8.2",
        "The named leads will review this MoU every two years. Either party may ask for "
        "a review at any other time, for example after a change in legislation or in either party's "
        "functions.",
    ),
    (
        "n",
        "8.3",
        "Either party may end this MoU by giving the other three months' notice in writing.",
    ),
]

DOCX_SIGNATURES = [
    (
        "For the Children's Commissioner for England",
        "For the Youth Justice Board for England and Wales",
    ),
    ("Signature: [signed]", "Signature: [signed]"),
    ("Children's Commissioner for England", "Chief Executive, Youth Justice Board"),
    ("Date: 14 April 2025", "Date: 28 April 2025"),
]

DOCX_CONTACTS = [
    ("Organisation", "Role", "Email", "Telephone"),
    (
        "Children's Commissioner for England",
        "Head of Policy, Children in the Justice System (named lead)",
        "justice.mou@childrenscommissioner.gov.uk",
        "020 7946 0381",
    ),
    (
        "Children's Commissioner for England",
        "Press office",
        "media@childrenscommissioner.gov.uk",
        "020 7946 0382",
    ),
    (
        "Youth Justice Board for England and Wales",
        "Head of Oversight and Stakeholder Engagement (named lead)",
        "mou.lead@yjb.gov.uk",
        "020 7946 0417",
    ),
    (
        "Youth Justice Board for England and Wales",
        "Press office",
        "press@yjb.gov.uk",
        "020 7946 0418",
    ),
]


def build_docx() -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    props = document.core_properties
    stamp = dt.datetime(2025, 4, 28, 9, 0, 0)
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
    props.author = "Youth Justice Board"
    props.last_modified_by = "Youth Justice Board"
    props.title = "CCo-YJB MoU"
    props.revision = 3

    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL"
    section.footer.paragraphs[
        0
    ].text = "Memorandum of Understanding: Children's Commissioner and YJB | April 2025"

    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)

    numbering, abstract_id = _letter_numbering(document)

    document.add_paragraph(
        "Memorandum of Understanding between the Children's Commissioner for England and the "
        "Youth Justice Board for England and Wales",
        style="Title",
    )
    for item in DOCX_BODY:
        if item[0] == "h":
            document.add_heading(item[1], level=1)
        elif item[0] == "n":
            document.add_paragraph(f"{item[1]}\t{item[2]}")
        elif item[0] == "a":
            num_id = _new_list(numbering, abstract_id)
            for text in item[1]:
                paragraph = document.add_paragraph(text, style="List Paragraph")
                _set_num(paragraph, num_id)
        elif item[0] == "b":
            for text in item[1]:
                document.add_paragraph(text, style="List Bullet")

    document.add_heading("Signatures", level=1)
    text_table(document, DOCX_SIGNATURES, bold_header=False)

    document.add_heading("Annex A \u2013 Named leads and contacts", level=1)
    document.add_paragraph(
        "The named leads and other contacts at the date of signature are shown below."
    )
    text_table(document, DOCX_CONTACTS)
    document.add_paragraph("Changes to these details do not require the MoU to be signed again.")

    return docx_bytes(document)


# ---------------------------------------------------------------------------
# 2. PDF information sharing agreement: Teaching Regulation Agency and Kent County Council
# ---------------------------------------------------------------------------

PDF_TITLE = (
    "Information Sharing Agreement between the Teaching Regulation Agency and Kent County Council"
)

# ("h", heading) | ("p", text) numbered or plain paragraph | ("i", text) lettered item
# | ("s", text) single line | ("page",) force a new page
PDF_BLOCKS = [
    ("h", "1. Parties"),
    (
        "p",
        "1.1 This agreement is made between the following parties, each of which is a "
        "controller in its own right for the personal data that it holds:",
    ),
    (
        "i",
        "(a) the Teaching Regulation Agency (TRA), an executive agency of the Department for "
        "Education, whose office is at Cheylesmore House, 5 Quinton Road, Coventry CV1 2WT; and",
    ),
    (
        "i",
        "(b) Kent County Council (the Council), Sessions House, County Hall, Maidstone "
        "ME14 1XQ, acting through its Children, Young People and Education directorate and its "
        "Local Authority Designated Officer (LADO) service.",
    ),
    (
        "p",
        "1.2 The TRA acts on behalf of the Secretary of State for Education. References in this "
        "agreement to decisions of the TRA include decisions taken by a decision maker on behalf of "
        "the Secretary of State.",
    ),
    ("h", "2. Purpose and scope"),
    (
        "p",
        "2.1 This agreement sets out how the parties share personal data about teachers where "
        "there has been an allegation that a teacher may have committed serious misconduct. It "
        "enables the TRA to decide whether to investigate and whether a prohibition order should be "
        "considered, and it enables the Council to carry out its functions in safeguarding children "
        "and managing allegations against people who work with them.",
    ),
    ("p", "2.2 The agreement covers:"),
    ("i", "(a) referrals of cases by the Council to the TRA;"),
    ("i", "(b) requests by the TRA for further information held by the Council; and"),
    (
        "i",
        "(c) notifications by the TRA to the Council of interim prohibition orders and of the "
        "outcome of cases.",
    ),
    (
        "p",
        "2.3 Referrals made directly to the TRA by schools, academy trusts and other employers "
        "in Kent are outside the scope of this agreement and remain the responsibility of the "
        "employer.",
    ),
    ("h", "3. Legal basis"),
    (
        "p",
        "3.1 The TRA exercises the functions of the Secretary of State under section 141B of "
        "the Education Act 2002 and the Teachers' Disciplinary (England) Regulations 2012, which "
        "include investigating cases of serious misconduct and deciding whether to make a "
        "prohibition order against a teacher.",
    ),
    (
        "p",
        "3.2 The Council has duties under section 11 of the Children Act 2004 and section 175 "
        "of the Education Act 2002 to have regard to the need to safeguard and promote the welfare "
        "of children. Its arrangements for managing allegations against people who work with "
        "children follow the statutory guidance Working Together to Safeguard Children and Keeping "
        "Children Safe in Education.",
    ),
    (
        "p",
        "3.3 The lawful basis for sharing personal data under this agreement is Article 6(1)(e) "
        "of the UK General Data Protection Regulation (UK GDPR): processing necessary for the "
        "performance of a task carried out in the public interest. Information about criminal "
        "convictions and offences is processed under Article 10 of the UK GDPR and section 10 of, "
        "and paragraphs 6 and 18 of Schedule 1 to, the Data Protection Act 2018. Special category "
        "data may be shared where a condition in Article 9(2) of the UK GDPR is met, and each "
        "party's appropriate policy document then applies.",
    ),
    (
        "p",
        "3.4 The parties are separate controllers. They are not joint controllers of any "
        "personal data shared under this agreement.",
    ),
    ("h", "4. Information to be shared"),
    (
        "p",
        "4.1 The Council will refer to the TRA any case in which an allegation against a "
        "teacher has been substantiated and the Council considers that the teacher may have "
        "committed serious misconduct that could lead to a prohibition order, where the employer has "
        "not already made a referral. The Council will make the referral within 20 working days of "
        "the final allegations management meeting.",
    ),
    (
        "p",
        "4.2 With each referral the Council will provide the information listed in paragraph 1 "
        "of Schedule 1, using the TRA's online referral form or the secure email address in "
        "Schedule 2.",
    ),
    (
        "p",
        "4.3 The TRA may ask the Council for further information that it needs in order to "
        "investigate a case, such as notes of strategy meetings, investigation reports or witness "
        "statements. The Council will provide the information requested within 15 working days "
        "wherever possible.",
    ),
    (
        "p",
        "4.4 Where the TRA makes an interim prohibition order against a teacher whom the "
        "Council referred, or who the TRA knows to be working in Kent, the TRA will notify the "
        "Council's LADO service on the day the order is made.",
    ),
    (
        "p",
        "4.5 The TRA will tell the Council the outcome of every case that the Council has "
        "referred, including a decision not to investigate, within 10 working days of the "
        "decision.",
    ),
    (
        "p",
        "4.6 Decisions to prohibit a teacher following a hearing held in public are published "
        "by the TRA on GOV.UK. The Council will not publish, or share beyond the staff who need it "
        "for safeguarding purposes, any information received from the TRA about a case before the "
        "TRA has published it.",
    ),
    (
        "p",
        "4.7 Neither party will share the name or other identifying details of a pupil who made "
        "an allegation, or of a child witness, unless this is necessary for the investigation; "
        "children will be referred to by their initials wherever possible.",
    ),
    ("h", "5. Method of sharing and security"),
    (
        "p",
        "5.1 Personal data will be sent only through the TRA's online referral service or "
        "by email that is encrypted in transit to the standard required for government secure "
        "email. Information under this agreement will not be sent by fax, on removable media or to "
        "personal email accounts.",
    ),
    ("p", "5.2 Documents shared under this agreement will be marked OFFICIAL-SENSITIVE."),
    (
        "p",
        "5.3 Each party will keep information received under this agreement confidential and "
        "will limit access to it to staff who need it for the purposes in section 2.",
    ),
    (
        "p",
        "5.4 Each party will make sure that staff who handle information under this agreement "
        "have completed data protection and information security training. In addition, the TRA "
        "will provide a briefing on its referral and investigation process for the Council's LADO "
        "team at least once a year.",
    ),
    ("h", "6. Retention and disposal"),
    ("p", "6.1 The TRA retains case records in line with its published retention schedule."),
    (
        "p",
        "6.2 The Council keeps its LADO records in line with its own retention "
        "schedule, which reflects the guidance on allegations records in Keeping Children Safe in "
        "Education.",
    ),
    (
        "p",
        "6.3 Information that is no longer needed is destroyed securely, and paper copies are "
        "shredded.",
    ),
    ("h", "7. Individual rights and requests for information"),
    (
        "p",
        "7.1 Each party deals with requests from individuals to exercise their rights under the "
        "UK GDPR in respect of the personal data that it holds as controller. The TRA's privacy notice "
        "explains to teachers how their data is used.",
    ),
    (
        "p",
        "7.2 If either party receives a request under the Freedom of Information Act 2000 for "
        "information that the other party provided, it will consult that party within five working "
        "days of receiving the request and before any disclosure is made. The decision whether to "
        "disclose rests with the party that received the request.",
    ),
    ("h", "8. Security incidents"),
    (
        "p",
        "8.1 A party that becomes aware of a personal data breach affecting information shared "
        "under this agreement will report it to the other party's data protection officer "
        "within 24 hours. The parties will co-operate on any notification to the Information "
        "Commissioner that may be needed.",
    ),
    ("h", "9. Management of the agreement"),
    (
        "p",
        "9.1 Each party will nominate a single point of contact who is responsible for the "
        "operation of this agreement. The single points of contact are shown in Schedule 2.",
    ),
    (
        "p",
        "9.2 Representatives of the TRA's referrals and triage team and of the Council's "
        "LADO service will meet twice a year to review the referrals made under this "
        "agreement and any problems with the process.",
    ),
    (
        "p",
        "9.3 Any problem with this agreement will be raised first between the single points of "
        "contact. If it is not resolved within 20 working days it will be escalated to the TRA's Head of "
        "Case Management and the Council's Assistant Director for Safeguarding, and then, if "
        "necessary, to the Director of the TRA and the Council's Corporate Director of Children, "
        "Young People and Education.",
    ),
    ("h", "10. Commencement, review and termination"),
    ("p", "10.1 This agreement takes effect on 1 April 2025."),
    (
        "p",
        "10.2 The single points of contact will review this agreement annually. It will also be "
        "reviewed if there is a change in the law or in statutory guidance that affects it.",
    ),
    (
        "p",
        "10.3 Either party may end this agreement by giving one month's notice in writing. "
        "Information already shared will continue to be handled in line with this agreement.",
    ),
    ("h", "11. Signatures"),
    ("p", "Signed for the Teaching Regulation Agency by its Director on 24 March 2025."),
    ("p", "Signed on behalf of Kent County Council by its Corporate Director on 27 March 2025."),
    ("page",),
    ("h", "Schedule 1 \u2013 Information to be shared"),
    ("p", "1. A referral from the Council to the TRA contains the following, where known:"),
    (
        "i",
        "(a) the teacher's full name, any previous names, date of birth and teacher "
        "reference number;",
    ),
    ("i", "(b) the teacher's home address, email address and telephone number;"),
    (
        "i",
        "(c) the name and address of the school or setting where the teacher worked when the "
        "alleged conduct took place, and the teacher's role there;",
    ),
    (
        "i",
        "(d) a summary of the allegation, the period it covers and the outcome of the "
        "allegations management process;",
    ),
    (
        "i",
        "(e) the outcome of any police investigation or criminal proceedings, including any "
        "caution or conviction; and",
    ),
    (
        "i",
        "(f) copies of relevant documents, such as investigation reports, witness statements "
        "and minutes of disciplinary hearings.",
    ),
    ("p", "2. A notification from the TRA to the Council contains:"),
    ("i", "(a) the teacher's full name, date of birth and teacher reference number;"),
    ("i", "(b) the type of decision and the date on which it was made; and"),
    (
        "i",
        "(c) where a prohibition order is made, whether the teacher may apply for the order to "
        "be set aside and, if so, the earliest date on which an application may be made.",
    ),
    (
        "p",
        "3. Information about children is limited to initials, age, year group and school, "
        "unless the TRA asks for more and explains why it is needed.",
    ),
    ("h", "Schedule 2 \u2013 Contacts"),
    (
        "p",
        "1. The TRA's single point of contact is the Team Leader, Referrals and Triage, "
        "who can be reached at misconduct.teacher@education.gov.uk.",
    ),
    (
        "p",
        "2. The Council's single point of contact is the LADO Service Manager, who can be "
        "reached at kentlado@kent.gov.uk.",
    ),
    (
        "p",
        "3. The data protection officers are the Data Protection Officer of the Department for "
        "Education, for the TRA, and the Council's Data Protection Officer, at "
        "dataprotection@kent.gov.uk.",
    ),
]

PDF_BODY_LINES = 44


def _pdf_block_lines(block) -> list[str]:
    kind = block[0]
    if kind == "h":
        return [block[1]]
    if kind == "p":
        return textwrap.wrap(block[1], 92)
    if kind == "i":
        lines = textwrap.wrap(block[1], 86)
        return ["     " + lines[0]] + ["          " + line for line in lines[1:]]
    raise ValueError(kind)


def build_pdf() -> bytes:
    pages: list[list[str]] = []
    current: list[str] = ["", PDF_TITLE]
    for block in PDF_BLOCKS:
        if block[0] == "page":
            pages.append(current)
            current = []
            continue
        lines = _pdf_block_lines(block)
        if block[0] == "h" and current:
            lines = ["", *lines]
        room = PDF_BODY_LINES - len(current)
        # keep a heading with the first lines of what follows it
        if block[0] == "h" and room < 5:
            pages.append(current)
            current = lines[1:] if lines[0] == "" else lines
            continue
        if len(lines) <= room:
            current += lines
            continue
        # split a paragraph over the page only where the next page starts in lower case
        split = None
        for cut in range(room, 1, -1):
            if lines[cut].strip()[:1].islower():
                split = cut
                break
        if split is not None:
            current += lines[:split]
            pages.append(current)
            current = lines[split:]
        else:
            pages.append(current)
            current = lines[1:] if lines[0] == "" else lines
    if current:
        pages.append(current)
    total = len(pages)
    framed = []
    for number, body in enumerate(pages, start=1):
        footer = (
            f"TRA and Kent County Council ISA  |  Version 1.0  |  March 2025"
            f"                    Page {number} of {total}"
        )
        framed.append(["OFFICIAL", "", *body, "", footer, "OFFICIAL"])
    return make_pdf(framed)


# ---------------------------------------------------------------------------
# 3. GOV.UK HTML publication: HMCTS and the Criminal Cases Review Commission
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# 4. Markdown joint working protocol: Cafcass and three Greater Essex councils
# ---------------------------------------------------------------------------


def main() -> None:
    write_fixtures(
        {
            "cco-yjb-mou.docx": build_docx(),
            "tra-kent-isa.pdf": build_pdf(),
        }
    )


if __name__ == "__main__":
    main()
