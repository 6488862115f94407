"""Demo of the network: a coordinator and a member of Liège, their profiles, posts, replies and follows."""


def load(home, about, log):
    """Placeholder until the demo data is written."""
    return 0


def reset():
    """Nothing yet."""
