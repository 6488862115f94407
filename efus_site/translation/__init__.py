"""Translation jobs: machine pre-translation, translator files and the translation status of every page."""
