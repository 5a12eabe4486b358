"""Content of held-out set 3, as blocks: (kind, path, text).

kinds: title, parties, heading, para, item (lettered sub-item), bullet, table (rows in text),
sig (signature line). The path is the clause path the document should give (None for lines
that are not clauses, e.g. the HTML title is kept as 'title')."""

from __future__ import annotations

# ---------------------------------------------------------------- 1. docx (isa)
INSOLVENCY_SRA = [
    (
        "para",
        "p1",
        "Information sharing agreement between The Insolvency Service and the "
        "Solicitors Regulation Authority",
    ),
    ("heading", "1", "1. Parties and purpose"),
    (
        "para",
        "1.1",
        "1.1 This agreement is made between The Insolvency Service, an executive agency "
        "of the Department for Business and Trade, and the Solicitors Regulation Authority (SRA), "
        "which regulates solicitors and law firms in England and Wales.",
    ),
    (
        "para",
        "1.2",
        "1.2 It describes how the two organisations exchange information about "
        "solicitors, the managers and owners of law firms, and law firms themselves, where they are "
        "affected by insolvency, by director disqualification or by an investigation carried out by "
        "The Insolvency Service. Both organisations recognise that early knowledge of these events "
        "helps protect clients' money and the public interest.",
    ),
    (
        "para",
        "1.3",
        "1.3 This agreement has effect from 2 June 2025. It is a statement of intent: it "
        "is not legally binding and it does not override the statutory duties of either organisation.",
    ),
    ("heading", "2", "2. Legal framework"),
    (
        "para",
        "2.1",
        "2.1 The Insolvency Service acts for the Secretary of State under the Insolvency "
        "Act 1986 and the Company Directors Disqualification Act 1986. Statutory gateways in "
        "insolvency and companies legislation allow it to disclose information to a body that "
        "regulates a profession, for the purpose of that body's functions.",
    ),
    (
        "para",
        "2.2",
        "2.2 The SRA's powers come from the Solicitors Act 1974, the Administration of "
        "Justice Act 1985 and the Legal Services Act 2007. Bankruptcy of a solicitor suspends their "
        "practising certificate by operation of the Solicitors Act 1974.",
    ),
    (
        "para",
        "2.3",
        "2.3 Each organisation is a controller in its own right for the personal data it "
        "holds. In this agreement, a working day is any day other than a Saturday, a Sunday or a bank "
        "holiday in England.",
    ),
    (
        "para",
        "2.4",
        "2.4 The parties recognise that information about a person's insolvency can be "
        "sensitive and can affect their livelihood. Information shared under this agreement is used only "
        "for the regulatory purposes described here, and each party remains responsible for its own "
        "decisions about that person.",
    ),
    ("heading", "3", "3. Information The Insolvency Service will provide"),
    (
        "para",
        "3.1",
        "3.1 The Insolvency Service will tell the SRA within 10 working days when it "
        "becomes aware that a solicitor has been made bankrupt, has entered into an individual "
        "voluntary arrangement or has been granted a debt relief order.",
    ),
    (
        "para",
        "3.2",
        "3.2 Where a disqualification order is made or a disqualification undertaking is "
        "accepted against a person who is a manager or owner of a firm authorised by the SRA, The "
        "Insolvency Service shall provide the SRA with a copy of the order or undertaking together "
        "with a summary of the conduct on which it is based.",
    ),
    ("para", "3.3", "3.3 The details supplied about a person may include:"),
    ("bullet", "3.3.b1", "their full name, date of birth and last known address;"),
    ("bullet", "3.3.b2", "the name and registered number of any company concerned;"),
    ("bullet", "3.3.b3", "the date and nature of the insolvency event, order or undertaking."),
    ("heading", "4", "4. Information the SRA will provide"),
    (
        "para",
        "4.1",
        "4.1 The SRA undertakes to refer to The Insolvency Service any information it holds "
        "which suggests that a director of an insolvent company may have acted in a way that makes "
        "them unfit to be concerned in the management of a company.",
    ),
    (
        "para",
        "4.2",
        "4.2 When the SRA intervenes in a law firm, it must notify The Insolvency Service "
        "within two working days of the intervention if it knows that the firm or any of its managers "
        "is subject to insolvency proceedings.",
    ),
    (
        "para",
        "4.3",
        "4.3 The SRA's intervention powers exist to protect client money and files. An "
        "intervention may follow, but does not depend on, the insolvency of the firm.",
    ),
    ("heading", "5", "5. Handling shared information"),
    (
        "para",
        "5.1",
        "5.1 Information is normally exchanged by encrypted email between the single "
        "points of contact listed in Annex A.",
    ),
    (
        "para",
        "5.2",
        "5.2 Neither party shall pass information received under this agreement to a "
        "third party without the written consent of the party that supplied it, unless the law "
        "requires the disclosure.",
    ),
    (
        "para",
        "5.3",
        "5.3 Each party must keep the information it receives from the other confidential, "
        "hold it securely and limit access to the staff who need it for their work.",
    ),
    ("para", "5.4", "5.4 Each party will:"),
    (
        "item",
        "5.4.a",
        "(a) tell the other promptly if it learns that information it supplied was "
        "inaccurate or incomplete;",
    ),
    (
        "item",
        "5.4.b",
        "(b) report any loss or unauthorised disclosure of shared information to the "
        "other party's data protection officer within 24 hours of discovering it; and",
    ),
    (
        "item",
        "5.4.c",
        "(c) ensure that every member of staff who handles shared information has "
        "completed data protection training in the previous 12 months.",
    ),
    ("heading", "6", "6. Freedom of information and publicity"),
    (
        "para",
        "6.1",
        "6.1 If either party receives a request under the Freedom of Information Act 2000 "
        "for information that came from the other, it will consult the other party before deciding "
        "whether to disclose it.",
    ),
    (
        "para",
        "6.2",
        "6.2 The SRA will give The Insolvency Service at least five working days' notice "
        "before publishing a regulatory decision that relies on information The Insolvency Service "
        "supplied.",
    ),
    (
        "para",
        "6.3",
        "6.3 Neither party will comment in public on an investigation being carried out by "
        "the other.",
    ),
    ("heading", "7", "7. Working together"),
    (
        "para",
        "7.1",
        "7.1 Each party will nominate a senior manager as its relationship lead, "
        "responsible for the operation of this agreement within that organisation.",
    ),
    (
        "para",
        "7.2",
        "7.2 The relationship leads shall meet every six months to review the exchanges "
        "made under this agreement and any emerging risks.",
    ),
    (
        "para",
        "7.3",
        "7.3 The Insolvency Service agrees to provide a briefing session on insolvency "
        "procedures for SRA investigation staff once a year.",
    ),
    (
        "para",
        "7.4",
        "7.4 Any disagreement about the operation of this agreement will be raised first "
        "between the single points of contact. If it is not resolved within 20 working days it will "
        "be escalated to the relationship leads and, if still unresolved, to the Chief Executive of "
        "The Insolvency Service and the Chief Executive of the SRA.",
    ),
    ("heading", "8", "8. Review"),
    (
        "para",
        "8.1",
        "8.1 The relationship leads will review this agreement every two years, looking at "
        "the volume of information exchanged and whether the arrangements remain lawful and useful.",
    ),
    (
        "para",
        "8.2",
        "8.2 A change to this agreement takes effect only when both parties have agreed "
        "it in writing.",
    ),
    ("heading", "annex-a", "Annex A \u2013 Single points of contact"),
    (
        "para",
        "annex-a.p1",
        "Contact details are kept up to date by each party's relationship lead.",
    ),
    (
        "table",
        "annex-a.t1",
        [
            ["Organisation", "Role", "Email"],
            [
                "The Insolvency Service",
                "Intelligence Hub Manager",
                "intelligence.hub@insolvency.gov.uk",
            ],
            [
                "Solicitors Regulation Authority",
                "Information Sharing Officer",
                "infosharing@sra.org.uk",
            ],
        ],
    ),
]

# ---------------------------------------------------------------- 2. pdf (mou, three parties)
CMA_OFWAT_DWI = [
    ("title", "p1", "Memorandum of Understanding"),
    (
        "parties",
        "p2",
        "between the Competition and Markets Authority (CMA), the Water Services "
        "Regulation Authority (Ofwat) and the Drinking Water Inspectorate (DWI)",
    ),
    ("heading", "1", "1. Introduction"),
    (
        "para",
        "1.1",
        "1.1 This memorandum of understanding (MoU) sets out how the CMA, Ofwat and the "
        "DWI co-operate in carrying out their functions in relation to the water and sewerage sectors "
        "in England and Wales.",
    ),
    (
        "para",
        "1.2",
        "1.2 This MoU takes effect on 1 April 2025. It is not legally binding and does not "
        "create any new powers or duties.",
    ),
    (
        "para",
        "1.3",
        "1.3 Nothing in this MoU limits the independence of any party or the exercise of "
        "its statutory functions, including the CMA's role as the body to which disputed price "
        "determinations are referred.",
    ),
    (
        "para",
        "1.4",
        '1.4 In this MoU, "water enterprise" has the meaning given in the Water '
        'Industry Act 1991, and a "working day" is any day other than a Saturday, a Sunday or a bank '
        "holiday in England and Wales.",
    ),
    ("heading", "2", "2. Roles of the parties"),
    (
        "para",
        "2.1",
        "2.1 The CMA is the United Kingdom's principal competition and consumer authority. "
        "Under the Water Industry Act 1991 it reviews mergers between water enterprises and decides "
        "references of price determinations that a company has not accepted.",
    ),
    (
        "para",
        "2.2",
        "2.2 Ofwat is the economic regulator of water and sewerage companies in England and "
        "Wales. It sets price controls, enforces licence conditions and exercises competition powers "
        "concurrently with the CMA under the Competition Act 1998.",
    ),
    (
        "para",
        "2.3",
        "2.3 The DWI acts for the Secretary of State and the Welsh Ministers in checking "
        "that water companies supply water that is safe to drink and meets the standards in the water "
        "quality regulations.",
    ),
    (
        "para",
        "2.4",
        "2.4 The functions of the parties meet at several points. A merger between water "
        "companies reduces the number of comparators that Ofwat uses to set price controls, and a "
        "price determination can affect the investment a company makes in water treatment. Each party "
        "therefore benefits from an early understanding of the others' views.",
    ),
    ("heading", "3", "3. Principles"),
    (
        "para",
        "3.1",
        "3.1 In working together the parties will be guided by the following principles:",
    ),
    ("item", "3.1.a", "(a) respect for each other's statutory independence and decisions;"),
    ("item", "3.1.b", "(b) early and open communication on matters of shared interest; and"),
    ("item", "3.1.c", "(c) avoiding duplicate requests to the companies they regulate."),
    ("heading", "4", "4. Mergers and price determination references"),
    (
        "para",
        "4.1",
        "4.1 Ofwat will provide the CMA with its opinion and supporting analysis on any "
        "water merger that the CMA is reviewing, within the timetable that the CMA sets for the case.",
    ),
    (
        "para",
        "4.2",
        "4.2 When a company asks for a price determination to be referred to the CMA, Ofwat "
        "shall send the CMA the full record of its final determination within 10 working days of the "
        "reference.",
    ),
    (
        "para",
        "4.3",
        "4.3 The DWI is responsible for informing the CMA and Ofwat of any enforcement action "
        "it is taking against a company that is party to a merger review or a price determination "
        "reference.",
    ),
    (
        "para",
        "4.4",
        "4.4 The CMA remains solely responsible for its decisions on mergers and references. "
        "The views of Ofwat and the DWI are one source of evidence among others, and the CMA may reach "
        "a different conclusion.",
    ),
    ("heading", "5", "5. Sharing information"),
    (
        "para",
        "5.1",
        "5.1 The parties agree to share information with each other where this helps them "
        "to carry out their functions, subject to the restrictions on disclosure in Part 9 of the "
        "Enterprise Act 2002 and section 206 of the Water Industry Act 1991. Any personal data will be "
        "shared in line with the UK GDPR and the Data Protection Act 2018.",
    ),
    (
        "para",
        "5.2",
        "5.2 A party that receives information from another party must not disclose it to "
        "anyone else without the consent of the party that provided it, except where the law requires "
        "disclosure.",
    ),
    (
        "para",
        "5.3",
        "5.3 Each party will keep confidential any draft report, provisional finding or other "
        "unpublished document it receives from another party.",
    ),
    (
        "para",
        "5.4",
        "5.4 If a party receives a request under the Freedom of Information Act 2000 or the "
        "Environmental Information Regulations 2004 for information it holds from another party, it "
        "will consult that party before responding.",
    ),
    ("heading", "6", "6. Publications and announcements"),
    (
        "para",
        "6.1",
        "6.1 Each party will give the others at least 48 hours' notice of any announcement "
        "that relates to the functions of another party.",
    ),
    (
        "para",
        "6.2",
        "6.2 The CMA will send Ofwat and the DWI a copy of its provisional findings on a "
        "price determination reference at least 24 hours before they are published.",
    ),
    ("heading", "7", "7. Liaison"),
    (
        "para",
        "7.1",
        "7.1 Each party will appoint a senior liaison contact, who will be responsible for "
        "the day-to-day operation of this MoU within that party.",
    ),
    ("para", "7.2", "7.2 The liaison contacts will meet quarterly."),
    (
        "para",
        "7.3",
        "7.3 The chief executives of the three parties will meet at least once a year to "
        "discuss strategic issues affecting the sector.",
    ),
    (
        "para",
        "7.4",
        "7.4 The parties will offer places on relevant internal training courses to each "
        "other's staff where there is capacity.",
    ),
    (
        "para",
        "7.5",
        "7.5 Secondments between the parties may be arranged from time to time by agreement "
        "between the liaison contacts.",
    ),
    ("para", "7.6", "7.6 Matters discussed at liaison meetings may include:"),
    ("bullet", "7.6.b1", "forthcoming price reviews and the evidence they will draw on;"),
    ("bullet", "7.6.b2", "mergers and market studies in the sector;"),
    ("bullet", "7.6.b3", "trends in consumer complaints and water quality events."),
    ("heading", "8", "8. Resolving disagreements"),
    (
        "para",
        "8.1",
        "8.1 Any disagreement between the parties about this MoU will be raised first between "
        "the liaison contacts. If it cannot be resolved at that level it will be referred to the "
        "relevant directors and, finally, to the chief executives of the parties concerned.",
    ),
    ("heading", "9", "9. Review"),
    (
        "para",
        "9.1",
        "9.1 The parties will review this MoU every three years, or sooner if any party asks.",
    ),
    ("heading", "10", "10. Signatures"),
    ("sig", "10.p1", "Signed for the Competition and Markets Authority by its Chief Executive."),
    ("sig", "10.p2", "Signed for the Water Services Regulation Authority by its Chief Executive."),
    ("sig", "10.p3", "Signed for the Drinking Water Inspectorate by the Chief Inspector."),
    ("sig", "10.p4", "Date of last signature: 20 March 2025."),
]

# ---------------------------------------------------------------- 3. html (jwp)
HE_PEAK = [
    (
        "h1",
        "title",
        "Joint working protocol between Historic England and the Peak District "
        "National Park Authority",
    ),
    ("h2", "introduction", "Introduction"),
    (
        "para",
        "introduction.p1",
        "This protocol sets out how Historic England and the Peak District "
        "National Park Authority (the Authority) work together to conserve and enhance the historic "
        "environment of the Peak District National Park. It has effect from September 2025.",
    ),
    (
        "para",
        "introduction.p2",
        "Historic England is the public body that looks after England's historic "
        "environment. It was established by the National Heritage Act 1983 and advises government, "
        "local authorities and owners on the care of listed buildings, scheduled monuments, "
        "conservation areas and registered parks and gardens.",
    ),
    (
        "para",
        "introduction.p3",
        "The Authority is the local planning authority for the whole of the "
        "National Park. Its statutory purposes under the Environment Act 1995 include conserving and "
        "enhancing the cultural heritage of the Park and promoting opportunities for the public to "
        "understand and enjoy it.",
    ),
    (
        "para",
        "introduction.p4",
        "The Park contains more than 2,900 listed buildings, over 450 "
        "scheduled monuments and 109 conservation areas. Many of these assets are in farming use, and "
        "their survival depends on owners who need clear and consistent advice from both bodies.",
    ),
    (
        "para",
        "introduction.p5",
        "The protocol is not legally binding. It does not change the statutory "
        "role of either body, and it does not fetter the Authority's decisions as planning authority.",
    ),
    ("h2", "shared-principles", "Shared principles"),
    ("para", "shared-principles.p1", "Our joint working rests on these principles:"),
    (
        "bullet",
        "shared-principles.p1.b1",
        "decisions are based on a clear understanding of significance;",
    ),
    (
        "bullet",
        "shared-principles.p1.b2",
        "advice is given early, so that owners can plan with confidence;",
    ),
    (
        "bullet",
        "shared-principles.p1.b3",
        "each body respects the other's expertise and independence;",
    ),
    (
        "bullet",
        "shared-principles.p1.b4",
        "public money is not spent twice on the same survey or report.",
    ),
    ("h2", "planning-and-listed-building-casework", "Planning and listed building casework"),
    (
        "para",
        "planning-and-listed-building-casework.p1",
        "The Authority will notify Historic England of "
        "every application for listed building consent for works to a grade I or grade II* listed "
        "building in the National Park, as the Arrangements for Handling Heritage Applications "
        "Direction 2021 requires.",
    ),
    (
        "para",
        "planning-and-listed-building-casework.p2",
        "Historic England's published service standard "
        "is to give its advice on such applications within 21 days of notification. Where it has no "
        "comment to make, it says so.",
    ),
    (
        "h3",
        "planning-and-listed-building-casework.pre-application-advice",
        "Pre-application advice",
    ),
    (
        "para",
        "planning-and-listed-building-casework.pre-application-advice.p1",
        "Joint pre-application advice may include:",
    ),
    (
        "bullet",
        "planning-and-listed-building-casework.pre-application-advice.p1.b1",
        "a site visit with the owner and their architect;",
    ),
    (
        "bullet",
        "planning-and-listed-building-casework.pre-application-advice.p1.b2",
        "written advice on the significance of the building and the likely impact of the proposal;",
    ),
    (
        "bullet",
        "planning-and-listed-building-casework.pre-application-advice.p1.b3",
        "advice on grant schemes that may help with repairs.",
    ),
    (
        "para",
        "planning-and-listed-building-casework.pre-application-advice.p2",
        "The Authority shall "
        "tell Historic England about any pre-application enquiry that affects a scheduled monument or "
        "a grade I listed building.",
    ),
    ("h2", "heritage-at-risk", "Heritage at risk"),
    (
        "para",
        "heritage-at-risk.p1",
        "Historic England publishes the Heritage at Risk Register each "
        "autumn. Many of the Park's entries are field barns, lead mining remains and scheduled "
        "prehistoric sites.",
    ),
    (
        "para",
        "heritage-at-risk.p2",
        "Each year the Authority will send Historic England the results of "
        "its survey of the condition of listed buildings and scheduled monuments in the Park.",
    ),
    (
        "para",
        "heritage-at-risk.p3",
        "Historic England will give the Authority at least ten working days' "
        "notice before publishing a new or changed entry on the Register for a site in the National "
        "Park.",
    ),
    ("h2", "grants-for-repair", "Grants for repair"),
    (
        "para",
        "grants-for-repair.p1",
        "Historic England offers grants for urgent repairs to buildings and "
        "monuments on the Register. The Authority runs its own smaller grant scheme for traditional farm "
        "buildings.",
    ),
    (
        "para",
        "grants-for-repair.p2",
        "Where Historic England offers a repair grant for a site in the "
        "Park, it will inform the Authority of the offer and of any conditions attached to it, so that "
        "the two schemes do not fund the same work.",
    ),
    (
        "para",
        "grants-for-repair.p3",
        "Grant offers from either body normally ask the owner to allow "
        "some public access to the site, to keep it in good repair once the work is done and to "
        "acknowledge the grant on site. Owners can find details of both schemes on the websites of "
        "the two bodies.",
    ),
    (
        "h2",
        "information-publicity-and-confidentiality",
        "Information, publicity and confidentiality",
    ),
    (
        "para",
        "information-publicity-and-confidentiality.p1",
        "The two bodies agree to share information "
        "relevant to their heritage functions, including Historic Environment Record data and "
        "monument condition surveys. Personal data, such as the contact details of owners, is shared "
        "under the UK GDPR and the Data Protection Act 2018.",
    ),
    (
        "para",
        "information-publicity-and-confidentiality.p2",
        "Neither body will publish the precise "
        "location of an unprotected archaeological site supplied by the other where publication could "
        "expose the site to illegal metal detecting.",
    ),
    (
        "para",
        "information-publicity-and-confidentiality.p3",
        "Draft reports exchanged between the two "
        "bodies must be treated as confidential until they are published.",
    ),
    (
        "para",
        "information-publicity-and-confidentiality.p4",
        "The press offices of both bodies will "
        "share any press release that names the other at least 24 hours before it is issued.",
    ),
    (
        "para",
        "information-publicity-and-confidentiality.p5",
        "A request under the Freedom of "
        "Information Act 2000 or the Environmental Information Regulations 2004 for information "
        "supplied by the other body will be answered only after that body has been consulted.",
    ),
    ("h2", "working-together", "Working together"),
    (
        "para",
        "working-together.p1",
        "Historic England's Principal Inspector of Historic Buildings and "
        "Areas for the East Midlands will be the lead officer for this protocol, and the Authority's "
        "Head of Cultural Heritage will be the Authority's lead officer.",
    ),
    (
        "para",
        "working-together.p2",
        "The lead officers will meet three times a year to review casework, "
        "the Heritage at Risk entries and progress on shared projects.",
    ),
    (
        "para",
        "working-together.p3",
        "Historic England commits to running an annual training day for the "
        "Authority's planning and conservation staff on the repair of traditional buildings.",
    ),
    (
        "para",
        "working-together.p4",
        "Staff from either body may join the other's site visits by "
        "arrangement, and the two bodies may commission joint research, such as the survey of lead "
        "mining landscapes, where it serves both their purposes.",
    ),
    ("h3", "working-together.resolving-differences", "Resolving differences"),
    (
        "para",
        "working-together.resolving-differences.p1",
        "A difference of view that the lead officers cannot resolve will be escalated as follows:",
    ),
    (
        "bullet",
        "working-together.resolving-differences.p1.b1",
        "first, to Historic England's Regional "
        "Director and the Authority's Director of Conservation and Planning;",
    ),
    (
        "bullet",
        "working-together.resolving-differences.p1.b2",
        "then, to the Chief Executive of "
        "Historic England and the Chief Executive of the Authority.",
    ),
    ("h2", "review", "Review"),
    (
        "para",
        "review.p1",
        "This protocol will be reviewed every two to three years by the lead officers, "
        "who will report to both bodies on how it has worked.",
    ),
    (
        "para",
        "review.p2",
        "A change to the protocol takes effect once both bodies have agreed it in writing.",
    ),
    ("h2", "signed", "Signed"),
    ("para", "signed.p1", "For Historic England: Regional Director, Midlands, 28 August 2025."),
    (
        "para",
        "signed.p2",
        "For the Peak District National Park Authority: Chief Executive, 1 September 2025.",
    ),
]

# ---------------------------------------------------------------- 4. txt (liaison, three parties)
SIA_GMP_MCC = [
    ("title", "p1", "Liaison Agreement"),
    (
        "parties",
        "p2",
        "between the Security Industry Authority, Greater Manchester Police and "
        "Manchester City Council",
    ),
    ("heading", "A", "PART A \u2013 GENERAL"),
    (
        "para",
        "A.1",
        "1. This agreement sets out how the parties co-operate to regulate door "
        "supervisors and other licensed security operatives working at licensed premises in "
        "Manchester, so that the night-time economy is safe for the people who use it and for those "
        "who work in it.",
    ),
    (
        "para",
        "A.2",
        '2. In this agreement "the SIA" means the Security Industry Authority, "GMP" '
        'means Greater Manchester Police and "the Council" means Manchester City Council acting as '
        'licensing authority. A "working day" is a day other than a Saturday, a Sunday or a bank '
        "holiday in England.",
    ),
    (
        "para",
        "A.3",
        "3. The SIA licenses individuals and approves contractors under the Private "
        "Security Industry Act 2001. The Council grants premises licences under the Licensing Act "
        "2003, and GMP is a responsible authority under that Act. Section 115 of the Crime and "
        "Disorder Act 1998 allows any person to disclose information to a relevant authority, "
        "including a police force and a local authority, where it is necessary for the purposes of "
        "that Act.",
    ),
    (
        "para",
        "A.4",
        "4. This agreement was signed on 17 November 2025 and takes effect on 1 December "
        "2025. It does not create legal obligations between the parties.",
    ),
    ("para", "A.5", "5. The parties will work in line with the following principles:"),
    (
        "item",
        "A.5.a",
        "(a) public safety comes first, and urgent action is never delayed by this agreement;",
    ),
    (
        "item",
        "A.5.b",
        "(b) each party acts within its own powers and respects the decisions of the others;",
    ),
    ("item", "A.5.c", "(c) information is shared no more widely than the purpose requires."),
    (
        "para",
        "A.6",
        "6. Most door supervisors in Manchester are employed by contractors rather than by "
        "the premises where they work. The SIA's Approved Contractor Scheme sets standards for those "
        "contractors, but membership is voluntary, and the parties' work therefore covers both approved "
        "and unapproved contractors.",
    ),
    (
        "para",
        "A.7",
        "7. The operational arrangements between the parties are set out in Part B "
        "below, and the management of the agreement, the resolution of problems and its review are "
        "covered in Part C. Contact details for each party are held by the lead named in Part C and are not "
        "published.",
    ),
    ("heading", "B", "PART B \u2013 OPERATIONS"),
    (
        "para",
        "B.1",
        "1. GMP will inform the SIA within 48 hours when it arrests or charges a person "
        "who holds an SIA licence for an offence that is relevant to holding that licence.",
    ),
    (
        "para",
        "B.2",
        "2. The SIA must tell GMP and the Council when it suspends or revokes the licence "
        "of a door supervisor whom it knows to be working at premises in Manchester.",
    ),
    (
        "para",
        "B.3",
        "3. The Council is responsible for sending the SIA and GMP, each month, a list of "
        "the premises licences in Manchester that include a condition requiring door supervisors.",
    ),
    ("para", "B.4", "4. Joint visits to licensed premises may include:"),
    ("item", "B.4.a", "(a) checks that door supervisors hold and display a valid licence;"),
    ("item", "B.4.b", "(b) checks of the premises' register of door staff on duty;"),
    ("item", "B.4.c", "(c) advice to the designated premises supervisor on licence conditions."),
    ("para", "B.5", "5. For each joint operation the parties shall:"),
    (
        "item",
        "B.5.a",
        "(a) share the operational briefing with every officer taking part at least "
        "24 hours before the operation starts;",
    ),
    (
        "item",
        "B.5.b",
        "(b) not disclose the date or the target of the operation to anyone outside "
        "the operation team; and",
    ),
    (
        "item",
        "B.5.c",
        "(c) tell the Council of any breach of a premises licence condition found "
        "during the operation.",
    ),
    (
        "para",
        "B.6",
        "6. The parties will share personal data only where it is necessary and "
        "proportionate for the prevention or detection of crime or for licensing purposes, relying on "
        "section 115 of the Crime and Disorder Act 1998 and the Data Protection Act 2018.",
    ),
    (
        "para",
        "B.7",
        "7. Each party undertakes to treat information received from the others as "
        "confidential and to store it securely, with access limited to staff who need it.",
    ),
    (
        "para",
        "B.8",
        "8. No party will pass on intelligence supplied by GMP to any other body without "
        "the written agreement of GMP.",
    ),
    (
        "para",
        "B.9",
        "9. Where a party receives a request under the Freedom of Information Act 2000 "
        "that covers information supplied by another party, it shall consult that party before "
        "responding.",
    ),
    (
        "para",
        "B.10",
        "10. A party that intends to issue a press release about a joint operation will "
        "send it to the other parties at least two working days before its release.",
    ),
    (
        "para",
        "B.11",
        "11. Nothing in this Part prevents a party from acting alone where it needs to "
        "act quickly to protect the public. The other parties are usually told about such action at "
        "the next liaison meeting.",
    ),
    ("heading", "C", "PART C \u2013 GOVERNANCE"),
    (
        "para",
        "C.1",
        "1. The SIA's Partnerships Manager for the North West is the lead for this "
        "agreement and is responsible for keeping its list of contacts up to date.",
    ),
    (
        "para",
        "C.2",
        "2. Representatives of the three parties will meet every two months to review "
        "joint operations, intelligence and any problems with this agreement.",
    ),
    (
        "para",
        "C.3",
        "3. The SIA will provide an annual briefing for GMP licensing officers and Council "
        "licensing staff on the criteria for holding an SIA licence.",
    ),
    (
        "para",
        "C.4",
        "4. Problems with this agreement should be dealt with at the lowest level "
        "possible. A problem that the named contacts cannot resolve will be escalated to:",
    ),
    (
        "item",
        "C.4.a",
        "(a) the SIA Head of Partnerships, the GMP Superintendent for licensing and the "
        "Council's Head of Licensing; then",
    ),
    (
        "item",
        "C.4.b",
        "(b) the SIA Director of Inspections and Enforcement, the GMP Assistant Chief "
        "Constable and the Council's Strategic Director; and finally",
    ),
    (
        "item",
        "C.4.c",
        "(c) the Chief Executive of the SIA, the Chief Constable of GMP and the Chief "
        "Executive of the Council.",
    ),
    (
        "para",
        "C.5",
        "5. This agreement will be reviewed annually by the parties and at any time at the "
        "request of any party.",
    ),
    (
        "para",
        "C.6",
        "6. Any party may end its participation in this agreement by giving the others three "
        "months' written notice. The agreement then continues between the remaining parties.",
    ),
]
