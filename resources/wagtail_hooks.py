"""Hooks of the resources library: its demo content."""

from wagtail import hooks


@hooks.register("load_demo_content")
def load_demo_resources(home, about, log):
    from .demo.loader import load  # the loader reads its data files only when asked

    return load(home, about, log)


@hooks.register("reset_demo_content")
def reset_demo_resources():
    from .demo.loader import reset

    reset()
