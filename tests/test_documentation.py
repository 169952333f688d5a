"""Documentation checks, each passing and failing on real git repositories built by make_repo."""

from __future__ import annotations

import subprocess
from datetime import datetime, timezone

import pytest

from auditor.checks import load_checks
from auditor.context import AuditConfig, AuditContext
from auditor.engine import AuditOptions, audit, run_check
from auditor.ruleset import load_ruleset
from auditor.snapshot import GitSnapshot
from auditor.target import parse_target
from tests.gitrepo import Symlink

FR_INTRO = ("Vélo Territoire recense les stationnements vélo d'une intercommunalité, signale les arceaux manquants et "
            "publie les données ouvertes au format du schéma national pour les partenaires.")
EN_INTRO = ("Vélo Territoire maps the bicycle parking of a group of towns, reports missing racks and publishes open data "
            "in the national schema for partners.")
FILLER_FR = ("Le service est utilisé par les agents des mobilités et par les habitants qui signalent un besoin. "
             "Chaque signalement est instruit par la commune concernée, qui répond dans l'outil. ") * 4


def run(tmp_path, files, check_id, ruleset="guichet-selection", tag=None):
    """Run one check on a one-commit repository; return (status, score, result)."""
    from tests.gitrepo import make_repo

    commit = {"files": files}
    if tag:
        commit["tag"] = tag
    path = make_repo(tmp_path / "r", [commit])
    sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=path, capture_output=True, text=True, check=True).stdout.strip()
    snap = GitSnapshot(str(path / ".git"), sha)
    ctx = AuditContext(snap, parse_target(str(path)), datetime.now(timezone.utc), AuditConfig(offline=True, network=False, fact_cache=False))
    spec = load_checks()[check_id]
    rs = load_ruleset(ruleset)
    with snap:
        res = run_check(spec, ctx, rs.params(check_id, spec.params))
    return res.status.value, res.score, res


GOOD_README = f"""# Vélo Territoire

[![code.gouv.fr](https://img.shields.io/badge/code.gouv.fr-contributif-brightgreen)](https://code.gouv.fr)

{FR_INTRO}

{FILLER_FR}

Le service est en ligne : [démo](https://velo.agglo-exemple.fr).

## Installation

```
make install
```

## Utilisation

Ouvrez le tableau de bord et choisissez une commune.

## Configuration

Copiez `.env.example` en `.env`.

## Déploiement

Voir [docs/deploiement.md](docs/deploiement.md).

## Contribuer

Les [tickets](https://forge.example.org/agglo/velo/-/issues) sont ouverts ; lisez CONTRIBUTING.md.

## Licence

EUPL-1.2.

## Contact

velo@agglo-exemple.fr
"""


# --- documentation.readme ---------------------------------------------------------------------

def test_readme_passes_with_description_first(tmp_path):
    status, score, res = run(tmp_path, {"README.md": GOOD_README}, "documentation.readme")
    assert status == "pass" and score == 10
    assert any(e.line == 5 for e in res.evidence)


def test_readme_missing_fails(tmp_path):
    status, score, res = run(tmp_path, {"main.py": "print(1)\n"}, "documentation.readme")
    assert status == "fail" and res.evidence[0].kind == "missing"


def test_readme_template_fails(tmp_path):
    cra = ("# Getting Started with Create React App\n\nThis project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).\n\n"
           "## Available Scripts\n\nIn the project directory, you can run:\n\n### `npm start`\n\nRuns the app in the development mode.\n")
    status, score, res = run(tmp_path, {"README.md": cra}, "documentation.readme")
    assert status == "fail" and score == 1 and res.details["template"] == "create-react-app"
    assert any(e.kind == "finding" and e.line == 1 for e in res.evidence)


def test_readme_description_not_first_is_penalised(tmp_path):
    text = "# Vélo\n\n## Installation\n\n`make`\n\n## Notes\n\n" + FR_INTRO + "\n\n" + FILLER_FR + "\n\n" + FILLER_FR
    status, score, res = run(tmp_path, {"README.md": text}, "documentation.readme")
    assert score == 8 and "not placed first" in res.message["en"]


def test_readme_symlink_is_not_followed(tmp_path):
    status, _, res = run(tmp_path, {"README.md": Symlink("/etc/passwd")}, "documentation.readme")
    assert status == "inconclusive"


# --- documentation.readme-sections ------------------------------------------------------------

def test_sections_complete_pass(tmp_path):
    status, score, res = run(tmp_path, {"README.md": GOOD_README}, "documentation.readme-sections")
    assert status == "pass" and score == 10
    assert res.details["missing"] == []
    assert res.details["signals"]["openness_badge"]["level"] == "contributif"


def test_sections_missing_fail(tmp_path):
    # (with some code: a repository of a README alone has nothing to install, configure or deploy; s37 fl37)
    status, score, res = run(tmp_path, {"README.md": f"# Vélo\n\n{FR_INTRO}\n", "velo.py": "print('vélo')\n"}, "documentation.readme-sections")
    assert status == "fail"
    assert set(res.details["missing"]) == {"install", "usage", "configuration", "deployment", "contributing", "license", "contact"}
    assert any(e.kind == "missing" and e.value == {"signal": "issue_tracker"} for e in res.evidence)


# --- documentation.language -------------------------------------------------------------------

def test_language_french_and_english_pass(tmp_path):
    text = f"# Vélo\n\n{FR_INTRO}\n\n## English\n\n{EN_INTRO}\n"
    status, score, res = run(tmp_path, {"README.md": text}, "documentation.language")
    assert status == "pass" and score == 10 and res.details["readme"] == ["fr", "en"]


def test_language_english_only_warns(tmp_path):
    status, score, _ = run(tmp_path, {"README.md": f"# Bike\n\n{EN_INTRO}\n"}, "documentation.language")
    assert status == "warn" and score == 5


def test_language_other_fails_and_no_prose_is_inconclusive(tmp_path):
    de = "# Fahrrad\n\nDieses Programm verwaltet die Fahrradständer einer Gemeinde und veröffentlicht die Daten für alle Partner der Region.\n"
    assert run(tmp_path / "a", {"README.md": de}, "documentation.language")[0] == "fail"
    assert run(tmp_path / "b", {"README.md": "# x\n\n`make`\n"}, "documentation.language")[0] == "inconclusive"


def test_language_follows_ruleset_parameters(tmp_path):
    status, _, _ = run(tmp_path, {"README.md": f"# Bike\n\n{EN_INTRO}\n"}, "documentation.language", ruleset="standard-for-public-code")
    assert status == "pass"


# --- documentation.community-files ------------------------------------------------------------

COMMUNITY = {
    "README.md": GOOD_README,
    "CONTRIBUTING.md": "# Contribuer\n\nOuvrez une demande de fusion. Lancez les tests avec :\n\n```\npytest\n```\n",
    "CODE_OF_CONDUCT.md": "# Code de conduite\n",
    ".github/SECURITY.md": "Écrivez à securite@agglo-exemple.fr\n",
    "CHANGELOG.md": "# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2025-01-01\n",
    "docs/GOVERNANCE.md": "# Gouvernance\n", "ROADMAP.md": "# Feuille de route\n", "MAINTAINERS.md": "- Alice\n",
    ".github/ISSUE_TEMPLATE/bug.md": "---\nname: Bug\n---\n", ".github/pull_request_template.md": "## Description\n",
}


def test_community_files_all_present_pass(tmp_path):
    status, score, res = run(tmp_path, COMMUNITY, "documentation.community-files")
    assert status == "pass" and score == 10 and res.details["missing"] == []
    contributing = next(e for e in res.evidence if e.value == "contributing")
    assert contributing.path == "CONTRIBUTING.md" and contributing.line == 6


def test_community_files_contributing_without_tests_scores_lower(tmp_path):
    files = dict(COMMUNITY, **{"CONTRIBUTING.md": "# Contribuer\n\nOuvrez une demande de fusion.\n"})
    status, score, res = run(tmp_path, files, "documentation.community-files")
    assert score < 10 and any(e.kind == "finding" and e.path == "CONTRIBUTING.md" for e in res.evidence)


def test_community_files_missing_fail(tmp_path):
    status, score, res = run(tmp_path, {"README.md": GOOD_README}, "documentation.community-files")
    assert status == "fail" and score == 0 and "contributing" in res.details["missing"]


def test_community_files_weights_from_code_gouv_ruleset(tmp_path):
    files = {"README.md": GOOD_README, "CONTRIBUTING.md": "# Contribuer\n\nOuvrez une demande de fusion.\n"}
    status, score, _ = run(tmp_path, files, "documentation.community-files", ruleset="code-gouv-fr")
    assert score == pytest.approx(10 * 10 / 11, abs=0.01)


# --- documentation.docs -----------------------------------------------------------------------

def test_docs_complete_pass(tmp_path):
    files = {"README.md": GOOD_README, "mkdocs.yml": "site_name: Vélo\n", "docs/index.md": "# Documentation\n",
             "docs/architecture.md": "# Architecture\n\nUne interface Vue, une API Flask et une base PostGIS.\n",
             "docs/deploiement.md": "# Déploiement\n\nL'image se lance avec docker compose.\n", "openapi.yaml": "openapi: 3.0.0\n"}
    status, score, res = run(tmp_path, files, "documentation.docs")
    assert status == "pass" and score == 10
    assert {e.path for e in res.evidence} >= {"docs/", "mkdocs.yml", "docs/architecture.md", "docs/deploiement.md", "openapi.yaml"}


def test_docs_missing_fail(tmp_path):
    files = {"README.md": f"# Vélo\n\n{FR_INTRO}\n", "requirements.txt": "flask==3.0.0\n",
             "app.py": "from flask import Flask, jsonify\napp = Flask(__name__)\n\n@app.route('/api/stationnements')\ndef liste():\n    return jsonify([])\n"}
    status, score, res = run(tmp_path, files, "documentation.docs")
    assert status == "fail" and score == 0 and set(res.details["missing"]) == {"folder", "site", "architecture", "deployment", "api"}
    # (a README alone, documents only and no code: no architecture, deployment or API to document, s34 h34)
    status, score, res = run(tmp_path / "readme-only", {"README.md": f"# Vélo\n\n{FR_INTRO}\n"}, "documentation.docs")
    assert status == "fail" and score == 0 and set(res.details["missing"]) == {"folder", "site"}


# --- documentation.publiccode -----------------------------------------------------------------

PUBLICCODE = """publiccodeYmlVersion: "0"
name: Vélo Territoire
url: "https://gitlab.velo-territoire.fr/agglo/velo"
platforms: [web]
developmentStatus: beta
softwareType: standalone/web
description:
  fr:
    shortDescription: Stationnements vélo d'une intercommunalité
    longDescription: "Vélo Territoire recense les stationnements vélo d'une intercommunalité, signale les arceaux manquants et publie les données ouvertes pour les partenaires du territoire."
    features: [Carte des arceaux]
legal:
  license: EUPL-1.2
maintenance:
  type: community
  contacts:
    - name: Équipe mobilités
localisation:
  localisationReady: false
  availableLanguages: [fr]
"""


def test_publiccode_valid_pass(tmp_path):
    status, score, res = run(tmp_path, {"README.md": GOOD_README, "publiccode.yml": PUBLICCODE}, "documentation.publiccode")
    assert status == "pass" and score == 10 and res.details["version"] == "0"


def test_publiccode_invalid_fails_with_key_and_line(tmp_path):
    bad = PUBLICCODE.replace("type: community", "type: associative")
    status, score, res = run(tmp_path, {"publiccode.yml": bad}, "documentation.publiccode")
    assert status == "fail" and res.details["errors"] == 1
    ev = res.evidence[0]
    assert ev.path == "publiccode.yml" and ev.value["key"] == "maintenance.type" and ev.line == 15


def test_publiccode_missing_fails_with_valid_suggestion(tmp_path):
    from auditor.publiccode import validate

    files = {"README.md": GOOD_README, "LICENSE": "x", "package.json": '{"name": "velo", "license": "EUPL-1.2"}'}
    status, score, res = run(tmp_path, files, "documentation.publiccode")
    assert status == "fail" and res.evidence[0].kind == "missing"
    assert validate(res.details["suggestion"]).valid
    assert "Vélo Territoire recense" in res.details["suggestion"]


# --- documentation.code-comments --------------------------------------------------------------

PY_DOC = '''"""Stationnements."""


def count_racks(zone):
    """Number of racks in a zone."""
    # each rack counts once
    return len(zone)


class Rack:
    """A bicycle rack."""

    def capacity(self):
        """How many bicycles fit."""
        return 2

    def _private(self):
        return 0
''' * 4
PY_BARE = "def count_racks(zone):\n    return len(zone)\n\n\nclass Rack:\n    def capacity(self):\n        return 2\n" * 10
JS_DOC = "/**\n * Adds two numbers.\n * @param {number} a\n */\nexport function add(a, b) {\n  // sum\n  return a + b;\n}\n" * 8
JS_BARE = "export function add(a, b) {\n  const s = '/** not a comment */';\n  return a + b + s;\n}\n" * 15
PHP_DOC = "<?php\n" + "/**\n * Adds.\n */\npublic function add($a, $b) {\n    // sum\n    return $a + $b;\n}\n" * 8
JAVA_BARE = "public class Calc {\n" + "  public int add(int a, int b) {\n    return a + b;\n  }\n" * 20 + "}\n"


def test_code_comments_documented_pass(tmp_path):
    status, score, res = run(tmp_path, {"src/racks.py": PY_DOC, "web/add.js": JS_DOC, "lib/Add.php": PHP_DOC}, "documentation.code-comments")
    assert status == "pass" and res.details["coverage"] == 1.0
    assert set(res.details["by_language"]) == {"python", "javascript", "php"}


def test_code_comments_bare_fail_and_list_files(tmp_path):
    status, score, res = run(tmp_path, {"src/racks.py": PY_BARE, "web/add.js": JS_BARE, "src/Calc.java": JAVA_BARE}, "documentation.code-comments")
    assert status == "fail" and res.details["coverage"] == 0.0 and res.details["density"] == 0.0
    listed = {e.path: e for e in res.evidence if e.kind == "finding"}
    assert set(listed) == {"src/racks.py", "web/add.js", "src/Calc.java"}
    assert listed["web/add.js"].line == 1 and listed["src/Calc.java"].value["declarations"] == 21


def test_code_comments_bounds_and_not_applicable(tmp_path):
    assert run(tmp_path / "a", {"README.md": "# x\n", "style.css": "a{}\n"}, "documentation.code-comments")[0] == "not_applicable"
    files = {f"src/m{i}.py": PY_DOC for i in range(5)}
    files["node_modules/lib/index.js"] = JS_BARE
    files["src/big.py"] = "x = 1\n" * 60_000
    status, _, res = run(tmp_path / "b", files, "documentation.code-comments")
    assert res.details["left_out"]["too_large"] == 1
    assert all(not e.path or not e.path.startswith("node_modules") for e in res.evidence)


def test_documentation_family_in_full_audit(repo, tmp_path):
    path = repo([{"files": {**COMMUNITY, "publiccode.yml": PUBLICCODE, "src/racks.py": PY_DOC}}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True))
    doc = {r["id"]: r["status"] for r in report["results"] if r["id"].startswith("documentation.")}
    assert doc["documentation.readme"] == "pass" and doc["documentation.publiccode"] == "pass"
    assert doc["documentation.community-files"] == "pass" and doc["documentation.readme-sections"] == "pass"
    assert report["facts"]["readme"]["language"] == "fr"


def test_community_roadmap_linked_from_readme(tmp_path):
    readme = GOOD_README + "\nNotre feuille de route est publique : https://forge.example.org/agglo/velo/-/boards\n"
    status, score, res = run(tmp_path, {"README.md": readme}, "documentation.community-files")
    assert "roadmap" in res.details["present"]
    ev = next(e for e in res.evidence if e.value == "roadmap")
    assert ev.path == "README.md" and ev.line is not None


def test_js_coverage_counts_exported_functions_not_data_or_types():
    from auditor.checks.documentation.comments import token_metrics

    src = ("/** Sum. */\nexport const sum = (a, b) => a + b;\nexport const later = async (x: number): Promise<void> => {};\n"
           "export const RACKS = [1, 2, 3];\nexport interface Rack { id: number }\nexport default function () {}\n"
           "const s = '// not a comment';\n")
    m = token_metrics(src, "typescript")
    assert m["comment_texts"] == ["Sum."]
    assert m["declarations"] == 3 and m["documented"] == 1
    assert [u["name"] for u in m["undocumented"]] == ["later", "default"]
    assert m["comment_lines"] == 1


def test_rulesets_code_gouv_fr_and_standard_load_and_cover_the_criteria():
    known = set(load_checks())
    cg = load_ruleset("code-gouv-fr", known_checks=known)
    assert cg.weight("licensing.license-file") == cg.weight("documentation.publiccode") == 10 * cg.weight("documentation.readme")
    sfpc = load_ruleset("standard-for-public-code", known_checks=known)
    human = sfpc.data["human_criteria"]
    assert [h["id"] for h in human] == [str(i) for i in range(1, 17)]
    tagged = {t for cid in sfpc.enabled_checks() for t in sfpc.check_config(cid).get("standard", [])}
    assert tagged == {str(i) for i in range(1, 17)} - {"2"}  # 2 (policy bundled with code) needs a person entirely
    for h in human:
        assert set(h["checks"]) <= known and h["human"]["fr"] and h["human"]["en"]
        assert all(h["id"] in sfpc.check_config(c).get("standard", []) for c in h["checks"])


def test_code_comments_language_is_reported(tmp_path):
    fr = ("def total(zone):\n    # On additionne les places de chaque arceau de la zone pour obtenir la capacité totale du quartier\n"
          "    # puis on retire les places réservées aux services techniques de la commune\n    return sum(zone)\n") * 6
    _, _, res = run(tmp_path / "fr", {"src/racks.py": fr}, "documentation.code-comments")
    assert res.details["comment_language"] == "fr"
    assert any(e.kind == "finding" and (e.value or {}).get("comment_language") == "fr" for e in res.evidence)
    _, _, res = run(tmp_path / "en", {"src/racks.py": PY_DOC * 3}, "documentation.code-comments")
    assert res.details["comment_language"] in (None, "en")


def test_docs_site_from_docsify_or_readme_link(tmp_path):
    files = {"README.md": GOOD_README, "docs/_sidebar.md": "- [Accueil](/)\n", "docs/index.md": "# Doc\n", "docs/guide.md": "# Guide\n"}
    _, _, res = run(tmp_path / "a", files, "documentation.docs")
    assert "site" in res.details["found"]
    linked = GOOD_README + "\nLa documentation complète est publiée sur https://velo.readthedocs.io/fr/latest/\n"
    _, _, res = run(tmp_path / "b", {"README.md": linked}, "documentation.docs")
    assert "site" in res.details["found"]
    ev = next(e for e in res.evidence if e.value == "https://velo.readthedocs.io/fr/latest/")
    assert ev.path == "README.md" and ev.line is not None
    _, _, res = run(tmp_path / "c", {"README.md": GOOD_README}, "documentation.docs")
    assert "site" not in res.details["found"]


def test_code_comments_bounded_by_bytes_not_time(tmp_path, monkeypatch):
    from auditor.facts import comments

    files = {f"src/m{i}.py": PY_DOC for i in range(3)}
    path_rs = tmp_path / "rs.yml"
    # room for one file only (the fact's bounds): the sample (1 of 3 files) is too small to judge, and the result says so
    monkeypatch.setitem(comments.BOUNDS, "max_total_bytes", len(PY_DOC.encode()))
    path_rs.write_text("id: tight\nversion: 1\nextends: guichet-selection\nchecks:\n"
                       "  documentation.code-comments: {params: {min_files: 2}}\n")
    status, _, res = run(tmp_path, files, "documentation.code-comments", ruleset=str(path_rs))
    assert status == "inconclusive" and res.details["left_out"]["beyond_max_bytes"] == 2
    assert res.details["files_analysed"] == 1 and "1 fichier(s) analysé(s) sur 3" in res.message["fr"]


def test_code_comments_not_judged_on_a_few_scripts_beside_code_it_cannot_read(tmp_path):
    """Shaped like nantesmetropole/docker-paas: the project's code is Ruby (lib/), two shell entry points are
    all this check can read: not measured, rather than a pass on the two scripts."""
    files = {f"lib/paas/family/f{i}.rb": f"# Famille {i}\nmodule Paas\n  def self.build{i}(x)\n    x + {i}\n  end\nend\n" for i in range(9)}
    files.update({"docker/entrypoint.sh": "#!/bin/sh\n# start\nexec dockerd \"$@\"\n", "templates/entrypoint.sh": "#!/bin/sh\n# start\nexec dockerd\n"})
    status, _, res = run(tmp_path, files, "documentation.code-comments")
    assert status == "inconclusive" and "Ruby" in res.message["en"], res.message
    files.update({f"tools/t{i}.sh": f"#!/bin/sh\n# step {i}\necho {i}\n" for i in range(10)})  # now mostly readable code
    status, _, res = run(tmp_path / "more", files, "documentation.code-comments")
    assert status in ("pass", "warn", "fail"), res.message


def test_a_styling_guide_is_not_architecture_and_a_thin_doc_folder_is_named(tmp_path):
    """Shaped like grandlyon/glsdk: doc/theming.md, one page whose '## Architecture Sass' is about styles."""
    guide = ("# Theming de l'application\n\n## Architecture Sass\n\nAngular Material sépare les styles des composants de leurs "
             "couleurs.\n\n## Personnaliser le logo\n\nRemplacez le fichier du logo.\n")
    status, _, res = run(tmp_path, {"README.md": "# SDK\n\nSDK de la métropole.\n", "doc/theming.md": guide,
                                    "package.json": '{"dependencies": {"@angular/core": "5.0.0"}}'}, "documentation.docs")
    assert "architecture" in res.details["missing"], res.message
    assert "(1 dans doc/)" in res.message["fr"] and "(1 in doc/)" in res.message["en"], res.message
    status, _, res = run(tmp_path / "b", {"README.md": "# SDK\n", "doc/archi.md": "# Doc\n\n## Architecture\n\nUn front et une API.\n",
                                          "doc/guide.md": "# Guide\n\nLancez-le.\n"}, "documentation.docs")
    assert "architecture" in res.details["found"] and "folder" in res.details["found"], res.message


def test_an_untouched_framework_readme_gives_no_section_link_or_deployment_guide(tmp_path):
    """Shaped like a commune's Next.js site (labastidedengras): the generated README's 'Getting Started',
    'Deploy on Vercel' and its link to the framework's documentation are the framework's, not the project's."""
    nxt = ("This is a [Next.js](https://nextjs.org) project bootstrapped with `create-next-app`.\n\n## Getting Started\n\n"
           "First, run the development server:\n\n```bash\nnpm run dev\n```\n\n## Learn More\n\n"
           "- [Next.js Documentation](https://nextjs.org/docs) - learn about Next.js features and API.\n\n"
           "## Deploy on Vercel\n\nThe easiest way to deploy your Next.js app is to use the Vercel Platform.\n")
    files = {"README.md": nxt, "package.json": '{"dependencies": {"next": "15.0.0", "react": "19.0.0"}}', "app/page.tsx": "export default 1;\n"}
    status, score, res = run(tmp_path, files, "documentation.readme-sections")
    assert status == "fail" and score == 0 and res.details["found"] == [], res.message
    status, _, res = run(tmp_path / "d", files, "documentation.docs")
    assert not {"site", "deployment"} & set(res.details["found"]), res.message
    # the same chapters under a README the team wrote count
    own = "# Site de la mairie\n\nLe site de la commune, ses actualités et ses réservations.\n\n## Installation\n\n`npm ci`\n\n## Déploiement\n\nSur le serveur.\n"
    status, _, res = run(tmp_path / "o", dict(files, **{"README.md": own}), "documentation.readme-sections")
    assert {"install", "deployment"} <= set(res.details["found"]), res.message


def test_a_code_generators_long_readme_is_its_template(tmp_path):
    """Shaped like sigrennesmetropole/datafactory_oasc: the OpenAPI Generator's README for an Express server,
    1,800 words long, kept as the project's README: not 'substantial', its sections are the generator's."""
    filler = " ".join(["The generated code lets you adapt the handlers and the services to your needs."] * 60)
    md = ("# OpenAPI Generated JavaScript/Express Server\n\n## Overview\nThis server was generated using the OpenAPI Generator project.\n\n"
          "### Running the server\n#### This is a long read, but there's a lot to understand. Please take the time to go through this.\n"
          f"1. Go to the generated directory. There's a fully working NodeJS-ExpressJs server waiting for you.\n\n{filler}\n\n"
          "4. Take the time to understand the structure of the application.\n")
    files = {"README.md": md, "package.json": '{"dependencies": {"express": "4.17.1"}}', "index.js": "require('express')();\n"}
    status, score, res = run(tmp_path, files, "documentation.readme")
    assert status == "fail" and res.details["template"] == "openapi-generator", res.message
    status, score, res = run(tmp_path / "s", files, "documentation.readme-sections")
    assert status == "fail" and score == 0, res.message


def test_code_comments_read_a_commonjs_modules_exports(tmp_path):
    """Shaped like an Express API's controllers (datafactory_oasc): functions exported through module.exports are its
    public interface, documented or not ('no public function to document' before)."""
    ctl = ("const Service = require('./Service');\n\n/**\n * Lists the sensors.\n */\nconst getThings = async (req) => Service.ok(req);\n\n"
           "const postThing = async (req) => Service.ok(req);\n\nfunction helper(x) { return x; }\n\nmodule.exports = {\n  getThings,\n  postThing,\n};\n")
    files = {f"controllers/C{i}.js": ctl for i in range(3)}
    status, _, res = run(tmp_path, files, "documentation.code-comments")
    assert res.details["by_language"]["javascript"]["declarations"] == 6, res.details
    assert res.details["by_language"]["javascript"]["documented"] == 3


def test_an_architecture_chapter_of_the_readme_is_architecture_documentation(tmp_path):
    """Shaped like nantesmetropole/school_meal_forecast_regressions: '## Architecture' in the README describes the folders."""
    md = ("# Prévision des repas\n\nModèles de fréquentation des cantines de la métropole.\n\n## Architecture\n\n"
          "Les données brutes sont dans data, les notebooks dans src, les scripts dans models.\n\n## Installation\n\n`pip install -r requirements.txt`\n")
    status, _, res = run(tmp_path, {"README.md": md, "models/main.py": "print(1)\n"}, "documentation.docs")
    assert "architecture" in res.details["found"], res.message
    assert any(e.path == "README.md" and e.line == 5 for e in res.evidence if e.kind == "found")


def test_a_folder_named_doc_without_any_page_is_not_called_a_documentation_folder(tmp_path):
    """impactco2's app/(public)/doc/ holds the pages of a web route, no document: the message says no documentation
    folder, not 'a documentation folder of 2 pages or more (0 in app/(public)/doc/)'."""
    files = {"README.md": "# Calculateur\n\nLe calculateur d'impact.\n", "app/(public)/doc/page.tsx": "export default function Page() { return null; }\n"}
    status, _, res = run(tmp_path, files, "documentation.docs")
    assert "folder" in res.details["missing"] and "(0 " not in res.message["fr"], res.message
