"""A Python package copied beside the project's script (issue 12, session 24 reader o1, fixer g24).

A région's harvester is one Python 2 script at the root doing its work in a top-level loop over its JSON node files, with the HTTP
library it uses copied into ``libs/<package>/`` (its ``__init__.py`` giving the package's title, version, author and licence, the
empty ``libs/__init__.py`` making ``from libs import <package>`` work). The copy was the project's code: the kind was "library",
and the copy's environment variables, functions and HTTP adapter were judged as the project's (configuration, code-comments,
maintainability, api-spec, data-standards). The copy is now vendored, described as a copied library (name, version, licence), and
the kind is decided from the project's own script: a command-line tool run by hand. A package of the project's own (named like
the project, or by an author the project names) stays its code.
"""

from __future__ import annotations

import subprocess

from auditor.facts.inventory import build_inventory, libraries
from auditor.snapshot import GitSnapshot
from tests.gitrepo import make_repo
from tests.test_local_authority_verdicts import judge

WHEN = {"date": "2026-03-02T10:00:00Z", "message": "import", "author": ("Jeanne Martin", "jeanne.martin@region-exemple.fr")}

SCRIPT = (
    "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n\n'''\nScript: moissonner.py\n'''\n\n"
    "__author__ = \"Jeanne Martin\"\n__copyright__ = \"Copyright 2016 Région Exemple\"\n\n"
    "import os\nimport json\nfrom libs import httpkit\n\n"
    "dossier = 'noeuds'\nfichiers = [f for f in os.listdir(dossier) if f.endswith('.json')]\n\n"
    "for fichier in fichiers:\n"
    "    print 'Fichier : ' + fichier\n"
    "    if fichier.startswith('_'):\n"
    "        continue\n"
    "    with open(os.path.join(dossier, fichier)) as f:\n"
    "        noeud = json.load(f)\n"
    "    for source in noeud['sources']:\n"
    "        page = httpkit.get(source['url'])\n"
    "        for lien in page.text.split('href=\"')[1:]:\n"
    "            nom = lien.split('\"')[0]\n"
    "            if nom.endswith('.xml'):\n"
    "                xml = httpkit.get(source['url'] + nom)\n"
    "                open(os.path.join(source['dossier'], nom), 'w').write(xml.content)\n"
)
README = ("# moissonneur\n\nScript Python qui récupère les fiches de métadonnées XML publiées sur des serveurs HTTP.\n\n"
          "## Fichier JSON de configuration\n\nChaque fichier du dossier noeuds décrit les points de moissonnage :\n\n"
          "```\n{\"organisme\": \"Organisme 1\", \"sources\": [{\"url\": \"https://exemple.fr/xml/\", \"dossier\": \"xml\"}]}\n```\n")


def _module(name: str, k: int) -> str:
    funcs = "".join(f"def {name}_{i}(request, timeout=None):\n    \"\"\"Send the request number {i}.\"\"\"\n"
                    f"    if timeout:\n        return request.send(timeout)\n    return request.send()\n\n\n" for i in range(k))
    return f"# -*- coding: utf-8 -*-\n\"\"\"\nhttpkit.{name}\n~~~~~~~~~~~~\n\"\"\"\nimport os\n\n\n{funcs}"


COPY = {
    "libs/__init__.py": "",
    "libs/httpkit/__init__.py": ("# -*- coding: utf-8 -*-\n\"\"\"\nHTTP kit, an HTTP library for people.\n\n:copyright: (c) 2015 by Paul "
                                 "Upstream.\n:license: Apache 2.0, see LICENSE for more details.\n\"\"\"\n\n__title__ = 'httpkit'\n"
                                 "__version__ = '2.8.1'\n__author__ = 'Paul Upstream'\n__license__ = 'Apache 2.0'\n"
                                 "__copyright__ = 'Copyright 2015 Paul Upstream'\n\nfrom .api import get, post\n"),
    "libs/httpkit/api.py": _module("api", 4),
    "libs/httpkit/sessions.py": _module("sessions", 5) + "CA_BUNDLE = os.environ.get('HTTPKIT_CA_BUNDLE')\n"
                                "PROXY = os.environ.get('HTTPKIT_PROXY')\n",
    "libs/httpkit/adapters.py": _module("adapters", 3),
    "libs/httpkit/packages/__init__.py": "",
    "libs/httpkit/packages/pool/__init__.py": "__author__ = 'Anna Pool (anna@pool.example)'\n__license__ = 'MIT'\n__version__ = '1.12'\n",
    "libs/httpkit/packages/pool/server.py": ("import json\n\n\ndef handle(environ, start_response):\n    start_response('200 OK', "
                                            "[('Content-Type', 'application/json')])\n    return [json.dumps({'ok': True})]\n"),
}
HARVESTER = {"README.md": README, "moissonner.py": SCRIPT, "noeuds/exemple.json": '{"organisme": "Organisme 1", "sources": []}\n', **COPY}


def _categories(tmp_path, files, name="moissonneur"):
    path = make_repo(tmp_path / name, [{"files": files, **WHEN}])
    commit = subprocess.check_output(["git", "-C", str(path), "rev-parse", "HEAD"]).decode().strip()
    snap = GitSnapshot(str(path / ".git"), commit, max_blob=1 << 20, max_files=5000, deadline=None)
    inv = build_inventory(snap, (path.name,))
    return {i.path: i.category for i in inv.items}, libraries(snap, inv)


def test_a_package_copied_into_libs_is_vendored_and_described(tmp_path):
    categories, libs = _categories(tmp_path, HARVESTER)
    assert {p: c for p, c in categories.items() if p.startswith("libs/") and c != "vendored"} == {}
    assert categories["moissonner.py"] == "source"
    python = [lib for lib in libs if lib.get("ecosystem") == "python"]
    assert [(lib["name"], lib["version"], lib["license"]) for lib in python] == [("httpkit", "2.8.1", "Apache-2.0")], python


def test_the_kind_and_the_verdicts_come_from_the_projects_own_script(tmp_path):
    report, res = judge(tmp_path, HARVESTER, ["reusability.configuration", "interoperability.api-spec", "documentation.code-comments",
                                              "reusability.maintainability", "documentation.docs"], name="moissonneur")
    project = report["facts"]["project"]
    assert (project["kind"], project["kind_decided"]) == ("cli-tool", True), project
    assert [e["path"] for e in project["kind_evidence"]] == ["moissonner.py"]
    conf = res["reusability.configuration"]
    assert "HTTPKIT" not in conf["message"]["en"] and conf["status"] != "fail", conf["message"]
    assert res["interoperability.api-spec"]["status"] == "not_applicable", res["interoperability.api-spec"]["message"]
    assert "API" not in res["documentation.docs"]["details"].get("missing", []), res["documentation.docs"]["message"]
    # (the Python 2 script alone, read since pyparse reads Python 2's statements: its comments measured, its complexity not — a
    # top-level script, said so; the copied package's files never)
    assert res["documentation.code-comments"]["status"] != "inconclusive", res["documentation.code-comments"]["message"]
    assert "top-level scripts" in res["reusability.maintainability"]["message"]["en"], res["reusability.maintainability"]["message"]
    for cid in ("documentation.code-comments", "reusability.maintainability"):
        assert "httpkit" not in str(res[cid]["evidence"]), (cid, res[cid]["evidence"])


def test_a_package_of_the_projects_own_stays_its_code(tmp_path):
    # named like the project (the repository and the README's title), at the root, with its own title, version and author
    own_root = {"README.md": "# carto-outils\n\nOutils de traitement des couches du service SIG.\n",
                "carto_outils/__init__.py": "__title__ = 'carto_outils'\n__version__ = '0.3.0'\n__author__ = 'Service SIG'\n__license__ = 'MIT'\n",
                "carto_outils/couches.py": "def lister(dossier):\n    return sorted(dossier)\n",
                "lancer.py": "from carto_outils import couches\nprint(couches.lister(['b', 'a']))\n"}
    categories, _ = _categories(tmp_path, own_root, name="carto-outils")
    assert categories["carto_outils/couches.py"] == "source" and categories["carto_outils/__init__.py"] == "source"
    # under lib/, by the author the project's own script names in its header
    own_lib = {"README.md": README, "moissonner.py": SCRIPT,
               "lib/geotools/__init__.py": "__version__ = '0.2'\n__author__ = 'Jeanne Martin'\n__license__ = 'MIT'\n",
               "lib/geotools/reproj.py": "def reprojeter(x, y):\n    return x, y\n"}
    categories, libs = _categories(tmp_path, own_lib, name="autre")
    assert categories["lib/geotools/reproj.py"] == "source", categories
    assert not [lib for lib in libs if lib.get("ecosystem") == "python"]


def test_a_module_defining_functions_only_is_no_script(tmp_path):
    # (no loop at its top level: a module to import, the kind stays undecided as before)
    files = {"README.md": "# fonctions\n\nFonctions de calcul.\n",
             "calculs.py": "".join(f"def f{i}(x):\n    for y in range(x):\n" + "        x += y\n" * 12 + "    return x\n\n\n" for i in range(3))}
    report, _ = judge(tmp_path, files, ["documentation.docs"], name="fonctions")
    assert report["facts"]["project"]["kind"] != "cli-tool"
