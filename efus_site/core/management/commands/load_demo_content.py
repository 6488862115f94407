"""Build the demo site: home page, about section, menus, settings and demo accounts."""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from efus_site.core.demo.loader import DEMO_ACCOUNTS, DemoLoader


class Command(BaseCommand):
    help = "Load the Efus demo content. Safe to run twice; --reset rebuilds it."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Delete the demo content first and rebuild it.")
        parser.add_argument("--force", action="store_true", help="Allow --reset when DEBUG is off.")

    def handle(self, *args, reset=False, force=False, **options):
        """Load the demo content, refusing to wipe a production site by accident."""
        if reset and not (settings.DEBUG or force):
            raise CommandError("--reset deletes the whole page tree; with DEBUG off, add --force to confirm.")
        verbose = options["verbosity"] > 1
        if not verbose:
            # Wagtail logs every page created and published; dozens of lines here say nothing new.
            logging.getLogger("wagtail").setLevel(logging.WARNING)
        loader = DemoLoader(stdout=self.stdout if verbose else None)
        created = loader.run(reset=reset, with_accounts=settings.DEBUG)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} objects created)."))
        if settings.DEBUG:
            for role, (email, password) in DEMO_ACCOUNTS.items():
                self.stdout.write(f"  {role} account: {email} / {password}")
