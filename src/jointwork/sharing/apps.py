from django.apps import AppConfig


class SharingConfig(AppConfig):
    name = "jointwork.sharing"
    label = "sharing"
