"""Remediation written for the finding: a result carries what to do for this repository (files, names, values,
the licence to choose, the command to run) in place of the check's general remediation, which stays the fallback
(``Result.advise``; ``remediation_for_finding`` in the report says which one it is)."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit
from auditor.report import validate_report
from auditor.reports import render


def _audit(repo, tmp_path, files):
    path = repo([{"files": files, "date": "2025-06-01T10:00:00Z"}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True))
    assert validate_report(report) == []
    return report, {r["id"]: r for r in report["results"]}


def test_fix_names_files_settings_and_sections(repo, tmp_path):
    report, by_id = _audit(repo, tmp_path, {
        "README.md": "# Outil\n\n" + "Le service calcule les indicateurs de chaque commune. " * 10 + "\n\n## Installation\n\nnpm ci\n",
        "app.py": "import os\nDB = os.environ['DATABASE_URL']\nKEY = os.getenv('CARTO_API_KEY')\n",
    })
    lic = by_id["licensing.license-file"]
    assert lic["status"] == "fail" and "LICENSE" in lic["remediation"]["fr"] and "EUPL-1.2" in lic["remediation"]["fr"]
    conf = by_id["reusability.configuration"]
    assert "DATABASE_URL" in conf["remediation"]["fr"] and "app.py" in conf["remediation"]["fr"] and ".env.example" in conf["remediation"]["en"]
    comm = by_id["documentation.community-files"]
    assert "CONTRIBUTING.md" in comm["remediation"]["fr"] and "SECURITY.md" in comm["remediation"]["en"]
    sections = by_id["documentation.readme-sections"]
    assert "README.md" in sections["remediation"]["fr"] and "## Contact" in sections["remediation"]["fr"] and "## Installation" not in sections["remediation"]["fr"]
    assert all(by_id[c]["remediation_for_finding"] for c in ("licensing.license-file", "reusability.configuration",
                                                             "documentation.community-files", "documentation.readme-sections"))
    # the action plan and every renderer show the finding's text
    plan = {p["id"]: p for p in report["action_plan"]}
    assert plan["licensing.license-file"]["remediation"] == lic["remediation"] and plan["licensing.license-file"]["remediation_for_finding"]
    html = render(report, "html", "fr")
    assert "DATABASE_URL (app.py:2)" in html
    md = render(report, "md", "en")
    assert "CARTO\\_API\\_KEY" in md
    assert "DATABASE_URL" in render(report, "terminal", "fr")


def test_no_fix_when_nothing_is_missing(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {"README.md": "# x\n", "LICENSE": "MIT License\n\nPermission is hereby granted, free of charge\n",
                                       ".env.example": "DATABASE_URL=postgres://localhost/db\n",
                                       "app.py": "import os\nDB = os.environ['DATABASE_URL']\n"})
    conf = by_id["reusability.configuration"]
    assert "remediation_for_finding" not in conf and conf["remediation"]["fr"]  # the general text, as the fallback


def _lock(*deps):
    import json

    packages = {"": {"name": "carto", "version": "1.0.0"}}
    for name, lic in deps:
        packages[f"node_modules/{name}"] = {"version": "1.0.0", "license": lic}
    return json.dumps({"name": "carto", "lockfileVersion": 3, "packages": packages})


README_FR = "# Carto\n\n" + "La carte montre les équipements de chaque commune du territoire. " * 8 + "\n"


def test_licence_advice_follows_the_copyleft_dependencies(repo, tmp_path):
    report, by_id = _audit(repo, tmp_path, {"README.md": README_FR, "package.json": '{"name": "carto", "version": "1.0.0"}',
                                       "package-lock.json": _lock(("leaflet", "BSD-2-Clause"), ("cartolib", "GPL-3.0-only")),
                                       "app.js": "console.log(1);\n"})
    for cid in ("licensing.license-file", "licensing.authorized-fr", "licensing.open-license"):
        r = by_id[cid]
        assert r["status"] == "fail" and r["remediation_for_finding"], cid
        fr, en = r["remediation"]["fr"], r["remediation"]["en"]
        # the dependency that constrains the choice, the licences it rules out and the ones that fit, with the reason
        assert "cartolib (GPL-3.0-only)" in fr and "écarte MIT, Apache-2.0" in fr and "copyleft" in fr, fr
        assert "Choisissez GPL-3.0-or-later" in fr and "Choose GPL-3.0-or-later" in en and "leaflet" not in fr
        assert fr.startswith("Choisissez GPL-3.0-or-later")  # the choice first, then why
        assert "DINUM" not in fr
    # the jury's page says the licence to choose once, and the next actions after it
    from auditor.reports.summary import jury_page

    todos = [a["todo"] for a in jury_page(report, "fr")["actions"]]
    assert len(todos) == 3 and len(set(todos)) == 3 and sum(t.startswith("Choisissez GPL-3.0-or-later") for t in todos) == 1


def test_licence_advice_with_permissive_dependencies_recommends_a_permissive_licence(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {"README.md": README_FR, "package.json": '{"name": "carto", "version": "1.0.0"}',
                                       "package-lock.json": _lock(("leaflet", "BSD-2-Clause"), ("proj4", "MIT")),
                                       "app.js": "console.log(1);\n"})
    fr = by_id["licensing.license-file"]["remediation"]["fr"]
    assert fr.startswith("Choisissez MIT ou Apache-2.0 (licences permissives, que recommande la DINUM)")
    assert "les 2 dépendances dont la licence est connue sont sous licences permissives" in fr and "EUPL-1.2" in fr


def test_licence_advice_for_a_qgis_plugin(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {"README.md": README_FR, "metadata.txt": "[general]\nname=Carto\nqgisMinimumVersion=3.22\n",
                                       "plugin.py": "from qgis.core import QgsProject\n", "__init__.py": "def classFactory(iface):\n    pass\n"})
    fr = by_id["licensing.license-file"]["remediation"]["fr"]
    assert "QGIS (GPL-2.0-or-later)" in fr and "Choisissez GPL-3.0-or-later" in fr and "MIT ou" not in fr


def test_incompatible_dependency_says_which_licences_would_take_them_all(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {"README.md": README_FR, "LICENSE": "MIT License\n\nPermission is hereby granted, free of charge\n",
                                       "package.json": '{"name": "carto", "version": "1.0.0", "license": "MIT"}',
                                       "package-lock.json": _lock(("cartolib", "AGPL-3.0-or-later"), ("proj4", "MIT")),
                                       "app.js": "console.log(1);\n"})
    r = by_id["licensing.dependencies"]
    assert r["status"] == "fail" and "cartolib (AGPL-3.0-or-later)" in r["remediation"]["fr"]
    assert "AGPL-3.0-or-later" in r["remediation"]["fr"].split("passez le projet sous")[1]


def test_fitting_licences():
    from auditor.licenses.advice import fitting

    assert fitting([])["fits"][:2] == ["MIT", "Apache-2.0"]
    f = fitting([{"name": "a", "license": "GPL-2.0-only"}])
    assert f["fits"] == [] and f["constraining"] == ["a (GPL-2.0-only)"]
    f = fitting([{"name": "a", "license": "EUPL-1.2"}, {"name": "b", "license": "MIT"}, {"name": "c", "license": None}])
    assert f["fits"][0] == "EUPL-1.2" and "MIT" in f["excluded"] and f["judged"] == 2 and f["unknown"] == 1


MIT = "MIT License\n\nCopyright (c) 2024 Ville\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"


def test_each_finding_gets_its_own_remediation(repo, tmp_path):
    """Build output, hard-coded territory, secrets, REUSE headers, licence statements, releases, dependency updates,
    README language and length: each remediation names the files, values and commands of this repository."""
    report, by_id = _audit(repo, tmp_path, {
        "README.md": "# Bike counter\n\nThis tool counts bikes on the city's cycle lanes and shows them on a map for the public.\n",
        "LICENSE": MIT,
        "package.json": '{"name": "velo", "version": "1.0.0", "license": "Apache-2.0", "dependencies": {"leaflet": "^1.9.4"}}',
        "web/dist/app.js": "var a=1;\n",
        "src/app.js": "// SPDX-License-Identifier: MIT\nconst CITY = 'Rennes';\nconst INSEE = '35238';\nconsole.log(CITY, INSEE);\n",
        "src/map.js": "export const center = [48.1113, -1.6800];\n",
        "src/config.js": "export const token = 'ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';\n",
        "LICENSES/MIT.txt": MIT,
        "LICENSES/GPL-3.0-or-later.txt": "GNU GENERAL PUBLIC LICENSE\n",
    })
    text = {cid: r["remediation"] for cid, r in by_id.items() if r.get("remediation_for_finding")}
    assert "git rm -r --cached web/dist" in text["reusability.build-output"]["fr"] and "dist/" in text["reusability.build-output"]["en"]
    assert "package.json" in text["licensing.consistent"]["fr"] and "Apache-2.0" in text["licensing.consistent"]["fr"]
    assert "Écrivez exactement MIT" in text["licensing.consistent"]["fr"]
    assert "git tag -a v1.0.0" in text["maintenance.releases"]["fr"]
    assert 'package-ecosystem: npm, directory: "/"' in text["maintenance.dependency-updates"]["en"]
    assert "README.fr.md" in text["documentation.language"]["fr"]
    assert "Dans README.md" in text["documentation.readme"]["fr"] and "au moins" in text["documentation.readme"]["fr"]
    reuse = text["licensing.reuse"]["fr"]
    assert "reuse annotate --license MIT" in reuse and "GPL-3.0-or-later" in reuse
    secrets = by_id["reusability.secrets"]
    assert secrets["status"] == "fail" and "src/config.js:1" in text["reusability.secrets"]["fr"]
    assert "ghp_" not in json.dumps(report)  # the value itself never reaches the report
    assert "src/app.js:3" in text["interoperability.identifiers"]["fr"]
    terr = by_id["reusability.territory-neutral"]
    assert terr["status"] in ("warn", "fail") and "src/" in text["reusability.territory-neutral"]["fr"]


def test_tests_locks_and_publiccode_are_named_for_this_project(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {
        "README.md": README_FR, "LICENSE": MIT,
        "package.json": '{"name": "carto", "version": "1.0.0", "license": "MIT", "dependencies": {"leaflet": "^1.9.4"}}',
        "src/app.js": "import L from 'leaflet';\nexport const map = () => L.map('map');\n",
        "publiccode.yml": "publiccodeYmlVersion: '0.4'\nname: Carto\n",
        # (the map page the application serves: an application's manifest, asked its lock; a library's is not, s23 k4)
        "index.html": "<!doctype html>\n<html><body><div id=\"map\"></div><script type=\"module\" src=\"src/app.js\"></script></body></html>\n",
    })
    tests = by_id["reusability.tests-and-ci"]["remediation"]
    assert "npm test" in tests["fr"] and ".gitlab-ci.yml" in tests["fr"] and "npx eslint ." in tests["en"]
    deps = by_id["reusability.dependencies"]["remediation"]
    assert "Verrouillez package.json : npm install --package-lock-only" in deps["fr"] and "Lock package.json" in deps["en"]
    pc = by_id["documentation.publiccode"]
    assert pc["remediation_for_finding"] and "Corrigez dans publiccode.yml" in pc["remediation"]["fr"]
    assert "auditor publiccode validate publiccode.yml" in pc["remediation"]["fr"]


def test_a_missing_publiccode_names_the_command_that_writes_it(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {"README.md": README_FR, "LICENSE": MIT, "app.py": "print(1)\n"})
    fr = by_id["documentation.publiccode"]["remediation"]["fr"]
    assert "auditor publiccode suggest . -o publiccode.yml" in fr
    assert "pytest" in by_id["reusability.tests-and-ci"]["remediation"]["fr"]


def test_documentation_and_data_licences_name_their_folders(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {
        "README.md": README_FR, "LICENSE": MIT, "app.py": "print(1)\n",
        "data/communes.csv": "code;nom\n35238;Rennes\n", "data/epci.csv": "code;nom\n1;x\n", "data/iris.csv": "a;b\n1;2\n",
        "docs/guide.md": "# Guide\n\nUtilisation.\n", "docs/faq.md": "# FAQ\n\nQuestions.\n",
    })
    lic = by_id["licensing.data-and-docs"]
    assert lic["status"] == "warn" and "data/LICENSE" in lic["remediation"]["fr"] and "docs/LICENSE" in lic["remediation"]["fr"]
    assert "etalab-2.0" in lic["remediation"]["en"]
    docs = by_id["documentation.docs"]["remediation"]
    assert "docs/architecture.md" in docs["fr"] and "docs/deployment.md" in docs["en"]
    schema = by_id["interoperability.data-standards"]
    assert schema["remediation_for_finding"] and "data/communes.csv" in schema["remediation"]["fr"] and "Table Schema" in schema["remediation"]["fr"]


def test_end_of_life_and_personal_data_name_files_and_tables(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {
        "README.md": README_FR, "LICENSE": MIT, "Dockerfile": "FROM node:16-alpine\nCOPY . .\n",
        "package.json": '{"name": "carto", "version": "1.0.0", "license": "MIT"}', "app.js": "console.log(1);\n",
        "db/schema.sql": "CREATE TABLE agent (\n  id serial primary key,\n  first_name text,\n  last_name text,\n  email text,\n  phone text\n);\n",
    })
    eol = by_id["scaling.end-of-life"]
    assert eol["remediation_for_finding"] and "Dockerfile:1 (node:16-alpine)" in eol["remediation"]["fr"]
    assert "https://endoflife.date/nodejs" in eol["remediation"]["en"]
    impact = by_id["scaling.impact-indicators"]["remediation"]
    assert "Ajoutez à README.md une section « Impact »" in impact["fr"]
    pd = by_id["scaling.personal-data"]
    assert pd["status"] == "warn" and "docs/rgpd.md" in pd["remediation"]["fr"] and "agent (" in pd["remediation"]["fr"]


def test_hosting_and_proprietary_services_say_what_to_replace(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {
        "README.md": README_FR, "LICENSE": MIT, "package.json": '{"name": "carto", "version": "1.0.0", "license": "MIT"}',
        "src/db.js": "export const db = 'postgres://10.215.129.80:5432/sig';\n",
        "src/api.js": "const URL = 'https://data.metropole.opendatasoft.com/api/records/1.0/search/?dataset=arbres';\n",
    })
    hosting = by_id["scaling.hosting"]
    assert hosting["remediation_for_finding"] and "10.215.129.80" in hosting["remediation"]["fr"] and "src/db.js:1" in hosting["remediation"]["fr"]
    lock = by_id["scaling.vendor-lock-in"]
    assert lock["status"] != "pass" and lock["remediation_for_finding"] and "Opendatasoft (src/api.js:1)" in lock["remediation"]["fr"]


def test_accessibility_and_ecodesign_list_what_this_interface_lacks(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {
        "README.md": README_FR, "LICENSE": MIT,
        "package.json": '{"name": "carto", "version": "1.0.0", "license": "MIT", "dependencies": {"react": "^18.0.0", "react-dom": "^18.0.0"}}',
        "src/App.jsx": "export default function App() { return <main><h1>Carte</h1></main>; }\n",
        "public/index.html": '<!doctype html><html lang="fr"><body><div id="root"></div></body></html>\n',
        "public/img/carte.png": "PNG", "public/img/logo.png": "PNG",
    })
    r = by_id["interoperability.accessibility-and-ecodesign"]
    assert r["status"] in ("warn", "fail") and r["remediation_for_finding"]
    fr = r["remediation"]["fr"]
    assert fr.startswith("Publiez une page « Accessibilité »") and ".browserslistrc" in fr and "les 2 images PNG/JPEG" in fr


def test_code_comments_name_the_least_documented_functions(repo, tmp_path):
    body = "".join(f"def compute_{i}(x):\n    y = x * {i}\n    z = y + 1\n    return z\n\n\n" for i in range(15))
    _, by_id = _audit(repo, tmp_path, {"README.md": README_FR, "LICENSE": MIT, "indicateurs.py": body})
    r = by_id["documentation.code-comments"]
    assert r["status"] in ("fail", "warn") and r["remediation_for_finding"]
    assert "indicateurs.py (compute_0" in r["remediation"]["fr"] and "docstring" in r["remediation"]["en"]


def test_an_api_without_specification_gets_its_framework_command(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {
        "README.md": README_FR, "LICENSE": MIT, "requirements.txt": "django==4.2\ndjangorestframework==3.15\n",
        "manage.py": "import django\n", "api/views.py": "from rest_framework import viewsets\n\n\nclass CommuneViewSet(viewsets.ModelViewSet):\n    pass\n",
    })
    r = by_id["interoperability.api-spec"]
    assert r["status"] == "fail" and "python manage.py spectacular --file openapi.yaml" in r["remediation"]["fr"]
    port = by_id["reusability.portability"]
    assert port["status"] == "warn" and port["remediation_for_finding"]  # no Dockerfile, no package, no translation files
    assert "Dockerfile" in port["remediation"]["fr"] and "gettext" in port["remediation"]["en"]


def test_dependabot_configured_but_never_merged(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {
        "README.md": README_FR, "LICENSE": MIT, "package.json": '{"name": "carto", "dependencies": {"leaflet": "^1.9.4"}}',
        ".github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n",
    })
    r = by_id["maintenance.dependency-updates"]
    assert r["status"] == "warn" and "configuré dans .github/dependabot.yml" in r["remediation"]["fr"]
