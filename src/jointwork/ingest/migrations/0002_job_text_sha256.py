from django.db import migrations, models


def backfill(apps, schema_editor):
    """Jobs saved before this field: take the text their version holds now as the one read."""
    IngestJob = apps.get_model("ingest", "IngestJob")
    for job in IngestJob.objects.filter(version__isnull=False).select_related("version"):
        job.text_sha256 = job.version.sha256
        job.save(update_fields=["text_sha256"])


class Migration(migrations.Migration):
    dependencies = [
        ("ingest", "0001_initial"),
        ("register", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="ingestjob",
            name="text_sha256",
            field=models.CharField(blank=True, max_length=64),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
