"""Measure translation jobs: segments per second through the local fake engine, and queuing a 200-page section.

Usage: python -m bench.translation [--pages 200] [--languages fr,de] [--engine deepl|libretranslate]
       [--database efus_bench_translation]

It builds a section of --pages content pages, each with the nested StreamField body of the tests
(structs in lists in streams, rich text with links, a table) and texts unique to the page, in a
PostgreSQL database of its own. It queues the whole section in one admin request (the job is not
run there: tasks go to an in-memory broker), then runs the job against the fake DeepL or
LibreTranslate server of the tests on 127.0.0.1, with no rate limit, and prints both figures.
"""

import argparse
import contextlib
import io
import os
import sys
import time

from bench.local import option, recreate_database, service_urls

#: Seconds the queuing request may take at most for the run to pass.
QUEUE_LIMIT_SECONDS = 2.0


def _arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200, help="pages in the section (default 200)")
    parser.add_argument("--languages", default="fr,de", help="languages to translate into (default fr,de)")
    parser.add_argument("--engine", default="deepl", choices=["deepl", "libretranslate"])
    parser.add_argument(
        "--queue-only", action="store_true", help="check the queuing request only, without running the job"
    )
    option(
        parser,
        "--database",
        "BENCH_TRANSLATION_DATABASE",
        "efus_bench_translation",
        "PostgreSQL database, dropped and created again",
    )
    return parser.parse_args()


def _setup(database):
    database_url, _redis = service_urls(database, 15)
    recreate_database(database_url)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="efus_site.settings.test",
        DATABASE_URL=database_url,
        REDIS_URL="",
        CELERY_TASK_ALWAYS_EAGER="false",
        # The bench's superuser has no authenticator app; the admin would send it to set one up.
        STAFF_REQUIRE_MFA="false",
        LOG_LEVEL="ERROR",
    )
    import django

    django.setup()
    from django.core.management import call_command

    # Quiet: wagtail-modeltranslation reports each column it adds.
    with contextlib.redirect_stdout(io.StringIO()):
        call_command("migrate", verbosity=0, interactive=False)


def _section(pages):
    from wagtail.models import Page, Site

    from efus_site.core.blocks import BaseStreamBlock
    from efus_site.core.factories import HomePageFactory, StandardPageFactory
    from efus_site.translation import segments as seg
    from tests.translation.conftest import nested_body

    block = BaseStreamBlock()
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root)
    Site.objects.create(hostname="127.0.0.1", port=80, root_page=home, is_default_site=True)
    section = StandardPageFactory(parent=home, title="Bench section", slug_en="bench")
    for number in range(pages):
        body = nested_body()
        found = seg.segments("stream", body, block)
        texts = {s.key: f"{s.text} (page {number})" for s in found}
        body = seg.write("stream", body, texts, {s.key: s.tags for s in found}, block)
        StandardPageFactory(
            parent=section, title=f"Bench page {number}", intro_en=f"Introduction {number}", body_en=body
        )
    return section


def main():
    """Run the two measurements and print them."""
    args = _arguments()
    _setup(args.database)
    from django.contrib.auth.models import User
    from django.test import Client, override_settings
    from django.urls import reverse

    from efus_site.translation.jobs import run_job
    from efus_site.translation.models import TranslationJob
    from tests.translation.fake_engines import KEY, FakeEngines

    languages = args.languages.split(",")
    section = _section(args.pages)
    User.objects.create_superuser("bench", "bench@example.com", "bench-password-123")
    client = Client()
    client.force_login(User.objects.get(username="bench"))
    with (
        FakeEngines() as fake,
        override_settings(
            TRANSLATION_BACKEND=args.engine,
            DEEPL_API_URL=fake.url,
            DEEPL_AUTH_KEY=KEY,
            LIBRETRANSLATE_URL=fake.url,
            LIBRETRANSLATE_API_KEY=KEY,
            TRANSLATION_REQUESTS_PER_MINUTE=1_000_000,
            TRANSLATION_BATCH_SEGMENTS=50,
        ),
    ):
        client.get(reverse("translation_jobs"))  # the first request of a process loads the admin: not counted
        started = time.perf_counter()
        response = client.post(reverse("translation_jobs"), {"section": str(section.pk), "languages": languages})
        queued = time.perf_counter() - started
        job = TranslationJob.objects.first()
        if job is None:
            sys.exit(f"FAILED: no job was queued (status {response.status_code} {response.get('Location', '')})")
        started = time.perf_counter()
        if not args.queue_only:
            run_job(job.pk, seconds=3600)
        elapsed = time.perf_counter() - started
    job.refresh_from_db()
    print(
        f"Queued a section of {len(job.targets)} pages × {len(languages)} languages in one request: "
        f"{queued * 1000:.0f} ms (status {response.status_code})"
    )
    if args.queue_only:
        if response.status_code != 302 or queued > QUEUE_LIMIT_SECONDS:
            sys.exit("FAILED: the section was not queued quickly in one request")
        return
    print(
        f"Job: {job.segments_translated} segments, {job.characters_sent} characters, "
        f"{job.fields_filled} fields filled in {elapsed:.1f} s: "
        f"{job.segments_translated / elapsed:.0f} segments/s through the fake {args.engine} engine "
        f"({len(fake.requests)} requests), status {job.status}"
    )
    if response.status_code != 302 or queued > QUEUE_LIMIT_SECONDS or job.status != TranslationJob.Status.DONE:
        sys.exit("FAILED: the section was not queued quickly in one request, or the job did not finish")


if __name__ == "__main__":
    main()
