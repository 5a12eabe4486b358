from django.apps import AppConfig


class ObligationsConfig(AppConfig):
    name = "jointwork.obligations"
    label = "obligations"

    def ready(self) -> None:
        from jointwork.obligations.signals import on_version_published
        from jointwork.register.signals import version_published

        version_published.connect(on_version_published, dispatch_uid="obligations.version")
