"""The share request form: the DESIGN.md request fields, with "not known" for every flag."""

from __future__ import annotations

from typing import Any

from django import forms

from jointwork.accounts.models import Organisation
from jointwork.register.forms import model_choice_field
from jointwork.register.models import Agreement
from jointwork.sharing.request import FLAGS, ShareRequestData

FLAG_LABELS = {
    "personal_data": "Does it contain personal data?",
    "identifies_service_users": "Does it identify people who use services?",
    "identifies_registered_persons": "Does it identify registered people or organisations?",
    "special_category": "Does it contain special category data (for example health)?",
    "pre_publication": "Is it shared ahead of publication?",
    "foi_request": "Is it needed to answer a Freedom of Information request?",
}
ANSWERS = [("yes", "Yes"), ("no", "No"), ("unknown", "Not known")]
_VALUE = {"yes": True, "no": False, "unknown": None}


class ShareRequestForm(forms.Form):
    agreement = forms.ModelChoiceField(queryset=Agreement.objects.none(), to_field_name="slug")
    sender = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), to_field_name="slug", label="Sending body"
    )
    recipient = forms.ModelChoiceField(
        queryset=Organisation.objects.order_by("name"), to_field_name="slug", label="Receiving body"
    )
    purpose = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)
    data_description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), required=False, label="What will be shared"
    )
    legal_basis = forms.CharField(
        required=False,
        max_length=300,
        label="Lawful basis (if personal data)",
        help_text="For example: UK GDPR Art 6(1)(e); Art 9(2)(h), DPA 2018 Sch 1 para 2",
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        org_ids = user.memberships.values("organisation_id")
        model_choice_field(self, "sender").queryset = Organisation.objects.filter(pk__in=org_ids)
        model_choice_field(self, "agreement").queryset = (
            Agreement.objects.filter(parties__organisation_id__in=org_ids)
            .distinct()
            .order_by("title")
        )
        for name in FLAGS:
            self.fields[name] = forms.ChoiceField(
                choices=ANSWERS, widget=forms.RadioSelect, label=FLAG_LABELS[name]
            )

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
