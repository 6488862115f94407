"""Print the SQL queries each benchmarked page runs when rendered (page cache off), as JSON."""

import json
import sys

import django


def main(paths):
    django.setup()
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    with override_settings(PAGE_CACHE_SECONDS=0):
        for path in paths:
            client.get(path)  # fill the menu and site caches, as a running site has them
            with CaptureQueriesContext(connection) as queries:
                client.get(path)
            counts[path] = len(queries)
    print(json.dumps(counts))


if __name__ == "__main__":
    main(sys.argv[1:])
