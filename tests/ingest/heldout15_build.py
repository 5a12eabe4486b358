"""Rebuild the Word and PDF files of held-out set 15 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout15_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the text file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import chunk_lines, docx_bytes, run_table, write_fixtures

# ---------------------------------------------------------------------------
# 1. Word information sharing agreement: RPA and AHDB
# ---------------------------------------------------------------------------


def build_docx() -> bytes:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "RPA Information Governance Team"
    cp.title = "Information Sharing Agreement - RPA and AHDB"
    cp.created = dt.datetime(2025, 5, 16, 9, 0, 0)
    cp.modified = dt.datetime(2025, 5, 16, 9, 0, 0)
    cp.last_modified_by = "RPA Information Governance Team"
    cp.revision = 4

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "RPA / AHDB Information Sharing Agreement, version 2.0 - OFFICIAL"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def para(text: str) -> None:
        d.add_paragraph(text)

    def bullet(text: str) -> None:
        d.add_paragraph(text, style="List Bullet")

    def table(rows: list[list[str]], header: bool = True) -> None:
        run_table(d, rows, header=header, size=10)

    d.add_paragraph(
        "Information Sharing Agreement between the Rural Payments Agency and the "
        "Agriculture and Horticulture Development Board",
        style="Title",
    )
    table(
        [
            ["Reference", "RPA-ISA-0412"],
            ["Version", "2.0 (final)"],
            ["Issued", "16 May 2025"],
            ["Owner", "RPA Information Governance Team"],
            ["Security classification", "OFFICIAL"],
        ],
        header=False,
    )

    d.add_heading("1. Introduction", level=1)
    para(
        "1.1\tThis agreement is made between the Rural Payments Agency (RPA), an executive "
        "agency of the Department for Environment, Food and Rural Affairs, and the Agriculture "
        "and Horticulture Development Board (AHDB), a statutory levy board set up under the "
        "Natural Environment and Rural Communities Act 2006 by the Agriculture and Horticulture "
        'Development Board Order 2008. In this document RPA and AHDB are called "the parties".'
    )
    para(
        "1.2\tThe British Cattle Movement Service (BCMS), which is part of RPA, runs the Cattle "
        "Tracing System (CTS). CTS records the birth, movement and death of every bovine animal "
        "registered with BCMS and is the most complete source of information on the cattle "
        "population and on the animals presented for slaughter."
    )
    para(
        "1.3\tAHDB is funded by statutory levies paid by farmers, growers, processors and "
        "others in the supply chain. It publishes price reports, market analysis and supply "
        "forecasts for the sectors it serves, and relies on accurate slaughter and population "
        "figures to do so."
    )
    para(
        "1.4\tThis agreement describes what information the parties exchange, why, and the "
        "safeguards that apply. It is not a contract and does not create legal obligations, "
        "but each party has signed it as a record of how it intends to act."
    )

    d.add_heading("2. Purpose and lawful basis", level=1)
    d.add_heading("2.1 Purpose", level=2)
    para(
        "2.1.1\tInformation that RPA supplies under this agreement may be used by AHDB only "
        "for the following purposes:"
    )
    bullet(
        "producing national and regional statistics on cattle slaughterings, prime cattle "
        "numbers and the likely future supply of beef;"
    )
    bullet(
        "checking the completeness of the register of levy payers in the beef and lamb sector; and"
    )
    bullet(
        "answering requests for market information from the Department for Environment, Food "
        "and Rural Affairs and the devolved governments."
    )
    para(
        "2.1.2\tRPA uses the information that AHDB supplies to keep its list of approved "
        "slaughterhouses up to date and to support its administration of public market "
        "measures, where prices reported by AHDB are one of the triggers for intervention."
    )
    d.add_heading("2.2 Lawful basis", level=2)
    para(
        "2.2.1\tBoth parties rely on Article 6(1)(e) of the UK General Data Protection "
        "Regulation: the processing is necessary for a task carried out in the public interest "
        "or in the exercise of official authority vested in them. Neither party relies on "
        "consent."
    )
    para(
        "2.2.2\tMost of the information is about animals and businesses rather than people. "
        "Where a holding is run by a sole trader or a partnership, though, a County Parish "
        "Holding number can be linked to a living individual, and the parties treat all "
        "record-level CTS data as personal data for the purposes of this agreement."
    )
    para(
        "2.2.3\tNothing in this agreement requires either party to disclose information where "
        "the disclosure would be unlawful or incompatible with the purpose for which the "
        "information was collected."
    )

    d.add_heading("3. Roles and responsibilities", level=1)
    d.add_heading("3.1 Controllers", level=2)
    para(
        "3.1.1\tEach party is an independent controller of the information it holds and of the "
        "information it receives under this agreement. Neither party processes personal data "
        "on behalf of the other."
    )
    d.add_heading("3.2 Agreement leads and data contacts", level=2)
    para(
        "3.2.1\tRPA and AHDB will each appoint an agreement lead, who will be responsible for "
        "managing this agreement on that party's behalf and for keeping the contact details in "
        "Annex A up to date."
    )
    para(
        "3.2.2\tThe agreement leads will meet at least twice a year to discuss data quality, "
        "security and any proposed change to the data flows in section 4. Additional meetings "
        "may be arranged when a new data flow is proposed."
    )
    para(
        "3.2.3\tDay-to-day questions about file transfers and individual records are handled "
        "by the data contacts named in Annex A."
    )

    d.add_heading("4. Information to be shared", level=1)
    d.add_heading("4.1 Scope", level=2)
    para(
        "4.1.1\tOnly the minimum information needed for the purposes in section 2.1 is shared. "
        "Record-level CTS data is limited to the fields shown in the table at paragraph 4.2.1."
    )
    para(
        "4.1.2\tRPA will not share the names, addresses or telephone numbers of individual "
        "cattle keepers with AHDB under this agreement."
    )
    d.add_heading("4.2 Data flows", level=2)
    para("4.2.1\tThe routine data flows between the parties are as follows:")
    table(
        [
            ["Data set", "Supplied by", "Supplied to", "Frequency", "Format and route"],
            [
                "Cattle slaughter records: ear tag number, breed, sex, date of birth, date "
                "and premises of slaughter",
                "RPA (BCMS)",
                "AHDB",
                "Weekly, by 10:00 each Tuesday",
                "CSV file by secure file transfer",
            ],
            [
                "Live cattle population by age band, sex and county",
                "RPA (BCMS)",
                "AHDB",
                "Monthly, by the 15th working day",
                "CSV file by secure file transfer",
            ],
            [
                "Register of slaughterhouses and processors paying the beef and lamb levy",
                "AHDB",
                "RPA",
                "Quarterly",
                "Spreadsheet by secure email",
            ],
            [
                "Deadweight cattle and sheep prices",
                "AHDB",
                "RPA",
                "Weekly, each Thursday",
                "Published dataset and API",
            ],
        ]
    )
    para(
        "4.2.2\tA request for information outside the routine flows is made in writing to the "
        "other party's agreement lead, explaining the purpose and the fields needed. If the "
        "request is agreed, the supplying party will provide the information by the route "
        "described in section 4.3."
    )
    d.add_heading("4.3 Transfer and security", level=2)
    para(
        "4.3.1\tFiles are exchanged only through RPA's secure file transfer service or, for "
        "aggregated data, by email marked OFFICIAL. Record-level data will never be sent by "
        "unencrypted email or on removable media."
    )
    para(
        "4.3.2\tEach party will hold information received from the other on systems assured "
        "to the standard HM Government requires for OFFICIAL information, and will keep it "
        "confidential to those of its staff who need it for the purposes in section 2.1."
    )
    para(
        "4.3.3\tAHDB will not pass record-level CTS data to any third party, including its own "
        "contractors, without RPA's prior written agreement."
    )

    d.add_heading("5. Data quality, retention and deletion", level=1)
    para(
        "5.1\tEach party is responsible for the accuracy of the information it supplies. If "
        "AHDB finds a record that appears to be wrong or incomplete, it will report it to the "
        "BCMS data quality team within five working days so that the record can be checked "
        "with the keeper."
    )
    para(
        "5.2\tAHDB keeps record-level slaughter data for no more than three years from the "
        "date of receipt and then destroys it securely. Aggregated outputs that cannot identify "
        "a holding or business may be kept for as long as AHDB needs them."
    )
    para(
        "5.3\tWhen this agreement ends, AHDB will confirm to RPA in writing that all "
        "record-level CTS data it holds has been deleted."
    )

    d.add_heading("6. Security incidents", level=1)
    para(
        "6.1\tA party that discovers the loss of, or unauthorised access to, information shared "
        "under this agreement will notify the other party's agreement lead as soon as possible "
        "and no later than 24 hours after discovery."
    )
    para(
        "6.2\tThe party that held the information when the incident happened leads the "
        "response, including the decision whether to report the breach to the Information "
        "Commissioner. The other party gives whatever help is reasonably asked of it."
    )

    d.add_heading("7. Requests for information", level=1)
    para(
        "7.1\tRequests under the Freedom of Information Act 2000 or the Environmental "
        "Information Regulations 2004 are handled by the party that receives them. Where a "
        "request covers information supplied by the other party, the receiving party will "
        "consult that party before deciding what to release and will give it at least five "
        "working days to respond."
    )
    para(
        "7.2\tIf either party receives a subject access request, or another request to "
        "exercise data protection rights, that concerns information supplied by the other, it "
        "will tell the other party's data protection officer about the request within two "
        "working days."
    )

    d.add_heading("8. Publication and communications", level=1)
    para(
        "8.1\tAHDB publishes statistics derived from CTS data. Before it publishes a new "
        "statistical series, or a report that relies substantially on CTS data, AHDB will send "
        "a draft to RPA at least ten days before the planned publication date."
    )
    para(
        "8.2\tAHDB will not publish any figure from which an individual holding or business "
        "could be identified, and applies the disclosure control rules agreed by the agreement "
        "leads."
    )
    para(
        "8.3\tA party that intends to issue a press release or other public statement about "
        "information supplied by the other will give the other party's press office a copy of "
        "the text at least 24 hours before it is released."
    )

    d.add_heading("9. Resolving problems", level=1)
    para(
        "9.1\tProblems should be settled at the lowest level possible. A disagreement about "
        "the operation of this agreement will be raised first between the data contacts. If "
        "they cannot settle it within ten working days it will be referred to the agreement "
        "leads and, failing agreement, to RPA's Director of Operations and AHDB's Chief "
        "Operating Officer, whose joint decision is final."
    )

    d.add_heading("10. Training", level=1)
    para(
        "10.1\tEach party will make sure that its staff who handle information under this "
        "agreement have completed its mandatory data protection and information security "
        "training, and will brief them on the restrictions in sections 4 and 8 before they "
        "are given access."
    )

    d.add_heading("11. Commencement, review and termination", level=1)
    para(
        "11.1\tThis agreement takes effect on 1 June 2025. It replaces version 1.3 of the "
        "agreement between the parties dated 14 September 2021."
    )
    para(
        "11.2\tThe agreement leads will review this agreement every twelve months. Either "
        "party may call for an earlier review at any time, for example after a change in the "
        "law or in the data held on CTS."
    )
    para(
        "11.3\tChanges are agreed in writing by both agreement leads and recorded as a new "
        "version of this document."
    )
    para(
        "11.4\tEither party may end this agreement by giving the other three months' notice in writing."
    )

    d.add_heading("12. Signatures", level=1)
    para("Signed on behalf of each party by its authorised signatory.")
    table(
        [
            [
                "",
                "For the Rural Payments Agency",
                "For the Agriculture and Horticulture Development Board",
            ],
            ["Signature", "[signed]", "[signed]"],
            ["Name", "Helen Ashworth", "Robert Kinnaird"],
            ["Position", "Director of Operations", "Chief Operating Officer"],
            ["Date", "21 May 2025", "28 May 2025"],
        ]
    )

    d.add_heading("Annex A \u2013 Contacts", level=1)
    d.add_heading("Agreement leads", level=2)
    table(
        [
            ["Organisation", "Name", "Job title", "Email"],
            ["RPA", "Priya Lal", "Head of Data Services", "data.sharing@rpa.example.gov.uk"],
            [
                "AHDB",
                "Martin Oyelaran",
                "Head of Market Intelligence",
                "mi.data@ahdb.example.org.uk",
            ],
        ]
    )
    d.add_heading("Data contacts", level=2)
    table(
        [
            ["Organisation", "Team", "Email"],
            ["RPA", "BCMS Data Quality Team", "bcms.dataquality@rpa.example.gov.uk"],
            ["RPA", "Data Protection Officer", "dpo@rpa.example.gov.uk"],
            ["AHDB", "Livestock Analysis Team", "livestock.analysis@ahdb.example.org.uk"],
            ["AHDB", "Data Protection Officer", "dpo@ahdb.example.org.uk"],
        ]
    )

    return docx_bytes(d)


# ---------------------------------------------------------------------------
# 2. PDF memorandum of understanding: DWQR, WICS and Consumer Scotland
# ---------------------------------------------------------------------------

MOU_BODY: list[str] = [
    "Memorandum of Understanding",
    "between the Drinking Water Quality Regulator for Scotland,",
    "the Water Industry Commission for Scotland and Consumer Scotland",
    "1. Introduction",
    "1.1 This Memorandum of Understanding (MoU) is agreed between the Drinking Water Quality "
    "Regulator for Scotland (DWQR), the Water Industry Commission for Scotland (the Commission) "
    'and Consumer Scotland. Together they are referred to as "the parties". Where a paragraph '
    'concerns DWQR and the Commission only, they are referred to as "the regulators".',
    "1.2 Scottish Water provides public water supply and waste water services to households and "
    "businesses throughout Scotland. Each party has a distinct statutory interest in those "
    "services: whether the water supplied is safe and wholesome, whether the charges customers "
    "pay are no more than is needed to deliver the required outcomes, and whether the interests "
    "of customers are properly represented.",
    "1.3 This MoU sets out how the parties will co-operate, share information and keep one "
    "another informed. It replaces the bilateral concordat between DWQR and the Commission "
    "agreed in 2018.",
    "1.4 The MoU is a statement of intent. It is not legally binding and does not affect the "
    "statutory functions, powers or independence of any of the parties.",
    "2. The parties and their roles",
    "2.1 DWQR is appointed by the Scottish Ministers under the Water Industry (Scotland) Act "
    "2002. DWQR enforces the Public Water Supplies (Scotland) Regulations 2014, investigates "
    "drinking water quality events and consumer complaints about water quality, and may take "
    "enforcement action against Scottish Water where standards are not met.",
    "2.2 The Commission is the economic regulator of the Scottish water industry. It determines "
    "the maximum charges Scottish Water may levy in each regulatory control period, monitors "
    "Scottish Water's performance and costs, and licenses the retailers that serve "
    "non-household customers.",
    "2.3 Consumer Scotland is the statutory body for consumers in Scotland established by the "
    "Consumer Scotland Act 2020. Its functions include representing the interests of current "
    "and future consumers of water and sewerage services.",
    "2.4 Scottish Water is not a party to this MoU. It remains accountable to the Scottish "
    "Ministers, and nothing in this MoU changes its duties to any of the parties.",
    "2.5 Other bodies also have an interest in Scottish Water's activities, among them the "
    "Scottish Public Services Ombudsman, which considers complaints that Scottish Water has not "
    "resolved, and the local authorities, which regulate private water supplies. Where a matter "
    "raised under this MoU concerns one of those bodies, the party that identifies it will "
    "consider whether that body should be involved.",
    "3. Principles",
    "3.1 The parties' working relationship will be guided by the following principles:",
    "(a) respect for each party's independence and statutory responsibilities;",
    "(b) no surprises: a party should not learn from the media or from Scottish Water of a "
    "decision by another party that affects it;",
    "(c) avoiding duplication, so that Scottish Water and its customers are not asked for the "
    "same information more than once; and",
    "(d) putting the interests of current and future customers at the centre of their work.",
    "3.2 Each party remains solely responsible for its own decisions, including where it has "
    "taken account of advice or information provided by another party.",
    "4. Areas of joint work",
    "4.1 The parties will co-operate in the following areas:",
    "(a) preparation for each Strategic Review of Charges, including the objectives that the "
    "Scottish Ministers set for Scottish Water;",
    "(b) the planning and monitoring of Scottish Water's programme to replace lead "
    "communication pipes and to improve small rural supplies;",
    "(c) communications with customers during significant water quality incidents, including "
    "boil water notices and do-not-drink advice; and",
    "(d) research into customers' priorities and their willingness to pay for improvements.",
    "5. Information sharing",
    "5.1 The parties will share information with one another where it is lawful to do so and "
    "relevant to the functions of the party receiving it. In particular:",
    "(a) DWQR will notify the Commission and Consumer Scotland of any drinking water quality "
    "event it classifies as significant or serious, normally on the day of classification;",
    "(b) DWQR will provide the Commission with its assessment of the investment Scottish Water "
    "needs to make to secure drinking water quality in each regulatory control period;",
    "(c) the Commission will provide DWQR and Consumer Scotland with the annual performance, "
    "cost and investment information that Scottish Water submits to it; and",
    "(d) Consumer Scotland will tell the regulators about trends in complaints and enquiries "
    "from customers that point to a water quality or service problem.",
    "5.2 Information exchanged under this MoU is handled in line with the UK General Data "
    "Protection Regulation and the Data Protection Act 2018. Most exchanges are expected to "
    "involve aggregated or corporate information, and personal data is shared only where it "
    "is necessary for a party's functions.",
    "5.3 A party that receives information from another in confidence will keep it "
    "confidential and will not disclose it to anyone else without the consent of the party "
    "that supplied it, unless the law requires disclosure.",
    "5.4 Requests under the Freedom of Information (Scotland) Act 2002 or the Environmental "
    "Information (Scotland) Regulations 2004 are answered by the party that receives them. "
    "Where a request covers information supplied by another party, the party answering it "
    "will consult the supplier before deciding whether the information should be released.",
    "5.5 While a boil water notice or do-not-drink advice is in place, DWQR will keep Consumer "
    "Scotland informed of the advice being given to affected customers, so that Consumer "
    "Scotland can answer enquiries from the public consistently with it.",
    "6. Liaison",
    "6.1 The heads of the three organisations will meet once a year to review how the MoU is "
    "working and to agree shared priorities for the year ahead.",
    "6.2 Senior officials of the parties will meet quarterly to discuss Scottish Water's "
    "performance, emerging risks and forthcoming publications.",
    "6.3 During each Strategic Review of Charges the technical staff of the regulators will "
    "meet monthly, and Consumer Scotland will be invited to those meetings where customer "
    "research or affordability is discussed.",
    "6.4 Each party will nominate a relationship manager, who will be the first point of contact "
    "for the other parties and will be responsible for keeping this MoU up to date.",
    "6.5 The parties will offer one another's staff briefings on their respective roles, and "
    "each party will introduce new staff who work on water matters to this MoU as part of "
    "their induction.",
    "7. Publications and public statements",
    "7.1 Each party publishes reports on aspects of Scottish Water's performance. Where a report "
    "comments on a matter for which another party is responsible, the publishing party will "
    "send that party a draft at least 14 days before publication so that any factual errors "
    "can be corrected.",
    "7.2 The parties will give each other at least 24 hours' notice of any press release or "
    "media statement that refers to another party, except where a risk to public health makes "
    "that impractical.",
    "8. Resolving disagreements",
    "8.1 The parties expect most disagreements to be settled informally by the staff involved. "
    "A disagreement that cannot be settled in that way will be referred to the relationship "
    "managers and, if it remains unresolved, to the heads of the organisations concerned.",
    "8.2 Nothing in this section prevents a party from exercising its statutory functions "
    "while a disagreement is being resolved.",
    "9. Review, duration and publication",
    "9.1 This MoU takes effect on the date on which it has been signed by all three parties and "
    "continues until it is replaced or brought to an end.",
    "9.2 The relationship managers will review this MoU every two years. Any party may ask for "
    "a review at any other time, and the parties will complete it within three months of the "
    "request.",
    "9.3 A party may withdraw from this MoU by giving the other parties six months' notice in "
    "writing.",
    "9.4 Each party will publish this MoU on its website.",
]

MOU_SIGNATURES: list[str] = [
    "10. Signatures",
    "Signed on behalf of the Drinking Water Quality Regulator for Scotland",
    "Name: Fiona MacAskill",
    "Position: Drinking Water Quality Regulator",
    "Date: 12 March 2025",
    "Signed on behalf of the Water Industry Commission for Scotland",
    "Name: Douglas Reid",
    "Position: Chief Executive",
    "Date: 18 March 2025",
    "Signed on behalf of Consumer Scotland",
    "Name: Anjali Mehta",
    "Position: Chief Executive",
    "Date: 27 March 2025",
]

MOU_HEADER = "OFFICIAL"
MOU_FOOTER = "DWQR / WICS / Consumer Scotland \u2013 Memorandum of Understanding 2025"
MOU_LINES_PER_PAGE = 44


def _wrap_block(text: str) -> list[str]:
    return textwrap.wrap(text, 90, break_on_hyphens=False)


def build_pdf() -> bytes:
    body: list[str] = []
    body.extend(MOU_BODY[:3])  # the title block, broken by hand as on the cover
    for block in MOU_BODY[3:]:
        body.extend(_wrap_block(block))
    chunks = chunk_lines(body, MOU_LINES_PER_PAGE)
    chunks.append(list(MOU_SIGNATURES))
    total = len(chunks)
    pages = []
    for n, chunk in enumerate(chunks, start=1):
        pages.append([MOU_HEADER, *chunk, f"{MOU_FOOTER}   |   Page {n} of {total}"])
    return make_pdf(pages)


def main() -> None:
    write_fixtures(
        {
            "rpa-ahdb-isa.docx": build_docx(),
            "dwqr-wics-consumer-scotland-mou.pdf": build_pdf(),
        }
    )


if __name__ == "__main__":
    main()
