from django import forms

from jointwork.register.forms import GovukForm


class ApiTokenForm(GovukForm):
    name = forms.CharField(
        max_length=100,
        label="What is the token for?",
        error_messages={"required": "Say what the token is for"},
        help_text="For example, 'reporting script'. You will see the token once.",
    )
