"""Forms for uploading an agreement document and correcting a candidate obligation."""

from __future__ import annotations

import re

from dateutil.rrule import rrulestr
from django import forms
from django.conf import settings

from jointwork.accounts.models import Organisation
from jointwork.ingest.readers import IngestError, detect_format
from jointwork.obligations.models import ObligationKind
from jointwork.register.models import AgreementVersion, Clause

# ISO 8601 duration with an optional sign: "-PT24H" (24 hours before), "P20D", "-P1W".
_DURATION = re.compile(
    r"^-?P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$"
)
_EVENT = re.compile(r"^[a-z][a-z0-9_]*$")


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

    def clean_document(self):
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
        label="Recurrence (RFC 5545 RRULE)",
        help_text="For example FREQ=MONTHLY;INTERVAL=3 for quarterly. Leave empty if it is not "
        "regular.",
        required=False,
        max_length=300,
    )
    trigger_event = forms.CharField(
        label="Triggering event",
        help_text="A short name such as press_release or foi_request.",
        required=False,
        max_length=60,
    )
    trigger_offset = forms.CharField(
        label="Offset from the event (ISO 8601 duration)",
        help_text="For example -PT24H for 24 hours before, P20D for 20 days after.",
        required=False,
        max_length=40,
    )
    clause = forms.ModelChoiceField(
        label="Clause", queryset=Clause.objects.none(), required=False, empty_label="No clause"
    )

    def __init__(self, *args, version: AgreementVersion, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        organisations = Organisation.objects.order_by("name")
        self.fields["bearers"].queryset = organisations
        self.fields["counterparties"].queryset = organisations
        self.fields["clause"].queryset = Clause.objects.filter(version=version).order_by("order")
        self.fields["clause"].label_from_instance = lambda c: (
            f"{c.path} {c.heading or c.text[:60]}".strip()
        )

    def clean_rrule(self) -> str:
        value = self.cleaned_data["rrule"].strip().removeprefix("RRULE:")
        if value:
            try:
                rrulestr(value)
            except (ValueError, TypeError) as exc:
                raise forms.ValidationError(
                    f"Enter a valid RRULE, such as FREQ=YEARLY ({exc})"
                ) from None
        return value

    def clean_trigger_event(self) -> str:
        value = self.cleaned_data["trigger_event"].strip()
        if value and not _EVENT.match(value):
            raise forms.ValidationError(
                "Enter the event as lower-case words joined by underscores, such as press_release"
            )
        return value

    def clean_trigger_offset(self) -> str:
        value = self.cleaned_data["trigger_offset"].strip().upper()
        if value and not _DURATION.match(value):
            raise forms.ValidationError("Enter the offset as an ISO 8601 duration, such as -PT24H")
        return value

    def clean(self):
        data = super().clean()
        if data.get("trigger_offset") and not data.get("trigger_event"):
            self.add_error("trigger_event", "Enter the event the offset counts from")
        return data


class RejectForm(forms.Form):
    reason = forms.CharField(
        label="Why is this not a duty of the agreement? (optional)",
        required=False,
        max_length=500,
    )
