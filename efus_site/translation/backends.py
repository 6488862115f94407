"""Machine translation engines: DeepL's and LibreTranslate's HTTP APIs, chosen from the settings."""

import json
import time
import urllib.error
import urllib.request

from django.conf import settings

# DeepL wants regional variants for some target languages.
DEEPL_TARGETS = {"en": "EN-GB", "pt": "PT-PT"}


class EngineError(Exception):
    """The engine refused the request for good (bad key, quota spent, bad request)."""


class EngineBusy(EngineError):
    """The engine kept answering 429 or a server error after every retry."""


class Engine:
    """An HTTP translation API: batches texts, keeps to the request rate, retries with backoff."""

    name = ""

    def __init__(self):
        self.max_segments = settings.TRANSLATION_BATCH_SEGMENTS
        self.max_characters = settings.TRANSLATION_BATCH_CHARACTERS
        self.interval = 60 / max(settings.TRANSLATION_REQUESTS_PER_MINUTE, 1)
        self.retries = settings.TRANSLATION_MAX_RETRIES
        self.retry_seconds = settings.TRANSLATION_RETRY_SECONDS
        self.timeout = settings.TRANSLATION_TIMEOUT_SECONDS
        self._last_request = 0.0

    def batches(self, texts):
        """Split texts into requests within the engine's size limits."""
        batch, size = [], 0
        for text in texts:
            if batch and (len(batch) >= self.max_segments or size + len(text) > self.max_characters):
                yield batch
                batch, size = [], 0
            batch.append(text)
            size += len(text)
        if batch:
            yield batch

    def translate(self, texts, source, target):
        """Translations of texts (tagged XML text), in order."""
        raise NotImplementedError

    def _post(self, url, payload, headers=None):
        """POST JSON and return the decoded answer, waiting and retrying on 429 and server errors."""
        body = json.dumps(payload).encode()
        for attempt in range(self.retries + 1):
            wait = self.interval - (time.monotonic() - self._last_request)
            if wait > 0:
                time.sleep(wait)
            self._last_request = time.monotonic()
            request = urllib.request.Request(  # noqa: S310 (the address comes from the settings)
                url, data=body, method="POST", headers={"Content-Type": "application/json", **(headers or {})}
            )
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                    return json.loads(response.read().decode())
            except urllib.error.HTTPError as error:
                message = _error_message(error)
                if error.code != 429 and error.code < 500:
                    raise EngineError(f"{self.name} answered {error.code}: {message}") from error
                if attempt == self.retries:
                    raise EngineBusy(f"{self.name} answered {error.code} {attempt + 1} times: {message}") from error
                time.sleep(_retry_after(error) or self.retry_seconds * 2**attempt)
            except (urllib.error.URLError, TimeoutError) as error:
                if attempt == self.retries:
                    raise EngineBusy(f"{self.name} unreachable: {error}") from error
                time.sleep(self.retry_seconds * 2**attempt)
        raise EngineBusy(self.name)


def _error_message(error):
    try:
        data = json.loads(error.read().decode() or "{}")
    except ValueError:
        return error.reason
    return data.get("message") or data.get("error") or error.reason


def _retry_after(error):
    try:
        return float(error.headers.get("Retry-After", ""))
    except (TypeError, ValueError):
        return None


class DeepL(Engine):
    """DeepL's POST /v2/translate, with XML tag handling so rich text markup comes back in place."""

    name = "DeepL"

    def __init__(self):
        super().__init__()
        self.max_segments = min(self.max_segments, 50)
        self.url = settings.DEEPL_API_URL.rstrip("/") + "/v2/translate"
        self.key = settings.DEEPL_AUTH_KEY

    def translate(self, texts, source, target):
        """Translate with DeepL."""
        payload = {
            "text": list(texts),
            "source_lang": source.upper(),
            "target_lang": DEEPL_TARGETS.get(target, target.upper()),
            "tag_handling": "xml",
            "ignore_tags": ["x"],
        }
        answer = self._post(self.url, payload, {"Authorization": f"DeepL-Auth-Key {self.key}"})
        translations = [item["text"] for item in answer.get("translations", [])]
        if len(translations) != len(texts):
            raise EngineError(f"DeepL returned {len(translations)} translations for {len(texts)} texts")
        return translations


class LibreTranslate(Engine):
    """LibreTranslate's POST /translate, in HTML mode so rich text markup comes back in place."""

    name = "LibreTranslate"

    def __init__(self):
        super().__init__()
        self.url = settings.LIBRETRANSLATE_URL.rstrip("/") + "/translate"
        self.key = settings.LIBRETRANSLATE_API_KEY

    def translate(self, texts, source, target):
        """Translate with LibreTranslate."""
        payload = {"q": list(texts), "source": source, "target": target, "format": "html"}
        if self.key:
            payload["api_key"] = self.key
        answer = self._post(self.url, payload)
        translations = answer.get("translatedText")
        if isinstance(translations, str):
            translations = [translations]
        if not isinstance(translations, list) or len(translations) != len(texts):
            raise EngineError("LibreTranslate's answer does not match the texts sent")
        return translations


ENGINES = {"deepl": DeepL, "libretranslate": LibreTranslate}


def configured_engine_name():
    """The engine the settings choose, or "" when machine translation is off."""
    name = (settings.TRANSLATION_BACKEND or "").lower()
    return name if name in ENGINES else ""


def get_engine(name=None):
    """An engine by name (default: the configured one)."""
    name = name or configured_engine_name()
    if name not in ENGINES:
        raise EngineError(f"No machine translation engine is configured ({name!r}).")
    return ENGINES[name]()
