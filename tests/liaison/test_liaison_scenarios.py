"""Scenario tests written from the sources in docs/liaison.md (rules.md section 1).

Each test names the source it was written from. `incident(**changes)` triages the baseline
incident (a patient of a CQC-registered hospital, seriously hurt) with the given facts changed.
"""

from jointwork.liaison.facts import parse_facts
from jointwork.liaison.table import default_table


def rules(result):
    return [reason.rule for reason in result.reasons]


# --- CQC leads for service users of registered providers (MoU para 5, Annex A) ------------------


def test_it_gives_cqc_a_patient_falling_from_a_window(incident):
    # MoU Annex A example "a patient falling from a window" (wardhadaway.com summary).
    result = incident(outcome="serious_injury")
    assert (result.lead, result.candidates, result.notify) == ("CQC", (), ())
    assert rules(result) == ["L-SU-REGISTERED"]


def test_it_gives_cqc_a_death_after_care_plan_not_followed_and_tells_the_coroner(incident):
    # Annex A: patient "who did not receive treatment in line with their care plan and who died"
    # (wardhadaway.com); Notification of Deaths Regulations 2019 reg 3 (zoomlaw.co.uk).
    result = incident(outcome="death")
    assert result.lead == "CQC"
    assert result.notify == ("Coroner",)


def test_it_gives_cqc_a_patient_hurt_by_restraint_in_a_nursing_home(incident):
    # Annex A: a patient "seriously injured after being physically restrained by staff".
    result = incident(premises="care_home_nursing")
    assert result.lead == "CQC"
    assert "RIDDOR report" not in result.notify


def test_it_gives_cqc_a_service_user_scalded_while_bathing(incident):
    # Consultation summary: CQC leads "a service user being scalded while bathing" (lexology.com).
    assert incident(premises="care_home_residential", outcome="injury").lead == "CQC"


def test_it_gives_cqc_a_service_user_hurt_while_cared_for_at_home(incident):
    # Annex A example "injury to a service user while being cared for at home" (citation.co.uk).
    assert incident(premises="domiciliary").lead == "CQC"


def test_it_gives_cqc_legionella_from_a_registered_homes_water_system(incident):
    # 2017 revision: CQC enforces for legionella in service users from water systems of
    # registered premises (HSE OG-00063; wmsoc.co.uk).
    result = incident(premises="care_home_nursing", specific_hs_legislation="legionella")
    assert result.lead == "CQC"
    assert rules(result) == ["L-SU-LEGIONELLA"]


def test_it_keeps_cqc_on_a_hoist_failure_because_loler_needs_no_annex_b(incident):
    # HSE OG-00063: "LOLER is not required to ensure ... therefore it is not necessary to apply
    # annex B".
    result = incident(premises="care_home_residential", specific_hs_legislation="lifting")
    assert result.lead == "CQC"
    assert rules(result) == ["L-SU-LIFTING"]


def test_it_keeps_cqc_but_tells_the_enforcing_authority_about_other_specific_law(incident):
    # MoU para 14 / Annex B (lexology.com summary): specific regulations may make HSE/LA the
    # more appropriate authority; rules.md section 4 keeps CQC and flags it for agreement.
    result = incident(specific_hs_legislation="other")
    assert result.lead == "CQC"
    assert result.notify == ("HSE",)
    assert rules(result) == ["L-SU-REGISTERED", "EA-HOSPITAL", "N-EA-OTHER-SPECIFIC"]


# --- Annex B: specific health and safety law -> the regulators agree primacy -------------------


def test_it_asks_cqc_and_hse_to_agree_on_asbestos_in_a_hospital(incident):
    # MoU para 14 / Annex B: HSE/LA "likely to be the more appropriate investigating authority
    # where specific health and safety regulation is directly relevant" (lexology.com).
    result = incident(specific_hs_legislation="asbestos")
    assert (result.lead, result.candidates) == ("agree_primacy", ("CQC", "HSE"))
    assert result.notify == ("CQC", "HSE")


def test_it_asks_cqc_and_the_council_to_agree_on_electrics_in_a_private_care_home(incident):
    # Annex B (lexology.com) with the LA as enforcing authority for residential care homes
    # (HSE A-Z guide entry 6).
    result = incident(premises="care_home_residential", specific_hs_legislation="electrical")
    assert (result.lead, result.candidates) == ("agree_primacy", ("CQC", "LA"))


def test_it_makes_hse_the_other_candidate_for_gas_even_in_a_council_enforced_home(incident):
    # EA Regulations 1998 reg 4(4)(b) and Sch 2: HSE for gas systems work wherever it is done
    # (legislation.gov.uk; aberdeenshire.gov.uk summary).
    result = incident(premises="care_home_residential", specific_hs_legislation="gas")
    assert (result.lead, result.candidates) == ("agree_primacy", ("CQC", "HSE"))
    assert "EA-GAS-WORK" in rules(result)


# --- HSE / LA lead for unregistered providers (MoU para 6, EA Regulations 1998) ----------------


def test_it_gives_the_council_a_service_user_of_an_unregistered_private_care_home(incident):
    # MoU para 6 (wardhadaway.com); HSE A-Z entry 6 (LA for residential care homes); HSE
    # OG-00063: service-user harm is forwarded to CQC.
    result = incident(provider_registered_with_cqc=False, premises="care_home_residential")
    assert result.lead == "LA"
    assert result.notify == ("CQC",)


def test_it_gives_hse_a_service_user_of_an_unregistered_nursing_home(incident):
    # MoU para 6; HSE A-Z entry 5 (care home with nursing: HSE).
    result = incident(provider_registered_with_cqc=False, premises="care_home_nursing")
    assert result.lead == "HSE"
    assert "CQC" in result.notify


def test_it_gives_hse_a_council_run_residential_home(incident):
    # HSE A-Z entry 6: "HSE where home is run or owned by LA"; EA Regulations reg 4(1).
    result = incident(
        provider_registered_with_cqc=False,
        premises="care_home_residential",
        public_sector_provider=True,
    )
    assert result.lead == "HSE"
    assert "EA-RESIDENTIAL-PUBLIC" in rules(result)


def test_it_asks_hse_and_the_council_to_agree_on_unlisted_premises(incident):
    # EA Regulations reg 3(1) allocate by main activity; where jurisdiction is unclear the
    # regulators determine primacy (weightmans.com; lexology.com).
    result = incident(provider_registered_with_cqc=False, premises="other")
    assert (result.lead, result.candidates) == ("agree_primacy", ("HSE", "LA"))
    assert result.notify == ("CQC", "HSE", "LA")


# --- workers, visitors, contractors: HSE/LA irrespective of registration -----------------------


def test_it_gives_hse_a_nurse_injured_in_a_registered_hospital_and_asks_for_riddor(incident):
    # MoU para 6: "workers, visitors and contractors, irrespective of registration"
    # (wardhadaway.com); RIDDOR 2013 reg 4 specified injuries (legislation.gov.uk).
    result = incident(person_harmed="worker")
    assert result.lead == "HSE"
    assert result.notify == ("RIDDOR report",)


def test_it_gives_the_council_a_care_worker_injured_in_a_private_care_home(incident):
    # MoU para 6; EA Regulations Sch 1 residential accommodation -> LA (HSE OG-00073, A-Z 6).
    result = incident(person_harmed="worker", premises="care_home_residential")
    assert result.lead == "LA"
    assert "RIDDOR report" in result.notify


def test_it_gives_hse_a_visitor_killed_in_a_nursing_home(incident):
    # MoU para 6 (visitors); A-Z entry 5; RIDDOR reg 6 deaths; Notification of Deaths Regs 2019.
    result = incident(person_harmed="visitor", premises="care_home_nursing", outcome="death")
    assert result.lead == "HSE"
    assert result.notify == ("Coroner", "RIDDOR report")


def test_it_gives_hse_a_home_carer_hurt_in_a_clients_house(incident):
    # HSE A-Z entry 7 (peripatetic work in private households: HSE); HSE domiciliary care page.
    result = incident(person_harmed="worker", premises="domiciliary", outcome="injury")
    assert result.lead == "HSE"
    assert result.notify == ()


def test_it_gives_hse_a_dental_nurse_and_a_gp_receptionist(incident):
    # Council allocation lists under the EA Regulations: "Dentists", "Doctors" -> HSE
    # (pembrokeshire.gov.uk).
    assert incident(person_harmed="worker", premises="dental").lead == "HSE"
    assert incident(person_harmed="worker", premises="gp_surgery").lead == "HSE"


def test_it_gives_the_council_a_visitor_hurt_in_a_providers_private_office(incident):
    # EA Regulations Sch 1 "Office activities" -> LA (aberdeenshire.gov.uk; HSE OG-00073).
    assert incident(person_harmed="visitor", premises="office").lead == "LA"


def test_it_asks_hse_and_the_council_to_agree_on_a_public_bodys_office(incident):
    # EA Regulations reg 4: LA/Crown premises -> HSE, but an NHS office is not confirmed
    # (rules.md section 5 open point) -> regulators agree (weightmans.com).
    result = incident(person_harmed="worker", premises="office", public_sector_provider=True)
    assert (result.lead, result.candidates) == ("agree_primacy", ("HSE", "LA"))


def test_it_does_not_ask_for_riddor_or_a_coroner_on_a_near_miss(incident):
    # RIDDOR regs 4-6 need an injury or death; Notification of Deaths Regs need a death.
    result = incident(person_harmed="worker", outcome="near_miss")
    assert result.lead == "HSE"
    assert result.notify == ()


# --- police primacy (Work-related Deaths Protocol) -------------------------------------------


def test_it_gives_the_police_a_contractor_death_with_suspected_gross_negligence(incident):
    # WRDP: "the police will assume primacy ... until any suspicion of a homicide related offence
    # is discounted" (vdocuments.site practical guide); RIDDOR reg 6; Coroner.
    result = incident(
        person_harmed="contractor",
        premises="care_home_residential",
        outcome="death",
        suspected_gross_negligence=True,
    )
    assert result.lead == "police"
    assert result.notify == ("LA", "Coroner", "RIDDOR report")
    assert rules(result)[:2] == ["P-POLICE-DEATH", "L-OTHERS-LA"]


def test_it_gives_the_police_a_patient_death_and_tells_cqc_and_the_coroner(incident):
    # WRDP; healthcare criminal-activity MoU 2024 (gov.uk): reasonable suspicion that criminal
    # activity caused a patient's death.
    result = incident(outcome="death", suspected_gross_negligence=True)
    assert result.lead == "police"
    assert result.notify == ("CQC", "Coroner")


def test_it_tells_the_safeguarding_adults_board_of_a_care_home_death_with_neglect(incident):
    # Care Act 2014 s44 (review where death resulted from abuse or neglect); MoU para 4
    # ("Safeguarding Adults Boards") (docsbay.net draft text).
    result = incident(
        premises="care_home_residential", outcome="death", suspected_gross_negligence=True
    )
    assert result.lead == "police"
    assert result.notify == ("CQC", "Coroner", "Safeguarding Adults Board")


def test_it_keeps_cqc_on_a_non_fatal_case_but_tells_police_and_the_board(incident):
    # Gross negligence manslaughter needs a death (HSE Enforcement Guide, wrdeaths); a living
    # service user with serious harm: 2024 MoU and Care Act s44(3) "serious abuse or neglect".
    result = incident(premises="care_home_nursing", suspected_gross_negligence=True)
    assert result.lead == "CQC"
    assert result.notify == ("police", "Safeguarding Adults Board")


def test_it_gives_the_police_a_members_of_the_publics_death_and_tells_hse(incident):
    # WRDP (NPCC primacy) with HSE as the enforcing authority for a hospital (EA Regs reg 3(1)).
    result = incident(
        person_harmed="member_of_public", outcome="death", suspected_gross_negligence=True
    )
    assert result.lead == "police"
    assert result.notify == ("HSE", "Coroner", "RIDDOR report")


def test_it_tells_the_police_and_cqc_when_both_would_have_had_to_agree(incident):
    # WRDP primacy over an Annex B case: every regulator that would have agreed primacy is told.
    result = incident(
        outcome="death", suspected_gross_negligence=True, specific_hs_legislation="asbestos"
    )
    assert (result.lead, result.candidates) == ("police", ())
    assert {"CQC", "HSE"} <= set(result.notify)


# --- conflicting facts -> the explicit agree-primacy outcome ----------------------------------


def test_it_asks_for_agreement_when_a_nurse_was_also_a_patient(base_facts):
    # Issue 7 example of contradictory facts; MoU para 14: where it is unclear which regulator
    # should have jurisdiction the regulators determine the lead (lexology.com; weightmans.com).
    facts = base_facts | {"person_harmed": ["worker", "service_user"]}
    result = default_table().triage(parse_facts(facts))
    assert (result.lead, result.candidates) == ("agree_primacy", ("CQC", "HSE"))
    assert rules(result)[0] == "C-CONFLICTING-FACTS"
    assert "person_harmed" in result.reasons[0].text


def test_it_asks_for_agreement_on_a_dual_registered_care_home(base_facts):
    # HSE A-Z entry 5: "Dual registered care homes will be either HSE (where the main activity
    # is nursing care), or LA (where the main activity is residential care)".
    facts = base_facts | {
        "person_harmed": "worker",
        "premises": ["care_home_nursing", "care_home_residential"],
    }
    result = default_table().triage(parse_facts(facts))
    assert (result.lead, result.candidates) == ("agree_primacy", ("HSE", "LA"))
    assert {"HSE", "LA", "RIDDOR report"} <= set(result.notify)
