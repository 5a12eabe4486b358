"""The incident facts form: one GOV.UK radios question per fact, with help text."""

from __future__ import annotations

from typing import Any

from django import forms

from jointwork.accounts.models import Organisation
from jointwork.liaison.facts import FACT_HELP, FACT_NAMES, FACT_VALUES
from jointwork.register.forms import choice_field, model_choice_field

QUESTIONS = {
    "provider_registered_with_cqc": "Is the provider registered with CQC?",
    "person_harmed": "Who was harmed?",
    "premises": "Where did it happen?",
    "outcome": "What was the outcome?",
    "suspected_gross_negligence": "Is a serious criminal offence suspected?",
    "specific_hs_legislation": "Do specific health and safety regulations apply?",
    "public_sector_provider": "Is the provider a public body?",
}
LABELS: dict[Any, str] = {
    True: "Yes",
    False: "No",
    None: "None of these",
    "service_user": "A patient or person using the service",
    "worker": "A worker",
    "visitor": "A visitor",
    "contractor": "A contractor",
    "member_of_public": "Another member of the public",
    "hospital": "Hospital",
    "care_home_nursing": "Care home with nursing",
    "care_home_residential": "Residential care home (without nursing)",
    "domiciliary": "Someone's own home (domiciliary care)",
    "gp_surgery": "GP surgery",
    "dental": "Dental practice",
    "office": "Office",
    "other": "Somewhere else",
    "death": "Death",
    "serious_injury": "Serious injury",
    "injury": "Other injury",
    "near_miss": "Near miss (nobody hurt)",
    "legionella": "Legionella (water systems)",
    "lifting": "Lifting equipment (LOLER)",
    "asbestos": "Asbestos",
    "gas": "Gas safety",
    "electrical": "Electricity at work",
}
# Some words mean different things per fact.
LABELS_BY_FACT = {("specific_hs_legislation", "other"): "Other specific regulations"}


def _token(value: Any) -> str:
    """How a fact value travels in an HTML form (JSON spelling)."""
    return {True: "true", False: "false", None: "none"}.get(value, value)


def value_label(fact: str, value: Any) -> str:
    return LABELS_BY_FACT.get((fact, value), LABELS.get(value, str(value)))


class IncidentForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        label="Reporting organisation",
        empty_label=None,
        error_messages={"required": "Select the organisation you are reporting for"},
    )
    summary = forms.CharField(
        max_length=300,
        label="What happened?",
        help_text="One sentence, without names of patients or staff.",
        error_messages={"required": "Enter what happened"},
    )

    def __init__(self, *args: Any, organisations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "organisation").queryset = organisations
        for name in FACT_NAMES:
            self.fields[name] = forms.ChoiceField(
                label=QUESTIONS[name],
                help_text=FACT_HELP[name],
                choices=[(_token(v), value_label(name, v)) for v in FACT_VALUES[name]],
                widget=forms.RadioSelect,
                error_messages={"required": f"Answer: {QUESTIONS[name]}"},
            )

    def fact_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in FACT_NAMES]

    def facts(self) -> dict[str, Any]:
        """The cleaned answers in the JSON contract's spelling and types."""
        back = {"true": True, "false": False, "none": None}
        return {
            name: back.get(self.cleaned_data[name], self.cleaned_data[name]) for name in FACT_NAMES
        }


class HandOverForm(forms.Form):
    to_body = forms.ChoiceField(
        label="Which body takes the lead?",
        widget=forms.RadioSelect,
        error_messages={"required": "Select the body that takes the lead"},
    )
    reason = forms.CharField(
        label="Why are you handing over the lead?",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="For example: the police have discounted a homicide offence; specific "
        "regulations apply (MoU Annex B).",
        error_messages={"required": "Enter why you are handing over the lead"},
    )

    def __init__(self, *args: Any, bodies: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "to_body").choices = bodies


class AgreePrimacyForm(forms.Form):
    lead_body = forms.ChoiceField(
        label="Which body did the bodies agree should lead?",
        widget=forms.RadioSelect,
        error_messages={"required": "Select the body that leads"},
    )
    reason = forms.CharField(
        label="How and when did you agree?",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="For example: agreed with HSE by phone on 3 March; joint investigation.",
        error_messages={"required": "Enter how and when the bodies agreed"},
    )

    def __init__(self, *args: Any, bodies: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "lead_body").choices = bodies
