"""The layer contract (import-linter, configured in pyproject.toml): no import from a lower layer to a
higher one, checks import neither the snapshot nor acquisition nor the forge, the portfolio runner
reaches renderers only through the registry, and no import cycle.

``auditor.checks`` and ``auditor.reports`` are installed from ``checks/`` and ``reports/``, which
grimp's own builder cannot see: the graph is built here from the three folders' sources (imports
under ``if TYPE_CHECKING:`` left out, imports inside functions counted)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"auditor": ROOT / "auditor", "auditor.checks": ROOT / "checks", "auditor.reports": ROOT / "reports"}


def _modules() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for package, folder in FOLDERS.items():
        for path in sorted(folder.rglob("*.py")):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if package == "auditor" and parts[0] in ("checks", "reports"):
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            out[".".join([package, *parts])] = path
    return out


def _imports(name: str, path: Path) -> list[tuple[str, int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):  # imports only for type checkers
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [module] + [f"{module}.{a.name}" for a in node.names]
        else:
            continue
        for target in targets:
            found.append((target, node.lineno, lines[node.lineno - 1].strip()))
    return found


class SourceGraphBuilder:
    """An import-linter graph builder for this repository's layout."""

    def build(self, root_package_names, cache_dir=None, include_external_packages=False, exclude_type_checking_imports=False):
        import grimp

        modules = _modules()
        graph = grimp.ImportGraph()
        for name in modules:
            graph.add_module(name)
        for name, path in modules.items():
            for target, line, text in _imports(name, path):
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph.add_import(importer=name, imported=target, line_number=line, line_contents=text)
        return graph


def test_the_layer_contract_holds(capsys):
    pytest.importorskip("importlinter")
    from importlinter import configuration
    from importlinter.application import use_cases
    from importlinter.application.app_config import settings

    configuration.configure()
    settings.configure(GRAPH_BUILDER=SourceGraphBuilder())
    ok = use_cases.lint_imports(config_filename=str(ROOT / "pyproject.toml"), cache_dir=None, no_logo=True)
    out = capsys.readouterr().out
    assert ok, out


def test_the_graph_sees_checks_and_renderers():
    graph = SourceGraphBuilder().build(["auditor"])
    assert "auditor.checks.interface" in graph.modules and "auditor.reports.html" in graph.modules
    assert graph.direct_import_exists(importer="auditor.engine", imported="auditor.checks")


def test_no_module_over_400_lines_without_its_reason_at_the_top():
    missing = []
    for name, path in _modules().items():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 400:
            doc = ast.get_docstring(ast.parse(text)) or ""
            if "longer than 400 lines" not in doc.lower():
                missing.append(name)
    assert missing == [], "split these modules or say at their top why they are longer than 400 lines"
