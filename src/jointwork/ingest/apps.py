from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "jointwork.ingest"
    label = "ingest"
