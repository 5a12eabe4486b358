from django.apps import AppConfig


class LiaisonConfig(AppConfig):
    name = "jointwork.liaison"
    label = "liaison"
