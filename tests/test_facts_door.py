"""Facts are the only door to the repository: no check reads the snapshot, and every check gives
the same result on the facts of an audit alone (``auditor.testing.run_with_facts``)."""

from __future__ import annotations

import ast
from datetime import datetime, timezone
from pathlib import Path

import pytest

from auditor.checks import load_checks
from auditor.context import AuditConfig, AuditContext
from auditor.engine import result_entry, run_check
from auditor.facts import FactError
from auditor.ruleset import load_ruleset
from auditor.testing import run_with_facts

CHECKS = Path(__file__).resolve().parents[1] / "checks"

def snapshot_reads(source: str) -> list[int]:
    """Lines where a module reads ``<anything>.snapshot`` (ctx.snapshot, self.snapshot, getattr(ctx, "snapshot"))."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "snapshot":
            lines.append(node.lineno)
        elif isinstance(node, ast.Constant) and node.value == "snapshot":
            lines.append(node.lineno)
    return sorted(lines)


def test_no_check_module_reads_the_snapshot():
    found = {}
    for path in sorted(CHECKS.rglob("*.py")):
        lines = snapshot_reads(path.read_text(encoding="utf-8"))
        if lines:
            found[path.relative_to(CHECKS).as_posix()] = lines
    assert found == {}, f"checks must ask facts (ctx.fact), never the snapshot: {found}"


def test_the_guard_sees_every_way_of_reading_the_snapshot():
    assert snapshot_reads("def f(ctx):\n    return ctx.snapshot.files\n") == [2]
    assert snapshot_reads("def f(ctx):\n    s = getattr(ctx, 'snapshot')\n") == [2]
    assert snapshot_reads("def f(ctx):\n    return ctx.fact('tree')\n") == []


PACKAGE = '{"name": "carto", "scripts": {"start": "vite", "build": "vite build"}, "browserslist": ["defaults"], "eslintConfig": {},\n' \
          ' "dependencies": {"leaflet": "^1.9.4", "mapbox-gl": "^1.13.0", "i18next": "^23.0.0", "express": "^4.19.0", "react": "^18.0.0"},\n' \
          ' "devDependencies": {"vitest": "^1.0.0"}}\n'
OPENAPI = "openapi: 3.0.3\ninfo:\n  title: Carto\n  version: '1'\npaths:\n  /communes:\n    get:\n      responses: {'200': {description: ok}}\n"
FILES = {
    "README.md": "# Carto\n\nCarte des communes du territoire.\n\n## Installation\n\n```\nnpm install\nnpm start\n```\n\n"
                 "Réglez API_URL et MAP_TOKEN dans .env.\n\n## Licence\n\nLe code est sous licence MIT. Les données sont publiées sous "
                 "Licence Ouverte 2.0 (etalab-2.0).\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2025 Ville\n",
    "package.json": PACKAGE,
    "pyproject.toml": "[project]\nname = 'outils'\ndependencies = ['requests']\n\n[tool.ruff]\nline-length = 100\n",
    "src/map.js": "import L from 'leaflet';\nconst url = process.env.API_URL;\nconst token = process.env.MAP_TOKEN;\n"
                  "fetch('https://api-adresse.data.gouv.fr/search/?q=' + q);\nexport const geo = {type: 'FeatureCollection'};\n",
    "src/App.vue": "<template><div>{{ $t('title') }}</div></template>\n",
    "src/locales/fr.json": '{"title": "Carte"}\n',
    "api/openapi.yaml": OPENAPI,
    "api/broken.yaml": "openapi: 3.0.0\ninfo: {}\n",
    "data/communes.csv": "insee,nom\n35238,Rennes\n", "data/epci.csv": "siren,nom\n243500139,Rennes Métropole\n",
    "data/zones.geojson": '{"type": "FeatureCollection", "features": []}\n',
    "data/schema.json": '{"fields": [{"name": "insee", "type": "string"}]}\n',
    "docs/guide.md": "# Guide\n", "docs/admin.md": "# Admin\n", "docs/api.md": "# API\n",
    ".env.example": "API_URL=https://example.org\n",
    "Dockerfile": "FROM node:22\n", "compose.yaml": "services: {}\n",
    ".github/workflows/ci.yml": "on: push\njobs:\n  t:\n    steps:\n      - run: npm ci\n      - run: npx vitest run\n      - run: npx eslint .\n",
    "tests/map.test.js": "test('a', () => {});\n",
    "fonts/marianne-regular.woff2": b"wOF2" + b"\x00" * 64,
    "img/logo.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 32,
    "publiccode.yml": "publiccodeYmlVersion: '0.4'\nname: Carto\n",
    "styles/zones.sld": "<StyledLayerDescriptor/>\n",
}


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    from tests.gitrepo import make_repo
    from auditor.acquire import acquire, open_snapshot
    from auditor.target import parse_target

    path = make_repo(tmp_path_factory.mktemp("door") / "r", [{"files": FILES, "date": "2026-01-05T10:00:00Z", "tag": "v1.0.0"}])
    acq = acquire(parse_target(str(path)))
    snap = open_snapshot(acq, max_blob=1 << 20, max_files=1000, deadline=None)
    config = AuditConfig(offline=True, network=False, fact_cache=False)
    ctx = AuditContext(snap, acq.target or parse_target(str(path)), datetime(2026, 3, 31, 23, 59, 59, tzinfo=timezone.utc), config)
    ruleset = load_ruleset(None, known_checks=set(load_checks()))
    results = {cid: run_check(spec, ctx, ruleset.params(cid, spec.params)) for cid, spec in sorted(load_checks().items())}
    facts = {name: value for name, value in ctx._facts.items()}
    facts.update({name: FactError(message) for name, message in ctx.fact_errors.items()})
    yield ctx, ruleset, results, facts
    snap.close()


def test_every_check_gives_the_same_result_on_the_facts_alone(audited):
    ctx, ruleset, results, facts = audited
    checks = load_checks()
    assert len(results) == len(checks)
    differ = []
    for cid, expected in results.items():
        spec = checks[cid]
        got = run_with_facts(cid, facts, ruleset.params(cid, spec.params), as_of=ctx.as_of, config=ctx.config, has_history=ctx.has_history)
        if result_entry(spec, got, 1) != result_entry(spec, expected, 1):
            differ.append((cid, expected.status.value, got.status.value, got.message))
    assert differ == []


def test_the_fixture_reaches_the_moved_reads(audited):
    """The facts behind the checks that read the repository themselves before are really exercised."""
    _, _, results, facts = audited
    assert {"tree", "root_configs", "manifest_lines", "ci_commands", "install_recipes", "env_settings", "api_specs",
            "table_schemas", "data_license_text", "publiccode_file"} <= set(facts)
    assert not [name for name, value in facts.items() if isinstance(value, Exception)]
    assert dict(facts["install_recipes"]["runtimes"]) == {"container": "Dockerfile", "compose": "compose.yaml", "task-runner": "package.json",
                                                          "package": "pyproject.toml"}  # a pyproject.toml naming its project installs with pip
    assert facts["root_configs"] == {"package_json": {"present": True, "run_scripts": True, "browser_targets": True, "lint_config": True},
                                     "composer_symfony": False, "composer_lint": False, "pyproject_lint": True, "browser_targets": ["package.json"], "lint_packages": [], "python_lint": [],
                                     "dotnet_lint": [], "dart_lint": []}
    assert facts["ci_commands"]["tests"] == [[".github/workflows/ci.yml", 6, "npx vitest"]]
    assert facts["manifest_lines"]["package.json"]["leaflet"] == 2
    assert [d["path"] for d in facts["api_specs"]["documents"]] == ["api/broken.yaml", "api/openapi.yaml"]
    assert facts["table_schemas"] == ["data/schema.json"]
    assert facts["env_settings"]["documented"] == ["API_URL", "MAP_TOKEN"]
    assert facts["data_license_text"]["names"] and facts["publiccode_file"]["issues"]
    assert results["reusability.install"].status.value == "pass"
    assert results["interoperability.api-spec"].details["invalid"] == 1


def test_a_check_that_reads_the_snapshot_fails_in_the_harness():
    from auditor.testing import FactsOnlyContext

    with pytest.raises(AttributeError, match="facts"):
        FactsOnlyContext({}).snapshot  # noqa: B018
