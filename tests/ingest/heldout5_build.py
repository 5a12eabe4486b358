"""Rebuild held-out set 5 (docx, pdf, html, txt; text inline) in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout5_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md)."""

from __future__ import annotations

import datetime as dt
import io
import textwrap
import zipfile
from pathlib import Path

from tests.ingest.builders import make_pdf

OUT = Path(__file__).resolve().parent / "fixtures"

# ---------------------------------------------------------------------------------------------
# 1. Word: information sharing agreement, CAA and AAIB
# ---------------------------------------------------------------------------------------------
DOCX_TITLE = (
    "Information Sharing Agreement between the Civil Aviation Authority and the Air Accidents "
    "Investigation Branch"
)
# (style, text): "H" heading 1, "P" normal paragraph, "B" bullet.
DOCX_BODY: list[tuple[str, str]] = [
    ("H", "1. Introduction"),
    (
        "P",
        "1.1 This agreement is made between the Civil Aviation Authority (CAA) and the Air "
        "Accidents Investigation Branch (AAIB). It records the arrangements under which the two "
        "organisations exchange information about civil aircraft accidents, serious incidents "
        "and the safety issues that arise from them.",
    ),
    (
        "P",
        "1.2 The AAIB is a branch of the Department for Transport. It investigates accidents "
        "and serious incidents involving civil aircraft in the United Kingdom under the Civil "
        "Aviation (Investigation of Air Accidents and Incidents) Regulations 2018. The sole "
        "objective of an AAIB investigation is the prevention of future accidents; it is not to "
        "apportion blame or liability.",
    ),
    (
        "P",
        "1.3 The CAA is the UK's specialist aviation regulator. It certificates aircraft, "
        "licenses pilots, engineers and air traffic controllers, approves operators and "
        "aerodromes, and takes enforcement action where the law is broken. The CAA may open "
        "its own inquiry into an occurrence that the AAIB is investigating, but the two are "
        "kept separate so that the independence of the safety investigation is preserved.",
    ),
    (
        "P",
        "1.4 This agreement takes effect on 1 October 2025 and replaces the information sharing "
        "arrangements agreed between the parties in 2019. It does not create legal obligations "
        "and does not override either party's statutory duties.",
    ),
    ("H", "2. Definitions and legal basis"),
    ("P", "2.1 In this agreement:"),
    (
        "B",
        "\u201coccurrence\u201d means any safety-related event which endangers, or which, if "
        "not corrected or addressed, could endanger an aircraft, its occupants or any other "
        "person;",
    ),
    (
        "B",
        "\u201csafety recommendation\u201d means a proposal made by the AAIB, on the basis of "
        "information derived from an investigation, with the intention of preventing accidents "
        "and incidents;",
    ),
    (
        "B",
        "\u201cprotected records\u201d means the records described in Article 14 of Regulation "
        "(EU) No 996/2010 as it forms part of retained UK law, including witness statements, "
        "cockpit voice recordings and medical information about persons involved.",
    ),
    (
        "P",
        "2.2 Each party shares personal data under this agreement as a separate controller. The "
        "lawful basis is Article 6(1)(e) of the UK GDPR, the performance of a task carried out "
        "in the public interest, read with the Data Protection Act 2018. Where special category "
        "data is involved, the condition relied on is the substantial public interest condition "
        "for statutory and government purposes.",
    ),
    ("H", "3. Notification and sharing of information"),
    (
        "P",
        "3.1 The AAIB will notify the CAA of each accident or serious incident that it decides "
        "to investigate, as soon as practicable and in any event within 24 hours of that "
        "decision.",
    ),
    (
        "P",
        "3.2 The CAA will forward to the AAIB without delay every mandatory occurrence report it "
        "receives which indicates that an accident or serious incident may have taken place.",
    ),
    (
        "P",
        "3.3 When asked by the AAIB, the CAA shall provide the records it holds that are "
        "relevant to an investigation. Such records may include:",
    ),
    ("B", "airworthiness and maintenance records for the aircraft concerned;"),
    ("B", "licensing and medical certification records for flight crew; and"),
    ("B", "the approval and oversight history of the operator or maintenance organisation."),
    (
        "P",
        "3.4 If, in the course of an investigation, the AAIB identifies a safety issue that in "
        "its view calls for urgent action, it will tell the CAA immediately rather than waiting "
        "for the publication of a special bulletin or final report.",
    ),
    (
        "P",
        "3.5 Neither party will disclose protected records to the other for any purpose other "
        "than accident or incident investigation, unless the High Court has ordered their "
        "disclosure under the 2018 Regulations.",
    ),
    (
        "P",
        "3.6 Where the AAIB addresses a safety recommendation to the CAA, the CAA must respond "
        "in writing within 90 days of receiving it, setting out the action it has taken or "
        "intends to take, or its reasons for taking none.",
    ),
    ("H", "4. Confidentiality, publication and freedom of information"),
    (
        "P",
        "4.1 Each party will treat the information it receives from the other as confidential "
        "and will use it only for the purpose for which it was provided.",
    ),
    (
        "P",
        "4.2 The AAIB will send the CAA a copy of any final report that contains a safety "
        "recommendation addressed to the CAA at least five working days before the report is "
        "published.",
    ),
    (
        "P",
        "4.3 Each party will give the other a minimum of 24 hours' notice of any press release "
        "concerning an accident or incident in which the other has an interest.",
    ),
    (
        "P",
        "4.4 Both parties are public authorities for the purposes of the Freedom of Information "
        "Act 2000. A party that receives a request for information which it obtained from the "
        "other will consult the other before deciding whether the information should be "
        "released, and will take account of its views.",
    ),
    ("H", "5. Management of the agreement"),
    (
        "P",
        "5.1 Each party will appoint a senior manager to be accountable for the operation of this "
        "agreement and a liaison officer to handle day-to-day contact.",
    ),
    (
        "P",
        "5.2 The liaison officers will meet quarterly to review current investigations, "
        "outstanding safety recommendations and any difficulties with the exchange of "
        "information.",
    ),
    (
        "P",
        "5.3 The Chief Inspector of Air Accidents and the Chief Executive of the CAA will meet "
        "at least once a year.",
    ),
    (
        "P",
        "5.4 The AAIB will provide an annual briefing for CAA inspectors on its investigation "
        "methods and on the handling of protected records.",
    ),
    (
        "P",
        "5.5 Any disagreement about the operation of this agreement should be raised first "
        "between the liaison officers. If it cannot be resolved at that level it will be "
        "referred to the Deputy Chief Inspector of Air Accidents and the CAA's Director of "
        "Safety and Airspace Regulation, and then, if necessary, to the Chief Inspector and "
        "the Chief Executive.",
    ),
    (
        "P",
        "5.6 This agreement will be reviewed every two years, or at any earlier time at the "
        "request of either party.",
    ),
    ("H", "Annex A \u2013 Contacts"),
    ("P", "The first points of contact for this agreement are:"),
]
DOCX_TABLE = [
    ("Role", "Civil Aviation Authority", "Air Accidents Investigation Branch"),
    ("Liaison officer", "Accident Liaison Manager, Safety and Airspace Regulation Group",
     "Operations Manager, AAIB Farnborough"),
    ("Senior manager", "Head of Safety Intelligence", "Deputy Chief Inspector of Air Accidents"),
    ("Out of hours", "CAA duty officer via the Aviation Safety Hotline",
     "AAIB duty coordinator, 24-hour reporting line"),
]  # fmt: skip

FIXED = (2025, 9, 15, 9, 0, 0)


def build_docx() -> bytes:
    import docx

    document = docx.Document()
    props = document.core_properties
    stamp = dt.datetime(*FIXED)
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
    props.author = "Joint liaison team"
    props.last_modified_by = "Joint liaison team"
    props.revision = 1
    document.add_paragraph(DOCX_TITLE, style="Title")
    for style, text in DOCX_BODY:
        if style == "H":
            document.add_heading(text, level=1)
        elif style == "B":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    table = document.add_table(rows=len(DOCX_TABLE), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(DOCX_TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    raw = io.BytesIO()
    document.save(raw)
    return _fix_zip(raw.getvalue())


def _fix_zip(data: bytes) -> bytes:
    """Rewrite the zip with a fixed entry order and timestamps so rebuilds are byte-identical."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# 2. PDF: memorandum of understanding, MMO, MCA and Natural England
# ---------------------------------------------------------------------------------------------
PDF_TITLE = [
    "Memorandum of Understanding between the Marine Management Organisation, the",
    "Maritime and Coastguard Agency and Natural England",
]
# Each entry is one block: a heading line or a paragraph to be wrapped.
PDF_BLOCKS: list[str] = [
    "1. Introduction",
    "1.1 This Memorandum of Understanding (MoU) is agreed between the Marine Management "
    "Organisation (MMO), the Maritime and Coastguard Agency (MCA) and Natural England. It "
    "describes how the three bodies co-operate on marine licensing, on the response to pollution "
    "at sea and on the protection of marine sites in English inshore and offshore waters.",
    "1.2 The MMO is the marine licensing authority for England under Part 4 of the Marine and "
    "Coastal Access Act 2009. It also approves oil spill treatment products and the use of "
    "dispersants in shallow waters, and enforces fisheries and marine conservation byelaws.",
    "1.3 The MCA is an executive agency of the Department for Transport. It is responsible for "
    "the National Contingency Plan for marine pollution from shipping and offshore installations, "
    "for the safety of navigation and for HM Coastguard search and rescue.",
    "1.4 Natural England is the government's adviser on the natural environment in England and "
    "the statutory nature conservation body for English inshore waters. It is a statutory "
    "consultee on marine licence applications that may affect a marine protected area.",
    "1.5 This MoU comes into effect on 1 April 2025. It is a statement of intent and is not "
    "legally binding; nothing in it limits the statutory powers or duties of any party.",
    "2. Principles",
    "2.1 The parties' co-operation under this MoU rests on the following principles:",
    "(a) each body remains accountable for its own decisions and acts within its own powers;",
    "(b) decisions should be informed by the best available evidence, shared as early as the "
    "circumstances allow;",
    "(c) duplication of effort and of requests made of industry should be avoided wherever "
    "possible; and",
    "(d) the parties should speak with one voice to the public during a pollution incident.",
    "3. Marine licensing and compliance",
    "3.1 The MMO will send Natural England and the MCA copies of any monitoring reports that a "
    "licence holder submits under a licence condition relating to a protected site or to the "
    "safety of navigation, within ten working days of receiving them.",
    "3.2 Natural England will inform the MMO promptly where it becomes aware of licensable "
    "activity being carried out without a marine licence, or in breach of the conditions of a "
    "licence, in or near a marine protected area.",
    "3.3 The MCA shall notify the MMO of any wreck, obstruction or change to charted depths that "
    "is reported to it within an area covered by a current marine licence.",
    "3.4 Advice that Natural England gives on a licence application is published with the "
    "application on the MMO's public register, subject to any redactions the law requires.",
    "4. Pollution incidents",
    "4.1 When the MCA is alerted to a pollution incident at sea which may affect a marine protected "
    "area, it will inform Natural England and the MMO without delay, and in any event before "
    "any decision is taken to use dispersants.",
    "4.2 During a significant incident the MCA may convene an Environment Group, in which Natural "
    "England, the MMO and other bodies provide environmental advice to those directing the "
    "response. The Environment Group is chaired by a nominee of the relevant environment body.",
    "4.3 Once an incident for which an Environment Group was convened has closed, the parties will "
    "exchange the environmental monitoring data and sampling results that each of them holds "
    "about it, so that the long-term effects can be assessed.",
    "5. Information sharing and confidentiality",
    "5.1 The parties will share with each other the information needed for the exercise of their "
    "statutory functions, in accordance with the UK GDPR, the Data Protection Act 2018 and the "
    "Environmental Information Regulations 2004.",
    "5.2 No party will pass personal data obtained under this MoU to a third party without the "
    "consent of the party that supplied it, unless it is required by law to do so.",
    "5.3 Information marked OFFICIAL-SENSITIVE must be handled, stored and destroyed in line with "
    "the Government Security Classifications Policy, and access to it must be limited to staff "
    "with a need to know.",
    "5.4 Where a party receives a request under the Freedom of Information Act 2000 or the "
    "Environmental Information Regulations 2004 for information that it obtained from another "
    "party, it will consult that party before making any disclosure.",
    "6. Publications and media",
    "6.1 Each party will give the others at least two working days' notice before publishing any "
    "report or guidance that refers to the functions of another party or to joint work under "
    "this MoU.",
    "6.2 Where one party intends to issue a press release about a pollution incident or licensing "
    "decision in which another party is involved, it will share the text with that party no less "
    "than 24 hours before release, unless the urgency of an incident makes this impossible.",
    "7. Governance",
    "7.1 Each party will nominate a relationship manager, who will be responsible for the day-to-day "
    "operation of this MoU and will act as the first point of contact for the others.",
    "7.2 The relationship managers will meet at least twice a year to review joint work, lessons "
    "from recent incidents and any changes in legislation or policy.",
    "7.3 The parties will hold a joint training exercise on their pollution response arrangements "
    "every two years.",
    "7.4 Disagreements should be resolved at the lowest level possible. If the relationship managers "
    "cannot reach agreement, the matter will be escalated to the directors responsible and, "
    "exceptionally, to the chief executives of the parties.",
    "7.5 This MoU will be reviewed by the relationship managers every three years. Any party may "
    "ask for an earlier review, and amendments take effect once all three parties have agreed "
    "them in writing.",
    "8. Signatures",
]
PDF_SIGNATURES = [
    "Signed on behalf of the Marine Management Organisation: Chief Executive, 24 March 2025",
    "Signed on behalf of the Maritime and Coastguard Agency: Chief Executive, 25 March 2025",
    "Signed on behalf of Natural England: Chief Executive, 27 March 2025",
]
PDF_HEADER = "MoU: Marine Management Organisation, Maritime and Coastguard Agency, Natural England"
PDF_LINES_PER_PAGE = 41
WRAP = 92


def _pdf_lines() -> list[str]:
    lines = list(PDF_TITLE)
    for block in PDF_BLOCKS:
        lines += textwrap.wrap(block, WRAP)
    return lines + PDF_SIGNATURES


def build_pdf() -> bytes:
    lines = _pdf_lines()
    chunks = [lines[i : i + PDF_LINES_PER_PAGE] for i in range(0, len(lines), PDF_LINES_PER_PAGE)]
    total = len(chunks)
    pages = [
        [
            PDF_HEADER,
            *chunk,
            f"OFFICIAL                                                      Page {n} of {total}",
        ]
        for n, chunk in enumerate(chunks, start=1)
    ]
    return make_pdf(pages)


# ---------------------------------------------------------------------------------------------
# 3. HTML: joint working protocol, Legal Ombudsman and Bar Standards Board (with site chrome)
# ---------------------------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Joint working protocol between the Legal Ombudsman and the Bar Standards Board - Corporate information</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/site.css">
<script src="/assets/js/cookie-banner.js" defer></script>
</head>
<body>
<a href="#main-content" class="skip-link">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies on this site">
  <p>We use some essential cookies to make this website work. We would also like to set analytics cookies.</p>
  <button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button>
</div>
<header class="site-header">
  <a href="/" class="site-logo">Legal Ombudsman</a>
  <nav aria-label="Main menu">
    <ul>
      <li><a href="/complain">Make a complaint</a></li>
      <li><a href="/decisions">Ombudsman decisions</a></li>
      <li><a href="/lawyers">Information for lawyers</a></li>
      <li><a href="/about-us">About us</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/about-us">About us</a></li>
    <li><a href="/about-us/corporate-information">Corporate information</a></li>
    <li>Working with other organisations</li>
  </ol>
</nav>
<main id="main-content">
<article class="page-content">
<h1>Joint working protocol between the Legal Ombudsman and the Bar Standards Board</h1>

<h2>Introduction</h2>
<p>This protocol sets out how the Legal Ombudsman and the Bar Standards Board work together where
a complaint about a barrister raises issues for both organisations. It applies from 1 March 2025
and replaces the memorandum of understanding that the two organisations signed in 2018.</p>
<p>The Legal Services Act 2007 gives the Legal Ombudsman responsibility for resolving complaints
about the service that authorised lawyers provide, and gives approved regulators such as the Bar
Council, which delegates its regulatory functions to the Bar Standards Board, responsibility for
standards of professional conduct. Section 143 of the Act requires the ombudsman scheme to notify
the relevant approved regulator of any conduct issue that it considers should be drawn to its
attention.</p>
<p>This protocol is not a contract and is not intended to create legal relations. It does not
affect the independence of either organisation or the decisions that either of them takes.</p>

<h2>Our roles</h2>
<p>The Legal Ombudsman is the independent scheme set up under the Legal Services Act 2007 to resolve
complaints about lawyers in England and Wales. It can require a lawyer to apologise, to put things
right, or to pay compensation of up to &pound;50,000. It does not decide whether a lawyer has
breached professional rules.</p>
<p>The Bar Standards Board regulates barristers called to the Bar in England and Wales. It sets the
standards in the BSB Handbook, authorises barristers to practise, assesses reports about conduct
and, where appropriate, brings disciplinary proceedings before the Bar Tribunals and Adjudication
Service.</p>

<h2>Principles of joint working</h2>
<p>In working together we are guided by these principles:</p>
<ul>
  <li>people who complain should not be passed between us without a clear explanation;</li>
  <li>each organisation reaches its own decisions on the matters within its remit;</li>
  <li>we act fairly towards the barristers we deal with and avoid unnecessary duplication;</li>
  <li>we learn from each other's work to improve standards of service at the Bar.</li>
</ul>

<h2>Referrals between the organisations</h2>
<p>Where a complaint that the Legal Ombudsman is investigating suggests that a barrister may have
breached the BSB Handbook, the Legal Ombudsman will refer the matter to the Bar Standards Board. The
referral will include a summary of the complaint, the ombudsman's findings so far and copies of the
key documents.</p>
<p>The Bar Standards Board will acknowledge each referral within ten working days and will let the
Legal Ombudsman know the outcome of its assessment once a decision has been made.</p>
<p>If a member of the public contacts the Bar Standards Board about the standard of service they
received from a barrister, the Bar Standards Board will refer that person to the Legal Ombudsman and
will explain the time limits that apply to bringing a complaint.</p>
<p>Referrals may be made by secure email to the contacts listed at the end of this protocol, or
through any other channel the relationship managers agree.</p>

<h2>Sharing information</h2>
<p>Each organisation will provide the other with the information it reasonably needs to carry out its
statutory functions, including data on the number and type of complaints received about barristers
and chambers.</p>
<p>Sharing under this protocol relies on the organisations' functions under the Legal Services Act
2007. Where personal data is involved, the lawful basis is Article 6(1)(e) of the UK GDPR, and each
organisation complies with the Data Protection Act 2018 as a separate controller.</p>
<p>Neither organisation will pass to the other any document that is subject to legal professional
privilege unless the client concerned has waived that privilege.</p>
<p>Each organisation will treat information received from the other as confidential, keep it
securely and restrict access to the staff who need it for their work.</p>
<h3>Freedom of information</h3>
<p>Both organisations are public authorities under the Freedom of Information Act 2000.</p>
<p>If either of us receives a request for information that came from the other, we will consult the
other organisation before we respond, allowing enough time for its views to be considered within
the statutory deadline.</p>

<h2>Publication and the media</h2>
<p>The Legal Ombudsman will tell the Bar Standards Board at least five working days before it
publishes decision data that names a barrister who is the subject of a current referral.</p>
<p>Each organisation will give the other no less than 24 hours' notice of any media statement that
refers to the other organisation or to a case in which both are involved.</p>

<h2>Managing the relationship</h2>
<p>Each organisation will appoint a relationship manager who is responsible for overseeing this
protocol and is the first point of contact for the other organisation.</p>
<p>The relationship managers will meet every four months to discuss referrals, emerging themes and
any operational issues.</p>
<p>The Chief Ombudsman and the Director General of the Bar Standards Board will meet once a year to
discuss matters of strategic interest.</p>
<p>The two organisations will run a joint training session for ombudsmen, investigators and
assessment staff each year, covering how each organisation handles complaints and referrals.</p>

<h2>Resolving disagreements</h2>
<p>Disagreements about the operation of this protocol will be resolved by the relationship managers
where possible. Any that they cannot resolve will be escalated to the Legal Ombudsman's Head of Legal
and the Bar Standards Board's Director of Legal and Enforcement and, if still unresolved, to the
Chief Ombudsman and the Director General.</p>

<h2>Review</h2>
<p>This protocol will be reviewed every 18 months by the relationship managers.</p>
<p>Amendments take effect only when both organisations have agreed them in writing.</p>

<h2>Contacts</h2>
<table>
  <thead>
    <tr><th>Role</th><th>Legal Ombudsman</th><th>Bar Standards Board</th></tr>
  </thead>
  <tbody>
    <tr><td>Relationship manager</td><td>Stakeholder Engagement Manager</td><td>Head of Regulatory Policy</td></tr>
    <tr><td>Referrals</td><td>Referrals Team</td><td>Contact and Assessment Team</td></tr>
    <tr><td>Senior contact</td><td>Head of Legal</td><td>Director of Legal and Enforcement</td></tr>
  </tbody>
</table>
</article>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/foi">Freedom of information</a></li>
  </ul>
  <p>&copy; Legal Ombudsman. Content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------
# 4. Plain text: liaison agreement, Utility Regulator and HSENI
# ---------------------------------------------------------------------------------------------
TXT = """\
Liaison agreement between the Northern Ireland Authority for Utility Regulation and the Health and Safety Executive for Northern Ireland

Introduction

1. This agreement sets out how the Northern Ireland Authority for Utility Regulation (the Utility Regulator) and the Health and Safety Executive for Northern Ireland (HSENI) liaise on the safety of gas and electricity networks and supply in Northern Ireland. It takes effect on 1 June 2025 and replaces the liaison agreement of 2016.

2. HSENI enforces the Health and Safety at Work (Northern Ireland) Order 1978 and the regulations made under it, including the Gas Safety (Management) Regulations (Northern Ireland) 1997 and the Electricity at Work Regulations (Northern Ireland) 1991. The Utility Regulator grants and enforces licences under the Electricity (Northern Ireland) Order 1992 and the Gas (Northern Ireland) Order 1996, and has a duty to protect the interests of consumers.

3. This agreement is not legally binding. It does not change the statutory functions of either body, and each body remains responsible for its own decisions. It should be read with HSENI's enforcement policy statement and the Utility Regulator's enforcement guidance, both of which are published on the bodies' websites.

Definitions

4. In this agreement:
(a) "licence holder" means a person holding a licence granted under the 1992 Order or the 1996 Order;
(b) "reportable incident" means an incident that must be reported under the Reporting of Injuries, Diseases and Dangerous Occurrences Regulations (Northern Ireland) 1997 or the Gas Safety (Management) Regulations (Northern Ireland) 1997;
(c) "safety case" means the document a gas conveyor must have accepted by HSENI before it conveys gas.

Roles and Lead Responsibility

5. HSENI is the lead body for investigating reportable incidents on gas and electricity networks, for assessing safety cases and for enforcing health and safety law against licence holders.

6. The Utility Regulator leads on compliance with licence conditions, including conditions on security of supply, emergency response standards and the handling of customer complaints. The Utility Regulator does not investigate the causes of incidents, but it may take action where an incident reveals a breach of a licence condition.

7. Where an incident raises questions for both bodies, HSENI and the Utility Regulator will agree at the outset which of them is to lead, and will record that decision and the reasons for it.

Notification of Incidents

8. HSENI will notify the Utility Regulator within one working day of learning of any gas explosion, death from carbon monoxide poisoning or serious electrical accident connected with a licence holder's network or supply.

9. The Utility Regulator will inform HSENI promptly of any matter arising from its monitoring of licence holders that suggests a risk to the health and safety of workers or the public, including:
(a) a failure to meet emergency response standards for reported gas escapes;
(b) a significant backlog in the replacement of metallic gas mains; and
(c) repeated failures of protection equipment on the electricity network.

10. Each body shall send the other a copy of any enforcement notice or final order that it serves on a licence holder within five working days of serving it.

Information Sharing

11. The Utility Regulator will pass to HSENI the safety-related information that licence holders report to it under their licence conditions, including the reports that gas conveyors make on the condition of their networks.

12. The UK GDPR and the Data Protection Act 2018 apply to any personal data exchanged under this agreement. Each body acts as a separate controller and is responsible for its own compliance.

13. Neither body will disclose to the other information that would identify a person who has raised a concern in confidence, unless that person consents or the law requires the disclosure.

14. Information received under this agreement will be kept confidential by the receiving body and used only in connection with its statutory functions.

15. Both bodies are subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004. A body that receives a request for information which originated with the other will consult the other within five working days of receiving the request.

Publicity

16. Where either body intends to publish a report or statement about an incident or investigation in which the other has an interest, it will share the text with the other no later than two working days before publication.

Liaison Arrangements

17. Each body will appoint a named liaison officer, who will be responsible for the working of this agreement and for maintaining contact between the two bodies.

18. The liaison officers will meet every quarter to discuss current incidents, enforcement activity, emerging risks and planned changes in either body's approach.

19. Senior representatives of the Utility Regulator and HSENI will meet annually to discuss strategic matters of common interest.

20. When the Utility Regulator asks for it, HSENI will provide training for Utility Regulator staff on gas and electrical safety legislation and on incident investigation.

Resolving Differences

21. Differences of view about the application of this agreement will be settled by the liaison officers wherever possible. Any that cannot be settled at that level will be referred to the Utility Regulator's Director of Networks and HSENI's Head of Major Hazards and Gas, and, failing agreement, to the Chief Executives of the two bodies.

Review

22. This agreement will be reviewed every three years, or earlier if there is a significant change in the legislation or in the functions of either body.

Signatures

Chief Executive, Northern Ireland Authority for Utility Regulation
Signed 21 May 2025

Chief Executive, Health and Safety Executive for Northern Ireland
Signed 23 May 2025
"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "caa-aaib-isa.docx").write_bytes(build_docx())
    (OUT / "mmo-mca-ne-mou.pdf").write_bytes(build_pdf())
    (OUT / "leo-bsb-protocol.html").write_text(HTML, encoding="utf-8", newline="\n")
    (OUT / "ur-hseni-liaison.txt").write_text(TXT, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
