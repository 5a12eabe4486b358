from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "jointwork.audit"
    label = "audit"
