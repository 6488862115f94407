"""Module-level imports of the project's apps form no cycle, so the order modules load in never matters."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parent.parent


def _packages():
    """The top-level packages of the project's own installed apps: a new app is checked once installed."""
    paths = {config.name.split(".")[0]: Path(config.path) for config in apps.get_app_configs()}
    # Installed packages may live inside the project too (a .venv in the checkout).
    return sorted(name for name, path in paths.items() if ROOT in path.parents and "site-packages" not in path.parts)


def _modules():
    """{dotted name: (path, is_package)} for every project module outside migrations and tests."""
    modules = {}
    for package in _packages():
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            modules[name.removesuffix(".__init__")] = (path, path.name == "__init__.py")
    return modules


def _executed_imports(tree):
    """Import statements run when the module loads: at its top level and in class bodies, not in functions."""
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            pending.extend(ast.iter_child_nodes(node))


def _targets(name, is_package, node, modules):
    """The project modules an import runs: the module it names (or the submodules it takes) and their parents.

    A module's own parent packages are left out: Python has started them before the module runs.
    """
    if isinstance(node, ast.Import):
        named = [alias.name for alias in node.names]
    else:
        base = name if is_package else name.rpartition(".")[0]
        for _level in range(node.level - 1):
            base = base.rpartition(".")[0]
        module = ".".join(filter(None, [base if node.level else "", node.module or ""]))
        submodules = [f"{module}.{alias.name}" for alias in node.names if f"{module}.{alias.name}" in modules]
        # Names that are not submodules come from the package itself.
        named = submodules + ([module] if len(submodules) < len(node.names) else [])
    own_parents = {".".join(name.split(".")[:end]) for end in range(1, name.count(".") + 1)}
    found = set()
    for target in named:
        parts = target.split(".")
        # Importing a.b.c runs a/__init__.py and a/b/__init__.py first.
        found.update(".".join(parts[:end]) for end in range(1, len(parts) + 1))
    return (found - own_parents) & modules.keys()


def _import_graph():
    modules = _modules()
    graph = {}
    for name, (path, is_package) in modules.items():
        tree = ast.parse(path.read_text(), str(path))
        graph[name] = set().union(*(_targets(name, is_package, node, modules) for node in _executed_imports(tree)))
        graph[name].discard(name)
    return graph


def _cycle(graph):
    """One import cycle as a list of modules, or None."""
    state = {}

    def visit(name, trail):
        state[name] = "open"
        for target in sorted(graph[name]):
            if state.get(target) == "open":
                return [*trail[trail.index(target) :], target]
            if target not in state and (found := visit(target, [*trail, target])):
                return found
        state[name] = "done"
        return None

    for name in sorted(graph):
        if name not in state and (found := visit(name, [name])):
            return found
    return None


def test_no_module_level_import_cycle():
    assert {"efus_site", "members"} <= set(_packages())
    # A parent package counts: importing members.directory first runs members/models/__init__.py.
    assert _cycle(_import_graph()) is None


def test_the_checker_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


ENTRY_POINTS = [
    "members.models.pages",
    "members.models.applications",
    "members.notifications",
    "members.tasks",
    "members.views.join",
    "members.views.directory",
    "members.csv_import",
    "members.wagtail_hooks",
]
LOAD_IN_ORDER = """
import importlib, sys
import django
from django.apps import AppConfig
order = sys.argv[1].split(",")
original = AppConfig.import_models

def import_models(self):
    # The members app's modules load in the order given, before Django imports members.models itself.
    if self.name == "members":
        for name in order:
            importlib.import_module(name)
    original(self)

AppConfig.import_models = import_models
django.setup()
"""
MODELS_ONLY = """
import sys
import django
from django.apps import AppConfig
original = AppConfig.import_models
loaded = []

def import_models(self):
    original(self)
    if self.name == "members":
        wanted = ("members.forms", "members.tasks", "members.notifications", "members.views.join")
        loaded.extend(name for name in wanted if name in sys.modules)

AppConfig.import_models = import_models
django.setup()
print(",".join(loaded))
"""


def _python(code, *args):
    env = {"DJANGO_SETTINGS_MODULE": "efus_site.settings.test", "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "order",
    [ENTRY_POINTS, ENTRY_POINTS[::-1], ENTRY_POINTS[3:] + ENTRY_POINTS[:3], ENTRY_POINTS[1::2] + ENTRY_POINTS[::2]],
    ids=["forward", "reversed", "tasks-first", "interleaved"],
)
def test_members_modules_load_in_any_order(order):
    result = _python(LOAD_IN_ORDER, ",".join(order))
    assert result.returncode == 0, result.stderr[-2000:]


def test_loading_the_models_loads_no_form_task_or_notification():
    result = _python(MODELS_ONLY)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == ""
