"""Session 31 (issue 12, reader m23o2): a namespace URI (an Alfresco content model's, given to its QNames; an ASMX service's
Namespace) is a name, not an address (reusability.territory-neutral, scaling.hosting); the authority's site a text of the code
names stays a territory value."""
from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECKS = ["reusability.territory-neutral", "scaling.hosting"]
MODEL = ('package fr.dep.modele;\n\nimport org.alfresco.service.namespace.QName;\n\npublic class DocinfosAspectModele {\n'
         '\tpublic final static String PREFIX = "actes59";\n\tpublic final static String URI =  "http://cd59.fr/model/actes/1.0.";\n'
         '\tpublic final static QName NOM = QName.createQName( URI , "docinfos");\n}\n')
SERVICE = ('namespace Ws {\n    [WebService(Namespace = "http://morbihan.fr/SAE-WS/")]\n    public class Generator : WebService {\n'
           '        [WebMethod] public string Run() { return "ok"; }\n    }\n}\n')
ACTION = ('package fr.dep.action;\n\npublic class Envoi {\n  void stamp(PDPageContentStream cs, String date) throws Exception {\n'
          '    cs.showText("Publié sur le site lenord.fr le " + date);\n  }\n}\n')


def _judge(tmp_path, files, name):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=CHECKS))


def _paths(res, check):
    return {e.get("path") for e in res[check]["evidence"]}


def test_a_content_model_namespace_is_no_address(tmp_path):
    files = {"README.md": "# Affichage des actes\n", "pom.xml": "<project><artifactId>actes</artifactId></project>\n",
             "src/main/java/fr/dep/modele/DocinfosAspectModele.java": MODEL, "Ws/Generator.asmx.cs": SERVICE}
    res = _judge(tmp_path, files, "ns")
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]
    assert "cd59.fr" not in str(res["scaling.hosting"]["evidence"]) and "morbihan.fr" not in str(res["scaling.hosting"]["evidence"])
    # the same address fetched, and the authority's site stamped on the output, stay
    files["src/main/java/fr/dep/action/Envoi.java"] = ACTION
    files["src/main/java/fr/dep/action/Client.java"] = ('package fr.dep.action;\npublic class Client {\n  String get() {\n'
                                                       '    return http.get("https://www.cd59.fr/api/actes");\n  }\n}\n')
    res = _judge(tmp_path, files, "ns2")
    tn = res["reusability.territory-neutral"]
    assert {"src/main/java/fr/dep/action/Envoi.java", "src/main/java/fr/dep/action/Client.java"} <= _paths(res, "reusability.territory-neutral"), tn
    assert "src/main/java/fr/dep/modele/DocinfosAspectModele.java" not in _paths(res, "reusability.territory-neutral"), tn
