"""Rebuild the Word and PDF files of held-out set 14 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout14_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the markdown file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap

import docx
from docx.shared import Cm, Pt

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes, text_table, write_fixtures

# ---------------------------------------------------------------------------
# 1. Word memorandum of understanding: Acas and EAS (bold headings, typed numbers,
#    lettered sub-items, a table of notifications, signature table, contacts annex)
# ---------------------------------------------------------------------------

ACAS_EAS = [
    (
        "title",
        "Memorandum of Understanding between the Advisory, Conciliation and Arbitration "
        "Service and the Employment Agency Standards Inspectorate",
    ),
    ("plain", "Published June 2025"),
    ("head", "1. Introduction"),
    (
        "num",
        "1.1",
        "This Memorandum of Understanding (MoU) is between the Advisory, Conciliation and "
        "Arbitration Service (Acas) and the Employment Agency Standards Inspectorate (EAS). It describes "
        "how the two organisations work together so that agency workers, work-seekers and hirers who "
        "have a concern about an employment agency or an employment business reach the organisation "
        "that is best placed to help them.",
    ),
    (
        "num",
        "1.2",
        "Acas is a non-departmental public body whose functions are set out in the Trade "
        "Union and Labour Relations (Consolidation) Act 1992. It gives free and impartial advice on "
        "employment rights through its helpline and website, offers early conciliation before an "
        "employment tribunal claim is lodged, and conciliates in claims that have been lodged.",
    ),
    (
        "num",
        "1.3",
        "EAS is part of the Department for Business and Trade. It enforces the Employment "
        "Agencies Act 1973 and the Conduct of Employment Agencies and Employment Businesses Regulations "
        "2003 (the Conduct Regulations) in England, Wales and Scotland. It investigates complaints, "
        "carries out targeted inspections, and can issue warning letters, apply to an employment "
        "tribunal for a prohibition order and prosecute offences.",
    ),
    (
        "num",
        "1.4",
        "The Acas helpline is the main published route by which workers contact EAS. Most "
        "complaints that reach EAS therefore begin as a call to Acas, and both organisations recognise "
        "that the quality of that hand-over matters a great deal to the people concerned.",
    ),
    (
        "num",
        "1.5",
        "This MoU is a statement of intent. It creates no legal obligations, it does not "
        "override the statutory duties of either organisation and it does not affect the independence "
        "of either of them. Acas and EAS nonetheless agree to act in line with it.",
    ),
    ("head", "2. Purpose and scope"),
    ("num", "2.1", "The purpose of this MoU is to set out:"),
    (
        "item",
        "(a)",
        "the respective roles of Acas and EAS where a worker's concern involves an "
        "employment agency or employment business;",
    ),
    (
        "item",
        "(b)",
        "the arrangements for passing complaints, and information about them, between "
        "the two organisations;",
    ),
    ("item", "(c)", "the safeguards that apply to personal data handled under this MoU; and"),
    ("item", "(d)", "the arrangements for liaison, review and the resolution of disagreements."),
    (
        "num",
        "2.2",
        "The MoU covers Great Britain. It does not apply in Northern Ireland, where the "
        "regulation of employment agencies is a matter for the Department for the Economy.",
    ),
    (
        "num",
        "2.3",
        "Complaints about the national minimum wage, and about licensable activity in "
        "agriculture, food processing and shellfish gathering, fall outside this MoU and are dealt "
        "with under separate arrangements.",
    ),
    ("head", "3. Working principles"),
    (
        "num",
        "3.1",
        "In their dealings under this MoU, Acas and EAS will be guided by the following "
        "principles:",
    ),
    (
        "item",
        "(a)",
        "respect for the independence and impartiality of each organisation, including "
        "the impartiality of Acas conciliation;",
    ),
    (
        "item",
        "(b)",
        "a focus on the interests of workers and work-seekers, so that nobody is passed "
        "between the two organisations without a clear next step;",
    ),
    ("item", "(c)", "openness with each other about what each organisation can and cannot do; and"),
    ("item", "(d)", "proportionate, lawful and secure handling of personal data."),
    (
        "num",
        "3.2",
        "Acas does not investigate employers or agencies and has no role in enforcing the "
        "Conduct Regulations. Acas advisers will not tell a caller whether, in their view, an agency or "
        "employment business has broken the law; that judgement is for EAS or, where relevant, an "
        "employment tribunal.",
    ),
    ("head", "4. Referrals from Acas to EAS"),
    (
        "num",
        "4.1",
        "Where a caller to the Acas helpline raises a concern that may amount to a breach "
        "of the Employment Agencies Act 1973 or the Conduct Regulations, and the caller agrees, the "
        "Acas adviser will:",
    ),
    ("item", "(a)", "refer the caller to EAS through the agreed online referral route; and"),
    (
        "item",
        "(b)",
        "record the referral, and the caller's consent to it, on the Acas case record.",
    ),
    (
        "num",
        "4.2",
        "A referral contains only the caller's name and contact details, the name and "
        "address of the agency or business, and a short summary of the concern. Acas will not include "
        "in a referral anything said to a conciliator during early conciliation or conciliation.",
    ),
    (
        "num",
        "4.3",
        "Where a caller reports that workers have not been paid by an agency or employment "
        "business that appears to have stopped trading or disappeared, Acas will alert EAS by email on "
        "the same working day, whether or not an individual referral is made.",
    ),
    (
        "num",
        "4.4",
        "EAS aims to contact the caller within five working days of receiving a referral. "
        "Callers who do not want to be referred remain free to complain to EAS directly.",
    ),
    ("head", "5. Information from EAS to Acas"),
    ("num", "5.1", "EAS will provide Acas, each quarter, with:"),
    (
        "item",
        "(a)",
        "the number of referrals received from the Acas helpline and the number closed;",
    ),
    ("item", "(b)", "a summary of the outcomes of those referrals, by type of outcome; and"),
    (
        "item",
        "(c)",
        "any emerging themes in the recruitment sector that would help Acas advisers to "
        "recognise concerns and refer them.",
    ),
    (
        "num",
        "5.2",
        "EAS will let Acas know when it publishes new or revised guidance for agencies, "
        "hirers or work-seekers, so that helpline scripts and Acas web content can be kept up to date.",
    ),
    (
        "num",
        "5.3",
        "Each organisation will give the other at least 24 hours' notice before issuing a "
        "press release that names the other organisation or concerns a case referred under this MoU.",
    ),
    ("num", "5.4", "The following notifications apply in addition to paragraphs 5.1 to 5.3:"),
    (
        "table",
        [
            ["Event", "Who notifies whom", "Timescale"],
            [
                "EAS opens an investigation following an Acas referral",
                "EAS notifies the Acas lead contact",
                "Within 10 working days of the referral",
            ],
            [
                "EAS issues a warning letter, applies for a prohibition order or starts a prosecution in a "
                "case that began with an Acas referral",
                "EAS notifies the Acas lead contact",
                "Before any public announcement",
            ],
            [
                "Acas receives five or more calls in a calendar month about the same agency or employment "
                "business",
                "Acas notifies the EAS lead contact",
                "Within 5 working days of the end of the month",
            ],
            [
                "Either organisation discovers a personal data breach affecting information shared under "
                "this MoU",
                "The organisation that discovers it notifies the other",
                "Within 24 hours of discovery",
            ],
        ],
    ),
    ("head", "6. Handling information"),
    (
        "num",
        "6.1",
        "Each organisation is a separate controller for the personal data it holds. "
        "Personal data passes from Acas to EAS only with the caller's consent or where another lawful "
        "basis under the UK General Data Protection Regulation and the Data Protection Act 2018 "
        "applies, as recorded in each organisation's data protection impact assessment.",
    ),
    (
        "num",
        "6.2",
        "Information received under this MoU must be kept confidential, held securely and "
        "used only for the purpose for which it was provided.",
    ),
    (
        "num",
        "6.3",
        "Neither organisation will pass information received from the other to a third "
        "party without the agreement of the organisation that supplied it, unless the law requires "
        "disclosure.",
    ),
    (
        "num",
        "6.4",
        "If either organisation receives a request under the Freedom of Information Act "
        "2000 for information that the other organisation supplied, it will consult that organisation "
        "before responding and will take its views into account.",
    ),
    (
        "num",
        "6.5",
        "Information is kept no longer than each organisation's retention schedule "
        "allows and is then securely destroyed.",
    ),
    ("head", "7. Liaison and training"),
    (
        "num",
        "7.1",
        "Acas and EAS will each nominate a lead contact for this MoU, who is responsible "
        "for its day-to-day operation and for keeping the details in Annex A up to date.",
    ),
    (
        "num",
        "7.2",
        "The lead contacts will meet every six months to look at referral volumes, "
        "outcomes and any problems with the referral route.",
    ),
    (
        "num",
        "7.3",
        "EAS will provide a briefing on the Conduct Regulations for Acas helpline "
        "advisers at least once a year, and Acas will offer EAS inspectors a session on early "
        "conciliation and the work of the helpline.",
    ),
    ("num", "7.4", "Either lead contact can arrange further meetings whenever they are needed."),
    ("head", "8. Resolving disagreements"),
    (
        "num",
        "8.1",
        "Disagreements about the operation of this MoU should be settled by the lead "
        "contacts wherever possible. Where they cannot agree, the matter will be referred to the Acas "
        "Director of Operations and the Head of EAS and, if it remains unresolved, to the Chief "
        "Executive of Acas and the responsible Director in the Department for Business and Trade.",
    ),
    ("head", "9. Commencement, review and termination"),
    (
        "num",
        "9.1",
        "This MoU takes effect on 1 July 2025 and replaces the exchange of letters between "
        "Acas and EAS of October 2019.",
    ),
    (
        "num",
        "9.2",
        "The lead contacts will review the MoU every two years. Either organisation may "
        "ask for an earlier review at any time, for example following a change in legislation.",
    ),
    (
        "num",
        "9.3",
        "Either organisation may end this MoU by giving the other three months' notice in writing.",
    ),
    ("head", "Signatures"),
    ("plain", "Agreed on behalf of each organisation by the signatories below."),
    (
        "table",
        [
            [
                "For the Advisory, Conciliation and Arbitration Service",
                "For the Employment Agency Standards Inspectorate",
            ],
            ["Signed: [signed]", "Signed: [signed]"],
            ["Chief Executive", "Head of the Employment Agency Standards Inspectorate"],
            ["Date: 20 June 2025", "Date: 24 June 2025"],
        ],
    ),
    ("head", "Annex A: Contacts"),
    (
        "plain",
        "These details are correct at the date of signing. The lead contacts will tell each "
        "other of any change.",
    ),
    (
        "table",
        [
            ["Role", "Acas", "EAS"],
            ["Lead contact", "Head of Helpline Operations", "Senior Compliance Manager"],
            [
                "Referral route",
                "Helpline case management system",
                "EAS secure online referral form",
            ],
            ["Data protection", "Acas Data Protection Officer", "DBT Data Protection Officer"],
            ["Media", "Acas press office", "DBT press office"],
        ],
    ),
]


def build_docx() -> bytes:
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    cp = d.core_properties
    fixed = dt.datetime(2025, 6, 24, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Acas"
    cp.last_modified_by = "Acas"
    cp.title = "MoU Acas EAS"
    cp.revision = 1
    for block in ACAS_EAS:
        kind = block[0]
        if kind == "title":
            d.add_paragraph(block[1], style="Title")
        elif kind == "plain":
            d.add_paragraph(block[1])
        elif kind == "head":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(block[1])
            r.bold = True
            r.font.size = Pt(12)
        elif kind == "num":
            p = d.add_paragraph(f"{block[1]}\t{block[2]}")
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
        elif kind == "item":
            p = d.add_paragraph(f"{block[1]}\t{block[2]}")
            p.paragraph_format.left_indent = Cm(2.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
        elif kind == "table":
            rows = block[1]
            text_table(d, rows)
            d.add_paragraph()
        else:
            raise ValueError(kind)
    return docx_bytes(d)


# ---------------------------------------------------------------------------
# 2. PDF liaison agreement: VMD, APHA and FSS (about four pages, running header and
#    footer, wrapped lines, numbered headings, lettered items, signature section, annex)
# ---------------------------------------------------------------------------

VMD_APHA_FSS = [
    ("line", "Liaison Agreement on Veterinary Medicines and Residues in Scotland"),
    (
        "line",
        "between the Veterinary Medicines Directorate, the Animal and Plant Health Agency and "
        "Food Standards Scotland",
    ),
    ("head", "1. Purpose and status"),
    (
        "para",
        "1.1 This agreement sets out how the Veterinary Medicines Directorate (VMD), the Animal "
        'and Plant Health Agency (APHA) and Food Standards Scotland (FSS), together "the parties", '
        "liaise on the statutory surveillance of residues of veterinary medicines and prohibited "
        "substances in food-producing animals in Scotland, on the follow-up of non-compliant results, "
        "and on incidents involving veterinary medicines that may affect the safety of food or feed.",
    ),
    (
        "para",
        "1.2 It supports, and does not replace, the wider arrangements between the three bodies "
        "and with the Scottish Government. Nothing in it alters the statutory functions of any party, "
        "and it is not intended to be legally binding. The parties have nevertheless agreed to work in "
        "accordance with it.",
    ),
    (
        "para",
        '1.3 In this agreement "residues programme" means the statutory residues surveillance '
        "programme for Great Britain run by the VMD under the Veterinary Medicines Regulations 2013 and "
        'the assimilated legislation on residue controls, and "non-compliant result" means a confirmed '
        "analytical result that exceeds the permitted limit or shows the presence of a prohibited or "
        "unauthorised substance.",
    ),
    (
        "para",
        "1.4 The agreement covers samples taken on farms and at approved slaughterhouses and game "
        "handling establishments in Scotland. Samples of farmed fish, honey, milk and eggs are collected "
        "under separate arrangements and fall outside its scope.",
    ),
    ("head", "2. Roles of the parties"),
    (
        "para",
        "2.1 The VMD is an executive agency of the Department for Environment, Food and Rural "
        "Affairs. It authorises veterinary medicines, enforces the controls on their manufacture, "
        "supply and use, and plans and runs the residues programme, including the allocation of "
        "samples, the laboratory testing contract and the publication of results.",
    ),
    (
        "para",
        "2.2 APHA is an executive agency of the Department for Environment, Food and Rural "
        "Affairs which also works on behalf of the Scottish Government on animal health and welfare in "
        "Scotland. Under arrangements with the VMD, APHA collects on-farm samples for the residues "
        "programme and carries out follow-up investigations on farms where a non-compliant result has "
        "been found.",
    ),
    (
        "para",
        "2.3 FSS is the public sector food body for Scotland, established by the Food (Scotland) "
        "Act 2015. It is the competent authority for official controls in approved meat premises in "
        "Scotland and collects samples at those premises for the residues programme. FSS decides what "
        "action is needed to protect consumers where food from an animal with a non-compliant result "
        "may have entered, or may yet enter, the food chain.",
    ),
    (
        "para",
        "2.4 Local authorities in Scotland enforce feed law on farms and at feed businesses, and "
        "the Scottish Government is responsible for animal health and welfare policy in Scotland. They "
        "are not parties to this agreement, but the parties will involve them where an issue falls "
        "within their responsibilities.",
    ),
    ("head", "3. Principles"),
    (
        "para",
        "3.1 In applying this agreement the parties will have regard to the following principles:",
    ),
    (
        "para",
        "(a) public health and animal health come first, and concerns are raised early rather "
        "than when they are certain;",
    ),
    (
        "para",
        "(b) each party respects the statutory responsibilities and independent judgement of "
        "the others;",
    ),
    ("para", "(c) information is shared on a need-to-know basis, lawfully and securely; and"),
    (
        "para",
        "(d) producers and food business operators should not face duplicate visits or "
        "conflicting requests where a co-ordinated approach is possible.",
    ),
    ("head", "4. Sampling under the residues programme"),
    (
        "para",
        "4.1 The VMD will send APHA and FSS the Scottish part of the residues programme sampling "
        "plan for the coming calendar year by 1 December each year, together with any changes to the "
        "sampling or dispatch instructions.",
    ),
    (
        "para",
        "4.2 APHA and FSS shall collect the samples allocated to them and dispatch them to the "
        "designated laboratory in accordance with the VMD's instructions.",
    ),
    (
        "para",
        "4.3 Where APHA or FSS expects to fall short of its allocation in any month, for example "
        "because a premises has closed or has stopped slaughtering a species, it will inform the VMD "
        "within five working days so that the samples can be reallocated.",
    ),
    (
        "para",
        "4.4 Each month the VMD will provide APHA and FSS with a statement of the samples "
        "received from each of them and of any samples rejected by the laboratory, with the reason for "
        "each rejection.",
    ),
    ("head", "5. Non-compliant results"),
    (
        "para",
        "5.1 When the laboratory confirms a non-compliant result for a sample taken in Scotland, "
        "the VMD will:",
    ),
    ("para", "(a) notify FSS and APHA of the result within two working days of confirmation;"),
    (
        "para",
        "(b) provide APHA with the holding details, the animal identifiers and the substance "
        "and level found;",
    ),
    (
        "para",
        "(c) agree with FSS whether any further action is needed in respect of carcases or "
        "products that remain in the food chain; and",
    ),
    ("para", "(d) record the case on its residues database."),
    (
        "para",
        "5.2 APHA will visit the holding of origin within 15 working days of receiving the "
        "details described in paragraph 5.1(b), and will report its findings to the VMD in writing "
        "within 10 working days of the visit.",
    ),
    (
        "para",
        "5.3 If the visit finds evidence that a veterinary medicine has been supplied or used "
        "unlawfully, APHA will refer the matter to the VMD Inspections and Investigations Team, which "
        "decides whether enforcement action is appropriate.",
    ),
    (
        "para",
        "5.4 Until the VMD has completed its follow-up, no party shall disclose the identity of "
        "the producer or the result for an individual sample to anyone outside the three bodies, except "
        "where FSS considers that immediate disclosure is needed to protect public health.",
    ),
    (
        "para",
        "5.5 Where FSS decides that food from an animal with a non-compliant result must be "
        "withdrawn or recalled, it will tell the VMD and APHA of its decision on the same working day.",
    ),
    (
        "para",
        "5.6 Where a follow-up visit points to contaminated or incorrectly medicated feed, APHA "
        "will pass the relevant details to FSS, which will consider with the local authority concerned "
        "whether feed enforcement action is needed.",
    ),
    ("head", "6. Incidents"),
    (
        "para",
        "6.1 An incident for this purpose includes the suspected illegal use of a prohibited "
        "substance, a residue finding that affects several holdings, contaminated or mislabelled "
        "medicated feed, and any case likely to attract significant public or media interest.",
    ),
    (
        "para",
        "6.2 A party that becomes aware of an incident will alert the other two parties by "
        "telephone or secure email on the same working day, and will confirm the details in writing "
        "within two working days.",
    ),
    (
        "para",
        "6.3 As a rule, FSS co-ordinates the response where the main risk is to consumers, the "
        "VMD where the main issue is the supply or use of veterinary medicines, and APHA where the "
        "incident arises mainly from animal disease or welfare concerns.",
    ),
    (
        "para",
        "6.4 During an incident, the co-ordinating party will arrange incident calls as often "
        "as the situation requires.",
    ),
    (
        "para",
        "6.5 After a significant incident the parties will hold a joint debrief within one month of "
        "its close and agree any changes needed to this agreement or to their own procedures.",
    ),
    ("head", "7. Information sharing, security and freedom of information"),
    (
        "para",
        "7.1 The parties will share with each other the information they need to carry out the "
        "activities described in this agreement, including personal data about producers and holdings "
        "where that is necessary. Each party relies on its own lawful basis, and personal data is "
        "processed in line with the UK General Data Protection Regulation and the Data Protection Act "
        "2018.",
    ),
    (
        "para",
        "7.2 Information received from another party under this agreement shall be handled in "
        "confidence, marked and stored according to the Government Security Classifications, and used "
        "only for the purpose for which it was supplied.",
    ),
    (
        "para",
        "7.3 A party that receives a request under the Freedom of Information (Scotland) Act "
        "2002, the Freedom of Information Act 2000 or the environmental information regulations for "
        "information supplied by another party will consult that party before deciding whether to "
        "release it, allowing it at least five working days to respond.",
    ),
    (
        "para",
        "7.4 A party that discovers the loss or unauthorised disclosure of information supplied "
        "by another party will notify that party within 24 hours of the discovery.",
    ),
    (
        "para",
        "7.5 Each party will keep information received under this agreement for no longer than "
        "its own retention schedule allows, and will dispose of it securely.",
    ),
    ("head", "8. Publication and media"),
    (
        "para",
        "8.1 The VMD publishes the results of the residues programme each quarter, including the "
        "names of producers linked to certain non-compliant results, in accordance with its published "
        "naming policy.",
    ),
    (
        "para",
        "8.2 The VMD will send FSS and APHA the Scottish entries for each quarterly publication "
        "at least seven days before it is published.",
    ),
    (
        "para",
        "8.3 Each party will give the others at least 48 hours' notice of any press release "
        "concerning an investigation or incident covered by this agreement.",
    ),
    (
        "para",
        "8.4 Media enquiries about an individual case should be directed to the press office of "
        "the party co-ordinating the response.",
    ),
    ("head", "9. Liaison arrangements"),
    (
        "para",
        "9.1 Each party will appoint a liaison officer to act as its single point of contact for "
        "this agreement. The liaison officers at the date of signature are listed in Annex A.",
    ),
    (
        "para",
        "9.2 The liaison officers will meet quarterly, normally by video call, to review sampling "
        "performance, open cases and any lessons from incidents.",
    ),
    (
        "para",
        "9.3 The heads of the responsible teams in the three bodies will meet once a year to "
        "consider the operation of the agreement and the priorities for the following year.",
    ),
    (
        "para",
        "9.4 APHA and FSS will include an introduction to this agreement and to residue sampling "
        "procedures in the induction of staff who collect samples for the residues programme, using "
        "material prepared by the VMD.",
    ),
    ("head", "10. Disagreements, commencement and review"),
    (
        "para",
        "10.1 The parties will try to resolve any disagreement at the level at which it arises. "
        "A disagreement that the liaison officers cannot resolve within 10 working days will be raised "
        "with the heads of the responsible teams and, failing agreement, with the relevant directors of "
        "the three bodies.",
    ),
    ("para", "10.2 This agreement comes into effect on 1 April 2025."),
    (
        "para",
        "10.3 The agreement will be reviewed annually at the meeting described in paragraph 9.3, "
        "and sooner at the request of any party.",
    ),
    (
        "para",
        "10.4 A party may withdraw from this agreement by giving three months' written notice to "
        "the others.",
    ),
    ("break", ""),
    ("head", "11. Signatures"),
    ("line", "Signed on behalf of the Veterinary Medicines Directorate"),
    ("line", "Chief Executive Officer"),
    ("line", "Date: 17 March 2025"),
    ("line", "Signed on behalf of the Animal and Plant Health Agency"),
    ("line", "Chief Executive"),
    ("line", "Date: 20 March 2025"),
    ("line", "Signed on behalf of Food Standards Scotland"),
    ("line", "Chief Executive"),
    ("line", "Date: 25 March 2025"),
    ("head", "Annex A: Liaison officers"),
    (
        "line",
        "VMD: Head of Residues Surveillance, Veterinary Medicines Directorate, Addlestone, Surrey.",
    ),
    ("line", "APHA: Veterinary Lead for Residues Sampling, APHA Field Services Scotland."),
    ("line", "FSS: Head of Operational Delivery Support, Food Standards Scotland, Aberdeen."),
]

PDF_HEADER = "OFFICIAL  -  VMD / APHA / FSS Liaison Agreement, version 1.0"
PDF_BODY_LINES = 50


def _wrap_para(text: str) -> list[str]:
    """Wrap at about 92 characters; pick a width at which no inner line ends a sentence
    or a list stem, and no continuation line opens with a digit or a bracket."""
    for width in (92, 91, 93, 90, 94, 89, 95, 88):
        lines = textwrap.wrap(text, width)
        bad = any(ln.rstrip().endswith((".", ":", ";", '."')) for ln in lines[:-1])
        bad = bad or any(re.match(r"[\d(\u2022-]", ln) for ln in lines[1:])
        if not bad:
            return lines
    raise ValueError(f"cannot wrap cleanly: {text[:60]}")


def build_pdf() -> bytes:
    blocks: list[list[str]] = []
    for kind, text in VMD_APHA_FSS:
        if kind == "break":
            blocks.append([])
        elif kind == "para":
            blocks.append(_wrap_para(text))
        else:
            blocks.append([text])
    # paginate: keep headings with the next block, avoid a single orphan line
    pages: list[list[str]] = [[]]
    heads = {i for i, (k, _) in enumerate(VMD_APHA_FSS) if k == "head"}
    for i, lines in enumerate(blocks):
        if not lines:
            pages.append([])
            continue
        need = len(lines) + (len(blocks[i + 1][:2]) if i in heads and i + 1 < len(blocks) else 0)
        room = PDF_BODY_LINES - len(pages[-1])
        if need <= room:
            pages[-1].extend(lines)
        elif i in heads or len(lines) <= 3 or room < 2:
            pages.append(list(lines))
        else:
            pages[-1].extend(lines[:room])
            pages.append(list(lines[room:]))
    total = len(pages)
    out = []
    for n, body in enumerate(pages, 1):
        out.append([PDF_HEADER, "", *body, "", f"Page {n} of {total}"])
    return make_pdf(out)


def main() -> None:
    write_fixtures(
        {
            "acas-eas-mou.docx": build_docx(),
            "vmd-apha-fss-liaison.pdf": build_pdf(),
        }
    )


if __name__ == "__main__":
    main()
