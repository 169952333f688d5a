"""Programs drawn in a tool's editor (Talend jobs, FME workspaces, QGIS processing models…) are code this auditor cannot
measure: tests, complexity and comments are *inconclusive — not measured*, never *not applicable* "no source code"
(departement-loire-atlantique/Rappels-SMS-RDV-PMI-Horus, session 5, issue 12)."""

from __future__ import annotations

from tests.test_host_kinds import kind_and_results

CHECKS = ["reusability.tests-and-ci", "reusability.maintainability", "documentation.code-comments"]
TALEND_JOB = ('<?xml version="1.0" encoding="UTF-8"?>\n<talendfile:ProcessType xmi:version="2.0" jobType="Standard">\n'
              '  <node componentName="tDBInput" componentVersion="0.102"/>\n  <node componentName="tRESTClient"/>\n'
              '</talendfile:ProcessType>\n')

# A Talend Studio project exported as is: talend.project, its jobs under process/ (<job>_<version>.item beside its .properties
# and .screenshot), context variables and connections (also .item files, which are no jobs), and a README on the job's purpose.
TALEND = {
    "README.md": "# SMS_RDV_PMI\n\n## Contexte\n\nLe programme Talend _SMS_RDV_PMI_ envoie des rappels de rendez-vous aux familles "
                 "afin d'augmenter la proportion de rendez-vous honorés.\n",
    "talend.project": '<?xml version="1.0" encoding="UTF-8"?>\n<xmi:XMI xmi:version="2.0"><TalendProperties:Project label="SMS_RDV_PMI" '
                      'language="java"/></xmi:XMI>\n',
    "process/Rappels_RDV_PMI_0.1.item": TALEND_JOB,
    "process/Rappels_RDV_PMI_0.1.properties": '<?xml version="1.0"?>\n<xmi:XMI><TalendProperties:Property label="Rappels_RDV_PMI"/></xmi:XMI>\n',
    "process/Rappels_RDV_PMI_0.1.screenshot": "<screenshot/>\n",
    "process/outils/Test_0.1.item": TALEND_JOB,
    "context/CommunScript_0.1.item": '<?xml version="1.0"?>\n<talendfile:ContextType name="Default"/>\n',
    "metadata/connections/HORUS_CNX_0.1.item": '<?xml version="1.0"?>\n<TalendProperties:DatabaseConnection/>\n',
    ".settings/project.settings": "<settings/>\n",
}


def test_a_talend_project_is_code_not_measured_rather_than_no_code(tmp_path):
    """The three checks said 'no source code to test', 'no measurable source code', 'no Python… file to analyse': not applicable,
    as if the repository held no program, while its two jobs are the whole program."""
    _, r = kind_and_results(tmp_path, TALEND, CHECKS)
    for cid in CHECKS:
        assert r[cid]["status"] == "inconclusive", (cid, r[cid])
        assert "Talend job" in r[cid]["message"]["en"], (cid, r[cid]["message"])
    assert "(2)" in r["reusability.tests-and-ci"]["message"]["en"]  # the jobs, not the context and connection items


def test_fme_workspaces_and_qgis_models_are_code_not_measured(tmp_path):
    """The same for a kit of FME workspaces and QGIS processing models beside a README."""
    files = {"README.md": "# Traitements cadastre\n\nChaînes de traitement FME et modèles QGIS du SIG départemental.\n",
             "fme/import_cadastre.fmw": "#! <?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n#! <WORKSPACE FME_BUILD_NUM=\"21326\">\n",
             "fme/export_plu.fmw": "#! <?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n#! <WORKSPACE FME_BUILD_NUM=\"21326\">\n",
             "modeles/zones_tampon.model3": "<!DOCTYPE model>\n<Option type=\"Map\"><Option name=\"model_name\" value=\"tampons\" type=\"QString\"/></Option>\n"}
    _, r = kind_and_results(tmp_path, files, CHECKS)
    for cid in CHECKS:
        assert r[cid]["status"] == "inconclusive", (cid, r[cid])
    assert "FME workspace (2)" in r["reusability.tests-and-ci"]["message"]["en"]
    assert "QGIS model (1)" in r["reusability.maintainability"]["message"]["en"]


def test_a_python_project_with_a_few_models_is_still_judged_on_its_python(tmp_path):
    """The tool's jobs do not hide the code beside them: a tested Python package with one processing model is scored."""
    files = {"README.md": "# Outils\n\nScripts de traitement des données du syndicat.\n",
             "outils/__init__.py": "", "outils/calcul.py": "def surface(a, b):\n    return a * b\n",
             "outils/lecture.py": "def lire(chemin):\n    with open(chemin) as f:\n        return f.read()\n",
             "tests/test_calcul.py": "from outils.calcul import surface\n\n\ndef test_surface():\n    assert surface(2, 3) == 6\n",
             "modeles/tampons.model3": "<!DOCTYPE model>\n<Option type=\"Map\"/>\n"}
    _, r = kind_and_results(tmp_path, files, CHECKS)
    assert r["reusability.tests-and-ci"]["status"] not in ("inconclusive", "not_applicable"), r["reusability.tests-and-ci"]
    assert "3 source file(s)" in r["reusability.tests-and-ci"]["message"]["en"]
    assert r["reusability.maintainability"]["status"] == "pass", r["reusability.maintainability"]
