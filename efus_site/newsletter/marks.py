"""Recording a delivery as sent at the one moment that keeps a killed sender from repeating or skipping it.

A message is recorded as sent just before its last line, the "." after which the SMTP server has it
(sending.py explains the order). On PostgreSQL the record is written to the database socket without
waiting, and the last line follows microseconds later; the database's answer is read afterwards:
right away, or, with an `Unanswered` for the batch, just before the next statement on the
connection, so a message's record costs the sender no wait at all (docs/performance.md, "Newsletter").
"""

import os
import select
import socket

from django.db import connection
from django.utils import timezone

from .models import Delivery

MARK_SENT_SQL = (
    b"UPDATE newsletter_delivery SET status = 'sent', sent_at = now(), claimed_by = '' "
    b"WHERE id = $1 AND status = 'claimed'"
)


class Unanswered:
    """The record of one delivery whose answer from PostgreSQL is still to be read, if any.

    While it is unread the connection can run no other statement: call collect() before any query,
    and close() once the batch is sent.
    """

    def __init__(self):
        self.delivery_id = None
        self._socket = None
        self._fileno = None

    def database_socket(self, pgconn):
        """A socket object on libpq's connection, made once per batch (making one costs several system calls)."""
        if self._socket is None or self._socket.fileno() < 0 or self._fileno != pgconn.socket:
            self.close()
            self._fileno = pgconn.socket
            self._socket = socket.socket(fileno=os.dup(pgconn.socket))
        return self._socket

    def close(self):
        """Read any answer still owed, and close the duplicate descriptor (libpq keeps its own)."""
        self.collect()
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    def collect(self):
        """Read the answer to the last record (long arrived, by the time another message was sent)."""
        if self.delivery_id is not None:
            delivery_id, self.delivery_id = self.delivery_id, None
            _read_answer(connection.connection.pgconn, delivery_id)


def _can_pipeline():
    """Whether the update may go out unanswered: PostgreSQL, outside a transaction (so it commits by itself)."""
    return connection.vendor == "postgresql" and connection.get_autocommit() and not connection.in_atomic_block


def mark_sent_then(delivery_id, write_last_line, unanswered=None):
    """Record the delivery as sent, then write the message's last line.

    On PostgreSQL over TCP the update is written while the database socket is corked (TCP_CORK): it
    waits in this machine's kernel, so writing it wakes nobody and the scheduler has no reason to
    switch away before the last line goes out. The two writes are then microseconds apart, and a kill
    between them is all that could make a delivery marked sent that never went out. Once both are
    written they survive this process: closing a socket sends what it holds, and the database runs
    a statement it received in full. Elsewhere the update completes first. With `unanswered`, the
    answer is left to read later (Unanswered.collect), unless the last line could not be written.
    """
    if unanswered is not None:
        unanswered.collect()
    if not _can_pipeline():
        Delivery.objects.filter(pk=delivery_id, status=Delivery.Status.CLAIMED).update(
            status=Delivery.Status.SENT, sent_at=timezone.now(), claimed_by=""
        )
        _write_or_unmark(delivery_id, write_last_line)
        return
    connection.ensure_connection()
    pgconn = connection.connection.pgconn
    database_socket = (
        unanswered.database_socket(pgconn) if unanswered is not None else socket.socket(fileno=os.dup(pgconn.socket))
    )
    try:
        corked = _set_cork(database_socket, 1)
        pgconn.send_query_params(MARK_SENT_SQL, [str(delivery_id).encode()])
        while pgconn.flush():
            select.select([], [pgconn.socket], [], 5)
        failed = None
        try:
            write_last_line()
        except OSError as error:
            failed = error
        finally:
            if corked:
                _set_cork(database_socket, 0)
    finally:
        if unanswered is None:
            database_socket.close()  # the duplicate descriptor only; libpq keeps its own
    if failed is None and unanswered is not None:
        unanswered.delivery_id = delivery_id
        return
    _read_answer(pgconn, delivery_id)
    if failed is not None:
        _unmark(delivery_id)
        raise failed


def _read_answer(pgconn, delivery_id):
    """Wait for PostgreSQL's answer to a record and check it."""
    from psycopg import pq

    while True:
        pgconn.consume_input()
        if not pgconn.is_busy():
            break
        select.select([pgconn.socket], [], [], 5)
    while (result := pgconn.get_result()) is not None:
        if result.status != pq.ExecStatus.COMMAND_OK:
            raise RuntimeError(f"Could not record delivery {delivery_id}: {result.error_message!r}")


def _write_or_unmark(delivery_id, write_last_line):
    try:
        write_last_line()
    except OSError:
        _unmark(delivery_id)
        raise


def _unmark(delivery_id):
    """The last line could not be written (the connection broke): the message did not go out, so it is sent again."""
    Delivery.objects.filter(pk=delivery_id, status=Delivery.Status.SENT).update(
        status=Delivery.Status.CLAIMED, sent_at=None
    )


def _set_cork(sock, value):
    """TCP_CORK on a TCP socket (Linux); False where there is none (a Unix socket, another system)."""
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, value)
    except (OSError, AttributeError):
        return False
    return True
