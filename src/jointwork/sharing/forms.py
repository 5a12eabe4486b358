"""The share request form: the DESIGN.md request fields, with "not known" for every flag."""

from __future__ import annotations

from typing import Any

from django import forms

from jointwork.accounts.models import Organisation
from jointwork.register.forms import model_choice_field
from jointwork.register.models import Agreement
from jointwork.sharing.request import FLAGS, ShareRequestData

# (question, GOV.UK error message when unanswered) for each DESIGN.md flag.
FLAG_QUESTIONS = {
    "personal_data": (
        "Does it contain personal data?",
        "Select whether it contains personal data",
    ),
    "identifies_service_users": (
        "Does it identify people who use services?",
        "Select whether it identifies people who use services",
    ),
    "identifies_registered_persons": (
        "Does it identify registered people or organisations?",
        "Select whether it identifies registered people or organisations",
    ),
    "special_category": (
        "Does it contain special category data (for example health)?",
        "Select whether it contains special category data",
    ),
    "pre_publication": (
        "Is it shared ahead of publication?",
        "Select whether it is shared ahead of publication",
    ),
    "foi_request": (
        "Is it needed to answer a Freedom of Information request?",
        "Select whether it is needed to answer a Freedom of Information request",
    ),
}
ANSWERS = [("yes", "Yes"), ("no", "No"), ("unknown", "Not known")]
_VALUE = {"yes": True, "no": False, "unknown": None}


def _messages(required: str, invalid: str | None = None) -> dict[str, str]:
    return {"required": required, "invalid_choice": invalid or required}


class ShareRequestForm(forms.Form):
    agreement = forms.ModelChoiceField(
        queryset=Agreement.objects.none(),
        to_field_name="slug",
        error_messages=_messages("Select the agreement the share falls under"),
    )
    sender = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        to_field_name="slug",
        label="Sending body",
        error_messages=_messages("Select the sending body"),
    )
    recipient = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        to_field_name="slug",
        label="Receiving body",
        help_text="Another party to the agreement",
        error_messages=_messages(
            "Select the receiving body",
            "Select a receiving body that is another party to the agreement",
        ),
    )
    purpose = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={
            "required": "Enter the purpose of the share",
            "max_length": "The purpose must be 2,000 characters or fewer",
        },
    )
    data_description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), required=False, label="What will be shared"
    )
    legal_basis = forms.CharField(
        required=False,
        max_length=300,
        label="Lawful basis (if personal data)",
        help_text="For example: UK GDPR Art 6(1)(e); Art 9(2)(h), DPA 2018 Sch 1 para 2",
        error_messages={"max_length": "The lawful basis must be 300 characters or fewer"},
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        org_ids = user.memberships.values("organisation_id")
        senders = Organisation.objects.filter(pk__in=org_ids).order_by("name")
        model_choice_field(self, "sender").queryset = senders
        agreements = (
            Agreement.objects.filter(parties__organisation_id__in=org_ids)
            .distinct()
            .order_by("title")
        )
        model_choice_field(self, "agreement").queryset = agreements
        if len(senders) == 1:  # the only body the person can send for
            self.initial.setdefault("sender", senders[0].slug)
        model_choice_field(self, "recipient").queryset = self._recipients(agreements)
        for name in FLAGS:
            question, error = FLAG_QUESTIONS[name]
            self.fields[name] = forms.ChoiceField(
                choices=ANSWERS,
                widget=forms.RadioSelect,
                label=question,
                error_messages=_messages(error),
            )

    def _chosen(self, name: str) -> str:
        source = self.data if self.is_bound else self.initial
        return str(source.get(name) or "")

    def _recipients(self, agreements: Any) -> Any:
        """The other parties of the chosen agreement, never the sending body. Until an agreement
        is chosen (no JavaScript), every party of the person's agreements: a posted form always
        carries its agreement, so the choice is validated against that agreement's parties."""
        chosen = agreements.filter(slug=self._chosen("agreement"))
        parties = Organisation.objects.filter(
            parties__agreement__in=chosen if chosen.exists() else agreements
        )
        return parties.exclude(slug=self._chosen("sender")).distinct().order_by("name")

    def flag_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in FLAGS]

    def to_data(self) -> ShareRequestData:
        c = self.cleaned_data
        return ShareRequestData(
            agreement=c["agreement"].slug,
            sender=c["sender"].slug,
            recipient=c["recipient"].slug,
            purpose=c["purpose"],
            data_description=c["data_description"],
            legal_basis=c["legal_basis"].strip() or None,
            **{name: _VALUE[c[name]] for name in FLAGS},
        )


class ReviewForm(forms.Form):
    action = forms.ChoiceField(choices=[("approve", "Approve"), ("refuse", "Refuse")])
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        label="Reason or note (a refusal needs a reason)",
    )
