from jointwork.cli_support import MachineCommand
from jointwork.obligations.tasks import HORIZON_DAYS, materialise_and_remind


class Command(MachineCommand):
    help = "Create due items for the rolling horizon and send reminders (or enqueue it)."

    def add_arguments(self, parser):
        parser.add_argument("--horizon-days", type=int, default=HORIZON_DAYS)
        parser.add_argument(
            "--enqueue", action="store_true", help="queue it for `jointwork db_worker`"
        )

    def handle(self, *args, horizon_days: int, enqueue: bool, **options):
        if enqueue:
            result = materialise_and_remind.enqueue(horizon_days=horizon_days)
            self.stdout.write(f"Queued task {result.id}; run `jointwork db_worker` to process it")
            return
        outcome = materialise_and_remind.call(horizon_days=horizon_days)
        self.stdout.write(f"{outcome['created']} items created, {outcome['reminders']} reminders")
