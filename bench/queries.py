"""Print the SQL queries each benchmarked page runs when rendered (page cache off), as JSON."""

import json
import os
import sys

import django


def main(paths):
    django.setup()
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    # Logged-in rows (bench/run.py) send a member's session cookie.
    logged_in = json.loads(os.environ.get("BENCH_LOGGED_IN") or '{"cookie": "", "paths": []}')
    anonymous = Client(HTTP_HOST="127.0.0.1")
    member = Client(HTTP_HOST="127.0.0.1", HTTP_COOKIE=logged_in["cookie"])
    counts = {}
    with override_settings(PAGE_CACHE_SECONDS=0):
        for path in paths:
            client = member if path in logged_in["paths"] else anonymous
            client.get(path)  # fill the menu and site caches, as a running site has them
            with CaptureQueriesContext(connection) as queries:
                client.get(path)
            counts[path] = len(queries)
    print(json.dumps(counts))


if __name__ == "__main__":
    main(sys.argv[1:])
