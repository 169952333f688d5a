"""A framework's own distribution manifest kept as shipped is not the project's licence declaration (issue 12, s41 fg41 = reader
rd41's Agence-Bleu-B/ccas-dinan).

ccas-dinan: a CCAS's web site built on CodeIgniter 3, its core committed in system/, the download's composer.json kept at the root
("name": "codeigniter/framework", "description": "The CodeIgniter framework", "license": "MIT"). The site's authors state no
licence, yet open-license and authorized-fr passed "MIT" on that manifest. Rule now: a composer.json under a known framework's
distribution or skeleton name declares the framework's licence, not the project's, unless the repository is that framework's own
(its name is the package's vendor or name). Near misses: a project's own composer.json with its own name and MIT stays its
declaration; the framework's own repository keeps its manifest's MIT."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit

ONLY = ["licensing.license-file", "licensing.open-license", "licensing.authorized-fr", "licensing.consistent"]
DISTRIBUTION = json.dumps({"description": "The CodeIgniter framework", "name": "codeigniter/framework", "type": "project",
                           "homepage": "https://codeigniter.com", "license": "MIT", "require": {"php": ">=5.2.4"}}, indent=4) + "\n"
SITE = {"index.php": "<?php\ndefine('ENVIRONMENT', 'production');\n$system_path = 'system';\nrequire_once BASEPATH.'core/CodeIgniter.php';\n",
        "system/core/CodeIgniter.php": "<?php\ndefined('BASEPATH') OR exit('No direct script access allowed');\n"
                                       "define('CI_VERSION', '3.1.4');\n",
        "application/controllers/Accueil.php": "<?php\nclass Accueil extends CI_Controller {\n    public function index()\n    {\n"
                                               "        $this->load->view('accueil');\n    }\n}\n",
        "application/views/accueil.php": "<h1>Le centre d'action sociale</h1>\n<p>Portage de repas, aide à domicile.</p>\n"}


def _audit(repo, tmp_path, files, name):
    path = repo([{"files": files, "date": "2017-06-10T10:00:00Z"}], name=name)
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / f"c-{name}", only=ONLY))
    return {r["id"]: r for r in report["results"]}, report["facts"]["license"]


def test_a_frameworks_distribution_manifest_is_not_the_sites_licence(repo, tmp_path):
    res, lic = _audit(repo, tmp_path, {**SITE, "composer.json": DISTRIBUTION}, "ccas-site")
    assert lic["spdx"] is None and not lic["declared"], lic
    for cid in ("licensing.open-license", "licensing.authorized-fr", "licensing.license-file"):
        assert res[cid]["status"] == "fail", (cid, res[cid]["message"])
    assert "composer.json" not in res["licensing.license-file"]["message"]["en"], res["licensing.license-file"]["message"]
    assert res["licensing.consistent"]["status"] == "not_applicable", res["licensing.consistent"]["message"]


def test_near_miss_the_projects_own_composer_json_stays_its_declaration(repo, tmp_path):
    own = DISTRIBUTION.replace("codeigniter/framework", "ccas-valbois/site").replace("The CodeIgniter framework", "Site du CCAS")
    res, lic = _audit(repo, tmp_path, {**SITE, "composer.json": own}, "own-site")
    assert lic["spdx"] == "MIT" and [d["file"] for d in lic["declared"]] == ["composer.json"], lic
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]


def test_near_miss_the_frameworks_own_repository_keeps_its_manifests_licence(repo, tmp_path):
    res, lic = _audit(repo, tmp_path, {**SITE, "composer.json": DISTRIBUTION}, "CodeIgniter")
    assert lic["spdx"] == "MIT", lic
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]
