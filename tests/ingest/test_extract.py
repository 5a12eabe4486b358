"""Metadata and obligation extraction on small texts written for each rule."""

from __future__ import annotations

import pytest

from jointwork.ingest.clauses import parse_clauses
from jointwork.ingest.extract import extract
from jointwork.ingest.metadata import find_date
from jointwork.ingest.normalise import normalise_text


def run(raw: str):
    text, _ = normalise_text(raw)
    return extract(parse_clauses(text)), text


HEAD = (
    "Memorandum of understanding between the Alpha Regulatory Authority (ARA) "
    "and the Beta Council (BC)\n\n"
)


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        ("meet quarterly", "FREQ=MONTHLY;INTERVAL=3"),
        ("meet at least annually", "FREQ=YEARLY"),
        ("meet three times per year", "FREQ=MONTHLY;INTERVAL=4"),
        ("meet twice a year", "FREQ=MONTHLY;INTERVAL=6"),
        ("meet every month", "FREQ=MONTHLY"),
        ("meet fortnightly", "FREQ=WEEKLY;INTERVAL=2"),
        ("meet four times a year", "FREQ=MONTHLY;INTERVAL=3"),
        ("meet every six weeks", "FREQ=WEEKLY;INTERVAL=6"),
        ("meet each month", "FREQ=MONTHLY"),
        ("meet every 18 months", "FREQ=MONTHLY;INTERVAL=18"),
    ],
)
def test_meeting_frequencies_become_rrules(phrase, rrule):
    result, text = run(HEAD + f"Meetings\n\n1. The ARA and the BC will {phrase}.\n")
    (meeting,) = [ob for ob in result.obligations if ob.kind == "meeting"]
    assert meeting.recurrence == rrule
    a, b = meeting.spans["recurrence"]
    assert text[a:b] in phrase


@pytest.mark.parametrize(
    ("phrase", "window"),
    [
        ("meet at least annually", "P0D/P1Y"),
        ("meet no less than every two years", "P0D/P2Y"),
        ("meet at least quarterly", "P0D/P3M"),
        ("review this agreement every two to three years", "P2Y/P3Y"),
        ("meet annually", None),
        ("meet quarterly", None),
    ],
)
def test_at_least_and_a_range_of_years_give_a_due_window(phrase, window):
    result, text = run(HEAD + f"Meetings\n\n1. The ARA and the BC will {phrase}.\n")
    (duty,) = [ob for ob in result.obligations if ob.recurrence]
    assert duty.window == window
    assert duty.to_json()["window"] == window
    a, b = duty.spans["recurrence"]
    assert text[a:b] in phrase


def test_every_event_the_tables_name_is_in_the_shared_vocabulary():
    from jointwork.ingest._tables import table
    from jointwork.obligations.vocabulary import BY_NAME

    rules = table("extract")
    named = {row["event"] for row in rules["events"]}
    named |= {row["event"] for row in rules["obligations"] if "event" in row}
    assert named and named <= set(BY_NAME)


@pytest.mark.parametrize(
    ("sentence", "event", "offset"),
    [
        (
            "send drafts of press releases approximately 24 hours before release",
            "press_release",
            "-PT24H",
        ),
        (
            "share drafts of planned publications 48 hours before they are published",
            "publication",
            "-PT48H",
        ),
        ("give each other 3 working days' notice before publication", "publication", "-P3D"),
        ("give advance notice of external communications", "press_release", None),
        ("give each other notice of announcements", "publication", None),
    ],
)
def test_notice_before_publication_gets_an_event_and_iso_offset(sentence, event, offset):
    result, text = run(HEAD + f"Media\n\n1. The ARA and the BC will {sentence}.\n")
    (notice,) = [ob for ob in result.obligations if ob.kind == "notice_before_publication"]
    assert notice.trigger["event"] == event
    assert notice.trigger["offset"] == offset
    if offset:
        a, b = notice.spans["trigger"]
        assert any(ch.isdigit() for ch in text[a:b])


def test_parties_keep_and_inside_their_names_and_use_defined_abbreviations():
    raw = (
        "Agreement between the Health and Safety Executive (HSE), the Office of Rail and Road "
        "(ORR) and the Local Government and Social Care Ombudsman (LGSCO)\n\n"
        "1. The HSE will inform the ORR of incidents. The ORR will keep the Ombudsman informed.\n"
    )
    result, _ = run(raw)
    assert result.metadata.party_names() == [
        "Health and Safety Executive", "Office of Rail and Road",
        "Local Government and Social Care Ombudsman",
    ]  # fmt: skip
    assert result.metadata.abbreviations["ORR"] == "Office of Rail and Road"


def test_bearer_and_counterparty_follow_the_sentence():
    result, _ = run(
        HEAD + "Duties\n\n1. The BC will consult the ARA before answering a Freedom of "
        "Information request.\n"
    )
    (foi,) = result.obligations
    assert (foi.kind, foi.bearer, foi.counterparty) == (
        "foi_consultation", ["Beta Council"], ["Alpha Regulatory Authority"],
    )  # fmt: skip


THREE = (
    "Protocol between the Alpha Harbour Board, Gamma District Council and Delta Borough "
    "Council\n\nDuties\n\n"
)


@pytest.mark.parametrize(
    ("text", "bearer"),
    [
        (THREE + "1. The Councils will tell the Board of every application.\n",
         ["Gamma District Council", "Delta Borough Council"]),
        (THREE + "1. Each council will tell the Board of every application.\n",
         ["Gamma District Council", "Delta Borough Council"]),
        (THREE + "1. The Council concerned will tell the Board of every application.\n",
         ["Gamma District Council", "Delta Borough Council"]),
        (THREE + "1. The Board will tell the Councils of every closure.\n",
         ["Alpha Harbour Board"]),
        (THREE + "1. The harbour board will tell the Councils of every closure.\n",
         ["Alpha Harbour Board"]),
        (THREE + "1. The Delta Borough Council will tell the Board of every application.\n",
         ["Delta Borough Council"]),
        (HEAD + "Duties\n\n1. The council will tell the Authority of every application.\n",
         ["Beta Council"]),
        (THREE + "1. Each local authority will tell the Board of every application.\n",
         ["Gamma District Council", "Delta Borough Council"]),
        (THREE + '1. The partners agree that Gamma District Council will act as the host. In '
         'this protocol it is called "the Host Authority". The Host Authority will tell the '
         "Board of every application.\n", ["Gamma District Council"]),
        (THREE + "1. Gamma District Council and Delta Borough Council are referred to as "
         '"the Riparian Councils". The Riparian Councils will tell the Board of every '
         "application.\n", ["Gamma District Council", "Delta Borough Council"]),
        (THREE + '1. Delta Borough Council keeps a list of works. It is known as "the Works '
         'Register". The Works Register will tell the Board of every closure.\n',
         ["Alpha Harbour Board", "Gamma District Council", "Delta Borough Council"]),
        (THREE + '1. Delta Borough Council, acting through Delta Regulatory Services ("DRS"), '
         "and the other partners agree this protocol. DRS will tell the Board of every "
         "application.\n", ["Delta Borough Council"]),
        (THREE + "1. Under the Board's plan, the three partners will tell the public of it.\n",
         ["Alpha Harbour Board", "Gamma District Council", "Delta Borough Council"]),
        (THREE + "1. If either council learns of a closure, it will tell the Board at once.\n",
         ["Gamma District Council", "Delta Borough Council"]),
        (HEAD + "Duties\n\n1. Where we agree that the BC will lead, the ARA will:\n\n"
         "(a) send the BC its case file.\n", ["Alpha Regulatory Authority"]),
    ],
)  # fmt: skip
def test_parties_called_by_their_kind_or_a_name_given_in_passing_bear_the_duty(text, bearer):
    result, _ = run(text)
    (inform,) = result.obligations
    assert inform.bearer == bearer
    if len(bearer) < len(result.metadata.parties):  # (all the parties: to each other)
        assert not set(bearer) & set(inform.counterparty)


@pytest.mark.parametrize(
    ("text", "bearer"),
    [
        (HEAD + "Meetings\n\n1. The Chief Executive and the BC's Director will meet quarterly.\n",
         ["Alpha Regulatory Authority", "Beta Council"]),
        (HEAD + "Meetings\n\n1. The BC's chief executive will meet the Authority's chair "
         "quarterly.\n", ["Alpha Regulatory Authority", "Beta Council"]),
        (THREE + "1. Gamma District Council and Delta Borough Council will meet quarterly.\n",
         ["Gamma District Council", "Delta Borough Council"]),
    ],
)  # fmt: skip
def test_a_meeting_is_owed_by_both_sides_though_one_is_named_by_its_officer(text, bearer):
    result, _ = run(text)
    (meeting,) = result.obligations
    assert meeting.bearer == bearer


@pytest.mark.parametrize(
    ("text", "kind", "bearer"),
    [
        (HEAD + "Duties\n\n1. Figures that the ARA has not yet published will be treated as "
         "confidential by the BC until the ARA publishes them.\n",
         "confidentiality", ["Beta Council"]),
        (HEAD + "Duties\n\n1. The ARA will brief the inspectors of the Beta Council on its "
         "methods once a year, and the Beta Council will brief ARA staff on its own powers.\n",
         "training", ["Alpha Regulatory Authority", "Beta Council"]),
        (HEAD + "Duties\n\n1. When a death occurs, the ARA will:\n\n(a) open an investigation "
         "at once; and\n(b) the BC will send a copy of the records to the ARA within a day.\n",
         "share_information", ["Beta Council"]),
    ],
)  # fmt: skip
def test_a_passive_promises_agent_an_items_own_subject_and_a_second_subject_bear_it(
    text, kind, bearer
):
    result, _ = run(text)
    (duty,) = [ob for ob in result.obligations if ob.kind == kind]
    assert duty.bearer == bearer


def test_a_summary_names_the_bearers_of_a_mutual_duty_and_tells_each_other():
    result, _ = run(
        HEAD + "Duties\n\n1. The ARA and the BC will share their inspection plans with each "
        "other.\n\n2. Both parties will meet quarterly.\n"
    )
    assert [ob.summary for ob in result.obligations] == [
        "ARA and BC share information with each other", "ARA and BC meet quarterly",
    ]  # fmt: skip


def test_a_negative_duty_is_a_prohibition_not_a_sharing_duty():
    result, _ = run(
        HEAD + "Data\n\n1. The parties will not share identifiable information about patients.\n"
    )
    assert [ob.kind for ob in result.obligations] == ["prohibition"]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # two promises: confidence, and not passing it on (the brief's reading of blind writers)
        ("Each party will keep the data it receives confidential and will not disclose it to "
         "any third party.", {"confidentiality", "prohibition"}),
        ("Information passed in confidence will be kept confidential by the body that receives "
         "it, and will not be published without the agreement of the other.",
         {"confidentiality", "prohibition"}),
        ("Messages that name a site must not be forwarded outside the parties.", {"prohibition"}),
        ("No audit body will disclose information received from another audit body to a third "
         "party.", {"prohibition"}),
        ("Neither we nor the council will share the open register of electors.", {"prohibition"}),
        # a view that something should not be disclosed forbids nothing
        ("A party that considers that information should not be disclosed to the prisoner will "
         "tell the Commissioners.", {"inform"}),
    ],
)  # fmt: skip
def test_wordings_of_a_prohibition(sentence, kinds):
    result, _ = run(HEAD + f"Data\n\n1. {sentence}\n")
    assert {ob.kind for ob in result.obligations} == kinds


def test_examples_and_principles_listed_under_a_stem_are_not_duties():
    raw = (
        HEAD
        + "Scope\n\n1. The parties will cooperate. This may include:\n(a) sharing information on "
        "trends\n(b) keeping each other informed\n"
    )
    result, _ = run(raw)
    assert [ob.clause for ob in result.obligations] == []


def test_legal_bases_are_cited_and_the_repealed_dpa_1998_is_warned_about():
    raw = (
        HEAD
        + "Data\n\n1. The ARA and the BC will share information in line with the Data Protection "
        "Act 1998 and section 76 of the Health and Social Care Act 2008.\n"
    )
    result, text = run(raw)
    (share,) = result.obligations
    assert [basis.id for basis in share.legal_bases] == ["dpa-1998", "hsca-2008-s76-79"]
    a, b = share.legal_bases[0].span
    assert text[a:b] == "Data Protection Act 1998"
    assert any("repealed" in w and w.startswith("1:") for w in result.warnings)


def test_escalation_gives_the_ladder_in_the_order_written():
    raw = (
        HEAD + "Disputes\n\nDisagreements should be resolved at working level, then by the "
        "relationship leads, and may be escalated to the chief executives.\n"
    )
    (esc,) = run(raw)[0].obligations
    assert esc.ladder == [
        "working level",
        "agreement leads / managers",
        "chief executives / heads of the bodies",
    ]


def test_dates_review_rule_and_duration():
    raw = HEAD + (
        "1. This MoU comes into force on 1st April 2015.\n"
        "2. It is not time-limited and will be reviewed every two to three years, or at any time "
        "at the request of either party.\n"
    )
    meta = run(raw)[0].metadata
    assert meta.in_force.value == "2015-04-01"
    assert meta.review == "every 2-3 years; any time on request"
    assert meta.duration == "not time-limited"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("on 1st April 2015", "2015-04-01"),
        ("Date: February 2015", "2015-02"),
        ("01/09/2011", "2011-09-01"),
        ("2024-07-10", "2024-07-10"),
        ("July 8, 2024", "2024-07-08"),
    ],
)  # fmt: skip
def test_dates_are_read_in_uk_order_as_iso(text, iso):
    assert find_date(text)[0] == iso


def test_a_page_without_a_between_phrase_names_the_body_mentioned_most():
    raw = (
        "Our partnerships\n\nThe Alpha Regulatory Authority works with others. ARA publishes "
        "its MoUs. ARA meets the Beta Council.\n"
    )
    assert run(raw)[0].metadata.party_names() == ["Alpha Regulatory Authority"]


_TWO_BODIES = (
    "Protocol between the Alpha Regulatory Authority (ARA) and the Beta Inspectorate (BI)\n\n"
)


def test_notice_of_the_date_of_publication_is_an_offset_before_the_event():
    result, _ = run(
        _TWO_BODIES + "1. ARA will give BI at least 48 hours' notice of the date of publication.\n"
    )
    (ob,) = [o for o in result.obligations if o.kind == "notice_before_publication"]
    assert ob.trigger == {"event": "publication", "offset": "-PT48H"}


def test_telling_a_party_before_publication_is_only_the_notice_duty():
    result, _ = run(
        _TWO_BODIES + "1. ARA will tell the other about a report 5 days before publication.\n"
    )
    assert [o.kind for o in result.obligations] == ["notice_before_publication"]


def test_the_body_that_opens_a_condition_bears_the_duty_its_pronoun_states():
    result, _ = run(
        _TWO_BODIES
        + "1. Where ARA finds a concern about a service BI regulates, it will inform BI.\n"
    )
    (ob,) = [o for o in result.obligations if o.kind == "inform"]
    assert ob.bearer == ["Alpha Regulatory Authority"]


def test_a_prohibition_whose_verb_ends_the_list_stem_is_a_duty_of_each_item():
    result, text = run(
        _TWO_BODIES + "Data\n\n(d) Neither party will share:\n\n(i) information that identifies "
        "a child; or\n\n(ii) health information about staff.\n"
    )
    duties = [(o.kind, o.clause) for o in result.obligations]
    assert duties == [("prohibition", "data.d.i"), ("prohibition", "data.d.ii")]
    first = result.obligations[0]
    assert first.quote == "information that identifies a child; or"
    assert text[first.spans["match"][0] : first.spans["match"][1]] == "Neither party will share"


def test_a_stem_that_lists_exceptions_keeps_its_prohibition():
    result, _ = run(
        _TWO_BODIES + "Data\n\n(d) Neither party will share personal data except:\n\n"
        "(i) where the law requires it; or\n\n(ii) with consent.\n"
    )
    assert [(o.kind, o.clause) for o in result.obligations] == [("prohibition", "data.d")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("ARA will refer to the BI any registered manager it removes from the register.", "share"),
        ("ARA will refer the registrant to the BI where the concern meets its criteria.", "share"),
        ("ARA will refer the matter to the BI as soon as practicable.", "inform"),
        ("ARA will refer to the BI any case in which a manager may have failed.", "inform"),
        ("ARA will refer any concern about a manager to the BI.", "inform"),
        ("ARA will not refer to the BI any person who has not consented.", "prohibition"),
        ("ARA will publish a report that refers to a decision made by the BI.", None),
    ],
)
def test_a_referral_of_a_person_is_sharing_and_of_a_case_or_matter_informing(sentence, kind):
    result, _ = run(_TWO_BODIES + f"1. {sentence}\n")
    kinds = {"share_information": "share", "inform": "inform", "prohibition": "prohibition"}
    found = [kinds[o.kind] for o in result.obligations if o.kind in kinds]
    assert found == ([kind] if kind else [])
    if kind == "share":
        (ob,) = result.obligations
        assert (ob.bearer, ob.counterparty) == (
            ["Alpha Regulatory Authority"], ["Beta Inspectorate"],
        )  # fmt: skip


def test_each_row_of_a_table_of_duties_is_a_clause_with_its_own_duty():
    raw = (
        _TWO_BODIES + "Notifications\n\nEvent\tWho tells whom\tWhen\n"
        "A serious incident at a service\tARA tells BI\tWithin 24 hours\n"
        "A registration is cancelled\tBI notifies ARA\tWithin 5 working days\n\n"
        "Contacts\n\nRole\tARA\tBI\nLead\tJo Bloggs\tSam Smith\n"
    )
    result, text = run(raw)
    tree = parse_clauses(text)
    assert [c.path for c in tree.walk()][1:] == [
        "notifications", "notifications.t1", "notifications.t1.r1", "notifications.t1.r2",
        "contacts", "contacts.t1",
    ]  # fmt: skip
    duties = [(o.kind, o.clause, o.bearer, o.counterparty) for o in result.obligations]
    assert duties == [
        ("inform", "notifications.t1.r1", ["Alpha Regulatory Authority"], ["Beta Inspectorate"]),
        ("inform", "notifications.t1.r2", ["Beta Inspectorate"], ["Alpha Regulatory Authority"]),
    ]


@pytest.mark.parametrize(
    ("text", "bearer", "counterparty"),
    [
        (_TWO_BODIES + "Flows\n\nInformation\tSent by\tSent to\tWhen\n"
         "Monthly figures on complaints about services\tBI\tARA\tMonthly\n",
         ["Beta Inspectorate"], ["Alpha Regulatory Authority"]),
        (_TWO_BODIES + "Actions\n\nAction\tBy whom\tBy when\n"
         "Send the inspection report to the Authority\tInspectorate\tWithin 5 days\n",
         ["Beta Inspectorate"], ["Alpha Regulatory Authority"]),
        (THREE + "Notifications\n\nEvent\tWho tells whom\tWhen\n"
         "A road is closed for works\tThe Council to the Board\tAt once\n",
         ["Gamma District Council", "Delta Borough Council"], ["Alpha Harbour Board"]),
        (THREE + "Notifications\n\nEvent\tWho tells whom\tWhen\n"
         "A road is closed for works\tThe Delta Borough Council to the Board\tAt once\n",
         ["Delta Borough Council"], ["Alpha Harbour Board"]),
    ],
)  # fmt: skip
def test_a_rows_by_and_to_columns_name_who_owes_its_duty_and_to_whom(text, bearer, counterparty):
    result, _ = run(text)
    (duty,) = result.obligations
    assert (duty.bearer, duty.counterparty) == (bearer, counterparty)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a list stem "each member is expected to:" commits its items
        ("Each party is expected to:\n\n(a) share its annual plans with the other.", "share"),
        ("Each party is expected to:\n\n(a) refrain from naming children in any paper.", "prohib"),
        ("1. BI shall keep the draft confidential until publication.", "confidentiality"),
        ("1. Information shared under this protocol shall remain confidential to the parties.",
         "confidentiality"),
        ("1. FOI requests for information the other party supplied shall be referred to that "
         "party for its views before any decision is made.", "foi_consultation"),
        ("1. ARA will give BI 48 hours' notice before it publishes a judgement.", "notice"),
        ("1. ARA will send BI a draft of each report before it is published.", "notice"),
        ("1. ARA will tell BI at least 24 hours before the decision is announced.", "notice"),
        ("1. The leads will hold a liaison call at least once a month.", "meeting"),
        ("1. The parties will review these terms of reference annually.", "review"),
    ],
)  # fmt: skip
def test_wordings_of_duties_from_terms_of_reference_and_liaison_agreements(text, kind):
    result, _ = run(_TWO_BODIES + "Duties\n\n" + text + "\n")
    short = {"share_information": "share", "prohibition": "prohib",
             "notice_before_publication": "notice"}  # fmt: skip
    assert [short.get(o.kind, o.kind) for o in result.obligations] == [kind]


def test_a_meeting_that_only_dates_a_review_is_not_a_duty_to_meet():
    result, _ = run(
        _TWO_BODIES + "1. The forum will review these terms of reference annually, at its "
        "first meeting of each calendar year.\n"
    )
    assert [o.kind for o in result.obligations] == ["review"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("1. The parties will meet four times a year.", "meeting"),
        ("1. The leads will meet every six weeks.", "meeting"),
        ("1. BI shall share with ARA the record of any strategy discussion.", "share"),
        ("1. ARA will share with BI, as soon as possible and in any event within one working "
         "day, any information that suggests a child is at risk.", "share"),
        ("1. ARA will send the Beta Inspectorate each month a summary of its findings.",
         "share"),
        ("1. ARA will give BI access each month to the data from its incident service.", "share"),
        ("1. Each party shall designate a relationship manager.", "lead"),
        ("1. The Head of Quality at BI is responsible for the operation of this agreement.",
         "lead"),
        ("1. The parties will agree which organisation will lead contact with the family.",
         "lead"),
        ("1. ARA chairs the forum and is responsible for providing its secretariat.", "lead"),
    ],
)  # fmt: skip
def test_wordings_of_meetings_sharing_and_lead_roles(text, kind):
    result, _ = run(_TWO_BODIES + "Duties\n\n" + text + "\n")
    short = {"share_information": "share", "other": "lead"}
    assert [short.get(o.kind, o.kind) for o in result.obligations] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "1. The parties will be guided by these principles when deciding whether to share "
        "information.",
        "1. The parties will rely on these bases:\n\n(a) section 28 of the Act, which allows "
        "ARA to disclose information to BI.",
        "1. Registered providers must notify ARA of certain incidents under the Regulations.",
    ],
)
def test_deciding_whether_to_share_a_power_to_share_and_a_providers_duty_are_not_duties(text):
    result, _ = run(_TWO_BODIES + "Duties\n\n" + text + "\n")
    assert result.obligations == []


def test_sending_a_copy_before_publication_is_the_notice_duty_not_also_sharing():
    result, _ = run(
        _TWO_BODIES + "1. Where ARA intends to publish a report, it will send BI a copy of the "
        "report at least 10 working days before publication.\n"
    )
    assert [o.kind for o in result.obligations] == ["notice_before_publication"]


def test_people_on_an_escalation_route_are_not_a_lead_role():
    result, _ = run(
        HEAD + "Disagreements\n\n1. A disagreement should be resolved at working level. If "
        "this is not possible, it may be referred through those responsible for the management "
        "of this MoU, who will then be jointly responsible for a resolution.\n"
        "\n2. The ARA will designate a relationship manager.\n"
    )
    leads = [ob.clause for ob in result.obligations if ob.subkind == "lead_role"]
    assert leads == ["2"]


def test_providing_record_checks_is_a_service_not_information_sharing():
    result, _ = run(
        HEAD + "Roles\n\n1. The BC decides whether a person should be barred and provides "
        "criminal record checks to employers.\n\n2. The BC will provide the ARA with records "
        "of its decisions.\n"
    )
    shares = [ob.clause for ob in result.obligations if ob.kind == "share_information"]
    assert shares == ["2"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Before a party acts, it must inform that party of the proposed action.", "inform"),
        ("ARA undertakes to inform the relevant council before it grants a licence.", "inform"),
        ("Each regulator shall alert the other when it finds a breach.", "inform"),
        ("Information about incidents received by ARA will be passed to BC where relevant.",
         "share_information"),
        ("Where a party receives a request under that Act for information it obtained from "
         "another party, it will consult that party before deciding.", "foi_consultation"),
        ("If either receives a request for information that came from the other, it will seek "
         "the other's views before responding.", "foi_consultation"),
    ],
)  # fmt: skip
def test_duties_to_tell_pass_on_and_consult_a_party_named_by_reference(sentence, kind):
    result, _ = run(HEAD + f"1. {sentence}\n")
    assert [o.kind for o in result.obligations] == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The ARA's Head of Licensing is the lead for this agreement.", "other"),
        ("The BC's Planning Manager will be the lead officer for this protocol.", "other"),
        ("Each party will appoint a contact, who will be responsible for the day- to-day "
         "operation of this MoU.", "other"),
        ("The BC is responsible for sending the ARA, each month, a list of the licences it "
         "grants.", "share_information"),
        ("Each year the BC will send the ARA the results of its survey of sites.",
         "share_information"),
        ("ARA shall send BC the full record of its decision within ten days.",
         "share_information"),
        ("BC will provide ARA with its opinion and supporting analysis on any merger.",
         "share_information"),
        ("ARA agrees to provide a briefing session on its procedures for BC staff once a year.",
         "training"),
    ],
)  # fmt: skip
def test_lead_roles_records_sent_to_a_body_and_briefing_sessions(sentence, kind):
    result, _ = run(HEAD + f"1. {sentence}\n")
    assert [o.kind for o in result.obligations] == [kind]


# Each wording gives exactly these kinds of duty (rule rows and keyword fallback together).
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # someone else's confidence: not disclosing who they are is a prohibition, and "would
        # identify a person" names no lead
        (
            "1. Neither body will disclose to the other information that would identify a person "
            "who has raised a concern in confidence, unless that person consents.",
            ["prohibition"],
        ),
        ("1. Information received from the other will be held in confidence.", ["confidentiality"]),
        # an escalation route needs no party as its subject
        (
            "1. Any disagreement should be raised first between the liaison officers. If it "
            "cannot be resolved at that level it will be referred to the Deputy Director.",
            ["escalation"],
        ),
        ("1. Disagreements about this protocol will be handled as follows:", ["escalation"]),
        # a call held to exchange information is the meeting; "shared information" is what was
        # shared, and its loss "must be reported to the supplying party" tells that party
        (
            "1. The liaison officers will hold a video call every month to exchange information "
            "on live cases.",
            ["meeting"],
        ),
        (
            "1. Staff of each party who handle shared information will complete data protection "
            "training annually.",
            ["training"],
        ),
        (
            "1. Any loss of shared information must be reported to the supplying party within "
            "24 hours.",
            ["inform"],
        ),
        (
            "1. Decisions on whether a breach must be reported to the Information Commissioner "
            "rest with the controller concerned.",
            [],
        ),
        # telling a party "before it publishes" is the notice duty; a statute that "requires"
        # a party to notify states the law, not a commitment
        (
            "1. ARA will tell BI at least five working days before it publishes decision data.",
            ["notice_before_publication"],
        ),
        (
            "1. Section 143 of the Act requires the scheme to notify the regulator of any issue "
            "that it considers should be drawn to its attention.",
            [],
        ),
        (
            "1. Where BI addresses a recommendation to ARA, ARA must respond in writing within "
            "90 days.",
            ["inform"],
        ),
        (
            "1. Information marked OFFICIAL-SENSITIVE must be handled securely, and access to it "
            "must be limited to staff with a need to know.",
            ["confidentiality"],
        ),
        # lead roles: a manager or liaison officer appointed for the agreement, and agreeing
        # which of them is to lead (not disagreeing about it)
        (
            "1. Each party will appoint a senior manager to be accountable for the operation of "
            "this agreement.",
            ["other"],
        ),
        (
            "1. Each body will appoint a named liaison officer, who will be responsible for the "
            "working of this agreement.",
            ["other"],
        ),
        # agreeing case by case who leads names no lead of the agreement (six writers to four)
        ("1. ARA and BI will agree at the outset which of them is to lead.", []),
        (
            "1. Where the parties disagree about which of them should lead, the matter will be "
            "escalated to the heads of division.",
            ["escalation"],
        ),
        (
            "1. Neither party will issue a press statement about an incident without first "
            "giving the other at least 24 hours' notice.",
            ["notice_before_publication"],
        ),
    ],
)
def test_each_wording_gives_exactly_its_kinds_of_duty(text, kinds):
    result, _ = run(_TWO_BODIES + "Duties\n\n" + text + "\n")
    assert sorted(o.kind for o in result.obligations) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("1. Between the publication of the notice of election and the declaration of results, "
         "the leads will hold a call every two weeks.", ["meeting"]),
        ("1. Where ARA receives an allegation that an offence was committed, it will report the "
         "allegation, with any material it holds, to the Beta Inspectorate within two days.",
         ["inform"]),
        ("1. If information is lost, the receiving party must inform the supplying party within "
         "24 hours.", ["inform"]),
        ("1. BI will supply the information it holds within five working days of the request.",
         ["share"]),
        ("1. The parties will exchange mapping data and information about grant schemes on "
         "request and at least once a year.", ["share"]),
        ("1. Each party will refer to the other any company it suspects of being used to "
         "facilitate fraud.", ["share"]),
        ("1. Each party will consult the party that provided information before disclosing it "
         "in response to a request made under the Freedom of Information Act 2000.",
         ["foi_consultation"]),
        ("1. BI will brief officers deployed to polling stations before each election.",
         ["training"]),
    ],
)  # fmt: skip
def test_wordings_of_calls_reports_supplies_referrals_and_briefings(text, kinds):
    result, _ = run(_TWO_BODIES + "Duties\n\n" + text + "\n")
    short = {"share_information": "share"}
    assert [short.get(o.kind, o.kind) for o in result.obligations] == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Information received under this agreement is to be treated in confidence.",
         ["confidentiality"]),
        ("Drafts shared before publication will be treated as embargoed until they are published.",
         ["confidentiality"]),
        ("Disagreements will be dealt with first by the liaison managers.", ["escalation"]),
        ("If they cannot resolve a disagreement it will be passed to the chief executives.",
         ["escalation"]),
        ("The BC will brief ARA complaint caseworkers once a year on its procedures.",
         ["training"]),
        ("The agency making a change will tell the other two a month before.", ["inform"]),
        ("Where the BC receives a request about ARA data, it will inform that agency first.",
         ["inform"]),
        ("The ARA is the lead agency for this agreement.", ["other"]),
        ("The ARA will refer a vocational licence holder or applicant to the traffic "
         "commissioner for their area.", ["share_information"]),
        ("Neither organisation will use case information for any purpose other than resolving "
         "the complaint, and both will keep it confidential.", ["prohibition", "confidentiality"]),

        ("If the guardian has a concern that cannot be resolved with the social worker, the "
         "guardian will take it to the team manager and then to the head of service.",
         ["escalation"]),
        ("Each party will name a protocol lead, who is responsible for monitoring how this "
         "protocol is working.", ["other"]),
        ("A party that becomes aware of a data breach will report it to the other party's data "
         "protection officer within 24 hours.", ["inform"]),
        ("The ARA will share with the BC the main findings of its visits to secure training "
         "centres.", ["share_information"]),

        ("Each party will hold the information it receives under this agreement in confidence.",
         ["confidentiality"]),
        ("This agreement shall be reviewed by the Steering Group annually.", ["review"]),
        ("Should it become necessary, they will first agree a data sharing agreement that meets "
         "the requirements of data protection law.", []),
        ("The leads shall meet monthly, in person or by video conference, to exchange "
         "information on current cases.", ["meeting"]),
    ],
)  # fmt: skip
def test_wordings_from_held_out_sets_8_to_10_give_their_duties(sentence, kinds):
    result, _ = run(HEAD + f"1. {sentence}\n")
    assert sorted(ob.kind for ob in result.obligations) == sorted(kinds)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("1. Each regulator will notify the other of:\n\n(a) any interim order;\n\n"
         "(b) any removal from the register.\n", [("inform", "1.a"), ("inform", "1.b")]),
        ("1. The parties share:\n\nInformation\tProvided by\tProvided to\tWhen\n"
         "Names of workers of concern\tARA\tBC\tWithin 5 working days\n",
         [("share_information", "1.t1.r1")]),
        ("1. The ARA's Head of Policy and the BC's Director are the day-to-day leads for this "
         "protocol.\n", [("other", "1")]),
        ("1. The senior responsible owners for this agreement are the ARA's Head of Intelligence "
         "and the BC's Head of Fraud.\n", [("other", "1")]),
        ("1. We will settle disagreements wherever we can. If that fails, the matter will go to "
         "the leads and then to the chief executives.\n", [("escalation", "1")]),
        ("1. Where this happens, it will let the other organisation know on the same day.\n",
         [("inform", "1")]),
        ("1. Inspectors will refer any safeguarding concern to the BC safeguarding lead.\n",
         [("inform", "1")]),
        ("1. Reports shared in advance are provided in confidence and remain under embargo.\n",
         [("confidentiality", "1")]),
        ("1. A party that receives material before publication will treat it as embargoed.\n",
         [("confidentiality", "1")]),
        ("1. Passport number, holder's name and record of issue.\n", []),
        ("1. Each party will make sure that staff who share or receive information complete "
         "data protection training.\n", [("training", "1")]),
    ],
)  # fmt: skip
def test_wordings_from_held_out_sets_11_and_12_give_their_duties(body, found):
    result, _ = run(HEAD + body)
    assert sorted((ob.kind, ob.clause) for ob in result.obligations) == sorted(found)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("1. The BC will notify the ARA, on the day the decision is taken, of:\n\n"
         "(a) any refusal;\n\n(b) any removal.\n", [("inform", "1.a"), ("inform", "1.b")]),
        ("1. If either of us receives a request for information that came from the other, we "
         "will let the other know and take its views into account before we respond.\n",
         [("foi_consultation", "1")]),
        ("1. Where either body receives a complaint for the other, it will refer the complainant "
         "to that body promptly.\n", [("share_information", "1")]),
        ("1. Disagreements about the operation of this protocol will be dealt with first between "
         "the officers concerned, then between the chief executives.\n", [("escalation", "1")]),
        ("1. A party that intends to issue a press release mentioning another party will give "
         "that party at least 48 hours' notice.\n", [("notice_before_publication", "1")]),
        ("1. The receiving party will tell the sending party without delay if a file is "
         "corrupt.\n", [("inform", "1")]),
        ("1. The agreement will be reviewed annually at the meeting described in paragraph 9.3.\n",
         [("review", "1")]),
        ("1. The notifications are:\n\nEvent\tWho tells whom\tWhen\nA provider in Wales plans "
         "to close a course\tThe BC tells the ARA\tAs soon as it knows\n", [("inform", "1.t1.r1")]),
    ],
)  # fmt: skip
def test_wordings_from_held_out_sets_13_and_14_give_their_duties(body, found):
    result, _ = run(HEAD + body)
    assert sorted((ob.kind, ob.clause) for ob in result.obligations) == sorted(found)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("1. Any that cannot be will be raised with the liaison managers, and then with the "
         "directors.\n", [("escalation", "1")]),
        ("1. Record-level data will never be sent by unencrypted email.\n", [("prohibition", "1")]),
        ("1. This MoU sets out how the parties will co-operate, share information and keep one "
         "another informed.\n", []),
    ],
)  # fmt: skip
def test_wordings_from_held_out_sets_15_and_16_give_their_duties(body, found):
    result, _ = run(HEAD + body)
    assert sorted((ob.kind, ob.clause) for ob in result.obligations) == sorted(found)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("1. The ARA will tell the BC about:\n\n(a) any inquiry;\n\n(b) any sanction.\n",
         [("inform", "1.a"), ("inform", "1.b")]),
        ("1. The ARA will provide the BC with:\n\n(a) a monthly extract of all urgent calls;\n\n"
         "(b) a list of stations.\n", [("share_information", "1.a"), ("share_information", "1.b")]),
        ("1. The BC will tell the ARA about any problem it finds, and the ARA will supply a "
         "corrected extract.\n", [("inform", "1"), ("share_information", "1")]),
        ('1. "Named contacts" means the officers responsible for the operation of this '
         "agreement.\n", []),
        ("1. No Authority will disclose information received from another to a third party.\n",
         [("prohibition", "1")]),
        ("1. Each party will let the other see any news release about an incident at least three "
         "days before it is issued.\n", [("notice_before_publication", "1")]),
        ("1. That party will inform the other where a request concerns the shared data.\n",
         [("inform", "1")]),
        ("1. Each monthly extract will cover the previous month and will be transferred to the BC "
         "by the tenth working day.\n", [("share_information", "1")]),
    ],
)  # fmt: skip
def test_wordings_from_held_out_sets_17_and_18_give_their_duties(body, found):
    result, _ = run(HEAD + body)
    assert sorted((ob.kind, ob.clause) for ob in result.obligations) == sorted(found)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("1. Where either body receives a request under that legislation for information it "
         "supplied, it will consult the other before any of it is released.\n",
         [("foi_consultation", "1")]),
        ("1. The BC will refer to the ARA, with the complainant's consent, any complaint it "
         "receives about the ARA.\n", [("inform", "1")]),
        ("1. Media enquiries about the work of the other will be referred to its press office.\n",
         [("inform", "1")]),
        ("1. Changes to these contacts will be notified by email.\n", [("inform", "1")]),
        ("1. The Head of the ARA and the BC's Head of Office are the owners of this MoU.\n",
         [("other", "1")]),
        ("1. The owners of this MoU will review its operation every two years.\n",
         [("review", "1")]),
        ("1. The parties do not expect to share personal data under this MoU.\n", []),
        ("1. If the leads cannot, they will refer it to the heads of office and then to the "
         "chief executives.\n", [("escalation", "1")]),
        ("1. Our press teams will tell each other, no later than the day before, about any press "
         "release that refers to the other.\n", [("notice_before_publication", "1")]),
        ("1. Each office will name a senior policy lead to act as its main contact.\n",
         [("other", "1")]),
    ],
)  # fmt: skip
def test_wordings_from_held_out_sets_19_and_20_give_their_duties(body, found):
    result, _ = run(HEAD + body)
    assert sorted((ob.kind, ob.clause) for ob in result.obligations) == sorted(found)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("This agreement will be reviewed whenever any of the parties asks for a review.",
         ["review"]),
        ("It shall be reviewed not later than eighteen months after that date and afterwards "
         "at intervals of not more than eighteen months.", ["review"]),
    ],
)  # fmt: skip
def test_the_agreements_review_rule_is_a_review_duty_in_the_clause_that_states_it(sentence, kinds):
    result, _ = run(HEAD + f"1. {sentence}\n")
    assert [(ob.kind, ob.clause) for ob in result.obligations] == [(kind, "1") for kind in kinds]


@pytest.mark.parametrize(
    "text",
    [
        "If officers cannot agree on any matter, it shall be referred first to the ARA's Harbour "
        "Master and the BC's head of service and then, if need be, to the chief executives.",
        "The parties will try to resolve any disagreement informally between officials. Where "
        "that is not possible, the matter will be referred to the ARA Director and, if it is "
        "still unresolved, to the Permanent Secretary.",
        "Differences about this memorandum will be settled between the lead contacts in the "
        "first instance.",
        "Disagreements will be resolved by the liaison officers where possible. Any that remain "
        "will be referred first to the directors, and then to the chief executives.",
    ],
)
def test_wordings_of_an_escalation_ladder(text):
    result, _ = run(HEAD + f"1. {text}\n")
    assert [ob.kind for ob in result.obligations] == ["escalation"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # referring a complaint or matter tells the body; referring a person shares details
        ("The ARA will refer complaints from members of the public about individual decisions "
         "to the BC, which will reply to the complainant directly.", "inform"),
        ("The ARA will refer the registrant to the BC.", "share_information"),
        # an officer of a party acts for it
        ("The Harbour Master will alert the BC's duty emergency planning officer as soon as he "
         "or she becomes aware of a pollution incident.", "inform"),
    ],
)  # fmt: skip
def test_referrals_and_duties_of_a_partys_officer(sentence, kind):
    result, _ = run(HEAD + f"1. {sentence}\n")
    assert [ob.kind for ob in result.obligations] == [kind]


def test_a_time_before_publication_in_an_item_of_a_prohibition_names_no_notice():
    raw = HEAD + (
        "1. Neither party will disclose to any person outside its own organisation:\n\n"
        "(a) the other party's forecast figures before they are published;\n\n"
        "(b) draft papers received from the other party.\n\n"
        "2. Each party will ensure that staff who handle the other party's information before "
        "publication have been briefed on this protocol.\n\n"
        "3. The ARA will send the BC a draft of each report before it is published.\n"
    )
    result, _ = run(raw)
    assert sorted((ob.kind, ob.clause) for ob in result.obligations) == [
        ("notice_before_publication", "3"), ("prohibition", "1.a"), ("prohibition", "1.b"),
        ("training", "2"),
    ]  # fmt: skip


def test_an_item_that_lists_examples_is_a_duty_and_give_hands_its_list_a_sharing_duty():
    raw = HEAD + (
        "1. Ahead of each forecast, the ARA will provide the BC with:\n\n"
        "(a) its draft forecasts;\n\n"
        "(b) the economic determinants underlying those forecasts, including:\n\n"
        "(i) growth in average earnings; and\n\n"
        "(ii) house prices.\n\n"
        "2. Ahead of each budget, the BC will give the ARA:\n\n"
        "(a) its forecasts of devolved tax receipts; and\n\n"
        "(b) a note of the main judgements behind any forecast.\n"
    )
    result, _ = run(raw)
    assert sorted((ob.kind, ob.clause) for ob in result.obligations) == [
        ("share_information", "1.a"), ("share_information", "1.b"),
        ("share_information", "2.a"), ("share_information", "2.b"),
    ]  # fmt: skip


def test_daily_meetings_recur_every_day():
    result, _ = run(HEAD + "1. The ARA and the BC will meet daily during an incident.\n")
    assert [ob.recurrence for ob in result.obligations] == ["FREQ=DAILY"]


def test_an_foi_request_named_in_the_sentence_before_makes_consulting_on_a_request_the_duty():
    text = (
        "Requests under the Freedom of Information Act 2000 are answered by the party that "
        "receives them. Where a request covers information supplied by the other party, the "
        "party answering it will consult that party before deciding what to release."
    )
    result, _ = run(HEAD + f"1. {text}\n\n2. Where a request for help covers both bodies, the "
                    "ARA will consult the BC.\n")  # fmt: skip
    assert [(ob.kind, ob.clause) for ob in result.obligations] == [("foi_consultation", "1")]


def test_items_under_undertakes_colon_are_duties_and_a_name_s_tail_names_the_party():
    raw = (
        "Concordat between the Alpha Authority and NHS Frimley Integrated Care Board\n\n"
        "1. Each party undertakes:\n\n(a) to inform the other without delay of any incident;\n\n"
        "(b) to share with the other its emergency plans.\n\n"
        "2. The Integrated Care Board shall provide the Alpha Authority with a situation report "
        "within a day.\n"
    )
    result, _ = run(raw)
    duties = [(ob.kind, ob.clause, ob.bearer) for ob in result.obligations]
    board = "NHS Frimley Integrated Care Board"
    assert duties == [
        ("inform", "1.a", ["Alpha Authority", board]),
        ("share_information", "1.b", ["Alpha Authority", board]),
        ("share_information", "2", [board]),
    ]


def test_a_will_stem_commits_its_items_even_under_a_principles_heading():
    raw = HEAD + (
        "## Principles of co-operation\n\n"
        "1. In particular, each organisation will:\n\n"
        "- give the other at least three months' notice of any change to its procedures.\n\n"
        "2. The parties follow these principles:\n\n"
        "- share information only where it is lawful.\n"
    )
    result, _ = run(raw)
    assert [(ob.kind, ob.clause) for ob in result.obligations] == [("inform", "1.b1")]


def test_a_table_with_a_how_often_column_is_a_table_of_duties():
    raw = HEAD + (
        "1. Data flows\n\nInformation\tFrom\tTo\tHow often\n"
        "Referral outcomes\tARA\tBC\tMonthly\nCase summaries\tBC\tARA\tQuarterly\n"
    )
    text, _ = normalise_text(raw)
    paths = [c.path for c in parse_clauses(text).walk()]
    assert paths[-3:] == ["t1", "t1.r1", "t1.r2"]


@pytest.mark.parametrize(
    ("months", "rrule"),
    [
        ("in January, April, July and October", "FREQ=MONTHLY;INTERVAL=3"),
        ("three times a year, normally in February, June and October", "FREQ=MONTHLY;INTERVAL=4"),
        ("in February, June and October", "FREQ=MONTHLY;INTERVAL=4"),
        ("in March and September", "FREQ=MONTHLY;INTERVAL=6"),
    ],
)
def test_meetings_named_by_their_months_recur_at_that_interval(months, rrule):
    result, _ = run(HEAD + f"1. The liaison officers will meet {months}.\n")
    assert [(ob.kind, ob.recurrence) for ob in result.obligations] == [("meeting", rrule)]


def test_items_a_stem_hands_its_verb_to_are_owed_by_the_party_before_the_verb():
    raw = HEAD + (
        "1. The BC will give the ARA:\n\n"
        "(a) confirmation of the capacity in which it acts;\n\n"
        "(b) details of the account into which any award is to be paid, confirmed in writing;\n"
    )
    result, _ = run(raw)
    assert [(ob.kind, ob.clause, ob.bearer) for ob in result.obligations] == [
        ("share_information", "1.a", ["Beta Council"]),
        ("share_information", "1.b", ["Beta Council"]),
    ]
    both, _ = run(
        HEAD + "1. In any event, the ARA and the BC will ensure that the other receives:\n\n"
        "(a) drafts of any press releases about the other 24 hours before they are released.\n"
    )
    assert [ob.bearer for ob in both.obligations] == [
        ["Alpha Regulatory Authority", "Beta Council"]
    ]


@pytest.mark.parametrize(
    ("text", "duties"),
    [
        # a stem over a table of what each body provides: the rows state the duties
        (
            "1. The two bodies will exchange the information listed below:\n\n"
            "Information\tProvided by\tProvided to\tTiming\n"
            "Summary of open investigations\tARA\tBC\tEvery six months\n"
            "List of closed cases\tBC\tARA\tEach year\n",
            [
                ("share_information", "1.t1.r1"),
                ("share_information", "1.t1.r2"),
            ],
        ),
        # "In support of these principles, both agree to:" commits its items; "follow these
        # principles:" does not
        (
            "1. In support of these principles, both organisations agree to:\n\n"
            "- keep each other informed of changes in policy;\n"
            "- share their business plans with each other once they are published.\n\n"
            "2. The parties will follow these principles:\n\n"
            "- share information only where lawful.\n",
            [
                ("inform", "1.b1"),
                ("share_information", "1.b2"),
            ],
        ),
        # data lost or disclosed without authority is a breach to report, not a sharing
        (
            "Notifications\n\nMatter\tWho tells whom\tWhen\n"
            "Personal data supplied by a party is lost or disclosed without authority\t"
            "The party holding the data tells the party that supplied it\tWithin 24 hours\n",
            [("inform", "notifications.t1.r1")],
        ),
        # items a stem sends to a named role are what it sends (a note of training too)
        (
            "1. No later than two weeks before the inspection date, the BC will send the liaison "
            "inspector:\n\n(a) a copy of the central record of authorisations;\n\n"
            "(b) the current policy and a note of the training delivered to officers; and\n\n"
            "(c) a short report on progress.\n",
            [
                ("share_information", "1.a"),
                ("share_information", "1.b"),
                ("share_information", "1.c"),
            ],
        ),
        # a negated item, and a stem over a table of what is shared
        (
            "1. Where a business plans to invest in the other party's area, that party will:\n\n"
            "(a) not make an offer of assistance until the parties have agreed which of them will "
            "take the case forward.\n\n"
            "2. The information below will be shared at the times shown:\n\n"
            "Information\tShared by\tShared with\tWhen\n"
            "Valuation roll changes\tBC\tARA\tWeekly\n",
            [
                ("prohibition", "1.a"),
                ("share_information", "2.t1.r1"),
            ],
        ),
    ],
)
def test_lists_and_tables_from_the_held_out_sets_give_these_duties(text, duties):
    result, _ = run(HEAD + text)
    assert [(ob.kind, ob.clause) for ob in result.obligations] == duties


def test_a_notice_whose_sentence_opens_with_before_is_owed_by_the_subject_of_its_promise():
    result, _ = run(
        HEAD + "1. Before it publishes a report that relies on the BC's data, the ARA will send a "
        "draft to the BC at least ten days before the planned publication date.\n"
    )
    assert [(ob.kind, ob.bearer) for ob in result.obligations] == [
        ("notice_before_publication", ["Alpha Regulatory Authority"])
    ]


def test_a_name_that_makes_promises_twice_acts_for_a_party():
    raw = HEAD + (
        "1. Probation will send a safeguarding enquiry to the BC for every person on probation "
        "who lives with children.\n\n"
        "2. Children's Services will tell the referrer the outcome within three working days.\n\n"
        "3. Children's Services will respond to each enquiry within five days.\n\n"
        "4. Within ten days, Probation will send a written report to the conference chair.\n\n"
        "5. Police Scotland will be told of the outcome.\n"
    )
    result, _ = run(raw)
    assert [(ob.kind, ob.clause) for ob in result.obligations] == [
        ("share_information", "1"), ("inform", "2"), ("share_information", "4"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither participant will pass survey data received from the other to any third party.",
        "The ARA will keep any advance copy under embargo and will not brief its contents to "
        "the media.",
        "The BC will not comment publicly on an application that the ARA has not yet decided.",
        "Each party will keep the data confidential and will not supply it to a third party.",
    ],
)
def test_more_wordings_of_a_prohibition(sentence):
    result, _ = run(HEAD + f"1. {sentence}\n")
    assert "prohibition" in [ob.kind for ob in result.obligations]


def test_items_under_a_stem_of_a_name_that_makes_promises_are_its_duties():
    raw = HEAD + (
        "1. Ealing Council will:\n\n"
        "- let the ARA know within ten working days of any suspected breach.\n\n"
        "2. Ealing Council will not comment publicly on an undecided application.\n"
    )
    result, _ = run(raw)
    assert [(ob.kind, ob.clause) for ob in result.obligations] == [
        ("inform", "1.b1"), ("prohibition", "2")
    ]  # fmt: skip


# Wordings from the held-out sets (each a general rule added after a set's one measured run):
# each gives exactly these kinds of duty.
@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Each party will appoint a senior responsible officer for this agreement.", ["other"]),
        ("The ARA and the BC will hold daily meetings of the working group leads until the "
         "business has been transferred.", ["meeting"]),
        ("Each party will check that the relevant gateway applies before it discloses "
         "information in a particular case.", []),
        # a power the law gives names no lead of the agreement
        ("Section 4 of the 1984 Act allows the Secretary of State to designate a person as the "
         "authority responsible for deciding whether video works are suitable.", []),
        # a briefing asked of a body is information for it, not training
        ("The ARA will ask the BC for a factual briefing, and the BC will provide one within "
         "five working days.", ["share_information"]),
        ("A difference not so resolved shall be referred to the Co-Chairs and, failing "
         "resolution by them, to the chief executives.", ["escalation"]),
        ("The Co-Chairs shall be responsible for the maintenance of this Concordat.", ["other"]),
        ("No personal data shall be exchanged at or through meetings of the Forum.",
         ["prohibition"]),
        ("The ARA shall circulate the agenda and papers for each meeting to the BC.",
         ["share_information"]),
        ("Neither party will issue a press release about an incident without giving the other "
         "at least one working day's notice of it.", ["notice_before_publication"]),
        ("The ARA will not supply the names, addresses or account numbers of its customers.",
         ["prohibition"]),
        ("The shared information will not be used to make decisions about any individual.",
         ["prohibition"]),
        ("If the officers cannot agree, the matter will be referred first to the team leaders, "
         "then to the heads of service.", ["escalation"]),
        ("The ARA will report to the BC, through its hotline, any pollution incident that its "
         "staff discover.", ["inform"]),
        ("The BC will hand over to the ARA the case file and any samples it holds.",
         ["share_information"]),
        ("The BC will upload to the national database the details of each corrective action.",
         ["share_information"]),
        ("A notification is to be made by telephone, and the BC will confirm it in writing "
         "within 24 hours.", ["inform"]),
        ("Within ten working days, the receiving party will let the referring party know "
         "whether it will take the case on.", ["inform"]),
        ("The body that is not leading on a case will not take separate enforcement action "
         "without first discussing it with the lead body.", ["prohibition"]),
        ("If the leads cannot resolve a disagreement, they will refer it to the ARA's Director "
         "and the BC's Director.", ["escalation"]),
        ("Each body will give the other at least one working day's notice of any news release "
         "that concerns a case both have dealt with.", ["notice_before_publication"]),
        ("Each party will give the other's communications team at least 72 hours to comment on "
         "any press release that names it.", ["notice_before_publication"]),
        ("Differences will be resolved by the liaison officers where possible.",
         ["escalation"]),
        ("The ARA's Director and the BC's Head of Investigations are the liaison officers for "
         "this MoU.", ["other"]),
        ("Sequence data generated by joint projects will be exchanged freely between the "
         "parties.", ["share_information"]),
        ("Within 20 working days of receiving the draft, the BC will write to the ARA setting "
         "out any factual corrections.", ["inform"]),
        ("Neither Garden will publish sequence data until the other Garden has agreed.",
         ["prohibition"]),
        ("Where an inspection identifies possible misconduct, the ARA will bring those matters "
         "to the attention of the BC.", ["inform"]),
        ("Where a concern is raised with the wrong organisation, the organisation that received "
         "it will pass the concern on to the other promptly.", ["inform"]),
        ("Officers of the ARA will refer any such enquiry to that Authority.", ["inform"]),
        ("If a disagreement arises, staff should first try to resolve it with their "
         "counterpart. Anything they cannot resolve goes to the lead officers and, if it is "
         "still unresolved, to the chief executives.", ["escalation"]),
        ("Each party will share with the others, at the earliest practicable stage, a draft of "
         "its programme of work for the coming year.", ["share_information"]),
        ("The Chief Officer of each Authority is accountable for this agreement within that "
         "Authority.", ["other"]),
        ("The parties will keep draft decisions, viability assessments and other commercially "
         "sensitive information they receive from each other in confidence.",
         ["confidentiality"]),
        ("The ARA will tell the BC of any matter that may indicate fraud. Each referral will "
         "be made in writing and will include the material on which the concern is based.",
         ["inform", "share_information"]),
        ("Borough enforcement officers will not take enforcement action on BC land, except in an "
         "emergency, without first agreeing it with the BC's duty manager.", ["prohibition"]),
        ("New rangers, and enforcement officers whose work covers the park, will be given an "
         "introduction to this agreement as part of their induction.", ["training"]),
        ("Any exchange of information under this MoU must comply with the UK General Data "
         "Protection Regulation and the Data Protection Act 2018.", []),
        ("The ARA will hold entry codes only on its own system, will keep them confidential, and "
         "will not write them on records or pass them to any other organisation.",
         ["prohibition", "confidentiality"]),
        ("The BC will let the ARA Safeguarding Team know the outcome of any concern raised by "
         "the ARA.", ["inform"]),
        ("Nothing in this section prevents either party from acting on its own, but it will "
         "explain its reasons to the other as soon as it can.", ["inform"]),
        ("The parties will not exchange personal data about individual learners, except where "
         "that is necessary to investigate malpractice.", ["prohibition"]),
        ("This agreement is to be read together with the Wales Accord on the Sharing of Personal "
         "Information, which both parties have signed.", []),
        ("The scope, funding and publication arrangements for any joint project will be agreed "
         "in writing before work begins.", []),
        ("Where Hub staff find that information is wrong or incomplete, they will tell the "
         "referring team leader so that the record can be corrected.", ["inform"]),
        ("Each party will have a designated lead who is accountable for the operation of this "
         "ISA.", ["other"]),
        ("Within two working days of the first visit, the Hub will send the referring station's "
         "clinical team leader a short outcome summary stating whether the patient was seen.",
         ["share_information"]),
        # a venue or secretariat given for meetings shares no information
        ("A liaison group of the named officers will meet in January, April, July and October, "
         "and the ARA will provide the venue.", ["meeting"]),
        # the sentence that states the review rule is the review duty, whoever reviews
        ("The lead officers will review the concordat every two years. Any signatory may also "
         "ask for a review at any time.", ["review"]),
        ("Employing authorities, including the Gamma Authority, are responsible for managing the "
         "conduct of the teachers they employ.", []),
        ("The parties will try to resolve any difference of view informally between the lead "
         "contacts. If a difference cannot be resolved within one month, it will be escalated "
         "to the directors.", ["escalation"]),
        # held-out set 35
        ("If the parties disagree about this agreement, the contacts named in Annex A will "
         "first try to resolve the matter. If they cannot, it will be referred to the ARA's "
         "Chief Executive and the BC's Director.",
         ["escalation"]),
        ("We will try to settle any disagreement informally between the officers involved. If "
         "that does not work, it will be raised with the ARA's Regional Director.",
         ["escalation"]),
        ("Before publishing a report that includes information provided by another party, the "
         "publishing party will send the relevant extract to that party at least five working "
         "days in advance.",
         ["notice_before_publication"]),
        ("Each partner will tell the others at least two working days before it issues a press"
         " release that names another partner.",
         ["notice_before_publication"]),
        ("The ARA's Data Protection Officer will act as owner of this agreement and will keep "
         "Annex A up to date.",
         ["other"]),
        ("At the end of each visit, the ARA will give the manager on duty its initial feedback"
         " before leaving the premises.",
         ["inform"]),
        ("Until a decision is taken, the ARA will update the coroner on the progress of the "
         "case at least every three months.",
         ["inform"]),
        ("Each partner will send to meetings of the Group a representative who is able to take"
         " decisions on its behalf.",
         []),
        ("Each partner will give the others at least two working days' notice of any press "
         "release about the system, and will share the draft text with them.",
         ["notice_before_publication"]),
        ("The BC will arrange access for ARA staff and trained volunteers to the premises it "
         "runs.",
         []),
        ("Once a connection has been made, the partner that approved it will provide the "
         "others with the as-built drawings within one month.",
         ["share_information"]),
        # held-out set 33
        ("Information about live investigations will be kept strictly confidential by both "
         "organisations.",
         ["confidentiality"]),
        ("Our powers overlap, and it is often right for one of us to take the lead while "
         "drawing on the expertise of the other.",
         []),
        ("The BC will refer to the ARA any complaint it receives about the conduct of an "
         "adviser who is registered with the ARA.",
         ["inform"]),
        ("The liaison officers will review this agreement at least once every three years and "
         "report the outcome to the ARA Board and to the BC's Executive.",
         ["review"]),
        ("Each party is responsible for its own compliance with data protection law and the "
         "common law duty of confidentiality. Any exchange of personal data between the "
         "parties requires a lawful basis.",
         []),
        ("The parties recognise that people should not have to tell their story more than "
         "once.",
         []),
        ("The lead contacts will meet at least twice a year, and more often if joint work "
         "requires it, to take stock of joint projects, share forward work programmes and "
         "identify new opportunities.",
         ["meeting"]),
        ("Where a complaint raises issues for both parties, the party that received it will "
         "notify the other within five working days, and they will agree between them which of"
         " them is to take the lead.",
         ["inform"]),
        ("The BC will not end an award on a partial match alone. In such a case it will seek "
         "confirmation from another source, for example through the Tell Us Once service.",
         ["prohibition"]),
        # held-out sets 27 and 30, after their tuning
        ("An Authority will not begin an investigation into an offence committed wholly within"
         " the district of another Authority without that Authority's agreement.",
         ["prohibition"]),
        ("Personal information will be exchanged by secure email only.",
         []),
        ("The liaison leads will circulate to all three Authorities a list of the duty "
         "officers' telephone numbers.",
         ["share_information"]),
        ("The two case officers will agree which of us takes the lead.",
         []),
        ("The ARA will assign a named Civil Contingencies Adviser to the county.",
         ["other"]),
        ("The BC will draw to the ARA's attention any recurring issues in complaints.",
         ["inform"]),
        ("Each body will send the other, in draft, any passage of its annual report that "
         "comments on the work of the other, no later than two weeks before the report is "
         "laid.",
         ["notice_before_publication"]),
        ("Each organisation will consult the other before releasing, in response to a request "
         "under the Freedom of Information Act 2000, information that the other provided in "
         "confidence.",
         ["foi_consultation"]),
        ("The ARA will refer back to the BC any healthcare complaint it receives before the "
         "BC's procedure has been completed.",
         ["inform"]),
        # held-out set 36
        ("A party that wishes to end its participation must give the other parties at least "
         "twelve months' notice in writing.",
         ["inform"]),
        ("If a major incident is likely to cause a rise in deaths, the party that first "
         "becomes aware of it will alert the Coroner Service Manager immediately.",
         ["inform"]),
        ("The parties agree that the BC will continue to act as the relevant authority for the"
         " coroner area.",
         ["other"]),
        ("Where a complainer approaches the BC directly, the BC will explain the role of the "
         "ARA and, with the complainer's consent, forward the complaint to the ARA within two "
         "working days.",
         ["inform"]),
        ("The ARA will remit the conduct issues to the BC within five working days of its "
         "decision.",
         ["inform"]),
        ("The BC will acknowledge each remitted complaint to the ARA within three working days"
         " of receiving it.",
         ["inform"]),
        ("The parties will use secure email with an approved encryption service for every "
         "exchange under this agreement.",
         []),
        # held-out set 37
        ("The Councils will each designate the shared Coordinating Officer as their single "
         "point of contact for the ARA on all day-to-day matters.",
         ["other"]),
        ("The ARA will name one of its inspectors as the liaison inspector for the Councils.",
         ["other"]),
        ("Each Council will submit to the ARA an annual return of the number of authorisations"
         " granted.",
         ["share_information"]),
        ("Members will keep confidential all information about candidates that they receive, "
         "and will not discuss that information with the staff of their own body.",
         ["prohibition", "confidentiality"]),
        ("None of us will use information received from another body for any purpose other "
         "than the purpose for which it was provided.",
         ["prohibition"]),
        ("The BC is responsible for appointments to listed judicial offices up to and "
         "including the office of High Court judge.",
         []),
        ("When it directs release, the BC will provide the ARA with the licence conditions it "
         "has set, in time for the licence to be issued before the release date.",
         ["share_information"]),
        ("An earlier review will be carried out if there is a significant change to the "
         "legislation under which information is shared.",
         []),
        # held-out set 38
        ("HEIW is responsible for education, training, workforce development and workforce "
         "modernisation for health in Wales.",
         []),
        ("The BC will set up training accounts on national systems for trainees within five "
         "working days of receiving a complete request.",
         []),
        ("The ARA will treat the BC's draft education commissioning plans, and any other "
         "material that the BC marks as not for circulation, in confidence.",
         ["confidentiality"]),
        ("The datasets in the table below will be made available to the ARA by the BC through "
         "the national data resource.",
         ["share_information"]),
        ("Personal data may be shared only in accordance with the UK General Data Protection "
         "Regulation. Where regular sharing of personal data is needed, the parties will put a"
         " data sharing agreement in place before it begins.",
         []),
        ("Each office is responsible for its own public statements, and neither will comment "
         "publicly on the other's casework.",
         ["prohibition"]),
        ("The responsible officers for this agreement are the BC's Revenues Manager and the "
         "ARA's Depute Assessor.",
         ["other"]),
        ("The parties will hold a joint planning session once a year to identify opportunities"
         " for joint programmes.",
         ["meeting"]),
        ("Where a business moves from one party's area to another, the parties will agree a "
         "plan for transferring the account management relationship.",
         []),
        # held-out set 34
        ("Where the BC decides not to take proceedings on a report, it will, if the ARA asks, "
         "explain the reasons for the decision in general terms.",
         ["inform"]),
        ("Where a report is urgent, the ARA will also telephone the Economic Crime Unit on the"
         " day the report is sent.",
         ["inform"]),
        ("Disagreements will normally be settled between the officers involved. Anything they "
         "cannot agree within ten working days will go to the ARA's Manager and the BC's Chief"
         " Executive.",
         ["escalation"]),
        ("If information that one partner has given another is lost, the partner responsible "
         "will let the owner of the information know within 24 hours.",
         ["inform"]),
        ("None of us will suggest in public, before an investigation report is published, that"
         " another partner was responsible for the flooding.",
         ["prohibition"]),
        ("If an application reaches the wrong organisation, that organisation will pass it, "
         "together with any fee received, to the right one within five working days.",
         ["share_information"]),
        ("Bank account details will not be exchanged under this agreement, other than the sort"
         " code.",
         ["prohibition"]),
        ("A party that is notified of a suspected fraud will not contact the grant holder "
         "about the concern until it has agreed the approach with the notifying party.",
         ["prohibition"]),
        ("Partners will hold such information in strict confidence and limit access to it to "
         "officials.",
         ["confidentiality"]),
        ("The ARA will provide the secretariat for the Authority. The secretariat is the "
         "single point of contact between the Authority and the scheme administrators.",
         ["other"]),
        # a promise to share and a prohibition after it in one sentence are two duties
        ("The ARA will share its inspection findings with the BC and will not disclose them to "
         "anyone else.", ["prohibition", "share_information"]),
        ("Where the BC supplies customer-level data to the ARA, it is pseudonymised first, and the "
         "BC will not supply the names of its customers.", ["prohibition"]),
        # held-out set 39
        ("The BC will provide the ARA with its complete case file for each escalated complaint"
         " within ten working days of receiving the complaint.",
         ["share_information"]),
        ("Where an enquiry falls within the remit of another office, the receiving office will"
         " signpost the enquirer to that office and pass on the enquirer's contact details.",
         ["share_information"]),
        ("The offices will share aggregate, non-attributable insight from their annual surveys"
         " and casework.",
         ["share_information"]),
        ("Personal data exchanged under this Part, such as the details of suspected offenders,"
         " will be kept confidential and will not be disclosed outside the parties.",
         ["prohibition", "confidentiality"]),
        ("The parties will hold a joint learning session at least once a year to share insight"
         " from complaints.",
         ["training"]),
        # held-out set 40
        ("So that the government can prepare its response, the ARA will send the BC an "
         "embargoed copy of each progress report, and of its advice on each budget, no later "
         "than 48 hours before publication.",
         ["notice_before_publication"]),
        ("Each party will name a senior responsible owner for this agreement and one or more "
         "working-level contacts.",
         ["other"]),
        ("The Act requires the ARA to report to Parliament every year on the progress made "
         "towards meeting the budgets.",
         []),
        ("The senior responsible owners will meet at least once a year, normally after the "
         "publication of the ARA's progress report, to plan the data needs for the year ahead.",
         ["meeting"]),
        ("We will refer a business to the other office, with the business's consent, whenever "
         "a complaint is one the other office is better placed to deal with.",
         ["share_information"]),
    ],
)  # fmt: skip
def test_wordings_from_the_held_out_sets_give_these_kinds_of_duty(sentence, kinds):
    result, _ = run(HEAD + f"1. {sentence}\n")
    assert [ob.kind for ob in result.obligations] == kinds


def test_a_duty_typeset_with_ligatures_is_found():
    result, _ = run(HEAD + "1. The ARA will give the BC notiﬁcation of any signiﬁcant ﬁndings.\n")
    assert [ob.kind for ob in result.obligations] == ["inform"]
