"""A local HTTP server answering as DeepL's POST /v2/translate and LibreTranslate's POST /translate.

It follows each API's documented request and response bodies: DeepL takes JSON {"text": [...],
"target_lang", "source_lang", "tag_handling"} with an "Authorization: DeepL-Auth-Key" header and
answers {"translations": [{"detected_source_language", "text"}]}, errors as {"message"} with 403
(bad key), 429 (too many requests) and 456 (quota exceeded). LibreTranslate takes JSON {"q", "source",
"target", "format", "api_key"} and answers {"translatedText"}, errors as {"error"} with 400, 403 and 429.
Translation reverses every word outside tags. Tests queue failures with `fail_next`.
"""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

KEY = "test-key"


def reverse_words(tagged):
    """Every word reversed; tags and entities untouched."""
    parts = re.split(r"(<[^>]+>|&[a-z#0-9]+;)", tagged)
    return "".join(
        part if part.startswith(("<", "&")) else re.sub(r"\w+", lambda m: m.group()[::-1], part) for part in parts
    )


class FakeEngines:
    """Start with `with FakeEngines() as fake:`; `fake.url` is its base address."""

    def __init__(self, rule=reverse_words):
        self.rule = rule
        self.requests = []  # (path, payload) of every answered request
        self.texts = []  # every text translated, in order
        self.failures = []  # (status, headers) answered before the next translations
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def fail_next(self, status, times=1, retry_after=None):
        """Answer the next `times` requests with this status."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        self.failures.extend([(status, headers)] * times)

    def __enter__(self):
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self, status, body, headers=None):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    payload = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    payload = None
                deepl = self.path == "/v2/translate"
                if not deepl and self.path != "/translate":
                    return self._answer(404, {"error": "Not found"})
                with fake.lock:
                    failure = fake.failures.pop(0) if fake.failures else None
                if failure:
                    status, headers = failure
                    key = "message" if deepl else "error"
                    messages = {429: "Too many requests", 456: "Quota exceeded", 403: "Invalid API key"}
                    return self._answer(status, {key: messages.get(status, "Server error")}, headers)
                if deepl:
                    return self._deepl(payload)
                return self._libre(payload)

            def _deepl(self, payload):
                if self.headers.get("Authorization") != f"DeepL-Auth-Key {KEY}":
                    return self._answer(403, {"message": "Authorization failure, check auth_key"})
                if not isinstance(payload, dict) or not payload.get("text") or not payload.get("target_lang"):
                    return self._answer(400, {"message": "Parameter 'text' or 'target_lang' not specified."})
                texts = payload["text"]
                with fake.lock:
                    fake.requests.append((self.path, payload))
                    fake.texts.extend(texts)
                source = payload.get("source_lang") or "EN"
                return self._answer(
                    200, {"translations": [{"detected_source_language": source, "text": fake.rule(t)} for t in texts]}
                )

            def _libre(self, payload):
                if not isinstance(payload, dict) or "q" not in payload or not payload.get("target"):
                    return self._answer(400, {"error": "Invalid request: missing q or target parameter"})
                if payload.get("api_key") != KEY:
                    return self._answer(403, {"error": "Invalid API key"})
                texts = payload["q"] if isinstance(payload["q"], list) else [payload["q"]]
                with fake.lock:
                    fake.requests.append((self.path, payload))
                    fake.texts.extend(texts)
                translated = [fake.rule(t) for t in texts]
                return self._answer(
                    200, {"translatedText": translated if isinstance(payload["q"], list) else translated[0]}
                )

        return Handler
