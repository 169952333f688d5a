"""Reusability family: each check passing and failing on real git fixtures in three ecosystems."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.test_reusability_fixtures import ALL_FAKE_SECRETS, ECOSYSTEMS, FAMILIES, audited, build, results, run_audit

ECOS = sorted(ECOSYSTEMS)


def res(eco, variant, cid):
    return results(audited(eco, variant)[1])[cid]


def lines_of(ev, path):
    return sorted(e["line"] for e in ev if e.get("path") == path and e.get("line"))


@pytest.mark.parametrize("eco", ECOS)
@pytest.mark.parametrize("cid,bad_statuses", [
    ("reusability.install", {"fail"}),
    ("reusability.configuration", {"fail"}),
    ("reusability.territory-neutral", {"warn", "fail"}),
    ("reusability.secrets", {"fail"}),
    ("reusability.dependencies", {"fail"}),
    ("reusability.tests-and-ci", {"fail"}),
    ("reusability.maintainability", {"fail"}),
    ("reusability.portability", {"warn", "fail"}),
])
def test_good_passes_bad_does_not(eco, cid, bad_statuses):
    good, bad = res(eco, "good", cid), res(eco, "bad", cid)
    assert good["status"] == "pass", (eco, cid, good["message"])
    assert bad["status"] in bad_statuses, (eco, cid, bad["message"])
    assert bad["score"] < good["score"]
    for r in (good, bad):
        assert r["message"]["fr"] and r["message"]["en"] and r["title"]["fr"] and r["remediation"]["en"]


@pytest.mark.parametrize("eco,expected", [
    ("node", {"src/map.ts": [5], "src/territory.ts": [1, 2, 3], "src/pages/Home.tsx": [2]}),
    ("django", {"projets/views.py": [6, 8], "projets/carte.py": [1]}),
    ("symfony", {"src/Controller/CarteController.php": [6, 7, 8]}),
])
def test_territory_specifics_are_located(eco, expected):
    r = res(eco, "bad", "reusability.territory-neutral")
    findings = [e for e in r["evidence"] if e.get("kind") == "finding"]
    for path, lines in expected.items():
        assert lines_of(findings, path) == lines, (path, findings)


def test_territory_values_in_config_tests_and_national_maps_are_not_findings(tmp_path):
    path = build(tmp_path / "r", {
        "src/App.vue": "<template><div class=\"fr-container\">Carte</div></template>\n",
        # a national map with overseas insets is not one territory's specifics
        "src/insets.js": "export const insets = [\n  [46.6033, 1.8883],\n  [14.6415, -61.0242],\n  [-21.1151, 55.5364],\n  [4.9372, -52.326],\n];\n",
        "config/territoire.yaml": "code_insee: '38185'\ncentre: [45.188529, 5.724524]\n",
        "src/__tests__/map.test.js": "const CODE_INSEE = '38185';\nconst c = [45.188529, 5.724524];\n",
        "docs/exemple.md": "Centre : 45.188529, 5.724524\n",
        "src/pages/mentions-legales.vue": "<template><p>SIREN : 213801855</p></template>\n",
        # a reference table of every region is not one territory's specifics
        "src/regions.py": "REGIONS = {\n    '84': 'Région Auvergne-Rhône-Alpes',\n    '27': 'Région Bourgogne-Franche-Comté',\n"
                          "    '53': 'Région Bretagne',\n}\n",
    })
    r = results(run_audit(path, tmp_path / "c", ["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "pass", r["evidence"]


def test_secret_values_never_reach_any_report():
    from auditor.reports import RENDERERS, render

    for eco in ECOS:
        _, report = audited(eco, "bad")
        outputs = [json.dumps(report, ensure_ascii=False)] + [render(report, fmt, lang) for fmt in RENDERERS for lang in ("fr", "en")]
        assert len(outputs) == 1 + 2 * len(RENDERERS)
        for out in outputs:
            for secret in ALL_FAKE_SECRETS:
                assert secret not in out


@pytest.mark.parametrize("eco,path,line,kind", [
    ("node", "src/settings.ts", 1, "AWS Access Key"),
    ("django", "deploy/id_rsa", 1, "Private Key"),
    ("django", ".env", 1, "Value in a committed .env file (DATABASE_URL)"),
    ("symfony", "src/Service/GithubClient.php", 6, "GitHub Token"),
])
def test_secret_evidence_gives_path_line_and_kind(eco, path, line, kind):
    r = res(eco, "bad", "reusability.secrets")
    assert {"path": path, "line": line, "value": kind} in [{k: e.get(k) for k in ("path", "line", "value")} for e in r["evidence"]]


def test_example_credentials_in_usage_texts_are_not_secrets(tmp_path):
    path = build(tmp_path / "r", {
        "tools/backup.sh": "#!/bin/sh\n# usage: ./backup.sh postgresql://user:password@host:5432/db\npg_dump \"$1\"\n",
        "scripts/import.py": "HELP = 'postgres://user:${DB_PASSWORD}@host/db'\n",
    })
    r = results(run_audit(path, tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert r["status"] == "pass" and r["details"]["placeholder_credentials"] >= 1, r


def test_symfony_env_defaults_and_local_database_are_not_secrets():
    r = res("symfony", "good", "reusability.secrets")
    assert r["details"]["strong"] == 0


def test_secret_scan_incomplete_is_inconclusive(tmp_path, monkeypatch):
    import auditor.facts.secrets as secrets_fact

    monkeypatch.setattr(secrets_fact, "MAX_FILES", 0)
    path = build(tmp_path / "r", {"src/app.py": "print('hello')\n"})
    r = results(run_audit(path, tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert r["status"] == "inconclusive"
    # a bound of counts and bytes, never of time (same input, same report): the message names no time limit
    assert "0 fichier(s) lu(s) sur 1" in r["message"]["fr"] and "temps" not in r["message"]["fr"] and "time" not in r["message"]["en"]


def test_prefiltered_detect_secrets_finds_what_scan_file_finds(tmp_path):
    """The per-line plugin prefilter must not lose any finding of detect-secrets' own scan_file."""
    from detect_secrets.core.scan import scan_file
    from detect_secrets.settings import default_settings

    from auditor.facts.secrets import _prefilters, _scan_local_file
    from tests.test_reusability_fixtures import django_bad, django_good, node_bad, node_good, symfony_bad, symfony_good

    compared = 0
    with default_settings():
        pre = _prefilters()
        for files in (node_good(), node_bad(), django_good(), django_bad(), symfony_good(), symfony_bad()):
            for i, (name, content) in enumerate(files.items()):
                if isinstance(content, bytes):
                    continue
                local = tmp_path / f"{compared}-{i}" / name.rsplit("/", 1)[-1]
                local.parent.mkdir(parents=True)
                local.write_text(content)
                ours = sorted((s.type, s.line_number) for s, _ in _scan_local_file(str(local), pre))
                theirs = sorted((s.type, s.line_number) for s in scan_file(str(local)))
                assert ours == theirs, (name, ours, theirs)
                compared += 1
    assert compared > 30


def test_configuration_lists_undocumented_variables(tmp_path):
    path = build(tmp_path / "r", {
        "app/settings.py": "import os\nDEBUG_SQL = os.environ.get('DEBUG_SQL')\nMAP_CENTER = os.getenv('MAP_CENTER')\n",
        ".env.example": "DEBUG_SQL=0\n",
    })
    r = results(run_audit(path, tmp_path / "c", ["reusability.configuration"]))["reusability.configuration"]
    assert r["details"]["undocumented"] == ["MAP_CENTER"]
    assert {"path": "app/settings.py", "line": 3} in [{"path": e.get("path"), "line": e.get("line")} for e in r["evidence"] if e.get("kind") == "finding"]


@pytest.mark.parametrize("eco,path,line", [("node", "src/score.ts", 1), ("django", "projets/scoring.py", 1), ("symfony", "src/Service/Score.php", 6)])
def test_maintainability_points_to_the_complex_function(eco, path, line):
    r = res(eco, "bad", "reusability.maintainability")
    worst = [e for e in r["evidence"] if e.get("kind") == "finding"][0]
    assert (worst["path"], worst["line"]) == (path, line)
    assert worst["value"]["cc"] > 20


def test_maintainability_leaves_out_vendored_minified_and_test_code(tmp_path):
    big = "function f(a){" + "if(a){a++}" * 30 + "}\n"
    # (each copy different: files identical byte for byte to a vendored one are second copies of it, vendored too)
    path = build(tmp_path / "r", {
        "src/app.js": "export function ok(a) { return a + 1; }\n",
        "node_modules/lib/index.js": "// lib\n" + big,
        "public/build/app.js": "// build\n" + big,
        "src/vendor.min.js": big,
        "src/bundle.js": "var a=1;" * 2000,
        "src/app.test.js": "// test\n" + big,
    })
    r = results(run_audit(path, tmp_path / "c", ["reusability.maintainability"]))["reusability.maintainability"]
    assert r["status"] == "pass"
    ex = r["details"]["excluded"]
    assert ex["vendored"] == 1 and ex["generated"] == 2 and ex["test"] == 1 and ex["minified"] == 1
    assert r["details"]["files_measured"] == 1


def test_maintainability_not_applicable_without_code(tmp_path):
    path = build(tmp_path / "r", {"README.md": "# doc\n"})
    r = results(run_audit(path, tmp_path / "c", ["reusability.maintainability"]))["reusability.maintainability"]
    assert r["status"] == "not_applicable"


def test_manifests_fact_parses_ecosystems(tmp_path):
    path = build(tmp_path / "r", {
        "package.json": json.dumps({"name": "front", "dependencies": {"vue": "^3"}, "devDependencies": {"vite": "^5"}}),
        "yarn.lock": "# yarn\n",
        "api/pyproject.toml": "[tool.poetry]\nname = \"api\"\n[tool.poetry.dependencies]\npython = \"^3.11\"\ndjango = \"^5\"\n",
        "api/poetry.lock": "# lock\n",
        "requirements/base.in": "django\nrequests\n",
        "requirements/base.txt": "django==5.0.1\n    # via -r base.in\nrequests==2.32.0\nurllib3==2.2.0\n",
        "web/composer.json": "{ not json",
        ".github/dependabot.yml": "version: 2\n",
    })
    r = results(run_audit(path, tmp_path / "c", ["reusability.dependencies"]))["reusability.dependencies"]
    from auditor.context import AuditContext  # noqa: F401 - the fact is in the report's facts
    report = run_audit(path, tmp_path / "c2", ["reusability.dependencies"])
    m = {x["path"]: x for x in report["facts"]["manifests"]["manifests"]}
    assert m["package.json"]["dependencies"] == ["vue"] and m["package.json"]["dev_dependencies"] == ["vite"]
    assert m["package.json"]["lockfile"] == "yarn.lock"
    assert m["api/pyproject.toml"]["name"] == "api" and m["api/pyproject.toml"]["dependencies"] == ["django"]
    assert m["api/pyproject.toml"]["lockfile"] == "api/poetry.lock"
    assert m["requirements/base.in"]["dependencies"] == ["django", "requests"]
    assert m["requirements/base.in"]["lockfile"] == "requirements/base.txt" and "requirements/base.txt" not in m
    assert m["web/composer.json"]["error"]
    assert any(e.get("path") == "web/composer.json" and e.get("kind") == "finding" for e in r["evidence"])


def _git_lines(repo, path) -> int | None:
    proc = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True)
    return None if proc.returncode else proc.stdout.count(b"\n") + (0 if proc.stdout.endswith(b"\n") else 1)


@pytest.mark.parametrize("eco", ECOS)
@pytest.mark.parametrize("variant", ["good", "bad"])
def test_every_evidence_points_to_a_path_and_line_of_the_commit(eco, variant):
    repo, report = audited(eco, variant)
    checked = 0
    for r in report["results"]:
        if r["family"] not in FAMILIES:
            continue
        for e in r["evidence"]:
            if e.get("path") is None:
                continue
            n = _git_lines(repo, e["path"])
            assert n is not None, (r["id"], e)
            if e.get("line") is not None:
                assert 1 <= e["line"] <= n, (r["id"], e, n)
                checked += 1
    assert checked > 0


def test_bounding_box_is_named_as_such_and_one_finding_per_line():
    r = res("symfony", "bad", "reusability.territory-neutral")
    line6 = [e for e in r["evidence"] if e.get("path") == "src/Controller/CarteController.php" and e.get("line") == 6]
    assert len(line6) == 1 and line6[0]["note"]["en"] == "hard-coded local bounding box"
    s = res("symfony", "bad", "reusability.secrets")
    assert [e["value"] for e in s["evidence"] if e.get("line") == 6] == ["GitHub Token"]


def test_city_literals_found_but_not_in_comments_examples_or_docstrings(tmp_path):
    path = build(tmp_path / "r", {
        "app/views.py": "def home():\n    \"\"\"Shows the map.\n\n    \"COMMUNE DE PARIS\" -> \"Commune de Paris\"\n    \"\"\"\n"
                        "    # city = \"Lyon\"\n    example = \"Nantes\"  # example\n    return {\"city\": \"Grenoble\"}\n",
        "front/src/map.js": "// centre: [45.188529, 5.724524]\nexport const town = 'Saint-Étienne';\n",
    })
    r = results(run_audit(path, tmp_path / "c", ["reusability.territory-neutral"]))["reusability.territory-neutral"]
    got = sorted((e["path"], e["line"], e["value"]) for e in r["evidence"] if e.get("kind") == "finding")
    assert got == [("app/views.py", 8, "Grenoble"), ("front/src/map.js", 2, "Saint-Étienne")]


def test_configuration_reads_placeholders_of_config_files_but_not_ci_variables(tmp_path):
    path = build(tmp_path / "r", {
        "compose.yaml": "services:\n  web:\n    environment:\n      DATABASE_URL: ${DATABASE_URL}\n      MAP_TILES_URL: ${MAP_TILES_URL:-https://data.geopf.fr}\n",
        "src/main/resources/application.properties": "spring.datasource.url=${DATABASE_URL}\n",
        ".gitlab-ci.yml": "build:\n  script:\n    - mvn -DrepoUrl=${MVN_RELEASE} deploy\n",
        ".env.example": "DATABASE_URL=postgres://localhost/app\n",
    })
    r = results(run_audit(path, tmp_path / "c", ["reusability.configuration"]))["reusability.configuration"]
    assert r["details"]["env_vars"] == 2 and r["details"]["undocumented"] == ["MAP_TILES_URL"], r["details"]


def test_keyword_hits_on_sentences_are_not_secrets(repo, tmp_path):
    """French statistical-secrecy labels are prose, not credentials; a real password still counts."""
    from auditor.engine import AuditOptions, audit

    files = {"app/constants.py": "GISEMENT_PARTIELLEMENT_SECRETISE = 'gisement nul (partiellement secretise)'\n"
                                 "DONNEES_SECRET_LABEL = \"données soumises au secret statistique\"\n",
             "app/settings.py": "DB_PASSWORD = 'Xk9#mQ2$vL7pR4tZ'\n"}
    path = repo([{"files": files}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.secrets"]))
    r = report["results"][0]
    paths = {e.get("path") for e in r["evidence"]}
    assert "app/constants.py" not in paths
    assert "app/settings.py" in paths and "Xk9#mQ2" not in json.dumps(report)


def test_tests_are_counted_in_languages_no_analyser_measures(repo, tmp_path):
    """An Elixir app (lizard does not measure it) still has its sources and tests counted."""
    from auditor.engine import AuditOptions, audit

    files = {f"apps/core/lib/module_{i}.ex": f"defmodule M{i} do\n  def f(x), do: x + {i}\nend\n" for i in range(6)}
    files.update({f"apps/core/test/module_{i}_test.exs": f"defmodule M{i}Test do\n  use ExUnit.Case\nend\n" for i in range(3)})
    files["mix.exs"] = "defmodule App.MixProject do\nend\n"
    path = repo([{"files": files}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.tests-and-ci"]))
    r = report["results"][0]
    assert r["status"] != "not_applicable"
    assert "3 test file(s)" in r["message"]["en"] and "7 source file(s)" in r["message"]["en"]


def test_secrets_in_yaml_files_are_found(repo, tmp_path):
    """YAML is scanned as text: keys and passwords in it are still found (path, line, kind; never the value)."""
    from auditor.engine import AuditOptions, audit

    files = {"config/prod.yml": "database:\n  host: db.internal\n  password: 'Xk9#mQ2$vL7pR4tZw8'\n",
             "deploy/aws.yaml": "aws_access_key_id: AKIAIOSFODNN7QWERTYZ\n"}
    path = repo([{"files": files}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.secrets"]))
    r = report["results"][0]
    found = {(e.get("path"), e.get("line")) for e in r["evidence"]}
    assert ("config/prod.yml", 3) in found and ("deploy/aws.yaml", 1) in found
    assert r["status"] == "fail" and "Xk9#mQ2" not in json.dumps(report) and "AKIAIOSFODNN7QWERTYZ" not in json.dumps(report)


def test_benchmark_code_is_not_the_service(repo, tmp_path):
    """A city name in a benchmark script is an example, not a territory the service is tied to."""
    from auditor.engine import AuditOptions, audit

    files = {"benchmarks/bench_load.py": 'CITY = "Ville de Grenoble"\nMAIL = "agent@grenoble.fr"\n',
             "src/app.py": 'CITY = "Ville de Grenoble"\n'}
    path = repo([{"files": files}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.territory-neutral"]))
    paths = {e.get("path") for e in report["results"][0]["evidence"] if e.get("kind") == "finding"}
    assert "src/app.py" in paths and "benchmarks/bench_load.py" not in paths


def test_portability_names_the_service_of_a_family_that_is_used(tmp_path):
    """A commune's Next.js site on Sanity: 'Sanity' is named, not 'Contentful / Sanity / Prismic' (a jury reads every name
    shown as used); a remark in parentheses is not taken for a family."""
    pkg = {"name": "mairie", "dependencies": {"next": "15.0.0", "react": "19.0.0", "sanity": "3.0.0", "@sanity/image-url": "1.0.0",
                                              "mapbox-gl": "3.0.0"}}
    report = run_audit(build(tmp_path / "r", {"package.json": json.dumps(pkg), "package-lock.json": "{}", "app/page.tsx": "import { createClient } from 'sanity';\nimport imageUrlBuilder from '@sanity/image-url';\n"
                                                      "import mapboxgl from 'mapbox-gl';\nexport default 1;\n"}),
                       tmp_path / "c", ["reusability.portability"])
    r = results(report)["reusability.portability"]
    assert "Sanity" in r["message"]["en"] and "Contentful" not in r["message"]["en"], r["message"]
    assert "Mapbox" in r["message"]["fr"] and "Mapbox /" not in r["message"]["fr"], r["message"]
