"""Logging helpers."""

import logging


class WithoutTraceback(logging.Filter):
    """Keep the message, drop the traceback: for errors that are expected and handled (a Redis outage)."""

    def filter(self, record):
        record.exc_info = None
        record.exc_text = None
        return True
