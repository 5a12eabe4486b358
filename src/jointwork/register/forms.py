"""Forms for the signed-in register pages, rendered with GOV.UK Frontend markup.

Forms only parse and check input; the services decide and write. Errors a service raises are
put back on the form with :func:`add_service_errors`, so the page shows them like any other.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import slugify

from jointwork.accounts.models import Organisation
from jointwork.register.models import (
    PARTY_ROLES,
    SIGNATORY,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Contact,
    EscalationLevel,
)
from jointwork.register.services import ENDED_STATUSES

_CLASSES = {
    "input": "govuk-input",
    "textarea": "govuk-textarea",
    "select": "govuk-select",
}


def _kind(widget: forms.Widget) -> str:
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.HiddenInput):
        return "hidden"
    return "input"


class GovukForm(forms.Form):
    """Tags each widget with the GOV.UK component that renders it.

    ``{{ form }}`` renders it with ``forms/govuk_form.html`` (settings.FORM_RENDERER looks in the
    project's templates).
    """

    template_name = "forms/govuk_form.html"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.govuk_kind = _kind(field.widget)
            # GOV.UK error messages say what to do about which field, not "This field is required".
            if field.error_messages["required"] == forms.Field.default_error_messages["required"]:
                label = str(field.label or name.replace("_", " ")).lower()
                choose = field.widget.govuk_kind in {"checkboxes", "radios", "select"}
                field.error_messages["required"] = f"{'Select' if choose else 'Enter'} {label}"


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Show a service's ValidationError on the form: on the named field when the form has it."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


def choice_field(form: forms.Form, name: str) -> forms.ChoiceField:
    """The form's own copy of a declared ChoiceField, to set its choices for this request."""
    field = form.fields[name]
    if not isinstance(field, forms.ChoiceField):
        raise TypeError(f"{type(form).__name__}.{name} is not a ChoiceField")
    return field


def model_choice_field(form: forms.Form, name: str) -> forms.ModelChoiceField[Any]:
    """The form's own copy of a declared ModelChoiceField, to set its queryset for this request."""
    field = form.fields[name]
    if not isinstance(field, forms.ModelChoiceField):
        raise TypeError(f"{type(form).__name__}.{name} is not a ModelChoiceField")
    return field


_STATUS_CHOICES = [(v, label) for v, label in AgreementStatus.choices if v not in ENDED_STATUSES]
_DATE_HINT = "For example, 2025-04-01"


class AgreementForm(GovukForm):
    title = forms.CharField(max_length=300)
    kind = forms.ChoiceField(label="Kind of agreement", choices=AgreementKind.choices)
    status = forms.ChoiceField(choices=_STATUS_CHOICES)
    summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), required=False)
    signed_on = forms.DateField(label="Date signed", required=False, help_text=_DATE_HINT)
    in_force_on = forms.DateField(label="In force from", required=False, help_text=_DATE_HINT)
    next_review_on = forms.DateField(label="Next review", required=False, help_text=_DATE_HINT)
    review_rule = forms.CharField(
        max_length=300,
        required=False,
        help_text="How and when the agreement is reviewed, as the agreement says",
    )
    source_url = forms.URLField(
        label="Published at (web address)", required=False, assume_scheme="https"
    )
    is_public = forms.BooleanField(
        label="Show this agreement on the public register", required=False
    )
    private_notes = forms.CharField(
        label="Notes for the parties",
        help_text="Only members of the parties can see these",
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
    )

    @classmethod
    def initial_for(cls, agreement: Agreement) -> dict[str, Any]:
        return {name: getattr(agreement, name) for name in cls.base_fields}


class AgreementCreateForm(AgreementForm):
    slug = forms.SlugField(
        label="Short name for web addresses",
        max_length=80,
        required=False,
        help_text="Lower-case letters, numbers and hyphens; left empty, it is made from the title",
    )
    parties = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        help_text="Select every body that is party to the agreement, including your own",
    )
    field_order = ["title", "slug", "kind", "status", "parties"]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not data.get("slug") and data.get("title"):
            data["slug"] = slugify(data["title"])[:80]
        return data


class WithdrawForm(GovukForm):
    reason = forms.CharField(
        label="Why is the agreement being withdrawn?",
        error_messages={"required": "Say why the agreement is being withdrawn"},
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class SupersedeForm(GovukForm):
    successor = forms.ModelChoiceField(
        label="Which agreement replaces it?",
        error_messages={"required": "Choose the agreement that replaces it"},
        queryset=Agreement.objects.none(),
        empty_label="Choose an agreement",
    )

    def __init__(self, *args: Any, agreement: Agreement, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "successor").queryset = (
            Agreement.objects.visible_to(user)
            .exclude(pk=agreement.pk)
            .exclude(status__in=ENDED_STATUSES)
            .order_by("title")
        )


class PartyLeadForm(GovukForm):
    relationship_lead = forms.CharField(max_length=200, required=False, label="Relationship lead")
    relationship_lead_email = forms.EmailField(required=False, label="Their email address")


_ROLE_CHOICES = list(PARTY_ROLES.items())


class PartyAddForm(GovukForm):
    organisation = forms.ModelChoiceField(
        label="Which body joins the agreement?",
        queryset=Organisation.objects.none(),
        empty_label="Choose a body",
    )
    role = forms.ChoiceField(
        label="Its role", choices=_ROLE_CHOICES, initial=SIGNATORY, widget=forms.RadioSelect
    )

    def __init__(self, *args: Any, agreement: Agreement, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "organisation").queryset = Organisation.objects.exclude(
            parties__agreement=agreement
        ).order_by("name")


class PartyRoleForm(GovukForm):
    role = forms.ChoiceField(label="Role", choices=_ROLE_CHOICES, widget=forms.RadioSelect)


class ContactForm(GovukForm):
    organisation = forms.ModelChoiceField(
        label="Body", queryset=Organisation.objects.none(), empty_label="Choose a body"
    )
    name = forms.CharField(max_length=200, required=False)
    role = forms.CharField(max_length=200, help_text="For example, Head of Better Regulation")
    email = forms.EmailField(required=False, label="Email address")
    phone = forms.CharField(max_length=40, required=False, label="Telephone")
    address = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    escalation_level = forms.TypedChoiceField(
        coerce=int, choices=EscalationLevel.choices, widget=forms.RadioSelect
    )
    is_public = forms.BooleanField(label="Show this contact on the public register", required=False)

    def __init__(self, *args: Any, agreement: Agreement, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "organisation").queryset = Organisation.objects.filter(
            parties__agreement=agreement
        ).order_by("name")

    @classmethod
    def initial_for(cls, contact: Contact) -> dict[str, Any]:
        return {name: getattr(contact, name) for name in cls.base_fields}


class VersionForm(GovukForm):
    label = forms.CharField(
        max_length=200, required=False, help_text="For example, February 2015 text"
    )
    text = forms.CharField(label="Text of the agreement", widget=forms.Textarea(attrs={"rows": 20}))
    change_note = forms.CharField(
        label="What changed",
        help_text="Say what changed from the previous version, and why",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )


class SignOffForm(GovukForm):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), widget=forms.HiddenInput
    )

    def __init__(self, *args: Any, organisations: list[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "organisation").queryset = Organisation.objects.filter(
            pk__in=[o.pk for o in organisations]
        )
