"""Press room models: the pages and the texts every release shares."""

from .pages import (
    PressIndexPage,
    PressKitItem,
    PressReleaseAttachment,
    PressReleasePage,
    PressReleaseRelatedPage,
    live_releases,
)
from .snippets import PressBoilerplate, PressContact, shared_press_texts

__all__ = [
    "PressBoilerplate",
    "PressContact",
    "PressIndexPage",
    "PressKitItem",
    "PressReleaseAttachment",
    "PressReleasePage",
    "PressReleaseRelatedPage",
    "live_releases",
    "shared_press_texts",
]
