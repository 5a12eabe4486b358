"""Rebuild the Word and PDF files of held-out set 18 in ``tests/ingest/fixtures``,
byte-identical: ``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout18_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The HTML page and the text file of the set are kept as written, in
``tests/ingest/fixtures``.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
import textwrap

import docx
from docx.shared import Cm, Pt

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes, write_fixtures

# ---------------------------------------------------------------------------------------------
# 1. Word joint working protocol: Cornwall Council and Falmouth Harbour Commissioners
# ---------------------------------------------------------------------------------------------

JWP_NAME = "cornwall-falmouth-harbour-jwp.docx"

# ("h", text) Heading 1; ("n", text) numbered paragraph with typed number; ("l", text) lettered
# item; ("p", text) plain paragraph; ("t", header, rows, widths) table.
JWP_BODY = [
    ("h", "1. Introduction"),
    (
        "n",
        "1.1\tThis protocol sets out how Cornwall Council (\u201cthe Council\u201d) and Falmouth "
        "Harbour Commissioners (\u201cFHC\u201d) work together on the safety, environment and "
        "management of the Fal estuary, from the seaward limit of Falmouth Harbour to the heads "
        "of navigation at Truro and Penryn.",
    ),
    (
        "n",
        "1.2\tFHC is the statutory harbour authority for Falmouth Harbour. It is an independent "
        "trust port governed by a board of commissioners, with duties of conservancy and for "
        "the safety of navigation under its local Acts and Orders, the Harbours Act 1964 and "
        "the Pilotage Act 1987. FHC is also the competent harbour authority for pilotage in the "
        "harbour.",
    ),
    (
        "n",
        "1.3\tThe Council is the unitary authority for Cornwall. Through its Maritime Services "
        "team it is the harbour authority for the ports of Truro and Penryn, which lie upstream "
        "of FHC\u2019s limits, and for a number of other harbours in the county. The Council is "
        "also the local planning authority, the coast protection authority for most of the "
        "Cornish coast and a Category 1 responder under the Civil Contingencies Act 2004.",
    ),
    (
        "n",
        "1.4\tVessels on passage to and from Truro and Penryn pass through FHC\u2019s waters, and "
        "an incident in one authority\u2019s area will often affect the other. Both authorities "
        "have adopted the Port Marine Safety Code and run safety management systems under it. "
        "This protocol is intended to make the most of that shared interest.",
    ),
    (
        "n",
        "1.5\tThis protocol is a statement of intent. It does not create legal obligations and "
        "does not alter the statutory powers or duties of either party.",
    ),
    ("h", "2. Commencement and review"),
    (
        "n",
        "2.1\tThis protocol takes effect on 1 June 2025. It replaces the exchange of letters "
        "between the Council\u2019s Maritime Services and FHC dated March 2019.",
    ),
    (
        "n",
        "2.2\tThe protocol leads will review this protocol every two years, and at any other "
        "time if either party asks for a review, for example after a serious incident or a "
        "change in the law.",
    ),
    (
        "n",
        "2.3\tEither party may update its own contact details in Annex A at any time without a "
        "review. Any other change to this protocol must be agreed in writing by both protocol "
        "leads.",
    ),
    ("h", "3. Principles"),
    ("n", "3.1\tThe parties\u2019 joint work rests on the following principles:"),
    ("l", "(a)\tthe safety of people using the harbour and the river comes first;"),
    ("l", "(b)\teach party respects the other\u2019s statutory responsibilities and independence;"),
    ("l", "(c)\tinformation is shared openly and promptly, where the law allows;"),
    (
        "l",
        "(d)\tduplication of inspection, consultation and enforcement is avoided, with the "
        "better-placed authority taking the lead; and",
    ),
    ("l", "(e)\tharbour users receive consistent advice from both authorities."),
    ("h", "4. Governance"),
    (
        "n",
        "4.1\tEach party will appoint a protocol lead who is responsible for the day-to-day "
        "operation of this protocol and for keeping Annex A up to date. FHC\u2019s protocol lead "
        "is the Harbour Master; the Council\u2019s is the Maritime Operations Manager.",
    ),
    (
        "n",
        "4.2\tThe protocol leads will meet at least twice a year, normally in March and in "
        "September, to review joint work, recent incidents and the programme of events on the "
        "water for the coming season.",
    ),
    (
        "n",
        "4.3\tFHC will invite a representative of the Council\u2019s Maritime Services to the "
        "Falmouth Harbour Users\u2019 Group, and the Council will invite an FHC representative to "
        "the Truro and Penryn Harbour Users\u2019 Forum.",
    ),
    (
        "n",
        "4.4\tNothing in this protocol prevents operational staff of either party from "
        "contacting each other directly. Annex A lists the duty numbers for each organisation.",
    ),
    ("h", "5. Navigation and safety"),
    (
        "n",
        "5.1\tThe limits of the two harbour authorities meet in the upper reaches of Carrick "
        "Roads and at the entrance to the Penryn River. Commercial vessels, leisure craft and "
        "passenger boats regularly pass from one authority\u2019s waters into the other\u2019s.",
    ),
    (
        "n",
        "5.2\tEach Harbour Master will tell the other without delay of any casualty, hazard to "
        "navigation or failure of an aid to navigation that could affect vessels passing "
        "between the two authorities\u2019 waters.",
    ),
    (
        "n",
        "5.3\tFHC will provide the Council with copies of its hydrographic surveys of the Penryn "
        "River and of the approaches to Truro within one month of each survey being completed.",
    ),
    (
        "n",
        "5.4\tWhere a vessel that is the subject of enforcement action by one authority is "
        "likely to enter the other\u2019s waters, the authority taking the action will alert the "
        "other authority\u2019s Harbour Master.",
    ),
    (
        "n",
        "5.5\tFor events on the water that also use Council land or highways, such as Falmouth "
        "Week and the Fal River Festival, FHC will share its navigational risk assessment with "
        "the Council\u2019s Safety Advisory Group at least six weeks before the event.",
    ),
    ("h", "6. Pollution preparedness and response"),
    (
        "n",
        "6.1\tFHC holds an oil spill contingency plan for the harbour, approved under the "
        "Merchant Shipping (Oil Pollution Preparedness, Response and Co-operation Convention) "
        "Regulations 1998. The Council leads on the clean-up of shorelines outside harbour "
        "premises and holds the Cornwall shoreline response plan.",
    ),
    ("n", "6.2\tTable 1 shows who tells whom, and when, during a pollution incident:"),
    (
        "t",
        ["Event", "Who tells whom", "When"],
        [
            [
                "Oil, chemical or other pollution reported or seen within Falmouth Harbour limits",
                "FHC duty Harbour Master tells the Council\u2019s Emergency Management duty officer",
                "Immediately, by telephone",
            ],
            [
                "Pollution has reached, or is forecast to reach, the shoreline or the Truro and Penryn "
                "rivers",
                "FHC tells the Council\u2019s Maritime Operations Manager and Emergency Management duty "
                "officer",
                "Within 1 hour of the forecast",
            ],
            [
                "Pollution found on a Council beach, slipway or foreshore that appears to come from a "
                "vessel",
                "The Council tells the FHC duty Harbour Master",
                "As soon as it is found",
            ],
            [
                "FHC oil spill contingency plan activated at Tier 2 or Tier 3",
                "FHC notifies the Council\u2019s Emergency Management duty officer",
                "At activation",
            ],
            [
                "Photographs, logs and sample analysis results gathered as evidence of the pollution",
                "The party that holds them sends copies to the other on request",
                "Within 5 working days of the request",
            ],
            [
                "Response stood down",
                "FHC sends the Council a copy of its incident report",
                "Within 28 days of stand-down",
            ],
        ],
        [5.0, 6.5, 4.0],
    ),
    (
        "n",
        "6.3\tWhen FHC activates its plan at Tier 2 or above, the Council will send a liaison "
        "officer to FHC\u2019s incident control room.",
    ),
    (
        "n",
        "6.4\tEach party will brief its duty officers at least once a year on the other "
        "party\u2019s pollution response arrangements, and each will invite the other to its oil "
        "spill exercises.",
    ),
    ("h", "7. Planning, works and licensing"),
    (
        "n",
        "7.1\tThe Council will consult FHC on planning applications for development on, over "
        "or next to the foreshore within the harbour limits.",
    ),
    (
        "n",
        "7.2\tFHC will notify the Council\u2019s planning service of any application it receives "
        "for a works licence for a structure that may also need planning permission.",
    ),
    (
        "n",
        "7.3\tWhere either party responds to a consultation on a marine licence application for "
        "dredging or disposal within the estuary, it will send the other a copy of its "
        "response.",
    ),
    ("h", "8. Information, confidentiality and the media"),
    (
        "n",
        "8.1\tInformation is shared under this protocol only where it is lawful, necessary and "
        "proportionate, in line with the UK General Data Protection Regulation and the Data "
        "Protection Act 2018. Each party remains the controller of the personal data it holds.",
    ),
    (
        "n",
        "8.2\tNeither party will pass personal data received from the other to any third party "
        "without the other\u2019s agreement, unless the law requires it.",
    ),
    (
        "n",
        "8.3\tCommercially sensitive information about harbour users, and any information "
        "marked \u201cconfidential\u201d by the sending party, will be kept in confidence by the "
        "receiving party.",
    ),
    (
        "n",
        "8.4\tIf either party receives a request under the Freedom of Information Act 2000 or the "
        "Environmental Information Regulations 2004 for information that it holds from the "
        "other, it will consult the other before deciding whether to release it. The decision "
        "on disclosure rests with the party that received the request.",
    ),
    (
        "n",
        "8.5\tEach party will give the other at least 24 hours\u2019 notice before issuing a press "
        "release about a pollution incident, serious accident or enforcement action in the "
        "estuary that touches on the other\u2019s responsibilities.",
    ),
    ("h", "9. Resolving disagreements"),
    (
        "n",
        "9.1\tThe parties will try to resolve any disagreement at working level. A disagreement "
        "that cannot be resolved there will be referred to the protocol leads and, failing "
        "agreement between them, to FHC\u2019s Chief Executive and the Council\u2019s Service "
        "Director for Economic Growth, who will settle it between them.",
    ),
    ("h", "Signatures"),
    ("p", "Signed on behalf of the parties:"),
    (
        "t",
        ["For Cornwall Council", "For Falmouth Harbour Commissioners"],
        [
            ["Signed: (signature held on file)", "Signed: (signature held on file)"],
            ["Position: Service Director, Economic Growth", "Position: Chief Executive"],
            ["Date: 21 May 2025", "Date: 23 May 2025"],
        ],
        [8.0, 8.0],
    ),
    ("h", "Annex A \u2013 Contacts"),
    (
        "p",
        "The contacts below are correct at June 2025. Protocol leads are marked with an asterisk.",
    ),
    (
        "t",
        ["Role", "Organisation", "Telephone", "Email"],
        [
            [
                "Harbour Master*",
                "Falmouth Harbour Commissioners",
                "01326 312285",
                "harbourmaster@falmouthport.co.uk",
            ],
            [
                "Duty Harbour Master (24 hours)",
                "Falmouth Harbour Commissioners",
                "01326 310365",
                "duty@falmouthport.co.uk",
            ],
            [
                "Maritime Operations Manager*",
                "Cornwall Council",
                "0300 1234 100",
                "maritime@cornwall.gov.uk",
            ],
            [
                "Truro and Penryn Harbour Office",
                "Cornwall Council",
                "01872 272130",
                "truroharbour@cornwall.gov.uk",
            ],
            [
                "Emergency Management duty officer (24 hours)",
                "Cornwall Council",
                "0300 1234 222",
                "emergencymanagement@cornwall.gov.uk",
            ],
            [
                "Safety Advisory Group secretary",
                "Cornwall Council",
                "0300 1234 100",
                "sag@cornwall.gov.uk",
            ],
        ],
        [5.0, 4.5, 3.0, 4.5],
    ),
    (
        "p",
        "Falmouth Harbour Radio keeps a listening watch on VHF channel 12 at all times. Truro "
        "Harbour Radio keeps watch on VHF channel 12 during office hours.",
    ),
]


def build_jwp() -> bytes:
    d = docx.Document()
    cp = d.core_properties
    fixed = _dt.datetime(2025, 5, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Cornwall Council Maritime Services"
    cp.last_modified_by = "Cornwall Council Maritime Services"
    cp.title = "Joint Working Protocol"
    cp.revision = 1
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[
        0
    ].text = "Cornwall Council and Falmouth Harbour Commissioners \u2013 Joint Working Protocol"
    sec.footer.paragraphs[0].text = "Version 1.0 \u2013 OFFICIAL"
    d.add_paragraph(
        "Joint Working Protocol between Cornwall Council and Falmouth Harbour Commissioners",
        style="Title",
    )
    d.add_paragraph("Version 1.0 \u2013 May 2025")
    for item in JWP_BODY:
        kind = item[0]
        if kind == "h":
            d.add_heading(item[1], level=1)
        elif kind == "n":
            p = d.add_paragraph(item[1])
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.paragraph_format.space_after = Pt(6)
        elif kind == "l":
            p = d.add_paragraph(item[1])
            p.paragraph_format.left_indent = Cm(2.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
        elif kind == "p":
            d.add_paragraph(item[1])
        elif kind == "t":
            header, rows, widths = item[1], item[2], item[3]
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for j, h in enumerate(header):
                cell = t.rows[0].cells[j]
                cell.text = ""
                run = cell.paragraphs[0].add_run(h)
                run.bold = True
            for i, row in enumerate(rows, start=1):
                for j, v in enumerate(row):
                    t.rows[i].cells[j].text = v
            for j, w in enumerate(widths):
                for r in t.rows:
                    r.cells[j].width = Cm(w)
    return docx_bytes(d)


# ---------------------------------------------------------------------------------------------
# 2. PDF memorandum of understanding between the three General Lighthouse Authorities
# ---------------------------------------------------------------------------------------------

MOU_NAME = "general-lighthouse-authorities-mou.pdf"
MOU_HEADER = "General Lighthouse Authorities - Memorandum of Understanding 2025"
MOU_WIDTH = 86
MOU_LINES_PER_PAGE = 44

# ("t", line) title block line; ("h", heading); ("c", clause or lettered item, wrapped);
# ("s", signature line)
MOU_BODY = [
    ("t", "Memorandum of Understanding"),
    ("t", "between the General Lighthouse Authorities of the United Kingdom and Ireland"),
    ("h", "1. Parties"),
    ("c", '1.1 This Memorandum of Understanding ("the Memorandum") is made between:'),
    (
        "c",
        '(a) the Corporation of Trinity House of Deptford Strond ("Trinity House"), the General '
        "Lighthouse Authority for England, Wales, the Channel Islands and Gibraltar;",
    ),
    (
        "c",
        "(b) the Commissioners of Northern Lighthouses, known as the Northern Lighthouse Board "
        '("NLB"), the General Lighthouse Authority for Scotland and the Isle of Man; and',
    ),
    (
        "c",
        '(c) the Commissioners of Irish Lights ("Irish Lights"), the General Lighthouse '
        'Authority for the whole of Ireland, together referred to as "the Authorities" and '
        'each as "an Authority".',
    ),
    (
        "c",
        '1.2 In this Memorandum, "aid to navigation" means any lighthouse, lightvessel, buoy, '
        "beacon, or radio or satellite-based aid provided or maintained by an Authority under "
        "Part VIII of the Merchant Shipping Act 1995.",
    ),
    ("h", "2. Background"),
    (
        "c",
        "2.1 The Authorities provide aids to navigation for the benefit of all mariners around "
        "the coasts of the United Kingdom and Ireland. Their functions under Part VIII of the "
        "Merchant Shipping Act 1995 include the superintendence and management of lighthouses, "
        "buoys and beacons, the marking and removal of wrecks that are a danger to navigation, "
        "and the oversight of aids to navigation provided by local lighthouse authorities.",
    ),
    (
        "c",
        "2.2 The Authorities are funded from the General Lighthouse Fund, which receives the "
        "light dues paid by commercial shipping calling at ports in the United Kingdom and "
        "Ireland. The Fund is administered by the Secretary of State for Transport. Irish "
        "Lights' work in the Republic of Ireland is funded in part by the Government of "
        "Ireland.",
    ),
    (
        "c",
        "2.3 The Authorities have co-operated closely for many years: through the Joint "
        "Strategic Board of their Chief Executives, through the shared Research and "
        "Radionavigation directorate, and through their joint work with the Lights Advisory "
        "Committee, which represents the shipping industry. The Department for Transport "
        "expects the Authorities to achieve efficiencies by working together wherever it is "
        "sensible to do so.",
    ),
    (
        "c",
        "2.4 This Memorandum records the arrangements the Authorities have agreed for mutual "
        "assistance, shared resources, research and the exchange of information. It builds on, "
        "and replaces, the Memorandum of Understanding signed by the Authorities in 2016.",
    ),
    ("h", "3. Purpose and status"),
    (
        "c",
        "3.1 The purpose of this Memorandum is to provide a framework within which the "
        "Authorities can:",
    ),
    (
        "c",
        "(a) deliver a reliable and cost-effective aids to navigation service across all of "
        "the waters for which they are responsible;",
    ),
    ("c", "(b) support one another in emergencies, including the marking of new wrecks;"),
    ("c", "(c) make the best use of their vessels, depots, equipment and specialist staff; and"),
    ("c", "(d) develop, test and introduce new technology together."),
    (
        "c",
        "3.2 This Memorandum is not a contract and does not create legally binding obligations. "
        "It does not affect the statutory responsibilities of any Authority, each of which "
        "remains accountable for the aids to navigation in its own area.",
    ),
    (
        "c",
        "3.3 Nothing in this Memorandum requires an Authority to act in a way that would "
        "compromise the safety of its vessels or crews, or the services it provides in its own "
        "area.",
    ),
    ("h", "4. Commencement, duration and review"),
    (
        "c",
        "4.1 This Memorandum comes into effect on 1 April 2025 and continues until it is "
        "replaced or terminated.",
    ),
    (
        "c",
        "4.2 The Joint Strategic Board will review this Memorandum every three years. Any "
        "Authority may request an earlier review by writing to the other two Authorities, and "
        "a review will then be carried out within three months of the request.",
    ),
    (
        "c",
        "4.3 An Authority may withdraw from this Memorandum by giving six months' written "
        "notice to the other Authorities.",
    ),
    ("h", "5. Governance"),
    (
        "c",
        "5.1 Each Authority will nominate a director as its lead for this Memorandum. The leads "
        "are responsible for monitoring how the Memorandum is working and for reporting on it "
        "to the Joint Strategic Board.",
    ),
    (
        "c",
        "5.2 The Chief Executives of the Authorities, sitting as the Joint Strategic Board, will "
        "meet at least twice a year. The chair of the Board rotates between the Authorities "
        "each year.",
    ),
    (
        "c",
        "5.3 The Directors of Operations will meet every quarter, in person or by video "
        "conference, to co-ordinate vessel programmes, planned maintenance and requests for "
        "assistance.",
    ),
    (
        "c",
        "5.4 Each Authority will include an introduction to the work of the other Authorities, "
        "and to this Memorandum, in the induction programme for its new operational, marine "
        "and engineering staff.",
    ),
    ("h", "6. Mutual assistance"),
    (
        "c",
        "6.1 Each Authority will, as far as its own commitments allow, give assistance to "
        "another Authority that asks for it, in particular when a new wreck needs to be "
        "marked, when an aid to navigation has been damaged, or when one of its vessels is out "
        "of service.",
    ),
    (
        "c",
        "6.2 An Authority that becomes aware of a wreck, a drifting or damaged aid to "
        "navigation, or any other hazard in waters close to the boundary with another "
        "Authority's area will inform that Authority immediately.",
    ),
    (
        "c",
        "6.3 An Authority that receives a request for assistance will tell the requesting "
        "Authority within 24 hours whether it is able to provide the vessel, equipment or staff "
        "requested, and on what terms.",
    ),
    (
        "c",
        "6.4 The Authorities will exchange their annual vessel deployment programmes each "
        "October, so that opportunities to share vessel time can be identified in good time.",
    ),
    (
        "c",
        "6.5 When an Authority's vessel or staff work in another Authority's area, they act "
        "under the direction of the Authority responsible for that area, which keeps "
        "responsibility for the aid to navigation concerned. Costs are recovered between the "
        "Authorities at the rates agreed each year by their Directors of Finance.",
    ),
    (
        "c",
        "6.6 Staff of one Authority working on another Authority's vessel or station follow the "
        "host Authority's safety management system. The Authority employing them will report "
        "to the host Authority any accident or near miss involving its staff.",
    ),
    ("h", "7. Wreck marking and emergency response"),
    (
        "c",
        "7.1 Each Authority must mark, and where necessary remove, wrecks in its area that are "
        "a danger to navigation. A new wreck has to be marked as quickly as possible, and an "
        "Authority may not always have a suitable vessel on station.",
    ),
    (
        "c",
        "7.2 The duty officers of the Authorities will keep one another informed of the "
        "location and readiness of their vessels for wreck-marking duties.",
    ),
    (
        "c",
        "7.3 Where an Authority asks another to lay a wreck-marking buoy on its behalf, the "
        "assisting Authority lays the buoy to the requesting Authority's instructions. The "
        "requesting Authority remains responsible for the promulgation of information about "
        "the wreck to mariners.",
    ),
    (
        "c",
        "7.4 An Authority whose vessel has laid a wreck-marking buoy in another Authority's "
        "area will tell that Authority at once the position and characteristics of the buoy "
        "and the time at which it was established.",
    ),
    (
        "c",
        "7.5 In a major incident affecting the areas of more than one Authority, such as a "
        "large-scale pollution event or the loss of a major aid to navigation, the Chief "
        "Executives will agree which Authority is to co-ordinate the response.",
    ),
    ("h", "8. Local aids to navigation"),
    (
        "c",
        "8.1 Each Authority inspects the aids to navigation provided by local lighthouse "
        "authorities, such as harbour authorities, in its area, and gives or withholds its "
        "consent to their establishment, alteration or removal.",
    ),
    (
        "c",
        "8.2 The Authorities will apply a common inspection method and common standards of "
        "availability to local aids to navigation, based on the guidance of the International "
        "Association of Marine Aids to Navigation and Lighthouse Authorities (IALA).",
    ),
    (
        "c",
        "8.3 Where a local lighthouse authority provides aids to navigation in the areas of two "
        "Authorities, as in the Solway Firth, the Authorities concerned will agree which of "
        "them is to carry out the inspection. The Authority that carries it out will send the "
        "other a copy of its inspection report within one month of the inspection.",
    ),
    ("h", "9. Shared resources and joint procurement"),
    (
        "c",
        "9.1 The Authorities will consider joint procurement of goods and services that all of "
        "them need, including lanterns, buoys, batteries, solar equipment and the dry-docking "
        "of vessels.",
    ),
    (
        "c",
        "9.2 Each Authority will make available to the other Authorities, through the shared "
        "spares register, details of the strategic spares it holds for equipment used by more "
        "than one Authority.",
    ),
    (
        "c",
        "9.3 Where one Authority holds a specialist capability, such as heavy-lift buoy "
        "handling or helicopter-supported maintenance, it may offer that capability to the "
        "others on a cost-recovery basis.",
    ),
    ("h", "10. Research and development"),
    (
        "c",
        "10.1 The Research and Radionavigation directorate works on behalf of all three "
        "Authorities. Its work programme is agreed each year by the Joint Strategic Board.",
    ),
    (
        "c",
        "10.2 Each Authority will provide the others with the results of any trial of new aids "
        "to navigation technology that it carries out on its own, including trials of light "
        "sources, power systems, remote monitoring and resilient position, navigation and "
        "timing services.",
    ),
    ("h", "11. Safety and the environment"),
    (
        "c",
        "11.1 The Authorities share a commitment to the safety of their staff, contractors and "
        "visitors, and to reducing the environmental impact of their operations, including the "
        "emissions of their vessels and the use of hazardous materials at lighthouse stations.",
    ),
    (
        "c",
        "11.2 Each Authority will share with the others the findings of any investigation into "
        "a serious accident or dangerous occurrence involving its vessels, helicopter "
        "operations or stations, so that lessons can be learned across all three Authorities.",
    ),
    (
        "c",
        "11.3 The Authorities will work together on trials of alternative fuels and hybrid "
        "propulsion for their vessels, and on the removal of mercury from the remaining "
        "lighthouse optics that float on mercury baths.",
    ),
    ("h", "12. Information sharing and confidentiality"),
    (
        "c",
        "12.1 Most of the information exchanged under this Memorandum is operational or "
        "technical and does not identify individuals. Where personal data is shared, each "
        "Authority acts as a separate controller under the data protection law that applies "
        "to it, including the UK General Data Protection Regulation and, for Irish Lights in "
        "respect of its activities in Ireland, the EU General Data Protection Regulation.",
    ),
    (
        "c",
        "12.2 The Authorities will share aid to navigation availability data each quarter, in "
        "the agreed format, so that their combined performance can be reported to the "
        "Department for Transport and the Lights Advisory Committee.",
    ),
    (
        "c",
        "12.3 No Authority will disclose information received from another Authority under "
        "this Memorandum to a third party without the consent of the Authority that provided "
        "it, unless the law requires the disclosure.",
    ),
    (
        "c",
        "12.4 Commercially sensitive information, including tender prices, contractors' "
        "proposals and information on the security of Authority sites, will be held in "
        "confidence by each Authority.",
    ),
    (
        "c",
        "12.5 Where an Authority receives a request under freedom of information legislation "
        "in the United Kingdom or Ireland that covers information provided by another "
        "Authority, it will consult that Authority before responding. The decision whether to "
        "disclose remains with the Authority that received the request.",
    ),
    (
        "c",
        "12.6 Each Authority will notify the other Authorities of any personal data breach, or "
        "loss of information, involving information received under this Memorandum within 48 "
        "hours of becoming aware of it.",
    ),
    ("h", "13. Communications"),
    (
        "c",
        "13.1 An Authority intending to publish a report, consultation or news release that "
        "refers to the work of another Authority under this Memorandum will send a draft to "
        "that Authority at least seven days before publication.",
    ),
    (
        "c",
        "13.2 A draft received under paragraph 13.1 will be kept confidential by the receiving "
        "Authority until it has been published.",
    ),
    (
        "c",
        "13.3 Where a matter needs an urgent public statement, for example after a major "
        "marine casualty, the communications teams of the Authorities concerned agree the "
        "statement by telephone where time allows.",
    ),
    ("h", "14. Resolving differences"),
    (
        "c",
        "14.1 The Authorities will try to settle any difference about this Memorandum at "
        "working level. A difference that cannot be settled between the officers concerned "
        "will be referred to the Memorandum leads, then to the Directors of Operations, and "
        "finally to the Chief Executives sitting as the Joint Strategic Board, whose decision "
        "will be final.",
    ),
    ("h", "15. Signatures"),
    ("s", "Signed for the Corporation of Trinity House of Deptford Strond"),
    ("s", "Deputy Master"),
    ("s", "Date: 20 March 2025"),
    ("s", "Signed for the Commissioners of Northern Lighthouses"),
    ("s", "Chief Executive"),
    ("s", "Date: 24 March 2025"),
    ("s", "Signed for the Commissioners of Irish Lights"),
    ("s", "Chief Executive"),
    ("s", "Date: 27 March 2025"),
]


def _mou_blocks() -> list[list[str]]:
    """Each block's lines (a clause wrapped, or a single heading / title / signature line)."""
    blocks = []
    for kind, text in MOU_BODY:
        if kind == "c":
            blocks.append(textwrap.wrap(text, MOU_WIDTH, break_on_hyphens=False))
        else:
            blocks.append([text])
    return blocks


def _mou_pages() -> list[list[str]]:
    blocks = _mou_blocks()
    kinds = [k for k, _ in MOU_BODY]
    pages: list[list[str]] = [[]]
    cap = MOU_LINES_PER_PAGE

    def room() -> int:
        return cap - len(pages[-1])

    i = 0
    while i < len(blocks):
        lines = blocks[i]
        # keep a heading with the first two lines of what follows it
        if kinds[i] == "h" and i + 1 < len(blocks):
            need = 1 + min(2, len(blocks[i + 1]))
            if room() < need:
                pages.append([])
            pages[-1].extend(lines)
            i += 1
            continue
        if len(lines) <= room():
            pages[-1].extend(lines)
        else:
            # split only where the carried-over line starts in lower case (a page break inside a
            # sentence), else move the whole clause to the next page
            split = room()
            while split > 0 and not lines[split][:1].islower():
                split -= 1
            if split >= 2:
                pages[-1].extend(lines[:split])
                pages.append(list(lines[split:]))
            else:
                pages.append(list(lines))
        i += 1
    total = len(pages)
    out = []
    for n, body in enumerate(pages, start=1):
        page = [] if n == 1 else [MOU_HEADER]
        page += body
        page.append(f"Page {n} of {total}")
        out.append(page)
    return out


def _check_mou_paragraph_ends() -> None:
    """In the PDF paragraphs are told apart by line length: every block must end on a line with
    room for the next block's first word, unless the next block opens with a number/letter."""
    blocks = _mou_blocks()
    for a, b in itertools.pairwise(blocks):
        nxt = b[0]
        if re.match(r"^(\d+(\.\d+)*\.?|\([a-z]+\))\s", nxt):
            continue
        first = nxt.split()[0]
        assert len(a[-1]) + 1 + len(first) <= MOU_WIDTH - 4, (a[-1], nxt)
    for blk in blocks:
        for ln in blk[1:]:
            assert not re.match(r"\d|\([a-zA-Z]{1,4}\)", ln), (
                ln
            )  # a wrapped line must not look numbered


def build_mou() -> bytes:
    _check_mou_paragraph_ends()
    return make_pdf(_mou_pages())


def main() -> None:
    write_fixtures(
        {
            JWP_NAME: build_jwp(),
            MOU_NAME: build_mou(),
        }
    )


if __name__ == "__main__":
    main()
