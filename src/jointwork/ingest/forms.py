"""Forms for uploading an agreement document and correcting a candidate obligation."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from jointwork.accounts.models import Organisation
from jointwork.ingest.readers import IngestError, detect_format
from jointwork.obligations import recurrence, vocabulary
from jointwork.obligations.models import ObligationKind
from jointwork.register.forms import model_choice_field
from jointwork.register.models import AgreementVersion, Clause


def _megabytes(size: int) -> str:
    return f"{size / 1_048_576:.0f} MB" if size >= 1_048_576 else f"{size // 1024} kB"


class UploadForm(forms.Form):
    document = forms.FileField(
        label="Upload the agreement",
        help_text="A PDF with a text layer, Word (.docx), web page (.html), Markdown or plain "
        "text file.",
        error_messages={
            "required": "Select the agreement document to upload",
            "empty": "The selected file is empty",
        },
    )

    def clean_document(self) -> UploadedFile:
        upload = self.cleaned_data["document"]
        limit = settings.JOINTWORK_MAX_UPLOAD_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                f"The selected file must be smaller than {_megabytes(limit)}"
            )
        data = upload.read()
        try:
            # The type comes from the bytes, not the file name: a renamed binary is refused.
            detect_format(data, upload.name)
        except IngestError as exc:
            raise forms.ValidationError(
                "The selected file must be a PDF, Word (.docx), HTML, Markdown or text file: "
                f"{exc.problem}"
            ) from None
        self.data_bytes = data
        return upload


class _ClauseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Clause) -> str:
        return f"{obj.path} {obj.heading or obj.text[:60]}".strip()


class CandidateForm(forms.Form):
    kind = forms.ChoiceField(label="Kind of duty", choices=ObligationKind.choices)
    summary = forms.CharField(
        label="Summary", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
    bearers = forms.ModelMultipleChoiceField(
        label="Who bears the duty",
        queryset=Organisation.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    counterparties = forms.ModelMultipleChoiceField(
        label="Towards whom",
        queryset=Organisation.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    rrule = forms.CharField(
        label="How often it falls due (for experts: the rhythm code)",
        help_text="Leave empty if the duty is not regular. Examples: FREQ=MONTHLY;INTERVAL=3 "
        "means every 3 months (quarterly); FREQ=YEARLY means every year; WINDOW=P0D/P1Y means at "
        "least once a year; WINDOW=P2Y/P3Y means between 2 and 3 years after the last.",
        required=False,
        max_length=300,
    )
    trigger_event = forms.ChoiceField(
        label="What sets it running",
        help_text="Only a publication, a press release or an FOI request puts dates on the "
        "calendar; the others are kept on the duty without dates.",
        choices=[("", "No event")]
        + [
            (e.name, e.label if e.scheduled else f"{e.label} (not on the calendar)")
            for e in vocabulary.EVENTS
        ],
        required=False,
        error_messages={"invalid_choice": "Choose the event from the list"},
    )
    trigger_offset = forms.CharField(
        label="How long before or after that (for experts: the offset code)",
        help_text="A minus sign means before, a plus sign after. Examples: -PT48H means 48 "
        "hours before; -PT24H 24 hours before; +10WD 10 working days after; P10D 10 days after.",
        required=False,
        max_length=40,
    )
    clause = _ClauseChoiceField(
        label="Clause", queryset=Clause.objects.none(), required=False, empty_label="No clause"
    )

    def __init__(self, *args: Any, version: AgreementVersion, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Only the agreement's parties bear a duty or are owed one.
        organisations = Organisation.objects.filter(
            pk__in=version.agreement.parties.values("organisation")
        ).order_by("name")
        model_choice_field(self, "bearers").queryset = organisations
        model_choice_field(self, "counterparties").queryset = organisations
        model_choice_field(self, "clause").queryset = Clause.objects.filter(
            version=version
        ).order_by("order")

    def clean_rrule(self) -> str:
        value = self.cleaned_data["rrule"].strip().removeprefix("RRULE:")
        if value:
            try:
                recurrence.parse_rhythm(value)
            except recurrence.RecurrenceError as exc:
                raise forms.ValidationError(
                    f"Enter a valid RRULE or due window, such as FREQ=YEARLY ({exc})"
                ) from None
        return value

    def clean_trigger_offset(self) -> str:
        value = self.cleaned_data["trigger_offset"].strip().upper()
        if value:
            try:
                recurrence.parse_offset(value)
            except recurrence.RecurrenceError:
                raise forms.ValidationError(
                    "Enter the offset as an ISO 8601 duration, such as -PT24H, or working days, "
                    "such as +20WD"
                ) from None
        return value

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("trigger_offset") and not data.get("trigger_event"):
            self.add_error("trigger_event", "Enter the event the offset counts from")
        return data


class RejectForm(forms.Form):
    reason = forms.CharField(
        label="Why is this not a duty of the agreement? (optional)",
        required=False,
        max_length=500,
    )


class ContactAddForm(forms.Form):
    """What a reviewer adds to a contact the document names: the organisation when the
    document's name matched none of the parties, the role when the document gives none."""

    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), required=False, to_field_name="slug"
    )
    role = forms.CharField(required=False, max_length=200)

    def __init__(self, *args: Any, parties: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "organisation").queryset = parties
