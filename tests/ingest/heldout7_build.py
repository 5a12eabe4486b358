"""Rebuild held-out set 7 (docx, html, txt; text inline) in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout7_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md).
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "fixtures"
FIXED_ZIP_TIME = (2025, 5, 20, 9, 0, 0)

# ---------------------------------------------------------------- 1. docx MoU

FC_TITLE = "Memorandum of Understanding between the Forestry Commission and Norfolk County Council"

# (heading, [paragraphs]); paragraphs carry their printed numbers
FC_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "1. Introduction",
        [
            "1.1 This Memorandum of Understanding (MoU) sets out the framework for co-operation "
            "between the Forestry Commission (the Commission) and Norfolk County Council (the "
            "Council) on matters affecting woodland, hedgerow trees and forestry in the county of "
            "Norfolk, including the protection of ancient woodland and the creation of new "
            "woodland on land in public and private ownership.",
            "1.2 The MoU comes into effect on 1 June 2025 and replaces the letter of "
            "understanding exchanged between the parties in 2016. It is a statement of intent. "
            "It is not legally binding and does not override the statutory functions of either "
            "party.",
            "1.3 In this MoU, \u201cfelling licence\u201d means a licence granted under section 10 "
            "of the Forestry Act 1967; \u201ctree preservation order\u201d means an order made "
            "under section 198 of the Town and Country Planning Act 1990; and \u201clead "
            "officer\u201d means the person nominated by each party under paragraph 6.1.",
        ],
    ),
    (
        "2. Roles and responsibilities",
        [
            "2.1 The Commission is the government department responsible for protecting, "
            "expanding and improving woodland in England. It regulates tree felling through the "
            "felling licence regime, enforces against unlicensed felling and administers grants "
            "for woodland creation and management on behalf of the Department for Environment, "
            "Food and Rural Affairs.",
            "2.2 The Council is the highway authority and the lead local flood authority for "
            "Norfolk and the planning authority for minerals and waste development. It also "
            "owns and manages woodland on its county farms estate and at a number of country "
            "parks.",
            "2.3 Each party retains full responsibility for its own decisions, and nothing in "
            "this MoU fetters the discretion of either party in exercising its functions.",
        ],
    ),
    (
        "3. Principles",
        [
            "3.1 Co-operation between the parties rests on the following principles:",
            "(a) decisions are made on the best available evidence, including local knowledge "
            "of the landscape;",
            "(b) regulatory action is proportionate and avoids duplicating the work of the "
            "other party; and",
            "(c) landowners, contractors and the public receive clear and consistent messages "
            "from both parties.",
        ],
    ),
    (
        "4. Felling licences and tree preservation orders",
        [
            "4.1 Where an application for a felling licence relates to land on which a tree "
            "preservation order is in force, the Commission will notify the Council of the "
            "application within five working days of receiving it and will take account of any "
            "comments the Council makes within 28 days.",
            "4.2 The Council undertakes to tell the Commission promptly whenever it makes, "
            "varies or revokes a tree preservation order that covers woodland of more than half "
            "a hectare.",
            "4.3 Where either party becomes aware of suspected unlicensed felling in Norfolk, it "
            "will pass the details it holds, such as the location, the date, photographs and "
            "the names of any witnesses, to the other party as soon as practicable.",
            "4.4 Depending on the circumstances, the Commission\u2019s enforcement response may "
            "include:",
            "(a) a restocking notice requiring the land to be replanted;",
            "(b) an enforcement notice where the conditions of a licence have not been met; or",
            "(c) prosecution in the magistrates\u2019 court.",
        ],
    ),
    (
        "5. Sharing information",
        [
            "5.1 The parties will exchange woodland inventory updates, mapping data and "
            "information about grant schemes relevant to Norfolk on request and in any event at "
            "least once a year.",
            "5.2 Any sharing of personal data under this MoU is subject to the UK General Data "
            "Protection Regulation and the Data Protection Act 2018, and each party remains a "
            "separate controller of the personal data it holds.",
            "5.3 Neither party will disclose information received from the other to a third "
            "party without the prior written consent of the party that supplied it, unless the "
            "law requires the disclosure.",
            "5.4 Information marked as sensitive by the supplying party must be handled in "
            "confidence and stored securely by the receiving party.",
            "5.5 Where either party receives a request under the Freedom of Information Act "
            "2000 or the Environmental Information Regulations 2004 for information that "
            "originated with the other, it will consult that party before responding.",
        ],
    ),
    (
        "6. Working arrangements",
        [
            "6.1 Each party will nominate a lead officer who is responsible for managing this "
            "MoU and acts as the first point of contact for the other party.",
            "6.2 The lead officers shall meet quarterly, in person or online, to discuss current "
            "cases, forthcoming grant rounds and planning matters with a woodland interest.",
            "6.3 The Commission will offer the Council\u2019s planning, highways and estates "
            "staff an annual briefing on the felling licence regime and the UK Forestry "
            "Standard.",
            "6.4 The Commission\u2019s Area Director and the Council\u2019s Executive Director of "
            "Community and Environmental Services will meet once a year to consider the "
            "strategic direction of joint work, including the county\u2019s tree planting "
            "targets.",
        ],
    ),
    (
        "7. Communications",
        [
            "7.1 Each party will give the other at least two working days\u2019 notice before it "
            "issues a press release or public statement that refers to the other party or to "
            "joint work under this MoU.",
            "7.2 Joint press releases may be issued where both parties agree that a joint "
            "message would be helpful to the public.",
        ],
    ),
    (
        "8. Resolving disagreements",
        [
            "8.1 Any disagreement about the operation of this MoU should be resolved at working "
            "level wherever possible. If it cannot be resolved there, it will be referred to "
            "the lead officers and then, if necessary, to the Commission\u2019s Area Director and "
            "the Council\u2019s Executive Director of Community and Environmental Services.",
        ],
    ),
    (
        "9. Review and termination",
        [
            "9.1 This MoU will be reviewed every two years, or sooner at the request of either "
            "party.",
            "9.2 Either party may end this MoU by giving three months\u2019 notice in writing to "
            "the other.",
        ],
    ),
    (
        "10. Signatures",
        [
            "Signed for the Forestry Commission by the Area Director, East and East Midlands, "
            "on 20 May 2025.",
            "Signed for Norfolk County Council by the Executive Director of Community and "
            "Environmental Services on 22 May 2025.",
        ],
    ),
]


def build_docx() -> bytes:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author = "Jointwork held-out set 7"
    props.last_modified_by = "Jointwork held-out set 7"
    props.created = datetime(2025, 5, 20, 9, 0, 0)
    props.modified = datetime(2025, 5, 20, 9, 0, 0)
    props.revision = 1
    document.add_paragraph(FC_TITLE, style="Title")
    for heading, paragraphs in FC_SECTIONS:
        document.add_heading(heading, level=1)
        for text in paragraphs:
            document.add_paragraph(text)
    raw = io.BytesIO()
    document.save(raw)
    return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry timestamps and order, for byte-identical rebuilds."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- 2. html JWP (three parties)

EC_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Joint working protocol on electoral offences | Electoral Commission</title>
</head>
<body>
<header class="site-header">
  <a class="skip-link" href="#main">Skip to main content</a>
  <a class="logo" href="/">Electoral Commission</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/voting-and-elections">Voting and elections</a></li>
      <li><a href="/political-parties">Political parties</a></li>
      <li><a href="/research-reports-and-data">Research, reports and data</a></li>
      <li><a href="/who-we-are-and-what-we-do">Who we are and what we do</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" aria-label="Search"><button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/who-we-are-and-what-we-do">Who we are and what we do</a></li>
    <li><a href="/who-we-are-and-what-we-do/our-partners">Our partners</a></li>
  </ol>
</nav>
<main id="main">
<article>
<h1>Joint working protocol on electoral offences between the Electoral Commission, Thames Valley Police and the Crown Prosecution Service</h1>

<h2>Introduction</h2>
<p>This protocol sets out how the Electoral Commission, Thames Valley Police and the Crown Prosecution Service work together on allegations of electoral fraud and other electoral offences in the Thames Valley police area, which covers Berkshire, Buckinghamshire and Oxfordshire.</p>
<p>It takes effect on 1 April 2025 and applies to every election and referendum held in the area, including elections for the Police and Crime Commissioner and by-elections.</p>

<h2>Background and legal framework</h2>
<p>The Electoral Commission is the independent body which oversees elections and regulates political finance in the United Kingdom. Under the Political Parties, Elections and Referendums Act 2000 it has investigatory and civil sanctioning powers over political finance offences, but it has no power to investigate electoral fraud such as personation, bribery or undue influence, which is a matter for the police.</p>
<p>Thames Valley Police investigates criminal offences under the Representation of the People Act 1983 and related legislation. The Crown Prosecution Service decides whether a suspect should be charged and prosecutes cases in the criminal courts.</p>
<p>Each organisation remains independent and accountable for its own decisions. This protocol does not create legal obligations and does not affect the operational independence of the police or the prosecutorial independence of the Crown Prosecution Service.</p>

<h2>Principles</h2>
<p>The signatories share the following principles:</p>
<ul>
<li>allegations are dealt with promptly, impartially and without regard to the political affiliation of anyone involved;</li>
<li>the actions of each organisation support public confidence in the integrity of elections; and</li>
<li>returning officers and candidates receive consistent advice about electoral offences.</li>
</ul>

<h2>Points of contact</h2>
<p>Thames Valley Police will appoint a single point of contact (SPOC) for electoral matters, at the rank of inspector or above, who will be responsible for co-ordinating the force&rsquo;s work under this protocol.</p>
<p>The Crown Prosecution Service will name a specialist prosecutor to act as its lead contact for election cases in the Thames and Chiltern area.</p>

<h2>Reporting and referral of allegations</h2>
<p>Where the Electoral Commission receives an allegation that an electoral offence may have been committed in the Thames Valley police area, it will report the allegation, with any supporting material it holds, to the Thames Valley Police SPOC within two working days.</p>
<p>Thames Valley Police will tell the Electoral Commission the outcome of each investigation it carries out into an allegation relating to an election in the area, including any decision to take no further action.</p>
<p>If an investigation discloses a possible political finance offence that falls within the Commission&rsquo;s remit, Thames Valley Police will refer the case to the Electoral Commission.</p>
<p>Matters reported under this section may include, for example:</p>
<ul>
<li>suspected personation at a polling station;</li>
<li>allegations of undue influence or intimidation of voters; and</li>
<li>false statements on nomination papers.</li>
</ul>

<h2>Information sharing, security and data protection</h2>
<p>The parties will share with one another the information each needs to carry out its functions in relation to electoral offences, on a case-by-case basis.</p>
<p>Personal data is shared under the Data Protection Act 2018 and the UK General Data Protection Regulation, and each party acts as a separate controller for the personal data it holds.</p>
<p>No party will disclose information received under this protocol to any other person without the consent of the party that provided it, except where the law requires it.</p>
<p>Information relating to live investigations will be treated as confidential and held only on secure systems with access limited to staff who need it.</p>
<p>Each party will consult the party that provided information before disclosing it in response to a request made under the Freedom of Information Act 2000.</p>

<h2>Communications and the media</h2>
<p>Where a party intends to issue a press release or public statement about an investigation or prosecution covered by this protocol, it will give the other parties at least 24 hours&rsquo; notice before issue.</p>
<p>The Electoral Commission will send Thames Valley Police a draft of any post-election report that comments on the police response at least ten working days before the report is published.</p>
<p>Nothing in this section prevents a party from responding to a media enquiry about its own role in an election.</p>

<h2>Meetings</h2>
<p>Senior representatives of the three parties will meet every year in January to plan for the elections due in May and to review the lessons from the previous year&rsquo;s polls.</p>
<p>During the period between the publication of the notice of election and the declaration of results, the SPOC and the Commission&rsquo;s regional manager will hold a call every two weeks.</p>

<h2>Training</h2>
<p>Thames Valley Police will brief officers deployed to polling stations before each scheduled election, drawing on guidance material supplied by the Commission.</p>

<h2>Resolving disagreements</h2>
<p>Disagreements about the operation of this protocol should be settled at working level wherever possible. Those that cannot be settled will be escalated to the SPOC, the Commission&rsquo;s Head of Regions and the Deputy Chief Crown Prosecutor, and finally to the Chief Constable, the Commission&rsquo;s Chief Executive and the Chief Crown Prosecutor for Thames and Chiltern.</p>

<h2>Review</h2>
<p>The parties will review this protocol every two years, or sooner if any of them asks for a review.</p>
<p>This protocol was agreed by the three parties on 20 March 2025.</p>
</article>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy-notice">Privacy notice</a></li>
    <li><a href="/contact-us">Contact us</a></li>
    <li><a href="/welsh">Cymraeg</a></li>
  </ul>
  <p>&copy; The Electoral Commission. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 3. txt ISA (local numbering)

OSCR_TXT = """\
Information Sharing Agreement between the Office of the Scottish Charity Regulator and Companies House

PART A \u2013 GENERAL

1. This agreement sets out the arrangements for the exchange of information between the Office of the Scottish Charity Regulator (OSCR) and Companies House about charities that are also companies registered under the Companies Act 2006. It comes into force on 1 July 2025.

2. OSCR is the independent regulator and registrar of Scottish charities, established under the Charities and Trustee Investment (Scotland) Act 2005. Companies House incorporates and dissolves companies and maintains the register of companies for the whole of the United Kingdom.

3. A significant share of the charities on the Scottish Charity Register are companies limited by guarantee. Both bodies therefore hold information about the same organisations and about the people who run them, and each can help the other to keep its register accurate.

4. In this agreement, "charitable company" means a company that is entered in the Scottish Charity Register; "relationship manager" means the person named by each party under paragraph 9 of Part B; and "working day" means a day other than a Saturday, a Sunday or a public holiday in Scotland.

5. This agreement does not create legal obligations, and it does not alter the statutory functions or powers of either party.

6. The parties recognise the following principles in their joint work:
(a) information is shared only where a legal gateway exists and only to the extent necessary;
(b) each party keeps the information it receives accurate and up to date; and
(c) the sharing is transparent to charities and the public, save where this would prejudice an inquiry.

PART B \u2013 OPERATIONS

1. OSCR will notify Companies House within 10 working days whenever it removes a charitable company from the Scottish Charity Register or directs a charitable company to change its name.

2. Companies House will provide OSCR, on a monthly basis, with:
(a) a list of charitable companies registered in Scotland that have been struck off or dissolved in the previous month;
(b) details of charitable companies that have not filed accounts or a confirmation statement by the due date; and
(c) changes to the registered office address of any charitable company.

3. Where OSCR is considering suspending or removing a charity trustee who is also a director of a charitable company, it may ask Companies House for information about that person's other directorships. Companies House will supply the information it holds within five working days of the request.

4. Each party will refer to the other any charitable company it suspects of being used to facilitate fraud, money laundering or other economic crime, together with the grounds for its suspicion.

5. Neither party will use information received under this agreement for any purpose other than the purpose for which it was supplied.

6. Information supplied by OSCR that does not appear on a public register shall be kept confidential by Companies House and made available only to staff who need it for their work.

7. Where either party receives a request under the Freedom of Information (Scotland) Act 2002 or the Freedom of Information Act 2000 that covers information supplied by the other, it will seek the other party's views before responding and will allow at least five working days for a reply.

8. If information received under this agreement is lost or disclosed without authority, the receiving party must inform the supplying party within 24 hours of becoming aware of the incident.

9. Each party will name a relationship manager who is responsible for the day-to-day operation of this agreement and for keeping a record of the exchanges made under it.

10. The relationship managers will hold a call every six months to check that the exchanges are working as intended and to agree any changes to the data supplied.

11. OSCR will provide an induction session on Scottish charity law to Companies House staff who handle data supplied by OSCR, when they join the team.

12. Each party will give the other at least five working days' notice before publishing any report or statistics drawn substantially from information supplied under this agreement.

13. Any dispute about this agreement will be raised first between the relationship managers. If it is not resolved within 20 working days, it will be referred to OSCR's Head of Engagement and Companies House's Director of Registration, and then to the Chief Executive of OSCR and the Registrar of Companies.

14. This agreement will be reviewed annually by the relationship managers, and may be reviewed sooner at the request of either party.

Annex 1 \u2013 Legal gateways

OSCR may disclose information to Companies House under section 24 of the Charities and Trustee Investment (Scotland) Act 2005, which permits disclosure to any public body for the purpose of enabling or assisting that body to exercise any of its functions.

Companies House may disclose information to OSCR under the information sharing provisions of the Companies Act 2006, as amended by the Economic Crime and Corporate Transparency Act 2023, which permit the registrar to disclose information to a public authority for the purposes of the exercise of its functions.
"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "fc-norfolk-mou.docx").write_bytes(build_docx())
    (OUT / "ec-tvp-cps-protocol.html").write_bytes(EC_HTML.encode("utf-8"))
    (OUT / "oscr-companies-house-isa.txt").write_bytes(OSCR_TXT.encode("utf-8"))


if __name__ == "__main__":
    main()
