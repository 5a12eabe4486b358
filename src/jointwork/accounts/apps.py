from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "jointwork.accounts"
    label = "accounts"
