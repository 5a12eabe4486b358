"""Rebuild the Word and PDF files of held-out set 11 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout11_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the text file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import docx
from docx.shared import Cm, Pt

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes, text_table, write_fixtures

# ---------------------------------------------------------------------------
# 1. Word MoU: Social Care Wales, Public Services Ombudsman for Wales,
#    Older People's Commissioner for Wales
# ---------------------------------------------------------------------------

MOU_TITLE = (
    "Memorandum of Understanding between Social Care Wales, the Public Services "
    "Ombudsman for Wales and the Older People's Commissioner for Wales"
)

# Each entry: (kind, payload)
#   h1      : Heading 1 text
#   cl      : typed clause number, text
#   p       : plain paragraph
#   item    : typed letter, text (indented)
#   bullet  : List Bullet paragraph
#   table   : list of rows (first row is the header)
MOU_BODY: list[tuple] = [
    ("h1", "Joint statement"),
    (
        "p",
        "Social Care Wales, the Public Services Ombudsman for Wales and the Older People's "
        "Commissioner for Wales share a commitment to making sure that older people, and "
        "everyone else who relies on care and support in Wales, receive services that are "
        "safe, respectful and of good quality, and that they are listened to when things go "
        "wrong.",
    ),
    (
        "p",
        "Each of us has a distinct part to play. Social Care Wales regulates the people who "
        "work in social care; the Ombudsman considers complaints about the services they "
        "work in and the bodies that commission them; and the Commissioner speaks up for "
        "older people and protects their rights. This memorandum records how we intend to "
        "work together so that people are not passed from one body to another, and so that "
        "what each of us learns is put to good use by the others.",
    ),
    ("h1", "1. Introduction"),
    ("cl", "1.1", 'This Memorandum of Understanding ("MoU") is made between:'),
    ("bullet", "Social Care Wales;"),
    ("bullet", 'the Public Services Ombudsman for Wales ("the Ombudsman"); and'),
    ("bullet", 'the Older People\'s Commissioner for Wales ("the Commissioner").'),
    (
        "cl",
        "1.2",
        'In this MoU the three bodies are referred to together as "the parties". '
        "The MoU sets out the framework for co-operation between them where their "
        "functions touch on social care and on the experiences of older people in "
        "Wales.",
    ),
    (
        "cl",
        "1.3",
        "This MoU is a statement of intent. It does not create legally binding "
        "obligations, does not affect the statutory independence of any party and "
        "does not override any party's statutory functions or duties.",
    ),
    (
        "cl",
        "1.4",
        "The MoU should be read alongside any bilateral arrangements between two of "
        "the parties, which continue to apply. Where there is a conflict between "
        "them, the more specific arrangement prevails.",
    ),
    ("h1", "2. Roles and responsibilities"),
    (
        "cl",
        "2.1",
        "Social Care Wales is the regulator of the social care workforce in Wales "
        'under the Regulation and Inspection of Social Care (Wales) Act 2016 ("the '
        '2016 Act"). It keeps the register of social care workers, sets the Code of '
        "Professional Practice for Social Care, and investigates concerns about the "
        "fitness to practise of registered persons. It also leads on the "
        "development and improvement of the social care workforce.",
    ),
    (
        "cl",
        "2.2",
        "The Ombudsman is independent of government and considers complaints about "
        "public bodies in Wales under the Public Services Ombudsman (Wales) Act 2019 "
        '("the 2019 Act"). This includes complaints about social services provided '
        "or commissioned by local authorities and complaints about privately "
        "arranged or funded social care and palliative care. The Ombudsman may also "
        "carry out investigations on their own initiative and sets complaints "
        "handling standards for listed authorities.",
    ),
    (
        "cl",
        "2.3",
        "The Commissioner is an independent champion for older people in Wales, "
        'appointed under the Commissioner for Older People (Wales) Act 2006 ("the '
        "2006 Act\"). The Commissioner's functions include promoting awareness of "
        "the interests of older people, reviewing the adequacy and effectiveness of "
        "law and services affecting them, and giving assistance to individual older "
        "people in certain circumstances.",
    ),
    (
        "cl",
        "2.4",
        "The parties recognise that their functions meet at the points described in "
        "section 4, and that an older person may, at different times, need the help "
        "of more than one of them.",
    ),
    ("h1", "3. Principles"),
    ("cl", "3.1", "Co-operation between the parties will be guided by the following principles:"),
    ("item", "(a)", "the interests and rights of people who use care and support come first;"),
    (
        "item",
        "(b)",
        "each party's independence, and its right to reach its own decisions, is respected;",
    ),
    (
        "item",
        "(c)",
        "co-operation should reduce, and not add to, the burden on the people and "
        "organisations concerned;",
    ),
    (
        "item",
        "(d)",
        "the parties are open with one another and explain when they are unable to "
        "share something; and",
    ),
    (
        "item",
        "(e)",
        "public resources are used efficiently and the parties avoid duplicating "
        "one another's work.",
    ),
    ("h1", "4. Areas of co-operation"),
    ("cl", "4.1", "The parties expect to work together in particular on:"),
    ("bullet", "the experiences of older people receiving domiciliary and residential care;"),
    (
        "bullet",
        "complaints that raise concerns about the conduct or practice of individual "
        "social care workers;",
    ),
    (
        "bullet",
        "themes arising from complaints and casework that point to wider learning for "
        "the sector; and",
    ),
    (
        "bullet",
        "guidance and public information where a joint approach would help people to "
        "understand where to go for help.",
    ),
    (
        "cl",
        "4.2",
        "Each party will nominate a senior officer as its lead for this MoU. The lead "
        "officers, listed in Annex A, are responsible for overseeing the MoU within "
        "their own organisation and are the first point of contact for the other "
        "parties.",
    ),
    (
        "cl",
        "4.3",
        "The lead officers will meet every six months, and otherwise as needed, to "
        "discuss cases and themes of shared interest, forthcoming work programmes "
        "and the operation of this MoU.",
    ),
    (
        "cl",
        "4.4",
        "The Chief Executive of Social Care Wales, the Ombudsman and the "
        "Commissioner will meet once a year to consider strategic matters of common "
        "concern.",
    ),
    (
        "cl",
        "4.5",
        "Each party will make sure that its staff who deal with complaints, concerns "
        "and enquiries are aware of this MoU and understand the remit of the other "
        "parties. The parties will offer one another places on relevant internal "
        "training and will run a joint briefing for new staff where there is "
        "demand.",
    ),
    ("h1", "5. Referrals and concerns"),
    (
        "cl",
        "5.1",
        "Where, in considering a complaint, the Ombudsman identifies a concern that "
        "a registered social care worker may not be fit to practise, the Ombudsman "
        "will refer the concern to Social Care Wales without waiting for the "
        "complaint to be concluded.",
    ),
    (
        "cl",
        "5.2",
        "Where Social Care Wales receives information that amounts to a complaint "
        "about a local authority or a care provider, rather than about an "
        "individual registered person, it will explain the Ombudsman's role to the "
        "person who raised it and, if that person agrees, refer them to the "
        "Ombudsman.",
    ),
    (
        "cl",
        "5.3",
        "The Commissioner will alert Social Care Wales or the Ombudsman, as "
        "appropriate, to any issue arising from the Commissioner's casework or "
        "reviews that may call for action by that party.",
    ),
    (
        "cl",
        "5.4",
        "Nothing in this section prevents a party from acting on its own where an "
        "older person is at immediate risk of harm. In that case the party will "
        "report the concern to the relevant local authority under its adult "
        "safeguarding procedures.",
    ),
    ("h1", "6. Notifications"),
    (
        "cl",
        "6.1",
        "Specific notifications, and the timescales that apply to each, are set out "
        "in the table below:",
    ),
    (
        "table",
        [
            ["Matter", "Who informs whom", "Timescale"],
            [
                "The Ombudsman decides to investigate a complaint about a care provider which "
                "involves the practice of a worker registered with Social Care Wales",
                "The Ombudsman informs Social Care Wales",
                "Within 10 working days of the decision",
            ],
            [
                "Social Care Wales imposes an interim order on a registered worker employed in a "
                "service for older people",
                "Social Care Wales informs the Ombudsman and the Commissioner",
                "Within 5 working days of the order",
            ],
            [
                "The Commissioner begins a formal review, or the examination of an individual case, "
                "under the 2006 Act that concerns social care services",
                "The Commissioner informs Social Care Wales and the Ombudsman",
                "Before the review or examination is announced",
            ],
            [
                "Any party identifies a serious and immediate risk to the safety of older people in "
                "a care setting",
                "The party identifying the risk informs the other two parties",
                "The same working day",
            ],
        ],
    ),
    (
        "cl",
        "6.2",
        "The lead officers named in Annex A are the usual route for notifications. "
        "Information received under this section will be treated as confidential "
        "and used only for the recipient's own statutory functions.",
    ),
    ("h1", "7. Sharing information"),
    (
        "cl",
        "7.1",
        "The parties will share information with one another where this is lawful "
        "and necessary for the exercise of their functions, including anonymised "
        "information about complaints, concerns and enquiries relating to social "
        "care.",
    ),
    (
        "cl",
        "7.2",
        "Any sharing of personal data will comply with the UK General Data Protection "
        "Regulation, the Data Protection Act 2018 and the statutory provisions that "
        "govern each party, which are listed in Annex B. Each party is a separate "
        "controller of the personal data it holds.",
    ),
    (
        "cl",
        "7.3",
        "The Ombudsman will not disclose information obtained during an "
        "investigation except as permitted by the confidentiality provisions of the "
        "2019 Act.",
    ),
    (
        "cl",
        "7.4",
        "If a party receives a request under the Freedom of Information Act 2000 for "
        "information that originated with another party, it will consult that party "
        "before deciding whether to release it. The final decision rests with the "
        "party that received the request.",
    ),
    (
        "cl",
        "7.5",
        "Where a party becomes aware that personal data shared under this MoU has "
        "been lost or disclosed without authority, it will notify the party that "
        "supplied the data without delay.",
    ),
    ("h1", "8. Publications and the media"),
    (
        "cl",
        "8.1",
        "Where a party intends to publish a report that names another party, or that "
        "draws substantially on information supplied by it, the publishing party "
        "will send the other a copy at least five days before publication.",
    ),
    (
        "cl",
        "8.2",
        "Press releases and public statements that refer to the work of another party "
        "will be shared with that party no less than 24 hours before they are "
        "released.",
    ),
    (
        "cl",
        "8.3",
        "A party that receives material before publication will treat it as "
        "embargoed until it is published.",
    ),
    ("h1", "9. Resolving disagreements"),
    (
        "cl",
        "9.1",
        "The parties will try to resolve any disagreement about the operation of this "
        "MoU informally, between the staff involved. A disagreement that cannot be "
        "resolved in this way will be referred to the lead officers and, if it "
        "remains unresolved, to the Chief Executive of Social Care Wales, the "
        "Ombudsman and the Commissioner.",
    ),
    ("h1", "10. Commencement and review"),
    (
        "cl",
        "10.1",
        "This MoU takes effect on 1 July 2025 and remains in place until it is "
        "replaced or until a party withdraws from it.",
    ),
    (
        "cl",
        "10.2",
        "The lead officers will review the MoU every two years. Any party may also "
        "ask for a review at any other time, for example following a change in "
        "legislation.",
    ),
    (
        "cl",
        "10.3",
        "A party may withdraw from the MoU by giving three months' written notice to the others.",
    ),
    ("cl", "10.4", "Changes to this MoU must be agreed in writing by all three parties."),
    ("h1", "11. Signatures"),
    (
        "table",
        [
            [
                "Social Care Wales",
                "Public Services Ombudsman for Wales",
                "Older People's Commissioner for Wales",
            ],
            ["Signed: Gwenllian Price", "Signed: Owen Rhys Jenkins", "Signed: Mererid Thomas"],
            [
                "Chief Executive",
                "Public Services Ombudsman for Wales",
                "Older People's Commissioner for Wales",
            ],
            ["Date: 16 June 2025", "Date: 18 June 2025", "Date: 23 June 2025"],
        ],
    ),
    ("h1", "Annex A: Lead officers"),
    (
        "p",
        "The lead officers for this MoU are set out below. Each party will let the others "
        "know of any change of lead officer within one month.",
    ),
    (
        "table",
        [
            ["Organisation", "Lead officer", "Address"],
            [
                "Social Care Wales",
                "Director of Regulation",
                "South Gate House, Wood Street, Cardiff CF10 1EW",
            ],
            [
                "Public Services Ombudsman for Wales",
                "Director of Investigations",
                "1 Ffordd yr Hen Gae, Pencoed CF35 5LJ",
            ],
            [
                "Older People's Commissioner for Wales",
                "Head of Casework and Advice",
                "Cambrian Buildings, Mount Stuart Square, Cardiff CF10 5FL",
            ],
        ],
    ),
    ("h1", "Annex B: Legal framework"),
    ("p", "The main provisions relevant to sharing information under this MoU are:"),
    (
        "bullet",
        "the Regulation and Inspection of Social Care (Wales) Act 2016, in particular "
        "its provisions on fitness to practise and on the disclosure of information;",
    ),
    (
        "bullet",
        "the Public Services Ombudsman (Wales) Act 2019, including its provisions on "
        "confidentiality and on working jointly with the Commissioner and others;",
    ),
    (
        "bullet",
        "the Commissioner for Older People (Wales) Act 2006 and the Commissioner for "
        "Older People in Wales Regulations 2007;",
    ),
    ("bullet", "the UK General Data Protection Regulation and the Data Protection Act 2018; and"),
    ("bullet", "the Freedom of Information Act 2000."),
]


def build_mou() -> bytes:
    document = docx.Document()
    props = document.core_properties
    fixed = dt.datetime(2025, 5, 1, 9, 0, 0)
    props.author = "Social Care Wales"
    props.last_modified_by = "Social Care Wales"
    props.title = "MoU SCW PSOW OPCW"
    props.created = fixed
    props.modified = fixed
    props.last_printed = fixed
    props.revision = 1

    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    document.add_paragraph(MOU_TITLE, style="Title")
    for entry in MOU_BODY:
        kind = entry[0]
        if kind == "h1":
            document.add_heading(entry[1], level=1)
        elif kind == "p":
            document.add_paragraph(entry[1])
        elif kind == "cl":
            para = document.add_paragraph(f"{entry[1]}\t{entry[2]}")
            para.paragraph_format.left_indent = Cm(1.25)
            para.paragraph_format.first_line_indent = Cm(-1.25)
        elif kind == "item":
            para = document.add_paragraph(f"{entry[1]}\t{entry[2]}")
            para.paragraph_format.left_indent = Cm(2.5)
            para.paragraph_format.first_line_indent = Cm(-1.25)
        elif kind == "bullet":
            para = document.add_paragraph(entry[1], style="List Bullet")
            para.paragraph_format.left_indent = Cm(1.9)
        elif kind == "table":
            rows = entry[1]
            text_table(document, rows)
        else:
            raise ValueError(kind)
    return docx_bytes(document)


# ---------------------------------------------------------------------------
# 2. PDF joint working protocol: Mental Welfare Commission for Scotland and
#    Scottish Public Services Ombudsman
# ---------------------------------------------------------------------------

JWP_TITLE_LINES = [
    "Joint Working Protocol",
    "between the Mental Welfare Commission for Scotland and the Scottish Public Services Ombudsman",
]

JWP_BODY: list[tuple] = [
    ("h", "Introduction"),
    (
        "n",
        "1.",
        "This protocol sets out how the Mental Welfare Commission for Scotland (the "
        "Commission) and the Scottish Public Services Ombudsman (SPSO) will work "
        "together where their responsibilities meet. It describes how we refer matters "
        "to each other, share information, plan our work and handle publicity, so that "
        "people who use mental health, learning disability and dementia services, and "
        "their families and carers, get a joined-up response from the two "
        "organisations.",
    ),
    (
        "n",
        "2.",
        "The protocol is not legally binding. It does not change the statutory "
        "functions of either organisation, and each organisation remains responsible "
        'for its own decisions. In this protocol "we" means both organisations and '
        '"the other" means whichever of us is not acting.',
    ),
    ("h", "Scope"),
    ("n", "3.", "This protocol covers:"),
    (
        "i",
        "(a)",
        "complaints to SPSO about the care, treatment or support of people with a "
        "mental illness, learning disability, dementia or a related condition;",
    ),
    (
        "i",
        "(b)",
        "concerns raised with the Commission which relate to the way a public body "
        "has handled a complaint; and",
    ),
    (
        "i",
        "(c)",
        "themed and investigative work by either organisation that touches on the "
        "remit of the other.",
    ),
    (
        "n",
        "4.",
        "It does not cover complaints to SPSO about the Commission itself. SPSO "
        "considers those in the same way as complaints about any other body within its "
        "jurisdiction, and in that situation the Commission deals with SPSO as a body "
        "under investigation rather than as a partner under this protocol.",
    ),
    ("h", "Our respective roles"),
    (
        "n",
        "5.",
        "The Commission is an independent statutory body which works to safeguard the "
        "rights and welfare of people with a mental illness, learning disability, "
        "dementia or related condition. Its duties under the Mental Health (Care and "
        "Treatment) (Scotland) Act 2003 (the 2003 Act) and the Adults with Incapacity "
        "(Scotland) Act 2000 (the 2000 Act) include visiting people in hospital and in "
        "the community, monitoring how those Acts are used, giving advice, and carrying "
        "out investigations where it appears that a person may have been subject to "
        "ill-treatment, neglect or some other deficiency in care or treatment.",
    ),
    (
        "n",
        "6.",
        "SPSO is the final stage for complaints about most organisations providing "
        "public services in Scotland, including councils, the National Health Service, "
        "social work services and health and social care partnerships. Its powers are "
        "set out in the Scottish Public Services Ombudsman Act 2002 (the 2002 Act). "
        "SPSO also publishes the model complaints handling procedures used by those "
        "bodies and acts as the Independent National Whistleblowing Officer for the "
        "NHS in Scotland.",
    ),
    (
        "n",
        "7.",
        "SPSO generally cannot look at a complaint until the organisation concerned has "
        "had the chance to respond through its own complaints procedure. The "
        "Commission does not investigate individual complaints as such, but a "
        "complaint may contain information that is relevant to its safeguarding role, "
        "and the Commission may use such information to decide whether to visit, give "
        "advice or open an investigation.",
    ),
    ("h", "Principles"),
    ("n", "8.", "We have agreed that our joint work will be guided by these principles:"),
    ("i", "(a)", "the rights, welfare and views of the person come first;"),
    ("i", "(b)", "each organisation is independent and reaches its own judgements;"),
    ("i", "(c)", "people should not have to tell their story more often than is necessary;"),
    ("i", "(d)", "we are open with each other about our work, within the limits set by law; and"),
    ("i", "(e)", "we make the best use of public money by avoiding duplication."),
    ("h", "Referrals between us"),
    (
        "n",
        "9.",
        "Where SPSO receives a complaint which suggests that a person may have been "
        "subject to ill-treatment, neglect or a deficiency in care or treatment of the "
        "kind the Commission may investigate, SPSO will refer the matter to the "
        "Commission promptly, normally within five working days of identifying it.",
    ),
    (
        "n",
        "10.",
        "Where a person contacts the Commission wanting to complain about a health "
        "board, council or health and social care partnership, the Commission will "
        "explain SPSO's role and, if the person wishes, refer them to SPSO together "
        "with a short summary of the issues they have raised.",
    ),
    (
        "n",
        "11.",
        "Where a matter falls within both our remits, the caseworkers involved will "
        "discuss it before either organisation decides how to proceed. The aim is to "
        "agree which organisation should act first and whether the other should pause "
        "its own work in the meantime. The outcome of that discussion is recorded on "
        "both case files.",
    ),
    (
        "n",
        "12.",
        "The Commission will tell SPSO when it decides to carry out an investigation "
        "into a matter that it knows is the subject of a complaint to SPSO. Likewise, "
        "SPSO will tell the Commission when it decides to investigate a complaint about "
        "care or treatment given under the 2003 Act or the 2000 Act.",
    ),
    (
        "n",
        "13.",
        "Either organisation may come across information suggesting that an adult is "
        "at risk of harm. Where this happens, it will report the concern without delay "
        "to the council for the area under the Adult Support and Protection (Scotland) "
        "Act 2007, and will let the other organisation know on the same working day.",
    ),
    ("h", "Sharing information"),
    (
        "n",
        "14.",
        "We will share information with each other where the law allows it and where "
        "doing so is necessary and proportionate for the exercise of our functions.",
    ),
    (
        "n",
        "15.",
        "Section 19 of the 2002 Act restricts what SPSO may disclose about its "
        "investigations. SPSO will not disclose to the Commission information obtained "
        "in the course of an investigation unless one of the exceptions in that section "
        "applies, and the Commission accepts that this may limit what SPSO is able to "
        "tell it.",
    ),
    (
        "n",
        "16.",
        "Each quarter, SPSO will provide the Commission with anonymised data on the "
        "number and subject of the complaints it has received about mental health, "
        "learning disability and dementia services, and the Commission will provide "
        "SPSO with a summary of the themes arising from its visits and its advice line.",
    ),
    (
        "n",
        "17.",
        "Information passed between us is sent by secure email or through a secure "
        "file transfer service. The receiving organisation will hold the information "
        "in confidence, store it securely and use it only for the purpose for which it "
        "was provided.",
    ),
    (
        "n",
        "18.",
        "If either of us receives a request under the Freedom of Information (Scotland) "
        "Act 2002 or the Environmental Information (Scotland) Regulations 2004 for "
        "information that came from the other, we will consult the other before "
        "responding. The decision on disclosure remains with the organisation that "
        "received the request.",
    ),
    ("h", "Planning our work"),
    (
        "n",
        "19.",
        "We will give each other early sight of our planned programmes of themed "
        "visits, investigations and thematic reports, so that we can identify overlap "
        "and opportunities to work together.",
    ),
    (
        "n",
        "20.",
        "Where the themes emerging from our work suggest that joint guidance or a joint "
        "statement to the sector would be helpful, the liaison managers will bring a "
        "proposal to their senior teams. Any joint product is agreed by both "
        "organisations before it is published.",
    ),
    ("h", "Joint work on individual cases"),
    (
        "n",
        "21.",
        "Where both organisations are looking at matters concerning the same person or "
        "the same service at the same time, we will consider whether a co-ordinated "
        "approach would reduce the burden on the person and their family, for example "
        "by agreeing that one organisation will be their main point of contact.",
    ),
    (
        "n",
        "22.",
        "Where SPSO has already reached findings on a complaint and the Commission later "
        "investigates related events, the Commission will take those findings into "
        "account and will not reinvestigate questions that SPSO has already decided "
        "unless new evidence has come to light.",
    ),
    (
        "n",
        "23.",
        "SPSO is also the Independent National Whistleblowing Officer for the NHS in "
        "Scotland. Where a whistleblowing concern raises issues about the care or "
        "treatment of a person detained under the 2003 Act, SPSO will discuss with the "
        "whistleblower whether the concern should also be raised with the Commission. "
        "SPSO will not share the identity of a whistleblower with the Commission without "
        "that person's consent.",
    ),
    ("h", "Publications and the media"),
    (
        "n",
        "24.",
        "Both organisations publish reports. The Commission publishes the findings of "
        "its investigations and themed visits, and SPSO publishes its decisions and "
        "reports on complaints.",
    ),
    (
        "n",
        "25.",
        "Where either of us plans to publish a report that names the other, or that "
        "concerns a case both organisations have considered, we will send the other a "
        "copy no later than seven days before publication.",
    ),
    (
        "n",
        "26.",
        "We will share with each other any press release that refers to the other "
        "organisation at least 24 hours before it is issued.",
    ),
    (
        "n",
        "27.",
        "Reports and press releases shared in advance are provided in confidence and "
        "remain under embargo until they are published.",
    ),
    ("h", "Liaison and meetings"),
    (
        "n",
        "28.",
        "Each organisation will name a liaison manager who is responsible for the "
        "day-to-day operation of this protocol and is the first point of contact for "
        "the other organisation. The liaison managers are listed in Annex A.",
    ),
    (
        "n",
        "29.",
        "The liaison managers will meet every three months, in person or online, to "
        "discuss shared cases, emerging themes and the working of this protocol.",
    ),
    (
        "n",
        "30.",
        "The Chief Executive of the Commission and the Ombudsman will meet at least once a year.",
    ),
    (
        "n",
        "31.",
        "We will each offer the other the chance to contribute to the induction of new "
        "caseworkers, and we will hold a joint learning session for staff at least "
        "once a year.",
    ),
    ("h", "Resolving differences"),
    (
        "n",
        "32.",
        "Disagreements about the operation of this protocol should first be discussed "
        "between the staff concerned. If they cannot be settled at that level, they "
        "will be referred to the liaison managers, then to the relevant directors and "
        "finally to the Chief Executive of the Commission and the Ombudsman.",
    ),
    ("h", "Commencement and review"),
    ("n", "33.", "This protocol comes into effect on 1 April 2025."),
    (
        "n",
        "34.",
        "The liaison managers will review the protocol every three years. Either "
        "organisation may ask for an earlier review at any time, and a review will "
        "also take place if there is a significant change in the law governing either "
        "organisation.",
    ),
    ("h", "Signatures"),
    (
        "p",
        "Signed on behalf of the Mental Welfare Commission for Scotland by Dr Fiona Garvie, "
        "Chief Executive, on 20 March 2025.",
    ),
    (
        "p",
        "Signed on behalf of the Scottish Public Services Ombudsman by Alasdair Munro, "
        "Scottish Public Services Ombudsman, on 26 March 2025.",
    ),
    ("h", "Annex A: Liaison managers"),
    (
        "n",
        "1.",
        "The Commission's liaison manager is the Head of Investigations, Mental Welfare "
        "Commission for Scotland, Bonnington Bond, 2 Commercial Street, Edinburgh "
        "EH6 6RH.",
    ),
    (
        "n",
        "2.",
        "SPSO's liaison manager is the Head of Improvement, Standards and Engagement, "
        "Scottish Public Services Ombudsman, Bridgeside House, 99 McDonald Road, "
        "Edinburgh EH7 4NS.",
    ),
    (
        "n",
        "3.",
        "Each organisation will tell the other of any change of liaison manager within "
        "ten working days.",
    ),
    ("h", "Annex B: Content of a referral"),
    (
        "p",
        "To help the receiving organisation to act quickly, a referral under paragraph 9 or "
        "paragraph 10 normally contains:",
    ),
    (
        "i",
        "(a)",
        "the name, date of birth and address of the person concerned and, if known, "
        "their legal status under the 2003 Act or the 2000 Act;",
    ),
    (
        "i",
        "(b)",
        "the name of the health board, council or health and social care partnership involved;",
    ),
    ("i", "(c)", "a short account of the concern and of when it arose;"),
    (
        "i",
        "(d)",
        "whether the person, or someone acting on their behalf, has agreed to the referral;",
    ),
    ("i", "(e)", "any immediate risk that has been identified and any action already taken; and"),
    ("i", "(f)", "contact details for the member of staff making the referral."),
]

JWP_WIDTH = 90
JWP_LINES_PER_PAGE = 46


def jwp_lines() -> list[list[str]]:
    """Content lines grouped into blocks; a heading is kept with the block after it."""
    blocks: list[list[str]] = [list(JWP_TITLE_LINES), [""]]
    pending_heading: list[str] | None = None
    for entry in JWP_BODY:
        kind = entry[0]
        if kind == "h":
            pending_heading = ["", entry[1]]
            continue
        if kind in ("n", "i"):
            lines = textwrap.wrap(f"{entry[1]} {entry[2]}", JWP_WIDTH)
        else:
            lines = textwrap.wrap(entry[1], JWP_WIDTH)
        if pending_heading is not None:
            # keep the heading with the first two lines of what follows
            blocks.append(pending_heading + lines[:2])
            if lines[2:]:
                blocks.append(lines[2:])
            pending_heading = None
        else:
            blocks.append(lines)
    return blocks


def build_jwp() -> bytes:
    blocks = jwp_lines()
    pages: list[list[str]] = [[]]
    for block in blocks:
        # headings travel with the start of their section; plain lines may run over a page
        if block and block[0] == "" and len(block) > 1:
            if len(pages[-1]) + len(block) > JWP_LINES_PER_PAGE:
                pages.append([])
            if not pages[-1]:
                block = block[1:]
            pages[-1].extend(block)
            continue
        for line in block:
            if len(pages[-1]) >= JWP_LINES_PER_PAGE:
                pages.append([])
            if line == "" and not pages[-1]:
                continue
            pages[-1].append(line)
    total = len(pages)
    out = []
    for number, body in enumerate(pages, start=1):
        while body and body[-1] == "":
            body.pop()
        out.append(
            ["Mental Welfare Commission for Scotland  |  Scottish Public Services Ombudsman", ""]
            + body
            + [""] * (JWP_LINES_PER_PAGE - len(body) + 1)
            + [f"Joint Working Protocol  |  Version 1.0  |  OFFICIAL  |  Page {number} of {total}"]
        )
    return make_pdf(out)


# ---------------------------------------------------------------------------
# 3. HTML information sharing agreement on RQIA's own website:
#    Regulation and Quality Improvement Authority and Northern Ireland Social Care Council
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# 4. Plain-text liaison agreement: General Pharmaceutical Council and
#    Pharmaceutical Society of Northern Ireland
# ---------------------------------------------------------------------------


def main() -> None:
    write_fixtures(
        {
            "scw-psow-opcw-mou.docx": build_mou(),
            "mwc-spso-joint-working-protocol.pdf": build_jwp(),
        }
    )


if __name__ == "__main__":
    main()
