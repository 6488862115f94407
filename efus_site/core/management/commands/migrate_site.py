"""`migrate` for `make migrate`: the schema and the page table's language columns, without the noise."""

import contextlib
import io

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Run migrate --noinput (which, with wagtail-modeltranslation, also adds Wagtail's page table a column per "
        "language). The column sync's report, SQL included, is shown with --verbosity 2 only."
    )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        # The sync prints its report with print(), whatever the verbosity, and would ask before each
        # ALTER TABLE it shows if run interactively: here it runs without asking, and migrate's own
        # lines go to this command's output as usual.
        report = io.StringIO()
        try:
            with contextlib.redirect_stdout(report):
                call_command("migrate", interactive=False, verbosity=verbosity, stdout=self.stdout)
        except BaseException:
            # What the sync had done before the failure helps to understand it.
            self.stderr.write(report.getvalue())
            raise
        if verbosity > 1:
            self.stdout.write(report.getvalue())
