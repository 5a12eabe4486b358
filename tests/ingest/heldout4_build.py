"""Rebuild held-out set 4 (docx, pdf, html, md; text inline) in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout4_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md).
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
import zipfile
from pathlib import Path

from tests.ingest.builders import make_pdf

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
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps, so rebuilds are byte-identical."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


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

HTML_ARTICLE = """\
<h1>Joint working protocol between HM Inspectorate of Prisons, the Independent Monitoring Boards and the Prisons and Probation Ombudsman</h1>

<h2>About this protocol</h2>
<p>This protocol explains how HM Inspectorate of Prisons (HMI Prisons), the Independent Monitoring Boards (IMBs) and the Prisons and Probation Ombudsman (PPO) work together in prisons and young offender institutions in England and Wales. Each body looks at the treatment of people in detention from a different angle, and co-ordinating our work helps us to avoid duplication and to act on risks sooner. The same arrangements apply, with the necessary changes, in immigration removal centres, where all three bodies also have a role.</p>
<p>HM Chief Inspector of Prisons reports on the treatment and conditions of prisoners under section 5A of the Prison Act 1952. An IMB is appointed for each prison under section 6 of the same Act and its members monitor the prison day to day. The PPO investigates complaints from people in custody and every death in custody. All three bodies are members of the UK's National Preventive Mechanism under the Optional Protocol to the Convention against Torture.</p>
<p>This protocol comes into effect on 1 February 2026 and replaces the protocol agreed in 2021.</p>
<p>It is not legally binding and does not limit the independence of any of the bodies or the statutory powers of HM Chief Inspector. Separate agreements cover each body's work with HM Prison and Probation Service and with the healthcare regulators.</p>

<h2>Principles</h2>
<p>Our joint working rests on the following principles:</p>
<ul>
<li>each body reaches its own judgements and reports them in its own name;</li>
<li>we avoid asking establishments for the same information more than once;</li>
<li>we share what we know as openly as the law allows;</li>
<li>the safety and dignity of people in detention come first.</li>
</ul>

<h2>Working together</h2>
<h3>Before and during inspections</h3>
<p>HMI Prisons will notify the chair of the relevant IMB of each unannounced inspection on the first day that the inspection team is on site.</p>
<p>Before each full inspection, the IMB shall provide HMI Prisons with its most recent annual report and a note of the concerns it has raised with the governor during the previous twelve months.</p>
<p>The PPO will give HMI Prisons a summary of the complaints it has investigated and the deaths in custody it has reviewed at the establishment since the last inspection.</p>
<h3>Deaths in custody</h3>
<p>When a person dies in prison custody, the PPO will inform the IMB chair and HMI Prisons that it has opened a fatal incident investigation.</p>
<p>IMB members who attend the establishment after a death are responsible for recording their observations and passing them to the PPO investigator within five working days.</p>
<p>The PPO's investigation reports may draw on earlier inspection findings and on the IMB's annual reports.</p>
<h3>Urgent concerns</h3>
<p>Where any of the three bodies identifies an immediate risk to the safety of a person in detention, it must tell the other two bodies without delay.</p>
<p>Examples of such concerns may include:</p>
<ul>
<li>segregation for longer than the rules permit;</li>
<li>use of force that appears excessive or unrecorded;</li>
<li>a prisoner being unable to get urgent healthcare.</li>
</ul>

<h2>Information sharing</h2>
<p>Information is shared under this protocol for the performance of tasks carried out in the public interest under Article 6(1)(e) of the UK GDPR and, for special category and criminal offence data, under the conditions in Schedule 1 to the Data Protection Act 2018.</p>
<p>The three bodies will share with one another their published findings, their planned programmes of thematic work and their data on complaints, deaths and the use of force, so far as each body's statutory framework allows.</p>
<p>No body shall disclose to another the identity of a prisoner or a member of staff who has raised a concern in confidence, unless that person agrees or there is a risk to life.</p>
<p>Each body undertakes to keep information received under this protocol confidential and to handle it in line with the Government Security Classifications.</p>
<h3>Requests under the Freedom of Information Act</h3>
<p>A request for information is handled under the Freedom of Information Act 2000 by the body that receives it.</p>
<p>A body that receives a request for information which came from another party to this protocol will consult that party before responding, allowing it at least five working days to comment.</p>

<h2>Publications</h2>
<p>HMI Prisons will send the IMB chair and the PPO a copy of each inspection report 48 hours before it is published.</p>
<p>The PPO will share its anonymised fatal incident reports with HMI Prisons and the relevant IMB at least 10 working days before they are published on its website.</p>

<h2>Meetings and liaison</h2>
<p>HMI Prisons is the lead body for this protocol: its Head of Strategy provides the secretariat and keeps the list of named contacts for all three bodies.</p>
<p>HM Chief Inspector of Prisons, the Prisons and Probation Ombudsman and the President of the National Council for Independent Monitoring Boards will meet three times a year.</p>
<p>Liaison officers from each body will hold a video call every month to exchange information on individual establishments.</p>
<p>New inspectors joining HMI Prisons will receive an induction session on the roles of the IMBs and of the PPO within their first six months.</p>

<h2>Resolving disagreements</h2>
<p>Disagreements about the operation of this protocol will be handled as follows:</p>
<ul>
<li>first, by the liaison officers concerned;</li>
<li>if not resolved within 20 working days, by the heads of operations of the bodies involved;</li>
<li>finally, by HM Chief Inspector, the Ombudsman and the President of the National Council.</li>
</ul>

<h2>Review</h2>
<p>This protocol will be reviewed every two years by the three bodies, and earlier if the legislation changes or any of the bodies requests it.</p>
<p>Agreed on behalf of each body by its head in January 2026.</p>
"""

HTML_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Joint working protocol with the IMBs and the PPO - HM Inspectorate of Prisons</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookies on this site">
<p>We use some essential cookies to make this website work. We would also like to use analytics cookies to understand how you use the site.</p>
<button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
<a href="/" class="site-logo">HM Inspectorate of Prisons</a>
<nav aria-label="Main">
<ul>
<li><a href="/our-work/">Our work</a></li>
<li><a href="/inspections/">Inspection reports</a></li>
<li><a href="/about-our-inspections/">About our inspections</a></li>
<li><a href="/about-hmi-prisons/">About us</a></li>
<li><a href="/contact-us/">Contact us</a></li>
</ul>
</nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
<ol>
<li><a href="/">Home</a></li>
<li><a href="/about-hmi-prisons/">About us</a></li>
<li><a href="/about-hmi-prisons/working-with-others/">Working with others</a></li>
</ol>
</nav>
<main id="main-content">
<article class="entry-content">
{article}</article>
<aside class="related">
<h2>Related content</h2>
<ul>
<li><a href="/our-work/nmp/">The National Preventive Mechanism</a></li>
<li><a href="/about-hmi-prisons/expectations/">Our Expectations</a></li>
</ul>
</aside>
</main>
<footer class="site-footer">
<p><a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy notice</a> | <a href="/cookies/">Cookies</a></p>
<p>&copy; Crown copyright. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
</footer>
</body>
</html>
"""


def build_html() -> bytes:
    return HTML_PAGE.replace("{article}", HTML_ARTICLE).encode("utf-8")


# ---------------------------------------------------------------- 4. md: OPG / Leeds City Council liaison

MARKDOWN = """\
# Liaison agreement between the Office of the Public Guardian and Leeds City Council

## Purpose

1. This agreement sets out how the Office of the Public Guardian (OPG) and Leeds City Council (the Council) liaise when either of them is concerned about the way an attorney acting under a lasting or enduring power of attorney, or a deputy appointed by the Court of Protection, is treating an adult who may lack mental capacity. It is intended to make sure that concerns are passed quickly to the body best placed to act, and that the adult is not asked the same questions twice.

2. It takes effect on 6 April 2026. It supports the Council's responsibilities for adult safeguarding under the Care Act 2014 and the functions of the Public Guardian under the Mental Capacity Act 2005.

## Background

3. The Public Guardian keeps the registers of lasting and enduring powers of attorney, supervises deputies and investigates concerns about the conduct of attorneys and deputies under section 58 of the Mental Capacity Act 2005. Where an investigation finds that an adult is at risk, the OPG may apply to the Court of Protection for an order.

4. Under section 42 of the Care Act 2014 the Council has a duty to make enquiries, or cause others to make them, where it has reasonable cause to suspect that an adult with needs for care and support is experiencing, or is at risk of, abuse or neglect, including financial abuse.

5. In this agreement a "safeguarding concern" is information suggesting that an adult may be experiencing abuse or neglect by an attorney or deputy, and a "shared case" is one that both parties are looking into at the same time. A concern may come from a relative, a care provider, a bank or the adult themselves.

## Raising concerns

6. Where the Council's adult social care staff suspect that an attorney or deputy is abusing their position, the Council will notify the OPG, using the OPG's safeguarding referral form, within two working days of forming that suspicion.

7. The OPG shall inform the Council's Adult Safeguarding Unit when it opens an investigation about an adult who lives in Leeds and who may have needs for care and support.

8. When the OPG decides to apply to the Court of Protection to suspend or remove an attorney or deputy, it will tell the Council before the application is made, unless doing so would place the adult at greater risk.

9. In a shared case each party commits to:
   - sharing the outcome of its enquiries with the other party within ten working days of completing them;
   - telling the other party straight away if it learns of a risk of immediate harm to the adult;
   - not contacting the attorney or deputy about the concern without first speaking to the other party.

## Sharing information

10. The parties will share personal data under this agreement only where it is necessary and proportionate for safeguarding the adult or for the OPG's supervisory and investigative functions. The lawful bases are Article 6(1)(e) of the UK GDPR and, for data concerning health, Article 9(2)(g) together with the safeguarding condition in Part 2 of Schedule 1 to the Data Protection Act 2018. Information shared typically includes the adult's name, address and date of birth, the name of the attorney or deputy, and a summary of the concern.

11. Neither party will disclose information received under this agreement to the attorney or deputy concerned without the agreement of the party that supplied it.

12. Each party shall keep information received from the other confidential, send it only by secure email and keep it no longer than its own retention schedule allows.

13. If either party receives a request under the Freedom of Information Act 2000 that covers information supplied by the other, it will consult the other party within five working days of receiving the request.

## Publications and the media

14. The Council will give the OPG at least 5 working days' notice before publishing any report that refers to the OPG's involvement in a case.

15. Before issuing a press statement about a shared case, the party issuing it will give the other 24 hours' notice, unless a court order or the urgency of the matter prevents this.

## Working arrangements

16. The OPG's Safeguarding Team Leader (North) and the Council's Head of Adult Safeguarding will act as the liaison leads for this agreement and will keep the contact list in Annex A up to date.

17. The liaison leads will meet quarterly to review shared cases and the number of referrals made in each direction.

18. The OPG agrees to deliver a training session for the Council's safeguarding staff on lasting powers of attorney and deputyship at least once a year.

19. If a disagreement about a case cannot be settled between the officers handling it, it shall be escalated first to the liaison leads, then to the OPG's Head of Investigations and the Council's Chief Officer for Adult Social Care, and finally to the Public Guardian and the Council's Director of Adults and Health.

## Review

20. The liaison leads will review this agreement every 12 months.

21. Either party may end this agreement by giving the other three months' notice in writing.

## Annex A: Contacts

The contacts for this agreement at the date it takes effect are listed below.

| Level | Office of the Public Guardian | Leeds City Council |
|---|---|---|
| Liaison lead | Safeguarding Team Leader (North) | Head of Adult Safeguarding |
| Second level | Head of Investigations | Chief Officer, Adult Social Care |
| Final level | Public Guardian | Director of Adults and Health |
"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "ofqual-ofs-mou.docx").write_bytes(build_docx())
    (OUT / "gambling-commission-asa-isa.pdf").write_bytes(build_pdf())
    (OUT / "hmip-imb-ppo-protocol.html").write_bytes(build_html())
    (OUT / "opg-leeds-liaison.md").write_bytes(MARKDOWN.encode("utf-8"))


if __name__ == "__main__":
    main()
