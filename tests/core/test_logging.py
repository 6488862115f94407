"""A swallowed cache error is logged in one line, without its traceback."""

import logging
import sys

from efus_site.core.logging import WithoutTraceback


def test_the_filter_keeps_the_message_and_drops_the_traceback():
    try:
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379")
    except ConnectionError:
        record = logging.LogRecord("django_redis.cache", logging.ERROR, __file__, 1, "cache failed", None, True)
        record.exc_info = sys.exc_info()
    assert WithoutTraceback().filter(record)
    assert record.exc_info is None
    assert logging.Formatter().format(record) == "cache failed"
