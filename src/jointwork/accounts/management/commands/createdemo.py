from django.core.management.base import CommandError

from jointwork.accounts.models import Organisation, Role
from jointwork.accounts.services import membership_set, user_ensure
from jointwork.cli_support import MachineCommand

# Documented in README.md and docs/operator.md. For a local demonstration only: `make run`
# creates them on a development database; never run this against a real deployment.
DEMO_PASSWORD = "jointwork-demo"
DEMO_USERS = [
    ("demo", "cqc", Role.AGREEMENT_MANAGER, "Agreement manager at CQC"),
    ("demo-lga", "lga", Role.AGREEMENT_MANAGER, "Agreement manager at the LGA"),
    ("demo-ig", "cqc", Role.INFORMATION_GOVERNANCE, "Information governance at CQC"),
]


class Command(MachineCommand):
    help = "Create the demo logins (for local demonstration only) and print them."

    def add_arguments(self, parser):
        parser.add_argument("--admin", action="store_true", help="also create demo-admin")

    def handle(self, *args, admin: bool = False, **options):
        for username, org_slug, role, label in DEMO_USERS:
            organisation = Organisation.objects.filter(slug=org_slug).first()
            if organisation is None:
                raise CommandError(f"Organisation {org_slug!r} missing: run loadregister first.")
            user = user_ensure(username=username, password=DEMO_PASSWORD)
            membership_set(actor=None, user=user, organisation=organisation, role=role)
            self.stdout.write(f"  {username:<10} / {DEMO_PASSWORD}   {label}")
        if admin:
            user_ensure(username="demo-admin", password=DEMO_PASSWORD, is_superuser=True)
            self.stdout.write(f"  {'demo-admin':<10} / {DEMO_PASSWORD}   Platform admin (/admin/)")
