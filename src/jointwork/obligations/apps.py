from django.apps import AppConfig


class ObligationsConfig(AppConfig):
    name = "jointwork.obligations"
    label = "obligations"
