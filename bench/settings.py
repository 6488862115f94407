"""Production settings plus the trivial reference view, for the benchmark only."""

from efus_site.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
