"""Demo content of translation jobs: a page pre-translated by machine and the job that did it."""
