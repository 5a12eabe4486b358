from django.apps import AppConfig


class RegisterConfig(AppConfig):
    name = "jointwork.register"
    label = "register"
